"""Plain-text pieces shared by the front ends: attribution lines, and what to say when the
briefings do not cover a question."""

from __future__ import annotations

from bot.answering import Answer, Quote
from bot.ingest import Corpus

NOT_COVERED = "The briefing does not cover that."


def attribution(quote: Quote, *, with_source: bool = True) -> str:
    """``Sean Duffy, in "Title", Section, ¶3 (with inputs from Reuters)``."""
    where = [f"\u201c{quote.document.title}\u201d"]
    if quote.heading:
        where.append(quote.heading)  # "headline", "section heading": the quote is the section
    else:
        if quote.section:
            where.append(quote.section)
        where.append(f"¶{quote.paragraph}")
    line = ", ".join(where)
    if quote.speaker:
        line = f"{quote.speaker}, in {line}"
    extras = []
    if quote.reported_by:
        extras.append(f"according to {quote.reported_by}")
    if with_source and quote.document.source:
        extras.append(quote.document.source)
    if extras:
        line += f" ({'; '.join(extras)})"
    return line


def tentative_note(quotes: int) -> str:
    """What a tentative answer says before its quotes."""
    closest = "The closest passage:" if quotes == 1 else "The closest passages:"
    return f"The briefing may not answer this directly. {closest}"


def not_covered(answer: Answer) -> list[str]:
    """The plain "not covered", then why, when the answer says."""
    return [NOT_COVERED] + ([answer.reason] if answer.reason else [])


def coverage(corpus: Corpus) -> list[str]:
    """One line per briefing: its title and sections, so a user can ask again."""
    lines = []
    for document in corpus.documents:
        line = f"\u201c{document.title}\u201d"
        if document.sections:
            line += " — sections: " + "; ".join(document.sections)
        lines.append(line)
    return lines
