"""``briefing-bot eval``: score answers against questions with gold quotes.

The file format is that of ``../shared/eval/dev.jsonl``: one JSON object per line with
``question``, ``answerable``, ``gold`` (verbatim snippets; a correct quote contains one),
an optional ``speaker`` (surname of who said the top quote) and an optional ``kind``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

from bot.answering import Answer, Answerer
from bot.errors import BriefingError

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def fold(text: str) -> str:
    """Compare text regardless of case, curly vs straight quotes and spacing."""
    return " ".join(text.translate(_FOLD).lower().split())


@dataclass
class Item:
    question: str
    answerable: bool
    gold: list[str] = field(default_factory=list)
    speaker: str | None = None
    kind: str = "all"
    document: str | None = None


@dataclass
class Outcome:
    item: Item
    answer: Answer
    rank: int | None  # 1-based rank of the first quote containing a gold snippet

    @property
    def speaker_ok(self) -> bool | None:
        if not self.item.speaker or not self.answer.quotes:
            return None if not self.item.speaker else False
        said = self.answer.quotes[0].speaker or ""
        return self.item.speaker.lower() in said.lower()


def load_items(path: Path) -> list[Item]:
    """Read an eval file, or raise a one-line error naming the bad line."""
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BriefingError(f"cannot read {path}: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row: dict[str, Any] = json.loads(line)
            items.append(
                Item(
                    question=row["question"],
                    answerable=bool(row["answerable"]),
                    gold=list(row.get("gold") or []),
                    speaker=row.get("speaker"),
                    kind=row.get("kind") or "all",
                    document=row.get("document"),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise BriefingError(f"{path}:{number}: not an eval item ({exc})") from None
    return items


def evaluate(answerer: Answerer, items: Iterable[Item]) -> list[Outcome]:
    outcomes = []
    for item in items:
        answer = answerer.answer(item.question, limit=3)
        rank = None
        for position, quote in enumerate(answer.quotes, 1):
            right_doc = item.document is None or quote.document.path.endswith(item.document)
            if right_doc and any(fold(g) in fold(quote.text) for g in item.gold):
                rank = position
                break
        outcomes.append(Outcome(item, answer, rank))
    return outcomes


def metrics(outcomes: list[Outcome]) -> dict[str, float | int | None]:
    """hit@1, hit@3, MRR, abstention, false abstention, speaker accuracy, quote length, and
    how often sure and tentative answers are right."""
    answerable = [o for o in outcomes if o.item.answerable]
    unanswerable = [o for o in outcomes if not o.item.answerable]
    with_speaker = [o.speaker_ok for o in answerable if o.item.speaker]
    lengths = [len(o.answer.quotes[0].text) for o in outcomes if o.answer.quotes]
    given = [o for o in outcomes if o.answer.answered]

    def share(values: list[bool]) -> float | None:
        return round(sum(values) / len(values), 3) if values else None

    return {
        "questions": len(outcomes),
        "hit@1": share([o.rank == 1 for o in answerable]),
        "hit@3": share([o.rank is not None and o.rank <= 3 for o in answerable]),
        "mrr": round(mean(1 / o.rank if o.rank else 0.0 for o in answerable), 3)
        if answerable
        else None,
        "abstained_unanswerable": share([not o.answer.answered for o in unanswerable]),
        "false_abstention": share([not o.answer.answered for o in answerable]),
        "speaker_accuracy": share([bool(ok) for ok in with_speaker]),
        "mean_quote_chars": round(mean(lengths), 1) if lengths else None,
        # Of the answers given, sure or tentative, the share whose top quote is right (an
        # off-topic question answered counts as wrong).
        "right_when_sure": share([o.rank == 1 for o in given if not o.answer.tentative]),
        "right_when_tentative": share([o.rank == 1 for o in given if o.answer.tentative]),
        "tentative": sum(o.answer.tentative for o in given),
    }


def report(outcomes: list[Outcome]) -> dict[str, dict[str, float | int | None]]:
    """Metrics overall and for each kind of question."""
    kinds = sorted({o.item.kind for o in outcomes})
    result = {"all": metrics(outcomes)}
    if kinds != ["all"]:
        for kind in kinds:
            result[kind] = metrics([o for o in outcomes if o.item.kind == kind])
    return result


def format_report(result: dict[str, dict[str, float | int | None]]) -> str:
    columns = [
        "questions",
        "hit@1",
        "hit@3",
        "mrr",
        "abstained_unanswerable",
        "false_abstention",
        "speaker_accuracy",
        "mean_quote_chars",
        "right_when_sure",
        "tentative",
        "right_when_tentative",
    ]
    headers = [
        "kind",
        "n",
        "hit@1",
        "hit@3",
        "MRR",
        "abstain(off)",
        "false-abst",
        "speaker",
        "quote-len",
        "sure-ok",
        "tentative",
        "tent-ok",
    ]
    rows = [headers]
    for kind, values in result.items():
        rows.append([kind] + ["-" if values[c] is None else str(values[c]) for c in columns])
    widths = [max(len(r[i]) for r in rows) for i in range(len(headers))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows
    )


def misses(outcomes: list[Outcome]) -> list[str]:
    """One line for each question answered wrongly, for `eval --verbose`."""
    lines = []
    for o in outcomes:
        top = o.answer.quotes[0].text[:90] if o.answer.quotes else "(abstained)"
        if o.item.answerable and o.rank != 1:
            lines.append(f"MISS [{o.item.kind}] {o.item.question!r} -> {top}")
        elif not o.item.answerable and o.answer.answered:
            lines.append(f"ANSWERED-OFFTOPIC [{o.item.kind}] {o.item.question!r} -> {top}")
        elif o.speaker_ok is False:
            lines.append(
                f"SPEAKER [{o.item.kind}] {o.item.question!r} -> "
                f"{o.answer.quotes[0].speaker if o.answer.quotes else None}"
            )
    return lines
