"""The templates that need Python besides Cypher: task (full-text ranking), path (shortest
chains, shown step by step), central (PageRank), deadlines (status as of a date), and the
plain ones added with them (cooperation, stats).

Unit tests run on a fake store; the end-to-end tests load the seeds into each store in turn.
"""
from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import pytest

from graph import schema
from graph.errors import QueryError
from graph.store import QueryResult
from kg.asking import ask
from kg.pipeline import load
from queries import prepare, runner
from queries.dialect import for_backend

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NEW = ("task", "path", "cooperation", "central", "deadlines", "stats")


class FakeStore:
    """Answers the steps' own queries from canned rows, and counts what it was asked."""

    def __init__(self, backend: str = "embedded", **answers: list[list]):
        self.backend = backend
        self.answers = answers          # a word the query contains → its rows
        self.asked: list[tuple[str, dict]] = []

    def run(self, cypher: str, params: dict | None = None) -> QueryResult:
        self.asked.append((cypher, params or {}))
        for word, rows in self.answers.items():
            if word in cypher:
                return QueryResult([], [list(r) for r in rows])
        return QueryResult([], [])

    def asked_about(self, word: str) -> int:
        return sum(word in q for q, _ in self.asked)


# ---------------------------------------------------------------- BM25 and the task search

def test_bm25_ranks_a_small_corpus_in_the_known_order():
    docs = {
        "a": ["数字", "经济"],                                   # short, both terms
        "b": ["经济", "经济", "发展", "农业"],                     # the common term twice
        "c": ["农业", "农村"],                                   # neither
        "d": ["数字", "经济", "数字经济", "创新", "发展", "项目", "建设", "推进"],  # both, long
    }
    scores = prepare.bm25_scores(docs, ["数字", "经济"])
    assert sorted(scores, key=scores.get, reverse=True) == ["a", "d", "b"]
    assert "c" not in scores
    # Lucene's formula, by hand, for a: N=4, avg length 4, df(数字)=2, df(经济)=3.
    idf = lambda df: math.log(1 + (4 - df + 0.5) / (df + 0.5))
    norm = 1.2 * (1 - 0.75 + 0.75 * 2 / 4)
    assert scores["a"] == pytest.approx(idf(2) / (1 + norm) + idf(3) / (1 + norm))


def test_bm25_properties():
    # A rarer term weighs more; more occurrences help, with diminishing returns; longer documents weigh less.
    docs = {"rare": ["甲", "乙"], "common": ["乙", "丙"], "x": ["乙", "丁"], "twice": ["丙", "丙", "戊", "己"], "once": ["丙", "戊", "己", "庚"]}
    s = prepare.bm25_scores(docs, ["甲", "乙"])
    assert s["rare"] > s["common"] == s["x"]
    s = prepare.bm25_scores(docs, ["丙"])
    assert s["twice"] > s["once"] and s["twice"] < 2 * s["once"]
    s = prepare.bm25_scores({"short": ["丙", "戊"], "long": ["丙", "戊", "己", "庚", "辛", "壬"]}, ["丙"])
    assert s["short"] > s["long"]
    assert prepare.bm25_scores({}, ["丙"]) == {}
    assert prepare.bm25_scores(docs, ["没有"]) == {}


def test_tokens_are_jieba_search_words_without_punctuation_or_stop_words():
    words = prepare.tokens("实施数字经济攻坚行动，抓好20个数字经济项目的建设。")
    assert {"数字", "经济", "项目", "20"} <= set(words)
    # search mode: a long word and the dictionary words inside it
    assert {"中华人民共和国", "人民", "共和国"} <= set(prepare.tokens("中华人民共和国"))
    assert "，" not in words and "。" not in words and "的" not in words
    assert prepare.tokens("ABC 的") == ["abc"]


def test_lucene_operators_are_escaped():
    assert prepare.lucene_query('a+b (c) "d" x:y*') == r'a\+b \(c\) \"d\" x\:y\*'
    assert prepare.lucene_query("数字经济") == "数字经济"


TEXTS = [
    ["t1", "大力发展数字经济，建设数字政府。"],
    ["t2", "发展现代农业，建设美丽乡村。"],
    ["t3", "实施数字经济攻坚行动，抓好数字经济项目。"],
    ["t4", "推进黄河流域生态保护。"],
]


def test_task_search_on_the_embedded_store_ranks_in_kg_and_caches_per_graph():
    store = FakeStore(**{"Extraction": [["doc", "2021-01-01T00:00:00"]], "MATCH (t:Task)": TEXTS})
    hits = prepare.task_search(store, {"text": "数字经济"})["hits"]
    assert [h["key"] for h in hits] == ["t3", "t1"]
    assert all(h["score"] == round(h["score"], 4) > 0 for h in hits)
    prepare.task_search(store, {"text": "农业"})
    assert store.asked_about("MATCH (t:Task)") == 1          # the texts were read once
    store.answers["Extraction"] = [["doc", "2021-02-01T00:00:00"]]   # a new load
    prepare.task_search(store, {"text": "农业"})
    assert store.asked_about("MATCH (t:Task)") == 2


def test_search_words_are_jiebas_without_loading_jieba(tmp_path):
    """queries/word_dictionary.py segments as jieba does, from its SQLite copy of jieba's dictionary."""
    import logging
    import jieba
    from queries.word_dictionary import Dictionary, cut_for_search
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    words = Dictionary(cache_dir=tmp_path)
    assert words.path.parent == tmp_path and words.path.exists()
    lines = [line for p in sorted(SEEDS.iterdir()) for line in p.read_text(encoding="utf-8").splitlines()]
    lines += ["中华人民共和国国务院办公厅", "ABC def 12月底 3.5% C++ a-b\r\n  x", "", "  ", "数字经济"]
    assert len(lines) > 1000
    for line in lines:
        assert list(cut_for_search(words, line)) == list(tok.cut_for_search(line, HMM=False)), line


def test_task_index_is_kept_beside_the_embedded_store_until_it_changes(tmp_path, monkeypatch):
    from graph.embedded_store import EmbeddedStore
    db = tmp_path / "kg.lbdb"
    writer = EmbeddedStore(str(db))
    load([SEEDS / "shandong-2021-16-cities-commitments.txt"], writer)
    writer.close()
    first = EmbeddedStore(str(db), read_only=True)       # as kg query opens it
    hits = prepare.task_search(first, {"text": "数字经济"})["hits"]
    first.close()
    assert (tmp_path / "kg.lbdb.task-index").exists()
    # Another process (a new store object, an empty memory cache) reads the file: no index built.
    monkeypatch.setattr(prepare, "_CACHE", type(prepare._CACHE)())
    built = []
    real = prepare.Bm25Index.__init__
    monkeypatch.setattr(prepare.Bm25Index, "__init__", lambda self, *a, **k: (built.append(1), real(self, *a, **k))[1])
    again = EmbeddedStore(str(db), read_only=True)
    assert prepare.task_search(again, {"text": "数字经济"})["hits"] == hits and built == []
    again.close()
    # A load changes the store: the kept index is stale, and built again.
    writer = EmbeddedStore(str(db))
    load([SEEDS / "shandong-2021-16-cities-commitments.txt", SEEDS / "liaocheng-2021-work-report-task-division.txt"], writer)
    assert len(prepare.task_search(writer, {"text": "数字经济"})["hits"]) > len(hits) and built == [1]
    writer.close()



def test_pagerank_is_kept_beside_the_embedded_store_until_it_changes(tmp_path, monkeypatch):
    from graph.embedded_store import EmbeddedStore
    db = tmp_path / "kg.lbdb"
    writer = EmbeddedStore(str(db))
    load([SEEDS / "shandong-2021-16-cities-commitments.txt"], writer)
    writer.close()
    first = EmbeddedStore(str(db), read_only=True)
    scores = prepare.pagerank(first, {})["scores"]
    first.close()
    assert (tmp_path / "kg.lbdb.pagerank").exists() and len(scores) > 1
    # A new process reads the file: PageRank is not computed again.
    monkeypatch.setattr(prepare, "_CACHE", type(prepare._CACHE)())
    computed = []
    real = prepare._actor_pagerank
    monkeypatch.setattr(prepare, "_actor_pagerank", lambda store: (computed.append(1), real(store))[1])
    again = EmbeddedStore(str(db), read_only=True)
    assert prepare.pagerank(again, {})["scores"] == scores and computed == []
    again.close()
    # A load changes the store: the kept scores are stale, and computed again.
    writer = EmbeddedStore(str(db))
    load([SEEDS / "shandong-2021-16-cities-commitments.txt", SEEDS / "liaocheng-2021-work-report-task-division.txt"], writer)
    assert len(prepare.pagerank(writer, {})["scores"]) > len(scores) and computed == [1]
    writer.close()

def test_task_search_with_no_hit_passes_a_hit_that_matches_no_task():
    store = FakeStore(**{"MATCH (t:Task)": TEXTS})
    assert prepare.task_search(store, {"text": "航天"})["hits"] == [{"key": "", "label": "", "score": 0.0}]
    with pytest.raises(QueryError, match="needs some text"):
        prepare.task_search(store, {"text": "  "})


def test_task_search_on_neo4j_asks_its_full_text_index():
    store = FakeStore("neo4j", **{"db.index.fulltext.queryNodes": [["t1", 1.23456789], ["t3", 2.5]]})
    hits = prepare.task_search(store, {"text": "数字 (经济)"})["hits"]
    assert hits == [{"key": "t3", "score": 2.5}, {"key": "t1", "score": 1.2346}]
    cypher, params = store.asked[0]
    assert params == {"index": "kg_task_text", "query": r"数字 \(经济\)"}


# ---------------------------------------------------------------- PageRank

def test_pagerank_scores_every_actor_of_the_cooperation_graph():
    actors = [["Department", "d1"], ["Department", "d2"], ["Department", "d3"], ["Department", "d4"],
              ["Leader", "l1"], ["Leader", "l2"], ["Leader", "l3"]]
    edges = [["Department", "d1", "Department", "d2", 3], ["Department", "d1", "Department", "d3", 1],
             ["Department", "d1", "Department", "d4", 1], ["Leader", "l1", "Leader", "l2", 1]]
    store = FakeStore(**{"COOPERATES_WITH": edges, "MATCH (a:Leader|Department)": actors})
    scores = prepare.pagerank(store, {})["scores"]
    assert [(s["label"], s["key"]) for s in scores] == [tuple(a) for a in actors]     # sorted, all of them
    by = {s["key"]: s["score"] for s in scores}
    assert by["d1"] == max(by.values())                          # the hub
    assert by["d2"] > by["d3"] == by["d4"]                       # weight counts
    assert by["l1"] == by["l2"] > by["l3"]                       # l3 has no partner
    assert sum(by.values()) == pytest.approx(1, abs=1e-5)
    assert all(v == round(v, 6) for v in by.values())
    # The same numbers as networkx's own PageRank on the same graph.
    g = nx.Graph()
    g.add_nodes_from(k for _, k in actors)
    g.add_weighted_edges_from((a, b, w) for _, a, _, b, w in edges)
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    want = _pagerank_python(g, weight="weight", tol=1e-12, max_iter=1000)
    assert by == {k: round(v, 6) for k, v in want.items()}


def test_pagerank_of_an_empty_graph_passes_a_score_that_matches_no_actor():
    assert prepare.pagerank(FakeStore(), {})["scores"] == [{"key": "", "label": "", "score": 0.0}]


# ---------------------------------------------------------------- deadlines

def test_the_deadline_window_is_counted_from_the_given_date():
    assert prepare.deadline_window(FakeStore(), {"as_of": "2021-12-15", "days": 30}) == {"as_of": "2021-12-15", "due_by": "2022-01-14"}
    assert prepare.deadline_window(FakeStore(), {"as_of": "2020-02-28", "days": 1})["due_by"] == "2020-02-29"
    with pytest.raises(QueryError, match="as_of must be a date"):
        prepare.deadline_window(FakeStore(), {"as_of": "next week", "days": 30})
    with pytest.raises(QueryError, match="as_of must be a date"):
        prepare.deadline_window(FakeStore(), {"as_of": "", "days": 30})
    with pytest.raises(QueryError, match="days must be 0 or more"):
        prepare.deadline_window(FakeStore(), {"as_of": "2021-12-15", "days": -1})


@pytest.mark.parametrize("deadline, status", [
    ("2021-12-14", "overdue"), ("2021-12-15", "due"), ("2022-01-14", "due"), ("2022-01-15", "upcoming"), ("", "no date"),
])
def test_deadline_status_as_of_a_fixed_date(deadline, status):
    assert prepare.deadline_status(deadline, "2021-12-15", "2022-01-14") == status


# ---------------------------------------------------------------- dialect

@pytest.mark.parametrize("neo4j, ladybug", [
    ("MATCH p = allShortestPaths((a)-[*..6]-(b)) RETURN p", "MATCH p = (a)-[* ALL SHORTEST 1..6]-(b) RETURN p"),
    ("MATCH p = allShortestPaths((a)-[r:PART_OF|SERVES_IN*2..4]->(b))", "MATCH p = (a)-[r:PART_OF|SERVES_IN* ALL SHORTEST 2..4]->(b)"),
    ("MATCH p = allShortestPaths((a)<-[:PART_OF*..3]-(b))", "MATCH p = (a)<-[:PART_OF* ALL SHORTEST 1..3]-(b)"),
    ("RETURN nodes(p) AS nodes, relationships(p) AS rels", "RETURN nodes(p) AS nodes, rels(p) AS rels"),
    ("MATCH (a:Leader|Department) RETURN labels(a)[0]", "MATCH (a:Leader|Department) RETURN label(a)"),
])
def test_dialect_rewrites(neo4j, ladybug):
    assert for_backend(neo4j, "embedded") == ladybug
    assert for_backend(neo4j, "neo4j") == neo4j


def test_shortest_path_is_not_rewritten_to_an_arbitrary_one():
    q = "MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p"
    assert for_backend(q, "embedded") == q


# ---------------------------------------------------------------- path: chains into steps

def _path_store(links: list[list]) -> "FakeStore":
    """A fake store holding 甲 and 乙, who lead and support one task and serve in 济南市; the
    path body's rows (the relationships among the chains' entities) are `links`."""
    entry = lambda key, name, region: {"key": key, "name": name, "aliases": [], "region": region}
    return FakeStore(**{   # each answer one row holding a list, as the steps ask
        "MATCH (n:Leader)": [[[entry("l1", "甲", "济南市"), entry("l2", "乙", "济南市")]]],
        "MATCH (n:Task)": [[[entry("t", "任务", "")]]],
        "MATCH (n:Region)": [[[entry("r", "济南市", "r")]]],
        f"[r:{schema.RESPONSIBLE_FOR}]": [[[["Leader", "l1", "Task", "t", "lead"], ["Leader", "l2", "Task", "t", "support"],
                                           ["Leader", "l2", "Task", "t", "lead"]]]],
        f"[r:{schema.SERVES_IN}]": [[[["Leader", "l1", "Region", "r", ""], ["Leader", "l2", "Region", "r", ""]]]],
        "x.key IN $keys": links,
    })


PATH_LINKS = [
    ["l1", "Leader", "甲", "RESPONSIBLE_FOR", "t", "Task", "任务", "lead", None, None, ["甲牵头"]],
    ["l2", "Leader", "乙", "RESPONSIBLE_FOR", "t", "Task", "任务", "support", None, None, ["乙配合"]],
    ["l2", "Leader", "乙", "RESPONSIBLE_FOR", "t", "Task", "任务", "lead", None, None, ["乙牵头"]],
    ["l1", "Leader", "甲", "SERVES_IN", "r", "Region", "济南市", None, "市长", None, ["甲市长"]],
    ["l2", "Leader", "乙", "SERVES_IN", "r", "Region", "济南市", None, "", None, ["乙"]],
]


def test_path_steps_type_and_direct_each_step_in_the_chains_order():
    store = _path_store(PATH_LINKS)
    params = {"a": "甲", "b": "乙", "paths": 10}
    bound = prepare.before("shortest_chains", store, params)
    assert sorted(bound["keys"]) == ["l1", "l2", "r", "t"]
    out = prepare.after("chain_steps", store, bound, QueryResult([], [list(r) for r in PATH_LINKS]))
    assert out.columns == prepare.PATH_COLUMNS
    assert [r[:9] for r in out.rows] == [
        [1, 1, "甲", "Leader", "->", "RESPONSIBLE_FOR", "lead", "任务", "Task"],
        [1, 2, "任务", "Task", "<-", "RESPONSIBLE_FOR", "lead", "乙", "Leader"],
        [2, 1, "甲", "Leader", "->", "RESPONSIBLE_FOR", "lead", "任务", "Task"],
        [2, 2, "任务", "Task", "<-", "RESPONSIBLE_FOR", "support", "乙", "Leader"],
        [3, 1, "甲", "Leader", "->", "SERVES_IN", "市长", "济南市", "Region"],
        [3, 2, "济南市", "Region", "<-", "SERVES_IN", "", "乙", "Leader"],
    ]
    assert [r[9] for r in out.rows][:4] == [["甲牵头"], ["乙牵头"], ["甲牵头"], ["乙配合"]]
    # The graph's shape was read once: a second question reads no shape again.
    shape_reads = len(store.asked)
    prepare.before("shortest_chains", store, {"a": "乙", "b": "济南市", "paths": 1})
    assert len(store.asked) == shape_reads + 1           # the fingerprint only
    # $paths keeps the first chains.
    few = {**params, "paths": 1}
    bound = prepare.before("shortest_chains", store, few)
    assert sorted(bound["keys"]) == ["l1", "l2", "t"]
    assert {r[0] for r in prepare.after("chain_steps", store, bound, QueryResult([], PATH_LINKS)).rows} == {1}


def test_path_without_chains_and_a_graph_changed_between_reads():
    store = _path_store(PATH_LINKS)
    assert prepare.before("shortest_chains", store, {"a": "甲", "b": "没有", "paths": 10})["keys"] == [""]
    assert prepare.after("chain_steps", store, {"a": "甲", "b": "没有", "paths": 10}, QueryResult([], [])).rows == []
    with pytest.raises(QueryError, match="changed while it was read"):
        prepare.after("chain_steps", store, {"a": "甲", "b": "乙", "paths": 10}, QueryResult([], PATH_LINKS[1:]))


# ---------------------------------------------------------------- the runner's steps

def test_headers_name_their_steps_and_the_steps_exist():
    t = runner.parse_template("x", "// What.\n// prepare: pagerank\n// finish: chain_steps\n// parity: set key\nRETURN 1 AS x")
    assert (t.summary, t.prepare, t.finish) == ("What.", "pagerank", "chain_steps")
    assert runner.parse_template("y", "// What.\nRETURN 1 AS x").prepare == ""
    templates = runner.templates()
    assert set(NEW) <= set(templates)
    assert {templates[n].prepare for n in NEW} - {""} <= set(prepare.PREPARERS)
    assert {templates[n].finish for n in NEW} - {""} <= set(prepare.FINISHERS)
    assert (templates["task"].prepare, templates["central"].prepare, templates["deadlines"].prepare) == \
        ("task_search", "pagerank", "deadline_window")
    assert (templates["path"].prepare, templates["path"].finish) == ("shortest_chains", "chain_steps")


def test_unknown_steps_are_refused():
    with pytest.raises(QueryError, match="unknown prepare step 'nope'"):
        prepare.before("nope", FakeStore(), {})
    with pytest.raises(QueryError, match="unknown finish step 'nope'"):
        prepare.after("nope", FakeStore(), {}, QueryResult([], []))
    assert prepare.before("", FakeStore(), {"a": 1}) == {"a": 1}


def test_new_templates_have_browser_params_for_what_prepare_computes():
    templates = runner.templates()
    assert ":param hits =>" in templates["task"].cypher and "db.index.fulltext.queryNodes('kg_task_text'" in templates["task"].cypher
    assert ":param scores =>" in templates["central"].cypher
    assert ":param due_by =>" in templates["deadlines"].cypher
    for name in NEW:
        t = templates[name]
        for p in t.params:
            assert f":param {p.name} =>" in t.cypher or name == "deadlines" and p.name == "days", f"{name}: no :param line for {p.name}"


@pytest.mark.parametrize("name", ["counts", "stats"])
def test_counting_templates_name_every_label_and_type_of_the_schema(name):
    """counts and stats spell out kg's labels and relationship types (so Neo4j reads them by
    label and type, and counts from its count store): a label or type added to graph/schema.py
    must be added to them too, or it would silently go uncounted."""
    body = runner.get(name).body
    assert f"(n:{'|'.join(schema.LABELS)})" in body
    for rtype in schema.REL_TYPES:
        assert f"()-[r:{rtype}]->()" in body and f"'{rtype}' AS name" in body, rtype
    assert schema.EXTRACTION not in body


def test_path_body_names_every_label_of_the_schema():
    """path's body spells out kg's labels on both ends (so Neo4j seeks each label's key
    index), as prepare.py's shape read does from graph/schema.py: a label added there and
    not here would give chains whose steps the body cannot read."""
    body = runner.get("path").body
    labels = "|".join(schema.LABELS)
    assert f"MATCH (x:{labels})-[r]->(y:{labels})" in body
    assert prepare._NODES == labels

# ---------------------------------------------------------------- end to end, on each store

def _oracle_chains(graph, a: str, b: str) -> set[tuple[str, ...]]:
    """The shortest chains between two entities (by name, alias or key), by networkx on the loaded graph itself."""
    g = nx.Graph(graph.g.to_undirected())
    name = lambda key: graph.g.nodes[key]["props"]["name"] or key
    called = lambda key, n: n in (name(key), key) or n in (graph.g.nodes[key]["props"].get("aliases") or ())
    starts = [k for k in g if called(k, a)]
    ends = [k for k in g if called(k, b)]
    chains = set()
    for s in starts:
        for e in ends:
            try:
                for p in nx.all_shortest_paths(g, s, e):
                    if len(p) <= 7:
                        chains.add(tuple(name(k) for k in p))
            except nx.NetworkXNoPath:
                pass
    return chains


def _chains(result: QueryResult) -> set[tuple[str, ...]]:
    by_path: dict[int, list] = {}
    for row in result.rows:
        by_path.setdefault(row[0], []).append(row)
    return {tuple([steps[0][2]] + [s[7] for s in steps]) for steps in by_path.values()}


def test_the_new_templates_on_the_seeds(any_store):
    report = load([SEEDS], any_store)
    assert not report.failed
    run = lambda name, **params: runner.run(any_store, name, params)
    col = lambda res, c: [r[res.columns.index(c)] for r in res.rows]

    # task: the best match holds the words as written; region and limit narrow it.
    res = run("task", text="数字经济")
    assert res.rows and "数字经济" in col(res, "task")[0]
    assert col(res, "score") == sorted(col(res, "score"), reverse=True)
    res = run("task", text="黄河", region="济南市", limit=2)
    assert 0 < len(res.rows) <= 2 and all(r.endswith("济南市") for r in col(res, "region"))
    assert not run("task", text="没有这样的词").rows

    # path: the same chains as networkx finds on the graph that was loaded.
    for a, b in (("郑德雁", "市财政局"), ("孙述涛", "起步区"), ("赵豪志", "郑德雁")):
        res = run("path", a=a, b=b, paths=1000)
        assert _chains(res) == _oracle_chains(report.graph, a, b) != set(), f"path {a} {b}"
    res = run("path", a="郑德雁", b="市财政局")
    assert [tuple(r[2:9]) for r in res.rows] == [
        ("郑德雁", "Leader", "->", "SERVES_IN", "", "济南市", "Region"),
        ("济南市", "Region", "->", "PART_OF", "", "山东省", "Region"),
        ("山东省", "Region", "<-", "PART_OF", "", "聊城市", "Region"),
        ("聊城市", "Region", "<-", "PART_OF", "", "市财政局", "Department"),
    ]
    assert all(r[9] for r in res.rows)                                   # every step has evidence
    assert len({r[0] for r in run("path", a="赵豪志", b="郑德雁", paths=3).rows}) == 3
    assert not run("path", a="郑德雁", b="没有这个人").rows

    # cooperation: strongest first, each with the tasks behind it.
    res = run("cooperation", limit=5)
    weights = col(res, "weight")
    assert len(weights) == 5 and weights == sorted(weights, reverse=True)
    assert all(len(t) == len(v) == w for t, v, w in zip(col(res, "tasks"), col(res, "via"), weights))
    res = run("cooperation", region="济南市", label="Leader")
    assert res.rows and set(col(res, "label")) == {"Leader"} and all(r.endswith("济南市") for r in col(res, "region"))

    # central: PageRank first, degree = partners.
    res = run("central", limit=200)
    ranks = col(res, "pagerank")
    assert ranks == sorted(ranks, reverse=True) and 0 < sum(ranks) <= 1.0001
    top = res.rows[0]
    partners = any_store.run(f"MATCH (a:{top[3]} {{key: $k}})-[c:COOPERATES_WITH]-() RETURN count(c) AS n", {"k": top[6]}).rows[0][0]
    assert top[1] == partners == max(col(res, "degree"))
    res = run("central", label="Leader", region="聊城市")
    assert res.rows and set(col(res, "label")) == {"Leader"} and all(r.endswith("聊城市") for r in col(res, "region"))

    # deadlines: the status of every task, as of a fixed date, against the task's own date.
    dated = any_store.run("MATCH (t:Task) RETURN t.key AS key, t.deadlineDate AS d").rows
    for as_of, days in (("2021-12-15", 30), ("2022-01-15", 30), ("2021-06-30", 30), ("2021-12-01", 45)):
        res = run("deadlines", as_of=as_of, days=days)
        due_by = prepare.deadline_window(any_store, {"as_of": as_of, "days": days})["due_by"]
        want = {k: prepare.deadline_status(d or "", as_of, due_by) for k, d in dated}
        assert dict(zip(col(res, "key"), col(res, "status"))) == want, as_of
        statuses = col(res, "status")
        assert statuses.index("no date") == len(statuses) - statuses.count("no date")      # undated last
    res = run("deadlines", as_of="2021-12-15", undated=False)
    assert res.rows and "no date" not in col(res, "status")
    assert set(col(run("deadlines", as_of="2022-01-15", status="overdue"), "status")) == {"overdue"}
    with pytest.raises(QueryError, match="as_of must be a date"):
        run("deadlines", as_of="today")

    # stats: the totals are the graph's counts; each document's counts are what it stated.
    res = run("stats")
    totals = {(r[2], r[3]): r[4] for r in res.rows if r[0] == "(all)"}
    assert totals == {**{("node", l): n for l, n in report.graph.label_counts().items()},
                      **{("relationship", t): n for t, n in report.graph.type_counts().items()}}
    per_doc = {(r[0], r[3]): r[4] for r in res.rows if r[0] != "(all)"}
    for label, count in report.graph.label_counts().items():
        stated = sum(1 for n in report.graph.nodes(label) for _ in n.props["documents"])
        assert sum(v for (d, l), v in per_doc.items() if l == label) == stated, label
    doc = next(iter(sorted(d for d, _ in per_doc)))
    only = run("stats", document=doc[:8])
    assert only.rows and {r[0] for r in only.rows} == {doc}
    per_doc_rels = {(r[0], r[3]): r[4] for r in res.rows if r[0] != "(all)" and r[2] == "relationship"}
    for rtype, count in report.graph.type_counts().items():
        stated = sum(1 for r in report.graph.relations(rtype) for _ in r.props["documents"])
        assert sum(v for (d, t), v in per_doc_rels.items() if t == rtype) == stated, rtype

    # counts: the graph's counts, each label and type once, none that is empty.
    res = run("counts")
    assert sorted((r[0], r[1]) for r in res.rows) == sorted({(r[0], r[1]) for r in res.rows})
    assert {(r[0], r[1]): r[2] for r in res.rows} == {
        **{("node", l): n for l, n in report.graph.label_counts().items()},
        **{("relationship", t): n for t, n in report.graph.type_counts().items()}}


def _body_rows(store, name: str, params: dict, **override) -> list:
    """The body's rows with the parameters the template's step computes (or those given instead)."""
    from kg.asking import sort_lists
    t = runner.get(name)
    bound = {**prepare.before(t.prepare, store, t.bind(params)), **override}
    return sort_lists(store.run(for_backend(t.body, store.backend), bound)).rows


def test_central_and_task_pass_the_body_only_what_it_can_show(any_store, monkeypatch):
    """PageRank scores and task hits are cut to what can make the body's first $limit rows;
    the rows are the same as with every actor's score and every hit passed."""
    monkeypatch.setattr(prepare, "CUT_HITS", 0)       # the seeds have fewer hits than a cut needs
    load([SEEDS], any_store)
    every_score = prepare._actor_pagerank(any_store)
    for params in ({}, {"limit": 5}, {"label": "Leader", "limit": 1}, {"region": "聊城市", "limit": 3},
                   {"label": "Department", "region": "聊城市", "limit": 2}, {"limit": 0}):
        passed = prepare.pagerank(any_store, runner.get("central").bind(params))["scores"]
        assert len(passed) < len(every_score)
        rows = _body_rows(any_store, "central", params)
        assert rows == _body_rows(any_store, "central", params, scores=every_score), params
        assert bool(rows) == (params.get("limit") != 0)
    for params in ({"text": "数字经济"}, {"text": "发展", "limit": 3}, {"text": "黄河 生态", "region": "济南市", "limit": 2},
                   {"text": "发展", "region": "聊城市"}):
        every_hit = prepare.task_search(any_store, {"text": params["text"]})["hits"]
        passed = prepare.task_search(any_store, runner.get("task").bind(params))["hits"]
        assert len(passed) < len(every_hit)
        rows = _body_rows(any_store, "task", params)
        assert rows and rows == _body_rows(any_store, "task", params, hits=every_hit), params


QINGDAO = SEEDS / "qingdao-2021-offensives-hearing-news.txt"
COMMITMENTS = SEEDS / "shandong-2021-16-cities-commitments.txt"


def test_answers_follow_a_load_through_another_store_object(any_store, request):
    """What kg keeps per graph (names, PageRank, the task index, the shown tasks) is read
    again after the database is written, here by another store object as another process
    would: a new document's leaders, tasks and partnerships are in the next answers."""
    from graph import schema
    from graph.errors import NotFound
    from queries import names
    load([QINGDAO], any_store)
    leaders = (schema.LEADER,)
    with pytest.raises(NotFound):
        names.resolve(any_store, leaders, "郑德雁")
    assert not runner.run(any_store, "task", {"text": "数字经济"}).rows
    central = runner.run(any_store, "central", {"limit": 3}).rows
    assert {r[1] for r in central} == {0}                      # nobody cooperates yet

    if any_store.backend == "embedded":
        from graph.embedded_store import EmbeddedStore
        other = EmbeddedStore(str(any_store.path))
    else:
        from graph.neo4j_store import Neo4jStore
        settings = request.getfixturevalue("neo4j_settings")
        other = Neo4jStore(settings["uri"], settings["user"], settings["password"])
    try:
        assert not load([QINGDAO, COMMITMENTS], other).failed
    finally:
        other.close()

    assert names.resolve(any_store, leaders, "郑德雁").matches
    assert names.resolve(any_store, leaders, "Zheng Deyan").name == "郑德雁"
    hits = runner.run(any_store, "task", {"text": "数字经济"})
    assert hits.rows and "数字经济" in hits.rows[0][hits.columns.index("task")]
    central = runner.run(any_store, "central", {"limit": 3}).rows
    assert all(r[1] > 0 for r in central)
    assert ask(any_store, "leader", "zheng deyan", "", {}).result.rows


def test_a_neo4j_database_without_the_index_says_how_to_get_it():
    class Old(FakeStore):
        def run(self, cypher, params=None):
            from graph.errors import StoreError
            raise StoreError("Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: "
                             "java.lang.IllegalArgumentException: There is no such fulltext schema index: kg_task_text")
    with pytest.raises(QueryError, match=r"no full-text index kg_task_text yet .*kg load"):
        prepare.task_search(Old("neo4j"), {"text": "数字经济"})


def test_the_index_name_is_the_one_the_neo4j_store_creates():
    from graph.neo4j_store import TASK_TEXT_INDEX, index_statements
    assert prepare.TASK_TEXT_INDEX == TASK_TEXT_INDEX
    assert any(TASK_TEXT_INDEX in s and "'cjk'" in s for s in index_statements())


def test_lucene_words_are_not_operators():
    assert prepare.lucene_query("数字 AND 经济 OR NOT x") == "数字 and 经济 or not x"


def test_every_cache_honours_kg_cache_dir(tmp_path, monkeypatch):
    """The gazetteer's index and jieba's words go to one folder, KG_CACHE_DIR when it is set."""
    from loaders.cache import cache_dir
    from queries.word_dictionary import Dictionary
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    assert cache_dir() == tmp_path / "xdg" / "kg"
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    assert Dictionary().path.parent == tmp_path / "mine"
