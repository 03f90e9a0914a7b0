"""CSV files for `neo4j-admin database import full` (the `csv` format): a directory of files.

One node file per label (`nodes-Leader.csv`: `key:ID`, `name`, `aliases:string[]`, typed
properties, `:LABEL`), one relationship file per type (`relationships-PART_OF.csv`:
`:START_ID`, `:END_ID`, `:TYPE`, properties), all in one global id space (node keys are
unique across labels), plus `import.sh` (the exact command), `after-import.cypher`
(constraints, the full-text index, and empty lists, which CSV cannot carry) and `README.txt`.
Array elements are separated by U+001F (the ASCII unit separator, `--array-delimiter=U+001F`),
which text never holds: evidence sentences hold `;`, `|` and `,` freely. See docs/exports.md.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from typing import Any, Iterable

from .. import schema
from ..knowledge import KnowledgeGraph, NodeRecord, RelRecord
from ..neo4j_store import constraint_statements, index_statements
from .cypher_script import identifier
from ..errors import ExportError
from .flat import in_schema_order, node_columns, rel_columns, selection, with_missing

ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"       # how neo4j-admin is told (it accepts U+XXXX)
# Neutral schema types → neo4j-admin header types. Integers are 64-bit, as the driver writes them.
# Dates as Neo4j's own (`date`, `datetime`), as kg's Neo4j store writes them (docs/schema.md).
HEADER_TYPES = {"string": "", "int": "long", "bool": "boolean", "float": "double", "string[]": "string[]",
                "date": "date", "datetime": "datetime"}
OPTIONS = (f"--array-delimiter={ARRAY_DELIMITER_OPTION}", "--multiline-fields=true")
NODE_FILE = "nodes-{}.csv"
REL_FILE = "relationships-{}.csv"


def write(kg: KnowledgeGraph) -> dict[str, bytes]:
    if not len(kg):
        raise ExportError("the selection is empty: neo4j-admin needs at least one node to import")
    files: dict[str, bytes] = {}
    empty_lists: list[str] = []   # Cypher restoring the empty lists the import leaves out
    by_label: dict[str, list[NodeRecord]] = defaultdict(list)
    for n in kg.nodes():
        by_label[n.label].append(n)
    for label in in_schema_order(by_label, schema.LABELS):
        nodes = by_label[label]
        cols = {k: t for k, t in node_columns(label, nodes).items() if k != "key"}
        header = ["key:ID", *(_header(k, t) for k, t in cols.items()), ":LABEL"]
        rows = [[n.key, *(_field(n.props.get(k), t, lambda: f"{k!r} of node {n.key!r}") for k, t in cols.items()),
                 n.label] for n in nodes]
        files[NODE_FILE.format(label)] = _csv(header, rows)
        empty_lists += [f"MATCH (n:{identifier(label)}) WHERE n.{identifier(k)} IS NULL SET n.{identifier(k)} = [];"
                        for k, t in cols.items() if t == "string[]" and any(not n.props.get(k) for n in nodes)]
    by_type: dict[str, list[RelRecord]] = defaultdict(list)
    for r in kg.relations():
        by_type[r.type].append(r)
    for rel_type in in_schema_order(by_type, schema.REL_TYPES):
        rels = by_type[rel_type]
        cols = rel_columns(rel_type, rels)
        header = [":START_ID", ":END_ID", ":TYPE", *(_header(k, t) for k, t in cols.items())]
        rows = [[r.source, r.target, r.type,
                 *(_field(r.props.get(k), t, lambda: f"{k!r} of {r.type} {r.source!r} → {r.target!r}")
                   for k, t in cols.items())] for r in rels]
        files[REL_FILE.format(rel_type)] = _csv(header, rows)
        empty_lists += [f"MATCH ()-[r:{identifier(rel_type)}]->() WHERE r.{identifier(k)} IS NULL "
                        f"SET r.{identifier(k)} = [];"
                        for k, t in cols.items() if t == "string[]" and any(not r.props.get(k) for r in rels)]
    names = sorted(files)
    files["import.sh"] = _import_sh(names).encode("utf-8")
    files["after-import.cypher"] = _after_import(empty_lists).encode("utf-8")
    files["README.txt"] = _readme(names, len(kg), sum(len(v) for v in by_type.values()), selection(kg)).encode("utf-8")
    return files


def import_arguments(csv_files: Iterable[str]) -> list[str]:
    """The neo4j-admin arguments after `database import full`, for these files (by name)."""
    names = sorted(csv_files)
    return ([f"--nodes={f}" for f in names if f.startswith("nodes-")]
            + [f"--relationships={f}" for f in names if f.startswith("relationships-")] + list(OPTIONS))


def read(files: dict[str, bytes]) -> KnowledgeGraph:
    """A KnowledgeGraph back from this format's files, following the header conventions
    (the way neo4j-admin reads them, then after-import.cypher's empty lists)."""
    kg = KnowledgeGraph()
    for name in sorted(files):
        if not name.endswith(".csv"):
            continue
        header, *rows = csv.reader(io.StringIO(files[name].decode("utf-8"), newline=""))
        fields = [h.partition(":") for h in header]
        for row in rows:
            props: dict[str, Any] = {}
            for (prop, _, kind), value in zip(fields, row):
                if kind == "ID":
                    props[prop] = value
                elif prop:
                    if value or kind == "string[]":    # an empty field is no property
                        props[prop] = _parse(value, kind)
            got = {kind: value for (prop, _, kind), value in zip(fields, row) if not prop}
            if name.startswith("nodes-"):
                label = got["LABEL"]
                spec = schema.node_properties(label) if label in schema.NODE_PROPERTIES else {}
                kg.add_node(label, props["key"], with_missing(spec, props))
            else:
                spec = schema.rel_properties(got["TYPE"]) if got["TYPE"] in schema.REL_PROPERTIES else {}
                kg.add_edge(got["TYPE"], got["START_ID"], got["END_ID"], with_missing(spec, props))
    return kg


def _header(prop: str, kind: str) -> str:
    if ":" in prop:
        raise ExportError(f"a CSV header cannot name the property {prop!r} (it holds ':')")
    return f"{prop}:{HEADER_TYPES[kind]}" if HEADER_TYPES[kind] else prop


def _field(value: Any, kind: str, where) -> str | None:
    """One CSV field: None (nothing between the commas) means no property."""
    if value is None:
        return None
    if kind == "string[]":
        bad = next((v for v in value if ARRAY_DELIMITER in v), None)
        if bad is not None:
            raise ExportError(f"{where()} holds U+001F, the array delimiter of the CSV export")
        return ARRAY_DELIMITER.join(value) if value else None
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


def _parse(value: str, kind: str) -> Any:
    if kind == "string[]":
        return value.split(ARRAY_DELIMITER) if value else []
    if kind == "long":
        return int(value)
    if kind == "double":
        return float(value)
    if kind == "boolean":
        return value.lower() == "true"
    return value


def _csv(header: list[str], rows: list[list[str | None]]) -> bytes:
    """RFC 4180 CSV: every value quoted ("" inside doubled), a missing value left empty,
    so an empty string ("") stays a property and a missing one stays absent."""
    def line(fields: list[str | None]) -> str:
        return ",".join("" if f is None else '"' + f.replace('"', '""') + '"' for f in fields)
    return "".join(line(r) + "\n" for r in [header, *rows]).encode("utf-8")


def _import_sh(names: list[str]) -> str:
    args = " \\\n  ".join(import_arguments(names))
    return f"""#!/bin/sh
# Written by `kg export --format csv`: imports the CSV files beside this script into an
# empty Neo4j 5 database, with the server stopped (see README.txt).
#   sh import.sh [MORE-NEO4J-ADMIN-OPTIONS…] [DATABASE]   (default database: neo4j)
# NEO4J_ADMIN names the tool if it is not on PATH (e.g. $NEO4J_HOME/bin/neo4j-admin).
set -eu
cd "$(dirname "$0")"
"${{NEO4J_ADMIN:-neo4j-admin}}" database import full \\
  {args} \\
  "$@"
"""


def _after_import(empty_lists: list[str]) -> str:
    lines = [
        "// Written by `kg export --format csv`. Run once after the import, with the server started:",
        "//   cypher-shell -u neo4j -p PASSWORD -f after-import.cypher",
        "// kg's key constraints and full-text index, which neo4j-admin import does not create:",
        *(s + ";" for s in constraint_statements() + index_statements()),
    ]
    if empty_lists:
        lines += ["// Empty lists: a CSV field cannot tell an empty array from none, so they are set here:",
                  *empty_lists]
    return "\n".join(lines) + "\n"


def _readme(names: list[str], node_count: int, rel_count: int, selected: str) -> str:
    command = " ".join(["neo4j-admin database import full", *import_arguments(names), "neo4j"])
    files = "\n".join(f"  {n}" for n in names)
    what = f" ({selected})" if selected else ""
    return f"""kg graph export for neo4j-admin: {node_count} nodes, {rel_count} relationships{what}.

Files:
{files}
  import.sh            the import command below
  after-import.cypher  constraints, full-text index, empty lists (run after the import)

Import into an empty database, with Neo4j stopped:

  {command}

(`sh import.sh` runs exactly this; add --overwrite-destination=true to replace an existing
database.) Then start Neo4j and run:

  cypher-shell -u neo4j -p PASSWORD -f after-import.cypher

Conventions: UTF-8, comma-separated, every value double-quoted ("" inside a value is one
quote); values may span lines (--multiline-fields=true). Node ids are the kg keys, in one
global id space (the `key` property). Array elements are separated by U+001F (unit
separator). An empty field is no property: neo4j-admin cannot import an empty array, so
after-import.cypher sets those. Strings have no type in the header; integers are
`long`, true/false `boolean`.
"""
