"""Cytoscape.js JSON (the `cytoscape` format, `.cyjs`): Cytoscape desktop, Cytoscape.js, networkx.

    {"data": {"name": "kg", "schema": "kg/1"}, "directed": true, "multigraph": true,
     "elements": {"nodes": [{"data": {"id": key, "value": key, "label": ..., "name": ..., <properties>}}],
                  "edges": [{"data": {"id": ..., "key": id, "source": key, "target": key, "type": ..., <properties>}}]}}

Lists stay JSON lists. `value` (the node id) and the edge `key` are what
`networkx.cytoscape_graph` reads as node ids and multigraph edge keys. See docs/exports.md.
"""
from __future__ import annotations

import json
from typing import Any

import networkx as nx

from ..knowledge import KnowledgeGraph
from .flat import edge_ids, selection
from .node_link import SCHEMA_VERSION
_NODE_FIXED = ("id", "value", "label")
_EDGE_FIXED = ("id", "key", "source", "target", "type")


def to_cytoscape(kg: KnowledgeGraph) -> dict:
    nodes = []
    for n in kg.nodes():
        data: dict[str, Any] = {"id": n.key, "value": n.key, "label": n.label}
        data.update((k, n.props[k]) for k in ("name", "aliases") if k in n.props)
        data.update((k, n.props[k]) for k in sorted(n.props) if k not in data and k != "key")
        nodes.append({"data": data})
    ids = edge_ids(kg)
    edges = []
    for r in kg.relations():
        eid = ids[r.identity]
        data = {"id": eid, "key": eid, "source": r.source, "target": r.target, "type": r.type}
        data.update((k, r.props[k]) for k in sorted(r.props))
        edges.append({"data": data})
    graph = {"name": "kg", "schema": SCHEMA_VERSION}
    if selection(kg):
        graph["selection"] = selection(kg)      # what `kg export` was asked for
    return {"data": graph, "directed": True, "multigraph": True,
            "elements": {"nodes": nodes, "edges": edges}}


def write(kg: KnowledgeGraph) -> bytes:
    return (json.dumps(to_cytoscape(kg), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read(data: bytes) -> KnowledgeGraph:
    """A KnowledgeGraph back from this format, through networkx's own reader."""
    g = nx.cytoscape_graph(json.loads(data))
    kg = KnowledgeGraph()
    for key, d in g.nodes(data=True):
        props = {"key": key, **{k: v for k, v in d.items() if k not in _NODE_FIXED}}
        kg.add_node(d["label"], key, props)
    for source, target, _, d in g.edges(keys=True, data=True):
        kg.add_edge(d["type"], source, target, {k: v for k, v in d.items() if k not in _EDGE_FIXED})
    return kg
