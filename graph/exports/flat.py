"""What the graph-file exports share: property types from the schema, list properties as
JSON text (for formats whose values are scalars), stable edge ids, XML-safe text, and the
flattened networkx graph GraphML and GEXF are written from.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any, Callable

import networkx as nx

from .. import schema
from ..errors import ExportError
from ..knowledge import KnowledgeGraph, NodeRecord, RelRecord

# The node attribute holding kg's label in GraphML and GEXF, where `label` is what Gephi
# shows (the entity's name). Not a property name of any label in the schema.
KG_LABEL = "kgLabel"


def selection(kg: KnowledgeGraph) -> str:
    """What `kg export` was asked for ("leader 郑德雁, depth 2"), on one line; '' for the whole graph."""
    text = " ".join(str(kg.g.graph.get("selection") or "").split())
    return "".join(c for c in text if c.isprintable())


def in_schema_order(names, known: tuple[str, ...]) -> list[str]:
    """The names the schema knows, in its order (schema.LABELS, schema.REL_TYPES), then any
    other alphabetically: how every export lists labels and relationship types."""
    present = set(names)
    return [n for n in known if n in present] + sorted(present - set(known))


# Property types --------------------------------------------------------------------------
def value_type(value: Any) -> str:
    """The neutral type of a value the schema does not name (see graph/schema.py)."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "string[]"
    raise ExportError(f"cannot export a property value of type {type(value).__name__}: {value!r:.80}")


def node_prop_type(label: str, name: str, value: Any = None) -> str:
    declared = schema.NODE_COMMON.get(name) or schema.NODE_PROPERTIES.get(label, {}).get(name)
    return declared or value_type(value)


def rel_prop_type(rel_type: str, name: str, value: Any = None) -> str:
    declared = schema.PROVENANCE.get(name) or schema.REL_PROPERTIES.get(rel_type, {}).get(name)
    return declared or value_type(value)


def node_columns(label: str, nodes: list[NodeRecord]) -> dict[str, str]:
    """Every property of a label: the schema's, in its order, then any other present, sorted."""
    declared = schema.node_properties(label) if label in schema.NODE_PROPERTIES else {}
    return _columns(declared, [n.props for n in nodes], lambda k, v: node_prop_type(label, k, v))


def rel_columns(rel_type: str, rels: list[RelRecord]) -> dict[str, str]:
    """Every property of a relationship type, as node_columns does for a label."""
    declared = schema.rel_properties(rel_type) if rel_type in schema.REL_PROPERTIES else {}
    return _columns(declared, [r.props for r in rels], lambda k, v: rel_prop_type(rel_type, k, v))


def _columns(declared: dict[str, str], props: list[dict], type_of) -> dict[str, str]:
    cols = dict(declared)
    for k in sorted({k for p in props for k in p} - set(cols)):
        cols[k] = type_of(k, next(p[k] for p in props if p.get(k) is not None))
    return cols


# Lists as text ---------------------------------------------------------------------------
def encode_list(values: list[str]) -> str:
    """A list as JSON text: `["a","b"]`, `[]` for an empty one. JSON escapes control characters."""
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


def decode_list(text: str) -> list[str]:
    value = json.loads(text)
    if not isinstance(value, list):
        raise ExportError(f"expected a JSON list, found {text!r:.80}")
    return value


def flat_value(value: Any) -> Any:
    """A value a scalar-only format can hold: lists become JSON text, the rest stays."""
    if isinstance(value, (list, tuple)):
        return encode_list(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ExportError(f"cannot export the number {value}")
    return value


def typed_value(kind: str, value: Any) -> Any:
    """The inverse of flat_value, given the property's neutral type."""
    if kind == "string[]":
        return decode_list(value) if isinstance(value, str) else list(value)
    if kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)   # GEXF's edge weight is a double
    return value


# Edge ids --------------------------------------------------------------------------------
def edge_id(rel: RelRecord) -> str:
    """A relationship's id in formats that need one: its type and a digest of its identity
    (type, ends, identity properties), so the same relationship has the same id in every export."""
    ident = json.dumps([rel.type, rel.source, rel.target, *schema.rel_identity(rel.type, rel.props)],
                       ensure_ascii=False)
    return f"{rel.type}:{hashlib.sha1(ident.encode('utf-8')).hexdigest()[:16]}"


def edge_ids(kg: KnowledgeGraph) -> dict[tuple, str]:
    """identity → edge id for every relationship; raises if two ever share an id."""
    ids: dict[tuple, str] = {}
    for r in kg.relations():
        ids[r.identity] = edge_id(r)
    if len(set(ids.values())) != len(ids):   # 64 bits of SHA-1: not expected in this universe
        raise ExportError("two relationships got the same edge id; report this as a bug")
    return ids


# XML -------------------------------------------------------------------------------------
# XML 1.0 cannot hold these, not even as character references.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def check_xml_text(text: str, where: Callable[[], str]) -> None:
    m = XML_ILLEGAL.search(text)
    if m:
        raise ExportError(f"{where()} holds the control character U+{ord(m.group()):04X}, which XML cannot "
                          "carry; export as json or cytoscape instead")


def xml_graph(kg: KnowledgeGraph, edge_type_attr: str) -> nx.MultiDiGraph:
    """The graph as GraphML/GEXF see it: node id = key, `label` = name (what Gephi shows),
    `kgLabel` = kg's label, every other property under its own name with lists as JSON
    text; edges keyed by their stable id, the relationship type under `edge_type_attr`."""
    g = nx.MultiDiGraph()
    for n in kg.nodes():
        data: dict[str, Any] = {"label": n.props.get("name", n.key), KG_LABEL: n.label}
        for k in sorted(n.props):
            if k != "key" and n.props[k] is not None:
                data[k] = flat_value(n.props[k])
        _check_xml(data, lambda: f"node {n.key!r}")
        check_xml_text(n.key, lambda: f"the key of node {n.key!r}")
        g.add_node(n.key, **data)
    ids = edge_ids(kg)
    for r in kg.relations():
        data = {edge_type_attr: r.type}
        for k in sorted(r.props):
            if r.props[k] is not None:
                data[k] = flat_value(r.props[k])
        _check_xml(data, lambda: f"relationship {r.type} {r.source!r} → {r.target!r}")
        g.add_edge(r.source, r.target, key=ids[r.identity], **data)
    return g


def _check_xml(data: dict[str, Any], where: Callable[[], str]) -> None:
    for k, v in data.items():
        if isinstance(v, str):
            check_xml_text(v, lambda: f"property {k!r} of {where()}")


def from_xml_graph(g: nx.MultiDiGraph, type_attr: str) -> KnowledgeGraph:
    """The KnowledgeGraph a GraphML or GEXF file read by networkx holds (the inverse of
    xml_graph: lists decoded, types restored)."""
    kg = KnowledgeGraph()
    for key, d in g.nodes(data=True):
        label, props = node_from_xml(key, d)
        kg.add_node(label, key, props)
    for u, v, d in g.edges(data=True):
        kg.add_edge(d[type_attr], u, v, rel_props_from_xml(d[type_attr], d, (type_attr, "id")))
    return kg


def node_from_xml(key: str, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(label, props) of a node read back from GraphML/GEXF (the inverse of xml_graph)."""
    label = data[KG_LABEL]
    props = {"key": key}
    for k, v in data.items():
        if k not in ("label", KG_LABEL):
            props[k] = typed_value(node_prop_type(label, k, v), v)
    return label, with_missing(schema.node_properties(label) if label in schema.NODE_PROPERTIES else {}, props)


def rel_props_from_xml(rel_type: str, data: dict[str, Any], skip: tuple[str, ...]) -> dict[str, Any]:
    props = {k: typed_value(rel_prop_type(rel_type, k, v), v) for k, v in data.items() if k not in skip}
    return with_missing(schema.rel_properties(rel_type) if rel_type in schema.REL_PROPERTIES else {}, props)


def with_missing(spec: dict[str, str], props: dict[str, Any]) -> dict[str, Any]:
    """A missing value is written as no attribute (no field, no triple): read back, it is
    None again, and a missing list the empty list, as graph/resolve.py makes them."""
    for k, kind in spec.items():
        props.setdefault(k, [] if kind.endswith("[]") else None)
    return props
