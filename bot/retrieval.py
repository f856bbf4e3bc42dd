"""Hybrid retrieval: dense, late-interaction and lexical signals fused per sentence.

Knows nothing of front ends. One query costs one encode (which yields the pooled vector
and the word-piece vectors together), one FAISS search and a few small matrix products;
everything else was prepared when the index was loaded. A question for someone's words
("What did Duffy say …?") costs a second encode, of the question without the name: the
second sentence of a quotation never names its speaker.

Signals per sentence (weights in :class:`Weights`, tuned on the project's own questions in
``tests/fixtures/eval/questions.jsonl``, never on the shared dev set):

* cosine with the sentence, with the sentence in context, with its paragraph, and the best
  of its clauses and short word windows;
* late interaction: for each content word piece of the question, its best match among the
  sentence's word pieces, averaged (close words count: "leading" finds "leader");
* the answer type: a "who" question prefers a sentence that names someone new, and so on;
* the speaker: "what did Duffy say …" prefers Duffy's own words;
* for a search-box query of a few words ("SpaceX"), the sentences that contain them;
* the time: "Who is …?" is not answered by "then-NASA Administrator …" (a small penalty).
* a day, month or year the question names: "What is Duffy doing on Wednesday?" prefers the
  sentences that name Wednesday.

Lexical matching works *before* the encoder: misspelt names are corrected to the
briefing's own words ("Bakanof" → "Bakanov"), other names of its countries become the ones
it uses ("Moscow" → "Russia", see :mod:`bot.aliases`), a post is read with the name of the
one person who holds it ("the acting chief" → "the acting chief Duffy", see
:mod:`bot.roles`), and vocabulary coverage feeds abstention.
BM25 as a ranking signal was tried and dropped: on the project's questions it never helped
and it flipped "Who will Duffy meet with?" to the sentence that says "meetings".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace

import jellyfish
import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from bot import questions
from bot.aliases import Aliases, country_words
from bot.answer_types import (
    AnswerType,
    answer_type,
    asks_of_gone_by,
    out_of_time,
    people_words,
    profile,
    surnames_in,
    time_frame,
    told_of,
)
from bot.answer_types import fits as answer_fits
from bot.attribution import REPORTING_VERBS
from bot.embedder import Embedder
from bot.index import KIND_CONTEXT, KIND_PASSAGE, KIND_SENTENCE, KIND_WINDOW, KnowledgeIndex
from bot.lexical import (
    STOPWORDS,
    Vocabulary,
    content_words,
    is_content_piece,
    stem,
    without_interjections,
    words,
)
from bot.roles import Roles, post_before, respell_posts

Floats = npt.NDArray[np.float32]

_SPEECH = re.compile(
    r"\b(say|says|said|saying|think|thinks|thought|call(s|ed)?|believes?|"
    # not "What is Duffy's trip described as signalling?", the briefing's description
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"describe[sd]?(?!\s+as\b)|"
    r"feels?|quote[sd]?|words|remarks?|comments?|commented|commenting|claims?|stress(es|ed)?|"
    r"admits?|weigh(?:s|ed)?\s+in|react(?:s|ed)?\s+to|respond(?:s|ed)?\s+to|"
    r"acknowledge[sd]?|views?|opinion|argues?|according|stance|position on|take on|"
    # "Does Duffy see his job as permanent?", "consider it temporary": how they see it
    r"consider(?:s|ed)?|(?:see|sees|saw|regards?|regarded)(?=(?:\W+[\w’'\-]+){1,6}\W+as\b)|"
    # "What did the Roscosmos chief confirm to TASS?"; not "confirmed as secretary"
    r"confirm(?:s|ed)?(?!\s+as\b))\b",
    re.I,
)
# A guess offered at the end of a question: ", was it Rogozin?", "or is it Bakanov",
# "— was it Dmitry Rogozine?"
_OFFERED = re.compile(
    # (not "… or is it just duffy": whether others share in it)
    r"(?:,|\s+or|\s*[—–])\s+(?:was|is|will|would)\s+(?:it|that|he|she)\s+(?!(?:just|only)\b)"
    r"(?:[\w’'\-]+\s*){1,3}(?:or\s+(?:[\w’'\-]+\s*){1,3})?\W*$|"
    # … or only the name, after a comma or a dash: "Who headed Roscosmos in 2018, Rogozin?",
    # "…, rogozin right?", "Where did the 2018 meeting take place — the Baikonur Cosmodrome?"
    r"(?:,|\s*[—–])\s+(?:maybe\s+|perhaps\s+)?(?:the\s+)?"
    r"(?-i:[A-Z][\w’'\-]+)(?:\s+(?-i:[A-Z][\w’'\-]+))?"
    # … or two to choose from: "Who did Bridenstine meet in 2018, Rogozin or Bakanov?"
    r"(?:\s+or\s+(?:the\s+)?(?-i:[A-Z][\w’'\-]+)(?:\s+(?-i:[A-Z][\w’'\-]+))?)?"
    r"(?:\W+(?:right|correct|yeah|yes|no|eh|huh|innit|i\s+think|i\s+guess|isn['’]t\s+it|"
    r"wasn['’]t\s+it|or\s+not))?\W*$|"
    # … or told as a statement: ", it was rogozine no?", ", he's bakanov right"
    r",\s+(?:it|that|he|she)\s*(?:was|is|['’]s)\s+(?:[\w’'\-]+\s*){1,3}\W*$|"
    # … or put after the question, then asked: "Who heads it now? Mr Bakanoff, is it?"
    r"(?<=\?)\s*(?!(?:who|whom|what|which|where|when|why|how)\b)(?:[\w’'\-]+\s*){1,3},?"
    r"\s+(?:is|was|isn['’]t|wasn['’]t)\s+(?:it|that|he|she)\W*$|"
    # … or only offered: "who is running nasa right now?? a TRANSPORTATION secretary?!",
    # "which agency reported it? TAS?", "who ran roscosmos then? rogozin i think?"
    r"(?<=\?)\s*(?:a|an|the)\s+(?:[\w’'\-]+\s*){1,3}\W*$|"
    r"(?<=\?)\s*(?!(?:who|whom|what|which|where|when|why|how)\b)[\w’'\-]+(?:\s+[\w’'\-]+)?"
    r"\s*\?[?!]*\s*$",
    re.I,
)
# … or set off by commas after what is asked for: "Which NASA leader, Jim Bridenstein (I
# think), met the Russians?", "Which news agency, TAS (or something), reported …?"
_APPOSED_GUESS = re.compile(
    r"^(?P<asked>\W*(?:which|what)\b[^,]*?),\s+(?:maybe\s+|perhaps\s+|probably\s+)?"
    r"(?-i:[A-Z][\w’'\-]+)(?:\s+(?-i:[A-Z][\w’'\-]+))?\s*,\s*",
    re.I,
)
# … said by the story itself, not by someone in it: "What does the article say …?"
_TELLER_SPEECH = re.compile(
    r"\b(?:article|story|report|piece|briefing|text|writer|author|reporter|news|headline)\s+"
    r"(?:\w+\s+)?(?:say|says|said|describe[sd]?|call(?:s|ed)?|quote[sd]?)\b|"
    r"\baccording to (?:the|this) (?:article|story|report|piece|briefing|text)\b|"
    # … or said after it: "What signal does the trip send, says the text?"
    r"\b(?:say|says|said)\s+(?:the|this)\s+(?:article|story|report|piece|briefing|text)\b|"
    # … or how it is told there: "How is Rogozin described in the briefing?"
    r"\b(?:describe[sd]?|call(?:s|ed)?|quote[sd]?|portray(?:s|ed)?|characteri[sz]e[sd]?)\s+"
    r"(?:in|by)\s+(?:the|this)\s+(?:article|story|report|piece|briefing|text)\b",
    re.I,
)


def _asks_words(text: str) -> bool:
    """Whether ``text`` asks what someone said or thinks, not what the story says."""
    return _SPEECH.search(_TELLER_SPEECH.sub(" ", text)) is not None


_REPORTED = re.compile(rf"\b([A-Z][\w’'\-]+)\s+(?:{REPORTING_VERBS})\b")
# What someone's words are asked about: "What did Bakanov say about Ukraine?", "Duffy's
# view on Ukraine", "What does Duffy think of Russia?".
_ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|on|towards?|(?<=think )of|(?<=thought )of|"
    r"(?<=opinion )of|(?<=view )of|(?<=views )of)\s+(?P<topic>[^?;]+)",
    re.I,
)
# A sentence that refers back to an event told before: "The meeting will be …".
_REFERS_TO_EVENT = re.compile(
    r"(?:The|This|That|These|Those)\s+(?:[\w\-]+\s+)?(?:meetings?|talks|dialogues?|visits?|"
    r"summits?|conversations?|discussions?|calls?|trips?|launch(?:es)?|sessions?|negotiations?)\b"
)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w\-]*|\b\d[\w\-]*")
# Capitalised words in a row, not opening a sentence: "the European Space Agency".
_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|\d+)\b)+")
# Capitalised words (or a number after one) in a row, anywhere: "Space X Crew 11".
_SOUNDED_RUN = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|\d+)\b)*")
# Words in lower case in a row: "ross cosmos", "back a nov".
_LOWER_RUN = re.compile(r"\b[a-z][a-z’'\-]*(?:[ ]+[a-z][a-z’'\-]*)+\b")
_APOSTROPHE_S = re.compile(r"[’']s$")
_WORD = re.compile(r"\b[A-Za-z][\w’'\-]*")  # not the "s" of "1990s"
# A compound word of letters: "cross-flight", "science-focused". One that a single sentence
# uses is as good as a name for finding it, and the encoder reads it as its common parts.
_COMPOUND = re.compile(r"\b[a-z]{2,}(?:-[a-z]{2,})+\b")
# … weighed as a half-matched search query: a pointer, not the answer (0.2–0.4 measured alike)
_COMPOUND_WEIGHT = 0.3
# How alike two phonetic keys must be (Jaro-Winkler) for a name typed one way to be heard
# as one of the briefings': "Bake On" (BKN) is Bakanov (BKNF, 0.94); "Roscoe Most" (RSKMST)
# is not heard as Roscosmos (RSKSMS, 0.88), nor "Cannabis" as Canaveral (0.63).
SOUNDS_ALIKE = 0.93
# An alternative the question offers to what it names: "Is he going to Houston for the launch,
# or somewhere else?", "Did they meet in Moscow or at Baikonur?". The name is a guess, and
# the question is answered by where he is going, whichever it is.
_OR_ELSE = re.compile(
    r"\bor\s+(?:(?:is|was|will|did|does|do|are|were)\s+(?:it|he|she|they|that)\s+)?"
    r"(?:(?:somewhere|someplace|someone|somebody|something|anywhere|anyone)\s+else|elsewhere|"
    r"(?:an)?other\s+\w+|a\s+different\s+\w+)\b",
    re.I,
)
# … or another name, on either side of "or" (or of ", not"): "Did they meet at Baikonur or
# at Star City?", "Capitol Hill or Pentagon", "Crew-11 or crew-10", "the Secretary of Defense,
# not Transportation". One of the briefings' names offered beside the strange one makes the
# question a choice the briefings may settle.
_OPTION_WORD = re.compile(r"[\w’'\-]+|[^\w\s]")
# words that stand before the name an option gives: "or at Star City", "or was it the Moon"
_OPTION_FILLER = frozenset(
    "at in on to from by with of the a an some maybe perhaps another other was is it that".split()
)
_ENDS_IN_S = re.compile(r"(?<![\w’'\-])[A-Za-z]{3,}s(?![\w’'\-])")
# The planet every story happens on: "advance beyond Earth", "work above the Earth" place a
# question nowhere in particular, and questions about Earth itself ("How high above Earth
# does the ISS orbit?") want a number the answer types look for.
_EVERYWHERE = frozenset({"earth"})
# Titles and the bodies that hold office are no names of things: "the President's cabinet"
# asks about a post the briefings may give with other words ("Transportation Secretary").
_TITLES = frozenset(
    """president presidential vice senator governor minister secretary chancellor administrator
    director chairman chairwoman chair chief commander general admiral king queen pope mayor
    ambassador congress congressional cabinet administration government""".split()
)
# … nor are the forms of address a polite asker puts before a name: "Mr Duffy", without the
# full stop a British writer leaves off.
_ADDRESS = frozenset("mr mrs ms mx miss mister dr sir madam madame messrs".split())
# … nor are days and months: "Is Duffy in Florida on Tuesday?" is answered by the day the
# briefing gives (the time signal weighs the difference).
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
# A day, month or year, in any case but for "may" and "march", which are also verbs; or a
# time told from now ("this week", "tomorrow").
_TIME = re.compile(
    r"\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|"
    r"june|july|august|september|october|november|december|today|tonight|tomorrow|yesterday|"
    r"(?:this|next|last) (?:week|month|year))\b|\b(?:May|March|1[89]\d\d|20\d\d)\b"
)


@dataclass(frozen=True)
class Weights:
    """How the signals are fused into one ranking score."""

    sentence: float = 0.5
    context: float = 0.5
    passage: float = 0.5
    window: float = 1.0
    late: float = 0.7
    answer_type: float = 0.2
    speaker: float = 0.2
    keyword: float = 0.6
    time: float = 0.2
    tense: float = 0.1
    introduces: float = 0.1


# Abstention: a class-balanced logistic model over question-level features (FEATURES),
# fit on the project's own questions by benchmarks/fit_abstention.py; refit after changing
# the features or the ranking.
_ABSTAIN_COEF = {
    "best_window": 0.773,
    "best_sentence": 1.047,
    "top_score": 1.764,
    "margin": 0.806,
    "coverage": 0.224,
    "late_mean": 0.492,
    "late_weakest": 0.494,
    "top_weakest": 1.349,
    "unknown_name": -1.208,
}
_ABSTAIN_INTERCEPT = -3.828


@dataclass(frozen=True)
class Candidate:
    """One sentence with its fused score."""

    sentence_id: int
    score: float
    fits_answer_type: bool
    # Quotes or reports the words of the person a "what did X say …?" question names.
    gives_asked_words: bool = False
    # Speaks of another time than the question: "When did …?" and "… this week".
    other_time: bool = False


FEATURES = (
    "best_window",
    "best_sentence",
    "top_score",
    "margin",
    "coverage",
    "late_mean",
    "late_weakest",
    "top_weakest",
    "unknown_name",
)


@dataclass(frozen=True)
class Signals:
    """Per-sentence evidence for one question, before fusion (see :meth:`Retriever.rank`)."""

    question: str  # as read: "Washington" already the briefing's "US"
    unknown_term: str | None  # a name or number in it that the briefings never mention
    unknown_name: str | None  # a name of several words they never use (see Retrieval)

    sentence: Floats  # cosine with the sentence alone
    context: Floats  # … with the sentence in its context
    passage: Floats  # … with its paragraph
    window: Floats  # … with its best clause or word window
    per_piece: Floats  # (query word pieces, sentences): each piece's best match
    fits: npt.NDArray[np.bool_]  # supplies the asked-for answer type
    speaker: Floats  # quotes the person whose words are asked for
    keyword: Floats  # for a search-box query ("SpaceX"): share of its words in the sentence
    names_time: Floats  # 1 where the sentence names the day, month or year the question does
    out_of_time: Floats  # 1 where the sentence speaks of another time than the question
    # for "Who …?", 1 where the sentence introduces a person the question does not name:
    # "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos" over "Duffy's
    # dialogue with Bakanov" for "Whom will the acting chief sit down with?"
    introduces: Floats
    reported: npt.NDArray[np.bool_]  # reports the words of that person
    asks_words_of: tuple[str, ...]  # surnames of the people whose words it asks for
    answer_type: AnswerType | None
    stems: list[str]
    corrected: str


@dataclass(frozen=True)
class Retrieval:
    """Ranked candidates, plus the question-level evidence the abstention rule weighs."""

    candidates: list[Candidate]
    confidence: float  # 0..1: how likely the briefings answer the question at all
    answer_type: AnswerType | None
    corrected_question: str
    features: dict[str, float]
    # The question asks for the words of someone the briefings name but never quote or
    # report ("What did Rogozin say?"): no sentence can answer it. Their name, as written.
    unquoted_speaker: str | None = None
    # A name or number in the question that the briefings never mention ("Jupiter").
    unknown_term: str | None = None
    # A name of several words that the briefings never use, nor any part of it that is a
    # name ("the European Space Agency"): the question is about something else.
    unknown_name: str | None = None
    # The question asks what someone said about a thing the briefings name, but none of
    # their words quoted or reported mentions it ("What did Bakanov say about Ukraine?"):
    # their name as written, and the thing as asked.
    unsaid_topic: tuple[str, str] | None = None


class Retriever:
    """Ranks the sentences of a :class:`KnowledgeIndex` for a question."""

    def __init__(
        self, index: KnowledgeIndex, embedder: Embedder, weights: Weights | None = None
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.weights = weights or Weights()
        corpus = index.corpus
        self._n = len(corpus.sentences)
        self._passage_of = np.array([s.passage_id for s in corpus.sentences], dtype=np.int64)
        self._doc_of = np.array([corpus.passages[s.passage_id].doc_id for s in corpus.sentences])
        kinds = {KIND_SENTENCE: 0, KIND_CONTEXT: 1, KIND_PASSAGE: 2, KIND_WINDOW: 3}
        self._row_kind = np.array([kinds[k] for k, _ in index.rows], dtype=np.int64)
        self._row_ref = np.array([ref for _, ref in index.rows], dtype=np.int64)
        # Word pieces sorted by owning sentence, for a segmented max per sentence.
        order = np.argsort(index.token_owner, kind="stable")
        self._tokens = np.ascontiguousarray(index.tokens[order], dtype=np.float32)
        owners = index.token_owner[order]
        self._token_starts = np.searchsorted(owners, np.arange(self._n))
        self._has_tokens = np.bincount(owners, minlength=self._n) > 0
        # Each sentence's own vector, to tell sentences about one event (see :meth:`likeness`).
        self._sentence_vectors = np.zeros((self._n, index.faiss_index.d), dtype=np.float32)
        for row in np.flatnonzero(self._row_kind == kinds[KIND_SENTENCE]):
            self._sentence_vectors[self._row_ref[row]] = index.faiss_index.reconstruct(int(row))
        self.aliases = Aliases(s.text for s in corpus.sentences)
        # The times each sentence names; a weekday in the news is this week's ("… on
        # Wednesday" answers "this week").
        self._times = [
            times | ({"this week"} if times & _WEEKDAYS else set())
            for times in (_times_in(s.text) for s in corpus.sentences)
        ]
        self._dictionary = embedder.words()
        self.vocabulary = Vocabulary(
            [s.text for s in corpus.sentences]
            + [d.title for d in corpus.documents]
            + [sec for d in corpus.documents for sec in d.sections],
            dictionary=self._dictionary,
        )
        self._speaker_surnames = [
            s.speaker.split()[-1].lower() if s.speaker else None for s in corpus.sentences
        ]
        known = surnames_in(s.text for s in corpus.sentences) | {
            surname for surname in self._speaker_surnames if surname
        }
        self._people = sorted(known)
        self.roles = Roles((s.text for s in corpus.sentences), known)
        self._proper = _proper_words(s.text for s in corpus.sentences)
        # How each of their names sounds (see _sounded_out): one word ("Bakanov") or a
        # person's whole name ("Dmitry Bakanov"), as they write it
        # and each word of a longer name alone ("Baikonur" of "Baikonur Cosmodrome"),
        # which only a name that sounds just as it does is heard as
        runs = [
            m.group(0)
            for s in corpus.sentences
            for m in re.finditer(r"\b[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?", s.text)
        ]
        self._words_of_names = {w for run in runs for w in run.split()} - set(runs)
        written = set(runs) | self._words_of_names
        self._sounds: dict[str, set[str]] = {}
        self._run_together: dict[str, str] = {}
        for name in written:
            if all(w.lower() in self._proper for w in name.split()):
                self._sounds.setdefault(_sound(name), set()).add(name)
                self._run_together[_letters(name)] = name
        self._name_words = frozenset(
            w.lower() for s in corpus.sentences for w in people_words(s.text)
        )
        # Each surname as the briefings write it ("rogozin" → "Rogozin"), for messages.
        self._written_names = {
            match.group(0).lower(): match.group(0)
            for s in reversed(corpus.sentences)
            for match in re.finditer(r"\b[A-Z][\w’'\-]+", s.text)
            if match.group(0).lower() in known
        }
        # The written form of each name typed in lower case (see cased): a surname, an
        # acronym, a country's name, or a word the language does not have.
        # "Eastern Europe" (the region of a country they name), "Kazakh" (the country of a
        # launch site they name): known words, though they never write them
        self._unwritten = self.aliases.region_words | self.aliases.site_countries
        countries = country_words()
        self._case = {
            match.group(0).lower(): match.group(0)
            for s in corpus.sentences
            for match in _WORD.finditer(s.text)
            if match.start() > 0
            and (key := match.group(0).lower()) in self._proper
            and key != "us"
            and len(key) > 2
            and (
                key in known
                or match.group(0).isupper()
                or key in countries
                or key not in self._dictionary
            )
        }
        # The organisations they name, as roles compares words: "nasa", "roscosmo"; not
        # people, countries or words of the language
        self._organisations = frozenset(
            stem(key)
            for key, written in self._case.items()
            if key not in known
            and key not in countries
            and not key.endswith("’s")
            and (written.isupper() or key not in self._dictionary)
        )
        self._headed = frozenset(
            o for o in self._organisations if any(o in self.roles.post_words(p) for p in known)
        )
        # A search-box query may use its section's heading's words ("ISS lifespan" for the
        # sentence under "Talks to Address ISS Lifespan …"); the lede's heading is the
        # headline, which sums it up ("NASA interim head").
        ledes = {
            next(p.passage_id for p in corpus.passages if p.doc_id == d.doc_id): d.title
            for d in corpus.documents
        }
        self._sentence_stems = [
            {
                stem(w)
                for w in content_words(
                    f"{s.text} "
                    f"{corpus.passages[s.passage_id].section or ledes.get(s.passage_id, '')}"
                )
            }
            for s in corpus.sentences
        ]
        self._name_stems = _name_stems((s.text for s in corpus.sentences), self._dictionary)
        # The paragraphs each word of the briefings is used in: a word used in one paragraph
        # alone ("deorbiting", "cross-flight") pins a question that uses it to that paragraph.
        used_in: dict[str, set[int]] = {}
        rare: set[str] = set()
        for s in corpus.sentences:
            for w in content_words(s.text):
                used_in.setdefault(stem(w), set()).add(s.passage_id)
                if _is_rare(w, self._dictionary) and w.lower() not in self._name_words:
                    rare.add(stem(w))
        self._pinned_to = {w: next(iter(used_in[w])) for w in rare if len(used_in[w]) == 1}
        # Compound words of letters ("cross-flight"), each with the sentences that use it
        compounds: dict[str, set[int]] = {}
        for i, s in enumerate(corpus.sentences):
            for c in _COMPOUND.findall(s.text.lower()):
                compounds.setdefault(c, set()).add(i)
        self._compounds = {c: ids for c, ids in compounds.items() if len(ids) == 1}
        # A quotation's speaker is a person it supplies, named in the sentence or not: "Who
        # said the need for cooperation remains constant?" is answered by Duffy's words.
        self._profiles = [
            profile(s.text, known, speaker=surname)
            for s, surname in zip(corpus.sentences, self._speaker_surnames, strict=True)
        ]
        # Where each document first uses each name: "What is Roscosmos?" is answered where
        # it is introduced ("Russian space agency Roscosmos").
        seen: dict[str, set[str]] = {}
        for i, found in enumerate(self._profiles):
            used = seen.setdefault(str(self._doc_of[i]), set())
            self._profiles[i] = replace(found, introduces=frozenset(found.capitalised - used))
            used |= found.capitalised
        # The times only sentences of times gone by name ("in October 2018"): a question
        # about one ("the American agency chief at the 2018 gathering") asks of then.
        self._past_times = frozenset().union(
            *(
                t
                for t, p in zip(self._times, self._profiles, strict=True)
                if p.past and not p.present
            )
        )
        # The person they tell most of, if one stands out (twice as many sentences as the
        # next): whom a "he" in a question that names nobody means.
        told = Counter(n for p in self._profiles for n in set(p.surnames))
        ranked = told.most_common(2)
        self._protagonist = (
            ranked[0][0]
            if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
            else None
        )
        # Who reports something in each sentence: "Bakanov confirmed", "Duffy emphasised".
        self._reports = [
            {m.group(1).lower() for m in _REPORTED.finditer(s.text)} & known
            for s in corpus.sentences
        ]
        # … and everyone whose words they give, quoted or reported
        self._speakers = frozenset({s for s in self._speaker_surnames if s}.union(*self._reports))

    def likeness(self, a: int, b: int) -> float:
        """Cosine of two sentences of the briefings: about 0.75 for two that tell of one
        event ("Duffy will speak with Dmitry Bakanov …", "… announced plans to engage in
        direct talks with … Roscosmos this week"), nearer 0.4 for two on one topic."""
        return float(self._sentence_vectors[a] @ self._sentence_vectors[b])

    def tells_times(self, question: str, sentence_ids: Iterable[int]) -> bool:
        """Whether the question names a day, month or year ("2018 meeting location") and
        the sentences, together, name every one it names."""
        named = _times_in(question)
        return bool(named) and named <= frozenset().union(*(self._times[i] for i in sentence_ids))

    def antecedent(self, sentence_id: int) -> int | None:
        """For a sentence that opens by referring back to an event ("The meeting will be the
        first in-person dialogue …"): the nearest of the three sentences before it, in its
        document, that tells when something happens ("… direct talks … this week"); else
        None. Its date is the date of the event referred to."""
        if not _REFERS_TO_EVENT.match(self.index.corpus.sentences[sentence_id].text):
            return None
        for earlier in range(sentence_id - 1, max(sentence_id - 4, -1), -1):
            if self._doc_of[earlier] != self._doc_of[sentence_id]:
                break
            if self._profiles[earlier].dated:
                return earlier
        return None

    # -- the signals ---------------------------------------------------------------------

    def _dense(self, query: Floats) -> tuple[Floats, Floats, Floats, Floats]:
        """Cosines with every sentence, context, passage (per sentence) and best window."""
        total = self.index.faiss_index.ntotal
        sims, ids = self.index.faiss_index.search(query, total)
        cos = np.full(total, -1.0, dtype=np.float32)
        valid = ids[0] >= 0
        cos[ids[0][valid]] = sims[0][valid]
        out = []
        for kind, size in (
            (0, self._n),
            (1, self._n),
            (2, len(self.index.corpus.passages)),
            (3, self._n),
        ):
            values = np.full(size, -1.0, dtype=np.float32)
            mask = self._row_kind == kind
            np.maximum.at(values, self._row_ref[mask], cos[mask])
            out.append(values)
        sentence, context, passage, window = out
        window = np.maximum(window, sentence)  # a short sentence is its own window
        return sentence, context, passage[self._passage_of], window

    def _late(self, query_tokens: Floats) -> Floats:
        """For each content word piece of the query, its best match in each sentence.

        Returns a ``(query pieces, sentences)`` array; its column mean is the late-interaction
        score of a sentence.
        """
        if len(query_tokens) == 0 or len(self._tokens) == 0:
            return np.zeros((1, self._n), dtype=np.float32)
        sims = query_tokens @ self._tokens.T  # (query pieces, corpus pieces)
        best = np.maximum.reduceat(sims, self._token_starts.clip(max=len(self._tokens) - 1), axis=1)
        best[:, ~self._has_tokens] = 0.0
        return best.astype(np.float32)

    def _speaker_match(
        self, question: str
    ) -> tuple[Floats, npt.NDArray[np.bool_], tuple[str, ...]]:
        """For a question asking what a named person said: 1 for the sentences that give
        their words, quoting them or reporting them ("Duffy emphasised that …", "Bakanov
        confirmed …"); the sentences reporting their words; and the surnames of the people it
        names. Someone named only by a post ("the acting chief", see :mod:`bot.roles`) is
        asked about all the same."""
        quoted = np.zeros(self._n, dtype=np.float32)
        reported = np.zeros(self._n, dtype=bool)
        # "What does the article say Duffy's trip is underlining?" asks what the story says
        if not _asks_words(self.vocabulary.spelt(question)):
            return quoted, reported, ()
        people = self._people_in(question)
        # … not those named in what they are asked about: "What did Bridenstine say about
        # Duffy's talks?" asks for Bridenstine's words alone
        asking = [m.start() for m in _SPEECH.finditer(question)]
        about = _ABOUT.search(question, asking[-1] if asking else 0)
        if about is not None and (speakers := self._people_in(question[: about.start()])):
            people = speakers
        for i, surname in enumerate(self._speaker_surnames):
            reported[i] = bool(self._reports[i] & people)
            quoted[i] = float(surname in people or reported[i])
        return quoted, reported, tuple(sorted(people))

    def _people_in(self, text: str) -> set[str]:
        """The surnames of the people the briefings name that ``text`` names, even misspelt."""
        typed = [w for w in words(text) if len(w) >= 3]
        return {p for p in self._people if any(fuzz.ratio(w, p) >= 80 for w in typed)}

    def _named_people(self, question: str) -> list[str]:
        """The surnames (lower case) of the people the briefings name that ``question``
        names, as whole words."""
        asked = question.lower()
        return [p for p in self._people if re.search(rf"\b{re.escape(p)}\b", asked)]

    def _resolved(self, question: str, *, possessives: bool = True) -> str:
        """ "who's he meeting with" → "who's Duffy meeting with": a "he" or "she" that
        nothing in the question names is the person the briefings tell most of, when one
        stands out. "Who" then asks for someone else."""
        pronoun = _PRONOUN if possessives else _PERSONAL_PRONOUN
        if self._protagonist is None or not pronoun.search(question):
            return question
        if self._named_people(question):
            return question
        name = self._written_names.get(self._protagonist, self._protagonist.title())
        return pronoun.sub(
            lambda m: f"{name}'s" if m.group(0).lower() in _POSSESSIVE else name, question
        )

    def _with_everyone(self, question: str) -> npt.NDArray[np.bool_]:
        """For a question about two or more people together ("In which city will the
        Duffy-Bakanov meeting take place?"): True for the sentences that mention each of
        them, by name or by the organisation they head ("talks with … Roscosmos" for
        Bakanov). "Duffy will visit Cape Canaveral … to attend meetings" does not tell
        where he meets Bakanov. True everywhere for other questions."""
        named = self._named_people(question)
        # … and the organisations someone heads ("NASA", "Roscosmos"; not "Baikonur")
        bodies = {stem(w) for w in words(question)} & self._headed
        if len(named) + len(bodies) < 2:
            return np.ones(self._n, dtype=bool)
        ways = [
            {person} | (self.roles.post_words(person) & self._organisations) for person in named
        ] + [
            {body} | {p for p in self._people if body in self.roles.post_words(p)}
            for body in bodies
        ]
        return np.array(
            [all(way & (set(p.surnames) | p.stems) for way in ways) for p in self._profiles],
            dtype=bool,
        )

    def _introduces(self, kind: AnswerType | None, question: str) -> Floats:
        """For a question for someone another person deals with ("Whom will the acting
        chief (Duffy) sit down with?"): 1 for the sentences that introduce someone it does
        not name, where the briefing gives their full name and post. Not "Who confirmed
        …?": the sentence that tells of it may name someone introduced before."""
        if kind is not AnswerType.PERSON or not self._named_people(question):
            return np.zeros(self._n, dtype=np.float32)
        asked = question.lower()
        return np.array(
            [any(n in p.introduces and n not in asked for n in p.named) for p in self._profiles],
            dtype=np.float32,
        )

    def _keyword_match(self, question: str, stems: list[str]) -> Floats:
        """For a search-box query of a few words and no question ("SpaceX", "ISS deorbit"):
        the share of its words each sentence contains. The encoder splits a rare name into
        common pieces ("space", "##x"); the user wants the sentence that has the word. In a
        question, only a compound word that one sentence alone uses ("cross-flight")."""
        if not _is_search_query(question, stems, longest=_LONGEST_SEARCH):
            # a compound only one sentence uses ("the cross-flight program") points to it
            found = np.zeros(self._n, dtype=np.float32)
            for c in _COMPOUND.findall(question.lower()):
                for i in self._compounds.get(c, ()):
                    found[i] = _COMPOUND_WEIGHT
            return found
        wanted = set(stems)
        share = np.array(
            [len(wanted & have) / max(len(wanted), 1) for have in self._sentence_stems],
            dtype=np.float32,
        )
        if len(stems) > 3 and share.max() < 1.0:
            # a longer query weighs its words only where one sentence has them all ("NASA
            # interim leader Roscosmos direct talks"); otherwise its words may be any
            # sentence's ("2018 NASA Roscosmos meeting venue")
            return np.zeros(self._n, dtype=np.float32)
        return share

    def _in_pinned_paragraph(self, question: str) -> npt.NDArray[np.bool_]:
        """The sentences in a paragraph that the question's words pin it to: "What year will
        they deorbit the ISS?" asks of deorbiting, which one paragraph alone tells of, so a
        year is wanted from that paragraph, not from a meeting's ("since 2018"). Every
        sentence when no word of the question is used in one paragraph alone."""
        stems = map(stem, content_words(question))
        pinned = {self._pinned_to[w] for w in stems if w in self._pinned_to}
        if not pinned:
            return np.ones(self._n, dtype=np.bool_)
        return np.isin(self._passage_of, list(pinned))

    def _time_match(self, question: str) -> Floats:
        """1 for the sentences that name every day, month and year the question names: "What
        is Duffy doing on Wednesday?" is about Wednesday, not about what Duffy is doing in
        general ("This is a temporary assignment …")."""
        named = _times_in(question)
        if not named:
            return np.zeros(self._n, dtype=np.float32)
        return np.array([named <= times for times in self._times], dtype=np.float32)

    def _unknown_term(
        self, question: str, offered: str | None = None, *, titled: bool = False
    ) -> str | None:
        """The first thing the question names (a capitalised word, a number) that the
        briefings never mention, even allowing for typos: "Jupiter", "Artemis", "2016".
        ``offered``: the question before aliases were read, where an alternative to such a
        name is looked for (:meth:`_guessed`). ``titled``: the question came typed in
        capitals or title case, where a capital names nothing."""
        first = re.match(r"\s*(\S+)", question)
        capitals = titled or _capitalised_throughout(question)
        beside_a_name = {
            t for run in self._name_runs(question) if self._names_ours(run) for t in run
        }
        token: str
        for token in _CAPITALISED.findall(question):
            if (first and token == first.group(1)) or token in beside_a_name:
                continue
            if len(token) == 1 and token.isdigit():
                continue  # a count names nothing ("the 2 agencies"), nor chat's "2" (to)
            if (
                self._unknown(token, capitals)
                and not self._shouted(token)
                and not self._guessed(offered or question, token, capitals)
            ):
                return token
        return None

    def _sounded_out(self, question: str) -> str:
        """ "Who is Dmitry Bake On?" → "Who is Dmitry Bakanov?": a run of capitalised words
        with one the briefings never use ("Bake", "Rogue Zin", "Bacon Off") that sounds as
        one of their names does, as a phone's autocorrect or a voice transcript spells it.
        A run that sounds like none of them, or like several, is left as typed ("Elon
        Musk")."""

        def heard(tokens: list[str], opening: bool = False) -> list[str]:
            # the longest stretch with a word of no name of theirs that sounds like one,
            # then the words either side of it ("Shawn Duffy" and "Ross Cosmos" in a row)
            for size in range(len(tokens), 0, -1):
                for start in range(len(tokens) - size + 1):
                    part = tokens[start : start + size]
                    if opening and start == 0 and size == 1 and self._in_dictionary(part[0]):
                        continue  # "Does Duffy …?" opens with a word, not with "TASS"
                    # "Duff Ee's": the possessive is no sound of the name
                    last, owner = _APOSTROPHE_S.subn("", part[-1])
                    part = [*part[:-1], last] if last else part[:-1]
                    if not part:
                        continue
                    # "Space X Crew 11" is their "SpaceX Crew-11" split up, though each word
                    # of it is one they use
                    found = self._run_together.get(_letters(" ".join(part))) if size > 1 else None
                    if found is None:
                        if not any(self._unknown(t) for t in part):
                            continue
                        found = self._sounds_like(" ".join(part))
                    if found == " ".join(part):
                        continue  # their name as they write it
                    if found is not None:
                        said = found + ("’s" if owner else "")
                        return [
                            *heard(tokens[:start], opening),
                            said,
                            *heard(tokens[start + size :]),
                        ]
            return tokens

        # A run may open the question: "Buy Cone Oar Cosmodrome meeting 2018".
        question = _SOUNDED_RUN.sub(
            lambda m: " ".join(heard(m.group(0).split(), not question[: m.start()].strip())),
            question,
        )
        return _LOWER_RUN.sub(lambda m: " ".join(self._heard_in_lower_case(m.group(0))), question)

    def _heard_in_lower_case(self, run: str) -> list[str]:
        """ "who's running ross cosmos now" → "who's running Roscosmos now": chat typed in
        lower case gives no capitals to mark a name, so only two or three words in a row
        that the briefings never use (bar short ones after the first of three: "back on
        off") and whose sound is that of a name of theirs, four sounds or more exactly, are
        heard as it. "stays in" is no "Station", nor "w russia on" "Russian"."""
        tokens = run.split()
        # two words first: "ross cosmos say" is Roscosmos and "say", not a name of three
        for size in (2, 3):
            for start in range(len(tokens) - size + 1):
                part = tokens[start : start + size]
                if not self._unknown(part[0]) or not all(
                    self._unknown(t) or (size == 3 and len(t) <= 3) for t in part
                ):
                    continue
                key = _sound(" ".join(part))
                names = self._sounds.get(key, set()) if len(key) >= 4 else set()
                if len(names) == 1:
                    return [
                        *self._heard_in_lower_case(" ".join(tokens[:start])),
                        next(iter(names)),
                        *self._heard_in_lower_case(" ".join(tokens[start + size :])),
                    ]
        return tokens

    def _in_dictionary(self, token: str) -> bool:
        """Whether ``token`` is a word of the language (the encoder's dictionary), or one
        made of them: a compound ("End-of-Life") or a word with an ending the dictionary
        leaves off ("Souring" is "sour"; "stopped", "Ties")."""
        lowered = token.lower()
        if lowered in self._dictionary:
            return True
        if any(lowered + ending in self._dictionary for ending in ("s", "es")):
            return True  # … or has only its plural: "Aspiration" (aspirations)
        parts = lowered.split("-")
        if len(parts) > 1 and all(p in self._dictionary for p in parts if p):
            return True
        for ending in _ENDINGS:
            root = lowered.removesuffix(ending)
            if root == lowered or len(root) < 3:
                continue
            # "souring" is "sour", "disposed" "dispose", "stopped" "stop"
            roots = (root, root + "e", root[:-1] if root[-1] == root[-2] else root)
            if any(r in self._dictionary for r in roots):
                return True
        return False

    def _sounds_like(self, typed: str) -> str | None:
        """The one name of theirs that ``typed`` sounds like, if one alone does: the same
        first letter and a phonetic key alike ("Bacon Off" and "Bakanov"; "Duff" and
        "Duffy"), and any number the same ("Crew 12" is no "Crew-11"). A key of one or two
        sounds must match exactly and begin with the same two letters ("Cup" is no "Cape",
        nor "ROS" "Russia"), unless it is one word, of no language, for a whole name of
        theirs ("Daffi" is Duffy)."""
        key = _sound(typed)
        digits = re.sub(r"\D", "", typed)

        def alike(other: str, name: str) -> bool:
            if name[0].lower() != typed[0].lower() or re.sub(r"\D", "", name) != digits:
                return False
            if other == key:
                # (or a whole name of theirs for a word that is neither the language's nor
                # an acronym: "Daffi" is Duffy)
                return (
                    len(key) > 2
                    or name[:2].lower() == typed[:2].lower()
                    or not (
                        name in self._words_of_names
                        or typed.isupper()
                        or " " in typed
                        or self._in_dictionary(typed)
                    )
                )
            return name not in self._words_of_names and (
                # a word of three sounds is as likely some other word ("Flute" is no
                # "Florida"), but words split up by autocorrect ("Back Enough") are not
                min(len(key), len(other)) >= (3 if " " in typed else 4)
                # a sound more or less, not a name and the word after it ("Sean Duffy
                # Ross" is no "Sean Duffy")
                and abs(len(key) - len(other)) <= 1
                and JaroWinkler.similarity(key, other) >= SOUNDS_ALIKE
            )

        found = {
            name for other, names in self._sounds.items() for name in names if alike(other, name)
        }
        return found.pop() if len(found) == 1 else None

    def _guessed(self, question: str, name: str, capitals: bool) -> bool:
        """Whether the question offers an alternative to ``name`` that the briefings may
        answer: "or somewhere else", "or at Baikonur", one before it ("Crew-11 or Crew
        12"), or ", not Transportation" (see :func:`_alternative`)."""
        at = question.find(name)
        if at < 0:
            return False
        if _OR_ELSE.search(question[at + len(name) :]):
            return True
        other = _alternative(question, at, at + len(name))
        # the alternative is a name the briefings write ("Baikonur", "ISS", "Crew-11"), not
        # words of the language ("or a successful one") nor another name they lack ("Europe
        # or Japan")
        names = [word for word in other if _in_a_name(word) or any(c.isdigit() for c in word)]
        return bool(names) and not any(
            self._unknown(t, capitals) or t.lower() in self._unwritten for t in names
        )

    def _unknown_name(
        self, question: str, offered: str | None = None, *, titled: bool = False
    ) -> str | None:
        """A name of several capitalised words with a word the briefings never use, and no
        word that is one of their names: "the European Space Agency", "Kennedy Space
        Center", but not "Cape Canaveral Space Force Station" (a longer name of a place the
        briefing names). One such name is enough to say the question is about something
        the briefings do not cover, however familiar its other words ("Space", "Agency").
        ``titled`` as for :meth:`_unknown_term`."""
        capitals = titled or _capitalised_throughout(question)
        for tokens in self._name_runs(question):
            if (
                not self._names_ours(tokens)
                and any(self._unknown(t, capitals) and not self._shouted(t) for t in tokens)
                and not self._guessed(offered or question, " ".join(tokens), capitals)
            ):
                return " ".join(tokens)
        return None

    @staticmethod
    def _name_runs(question: str) -> list[list[str]]:
        """The runs of capitalised words inside the question: "Dimitri Bakonov"."""
        return [match.group(0).split() for match in _NAME_RUN.finditer(question)]

    def _names_ours(self, tokens: list[str]) -> bool:
        """Whether a run of capitalised words has one of the briefings' names in it, even
        misspelt: "Dimitri Bakonov" is their Dmitry Bakanov, and "Dimitri" no stranger."""
        return any(s in self._name_stems for t in tokens for s in self.vocabulary.normalise(t))

    def _shouted(self, token: str) -> bool:
        """Whether ``token`` is a word of the language typed in capitals for emphasis ("so
        the ISS is ENDING??", "is the station acting as a LINK?!"): no name. An acronym
        that is also a word ("FIFA") is let through as well, and left for the other
        signals to refuse."""
        # (not three letters: "SEA" is as likely an acronym, as "ROS" and "ESA" are)
        return len(token) >= 4 and token.isupper() and self._in_dictionary(token)

    def _unknown(self, token: str, capitals: bool = False) -> bool:
        """Whether the briefings never use ``token``, even allowing for a typo. In a question
        typed in capitals or title case ("WHO RUNS NASA?", "Who Runs NASA?") a word of the
        language is no name."""
        if capitals and self._in_dictionary(token):
            return False
        lowered = token.lower()
        if lowered in _EVERYWHERE | _TITLES | _ADDRESS | _CALENDAR or lowered in self._unwritten:
            return False
        stems = self.vocabulary.normalise(token)
        if not stems or any(s in self.vocabulary.stems for s in stems):
            return False
        if "-" in token.strip("-"):
            # "Cabinet-level": a title and a word of the language, not a name ("Soyuz-era"
            # is one)
            head, *rest = (part for part in token.split("-") if part)
            return self._unknown(head, capitals) or any(
                not self._in_dictionary(part) and self._unknown(part, capitals) for part in rest
            )
        # A misspelt acronym of the briefing's ("TAS" for "TASS") is known.
        return not (token.isupper() and self.vocabulary.correct(token.lower(), acronym=True))

    def _with_possessives(self, question: str) -> str:
        """ "russias space agency" → "russia's space agency": a name of the briefings with
        an "s" after it and no apostrophe, as chat types a possessive. Not a word that is
        itself theirs or the language's ("Russians", "us")."""

        def possessive(match: re.Match[str]) -> str:
            typed = match.group(0)
            lowered = typed.lower()
            if lowered in self._proper or lowered in self._dictionary:
                return typed
            return f"{typed[:-1]}'s" if lowered[:-1] in self._proper else typed

        return _ENDS_IN_S.sub(possessive, question)

    def cased(self, question: str) -> str:
        """ "who runs roscosmos" → "who runs Roscosmos": the names typed in lower case
        that the briefings only ever write with a capital, and that are no word of the
        language ("nasa", "bakanov", not "station" from a headline, nor "us")."""
        return _LOWER_WORD.sub(lambda m: self._case.get(m.group(0), m.group(0)), question)

    # -- ranking -------------------------------------------------------------------------

    def signals(self, question: str) -> Signals:
        """Everything the ranking weighs, for every sentence (one encode).

        "Washington" or "Moscow" is first read as the briefing's "US" or "Russia", and "the
        acting chief" as "the acting chief Duffy".
        """
        # a question typed in title case is read so as typed, before names are put in its
        # words ("Orbiting Lab As Diplomatic Link" is no name, though "orbiting lab" is the
        # ISS)
        titled = _capitalised_throughout(question)
        question = questions.respell_question_words(question, self._dictionary)  # "Wht …?"
        question = questions.unabbreviated(question)  # "what r they gonna chat abt"
        question = questions.without_openers(question)  # "wait who is …"
        question = questions.without_hedges(question)  # "…, Bridenstein I think, …"
        question = self._with_possessives(question)  # "who leads russias space agency"
        question = respell_posts(question, self._dictionary)  # "the actng chief"
        question = self._sounded_out(question)  # "Dmitry Bake On", a phone's autocorrect
        # names and long words put right before posts are read: "Who is currenlty serving
        # as acting chief?" asks for the acting chief, as "currently" would
        question = self.vocabulary.spelt(self.vocabulary.correct_text(question, names_only=True))
        # an alternative the asker offers is judged as typed, not as read: in "Moscow or
        # Houston?" neither is a name the briefing writes, though Moscow is read as Russia
        offered = question
        rewritten = self.aliases.rewrite(self.cased(question))
        # "What did the Roscosmos chief confirm?": of the two chiefs, the one whose words
        # the briefings give (Bakanov, not Rogozin)
        speakers = self._speakers if _asks_words(rewritten) else frozenset()
        # … and of a time gone by, the one who held a post then ("then-NASA Administrator")
        then = asks_of_gone_by(rewritten) or bool(_times_in(rewritten) & self._past_times)
        # … or of now, the one who holds it now ("where's the nasa guy going on wednesday")
        now = not then and time_frame(rewritten) == "present"
        question = self.roles.name(rewritten, prefer=speakers, then=then, now=now)
        by_post = question != rewritten  # someone is named by a post: "the acting chief"
        holders = (
            self.roles.holders(rewritten, prefer=speakers, then=then, now=now) if by_post else []
        )
        corrected = _with_apostrophes(without_interjections(self.vocabulary.correct_text(question)))
        # What is asked is read with names as the briefings spell them ("Who is Sean Duffey
        # meeting?" is not answered by a sentence that only names Duffy), and words of the
        # language respelt ("in particluar"), which the patterns of answer types look for,
        # but not put in the briefing's form: "the main focus" is not its "science-focused".
        # Both were put right above, before posts were read.
        # … and a command as the question it stands for: "Name the rocket that …" asks
        # "which rocket …"
        asked = self._resolved(
            questions.as_asked(_with_apostrophes(without_interjections(question)))
        )
        kind = answer_type(asked)
        # "What's the acting chief doing on Wednesday?" is encoded as "What's Duffy doing on
        # Wednesday?": the post only says who is meant, and its words would draw the
        # sentence that has them ("… his role as interim NASA chief"). A question for his
        # words keeps it (not "Where did the NASA boss make his comments?", which asks
        # where): their comparison leaves the post out (below). So does a statement
        # asked as a question ("wait the transport secretary is doing nasa stuff now??").
        # Words of the language are respelt for the encoder ("runnign"), which would split
        # them into stray pieces.
        spelt = self.vocabulary.spelt(corrected)
        to_encode = self._resolved(spelt, possessives=False)
        of_words = _asks_words(corrected) and kind not in (AnswerType.PLACE, AnswerType.DATE)
        if by_post and not of_words and not _STATEMENT_ASKED.match(corrected):
            named = tuple(dict.fromkeys(h.lower() for h in holders))
            to_encode = _without_posts(spelt, named)
        encoded = self.embedder.encode_tokens([to_encode], batch_size=1)[0]
        keep = [i for i, piece in enumerate(encoded.pieces) if is_content_piece(piece)]
        sentence, context, passage, window = self._dense(encoded.pooled)
        per_piece = self._late(encoded.tokens[keep])
        # "Who was the Roscosmos chief then, was it Rogozin?": the name offered is the
        # answer looked for, not someone the question already names
        asked = _APPOSED_GUESS.sub(r"\g<asked> ", _OFFERED.sub("", asked))
        # … with a word that only asks who: "NASA interim head identity", "… name"
        searched = _ASKS_WHO_WORD.sub(" ", rewritten)
        if (
            kind is None
            and holders
            and questions.is_typed_search(rewritten)
            # a few words, or a post written out in full ("NASA interim leader
            # Transportation Secretary")
            and (len(self.vocabulary.normalise(searched)) <= 3 or self.roles.only_posts(searched))
        ):
            # "NASA interim head" asks who holds the post, as "Who is Duffy?" would: where
            # the briefing introduces him ("NASA interim leader, … Sean Duffy, announced …")
            kind, asked = AnswerType.DEFINITION, f"Who is {holders[0]}?"
        elif (
            kind is None
            and not _asks_words(rewritten)
            and (holder := self.roles.successor(rewritten))
        ):
            # "Is Rogozin still running Roscosmos?" is answered where the briefing introduces
            # who runs it now ("Dmitry Bakanov, the current head of Roscosmos")
            kind, asked = AnswerType.DEFINITION, f"Who is {holder}?"
        elif (
            kind is None
            and not _asks_words(rewritten)
            and (holder := self.roles.asks_if_holds(rewritten))
        ):
            # "Is Sean Duffy the interim head of NASA?" is answered where the briefing
            # introduces him so, as "Who is Duffy?" would be
            kind, asked = AnswerType.DEFINITION, f"Who is {holder}?"
        speaker, reported, asks_words_of = self._speaker_match(question)
        if speaker.any():
            # A quotation's words do not carry its speaker's name; its attribution does.
            # "What kind of cooperation did Duffy say remains constant?" is compared with
            # Duffy's own words as "What kind of cooperation remains constant?".
            plain = _without_speaker(corrected, asks_words_of)
            if plain != corrected and len(content_words(plain)) >= 2:  # not "What?"
                pooled = self.embedder.encode_one(plain)
                p_sentence, _, _, p_window = self._dense(pooled)
                theirs = speaker > 0
                if by_post:
                    # "What did the interim NASA chief say …?": the post only says whose
                    # words are asked for. Their words are compared without it, or "… Duffy
                    # said of his role as interim NASA chief" wins on the post alone.
                    n_sentence, _, _, n_window = self._dense(
                        self.embedder.encode_one(_without_posts(corrected, asks_words_of))
                    )
                    sentence = np.where(theirs, np.maximum(p_sentence, n_sentence), sentence)
                    window = np.where(theirs, np.maximum(p_window, n_window), window)
                else:
                    sentence = np.where(theirs, np.maximum(sentence, p_sentence), sentence)
                    window = np.where(theirs, np.maximum(window, p_window), window)
        stems = self.vocabulary.normalise(question)
        frame = time_frame(asked)
        fits = np.array([kind is not None and answer_fits(kind, p, asked) for p in self._profiles])
        # Not for a person who did what is told: "Who confirmed what the Duffy–Bakanov talks
        # would cover?" is answered by one of the two ("… Bakanov confirmed …") alone.
        # Nor for a thing's fate a sentence must tell of (see Told.of_a_thing).
        told = told_of(asked)
        done = bool(told) and (kind is AnswerType.PERSON or all(t.of_a_thing for t in told))
        if kind is not None and kind.required and not done:
            fits &= self._with_everyone(corrected)
        if kind is not None and kind.required:
            fits &= self._in_pinned_paragraph(corrected)
        # a name in what the asker says of themselves first is not asked about ("I remember
        # Mir fondly. Where did …?")
        asked_alone = questions.named_in_question(question)
        return Signals(
            question=question,
            unknown_term=self._unknown_term(asked_alone, offered, titled=titled),
            unknown_name=self._unknown_name(asked_alone, offered, titled=titled),
            sentence=sentence,
            context=context,
            passage=passage,
            window=window,
            per_piece=per_piece,
            fits=fits,
            speaker=speaker,
            keyword=self._keyword_match(rewritten, self.vocabulary.normalise(rewritten)),
            # "on Wensday" names the briefing's Wednesday
            names_time=self._time_match(corrected),
            out_of_time=np.array([out_of_time(p, frame) for p in self._profiles], dtype=np.float32),
            introduces=self._introduces(kind, asked),
            reported=reported,
            asks_words_of=asks_words_of,
            answer_type=kind,
            stems=stems,
            corrected=corrected,
        )

    def retrieve(self, question: str, *, documents: set[str] | None = None) -> Retrieval:
        """Rank the sentences (optionally only those of ``documents``) for ``question``."""
        return self.rank(self.signals(question), documents=documents)

    def rank(
        self,
        signals: Signals,
        *,
        documents: set[str] | None = None,
        weights: Weights | None = None,
    ) -> Retrieval:
        """Fuse ``signals`` into a ranking, and weigh whether to answer at all."""
        w = weights or self.weights
        allowed = np.ones(self._n, dtype=bool)
        if documents is not None:
            allowed = np.isin(self._doc_of, list(documents))
        score = (
            w.sentence * signals.sentence
            + w.context * signals.context
            + w.passage * signals.passage
            + w.window * signals.window
            + w.late * signals.per_piece.mean(axis=0)
            + w.answer_type * signals.fits
            + w.speaker * signals.speaker
            + w.keyword * signals.keyword
            + w.time * signals.names_time
            - w.tense * signals.out_of_time
            + w.introduces * signals.introduces
        )
        order = [int(i) for i in np.argsort(-score, kind="stable") if allowed[i]]
        candidates = [
            Candidate(
                i,
                float(score[i]),
                bool(signals.fits[i]),
                bool(signals.speaker[i] > 0 or signals.reported[i]),
                bool(signals.out_of_time[i] > 0),
            )
            for i in order
        ]
        features = self._features(signals, order, score)
        logit = _ABSTAIN_INTERCEPT + sum(_ABSTAIN_COEF[k] * features[k] for k in _ABSTAIN_COEF)
        return Retrieval(
            candidates=candidates,
            confidence=1.0 / (1.0 + math.exp(-logit)),
            answer_type=signals.answer_type,
            corrected_question=signals.corrected,
            features=features,
            unquoted_speaker=self._unquoted(signals, allowed),
            unsaid_topic=self._unsaid(signals, allowed),
            unknown_term=signals.unknown_term,
            unknown_name=signals.unknown_name,
        )

    def _unquoted(self, signals: Signals, allowed: npt.NDArray[np.bool_]) -> str | None:
        """The name, as the briefings write it, of a person whose words the question asks
        for when no allowed sentence quotes or reports them."""
        if not signals.asks_words_of or ((signals.speaker > 0) | signals.reported)[allowed].any():
            return None
        return self._written_names.get(signals.asks_words_of[0], signals.asks_words_of[0])

    def _unsaid(self, signals: Signals, allowed: npt.NDArray[np.bool_]) -> tuple[str, str] | None:
        """For "What did Bakanov say about Ukraine?": Bakanov as written and "Ukraine", when
        the briefings name Ukraine but none of Bakanov's words (quoted, or reported as in
        "Bakanov confirmed …") mention it. None when the question asks no such thing, or
        their words do. Only a thing the briefings write with a capital is checked: a
        topic in common words ("the war") may be worded any way."""
        if not signals.asks_words_of:
            return None
        # the topic is what they are asked to have said something about, after the asking
        # ("What did Duffy say about …"), not a word before it ("After his remarks on
        # Ukraine, what did Duffy say the US has?"), and only up to the question's end
        asking = [m.start() for m in _SPEECH.finditer(signals.corrected)]
        about = _ABOUT.search(signals.corrected, asking[-1] if asking else 0)
        if about is None:
            return None
        theirs = [
            self.index.corpus.sentences[i].text
            for i in np.flatnonzero(((signals.speaker > 0) | signals.reported) & allowed)
        ]
        if not theirs:
            return None  # nothing of theirs at all: see _unquoted
        for match in _WORD.finditer(about.group("topic")):
            topic = match.group(0)
            key = topic.lower().removesuffix("’s").removesuffix("'s")
            if key not in self._proper or key in self._name_words:
                continue  # a common word, or a person (whose words are asked is checked)
            # "Roscosmos" is mentioned as much by "the Russians" ("Russian space agency
            # Roscosmos", as the briefing introduces it), and "International" by "the ISS"
            forms = {key} | self.aliases.described_as(key) | self.aliases.abbreviated(key)
            if not any(_mentions(text, form) for text in theirs for form in forms):
                name = signals.asks_words_of[0]
                return self._written_names.get(name, name), topic
        return None

    def _features(self, signals: Signals, order: list[int], score: Floats) -> dict[str, float]:
        """Question-level evidence that the briefings answer the question at all."""
        if not order:
            return dict.fromkeys(FEATURES, 0.0)
        top = order[0]
        # How well each query word is matched by the top sentence's paragraph: a question
        # about "the rocket" is not answered by a paragraph that never touches on rockets.
        same_passage = self._passage_of == self._passage_of[top]
        in_passage = signals.per_piece[:, same_passage].max(axis=1)
        anywhere = np.sort(signals.per_piece.max(axis=1))
        return {
            "best_window": float(signals.window[top]),
            "best_sentence": float(signals.sentence[order].max()),
            "top_score": float(score[top]),
            "margin": float(score[top] - score[order[1]]) if len(order) > 1 else 1.0,
            "coverage": self.vocabulary.coverage(signals.stems),
            "late_mean": float(anywhere.mean()),
            "late_weakest": float(anywhere[:2].mean()),
            "top_weakest": float(in_passage.min()),
            "unknown_name": float(signals.unknown_term is not None),
        }


_PRONOUN = re.compile(r"\b(?:he|him|his|she|her)\b", re.I)
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|him|she)\b", re.I)
_POSSESSIVE = frozenset({"his"})
_LOWER_WORD = re.compile(r"\b[a-z][\w’'\-]*")
# "whats the source", "whos running nasa": chat drops the apostrophe of a question word.
_NO_APOSTROPHE = re.compile(r"\b(what|who|where|when|how|why)s\b", re.I)


def _is_search_query(question: str, stems: list[str], longest: int = 3) -> bool:
    """Whether ``question`` is typed as into a search box: a few words, no question."""
    return len(stems) <= longest and questions.is_typed_search(question)


# The most words a search-box query may have for its words to be looked for as such
_LONGEST_SEARCH = 6


# A search's last word that only asks who holds a post: "NASA interim head identity"
_ASKS_WHO_WORD = re.compile(
    # … or for the other post the one in it holds, which is where the briefing introduces
    # him: "NASA interim leader day job"
    r"\b(?:identity|name|who|(?:other|day|main|regular|cabinet|second|real)\s+"
    r"(?:job|role|post|gig|position|title))\b\W*$",
    re.I,
)
# A statement asked as a question: "wait the transportation secretary is doing nasa stuff
# now??", "so the nasa boss is literally the transportation secretary??". What is asked is
# whether the person in the post is so: the post is part of it, not just who is meant.
_STATEMENT_ASKED = re.compile(
    r"(?!\W*(?:(?:wait|so|ok|okay|and|but|hey|like|lol)\W+)*"
    r"(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|will|would|"
    r"can|could|has|have|had|should|r)(?:['’]?s|['’]d|['’]ll)?\b)[^?]*\?",
    re.I,
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _in_a_name(word: str) -> bool:
    """Whether a word may be part of a name: "Star", "City", "12" (of "Crew 12")."""
    return word[0].isupper() or word[0].isdigit()


def _alternative(question: str, start: int, end: int) -> list[str]:
    """The words of the option set against ``question[start:end]`` by "or" (or ", not"),
    as many as the name's side has: for "Pentagon" in "Duffy remarks Capitol Hill or
    Pentagon", ["Hill"]; [] where nothing is offered."""
    words = [(m.start(), m.group()) for m in _OPTION_WORD.finditer(question)]
    spans = [i for i, (at, word) in enumerate(words) if at < end and at + len(word) > start]
    if not spans:
        return []
    first, last = spans[0], spans[-1]
    # … the whole name the word is part of: "City" of "Star City"
    while first > 0 and _in_a_name(words[first - 1][1]):
        first -= 1
    while last + 1 < len(words) and _in_a_name(words[last + 1][1]):
        last += 1

    def joins(i: int) -> bool:
        word = words[i][1].lower()
        return word == "or" or (word == "not" and i > 0 and words[i - 1][1] == ",")

    def taken(indices: range, width: int) -> list[str]:
        # the option's own words, from "or" outwards, past words such as "at the"
        found: list[str] = []
        for i in indices:
            word = words[i][1]
            if word.lower() in _OPTION_FILLER and not found:
                continue
            if word.lower() in _OPTION_FILLER or not word[0].isalnum():
                break
            found.append(word)
            if len(found) == width:
                break
        return found

    # the name before "or", maybe with a word or two of its option ("Soyuz MS-10 launch or
    # …", "Defense, not …")
    for k in range(last + 1, min(last + 4, len(words))):
        if joins(k):
            return taken(range(k + 1, len(words)), k - first)
        if words[k][1] != "," and not words[k][1][0].isalnum():
            break
    # the name after "or", with only words such as "at the" between
    k = first - 1
    while k >= 0 and words[k][1].lower() in _OPTION_FILLER:
        k -= 1
    if k >= 1 and joins(k):
        before = k - 1 if words[k - 1][1] == "," else k
        return list(reversed(taken(range(before - 1, -1, -1), last - first + 1)))
    return []


def _times_in(text: str) -> frozenset[str]:
    """The days, months, years and "this week"s a text names, in lower case."""
    return frozenset(" ".join(m.group(0).lower().split()) for m in _TIME.finditer(text))


def _with_apostrophes(question: str) -> str:
    """ "whats the source on this story" → "what's the source on this story"."""
    return _NO_APOSTROPHE.sub(lambda m: f"{m.group(1)}'s", question)


def _without_speaker(question: str, surnames: tuple[str, ...]) -> str:
    """``question`` without the person whose words it asks for, nor the asking for words:
    "What did Sean Duffy say remains constant?" → "What remains constant?"."""
    out = re.sub(r"\baccording to\b", " ", question, flags=re.I)
    out = _SPEECH.sub(" ", out)
    for surname in dict.fromkeys(surnames):
        # the surname as written (allowing a typo), with a first name or title before it,
        # or the post it was read from ("the interim NASA chief Duffy", see bot.roles)
        pattern = rf"(\b(?-i:[A-Z])[\w’'.\-]*\s+)?\b\w*{re.escape(surname[:3])}\w*(['’]s)?\b"
        while match := re.search(pattern, out, flags=re.I):
            start = post_before(out, match.start())
            out = f"{out[:start]} {out[match.end() :]}"
    # "What did about the ISS?" → "What about the ISS?"
    out = re.sub(r"\b(did|does|do)\s+(?=about\b|\W*$)", " ", out, flags=re.I)
    return re.sub(r"\s+", " ", out).strip(" ,")


def _without_posts(question: str, surnames: tuple[str, ...]) -> str:
    """``question`` with the post each person was named by dropped, and their name kept:
    "According to the acting chief Duffy, what …?" → "According to Duffy, what …?"."""
    for surname in dict.fromkeys(surnames):
        pattern = rf"\b\w*{re.escape(surname[:3])}\w*\b"
        for match in reversed(list(re.finditer(pattern, question, flags=re.I))):
            start = post_before(question, match.start())
            question = f"{question[:start]}{question[match.start() :]}"
    return question


def _letters(name: str) -> str:
    """A name's letters and digits run together: "Space X Crew 11" → "spacexcrew11"."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _sound(name: str) -> str:
    """A name's phonetic key, its words run together: "Bacon Off" and "Bakanov" → "BKNF"."""
    # "sh" and "s" are one sound here: "Shawn" is heard as "Sean", "Rusha" as "Russia"; and
    # a sound said twice is heard once ("buck a knoff": "BKKNF" → "BKNF")
    key = str(jellyfish.metaphone(re.sub(r"[^a-z]", "", name.lower()))).replace("X", "S")
    return re.sub(r"(\w)\1+", r"\1", key)


def _proper_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the briefings write only with a capital, never opening a sentence, in lower
    case: "ukraine", "iss", "roscosmos", not "space" ("space agency")."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(0)
            if word[0].isupper() and match.start() > 0:
                capitalised.add(word.lower())
            elif word[0].islower():
                lower.add(word)
    return frozenset(capitalised - lower)


# Endings that make another form of one name: "Russia", "Russians"; "Ukraine", "Ukrainian".
# Not any ending: "SpaceX" is no form of "space".
_INFLECTIONS = frozenset({"", "s", "n", "ns", "an", "ans", "ian", "ians", "e", "es", "ese"})


def _is_rare(word: str, known: Container[str]) -> bool:
    """Whether a word is rare enough to pin a question to where it is used: a compound of
    words ("cross-flight", "Crew-11"; not "in-person", whose first part only joins), or a
    word the encoder does not know whole ("deorbiting"). In a short briefing most common
    words are used in one paragraph alone too."""
    parts = word.lower().split("-")
    if word.isdigit():
        return False  # a count or a time ("the 2 agencies", "at 11:43")
    if len(parts) > 1:
        return parts[0] not in STOPWORDS
    return parts[0] not in known


def _mentions(text: str, word: str) -> bool:
    """Whether ``text`` mentions ``word`` (lower case), in another form ("Russians" for
    "russia", "Ukrainian" for "ukraine") or as an acronym ("International Space Station"
    for "iss")."""
    for said in words(text):
        pairs = zip(said, word, strict=False)
        shared = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(said), len(word)))
        if said == word or (shared >= 4 and {said[shared:], word[shared:]} <= _INFLECTIONS):
            return True
    initials = (
        "".join(w[0] for w in run.group(0).split()).lower()
        for run in re.finditer(r"\b[A-Z]\w*(?:\s+[A-Z]\w*)+", text)
    )
    return any(word in letters for letters in initials if len(word) >= 2)


# The small words a title leaves in lower case
_TITLES_LEAVE_SMALL = frozenset(
    "a an the and or but nor of in on at to for by with from as vs via into onto per".split()
)
# Endings the encoder's dictionary leaves off a word it has: "Souring", "Ties", "Deorbited"
_ENDINGS = ("ing", "ed", "es", "s", "ly", "er", "ers")


def _capitalised_throughout(question: str) -> bool:
    """Whether a question is typed in capitals or in title case ("WHO RUNS NASA?", "Who Runs
    NASA?"), so that a capital says nothing about a word being a name."""
    letters = [c for c in question if c.isalpha()]
    words_ = re.findall(r"[^\W\d_][\w’'\-]*", question)
    shouted = len(letters) > 3 and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    # a title leaves its small words in lower case: "Duffy on Russia Ties: Keep or Discard?"
    titling = [w for w in words_ if w.lower() not in _TITLES_LEAVE_SMALL]
    titled = (
        len(words_) >= 3
        and len(titling) >= 2
        and sum(w[0].isupper() for w in titling) > 0.85 * len(titling)
    )
    return shouted or titled


def _name_stems(texts: Iterable[str], dictionary: frozenset[str]) -> frozenset[str]:
    """Stems of the briefings' own names: words they write only capitalised and that are
    not words of the language ("Canaveral", "Roscosmos"), as against "Space", "Agency" or a
    title such as "Administrator", which other names share."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(0)
            if match.start() == 0 or not word[0].isupper() or word.lower() in dictionary:
                lower.add(stem(word.lower()))
            else:
                capitalised.add(stem(word.lower()))
    return frozenset(capitalised - lower)
