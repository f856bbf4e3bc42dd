"""The ``briefing-bot`` command line (bot/cli.py), run as a real subprocess.

Each command runs ``python -m bot.cli`` in an empty working directory, with
``BRIEFING_SEEDS_DIR`` / ``BRIEFING_INDEX_DIR`` pointing at a copy of the session-built seed
index. Commands that load the model cost several seconds each, so there are few of them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TITLE = "NASA Interim Head Seeks Cooperation with Russia on Space Despite Broader Tensions"


@pytest.fixture(scope="module")
def cli_dirs(
    tmp_path_factory: pytest.TempPathFactory, seed_dir: Path, seed_index_dir: Path
) -> dict[str, Path]:
    """A working directory and copies of the seeds and the built index."""
    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(seed_dir, root / "seeds")
    shutil.copytree(seed_index_dir, root / "index")
    (root / "cwd").mkdir()
    return {"cwd": root / "cwd", "seeds": root / "seeds", "index": root / "index"}


def run_cli(
    dirs: dict[str, Path], *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    environment.update(
        HF_HUB_OFFLINE="1",
        BRIEFING_SEEDS_DIR=str(dirs["seeds"]),
        BRIEFING_INDEX_DIR=str(dirs["index"]),
    )
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=dirs["cwd"],
        env=environment,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert result.stdout == ""
    return lines[0]


# -- ask -----------------------------------------------------------------------------------


def test_ask_prints_the_quote_and_its_attribution(cli_dirs: dict[str, Path]) -> None:
    result = run_cli(cli_dirs, "ask", "Who is Duffy going to talk to from Roscosmos?")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "> Duffy will speak with Dmitry Bakanov, the current head of Roscosmos, in an effort "
        "to maintain cooperation on space initiatives, especially the International Space "
        "Station (ISS)."
    )
    assert lines[1] == f"— “{TITLE}”, ¶2 (with inputs from Reuters)"


def test_ask_json(cli_dirs: dict[str, Path]) -> None:
    result = run_cli(cli_dirs, "ask", "--json", "What did Duffy say on Capitol Hill?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["question"] == "What did Duffy say on Capitol Hill?"
    assert data["answered"] is True
    assert data["quotes"]
    source = (cli_dirs["seeds"] / "nasa-roscosmos-talks.txt").read_text(encoding="utf-8")
    for quote in data["quotes"]:
        assert {
            "text",
            "document",
            "section",
            "paragraph",
            "speaker",
            "reported_by",
            "score",
        } <= set(quote)
        assert set(quote["document"]) == {"title", "source", "path"}
        assert quote["document"] == {
            "title": TITLE,
            "source": "with inputs from Reuters",
            "path": "seeds/nasa-roscosmos-talks.txt",
        }
        assert source[quote["start"] : quote["end"]] == quote["text"]
        assert isinstance(quote["score"], float)
    top = data["quotes"][0]
    assert "We have wild disagreement with the Russians on Ukraine" in top["text"]
    assert (top["speaker"], top["reported_by"], top["paragraph"], top["section"]) == (
        "Sean Duffy",
        None,
        3,
        None,
    )


def test_ask_for_the_headline_quotes_it_from_the_file(cli_dirs: dict[str, Path]) -> None:
    result = run_cli(cli_dirs, "ask", "--json", "what does the headline say")
    assert result.returncode == 0, result.stderr
    (quote,) = json.loads(result.stdout)["quotes"]
    assert (quote["heading"], quote["text"], quote["paragraph"]) == ("headline", TITLE, 0)
    source = (cli_dirs["seeds"] / "nasa-roscosmos-talks.txt").read_text(encoding="utf-8")
    assert source[quote["start"] : quote["end"]] == TITLE
    shown = run_cli(cli_dirs, "ask", "what does the headline say").stdout
    assert f"\u201c{TITLE}\u201d, headline" in shown


def test_ask_closest_quotes_where_the_bot_would_refuse(cli_dirs: dict[str, Path]) -> None:
    question = "When did Bakanov become head of Roscosmos?"
    refused = json.loads(run_cli(cli_dirs, "ask", "--json", question).stdout)
    assert refused["answered"] is False and refused["reason"]
    result = run_cli(cli_dirs, "ask", "--closest", question)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("The briefing may not answer this directly.")
    assert any(line.startswith("> ") and "Bakanov" in line for line in lines)


def test_ask_batch_from_stdin(cli_dirs: dict[str, Path]) -> None:
    stdin = "Who is Duffy going to talk to from Roscosmos?\n\nWhat is the capital of Australia?\n"
    result = run_cli(cli_dirs, "ask", "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    first, empty, off = (json.loads(line) for line in lines)
    assert first["answered"] is True
    assert "Duffy will speak with Dmitry Bakanov" in first["quotes"][0]["text"]
    assert "error" not in first
    assert empty["answered"] is False and empty["quotes"] == []
    assert "empty" in empty["error"]
    assert off["question"] == "What is the capital of Australia?"
    assert off["answered"] is False and off["quotes"] == [] and "error" not in off
    assert "“Australia” appears nowhere" in off["reason"]


def test_ask_empty_question_is_a_usage_error(cli_dirs: dict[str, Path]) -> None:
    result = run_cli(cli_dirs, "ask", "")
    assert result.returncode == 2
    assert "empty" in assert_one_error_line(result)


def test_ask_too_long_question_is_a_usage_error(cli_dirs: dict[str, Path]) -> None:
    result = run_cli(cli_dirs, "ask", "Who will Duffy meet? " + "x" * 1200)
    assert result.returncode == 2
    assert "too long" in assert_one_error_line(result)


def test_ask_without_an_index(cli_dirs: dict[str, Path], tmp_path: Path) -> None:
    result = run_cli(
        cli_dirs, "ask", "Who will Duffy meet?", BRIEFING_INDEX_DIR=str(tmp_path / "no-index")
    )
    assert result.returncode == 1
    line = assert_one_error_line(result)
    assert "no index at" in line and "briefing-bot rebuild-index" in line


# -- the other commands --------------------------------------------------------------------


def test_rebuild_index_when_up_to_date(cli_dirs: dict[str, Path]) -> None:
    before = (cli_dirs["index"] / "manifest.json").read_text(encoding="utf-8")
    result = run_cli(cli_dirs, "rebuild-index")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("index up to date: 1 documents, 10 passages")
    assert (cli_dirs["index"] / "manifest.json").read_text(encoding="utf-8") == before


def test_quotes_by_duffy(cli_dirs: dict[str, Path]) -> None:
    result = run_cli(cli_dirs, "quotes", "Duffy")
    assert result.returncode == 0, result.stderr
    quoted = [line for line in result.stdout.splitlines() if line.startswith("> ")]
    assert len(quoted) == 2
    assert quoted[0].startswith("> “We have wild disagreement with the Russians on Ukraine,”")
    assert quoted[1].startswith("> “This is a temporary assignment for me,”")
    attributions = [line for line in result.stdout.splitlines() if line.startswith("— ")]
    assert [line.split(",")[0] for line in attributions] == ["— Sean Duffy"] * 2
    assert "¶3" in attributions[0] and "¶5" in attributions[1]


def test_quotes_by_an_unknown_speaker(cli_dirs: dict[str, Path]) -> None:
    result = run_cli(cli_dirs, "quotes", "Nobody")
    assert result.returncode == 1
    assert assert_one_error_line(result) == (
        "error: no quotes from Nobody; known speakers: Sean Duffy"
    )


def test_eval_prints_a_row_per_kind(cli_dirs: dict[str, Path]) -> None:
    path = FIXTURES / "eval" / "questions.jsonl"
    kinds = sorted(
        {json.loads(line)["kind"] for line in path.read_text().splitlines() if line.strip()}
    )
    result = run_cli(cli_dirs, "eval", str(path))
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()]
    header = rows[0]
    assert header[:3] == ["kind", "n", "hit@1"]
    assert [row[0] for row in rows[1:]] == ["all", *kinds]
    table = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    assert table["all"]["n"] == str(len(lines))
    # Honest floors, a little under what the bot achieves (0.952, 0.944, 0.0 at the time of
    # writing; 1.0 for plain off-topic questions): a regression in ranking or abstention
    # fails here.
    assert float(table["all"]["hit@1"]) >= 0.93
    assert float(table["all"]["abstain(off)"]) >= 0.9
    assert float(table["all"]["false-abst"]) <= 0.05
    assert table["offtopic"]["abstain(off)"] == "1.0"
    assert table["offtopic"]["hit@1"] == "-"


def test_ask_one_briefing_among_several(
    tmp_path: Path, multi_dir: Path, multi_index_dir: Path
) -> None:
    dirs = {"cwd": tmp_path, "seeds": multi_dir, "index": multi_index_dir}
    result = run_cli(
        dirs, "ask", "--json", "--briefing", "iss-budget-hearing.txt", "What did Duffy say?"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answered"] and data["quotes"]
    assert {q["document"]["path"] for q in data["quotes"]} == {"seeds/iss-budget-hearing.txt"}

    wrong = run_cli(dirs, "ask", "--briefing", "nope.txt", "What did Duffy say?")
    assert wrong.returncode == 1
    line = assert_one_error_line(wrong)
    assert "no briefing 'nope.txt'" in line and "crew-11-launch.md" in line
