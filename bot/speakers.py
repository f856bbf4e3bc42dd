"""Quotes by speaker: every direct quotation a person made, across the briefings."""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.answering import Quote, build_quote, quote_unit
from bot.ingest import Corpus


def known_speakers(corpus: Corpus) -> list[str]:
    """Everyone quoted directly, in order of first appearance."""
    seen: dict[str, None] = {}
    for sentence in corpus.sentences:
        if sentence.speaker:
            seen.setdefault(sentence.speaker, None)
    return list(seen)


def match_speaker(corpus: Corpus, name: str) -> str | None:
    """The known speaker ``name`` refers to: full name, surname, any case, small typos."""
    wanted = name.strip().lower()
    if not wanted:
        return None
    best, best_score = None, 0.0
    for speaker in known_speakers(corpus):
        options = [speaker.lower(), speaker.split()[-1].lower()]
        score = max(fuzz.ratio(wanted, option) for option in options)
        if score > best_score:
            best, best_score = speaker, score
    return best if best_score >= 80 else None


def quotes_by(corpus: Corpus, speaker: str) -> list[Quote]:
    """Every direct quotation by ``speaker`` (a known full name), in document order."""
    quotes: list[Quote] = []
    covered: set[int] = set()
    for sentence in corpus.sentences:
        if sentence.speaker != speaker or sentence.sentence_id in covered:
            continue
        unit = quote_unit(corpus, sentence.sentence_id)
        covered.update(s.sentence_id for s in unit)
        quotes.append(build_quote(corpus, unit, 1.0))
    return quotes
