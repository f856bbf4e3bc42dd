"""Scoring answers against gold quotes (bot/evaluation.py): metrics, files and real runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import Answer, Answerer, DocumentRef, Quote
from bot.errors import BriefingError
from bot.evaluation import (
    Item,
    Outcome,
    evaluate,
    fold,
    format_report,
    load_items,
    metrics,
    misses,
    report,
)

SMOKE = Path(__file__).resolve().parent / "fixtures" / "eval" / "smoke.jsonl"


def quote(text: str, speaker: str | None = None) -> Quote:
    return Quote(
        text=text,
        document=DocumentRef(title="T", source=None, path="seeds/t.txt"),
        paragraph=1,
        speaker=speaker,
        score=1.0,
        passage_id=0,
        start=0,
        end=len(text),
    )


def outcome(
    answerable: bool,
    rank: int | None,
    quotes: list[Quote],
    *,
    speaker: str | None = None,
    kind: str = "all",
    tentative: bool = False,
) -> Outcome:
    item = Item(
        question=f"q{rank}", answerable=answerable, gold=["gold"], speaker=speaker, kind=kind
    )
    answer = Answer(
        question=item.question, answered=bool(quotes), quotes=quotes, tentative=tentative
    )
    return Outcome(item, answer, rank)


@pytest.fixture
def outcomes() -> list[Outcome]:
    return [
        # answerable, right at rank 1, right speaker
        outcome(True, 1, [quote("a" * 10, "Sean Duffy")], speaker="Duffy", kind="direct"),
        # answerable, right at rank 3, top quote has no speaker
        outcome(True, 3, [quote("b" * 20), quote("c"), quote("d")], speaker="Duffy", kind="direct"),
        # answerable, answered tentatively with nothing right
        outcome(True, None, [quote("e" * 30)], kind="paraphrase", tentative=True),
        # answerable, but abstained
        outcome(True, None, [], speaker="Duffy", kind="paraphrase"),
        # unanswerable, abstained (right)
        outcome(False, None, [], kind="offtopic"),
        # unanswerable, answered anyway (wrong)
        outcome(False, None, [quote("f" * 40)], kind="offtopic"),
    ]


def test_metrics_on_hand_built_outcomes(outcomes: list[Outcome]) -> None:
    assert metrics(outcomes) == {
        "questions": 6,
        "hit@1": 0.25,  # 1 of 4 answerable
        "hit@3": 0.5,  # ranks 1 and 3
        "mrr": 0.333,  # (1 + 1/3 + 0 + 0) / 4
        "abstained_unanswerable": 0.5,
        "false_abstention": 0.25,
        "speaker_accuracy": 0.333,  # Duffy right once of 3 (no speaker; abstained)
        "mean_quote_chars": 25.0,  # top quotes of 10, 20, 30 and 40 characters
        "right_when_sure": 0.333,  # of the three sure answers, the first is right
        "tentative": 1,
        "right_when_tentative": 0.0,
    }


def test_metrics_without_answerable_or_unanswerable_items() -> None:
    only_off = metrics([outcome(False, None, [])])
    assert only_off["hit@1"] is None and only_off["mrr"] is None
    assert only_off["abstained_unanswerable"] == 1.0
    assert only_off["mean_quote_chars"] is None
    only_on = metrics([outcome(True, 2, [quote("x"), quote("y")])])
    assert only_on["hit@1"] == 0.0 and only_on["hit@3"] == 1.0 and only_on["mrr"] == 0.5
    assert only_on["abstained_unanswerable"] is None and only_on["speaker_accuracy"] is None


def test_speaker_ok(outcomes: list[Outcome]) -> None:
    assert [o.speaker_ok for o in outcomes] == [True, False, None, False, None, None]


def test_report_has_a_row_per_kind(outcomes: list[Outcome]) -> None:
    result = report(outcomes)
    assert list(result) == ["all", "direct", "offtopic", "paraphrase"]
    assert result["direct"]["hit@1"] == 0.5
    assert result["offtopic"]["abstained_unanswerable"] == 0.5
    assert result["paraphrase"]["false_abstention"] == 0.5
    text = format_report(result)
    lines = text.splitlines()
    assert lines[0].split() == [
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
    assert [line.split()[0] for line in lines[1:]] == list(result)
    assert lines[1].split()[:3] == ["all", "6", "0.25"]
    assert lines[3].split()[2] == "-"  # no hit@1 for off-topic questions


def test_report_without_kinds_is_one_row() -> None:
    result = report([outcome(True, 1, [quote("x")])])
    assert list(result) == ["all"]


def test_misses_lists_each_kind_of_mistake(outcomes: list[Outcome]) -> None:
    lines = misses(outcomes)
    assert [line.split()[0] for line in lines] == ["MISS", "MISS", "MISS", "ANSWERED-OFFTOPIC"]


@pytest.mark.parametrize(
    ("gold", "text"),
    [
        ("We don't discard those ties", "We don’t discard those ties in difficult times.”"),
        ('"This is a temporary', "“This is a temporary assignment for me,”"),
        ("the iss’s operational timeline", "extensions of the ISS's operational   timeline"),
    ],
)
def test_fold_ignores_quote_style_case_and_spacing(gold: str, text: str) -> None:
    assert fold(gold) in fold(text)


def test_fold_still_tells_different_words_apart() -> None:
    assert fold("We do discard") not in fold("We don’t discard those ties")


# -- eval files ----------------------------------------------------------------------------


def test_load_items(tmp_path: Path) -> None:
    path = tmp_path / "eval.jsonl"
    path.write_text(
        '{"question": "Who?", "answerable": true, "gold": ["x"], "speaker": "Duffy", '
        '"kind": "direct", "document": "a.txt"}\n'
        "\n"
        '{"question": "Off?", "answerable": false}\n',
        encoding="utf-8",
    )
    assert load_items(path) == [
        Item("Who?", True, ["x"], "Duffy", "direct", "a.txt"),
        Item("Off?", False, [], None, "all", None),
    ]


@pytest.mark.parametrize(
    "bad_line",
    [
        '{"question": "Who?", "answerable": true',  # truncated JSON
        '{"answerable": true, "gold": ["x"]}',  # no question
        '{"question": "Who?"}',  # no answerable
        '["question", "answerable"]',  # not an object
    ],
)
def test_malformed_line_is_a_one_line_error_naming_it(tmp_path: Path, bad_line: str) -> None:
    path = tmp_path / "eval.jsonl"
    path.write_text(
        '{"question": "Fine?", "answerable": false}\n' + bad_line + "\n", encoding="utf-8"
    )
    with pytest.raises(BriefingError) as info:
        load_items(path)
    message = str(info.value)
    assert message.startswith(f"{path}:2: not an eval item")
    assert "\n" not in message


def test_missing_eval_file(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="cannot read"):
        load_items(tmp_path / "nope.jsonl")


def test_project_eval_files_load() -> None:
    fixtures = SMOKE.parent
    questions = load_items(fixtures / "questions.jsonl")
    assert len(questions) >= 90
    assert {"keyword", "typo", "paraphrase", "offtopic"} <= {i.kind for i in questions}
    assert all(i.gold for i in questions if i.answerable)
    multidoc = load_items(fixtures / "multidoc.jsonl")
    assert all(i.document for i in multidoc if i.answerable)


def test_every_gold_snippet_is_in_the_briefing(seed_dir: Path) -> None:
    """A gold snippet that is not verbatim in the briefing would make every answer a miss."""
    fixtures = SMOKE.parent
    briefing = fold((seed_dir / "nasa-roscosmos-talks.txt").read_text(encoding="utf-8"))
    for name in ("questions.jsonl", "holdout.jsonl"):
        items = load_items(fixtures / name)
        assert len({i.kind for i in items}) == 8, name
        for item in items:
            assert item.answerable == bool(item.gold), item.question
            for snippet in item.gold:
                assert fold(snippet) in briefing, (name, snippet)


# -- a real run ----------------------------------------------------------------------------


def test_evaluate_on_the_real_answerer(answerer: Answerer) -> None:
    outcomes = evaluate(answerer, load_items(SMOKE))
    by_id = [(o.item.question, o.item.document, o.rank) for o in outcomes]
    assert [rank for _, _, rank in by_id] == [1, 1, 1, None, None, None]
    # sm-02's gold uses a straight apostrophe; the briefing a curly one.
    assert "We don’t discard those ties" in outcomes[1].answer.quotes[0].text
    assert outcomes[1].speaker_ok is True
    # sm-04 names the wrong briefing: the right words from another file do not count.
    assert outcomes[3].answer.quotes[0].document.path.endswith("nasa-roscosmos-talks.txt")
    result = report(outcomes)
    assert result["all"]["hit@1"] == 0.75
    assert result["offtopic"]["abstained_unanswerable"] == 1.0
    text = format_report(result)
    assert [line.split()[0] for line in text.splitlines()] == [
        "kind",
        "all",
        "direct",
        "offtopic",
        "speaker",
    ]
