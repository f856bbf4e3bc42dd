"""The terminal front end: renders an :class:`Answer` as readable text."""

from __future__ import annotations

from bot.answering import Answer
from bot.formatting import attribution, coverage, not_covered, tentative_note
from bot.ingest import Corpus


def render(answer: Answer, corpus: Corpus) -> str:
    """Each quote as a ``>`` block with its attribution line (after a warning when the answer
    is tentative), or a plain "not covered" and why, with what the briefings do cover."""
    if not answer.answered:
        lines = not_covered(answer) + ["It covers:"] + [f"  {line}" for line in coverage(corpus)]
        return "\n".join(lines)
    blocks = [tentative_note(len(answer.quotes))] if answer.tentative else []
    for quote in answer.quotes:
        quoted = "\n".join(f"> {line}" for line in quote.text.splitlines())
        blocks.append(f"{quoted}\n— {attribution(quote)}")
    return "\n\n".join(blocks)
