"""Latency of every query template, per store, on the seed graph and on a graph N× larger.

    python bench/query_latency.py                     # embedded only, N = 100
    KG_TEST_NEO4J_URI=bolt://127.0.0.1:7687 KG_TEST_NEO4J_PASSWORD=… python bench/query_latency.py
    python bench/query_latency.py --scale 10 --runs 20
    python bench/query_latency.py --ask               # through kg.asking.ask, as `kg query` runs it
    git worktree add /tmp/base HEAD && python bench/query_latency.py --before /tmp/base
    python bench/query_latency.py --cli               # end to end: the `kg` command, process start included

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

With --cli, what a user waits for: the installed `kg` (beside this Python) is run as a
new process, stdout to /dev/null, for `kg --help` (the baseline: Python, kg's imports
and the argument parser) and for each template's first example line, on the seeds
loaded into a fresh embedded database (`kg load seeds/`). Figures are p50 / p95 / max
of --runs runs after one first run, shown apart (it builds what kg keeps beside the
database, such as the task search index, and jieba's word list in ~/.cache/kg once).

With --before DIR (a checkout of another commit, e.g. a `git worktree`), every template
also runs through DIR's queries package (its templates, runner, dialect and steps) on the
same stores and graphs, each call alternating with one through this checkout's, so the
two columns of a store see the same graph and the same load.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
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


def measure(store, cases: dict[str, dict], runs: int, through_ask: bool,
            runners: tuple = (runner,)) -> list[dict[str, tuple[float, float, float]]]:
    """Milliseconds (p50, p95, first call) per template, and for the baseline; one dict per
    runner module. With several runners their calls alternate (A B A B …), so a passing
    load or a warmer cache favours none of them; first calls are in the runners' order."""
    out: list[dict] = [{} for _ in runners]
    for name, params in [(BASELINE, None), *cases.items()]:
        calls = []
        for i, run_mod in enumerate(runners):
            if params is not None and name not in run_mod.templates():
                continue                      # a template the other checkout does not have
            if params is None:
                call = lambda: store.run(BASELINE)
            elif through_ask:
                call = asking_call(store, name, params)
            else:
                call = lambda run_mod=run_mod: run_mod.run(store, name, params)
            calls.append((i, call))
        first = {i: timed(call) for i, call in calls}
        for _ in range(2):   # warm caches and query plans
            for _, call in calls:
                call()
        times: dict[int, list[float]] = {i: [] for i, _ in calls}
        for _ in range(runs):
            for i, call in calls:
                times[i].append(timed(call))
        for i, _ in calls:
            q = statistics.quantiles(times[i], n=20)
            out[i][name] = (statistics.median(times[i]), q[18], first[i])
    return out


def timed(call) -> float:
    t0 = time.perf_counter()
    call()
    return (time.perf_counter() - t0) * 1000


def runner_of(checkout: str):
    """The queries.runner of another checkout (its templates, dialect and steps), imported
    as the package queries_before; it uses this checkout's graph package."""
    init = Path(checkout).resolve() / "queries" / "__init__.py"
    if not init.exists():
        sys.exit(f"--before: no queries package in {checkout}")
    spec = importlib.util.spec_from_file_location("queries_before", init, submodule_search_locations=[str(init.parent)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["queries_before"] = package
    spec.loader.exec_module(package)
    return importlib.import_module("queries_before.runner")


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
    ap.add_argument("--before", metavar="DIR", help="also time the queries package of this checkout (another commit), side by side")
    ap.add_argument("--cli", action="store_true", help="time the `kg` command end to end (process start included) on the embedded store")
    args = ap.parse_args()
    if args.cli:
        cli_latency(args.runs)
        return
    if args.before and args.ask:
        ap.error("--before times runner.run only, not with --ask")
    runners = (runner_of(args.before), runner) if args.before else (runner,)
    kinds = ("before", "after") if args.before else ("",)

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
            for kind, res in zip(kinds, measure(store, cases, args.runs, args.ask, runners)):
                columns.append((f"embedded {label} {kind}".strip(), res))
            store.close()
    neo = neo4j_store()
    if neo:
        try:
            for label, kg in (("seed", seed), (f"{args.scale}×", big)):
                wipe(neo)
                t0 = time.perf_counter()
                neo.write(kg, [])
                print(f"neo4j {label}: {len(kg)} nodes written in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
                for kind, res in zip(kinds, measure(neo, cases, args.runs, args.ask, runners)):
                    columns.append((f"neo4j {label} {kind}".strip(), res))
            wipe(neo)
        finally:
            neo.close()
    report(columns, cases, seed, big, args, load_before, neo4j=bool(neo))


def report(columns, cases, seed, big, args, load_before, *, neo4j: bool) -> None:
    how = "kg.asking.ask" if args.ask else "queries.runner.run"
    if args.before:
        how += f" (before: {args.before})"
    load = " ".join(f"{x:.1f}" for x in load_before) + " → " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"query latency through {how}, ms; seed graph {len(seed)} nodes, {args.scale}× graph {len(big)} nodes; "
          f"{os.cpu_count()} CPUs, load average {load}")
    print(f"\np50 / p95 of {args.runs} runs")
    print(f"{'template':<14}" + "".join(f"{name:>22}" for name, _ in columns))
    for name in [BASELINE, *cases]:
        cells = "".join(f"{res[name][0]:>11.2f} / {res[name][1]:>8.2f}" if name in res else f"{'-':>22}" for _, res in columns)
        print(f"{name:<14}{cells}")
    print("\nfirst call (compiling the query; PageRank and the task index computed)")
    print(f"{'template':<14}" + "".join(f"{name:>22}" for name, _ in columns))
    for name in [BASELINE, *cases]:
        print(f"{name:<14}" + "".join(f"{res[name][2]:>22.2f}" if name in res else f"{'-':>22}" for _, res in columns))
    if not neo4j:
        print("(neo4j: set KG_TEST_NEO4J_URI and KG_TEST_NEO4J_PASSWORD to measure it too)")


def cli_latency(runs: int) -> None:
    import shlex
    import subprocess
    kg = str(Path(sys.executable).with_name("kg"))
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as d:
        env = {**os.environ, "KG_DB": str(Path(d) / "kg.lbdb"), "KG_BACKEND": "embedded", "COLUMNS": "120"}
        t0 = time.perf_counter()
        subprocess.run([kg, "load", str(ROOT / "seeds")], env=env, check=True, capture_output=True)
        print(f"kg load seeds/: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        commands = [("kg --help", [kg, "--help"])]
        for name, t in runner.templates().items():
            if t.examples:
                commands.append((name, [kg, *shlex.split(t.examples[0])[1:]]))

        def once(argv: list[str]) -> float:
            t = time.perf_counter()
            done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            took = (time.perf_counter() - t) * 1000
            if done.returncode:
                raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode()[-500:]}")
            return took

        rows = []
        for name, argv in commands:
            first = once(argv)
            times = sorted(once(argv) for _ in range(runs))
            rows.append((name, first, times))
    load = " ".join(f"{x:.1f}" for x in load_before) + " → " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"kg end to end (a new process each run), ms, embedded store, seed graph; {os.cpu_count()} CPUs, load average {load}")
    print(f"{'command':<14}{'first':>10}{'p50':>10}{'p95':>10}{'max':>10}   (of {runs} runs after the first)")
    for name, first, times in rows:
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"{name:<14}{first:>10.0f}{statistics.median(times):>10.0f}{p95:>10.0f}{times[-1]:>10.0f}")


if __name__ == "__main__":
    main()
