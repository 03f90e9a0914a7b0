"""The one place where Neo4j's Cypher and LadybugDB's differ, for the templates kg ships.

Templates are written in Neo4j Cypher (so they paste into Neo4j Browser as they
are) within a subset both engines run; the few constructs LadybugDB spells
differently are rewritten here:

- `labels(n)[0]`, `type(r)` → `label(n)`, `label(r)`;
- `relationships(p)` → `rels(p)`;
- `allShortestPaths((a)-[r:T*MIN..MAX]-(b))` → `(a)-[r:T* ALL SHORTEST MIN..MAX]-(b)`:
  LadybugDB's shortest paths are a kind of variable-length relationship rather than
  a function around a pattern. One regex: one relationship between two named nodes,
  the variable and type optional, an arrow allowed at either end, MIN defaulting
  to 1 as in Neo4j; `shortestPath(…)` (one path) is not rewritten (LadybugDB's
  `SHORTEST` picks an arbitrary one of several, so answers would differ).
"""
from __future__ import annotations

import re

_ALL_SHORTEST = re.compile(
    r"\ballShortestPaths\(\((\w+)\)(<?-)\[(\w*(?::[\w|]+)?)\*(\d*)\.\.(\d+)\](->?)\((\w+)\)\)"
)


def _all_shortest(m: re.Match) -> str:
    a, left, rel, low, high, right, b = m.groups()
    return f"({a}){left}[{rel}* ALL SHORTEST {low or 1}..{high}]{right}({b})"


_REWRITES = (
    (re.compile(r"\blabels\((\w+)\)\[0\]"), r"label(\1)"),
    (re.compile(r"\btype\((\w+)\)"), r"label(\1)"),
    (re.compile(r"\brelationships\((\w+)\)"), r"rels(\1)"),
    (_ALL_SHORTEST, _all_shortest),
)


def for_backend(cypher: str, backend: str) -> str:
    if backend != "embedded":
        return cypher
    for pattern, repl in _REWRITES:
        cypher = pattern.sub(repl, cypher)
    return cypher
