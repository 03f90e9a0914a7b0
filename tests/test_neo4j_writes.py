"""What kg's Neo4j writer sends, without a server: few distinct statements, none for what exists.

Each distinct statement costs a Neo4j server a plan, about 0.4 s on a server just started
(docs/benchmarks.md), so the writer's statements are counted here; that the graph written
is exactly the resolved one is the store contract's (tests/test_store_contract.py), on a
real Neo4j.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from graph import schema
from graph.neo4j_store import Neo4jStore, constraint_statements, index_statements
from graph.resolve import resolve
from kg.pipeline import extract_all

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class FakeSession:
    """Records every statement; SHOW INDEXES answers with `existing` (name, owning constraint)."""

    def __init__(self, existing=()):
        self.existing, self.statements = list(existing), []

    def run(self, cypher, params=None, **kw):
        self.statements.append(cypher)
        if cypher.startswith("SHOW INDEXES"):
            return FakeResult([{"name": n, "owner": o} for n, o in self.existing])
        return FakeResult([])

    def execute_write(self, work):
        return work(self)


class FakeResult(list):
    def consume(self):
        return None


def writer(session: FakeSession) -> Neo4jStore:
    store = Neo4jStore.__new__(Neo4jStore)
    store.read_only, store.uri, store.database = False, "bolt://fake", None

    @contextmanager
    def opened(write=False):
        yield session
    store._session = opened
    return store


def test_a_first_write_sends_one_statement_per_label_and_type_and_two_reads():
    kg = resolve(extract_all([SEEDS / "shandong-2021-16-cities-commitments.txt"]))[0]
    first = FakeSession()
    writer(first).write(kg, [])
    sent = first.statements
    assert sent[0].startswith("SHOW INDEXES")
    assert [s for s in sent if s.startswith("CREATE")] == constraint_statements() + index_statements()
    merges = {s for s in sent if " MERGE (a)-[r:" in s}
    written = {r.type for r in kg.relations()}
    assert len(merges) == len(written) and all(any(f"[r:{t} " in s for s in merges) for t in written)
    assert all(f"(a:{'|'.join(dict.fromkeys(a for a, _ in schema.REL_ENDPOINTS[t]))} " in s
               for t in written for s in merges if f"[r:{t} " in s)
    reads = [s for s in sent if s.startswith("MATCH") and "RETURN" in s]
    assert len(reads) == 2                       # what exists, nodes then relationships: one statement each
    assert not any("DELETE" in s for s in sent)  # an empty database has nothing stale
    assert sent[-1] == "CALL db.awaitIndexes(300)"
    assert len(set(sent)) <= 1 + len(constraint_statements()) + len(index_statements()) + 2 + len(schema.LABELS) + 1 \
        + len(schema.REL_TYPES) + 1


def test_a_write_where_the_schema_exists_creates_nothing_and_does_not_wait():
    kg = resolve(extract_all([SEEDS / "shandong-2021-16-cities-commitments.txt"]))[0]
    names = [s.split()[2] for s in constraint_statements()]
    existing = [(n, n) for n in names] + [(s.split()[3], None) for s in index_statements()]
    again = FakeSession(existing)
    writer(again).write(kg, [])
    assert not any(s.startswith("CREATE") for s in again.statements)
    assert "CALL db.awaitIndexes(300)" not in again.statements
    # an index of the same name that is not a constraint does not count as kg's constraint
    other = FakeSession([(names[0], None)] + existing[1:])
    writer(other).write(kg, [])
    assert [s for s in other.statements if s.startswith("CREATE")] == [constraint_statements()[0]]
