"""Shared fixtures: the real embedding model and real FAISS indexes, built once per session.

Nothing here is a stub: every fixture is the code the bot runs in production, pointed at
temporary copies of the briefings so that no test can touch the repository's ``seeds/`` or
``index/``.

Session-scoped fixtures (names are stable; the Discord tests rely on them too):

``embedder``
    ``bot.embedder.Embedder(bot.settings.MODEL_NAME)`` with the model already loaded.
``seed_dir``
    A temporary copy of the repository's ``seeds/`` (the NASA–Roscosmos briefing).
``seed_index_dir``
    An index built from ``seed_dir`` by ``bot.index.rebuild`` (``seed_dir.parent/"index"``).
``seed_index``
    ``bot.index.load(seed_index_dir, …)``: the loaded :class:`bot.index.KnowledgeIndex`.
``answerer``
    ``bot.answering.Answerer`` over ``seed_index``, configured with the *default*
    :class:`bot.settings.Settings` values (quotes per answer, abstain threshold, max
    question length), i.e. what a user of the CLI or the Discord bot gets.
``multi_dir`` / ``multi_index_dir`` / ``multi_index`` / ``multi_answerer``
    The same for three briefings: the seed plus ``tests/fixtures/briefings/*``
    (``crew-11-launch.md`` and ``iss-budget-hearing.txt``).

Function-scoped: ``clean_env`` removes every ``BRIEFING_*`` variable and changes into an
empty directory (so no stray ``.env`` is read); it yields that directory.

Rules for tests that use them: never write into the session directories. A test that must
damage or rebuild an index copies it first (``shutil.copytree(seed_index_dir, tmp_path /
"index")``) and copies the seeds next to it when it needs them.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.embedder import Embedder
from bot.index import KnowledgeIndex, load, rebuild
from bot.settings import MODEL_NAME, Settings

TESTS_DIR = Path(__file__).resolve().parent
REPO_DIR = TESTS_DIR.parent
SEEDS_DIR = REPO_DIR / "seeds"
FIXTURE_BRIEFINGS = TESTS_DIR / "fixtures" / "briefings"


# The defaults of the settings, whatever the environment or a ``.env`` file says.
SETTINGS_DEFAULTS = {name: field.default for name, field in Settings.model_fields.items()}


def make_answerer(index: KnowledgeIndex, embedder: Embedder) -> Answerer:
    """An answerer configured exactly as the front ends configure it by default."""
    return Answerer(
        index,
        embedder,
        quotes_per_answer=SETTINGS_DEFAULTS["quotes_per_answer"],
        abstain_threshold=SETTINGS_DEFAULTS["abstain_threshold"],
        max_question_chars=SETTINGS_DEFAULTS["max_question_chars"],
    )


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The real sentence-embedding model, loaded once."""
    model = Embedder(MODEL_NAME)
    assert model.dimension > 0  # forces the (lazy) load here, not inside a timed test
    return model


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the repository's seeds/ directory."""
    target = tmp_path_factory.mktemp("seed") / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target


@pytest.fixture(scope="session")
def seed_index_dir(seed_dir: Path, embedder: Embedder) -> Path:
    """A real index of ``seed_dir``, built once for the whole session."""
    index_dir = seed_dir.parent / "index"
    result = rebuild(seed_dir, index_dir, embedder)
    assert result.rebuilt
    return index_dir


@pytest.fixture(scope="session")
def seed_index(seed_index_dir: Path, seed_dir: Path) -> KnowledgeIndex:
    return load(seed_index_dir, model_name=MODEL_NAME, seeds_dir=seed_dir)


@pytest.fixture(scope="session")
def answerer(seed_index: KnowledgeIndex, embedder: Embedder) -> Answerer:
    """Answers questions about the NASA–Roscosmos seed briefing."""
    return make_answerer(seed_index, embedder)


@pytest.fixture(scope="session")
def multi_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds of three briefings: the seed plus the two test briefings."""
    target = tmp_path_factory.mktemp("multi") / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    for path in sorted(FIXTURE_BRIEFINGS.iterdir()):
        shutil.copy2(path, target / path.name)
    return target


@pytest.fixture(scope="session")
def multi_index_dir(multi_dir: Path, embedder: Embedder) -> Path:
    index_dir = multi_dir.parent / "index"
    result = rebuild(multi_dir, index_dir, embedder)
    assert result.rebuilt
    return index_dir


@pytest.fixture(scope="session")
def multi_index(multi_index_dir: Path, multi_dir: Path) -> KnowledgeIndex:
    return load(multi_index_dir, model_name=MODEL_NAME, seeds_dir=multi_dir)


@pytest.fixture(scope="session")
def multi_answerer(multi_index: KnowledgeIndex, embedder: Embedder) -> Answerer:
    """Answers questions about all three briefings."""
    return make_answerer(multi_index, embedder)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No ``BRIEFING_*`` variables and an empty working directory (no stray ``.env``)."""
    for name in list(os.environ):
        if name.startswith("BRIEFING_"):
            monkeypatch.delenv(name)
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    yield workdir
