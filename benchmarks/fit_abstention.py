"""Fit the abstention model on the project's own questions, and show how it generalises.

Usage: ``.venv/bin/python benchmarks/fit_abstention.py [FILE.jsonl]`` (default: the
project's own ``tests/fixtures/eval/questions.jsonl``; never the shared dev set, which is
kept for reporting).

It computes each question's features with the real retriever (see
``bot.retrieval.FEATURES``), fits a class-balanced logistic regression (answerable vs.
not), prints 5-fold cross-validated false abstentions and answered off-topic questions at
several thresholds, and the coefficients to paste into ``bot/retrieval.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluation import load_items  # noqa: E402
from bot.retrieval import FEATURES  # noqa: E402
from bot.service import open_answerer  # noqa: E402
from bot.settings import load_settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "file", nargs="?", type=Path, default=ROOT / "tests/fixtures/eval/questions.jsonl"
    )
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args()

    answerer = open_answerer(load_settings())
    items = load_items(args.file)
    rows, labels, vetoed = [], [], []
    for item in items:
        retrieval = answerer.retriever.retrieve(item.question)
        rows.append([retrieval.features[name] for name in FEATURES])
        labels.append(item.answerable)
        vetoed.append(answerer.lead(retrieval) is None)
    x, y, veto = np.array(rows), np.array(labels), np.array(vetoed)

    model = LogisticRegression(C=args.C, class_weight="balanced", max_iter=5000)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    p = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
    print(f"{len(y)} questions: {y.sum()} answerable, {(~y).sum()} not (5-fold CV)")
    print("threshold  false-abstentions  answered-unanswerable")
    for threshold in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        abstain = (p < threshold) | veto
        print(
            f"{threshold:9.2f}  {int((abstain & y).sum()):>6}/{int(y.sum()):<10}"
            f"  {int((~abstain & ~y).sum()):>6}/{int((~y).sum())}"
        )
    model.fit(x, y)
    print("\n_ABSTAIN_COEF = {")
    for name, value in zip(FEATURES, model.coef_[0], strict=True):
        print(f'    "{name}": {value:.3f},')
    print("}")
    print(f"_ABSTAIN_INTERCEPT = {model.intercept_[0]:.3f}")


if __name__ == "__main__":
    main()
