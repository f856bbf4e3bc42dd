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

import argparse
import os
import random
import re
from pathlib import Path

from common import answered_right, probe_items

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--questions", type=int, default=300, help="how many to sample")
    parser.add_argument("--skip", nargs="*", default=[], help="eval sets to leave unread")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from bot.answering import Answerer
    from bot.embedder import Embedder
    from bot.index import load
    from bot.lexical import STOPWORDS
    from bot.settings import Settings

    settings = Settings()
    embedder = Embedder(settings.model_name)
    answerer = Answerer(load(Path(settings.index_dir), model_name=embedder.model_name), embedder)
    rng = random.Random(args.seed)

    items = probe_items(args.skip, leave_out_kind="typo")
    rng.shuffle(items)
    typed = kept = 0
    lost: list[str] = []
    for item in items[: args.questions]:
        if not answered_right(answerer.answer(item.question), item.gold):
            continue
        words = [
            m for m in _LONG_WORD.finditer(item.question) if m.group(0).lower() not in STOPWORDS
        ]
        if not words:
            continue
        word = rng.choice(words)
        slipped = one_slip(word.group(0), rng)
        question = item.question[: word.start()] + slipped + item.question[word.end() :]
        typed += 1
        answer = answerer.answer(question)
        if answered_right(answer, item.gold):
            kept += 1
            continue
        said = answer.quotes[0].text[:70] if answer.quotes else f"refused: {answer.reason}"
        lost.append(f"{word.group(0)} → {slipped}: {question!r} → {said}")
    print(f"briefing-bot typo probe — seed {args.seed}, {args.questions} questions sampled")
    print(f"typed with one slip: {typed}; still answered right: {kept} ({kept / typed:.3f})")
    for line in lost:
        print(f"  {line}")


if __name__ == "__main__":
    main()
