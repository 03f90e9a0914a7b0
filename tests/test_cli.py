"""The `kg` command, driven through typer's CliRunner (and once as the installed console script).

Every run gets its own embedded database under tmp (KG_DB) and none of the
user's Neo4j settings, so the tests never touch a real user's store.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import typer
from typer.testing import CliRunner

from graph import schema
from kg.cli import app

# Four seed files, one of them a web page holding ten work reports.
SEED_DOCUMENTS = 14

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
COMMITMENTS = SEEDS / "shandong-2021-16-cities-commitments.txt"
# 郑德雁's rows in the 济南 part of the commitments table, read off the seed by hand.
ZHENG_SEQS = ["2", "3", "4", "8", "10", "12", "14", "15", "18", "19", "20"]
CLEAN_ENV = {
    "KG_BACKEND": None, "NEO4J_URI": None, "NEO4J_USERNAME": None, "NEO4J_USER": None,
    "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None, "KG_LEXICON_DIR": None,
    "COLUMNS": "250",   # a wide terminal: tables are not squeezed (narrow output is tested on its own)
}


def runner_for(db: Path, **env: str | None) -> CliRunner:
    return CliRunner(env={**CLEAN_ENV, "KG_DB": str(db), **env})


def embedded_runner(db: Path, *paths: Path) -> CliRunner:
    """A runner on an embedded store at `db` holding what `paths` give."""
    from graph.embedded_store import EmbeddedStore
    from kg.pipeline import load
    store = EmbeddedStore(str(db))
    assert not load(list(paths), store).failed
    store.close()
    return runner_for(db)


def neo4j_runner(store, settings: dict, tmp_path: Path, *paths: Path) -> CliRunner:
    """A runner on the test Neo4j (`store`, `settings` from the fixtures) holding what `paths` give."""
    from kg.pipeline import load
    assert not load(list(paths), store).failed
    return runner_for(tmp_path / "unused.lbdb", KG_BACKEND="neo4j", NEO4J_URI=settings["uri"],
                      NEO4J_USERNAME=settings["user"], NEO4J_PASSWORD=settings["password"])


def one_error_line(result, *words: str) -> str:
    """The run failed with exit 1 and one `kg: error:` line on stderr holding these words, no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("kg: error: ")
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def rows_json(result, section: str = "") -> list[dict]:
    """The rows a --format json answer holds; of an answer of several sections (one object
    each), those of the named section, by default the first (the template's own)."""
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    if data and all(isinstance(d, dict) and set(d) == {"section", "title", "total", "rows"} for d in data):
        return next(d["rows"] for d in data if d["section"] == section or not section)
    return data


def table_counts(text: str, title: str) -> dict[str, list[int]]:
    """Rows `name  n  n …` of a summary table, from its title to the next blank-titled block."""
    out, inside = {}, False
    for line in text.splitlines():
        if line.startswith(title):
            inside = True
            continue
        if inside:
            m = re.match(r"^\s+([A-Za-z_]+)\s+((?:\d+\s*)+)$", line)
            if m:
                out[m.group(1)] = [int(x) for x in m.group(2).split()]
            elif out and not line.strip():
                break
    return out


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """`kg load seeds/` into a fresh database, shared by the read-only tests below."""
    db = tmp_path_factory.mktemp("cli") / "kg.lbdb"
    cli = runner_for(db)
    result = cli.invoke(app, ["load", str(SEEDS)])
    return cli, db, result


# Help
def command_names() -> list[str]:
    return sorted(typer.main.get_command(app).commands)


def test_help():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "knowledge graph" in result.stdout
    for name in command_names():
        assert name in result.stdout


def test_commands_are_registered():
    assert {"load", "query", "status", "export"} <= set(command_names())


@pytest.mark.parametrize("name", command_names())
def test_command_help(name):
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.stdout and name in result.stdout
    doc = typer.main.get_command(app).commands[name].help
    assert doc and doc.split("\n")[0].strip()[:30] in " ".join(result.stdout.split())


def test_no_arguments_shows_help():
    result = CliRunner().invoke(app, [])
    assert "Usage" in result.output and "load" in result.output


# kg load
def test_load_prints_the_summary(seeded):
    cli, db, result = seeded
    assert result.exit_code == 0, result.output
    out = result.stdout
    for kind in ("commitment_table", "division_plan", "work_report", "news"):
        assert kind in out
    for path in sorted(SEEDS.iterdir()):
        assert path.name in out
    assert "utf-8" in out
    # Nodes by label and relationships by type, with the numbers the store holds.
    from graph.embedded_store import EmbeddedStore
    from kg.pipeline import graph_from_store
    store = EmbeddedStore(str(db), read_only=True)
    try:
        kg = graph_from_store(store)
    finally:
        store.close()
    counts = table_counts(out, "Graph")
    expected = kg.label_counts() + kg.type_counts()
    assert {name: c[0] for name, c in counts.items()} == dict(expected)
    assert all(c[1] == c[0] for c in counts.values()), "a first load adds everything"
    assert {schema.TASK, schema.LEADER, schema.DEPARTMENT, schema.RESPONSIBLE_FOR, schema.PART_OF} <= set(counts)
    assert "Rejects and notes" in out
    assert f"Reject log: {db.with_name(db.stem + '.rejects.jsonl')}" in out
    assert f"{SEED_DOCUMENTS} of {SEED_DOCUMENTS} documents read" in out
    assert db.exists()


def test_reject_log_is_json_lines(seeded):
    cli, db, _ = seeded
    log = db.with_name(db.stem + ".rejects.jsonl")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines
    keys = {json.loads(line)["document"] for line in lines}
    for line in lines:
        item = json.loads(line)
        assert {"code", "message", "document", "line"} <= set(item)
        assert item["code"] and item["message"] and isinstance(item["line"], int)
    assert len(keys) >= 1 and all(len(k) == 16 for k in keys)


def test_load_again_changes_nothing(tmp_path):
    cli = runner_for(tmp_path / "kg.lbdb")
    news = SEEDS / "qingdao-2021-offensives-hearing-news.txt"
    assert cli.invoke(app, ["load", str(news)]).exit_code == 0
    again = cli.invoke(app, ["load", str(news)])
    assert again.exit_code == 0
    assert "unchanged" in again.stdout and "unchanged in the embedded store" in again.stdout
    assert all(c[1:] == [0, 0, 0] for c in table_counts(again.stdout, "Graph").values())


def test_dry_run_writes_nothing(tmp_path):
    db = tmp_path / "store" / "kg.lbdb"
    cli = runner_for(db)
    result = cli.invoke(app, ["load", "--dry-run", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "dry run" in result.stdout and "would be written" in result.stdout
    assert table_counts(result.stdout, "Graph")["Task"][1] > 0, "the additions are shown"
    assert not db.exists()
    assert not db.parent.exists() or list(db.parent.iterdir()) == []


# kg query
def test_query_leader_json(seeded):
    cli, _, _ = seeded
    rows = rows_json(cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json"]))
    assert len(rows) == 11
    assert [r["seq"] for r in rows] == ZHENG_SEQS
    for r in rows:
        assert r["leader"] == "郑德雁" and r["region"] == "山东省/济南市"
        assert r["document"] == "2021年16市重点任务公开承诺事项"
        assert r["deadline"].startswith("12月底") and r["deadlineDate"] == "2021-12-31"
        assert r["task"] and r["evidence"] and "郑德雁" in r["evidence"][0]
    by_seq = {r["seq"]: r for r in rows}
    assert set(by_seq["2"]["coLeaders"]) == {"孙立成", "孙述涛"}
    assert set(by_seq["3"]["coLeaders"]) == {"孙立成", "孙述涛", "王京文", "王桂英"}
    assert by_seq["14"]["coLeaders"] == []
    assert by_seq["2"]["task"].startswith("深入贯彻落实黄河流域生态保护和高质量发展重大国家战略")


def test_query_leader_csv(seeded):
    cli, _, _ = seeded
    as_json = rows_json(cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json"]))
    result = cli.invoke(app, ["query", "leader", "郑德雁", "-f", "csv"])
    assert result.exit_code == 0
    every = list(csv.DictReader(io.StringIO(result.stdout)))
    rows = [r for r in every if r["section"] == "leader"]
    assert len(rows) == 11
    assert list(rows[0])[:len(as_json[0]) + 1] == ["section", *as_json[0]]
    for c, j in zip(rows, as_json):
        for k, v in j.items():
            # Lists are one cell, joined with "; "; every value is as stored (tabs and all).
            assert c[k] == ("; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v))), k


def test_query_output_directory_holds_one_file_per_section(seeded, tmp_path):
    """-o DIR: one file per section, named after it, each with that section's own columns and
    rows as --format json gives them; --limit cuts every file and the note says by how much."""
    cli, _, _ = seeded
    sections = json.loads(cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json"]).stdout)
    out = tmp_path / "zheng"
    result = cli.invoke(app, ["query", "leader", "郑德雁", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{s['section']}.csv" for s in sections)
    for s in sections:
        rows = list(csv.DictReader(io.StringIO((out / f"{s['section']}.csv").read_text(encoding="utf-8"))))
        assert len(rows) == s["total"] and (not rows or list(rows[0]) == list(s["rows"][0]))
        assert [r[next(iter(r))] for r in rows] == [str(j[next(iter(j))]) for j in s["rows"]]
    assert f"partners.csv ({sections[2]['total']} rows)" in result.stderr
    cut = cli.invoke(app, ["query", "leader", "郑德雁", "-o", str(tmp_path / "cut"), "-f", "json", "--limit", "2"])
    assert cut.exit_code == 0 and f"leader.json (2 of {sections[0]['total']} rows)" in cut.stderr
    assert json.loads((tmp_path / "cut" / "partners.json").read_text(encoding="utf-8")) == sections[2]["rows"][:2]
    blocked = tmp_path / "file"
    blocked.write_text("")
    refused = cli.invoke(app, ["query", "leader", "郑德雁", "-o", str(blocked / "x")])
    assert refused.exit_code == 1 and "cannot write" in refused.stderr and "Traceback" not in refused.output


def test_query_leader_table(seeded):
    cli, _, _ = seeded
    result = cli.invoke(app, ["query", "leader", "郑德雁"])
    assert result.exit_code == 0
    assert "leader 郑德雁" in result.stdout
    assert "深入贯彻落实黄河流域" in result.stdout and "孙立成" in result.stdout
    assert "partners of 郑德雁" in result.stdout


def test_query_unknown_leader_suggests(seeded):
    cli, _, _ = seeded
    result = cli.invoke(app, ["query", "leader", "郑德言"])
    one_error_line(result, "no leader named 郑德言", "did you mean 郑德雁")
    assert result.stdout == ""


def test_query_department_through_alias(seeded):
    cli, _, _ = seeded
    rows = rows_json(cli.invoke(app, ["query", "department", "市发改委", "--region", "聊城市", "-f", "json"]))
    assert rows
    assert {r["department"] for r in rows} == {"市发展和改革委员会"}
    assert {r["region"] for r in rows} == {"山东省/聊城市"}
    assert {r["role"] for r in rows} <= set(schema.ROLES)


def test_query_region_narrows(seeded):
    cli, _, _ = seeded
    assert rows_json(cli.invoke(app, ["query", "leader", "郑德雁", "--region", "济南市", "-f", "json"]))
    result = cli.invoke(app, ["query", "leader", "郑德雁", "--region", "聊城市"])
    one_error_line(result, "no leader named 郑德雁 in 聊城市")


def test_query_unknown_template(seeded):
    cli, _, _ = seeded
    result = cli.invoke(app, ["query", "nosuch"])
    one_error_line(result, "unknown template", "nosuch")


def test_query_bad_format_and_param(seeded):
    cli, _, _ = seeded
    result = cli.invoke(app, ["query", "leader", "郑德雁", "-f", "xml"])
    assert result.exit_code == 2 and "unknown format" in result.stderr and "Traceback" not in result.output
    result = cli.invoke(app, ["query", "leader", "-p", "nosuch=1"])
    one_error_line(result, "nosuch")


def test_query_list(seeded):
    cli, _, _ = seeded
    result = cli.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert {"leader", "department", "partners", "counts", "documents"} <= listed


# kg status
def test_status(seeded):
    cli, db, _ = seeded
    result = cli.invoke(app, ["status"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "store: embedded" in out
    assert f"location: {db}" in out
    assert f"Documents ({SEED_DOCUMENTS})" in out
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(str(db), read_only=True)
    try:
        keys = [r.key for r in store.records()]
        tasks = store.run("MATCH (t:Task) RETURN count(t)").rows[0][0]
    finally:
        store.close()
    assert len(keys) == SEED_DOCUMENTS and all(k in out for k in keys)
    assert table_counts(out, "Contents")["Task"] == [tasks]


def test_status_of_an_empty_place(tmp_path):
    db = tmp_path / "nothing-here" / "kg.lbdb"
    result = runner_for(db).invoke(app, ["status"])
    assert result.exit_code == 0, result.output
    assert "store: embedded" in result.stdout and str(db) in result.stdout
    assert "kg load" in result.stdout
    assert not db.exists()


def test_paths_are_never_wrapped(tmp_path):
    # Piped output is 80 columns or fewer; a path split over two lines cannot be copied.
    db = tmp_path / ("a-long-directory-name-" * 4) / "kg.lbdb"
    cli = runner_for(db, COLUMNS="60")
    loaded = cli.invoke(app, ["load", str(COMMITMENTS)])
    assert loaded.exit_code == 0
    assert f"Reject log: {db.with_name(db.stem + '.rejects.jsonl')}" in loaded.stdout
    assert str(db) in loaded.stdout
    status = cli.invoke(app, ["status"])
    assert f"location: {db}" in status.stdout


# kg export
def test_export_json(seeded, tmp_path):
    cli, db, _ = seeded
    out = tmp_path / "f.json"
    result = cli.invoke(app, ["export", "--all", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["directed"] is True and data["multigraph"] is True and data["graph"]["schema"] == "kg/1"
    nodes, edges = data["nodes"], data["edges"]
    assert nodes and edges
    for n in nodes:
        assert {"id", "label", "name", "aliases"} <= set(n) and n["label"] in schema.LABELS
        assert n["name"] in n["aliases"]
    tasks = [n for n in nodes if n["label"] == schema.TASK]
    assert tasks and all({"text", "seq", "deadline", "section"} <= set(t) for t in tasks)
    ids = {n["id"] for n in nodes}
    for e in edges:
        assert {"source", "target", "type", "evidence", "spans", "documents"} <= set(e)
        assert e["source"] in ids and e["target"] in ids and e["type"] in schema.REL_TYPES
        assert e["evidence"], e
        if e["type"] == schema.RESPONSIBLE_FOR:
            assert e["role"] in schema.ROLES
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_directed() and g.is_multigraph()
    assert g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges)
    assert f"wrote {len(nodes)} nodes" in result.stderr
    # To standard output: the same document.
    stdout = cli.invoke(app, ["export", "--all"])
    assert stdout.exit_code == 0 and json.loads(stdout.stdout) == data


def test_export_unknown_format(seeded):
    cli, _, _ = seeded
    result = cli.invoke(app, ["export", "--all", "--format", "rdfxml"])
    assert result.exit_code == 2 and "unknown export format" in result.stderr


# Places the user names that cannot be written: one line each, never a traceback
def test_unwritable_places(seeded, tmp_path):
    cli, _, _ = seeded
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    one_error_line(cli.invoke(app, ["export", "--all", "-o", str(a_file / "f.json")]), "cannot write", str(a_file / "f.json"))
    news = str(SEEDS / "qingdao-2021-offensives-hearing-news.txt")
    bad_db = runner_for(a_file / "kg.lbdb")
    one_error_line(bad_db.invoke(app, ["load", news]), "embedded database", str(a_file / "kg.lbdb"))
    fresh = runner_for(tmp_path / "db" / "kg.lbdb")
    one_error_line(fresh.invoke(app, ["load", "--reject-log", str(a_file / "r.jsonl"), news]), "reject log", str(a_file / "r.jsonl"))


def test_query_without_its_name(seeded):
    cli, _, _ = seeded
    one_error_line(cli.invoke(app, ["query", "leader"]), "needs the parameter 'name'")
    one_error_line(cli.invoke(app, ["query", "counts", "x"]), "has no parameter")


# Bad input never loses good input
def test_bad_inputs_fail_one_line_each_and_good_ones_load(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02" + bytes(range(256)) * 16)
    missing = tmp_path / "missing.txt"
    cli = runner_for(tmp_path / "db" / "kg.lbdb")
    result = cli.invoke(app, ["load", str(empty), str(COMMITMENTS), str(binary), str(missing)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 3, errors
    # A file that starts as a PDF is read as one, and says it cannot be opened.
    for line, path, words in zip(errors, (empty, binary, missing), ("empty", "PDF file that cannot be opened", "no such file")):
        assert line.startswith("kg: error: ") and str(path) in line and words in line
    assert "1 of 4 documents read" in result.stdout
    rows = rows_json(cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json"]))
    assert len(rows) == 11


def test_gbk_document_loads(tmp_path, seeded):
    gbk = tmp_path / "commitments-gbk.txt"
    gbk.write_bytes(COMMITMENTS.read_text(encoding="utf-8").encode("gbk"))
    cli = runner_for(tmp_path / "kg.lbdb")
    result = cli.invoke(app, ["load", str(gbk)])
    assert result.exit_code == 0, result.output
    assert "gb18030" in result.stdout
    status = cli.invoke(app, ["status"])
    assert status.exit_code == 0 and "gb18030" in status.stdout
    got = rows_json(cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json"]))
    want = rows_json(seeded[0].invoke(app, ["query", "leader", "郑德雁", "-f", "json"]))
    same = lambda rows: [(r["seq"], r["deadline"], r["task"], sorted(r["coLeaders"]), r["evidence"]) for r in rows]  # noqa: E731
    assert len(got) == 11 and same(got) == same(want)


# Neo4j errors are one line too
@pytest.mark.neo4j
def test_neo4j_wrong_password(neo4j_settings, tmp_path):
    cli = runner_for(tmp_path / "kg.lbdb", NEO4J_URI=neo4j_settings["uri"], NEO4J_USERNAME=neo4j_settings["user"],
                     NEO4J_PASSWORD="wrong")
    result = cli.invoke(app, ["status", "--backend", "neo4j"])
    one_error_line(result, "credentials", neo4j_settings["uri"])


@pytest.mark.neo4j
def test_neo4j_status(neo4j_settings, tmp_path):
    cli = runner_for(tmp_path / "kg.lbdb", NEO4J_URI=neo4j_settings["uri"], NEO4J_USERNAME=neo4j_settings["user"],
                     NEO4J_PASSWORD=neo4j_settings["password"], KG_BACKEND="neo4j")
    result = cli.invoke(app, ["status"])
    assert result.exit_code == 0, result.output
    assert "store: neo4j" in result.stdout and neo4j_settings["uri"] in result.stdout


@pytest.mark.parametrize("args", [["status", "--backend", "neo4j"], ["query", "leader", "郑德雁", "-b", "neo4j"],
                                  ["load", "--backend", "neo4j", str(COMMITMENTS)]])
def test_neo4j_unreachable(args, tmp_path):
    cli = runner_for(tmp_path / "kg.lbdb", NEO4J_URI="bolt://127.0.0.1:1", NEO4J_PASSWORD="whatever")
    result = cli.invoke(app, args)
    one_error_line(result, "cannot reach Neo4j", "bolt://127.0.0.1:1")


@pytest.mark.parametrize("uri, words", [("http://127.0.0.1:7474", "bolt://"), ("nonsense", "bad Neo4j URI")])
def test_neo4j_bad_uri(uri, words, tmp_path):
    cli = runner_for(tmp_path / "kg.lbdb", NEO4J_URI=uri, NEO4J_PASSWORD="whatever")
    one_error_line(cli.invoke(app, ["status", "--backend", "neo4j"]), words, uri)


def test_unknown_backend(tmp_path):
    result = runner_for(tmp_path / "kg.lbdb").invoke(app, ["status", "--backend", "mysql"])
    assert result.exit_code == 2 and "unknown backend" in result.stderr and "Traceback" not in result.output


# The installed console script
def kg_script() -> str:
    beside = Path(sys.executable).with_name("kg")
    found = str(beside) if beside.exists() else shutil.which("kg")
    assert found, "the kg console script is not installed (pip install -e .)"
    return found


def test_installed_console_script(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "KG_"))}
    env["KG_DB"] = str(tmp_path / "db" / "kg.lbdb")
    work = tmp_path / "elsewhere"
    work.mkdir()
    kg = kg_script()
    loaded = subprocess.run([kg, "load", str(SEEDS)], cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    assert f"{SEED_DOCUMENTS} of {SEED_DOCUMENTS} documents read" in loaded.stdout
    asked = subprocess.run([kg, "query", "leader", "郑德雁", "-f", "json"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert asked.returncode == 0, asked.stderr
    sections = json.loads(asked.stdout)
    assert [s["section"] for s in sections] == ["leader", "appearances", "partners"]
    assert len(sections[0]["rows"]) == sections[0]["total"] == 11
    wrong = subprocess.run([kg, "query", "leader", "郑德言"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr and "郑德雁" in wrong.stderr


# Names as typed, and the table view (issue 4)
def test_cypher_is_registered():
    assert "cypher" in command_names()


def test_query_by_pinyin_and_part_of_a_name(seeded):
    cli, _, _ = seeded
    result = cli.invoke(app, ["query", "leader", "ZHENG Deyan", "-f", "json"])
    assert [r["seq"] for r in rows_json(result)] == ZHENG_SEQS
    assert result.stderr.strip() == "kg: taking 郑德雁 for ZHENG Deyan"
    result = cli.invoke(app, ["query", "leader", "豪志", "-f", "json"])
    assert {r["leader"] for r in rows_json(result)} == {"赵豪志"}
    assert "taking 赵豪志 for 豪志" in result.stderr


def test_query_ambiguous_name_lists_the_candidates(seeded):
    cli, _, _ = seeded
    line = one_error_line(cli.invoke(app, ["query", "leader", "zheng"]), "could be any of", "郑德雁", "郑士民")
    assert "exact name" in line


def test_query_table_cuts_long_texts_and_wide_shows_them_whole(seeded):
    cli, _, _ = seeded
    cut = cli.invoke(app, ["query", "leader", "郑德雁"])
    assert cut.exit_code == 0 and "…" in cut.stdout and "--wide shows them whole" in cut.stdout
    assert "打造绿色生态廊道。" not in "".join(cut.stdout.split())
    whole = cli.invoke(app, ["query", "leader", "郑德雁", "--wide"])
    assert whole.exit_code == 0 and "…" not in whole.stdout
    assert "打造绿色生态廊道。" in "".join(whole.stdout.split())


def test_query_template_help_shows_the_template():
    res = CliRunner().invoke(app, ["query", "leader", "--help"])
    assert res.exit_code == 0
    assert "kg query leader NAME" in res.stdout and "region" in res.stdout
    assert "kg query leader 郑德雁" in res.stdout and "leader.cypher" in res.stdout
    unknown = CliRunner().invoke(app, ["query", "leeder", "--help"])
    assert unknown.exit_code == 1 and "did you mean leader" in unknown.stderr


def test_browser_favorites_writes_every_template(tmp_path):
    import zipfile
    from queries import runner
    out = tmp_path / "fav.zip"
    res = CliRunner().invoke(app, ["browser-favorites", str(out)])
    assert res.exit_code == 0, res.stderr
    names = zipfile.ZipFile(out).namelist()
    for t in runner.templates():
        assert any(n.startswith(f"kg/{t}.") for n in names), t


# Everyday use (issue 16): documents by title, CLI conventions
def test_query_document_by_title_or_says_none(seeded):
    cli, _, _ = seeded
    listed = rows_json(cli.invoke(app, ["query", "documents", "-f", "json"]))
    doc = next(d for d in listed if d["title"] == "2021年16市重点任务公开承诺事项")
    by_title = cli.invoke(app, ["query", "document", doc["title"], "-f", "json"])
    assert [r["key"] for r in rows_json(by_title)] == [doc["key"]]
    assert f"taking document {doc['key']}" in by_title.stderr
    assert [r["key"] for r in rows_json(cli.invoke(app, ["query", "document", doc["key"][:8], "-f", "json"]))] == [doc["key"]]
    one_error_line(cli.invoke(app, ["query", "document", "没有这个文件"]), "no document named", "没有这个文件")


def test_version():
    res = CliRunner().invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.startswith("kg ")


def test_shell_completion_is_installable():
    res = CliRunner().invoke(app, ["--help"])
    assert "--install-completion" in res.stdout
    shown = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="kg")
    assert shown.exit_code == 0 and "complete" in shown.stdout and "_KG_COMPLETE" in shown.stdout, shown.output


def test_store_options_before_the_command(seeded, tmp_path):
    cli, db, _ = seeded
    other = runner_for(tmp_path / "nothing-here.lbdb")
    after = other.invoke(app, ["query", "stats", "--db", str(db), "-f", "json"])
    before = other.invoke(app, ["--db", str(db), "query", "stats", "-f", "json"])
    assert rows_json(before) == rows_json(after)
    assert other.invoke(app, ["--backend", "nosuch", "status"]).exit_code == 2


def test_export_refuses_a_page_to_a_terminal(seeded, monkeypatch):
    import kg.cli
    cli, _, _ = seeded
    monkeypatch.setattr(kg.cli, "stdout_is_terminal", lambda: True)
    res = cli.invoke(app, ["export", "leader", "郑德雁", "--format", "html"])
    assert res.exit_code == 2 and "-o out.html" in res.stderr and "<html" not in res.stdout
    assert cli.invoke(app, ["export", "leader", "郑德雁", "--format", "json"]).exit_code == 0


def test_each_embedded_database_keeps_its_own_reject_log(tmp_path):
    # Two databases in one folder: a load into one never overwrites the other's log.
    from kg.config import load_config
    a = load_config("embedded", str(tmp_path / "a.lbdb")).reject_log
    b = load_config("embedded", str(tmp_path / "b.lbdb")).reject_log
    assert a != b and a.parent == b.parent == tmp_path
    assert a.name == "a.rejects.jsonl"


def test_evidence_shows_the_columns_a_template_leaves_out_of_its_table(seeded):
    # partners' shared tasks (seq. text [key]) are left out of the default table; -e shows them.
    cli, _, _ = seeded
    plain = cli.invoke(app, ["query", "partners", "郑德雁", "--limit", "1"])
    shown = cli.invoke(app, ["query", "partners", "郑德雁", "--limit", "1", "-e"])
    header = lambda out: next(line for line in out.splitlines() if "sharedTasks" in line)
    assert "tasks" not in header(plain.stdout).replace("sharedTasks", "")
    assert "tasks" in header(shown.stdout).replace("sharedTasks", "")
    assert "#济南市-" in re.sub(r"\s", "", shown.stdout)
    assert "taskKeys" not in shown.stdout
