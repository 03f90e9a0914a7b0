"""How long loading the seeds takes, per store, beside a row-by-row baseline in the same run.

    python bench/load_time.py                # embedded only
    KG_TEST_NEO4J_URI=bolt://127.0.0.1:7687 KG_TEST_NEO4J_PASSWORD=… python bench/load_time.py
    … python bench/load_time.py --cold       # also first loads into a server just restarted
                                             # (with scripts/neo4j-local's variables for it)

Stages: extraction (read, detect, parse, resolve: store-independent), then the write.
kg writes the embedded store with COPY FROM into a fresh file and Neo4j with UNWIND
batches of MERGE; the baseline writes the same graph one MERGE statement per node and
relationship (what a naive writer does). On Neo4j, kg's writer is also set beside the one
before it (bench/neo4j_writers.py). The Neo4j runs WIPE the database they use, and drop
kg's constraints and index in it.
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
        props = schema.store_props(n.props, schema.node_properties(n.label))     # dates as dates
        sets = ", ".join(f"n.{p} = $p_{p}" for p in props if p != "key")
        yield f"MERGE (n:{n.label} {{key: $key}}) SET {sets}", {"key": n.key, **{f"p_{k}": v for k, v in props.items() if k != "key"}}
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


def neo4j_store(cls=None):
    from graph.neo4j_store import Neo4jStore
    return (cls or Neo4jStore)(os.environ["KG_TEST_NEO4J_URI"], os.environ.get("KG_TEST_NEO4J_USERNAME", "neo4j"),
                               os.environ.get("KG_TEST_NEO4J_PASSWORD", "kg-test-password"))


def wipe(store, schema_too: bool = False) -> None:
    """Empty the database; with schema_too also drop kg's constraints and index and forget
    every plan, so the next write is a first load as far as the database is concerned."""
    from graph.neo4j_store import _schema_name, constraint_statements, index_statements
    store.driver.execute_query("MATCH (n) DETACH DELETE n")
    if schema_too:
        for stmt in constraint_statements():
            store.driver.execute_query(f"DROP CONSTRAINT {_schema_name(stmt)} IF EXISTS")
        for stmt in index_statements():
            store.driver.execute_query(f"DROP INDEX {_schema_name(stmt)} IF EXISTS")
        store.driver.execute_query("CALL db.clearQueryCaches()")


def neo4j_runs(kg: KnowledgeGraph):
    if not os.environ.get("KG_TEST_NEO4J_URI"):
        return None
    from bench.neo4j_writers import PairwiseNeo4jStore
    store, before = neo4j_store(), neo4j_store(PairwiseNeo4jStore)

    def first(writer):
        def run():
            wipe(store, schema_too=True)
            writer.write(kg, [])
        return run

    def baseline():
        wipe(store)
        with store.driver.session() as s:
            for cypher, params in merge_statements(kg):
                s.execute_write(lambda tx: tx.run(cypher, params).consume())

    try:
        out = {"first": (timed(first(store)), timed(first(before)))}
        out["again"] = (timed(lambda: store.write(kg, [])), timed(lambda: before.write(kg, [])))
        out["merge"] = timed(baseline, repeat=1)
        return out
    finally:
        wipe(store)
        store.close()
        before.close()


def cold_runs(kg: KnowledgeGraph, runs: int) -> list[tuple[str, float]]:
    """The write of a first load into a server just started (scripts/neo4j-local stop, start),
    kg's writer and the one before it in turn. Needs the variables scripts/neo4j-local reads
    (KG_NEO4J_HOME, NEO4J_PASSWORD, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT) for that same server."""
    import subprocess
    from bench.neo4j_writers import PairwiseNeo4jStore
    script = str(ROOT / "scripts" / "neo4j-local")
    out = []
    for _ in range(runs):
        for name, cls in (("kg", None), ("before", PairwiseNeo4jStore)):
            store = neo4j_store()
            wipe(store, schema_too=True)
            store.close()
            subprocess.run([script, "stop"], check=True, capture_output=True)
            subprocess.run([script, "start"], check=True, capture_output=True)
            writer = neo4j_store(cls)
            t0 = time.perf_counter()
            writer.write(kg, [])
            out.append((name, time.perf_counter() - t0))
            writer.close()
    return out


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
        rows.append(("neo4j write: kg (UNWIND batches of 1000)", neo["first"][0], neo["merge"]))
    print(f"\n{'stage':<46}{'kg':>10}{'baseline':>12}{'speed-up':>10}")
    print(f"{'':<46}{'':>10}{'(1 MERGE/item)':>12}")
    for name, t, base in rows:
        b = f"{base:10.2f} s" if base else f"{'-':>12}"
        x = f"{base / t:9.1f}×" if base else f"{'':>10}"
        print(f"{name:<46}{t:8.2f} s{b}{x}")
    total = extraction + emb
    print(f"\nseed load, end to end: embedded {total:.2f} s" + (f", neo4j {extraction + neo['first'][0]:.2f} s" if neo else " (neo4j: set KG_TEST_NEO4J_URI to measure)"))
    print(f"(median of {REPEAT} runs for kg; baselines run once)")
    if neo:
        print("\nneo4j writers, this one against the one before (bench/neo4j_writers.py), median of "
              f"{REPEAT}:\n{'':<52}{'kg':>8}{'before':>10}")
        print(f"{'first load (kg schema dropped, plans forgotten)':<52}{neo['first'][0]:7.2f} s{neo['first'][1]:8.2f} s")
        print(f"{'load again (the same graph, server warm)':<52}{neo['again'][0]:7.2f} s{neo['again'][1]:8.2f} s")
    if "--cold" in sys.argv:
        runs = cold_runs(kg, int(os.environ.get("BENCH_COLD_RUNS", "2")))
        print("\nneo4j first load into a server just started (write only, s):")
        for name in ("kg", "before"):
            print(f"  {name:<8}" + "  ".join(f"{t:6.2f}" for n, t in runs if n == name))


if __name__ == "__main__":
    main()
