"""How long loading the seeds takes, per store, beside a row-by-row baseline in the same run.

    python bench/load_time.py                # embedded only
    KG_TEST_NEO4J_URI=bolt://127.0.0.1:7687 KG_TEST_NEO4J_PASSWORD=… python bench/load_time.py

Stages: extraction (read, detect, parse, resolve: store-independent), then the write.
kg writes the embedded store with COPY FROM into a fresh file and Neo4j with UNWIND
batches of MERGE; the baseline writes the same graph one MERGE statement per node and
relationship (what a naive writer does). The Neo4j runs WIPE the database they use.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph import schema  # noqa: E402
from graph.embedded_store import EmbeddedStore, ddl  # noqa: E402
from graph.knowledge import KnowledgeGraph  # noqa: E402
from graph.resolve import resolve  # noqa: E402
from kg.pipeline import expand, extract_all  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))


def timed(fn, repeat: int = REPEAT) -> float:
    """Median wall time in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def build_graph() -> KnowledgeGraph:
    exs = extract_all([ROOT / "seeds"])
    return resolve(exs)[0]


def merge_statements(kg: KnowledgeGraph):
    """(cypher, params) one per node and relationship: the baseline's way of writing."""
    for n in kg.nodes():
        sets = ", ".join(f"n.{p} = $p_{p}" for p in n.props if p != "key")
        yield f"MERGE (n:{n.label} {{key: $key}}) SET {sets}", {"key": n.key, **{f"p_{k}": v for k, v in n.props.items() if k != "key"}}
    for r in kg.relations():
        ident = schema.REL_IDENTITY.get(r.type, ())
        merge = "{" + ", ".join(f"{p}: $p_{p}" for p in ident) + "}" if ident else ""
        sets = ", ".join(f"r.{p} = $p_{p}" for p in r.props if p not in ident)
        yield (f"MATCH (a:{r.source_label} {{key: $s}}), (b:{r.target_label} {{key: $t}}) "
               f"MERGE (a)-[r:{r.type} {merge}]->(b) SET {sets}"), {"s": r.source, "t": r.target, **{f"p_{k}": v for k, v in r.props.items()}}


def embedded_kg(kg: KnowledgeGraph, tmp: Path) -> None:
    EmbeddedStore(str(tmp / "kg.lbdb")).write(kg, [])


def embedded_baseline(kg: KnowledgeGraph, tmp: Path) -> None:
    import ladybug
    path = tmp / "baseline.lbdb"
    if path.exists():
        path.unlink()
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for stmt in ddl():
        conn.execute(stmt)
    for cypher, params in merge_statements(kg):
        conn.execute(cypher, params)
    db.close()


def neo4j_runs(kg: KnowledgeGraph):
    uri = os.environ.get("KG_TEST_NEO4J_URI")
    if not uri:
        return None
    from graph.neo4j_store import Neo4jStore
    store = Neo4jStore(uri, os.environ.get("KG_TEST_NEO4J_USERNAME", "neo4j"), os.environ.get("KG_TEST_NEO4J_PASSWORD", "kg-test-password"))

    def wipe():
        store.driver.execute_query("MATCH (n) DETACH DELETE n")

    def kg_write():
        wipe()
        store.write(kg, [])

    def baseline():
        wipe()
        with store.driver.session() as s:
            for cypher, params in merge_statements(kg):
                s.execute_write(lambda tx: tx.run(cypher, params).consume())

    try:
        return timed(kg_write), timed(baseline, repeat=1)
    finally:
        wipe()
        store.close()


def main() -> None:
    kg = build_graph()
    items = len(kg) + sum(kg.type_counts().values())
    print(f"seeds: {len(list(expand([ROOT / 'seeds'])))} documents → {len(kg)} nodes, {items - len(kg)} relationships")
    extraction = timed(build_graph)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        emb = timed(lambda: embedded_kg(kg, tmp))
        emb_base = timed(lambda: embedded_baseline(kg, tmp), repeat=1)
    rows = [("extraction (read, detect, parse, resolve)", extraction, None)]
    rows.append(("embedded write: kg (COPY FROM, fresh file)", emb, emb_base))
    neo = neo4j_runs(kg)
    if neo:
        rows.append(("neo4j write: kg (UNWIND batches of 1000)", neo[0], neo[1]))
    print(f"\n{'stage':<46}{'kg':>10}{'baseline':>12}{'speed-up':>10}")
    print(f"{'':<46}{'':>10}{'(1 MERGE/item)':>12}")
    for name, t, base in rows:
        b = f"{base:10.2f} s" if base else f"{'-':>12}"
        x = f"{base / t:9.1f}×" if base else f"{'':>10}"
        print(f"{name:<46}{t:8.2f} s{b}{x}")
    total = extraction + emb
    print(f"\nseed load, end to end: embedded {total:.2f} s" + (f", neo4j {extraction + neo[0]:.2f} s" if neo else " (neo4j: set KG_TEST_NEO4J_URI to measure)"))
    print(f"(median of {REPEAT} runs for kg; baselines run once)")


if __name__ == "__main__":
    main()
