"""Who said it (bot/attribution.py, as applied by bot/ingest.py): speakers and sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import attribution
from bot.ingest import Corpus, CorpusBuilder

TESTS_DIR = Path(__file__).resolve().parent
SEED = TESTS_DIR.parent / "seeds" / "nasa-roscosmos-talks.txt"
CREW = TESTS_DIR / "fixtures" / "briefings" / "crew-11-launch.md"
HEARING = TESTS_DIR / "fixtures" / "briefings" / "iss-budget-hearing.txt"

# Every sentence of the seed that is (part of) a direct quotation, and who said it.
SEED_QUOTES = {
    "“We have wild disagreement with the Russians on Ukraine,” Duffy acknowledged during "
    "remarks on Capitol Hill.": "Sean Duffy",
    # Continues Duffy: a quotation without its own reporting clause.
    "“But we have a valuable partnership on the International Space Station.": "Sean Duffy",
    # The second sentence of that quotation.
    "We don’t discard those ties in difficult times.”": "Sean Duffy",
    "“This is a temporary assignment for me,” Duffy said of his role as interim NASA "
    "chief.": "Sean Duffy",
    "“But the need for stable, science-focused cooperation remains constant.”": "Sean Duffy",
}


def parse_file(path: Path) -> Corpus:
    builder = CorpusBuilder()
    builder.add_file(path)
    return builder.corpus


def parse_text(text: str) -> Corpus:
    builder = CorpusBuilder()
    builder.add_text(text, doc_id="made-up.txt", path="made-up.txt")
    return builder.corpus


def speakers(corpus: Corpus) -> list[tuple[str, str | None, bool]]:
    return [(s.text, s.speaker, s.is_quote) for s in corpus.sentences]


# -- the seed ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Corpus:
    return parse_file(SEED)


def test_every_direct_quote_of_the_seed_is_sean_duffys(seed: Corpus) -> None:
    quoted = {s.text: s.speaker for s in seed.sentences if s.is_quote}
    assert quoted == SEED_QUOTES


def test_seed_sentences_outside_quotations_have_no_speaker(seed: Corpus) -> None:
    others = [s for s in seed.sentences if s.text not in SEED_QUOTES]
    assert len(others) == len(seed.sentences) - len(SEED_QUOTES) == 13
    for sentence in others:
        assert sentence.speaker is None, sentence.text
        assert not sentence.is_quote, sentence.text


def test_reported_speech_is_not_a_quote(seed: Corpus) -> None:
    [emphasised] = [s for s in seed.sentences if s.text.startswith("Duffy emphasised that")]
    assert emphasised.speaker is None
    assert not emphasised.is_quote


def test_according_to_tass_is_reported_by_on_that_passage_only(seed: Corpus) -> None:
    reported = {p.paragraph: p.reported_by for p in seed.passages if p.reported_by}
    assert reported == {7: "Russian news agency TASS"}


# -- the test briefings --------------------------------------------------------------------


def test_straight_quotes_in_the_hearing_briefing() -> None:
    corpus = parse_file(HEARING)
    quoted = [(s.text, s.speaker) for s in corpus.sentences if s.is_quote]
    assert quoted == [
        (
            '"We cannot fly a 25-year-old laboratory on hope and duct tape," Ellison said.',
            "Margaret Ellison",
        ),
        (
            '"If Congress wants the station to last until its retirement, Congress has to pay '
            'for it."',
            "Margaret Ellison",
        ),
        # This briefing never gives Duffy's first name: the surname is all there is.
        (
            '"Our partnership with Roscosmos keeps the station flying, and I intend to keep it '
            'that way until the day we bring it home," Duffy wrote in a statement submitted to '
            "the committee.",
            "Duffy",
        ),
    ]


def test_according_to_in_the_crew_briefing() -> None:
    corpus = parse_file(CREW)
    reported = [(p.paragraph, p.reported_by) for p in corpus.passages if p.reported_by]
    assert reported == [(6, "SpaceX launch director Karen Liu")]


def test_crew_briefing_duffy_quotes_resolve_to_sean_duffy() -> None:
    corpus = parse_file(CREW)
    duffy = {s.speaker for s in corpus.sentences if s.is_quote and "Duffy said" in s.text}
    assert duffy == {"Sean Duffy"}


# -- made-up documents ---------------------------------------------------------------------


def test_said_dr_x_after_a_quote_resolves_to_the_full_name() -> None:
    corpus = parse_text(
        "Lab News\n"
        'Dr. Jane Smith leads the lab. "We will launch in May," said Dr. Smith. "It is ready."\n'
    )
    assert speakers(corpus) == [
        ("Dr. Jane Smith leads the lab.", None, False),
        ('"We will launch in May," said Dr. Smith.', "Jane Smith", True),
        ('"It is ready."', "Jane Smith", True),  # continues Smith
    ]


def test_name_said_colon_before_a_quote() -> None:
    corpus = parse_text(
        "Lab News\nCommander Ann Lee spoke first. Lee said: “The rocket is fine.”\n"
    )
    assert speakers(corpus)[1] == ("Lee said: “The rocket is fine.”", "Ann Lee", True)


def test_pronoun_resolves_to_the_last_named_speaker() -> None:
    corpus = parse_text(
        "Lab News\n"
        "“The tests went well,” said Maria Gomez.\n"
        "The team left early.\n"
        "“We are thrilled,” she added.\n"
    )
    assert [s.speaker for s in corpus.sentences] == ["Maria Gomez", None, "Maria Gomez"]


def test_pronoun_without_anyone_named_has_no_speaker() -> None:
    corpus = parse_text("Lab News\n“We are thrilled,” she added.\n")
    [sentence] = corpus.sentences
    assert sentence.is_quote and sentence.speaker is None


def test_a_multi_sentence_quotation_is_one_speakers_throughout() -> None:
    corpus = parse_text(
        "Lab News\n"
        'Ann Lee briefed reporters. "It is late. We must go. The crew is ready," Lee said. '
        "Reporters left.\n"
    )
    assert speakers(corpus) == [
        ("Ann Lee briefed reporters.", None, False),
        ('"It is late.', "Ann Lee", True),
        ("We must go.", "Ann Lee", True),
        ('The crew is ready," Lee said.', "Ann Lee", True),
        ("Reporters left.", None, False),
    ]


def test_an_unattributed_quotation_continues_the_previous_paragraphs_speaker() -> None:
    corpus = parse_text(
        "Lab News\n“We start tomorrow,” said Omar Haddad.\n“And we will not stop until it flies.”\n"
    )
    assert [s.speaker for s in corpus.sentences] == ["Omar Haddad", "Omar Haddad"]


def test_two_speakers_in_one_paragraph() -> None:
    corpus = parse_text("Lab News\n“Yes,” said Omar Haddad. “No,” replied Ann Lee.\n")
    assert [(s.text, s.speaker) for s in corpus.sentences] == [
        ("“Yes,” said Omar Haddad.", "Omar Haddad"),
        ("“No,” replied Ann Lee.", "Ann Lee"),
    ]


def test_a_scare_quoted_word_does_not_make_a_sentence_a_quote() -> None:
    corpus = parse_text(
        "Lab News\n"
        "Omar Haddad called it a “bridge” between two agencies that otherwise rarely talk.\n"
    )
    [sentence] = corpus.sentences
    assert not sentence.is_quote and sentence.speaker is None


def test_an_unknown_reporting_verb_does_not_inherit_someone_elses_words() -> None:
    corpus = parse_text("Launch News\n“Yes,” said Ann Lee.\n“It went well,” Whitfield radioed.\n")
    assert corpus.sentences[1].speaker != "Ann Lee"


# -- the helpers ---------------------------------------------------------------------------


def test_find_quotations_curly_straight_and_unclosed() -> None:
    text = 'He said “one” and "two", then “three'
    spans = attribution.find_quotations(text)
    assert [text[s:e] for s, e in spans] == ["“one”", '"two"', "“three"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Go,” Duffy said.", "Duffy"),
        ("“Go,” said Secretary Duffy.", "Duffy"),  # the title is dropped
        ("“Go,” he warned.", "he"),  # pronouns are resolved later, by NameResolver
        ("Duffy said: “Go.”", "Duffy"),
        ("“Go.” The crowd cheered.", None),
    ],
)
def test_speaker_of(text: str, speaker: str | None) -> None:
    [(start, end)] = attribution.find_quotations(text)
    assert attribution.speaker_of(text, start, end) == speaker


def test_name_resolver_full_names() -> None:
    resolver = attribution.NameResolver(
        "Secretary Duffy arrived. NASA interim leader Sean Duffy spoke. Dr. Jones waved."
    )
    assert resolver.full_name("Duffy") == "Sean Duffy"  # not "Secretary Duffy"
    assert resolver.full_name("Jones") == "Jones"  # only a title before it
    assert resolver.full_name("Ann Lee") == "Ann Lee"  # already a full name
    assert resolver.resolve("she") is None
    assert resolver.resolve("Duffy") == "Sean Duffy"
    assert resolver.resolve("He") == "Sean Duffy"
    assert resolver.last_speaker == "Sean Duffy"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to Russian news agency TASS, Bakanov confirmed it.",
            "Russian news agency TASS",
        ),
        ("The launch went well, according to NASA.", "NASA"),
        ("Duffy confirmed it.", None),
    ],
)
def test_reported_by(text: str, source: str | None) -> None:
    assert attribution.reported_by(text) == source
