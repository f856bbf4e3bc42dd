"""Grid-search the ranking weights on the project's own questions; report hit@1 per kind.

Usage: ``.venv/bin/python benchmarks/tune_weights.py [FILE.jsonl ...] [--report FILE]``
(default: ``tests/fixtures/eval/questions.jsonl``). Each question is encoded once; every
weight combination re-ranks the cached signals (``Retriever.signals`` / ``Retriever.rank``),
so the grid of about 3,500 combinations takes about 1.5 minutes. ``--report`` names files
that are only reported for the best combinations (for example the shared dev set), never
tuned on.
A hit is a first quote (the candidate ``Answerer.lead`` opens the answer with, grown to its
quote unit) containing a gold snippet; abstention is not counted here (see ``eval``).
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

from bot.answering import Answerer, quote_unit  # noqa: E402
from bot.evaluation import Item, fold, load_items  # noqa: E402
from bot.retrieval import Signals, Weights  # noqa: E402
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
    "keyword": (0.0, 0.3),
    "tense": (0.0, 0.1),
    "time": (0.0, 0.2),
    "introduces": (0.0, 0.1),
}


def hits(
    answerer: Answerer, cases: list[tuple[Item, Signals]], weights: Weights
) -> dict[str, list[bool]]:
    by_kind: dict[str, list[bool]] = defaultdict(list)
    retriever = answerer.retriever
    corpus = retriever.index.corpus
    for item, signals in cases:
        if not item.answerable:
            continue
        lead = answerer.lead(retriever.rank(signals, weights=weights))
        text = (
            "" if lead is None else " ".join(s.text for s in quote_unit(corpus, lead.sentence_id))
        )
        by_kind[item.kind].append(any(fold(g) in fold(text) for g in item.gold))
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

    answerer = open_answerer(load_settings())
    retriever = answerer.retriever
    tune = [(i, retriever.signals(i.question)) for f in args.files for i in load_items(f)]
    report = [(i, retriever.signals(i.question)) for f in args.report for i in load_items(f)]
    names = [f.name for f in fields(Weights)]
    results = []
    for values in itertools.product(*(GRID[n] for n in names)):
        weights = Weights(**dict(zip(names, values, strict=True)))
        results.append((rate(hits(answerer, tune, weights)), weights))
    results.sort(key=lambda r: -r[0])
    current = Weights()
    for label, weights in [("current", current)] + [
        (f"#{n + 1}", w) for n, (_, w) in enumerate(results[: args.top])
    ]:
        tuned = hits(answerer, tune, weights)
        line = f"{label:8} tuned hit@1 {rate(tuned):.3f}"
        if report:
            line += f"  report hit@1 {rate(hits(answerer, report, weights)):.3f}"
        print(line, " ".join(f"{k}={sum(v)}/{len(v)}" for k, v in sorted(tuned.items())))
        print("         ", weights)


if __name__ == "__main__":
    main()
