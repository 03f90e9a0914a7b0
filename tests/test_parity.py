"""Parity: every query template runs on both stores and gives the same answer.

Templates are written once, in Neo4j Cypher; queries/dialect.py adapts them to
LadybugDB. Each template is run with the parameters of its `// example:` header
lines (plus the extra cases below) on both stores loaded with the seeds, and the
results are compared as sorted rows with list cells sorted (collect() order is
the engine's choice); a template with ORDER BY must also list them in the same
order on both. A template with required parameters and no example fails
here: add an `// example:` line to it, or a case to EXTRA_CASES.

A template whose header says `// parity: set COLUMN` ranks by a measure each store
computes its own way (`task`: Lucene's full-text index on Neo4j, BM25 over jieba words
on the embedded store): its rows are compared by the COLUMN values at the top, each
store's best row among the other's first five.
"""
from __future__ import annotations

import re
import shlex

import pytest

from graph import schema
from graph.errors import StoreError
from queries import names, runner
from tests.support import unavailable

TEMPLATES = runner.templates()

# Cases beyond the templates' own examples: (template, params, expect rows).
EXTRA_CASES: list[tuple[str, dict, bool]] = [
    ("leader", {"name": "郑德雁"}, True),
    ("leader", {"name": "郑德雁", "region": "山东省/济南市"}, True),
    ("leader", {"name": "陈秀兴"}, True),
    ("leader", {"name": "没有这个人"}, False),
    ("department", {"name": "市发展改革委"}, True),
    ("department", {"name": "市财政局", "region": "聊城市"}, True),
    ("department", {"name": "市财政局"}, True),
    ("partners", {"name": "市财政局", "region": "聊城市"}, True),
    ("partners", {"name": "郑德雁"}, True),
    ("task", {"text": "黄河"}, True),
    ("task", {"text": "没有这样的词"}, False),
    ("path", {"a": "郑德雁", "b": "市财政局"}, True),
    ("path", {"a": "郑德雁", "b": "没有这个人"}, False),
    ("central", {"label": "Leader", "region": "济南市"}, True),
    ("cooperation", {"label": "Leader"}, True),
    ("deadlines", {"as_of": "2021-12-15", "status": "no date"}, True),
    ("deadlines", {"as_of": "2022-06-30", "undated": "false", "region": "济南市"}, True),
]
TOP = 5     # `// parity: set` templates: each store's best row is among the other's first TOP


def parse_example(line: str) -> tuple[str, dict]:
    """`kg query leader 陈秀兴 --region 聊城市 -p k=v` → ("leader", {"name": "陈秀兴", "region": "聊城市", "k": "v"})."""
    words = shlex.split(line)
    assert words[:2] == ["kg", "query"] and len(words) > 2, f"an example must read `kg query TEMPLATE …`: {line!r}"
    template, rest = words[2], words[3:]
    t = TEMPLATES[template]
    required = [p.name for p in t.params if p.required]
    params, positional = {}, []
    i = 0
    while i < len(rest):
        w = rest[i]
        if w in ("--region", "-r"):
            params["region"] = rest[i + 1]
            i += 2
        elif w in ("--as-of", "--label"):
            params[w[2:].replace("-", "_")] = rest[i + 1]
            i += 2
        elif w in ("--limit", "-n"):
            if "limit" in {p.name for p in t.params}:
                params["limit"] = rest[i + 1]
            i += 2
        elif w in ("--param", "-p"):
            k, _, v = rest[i + 1].partition("=")
            params[k] = v
            i += 2
        elif w in ("--format", "-f"):
            i += 2
        elif w.startswith("-"):
            i += 1
        else:
            positional.append(w)
            i += 1
    for slot, value in zip(required or ["name"], positional):
        params.setdefault(slot, value)
    return template, params


def cases_for(name: str) -> list[tuple[dict, bool]]:
    t = TEMPLATES[name]
    out = []
    for line in t.examples:
        template, params = parse_example(line)
        assert template == name, f"queries/{name}.cypher has an example for another template: {line!r}"
        out.append((params, True))
    out += [(params, rows) for template, params, rows in EXTRA_CASES if template == name]
    required = {p.name for p in t.params if p.required}
    if not required and not out:
        out.append(({}, True))
    covered = [params for params, _ in out if required <= set(params)]
    if not covered:
        pytest.fail(
            f"queries/{name}.cypher needs {', '.join(sorted(required))} but has no `// example:` line giving it "
            f"(and no case in tests/test_parity.py EXTRA_CASES): add one so the parity test covers it",
            pytrace=False,
        )
    return out


def canonical(value):
    """A cell with list order (engine-defined under collect()) taken out."""
    if isinstance(value, list):
        return sorted((canonical(v) for v in value), key=repr)
    if isinstance(value, dict):
        return sorted((k, canonical(v)) for k, v in value.items())
    return value


def canonical_rows(rows: list[list]) -> list[list]:
    return sorted(([canonical(v) for v in row] for row in rows), key=repr)


def parity_set_column(name: str) -> str:
    """The column named by a `// parity: set COLUMN` header line, or ''."""
    m = re.search(r"^\s*//\s*parity:\s*set\s+(\w+)\s*$", TEMPLATES[name].cypher, re.M)
    return m.group(1) if m else ""


# Both stores, loaded once for the module.
@pytest.fixture(scope="module")
def loaded(seeded_embedded):
    return seeded_embedded


@pytest.fixture(scope="module")
def embedded(loaded):
    return loaded[0]


@pytest.fixture(scope="module")
def neo4j(neo4j_settings, loaded):
    """The same graph and records as the embedded store (so even loadedAt agrees), written to Neo4j."""
    from graph.neo4j_store import Neo4jStore
    try:
        store = Neo4jStore(neo4j_settings["uri"], neo4j_settings["user"], neo4j_settings["password"])
    except StoreError as e:
        unavailable(str(e))
    store.driver.execute_query("MATCH (n) DETACH DELETE n")
    embedded, report = loaded
    store.write(report.graph, embedded.records())
    yield store
    store.close()


def test_templates_are_found():
    assert {"leader", "department", "partners", "counts", "documents"} <= set(TEMPLATES)
    for t in TEMPLATES.values():
        assert t.summary, f"queries/{t.name}.cypher has no summary line"


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_template_has_an_example(name):
    # Runs without Neo4j too, so a template nobody can check is caught on any machine.
    assert cases_for(name)


def test_examples_are_parsed():
    assert parse_example("kg query leader 陈秀兴 --region 聊城市") == ("leader", {"name": "陈秀兴", "region": "聊城市"})
    assert parse_example("kg query partners 郑德雁 -f json") == ("partners", {"name": "郑德雁"})
    assert parse_example("kg query counts") == ("counts", {})
    assert parse_example("kg query path 郑德雁 孙述涛")[1] == {"a": "郑德雁", "b": "孙述涛"}


def test_a_template_without_an_example_fails_loudly(monkeypatch):
    """A new template with a required parameter and no example must not pass unnoticed."""
    fake = runner.parse_template("newthing", "// Something new.\n// param: name string — a name\nMATCH (n) RETURN n.key AS key")
    monkeypatch.setitem(TEMPLATES, "newthing", fake)
    with pytest.raises(pytest.fail.Exception, match="newthing.cypher needs name but has no `// example:` line"):
        cases_for("newthing")
    # Without required parameters it runs with none.
    monkeypatch.setitem(TEMPLATES, "newthing", runner.parse_template("newthing", "// Something new.\nMATCH (n) RETURN n.key AS key"))
    assert cases_for("newthing") == [({}, True)]


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_template_gives_the_same_answer_on_both_stores(name, embedded, neo4j):
    for params, want_rows in cases_for(name):
        got = {}
        for store in (embedded, neo4j):
            got[store.backend] = runner.run(store, name, params)
        e, n = got["embedded"], got["neo4j"]
        assert e.columns == n.columns, f"{name} {params}: columns differ"
        column = parity_set_column(name)
        if column:
            i = e.columns.index(column)
            ek, nk = [r[i] for r in e.rows], [r[i] for r in n.rows]
            assert bool(ek) == bool(nk) == want_rows, f"{name} {params}: rows on one store only ({len(ek)} vs {len(nk)})"
            if ek:
                assert ek[0] in nk[:TOP] and nk[0] in ek[:TOP], \
                    f"{name} {params}: best {column} differs beyond the first {TOP}: embedded {ek[:TOP]}, neo4j {nk[:TOP]}"
            continue
        assert canonical_rows(e.rows) == canonical_rows(n.rows), f"{name} {params}: rows differ"
        if "ORDER BY" in TEMPLATES[name].body.upper():
            # An ordered answer lists in the same order on both (make ORDER BY total if this fails).
            assert [[canonical(v) for v in row] for row in e.rows] == [[canonical(v) for v in row] for row in n.rows], \
                f"{name} {params}: same rows, different order"
        if want_rows:
            assert e.rows, f"{name} {params}: no rows on either store (is the example still true of the seeds?)"
        else:
            assert not e.rows


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_neo4j_rows_read_as_one_row_are_the_bodys_rows_in_its_order(name, neo4j):
    """runner._execute asks Neo4j for a template's rows collected into one row (the driver's
    cost per record): they must be the rows, in the order, the body gives as it is."""
    from queries import prepare
    from queries.dialect import for_backend
    t = TEMPLATES[name]
    assert t.returns
    for params, _ in cases_for(name):
        bound = prepare.before(t.prepare, neo4j, t.bind(params))
        plain = neo4j.run(for_backend(t.body, "neo4j"), bound)
        got = runner._execute(neo4j, t, bound)
        assert got.columns == plain.columns
        assert [[canonical(v) for v in row] for row in got.rows] == [[canonical(v) for v in row] for row in plain.rows], \
            f"{name} {params}: rows or order differ"


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(names.TEMPLATE_LABELS))
def test_name_lookup_is_the_same_on_both_stores(name, embedded, neo4j):
    labels = names.TEMPLATE_LABELS[name]
    for params, want_rows in cases_for(name):
        if not want_rows:
            continue
        found = [sorted(names.find(s, labels, params["name"], params.get("region", ""))) for s in (embedded, neo4j)]
        assert found[0] == found[1] and found[0]


def _dump(store) -> dict:
    """Every node and relationship with every property."""
    nodes, rels = [], []
    for label in schema.LABELS:
        props = list(schema.node_properties(label))
        res = store.run(f"MATCH (n:{label}) RETURN " + ", ".join(f"n.{p}" for p in props))
        nodes += [(label, dict(zip(props, row))) for row in res.rows]
    for rtype in schema.REL_TYPES:
        props = list(schema.rel_properties(rtype))
        res = store.run(f"MATCH (a)-[r:{rtype}]->(b) RETURN a.key, b.key, " + ", ".join(f"r.{p}" for p in props))
        rels += [(rtype, row[0], row[1], dict(zip(props, row[2:]))) for row in res.rows]
    return {"nodes": sorted(nodes, key=repr), "relationships": sorted(rels, key=repr)}


@pytest.mark.neo4j
def test_both_stores_hold_the_same_graph(embedded, neo4j):
    e, n = _dump(embedded), _dump(neo4j)
    assert len(e["nodes"]) == len(n["nodes"]) and len(e["relationships"]) == len(n["relationships"])
    assert e == n
    assert embedded.records() == neo4j.records()


PATH_PAIRS = (("赵豪志", "郑德雁"), ("郑德雁", "市财政局"), ("孙述涛", "起步区"), ("市财政局", "市发展改革委"),
              ("黄河流域生态保护和高质量发展", "聊城市"), ("济南市", "青岛市"))

# Neo4j's own answer to what kg's path template finds in Python (queries/chains.py).
_ALL_SHORTEST = """MATCH (a) WHERE a.name = $a OR $a IN a.aliases OR a.key = $a
MATCH (b) WHERE (b.name = $b OR $b IN b.aliases OR b.key = $b) AND b <> a
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN [n IN nodes(p) | [labels(n)[0], n.key]] AS nodes,
       [r IN relationships(p) | [labels(startNode(r))[0], startNode(r).key, type(r), labels(endNode(r))[0],
                                 endNode(r).key, coalesce(r.role, '')]] AS links"""


@pytest.mark.neo4j
def test_paths_agree_as_sets_of_name_sequences(embedded, neo4j):
    """`path` on both stores: the same shortest chains, compared as sets of the names along them."""
    for a, b in PATH_PAIRS:
        found = []
        for store in (embedded, neo4j):
            res = runner.run(store, "path", {"a": a, "b": b, "paths": 1000})
            chains: dict[int, list] = {}
            for row in res.rows:
                chains.setdefault(row[0], []).append(row)
            found.append({tuple([steps[0][2]] + [s[7] for s in steps]) for steps in chains.values()})
        assert found[0] == found[1] and found[0], f"path {a} {b}"


@pytest.mark.neo4j
def test_path_finds_the_chains_neo4js_all_shortest_paths_finds(neo4j):
    """kg looks for the chains itself; on the seeds they are exactly the ones Neo4j's
    allShortestPaths gives, relationship by relationship, and the template's Browser line
    (:param keys) names the same entities."""
    from queries import prepare
    from queries.chains import Link
    topology = prepare._topology(neo4j)
    for a, b in PATH_PAIRS:
        theirs = {(tuple(map(tuple, nodes)), tuple(Link((xl, xk), t, (yl, yk), role) for xl, xk, t, yl, yk, role in links))
                  for nodes, links in neo4j.run(_ALL_SHORTEST, {"a": a, "b": b}).rows}
        ours = {(c.nodes, tuple(link for link, _ in c.steps)) for c in topology.chains(a, b, 100_000)}
        assert ours == theirs and ours, f"path {a} {b}"
    line = next(l for l in TEMPLATES["path"].cypher.splitlines() if l.startswith("// :param keys => "))
    browser = neo4j.run("RETURN " + line.split("=>", 1)[1] + " AS keys").rows[0][0]
    ours = prepare.shortest_chains(neo4j, {"a": "郑德雁", "b": "市财政局", "paths": 100_000})["keys"]
    assert sorted(browser) == ours and ours != [""]


def test_substring_is_rewritten_to_count_from_one_for_the_embedded_store():
    from queries.dialect import for_backend
    assert for_backend("RETURN substring(n.name, 0, 2)", "embedded") == "RETURN substring(n.name, (0) + 1, 2)"
    # the two-argument form runs to the end; a call inside another, and one inside a string
    assert for_backend("RETURN substring(substring(s, 1), 0, 2), 'substring(s, 0)'", "embedded") == \
        "RETURN substring(substring(s, (1) + 1, size(s)), (0) + 1, 2), 'substring(s, 0)'"
    assert for_backend("RETURN substring(n.name, 0, 2)", "neo4j") == "RETURN substring(n.name, 0, 2)"


@pytest.mark.neo4j
def test_substring_gives_the_same_text_on_both_stores(embedded, neo4j):
    """Neo4j counts a string's characters from 0 and LadybugDB from 1: Cypher pasted from Neo4j reads the same."""
    from queries.dialect import keeping_column_names
    q = ("MATCH (l:Leader) WHERE l.name = '郑德雁' "
         "RETURN substring(l.name, 0, 2) AS a, substring(l.name, 1) AS b, substring(l.name, 1, 1) AS c")
    rows = [store.run(keeping_column_names(q, store.backend)).rows for store in (embedded, neo4j)]
    assert rows[0] == rows[1] == [["郑德", "德雁", "德"]]
