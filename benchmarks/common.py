"""What the benchmark scripts share: where the questions are, and how to read them."""

from __future__ import annotations

import sys
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
