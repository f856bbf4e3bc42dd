"""The 👍/👎 feedback log: one JSON object per line, user ids only as a salted hash."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

Vote = Literal["up", "down"]


class FeedbackLog:
    """Appends votes to a JSON-lines file; safe to call from several threads."""

    def __init__(self, path: Path, salt: str) -> None:
        self.path = path
        self._salt = salt.encode()
        self._lock = threading.Lock()

    def user_hash(self, user_id: int) -> str:
        """A stable pseudonym: the same user always maps to the same hash, never back."""
        return hmac.new(self._salt, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]

    def record(
        self,
        *,
        question: str,
        passage_ids: list[int],
        vote: Vote,
        user_id: int,
        answered: bool = True,
    ) -> None:
        """Append one vote; ``answered`` is false for a vote on a refusal ("👎: it should
        have answered"), whose ``passage_ids`` are empty."""
        entry = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "question": question,
            "answered": answered,
            "passage_ids": passage_ids,
            "vote": vote,
            "user": self.user_hash(user_id),
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # One write of one line in append mode: concurrent writers never interleave.
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)
