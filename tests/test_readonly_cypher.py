"""`kg cypher` is read-only by construction (queries/guard.py): on both stores, what reads the
graph runs, and what writes, reads or writes files, loads code, reaches the network, calls
other procedures or administers the server is refused in one line before it runs."""
from __future__ import annotations

import pytest

from graph.errors import StoreError
from kg.cli import app
from queries import guard, runner
from queries.dialect import for_backend
from tests.test_cli import one_error_line
from tests.test_cypher_cli import ZHENG, ZHENG_SEQS, cli, embedded_cli, neo4j_cli, run_json  # noqa: F401 (fixtures)


@pytest.fixture
def victim(tmp_path):
    """Paths a refused query would have touched: none of them may exist afterwards."""
    return {"out": tmp_path / "out.csv", "dir": tmp_path / "export", "db": tmp_path / "other.lbdb",
            "so": tmp_path / "evil.so", "csv": tmp_path / "secret.csv"}


def fill(statement: str, victim: dict) -> str:
    for name, path in victim.items():
        statement = statement.replace("{" + name + "}", str(path))
    return statement


def refused(cli, statement: str, *words: str) -> str:
    line = one_error_line(cli.invoke(app, ["cypher", statement]), *words)
    assert "read-only" in line, line
    return line


def still_reads(cli) -> None:
    assert [r["seq"] for r in run_json(cli, ZHENG, "-p", "name=郑德雁")] == ZHENG_SEQS


# The cases and their kin: (statement, what the refusal names).
REFUSED = [
    ("LOAD EXTENSION '{so}'", "LOAD"),
    ("COPY (RETURN 'x' AS x) TO '{out}'", "COPY"),
    ("LOAD FROM '{csv}' (header=false) RETURN *", "LOAD"),
    ("CHECKPOINT", "CHECKPOINT"),
    ("INSTALL httpfs", "INSTALL"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD"),
    ("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line", "LOAD"),
    ("SHOW TRANSACTIONS", "SHOW"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t", "SHOW"),
    ("ATTACH '{db}' AS other (dbtype lbug)", "ATTACH"),
    ("EXPORT DATABASE '{dir}'", "EXPORT"),
    ("CALL threads=1", "CALL threads"),
    ("CALL dbms.components()", "CALL dbms.components"),
    ("CALL apoc.load.json('file:///etc/passwd')", "CALL apoc.load.json"),
    ("CREATE USER mallory SET PASSWORD 'mallory-pw'", "CREATE"),
    ("USE system SHOW USERS", "USE"),
    ("CREATE (n:Leader {key: 'x', name: 'x'})", "CREATE"),
    ("MATCH (l:Leader) SET l.name = 'x'", "SET"),
    ("MATCH (l:Leader) DETACH DELETE l", "DETACH"),
    ("MATCH (l:Leader) REMOVE l.name", "REMOVE"),
    ("MERGE (n:Leader {key: 'x'}) RETURN n", "MERGE"),
    ("UNWIND [1] AS x FOREACH (i IN [1] | CREATE (:Leader {key: 'y'}))", "FOREACH"),
    ("BEGIN TRANSACTION", "BEGIN"),
    ("PROFILE MATCH (n) RETURN n", "PROFILE"),
    # variants: case, comments, look-alikes, `;`, nesting in CALL {}
    ("copy (return 'x' as x) to '{out}'", "COPY"),
    ("return 1 as x copy (return 'x' as x) to '{out}'", "COPY (written 'copy')"),
    ("CoPy (RETURN 'x' AS x) TO '{out}'", "COPY"),
    ("/* a read */ COPY (RETURN 'x' AS x) TO '{out}'", "COPY"),
    ("// a read\nCHECKPOINT", "CHECKPOINT"),
    ("RETURN 1 // a comment\rCHECKPOINT", "CHECKPOINT"),
    ("ＣＨＥＣＫＰＯＩＮＴ", "CHECKPOINT"),
    ("MATCH (n) RETURN n LIMIT 1 ｃｏｐｙ", "COPY"),
    ("CHECK\u200bPOINT", "U+200B"),
    ("RETURN 1; CHECKPOINT", "more than one statement"),
    ("RETURN 1;CHECKPOINT;", "more than one statement"),
    ("RETURN 'a;b' AS s; INSTALL httpfs", "more than one statement"),
    ("RETURN 1 /* ; */ ; ; ", "more than one statement"),
    ("RETURN 'it\\'s' AS s; CHECKPOINT", "more than one statement"),
    ("WITH 1 AS x COPY (RETURN 'x' AS x) TO '{out}'", "COPY"),
    ("RETURN 1COPY (RETURN 'x' AS x) TO '{out}'", "COPY"),
    ("RETURN 1.5e3CREATE (n:Leader {key: 'x'})", "CREATE"),
    ("MATCH (n) CALL { LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line } RETURN line", "LOAD"),
    ("CALL { CALL { SHOW TRANSACTIONS } RETURN 1 AS one } RETURN one", "SHOW"),
    ("MATCH (n) CALL { WITH n SET n.name = 'x' } RETURN 1", "SET"),
    ("CALL { CALL dbms.components() YIELD name RETURN name } RETURN name", "CALL dbms.components"),
    ("RETURN 'unclosed", "string left open"),
    ("", "empty query"),
]


@pytest.mark.parametrize("statement,named", REFUSED, ids=[s[:40] for s, _ in REFUSED])
def test_refused_in_one_line_before_anything_runs(cli, victim, statement, named):
    refused(cli, fill(statement, victim), named)
    assert not any(p.exists() for p in victim.values())
    still_reads(cli)


def test_look_alike_letters_are_not_keywords_to_the_engines_either(cli, victim):
    """A Cyrillic С in COPY is a name to both engines, not the keyword: the query is a
    syntax error, one line, and writes nothing."""
    line = one_error_line(cli.invoke(app, ["cypher", f"RETURN 1 AS x \u0421OPY (RETURN 1) TO '{victim['out']}'"]))
    assert not victim["out"].exists(), line
    still_reads(cli)


@pytest.mark.parametrize("statement", [
    "MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS leader",
    "MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS leader;",
    "MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS leader; // done",
    "/* CREATE; COPY */ MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS leader",
    "OPTIONAL MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS leader",
    "UNWIND ['郑德雁'] AS name MATCH (l:Leader {name: name}) WITH l RETURN l.name AS leader",
    "MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS leader UNION RETURN '郑德雁' AS leader",
    "MATCH (l:Leader) WHERE l.name = '郑德雁' AND l.name STARTS WITH '郑' RETURN l.name AS `set`",
    "MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS start",
])
def test_reads_run(cli, statement):
    rows = run_json(cli, statement)
    assert [list(r.values()) for r in rows] == [["郑德雁"]], rows


def test_a_string_may_hold_any_keyword_and_semicolons(cli):
    rows = run_json(cli, "RETURN 'CREATE (n); COPY x TO y; CHECKPOINT' AS s, \"LOAD CSV\" AS t")
    assert rows == [{"s": "CREATE (n); COPY x TO y; CHECKPOINT", "t": "LOAD CSV"}]


def test_neo4j_subqueries_and_allowed_procedures_run(neo4j_cli):
    assert run_json(neo4j_cli, "CALL { MATCH (l:Leader {name: '郑德雁'}) RETURN l.name AS n } RETURN n") == [{"n": "郑德雁"}]
    assert run_json(neo4j_cli, "MATCH (l:Leader {name: '郑德雁'}) CALL (l) { RETURN l.name AS n } RETURN n") == [{"n": "郑德雁"}]
    labels = {r["label"] for r in run_json(neo4j_cli, "CALL db.labels() YIELD label RETURN label")}
    assert {"Leader", "Task"} <= labels
    hits = run_json(neo4j_cli, "CALL db.index.fulltext.queryNodes('kg_task_text', '起步区') YIELD node RETURN node.seq AS seq")
    assert {"seq": "3"} in hits


def test_embedded_table_functions_that_describe_the_store_run(embedded_cli):
    names = {r["name"] for r in run_json(embedded_cli, "CALL show_tables() RETURN name")}
    assert {"Leader", "Task"} <= names
    columns = {r["name"] for r in run_json(embedded_cli, "CALL table_info('Leader') RETURN name")}
    assert "key" in columns


# --- the engine's plan, checked on its own: what the words check would also refuse -----

NEO4J_PLANS = {
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line": "LoadCSV",
    "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line": "LoadCSV",
    "SHOW TRANSACTIONS": "ShowTransactions",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'": "TerminateTransactions",
    "CREATE (n:Leader {key: 'x'})": "a write",
    "SHOW USERS": "administration",
    "CALL dbms.components()": "dbms.components",
}
EMBEDDED_PLANS = {
    "COPY (RETURN 'x' AS x) TO '{out}'": "COPY_TO",
    "CHECKPOINT": "TRANSACTION",
    "INSTALL httpfs": "INSTALL_EXTENSION",
    "CALL threads=1": "STANDALONE_CALL",
    "LOAD FROM '{csv}' (header=false) RETURN *": "READ_CSV",
}


@pytest.mark.neo4j
@pytest.mark.parametrize("statement,named", NEO4J_PLANS.items())
def test_neo4j_plans_that_do_more_than_read_are_refused(neo4j_store, statement, named):
    with pytest.raises(guard.Refused, match=named):
        guard.plan(neo4j_store.explain(statement), "neo4j")


@pytest.mark.parametrize("statement,named", EMBEDDED_PLANS.items())
def test_embedded_plans_that_do_more_than_read_are_refused(seeded_embedded, victim, statement, named):
    store, _ = seeded_embedded
    victim["csv"].write_text("a,b\n1,2\n")
    with pytest.raises(guard.Refused, match=named):
        guard.plan(store.explain(fill(statement, victim)), "embedded")
    assert not victim["out"].exists()


def test_embedded_explain_takes_one_statement_only(seeded_embedded):
    store, _ = seeded_embedded
    with pytest.raises(StoreError, match="multiple statements"):
        store.explain("RETURN 1; CHECKPOINT")
    assert store.run("MATCH (l:Leader) RETURN count(l)").rows[0][0] > 0


SAMPLES = {"name": "郑德雁", "a": "郑德雁", "b": "市财政局", "text": "数字经济", "key": "x", "as_of": "2021-12-01"}


def _every_template(store):
    from queries import prepare
    for t in runner.templates().values():
        params = t.bind({p.name: SAMPLES.get(p.name, "x") for p in t.params if p.required})
        with prepare.same_state():
            params = prepare.before(t.prepare, store, params)
        yield t.name, for_backend(t.body, store.backend), params


def test_every_template_passes_both_checks_on_the_embedded_store(seeded_embedded):
    store, _ = seeded_embedded
    for name, body, params in _every_template(store):
        assert guard.checked(store, body, params) == body, name


@pytest.mark.neo4j
def test_every_template_passes_both_checks_on_neo4j(neo4j_store, seeded_embedded):
    from kg.pipeline import load
    from tests.conftest import SEEDS
    load([SEEDS], neo4j_store)
    for name, body, params in _every_template(neo4j_store):
        assert guard.checked(neo4j_store, body, params) == body, name


def test_load_extension_runs_no_code(embedded_cli, tmp_path):
    """The issue's case for real: a library whose loading alone writes a file. LadybugDB runs
    its constructor on LOAD EXTENSION even opened read-only (and then reports an error)."""
    import shutil
    import subprocess
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        pytest.skip("no C compiler to build the library")
    marker = tmp_path / "owned"
    source = tmp_path / "evil.c"
    source.write_text('#include <stdio.h>\n__attribute__((constructor)) static void owned(void) '
                      f'{{ FILE *f = fopen("{marker}", "w"); if (f) fclose(f); }}\n')
    library = tmp_path / "evil.so"
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(library), str(source)], check=True, capture_output=True, timeout=120)
    for statement in (f"LOAD EXTENSION '{library}'", f"load extension '{library}'",
                      f"RETURN 1; LOAD EXTENSION '{library}'", f"/* */ LOAD\nEXTENSION \"{library}\""):
        refused(embedded_cli, statement)
        assert not marker.exists(), statement
    still_reads(embedded_cli)
