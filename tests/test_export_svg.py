"""The `svg` export (graph/exports/svg.py): parsed back as XML and compared with the graph
it draws, node for node and relationship for relationship; the palette is the one of
docs/neo4j-browser.grass; names that are not safe in XML stay intact."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from graph.exports import FORMATS, _drawing, svg
from graph.knowledge import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[1]
NS = {"s": "http://www.w3.org/2000/svg"}
LEADER = "山东省/济南市/郑德雁"


@pytest.fixture(scope="module")
def zheng(zheng_depth_2) -> KnowledgeGraph:
    assert zheng_depth_2.node(LEADER) is not None
    return zheng_depth_2


@pytest.fixture(scope="module")
def drawn(zheng) -> tuple[bytes, ET.Element]:
    data = svg.write(zheng)
    return data, ET.fromstring(data)


def test_registered():
    f = FORMATS["svg"]
    assert (f.extension, f.module, f.writer()) == (".svg", "svg", svg.write)


def test_every_node_is_a_circle_with_its_caption_and_colour(zheng, drawn):
    _, root = drawn
    groups = root.findall("s:g[@id='nodes']/s:g", NS)
    assert len(groups) == len(root.findall("s:g[@id='nodes']//s:circle", NS)) == len(zheng) > 50
    by_key = {g.get("data-key"): g for g in groups}
    assert set(by_key) == set(zheng.g.nodes)
    for n in zheng.nodes():
        g = by_key[n.key]
        assert g.get("data-label") == n.label
        assert g.find("s:circle", NS).get("fill") == _drawing.LABEL_STYLES[n.label].color
        assert g.find("s:text", NS).text == _drawing.node_caption(n)
        assert g.find("s:title", NS).text == f"{n.label}: {_drawing.node_name(n)}"
    names = {g.find("s:text", NS).text for g in groups}
    assert {"郑德雁", "济南市"} <= names           # short names are written in full
    fills = {g.get("data-label"): g.find("s:circle", NS).get("fill") for g in groups}
    assert len(set(fills.values())) == len(fills) == len(zheng.label_counts())   # one colour per label


def test_every_relationship_is_a_line_to_its_target(zheng, drawn):
    _, root = drawn
    lines = root.findall("s:g[@id='edges']/s:line", NS)
    assert len(lines) == len(root.findall(".//s:line", NS)) == zheng.g.number_of_edges() > 50
    assert Counter((l.get("data-type"), l.get("data-source"), l.get("data-target")) for l in lines) == \
        Counter((r.type, r.source, r.target) for r in zheng.relations())
    centres = {g.get("data-key"): (float(g.find("s:circle", NS).get("cx")), float(g.find("s:circle", NS).get("cy")),
                                   float(g.find("s:circle", NS).get("r")))
               for g in root.findall("s:g[@id='nodes']/s:g", NS)}
    markers = {m.get("id") for m in root.findall("s:defs/s:marker", NS)}
    for line in lines:
        assert line.get("stroke") == _drawing.REL_COLORS.get(line.get("data-type"), _drawing.DEFAULT_REL_COLOR)
        assert line.get("marker-end")[5:-1] in markers            # url(#…) names a defined arrowhead
        for end, key in (("2", line.get("data-target")), ("1", line.get("data-source"))):
            cx, cy, r = centres[key]
            x, y = float(line.get("x" + end)), float(line.get("y" + end))
            assert abs(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 - r) <= 2.6   # on the rim: the arrowhead shows


def test_legend_lists_labels_and_types_with_counts(zheng, drawn):
    _, root = drawn
    texts = [t.text for t in root.findall("s:g[@id='legend']/s:text", NS)]
    for label, count in zheng.label_counts().items():
        assert f"{label} ({count})" in texts
    for rel_type, count in zheng.type_counts().items():
        assert f"{rel_type} ({count})" in texts
    assert "Noto Sans CJK SC" in root.get("font-family") and root.get("font-family").endswith("sans-serif")


def test_deterministic_and_valid(zheng, drawn):
    data, root = drawn
    assert svg.write(zheng) == data
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    w, h = float(root.get("width")), float(root.get("height"))
    for c in root.findall(".//s:circle", NS):                     # everything is on the canvas
        assert 0 < float(c.get("cx")) < w and 0 < float(c.get("cy")) < h


def test_names_unsafe_in_xml_stay_intact():
    kg = KnowledgeGraph()
    odd = {"a": 'A&B <x> "q" </script><script>alert(1)</script>', "b": "]]> <!-- 济南&青岛 -->", "c": "tab\tok\x01bell"}
    for key, name in odd.items():
        kg.add_node("Project", key, {"key": key, "name": name, "aliases": [name], "documents": [], "evidence": [], "spans": []})
    kg.add_edge("PART_OF", "a", "b", {"documents": ["d"], "evidence": ["<e>&"], "spans": ["d:0-3"]})
    kg.g.graph["selection"] = "entity A&B </title>, depth 1"
    root = ET.fromstring(svg.write(kg))                             # parses: everything escaped
    assert root.find("s:title", NS).text == "kg: entity A&B </title>, depth 1"
    titles = {g.get("data-key"): g.find("s:title", NS).text for g in root.findall("s:g[@id='nodes']/s:g", NS)}
    assert titles["a"] == "Project: " + odd["a"]
    assert titles["b"] == "Project: " + odd["b"]
    assert titles["c"] == "Project: tab\tok\ufffdbell"              # a control character XML cannot carry
    assert len(root.findall(".//s:line", NS)) == 1


def test_empty_and_single_node_graphs():
    assert ET.fromstring(svg.write(KnowledgeGraph())).findall(".//s:circle", NS) == []
    kg = KnowledgeGraph()
    kg.add_node("Leader", "k", {"key": "k", "name": "王", "aliases": [], "documents": [], "evidence": [], "spans": []})
    assert len(ET.fromstring(svg.write(kg)).findall(".//s:circle", NS)) == 1


def test_palette_is_the_neo4j_browser_one():
    """docs/neo4j-browser.grass styles Neo4j Browser; the drawn exports use its colours."""
    grass = (ROOT / "docs" / "neo4j-browser.grass").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"^(\S+) \{\n(.*?)^\}", grass, re.MULTILINE | re.DOTALL))

    def prop(block: str, name: str) -> str:
        return re.search(rf"^\s*{name}: ([^;]+);", block, re.MULTILINE).group(1).strip()

    for label, style in _drawing.LABEL_STYLES.items():
        block = blocks[f"node.{label}"]
        assert (style.color, style.border, f"{style.size}px") == \
            (prop(block, "color"), prop(block, "border-color"), prop(block, "diameter"))
    for rel_type, color in _drawing.REL_COLORS.items():
        assert prop(blocks[f"relationship.{rel_type}"], "color") == color
    assert prop(blocks["relationship"], "color") == _drawing.DEFAULT_REL_COLOR


def test_layout_keeps_components_apart_and_handles_big_ones():
    """Two components never overlap; a component above SPRING_BELOW nodes takes the grid
    layout (O(n) an iteration) and still gives every node its own place."""
    kg = KnowledgeGraph()
    big = nx.barabasi_albert_graph(_drawing.SPRING_BELOW + 100, 1, seed=3)   # a tree
    keys = [f"n{i:04d}" for i in big]
    for k in keys + ["x1", "x2", "x3"]:
        kg.add_node("Project", k, {"key": k, "name": k, "aliases": [], "documents": [], "evidence": [], "spans": []})
    for u, v in big.edges():
        kg.add_edge("PART_OF", keys[u], keys[v], {"documents": [], "evidence": [], "spans": []})
    kg.add_edge("PART_OF", "x1", "x2", {"documents": [], "evidence": [], "spans": []})
    pos = _drawing.layout(kg)
    assert set(pos) == set(kg.g.nodes) and pos == _drawing.layout(kg)
    assert len({(round(x, 1), round(y, 1)) for x, y in pos.values()}) == len(pos)
    box = [min(pos[k][0] for k in keys), max(pos[k][0] for k in keys), min(pos[k][1] for k in keys), max(pos[k][1] for k in keys)]
    for k in ("x1", "x2", "x3"):
        x, y = pos[k]
        assert not (box[0] <= x <= box[1] and box[2] <= y <= box[3])
