"""Neo4j Browser, driven for real: Debian's headless Chromium against the Browser
that the test Neo4j serves, with the seed graph loaded by kg.

It does what docs/neo4j.md tells people to do, through Browser's own UI: log in
with the connect form, drop docs/neo4j-browser.grass on the window, paste a
template's `:param` lines and body into the editor and run them, drop the
favorites zip (queries/browser_favorites.py, `kg browser-favorites`) and run favorites from the sidebar,
then checks what Browser shows (graph captions and colours, table text).
Screenshots go to tests/artifacts/ (git-ignored) for people to look at.

Needs KG_TEST_NEO4J_URI (like every Neo4j test; the database is wiped),
KG_TEST_NEO4J_HTTP (the same server's HTTP port, e.g. http://127.0.0.1:7474),
chromium + chromium-driver and selenium. Without them it skips with the reason;
in CI (CI set) it fails instead.
"""
from __future__ import annotations

import os
import re
import urllib.request
from pathlib import Path

import pytest

from queries import browser_favorites as favs
from tests.browser.neo4j_browser import chromium_paths
from tests.support import unavailable

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
GRASS = ROOT / "docs" / "neo4j-browser.grass"
GRAPH_QUERY = "MATCH (l:Leader {name:'郑德雁'})-[r]-(n) RETURN *"

pytestmark = pytest.mark.neo4j


def _unavailable(reason: str):
    unavailable(reason, "the Neo4j Browser test")


@pytest.fixture(scope="module")
def browser_settings(neo4j_settings) -> dict:
    http = os.environ.get("KG_TEST_NEO4J_HTTP")
    if not http:
        _unavailable("KG_TEST_NEO4J_HTTP is not set (the test Neo4j's Browser, e.g. http://127.0.0.1:7474)")
    try:
        with urllib.request.urlopen(f"{http.rstrip('/')}/browser/", timeout=10) as r:
            r.read(100)
    except OSError as e:
        _unavailable(f"no Neo4j Browser at {http}/browser/: {e}")
    if not chromium_paths():
        _unavailable("chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        _unavailable("selenium is not installed (pip install -e '.[test]')")
    return {**neo4j_settings, "http": http}


@pytest.fixture(scope="module")
def seeded(browser_settings):
    """The seeds, loaded into the test Neo4j by kg."""
    from graph.errors import StoreError
    from graph.neo4j_store import Neo4jStore
    from kg.pipeline import load

    s = browser_settings
    try:
        store = Neo4jStore(s["uri"], s["user"], s["password"])
    except StoreError as e:
        _unavailable(str(e))
    store.driver.execute_query("MATCH (n) DETACH DELETE n")
    load([ROOT / "seeds"], store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def browser(browser_settings, seeded):
    """One headless Chromium, logged in to Neo4j Browser through its connect form."""
    from tests.browser.neo4j_browser import Neo4jBrowser

    s = browser_settings
    for old in ARTIFACTS.glob("neo4j-browser-fail*.png"):  # from an earlier run
        old.unlink()
    b = Neo4jBrowser(s["http"])
    try:
        b.connect(s["uri"], s["user"], s["password"])
        yield b
    except BaseException:
        b.screenshot(ARTIFACTS / "neo4j-browser-failure.png")
        raise
    finally:
        b.close()


@pytest.fixture
def page(browser, request):
    """The browser for one test; a screenshot of the whole window if the test fails."""
    yield browser
    if getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed:
        browser.screenshot(ARTIFACTS / f"neo4j-browser-failed-{request.node.name}.png")


def grass_styles() -> dict[str, dict[str, str]]:
    """{"node.Leader": {"color": "#F16667", "caption": "{name}", …}, …} from kg's style file."""
    blocks = re.finditer(r"^([\w.]+)\s*\{(.*?)^\}", GRASS.read_text(), re.M | re.S)  # captions hold braces too
    return {m[1]: dict(re.findall(r'([\w-]+):\s*"?([^;"]*)"?;', m[2])) for m in blocks}


def test_the_graph_is_drawn_with_kgs_style(page, seeded):
    # As docs/neo4j.md says: drop the style file on the window. Browser applies it and
    # shows the style now in force in a `:style` frame.
    page.drop_file(GRASS.name, GRASS.read_bytes())
    style = page.wait(lambda: next((f for f in page.frames()[:1] if page.testid("frameCommand", f)[0].text.strip() == ":style"), None),
                      "the :style frame a dropped .grass file opens")
    page.wait(lambda: "{role}" in style.text, "kg's style (caption {role}) in the :style frame")

    # What Browser should draw, asked of Neo4j directly: each node, captioned and coloured
    # as the style file says for its label (names; task numbers for tasks).
    grass = grass_styles()
    records = seeded.driver.execute_query(
        "MATCH (l:Leader {name:'郑德雁'})-[r]-(n) UNWIND [l, n] AS x "
        "RETURN DISTINCT elementId(x) AS id, labels(x)[0] AS label, properties(x) AS props").records
    expected = sorted(
        (str(rec["props"].get(grass[f"node.{rec['label']}"]["caption"].strip("{}"), "")), grass[f"node.{rec['label']}"]["color"])
        for rec in records)
    assert ("郑德雁", grass["node.Leader"]["color"]) in expected

    frame = page.run(GRAPH_QUERY)
    drawn = page.wait(lambda: sorted(page.nodes(frame)) if len(page.nodes(frame)) == len(expected) else None,
                      f"the graph's {len(expected)} nodes", timeout=60)   # (a loaded machine draws slowly)
    assert drawn == expected
    # Relationship captions: RESPONSIBLE_FOR shows its role, SERVES_IN the title (a missing
    # title, null since missing values are, is drawn as an empty caption).
    rels = page.relationship_captions(frame)
    roles = {rec["v"] for rec in seeded.driver.execute_query(
        "MATCH (:Leader {name:'郑德雁'})-[r:RESPONSIBLE_FOR|SERVES_IN]->() RETURN DISTINCT coalesce(r.role, r.title, '') AS v").records}
    assert roles and roles <= set(rels), (roles, rels)
    page.fullscreen(frame)
    page.screenshot(ARTIFACTS / "neo4j-browser-leader-graph.png")
    page.fullscreen(frame, False)


def test_a_template_pasted_into_the_editor_gives_the_answer(page, seeded):
    # The header's :param lines, one at a time, then the template file as it is.
    template = (ROOT / "queries" / "leader.cypher").read_text(encoding="utf-8")
    params = [line.lstrip("/ ").strip() for line in template.splitlines() if line.lstrip("/ ").startswith(":param ")]
    assert params == [":param name => '郑德雁'", ":param region => ''"]
    for p in params:
        f = page.run(p)
        page.wait(lambda: '"name"' in f.text or '"region"' in f.text, f"Browser to set {p}")
    frame = page.run(template)
    table = page.show_table(frame)
    rows = seeded.driver.execute_query(template, name="郑德雁", region="").records
    co_leaders = {c for row in rows for c in row["coLeaders"]}
    assert rows and co_leaders  # 孙述涛, 孙立成, …
    for name in {"郑德雁", *co_leaders}:
        assert name in table, (name, table[:500])
    page.screenshot(ARTIFACTS / "neo4j-browser-leader-table.png", frame)


def test_the_templates_import_as_favorites_and_run(page):
    page.drop_file("kg-browser-favorites.zip", favs.favorites_zip())
    page.open_favorites()
    page.expand_favorites_folder(favs.FOLDER)
    expected = [script.splitlines()[0].lstrip("/ ") for script in favs.favorites().values()]
    assert page.favorite_titles()[: len(expected)] == expected

    params = page.run_favorite("leader 1/2")
    assert page.frame_status(params) == "ok"
    assert len(page.testid("multi-statement-list-icon", params)) == 2  # :param name, :param region
    frame = page.run_favorite("leader 2/2")
    assert page.frame_status(frame) == "ok"
    table = page.show_table(frame)
    assert "郑德雁" in table and "responsible" in table, table[:500]
    page.screenshot(ARTIFACTS / "neo4j-browser-favorites.png")
    page.close_drawer()


def test_every_favorite_runs_without_an_error(page):
    """Every template, with its example values, runs in Browser without an error.

    All the favorites run as one multi-statement script (Browser runs the statements
    in order, each with its own status), which is much faster than a frame each;
    whether each template finds rows is test_parity's business."""
    scripts = [script.rstrip().rstrip(";") + ";" for script in favs.favorites().values()]
    frame = page.run("\n".join(scripts))
    page.wait(lambda: page.frame_status(frame) != "pending", "every statement of the favorites", timeout=120)
    statements = [t.get_attribute("textContent").strip() for t in page.testid("multi-statement-list-title", frame)]
    states = [i.get_attribute("title").removeprefix("Status: ") for i in page.testid("multi-statement-list-icon", frame)]
    queries = [name for name, script in favs.favorites().items() if not script.splitlines()[0].split(":")[0].endswith("1/2")]
    assert len(statements) >= len(queries), statements
    failed = {stmt[:100]: state for stmt, state in zip(statements, states) if state != "success"}
    assert not failed, failed
