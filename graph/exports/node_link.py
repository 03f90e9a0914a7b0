"""node-link JSON (the `json` format), a documented contract (docs/export-json.md):
    {"directed": true, "multigraph": true, "graph": {"schema": "kg/1", "selection": "leader 郑德雁, depth 2"},
     "nodes": [{"id": key, "label": ..., "name": ..., "aliases": [...], <properties>}],
     "edges": [{"source": key, "target": key, "type": ..., <properties>}]}
networkx reads it with `nx.node_link_graph(data, edges="edges")`.
"""
from __future__ import annotations

import json

from ..knowledge import KnowledgeGraph
from .flat import selection

SCHEMA_VERSION = "kg/1"


def to_node_link(kg: KnowledgeGraph) -> dict:
    nodes = []
    for n in kg.nodes():
        props = {k: v for k, v in n.props.items() if k not in ("key", "name", "aliases")}
        nodes.append({"id": n.key, "label": n.label, "name": n.props["name"], "aliases": n.props["aliases"], **props})
    edges = [{"source": r.source, "target": r.target, "type": r.type, **r.props} for r in kg.relations()]
    graph = {"schema": SCHEMA_VERSION}
    if selection(kg):
        graph["selection"] = selection(kg)     # what `kg export` was asked for
    return {"directed": True, "multigraph": True, "graph": graph, "nodes": nodes, "edges": edges}


def write(kg: KnowledgeGraph) -> bytes:
    return (json.dumps(to_node_link(kg), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
