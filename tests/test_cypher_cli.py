"""`kg cypher`: ad-hoc read-only Cypher on either store, typed parameters, the three formats."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kg.cli import app
from tests.test_cli import COMMITMENTS, embedded_runner, neo4j_runner, one_error_line

ZHENG = "MATCH (l:Leader)-[r:RESPONSIBLE_FOR]->(t:Task) WHERE l.name = $name RETURN l.name AS leader, t.seq AS seq ORDER BY t.ordinal"
ZHENG_SEQS = ["2", "3", "4", "8", "10", "12", "14", "15", "18", "19", "20"]


@pytest.fixture(scope="module")
def embedded_cli(tmp_path_factory):
    return embedded_runner(tmp_path_factory.mktemp("cypher") / "kg.lbdb", COMMITMENTS)


@pytest.fixture
def neo4j_cli(neo4j_store, neo4j_settings, tmp_path):
    return neo4j_runner(neo4j_store, neo4j_settings, tmp_path, COMMITMENTS)


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def cli(request):
    return request.getfixturevalue(f"{request.param}_cli")


def run_json(cli, *args):
    result = cli.invoke(app, ["cypher", *args, "-f", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_read_query(cli):
    rows = run_json(cli, ZHENG, "-p", "name=郑德雁")
    assert [r["seq"] for r in rows] == ZHENG_SEQS
    assert all(list(r) == ["leader", "seq"] and r["leader"] == "郑德雁" for r in rows)


def test_neo4j_functions_work_and_name_columns_alike(cli):
    rows = run_json(cli, "MATCH (l:Leader)-[r]->(t:Task) WHERE l.name = '郑德雁' "
                         "RETURN DISTINCT type(r), labels(t)[0], l.name ORDER BY type(r)")
    assert rows == [{"type(r)": "RESPONSIBLE_FOR", "labels(t)[0]": "Task", "l.name": "郑德雁"}]


@pytest.mark.parametrize("statement", [
    "CREATE (n:Leader {key: 'x', name: 'x'})",
    "MATCH (l:Leader) SET l.name = 'x'",
    "MATCH (l:Leader) DETACH DELETE l",
])
def test_a_write_is_refused_in_one_line(cli, statement):
    line = one_error_line(cli.invoke(app, ["cypher", statement]))
    assert "read-only" in line or "read access mode" in line, line
    assert run_json(cli, ZHENG, "-p", "name=郑德雁"), "nothing was written"


def test_a_syntax_error_is_the_store_message_in_one_line(cli):
    line = one_error_line(cli.invoke(app, ["cypher", "MATCH (n) RETRUN n"]))
    assert "RETRUN" in line


def test_an_unknown_label_or_function_is_one_line(cli):
    line = one_error_line(cli.invoke(app, ["cypher", "RETURN nosuchfunction(1)"]))
    assert "nosuchfunction" in line.lower()


def test_parameters_are_typed(cli):
    rows = run_json(cli, "RETURN $i AS i, $f AS f, $t AS t, $n AS n, $s AS s, $neg AS neg, $e AS e, $text AS text",
                    "-p", "i=42", "-p", "f=2.5", "-p", "t=true", "-p", "n=null", "-p", "s=郑德雁",
                    "-p", "neg=-3", "-p", "e=1e3", "-p", "text=12a")
    assert rows == [{"i": 42, "f": 2.5, "t": True, "n": None, "s": "郑德雁", "neg": -3, "e": 1000.0, "text": "12a"}]


def test_a_date_parameter_compares_with_stored_dates(cli):
    """-p d=YYYY-MM-DD is a date: the README's `t.deadlineDate <= $d` and `<= date($d)` give the
    same tasks on both stores, none of them undated; :="…" keeps the text."""
    q = "MATCH (t:Task) WHERE t.deadlineDate {} RETURN t.key AS key, t.deadlineDate AS day"
    plain = run_json(cli, q.format("<= $d"), "-p", "d=2021-12-31")
    assert plain and all(r["day"] and r["day"] <= "2021-12-31" for r in plain)
    assert run_json(cli, q.format("<= date($d)"), "-p", "d=2021-12-31") == plain
    assert run_json(cli, q.format("<= date($d)"), "-p", 'd:="2021-12-31"') == plain
    every = run_json(cli, "MATCH (t:Task) WHERE t.deadlineDate IS NOT NULL RETURN t.deadlineDate AS day")
    assert len(plain) == sum(1 for r in every if r["day"] <= "2021-12-31")
    result = cli.invoke(app, ["cypher", "RETURN $d", "-p", "d=2021-02-30"])
    assert result.exit_code == 2 and "no date" in result.stderr


def test_json_parameters(cli):
    rows = run_json(cli, "RETURN $names AS names, size($names) AS n, $m.k AS k, $quoted AS quoted",
                    "-p", 'names:=["郑德雁", "孙述涛"]', "-p", 'm:={"k": 7}', "-p", 'quoted:="42"')
    assert rows == [{"names": ["郑德雁", "孙述涛"], "n": 2, "k": 7, "quoted": "42"}]
    rows = run_json(cli, "MATCH (l:Leader) WHERE l.name IN $names RETURN l.name AS leader",
                    "-p", 'names:=["郑德雁", "孙述涛"]')
    assert [r["leader"] for r in rows] == ["孙述涛", "郑德雁"], "no ORDER BY: sorted"


def test_bad_parameters(cli):
    result = cli.invoke(app, ["cypher", "RETURN $a", "-p", "a:=[1,"])
    assert result.exit_code == 2 and "JSON" in result.stderr and "Traceback" not in result.output
    result = cli.invoke(app, ["cypher", "RETURN $a", "-p", "novalue"])
    assert result.exit_code == 2 and "key=value" in result.stderr


def test_formats(cli):
    q = "MATCH (l:Leader) WHERE l.name = '赵豪志' RETURN l.name AS leader, l.aliases AS aliases, null AS nothing, true AS yes"
    as_json = run_json(cli, q)
    assert as_json == [{"leader": "赵豪志", "aliases": ["赵豪志"], "nothing": None, "yes": True}]
    result = cli.invoke(app, ["cypher", q, "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout == "leader,aliases,nothing,yes\n赵豪志,赵豪志,,true\n"
    table = cli.invoke(app, ["cypher", q])
    assert table.exit_code == 0 and "赵豪志" in table.stdout and "leader" in table.stdout
    many = cli.invoke(app, ["cypher", "MATCH (l:Leader) RETURN l.name AS n, ['甲', '乙'] AS l", "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(many.stdout)))
    assert rows and all(r["l"] == "甲; 乙" for r in rows)


def test_nodes_are_maps_of_their_properties(cli):
    rows = run_json(cli, "MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l")
    node = rows[0]["l"]
    assert node["name"] == "郑德雁" and node["region"] == "山东省/济南市"
    assert not any(k.startswith("_") for k in node)


def test_limit_and_stable_order(cli):
    q = "MATCH (l:Leader) RETURN l.name AS leader"
    all_rows = run_json(cli, q)
    assert [r["leader"] for r in all_rows] == sorted(r["leader"] for r in all_rows)
    result = cli.invoke(app, ["cypher", q, "--limit", "3", "-f", "json"])
    assert json.loads(result.stdout) == all_rows[:3]
    assert f"showing 3 of {len(all_rows)} rows" in result.stderr
    assert cli.invoke(app, ["cypher", q, "--limit", "0"]).exit_code == 2


def test_lang_en(cli):
    rows = run_json(cli, "MATCH (l:Leader) WHERE l.name = '郑德雁' RETURN l.name AS leader, l.region AS region",
                    "--lang", "en")
    assert rows == [{"leader": "Zheng Deyan", "region": "Shandong Province/Jinan City"}]
    assert cli.invoke(app, ["cypher", "RETURN 1", "--lang", "fr"]).exit_code == 2


def test_rows_without_order_by_are_sorted(embedded_cli):
    q = "MATCH (l:Leader)-[r:RESPONSIBLE_FOR]->(t:Task) RETURN l.region AS region, l.name AS leader, count(t) AS tasks"
    rows = run_json(embedded_cli, q)
    assert rows and all(isinstance(r["tasks"], int) for r in rows)
    assert len(rows) > 20 and rows == sorted(rows, key=lambda r: (r["region"], r["leader"]))


@pytest.mark.neo4j
def test_both_stores_agree(embedded_cli, neo4j_cli):
    q = "MATCH (l:Leader)-[r:RESPONSIBLE_FOR]->(t:Task) RETURN l.region AS region, l.name AS leader, count(t) AS tasks"
    rows = run_json(embedded_cli, q)
    assert len(rows) > 20 and rows == run_json(neo4j_cli, q)
