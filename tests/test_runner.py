"""Template headers, parameter binding, the dialect adapter and the catalogue."""
from __future__ import annotations

import pytest

from graph.errors import QueryError
from queries import runner
from queries.dialect import for_backend

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
