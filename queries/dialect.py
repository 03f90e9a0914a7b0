"""The one place where Neo4j's Cypher and LadybugDB's differ, for the templates kg ships.

Templates are written in Neo4j Cypher (so they paste into Neo4j Browser as they
are) within a subset both engines run; the few functions LadybugDB names
differently are rewritten here.
"""
from __future__ import annotations

import re

_REWRITES = (
    (re.compile(r"\blabels\((\w+)\)\[0\]"), r"label(\1)"),
    (re.compile(r"\btype\((\w+)\)"), r"label(\1)"),
)


def for_backend(cypher: str, backend: str) -> str:
    if backend != "embedded":
        return cypher
    for pattern, repl in _REWRITES:
        cypher = pattern.sub(repl, cypher)
    return cypher
