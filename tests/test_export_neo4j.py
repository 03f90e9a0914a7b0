"""The Neo4j exports: CSV for neo4j-admin (`csv`) and a Cypher script (`cypher`), read back by
their own conventions and, in the `neo4j` tests, by the real tools: neo4j-admin imports the
CSV files into a scratch home that a Neo4j is then started on; the script runs against the
test server, twice. Everything read back is compared as sets with the graph exported."""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

import neo4j
import pytest
from neo4j import GraphDatabase

from graph import schema
from graph.exports import cypher_script, neo4j_csv, write
from graph.exports.cypher_script import identifier, literal
from graph.exports.flat import with_missing
from graph.errors import ExportError
from graph.knowledge import KnowledgeGraph
from tests.support import unavailable
from tests.test_export_graphs import assert_same_graph, nasty_graph, union

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "kg-test-password"


@pytest.fixture(scope="module")
def nasty() -> KnowledgeGraph:
    return nasty_graph()


def graph_from_neo4j(driver) -> KnowledgeGraph:
    """Everything in the database, as a KnowledgeGraph (each node must have exactly one label);
    a date or date-time must be Neo4j's own, and is ISO text in the graph."""
    kg = KnowledgeGraph()
    for rec in driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").records:
        assert len(rec["labels"]) == 1, rec
        label = rec["labels"][0]     # a missing value is no property in Neo4j: None in the graph
        spec = schema.node_properties(label)
        props = dict(rec["props"])
        for k, v in props.items():
            if spec.get(k) in ("date", "datetime"):
                assert isinstance(v, (neo4j.time.Date, neo4j.time.DateTime)), (label, k, v)
                props[k] = v.to_native().isoformat()
        kg.add_node(label, props["key"], with_missing(spec, props))
    rels = driver.execute_query("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS s, b.key AS t, properties(r) AS props").records
    for rec in rels:
        kg.add_edge(rec["type"], rec["s"], rec["t"], with_missing(schema.rel_properties(rec["type"]), dict(rec["props"])))
    assert kg.g.number_of_edges() == len(rels), "two relationships in Neo4j with one identity"
    return kg


def run_script(driver, script: str) -> int:
    statements = cypher_script.split(script)
    for statement in statements:
        driver.execute_query(statement)
    return len(statements)


# CSV for neo4j-admin ---------------------------------------------------------------------
def test_csv_round_trip_seeds(seed_graph):
    files = write(seed_graph, "csv")
    assert isinstance(files, dict)
    assert_same_graph(neo4j_csv.read(files), seed_graph)


def test_csv_round_trip_nasty_strings(nasty):
    assert_same_graph(neo4j_csv.read(write(nasty, "csv")), nasty)


def _headers(files: dict[str, bytes]) -> dict[str, list[str]]:
    return {name: next(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
            for name, data in files.items() if name.endswith(".csv")}


def test_csv_layout(seed_graph):
    files = write(seed_graph, "csv")
    headers = _headers(files)
    assert set(headers) == ({f"nodes-{label}.csv" for label in seed_graph.label_counts()}
                            | {f"relationships-{t}.csv" for t in seed_graph.type_counts()})
    for label in seed_graph.label_counts():
        h = headers[f"nodes-{label}.csv"]
        assert h[:3] == ["key:ID", "name", "aliases:string[]"] and h[-1] == ":LABEL"
        assert {"documents:string[]", "evidence:string[]", "spans:string[]"} <= set(h)
        assert len(h) == len(schema.node_properties(label)) + 1
    assert "ordinal:long" in headers["nodes-Task.csv"] and "targets:string[]" in headers["nodes-Task.csv"]
    assert "year:long" in headers["nodes-Document.csv"] and "titles:string[]" in headers["nodes-Leader.csv"]
    assert headers["relationships-COOPERATES_WITH.csv"] == [
        ":START_ID", ":END_ID", ":TYPE", "documents:string[]", "evidence:string[]", "spans:string[]",
        "weight:long", "via:string[]", "derived:boolean"]
    assert headers["relationships-RESPONSIBLE_FOR.csv"][3:] == ["documents:string[]", "evidence:string[]", "spans:string[]", "role"]
    # One row per node and relationship; every file in the command, in import.sh and README.txt.
    for name, data in files.items():
        if name.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))[1:]
            kind = name[:-4].partition("-")[2]
            count = seed_graph.label_counts()[kind] if name.startswith("nodes-") else seed_graph.type_counts()[kind]
            assert len(rows) == count, name
    command = " ".join(["neo4j-admin database import full", *neo4j_csv.import_arguments(headers), "neo4j"])
    assert "--array-delimiter=U+001F" in command and "--multiline-fields=true" in command
    assert command in files["README.txt"].decode()
    sh = files["import.sh"].decode()
    assert sh.startswith("#!/bin/sh\n") and all(f"--nodes={n} " in sh or f"--relationships={n} " in sh for n in headers)
    after = files["after-import.cypher"].decode()
    assert "CREATE CONSTRAINT kg_task_key IF NOT EXISTS" in after
    assert "MATCH (n:Leader) WHERE n.titles IS NULL SET n.titles = [];" in after


def test_csv_quotes_and_arrays(nasty):
    """Every value quoted with doubled quotes, arrays joined by U+001F, missing values empty."""
    text = write(nasty, "csv")["nodes-Leader.csv"].decode("utf-8")
    assert '"测试省/甲市/张""三\'"' in text
    row = next(r for r in csv.reader(io.StringIO(text, newline="")) if r[0] == "测试省/甲市/李\\四")
    header = next(csv.reader(io.StringIO(text, newline="")))
    assert row[header.index("titles:string[]")] == ""
    assert row[header.index("aliases:string[]")].split("\x1f")[0] == "李\\四"


def test_csv_refuses_the_array_delimiter(nasty):
    kg = union(nasty)
    n = next(iter(kg.nodes(schema.LEADER)))
    kg.add_node(n.label, n.key, {**n.props, "aliases": ["a\x1fb"]})
    with pytest.raises(ExportError, match="U\\+001F"):
        write(kg, "csv")
    with pytest.raises(ExportError, match="empty"):
        write(KnowledgeGraph(), "csv")


def _neo4j_lib() -> Path:
    home = os.environ.get("KG_NEO4J_HOME") or str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / "neo4j-5.26")
    lib = Path(home).resolve() / "lib"
    what = "the neo4j-admin import test"
    if not any(lib.glob("*.jar")):
        unavailable(f"no Neo4j jars in {lib} (scripts/neo4j-local fetch)", what)
    if not shutil.which("java") or not shutil.which("curl"):
        unavailable("java and curl are needed to run neo4j-admin and Neo4j", what)
    return lib


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.neo4j
def test_csv_imports_with_neo4j_admin(seed_graph, nasty, tmp_path):
    """import.sh runs neo4j-admin into a scratch home; a Neo4j started there holds the graph."""
    lib = _neo4j_lib()
    kg = union(seed_graph, nasty)
    out = tmp_path / "export"
    out.mkdir()
    for name, data in write(kg, "csv").items():
        (out / name).write_bytes(data)
    home = tmp_path / "neo4j"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("")
    (home / "lib").symlink_to(lib)
    admin = tmp_path / "neo4j-admin"    # what bin/neo4j-admin does, from the jars alone
    admin.write_text(f'#!/bin/sh\nexec java -Xmx512m -cp "{lib}/*" org.neo4j.cli.AdminTool "$@"\n')
    admin.chmod(0o755)
    env = {**os.environ, "NEO4J_ADMIN": str(admin), "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    done = subprocess.run(["sh", str(out / "import.sh"), "--max-off-heap-memory=256m", f"--report-file={tmp_path / 'import.report'}"],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    counts = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships", done.stdout)
    assert counts and (int(counts[1]), int(counts[2])) == (len(kg), kg.g.number_of_edges()), done.stdout[-1000:]
    assert (tmp_path / "import.report").read_text() == ""     # no bad entries

    server = {**os.environ, "KG_NEO4J_HOME": str(home), "NEO4J_PASSWORD": PASSWORD,
              "NEO4J_BOLT_PORT": str(_free_port()), "NEO4J_HTTP_PORT": str(_free_port())}
    script = str(ROOT / "scripts" / "neo4j-local")
    try:
        started = subprocess.run([script, "start"], env=server, capture_output=True, text=True, timeout=300)
        assert started.returncode == 0, started.stdout + started.stderr
        with GraphDatabase.driver(f"bolt://127.0.0.1:{server['NEO4J_BOLT_PORT']}", auth=("neo4j", PASSWORD)) as driver:
            assert run_script(driver, (out / "after-import.cypher").read_text(encoding="utf-8")) > len(schema.LABELS)
            assert_same_graph(graph_from_neo4j(driver), kg)
            names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records}
            assert {f"kg_{label.lower()}_key" for label in schema.LABELS} <= names
    finally:
        subprocess.run([script, "stop"], env=server, capture_output=True, timeout=180)


# Cypher script -----------------------------------------------------------------------------
def test_cypher_literals():
    assert literal("it's \\ \"q\"\n\r\t") == "'it\\'s \\\\ \"q\"\\n\\r\\t'"
    assert literal("a\u2028b\u0085c\x00") == "'a\\u2028b\\u0085c\\u0000'"
    assert literal("中文😀") == "'中文😀'"
    assert literal({"a": [1, True, None], "b c": 1.5, "d": []}) == "{a: [1, true, null], `b c`: 1.5, d: []}"
    assert identifier("RESPONSIBLE_FOR") == "RESPONSIBLE_FOR" and identifier("x`y") == "`x``y`"
    with pytest.raises(ExportError):
        literal(float("nan"))


def test_cypher_script_shape(seed_graph, nasty):
    kg = union(seed_graph, nasty)
    text = write(kg, "cypher").decode("utf-8")
    lines = text.split("\n")
    assert lines[-1] == "" and text.splitlines() == lines[:-1]    # no line break hides inside a statement
    statements = cypher_script.split(text)
    assert all(line.startswith("//") or line.endswith(";") for line in lines[:-1])
    assert len(statements) == len([line for line in lines if line and not line.startswith("//")])
    constraints = [s for s in statements if s.startswith("CREATE ")]
    assert statements[:len(constraints)] == constraints and len(constraints) == len(schema.LABELS) + 2
    merges = statements[len(constraints):]
    assert all(s.startswith("UNWIND [") and " MERGE " in s for s in merges)
    assert sum(s.count("MERGE (n:") for s in merges) >= len(kg.label_counts())
    assert "MERGE (a)-[r:RESPONSIBLE_FOR {role: row.m.role}]->(b) SET r += row.p" in text


def cypher_shell_statements(script: str) -> list[str]:
    """How cypher-shell splits a script into statements: a port of its ShellStatementParser
    (semicolons outside quotes, backquotes and comments end a statement; a backslash escapes
    the next character), fed line by line as cypher-shell reads a file."""
    out, statement, awaited, skip, current = [], [], "", False, ""
    for line in script.split("\n"):
        for c in line + "\n":
            statement.append(c)
            prev, current = current, c
            if skip:
                skip = False
            elif awaited in ("\n", "*/"):                     # in a comment
                if (prev + c if len(awaited) == 2 else c) == awaited:
                    awaited = ""
            elif c == "\\":
                skip = True
            elif awaited:                                     # in a quote
                if c == awaited:
                    awaited = ""
            elif c == ";":
                out.append("".join(statement))
                statement = []
            else:
                awaited = {"//": "\n", "/*": "*/"}.get(prev + c) or (c if c in "`\"'" else "")
    assert not "".join(statement).strip(), "text after the last statement"
    # What the server gets, less the comments and the semicolon.
    return ["\n".join(x for x in s.split("\n") if not x.lstrip().startswith("//")).strip()[:-1] for s in out]


def test_cypher_script_splits_as_cypher_shell_does(nasty):
    script = write(nasty, "cypher").decode("utf-8")
    assert ";" in "".join(n.props["name"] for n in nasty.nodes())    # semicolons inside strings
    assert cypher_shell_statements(script) == cypher_script.split(script)


@pytest.mark.neo4j
def test_cypher_script_recreates_the_graph(neo4j_store, seed_graph, nasty):
    kg = union(seed_graph, nasty)
    script = write(kg, "cypher").decode("utf-8")
    driver = neo4j_store.driver
    run_script(driver, script)
    assert_same_graph(graph_from_neo4j(driver), kg)
    names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records}
    assert {f"kg_{label.lower()}_key" for label in schema.LABELS} <= names
    # Idempotent: a second run finds everything and changes nothing.
    summary = []
    for statement in cypher_script.split(script):
        summary.append(driver.execute_query(statement).summary.counters)
    assert not any(c.nodes_created or c.relationships_created or c.nodes_deleted or c.relationships_deleted
                   or c.constraints_added or c.indexes_added for c in summary)
    assert_same_graph(graph_from_neo4j(driver), kg)
