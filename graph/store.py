"""What every store offers, and how to open one from a configuration.

A store holds the resolved graph plus, per document, the Extraction it came
from. Loading recomputes the graph from those records and the new documents and
writes the result, so re-loading is idempotent and a changed document replaces
exactly what its old version said.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Protocol

if TYPE_CHECKING:      # networkx is imported by what builds a graph, not by every query
    from .knowledge import KnowledgeGraph


@dataclass(frozen=True)
class ExtractionRecord:
    key: str          # document key
    source: str       # where the document was read from
    loaded_at: str    # ISO timestamp
    json: str         # Extraction.to_json()


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]


@dataclass(frozen=True)
class Plan:
    """What a store's EXPLAIN says a query would do, without running it (queries/guard.py)."""
    query_type: str                         # Neo4j's r | rw | w | s; "" where the store does not say
    steps: tuple[tuple[str, str], ...]      # (operator, its details), every step of the plan


Progress = Callable[[int], None]   # called with the number of items just written


class Store(Protocol):
    backend: str          # "embedded" | "neo4j"
    location: str         # a path or a URI, for `kg status`

    def records(self) -> list[ExtractionRecord]: ...
    def write(self, kg: KnowledgeGraph, records: list[ExtractionRecord], progress: Progress | None = None) -> None: ...
    def run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult: ...
    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> Plan: ...
    def write_analytics(self, figures: dict[str, dict[str, dict[str, Any]]]) -> dict[str, int]:
        """Network figures ({label: {key: {property: value}}}, graph/analytics.py) onto the
        stored nodes, replacing those of any earlier analysis; returns counts per property."""
        ...
    def close(self) -> None: ...


_INT64 = (-(1 << 63), (1 << 63) - 1)


def check_integers(params: dict[str, Any], engine: str) -> None:
    """Both stores' integers are 64-bit: a larger one (--limit 999999999999999999999) is the
    user's to fix, said in one line, not an overflow inside a driver."""
    from .errors import StoreError
    for name, value in params.items():
        for v in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(v, int) and not isinstance(v, bool) and not _INT64[0] <= v <= _INT64[1]:
                raise StoreError(f"parameter {name!r} is {v}, beyond the 64-bit integers {engine} takes")


def open_store(backend: str, *, db_path: str = "", uri: str = "", user: str = "", password: str = "", database: str = "", read_only: bool = False) -> Store:
    if backend == "embedded":
        from .embedded_store import EmbeddedStore
        return EmbeddedStore(db_path, read_only=read_only)
    if backend == "neo4j":
        from .neo4j_store import Neo4jStore
        return Neo4jStore(uri, user, password, database, read_only=read_only)
    from .errors import StoreError
    raise StoreError(f"unknown backend {backend!r}; known: embedded, neo4j")
