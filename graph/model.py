"""Typed data that flows through kg: Document → Extraction (entities, relations, issues).

Loaders produce these, the resolver merges them, stores write them. All are plain
frozen dataclasses with a JSON form, so golden tests and the store's bookkeeping
need nothing else.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, asdict
from typing import Any

from . import schema


@dataclass(frozen=True)
class Evidence:
    """The proof of a fact: a span of a document and the text it covers.

    `start`/`end` are character offsets into the document's original decoded
    text (for a web page, Word file or PDF: into the text kg read from it); `text`
    is the same span after normalisation (what a reader should see). Where the
    document has pages or tables, `page`, `table`, `row` and `cell` (1-based; 0 =
    not applicable) say where the span stands in the file as published.
    """

    document: str
    start: int
    end: int
    text: str
    page: int = 0
    table: int = 0
    row: int = 0
    cell: int = 0

    def ref(self) -> str:
        return schema.span_ref(self.document, self.start, self.end)


@dataclass(frozen=True)
class Entity:
    label: str
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    props: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    evidence: tuple[Evidence, ...] = ()

    @property
    def ref(self) -> tuple[str, str]:
        return (self.label, self.key)


@dataclass(frozen=True)
class Relation:
    type: str
    source: tuple[str, str]   # (label, key)
    target: tuple[str, str]
    props: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    evidence: tuple[Evidence, ...] = ()

    @property
    def ref(self) -> tuple[str, tuple[str, str], tuple[str, str]]:
        return (self.type, self.source, self.target)


@dataclass(frozen=True)
class Issue:
    """Something a loader skipped or could not parse: counted, shown, written to the reject log."""

    code: str        # a stable reason code, e.g. "table.truncated", "plan.no-annotation"
    message: str
    document: str
    line: int        # 1-based line in the original text, 0 when not tied to a line
    text: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    """What a loader learned about the document itself (becomes the Document node)."""

    key: str
    source: str
    sha256: str
    encoding: str
    kind: str
    title: str = ""
    issuer: str = ""
    number: str = ""
    date: str = ""
    region: str = ""


@dataclass(frozen=True)
class Extraction:
    document: DocumentInfo
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    issues: tuple[Issue, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": asdict(self.document),
            "entities": [_entity_dict(e) for e in self.entities],
            "relations": [_relation_dict(r) for r in self.relations],
            "issues": [asdict(i) for i in self.issues],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Extraction":
        return cls(
            document=DocumentInfo(**d["document"]),
            entities=tuple(
                Entity(e["label"], e["key"], e["name"], tuple(e["aliases"]), e["props"], _evidence(e["evidence"]))
                for e in d["entities"]
            ),
            relations=tuple(
                Relation(r["type"], tuple(r["source"]), tuple(r["target"]), r["props"], _evidence(r["evidence"]))
                for r in d["relations"]
            ),
            issues=tuple(Issue(**i) for i in d["issues"]),
        )

    @classmethod
    def from_json(cls, s: str) -> "Extraction":
        return cls.from_dict(json.loads(s))


def _evidence(items: list[dict[str, Any]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(**ev) for ev in items)


_WHERE = ("page", "table", "row", "cell")


def _evidence_dict(ev: Evidence) -> dict[str, Any]:
    """An evidence's JSON form; its location only where it has one (most text has none)."""
    d = asdict(ev)
    for k in _WHERE:
        if not d[k]:
            del d[k]
    return d


def _entity_dict(e: Entity) -> dict[str, Any]:
    return {
        "label": e.label, "key": e.key, "name": e.name, "aliases": list(e.aliases),
        "props": e.props, "evidence": [_evidence_dict(ev) for ev in e.evidence],
    }


def _relation_dict(r: Relation) -> dict[str, Any]:
    return {
        "type": r.type, "source": list(r.source), "target": list(r.target),
        "props": r.props, "evidence": [_evidence_dict(ev) for ev in r.evidence],
    }
