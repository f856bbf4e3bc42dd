"""Sentence splitting that keeps character offsets.

A hand-written splitter, because the bot must quote *exactly* the source's characters:
every sentence is a ``(start, end)`` span into the paragraph, trimmed of white space, never
re-joined or normalised text. It copes with abbreviations ("U.S. Transportation Secretary",
"11:43 a.m. EDT", "Dr. Jones"), curly and straight quotes, and closing quotes after the
full stop ("… times.” Next").
"""

from __future__ import annotations

import re

# Words that end with a full stop without ending the sentence (compared lower-case,
# without the final dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt capt cmdr sgt st jr sr rev hon pres inc ltd
    co corp dept univ est approx no vs etc al fig jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e
    """.split()
)

# A candidate boundary: terminal punctuation, any closing quotes/brackets, then white space.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+)")
# What may start the next sentence: a capital, a digit or an opening quote/bracket.
_STARTER = re.compile(r"\s+([\"“‘'(\[]?[A-Z0-9])")
# "a.m. EDT": a time abbreviation followed by a time zone is not a boundary.
_TIMEZONE = re.compile(r"\s+[A-Z]{2,4}\b")


def _word_before(text: str, dot: int) -> str:
    """The word that ends at ``text[dot]`` (a full stop), lower-cased, without that dot."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '“"‘(':
        start -= 1
    return text[start:dot].lower()


def _is_boundary(text: str, punct_start: int, after: int) -> bool:
    if text[punct_start] != ".":
        return True
    word = _word_before(text, punct_start)
    if word in {"a.m", "p.m"}:
        return not _TIMEZONE.match(text, after)
    if word in ABBREVIATIONS:
        return False
    # A single capital ("J. Smith") is an initial.
    return not (len(word) == 1 and word.isalpha())


def split_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences, as ``(start, end)`` spans trimmed of white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        nxt = _STARTER.match(text, end)
        if nxt is None or not _is_boundary(text, match.start(), end):
            continue
        spans.append((start, end))
        start = nxt.start(1)
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str) -> list[str]:
    """Split ``text`` into sentence strings (convenience for tests and callers)."""
    return [text[s:e] for s, e in split_spans(text)]
