"""Who a post in a question stands for: "the acting chief" is the briefing's "NASA interim
leader, U.S. Transportation Secretary Sean Duffy".

A question may name someone only by a post, and in other words than the briefing's ("the
acting NASA head", "the stand-in administrator", "the transport secretary"). To the encoder
those words are far from every sentence that names him, and nearer any sentence with a
"chief" in it. :class:`Roles` reads, once, the posts the briefings give each person they
name ("then-NASA Administrator Jim Bridenstine", "Dmitry Bakanov, the current head of
Roscosmos"); a question's post is then read with the name of the one person it fits best
("the acting chief Duffy"), as if the user had written it.

A post is resolved only to a single best-fitting person, never when two fit alike ("the
Roscosmos chief": Bakanov now, Rogozin in 2018), and never where it is what the question
asks for ("Who is the acting NASA head?").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from bot.lexical import stem

# Words for a post, by what they mean: "acting" is the briefing's "interim", "boss" its
# "chief" or "head", "then-" its "former".
_CLASSES = {
    "head": "head chief leader boss administrator director chair chairman chairwoman president ceo",
    "interim": "interim acting stand-in standin temporary caretaker provisional",
    "former": "former then previous ex erstwhile",
    "current": "current new present",
}
_CLASS_OF = {word: name for name, members in _CLASSES.items() for word in members.split()}
# Nouns for a post that are not a head's: "the transport secretary", "the NASA astronaut".
_POSTS = frozenset(
    stem(w)
    for w in """secretary minister senator astronaut cosmonaut commander pilot spokesman
    spokeswoman spokesperson ambassador envoy governor deputy official guy dude""".split()
)
# The words of posts as typed, for reading one typed with a slip ("the actng chief").
_POST_WORDS = tuple(
    sorted(
        {w for members in _CLASSES.values() for w in members.split()}
        | set(
            """secretary minister senator astronaut cosmonaut commander pilot spokesman
            spokeswoman spokesperson ambassador envoy governor deputy official""".split()
        )
    )
)
# Fits anyone with a matching modifier: "the American official", and chat's "the
# transportation guy".
_ANY_POST = frozenset(stem(w) for w in "official guy dude".split())
_ARTICLES = frozenset({"the", "a", "an"})
_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*")
_US = re.compile(r"\bU\.S\.(?=\W|$)|\bU\.S\b")
# A post that is what the question asks for: "Who is the acting NASA head?", "Which Russian
# official …?", "Who is currently the acting head …?", "Which official is the acting head?"
# … after the asking, an adverb, and "serving as": "Who is currently serving as the stand-in
# chief …?" asks for him too ("current": a slip for "currently" corrected to the briefing's word)
_AS_WHO = (
    r"(?:(?:now|still|current|currently|presently|actually|really|even)\s+)?"
    r"(?:(?:serving|acting|working|standing in|filling in)\s+as\s+)?(?:the\s+)?$"
)
_ASKED = re.compile(
    r"\b(?:who(?:'s|’s|s|(?:\s+(?:even|really|actually|exactly))?\s+(?:is|was|are|were|will be))|"
    # "Who held the post of NASA Administrator in 2018?" asks for its holder too
    r"who\s+(?:held|holds|has\s+held|had\s+held|occupied|filled)\s+the\s+"
    r"(?:post|role|position|job|office|seat)\s+of|"
    r"which|"
    # … or set after a quiz's command: "Identify the NASA leader who met Rogozin in 2018"
    r"^\W*(?:(?:please|pls)\W+)?(?:identify|name))\s+" + _AS_WHO,
    re.I,
)
# … and one that a "which" question ends with: "Which US cabinet official is currently
# serving as NASA's acting chief?", not "Which official is the chief going to meet?"
_ASKED_LAST = re.compile(
    r"\bwhich(?:\s+[\w’'\-.]+){1,5}?\s+(?:is|was|are|were|will be)\s+" + _AS_WHO, re.I
)
# … or one that ends a "who" question after a comma: "who's running nasa rn, the interim
# guy?" describes whom it asks for, as the "which" after this does
_ASKED_AFTER = re.compile(
    # (… or offered as a guess: "who's running nasa rn, is it really the transportation guy")
    r"\bwho\b[^,?]{1,60},\s+"
    r"(?:(?:is|was)\s+(?:it|that|he|she)\s+(?:(?:really|actually|just|still)\s+)?)?"
    # (… or after a filler: "who is running NASA, like the interim boss?")
    r"(?:(?:like|i\s+mean|you\s+know|i\.?e\.?|maybe|probably|presumably)\W+)?"
    r"(?:the\s+)?$",
    re.I,
)
# (… with its organisation after it: "Which official is the current head of Roscosmos?")
_ENDS = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))*)?"
    r"(?:\s+(?:now|right now|currently|at the moment|today))?\W*$",
    re.I,
)
# … or one set off by commas after the "which": "Which individual, in his capacity as the
# current head of Roscosmos, will meet Duffy?"
_ASKED_APPOSED = re.compile(
    r"\bwhich(?:\s+[\w’'\-.]+){1,3}?\s*,\s+(?:in\s+(?:his|her|their)\s+(?:capacity|role)\s+)?"
    r"as\s+(?:the\s+)?$",
    re.I,
)
# Words that ask only whether something is so: "Confirm:", "is it true that", "still".
_CONFIRMING = re.compile(
    r"\b(?:confirm(?:ed)?|true|correct|right|really|actually|indeed|still|currently|now|"
    r"fact[\s-]*check|so|it)\b",
    re.I,
)
# A question of now ("Is Rogozin still …?"), and the words (as compared, see _key) of a post
# held now, and of none in particular
_OF_NOW = re.compile(
    r"\b(?:still|now|nowadays|today|currently|current|anymore|these\s+days)\b", re.I
)
_HELD_NOW = frozenset({"current", "interim"})
_NOT_AN_AGENCY = frozenset({"head", "former", "current", "interim"})
# Where a post's modifiers end, reading back from its noun: "the", a question word, a verb
# or a preposition ("What's the acting chief …", "will the US official …").
_STOP = re.compile(
    r"(?i:the|a|an|this|that|who|whom|whose|what|what's|what’s|when|where|why|how|which|is|"
    r"are|was|were|do|does|did|will|would|can|could|has|have|had|with|to|for|of|by|from|"
    r"about|and|or|but|on|in|at|as|some)$"
)
# How many words before a post's noun may be its modifiers: "the former US space agency
# NASA boss" (an organisation's name is added after its description, see aliases).
_MODIFIERS = 6
# A person's name in the briefings: a title's words come just before it.
_NAME = re.compile(r"\b[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)+")
# "Dmitry Bakanov, the current head of Roscosmos", "Sean Duffy, the US Transportation
# Secretary who …": a post told after the name, its noun last or before "of".
_APPOSITION = re.compile(
    r"\s*,\s+(?:the\s+|a\s+|an\s+)?(?P<post>(?:[\w’'\-.]+\s+){0,4}?[\w’'\-.]+?)"
    r"(?:\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w\-]*)|(?=\s*[,.;“”]|\s+(?:who|on|in|at|for|with)\b|$))"
)


def respell_posts(question: str, known: Container[str]) -> str:
    """ "the actng administrator" → "the acting administrator": a word typed one slip (a
    letter left out, added or typed for another, or two swapped) from exactly one word of a
    post, when it is no word of ``known`` ("dating" stays). Without it the post is not read
    as its holder, and the question is compared with words that mean nothing."""

    def respelt(match: re.Match[str]) -> str:
        typed = match.group(0)
        lowered = typed.lower()
        if lowered in known or lowered in _POST_WORDS:
            return typed
        found = [w for w in _POST_WORDS if DamerauLevenshtein.distance(lowered, w) == 1]
        if len(found) != 1:
            return typed
        return found[0].capitalize() if typed[0].isupper() else found[0]

    return _SLIPPED.sub(respelt, question)


_SLIPPED = re.compile(r"(?<![\w’'\-])[A-Za-z]{4,}(?![\w’'\-])")


@lru_cache(maxsize=4096)  # the same words come back in every question
def _key(word: str) -> str:
    """A word of a post as compared: its class ("acting" → "interim") or its stem."""
    lowered = word.lower().strip("’'")
    lowered = re.sub(r"['’]s$", "", lowered)
    return _CLASS_OF.get(lowered, stem(lowered))


def _is_post(word: str) -> bool:
    key = _key(word)
    return key == "head" or key in _POSTS


class Roles:
    """The posts the briefings give the people they name, and who a question's post is."""

    def __init__(self, texts: Iterable[str], people: Iterable[str]) -> None:
        surnames = {p.lower() for p in people}
        self._posts: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            text = _US.sub("US", text)
            for match in _NAME.finditer(text):
                # "Transportation Secretary Sean Duffy": a capitalised post, then the name
                *post, _, surname = ["", *match.group(0).split()]
                if surname.lower() not in surnames:
                    continue
                before = text[: match.start()] + " ".join(post)
                self._posts[surname].update(self._before(before))
                self._posts[surname].update(self._after(text[match.end() :]))
        self._posts = {name: keys for name, keys in self._posts.items() if _has_post(keys)}

    @staticmethod
    def _before(text: str) -> set[str]:
        """A post's words just before a name: "NASA interim leader, U.S. Transportation
        Secretary" before "Sean Duffy"; back to the first word that is no part of one."""
        keys: set[str] = set()
        for word in reversed(re.split(r"[\s\-]+", text.rstrip())):
            if word.endswith(",") and not _is_post(word.rstrip(",")):
                break  # "NASA pilot Marcus Oyelaran, Japanese astronaut …": his, not hers
            word = word.rstrip(",")
            if not word:
                continue
            key = _key(word)
            if key in _CLASS_OF.values() or key in _POSTS or word[:1].isupper():
                keys.add(key)
            else:
                break
        return keys

    @staticmethod
    def _after(text: str) -> set[str]:
        """ "…, the current head of Roscosmos": the post told after a name."""
        match = _APPOSITION.match(text)
        if match is None:
            return set()
        said = match.group("post").split()
        if not said or not _is_post(said[-1]):
            return set()  # no post, or cut short: "…, a former Navy pilot on her second flight"
        keys = {_key(w) for w in said}
        if match.group("org"):
            keys.add(_key(match.group("org")))
        return keys

    def name(
        self,
        question: str,
        prefer: frozenset[str] = frozenset(),
        *,
        then: bool = False,
        now: bool = False,
    ) -> str:
        """``question`` with the surname of the person each post in it stands for added
        after the post ("the acting chief" → "the acting chief Duffy"). Where two fit
        alike, the one of them in ``prefer`` (lower-case surnames), if only one is. A
        question that asks of a time gone by (``then``: "the NASA chief at the 2018
        meeting") reads each post as if it said "former" too ("then-NASA Administrator");
        one that asks of now (``now``: "where's the nasa guy going?") reads it as its holder's
        now, not the "then-" one's."""
        question = _US.sub("US", question)
        for at, person in reversed(self._additions(question, prefer, then, now)):
            question = f"{question[:at]} {person}{question[at:]}"
        return question

    def holders(
        self,
        question: str,
        prefer: frozenset[str] = frozenset(),
        *,
        then: bool = False,
        now: bool = False,
    ) -> list[str]:
        """The surnames of the people the posts in ``question`` stand for, in order."""
        additions = self._additions(_US.sub("US", question), prefer, then, now)
        return [person for _, person in additions]

    def only_posts(self, question: str) -> bool:
        """Whether every word of ``question`` (but "the", "of" …) belongs to the posts of
        the people its posts stand for: "NASA interim leader Transportation Secretary" is
        one post, Duffy's; "Roscosmos chief 2018 meeting venue" asks about more."""
        holders = self.holders(question)
        words = [w for w in _TOKEN.findall(_US.sub("US", question)) if not _STOP.match(w)]
        posts = frozenset().union(*(self.post_words(h) for h in holders))
        return bool(holders) and all(_key(w) in posts for w in words)

    def asks_if_holds(self, question: str) -> str | None:
        """The surname of the person a question asks whether they hold a post, naming both:
        "Is Sean Duffy the interim head of NASA?", "Confirm: Duffy is NASA's acting chief".
        Such a question is answered where the briefing introduces them by that post. None
        for a question that asks more ("Is Duffy, the acting chief, meeting Bakanov?")."""
        for surname in self._posts:
            # the person's name, and words that only ask for confirmation, left out
            name = rf"\b(?:[A-Z][\w’'\-]*\s+)?{re.escape(surname)}(?:['’]s)?\b"
            rest = re.sub(name, " ", question, flags=re.I)
            if rest == question:
                continue
            rest = _CONFIRMING.sub(" ", rest)
            if surname.lower() in (h.lower() for h in self.holders(rest)) and self.only_posts(rest):
                return surname
        return None

    def successor(self, question: str) -> str | None:
        """The surname of who holds now the post that a question asks whether one who held
        it before still holds: "Is Dmitry Rogozin still in charge of Roscosmos?" →
        "Bakanov" (", the current head of Roscosmos"). Such a question is answered where the
        briefing introduces the one who holds it now. None for a question that does not ask
        of now, or names no one who held a post only before."""
        if not _OF_NOW.search(question):
            return None
        for surname, keys in self._posts.items():
            if keys & _HELD_NOW or not re.search(rf"\b{re.escape(surname)}\b", question, re.I):
                continue
            if not {_key(t.group(0)) for t in _TOKEN.finditer(question)} & keys:
                continue  # "Is Rogozin still alive?" asks of no post
            # of the same agency ("roscosmo"), held now ("current", "interim")
            now = [
                other
                for other, theirs in self._posts.items()
                if other != surname and theirs & _HELD_NOW and (theirs & keys) - _NOT_AN_AGENCY
            ]
            if len(now) == 1:
                return now[0]
        return None

    def post_words(self, surname: str) -> frozenset[str]:
        """The words (as compared, see _key) of the posts the briefings give a person:
        "bakanov" → {"current", "head", "roscosmo"}."""
        return frozenset(
            word
            for name, words in self._posts.items()
            if name.lower() == surname.lower()
            for word in words
        )

    def _additions(
        self,
        question: str,
        prefer: frozenset[str] = frozenset(),
        then: bool = False,
        now: bool = False,
    ) -> list[tuple[int, str]]:
        """Where to add whose surname, after each post that stands for one person."""
        tokens = list(_TOKEN.finditer(question))
        # (a name in the possessive is named: "Duffy's day job as Transportation Secretary")
        asked = {re.sub(r"['’]s$", "", t.group(0).lower()) for t in tokens}
        additions: list[tuple[int, str]] = []
        for i, token in enumerate(tokens):
            word = token.group(0)
            if not _is_post(word) or _is_plural_post(word):
                continue
            if i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isupper():
                continue  # "the acting chief Sean Duffy": named already
            modifiers: list[str] = []
            j = i - 1
            while j >= 0 and len(modifiers) < _MODIFIERS and not _STOP.match(tokens[j].group(0)):
                modifiers.append(tokens[j].group(0))
                j -= 1
            if j >= 0 and tokens[j].group(0).lower() == "some":
                continue  # "heard it's some transportation guy": who is not yet known
            # "Who is the acting NASA head meeting?" asks whom he meets; "who's the nasa guy
            # doing the russia talks" asks who does them
            doing = (
                i + 1 < len(tokens)
                and tokens[i + 1].group(0).lower().endswith("ing")
                and not (i + 2 < len(tokens) and tokens[i + 2].group(0).lower() in _ARTICLES)
            )
            before = question[: tokens[j + 1].start()]
            if _ASKED.search(before) and not doing:
                continue  # "Who is the acting NASA head?" asks for him
            if (_ASKED_LAST.search(before) or _ASKED_AFTER.search(before)) and _ENDS.match(
                question, token.end()
            ):
                continue
            if _ASKED_APPOSED.search(before):
                continue
            person = self._who(_key(word), {_key(m) for m in modifiers}, prefer, then, now)
            if person is not None and person.lower() not in asked:
                # "the transport secretary's job" → "the transport secretary Duffy's job"
                possessive = re.search(r"['’]s$", word)
                additions.append((token.end() - (2 if possessive else 0), person))
        return additions

    def _who(
        self,
        noun: str,
        modifiers: set[str],
        prefer: frozenset[str] = frozenset(),
        then: bool = False,
        now: bool = False,
    ) -> str | None:
        """The one person whose posts fit ``noun`` and most of ``modifiers``; for a post
        without modifiers ("the chief"), only if one person holds such a post at all. Of
        several that fit alike, the one in ``prefer``, if only one is. Asked of a time gone
        by (``then``), a post read as "former" too, if the question's own words fit it; asked
        of now (``now``), not one held only then."""
        fitting = {
            name: len(keys & modifiers)
            for name, keys in self._posts.items()
            if noun in _ANY_POST or noun in keys
        }
        if then:
            # One who held such a post then fits it, though none of the question's words
            # name him, when another's do: "the American administrator in 2018" may be the
            # "then-NASA Administrator", not only the U.S. Transportation Secretary. A post
            # only the time fits ("its chief") is still no one's.
            named = any(score > 0 for score in fitting.values())
            fitting = {
                name: score + ("former" in self._posts[name])
                for name, score in fitting.items()
                if score > 0 or (named and "former" in self._posts[name])
            }
        if not fitting:
            return None
        best = max(fitting.values())
        winners = [name for name, score in fitting.items() if score == best]
        if now and "former" not in modifiers:
            # "where's the nasa guy going?" is the interim chief, not the "then-NASA
            # Administrator"
            winners = [n for n in winners if "former" not in self._posts[n]] or winners
        preferred = [name for name in winners if name.lower() in prefer]
        if len(winners) > 1 and len(preferred) == 1 and best > 0:
            return preferred[0]
        if len(winners) != 1 or (best == 0 and (noun in _ANY_POST or len(fitting) > 1)):
            return None
        return winners[0]


def post_before(question: str, at: int) -> int:
    """Where the post told just before ``at`` begins ("What did |the interim NASA chief
    Duffy say?"), or ``at`` itself when no post comes just before it."""
    tokens = list(_TOKEN.finditer(question, 0, at))
    if not tokens or not _is_post(tokens[-1].group(0)) or question[tokens[-1].end() : at].strip():
        return at
    j = len(tokens) - 2
    while j >= 0 and len(tokens) - 2 - j < _MODIFIERS and not _STOP.match(tokens[j].group(0)):
        j -= 1
    if j >= 0 and tokens[j].group(0).lower() in {"the", "a", "an"}:
        return tokens[j].start()
    return tokens[j + 1].start()


def _is_plural_post(word: str) -> bool:
    """ "heads", "officials": several people, not one to name."""
    lowered = word.lower()
    if re.search(r"['’]s$", lowered) or lowered.endswith("ss"):
        return False  # "the secretary's", "the boss"
    return lowered.endswith("s") and _is_post(lowered[:-1])


def _has_post(keys: set[str]) -> bool:
    return "head" in keys or bool(keys & _POSTS)
