"""Lexical matching: tokens, stems, typo-tolerant names, and vocabulary coverage.

The dense model is good at paraphrase but weak on names, numbers and rare words
("Crew-11", "Baikonur", a misspelt "Bakanof"); this side of the hybrid covers those.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can could did do does doing don't down
    during each few for from further had has have having he her here hers herself him
    himself his how i if in into is it its itself just let me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should
    so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves s t ll re ve d m tell
    know say said says anything something thing things whats what's who's where's hey hi
    please thanks rn u ur ya yeah ok okay go going get got give explain describe happen
    happens happening does doing mean meant via much many lot kind sort like really
    actually exactly basically per
    lol lmao tho nah gonna wanna gotta tryna yo irl btw idk pls plz bro um uh hmm imo tbh
    ngl fr tf omg
    """.split()  # the last two lines: chat filler ("is duffy gonna stay lol")
)
# Chat interjections, which say nothing about what is asked, typed in lower case: left in,
# "so what r they gonna talk about lol" reads to the encoder as far from every sentence
# (see without_interjections).
_INTERJECTION = re.compile(
    r"\s*\b(?:lol|lmao|lmfao|rofl|haha|hahaha|ngl|smh|fr|pls|plz|bro|yo|tbh|imo|idk|btw|tf|omg|tho|rn)\b"
    r"[!?.]*"
)
# Two capitalised words in a row, the first kept whole: "International Space Station"
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+(?=([A-Z][a-z]+)\b)")
# how like a name's word a word typed in its place must be (fuzz.ratio): one letter of
# "Internacional" (92) or "Capital Hill" (86) is wrong
_NAME_PART_CUTOFF = 85.0
_TOKEN = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_stemmer = snowballstemmer.stemmer("english")
# fuzz.ratio points within which two corrections of a typo are near ties
_NEAR_TIE = 6.0


def words(text: str) -> list[str]:
    """Lower-case words; possessive 's dropped; hyphenated words kept whole *and* split."""
    text = text.lower().translate(_APOSTROPHES).replace("'s ", " ").replace("'", "")
    out: list[str] = []
    for token in _TOKEN.findall(text):
        out.append(token)
        if "-" in token:
            out.extend(token.split("-"))
    return out


def without_interjections(text: str) -> str:
    """``text`` without chat interjections ("lol", "ngl", "tbh"), for the encoder; the text
    itself if it is nothing else."""
    stripped = _INTERJECTION.sub("", text).strip(" ,")
    return stripped or text


def stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


def is_content_piece(piece: str) -> bool:
    """Whether a word piece of the embedding model's tokenizer carries meaning."""
    word = piece.removeprefix("##")
    return bool(word) and word[0].isalnum() and (piece.startswith("##") or word not in STOPWORDS)


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning (not stop words)."""
    return [w for w in words(text) if w not in STOPWORDS]


class Vocabulary:
    """The words of the briefings, for typo correction and coverage.

    ``dictionary`` holds words of the language (the embedding model's vocabulary): a query
    word found there is spelt right even if the briefings never use it, so "hard" is not
    "corrected" to the briefing's "shared", nor "goal" to "global" (it may still take the
    briefing's inflection: "announce" → "announced").
    """

    def __init__(self, texts: Iterable[str], dictionary: frozenset[str] = frozenset()) -> None:
        self._dictionary = dictionary
        counts: Counter[str] = Counter()
        documents = 0
        doc_freq: Counter[str] = Counter()
        texts_seen = list(texts)
        for text in texts_seen:
            documents += 1
            tokens = content_words(text)
            counts.update(tokens)
            doc_freq.update({stem(t) for t in tokens})
        self.words = sorted(counts)
        self._word_set = frozenset(self.words)
        # Neighbouring words of the briefings' names, in lower case: ("international",
        # "space"). See _name_part.
        self._name_pairs = frozenset(
            (m.group(1).lower(), m.group(2).lower())
            for text in texts_seen
            for m in _NAME_PAIR.finditer(text)
        )
        self.stems = frozenset(stem(w) for w in self.words)
        self._documents = max(documents, 1)
        self._doc_freq = doc_freq
        # Only longer words are candidates for typo correction: short ones match too much.
        self._fuzzy_targets = [w for w in self.words if len(w) >= 4 and not w.isdigit()]
        # the dictionary's longer words by first letter, for spelt(), sorted when first used
        self._by_initial: dict[str, list[str]] | None = None
        # One question is read several times (for the answer type, its words, a heading):
        # each word is respelt once.
        self._respelt = lru_cache(maxsize=4096)(self._respell)

    def idf(self, stemmed: str) -> float:
        """Smoothed inverse document frequency; unseen stems get the highest value."""
        df = self._doc_freq.get(stemmed, 0)
        return math.log((self._documents + 1) / (df + 0.5))

    def correct(self, word: str, *, acronym: bool = False) -> str | None:
        """The briefing word that ``word`` is a plausible typo of, if any.

        Short words match too much to correct, except acronyms typed in capitals
        ("TAS" → "TASS").
        """
        if len(word) < (3 if acronym else 4) or word.isdigit():
            return None
        cutoff = 85.0 if len(word) < 4 else _typo_cutoff(word)
        found = [
            m
            for m in process.extract(
                word, self._fuzzy_targets, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
            )
            # two letters more or less are too many for a short word: "Nasdaq" is no "NASA"
            if len(m[0]) > 5 or abs(len(m[0]) - len(word)) <= 1
        ]
        # Of near ties, the one that keeps the word's start: "Baikanor" is "Baikonur", not
        # "Bakanov", which fuzz.ratio scores a little higher.
        match = max(
            (m for m in found if m[1] >= found[0][1] - _NEAR_TIE),
            key=lambda m: JaroWinkler.similarity(word, m[0]),
            default=None,
        )
        if match is None and acronym:
            # "TAAS", "TSAS" for "TASS": one letter wrong, doubled or swapped in an acronym,
            # which fuzz.ratio scores low for want of letters
            near = [
                t for t in self._fuzzy_targets if t[0] == word[0] and abs(len(t) - len(word)) <= 1
            ]
            close = [t for t in near if DamerauLevenshtein.distance(word, t) <= 1]
            return close[0] if len(close) == 1 else None
        if match is None:
            return None
        # A word of the language is only put in the briefing's form of itself ("announce"
        # → "announced"), never turned into another word; a form of one only into a word
        # of its first letter, which a typo seldom changes ("meating" is "meeting", but
        # "wording" no "according")
        if word in self._dictionary and stem(match[0]) != stem(word):
            return None
        if _inflected(word, self._dictionary) and match[0][0] != word[0]:
            return None
        return str(match[0])

    def normalise(self, text: str) -> list[str]:
        """Stems of the content words of a query, each typo corrected to the vocabulary."""
        stems = []
        for word in content_words(text):
            stemmed = stem(word)
            if stemmed not in self.stems:
                fixed = self.correct(word)
                if fixed is not None:
                    stemmed = stem(fixed)
            stems.append(stemmed)
        return stems

    def correct_text(self, text: str, *, names_only: bool = False) -> str:
        """``text`` with each misspelt word replaced by the briefing word it stands for.

        The embedding model sees "Bakanof" as noise; "Bakanov" it knows from the index.
        With ``names_only``, words of the language keep their form ("launched" is not put
        in the briefing's "launch"): for reading what is asked, where tense counts.
        """

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            # (only a capitalised word may be part of a name: no look ahead for the rest)
            following = word[:1].isupper() and re.match(r"\s+([A-Z][a-z]+)", text[match.end() :])
            if following and (part := self._name_part(word, following.group(1))):
                return part
            whole = fix_word(word)
            if "-" in word and (whole == word or "-" not in whole):
                # "US-Russia relations": each part as a word, not the whole as one of them
                # ("Russia"); "cross-flght" is still the briefing's "cross-flight"
                return "-".join(fix_word(part) for part in word.split("-"))
            return whole

        def fix_word(word: str) -> str:
            if len(word) < 3 or (len(word) == 3 and not word.isupper()):
                return word  # short words match too much; a 3-letter acronym may be misspelt
            lowered = word.lower()
            if lowered in STOPWORDS or lowered in self._word_set:
                return word
            if names_only and lowered in self._dictionary:
                return word
            fixed = self.correct(lowered, acronym=word.isupper())
            # A word whose stem the briefings know is only respelt to a form with that same
            # stem: "Roscosmo" (stem "roscosmo", like "Roscosmos") becomes "Roscosmos", but
            # "leading" is not turned into "leader".
            if fixed is None or (stem(lowered) in self.stems and stem(fixed) != stem(lowered)):
                return word
            if word.isupper():
                return fixed.upper()
            return fixed.capitalize() if word[0].isupper() else fixed

        # Whole words of letters (hyphenated ones too), not the "Crew" of "Crew-11".
        return re.sub(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])", fix, text)

    def _name_part(self, word: str, following: str) -> str | None:
        """A capitalised word of a name spelt as another word, in the briefing's form:
        "Internacional" before "Space" is the briefings' "International", and "Capital"
        before "Hill" their "Capitol", though both are words of the model's vocabulary and
        so otherwise left alone. Only beside the next word of that name, in capitals."""
        lowered = word.lower()
        if not word[:1].isupper() or len(word) < 6 or lowered in self._word_set:
            return None
        found = process.extractOne(
            lowered, self._fuzzy_targets, scorer=fuzz.ratio, score_cutoff=_NAME_PART_CUTOFF
        )
        if found is None or (found[0], following.lower()) not in self._name_pairs:
            return None
        return str(found[0]).capitalize()

    def spelt(self, text: str) -> str:
        """``text`` with each long word that is neither the briefings' nor the language's
        respelt as the word of the language it is a plausible typo of: "in particluar" →
        "in particular", "acording to the headlne" → "according to the headline". Applied
        after :meth:`correct_text`, which puts the briefings' own words right first."""
        if not self._dictionary:
            return text
        return re.sub(r"(?<![\w-])[a-z]+(?![\w-])", lambda m: self._respelt(m.group(0)), text)

    def _respell(self, word: str) -> str:
        """One lower-case word of :meth:`spelt`, respelt or as typed."""
        if word in self._dictionary or word in self._word_set:
            return word
        # a letter typed twice: "jobb", "meetting"
        single = _DOUBLED.sub(r"\1", word)
        if single != word and single in self._dictionary:
            return single
        if len(word) < 6:
            return word
        # … nor another form or spelling of a known word: "cooperating", "characterise"
        american = _BRITISH.sub(lambda m: _AMERICAN[m.group(0)], word)
        if stem(word) in self.stems or any(
            w in self._dictionary or _inflected(w, self._dictionary) for w in {word, american}
        ):
            return word
        if self._by_initial is None:
            self._by_initial = {}
            for known in sorted(w for w in self._dictionary if len(w) >= 5):
                self._by_initial.setdefault(known[0], []).append(known)
        candidates = self._by_initial.get(word[0], [])
        found = process.extract(
            word, candidates, scorer=fuzz.ratio, score_cutoff=_SPELLING_CUTOFF, limit=5
        )
        if found:
            # Of words as near, one the briefings use: "exploing" is their "exploring",
            # not "exploding".
            best = [str(w) for w, score, _ in found if score == found[0][1]]
            return next((w for w in best if stem(w) in self.stems), best[0])
        # One slip that fuzz.ratio scores low: two letters swapped ("runnign", "natoinal") or
        # one typed for another ("officral"), when it leads to one word only.
        slips = process.extract(
            word, candidates, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=2
        )
        return str(slips[0][0]) if len(slips) == 1 else word

    def coverage(self, stems: Sequence[str]) -> float:
        """The IDF-weighted share of query stems that the briefings contain (0 to 1)."""
        if not stems:
            return 0.0
        total = sum(self.idf(s) for s in stems)
        found = sum(self.idf(s) for s in stems if s in self.stems)
        return found / total if total else 0.0


def _inflected(word: str, dictionary: frozenset[str]) -> bool:
    """Whether ``word`` is an inflection of a word of ``dictionary``, or has one there:
    "cooperating" (cooperate), "stopped" (stop), "agencies" (agency). The embedding model's
    vocabulary holds one or two forms of most words."""
    if any(word + suffix in dictionary for suffix in ("s", "d", "ed", "es", "ing")):
        return True  # the vocabulary has another form only: "characterise" (characterised)
    for suffix in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        base = word[: -len(suffix)]
        if (
            base in dictionary
            or base + "e" in dictionary
            or base + "y" in dictionary
            or (base[-1] == base[-2] and base[:-1] in dictionary)  # "stopped"
        ):
            return True
    return False


# British spellings, of which the model's vocabulary mostly has the American:
# "characterise", "organisation", "honour", "centre".
_AMERICAN = {"is": "iz", "our": "or", "tre": "ter", "ys": "yz"}
_BRITISH = re.compile(r"(?:is|ys)(?=e[sd]?$|ing$|ation)|our(?=s?$|ed$|ing$|able$)|tre(?=s?$)")
_SUFFIXES = ("s", "es", "ies", "ed", "ied", "d", "ing", "er", "ers", "ly", "ment", "ments")
_DOUBLED = re.compile(r"([a-z])\1")
# A typo of a word of the language (not a name): one letter wrong in "particluar" (90).
_SPELLING_CUTOFF = 88.0


def _typo_cutoff(word: str) -> float:
    # One edit in a 5-letter word is ratio 80; allow a little more slack for longer names.
    return 80.0 if len(word) <= 6 else 75.0
