"""kg analyze: network figures over a KnowledgeGraph (graph/analytics.py) and their write-back.

Small hand-made graphs whose answers are known by hand (a star, a path, two cooperation
clusters), the seeds (PageRank as `kg query central` gives it, components and
communities partitioning what they should), write-back on both stores, and the CLI.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graph import analytics, schema
from graph.errors import StoreError
from graph.knowledge import KnowledgeGraph
from queries import runner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


# ------------------------------------------------------------------ hand-made graphs

def _node(kg: KnowledgeGraph, label: str, key: str, region: str = "") -> None:
    props = {p: ([] if t == "string[]" else "" if t == "string" else None) for p, t in schema.node_properties(label).items()}
    props.update(key=key, name=key.rpartition("/")[2], documents=["d"], evidence=["e"], spans=["d:0-1"])
    if "region" in props:
        props["region"] = region
    kg.add_node(label, key, props)


def _rel(kg: KnowledgeGraph, rtype: str, a: str, b: str, **props) -> None:
    base = {p: ([] if t == "string[]" else "" if t == "string" else None) for p, t in schema.rel_properties(rtype).items()}
    base.update(documents=["d"], evidence=["e"], spans=["d:0-1"], **props)
    kg.add_edge(rtype, a, b, base)


def star() -> KnowledgeGraph:
    """Leader L/hub responsible for five tasks; a sixth task alone."""
    kg = KnowledgeGraph()
    _node(kg, schema.LEADER, "R/hub", "R")
    for i in range(1, 7):
        _node(kg, schema.TASK, f"doc#{i}")
    for i in range(1, 6):
        _rel(kg, schema.RESPONSIBLE_FOR, "R/hub", f"doc#{i}", role="lead")
    return kg


def path() -> KnowledgeGraph:
    """Departments a - b - c - d cooperating in a line (weights 1, 2, 3)."""
    kg = KnowledgeGraph()
    for k in "abcd":
        _node(kg, schema.DEPARTMENT, f"R/{k}", "R")
    for (x, y), w in zip(("ab", "bc", "cd"), (1, 2, 3)):
        _rel(kg, schema.COOPERATES_WITH, f"R/{x}", f"R/{y}", weight=w, derived=True)
    return kg


def clusters() -> KnowledgeGraph:
    """Two cliques of departments (x1..x4 heavily tied, y1..y3 heavily tied) joined by one
    light edge x1 - y1; plus a leader pair cooperating, and an isolated department."""
    kg = KnowledgeGraph()
    xs, ys = [f"X/x{i}" for i in range(1, 5)], [f"Y/y{i}" for i in range(1, 4)]
    for k in xs + ys + ["Z/lonely"]:
        _node(kg, schema.DEPARTMENT, k, k.split("/")[0])
    for group in (xs, ys):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                _rel(kg, schema.COOPERATES_WITH, a, b, weight=5, derived=True)
    _rel(kg, schema.COOPERATES_WITH, "X/x1", "Y/y1", weight=1, derived=True)
    for k in ("X/boss", "X/deputy"):
        _node(kg, schema.LEADER, k, "X")
    _rel(kg, schema.COOPERATES_WITH, "X/boss", "X/deputy", weight=2, derived=True)
    return kg


def by_key(analysis) -> dict[str, dict]:
    return {a["key"]: a for a in analysis.actors}


def test_star_degree_betweenness_and_components():
    a = analytics.analyze(star())
    hub = by_key(a)["R/hub"]
    assert hub["degree"] == 5 and hub["partners"] == 0
    # Every shortest path between two of the five tasks passes through the hub: all
    # C(5,2) = 10 of them, normalized by C(6,2) = 15 pairs among the other six nodes.
    assert hub["betweenness"] == round(10 / 15, 6)
    assert a.node_figures["doc#1"] == {"degree": 1, "betweenness": 0.0, "component": 0}
    assert [(c["component"], c["size"]) for c in a.components] == [(0, 6), (1, 1)]
    assert a.components[0]["labels"] == {schema.LEADER: 1, schema.TASK: 5}
    assert a.components[0]["hub"] == "hub" and a.components[1]["members"] == ["doc#6"]
    assert a.node_figures["doc#6"]["component"] == 1
    # A lone leader: PageRank of a one-node network is 1.
    assert hub["pagerank"] == 1.0 and hub["community"] is None


def _power_pagerank(edges: dict[tuple[str, str], float], damping: float = 0.85) -> dict[str, float]:
    """PageRank by the textbook iteration, written out (no dangling nodes): a check independent of networkx."""
    nodes = sorted({n for e in edges for n in e})
    strength = {n: sum(w for e, w in edges.items() if n in e) for n in nodes}
    p = {n: 1 / len(nodes) for n in nodes}
    for _ in range(500):
        p = {n: (1 - damping) / len(nodes) + damping * sum(p[m] * w / strength[m] for (a, b), w in edges.items()
                                                          for m in (a, b) if n in (a, b) and m != n)
             for n in nodes}
    return p


def test_path_betweenness_pagerank_and_communities():
    a = analytics.analyze(path())
    f = by_key(a)
    assert [f[f"R/{k}"]["degree"] for k in "abcd"] == [1, 2, 2, 1]
    # b lies between a and c, a and d: 2 of the 3 pairs among the others.
    assert [f[f"R/{k}"]["betweenness"] for k in "abcd"] == [0.0, round(2 / 3, 6), round(2 / 3, 6), 0.0]
    want = _power_pagerank({("a", "b"): 1, ("b", "c"): 2, ("c", "d"): 3})
    assert {k: f[f"R/{k}"]["pagerank"] for k in "abcd"} == pytest.approx(want, abs=2e-6)
    assert [x["key"] for x in a.actors] == ["R/c", "R/b", "R/d", "R/a"]      # the heavier end ranks higher
    assert [x["rank"] for x in a.actors] == [1, 2, 3, 4]
    # By hand (m = 6; strengths a 1, b 3, c 5, d 3): {a,b} {c,d} has modularity
    # (1/6 - (4/12)^2) + (3/6 - (8/12)^2) = 1/9, above every other split. Equal sizes:
    # the one with the smaller first key is 0; members by PageRank.
    assert [c["keys"] for c in a.communities] == [["R/b", "R/a"], ["R/c", "R/d"]]
    assert a.modularity == round(1 / 9, 6)
    assert [f[f"R/{k}"]["community"] for k in "abcd"] == [0, 0, 1, 1]


def test_two_cooperation_clusters_are_two_communities():
    a = analytics.analyze(clusters())
    comms = [sorted(c["keys"]) for c in a.communities]
    assert comms == [["X/x1", "X/x2", "X/x3", "X/x4"], ["Y/y1", "Y/y2", "Y/y3"]]
    assert [c["community"] for c in a.communities] == [0, 1]
    assert [c["size"] for c in a.communities] == [4, 3]
    assert a.communities[0]["weight"] == 6 * 5 and a.communities[1]["weight"] == 3 * 5
    assert a.communities[0]["regions"] == ["X"]
    f = by_key(a)
    # The isolated department has no partners: no community. Leaders are not in the department network.
    assert f["Z/lonely"]["community"] is None and f["X/boss"]["community"] is None
    assert f["X/x3"]["community"] == 0 and f["Y/y2"]["community"] == 1
    # x1 bridges the clusters: the highest betweenness and PageRank of its cluster.
    assert f["X/x1"]["betweenness"] > f["X/x2"]["betweenness"] == 0.0 < f["Y/y1"]["betweenness"]
    assert a.communities[0]["keys"][0] == "X/x1"          # members ranked by PageRank
    # The two leaders cooperate only with each other: the same PageRank.
    assert f["X/boss"]["pagerank"] == f["X/deputy"]["pagerank"]
    assert [(c["size"], c["labels"]) for c in a.components] == [
        (7, {schema.DEPARTMENT: 7}), (2, {schema.LEADER: 2}), (1, {schema.DEPARTMENT: 1})]
    assert a.modularity > 0.3
    assert a.summary()["departmentNetwork"] == {"departments": 7, "edges": 6 + 3 + 1}


def test_a_pair_stated_both_ways_adds_its_weights():
    kg = path()
    _rel(kg, schema.COOPERATES_WITH, "R/b", "R/a", weight=4, derived=True)
    weighted = analytics._cooperation(kg, (schema.DEPARTMENT,))
    assert weighted.edges[(schema.DEPARTMENT, "R/a"), (schema.DEPARTMENT, "R/b")]["weight"] == 5
    assert by_key(analytics.analyze(kg))["R/a"]["degree"] == 1    # still one neighbour


def test_empty_graph():
    a = analytics.analyze(KnowledgeGraph())
    assert (a.actors, a.communities, a.components, a.modularity) == ([], [], [], 0.0)
    assert analytics.figures(a) == {}


def test_figures_and_write_batches():
    a = analytics.analyze(clusters())
    figs = analytics.figures(a)
    assert set(figs) == {schema.DEPARTMENT, schema.LEADER}
    assert figs[schema.DEPARTMENT]["X/x2"] == {
        "degree": 3, "betweenness": 0.0, "component": 0, "pagerank": by_key(a)["X/x2"]["pagerank"], "community": 0}
    assert "community" not in figs[schema.DEPARTMENT]["Z/lonely"]
    assert "community" not in figs[schema.LEADER]["X/boss"]
    batches = analytics.write_batches(figs)
    assert {(label, prop) for label, prop, _ in batches} == {
        (schema.DEPARTMENT, p) for p in schema.ANALYTICS_PROPERTIES} | {
        (schema.LEADER, p) for p in schema.ANALYTICS_PROPERTIES if p != "community"}
    for label, prop, rows in batches:
        typ = {"int": int, "float": float}[schema.ANALYTICS_PROPERTIES[prop]]
        assert all(type(r["value"]) is typ for r in rows), (label, prop)
        assert [r["key"] for r in rows] == sorted(k for k, f in figs[label].items() if prop in f)
    with pytest.raises(StoreError, match="unknown analytics properties colour"):
        analytics.write_batches({schema.LEADER: {"k": {"colour": 1}}})
    with pytest.raises(StoreError, match="label 'Person'"):
        analytics.write_batches({"Person": {"k": {"degree": 1}}})


def test_betweenness_of_a_large_graph_is_estimated_from_seeded_samples(seed_graph, monkeypatch):
    """Above the size limit, betweenness comes from SAMPLES sources drawn with the seed:
    reproducible, said in the summary; with every node a source, the exact figures."""
    from kg.selecting import _subgraph
    part = _subgraph(seed_graph, {n.key for n in seed_graph.nodes(schema.DEPARTMENT)}, "")
    exact = analytics.analyze(part)
    assert exact.summary()["betweenness"] == "exact"
    monkeypatch.setattr(analytics, "SAMPLES", len(part))
    assert analytics.analyze(part, exact_betweenness=10).node_figures == exact.node_figures
    monkeypatch.setattr(analytics, "SAMPLES", 40)
    est = [analytics.analyze(part, exact_betweenness=10) for _ in range(2)]
    assert est[0].summary()["betweenness"] == "estimated from 40 sources"
    assert est[0].node_figures == est[1].node_figures
    assert est[0].node_figures != exact.node_figures
    best = lambda a: max(a.actors, key=lambda x: (x["betweenness"], x["key"]))["key"]  # noqa: E731
    assert best(est[0]) == best(exact)


def test_output_does_not_depend_on_hash_seeds():
    """Louvain iterates sets; the seed and key order must fix the result whatever Python's hash seed."""
    code = ("import json; from tests.test_analytics import clusters; from graph import analytics;"
            "print(json.dumps(analytics.document(analytics.analyze(clusters())), sort_keys=True))")
    outs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                                capture_output=True, text=True).stdout)
    assert len(outs) == 1


# ------------------------------------------------------------------ the seeds

@pytest.fixture(scope="module")
def seed_analysis(seed_graph):
    return analytics.analyze(seed_graph)


def test_seed_pagerank_is_what_kg_query_central_gives(seeded_embedded, seed_analysis):
    store, _ = seeded_embedded
    res = runner.run(store, "central", {"limit": 100000})
    central = [(row[res.columns.index("key")], row[res.columns.index("pagerank")],
                row[res.columns.index("degree")]) for row in res.rows]
    mine = [(a["key"], a["pagerank"], a["partners"]) for a in seed_analysis.actors]
    assert mine == central        # same scores, same partner counts, same order
    assert len(mine) == seed_analysis.summary()["actors"] > 100


def test_seed_components_partition_the_graph(seed_graph, seed_analysis):
    sizes = [c["size"] for c in seed_analysis.components]
    assert sum(sizes) == len(seed_graph) and sizes == sorted(sizes, reverse=True)
    members = [k for c in seed_analysis.components for k in c["members"]]
    assert sorted(members) == sorted(seed_graph.g.nodes)
    want = sorted(len(c) for c in nx.connected_components(seed_graph.g.to_undirected()))
    assert sorted(sizes) == want
    for c in seed_analysis.components:
        assert sum(c["labels"].values()) == c["size"]
        assert all(seed_analysis.node_figures[k]["component"] == c["component"] for k in c["members"])


def test_seed_communities_partition_the_cooperating_departments(seed_graph, seed_analysis):
    cooperating = {k for r in seed_graph.relations(schema.COOPERATES_WITH)
                   if r.source_label == r.target_label == schema.DEPARTMENT for k in (r.source, r.target)}
    members = [k for c in seed_analysis.communities for k in c["keys"]]
    assert len(members) == len(set(members)) and set(members) == cooperating
    assert [c["community"] for c in seed_analysis.communities] == list(range(len(seed_analysis.communities)))
    assert [c["size"] for c in seed_analysis.communities] == sorted((c["size"] for c in seed_analysis.communities), reverse=True)
    assert len(seed_analysis.communities) > 1 and seed_analysis.modularity > 0.1
    f = by_key(seed_analysis)
    for c in seed_analysis.communities:
        assert all(f[k]["community"] == c["community"] for k in c["keys"])
        assert [f[k]["pagerank"] for k in c["keys"]] == sorted((f[k]["pagerank"] for k in c["keys"]), reverse=True)


def test_seed_degree_counts_distinct_neighbours(seed_graph, seed_analysis):
    for key, figs in list(seed_analysis.node_figures.items())[::50]:
        neighbours = (set(seed_graph.g.successors(key)) | set(seed_graph.g.predecessors(key))) - {key}
        assert figs["degree"] == len(neighbours), key


def test_a_selection_is_analysed_on_its_own(seed_graph, seed_analysis):
    """Analysing a part: only its nodes, figures from its own edges."""
    from kg.selecting import _subgraph
    keep = {n.key for n in seed_graph.nodes() if n.label == schema.DEPARTMENT}
    part = analytics.analyze(_subgraph(seed_graph, keep, ""))
    assert {a["key"] for a in part.actors} == keep
    assert {c["community"]: c["keys"] for c in part.communities} == {c["community"]: c["keys"] for c in seed_analysis.communities}
    f = by_key(part)
    assert all(a["degree"] == a["partners"] for a in part.actors)   # only cooperation left
    assert abs(sum(a["pagerank"] for a in part.actors) - 1) < 1e-4
    assert f != by_key(seed_analysis)


# ------------------------------------------------------------------ write-back on both stores

BACKENDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def _read_figures(store) -> dict[tuple[str, str], dict]:
    """Every analytics property set on any node: {(label, key): {prop: value}}."""
    props = list(schema.ANALYTICS_PROPERTIES)
    out = {}
    for label in schema.LABELS:
        res = store.run(f"MATCH (n:{label}) RETURN n.key, " + ", ".join(f"n.{p}" for p in props))
        for key, *values in res.rows:
            got = {p: v for p, v in zip(props, values) if v is not None}
            if got:
                out[(label, key)] = got
    return out


def _expected(figs) -> dict[tuple[str, str], dict]:
    return {(label, key): f for label, by_key_ in figs.items() for key, f in by_key_.items()}


@pytest.fixture(params=BACKENDS)
def seeded_store(request):
    from kg.pipeline import load
    store = request.getfixturevalue(f"{request.param}_store")
    report = load([SEEDS], store)
    assert not report.failed
    return store


def test_write_back_sets_exactly_the_figures_and_a_rerun_replaces_them(seeded_store):
    from kg.pipeline import graph_from_store
    store = seeded_store
    assert _read_figures(store) == {}                     # nothing before an analysis
    kg = graph_from_store(store)
    whole = analytics.analyze(kg)
    figs = analytics.figures(whole)
    written = store.write_analytics(figs)
    assert written == {p: sum(p in f for by in figs.values() for f in by.values()) for p in schema.ANALYTICS_PROPERTIES}
    assert written["degree"] == len(kg) and written["pagerank"] == len(whole.actors)
    assert _read_figures(store) == _expected(figs)
    # Cypher over the figures, as in Neo4j Browser.
    res = store.run("MATCH (d:Department) WHERE d.pagerank IS NOT NULL "
                    "RETURN d.key AS key, d.pagerank AS pagerank ORDER BY pagerank DESC, key LIMIT 3")
    top = [(a["key"], a["pagerank"]) for a in whole.actors if a["label"] == schema.DEPARTMENT][:3]
    assert [tuple(r) for r in res.rows] == top

    # Again on a part (departments only): its figures replace the whole graph's everywhere.
    from kg.selecting import _subgraph
    part = analytics.analyze(_subgraph(kg, {n.key for n in kg.nodes(schema.DEPARTMENT)}, ""))
    store.write_analytics(analytics.figures(part))
    after = _read_figures(store)
    assert after == _expected(analytics.figures(part))
    assert {label for label, _ in after} == {schema.DEPARTMENT}

    # The store's graph itself is untouched, and a later load (nothing new) keeps the figures.
    from kg.pipeline import load
    assert graph_from_store(store).label_counts() == kg.label_counts()
    report = load([SEEDS], store)
    assert report.diff.empty and _read_figures(store) == after


def test_write_back_refused_on_a_read_only_store(tmp_path, seed_graph):
    from graph.embedded_store import EmbeddedStore
    from kg.pipeline import load
    path = tmp_path / "kg.lbdb"
    store = EmbeddedStore(str(path))
    load([SEEDS / "jinan-2021-government-work-report.md"], store)
    store.close()
    ro = EmbeddedStore(str(path), read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        ro.write_analytics({schema.LEADER: {"x": {"degree": 1}}})
    ro.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_load_that_changes_the_graph_clears_the_figures(backend, request):
    """Loading rewrites the nodes (embedded: a fresh file; Neo4j: SET n = row): the figures
    are gone, run analyze again. Unset figures never show in a node as kg returns it
    (embedded: null columns, which kg leaves out; Neo4j: no property)."""
    from kg import render
    from kg.pipeline import graph_from_store, load
    store = request.getfixturevalue(f"{backend}_store")
    load([SEEDS / "jinan-2021-government-work-report.md"], store)
    store.write_analytics(analytics.figures(analytics.analyze(graph_from_store(store))))
    assert _read_figures(store)
    load([SEEDS / "liaocheng-2021-work-report-task-division.txt"], store)
    assert _read_figures(store) == {}
    node = render.plain(store.run("MATCH (l:Leader) RETURN l LIMIT 1").rows[0][0])
    assert not set(node) & set(schema.ANALYTICS_PROPERTIES)
    assert set(node) == set(schema.node_properties(schema.LEADER))


def test_embedded_write_back_adds_columns_an_older_database_lacks(tmp_path, monkeypatch):
    """A database written before analytics existed has no such columns: write-back adds them."""
    from graph import embedded_store as es
    from kg.pipeline import graph_from_store, load
    monkeypatch.setattr(schema, "ANALYTICS_PROPERTIES", {})
    store = es.EmbeddedStore(str(tmp_path / "old.lbdb"))
    load([SEEDS / "jinan-2021-government-work-report.md"], store)
    with pytest.raises(StoreError):
        store.run("MATCH (l:Leader) RETURN l.pagerank")
    monkeypatch.undo()
    figs = analytics.figures(analytics.analyze(graph_from_store(store)))
    store.write_analytics(figs)
    assert _read_figures(store) == _expected(figs)
    store.close()


# ------------------------------------------------------------------ kg analyze

@pytest.fixture(scope="module")
def cli_db(seeded_embedded, tmp_path_factory):
    """A copy of the seeded database (the session's stays untouched by --write-back)."""
    import shutil
    store, _ = seeded_embedded
    store.close()                       # it reopens on its next use
    db = tmp_path_factory.mktemp("analyze") / "kg.lbdb"
    shutil.copy(store.path, db)
    return db


def _cli(db):
    from tests.test_cli import runner_for
    return runner_for(db)


def test_cli_json_has_every_section_as_the_library_gives_it(cli_db, seed_analysis):
    from kg.cli import app
    result = _cli(cli_db).invoke(app, ["analyze", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc == json.loads(json.dumps(analytics.document(seed_analysis), ensure_ascii=False))
    assert doc["selection"] == "all" and doc["graph"]["nodes"] == seed_analysis.nodes
    assert "市财政局" in result.stdout                      # Chinese as it is, not \u escapes

    shown = json.loads(_cli(cli_db).invoke(app, ["analyze", "-f", "json", "--show", "Leader", "--limit", "3"]).stdout)
    assert [a["key"] for a in shown["actors"]] == [a["key"] for a in seed_analysis.actors if a["label"] == "Leader"][:3]
    assert len(shown["communities"]) == 3
    assert len(shown["components"]) == min(3, len(seed_analysis.components))


def test_cli_table_and_csv(cli_db, seed_analysis):
    import csv
    import io
    from kg.cli import app
    table = _cli(cli_db).invoke(app, ["analyze"])
    assert table.exit_code == 0, table.output
    for title in ("Actors by PageRank", "Communities of cooperating departments", "Connected components"):
        assert title in table.stdout
    assert seed_analysis.actors[0]["name"] in table.stdout
    got = _cli(cli_db).invoke(app, ["analyze", "-f", "csv", "-n", "5"])
    rows = list(csv.DictReader(io.StringIO(got.stdout)))
    assert list(rows[0]) == analytics.ACTOR_COLUMNS
    assert [(r["key"], float(r["pagerank"])) for r in rows] == [(a["key"], a["pagerank"]) for a in seed_analysis.actors[:5]]


def test_cli_analyzes_a_selection(cli_db, seeded_embedded, seed_graph):
    from kg.cli import app
    from kg.selecting import Selection, select
    got = json.loads(_cli(cli_db).invoke(app, ["analyze", "leader", "郑德雁", "-f", "json"]).stdout)
    part = select(seeded_embedded[0], seed_graph, Selection(template="leader", args=("郑德雁",))).graph
    assert got["selection"] == "leader 郑德雁"
    assert got["graph"]["nodes"] == len(part) < len(seed_graph)
    assert got["actors"] == analytics.document(analytics.analyze(part))["actors"]
    assert got["actors"][0]["name"] == "郑德雁"


def test_cli_write_back_then_cypher_reads_the_figures(cli_db, seed_analysis):
    from kg.cli import app
    cli = _cli(cli_db)
    result = cli.invoke(app, ["analyze", "--write-back", "-f", "csv", "-n", "1"])
    assert result.exit_code == 0, result.output
    assert f"degree on {seed_analysis.nodes} nodes" in result.stderr
    assert f"pagerank on {len(seed_analysis.actors)} nodes" in result.stderr
    cypher = cli.invoke(app, ["cypher", "-f", "json",
                              "MATCH (d:Department) RETURN d.key AS key, d.pagerank AS pagerank, d.community AS community "
                              "ORDER BY pagerank DESC, key LIMIT 5"])
    want = [{"key": a["key"], "pagerank": a["pagerank"], "community": a["community"]}
            for a in seed_analysis.actors if a["label"] == schema.DEPARTMENT][:5]
    assert json.loads(cypher.stdout) == want


def test_cli_refuses_a_bad_show(cli_db):
    from kg.cli import app
    result = _cli(cli_db).invoke(app, ["analyze", "--show", "Mayor"])
    assert result.exit_code == 2 and "--show takes Leader or Department" in result.stderr
