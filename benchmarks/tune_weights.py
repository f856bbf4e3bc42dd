"""Grid-search the ranking weights on the project's own questions; report hit@1 per kind.

Usage: ``.venv/bin/python benchmarks/tune_weights.py [FILE.jsonl ...] [--report FILE]``
(default: ``tests/fixtures/eval/questions.jsonl``). Each question is encoded once; every
weight combination re-ranks the cached signals (``Retriever.signals`` / ``Retriever.rank``),
so a grid of hundreds of combinations takes seconds. ``--report`` names files that are only
reported for the best combinations (for example the shared dev set), never tuned on.
A hit is a top quote (the top sentence grown to its quotation) containing a gold snippet.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answering import quote_unit  # noqa: E402
from bot.evaluation import Item, fold, load_items  # noqa: E402
from bot.retrieval import Retriever, Signals, Weights  # noqa: E402
from bot.service import open_answerer  # noqa: E402
from bot.settings import load_settings  # noqa: E402

GRID = {
    "sentence": (0.25, 0.5),
    "context": (0.0, 0.25, 0.5),
    "passage": (0.25, 0.5),
    "window": (0.5, 1.0),
    "late": (0.25, 0.5, 1.0),
    "answer_type": (0.1, 0.2, 0.3, 0.4),
    "speaker": (0.1, 0.2, 0.3),
}


def hits(
    retriever: Retriever, cases: list[tuple[Item, Signals]], weights: Weights
) -> dict[str, list[bool]]:
    by_kind: dict[str, list[bool]] = defaultdict(list)
    corpus = retriever.index.corpus
    for item, signals in cases:
        if not item.answerable:
            continue
        top = retriever.rank(item.question, signals, weights=weights).candidates[0]
        text = fold(" ".join(s.text for s in quote_unit(corpus, top.sentence_id)))
        by_kind[item.kind].append(any(fold(g) in text for g in item.gold))
    return by_kind


def rate(by_kind: dict[str, list[bool]]) -> float:
    values = [v for vs in by_kind.values() for v in vs]
    return sum(values) / len(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", type=Path, default=[ROOT / "tests/fixtures/eval/questions.jsonl"]
    )
    parser.add_argument("--report", nargs="*", type=Path, default=[])
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()

    retriever = open_answerer(load_settings()).retriever
    tune = [(i, retriever.signals(i.question)) for f in args.files for i in load_items(f)]
    report = [(i, retriever.signals(i.question)) for f in args.report for i in load_items(f)]
    names = [f.name for f in fields(Weights)]
    results = []
    for values in itertools.product(*(GRID[n] for n in names)):
        weights = Weights(**dict(zip(names, values, strict=True)))
        results.append((rate(hits(retriever, tune, weights)), weights))
    results.sort(key=lambda r: -r[0])
    current = Weights()
    for label, weights in [("current", current)] + [
        (f"#{n + 1}", w) for n, (_, w) in enumerate(results[: args.top])
    ]:
        tuned = hits(retriever, tune, weights)
        line = f"{label:8} tuned hit@1 {rate(tuned):.3f}"
        if report:
            line += f"  report hit@1 {rate(hits(retriever, report, weights)):.3f}"
        print(line, " ".join(f"{k}={sum(v)}/{len(v)}" for k, v in sorted(tuned.items())))
        print("         ", weights)


if __name__ == "__main__":
    main()
