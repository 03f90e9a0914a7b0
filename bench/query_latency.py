"""Latency of every query template, per store, on the seed graph and on a graph N× larger.

    python bench/query_latency.py                     # embedded only, N = 100
    KG_TEST_NEO4J_URI=bolt://127.0.0.1:7687 KG_TEST_NEO4J_PASSWORD=… python bench/query_latency.py
    python bench/query_latency.py --scale 10 --runs 20
    python bench/query_latency.py --ask               # through kg.asking.ask, as `kg query` runs it

Each template runs with the parameters of its first `// example:` header line, through
queries.runner.run (binding, dialect, preparation step and execution; not the CLI's
start-up), or with --ask through kg.asking.ask (also name lookup and the extra views
leader and department show). The larger graph is the seed graph copied N times, each
copy's keys and names suffixed (~i), so an example still finds exactly one entity but
every index and scan sees N× the data. `RETURN 1` is the baseline: the round trip each
store costs before any graph work. Figures are p50 / p95 over --runs calls after three
warm-up calls (what kg computes once per graph, PageRank and the task index, is then
cached); a second table gives each first call, which pays for that and for compiling
the query. The Neo4j runs WIPE the database they use.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.embedded_store import EmbeddedStore  # noqa: E402
from graph.knowledge import KnowledgeGraph  # noqa: E402
from graph.resolve import resolve  # noqa: E402
from kg.pipeline import extract_all  # noqa: E402
from queries import runner  # noqa: E402
from tests.test_parity import parse_example  # noqa: E402  (one reading of `// example:` lines)

BASELINE = "RETURN 1"


def scaled(kg: KnowledgeGraph, n: int) -> KnowledgeGraph:
    """n copies of the graph; copy 0 keeps its keys and names, copy i suffixes them with ~i."""
    out = KnowledgeGraph()
    for i in range(n):
        sfx = "" if i == 0 else f"~{i}"
        for node in kg.nodes():
            props = dict(node.props, key=node.key + sfx, name=node.props["name"] + sfx,
                         aliases=[a + sfx for a in node.props["aliases"]])
            out.add_node(node.label, node.key + sfx, props)
        for r in kg.relations():
            out.add_edge(r.type, r.source + sfx, r.target + sfx, dict(r.props))
    return out


def examples() -> dict[str, dict]:
    out = {}
    for name, t in runner.templates().items():
        if t.examples:
            out[name] = parse_example(t.examples[0])[1]
        elif not any(p.required for p in t.params):
            out[name] = {}
    return out


def measure(store, cases: dict[str, dict], runs: int, through_ask: bool) -> dict[str, tuple[float, float, float]]:
    """Milliseconds (p50, p95, first call) per template, and for the baseline."""
    out = {}
    for name, params in [(BASELINE, None), *cases.items()]:
        if params is None:
            call = lambda: store.run(BASELINE)
        elif through_ask:
            call = asking_call(store, name, params)
        else:
            call = lambda: runner.run(store, name, params)
        t0 = time.perf_counter()
        call()
        first = (time.perf_counter() - t0) * 1000
        for _ in range(2):   # warm caches and query plans
            call()
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            call()
            times.append((time.perf_counter() - t0) * 1000)
        q = statistics.quantiles(times, n=20)
        out[name] = (statistics.median(times), q[18], first)
    return out


def asking_call(store, name: str, params: dict):
    """`kg query NAME …` as kg.asking.ask gets it: required parameters positional, region apart."""
    from kg.asking import ask
    t = runner.get(name)
    rest = dict(params)
    positional = [rest.pop(p.name) for p in t.params if p.required and p.name in rest]
    region = rest.pop("region", "")
    return lambda: ask(store, name, positional or None, region, rest)


def wipe(neo) -> None:
    """Empty the database in batches: one transaction over a 100× graph exceeds the test
    server's transaction memory."""
    with neo.driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def neo4j_store():
    uri = os.environ.get("KG_TEST_NEO4J_URI")
    if not uri:
        return None
    from graph.neo4j_store import Neo4jStore
    return Neo4jStore(uri, os.environ.get("KG_TEST_NEO4J_USERNAME", "neo4j"), os.environ.get("KG_TEST_NEO4J_PASSWORD", "kg-test-password"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=100)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--ask", action="store_true", help="time kg.asking.ask (names, template, extra views), not runner.run")
    args = ap.parse_args()

    load_before = os.getloadavg()
    seed = resolve(extract_all([ROOT / "seeds"]))[0]
    big = scaled(seed, args.scale)
    cases = examples()
    columns: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory() as d:
        for label, kg in (("seed", seed), (f"{args.scale}×", big)):
            store = EmbeddedStore(str(Path(d) / f"{label}.lbdb"))
            t0 = time.perf_counter()
            store.write(kg, [])
            print(f"embedded {label}: {len(kg)} nodes written in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
            columns.append((f"embedded {label}", measure(store, cases, args.runs, args.ask)))
            store.close()
    neo = neo4j_store()
    if neo:
        try:
            for label, kg in (("seed", seed), (f"{args.scale}×", big)):
                wipe(neo)
                t0 = time.perf_counter()
                neo.write(kg, [])
                print(f"neo4j {label}: {len(kg)} nodes written in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
                columns.append((f"neo4j {label}", measure(neo, cases, args.runs, args.ask)))
            wipe(neo)
        finally:
            neo.close()
    report(columns, cases, seed, big, args, load_before, neo4j=bool(neo))


def report(columns, cases, seed, big, args, load_before, *, neo4j: bool) -> None:
    how = "kg.asking.ask" if args.ask else "queries.runner.run"
    load = " ".join(f"{x:.1f}" for x in load_before) + " → " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"query latency through {how}, ms; seed graph {len(seed)} nodes, {args.scale}× graph {len(big)} nodes; "
          f"{os.cpu_count()} CPUs, load average {load}")
    print(f"\np50 / p95 of {args.runs} runs")
    print(f"{'template':<14}" + "".join(f"{name:>22}" for name, _ in columns))
    for name in [BASELINE, *cases]:
        cells = "".join(f"{res[name][0]:>11.2f} / {res[name][1]:>8.2f}" for _, res in columns)
        print(f"{name:<14}{cells}")
    print("\nfirst call (compiling the query; PageRank and the task index computed)")
    print(f"{'template':<14}" + "".join(f"{name:>22}" for name, _ in columns))
    for name in [BASELINE, *cases]:
        print(f"{name:<14}" + "".join(f"{res[name][2]:>22.2f}" for _, res in columns))
    if not neo4j:
        print("(neo4j: set KG_TEST_NEO4J_URI and KG_TEST_NEO4J_PASSWORD to measure it too)")


if __name__ == "__main__":
    main()
