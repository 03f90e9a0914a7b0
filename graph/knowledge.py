"""The in-memory knowledge graph between resolve and write: a networkx MultiDiGraph.

Node id = the entity key (keys are unique across labels in practice: they are
paths, hashes or canonical names); the label is an attribute. One edge per
(type, identity) between two nodes, with its properties and evidence.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator

import networkx as nx

from . import schema
from .model import Evidence


@dataclass(frozen=True)
class NodeRecord:
    label: str
    key: str
    props: dict[str, Any]      # every stored property, provenance included


@dataclass(frozen=True)
class RelRecord:
    type: str
    source: str                # key
    target: str
    source_label: str
    target_label: str
    props: dict[str, Any]

    @property
    def identity(self) -> tuple:
        return (self.type, self.source, self.target, schema.rel_identity(self.type, self.props))


class KnowledgeGraph:
    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()

    # Building
    def add_node(self, label: str, key: str, props: dict[str, Any]) -> None:
        self.g.add_node(key, label=label, props=props)

    def add_edge(self, rel_type: str, source: str, target: str, props: dict[str, Any]) -> None:
        ident = schema.rel_identity(rel_type, props)
        self.g.add_edge(source, target, key=(rel_type, *ident), type=rel_type, props=props)

    # Reading
    def nodes(self, label: str | None = None) -> Iterator[NodeRecord]:
        for key in sorted(self.g.nodes):
            data = self.g.nodes[key]
            if label is None or data["label"] == label:
                yield NodeRecord(data["label"], key, data["props"])

    def node(self, key: str) -> NodeRecord | None:
        if key not in self.g:
            return None
        data = self.g.nodes[key]
        return NodeRecord(data["label"], key, data["props"])

    def relations(self, rel_type: str | None = None) -> Iterator[RelRecord]:
        edges = sorted(self.g.edges(keys=True, data=True), key=lambda e: (e[3]["type"], e[0], e[1], e[2]))
        for u, v, _, data in edges:
            if rel_type is None or data["type"] == rel_type:
                yield RelRecord(data["type"], u, v, self.g.nodes[u]["label"], self.g.nodes[v]["label"], data["props"])

    def label_counts(self) -> Counter:
        return Counter(d["label"] for _, d in self.g.nodes(data=True))

    def type_counts(self) -> Counter:
        return Counter(d["type"] for _, _, d in self.g.edges(data=True))

    def __len__(self) -> int:
        return self.g.number_of_nodes()


def provenance(evidence: list[Evidence]) -> dict[str, list]:
    """The provenance properties for a list of evidence (parallel lists, stable order)."""
    ordered = sorted(set(evidence), key=lambda e: (e.document, e.start, e.end, e.text))
    return {
        "documents": sorted({e.document for e in ordered}),
        "evidence": [e.text for e in ordered],
        "spans": [e.ref() for e in ordered],
    }
