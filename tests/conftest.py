"""Shared fixtures and switches for kg's tests."""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import pytest
from tests.support import unavailable

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# The terminal the tests run in is not the one they test: kg sizes its console when kg.cli is
# imported, so a COLUMNS or LINES the user's shell exports (an 80-column terminal) would size
# every in-process CLI run. Tests that need a width say so (tests/test_cli.py's CLEAN_ENV).
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*/expected.json from the current extraction")


# What a test module holds when any of its tests reaches the test Neo4j, through a fixture, the environment or a
# backend parameter: its tests share module fixtures that fill or empty that database (a parity module's two stores,
# the Browser's page), so the whole module goes with the Neo4j group.
_NEO4J_MODULE = re.compile(r"neo4j_store|neo4j_settings|KG_TEST_NEO4J|[\"']neo4j[\"']")


@functools.lru_cache(maxsize=None)
def _module_reaches_neo4j(path: str) -> bool:
    return bool(_NEO4J_MODULE.search(Path(path).read_text(encoding="utf-8")))


def uses_neo4j(item) -> bool:
    """A test that reaches the test Neo4j, or shares a module with one that does: marked `neo4j`, asking for a Neo4j
    fixture, run with a "neo4j" parameter (the backend fixtures that pick their store by request.getfixturevalue), or
    in a module that names the test Neo4j at all (the Browser tests read its address from the environment)."""
    if item.get_closest_marker("neo4j") is not None or _module_reaches_neo4j(str(item.path)):
        return True
    if {"neo4j_settings", "neo4j_store"} & set(getattr(item, "fixturenames", ())):
        return True
    callspec = getattr(item, "callspec", None)
    return callspec is not None and "neo4j" in callspec.params.values()


# Parallel runs (pytest-xdist, `-n auto --dist loadgroup` in pyproject.toml): a worker runs whole
# groups. The Neo4j tests share one database, which each of them empties or fills: they are one
# group, run one after another on one worker, as in a serial run. Every other test goes with its
# module, so a module-scoped fixture (a bench, a loaded store) is built once, on one worker.
# The longest groups go out first (`--no-loadscope-reorder`: in the order collected), so that no
# worker is left running one of them alone at the end: the layout bench (bench/layouts.py over
# every excerpt), the Neo4j tests, the seeds' benchmark, the corpus placement floors.
LONGEST_FIRST = ("tests/test_layouts_quality.py", "neo4j", "tests/test_quality_scoring.py", "tests/test_regions.py")


@pytest.hookimpl(tryfirst=True)     # before xdist names the groups in the node ids
def pytest_collection_modifyitems(config, items):
    groups = {}
    for item in items:
        group = groups[item] = "neo4j" if uses_neo4j(item) else item.nodeid.split("::", 1)[0]
        item.add_marker(pytest.mark.xdist_group(group))
    if hasattr(config, "workerinput"):          # an xdist worker: a serial run keeps the collected order
        first = {g: i for i, g in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: first.get(groups[item], len(first)))


def pytest_xdist_node_collection_finished(node, ids):
    """Stop a parallel run whose groups would not hold: xdist's loadgroup keeps a group on one worker only through
    the `@group` suffix it writes into each node id, and a pytest whose node ids ignore that write spreads the Neo4j
    tests over workers sharing one database (the failures that follow say nothing of why)."""
    lost = [nodeid for nodeid in ids if "@" not in nodeid]
    if node.config.getvalue("dist") == "loadgroup" and lost:
        pytest.exit(f"pytest-xdist could not group the tests ({lost[0]} has no @group): pytest {pytest.__version__} "
                    "is not one pyproject.toml allows; reinstall with .[test], or run with -n0", returncode=4)


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


# Neo4j integration tests run against a real server named by KG_TEST_NEO4J_URI
# (never NEO4J_URI: the tests wipe the database they use). Without one they skip
# with a reason on a laptop, and fail in CI, where the server must be there.
@pytest.fixture(scope="session")
def neo4j_settings() -> dict:
    uri = os.environ.get("KG_TEST_NEO4J_URI")
    if not uri:
        unavailable("KG_TEST_NEO4J_URI is not set (start one with scripts/neo4j-local start)")
    return {
        "uri": uri,
        "user": os.environ.get("KG_TEST_NEO4J_USERNAME", "neo4j"),
        "password": os.environ.get("KG_TEST_NEO4J_PASSWORD", "kg-test-password"),
    }


@pytest.fixture
def neo4j_store(neo4j_settings):
    """A Neo4j store on an emptied test database."""
    from graph.errors import StoreError
    from graph.neo4j_store import Neo4jStore
    try:
        store = Neo4jStore(neo4j_settings["uri"], neo4j_settings["user"], neo4j_settings["password"])
    except StoreError as e:
        unavailable(str(e))
    store.driver.execute_query("MATCH (n) DETACH DELETE n")
    yield store
    store.close()


@pytest.fixture
def embedded_store(tmp_path):
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(str(tmp_path / "kg.lbdb"))
    yield store
    store.close()


@pytest.fixture(params=["embedded", "neo4j"])
def any_store(request):
    """Each store in turn: the contract suite runs against every backend."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture(scope="session")
def seeded_embedded(tmp_path_factory):
    """(store, report): the seeds loaded into an embedded store, once for the session (read only)."""
    from graph.embedded_store import EmbeddedStore
    from kg.pipeline import load
    store = EmbeddedStore(str(tmp_path_factory.mktemp("seeded") / "kg.lbdb"))
    report = load([SEEDS], store)
    assert not report.failed
    yield store, report
    store.close()


@pytest.fixture(scope="session")
def seed_graph(seeded_embedded):
    """The seeds' KnowledgeGraph, as a store gives it back (read only: copy before changing)."""
    from kg.pipeline import graph_from_store
    return graph_from_store(seeded_embedded[0])


@pytest.fixture(scope="session")
def zheng_depth_2(seeded_embedded, seed_graph):
    """What `kg export leader 郑德雁 --depth 2` takes from the seeds (read only)."""
    from kg.selecting import Selection, select
    return select(seeded_embedded[0], seed_graph, Selection(template="leader", args=("郑德雁",), depth=2)).graph


@pytest.fixture
def soffice() -> str:
    """LibreOffice, through which kg reads .doc files: the .doc tests skip without it on a
    laptop, and fail in CI (.ci/run installs it)."""
    import shutil
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        unavailable("LibreOffice (soffice) is not installed: kg reads .doc files through it", ".doc tests")
    return path
