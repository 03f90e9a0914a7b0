"""What a kind of document is to the registry: how much a text looks like it, and how to read it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from graph.model import Extraction, Issue
from loaders.reading.source import SourceDocument
from loaders.recognisers.lexicon import Lexicon


# The least score a kind must reach for a text to be read as it (else it is read as a generic document).
MIN_SCORE = 0.3


@dataclass(frozen=True)
class Loader:
    kind: str
    description: str
    score: Callable[[str], float]          # plain text → 0..1, how much it looks like this kind
    parse: Callable[[SourceDocument, Lexicon], Extraction]


@dataclass(frozen=True)
class Splitter:
    """A container format: one file holding several documents (e.g. a scraped page of reports)."""
    kind: str
    score: Callable[[str], float]
    split: Callable[[SourceDocument], tuple[list[SourceDocument], list[Issue]]]
