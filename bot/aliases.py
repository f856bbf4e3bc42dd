"""Other names for the countries a briefing mentions: "Washington" or "American" for the US,
"Moscow" for Russia; and for a space station ("the orbiting lab") and a day ("midweek").

News writes a capital or a demonym for a country or its government ("talks between
Washington and Moscow", "the American official"), and a question may word it so while the
briefing says "the US and Russia". To the encoder and to the unknown-name check those are
other words; rewritten to the briefing's own form ("between US and Russia") they match.

The names come from countryinfo's data (each country's name, alternative spellings, demonym
and capital). Only a country the briefings mention is rewritten, only to a form they use,
and a word the briefings use themselves is never rewritten. The same holds for a space
station's epithets and another name of a day (below).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from countryinfo import CountryInfo

# What news calls a space station without naming it: "the orbiting lab", "the orbital
# outpost", "the space laboratory". To the encoder "the orbiting lab" is nearer any sentence
# about being in orbit than one about the International Space Station; read as "the space
# station" it finds the station. One, not several ("orbiting labs").
_STATION = re.compile(r"\bspace station\b", re.I)
_STATION_EPITHET = re.compile(
    r"\b(?:orbit(?:ing|al)|space)\s+(?:lab(?:oratory)?|outpost|platform|complex)(?!\w)|"
    r"\borbit(?:ing|al)\s+station(?!\w)",
    re.I,
)

# Other names of a day: "midweek", "in the middle of the week" is (on) Wednesday.
_MIDWEEK = re.compile(
    r"\bmid-?week\b|\b(?P<on>(?:in|during|on)\s+)?(?:the\s+)?middle\s+of\s+(?:the|this|next)\s+week\b",
    re.I,
)

# Names countryinfo lacks that news uses all the time.
_EXTRA = {"united states": ("America",)}
# Codes of two letters are common words or initials in capitals ("IT", "IN", "AM"), except these.
_KEEP_CODES = frozenset({"US", "UK"})


@cache
def country_names() -> tuple[tuple[str, ...], ...]:
    """Every country's names, its own name first: ("Russia", "Russian Federation", …)."""
    groups = []
    for key, info in CountryInfo.all().items():
        names: list[str] = [info.get("name") or key]
        names += [n for n in info.get("altSpellings") or [] if len(n) > 2 or n in _KEEP_CODES]
        demonym = info.get("demonym")
        if demonym:
            names += [demonym, f"{demonym}s"]
        capitals: str | list[str] = info.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            names.append(capital)
            if capital.endswith(" D.C."):
                names.append(capital.removesuffix(" D.C."))  # "Washington"
        names += _EXTRA.get(key, ())
        groups.append(tuple(dict.fromkeys(n for n in names if n.isascii() and n[:1].isalpha())))
    return tuple(groups)


@cache
def country_words() -> frozenset[str]:
    """Every one-word name or demonym of a country, in lower case ("russia", "russian",
    "kazakhstan"): what names a country, for "Which country …?"."""
    out = {"america", "american", "americans", "us", "uk"}
    for key, info in CountryInfo.all().items():
        names = [info.get("name") or key, *(info.get("altSpellings") or [])]
        demonym = info.get("demonym")
        if demonym:
            names += [demonym, f"{demonym}s"]
        # not codes ("AND" for Andorra, "CAN" for Canada): in lower case they are words
        out.update(
            n.lower()
            for n in names
            if n.isascii() and n.isalpha() and len(n) > 2 and not n.isupper()
        )
    return frozenset(out - {"island"})  # an alternative name of Iceland's


class Aliases:
    """Rewrites other names of the countries ``texts`` mention to the form they use, and a
    space station's epithets to "space station"."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        groups = country_names()
        # One pass over the briefings finds every country name they use.
        every_name = _alternation(n for names in groups for n in names)
        used = {m.group(0) for text in texts for m in every_name.finditer(text)}
        self._to_briefing: dict[str, str] = {}
        for names in groups:
            own = next((n for n in names if n in used), None)
            if own is not None:
                self._to_briefing.update((n, own) for n in names if n not in used)
        self._pattern = _alternation(self._to_briefing) if self._to_briefing else None
        # "the orbiting lab" is read as "the space station" by briefings about one that never
        # use such an epithet themselves.
        self._station = any(_STATION.search(t) for t in texts) and not any(
            _STATION_EPITHET.search(t) for t in texts
        )
        self._wednesday = any("Wednesday" in t for t in texts)

    def rewrite(self, text: str) -> str:
        """``text`` with other names of the briefings' countries in the briefings' form, and
        "the orbiting lab" as "the space station".

        Capitalised country names only: "us" or "china" in lower case may be other words.
        """
        if self._station:
            text = _STATION_EPITHET.sub("space station", text)
        if self._wednesday:
            text = _MIDWEEK.sub(lambda m: "on Wednesday" if m.group("on") else "Wednesday", text)
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._to_briefing[m.group(0)], text)


def _alternation(names: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``names`` as whole words, the longest first ("United States
    of America" before "United States")."""
    ordered = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
