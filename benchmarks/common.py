"""What the benchmark scripts share: where the questions are, and how to read them."""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEV_EVAL = REPO_ROOT.parent / "shared" / "eval" / "dev.jsonl"
FIXTURE_EVAL = REPO_ROOT / "tests" / "fixtures" / "eval" / "questions.jsonl"

if str(REPO_ROOT) not in sys.path:  # run as a script: make `bot` importable
    sys.path.insert(0, str(REPO_ROOT))


def default_questions_file() -> Path:
    """The shared dev set where it lies beside the checkout, else the project's own."""
    return DEV_EVAL if DEV_EVAL.is_file() else FIXTURE_EVAL


def load_questions(path: Path) -> list[str]:
    """The ``question`` field of every item of a JSON-lines eval file."""
    from bot.evaluation import load_items  # after the sys.path set-up above

    questions = [item.question for item in load_items(path)]
    if not questions:
        raise SystemExit(f"error: {path} holds no questions")
    return questions


EVAL_DIR = REPO_ROOT / "tests" / "fixtures" / "eval"
# How a probe changes one question: the question as changed and a note of what changed,
# or None to leave the question out.
Change = Callable[[str, random.Random], "tuple[str, str] | None"]


def run_probe(name: str, description: str, leave_out_kind: str, change: Change) -> None:
    """A probe of the method (see benchmarks/typo_probe.py): take the answerable questions
    with gold quotes of every eval set in tests/fixtures/eval (but those of
    ``leave_out_kind``, the kind the probe imitates, and the sets named with ``--skip``, to
    keep a set unread), keep those answered right as written, ``change`` each, and print
    how many are still answered right and each one that is not."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--questions", type=int, default=300, help="how many to sample")
    parser.add_argument("--skip", nargs="*", default=[], help="eval sets to leave unread")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from bot.answering import Answer, Answerer
    from bot.embedder import Embedder
    from bot.evaluation import load_items
    from bot.index import load
    from bot.settings import Settings

    def right(answer: Answer, gold: list[str]) -> bool:
        return bool(answer.quotes) and any(g in answer.quotes[0].text for g in gold)

    settings = Settings()
    embedder = Embedder(settings.model_name)
    answerer = Answerer(load(Path(settings.index_dir), model_name=embedder.model_name), embedder)
    rng = random.Random(args.seed)
    items = [
        item
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        if path.stem not in args.skip
        for item in load_items(path)
        if item.answerable and item.kind != leave_out_kind and item.gold
    ]
    rng.shuffle(items)
    changed = kept = 0
    lost: list[str] = []
    for item in items[: args.questions]:
        if not right(answerer.answer(item.question), item.gold):
            continue
        made = change(item.question, rng)
        if made is None:
            continue
        question, note = made
        changed += 1
        answer = answerer.answer(question)
        if right(answer, item.gold):
            kept += 1
            continue
        said = answer.quotes[0].text[:70] if answer.quotes else f"refused: {answer.reason}"
        lost.append(f"{note}{question!r} → {said}")
    print(f"briefing-bot {name} probe — seed {args.seed}, {args.questions} questions sampled")
    print(f"changed: {changed}; still answered right: {kept} ({kept / max(changed, 1):.3f})")
    for line in lost:
        print(f"  {line}")
