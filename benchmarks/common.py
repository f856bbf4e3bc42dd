"""What the benchmark scripts share: where the questions are, and how to read them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answering import Answer
    from bot.evaluation import Item

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


def probe_items(skip: list[str], leave_out_kind: str) -> list[Item]:
    """The answerable questions with gold quotes of every eval set in tests/fixtures/eval
    but those named in ``skip`` (by file stem: a set kept unread stays unread) and those of
    ``leave_out_kind`` (the kind a probe imitates)."""
    from bot.evaluation import load_items

    return [
        item
        for path in sorted(EVAL_DIR.glob("*.jsonl"))
        if path.stem not in skip
        for item in load_items(path)
        if item.answerable and item.kind != leave_out_kind and item.gold
    ]


def answered_right(answer: Answer, gold: list[str]) -> bool:
    """Whether the first quote holds a gold snippet."""
    return bool(answer.quotes) and any(g in answer.quotes[0].text for g in gold)
