"""Shortest chains of relationships between two entities, found in kg (the `path` template).

The graph's shape (which entity is joined to which, by what) is read from the store once
per graph and kept here; a question is then a breadth-first search over it in Python,
which costs well under a millisecond on the seed graph, where the stores' own shortest
path searches cost 5–12 ms (LadybugDB reads every property of the nodes on the way,
Neo4j finds the two ends by name and alias across every node). The store is still
asked for what it alone holds: each step's names and evidence (the template's body).

What is found is what Neo4j's `allShortestPaths((a)-[*..6]-(b))` finds: for every entity
called `a` and every other entity called `b` (by name, alias or key), each chain of at
most MAX_STEPS relationships of the least length joining them, in either direction, two
chains differing in any relationship (parallel relationships give one chain each).
tests/test_chains.py checks it against networkx on random graphs, tests/test_templates.py on
the seeds, and tests/test_parity.py against Neo4j's own allShortestPaths.

Chains come in a stable order: step by step, by the name of the entity reached, then its
key and label, then the relationship's type, direction and role. Only the first `limit`
are enumerated, so a pair of hubs joined by thousands of chains costs no more than ten.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, NamedTuple

MAX_STEPS = 6


class Link(NamedTuple):
    """One relationship: (label, key) of its start and end, its type and role ('' if none)."""
    x: tuple[str, str]
    type: str
    y: tuple[str, str]
    role: str


@dataclass(frozen=True)
class Chain:
    """Entities (label, key) from a to b, and for each step the link and whether it points
    forward (from the step's first entity to its second)."""
    nodes: tuple[tuple[str, str], ...]
    steps: tuple[tuple[Link, bool], ...]


class Topology:
    """The graph as adjacency lists: entities, their names, and the links between them."""

    def __init__(self, nodes: Iterable[tuple[str, str, str, Iterable[str]]], links: Iterable[Link]) -> None:
        self.ids: dict[tuple[str, str], int] = {}
        self.nodes: list[tuple[str, str]] = []
        self.names: list[str] = []
        self.called: dict[str, list[int]] = {}        # name, alias or key → entities
        for label, key, name, aliases in nodes:
            i = self.ids.setdefault((label, key), len(self.nodes))
            if i < len(self.nodes):
                continue
            self.nodes.append((label, key))
            self.names.append(name or key)
            for form in {name, key, *(aliases or ())} - {None, ""}:
                self.called.setdefault(form, []).append(i)
        # adjacency: entity → [(neighbour, link, forward)]; put in the order chains are given
        # only when a chain passes through the entity (most never are: see _ordered)
        ids = self.ids
        adjacent: list[list[tuple[int, Link, bool]]] = [[] for _ in self.nodes]
        for link in links:
            x, y = ids.get(link.x), ids.get(link.y)
            if x is None or y is None or x == y:
                continue
            adjacent[x].append((y, link, True))
            adjacent[y].append((x, link, False))
        self.adjacent = adjacent
        self._sorted: dict[int, list[tuple[int, Link, bool]]] = {}
        self._asked: dict[tuple[str, str, int], list[Chain]] = {}   # the last questions' answers

    def _ordered(self, v: int) -> list[tuple[int, Link, bool]]:
        got = self._sorted.get(v)
        if got is None:
            got = self._sorted[v] = sorted(self.adjacent[v], key=self._order)
        return got

    def _order(self, step: tuple[int, Link, bool]) -> tuple:
        w, link, forward = step
        label, key = self.nodes[w]
        return (self.names[w], key, label, link.type, not forward, link.role)

    def ends(self, text: str) -> list[int]:
        """The entities called `text` (name, alias or key)."""
        return sorted(self.called.get(text, ()), key=lambda i: (self.names[i], self.nodes[i][1], self.nodes[i][0]))

    def chains(self, a: str, b: str, limit: int) -> list[Chain]:
        """The first `limit` shortest chains from any entity called a to any other called b."""
        if limit <= 0:
            return []
        asked = self._asked.get((a, b, limit))
        if asked is None:
            if len(self._asked) >= 256:
                self._asked.clear()
            asked = self._asked[(a, b, limit)] = self._chains(a, b, limit)
        return asked

    def _chains(self, a: str, b: str, limit: int) -> list[Chain]:
        found: list[tuple[tuple, Chain]] = []
        for s in self.ends(a):
            for t in self.ends(b):
                if s != t:
                    for order, chain in self._between(s, t, limit):
                        found.append((order, chain))
        found.sort(key=lambda f: f[0])
        return [chain for _, chain in found[:limit]]

    def _between(self, s: int, t: int, limit: int) -> Iterator[tuple[tuple, Chain]]:
        depth = self._distances(s, t)
        if depth is None:
            return
        # Entities on a shortest chain: reached from s at level d and t reachable from them
        # in the remaining steps (walk back from t through the levels).
        on = {t}
        level = [t]
        for d in range(len(depth) - 1, 0, -1):
            back = {w for v in level for w, _, _ in self.adjacent[v] if w in depth[d - 1]}
            on |= back
            level = list(back)
        levels = [lvl & on for lvl in depth]

        head = (self.names[s], self.nodes[s][1], self.nodes[s][0])
        stack: list[tuple[int, Link, bool]] = []
        count = 0

        def walk(v: int, d: int) -> Iterator[tuple[tuple, Chain]]:
            nonlocal count
            if d == len(levels) - 1:
                count += 1
                nodes = [self.nodes[s]] + [self.nodes[w] for w, _, _ in stack]
                order = (head, *(self._order(st) for st in stack))
                yield order, Chain(tuple(nodes), tuple((link, fwd) for _, link, fwd in stack))
                return
            for step in self._ordered(v):
                if count >= limit:
                    return
                if step[0] in levels[d + 1]:
                    stack.append(step)
                    yield from walk(step[0], d + 1)
                    stack.pop()

        yield from walk(s, 0)

    def _distances(self, s: int, t: int) -> list[set[int]] | None:
        """Breadth-first levels from s up to the one holding t ([{s}, …, {…t…}]), or None
        if t is more than MAX_STEPS away."""
        levels = [{s}]
        seen = {s}
        while len(levels) <= MAX_STEPS:
            nxt = set()
            for v in levels[-1]:
                for w, _, _ in self.adjacent[v]:
                    if w not in seen:
                        nxt.add(w)
            if not nxt:
                return None
            seen |= nxt
            levels.append(nxt)
            if t in nxt:
                return levels
        return None
