"""What `kg export` and `kg analyze` take: selections by template, entity, depth and filters."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graph import schema
from graph.errors import NotFound, QueryError
from kg.asking import ask
from kg.cli import app
from kg.selecting import Selection, select

LEADER = "山东省/济南市/郑德雁"


@pytest.fixture(scope="module")
def store(seeded_embedded):
    return seeded_embedded[0]


def neighbours(kg, key):
    return set(kg.g.successors(key)) | set(kg.g.predecessors(key))


def assert_induced(sub, whole):
    """Nodes keep every property; every relationship of the whole graph between kept nodes is kept."""
    for n in sub.nodes():
        assert n.props == whole.node(n.key).props
    kept = set(sub.g.nodes)
    expected = {r.identity for r in whole.relations() if r.source in kept and r.target in kept}
    assert {r.identity for r in sub.relations()} == expected


def test_leader_at_depth_one_is_the_leader_and_everything_next_to_it(store, seed_graph):
    got = select(store, seed_graph, Selection(template="leader", args=("郑德雁",)))
    assert got.start == (LEADER,)
    assert set(got.graph.g.nodes) == {LEADER} | neighbours(seed_graph, LEADER)
    # The tasks the leader template lists are all there.
    answer = ask(store, "leader", "郑德雁", "", {})
    texts = {row[answer.result.columns.index("task")] for row in answer.result.rows}
    assert texts == {n.props["text"] for n in got.graph.nodes(schema.TASK)}
    assert_induced(got.graph, seed_graph)


def test_depth_two_reaches_co_responsible_leaders_but_not_through_documents_or_regions(store, seed_graph):
    one = select(store, seed_graph, Selection(template="leader", args=("郑德雁",), depth=1)).graph
    two = select(store, seed_graph, Selection(template="leader", args=("郑德雁",), depth=2)).graph
    assert set(one.g.nodes) < set(two.g.nodes)
    assert "山东省/济南市/孙述涛" in two.g          # shares tasks with 郑德雁
    hubs = [k for k in one.g.nodes if seed_graph.g.nodes[k]["label"] in (schema.DOCUMENT, schema.REGION)]
    assert hubs
    for hub in hubs:      # reached at depth 1, not gone through: their other members are not taken
        beyond = neighbours(seed_graph, hub) - set(one.g.nodes)
        reached_otherwise = {k for k in beyond if any(n in one.g and n not in hubs for n in neighbours(seed_graph, k))}
        assert not (beyond - reached_otherwise) & set(two.g.nodes)
    assert_induced(two, seed_graph)


def test_entity_by_pinyin_alias_or_key_starts_at_the_same_node(store, seed_graph):
    for typed in ("Zheng Deyan", "郑德雁", LEADER):
        got = select(store, seed_graph, Selection(entity=typed, depth=0))
        assert set(got.graph.g.nodes) == {LEADER}
    by_alias = select(store, seed_graph, Selection(entity="起步区", depth=0)).graph
    assert [n.props["name"] for n in by_alias.nodes()] == ["新旧动能转换起步区"]


def test_an_entity_asked_about_is_gone_through_even_when_it_is_a_region(store, seed_graph):
    got = select(store, seed_graph, Selection(entity="济南市")).graph
    assert set(got.g.nodes) == {"山东省/济南市"} | neighbours(seed_graph, "山东省/济南市")


def test_document_template_takes_the_document_and_its_tasks(store, seed_graph):
    doc = next(n for n in seed_graph.nodes(schema.DOCUMENT) if n.props["title"] == "2021年16市重点任务公开承诺事项")
    got = select(store, seed_graph, Selection(template="document", args=(doc.key,))).graph
    tasks = {r.source for r in seed_graph.relations(schema.PART_OF) if r.target == doc.key}
    assert tasks and tasks | {doc.key} <= set(got.g.nodes)


def test_an_answer_without_a_subject_takes_the_entities_its_rows_name(store, seed_graph):
    got = select(store, seed_graph, Selection(template="cooperation", params={"label": "Department", "limit": 3}))
    answer = ask(store, "cooperation", None, "", {"label": "Department", "limit": 3})
    cols = answer.result.columns
    pairs = {(r[cols.index("actorKey")], r[cols.index("partnerKey")]) for r in answer.result.rows}
    for a, b in pairs:
        assert a in got.graph.g and b in got.graph.g
        assert any(r.type == schema.COOPERATES_WITH for r in got.graph.relations() if {r.source, r.target} == {a, b})
    # Depth 0 by default: nothing but what the rows name.
    named = {v for row in answer.result.rows for cell in row for v in (cell if isinstance(cell, list) else [cell])
             if isinstance(v, str) and v in seed_graph.g}
    assert set(got.graph.g.nodes) == named


def test_path_takes_the_chain_it_shows(store, seed_graph):
    got = select(store, seed_graph, Selection(template="path", args=("郑德雁", "市财政局"), params={"paths": 1})).graph
    assert LEADER in got.g
    assert len(got) == got.g.number_of_edges() + 1        # one chain: n nodes, n-1 steps
    assert any(n.label == schema.DEPARTMENT and n.props["name"].endswith("财政局") for n in got.nodes())


def test_filters_by_label_region_and_document(store, seed_graph):
    labels = select(store, seed_graph, Selection(everything=True, labels=("Leader,task",))).graph
    assert {n.label for n in labels.nodes()} == {schema.LEADER, schema.TASK}
    assert len(labels) == len(list(seed_graph.nodes(schema.LEADER))) + len(list(seed_graph.nodes(schema.TASK)))

    qingdao = select(store, seed_graph, Selection(region="青岛市")).graph
    assert len(qingdao) > 20
    for n in qingdao.nodes():
        where = n.key if n.label == schema.REGION else n.props.get("region")
        if where:
            assert "/青岛市" in f"/{where}", n.key
        else:       # a strategy: kept because something in 青岛 concerns it
            assert neighbours(seed_graph, n.key) & set(qingdao.g.nodes)

    doc = next(n for n in seed_graph.nodes(schema.DOCUMENT) if n.props["title"] == "2021年16市重点任务公开承诺事项")
    stated = select(store, seed_graph, Selection(document=doc.props["title"])).graph
    assert doc.key in stated.g
    for n in stated.nodes():
        assert n.key == doc.key or doc.key in n.props["documents"]
    for r in stated.relations():
        assert doc.key in r.props["documents"]
    by_file = select(store, seed_graph, Selection(document=doc.key)).graph
    assert set(by_file.g.nodes) == set(stated.g.nodes)


def test_all_is_the_whole_graph(store, seed_graph):
    got = select(store, seed_graph, Selection(everything=True)).graph
    assert len(got) == len(seed_graph)
    assert got.g.number_of_edges() == seed_graph.g.number_of_edges()
    assert got.g.graph["selection"] == "all"


@pytest.mark.parametrize("sel, error, words", [
    (Selection(), QueryError, "say what to take"),
    (Selection(template="leader", args=("郑德雁",), entity="起步区"), QueryError, "not both"),
    (Selection(everything=True, labels=("Person",)), QueryError, "unknown label 'Person'"),
    (Selection(everything=True, document="no-such-document"), NotFound, "no document"),
    (Selection(entity="郑德言"), NotFound, "did you mean 郑德雁"),
    (Selection(entity="郑德雁", depth=-1), QueryError, "--depth"),
])
def test_bad_selections_say_what_is_wrong(store, seed_graph, sel, error, words):
    with pytest.raises(error, match=words):
        select(store, seed_graph, sel)


def test_cli_export_writes_the_selection_and_says_what(seeded_embedded, tmp_path, monkeypatch):
    store, _ = seeded_embedded
    monkeypatch.setenv("KG_DB", str(store.path))
    out = tmp_path / "z.json"
    result = CliRunner().invoke(app, ["export", "leader", "郑德雁", "--depth", "2", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert LEADER in {n["id"] for n in data["nodes"]}
    assert f"wrote {len(data['nodes'])} nodes and {len(data['edges'])} relationships (leader 郑德雁, depth 2)" in result.output

    nothing = CliRunner().invoke(app, ["export"])
    assert nothing.exit_code == 2 and "say what to take" in nothing.output
    unknown = CliRunner().invoke(app, ["export", "--all", "--format", "xls"])
    assert unknown.exit_code == 2 and "unknown export format 'xls'" in unknown.output
