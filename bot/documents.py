"""Plain data types for parsed briefings: documents, passages (paragraphs) and sentences.

Every piece of text keeps its character offsets into its source file, so that anything the
bot quotes can be checked against — and is always sliced from — the source itself.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One briefing file."""

    doc_id: str  # the file name, unique within seeds/
    path: str  # path as given to ingest (relative to the seeds dir's parent when possible)
    title: str
    source: str | None = None  # the credit line ("with inputs from Reuters") or front-matter source
    date: str | None = None
    url: str | None = None
    sections: tuple[str, ...] = ()
    # Offsets into the source file of the headline (None when only front matter gives it)
    # and of each section heading, for quoting them: "What does the headline say?"
    title_span: tuple[int, int] | None = None
    section_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence of a passage, with its offsets into the source file."""

    sentence_id: int  # position in the index's sentence table
    passage_id: int
    start: int
    end: int
    text: str
    speaker: str | None = None  # full name, for sentences inside a direct quotation
    is_quote: bool = False


@dataclass(frozen=True)
class Passage:
    """One paragraph of a document."""

    passage_id: int
    doc_id: str
    section: str | None
    paragraph: int  # 1-based, counted over the document's body paragraphs
    start: int
    end: int
    text: str
    reported_by: str | None = None  # "According to X, …"
    sentence_ids: tuple[int, ...] = field(default_factory=tuple)


def to_dict(obj: Document | Passage | Sentence) -> dict[str, Any]:
    """Serialise one of the types above to plain JSON types."""
    data = asdict(obj)
    for key, value in data.items():
        if isinstance(value, tuple):
            data[key] = list(value)
    return data
