"""GraphML (the `graphml` format), written by networkx for Gephi, yEd, Cytoscape and networkx.

Nodes: id = key; `label` = the entity's name (Gephi's display label); `kgLabel` = kg's label
(Leader, Task…); every other property under its own name, typed (`long`, `boolean`, `string`),
lists as JSON text (`["a","b"]`). Edges: id = a stable digest of the relationship's identity,
`label` = its type (Gephi shows it; `weight` on COOPERATES_WITH is Gephi's edge weight), then
its properties. See docs/exports.md.
"""
from __future__ import annotations

import io

import networkx as nx

from ..knowledge import KnowledgeGraph
from .flat import from_xml_graph, selection, xml_graph

TYPE_ATTR = "label"


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    return xml_graph(kg, TYPE_ATTR)


def write(kg: KnowledgeGraph) -> bytes:
    g = to_networkx(kg)
    if selection(kg):
        g.graph["selection"] = selection(kg)   # a graph-level <data>
    # XML parsers turn a raw carriage return in element text into a line feed; only the
    # character reference &#13; survives, and ElementTree never writes one. So each CR goes
    # out as a placeholder character absent from the graph, then becomes the reference.
    cr = _unused_char(g)
    if cr:
        g = _replace_cr(g, cr)
    buf = io.BytesIO()
    # The stdlib writer (not lxml's), so the bytes are the same wherever kg runs.
    nx.write_graphml_xml(g, buf, encoding="utf-8", prettyprint=True)
    data = buf.getvalue()
    return data.replace(cr.encode("utf-8"), b"&#13;") if cr else data


def read(data: bytes) -> KnowledgeGraph:
    """A KnowledgeGraph back from this module's GraphML (lists decoded, types restored)."""
    g = nx.read_graphml(io.BytesIO(data), node_type=str, edge_key_type=str, force_multigraph=True)
    return from_xml_graph(g, TYPE_ATTR)


def _strings(g: nx.MultiDiGraph):
    for key, d in g.nodes(data=True):
        yield key
        yield from (v for v in d.values() if isinstance(v, str))
    for _, _, k, d in g.edges(keys=True, data=True):
        yield k
        yield from (v for v in d.values() if isinstance(v, str))


def _unused_char(g: nx.MultiDiGraph) -> str:
    """'' when no string holds a CR; else the first private-use character no string holds."""
    texts = [s for s in _strings(g)]
    if not any("\r" in s for s in texts):
        return ""
    used = set().union(*(set(s) for s in texts))
    return next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in used)


def _replace_cr(g: nx.MultiDiGraph, cr: str) -> nx.MultiDiGraph:
    def fix(d: dict) -> dict:
        return {k: v.replace("\r", cr) if isinstance(v, str) else v for k, v in d.items()}
    out = nx.MultiDiGraph(**g.graph)
    mapping = {key: key.replace("\r", cr) for key in g.nodes}
    for key, d in g.nodes(data=True):
        out.add_node(mapping[key], **fix(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        out.add_edge(mapping[u], mapping[v], key=k.replace("\r", cr), **fix(d))
    return out
