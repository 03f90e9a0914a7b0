"""GEXF 1.2 (the `gexf` format), written by networkx: Gephi's own format.

Nodes: id = key, GEXF label = the entity's name, attribute `kgLabel` = kg's label, every other
property an attribute (`long`, `boolean`, `string`; lists as JSON text). Edges: id = a stable
digest of the relationship's identity, GEXF label = its type, `weight` (COOPERATES_WITH) as the
GEXF edge weight, every other property an attribute. See docs/exports.md.
"""
from __future__ import annotations

import io
from xml.etree.ElementTree import SubElement

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from ..knowledge import KnowledgeGraph
from .flat import from_xml_graph, selection, xml_graph

VERSION = "1.2draft"
TYPE_ATTR = "label"


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    g = xml_graph(kg, TYPE_ATTR)
    for _, _, k, d in g.edges(keys=True, data=True):
        d["id"] = k          # networkx writes `id` as the GEXF edge id
    return g


def write(kg: KnowledgeGraph) -> bytes:
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version=VERSION)
    writer.add_graph(to_networkx(kg))
    _tidy(writer)
    if selection(kg):
        SubElement(writer.xml.find("meta"), "description").text = selection(kg)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _tidy(writer: GEXFWriter) -> None:
    """Deterministic bytes and no networkx bookkeeping: drop the meta date (today's, so two
    exports of one graph would differ) and the `networkx_key` edge attribute networkx adds for
    multigraphs (it repeats the edge id, which networkx reads back as the key anyway)."""
    meta = writer.xml.find("meta")
    meta.attrib.pop("lastmodifieddate", None)
    meta.find("creator").text = "kg"
    graph = writer.xml.find("graph")
    for attributes in graph.findall("attributes"):
        if attributes.get("class") != "edge":
            continue
        for attribute in attributes.findall("attribute"):
            if attribute.get("title") == "networkx_key":
                attributes.remove(attribute)
                for attvalues in graph.iter("attvalues"):
                    for attvalue in attvalues.findall("attvalue"):
                        if attvalue.get("for") == attribute.get("id"):
                            attvalues.remove(attvalue)
        if not len(attributes):
            graph.remove(attributes)


def read(data: bytes) -> KnowledgeGraph:
    """A KnowledgeGraph back from this module's GEXF (lists decoded, types restored)."""
    return from_xml_graph(nx.read_gexf(io.BytesIO(data), version=VERSION), TYPE_ATTR)
