"""A document as loaders see it: its bytes' identity, original text and normalised views."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from graph.errors import ReadError
from graph.model import Evidence
from .simplified import simplify
from .text import NormalText, decode, join_breaks, normalise, sentence_around


@dataclass(frozen=True)
class SourceDocument:
    sha256: str
    source: str          # where it came from (a path, as given)
    encoding: str        # the encoding it was decoded with
    raw: str             # the decoded original; evidence offsets point into this
    # A document cut from a larger file (a web page holding several reports) keeps
    # where it starts in that file, so its evidence points into the file as published.
    base: int = 0        # character offset of raw[0] in the file's decoded text
    line_base: int = 0   # lines before it in the file

    @property
    def key(self) -> str:
        """Content hash, shortened: unique in any realistic corpus and short enough to type."""
        return self.sha256[:16]

    @cached_property
    def plain(self) -> NormalText:
        """Width/punctuation-normalised text in simplified characters, lines and spaces as in the
        original (for tables)."""
        return simplify(normalise(self.raw))

    @cached_property
    def clean(self) -> NormalText:
        """`plain` with PDF/OCR line breaks and stray spaces removed (for prose and plans)."""
        return join_breaks(self.plain)

    def evidence(self, view: NormalText, start: int, end: int, *, sentence: bool = False) -> Evidence:
        """Evidence for view.text[start:end] (widened to its sentence if asked)."""
        if sentence:
            start, end = sentence_around(view.text, start, end)
        ostart, oend = view.span(start, end)
        return Evidence(self.key, self.base + ostart, self.base + oend, view.text[start:end].strip())

    def line(self, view: NormalText, start: int) -> int:
        return self.line_base + view.line_of(self.raw, start)

    def part(self, start: int, end: int, number: int) -> "SourceDocument":
        """raw[start:end] as a document of its own, numbered within this file."""
        raw = self.raw[start:end]
        return SourceDocument(
            hashlib.sha256(raw.encode("utf-8")).hexdigest(), f"{self.source}#{number}", self.encoding, raw,
            base=self.base + start, line_base=self.line_base + self.raw.count("\n", 0, start),
        )


def source_file(source: str) -> str:
    return source.split("#", 1)[0]


def from_bytes(data: bytes, source: str) -> SourceDocument:
    text, encoding = decode(data)
    return SourceDocument(hashlib.sha256(data).hexdigest(), source, encoding, text)


def read_path(path: Path) -> SourceDocument:
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise ReadError(f"{path}: no such file") from e
    except IsADirectoryError as e:
        raise ReadError(f"{path}: is a directory") from e
    except OSError as e:
        raise ReadError(f"{path}: cannot read ({e.strerror})") from e
    try:
        return from_bytes(data, str(path))
    except ReadError as e:
        raise ReadError(f"{path}: {e}") from e
