"""Other names for the countries a briefing mentions: "Washington" or "American" for the US,
"Moscow" for Russia; for a space station ("the orbiting lab") and a day ("midweek"); and
for an organisation the briefing introduces by a description ("the Russian space agency"
is its "Russian space agency Roscosmos"), or that news describes so ("the American space
agency" is NASA); and for places, companies and programmes by their nicknames ("the
Sunshine State", "the Space Coast", "Elon Musk's rocket company", "the seat-swap deal").

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
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler


def _founded_by(founder: str) -> str:
    """ "Elon Musk's rocket company", "Musk's firm": a company by its founder's name."""
    return (
        rf"{founder}['’]s\s+(?:[\w\-]+\s+){{0,2}}?"
        r"(?:company|firm|venture|outfit|business|startup|enterprise)\b"
    )


# What news calls a space station without naming it: "the orbiting lab", "the orbital
# outpost", "the space laboratory". To the encoder "the orbiting lab" is nearer any sentence
# about being in orbit than one about the International Space Station; read as "the space
# station" it finds the station. One, not several ("orbiting labs").
_STATION = re.compile(r"\bspace station\b", re.I)
_STATION_EPITHET = re.compile(
    r"\b(?:orbit(?:ing|al)|space)\s+(?:lab(?:oratory)?|outpost|platform|complex)(?!\w)|"
    r"\borbit(?:ing|al)\s+station(?!\w)|"
    # "the outpost's service life": in a briefing about a space station, that station
    r"(?<=the )outpost(?!\w)",
    re.I,
)

# Other names of a day: "midweek", "in the middle of the week" is (on) Wednesday.
_MIDWEEK = re.compile(
    r"\bmid-?week\b|\b(?P<on>(?:in|during|on)\s+)?(?:the\s+)?middle\s+of\s+(?:the|this|next)\s+week\b",
    re.I,
)

# An organisation as news introduces it, a description then its name: "Russian space agency
# Roscosmos", "Russian news agency TASS". A question may name it by the description alone
# ("Who runs the Russian space agency?"), which the encoder finds nearer a sentence that
# has those words than one that names Roscosmos; read with its name, it finds both.
_ORGANISATION = (
    r"agency|company|corporation|firm|outlet|newspaper|broadcaster|network|institute|"
    r"organi[sz]ation|contractor|manufacturer|operator|regulator|consortium|programm?e?"
)
_INTRODUCED = re.compile(
    rf"\b(?P<modifiers>(?:[A-Za-z][\w\-]*\s+){{1,3}})(?P<head>{_ORGANISATION})\s+"
    r"(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"
)
# … and as a question describes it: "the Russian space agency", "Russia's news agency".
_DESCRIBED = re.compile(
    rf"\b(?P<modifiers>(?:[\w’'\-]+\s+){{1,3}})(?P<head>{_ORGANISATION})\b(?!\s+(?-i:[A-Z]))", re.I
)
# … and a post in it by the description alone: "the Russian space boss", "Russia's space
# chief" are the boss of "Russian space agency Roscosmos". Not "the Russian leader", whom
# only a country's word describes.
_POSTS = r"boss|chief|head|leader|director|administrator|chairman|chairwoman|supremo"
_DESCRIBED_POST = re.compile(
    rf"\b(?P<modifiers>(?:[\w’'\-]+\s+){{1,3}}?)(?P<post>{_POSTS})\b(?!\s+(?:(?-i:[A-Z])|of\b))",
    re.I,
)
# "Russia's counterpart to (the US space agency) NASA", "the Russian equivalent of NASA",
# "NASA's Russian counterpart": an organisation of the same kind, of another country. (A
# description has its name added first, see _name_described.)
_COUNTERPART = re.compile(
    r"\b(?:the\s+)?(?P<country>[A-Z][\w\-]*?)(?:['’]s)?\s+(?:counterpart|equivalent)\s+"
    r"(?:to|of)\s+(?P<tail>(?:[\w’'\-]+[ ]?){1,6})|"
    r"\b(?P<org2>[A-Z][\w\-]*)['’]s\s+(?P<country2>[A-Z][\w\-]*)\s+(?:counterpart|equivalent)\b"
)
# A description that is what the question asks for: "Which (Russian news) agency …?"
_ASKED = re.compile(r"\b(?:which|what)\s+(?:[\w’'\-]+\s+){0,2}$", re.I)
_NOT_MODIFIERS = frozenset(
    "the a an of by to from with and or his her their its this that which what who whose "
    "does did is was will".split()
)

# How news describes the national space agencies, which a briefing may name without ever
# describing ("the American space agency" is NASA, "the Japanese space agency" JAXA). Used
# only for an agency the briefings name, as if they had introduced it so themselves.
_WELL_KNOWN = {
    "NASA": "US space agency",
    "Roscosmos": "Russian space agency",
    "JAXA": "Japanese space agency",
    "CNSA": "Chinese space agency",
    "ISRO": "Indian space agency",
    "CSA": "Canadian space agency",
}

# What news and users call some places and companies of spaceflight instead of their names:
# a state's nickname, a company by its founder. Rewritten to the name where the briefings
# use it ("Which spaceport in the Sunshine State …?" is about Florida); otherwise the
# question names something they never mention, and says so.
_EPITHETS = tuple(
    (re.compile(pattern, re.I), name)
    for pattern, name in (
        (r"(?:the\s+)?Sunshine\s+State\b", "Florida"),
        (r"(?:the\s+)?Lone\s+Star\s+State\b", "Texas"),
        (r"(?:the\s+)?Golden\s+State\b", "California"),
        (r"(?:the\s+)?Old\s+Dominion\b", "Virginia"),
        (r"(?:the\s+)?Yellowhammer\s+State\b", "Alabama"),
        (r"(?:the\s+)?Land\s+of\s+Enchantment\b", "New Mexico"),
        # (the Kremlin as the government, not the country: only its space agency is named)
        (
            r"(?:the\s+)?Kremlin['’]s\s+space\s+(?:agency|body|organi[sz]ation|corporation|"
            r"outfit|arm|programm?e?)\b",
            "Roscosmos",
        ),
        # the stretch of Florida's coast around the Cape, as news calls it
        (r"(?:the\s+)?(?:Florida['’]s\s+)?Space\s+Coast\b", "Cape Canaveral"),
        # the ISS by its Russian initials (МКС), as a Russian reader writes it
        (r"\b(?:MKS|МКС)\b", "ISS"),
        # what news calls the NASA–Roscosmos exchange of seats on each other's flights
        (
            r"\b(?:crew\s+)?seat[\s\-]?(?:swap|swapping|exchange|barter|sharing|trade)s?"
            r"(?:\s+(?:arrangement|agreement|deal|program|programme|scheme|pact))?\b",
            "cross-flight program",
        ),
        (_founded_by(r"(?:Elon\s+)?Musk"), "SpaceX"),
        (_founded_by(r"(?:Jeff\s+)?Bezos"), "Blue Origin"),
        (_founded_by(r"(?:Richard\s+)?Branson"), "Virgin Galactic"),
    )
)
# The countries of the best-known launch sites: "the launch site on the Kazakh steppe" is
# Baikonur, in a briefing that names the site but never its country.
_SITES = {
    "Baikonur": "Kazakhstan",
    "Cape Canaveral": "United States",
    "Vostochny": "Russia",
    "Plesetsk": "Russia",
    "Kourou": "French Guiana",
    "Tanegashima": "Japan",
    "Jiuquan": "China",
    "Wenchang": "China",
    "Sriharikota": "India",
}

# A name the briefing abbreviates where it first uses it: "International Space Station (ISS)".
# Most of its sentences then use the acronym, which the encoder reads as unrelated letters;
# a question with the name ("the space station") gets the acronym beside it, so that it
# meets the sentences that use either.
_DEFINED = re.compile(r"\b((?:[A-Z][\w\-]*\s+){1,5}[A-Z][\w\-]*)\s+\(([A-Z]{2,6})\)")

# Names countryinfo lacks that news uses all the time. Not "the Kremlin": a question about
# Russia's government ("How did the Kremlin react?") is not about the country in the talks.
_EXTRA = {"united states": ("America",), "kazakhstan": ("Kazakh",)}
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
    # (and adjectives the data gives no demonym for: "the Kazakh launch site")
    out = {"america", "american", "americans", "us", "uk"}
    out |= {"kazakh", "uzbek", "tajik", "kyrgyz", "korean", "saudi"}
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
        self._written = frozenset(w for t in texts for w in _CAPITALISED.findall(t))
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
        # The regions of the countries they mention ("the war in Eastern Europe" is about
        # Ukraine): words of a name they cover, though they never write them.
        mentioned = {names[0] for names in groups if any(n in used for n in names)}
        # … and the countries of the launch sites they name ("Baikonur": Kazakhstan), by
        # any of their names ("the Kazakh steppe")
        sites = {country for site, country in _SITES.items() if any(site in t for t in texts)}
        self.site_countries = frozenset(
            n.lower() for names in groups if names[0] in sites for n in names
        )
        self.region_words = frozenset(
            word.lower()
            for key, info in CountryInfo.all().items()
            if (info.get("name") or key) in mentioned
            for region in (info.get("region"), info.get("subregion"))
            if region
            for word in region.split()
        )
        # "the orbiting lab" is read as "the space station" by briefings about one that never
        # use such an epithet themselves.
        self._station = any(_STATION.search(t) for t in texts) and not any(
            _STATION_EPITHET.search(t) for t in texts
        )
        self._wednesday = any("Wednesday" in t for t in texts)
        self._epithets = [
            (epithet, name) for epithet, name in _EPITHETS if any(name in t for t in texts)
        ]
        # the names they abbreviate, each with its acronym, and the name's last two words,
        # which a question may use on their own ("the space station")
        self._acronyms = [
            (name, acronym, " ".join(name.split()[-2:]))
            for text in texts
            for name, acronym in _DEFINED.findall(text)
            if "".join(w[0] for w in name.split()) == acronym
        ]
        # (words of the description, its capitalised ones, the organisation's noun, its name)
        self._described = [
            (
                frozenset(words_) - _NOT_MODIFIERS,
                capitalised,
                m.group("head").lower(),
                m.group("name"),
            )
            for text in texts
            for m in _INTRODUCED.finditer(text)
            for words_, capitalised in [self._modifiers(m.group("modifiers"))]
            if capitalised
        ]
        introduced = {name for *_, name in self._described}
        for name, description in _WELL_KNOWN.items():
            if name not in introduced and any(re.search(rf"\b{name}\b", t) for t in texts):
                *modifiers, noun = description.split()
                words_, capitalised = self._modifiers(" ".join(modifiers))
                self._described.append((frozenset(words_), capitalised, noun, name))

    def rewrite(self, text: str) -> str:
        """``text`` with other names of the briefings' countries in the briefings' form, and
        "the orbiting lab" as "the space station".

        Capitalised country names only: "us" or "china" in lower case may be other words.
        """
        # "Moscw", "Earht"; never a word the briefings write ("Marta" is no slip for Malta
        # in a briefing that names her)
        text = _CAPITALISED.sub(
            lambda m: m.group(0) if m.group(0) in self._written else _place_meant(m.group(0)),
            text,
        )
        for epithet, name in self._epithets:
            text = epithet.sub(name, text)
        if self._station:
            text = _STATION_EPITHET.sub("space station", text)
        if self._wednesday:
            text = _MIDWEEK.sub(lambda m: "on Wednesday" if m.group("on") else "Wednesday", text)
        if self._pattern is not None:
            text = self._pattern.sub(lambda m: self._in_briefing_form(m, text), text)
        for name, acronym, short in self._acronyms:
            if not re.search(rf"\b{acronym}\b", text, re.I):
                # "the space station" → "the space station (ISS)"
                said = rf"\b(?:{re.escape(name)}|{re.escape(short)})\b(?:['’]s)?"
                if match := re.search(said, text, re.I):
                    text = f"{text[: match.end()]} ({acronym}){text[match.end() :]}"
        return self._name_described(text) if self._described else text

    def _in_briefing_form(self, match: re.Match[str], text: str) -> str:
        """A country's name as the briefings write it, unless it ends a longer name ("South
        America", "Latin America": no country's)."""
        if re.search(r"\S\s+[A-Z][\w’'\-]*\s+$", text[: match.start()]):
            return match.group(0)
        return self._to_briefing[match.group(0)]

    def abbreviated(self, word: str) -> frozenset[str]:
        """The acronyms (in lower case) of the names the briefings abbreviate that have
        ``word`` in them: "International" → {"iss"}, for a briefing that defines
        "International Space Station (ISS)" and then writes only "the ISS's"."""
        return frozenset(
            acronym.lower()
            for name, acronym, _ in self._acronyms
            if word.lower() in name.lower().split()
        )

    def described_as(self, name: str) -> frozenset[str]:
        """The capitalised words (a country's by its own name, in lower case) the briefings
        introduce ``name`` with: "Roscosmos" → {"russia"} ("Russian space agency
        Roscosmos")."""
        return frozenset(
            word
            for _, capitalised, _, named in self._described
            if named.lower() == name.lower()
            for word in capitalised
        )

    def _name_described(self, text: str) -> str:
        """``text`` with the name of an organisation the briefings introduce by a
        description added after that description: "the Russian space agency" → "the Russian
        space agency Roscosmos". Its capitalised words must be there ("the space agency"
        may be NASA), and it must describe one organisation alone ("the Russian agency":
        Roscosmos or TASS)."""
        additions = []
        for match in _DESCRIBED.finditer(text):
            if _ASKED.search(text, 0, match.start("head")):
                continue  # "Which Russian news agency reported it?" asks for its name
            said = self._modifiers(match.group("modifiers"))[0]
            head = match.group("head").lower()
            fitting = {
                name
                for words_, names, noun, name in self._described
                if _same_kind(noun, head) and names <= _last_of(said, words_)
            }
            if len(fitting) == 1 and not any(n in text for n in fitting):
                additions.append((match.end(), fitting.pop()))
        for at, name in reversed(additions):
            text = f"{text[:at]} {name}{text[at:]}"
        return self._name_counterpart(self._name_post(text))

    def _name_post(self, text: str) -> str:
        """ "who's the Russian space boss?" → "who's the Russian space boss of Roscosmos?": a
        post described by the words the briefings introduce one organisation with, its
        country's and at least one other ("space"), is that organisation's post. One post:
        "the American and Russian space chiefs" are two."""
        for match in _DESCRIBED_POST.finditer(text):
            said = self._modifiers(match.group("modifiers"))[0]
            fitting = {
                name
                for words_, names, _, name in self._described
                if names <= (shared := _last_of(said, words_)) and shared - names
            }
            if len(fitting) == 1 and not any(n in text for n in fitting):
                return f"{text[: match.end()]} of {fitting.pop()}{text[match.end() :]}"
        return text

    def _name_counterpart(self, text: str) -> str:
        """ "Who leads Russia's counterpart to the US space agency NASA?" or "… NASA's
        Russian counterpart?" → "Who leads Roscosmos?": the organisation of the same kind
        that the briefings describe as that other country's ("Russian space agency
        Roscosmos"). Not where the question asks for it: "What is the Russian equivalent
        of NASA called?"."""
        for match in _COUNTERPART.finditer(text):
            if _ASKED.search(text, 0, match.start()):
                continue
            country = _country_of((match.group("country") or match.group("country2")).lower())
            end = match.end()
            of: tuple[frozenset[str], frozenset[str], str, str] | None
            if match.group("tail"):  # the first organisation named after "counterpart to"
                named = [
                    (m, d)
                    for d in self._described
                    if (m := re.search(rf"\b{re.escape(d[3])}\b", match.group("tail")))
                ]
                if not named:
                    continue
                at, of = min(named, key=lambda n: n[0].start())
                end = match.start("tail") + at.end()
            else:
                of = next((d for d in self._described if d[3] == match.group("org2")), None)
            if country is None or of is None:
                continue
            words_, capitalised, noun, _ = of
            fitting = {
                name
                for other_words, other_capitalised, other_noun, name in self._described
                if other_capitalised == {country}
                and _same_kind(noun, other_noun)
                and words_ - capitalised <= other_words
            }
            if len(fitting) == 1:
                return f"{text[: match.start()]}{fitting.pop()}{text[end:]}"
        return text

    @staticmethod
    def _modifiers(phrase: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """The words of a description before its noun, in lower case and a country's by its
        own name ("Russia's", "russian" → "russia"); and of those the capitalised ones."""
        out: list[str] = []
        capitalised: set[str] = set()
        for word in phrase.split():
            word = re.sub(r"['’]s$", "", word)
            key = _country_of(word.lower()) or word.lower()
            out.append(key)
            if word[:1].isupper():
                capitalised.add(key)
        return tuple(out), frozenset(capitalised)


_CAPITALISED = re.compile(r"(?<![\w’'\-])[A-Z][a-z]{4,}(?=(?:['’]s)?(?![\w’'\-]))")


@cache
def _place_names() -> frozenset[str]:
    """The one-word names of places a question may type with a slip: every country's
    names, demonyms and capitals ("Moscow", "American"), and the planet ("Earth")."""
    return frozenset(
        {"Earth"} | {n for names in country_names() for n in names if n.isalpha() and len(n) >= 5}
    )


@cache
def _places_named(name: str) -> set[str]:
    """The countries ``name`` is a name of, by their own names ("American": the United
    States and the Northern Mariana Islands); a place that is no country is its own."""
    return {names[0] for names in country_names() if name in names} or {name}


@cache
def _place_meant(word: str) -> str:
    """ "Moscw" → "Moscow", "Americna" → "American", "Earht" → "Earth": a capitalised word
    one slip (a letter left out, added, changed, or two swapped) from the name of exactly
    one place, and no such name itself. "Mars" and "Jupiter" stay: no country's names."""
    names = _place_names()
    if word in names:
        return word
    near = [
        str(n)
        for n, _, _ in process.extract(
            word, names, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=5
        )
        if word != f"{n}s"  # "Frances" is a name of its own, not France
    ]
    # "Americna" is one slip from "American" and from "America": one country, and of its
    # names the one most like what was typed
    if not near or not set.intersection(*(_places_named(n) for n in near)):
        return word
    return max(near, key=lambda n: JaroWinkler.similarity(word, n))


@cache
def _country_of(word: str) -> str | None:
    """The own name of the country ``word`` (lower case) names: "russian" → "russia"."""
    for names in country_names():
        if word in {n.lower() for n in names}:
            return names[0].lower()
    return None


def _last_of(said: tuple[str, ...], words_: frozenset[str]) -> frozenset[str]:
    """The last words of ``said`` that are of ``words_``, passing over one word of rank
    ("national", "state"): ("runs", "russia", "space") and {"russia", "space"} → {"russia",
    "space"}; so is ("russia", "national", "space")."""
    kept: set[str] = set()
    for word in reversed(said):
        if word in _RANKS:
            continue
        if word not in words_:
            break
        kept.add(word)
    return frozenset(kept)


# Words that say what standing an organisation has, not which one it is.
_RANKS = frozenset("national state federal official government main civil civilian".split())
# Nouns for one kind of body: Roscosmos is "the Russian space agency" or "Russia's state
# space corporation".
_BODIES = frozenset(
    "agency corporation organisation organization administration program programme".split()
)


def _same_kind(noun: str, other: str) -> bool:
    """Whether two nouns for an organisation name one kind of it."""
    return noun == other or (noun in _BODIES and other in _BODIES)


def _alternation(names: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``names`` as whole words, the longest first ("United States
    of America" before "United States")."""
    ordered = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
