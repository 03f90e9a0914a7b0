"""What a load changes: nodes and relationships added, changed and removed between two graphs."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .knowledge import KnowledgeGraph


@dataclass
class Diff:
    added: Counter = field(default_factory=Counter)     # label or type → count
    changed: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def rows(self) -> list[tuple[str, int, int, int]]:
        names = sorted(set(self.added) | set(self.changed) | set(self.removed))
        return [(n, self.added[n], self.changed[n], self.removed[n]) for n in names]


def diff(old: KnowledgeGraph, new: KnowledgeGraph) -> Diff:
    d = Diff()
    old_nodes = {n.key: n for n in old.nodes()}
    new_nodes = {n.key: n for n in new.nodes()}
    for key, n in new_nodes.items():
        o = old_nodes.get(key)
        if o is None:
            d.added[n.label] += 1
        elif o.props != n.props or o.label != n.label:
            d.changed[n.label] += 1
    for key, o in old_nodes.items():
        if key not in new_nodes:
            d.removed[o.label] += 1
    old_rels = {r.identity: r for r in old.relations()}
    new_rels = {r.identity: r for r in new.relations()}
    for ident, r in new_rels.items():
        o = old_rels.get(ident)
        if o is None:
            d.added[r.type] += 1
        elif o.props != r.props:
            d.changed[r.type] += 1
    for ident, o in old_rels.items():
        if ident not in new_rels:
            d.removed[o.type] += 1
    return d
