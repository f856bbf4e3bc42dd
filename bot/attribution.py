"""Who said it: speakers of direct quotations, full names, and "according to" sources.

Works on one paragraph at a time, with the document's text at hand to resolve a surname to
the full name the document introduced ("Duffy" → "Sean Duffy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.lexical import STOPWORDS

REPORTING_VERBS = (
    "said|says|acknowledged|added|told|explained|noted|stated|emphasi[sz]ed|stressed|remarked|"
    "warned|argued|insisted|asked|continued|wrote|declared|announced|observed|recalled|replied|"
    "admitted|conceded|urged|promised|vowed|predicted|joked|confirmed|insists|adds|notes|tells"
)
# Titles that may stand before a name but are not part of it.
TITLES = frozenset(
    """
    mr mrs ms dr prof sen senator rep representative gov governor gen general col
    colonel lt capt captain cmdr commander president secretary administrator chief
    director minister head ambassador astronaut pilot engineer spokesperson spokesman
    spokeswoman the then
    """.split()
)
_NAME_WORD = r"[A-Z][\w’'\-]*\.?"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_PRONOUNS = r"[Hh]e|[Ss]he|[Tt]hey"
# Any past-tense verb after a name also reports speech ("Whitfield radioed"), so a quote
# with an unlisted verb is not silently given to the previous speaker.
_ANY_VERB = rf"(?:{REPORTING_VERBS}|[a-z]{{3,}}ed)"
_AFTER_QUOTE = re.compile(
    rf"\s*,?\s*(?:(?P<who>{_NAME}|{_PRONOUNS})\s+{_ANY_VERB}\b"
    rf"|(?:{REPORTING_VERBS})\s+(?P<who2>{_NAME}))"
)
_BEFORE_QUOTE = re.compile(rf"(?P<who>{_NAME}|{_PRONOUNS})\s+(?:{REPORTING_VERBS})\s*[:,]\s*$")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to (?P<who>[^,.;:]+)")
_QUOTE_PAIRS = (("“", "”"), ('"', '"'))


@dataclass(frozen=True)
class Quotation:
    """A quotation inside a paragraph: ``text[start:end]`` includes its quote marks."""

    start: int
    end: int
    speaker: str | None


def find_quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quotations in ``text``, curly or straight; an unclosed one runs to the end."""
    spans: list[tuple[int, int]] = []
    for opener, closer in _QUOTE_PAIRS:
        pos = 0
        while (start := text.find(opener, pos)) != -1:
            end = text.find(closer, start + 1)
            end = len(text) if end == -1 else end + 1
            spans.append((start, end))
            pos = end
    return sorted(spans)


def _clean_name(raw: str) -> str | None:
    # Keep only the surname: titles and sentence-initial words ("Later Kowalski said") make
    # the words before it unreliable; NameResolver.full_name restores the introduced name.
    words = [w for w in raw.split() if w.lower().rstrip(".") not in TITLES]
    return words[-1].rstrip(".") if words else None


def speaker_of(text: str, start: int, end: int) -> str | None:
    """The speaker named by the reporting clause right after or right before a quotation."""
    after = _AFTER_QUOTE.match(text, end)
    if after:
        return _clean_name(after.group("who") or after.group("who2"))
    before = _BEFORE_QUOTE.search(text[:start])
    if before:
        return _clean_name(before.group("who"))
    return None


class NameResolver:
    """Resolves surnames and pronouns to the full names a document introduced."""

    def __init__(self, document_text: str) -> None:
        self._text = document_text
        self._last: str | None = None

    def full_name(self, name: str) -> str:
        """``"Duffy"`` → ``"Sean Duffy"`` when the document says "Sean Duffy" somewhere."""
        if " " in name:
            return name
        pattern = re.compile(rf"\b({_NAME_WORD}(?:\s+[A-Z]\.)?)\s+{re.escape(name)}\b")
        for match in pattern.finditer(self._text):
            first = match.group(1)
            word = first.lower().rstrip(".")
            # Headlines capitalise every word: "… With Duffy Watching" names nobody.
            if word not in TITLES and word not in STOPWORDS and not first.isupper():
                return f"{first} {name}"
        return name

    def resolve(self, raw: str | None) -> str | None:
        """Resolve a name or pronoun from a reporting clause; remembers the last speaker."""
        if raw is None:
            return None
        if raw.lower() in {"he", "she", "they"}:
            return self._last
        self._last = self.full_name(raw)
        return self._last

    @property
    def last_speaker(self) -> str | None:
        return self._last


def quotations(text: str, resolver: NameResolver) -> list[Quotation]:
    """The quotations of one paragraph, each with its (resolved) speaker.

    A quotation with no reporting clause of its own continues the previous speaker: in
    “…,” Duffy said. “But …” the second quotation is Duffy's too. This carries across
    paragraphs when a paragraph opens with an unattributed quotation.
    """
    found: list[Quotation] = []
    previous = resolver.last_speaker
    for start, end in find_quotations(text):
        speaker = resolver.resolve(speaker_of(text, start, end)) or previous
        found.append(Quotation(start, end, speaker))
        previous = speaker
    return found


def reported_by(text: str) -> str | None:
    """The source named by "According to X, …", if the paragraph has one."""
    match = _ACCORDING_TO.search(text)
    return match.group("who").strip() if match else None
