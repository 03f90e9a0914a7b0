"""Template headers, parameter binding, the dialect adapter and the catalogue."""
from __future__ import annotations

import pytest

from graph.errors import QueryError
from queries import runner
from queries.dialect import for_backend, one_row, returned_columns

HEADER = """// What it answers.
// param: name string — a name
// param: region string = '' — a region
// param: limit int = 10 — how many
// example: kg query x 甲
// columns: a, b
// :param name => '甲'
MATCH (n) RETURN n
"""


def test_header_is_parsed():
    t = runner.parse_template("x", HEADER)
    assert t.summary == "What it answers."
    assert [(p.name, p.type, p.default, p.required) for p in t.params] == [
        ("name", "string", None, True), ("region", "string", "", False), ("limit", "int", 10, False)]
    assert t.examples == ("kg query x 甲",) and t.columns == ("a", "b")
    assert t.body == "MATCH (n) RETURN n"


def test_binding_fills_defaults_casts_and_refuses_unknown_or_missing():
    t = runner.parse_template("x", HEADER)
    assert t.bind({"name": "甲", "limit": "3"}) == {"name": "甲", "region": "", "limit": 3}
    with pytest.raises(QueryError, match="needs the parameter 'name'"):
        t.bind({})
    with pytest.raises(QueryError, match="has no parameter 'nmae'"):
        t.bind({"name": "甲", "nmae": "x"})
    with pytest.raises(QueryError, match="must be int"):
        t.bind({"name": "甲", "limit": "ten"})


def test_unknown_template_suggests_close_names():
    with pytest.raises(QueryError, match=r"unknown template 'leeder'; did you mean leader"):
        runner.get("leeder")


def test_every_shipped_template_has_a_summary_and_an_example():
    templates = runner.templates()
    assert {"leader", "department", "partners", "documents", "counts"} <= set(templates)
    for t in templates.values():
        assert t.summary, t.name
        assert t.examples, t.name
        for p in t.params:
            assert p.help, f"{t.name}.{p.name} has no help text"


def test_dialect_rewrites_only_for_the_embedded_store():
    q = "MATCH (a)-[r]->(b) RETURN type(r), labels(b)[0]"
    assert for_backend(q, "neo4j") == q
    assert for_backend(q, "embedded") == "MATCH (a)-[r]->(b) RETURN label(r), label(b)"


@pytest.mark.parametrize("cypher, columns", [
    ("MATCH (n) RETURN n.key AS key, n.name AS name ORDER BY key LIMIT 3", ("key", "name")),
    ("MATCH (n) WITH n, count(*) AS c RETURN DISTINCT n, c", ("n", "c")),
    # the last RETURN outside braces and quotes; a UNION's branches name the same columns
    ("MATCH (a) WHERE 1 IN COLLECT { MATCH (a)--(b) RETURN 1 } RETURN a.key AS key, 'RETURN x' AS y", ("key", "y")),
    ("MATCH (a) RETURN a.key AS k UNION ALL MATCH (b) RETURN b.key AS k", ("k",)),
    ("UNWIND $xs AS x RETURN {a: x, b: [x, 1]} AS m, x", ("m", "x")),
    # a column named after an expression, or no RETURN: unknown
    ("MATCH (n) RETURN n.key", ()),
    ("MATCH (n) RETURN count(*)", ()),
    ("CALL db.labels()", ()),
])
def test_returned_columns_are_read_from_the_last_return(cypher, columns):
    assert returned_columns(cypher) == columns


def test_every_shipped_template_names_its_columns_as_the_store_does(seeded_embedded):
    """On Neo4j the runner builds its one-row form from these names (runner._execute)."""
    from queries import prepare
    from tests.test_parity import cases_for
    store = seeded_embedded[0]
    for name, t in runner.templates().items():
        assert t.returns, f"queries/{name}.cypher: its RETURN does not name every column (use AS)"
        params, _ = cases_for(name)[0]
        body = store.run(for_backend(t.body, store.backend), prepare.before(t.prepare, store, t.bind(params)))
        assert tuple(body.columns) == t.returns


def test_one_row_collects_the_rows_in_order():
    assert one_row("MATCH (n) RETURN n.key AS key ORDER BY key", ("key",)) == \
        "CALL {\nMATCH (n) RETURN n.key AS key ORDER BY key\n}\nRETURN collect([key]) AS rows"
