"""A document as loaders see it: its text's identity, original text, normalised views and structure."""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from graph.errors import ReadError
from graph.model import Evidence, Extraction, Issue
from loaders.reading import TEXT, read, sniff
from loaders.reading import flat
from loaders.reading.model import Layout, from_text, read_through
from loaders.reading.shared_pages import unpaged
from loaders.reading.simplified import simplify
from loaders.reading.text import NormalText, decode, join_breaks, lost_breaks, normalise, restore_breaks, sentence_around


@dataclass(frozen=True)
class SourceDocument:
    sha256: str
    source: str          # where it came from (a path, as given)
    encoding: str        # the encoding it was decoded with (text), or the format it was read from (html, docx, pdf, doc)
    raw: str             # the decoded original, or the text read from a web page, Word file or PDF; evidence offsets point into this
    # A document cut from a larger file (a web page holding several reports) keeps
    # where it starts in that file, so its evidence points into the file as published.
    base: int = 0        # character offset of raw[0] in the file's decoded text
    line_base: int = 0   # lines before it in the file
    layout: Layout | None = field(default=None, compare=False, repr=False)   # what a format reader read

    @property
    def key(self) -> str:
        """Content hash, shortened: unique in any realistic corpus and short enough to type."""
        return self.sha256[:16]

    @cached_property
    def structure(self) -> Layout:
        """Paragraphs and tables, with offsets into `raw`: as the format reader read them, or from the text's lines."""
        if self.layout:
            return flat.regroup(self.layout)
        if self._simplified.text != normalise(self.raw).text:
            # Traditional characters (or a converter's pinyin readings, or a sharing site's page numbers left out):
            # tables are found in the view kg reads, offsets turned back into the original.
            return read_through(self.plain.text, self.raw, self.plain.span)
        return from_text(self.raw)

    @cached_property
    def _located(self) -> bool:
        """Whether evidence has a page or table to give (text with neither has none)."""
        return self.structure.located

    @cached_property
    def _simplified(self) -> NormalText:
        return simplify(unpaged(normalise(self.raw)))

    @cached_property
    def _lost(self) -> frozenset[int]:
        return lost_breaks(self._simplified.text)

    @cached_property
    def plain(self) -> NormalText:
        """Width/punctuation-normalised text in simplified characters, lines and spaces as in the
        original (for tables), save the line breaks a page lost, written as spaces, read as breaks."""
        return restore_breaks(self._simplified, self._lost)

    @cached_property
    def clean(self) -> NormalText:
        """`plain` with PDF/OCR line breaks and stray spaces removed (for prose and plans)."""
        return join_breaks(self.plain, self._lost)

    def evidence(self, view: NormalText, start: int, end: int, *, sentence: bool = False) -> Evidence:
        """Evidence for view.text[start:end] (widened to its sentence if asked)."""
        if sentence:
            start, end = sentence_around(view.text, start, end)
        ostart, oend = view.span(start, end)
        text = view.text[start:end].strip()
        if self._located:
            where = self.structure.locate(ostart, oend)
            return Evidence(self.key, self.base + ostart, self.base + oend, text, where.page, where.table, where.row, where.cell)
        return Evidence(self.key, self.base + ostart, self.base + oend, text)

    def line(self, view: NormalText, start: int) -> int:
        return self.line_base + view.line_of(self.raw, start)

    def part(self, start: int, end: int, number: int) -> "SourceDocument":
        """raw[start:end] as a document of its own, numbered within this file."""
        raw = self.raw[start:end]
        return SourceDocument(
            text_hash(raw), f"{self.source}#{number}", self.encoding, raw,
            base=self.base + start, line_base=self.line_base + self.raw.count("\n", 0, start),
        )


def source_file(source: str) -> str:
    """The file a source names: FILE for FILE#N (N a number: the Nth document cut from a
    page), else the source itself (`a#b.txt` is a file name with a `#` in it)."""
    file, sep, number = source.rpartition("#")
    return file if sep and number.isdigit() else source


def path_text(path: str | Path) -> str:
    """A path as text that can be stored, written as JSON and printed: a file name that is not
    valid UTF-8 keeps its other characters, each byte that is not written as \\xNN."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad")


def text_hash(text: str) -> str:
    """The identity of a document's text, whatever form it came in: the same text in GBK or
    UTF-8, with CRLF or LF, with other spacing or line breaking, or read from a web page's
    paragraphs, a Word file or a PDF, hashes the same (white space and invisible characters dropped)."""
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


def from_bytes(data: bytes, source: str) -> SourceDocument:
    """A document from a file's bytes, in whichever format they are (told from the bytes, not the name)."""
    fmt = sniff(data)
    if fmt == TEXT:
        text, encoding = decode(data)
        return SourceDocument(text_hash(text), source, encoding, text)
    layout = read(data, fmt)
    return SourceDocument(text_hash(layout.text), source, layout.format, layout.text, layout=layout)


def with_reading(ex: Extraction, doc: SourceDocument) -> Extraction:
    """What the format reader learnt besides the text: the header table's metadata where the
    loader found none, and the reader's notes as issues."""
    if doc.layout is None:
        return ex
    meta, info = doc.layout.meta, ex.document
    filled = {k: getattr(meta, k) for k in ("title", "issuer", "number", "date") if getattr(meta, k) and not getattr(info, k)}
    notes = tuple(Issue(code, message, doc.key, 0) for code, message in doc.layout.notes)
    return replace(ex, document=replace(info, **filled) if filled else info, issues=notes + ex.issues)


MAX_MEGABYTES = 5
# Reading costs about 15 s and 60 MB of memory a megabyte of text (on top of ~0.5 GB for
# the lexicons and jieba): 5 MB is far beyond any one government document (a work report
# is well under 0.5 MB) and still loads in about a minute and a gigabyte.

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def read_path(path: Path, max_bytes: int = MAX_MEGABYTES << 20) -> SourceDocument:
    """A file's document. Only a regular file is read, and only up to `max_bytes`: a FIFO or
    a device named on the command line (/dev/zero) is refused rather than waited on or read
    without end, as is a file over the limit, before it is read."""
    name = path_text(path)
    try:
        # Non-blocking, so that opening a FIFO does not wait for a writer; what was opened is
        # what is checked (fstat), so nothing can swap the file between check and read.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as e:
        raise ReadError(f"{name}: no such file") from e
    except IsADirectoryError as e:
        raise ReadError(f"{name}: is a directory") from e
    except OSError as e:
        raise ReadError(f"{name}: cannot read ({e.strerror})") from e
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ReadError(f"{name}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            kind = next((k for test, k in _KINDS if test(st.st_mode)), "not a regular file")
            raise ReadError(f"{name}: {kind}, not a regular file; skipped")
        too_big = f"larger than kg's limit of {_megabytes(max_bytes)} (kg load --max-size MB raises it)"
        if st.st_size > max_bytes:
            raise ReadError(f"{name}: {_megabytes(st.st_size)}, {too_big}")
        try:
            with os.fdopen(fd, "rb", closefd=False) as f:
                data = f.read(max_bytes + 1)
        except OSError as e:
            raise ReadError(f"{name}: cannot read ({e.strerror})") from e
    finally:
        os.close(fd)
    if len(data) > max_bytes:         # grew since, or a file whose size the system does not tell
        raise ReadError(f"{name}: {too_big}")
    try:
        return from_bytes(data, name)
    except ReadError as e:
        raise ReadError(f"{name}: {e}") from e


def _megabytes(n: int) -> str:
    return f"{n / (1 << 20):.3g} MB"
