"""The built index: FAISS vectors, passage metadata and a manifest, written atomically.

Layout of ``index/``::

    manifest.json   format version, model, dimension, chunking, seed hashes, file hashes, time
    corpus.json     documents, passages, sentences and what each vector row stands for
    vectors.faiss   a flat inner-product FAISS index of unit vectors
    tokens.npy      word-piece vectors of every sentence's content words (late interaction)
    token_owner.npy the sentence each of those word pieces belongs to
    README.md       kept across rebuilds (tracked by git)

A rebuild writes into a temporary directory beside ``index/`` and swaps it in, so a build
that fails halfway leaves the previous index loadable.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

from bot.documents import Document, Passage, Sentence, to_dict
from bot.embedder import Embedder, Vectors
from bot.errors import (
    IndexCorrupt,
    IndexMissing,
    IndexModelMismatch,
    IndexStale,
    IndexUnusable,
)
from bot.ingest import Corpus, parse_seeds, seed_files
from bot.lexical import is_content_piece

FORMAT_VERSION = 2
MANIFEST = "manifest.json"
CORPUS = "corpus.json"
VECTORS = "vectors.faiss"
KEPT_FILES = ("README.md",)

# What each vector row embeds. Sentences are embedded alone and with their context (title,
# section, speaker, previous sentence), passages whole; only sentences are ever quoted.
KIND_SENTENCE = "sentence"
KIND_CONTEXT = "context"
KIND_PASSAGE = "passage"
KIND_WINDOW = "window"
WINDOW_WORDS = 10
WINDOW_STRIDE = 4
CHUNKING = {
    "unit": "sentence",
    "vectors": [KIND_SENTENCE, KIND_CONTEXT, KIND_PASSAGE, KIND_WINDOW],
    "context": "title + section + speaker + previous sentence",
    "passage": "paragraph",
    "windows": f"clauses, and {WINDOW_WORDS}-word windows every {WINDOW_STRIDE} words; "
    "a quotation's later sentence after the one before it, and as its speaker's",
}
TOKENS = "tokens.npy"
TOKEN_OWNER = "token_owner.npy"
_CLAUSE_BREAK = re.compile(r"[,;:()—]")


@dataclass
class KnowledgeIndex:
    """A loaded (or freshly built) index: the corpus plus one vector per row."""

    corpus: Corpus
    rows: list[tuple[str, int]]  # (kind, sentence or passage id) for each vector row
    faiss_index: Any
    tokens: Vectors  # content word-piece vectors of all sentences, stacked
    token_owner: npt.NDArray[np.int32]  # sentence id of each row of ``tokens``
    manifest: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def dimension(self) -> int:
        return int(self.faiss_index.d)


@dataclass(frozen=True)
class BuildResult:
    """What ``rebuild-index`` did, for its one-line summary."""

    rebuilt: bool
    documents: int
    passages: int
    seconds: float


# The code that decides what the index holds; editing any of it makes the index stale.
_PIPELINE_MODULES = (
    "attribution.py",
    "documents.py",
    "embedder.py",
    "index.py",
    "ingest.py",
    "lexical.py",
    "sentences.py",
)


def pipeline_fingerprint() -> str:
    """A hash of the parsing and embedding code, recorded in the manifest."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for name in _PIPELINE_MODULES:
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:16]


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seed_hashes(seeds_dir: Path) -> dict[str, str]:
    """Content hashes of every briefing file, by file name."""
    return {path.name: sha256_file(path) for path in seed_files(seeds_dir)}


def context_text(corpus: Corpus, sentence: Sentence) -> str:
    """The text embedded for a sentence *with* its context (never quoted)."""
    passage = corpus.passages[sentence.passage_id]
    document = corpus.document(passage.doc_id)
    parts = [document.title]
    if passage.section:
        parts.append(passage.section)
    previous = [i for i in passage.sentence_ids if i < sentence.sentence_id]
    lead = f"{sentence.speaker} said: " if sentence.speaker else ""
    if previous:
        parts.append(corpus.sentences[previous[-1]].text)
    parts.append(lead + sentence.text)
    return " ".join(parts)


def windows(text: str) -> list[str]:
    """Short pieces of a sentence: its clauses, and overlapping windows of words.

    A long sentence's single vector blurs its parts; "Duffy will speak with Dmitry
    Bakanov" is a far better match for "Who will Duffy meet?" than the whole sentence.
    """
    pieces: list[str] = []
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    for start, end in itertools.pairwise(bounds):
        clause = text[start:end].strip(' ,;:()—“”"')
        if len(clause.split()) >= 3 and clause != text:
            pieces.append(clause)
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    if len(spans) > WINDOW_WORDS:
        for first in range(0, len(spans) - WINDOW_WORDS + 1, WINDOW_STRIDE):
            last = min(len(spans), first + WINDOW_WORDS) - 1
            pieces.append(text[spans[first][0] : spans[last][1]])
    return pieces


def continued(corpus: Corpus, sentence: Sentence) -> list[str]:
    """For a sentence that continues someone's quotation, two more windows: it read after
    the sentence before it, and as its speaker's words.

    "We don't discard those ties in difficult times." alone does not say whose ties or
    whose words; "Will NASA walk away from its ties with Russia when things get tough?"
    meets it only beside "But we have a valuable partnership …" (cosine 0.35 alone, 0.58
    so), and "Explain Duffy's view on …" only as "Sean Duffy said: …" (0.23, 0.57).
    """
    passage = corpus.passages[sentence.passage_id]
    previous = [i for i in passage.sentence_ids if i < sentence.sentence_id]
    if not sentence.speaker or not previous:
        return []
    before = corpus.sentences[previous[-1]]
    if before.speaker != sentence.speaker:
        return []
    return [f"{before.text} {sentence.text}", f"{sentence.speaker} said: {sentence.text}"]


def embed_rows(
    corpus: Corpus, embedder: Embedder, *, progress: bool = False
) -> tuple[list[tuple[str, int]], Vectors]:
    """Embed every row of the index (see ``CHUNKING``), in batches."""
    rows: list[tuple[str, int]] = []
    texts: list[str] = []
    for sentence in corpus.sentences:
        rows.append((KIND_SENTENCE, sentence.sentence_id))
        texts.append(sentence.text)
        rows.append((KIND_CONTEXT, sentence.sentence_id))
        texts.append(context_text(corpus, sentence))
        for piece in windows(sentence.text) + continued(corpus, sentence):
            rows.append((KIND_WINDOW, sentence.sentence_id))
            texts.append(piece)
    for passage in corpus.passages:
        rows.append((KIND_PASSAGE, passage.passage_id))
        texts.append(passage.text)
    return rows, embedder.encode(texts, progress=progress)


def embed_tokens(corpus: Corpus, embedder: Embedder) -> tuple[Vectors, npt.NDArray[np.int32]]:
    """The content word-piece vectors of every sentence, and which sentence owns each."""
    blocks: list[Vectors] = []
    owners: list[npt.NDArray[np.int32]] = []
    # A quoted sentence's words include who said them: "what did Duffy say about …" must
    # match “But we have a valuable partnership …”, which never names him.
    encoded = embedder.encode_tokens(
        [f"{s.speaker}: {s.text}" if s.speaker else s.text for s in corpus.sentences]
    )
    for sentence, result in zip(corpus.sentences, encoded, strict=True):
        keep = [i for i, piece in enumerate(result.pieces) if is_content_piece(piece)]
        blocks.append(result.tokens[keep])
        owners.append(np.full(len(keep), sentence.sentence_id, dtype=np.int32))
    dim = embedder.dimension
    tokens = np.concatenate(blocks) if blocks else np.zeros((0, dim), dtype=np.float32)
    owner = np.concatenate(owners) if owners else np.zeros(0, dtype=np.int32)
    return np.ascontiguousarray(tokens, dtype=np.float32), owner


def build(seeds_dir: Path, embedder: Embedder, *, progress: bool = False) -> KnowledgeIndex:
    """Parse the seeds and embed them into an in-memory index."""
    corpus = parse_seeds(seeds_dir)
    rows, vectors = embed_rows(corpus, embedder, progress=progress)
    tokens, token_owner = embed_tokens(corpus, embedder)
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    manifest = {
        "format_version": FORMAT_VERSION,
        "model": embedder.model_name,
        "dimension": int(vectors.shape[1]),
        "chunking": CHUNKING,
        "pipeline": pipeline_fingerprint(),
        "seeds": seed_hashes(seeds_dir),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "counts": {
            "documents": len(corpus.documents),
            "passages": len(corpus.passages),
            "sentences": len(corpus.sentences),
            "vectors": len(rows),
        },
    }
    return KnowledgeIndex(
        corpus=corpus,
        rows=rows,
        faiss_index=flat,
        tokens=tokens,
        token_owner=token_owner,
        manifest=manifest,
    )


def save(
    index: KnowledgeIndex, index_dir: Path, *, before_swap: Callable[[], None] | None = None
) -> None:
    """Write ``index`` to ``index_dir`` atomically (temp directory, then swap)."""
    index_dir = index_dir.resolve()
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{index_dir.name}-build-", dir=index_dir.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the index is not a secret
    try:
        corpus_doc = {
            "documents": [to_dict(d) for d in index.corpus.documents],
            "passages": [to_dict(p) for p in index.corpus.passages],
            "sentences": [to_dict(s) for s in index.corpus.sentences],
            "rows": [list(row) for row in index.rows],
        }
        (tmp / CORPUS).write_text(json.dumps(corpus_doc, ensure_ascii=False), encoding="utf-8")
        faiss.write_index(index.faiss_index, str(tmp / VECTORS))
        np.save(tmp / TOKENS, index.tokens)
        np.save(tmp / TOKEN_OWNER, index.token_owner)
        manifest = dict(index.manifest)
        manifest["files"] = {
            name: sha256_file(tmp / name) for name in (CORPUS, VECTORS, TOKENS, TOKEN_OWNER)
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        for name in KEPT_FILES:
            if (index_dir / name).is_file():
                shutil.copy2(index_dir / name, tmp / name)
        if before_swap is not None:
            before_swap()  # a hook for tests that simulate a crash before the swap
        _swap(tmp, index_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _swap(new: Path, target: Path) -> None:
    """Put directory ``new`` in place of ``target``.

    A directory cannot be renamed over a non-empty one, so the old index steps aside first;
    the window between the two renames is two system calls long.
    """
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}-old-{os.getpid()}-{time.monotonic_ns()}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexCorrupt(
            f"index at {path.parent} is incomplete: {path.name} is missing; "
            "run `briefing-bot rebuild-index --force`"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise IndexCorrupt(
            f"index file {path} is corrupt; run `briefing-bot rebuild-index --force`"
        ) from None


def load(
    index_dir: Path,
    *,
    model_name: str,
    seeds_dir: Path | None = None,
    allow_stale: bool = False,
) -> KnowledgeIndex:
    """Load and check the index; every failure is one clear :class:`IndexUnusable` line."""
    if not (index_dir / MANIFEST).is_file():
        raise IndexMissing(f"no index at {index_dir}; run `briefing-bot rebuild-index`")
    manifest = _read_json(index_dir / MANIFEST)
    rebuild = "run `briefing-bot rebuild-index --force`"
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        raise IndexCorrupt(f"index at {index_dir} has an unknown format; {rebuild}")
    if manifest.get("model") != model_name:
        raise IndexModelMismatch(
            f"index at {index_dir} was built with model {manifest.get('model')!r}, "
            f"not {model_name!r}; {rebuild}"
        )
    for name, digest in (manifest.get("files") or {}).items():
        path = index_dir / name
        if not path.is_file() or sha256_file(path) != digest:
            raise IndexCorrupt(f"index file {path} is truncated or changed; {rebuild}")

    data = _read_json(index_dir / CORPUS)
    try:
        corpus = Corpus(
            documents=[
                Document(
                    **{
                        **d,
                        "sections": tuple(d["sections"]),
                        # absent from an index built before headings were quotable,
                        # which then loads as stale (the parsing code changed), not corrupt
                        "title_span": tuple(d["title_span"]) if d.get("title_span") else None,
                        "section_spans": tuple(tuple(s) for s in d.get("section_spans", [])),
                    }
                )
                for d in data["documents"]
            ],
            passages=[
                Passage(**{**p, "sentence_ids": tuple(p["sentence_ids"])}) for p in data["passages"]
            ],
            sentences=[Sentence(**s) for s in data["sentences"]],
        )
        rows = [(str(kind), int(ref)) for kind, ref in data["rows"]]
        vectors = faiss.read_index(str(index_dir / VECTORS))
        tokens = np.load(index_dir / TOKENS, allow_pickle=False)
        token_owner = np.load(index_dir / TOKEN_OWNER, allow_pickle=False)
    except (OSError, KeyError, TypeError, ValueError, RuntimeError):
        raise IndexCorrupt(f"index at {index_dir} is corrupt; {rebuild}") from None
    if vectors.d != manifest.get("dimension"):
        raise IndexModelMismatch(
            f"index at {index_dir} has {vectors.d}-dimensional vectors, not "
            f"{manifest.get('dimension')}; {rebuild}"
        )
    if vectors.ntotal != len(rows) or tokens.ndim != 2 or tokens.shape[0] != token_owner.shape[0]:
        raise IndexCorrupt(f"index at {index_dir} is inconsistent; {rebuild}")

    index = KnowledgeIndex(
        corpus=corpus,
        rows=rows,
        faiss_index=vectors,
        tokens=tokens,
        token_owner=token_owner,
        manifest=manifest,
    )
    if seeds_dir is not None:
        changed = stale_seeds(manifest, seeds_dir)
        if manifest.get("pipeline") != pipeline_fingerprint():
            changed.append("the parsing code")
        if changed:
            message = (
                f"index at {index_dir} is stale: {', '.join(changed)} changed since it "
                "was built; run `briefing-bot rebuild-index`"
            )
            if not allow_stale:
                raise IndexStale(message)
            index.warnings.append(message)
    return index


def stale_seeds(manifest: dict[str, Any], seeds_dir: Path) -> list[str]:
    """Seed files added, removed or changed since the manifest was written."""
    try:
        current = seed_hashes(seeds_dir)
    except Exception:  # an unreadable seeds dir is reported when rebuilding, not here
        return []
    built = manifest.get("seeds") or {}
    return sorted(
        name for name in set(current) | set(built) if current.get(name) != built.get(name)
    )


def rebuild(
    seeds_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    force: bool = False,
    progress: bool = False,
) -> BuildResult:
    """Build and save the index unless it is already up to date (or ``force``)."""
    started = time.perf_counter()
    if not force:
        try:
            current = load(index_dir, model_name=embedder.model_name, seeds_dir=seeds_dir)
        except IndexUnusable:
            pass  # missing, stale, corrupt or another model: build it anew
        else:
            return BuildResult(
                False,
                len(current.corpus.documents),
                len(current.corpus.passages),
                time.perf_counter() - started,
            )
    index = build(seeds_dir, embedder, progress=progress)
    save(index, index_dir)
    return BuildResult(
        True, len(index.corpus.documents), len(index.corpus.passages), time.perf_counter() - started
    )
