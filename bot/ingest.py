"""Parse briefing files (``.txt`` and ``.md``) into documents, passages and sentences.

Layouts:

* ``.txt`` — the first line is the title; each following line is one paragraph; a short
  line without final punctuation is a section heading; a last line such as "with inputs
  from Reuters" is the credit (the document's ``source``, and also a last passage, outside
  any section, so that "Who contributed to this report?" can quote it).
* ``.md`` — optional YAML front matter (``title``, ``source``, ``date``, ``url``), ``#``
  headings (the first level-1 heading is the title when the front matter has none), and
  paragraphs separated by blank lines.

Offsets are kept into the file's decoded text, so ``source[start:end] == text`` always.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import attribution, sentences
from bot.documents import Document, Passage, Sentence
from bot.errors import SeedError

SEED_SUFFIXES = (".txt", ".md")
_CREDIT = re.compile(
    r"^\s*\(?\s*(with (additional )?(inputs?|reporting) (from|by)|reporting by|source:)", re.I
)
_HEADING_MAX_CHARS = 90
_FINAL_PUNCTUATION = tuple(".!?,;:\"”’')…")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")


@dataclass
class Corpus:
    """Everything parsed from the seeds, with global passage and sentence ids."""

    documents: list[Document] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def document(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc
        raise KeyError(doc_id)


@dataclass(frozen=True)
class _Block:
    """A raw piece of a file: a paragraph or a heading, with its offsets."""

    kind: str  # "paragraph" | "heading" | "title" | "credit"
    start: int
    end: int


def seed_files(seeds_dir: Path) -> list[Path]:
    """The briefing files in ``seeds_dir``, in a stable order."""
    if not seeds_dir.is_dir():
        raise SeedError(f"no seeds directory at {seeds_dir}")
    return sorted(p for p in seeds_dir.iterdir() if p.suffix in SEED_SUFFIXES and p.is_file())


def read_text(path: Path) -> str:
    """Read a seed file as UTF-8 (a BOM is tolerated), or raise a one-line SeedError."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError(f"cannot read {path}: {exc}") from exc


def is_heading(line: str) -> bool:
    """A short line without final punctuation (a section heading in the .txt layout)."""
    line = line.strip()
    return 0 < len(line) <= _HEADING_MAX_CHARS and not line.endswith(_FINAL_PUNCTUATION)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, trimmed."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            yield start, start + len(stripped)
        pos += len(line)


def _txt_blocks(text: str) -> tuple[list[_Block], dict[str, str]]:
    spans = list(_lines(text))
    blocks: list[_Block] = []
    for i, (start, end) in enumerate(spans):
        line = text[start:end]
        if i == 0:
            kind = "title"
        elif i == len(spans) - 1 and _CREDIT.match(line):
            kind = "credit"
        elif is_heading(line):
            kind = "heading"
        else:
            kind = "paragraph"
        blocks.append(_Block(kind, start, end))
    return blocks, {}


def _md_blocks(text: str, doc_id: str = "") -> tuple[list[_Block], dict[str, str]]:
    meta: dict[str, str] = {}
    body_start = 0
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            loaded = yaml.safe_load(front.group(1)) or {}
        except yaml.YAMLError as exc:
            first_line = str(exc).splitlines()[0]
            raise SeedError(f"{doc_id}: bad YAML front matter: {first_line}") from exc
        if not isinstance(loaded, dict):
            raise SeedError(f"{doc_id}: YAML front matter must be a mapping")
        meta = {str(k): str(v) for k, v in loaded.items() if v is not None}
        body_start = front.end()

    blocks: list[_Block] = []
    para: list[tuple[int, int]] = []

    def flush() -> None:
        if para:
            blocks.append(_Block("paragraph", para[0][0], para[-1][1]))
            para.clear()

    pos = body_start
    for line in text[body_start:].splitlines(keepends=True):
        stripped = line.strip()
        heading = _MD_HEADING.match(stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            start = pos + line.index(heading.group(2))
            # A level-1 heading before any paragraph is the title (repeating the front
            # matter's, if there is one), not a section.
            first_h1 = len(heading.group(1)) == 1 and not any(
                b.kind in {"title", "paragraph"} for b in blocks
            )
            kind = "title" if first_h1 and not para else "heading"
            blocks.append(_Block(kind, start, start + len(heading.group(2))))
        else:
            start = pos + line.index(stripped)
            para.append((start, start + len(stripped)))
        pos += len(line)
    flush()
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if paragraphs and _CREDIT.match(text[paragraphs[-1].start : paragraphs[-1].end]):
        blocks[blocks.index(paragraphs[-1])] = _Block(
            "credit", paragraphs[-1].start, paragraphs[-1].end
        )
    return blocks, meta


def _title_span(text: str, title: str, block: _Block | None) -> tuple[int, int] | None:
    """Where the headline stands in the file: its title line, or where the front matter's
    title is written (None if it is not written as given, as when YAML unquotes it)."""
    if block is not None and text[block.start : block.end] == title:
        return block.start, block.end
    at = text.find(title)
    return (at, at + len(title)) if at >= 0 else None


class CorpusBuilder:
    """Adds documents to a :class:`Corpus`, numbering passages and sentences globally."""

    def __init__(self) -> None:
        self.corpus = Corpus()

    def add_file(self, path: Path, *, display_path: str | None = None) -> Document:
        text = read_text(path)
        return self.add_text(
            text, doc_id=path.name, path=display_path or str(path), markdown=path.suffix == ".md"
        )

    def add_text(self, text: str, *, doc_id: str, path: str, markdown: bool = False) -> Document:
        blocks, meta = _md_blocks(text, doc_id) if markdown else _txt_blocks(text)
        title_block = next((b for b in blocks if b.kind == "title"), None)
        title = meta.get("title") or (
            text[title_block.start : title_block.end] if title_block else None
        )
        if not title:
            raise SeedError(f"{doc_id}: no title (the first line, or a '# heading')")
        credit = next((text[b.start : b.end] for b in blocks if b.kind == "credit"), None)
        resolver = attribution.NameResolver(text)
        section: str | None = None
        sections: list[str] = []
        section_spans: list[tuple[int, int]] = []
        paragraph_no = 0
        for block in blocks:
            if block.kind == "heading":
                section = text[block.start : block.end]
                sections.append(section)
                section_spans.append((block.start, block.end))
            elif block.kind == "paragraph":
                paragraph_no += 1
                self._add_passage(text, block, doc_id, section, paragraph_no, resolver)
            elif block.kind == "credit" and paragraph_no:
                # Quotable like any line of the briefing; numbered on from the body.
                self._add_passage(text, block, doc_id, None, paragraph_no + 1, resolver)
        if paragraph_no == 0:
            raise SeedError(f"{doc_id}: no paragraphs")
        document = Document(
            doc_id=doc_id,
            path=path,
            title=title,
            source=meta.get("source") or credit,
            date=meta.get("date"),
            url=meta.get("url"),
            sections=tuple(sections),
            title_span=_title_span(text, title, title_block),
            section_spans=tuple(section_spans),
        )
        self.corpus.documents.append(document)
        return document

    def _add_passage(
        self,
        text: str,
        block: _Block,
        doc_id: str,
        section: str | None,
        paragraph_no: int,
        resolver: attribution.NameResolver,
    ) -> None:
        para = text[block.start : block.end]
        quotes = attribution.quotations(para, resolver)
        passage_id = len(self.corpus.passages)
        sentence_ids: list[int] = []
        for start, end in sentences.split_spans(para):
            quote = _overlapping(quotes, start, end)
            sentence = Sentence(
                sentence_id=len(self.corpus.sentences),
                passage_id=passage_id,
                start=block.start + start,
                end=block.start + end,
                text=para[start:end],
                speaker=quote.speaker if quote else None,
                is_quote=quote is not None,
            )
            self.corpus.sentences.append(sentence)
            sentence_ids.append(sentence.sentence_id)
        self.corpus.passages.append(
            Passage(
                passage_id=passage_id,
                doc_id=doc_id,
                section=section,
                paragraph=paragraph_no,
                start=block.start,
                end=block.end,
                text=para,
                reported_by=attribution.reported_by(para),
                sentence_ids=tuple(sentence_ids),
            )
        )


def _overlapping(
    quotes: Iterable[attribution.Quotation], start: int, end: int
) -> attribution.Quotation | None:
    """The quotation a sentence belongs to: one it opens with, or one covering half of it.

    “This is a temporary assignment for me,” Duffy said of his role … opens with a quotation
    and is Duffy's words; a sentence that merely contains a scare-quoted word is not.
    """
    for quote in quotes:
        if quote.start <= start < quote.end:
            return quote
        if (min(end, quote.end) - max(start, quote.start)) * 2 >= end - start:
            return quote
    return None


def unify_speakers(corpus: Corpus) -> None:
    """Give a bare surname the full name another briefing introduced, when only one fits.

    One briefing may say only "Duffy said"; another introduces "Sean Duffy". Across the
    corpus they are one speaker, so `/quotes Duffy` finds all of his words.
    """
    full_names: dict[str, set[str]] = {}
    for sentence in corpus.sentences:
        if sentence.speaker and " " in sentence.speaker:
            full_names.setdefault(sentence.speaker.split()[-1], set()).add(sentence.speaker)
    for i, sentence in enumerate(corpus.sentences):
        speaker = sentence.speaker
        if speaker and " " not in speaker and len(full_names.get(speaker, ())) == 1:
            (full,) = full_names[speaker]
            corpus.sentences[i] = dataclasses.replace(sentence, speaker=full)


def parse_seeds(seeds_dir: Path) -> Corpus:
    """Parse every briefing in ``seeds_dir``."""
    builder = CorpusBuilder()
    files = seed_files(seeds_dir)
    if not files:
        raise SeedError(f"no briefings (*.txt, *.md) in {seeds_dir}")
    for path in files:
        builder.add_file(path, display_path=f"{seeds_dir.name}/{path.name}")
    unify_speakers(builder.corpus)
    return builder.corpus
