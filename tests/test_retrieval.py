"""Hybrid retrieval (bot/retrieval.py) on the real model and the session-built indexes."""

from __future__ import annotations

import pytest

from bot.answer_types import AnswerType
from bot.answering import Answerer
from bot.retrieval import Retriever, _without_speaker


@pytest.fixture(scope="module")
def retriever(answerer: Answerer) -> Retriever:
    return answerer.retriever


@pytest.fixture(scope="module")
def multi_retriever(multi_answerer: Answerer) -> Retriever:
    return multi_answerer.retriever


def top_text(retriever: Retriever, question: str) -> str:
    result = retriever.retrieve(question)
    return retriever.index.corpus.sentences[result.candidates[0].sentence_id].text


@pytest.mark.parametrize(
    ("question", "snippet"),
    [
        (
            "Which Roscosmos official is Duffy due to sit down with?",
            "Duffy will speak with Dmitry Bakanov",
        ),
        (
            "At which cosmodrome did the agency chiefs meet back in 2018?",
            "took place at the Baikonur Cosmodrome",
        ),
        ("What day is Duffy travelling to Florida?", "Cape Canaveral, Florida on Wednesday"),
        ("Bridenstine", "then-NASA Administrator Jim Bridenstine"),
        # a rare name the encoder splits into common pieces ("space", "##x")
        ("SpaceX", "the scheduled SpaceX Crew-11 launch"),
        # a word of the section's heading ("Talks to Address ISS Lifespan …"), not the sentence's
        ("ISS lifespan", "potential extensions of the ISS’s operational timeline"),
        # the day named, not what Duffy is doing in general ("a temporary assignment")
        ("What is Duffy doing on Wednesday?", "Cape Canaveral, Florida on Wednesday"),
        # … as typed: "Wensday" is the briefing's Wednesday
        ("Where is Sean Dufy going on Wensday?", "Cape Canaveral, Florida on Wednesday"),
        (
            "what is duffy doing this week",
            "direct talks with Russian space agency Roscosmos this week",
        ),
    ],
)
def test_top_candidate(retriever: Retriever, question: str, snippet: str) -> None:
    assert snippet in top_text(retriever, question)


def test_a_compound_word_one_sentence_uses_points_to_it(retriever: Retriever) -> None:
    """ "cross-flight" is in one sentence only; to the encoder it is "cross" and "flight",
    and a sentence about NASA and Roscosmos meeting outranked the one that has it."""
    question = "What about the cross-flight scheme between NASA and Roscosmos, does it carry on?"
    top = retriever.retrieve(question).candidates[0].sentence_id
    assert "cross-flight" in retriever.index.corpus.sentences[top].text


def test_every_sentence_is_ranked_once(retriever: Retriever) -> None:
    result = retriever.retrieve("What will the talks cover?")
    ids = [c.sentence_id for c in result.candidates]
    assert sorted(ids) == list(range(len(retriever.index.corpus.sentences)))
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)


def test_misspelt_names_are_corrected_before_encoding(retriever: Retriever) -> None:
    result = retriever.retrieve("who is Dmitri Bakanof")
    assert "bakanov" in result.corrected_question.lower()
    assert "bakanof" not in result.corrected_question.lower()
    top = retriever.index.corpus.sentences[result.candidates[0].sentence_id].text
    assert "Dmitry Bakanov, the current head of Roscosmos" in top


def test_confidence_separates_on_and_off_topic(retriever: Retriever) -> None:
    on_topic = retriever.retrieve(
        "Why does the space station still bring the US and Russia together?"
    ).confidence
    for question in (
        "What is the capital of Australia?",
        "How long should pasta boil before it is al dente?",
    ):
        assert retriever.retrieve(question).confidence < 0.35 < on_topic


def test_a_name_the_briefing_never_mentions_lowers_confidence(retriever: Retriever) -> None:
    known = retriever.retrieve("What did Duffy say about Bakanov?").confidence
    unknown = retriever.retrieve("What did Duffy say about Zelenko?").confidence
    assert unknown < known


def test_speaker_questions_prefer_the_speakers_own_words(retriever: Retriever) -> None:
    result = retriever.retrieve("What did Duffy say about his time at NASA?")
    top = retriever.index.corpus.sentences[result.candidates[0].sentence_id]
    assert top.speaker == "Sean Duffy"
    assert "temporary assignment" in top.text


def test_how_someone_sees_a_thing_is_asked_of_their_own_words(retriever: Retriever) -> None:
    """ "Does Duffy see his job as permanent?" asks his view: his "This is a temporary
    assignment for me", not the lede that names his post."""
    for question in (
        "Does Duffy see his leading of the agency as permanent job?",
        "Does Duffy consider his job permanent?",
    ):
        result = retriever.retrieve(question)
        top = retriever.index.corpus.sentences[result.candidates[0].sentence_id]
        assert "temporary assignment" in top.text


def test_a_lower_case_question_keeps_its_words_when_the_speaker_is_dropped(
    retriever: Retriever,
) -> None:
    """Dropping "duffy" took the word before it too ("partnership"), as if it were his first
    name, and "whats the partnership duffy called valuable" found another quote of his."""
    question = "whats the partnership duffy called valuable"
    assert "valuable partnership" in top_text(retriever, question)
    assert _without_speaker("what's the partnership duffy called", ("duffy",)) == (
        "what's the partnership"
    )
    assert _without_speaker("What did Sean Duffy say about Ukraine?", ("duffy",)) == (
        "What about Ukraine?"
    )
    # the post a person was named by goes too (see bot.roles)
    assert _without_speaker("According to the acting chief Duffy, what lasts?", ("duffy",)) == (
        "what lasts?"
    )


def test_someone_never_quoted_is_reported_instead(retriever: Retriever) -> None:
    """Bakanov is never quoted; "Bakanov confirmed …" (via TASS) is what he said."""
    result = retriever.retrieve("What did Bakanov say about the talks?")
    top = retriever.index.corpus.sentences[result.candidates[0].sentence_id]
    assert "Bakanov confirmed the topics" in top.text
    assert not result.unquoted_speaker


@pytest.mark.parametrize(
    "question", ["What did Rogozin say about NASA?", "what did bridenstine think of the talks"]
)
def test_asking_the_words_of_someone_never_quoted_or_reported(
    answerer: Answerer, question: str
) -> None:
    """Named in the briefing, but nothing they said is in it: nothing can answer."""
    assert answerer.retriever.retrieve(question).unquoted_speaker
    assert not answerer.answer(question).answered


@pytest.mark.parametrize(
    ("question", "unsaid"),
    [
        ("What is Dmitry Bakanov's personal view on the war in Ukraine?", ("Bakanov", "Ukraine")),
        ("What did Bakanov say about Crew-11?", ("Bakanov", "Crew-11")),
        ("What did Duffy say about SpaceX?", ("Duffy", "SpaceX")),  # "space" is no "SpaceX"
        ("What did Duffy say about Ukraine?", None),
        ("What does Duffy think of the Ukrainians?", None),  # "Ukraine", another form
        ("What did Duffy say about the ISS?", None),  # "International Space Station"
        ("What did Bakanov say about the ISS?", None),  # reported: "Bakanov confirmed …"
        # the name the briefing abbreviates, which his words give only as "the ISS's"
        ("What did Bakanov say about deorbiting the International Space Station?", None),
        ("What did Duffy say about the war?", None),  # a common word: worded any way
        # "the Russians": Roscosmos is introduced as "Russian space agency Roscosmos"
        ("What did Duffy say about working with Roscosmos?", None),
        # the topic comes after the asking: "on Ukraine" is no topic, nor "the US"
        ("After his remarks on Ukraine, what did Duffy say the US has with Russia?", None),
    ],
)
def test_what_someone_said_about_a_thing_none_of_their_words_mention(
    answerer: Answerer, question: str, unsaid: tuple[str, str] | None
) -> None:
    """Bakanov's words are reported, but none of them mention Ukraine: nothing can answer
    "What did Bakanov say about Ukraine?", however close his words come to the question."""
    assert answerer.retriever.retrieve(question).unsaid_topic == unsaid
    answer = answerer.answer(question)
    if unsaid:
        assert not answer.answered
        assert answer.reason == (
            f"Nothing {unsaid[0]} said about {unsaid[1]} is quoted or reported in the briefing."
        )
    else:
        assert answer.answered


def test_a_rare_word_pins_what_is_asked_to_its_paragraph(answerer: Answerer) -> None:
    """ "What year will they deorbit the ISS?" asks of deorbiting, which one paragraph
    alone tells of, and it gives no year: the year of a meeting ("since 2018") is no
    answer. A question whose pinned paragraph has what it asks is still answered."""
    for question in (
        "So what year exactly are NASA and Roscosmos planning to deorbit the ISS?",
        "In what year did the NASA-Roscosmos cross-flight program first begin?",
    ):
        assert not answerer.answer(question).answered
    for question, expected in (
        ("When did Bridenstine and Rogozin meet at Baikonur?", "October 2018"),
        ("When is the SpaceX Crew-11 launch?", "Wednesday"),
        # "in-person" only joins words: it pins nothing ("the last in-person meeting")
        ("When was the last in-person meeting between the two agency heads?", "October 2018"),
    ):
        assert expected in answerer.answer(question).quotes[0].text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is Dmitry Bake On and what position does he hold?", "Dmitry Bakanov, the current"),
        ("What program did Bacon Off say would be discussed?", "Bakanov confirmed the topics"),
        ("Which Roscosmos chief met Bridenstine in 2018, Dmitry Rogue Zin?", "Dmitry Rogozin"),
        ("What did Sean Duff say about the partnership on the space station?", "partnership"),
    ],
)
def test_a_name_a_phone_respelt_is_heard_as_the_briefings(
    answerer: Answerer, question: str, expected: str
) -> None:
    """A phone's autocorrect turns "Bakanov" into "Bake On" or "Bacon Off": the question
    is about the briefing's Bakanov, and was refused as naming a stranger."""
    assert expected in answerer.answer(question).quotes[0].text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a name that opens the question, a word of a longer name ("Baikonur"), two in a row
        ("Buy Cone Oar Cosmodrome talks year", "October 2018"),
        ("When did Jim Bright And Stein visit Buy Cone Oar?", "October 2018"),
        ("Who will Shawn Duffy speak with at Ross Cosmos?", "Dmitry Bakanov"),
        # a name split into words it is made of
        ("Space X Crew 11 date", "Wednesday"),
        # a possessive after the name, and "sh" heard as "s"
        ("What is Duff Ee's job in the cabinet?", "Transportation Secretary Sean Duffy"),
        # chat in lower case: words the briefing never uses, sounding as a name does
        ("shawn duff ee ukraine quote", "wild disagreement"),
        ("who heads ross cosmos these days", "Dmitry Bakanov, the current head"),
        # two words heard as a name before three: "say" is no part of "ross cosmos"
        ("wat did ross cosmos say theyll discuss", "the topics of discussion"),
        # one word of no language for a whole name, though its two sounds are few
        ("Where is Daffi going on Wednesday?", "Cape Canaveral"),
        # a sound said twice is heard once ("buck a knoff": "BKKNF" is "BKNF")
        ("what did buck a knoff confirm", "Bakanov confirmed the topics"),
    ],
)
def test_a_name_a_voice_transcript_spelt_out_is_heard_as_the_briefings(
    answerer: Answerer, question: str, expected: str
) -> None:
    """Dictation writes names as it hears them, in words of the language: the question is
    about the briefing's own Baikonur, Duffy or Roscosmos, not about strangers, and its
    answer is given without a doubt."""
    answer = answerer.answer(question)
    assert answer.answered
    assert not answer.tentative
    assert expected in answer.quotes[0].text


def test_a_name_that_sounds_like_none_of_the_briefings_is_still_a_stranger(
    answerer: Answerer,
) -> None:
    for question, stranger in (
        ("Is Elon Musk attending the launch?", "Elon Musk"),
        # not near enough to "Roscosmos" to be heard as it
        ("Where did Jim Bridenstine meet the Roscoe Most chief?", "Roscoe Most"),
        # a short word is no word of a longer name ("Cape Canaveral"), a number must agree,
        # and a word of three sounds is some other word ("Senate" is no "Sean Duffy")
        ("Who won the World Cup in 2022?", "World Cup"),
        ("Will Duffy attend the Crew 12 launch as well?", "Crew 12"),
        ("What did Duffy tell the Senate?", "Senate"),
    ):
        answer = answerer.answer(question)
        assert not answer.answered
        assert answer.reason == f"“{stranger}” appears nowhere in the briefing."


def test_documents_restricts_the_candidates(multi_retriever: Retriever) -> None:
    corpus = multi_retriever.index.corpus
    for doc_id in ("crew-11-launch.md", "iss-budget-hearing.txt"):
        result = multi_retriever.retrieve("What did Duffy say about Roscosmos?", documents={doc_id})
        assert result.candidates
        owners = {
            corpus.passages[corpus.sentences[c.sentence_id].passage_id].doc_id
            for c in result.candidates
        }
        assert owners == {doc_id}


def test_an_unknown_document_leaves_no_candidates(multi_retriever: Retriever) -> None:
    result = multi_retriever.retrieve("Who will Duffy meet?", documents={"nope.txt"})
    assert result.candidates == []


def test_a_question_word_without_its_apostrophe_still_asks(retriever: Retriever) -> None:
    """Chat drops apostrophes: "whens the launch" asks when, as "when's the launch" does."""
    assert retriever.signals("whens the crew-11 launch").answer_type is AnswerType.DATE
    assert retriever.signals("wheres duffy going on wednesday").answer_type is AnswerType.PLACE


def test_a_misspelt_question_word_still_asks(answerer: Answerer) -> None:
    """ "Wht role does … play?" asks what role, as "What role …" does: a description."""
    question = "Wht role does the Internatonal Space Staton play between the US and Rusia?"
    assert answerer.retriever.signals(question).answer_type is AnswerType.DESCRIPTION
    answer = answerer.answer(question)
    assert answer.answered, answer.reason
    assert "rare point of collaboration" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "snippet"),
    [
        ("What is Roscosmos?", "Russian space agency Roscosmos"),
        ("what's the iss", "International Space Station (ISS)"),
        ("who's duffy", "NASA interim leader, U.S. Transportation Secretary Sean Duffy"),
        ("who is jim bridenstine", "then-NASA Administrator Jim Bridenstine"),
    ],
)
def test_what_or_who_something_is_finds_where_it_is_introduced(
    answerer: Answerer, question: str, snippet: str
) -> None:
    answer = answerer.answer(question)
    assert answer.answered, answer.reason
    assert snippet in answer.quotes[0].text


def test_a_weekday_is_this_week(retriever: Retriever) -> None:
    """ "this week" in a question also finds "on Wednesday": a weekday in the news is this
    week's."""
    assert "Crew-11 launch" in top_text(
        retriever, "whats the launch duffy is going to watch this week"
    )


def test_who_prefers_where_the_person_is_introduced(answerer: Answerer) -> None:
    """Both "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos" and
    "Duffy's upcoming dialogue with Bakanov …" name whom he meets; the first says who
    Bakanov is, and opens the answer."""
    question = "Whom will the acting American space chief be sitting down with?"
    signals = answerer.retriever.signals(question)
    texts = [s.text for s in answerer.index.corpus.sentences]
    introduced = next(i for i, t in enumerate(texts) if t.startswith("Duffy will speak with"))
    mentioned = next(i for i, t in enumerate(texts) if t.startswith("Duffy’s upcoming"))
    assert signals.introduces[introduced] == 1.0
    assert signals.introduces[mentioned] == 0.0
    assert answerer.answer(question).quotes[0].text.startswith("Duffy will speak with Dmitry")
    # only a question for a person is steered so
    assert not answerer.retriever.signals("When will they meet?").introduces.any()


def test_names_typed_in_lower_case_are_read_as_the_briefing_writes_them(
    answerer: Answerer,
) -> None:
    """ "who ran roscosmos between rogozin and bakanov" is asked as with capitals, and
    refused as that is; "us" stays a pronoun, and a headline's "Station" a word."""
    retriever = answerer.retriever
    assert retriever.cased("tell us about nasa and the station") == (
        "tell us about NASA and the station"
    )
    lower = answerer.answer("who ran roscosmos between rogozin and bakanov")
    upper = answerer.answer("Who ran Roscosmos between Rogozin and Bakanov?")
    assert not lower.answered
    assert lower.reason == upper.reason


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # Cape Canaveral is where Duffy attends meetings, not where he meets Bakanov
        ("In which city will the Duffy-Bakanov meeting take place?", None),
        ("Where will Duffy and Bakanov meet?", None),
        # "talks with … Roscosmos this week": Bakanov by the organisation he heads
        ("When will Duffy and Bakanov meet?", "this week"),
        ("Where did Bridenstine and Rogozin meet?", "Baikonur Cosmodrome"),
        ("Where will Duffy travel?", "Cape Canaveral"),  # one person: no such check
        # an organisation someone heads is one of the sides too, a place is not
        (
            "Where will the talks between the acting NASA chief and the Roscosmos head be held?",
            None,
        ),
        ("When did Rogozin and Bridenstine meet at Baikonur?", "October 2018"),
        # who did what is told: one of the two, in a sentence without the other
        ("Who confirmed what Duffy and Bakanov would talk about?", "Bakanov confirmed"),
    ],
)
def test_a_question_about_people_together_wants_a_sentence_about_them_all(
    answerer: Answerer, question: str, quoted: str | None
) -> None:
    answer = answerer.answer(question)
    if quoted is None:
        assert not answer.answered
    else:
        assert answer.answered, answer.reason
        assert quoted in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("ok so what are they actually gonna talk abt in the meeting", AnswerType.AGENDA),
        ("who's he meeting w/ from the russian side", AnswerType.PERSON),
    ],
)
def test_chat_shorthand_is_spelt_out_to_read_what_is_asked(
    answerer: Answerer, question: str, kind: AnswerType
) -> None:
    assert answerer.retriever.retrieve(question).answer_type is kind


def test_a_he_the_question_never_names_is_the_person_the_briefing_tells_most_of(
    answerer: Answerer,
) -> None:
    """ "who's he meeting w/ from the russian side" asks whom Duffy meets: not Duffy, whom
    the lede names, but Bakanov."""
    answer = answerer.answer("who's he meeting w/ from the russian side")
    assert answer.quotes[0].text.startswith("Duffy will speak with Dmitry Bakanov")
    retriever = answerer.retriever
    assert retriever._resolved("what did he say") == "what did Duffy say"
    assert retriever._resolved("was his job temporary") == "was Duffy's job temporary"
    # a question that names someone: its "he" is theirs
    assert retriever._resolved("what did Bakanov say he wants") == "what did Bakanov say he wants"
