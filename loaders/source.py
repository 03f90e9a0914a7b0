"""A document as loaders see it: its bytes' identity, original text and normalised views."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from graph.errors import ReadError
from graph.model import Evidence
from .text import NormalText, decode, join_breaks, normalise, sentence_around


@dataclass(frozen=True)
class SourceDocument:
    sha256: str
    source: str          # where it came from (a path, as given)
    encoding: str        # the encoding it was decoded with
    raw: str             # the decoded original; evidence offsets point into this

    @property
    def key(self) -> str:
        """Content hash, shortened: unique in any realistic corpus and short enough to type."""
        return self.sha256[:16]

    @cached_property
    def plain(self) -> NormalText:
        """Width/punctuation-normalised text, lines and spaces as in the original (for tables)."""
        return normalise(self.raw)

    @cached_property
    def clean(self) -> NormalText:
        """`plain` with PDF/OCR line breaks and stray spaces removed (for prose and plans)."""
        return join_breaks(self.plain)

    def evidence(self, view: NormalText, start: int, end: int, *, sentence: bool = False) -> Evidence:
        """Evidence for view.text[start:end] (widened to its sentence if asked)."""
        if sentence:
            start, end = sentence_around(view.text, start, end)
        ostart, oend = view.span(start, end)
        return Evidence(self.key, ostart, oend, view.text[start:end].strip())

    def line(self, view: NormalText, start: int) -> int:
        return view.line_of(self.raw, start)


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
