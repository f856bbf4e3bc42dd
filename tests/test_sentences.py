"""Sentence splitting (bot/sentences.py): boundaries, abbreviations, quotes and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import sentences
from bot.ingest import CorpusBuilder

TESTS_DIR = Path(__file__).resolve().parent
BRIEFINGS = [
    TESTS_DIR.parent / "seeds" / "nasa-roscosmos-talks.txt",
    TESTS_DIR / "fixtures" / "briefings" / "crew-11-launch.md",
    TESTS_DIR / "fixtures" / "briefings" / "iss-budget-hearing.txt",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The seed's opening sentence: "U.S." before a capitalised word is not a boundary.
        (
            "NASA interim leader, U.S. Transportation Secretary Sean Duffy, announced plans. "
            "His aim is clear.",
            [
                "NASA interim leader, U.S. Transportation Secretary Sean Duffy, announced plans.",
                "His aim is clear.",
            ],
        ),
        # "a.m." followed by a time zone stays inside the sentence ...
        (
            "The rocket lifted off at 11:43 a.m. EDT on Wednesday. Docking follows.",
            ["The rocket lifted off at 11:43 a.m. EDT on Wednesday.", "Docking follows."],
        ),
        # ... but ends it when a new sentence follows.
        (
            "The launch was at 9 a.m. Officials cheered.",
            ["The launch was at 9 a.m.", "Officials cheered."],
        ),
        (
            "It ended at 5 p.m. EDT. Then everyone left.",
            ["It ended at 5 p.m. EDT.", "Then everyone left."],
        ),
        # Titles and initials.
        (
            "Dr. Haruto Sekine met Mr. Brown and J. Smith. They talked.",
            ["Dr. Haruto Sekine met Mr. Brown and J. Smith.", "They talked."],
        ),
        (
            "He flew to St. Petersburg on Jan. 5. The talks ended.",
            ["He flew to St. Petersburg on Jan. 5.", "The talks ended."],
        ),
        # Numbers with a decimal point.
        (
            "The request was $1.2 billion. That is tight.",
            ["The request was $1.2 billion.", "That is tight."],
        ),
        # Other terminal punctuation.
        (
            "Is it safe? Yes! Wait... What happened?",
            ["Is it safe?", "Yes!", "Wait...", "What happened?"],
        ),
        # A lower-case word after a full stop does not start a sentence.
        ("The probe weighs 5 kg. and carries fuel.", ["The probe weighs 5 kg. and carries fuel."]),
    ],
)
def test_split_boundaries(text: str, expected: list[str]) -> None:
    assert sentences.split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Curly quotes: the closing quote after the full stop belongs to the sentence.
        (
            "“We trained for years.” The crew smiled.",
            ["“We trained for years.”", "The crew smiled."],
        ),
        # Straight quotes, the same.
        (
            '"We trained for years." The crew smiled.',
            ['"We trained for years."', "The crew smiled."],
        ),
        # A sentence may open with a quotation mark.
        (
            "He paused. “Go,” she said. “Now!” Done.",
            ["He paused.", "“Go,” she said.", "“Now!”", "Done."],
        ),
        ("He asked, “Is it safe?” She nodded.", ["He asked, “Is it safe?”", "She nodded."]),
        # A quotation spanning several sentences is split into its sentences, and the
        # quote marks stay where they are.
        (
            "“But we have a valuable partnership on the International Space Station. "
            "We don’t discard those ties in difficult times.” The talks continue.",
            [
                "“But we have a valuable partnership on the International Space Station.",
                "We don’t discard those ties in difficult times.”",
                "The talks continue.",
            ],
        ),
        (
            '"It is late. We must go. The crew is ready," said Ann Lee.',
            ['"It is late.', "We must go.", 'The crew is ready," said Ann Lee.'],
        ),
        # A bracketed sentence.
        ("He works at NASA. (It is big.) Yes.", ["He works at NASA.", "(It is big.)", "Yes."]),
    ],
)
def test_split_quotes(text: str, expected: list[str]) -> None:
    assert sentences.split(text) == expected


def test_spans_are_trimmed_and_slice_the_text() -> None:
    text = "  First one.   Second one?\n“Third,” he said.  "
    spans = sentences.split_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one?", "“Third,” he said."]
    for start, end in spans:
        assert not text[start].isspace() and not text[end - 1].isspace()


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert sentences.split("") == []
    assert sentences.split("   \n ") == []


def test_text_without_final_punctuation_is_one_sentence() -> None:
    assert sentences.split("International Space Station Remains a Bridge") == [
        "International Space Station Remains a Bridge"
    ]


@pytest.mark.parametrize("path", BRIEFINGS, ids=lambda p: p.name)
def test_spans_cover_every_paragraph_without_overlap(path: Path) -> None:
    """No character of a paragraph is lost or quoted twice by the splitter."""
    builder = CorpusBuilder()
    builder.add_file(path)
    for passage in builder.corpus.passages:
        spans = sentences.split_spans(passage.text)
        assert spans, passage.text
        previous_end = 0
        for start, end in spans:
            assert previous_end <= start < end
            assert passage.text[previous_end:start].strip() == ""  # only white space between
            previous_end = end
        assert passage.text[previous_end:].strip() == ""


def test_seed_sentences_are_the_expected_ones() -> None:
    """The seed's 9 paragraphs and credit line split into 18 sentences; spot-check the tricky
    ones."""
    builder = CorpusBuilder()
    builder.add_file(BRIEFINGS[0])
    texts = [s.text for s in builder.corpus.sentences]
    assert len(texts) == 18
    assert texts[0] == (
        "NASA interim leader, U.S. Transportation Secretary Sean Duffy, announced plans to "
        "engage in direct talks with Russian space agency Roscosmos this week."
    )
    assert "“But we have a valuable partnership on the International Space Station." in texts
    assert "We don’t discard those ties in difficult times.”" in texts
    assert texts[-2:] == [
        "Both sides hope that by keeping cooperation alive in orbit, they can foster a shared "
        "vision for safe, sustainable space activity.",
        "with inputs from Reuters",  # the credit line
    ]
