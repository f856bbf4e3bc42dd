"""Quotes by speaker (bot/speakers.py): who is quoted, name matching, and their quotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.index import KnowledgeIndex
from bot.ingest import Corpus
from bot.speakers import known_speakers, match_speaker, quotes_by


@pytest.fixture(scope="module")
def corpus(seed_index: KnowledgeIndex) -> Corpus:
    return seed_index.corpus


def test_known_speakers_of_the_seed(corpus: Corpus) -> None:
    assert known_speakers(corpus) == ["Sean Duffy"]


@pytest.mark.parametrize(
    "name",
    [
        "duffy",
        "Duffy",
        "DUFFY",
        "  duffy ",
        "Dufy",
        "Duffey",
        "Sean Duffy",
        "sean duffy",
        "Sean Dufy",
    ],
)
def test_match_speaker_finds_duffy(corpus: Corpus, name: str) -> None:
    assert match_speaker(corpus, name) == "Sean Duffy"


@pytest.mark.parametrize("name", ["Nobody", "", "   ", "Bakanov", "Rogozin", "Sean", "D"])
def test_match_speaker_unknown(corpus: Corpus, name: str) -> None:
    # Bakanov and Rogozin are named in the briefing but never quoted directly.
    assert match_speaker(corpus, name) is None


def test_quotes_by_duffy(corpus: Corpus, seed_dir: Path) -> None:
    quotes = quotes_by(corpus, "Sean Duffy")
    assert [q.paragraph for q in quotes] == [3, 5]
    first, second = quotes
    assert first.text.startswith("“We have wild disagreement with the Russians on Ukraine,”")
    assert first.text.endswith("We don’t discard those ties in difficult times.”")
    assert second.text == (
        "“This is a temporary assignment for me,” Duffy said of his role as interim NASA chief. "
        "“But the need for stable, science-focused cooperation remains constant.”"
    )
    source = (seed_dir / "nasa-roscosmos-talks.txt").read_text(encoding="utf-8")
    for quote in quotes:
        assert quote.speaker == "Sean Duffy"
        assert source[quote.start : quote.end] == quote.text
    assert first.start < second.start


def test_quotes_by_someone_not_quoted(corpus: Corpus) -> None:
    assert quotes_by(corpus, "Dmitry Bakanov") == []


def test_known_speakers_across_briefings(multi_index: KnowledgeIndex) -> None:
    speakers = known_speakers(multi_index.corpus)
    assert "Margaret Ellison" in speakers and "Sean Duffy" in speakers
    assert match_speaker(multi_index.corpus, "ellison") == "Margaret Ellison"
    ellison = quotes_by(multi_index.corpus, "Margaret Ellison")
    assert len(ellison) == 1  # two sentences of one paragraph: one quote
    assert ellison[0].text.endswith('Congress has to pay for it."')
    assert ellison[0].document.path == "seeds/iss-budget-hearing.txt"


def test_quotes_by_duffy_across_briefings(multi_index: KnowledgeIndex) -> None:
    corpus = multi_index.corpus
    who = match_speaker(corpus, "Duffy")
    assert who == "Sean Duffy"
    paths = {q.document.path for q in quotes_by(corpus, who)}
    assert paths == {
        "seeds/crew-11-launch.md",
        "seeds/iss-budget-hearing.txt",
        "seeds/nasa-roscosmos-talks.txt",
    }
