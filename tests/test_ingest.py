"""Parsing briefings (bot/ingest.py): titles, sections, paragraphs, credits and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import SeedError
from bot.ingest import Corpus, CorpusBuilder, is_heading, parse_seeds, seed_files

TESTS_DIR = Path(__file__).resolve().parent
SEED = TESTS_DIR.parent / "seeds" / "nasa-roscosmos-talks.txt"
CREW = TESTS_DIR / "fixtures" / "briefings" / "crew-11-launch.md"
HEARING = TESTS_DIR / "fixtures" / "briefings" / "iss-budget-hearing.txt"

BRIDGE = "International Space Station Remains a Bridge"
TALKS = "Talks to Address ISS Lifespan and Future Deorbiting"


def parse_file(path: Path) -> Corpus:
    builder = CorpusBuilder()
    builder.add_file(path)
    return builder.corpus


def parse_text(text: str, name: str = "doc.txt") -> Corpus:
    builder = CorpusBuilder()
    builder.add_text(text, doc_id=name, path=name, markdown=name.endswith(".md"))
    return builder.corpus


# -- the seed ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Corpus:
    return parse_file(SEED)


def test_seed_document(seed: Corpus) -> None:
    [doc] = seed.documents
    assert doc.doc_id == "nasa-roscosmos-talks.txt"
    assert doc.title == (
        "NASA Interim Head Seeks Cooperation with Russia on Space Despite Broader Tensions"
    )
    assert doc.source == "with inputs from Reuters"
    assert doc.sections == (BRIDGE, TALKS)
    assert doc.date is None and doc.url is None


def test_seed_paragraphs_and_sections(seed: Corpus) -> None:
    assert [p.paragraph for p in seed.passages] == list(range(1, 11))
    assert [p.section for p in seed.passages] == [None] * 3 + [BRIDGE] * 3 + [TALKS] * 3 + [None]
    # Neither the title nor the headings is a paragraph.
    texts = [p.text for p in seed.passages]
    assert not any(t in {BRIDGE, TALKS} for t in texts)
    # The credit line is quotable ("Who contributed to this report?"), outside any section.
    assert texts[-1] == "with inputs from Reuters"
    assert not any(t.startswith("NASA Interim Head") for t in texts)


def test_seed_bakanov_paragraph_is_2_without_section(seed: Corpus) -> None:
    [passage] = [p for p in seed.passages if "Duffy will speak with Dmitry Bakanov" in p.text]
    assert passage.paragraph == 2
    assert passage.section is None


def test_seed_tass_paragraph_is_7_in_talks_section(seed: Corpus) -> None:
    [passage] = [p for p in seed.passages if "TASS" in p.text]
    assert passage.paragraph == 7
    assert passage.section == TALKS
    assert passage.text.startswith("According to Russian news agency TASS, Bakanov confirmed")


def test_passage_sentence_ids_point_at_their_sentences(seed: Corpus) -> None:
    assert [s.sentence_id for s in seed.sentences] == list(range(len(seed.sentences)))
    for passage in seed.passages:
        assert passage.sentence_ids
        for sid in passage.sentence_ids:
            assert seed.sentences[sid].passage_id == passage.passage_id


# -- offsets -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [SEED, CREW, HEARING], ids=lambda p: p.name)
def test_every_offset_slices_the_source_file(path: Path) -> None:
    source = path.read_bytes().decode("utf-8")
    corpus = parse_file(path)
    assert corpus.sentences
    for passage in corpus.passages:
        assert source[passage.start : passage.end] == passage.text
    for sentence in corpus.sentences:
        assert source[sentence.start : sentence.end] == sentence.text
        passage = corpus.passages[sentence.passage_id]
        assert passage.start <= sentence.start < sentence.end <= passage.end
    # the headline and the section headings, for quoting them
    (document,) = corpus.documents
    assert document.title_span is not None
    assert source[slice(*document.title_span)] == document.title
    assert len(document.section_spans) == len(document.sections)
    for heading, span in zip(document.sections, document.section_spans, strict=True):
        assert source[slice(*span)] == heading


def test_offsets_survive_crlf_line_endings() -> None:
    text = "A Title\r\nFirst paragraph. It has “two” sentences.\r\n\r\nSecond one.\r\n"
    corpus = parse_text(text)
    assert corpus.documents[0].title == "A Title"
    assert [p.text for p in corpus.passages] == [
        "First paragraph. It has “two” sentences.",
        "Second one.",
    ]
    assert [text[s.start : s.end] for s in corpus.sentences] == [
        "First paragraph.",
        "It has “two” sentences.",
        "Second one.",
    ]


def test_file_with_a_bom_is_read_and_sliced_without_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle Here\nOne sentence. Two sentences.\n".encode())
    corpus = parse_file(path)
    assert corpus.documents[0].title == "Title Here"
    source = path.read_bytes().decode("utf-8-sig")
    assert [source[s.start : s.end] for s in corpus.sentences] == [
        "One sentence.",
        "Two sentences.",
    ]


# -- the .txt layout -----------------------------------------------------------------------


def test_txt_layout_headings_and_credit() -> None:
    corpus = parse_text(
        "Big News Today\n"
        "Intro paragraph with a full stop.\n"
        "\n"
        "First Section\n"
        "Body one.\n"
        "A line that ends with a colon is not a heading:\n"
        "Second Section\n"
        "Body two.\n"
        "Reporting by Jane Roe\n"
    )
    doc = corpus.documents[0]
    assert doc.title == "Big News Today"
    assert doc.sections == ("First Section", "Second Section")
    assert doc.source == "Reporting by Jane Roe"
    assert [(p.paragraph, p.section, p.text) for p in corpus.passages] == [
        (1, None, "Intro paragraph with a full stop."),
        (2, "First Section", "Body one."),
        (3, "First Section", "A line that ends with a colon is not a heading:"),
        (4, "Second Section", "Body two."),
        (5, None, "Reporting by Jane Roe"),  # the credit: quotable, in no section
    ]


def test_credit_only_counts_as_the_last_line() -> None:
    corpus = parse_text("Title\nwith inputs from Reuters, the agency said.\nLast paragraph.\n")
    assert corpus.documents[0].source is None
    assert len(corpus.passages) == 2


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Commercial Stations", True),
        ("Talks to Address ISS Lifespan and Future Deorbiting", True),
        ("The subcommittee is expected to vote next month.", False),
        ("He said:", False),
        ("“A quoted line”", False),
        ("x" * 91, False),
        ("", False),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


# -- the .md layout ------------------------------------------------------------------------


def test_markdown_front_matter_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "launch.md"
    path.write_text(
        "---\n"
        "title: Launch Day\n"
        "source: Test Wire\n"
        "date: 2025-07-30\n"
        "url: https://example.com/launch\n"
        "---\n"
        "\n"
        "Opening paragraph, before any heading.\n"
        "\n"
        "## The Crew\n"
        "\n"
        "The crew boarded at dawn.\n"
        "They waved to the cameras.\n"
        "\n"
        "# Afterwards\n"
        "\n"
        "Everyone went home.\n",
        encoding="utf-8",
    )
    corpus = parse_file(path)
    doc = corpus.documents[0]
    assert (doc.title, doc.source, doc.date, doc.url) == (
        "Launch Day",
        "Test Wire",
        "2025-07-30",
        "https://example.com/launch",
    )
    assert doc.sections == ("The Crew", "Afterwards")
    assert [(p.paragraph, p.section) for p in corpus.passages] == [
        (1, None),
        (2, "The Crew"),
        (3, "Afterwards"),
    ]
    # Lines without a blank line between them are one paragraph; offsets still slice.
    second = corpus.passages[1]
    assert second.text == "The crew boarded at dawn.\nThey waved to the cameras."
    source = path.read_text(encoding="utf-8")
    assert all(source[s.start : s.end] == s.text for s in corpus.sentences)
    assert [s.text for s in corpus.sentences if s.passage_id == 1] == [
        "The crew boarded at dawn.",
        "They waved to the cameras.",
    ]


def test_markdown_without_front_matter_takes_the_first_h1_as_title() -> None:
    corpus = parse_text(
        "# The Title\n\nBody.\n\n## Part Two\n\nMore body.\n\nwith inputs from AP\n", "plain.md"
    )
    doc = corpus.documents[0]
    assert doc.title == "The Title"
    assert doc.sections == ("Part Two",)
    assert doc.source == "with inputs from AP"
    assert [p.text for p in corpus.passages] == ["Body.", "More body.", "with inputs from AP"]


def test_crew_fixture_metadata() -> None:
    corpus = parse_file(CREW)
    doc = corpus.documents[0]
    assert doc.title == "SpaceX Crew-11 Lifts Off From Cape Canaveral With Duffy Watching"
    assert doc.source == "Space Coast Dispatch (fictional test briefing)"
    assert doc.date == "2025-07-30"
    assert doc.url == "https://example.com/briefings/crew-11-launch"
    assert len(corpus.passages) == 11
    commander = next(p for p in corpus.passages if "commanded by" in p.text)
    assert (commander.paragraph, commander.section) == (3, "The crew")
    assert "The crew" in doc.sections and "Six months of science" in doc.sections


def test_h1_repeating_the_front_matter_title_is_not_a_section() -> None:
    corpus = parse_file(CREW)
    doc = corpus.documents[0]
    assert doc.title not in doc.sections
    assert corpus.passages[0].section is None


def test_hearing_fixture_layout() -> None:
    corpus = parse_file(HEARING)
    doc = corpus.documents[0]
    assert doc.title.startswith("Senators Press NASA on Space Station Funding")
    assert doc.source == "with inputs from Associated Press"
    assert doc.sections == ("Commercial Stations", "Russian Partnership")
    assert len(corpus.passages) == 9  # eight paragraphs and the credit line


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "front_matter",
    [
        "title: [unclosed\n",  # invalid YAML
        "- just\n- a list\n",  # valid YAML, but not a mapping
        "title: a: b: c\n",  # mapping values are not allowed here
    ],
)
def test_bad_front_matter_is_a_seed_error(front_matter: str) -> None:
    with pytest.raises(SeedError) as info:
        parse_text(f"---\n{front_matter}---\n\n# Title\n\nBody.\n", "bad.md")
    assert "front matter" in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_front_matter_error_names_the_file() -> None:
    with pytest.raises(SeedError, match=r"bad\.md"):
        parse_text("---\ntitle: [unclosed\n---\n\n# Title\n\nBody.\n", "bad.md")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Only A Title\n", "title-only.txt"),
        ("Title\nA Heading\nAnother Heading\n", "headings.txt"),
        ("---\ntitle: T\n---\n\n# T\n\n## Nothing below\n", "headings.md"),
    ],
)
def test_a_file_without_paragraphs_is_a_seed_error(text: str, name: str) -> None:
    with pytest.raises(SeedError, match=f"{name}: no paragraphs"):
        parse_text(text, name)


def test_a_file_without_a_title_is_a_seed_error() -> None:
    with pytest.raises(SeedError, match="no title"):
        parse_text("", "empty.txt")
    with pytest.raises(SeedError, match="no title"):
        parse_text("Just a paragraph without any heading.\n", "nohead.md")


def test_undecodable_file_is_a_one_line_seed_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Titre\nLe café est prêt.\n".encode("latin-1"))
    with pytest.raises(SeedError) as info:
        parse_file(path)
    assert str(info.value).startswith(f"cannot read {path}")
    assert "\n" not in str(info.value)


def test_parse_seeds_errors(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="no seeds directory"):
        parse_seeds(tmp_path / "missing")
    (tmp_path / "notes.rst").write_text("Not a briefing\n", encoding="utf-8")
    with pytest.raises(SeedError, match=r"no briefings \(\*\.txt, \*\.md\)"):
        parse_seeds(tmp_path)


def test_parse_seeds_numbers_globally_across_files(multi_dir: Path) -> None:
    assert [p.name for p in seed_files(multi_dir)] == [
        "crew-11-launch.md",
        "iss-budget-hearing.txt",
        "nasa-roscosmos-talks.txt",
    ]
    corpus = parse_seeds(multi_dir)
    assert [d.doc_id for d in corpus.documents] == [p.name for p in seed_files(multi_dir)]
    assert [d.path for d in corpus.documents] == [f"seeds/{p.name}" for p in seed_files(multi_dir)]
    assert [p.passage_id for p in corpus.passages] == list(range(len(corpus.passages)))
    assert [s.sentence_id for s in corpus.sentences] == list(range(len(corpus.sentences)))
    # Paragraph numbers restart at 1 in each document.
    for doc in corpus.documents:
        numbers = [p.paragraph for p in corpus.passages if p.doc_id == doc.doc_id]
        assert numbers == list(range(1, len(numbers) + 1))
    with pytest.raises(KeyError):
        corpus.document("nope.txt")
