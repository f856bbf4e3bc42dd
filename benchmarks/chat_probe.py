"""How well answers survive being typed as chat: read questions answered right, retyped.

What it measures
----------------
Helpers' question sets hold about ten chat questions each, too few to show which habits of
chat the bot cannot read. This script takes the answerable questions of the project's eval
sets (not those of the informal kind), keeps those answered right as written, and retypes
each as a Discord message might be: in lower case, with apostrophes dropped ("whats"),
common words in shorthand ("abt", "w/", "r", "u", "bc", "gonna"), the question mark
dropped or doubled, and an opener or a closer of chat ("ngl", "wait", "lol", "rn"). It
prints how many are still answered right (the top quote holds a gold snippet), and each one
that is not, with what was answered.

Like benchmarks/typo_probe.py, it is a probe of the method, not a score to tune on: each
seed retypes other questions in other ways. Leave a set that is to stay unread out with
``--skip`` (its file's stem).

How to run (from the repository root; the index must be built)::

    .venv/bin/python benchmarks/chat_probe.py [--seed N] [--questions N] [--skip blind41 …]
"""

from __future__ import annotations

import random
import re

from common import run_probe

# Chat's shorthand for common words, as people type it (the bot's own table spells these
# out; this one is kept apart so that the probe does not just mirror it).
SHORTHAND = {
    "about": "abt",
    "with": "w/",
    "are": "r",
    "you": "u",
    "because": "bc",
    "people": "ppl",
    "going to": "gonna",
    "want to": "wanna",
    "probably": "prolly",
    "really": "rly",
    "before": "b4",
    "tomorrow": "tmrw",
    "government": "govt",
}
OPENERS = ("yo ", "ngl ", "wait ", "so ", "ok so ", "hey ", "quick q ", "lol ")
CLOSERS = (" lol", " rn", " tho", " lmao", " 🤔", " pls", " ??")
_CONTRACTION = re.compile(r"\b(\w+)['’](s|re|ll|d|t|ve|m)\b")


def chatted(question: str, rng: random.Random) -> str:
    """``question`` retyped as chat, with each habit applied or not at random."""
    text = question.lower()
    if rng.random() < 0.7:
        text = _CONTRACTION.sub(r"\1\2", text)  # "what's" → "whats", "don't" → "dont"
    for word, short in SHORTHAND.items():
        if rng.random() < 0.5:
            text = re.sub(rf"\b{word}\b", short, text)
    roll = rng.random()
    if roll < 0.5:
        text = text.rstrip("?.! ")
    elif roll < 0.7:
        text = text.rstrip("?.! ") + "??"
    if rng.random() < 0.5:
        text = rng.choice(OPENERS) + text
    if rng.random() < 0.4:
        text = text + rng.choice(CLOSERS)
    return text


def retyped(question: str, rng: random.Random) -> tuple[str, str] | None:
    """``question`` retyped as chat, or None where that changed nothing."""
    text = chatted(question, rng)
    return None if text == question else (text, f"{question!r} → ")


if __name__ == "__main__":
    run_probe("chat", __doc__.split("\n", 1)[0], leave_out_kind="informal", change=retyped)
