"""How well answers survive one typo: read questions answered right, each given one slip.

What it measures
----------------
Helpers' question sets hold ten typo questions each, too few to show which slips the bot
cannot read. This script takes the answerable questions of the project's eval sets (not
those of the typo kind), keeps those answered right as typed, and types one word of five
or more letters in each with one slip: a letter dropped, two neighbours swapped, or one
letter for another. It prints how many are still answered right (the top quote holds a
gold snippet), and each one that is not, with the slip and what was answered.

It is a probe of the method, not a score to tune on: each seed types other slips in other
questions. The twelfth session found with it that a place typed with a slip ("Msocow",
"Earht") was refused as a name the briefing lacks, and that the encoder was given
misspelt words of the language ("runnign") as typed.

How to run (from the repository root; the index must be built)::

    .venv/bin/python benchmarks/typo_probe.py [--seed N] [--questions N] [--skip blind41 …]

``--skip`` leaves out an eval set (by its file's stem) that is to stay unread.
"""

from __future__ import annotations

import random
import re

from common import run_probe

_LONG_WORD = re.compile(r"[A-Za-z]{5,}")


def one_slip(word: str, rng: random.Random) -> str:
    """``word`` with a letter (not its first or last) dropped, swapped with the next, or
    typed as another."""
    at = rng.randrange(1, len(word) - 1)
    slip = rng.choice("dsr")
    if slip == "d":
        return word[:at] + word[at + 1 :]
    if slip == "s":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + rng.choice("aeiourstn") + word[at + 1 :]


def slipped(question: str, rng: random.Random) -> tuple[str, str] | None:
    """``question`` with one slip in one of its longer words, and a note of the slip."""
    from bot.lexical import STOPWORDS

    words = [m for m in _LONG_WORD.finditer(question) if m.group(0).lower() not in STOPWORDS]
    if not words:
        return None
    word = rng.choice(words)
    typed = one_slip(word.group(0), rng)
    return question[: word.start()] + typed + question[word.end() :], f"{word.group(0)} → {typed}: "


if __name__ == "__main__":
    run_probe("typo", __doc__.split("\n", 1)[0], leave_out_kind="typo", change=slipped)
