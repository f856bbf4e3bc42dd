"""Lexical matching (bot/lexical.py): words, typo correction, coverage."""

from __future__ import annotations

import pytest

from bot.embedder import Embedder
from bot.lexical import Vocabulary, content_words, is_content_piece, without_interjections, words

BRIEFING = [
    "According to Russian news agency TASS, the talks went well.",
    "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos.",
    "That meeting took place at the Baikonur Cosmodrome with Jim Bridenstine.",
    "Duffy will visit Cape Canaveral for the SpaceX Crew-11 launch.",
]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(BRIEFING)


def test_words_drop_possessives_and_keep_hyphenated_names_whole_and_split() -> None:
    assert words("Duffy’s Crew-11 launch") == ["duffy", "crew-11", "crew", "11", "launch"]
    assert content_words("Who is the head of Roscosmos?") == ["head", "roscosmos"]
    assert content_words("is duffy gonna stay at nasa tho lol") == ["duffy", "stay", "nasa"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is Bakanof?", "Who is Bakanov?"),
        ("Bridenstien at Baikonur", "Bridenstine at Baikonur"),
        ("talks with Roscosmo", "talks with Roscosmos"),  # same stem, misspelt
        ("what did TAS say", "what did TASS say"),  # an acronym in capitals
        ("what did TAAS report", "what did TASS report"),  # a letter wrong …
        ("what did TSAS report", "what did TASS report"),  # … or two swapped
        ("was it new", "was it new"),  # a short lower-case word is left alone
        ("Cape Canaveral", "Cape Canaveral"),  # already right
        ("Who is leading them?", "Who is leading them?"),  # not a typo of "head"
        # as near "Bakanov" by fuzz.ratio, but it keeps the start of "Baikonur"
        ("who met at Baikanor in 2018", "who met at Baikonur in 2018"),
        # a compound's parts each as a word: not "US-Russian" read as its "Russian"
        ("US-Russian ties", "US-Russian ties"),
        ("the Bakanof-Duffy talks", "the Bakanov-Duffy talks"),
    ],
)
def test_correct_text(vocabulary: Vocabulary, question: str, expected: str) -> None:
    assert vocabulary.correct_text(question) == expected


def test_words_of_the_language_are_not_turned_into_other_words() -> None:
    """With the model's vocabulary as the dictionary, "hard" is a word, not a typo of the
    briefing's "shared"; it may still take the briefing's own inflection."""
    briefing = [*BRIEFING, "They shared a vision.", "Duffy announced plans."]
    plain = Vocabulary(briefing)
    assert plain.correct_text("in hard times") == "in shared times"  # the old mistake
    with_words = Vocabulary(briefing, dictionary=frozenset({"hard", "announce", "times"}))
    assert with_words.correct_text("in hard times") == "in hard times"
    assert with_words.correct_text("What did Duffy announce?") == "What did Duffy announced?"
    assert with_words.correct_text("Who is Bakanof?") == "Who is Bakanov?"  # not a word


def test_a_form_of_a_word_of_the_language_keeps_its_first_letter() -> None:
    """ "wording" is no word of the dictionary, but "word" is: it was turned into the
    briefing's "according", and "exact wording please" then asked for someone's words. A
    slip in such a form still finds the briefing's word when the first letter stays."""
    vocabulary = Vocabulary(BRIEFING, dictionary=frozenset({"word", "meat"}))
    assert vocabulary.correct_text("the exact wording please") == "the exact wording please"
    assert vocabulary.correct_text("that meating") == "that meeting"


def test_a_word_of_a_name_spelt_as_another_language_spells_it_is_put_right() -> None:
    """ "Internacional" is a word of the model's vocabulary, so not a typo on its own; beside
    "Space", the next word of the briefing's name, it is the briefing's "International"."""
    briefing = [*BRIEFING, "They work on the International Space Station."]
    vocabulary = Vocabulary(briefing, dictionary=frozenset({"internacional", "space"}))
    assert vocabulary.correct_text("the Internacional Space Station") == (
        "the International Space Station"
    )
    assert vocabulary.correct_text("Internacional Space", names_only=True) == "International Space"
    # … or as a word of the language that sounds like it
    hill = Vocabulary([*briefing, "He spoke on Capitol Hill."], dictionary=frozenset({"capital"}))
    assert hill.correct_text("remarks on Capital Hill") == "remarks on Capitol Hill"
    # alone, or before a word that does not follow it in the name, it is left as typed
    assert vocabulary.correct_text("the Internacional airport") == "the Internacional airport"
    assert vocabulary.correct_text("Internacional Airport") == "Internacional Airport"


def test_hyphenated_words_are_corrected_whole(vocabulary: Vocabulary) -> None:
    # not "Crew11": the "Crew" of "Crew-11" is not a word to respell on its own
    assert vocabulary.correct_text("the Crew-11 launch") == "the Crew-11 launch"
    in_person = Vocabulary([*BRIEFING, "The first in-person dialogue."])
    assert in_person.correct_text("an in-persn meeting") == "an in-person meeting"


def test_two_letters_more_or_less_are_too_many_for_a_short_word() -> None:
    """ "Nasdaq" is no slip for "NASA": a question about stocks is not about the agency."""
    vocabulary = Vocabulary([*BRIEFING, "NASA interim leader Sean Duffy"])
    assert vocabulary.correct("nasdaq") is None
    assert vocabulary.correct("nassa") == "nasa"
    assert vocabulary.correct("bridenstien") == "bridenstine"  # a long word keeps its slack


def test_short_and_numeric_words_are_never_corrected(vocabulary: Vocabulary) -> None:
    assert vocabulary.correct("cap") is None
    assert vocabulary.correct("2019") is None


def test_coverage_weighs_rare_words(vocabulary: Vocabulary) -> None:
    assert vocabulary.coverage(vocabulary.normalise("Bakanov Baikonur")) == 1.0
    assert vocabulary.coverage(vocabulary.normalise("moons of Jupiter")) == 0.0
    partly = vocabulary.coverage(vocabulary.normalise("Bakanov budget"))
    assert 0.0 < partly < 1.0
    assert vocabulary.coverage([]) == 0.0


def test_content_pieces() -> None:
    assert is_content_piece("duffy") and is_content_piece("##ffy")
    assert not is_content_piece("the") and not is_content_piece("?")


def test_chat_interjections_are_left_out_of_what_is_encoded() -> None:
    assert (
        without_interjections("so what r they gonna discuss lol") == "so what r they gonna discuss"
    )
    assert without_interjections("ngl, is duffy staying? lmao!") == "is duffy staying?"
    assert without_interjections("where tf is baikonur") == "where is baikonur"
    assert without_interjections("2018 meeting venue tho") == "2018 meeting venue"
    assert without_interjections("how long since they met? rn") == "how long since they met?"
    # only as whole words, only as typed in chat (lower case), and never to nothing
    assert without_interjections("Is France (FR) hosting?") == "Is France (FR) hosting?"
    assert without_interjections("the yoke of history") == "the yoke of history"
    assert without_interjections("lol") == "lol"


def test_words_of_the_language_misspelt_are_respelt_for_reading_the_question(
    embedder: Embedder,
) -> None:
    """With the model's real vocabulary: "particluar" is "particular", but another form or
    the British spelling of a word is no typo, and the briefing's names stay as typed."""
    vocabulary = Vocabulary(BRIEFING, dictionary=embedder.words())
    assert vocabulary.spelt("which one in particluar") == "which one in particular"
    assert vocabulary.spelt("acording to the headlne") == "according to the headline"
    assert vocabulary.spelt("his day jobb") == "his day job"
    # two letters swapped, or one typed for another: one slip, to one word only
    assert vocabulary.spelt("who's runnign nasa") == "who's running nasa"
    assert vocabulary.spelt("the natoinal agency") == "the national agency"
    assert vocabulary.spelt("which russian officral") == "which russian official"
    # of words as near, the one the briefings use: "exploring", not "exploding"
    exploring = Vocabulary(
        [*BRIEFING, "Progress in space exploration."], dictionary=embedder.words()
    )
    assert exploring.spelt("exploing the cosmos") == "exploring the cosmos"
    kept = "How does the writer characterise Bakanov cooperating with Roscosmos"
    assert vocabulary.spelt(kept) == kept
