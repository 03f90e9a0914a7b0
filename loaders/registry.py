"""Document kinds: each loader says how much a text looks like its kind; the best one parses it.

Detection reads content, never file names. A kind with no extractor yet still
yields its Document, with an issue saying nothing was extracted.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from graph.model import Extraction, Issue
from .lexicon import Lexicon
from .source import SourceDocument


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


_LOADERS: list[Loader] = []
_SPLITTERS: list[Splitter] = []
MIN_SCORE = 0.3


def register(loader: Loader) -> Loader:
    _LOADERS.append(loader)
    return loader


def register_splitter(splitter: Splitter) -> Splitter:
    _SPLITTERS.append(splitter)
    return splitter


def split(doc: SourceDocument) -> tuple[list[SourceDocument], list[Issue]]:
    """The documents a file holds: itself, or the parts a container format cuts it into."""
    _import_builtin()
    text = doc.plain.text
    for splitter in _SPLITTERS:
        if splitter.score(text) >= MIN_SCORE:
            return splitter.split(doc)
    return [doc], []


def loaders() -> list[Loader]:
    _import_builtin()
    return list(_LOADERS)


GENERIC = "generic"


def scores(doc: SourceDocument) -> list[tuple[str, float]]:
    """Every kind's score for the document, best first (ties by kind name): what detection chose from."""
    text = doc.plain.text
    return [(kind, score) for score, kind in sorted(((lo.score(text), lo.kind) for lo in loaders()),
                                                    key=lambda t: (-t[0], t[1]))]


def explain(doc: SourceDocument) -> str:
    """Why the document was read as its kind, in one line (`kg load -v`)."""
    ranked = scores(doc)
    chosen = detect(doc).kind
    shown = ", ".join(f"{k} {s:.2f}" for k, s in ranked if k != GENERIC)
    if chosen == GENERIC:
        return f"generic: no kind scored {MIN_SCORE:.2f} or more ({shown})"
    return f"{chosen}: the best score ({shown})"


def detect(doc: SourceDocument) -> Loader:
    """The loader whose kind the document looks most like; text of no known kind is read as a
    generic document (its officials, regions and initiatives), never refused."""
    text = doc.plain.text
    scored = sorted(((lo.score(text), lo.kind, lo) for lo in loaders()), key=lambda t: (-t[0], t[1]))
    best_score, _, best = scored[0]
    if best_score < MIN_SCORE:
        return next(lo for lo in loaders() if lo.kind == GENERIC)
    return best


def _import_builtin() -> None:
    # Imported here, not at the top, so each loader module can `register` itself.
    from . import commitment_table, division_plan, prose, responsibility_table, web_collection  # noqa: F401
