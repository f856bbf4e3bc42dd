"""Settings (bot/settings.py): the BRIEFING_ prefix, .env files, validation and secrets."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.errors import SettingsError
from bot.settings import ENV_PREFIX, Settings, load_settings

TOKEN = "MTIzNDU2Nzg5.fake-token.do-not-leak-me"


@pytest.fixture(autouse=True)
def _isolated(clean_env: Path) -> Path:
    """Every test starts with no BRIEFING_* variables, in an empty working directory."""
    return clean_env


def test_defaults() -> None:
    settings = load_settings()
    assert settings.seeds_dir == Path("seeds")
    assert settings.index_dir == Path("index")
    assert settings.model_name == "sentence-transformers/all-MiniLM-L6-v2"
    assert settings.quotes_per_answer == 3
    assert settings.max_question_chars == 1000
    assert settings.allow_stale_index is False
    assert settings.discord_token is None


def test_variables_use_the_briefing_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ENV_PREFIX == "BRIEFING_"
    monkeypatch.setenv("BRIEFING_QUOTES_PER_ANSWER", "7")
    monkeypatch.setenv("BRIEFING_INDEX_DIR", "/srv/briefing/index")
    monkeypatch.setenv("BRIEFING_ALLOW_STALE_INDEX", "true")
    monkeypatch.setenv("MAX_QUESTION_CHARS", "20")  # no prefix: not ours, ignored
    settings = load_settings()
    assert settings.quotes_per_answer == 7
    assert settings.index_dir == Path("/srv/briefing/index")
    assert settings.allow_stale_index is True
    assert settings.max_question_chars == 1000


def test_dotenv_file_in_the_working_directory(clean_env: Path) -> None:
    (clean_env / ".env").write_text(
        "BRIEFING_QUOTES_PER_ANSWER=5\nBRIEFING_SEEDS_DIR=briefings\n", encoding="utf-8"
    )
    settings = load_settings()
    assert settings.quotes_per_answer == 5
    assert settings.seeds_dir == Path("briefings")


def test_environment_wins_over_dotenv(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (clean_env / ".env").write_text("BRIEFING_QUOTES_PER_ANSWER=5\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_QUOTES_PER_ANSWER", "2")
    assert load_settings().quotes_per_answer == 2


@pytest.mark.parametrize("value", ["0", "11", "three", "-1", "2.5"])
def test_invalid_value_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("BRIEFING_QUOTES_PER_ANSWER", value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    message = str(info.value)
    assert "BRIEFING_QUOTES_PER_ANSWER" in message
    assert "\n" not in message
    assert value not in {"0", "11"} or "than" in message  # says what is wrong: the bound


def test_invalid_value_in_dotenv_is_reported_too(clean_env: Path) -> None:
    (clean_env / ".env").write_text("BRIEFING_ABSTAIN_THRESHOLD=1.5\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="BRIEFING_ABSTAIN_THRESHOLD"):
        load_settings()


def test_several_invalid_values_are_all_named_on_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BRIEFING_QUOTES_PER_ANSWER", "zero")
    monkeypatch.setenv("BRIEFING_COOLDOWN_RATE", "0")
    with pytest.raises(SettingsError) as info:
        load_settings()
    message = str(info.value)
    assert "BRIEFING_QUOTES_PER_ANSWER" in message and "BRIEFING_COOLDOWN_RATE" in message
    assert "\n" not in message


def test_discord_token_is_secret(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_DISCORD_TOKEN", TOKEN)
    settings = load_settings()
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == TOKEN
    for shown in (
        repr(settings),
        str(settings),
        repr(settings.discord_token),
        str(settings.discord_token),
        f"{settings.discord_token}",
    ):
        assert TOKEN not in shown
        assert "fake-token" not in shown


def test_discord_token_from_dotenv_is_secret(clean_env: Path) -> None:
    (clean_env / ".env").write_text(f"BRIEFING_DISCORD_TOKEN={TOKEN}\n", encoding="utf-8")
    settings = load_settings()
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == TOKEN
    assert TOKEN not in repr(settings)


def test_overrides_are_validated_too() -> None:
    assert load_settings(quotes_per_answer=4).quotes_per_answer == 4
    with pytest.raises(SettingsError, match="BRIEFING_MAX_QUESTION_CHARS"):
        load_settings(max_question_chars=5)


def test_answerer_and_settings_agree_on_the_abstain_threshold() -> None:
    """The CLI and Discord bot (via Settings) and an Answerer built in code must abstain
    alike on the same index; the two defaults once drifted apart (0.5 vs 0.35)."""
    answerer_default = inspect.signature(Answerer).parameters["abstain_threshold"].default
    assert Settings.model_fields["abstain_threshold"].default == answerer_default
