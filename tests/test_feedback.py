"""The 👍/👎 log (bot/feedback.py): JSON lines, salted user hashes, concurrent writers."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from bot.feedback import FeedbackLog


def test_votes_are_json_lines_without_user_ids(tmp_path: Path) -> None:
    log = FeedbackLog(tmp_path / "logs" / "feedback.jsonl", salt="pepper")
    log.record(question="Who?", passage_ids=[1, 2], vote="up", user_id=123456789012345678)
    log.record(question="Where?", passage_ids=[3], vote="down", user_id=123456789012345678)
    # a vote on a refusal: "it should have answered"
    log.record(question="When?", passage_ids=[], vote="down", user_id=1, answered=False)
    lines = (tmp_path / "logs" / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert [(e["question"], e["answered"], e["passage_ids"], e["vote"]) for e in entries] == [
        ("Who?", True, [1, 2], "up"),
        ("Where?", True, [3], "down"),
        ("When?", False, [], "down"),
    ]
    assert entries[0]["user"] == entries[1]["user"]  # the same user, recognisably
    assert "123456789012345678" not in "\n".join(lines)


def test_the_hash_depends_on_the_salt(tmp_path: Path) -> None:
    one = FeedbackLog(tmp_path / "a.jsonl", salt="one").user_hash(42)
    two = FeedbackLog(tmp_path / "b.jsonl", salt="two").user_hash(42)
    assert one != two and len(one) == 32


def test_concurrent_writers_never_interleave(tmp_path: Path) -> None:
    log = FeedbackLog(tmp_path / "f.jsonl", salt="s")

    def vote(n: int) -> None:
        for i in range(50):
            log.record(question=f"q{n}-{i} " + "x" * 500, passage_ids=[i], vote="up", user_id=n)

    threads = [threading.Thread(target=vote, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lines = (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 400
    assert all(json.loads(line)["vote"] == "up" for line in lines)
