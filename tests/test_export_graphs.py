"""Graph-file exports (cytoscape, graphml, gexf, and the json one beside them): each written,
read back with networkx's own reader, and compared as sets with the graph it came from.
The Neo4j ones (csv, cypher) are in test_export_neo4j.py, which shares the helpers here."""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from graph import schema
from graph.exports import FORMATS, cytoscape, gexf, graphml, write
from graph.errors import ExportError
from graph.exports.flat import KG_LABEL, edge_id, encode_list
from graph.knowledge import KnowledgeGraph

# Strings that break naive writers: quotes, backslashes, line breaks of every kind, the CSV
# and Markdown separators, emoji (outside the BMP), Chinese, and space at both ends.
NASTY = [
    'say "hi"; it\'s | a, b',
    "back\\slash \\n not a newline, \\' \\\" \\\\",
    "line 1\nline 2\r\nline 3\rline 4",
    "tab\there\u2028sep\u2029para\u0085nel",
    "| 牵头 | 配合 |\n|---|---|\n| 市发展改革委 | 市财政局 |",
    "emoji 😀🀄 and 中文，全角；标点",
    "  padded  ",
    "'); MATCH (n) DETACH DELETE n; //",
    "",
]


def nasty_graph() -> KnowledgeGraph:
    """A tiny hand-made graph with every property of every label it uses, and hostile values."""
    kg = KnowledgeGraph()
    doc, region = "doc\"1';|,", "测试省/甲市"
    prov = {"documents": [doc], "evidence": NASTY[:4], "spans": [f"{doc}:0-5", f"{doc}:6-9", f"{doc}:1-2", f"{doc}:3-4"]}
    kg.add_node(schema.REGION, region, {"key": region, "name": "甲市", "aliases": ["甲市", "甲", "Jia 😀"],
                                        "level": "city", "parent": "测试省", **prov})
    leaders = []
    for i, name in enumerate(['张"三\'', "李\\四"]):
        key = schema.leader_key(region, name)
        leaders.append(key)
        kg.add_node(schema.LEADER, key, {"key": key, "name": name, "aliases": [name, *NASTY], "region": region,
                                         "titles": [] if i else ["市长", "副书记;|,"], **prov})
    depts = []
    for name in ("市发展改革委", "市财政局, 市税务局 | 等"):
        key = schema.department_key(region, name)
        depts.append(key)
        kg.add_node(schema.DEPARTMENT, key, {"key": key, "name": name, "aliases": [], "region": region,
                                             "kind": None, "documents": [], "evidence": [], "spans": []})
    task = schema.task_key(doc, "1")
    kg.add_node(schema.TASK, task, {
        "key": task, "name": NASTY[0], "aliases": [NASTY[0]], "text": "\n".join(NASTY), "seq": "1",
        "deadline": "12月底\r\n前", "deadlineDate": "2021-12-31", "section": NASTY[4], "document": doc,
        "region": region, "ordinal": 0, "targets": ["GDP|增长|>=|6|%", ""], "status": "已完成；\"80%\", 待验收|", **prov})
    kg.add_node(schema.DOCUMENT, doc, {
        "key": doc, "name": NASTY[5], "aliases": [NASTY[5]], "title": NASTY[5], "kind": "prose", "issuer": NASTY[1],
        "number": "鲁政办字〔2021〕1号", "date": "2021-01-27", "sha256": "ab" * 32, "source": "C:\\docs\\报告 1.txt",
        "encoding": "utf-8", "region": region, "loadedAt": "2021-02-01T00:00:00+00:00", "year": 2021,
        "congress": None, "speaker": NASTY[7], "speakerTitle": "市长", "targets": [],
        "documents": [doc], "evidence": [], "spans": []})
    kg.add_node(schema.STRATEGY, "测试战略\n第二行", {
        "key": "测试战略\n第二行", "name": "测试战略", "aliases": ["测试战略"], **prov})
    kg.add_node(schema.PROJECT, "甲市/测试区 😀", {"key": "甲市/测试区 😀", "name": "测试区", "aliases": ["甲市测试区"],
                                              "region": region, **prov})
    # Two RESPONSIBLE_FOR between the same two nodes, told apart by their role.
    kg.add_edge(schema.RESPONSIBLE_FOR, depts[0], task, {"role": schema.ROLE_LEAD, **prov})
    kg.add_edge(schema.RESPONSIBLE_FOR, depts[0], task, {"role": schema.ROLE_SUPPORT, **prov})
    kg.add_edge(schema.RESPONSIBLE_FOR, leaders[0], task, {"role": schema.ROLE_RESPONSIBLE,
                                                           "documents": [], "evidence": [], "spans": []})
    kg.add_edge(schema.COOPERATES_WITH, depts[0], depts[1], {"weight": 2, "via": [task, NASTY[2]], "derived": True, **prov})
    kg.add_edge(schema.COOPERATES_WITH, leaders[0], leaders[1], {"weight": 0, "via": [], "derived": False, **prov})
    kg.add_edge(schema.SERVES_IN, leaders[0], region, {"title": "市长、副书记", **prov})
    kg.add_edge(schema.SERVES_IN, leaders[1], region, {"title": None, **prov})
    kg.add_edge(schema.PART_OF, task, doc, prov)
    kg.add_edge(schema.PART_OF, depts[0], region, prov)
    kg.add_edge(schema.PART_OF, "甲市/测试区 😀", "测试战略\n第二行", prov)
    kg.add_edge(schema.CONCERNS, task, "甲市/测试区 😀", prov)
    return kg


def union(*graphs: KnowledgeGraph) -> KnowledgeGraph:
    """One graph holding all of these (their keys must differ); the inputs are not changed."""
    out = KnowledgeGraph()
    for kg in graphs:
        for n in kg.nodes():
            assert out.node(n.key) is None, n.key
            out.add_node(n.label, n.key, n.props)
        for r in kg.relations():
            out.add_edge(r.type, r.source, r.target, r.props)
    return out


def _frozen(value):
    # The type is part of the value: True == 1 == 1.0 would hide a bool/int/float mix-up.
    return type(value).__name__, tuple(value) if isinstance(value, list) else value


def as_sets(kg: KnowledgeGraph) -> tuple[set, set]:
    """Nodes as (label, key, props) and relationships as (type, source, target, props), hashable."""
    nodes = {(n.label, n.key, frozenset((k, _frozen(v)) for k, v in n.props.items())) for n in kg.nodes()}
    rels = {(r.type, r.source, r.target, frozenset((k, _frozen(v)) for k, v in r.props.items())) for r in kg.relations()}
    return nodes, rels


def assert_same_graph(got: KnowledgeGraph, want: KnowledgeGraph) -> None:
    assert len(got) == len(want) and got.g.number_of_edges() == want.g.number_of_edges()
    got_nodes, got_rels = as_sets(got)
    want_nodes, want_rels = as_sets(want)
    assert got_nodes == want_nodes, (sorted(want_nodes - got_nodes)[:2], sorted(got_nodes - want_nodes)[:2])
    assert got_rels == want_rels, (sorted(want_rels - got_rels)[:2], sorted(got_rels - want_rels)[:2])


def reversed_copy(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The same graph built in the opposite order, with property dicts in the opposite order."""
    out = KnowledgeGraph()
    for n in reversed(list(kg.nodes())):
        out.add_node(n.label, n.key, dict(reversed(list(n.props.items()))))
    for r in reversed(list(kg.relations())):
        out.add_edge(r.type, r.source, r.target, dict(reversed(list(r.props.items()))))
    return out


@pytest.fixture(scope="module")
def nasty() -> KnowledgeGraph:
    return nasty_graph()


def read_json(data: bytes) -> KnowledgeGraph:
    """The node-link `json` format back through networkx (its contract: docs/export-json.md)."""
    g = nx.node_link_graph(json.loads(data), edges="edges")
    kg = KnowledgeGraph()
    for key, d in g.nodes(data=True):
        kg.add_node(d["label"], key, {"key": key, **{k: v for k, v in d.items() if k != "label"}})
    for u, v, d in g.edges(data=True):
        kg.add_edge(d["type"], u, v, {k: x for k, x in d.items() if k != "type"})
    return kg


READERS = {"cytoscape": cytoscape.read, "graphml": graphml.read, "gexf": gexf.read, "json": read_json}


# Round trips: every node with every property, every relationship with its type and properties
@pytest.mark.parametrize("fmt", sorted(READERS))
def test_round_trip_seeds(fmt, seed_graph):
    data = write(seed_graph, fmt)
    assert isinstance(data, bytes)
    assert_same_graph(READERS[fmt](data), seed_graph)


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_round_trip_nasty_strings(fmt, nasty):
    assert_same_graph(READERS[fmt](write(nasty, fmt)), nasty)


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_round_trip_empty_graph(fmt):
    assert len(READERS[fmt](write(KnowledgeGraph(), fmt))) == 0


@pytest.mark.parametrize("fmt", ["cytoscape", "graphml", "gexf", "csv", "cypher"])
def test_deterministic(fmt, nasty):
    """Same graph, same bytes: whatever order it was built in."""
    first = write(nasty, fmt)
    assert write(nasty, fmt) == first
    assert write(reversed_copy(nasty), fmt) == first


def test_registry_lists_the_formats():
    for name, module, ext in [("cytoscape", "cytoscape", ".cyjs"), ("graphml", "graphml", ".graphml"),
                              ("gexf", "gexf", ".gexf"), ("csv", "neo4j_csv", ""), ("cypher", "cypher_script", ".cypher")]:
        f = FORMATS[name]
        assert (f.module, f.extension) == (module, ext) and f.summary and callable(f.writer())
    assert FORMATS["csv"].text is False


# Cytoscape.js JSON
def test_cytoscape_layout(seed_graph):
    data = json.loads(write(seed_graph, "cytoscape"))
    assert data["directed"] is True and data["multigraph"] is True and data["data"]["schema"] == "kg/1"
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert [n["data"]["id"] for n in nodes] == [n.key for n in seed_graph.nodes()]
    for el, n in zip(nodes, seed_graph.nodes()):
        d = el["data"]
        assert (d["id"], d["value"], d["label"], d["name"], d["aliases"]) == (n.key, n.key, n.label, n.props["name"], n.props["aliases"])
    ids = [e["data"]["id"] for e in edges]
    assert len(set(ids)) == len(ids) == seed_graph.g.number_of_edges()
    assert ids == [edge_id(r) for r in seed_graph.relations()]
    assert all(e["data"]["key"] == e["data"]["id"] and e["data"]["type"] in schema.REL_TYPES for e in edges)
    # networkx's reader: node ids are the keys, parallel edges stay apart.
    g = nx.cytoscape_graph(data)
    assert set(g.nodes) == {n.key for n in seed_graph.nodes()}
    assert g.number_of_edges() == seed_graph.g.number_of_edges()


def test_edge_ids_are_stable_and_shared(nasty):
    """An edge has the same id in every format and in any other graph holding it."""
    ids = {edge_id(r) for r in nasty.relations()}
    assert len(ids) == nasty.g.number_of_edges()
    cy = {e["data"]["id"] for e in json.loads(write(nasty, "cytoscape"))["elements"]["edges"]}
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    gm = {e.get("id") for e in ET.fromstring(write(nasty, "graphml")).iterfind(".//g:edge", ns)}
    gx = {e.get("id") for e in ET.fromstring(write(nasty, "gexf")).iterfind(".//x:edge", {"x": "http://www.gexf.net/1.2draft"})}
    assert cy == gm == gx == ids
    smaller = KnowledgeGraph()
    for n in nasty.nodes():
        smaller.add_node(n.label, n.key, n.props)
    kept = [r for r in nasty.relations() if r.type == schema.RESPONSIBLE_FOR]
    for r in kept:
        smaller.add_edge(r.type, r.source, r.target, r.props)
    assert {e["data"]["id"] for e in json.loads(write(smaller, "cytoscape"))["elements"]["edges"]} == {edge_id(r) for r in kept}


# GraphML and GEXF: what Gephi sees
def _graphml_keys(data: bytes) -> dict[tuple[str, str], str]:
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    return {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in ET.fromstring(data).iterfind("g:key", ns)}


def test_graphml_for_gephi(seed_graph):
    data = write(seed_graph, "graphml")
    keys = _graphml_keys(data)
    assert keys[("node", "label")] == keys[("node", KG_LABEL)] == keys[("node", "aliases")] == "string"
    assert keys[("node", "ordinal")] == keys[("node", "year")] == keys[("edge", "weight")] == "long"
    assert keys[("edge", "derived")] == "boolean"
    assert ("node", "key") not in keys     # the key is the node id
    assert "济南市".encode("utf-8") in data and b"&#" not in data   # Chinese as UTF-8, not character references
    g = nx.read_graphml(io.BytesIO(data), edge_key_type=str, force_multigraph=True)
    for n in seed_graph.nodes():
        d = g.nodes[n.key]
        assert (d["label"], d[KG_LABEL], d["name"]) == (n.props["name"], n.label, n.props["name"])
        assert json.loads(d["aliases"]) == n.props["aliases"] and json.loads(d["evidence"]) == n.props["evidence"]
    types = {d["label"] for _, _, d in g.edges(data=True)}
    assert types == set(seed_graph.type_counts())
    weights = [d["weight"] for _, _, d in g.edges(data=True) if d["label"] == schema.COOPERATES_WITH]
    assert weights and all(isinstance(w, int) and w > 0 for w in weights)


def test_graphml_keeps_carriage_returns(nasty):
    data = write(nasty, "graphml")
    assert b"&#13;" in data and b"\r" not in data
    task = graphml.read(data).node(schema.task_key("doc\"1';|,", "1"))
    assert task.props["deadline"] == "12月底\r\n前"


def test_gexf_for_gephi(seed_graph):
    data = write(seed_graph, "gexf")
    root = ET.fromstring(data)
    x = {"x": "http://www.gexf.net/1.2draft"}
    assert root.get("version") == "1.2"
    assert root.find("x:meta", x).get("lastmodifieddate") is None     # no date: same graph, same bytes
    titles = {a.get("title"): a.get("type") for a in root.iterfind(".//x:attributes/x:attribute", x)}
    assert "networkx_key" not in titles and titles[KG_LABEL] == "string" and titles["derived"] == "boolean"
    assert titles["ordinal"] == "long"
    first = next(iter(seed_graph.nodes()))
    el = root.find(f".//x:node[@id='{first.key}']", x)
    assert el.get("label") == first.props["name"]
    by_id = {edge_id(r): r for r in seed_graph.relations()}
    for e in root.iterfind(".//x:edge", x):
        r = by_id[e.get("id")]
        assert (e.get("source"), e.get("target"), e.get("label")) == (r.source, r.target, r.type)
        assert (e.get("weight") is not None) == (r.type == schema.COOPERATES_WITH)
    g = nx.read_gexf(io.BytesIO(data))
    assert g.number_of_edges() == seed_graph.g.number_of_edges()


def test_lists_are_json_text(nasty):
    g = nx.read_graphml(io.BytesIO(write(nasty, "graphml")), force_multigraph=True)
    dept = next(n for n in nasty.nodes(schema.DEPARTMENT))
    assert g.nodes[dept.key]["aliases"] == "[]" == encode_list([])
    leader = next(n for n in nasty.nodes(schema.LEADER) if n.props["titles"])
    assert json.loads(g.nodes[leader.key]["aliases"]) == leader.props["aliases"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_refuses_what_xml_cannot_hold(fmt, nasty):
    """A form feed (PDF text has them) cannot be in XML 1.0: one clear error, not a broken file."""
    kg = union(nasty)
    n = next(iter(kg.nodes(schema.TASK)))
    kg.add_node(n.label, n.key, {**n.props, "text": "page 1\fpage 2"})
    with pytest.raises(ExportError, match=r"'text'.*U\+000C.*json or cytoscape"):
        write(kg, fmt)
    assert_same_graph(cytoscape.read(write(kg, "cytoscape")), kg)   # JSON carries it


def test_selection_is_named(nasty):
    kg = union(nasty)
    kg.g.graph["selection"] = "leader 张三, depth 2"
    assert json.loads(write(kg, "cytoscape"))["data"]["selection"] == "leader 张三, depth 2"
    assert "leader 张三, depth 2" in write(kg, "graphml").decode() and "leader 张三, depth 2" in write(kg, "gexf").decode()
    assert write(kg, "cypher").decode().startswith("// kg graph export (leader 张三, depth 2): ")
    assert "(leader 张三, depth 2)" in write(kg, "csv")["README.txt"].decode()
    assert_same_graph(graphml.read(write(kg, "graphml")), nasty)


def test_no_stray_control_characters(nasty):
    """Every format that is text is valid UTF-8 and, for XML, parses."""
    for fmt in ("graphml", "gexf"):
        ET.fromstring(write(nasty, fmt))
    for fmt in ("cytoscape", "cypher"):
        text = write(nasty, fmt).decode("utf-8")
        assert not re.search("[\x00-\x08\x0b-\x1f]", text)
