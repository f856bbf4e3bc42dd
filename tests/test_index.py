"""The built index (bot/index.py): round trip, manifest, atomic rebuilds and every failure.

Uses the session-built seed index read-only; anything that damages or rebuilds an index
works on a copy in ``tmp_path``. Rebuild tests use a tiny three-paragraph briefing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from bot import index as index_module
from bot.answering import Answerer
from bot.embedder import Embedder
from bot.errors import (
    IndexCorrupt,
    IndexMissing,
    IndexModelMismatch,
    IndexStale,
    IndexUnusable,
)
from bot.index import (
    CHUNKING,
    FORMAT_VERSION,
    KnowledgeIndex,
    build,
    continued,
    load,
    rebuild,
    save,
    windows,
)
from bot.ingest import parse_seeds
from bot.settings import MODEL_NAME

TINY = (
    "Lunar Garden Test Briefing\n"
    "The lunar greenhouse grew its first tomatoes on Tuesday, the project lead said.\n"
    "“We did not expect fruit this early,” said botanist Priya Raman.\n"
    "The next harvest, of basil and lettuce, is planned for the spring.\n"
    "with inputs from Test Wire\n"
)
EXTRA_PARAGRAPH = "A second greenhouse made of inflatable panels will be tested in June.\n"


def copy_index(index_dir: Path, seeds: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Copies of an index and its seeds in ``tmp_path`` (as seeds/ and index/)."""
    seeds_copy = tmp_path / "seeds"
    index_copy = tmp_path / "index"
    shutil.copytree(seeds, seeds_copy)
    shutil.copytree(index_dir, index_copy)
    return seeds_copy, index_copy


def one_line(error: BaseException) -> str:
    message = str(error)
    assert message and "\n" not in message, repr(message)
    assert "Traceback" not in message
    return message


@pytest.fixture(scope="module")
def tiny_built(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """A directory with seeds/ (one tiny briefing) and its built index/; do not modify."""
    root = tmp_path_factory.mktemp("tiny")
    (root / "seeds").mkdir()
    (root / "seeds" / "garden.txt").write_text(TINY, encoding="utf-8")
    assert rebuild(root / "seeds", root / "index", embedder).rebuilt
    return root


@pytest.fixture
def tiny(tiny_built: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the tiny seeds and index: (seeds_dir, index_dir)."""
    return copy_index(tiny_built / "index", tiny_built / "seeds", tmp_path)


# -- round trip and manifest ---------------------------------------------------------------


def test_loaded_seed_index_matches_a_fresh_parse(
    seed_index: KnowledgeIndex, seed_dir: Path
) -> None:
    fresh = parse_seeds(seed_dir)
    assert seed_index.corpus.documents == fresh.documents
    assert seed_index.corpus.passages == fresh.passages
    assert seed_index.corpus.sentences == fresh.sentences
    assert seed_index.faiss_index.ntotal == len(seed_index.rows)
    assert seed_index.manifest["counts"] == {
        "documents": 1,
        "passages": 10,  # nine paragraphs and the credit line
        "sentences": 18,
        "vectors": len(seed_index.rows),
    }
    assert seed_index.tokens.shape[0] == seed_index.token_owner.shape[0] > 0
    assert seed_index.dimension == 384
    assert seed_index.warnings == []


def test_build_save_load_round_trip(tmp_path: Path, embedder: Embedder) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "garden.txt").write_text(TINY, encoding="utf-8")
    built = build(seeds, embedder)
    save(built, tmp_path / "index")
    loaded = load(tmp_path / "index", model_name=MODEL_NAME, seeds_dir=seeds)
    assert loaded.corpus.documents == built.corpus.documents
    assert loaded.corpus.passages == built.corpus.passages
    assert loaded.corpus.sentences == built.corpus.sentences
    assert loaded.rows == built.rows
    assert loaded.faiss_index.ntotal == built.faiss_index.ntotal == len(built.rows)
    np.testing.assert_array_equal(loaded.tokens, built.tokens)
    np.testing.assert_array_equal(loaded.token_owner, built.token_owner)
    # The stored vectors are the built ones: the same query finds the same rows.
    query = embedder.encode_one("When were the first tomatoes grown?")
    assert (loaded.faiss_index.search(query, 5)[1] == built.faiss_index.search(query, 5)[1]).all()
    # Nothing is left behind beside the index.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index", "seeds"]


def test_every_sentence_has_sentence_and_context_vectors(seed_index: KnowledgeIndex) -> None:
    kinds: dict[str, set[int]] = {}
    for kind, ref in seed_index.rows:
        kinds.setdefault(kind, set()).add(ref)
    n_sentences = len(seed_index.corpus.sentences)
    assert kinds["sentence"] == set(range(n_sentences))
    assert kinds["context"] == set(range(n_sentences))
    assert kinds["passage"] == set(range(len(seed_index.corpus.passages)))
    assert kinds["window"] <= set(range(n_sentences))


def test_manifest_records_how_the_index_was_built(
    seed_index_dir: Path, seed_dir: Path, embedder: Embedder
) -> None:
    manifest = json.loads((seed_index_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["model"] == MODEL_NAME
    assert manifest["dimension"] == embedder.dimension == 384
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["chunking"] == CHUNKING
    assert manifest["chunking"]["unit"] == "sentence"
    seed = seed_dir / "nasa-roscosmos-talks.txt"
    assert manifest["seeds"] == {seed.name: hashlib.sha256(seed.read_bytes()).hexdigest()}
    built_at = datetime.fromisoformat(manifest["built_at"])
    assert built_at.tzinfo is not None
    assert timedelta(0) <= datetime.now(UTC) - built_at < timedelta(hours=2)
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((seed_index_dir / name).read_bytes()).hexdigest() == digest
    assert set(manifest["files"]) == {
        "corpus.json",
        "vectors.faiss",
        "tokens.npy",
        "token_owner.npy",
    }


def test_windows_cut_long_sentences_into_clauses_and_word_windows() -> None:
    sentence = (
        "Duffy will speak with Dmitry Bakanov, the current head of Roscosmos, in an "
        "effort to maintain cooperation on space initiatives"
    )
    pieces = windows(sentence)
    assert "Duffy will speak with Dmitry Bakanov" in pieces
    assert "the current head of Roscosmos" in pieces
    assert all(piece in sentence for piece in pieces)
    assert windows("Short one.") == []


def test_a_quotations_later_sentence_is_also_read_with_the_one_before_and_as_its_speakers(
    seed_index: KnowledgeIndex,
) -> None:
    """ "We don't discard those ties in difficult times." alone does not say whose ties, nor
    whose words: it is also embedded after "But we have a valuable partnership …" and as
    "Sean Duffy said: …". The quotation's first sentence, and narration, get no such row."""
    corpus = seed_index.corpus
    later = next(s for s in corpus.sentences if s.text.startswith("We don’t discard"))
    pieces = continued(corpus, later)
    assert any("But we have a valuable partnership" in p.split(".")[0] for p in pieces)
    assert any(p.startswith(f"{later.speaker} said: We don’t discard") for p in pieces)
    first = next(s for s in corpus.sentences if s.text.startswith("“We have wild"))
    assert continued(corpus, first) == []
    narration = next(s for s in corpus.sentences if s.text.startswith("The meeting will be"))
    assert continued(corpus, narration) == []
    rows = [row for row in seed_index.rows if row == ("window", later.sentence_id)]
    assert len(rows) == len(windows(later.text)) + 2


# -- rebuilds ------------------------------------------------------------------------------


def test_rebuild_of_an_unchanged_index_does_nothing(
    seed_index_dir: Path, seed_dir: Path, tmp_path: Path, embedder: Embedder
) -> None:
    seeds, index_dir = copy_index(seed_index_dir, seed_dir, tmp_path)
    before = {p.name: p.stat().st_mtime_ns for p in index_dir.iterdir()}
    result = rebuild(seeds, index_dir, embedder)
    assert not result.rebuilt
    assert (result.documents, result.passages) == (1, 10)
    assert {p.name: p.stat().st_mtime_ns for p in index_dir.iterdir()} == before


def test_force_rebuilds_and_keeps_the_readme(tiny: tuple[Path, Path], embedder: Embedder) -> None:
    seeds, index_dir = tiny
    (index_dir / "README.md").write_text("# The index\n", encoding="utf-8")
    old_corpus = (index_dir / "corpus.json").stat().st_ino
    result = rebuild(seeds, index_dir, embedder, force=True)
    assert result.rebuilt and (result.documents, result.passages) == (1, 4)
    assert (index_dir / "corpus.json").stat().st_ino != old_corpus  # new files swapped in
    assert (index_dir / "README.md").read_text(encoding="utf-8") == "# The index\n"
    load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)


def test_rebuild_after_a_seed_change_picks_it_up(
    tiny: tuple[Path, Path], embedder: Embedder
) -> None:
    seeds, index_dir = tiny
    with (seeds / "garden.txt").open("a", encoding="utf-8") as f:
        f.write(EXTRA_PARAGRAPH)
    assert rebuild(seeds, index_dir, embedder).rebuilt
    loaded = load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)
    assert any("inflatable panels" in p.text for p in loaded.corpus.passages)


def _assert_old_index_still_works(index_dir: Path, embedder: Embedder) -> None:
    old = load(index_dir, model_name=MODEL_NAME)
    assert [p.paragraph for p in old.corpus.passages] == [1, 2, 3, 4]  # 4: the credit
    assert not any("inflatable" in p.text for p in old.corpus.passages)
    answer = Answerer(old, embedder).answer("When did the greenhouse grow its first tomatoes?")
    assert answer.answered
    assert "first tomatoes on Tuesday" in answer.quotes[0].text
    leftovers = [p.name for p in index_dir.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_build_that_fails_midway_leaves_the_old_index(
    tiny: tuple[Path, Path], embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, index_dir = tiny
    with (seeds / "garden.txt").open("a", encoding="utf-8") as f:
        f.write(EXTRA_PARAGRAPH)

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index_module.faiss, "write_index", disk_full)
    with pytest.raises(OSError, match="No space left"):
        rebuild(seeds, index_dir, embedder)
    monkeypatch.undo()
    _assert_old_index_still_works(index_dir, embedder)
    # ... and it is reported as stale, not as corrupt.
    with pytest.raises(IndexStale):
        load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)


def test_a_crash_just_before_the_swap_leaves_the_old_index(
    tiny: tuple[Path, Path], embedder: Embedder
) -> None:
    seeds, index_dir = tiny
    with (seeds / "garden.txt").open("a", encoding="utf-8") as f:
        f.write(EXTRA_PARAGRAPH)
    new = build(seeds, embedder)

    def crash() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        save(new, index_dir, before_swap=crash)
    _assert_old_index_still_works(index_dir, embedder)


# -- failures ------------------------------------------------------------------------------


def test_missing_index(tmp_path: Path) -> None:
    with pytest.raises(IndexMissing) as info:
        load(tmp_path / "nowhere", model_name=MODEL_NAME)
    message = one_line(info.value)
    assert "no index at" in message and str(tmp_path / "nowhere") in message
    assert "briefing-bot rebuild-index" in message


def test_stale_index_is_refused_or_loaded_with_a_warning(
    seed_index_dir: Path, seed_dir: Path, tmp_path: Path
) -> None:
    seeds, index_dir = copy_index(seed_index_dir, seed_dir, tmp_path)
    seed = seeds / "nasa-roscosmos-talks.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("Wednesday", "Thursday"), encoding="utf-8"
    )
    with pytest.raises(IndexStale) as info:
        load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)
    message = one_line(info.value)
    assert "stale" in message and "nasa-roscosmos-talks.txt" in message
    assert "briefing-bot rebuild-index" in message

    loaded = load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds, allow_stale=True)
    assert len(loaded.warnings) == 1
    assert "stale" in loaded.warnings[0] and "\n" not in loaded.warnings[0]
    # What loads is the index as built: the old text, not the edited seed.
    assert any("on Wednesday" in s.text for s in loaded.corpus.sentences)
    assert not any("Thursday" in s.text for s in loaded.corpus.sentences)


def test_an_added_briefing_makes_the_index_stale(
    seed_index_dir: Path, seed_dir: Path, tmp_path: Path
) -> None:
    seeds, index_dir = copy_index(seed_index_dir, seed_dir, tmp_path)
    (seeds / "new.md").write_text("# New\n\nSomething happened.\n", encoding="utf-8")
    with pytest.raises(IndexStale, match=r"new\.md"):
        load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)


def test_an_index_built_by_other_parsing_code_is_stale(
    seed_index_dir: Path, seed_dir: Path, tmp_path: Path
) -> None:
    seeds, index_dir = copy_index(seed_index_dir, seed_dir, tmp_path)
    manifest_path = index_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["pipeline"]  # recorded at build time
    manifest["pipeline"] = "0" * 16  # as if bot/ingest.py had changed since
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexStale, match="parsing code"):
        load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)


def test_an_index_built_before_headings_were_quotable_is_stale_not_corrupt(
    seed_index_dir: Path, seed_dir: Path, tmp_path: Path
) -> None:
    """Its documents have no heading offsets: the user is told to rebuild for the new
    parsing code, not that the index is damaged."""
    seeds, index_dir = copy_index(seed_index_dir, seed_dir, tmp_path)
    corpus_path = index_dir / "corpus.json"
    corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
    for document in corpus["documents"]:
        del document["title_span"], document["section_spans"]
    corpus_path.write_text(json.dumps(corpus), encoding="utf-8")
    _drop_file_hashes(index_dir)
    manifest_path = index_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["pipeline"] = "0" * 16
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexStale, match="parsing code"):
        load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _drop_file_hashes(index_dir: Path) -> None:
    """Remove the manifest's file checksums, to reach the loader's own parsing checks."""
    manifest_path = index_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["files"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")


def _corrupt(name: str, index_dir: Path) -> None:
    if name == "truncated vectors":
        _truncate(index_dir / "vectors.faiss")
    elif name == "garbage corpus":
        (index_dir / "corpus.json").write_text("{not json at all", encoding="utf-8")
    elif name == "deleted tokens":
        (index_dir / "tokens.npy").unlink()
    elif name == "garbage manifest":
        (index_dir / "manifest.json").write_bytes(b"\x00\xff garbage")
    elif name == "unknown format":
        path = index_dir / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["format_version"] = 999
        path.write_text(json.dumps(manifest), encoding="utf-8")
    elif name == "truncated vectors, no checksums":
        _drop_file_hashes(index_dir)
        _truncate(index_dir / "vectors.faiss")
    elif name == "truncated tokens, no checksums":
        _drop_file_hashes(index_dir)
        _truncate(index_dir / "tokens.npy")
    elif name == "garbage corpus, no checksums":
        _drop_file_hashes(index_dir)
        (index_dir / "corpus.json").write_text("[1, 2, 3", encoding="utf-8")
    elif name == "corpus of the wrong shape, no checksums":
        _drop_file_hashes(index_dir)
        (index_dir / "corpus.json").write_text('{"documents": [{"x": 1}]}', encoding="utf-8")
    elif name == "deleted corpus, no checksums":
        _drop_file_hashes(index_dir)
        (index_dir / "corpus.json").unlink()
    elif name == "vectors and rows disagree, no checksums":
        _drop_file_hashes(index_dir)
        path = index_dir / "corpus.json"
        corpus = json.loads(path.read_text(encoding="utf-8"))
        corpus["rows"] = corpus["rows"][:-1]
        path.write_text(json.dumps(corpus), encoding="utf-8")
    else:  # pragma: no cover - a typo in the parameter list
        raise AssertionError(name)


CORRUPTIONS = [
    "truncated vectors",
    "garbage corpus",
    "deleted tokens",
    "garbage manifest",
    "unknown format",
    "truncated vectors, no checksums",
    "truncated tokens, no checksums",
    "garbage corpus, no checksums",
    "corpus of the wrong shape, no checksums",
    "deleted corpus, no checksums",
    "vectors and rows disagree, no checksums",
]


@pytest.mark.parametrize("damage", CORRUPTIONS)
def test_damaged_index_is_corrupt_in_one_line(
    damage: str, seed_index_dir: Path, seed_dir: Path, tmp_path: Path
) -> None:
    seeds, index_dir = copy_index(seed_index_dir, seed_dir, tmp_path)
    _corrupt(damage, index_dir)
    with pytest.raises(IndexCorrupt) as info:
        load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)
    message = one_line(info.value)
    assert str(index_dir) in message
    assert "briefing-bot rebuild-index --force" in message


def test_a_damaged_index_is_rebuilt_without_force(
    tiny: tuple[Path, Path], embedder: Embedder
) -> None:
    seeds, index_dir = tiny
    _truncate(index_dir / "vectors.faiss")
    assert rebuild(seeds, index_dir, embedder).rebuilt
    load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)


def test_index_built_with_another_model(
    seed_index_dir: Path, seed_dir: Path, tmp_path: Path
) -> None:
    seeds, index_dir = copy_index(seed_index_dir, seed_dir, tmp_path)
    path = index_dir / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["model"] = "sentence-transformers/all-mpnet-base-v2"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexModelMismatch) as info:
        load(index_dir, model_name=MODEL_NAME, seeds_dir=seeds)
    message = one_line(info.value)
    assert "all-mpnet-base-v2" in message and MODEL_NAME in message
    assert "rebuild-index --force" in message


def test_loading_with_another_model_name_is_a_mismatch(seed_index_dir: Path) -> None:
    with pytest.raises(IndexModelMismatch):
        load(seed_index_dir, model_name="some/other-model")


def test_all_index_errors_share_a_base_class() -> None:
    for error in (IndexMissing, IndexStale, IndexCorrupt, IndexModelMismatch):
        assert issubclass(error, IndexUnusable)
