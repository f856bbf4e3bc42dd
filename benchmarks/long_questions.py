"""Answer time for long and repetitive questions, against a long plain one of equal length.

What it measures
----------------
The question-reading rules are regular expressions and word loops. A rule written as
"what … was … agreed" with two ``.*`` took 13 s on a 4,000-character question of "what was "
repeated (cubic backtracking), and a post repeated 250 times ("the acting chief …") took
2.2 s; both were fixed in the seventh session. This script keeps them honest: it answers
shapes that stress each rule, each cut to ``--chars`` characters, and a floor question of
the same length made of plain words, timed back to back (order alternating), and prints
the median of each and its ratio to the floor's median.

How to run (from the repository root; the index must be built)::

    .venv/bin/python benchmarks/long_questions.py [--chars N] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import common  # noqa: F401  (makes `bot` importable when run as a script)

SHAPES = {
    "what was …": "what was ",
    "what … agreed": "what did " + "was " * 400 + "agreed",
    "which … in particular": "Which " + "in particular " * 400,
    "was discussed at …": "was discussed at ",
    "the acting chief …": "the acting chief ",
    "what did the acting chief say about …": "What did the acting chief say about ",
    "Who runs the Russian space agency …": "Who runs the Russian space agency ",
    "What did Duffy say about Ukraine …": "What did Duffy say about Ukraine and ",
    "When … since 2018": "When is the meeting since 2018 ",
}
FLOOR = "plain words about nothing much "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--chars", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from bot.answering import Answerer
    from bot.embedder import Embedder
    from bot.index import load
    from bot.settings import Settings

    settings = Settings()
    embedder = Embedder(settings.model_name)
    index = load(Path(settings.index_dir), model_name=embedder.model_name)
    answerer = Answerer(index, embedder)
    answerer.max_question_chars = args.chars  # the longest a deployment may allow
    answerer.answer("warm up")

    def cut(seed: str) -> str:
        return (seed * (args.chars // len(seed) + 1))[: args.chars]

    def timed(question: str) -> float:
        start = time.perf_counter()
        answerer.answer(question)
        return (time.perf_counter() - start) * 1000

    floor_question = cut(FLOOR)
    print(f"briefing-bot long questions — {args.chars} characters, median of {args.repeat}")
    print(f"{'shape':42} {'ms':>8} {'floor ms':>9} {'ratio':>6}")
    for name, seed in SHAPES.items():
        question = cut(seed)
        mine: list[float] = []
        floor: list[float] = []
        for round_ in range(args.repeat):
            pair = [(mine, question), (floor, floor_question)]
            for times, asked in pair if round_ % 2 == 0 else reversed(pair):
                times.append(timed(asked))
        m, f = statistics.median(mine), statistics.median(floor)
        print(f"{name:42} {m:8.1f} {f:9.1f} {m / f:6.2f}")


if __name__ == "__main__":
    main()
