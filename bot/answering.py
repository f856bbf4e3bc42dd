"""From a question to an :class:`Answer`: verbatim, attributed quotes, or an honest "no".

This is the one place that decides what the bot says; the console and Discord front ends
only render an :class:`Answer`.
"""

from __future__ import annotations

import math
import re

from pydantic import BaseModel, Field

from bot import questions
from bot.answer_types import AnswerType, told_far, wanted
from bot.documents import Document, Sentence
from bot.embedder import Embedder
from bot.index import KnowledgeIndex
from bot.ingest import Corpus
from bot.lexical import without_interjections
from bot.retrieval import Candidate, Retrieval, Retriever

# A quote grows from its best sentence to the rest of the same quotation, up to this size.
MAX_QUOTE_CHARS = 320
# Quotes after the first must score within this margin of the first (fused-score units,
# where the signals of a strong match add up to about 2): close contenders stay, the
# merely-on-topic sentences go.
SECONDARY_MARGIN = 0.3
# A search-box query of at least this many words, all of them a heading's, asks for that
# heading ("ISS lifespan deorbiting talks"); it is answered with this confidence at least.
TYPED_HEADING_WORDS = 4
# The words a search for a heading names it by ("ISS bridge section"), not its own.
_HEADING_WORDS = ("headline", "heading", "header", "section", "title", "subhead", "subheading")
TYPED_HEADING_CONFIDENCE = 0.9
# "When will Duffy meet Bakanov?": the closest sentence tells of the meeting but not when;
# another that tells of the same event (sentence cosine at least SAME_EVENT) and gives a
# date answers, if it is not much further from the question (EVENT_MARGIN).
SAME_EVENT = 0.65
EVENT_MARGIN = 0.5
# "whats duffy even gonna talk to the russians about": a chat question is far from every
# sentence, and nearer the ones that name its people than the one that lists the topics
# ("… the topics of discussion will include …"); the agenda leads from anywhere below, and
# so does a sentence told by a source for "Which news agency reported …?". A name in the
# question ("what topics will the Roscosmos talks cover") draws every sentence that has
# it. A margin of 0.5 below the top missed two agenda questions of the read sets; no
# margin, none.
_STEERED_FAR = (AnswerType.AGENDA, AnswerType.SOURCE)
# "What does the section heading about the bridge say?": the heading most like the question
# (cosine). Where none is at least HEADING_LIKENESS like it, the question tells what the
# section says ("the heading of the part where Duffy calls his job temporary"): the closest
# passage's heading, or the headline over the lede.
HEADING_LIKENESS = 0.3
# How much more confidence a question naming something the briefings never mention needs.
UNKNOWN_TERM_MARGIN = 0.5


class DocumentRef(BaseModel):
    """Which briefing a quote comes from."""

    title: str
    source: str | None = None
    path: str


class Quote(BaseModel):
    """One verbatim excerpt of a briefing, with its attribution."""

    text: str
    document: DocumentRef
    section: str | None = None
    paragraph: int
    speaker: str | None = None  # for a direct quotation: who said it
    reported_by: str | None = None  # "According to X": who reported it
    # "headline" or "section heading" for a quote of one (paragraph 0, passage_id -1)
    heading: str | None = None
    score: float
    passage_id: int
    start: int  # character offsets into the source file
    end: int


class Answer(BaseModel):
    """The bot's answer: ``answered`` is false (with no quotes) when the briefing is silent,
    and ``reason`` then says in one sentence why the bot judged so.

    ``confidence`` (0 to 1) is how likely the briefings answer the question at all; an answer
    below ``Answerer.tentative_below`` is ``tentative``, and the front ends present its quotes
    as the closest passages, which may not answer the question directly.
    """

    question: str
    answered: bool
    quotes: list[Quote] = Field(default_factory=list)
    reason: str | None = None
    confidence: float = 0.0
    tentative: bool = False


class Answerer:
    """Answers questions from one loaded index."""

    def __init__(
        self,
        index: KnowledgeIndex,
        embedder: Embedder,
        *,
        quotes_per_answer: int = 3,
        abstain_threshold: float = 0.3,
        tentative_below: float = 0.7,
        max_question_chars: int = 1000,
    ) -> None:
        self.index = index
        self.retriever = Retriever(index, embedder)
        self.quotes_per_answer = quotes_per_answer
        self.abstain_threshold = abstain_threshold
        # On the project's own questions, about a third of the answers given below 0.7 are
        # right, against nearly nine in ten above it (`eval` prints both): below it the bot
        # says the passages are only the closest it has.
        self.tentative_below = tentative_below
        self.max_question_chars = max_question_chars

    def warm_up(self) -> None:
        """Load the model and run one query, so the first user does not wait for it."""
        self.retriever.retrieve("warm up")

    def answer(
        self,
        question: str,
        *,
        limit: int | None = None,
        documents: set[str] | None = None,
        strict: bool = True,
        abstain: bool = True,
    ) -> Answer:
        """Answer ``question``; raises :class:`~bot.errors.BadQuestion` for unusable input.

        ``strict=False`` keeps quotes after the first even when they are not close
        contenders (for "More passages", where the user asked for them). ``abstain=False``
        quotes the closest passages even where the bot would say the briefing does not
        cover the question, as a tentative answer (for "Closest passages" under a refusal).
        """
        cleaned = questions.clean(question, max_chars=self.max_question_chars)
        # what is asked is read with chat's shorthand spelt out ("what r they gonna chat
        # abt"); the answer echoes the question as typed
        asked = questions.unabbreviated(cleaned)
        # … with words of the language respelt ("acording to the headlne", "which wire
        # service conrtibuted …"), and without chat's openers, interjections and hedges ("ok
        # so which wire service … lmao", "…, if any?")
        spelt = questions.without_hedges(
            questions.without_openers(without_interjections(self.retriever.vocabulary.spelt(asked)))
        )
        # what is asked of the briefing itself is asked after what the asker says first:
        # "My uncle says it comes from a Kremlin outlet. Which wire service contributed?"
        spelt = questions.without_preamble(spelt)
        if questions.asks_for_overview(spelt):
            brief = questions.asks_in_brief(spelt)
            return self._overview(cleaned, limit or self.quotes_per_answer, documents, brief)
        if questions.asks_for_source(spelt) and (credits := self._credits(documents)):
            return Answer(
                question=cleaned, answered=True, quotes=credits[: limit or None], confidence=1.0
            )
        if (heading := questions.asks_for_heading(spelt)) and (
            headings := self._headings(asked, heading, documents)
        ):
            return Answer(
                question=cleaned, answered=True, quotes=headings[: limit or None], confidence=1.0
            )
        retrieval = self.retriever.retrieve(asked, documents=documents)
        if typed := self._typed_heading(asked, documents):
            # "ISS lifespan deorbiting talks": the words of a heading, typed as a search; the
            # heading first, then the sentences closest to them
            rest = self._quotes(retrieval, (limit or self.quotes_per_answer) - 1, SECONDARY_MARGIN)
            return Answer(
                question=cleaned,
                answered=True,
                quotes=[typed, *rest],
                confidence=max(round(retrieval.confidence, 3), TYPED_HEADING_CONFIDENCE),
            )
        searched = len(documents) if documents is not None else len(self.index.corpus.documents)
        confidence = round(retrieval.confidence, 3)
        refusal = self._refusal(retrieval, "the briefing" if searched == 1 else "the briefings")
        if refusal and abstain:
            return Answer(question=cleaned, answered=False, reason=refusal, confidence=confidence)
        quotes = self._quotes(
            retrieval,
            limit or self.quotes_per_answer,
            SECONDARY_MARGIN if strict else float("inf"),
            insist=not abstain,
        )
        if not quotes:
            return Answer(
                question=cleaned,
                answered=False,
                reason=_no_answer(retrieval),
                confidence=confidence,
            )
        return Answer(
            question=cleaned,
            answered=True,
            quotes=quotes,
            confidence=confidence,
            # Closest passages given despite a refusal are always tentative.
            tentative=retrieval.confidence < self.tentative_below or not abstain,
        )

    def _overview(
        self, question: str, limit: int, documents: set[str] | None, brief: bool = False
    ) -> Answer:
        """ "What is this article about?": each briefing's opening paragraph, its lede, which
        in a news story says what it is about (as much of it as fits in one quote). Asked in
        brief ("in one line"), the headline that says it in one comes before the lede."""
        corpus = self.index.corpus
        quotes = []
        for document in corpus.documents:
            if documents is not None and document.doc_id not in documents:
                continue
            if brief and document.title_span is not None:
                quotes.append(_heading_quote(document, None))
            lede = next(p for p in corpus.passages if p.doc_id == document.doc_id)
            unit = [corpus.sentences[i] for i in lede.sentence_ids]
            while len(unit) > 1 and unit[-1].end - unit[0].start > MAX_QUOTE_CHARS:
                unit.pop()
            quotes.append(build_quote(corpus, unit, 1.0))
        if not quotes:  # only when ``documents`` names none of the briefings
            return Answer(question=question, answered=False, reason="No such briefing.")
        return Answer(question=question, answered=True, quotes=quotes[:limit], confidence=1.0)

    def _credits(self, documents: set[str] | None) -> list[Quote]:
        """ "Who wrote this?": each briefing's credit line ("with inputs from Reuters"), for
        those that end with one."""
        corpus = self.index.corpus
        quotes = []
        for sentence in corpus.sentences:
            document = corpus.document(corpus.passages[sentence.passage_id].doc_id)
            if documents is not None and document.doc_id not in documents:
                continue
            if document.source is not None and sentence.text == document.source:
                quotes.append(build_quote(corpus, [sentence], 1.0))
        return quotes

    def _headings(self, question: str, asked: str, documents: set[str] | None) -> list[Quote]:
        """ "What does the headline say?": the headline of each briefing, the one closest to
        the question first. "… the second section heading …": that heading; "… the section
        heading …": the heading over the closest sentence (the headline over the lede)."""
        corpus = self.index.corpus
        retrieval = self.retriever.retrieve(question, documents=documents)
        # briefings by their closest sentence, with the passage of it
        closest: dict[str, int] = {}
        for candidate in retrieval.candidates:
            sentence = corpus.sentences[candidate.sentence_id]
            closest.setdefault(corpus.passages[sentence.passage_id].doc_id, sentence.passage_id)
        ordinal = questions.heading_ordinal(question)
        quotes = []
        for doc_id, passage_id in closest.items():
            document = corpus.document(doc_id)
            number = None if ordinal is not None else self._heading_of_words(question, document)
            if number is not None:
                # "ISS lifespan talks headline": the heading the search's words are all of,
                # whether the asker calls it the headline or a section
                quotes.append(_heading_quote(document, number if number >= 0 else None))
                continue
            if asked == "section" and document.sections:
                if ordinal is not None and -len(document.sections) <= ordinal < len(
                    document.sections
                ):
                    number = ordinal % len(document.sections)
                else:
                    number = self._closest_heading(question, document, passage_id)
                if number >= 0:
                    quotes.append(_heading_quote(document, number))
                    continue
            if document.title_span is not None:
                quotes.append(_heading_quote(document, None))
        return quotes

    def _typed_heading(self, question: str, documents: set[str] | None) -> Quote | None:
        """The headline or section heading whose words a search-box query is made of, at
        least TYPED_HEADING_WORDS of them ("NASA interim head Russia cooperation"); None for
        a question, or a query of fewer words ("ISS deorbiting" wants the sentence that
        tells of it)."""
        if not questions.is_typed_search(question):
            return None
        vocabulary = self.retriever.vocabulary
        typed = set(vocabulary.normalise(self.retriever.aliases.rewrite(question)))
        if len(typed) < TYPED_HEADING_WORDS:
            return None
        for document in self.index.corpus.documents:
            if documents is not None and document.doc_id not in documents:
                continue
            headings = [document.title if document.title_span else "", *document.sections]
            for number, heading in enumerate(headings, start=-1):
                if heading and typed <= set(vocabulary.normalise(heading)):
                    return _heading_quote(document, number if number >= 0 else None)
        return None

    def _heading_of_words(self, question: str, document: Document) -> int | None:
        """The heading of ``document`` (-1 for its headline) that has every word of a search
        for a heading ("ISS bridge section"), two words at least besides the word for a
        heading; None for a question, or where no heading or more than one has them."""
        if not questions.is_typed_search(question):
            return None
        vocabulary = self.retriever.vocabulary
        typed = set(vocabulary.normalise(self.retriever.aliases.rewrite(question)))
        typed -= set(vocabulary.normalise(" ".join(_HEADING_WORDS)))
        if len(typed) < 2:
            return None
        headings = [document.title if document.title_span else "", *document.sections]
        # (both with the station's other names: "space station" is read as the ISS)
        found = [
            number
            for number, heading in enumerate(headings, start=-1)
            if heading
            and typed <= set(vocabulary.normalise(self.retriever.aliases.rewrite(heading)))
        ]
        return found[0] if len(found) == 1 else None

    def _closest_heading(self, question: str, document: Document, passage_id: int) -> int:
        """The section heading a question asks for by what it says ("the heading about the
        station as a bridge") or by what its section tells (the section of the closest
        passage); -1 for the headline, over the lede."""
        sections = list(document.sections)
        # "the orbiting laboratory" is the briefing's space station
        asked = self.retriever.aliases.rewrite(question)
        vectors = self.retriever.embedder.encode([asked, *sections])
        likeness = vectors[1:] @ vectors[0]
        if likeness.max() >= HEADING_LIKENESS:
            return int(likeness.argmax())
        section = self.index.corpus.passages[passage_id].section  # by what its section tells
        return sections.index(section) if section else -1

    def _refusal(self, retrieval: Retrieval, searched: str) -> str | None:
        """Why no sentence can answer, judged from the question as a whole; None if one may.

        ``searched`` is "the briefing" or "the briefings", for the message.
        """
        if retrieval.unknown_name:
            return f"“{retrieval.unknown_name}” appears nowhere in {searched}."
        if retrieval.unquoted_speaker:
            name = retrieval.unquoted_speaker
            return f"{name} is named in {searched}, but nothing {name} said is quoted or reported."
        if retrieval.unsaid_topic:
            name, topic = retrieval.unsaid_topic
            return f"Nothing {name} said about {topic} is quoted or reported in {searched}."
        # A question that names something the briefings never mention ("When was the last
        # Soyuz launch?") needs more confidence than one in their own words.
        needed = self.abstain_threshold + (UNKNOWN_TERM_MARGIN if retrieval.unknown_term else 0.0)
        if retrieval.candidates and retrieval.confidence >= needed:
            return None
        if retrieval.unknown_term:
            return f"“{retrieval.unknown_term}” appears nowhere in {searched}."
        return f"Nothing in {searched} is close enough to the question."

    def lead(self, retrieval: Retrieval) -> Candidate | None:
        """The candidate that opens the answer, or None when none can answer at all.

        "Who …?" answered by a sentence that names nobody new is no answer, however close
        its words: when the question asks for an answer type, the first quote is the best
        close contender (within SECONDARY_MARGIN of the top) whose quote supplies it. For a
        required type with no such contender, the briefing does not cover the question,
        except for a date that another sentence about the same event gives ("When will Duffy
        meet Bakanov?": the lede's "talks … this week"; see SAME_EVENT).
        "What did Duffy say …?" likewise opens with Duffy's words when one is close.
        """
        candidates = retrieval.candidates
        if not candidates:
            return None
        kind = retrieval.answer_type
        if kind is not None:
            wanted = {c.sentence_id for c in candidates if c.fits_answer_type}
        else:
            wanted = {c.sentence_id for c in candidates if c.gives_asked_words}
        corpus = self.index.corpus
        floor = candidates[0].score - SECONDARY_MARGIN
        if kind in _STEERED_FAR or told_far(retrieval.corrected_question):
            # "wait is duffy actually gonna sit down with the russians in person": the one
            # sentence that tells how they meet ("the first in-person dialogue") may be far
            # below those that name its people; it leads from anywhere
            floor = -math.inf
        for candidate in candidates:
            if candidate.score < floor or not wanted:
                break
            unit = quote_unit(corpus, candidate.sentence_id)
            if any(s.sentence_id in wanted for s in unit):
                return candidate
            # "Where was Duffy speaking about the ISS partnership?": the second half of a
            # quotation ("But we have a valuable partnership …") is closest, and the sentence
            # that tells where he said it is its first half ("…,” Duffy acknowledged during
            # remarks on Capitol Hill"), which is then quoted with it
            said = attribution_of(corpus, candidate.sentence_id)
            if said is not None and said in wanted:
                return next(c for c in candidates if c.sentence_id == said)
        if kind is AnswerType.DATE:
            # The date of the event the closest sentence tells of, told in another sentence.
            top = candidates[0].sentence_id
            for candidate in candidates:
                if candidate.score < candidates[0].score - EVENT_MARGIN:
                    break
                if (
                    candidate.sentence_id in wanted
                    and not candidate.other_time
                    and self.retriever.likeness(top, candidate.sentence_id) >= SAME_EVENT
                ):
                    return candidate
            # "The meeting will be the first …": the event it refers back to, told with a
            # date just before ("… direct talks with … Roscosmos this week")
            earlier = self.retriever.antecedent(top)
            if earlier is not None and earlier in wanted:
                found = next(c for c in candidates if c.sentence_id == earlier)
                if not found.other_time:
                    return found
        elif kind is not None and kind.required:
            # "2018 meeting location": the year the question names pins the event, and a
            # place told of it ("… met face to face was in October 2018. That meeting took
            # place at the Baikonur Cosmodrome") answers, though a sentence that only
            # mentions the year ("the first … since 2018") is closer
            for candidate in candidates:
                if candidate.score < candidates[0].score - EVENT_MARGIN:
                    break
                told = [s.sentence_id for s in quote_unit(corpus, candidate.sentence_id)]
                if wanted.intersection(told) and self.retriever.tells_times(
                    retrieval.corrected_question, told
                ):
                    return candidate
        return None if kind is not None and kind.required else candidates[0]

    def _quotes(
        self, retrieval: Retrieval, limit: int, margin: float, *, insist: bool = False
    ) -> list[Quote]:
        """The quotes of an answer, opening with :meth:`lead`; with ``insist``, the closest
        candidate opens it when no lead can."""
        corpus = self.index.corpus
        first = self.lead(retrieval)
        if first is None and insist and retrieval.candidates:
            first = retrieval.candidates[0]
        if first is None:
            return []
        top_score = retrieval.candidates[0].score
        candidates = [first] + [c for c in retrieval.candidates if c is not first]
        used: set[int] = set()
        quotes: list[Quote] = []
        for candidate in candidates:
            if len(quotes) >= limit:
                break
            if candidate.sentence_id in used:
                continue
            if quotes and candidate.score < top_score - margin:
                break
            unit = quote_unit(corpus, candidate.sentence_id)
            if any(s.sentence_id in used for s in unit):
                continue  # "… They will replace …" grown back over a sentence already quoted
            used.update(s.sentence_id for s in unit)
            quotes.append(build_quote(corpus, unit, candidate.score))
        return quotes


def _no_answer(retrieval: Retrieval) -> str:
    """Why no close candidate could open the answer (see :meth:`Answerer.lead`)."""
    kind = retrieval.answer_type
    # "Name the rocket that …" wants what "which rocket …" does
    needed = wanted(kind, questions.as_asked(retrieval.corrected_question)) if kind else None
    if needed is None:
        return "No passage answers the question."
    return f"No passage close to the question {needed}."


def build_quote(corpus: Corpus, unit: list[Sentence], score: float) -> Quote:
    """A :class:`Quote` of adjacent sentences ``unit`` of one paragraph."""
    passage = corpus.passages[unit[0].passage_id]
    document = corpus.document(passage.doc_id)
    start, end = unit[0].start, unit[-1].end
    return Quote(
        # Sliced from the paragraph, so the quote is the source's exact text.
        text=passage.text[start - passage.start : end - passage.start],
        document=DocumentRef(title=document.title, source=document.source, path=document.path),
        section=passage.section,
        paragraph=passage.paragraph,
        speaker=next((s.speaker for s in unit if s.speaker), None),
        reported_by=passage.reported_by,
        score=round(score, 4),
        passage_id=passage.passage_id,
        start=start,
        end=end,
    )


def _heading_quote(document: Document, number: int | None) -> Quote:
    """A :class:`Quote` of a briefing's section heading ``number``, or of its headline
    (``None``; only for a document whose headline is written in the file)."""
    if number is None:
        assert document.title_span is not None
        text, section, heading = document.title, None, "headline"
        start, end = document.title_span
    else:
        text, heading = document.sections[number], "section heading"
        section = text
        start, end = document.section_spans[number]
    return Quote(
        text=text,
        document=DocumentRef(title=document.title, source=document.source, path=document.path),
        section=section,
        paragraph=0,
        heading=heading,
        score=1.0,
        passage_id=-1,
        start=start,
        end=end,
    )


def quote_unit(corpus: Corpus, sentence_id: int) -> list[Sentence]:
    """The sentence, grown to the rest of its quotation, or to the sentence it refers to.

    “We have wild disagreement …,” Duffy acknowledged … “But we have a valuable
    partnership …” is one thing said; quoting only one half would misrepresent it.
    Likewise "… met face to face was in October 2018. That meeting took place at …" is one
    fact told in two sentences: either half alone leaves "that meeting" or the people in it
    unexplained; and "His aim is …" alone does not say whose.
    """
    sentence = corpus.sentences[sentence_id]
    siblings = [corpus.sentences[i] for i in corpus.passages[sentence.passage_id].sentence_ids]
    at = siblings.index(sentence)
    if not sentence.is_quote:
        return _with_referent(siblings, at)
    unit = [sentence]

    def same_quote(other: Sentence) -> bool:
        return other.is_quote and other.speaker == sentence.speaker

    size = len(sentence.text)
    # Backwards only while the current sentence continues a quotation (no new “).
    i = at
    while i > 0 and same_quote(siblings[i - 1]) and not _opens_quote(siblings[i].text):
        size += len(siblings[i - 1].text) + 1
        if size > MAX_QUOTE_CHARS:
            break
        unit.insert(0, siblings[i - 1])
        i -= 1
    j = at + 1
    while j < len(siblings) and same_quote(siblings[j]):
        size += len(siblings[j].text) + 1
        if size > MAX_QUOTE_CHARS:
            break
        unit.append(siblings[j])
        j += 1
    return unit


def attribution_of(corpus: Corpus, sentence_id: int) -> int | None:
    """For a later part of a direct quotation, the earlier sentence of the same quotation
    that names its speaker ("…,” Duffy acknowledged during remarks on Capitol Hill."); None
    for a sentence that is no such part, or names the speaker itself."""
    sentence = corpus.sentences[sentence_id]
    if not sentence.is_quote or not sentence.speaker:
        return None
    surname = sentence.speaker.split()[-1]
    if surname in sentence.text:
        return None
    siblings = [corpus.sentences[i] for i in corpus.passages[sentence.passage_id].sentence_ids]
    for earlier in reversed(siblings[: siblings.index(sentence)]):
        if not (earlier.is_quote and earlier.speaker == sentence.speaker):
            return None
        if surname in earlier.text:
            return earlier.sentence_id
    return None


def _with_referent(siblings: list[Sentence], at: int) -> list[Sentence]:
    """A narrative sentence, joined to a neighbour when one of the two refers back to the
    other with a demonstrative ("That meeting …", "These talks …"), or to the sentence before
    when it opens with a pronoun ("His aim is …": whose, the sentence before says)."""
    sentence = siblings[at]
    unit = [sentence]
    before = siblings[at - 1] if at > 0 else None
    after = siblings[at + 1] if at + 1 < len(siblings) else None
    if (
        before
        and not before.is_quote
        and (refers_back(sentence.text) or opens_with_pronoun(sentence.text))
    ):
        unit.insert(0, before)
    elif (
        after and not after.is_quote and (refers_back(after.text) or opens_with_pronoun(after.text))
    ):
        unit.append(after)
    if unit[-1].end - unit[0].start > MAX_QUOTE_CHARS:
        return [sentence]
    return unit


# "That meeting took place …": a demonstrative followed by a noun, not by a verb ("That is")
# or a time ("This week").
_DEMONSTRATIVE = re.compile(r"(That|This|These|Those|Such)\s+([a-z][\w’'-]*)")
_NOT_A_NOUN = frozenset(
    "is was are were will would could can may might must should shall has have had does did "
    "do means meant comes came includes included remains remained marks marked".split()
    # "This week, …" dates the sentence; it does not point back at the one before.
    + "week weekend month year morning afternoon evening night summer winter spring autumn "
    "fall season quarter time".split()
)


def refers_back(text: str) -> bool:
    """Whether a sentence opens by pointing back at the one before it."""
    match = _DEMONSTRATIVE.match(text)
    return match is not None and match.group(2) not in _NOT_A_NOUN


_PRONOUN = re.compile(r"(He|She|They|His|Her|Their|Its)\b")


def opens_with_pronoun(text: str) -> bool:
    """Whether a sentence opens with a pronoun standing for someone named before it."""
    return _PRONOUN.match(text) is not None


def _opens_quote(text: str) -> bool:
    return text.startswith(("“", '"'))
