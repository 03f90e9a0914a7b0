"""A Cypher script (the `cypher` format) that recreates the graph in any Neo4j 5:
`cypher-shell -u neo4j -p PASSWORD -f graph.cypher`.

Constraints and the full-text index first (the statements kg's Neo4j store runs), then one
`UNWIND [literal rows] AS row MERGE … SET … += …` statement per batch: nodes MERGEd on their
key, relationships on their two ends and their identity properties (`schema.REL_IDENTITY`),
as `graph.neo4j_store` writes them. One statement per line, each ending in `;`. Running the
script again changes nothing. See docs/exports.md.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import Any

from .. import schema
from ..knowledge import KnowledgeGraph, RelRecord
from ..neo4j_store import constraint_statements, index_statements
from ..errors import ExportError
from .flat import in_schema_order, selection

BATCH_ROWS = 500          # rows per statement, and about as many characters at most:
BATCH_CHARS = 256_000     # big literals cost parse time, small batches cost round trips

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Cypher string escapes; every other control or line-breaking character becomes \\uXXXX, so a
# statement never spans lines (str.splitlines() also breaks at U+0085, U+2028, U+2029).
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPES.update({chr(c): f"\\u{c:04X}" for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]
                 if chr(c) not in _ESCAPES})
_TABLE = str.maketrans(_ESCAPES)


def identifier(name: str) -> str:
    """A label, type or property name as Cypher reads it (backquoted unless plain)."""
    return name if _NAME.fullmatch(name) else "`" + name.replace("`", "``") + "`"


class Expression(str):
    """Cypher written as it is, not quoted: `date('2021-12-31')`."""


# Dates as Neo4j's own, as kg's Neo4j store writes them (docs/schema.md).
_TYPED = {"date": "date", "datetime": "datetime"}


def literal(value: Any) -> str:
    """A Cypher literal for a property value (strings single-quoted and escaped)."""
    if isinstance(value, Expression):
        return str(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"cannot write the number {value} as a Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return "'" + value.translate(_TABLE) + "'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{identifier(k)}: {literal(v)}" for k, v in value.items()) + "}"
    raise ExportError(f"cannot write a value of type {type(value).__name__} as a Cypher literal")


def _props(props: dict[str, Any], spec: dict[str, str]) -> dict[str, Any]:
    """The properties to set (spec: their schema types), a date as date('…')."""
    out = {}
    for k in sorted(props):
        v = props[k]
        if v is not None:
            typed = _TYPED.get(spec.get(k, "")) if isinstance(v, str) else None
            out[k] = Expression(f"{typed}({literal(v)})") if typed else v
    return out


def _batches(rows: list[str]):
    batch: list[str] = []
    size = 0
    for row in rows:
        if batch and (len(batch) >= BATCH_ROWS or size + len(row) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(row)
        size += len(row) + 2
    if batch:
        yield batch


def statements(kg: KnowledgeGraph) -> list[str]:
    """The script's statements, without their `;`."""
    out = list(constraint_statements() + index_statements())
    for label in in_schema_order(kg.label_counts(), schema.LABELS):
        spec = schema.node_properties(label) if label in schema.NODE_PROPERTIES else {}
        rows = [literal(_props({**n.props, "key": n.key}, spec)) for n in kg.nodes(label)]
        for batch in _batches(rows):
            out.append(f"UNWIND [{', '.join(batch)}] AS row MERGE (n:{identifier(label)} {{key: row.key}}) SET n += row")
    groups: dict[tuple[str, str, str], list[RelRecord]] = defaultdict(list)
    for r in kg.relations():
        groups[(r.type, r.source_label, r.target_label)].append(r)
    type_order = {t: i for i, t in enumerate(in_schema_order({g[0] for g in groups}, schema.REL_TYPES))}
    for rel_type, a, b in sorted(groups, key=lambda g: (type_order[g[0]], *g)):
        ident = schema.REL_IDENTITY.get(rel_type, ())
        rel_spec = schema.rel_properties(rel_type) if rel_type in schema.REL_PROPERTIES else {}
        merge_on = " {" + ", ".join(f"{identifier(p)}: row.m.{identifier(p)}" for p in ident) + "}" if ident else ""
        rows = [literal({"s": r.source, "t": r.target, "m": dict(zip(ident, schema.rel_identity(rel_type, r.props))),
                         "p": _props(r.props, rel_spec)}) for r in groups[(rel_type, a, b)]]
        for batch in _batches(rows):
            out.append(f"UNWIND [{', '.join(batch)}] AS row "
                       f"MATCH (a:{identifier(a)} {{key: row.s}}) MATCH (b:{identifier(b)} {{key: row.t}}) "
                       f"MERGE (a)-[r:{identifier(rel_type)}{merge_on}]->(b) SET r += row.p")
    return out


def write(kg: KnowledgeGraph) -> bytes:
    what = f" ({selection(kg)})" if selection(kg) else ""
    head = [
        f"// kg graph export{what}: {len(kg)} nodes, {kg.g.number_of_edges()} relationships. Recreate them in Neo4j 5 with",
        "//   cypher-shell -u neo4j -p PASSWORD -f graph.cypher",
        "// One statement per line. Idempotent (constraints IF NOT EXISTS, MERGE on keys, SET +=):",
        "// running it again changes nothing.",
    ]
    return ("\n".join(head + [s + ";" for s in statements(kg)]) + "\n").encode("utf-8")


def split(script: str) -> list[str]:
    """The statements of a script written by `write` (one per line; `//` lines are comments)."""
    return [line[:-1] for line in script.split("\n") if line and not line.startswith("//")]
