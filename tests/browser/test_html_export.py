"""The `html` export (graph/exports/html_page.py): the page's data read back without a
browser, then the page itself opened in headless Debian Chromium with the network cut,
as a colleague would open the file: everything drawn, nothing fetched, a click on a node
shows its evidence. Screenshots go to tests/artifacts/html-export-*.png (git-ignored).

The browser part needs chromium + chromium-driver and selenium: without them it skips
with the reason; in CI (CI set) it fails instead. The rest runs everywhere.
"""
from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest

from graph import schema
from graph.exports import FORMATS, _drawing, html_page
from graph.knowledge import KnowledgeGraph
from tests.browser.neo4j_browser import CHROMIUM_FLAGS, chromium_paths
from tests.support import unavailable

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
LEADER = "山东省/济南市/郑德雁"
# No name resolves and every proxied request goes to a closed port: a page that tried to
# load anything from a CDN would show it in its resource timings (and draw nothing).
OFFLINE_FLAGS = ("--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>")


@pytest.fixture(scope="module")
def zheng(zheng_depth_2) -> KnowledgeGraph:
    assert zheng_depth_2.node(LEADER) is not None
    return zheng_depth_2


@pytest.fixture(scope="module")
def zheng_page(zheng) -> bytes:
    return html_page.write(zheng)


# -- the page's data, without a browser ------------------------------------------------
def test_registered():
    f = FORMATS["html"]
    assert (f.extension, f.module, f.writer()) == (".html", "html_page", html_page.write)


def test_embedded_data_is_the_graph(zheng, zheng_page):
    data = html_page.from_page(zheng_page)
    assert {(n["id"], n["label"]) for n in data["nodes"]} == {(n.key, n.label) for n in zheng.nodes()}
    props = {n.key: n.props for n in zheng.nodes()}
    for n in data["nodes"]:
        assert n["props"] == props[n["id"]]                      # every property, evidence and spans included
    assert Counter((e["source"], e["target"], e["type"], repr(sorted(e["props"].items()))) for e in data["edges"]) == \
        Counter((r.source, r.target, r.type, repr(sorted(r.props.items()))) for r in zheng.relations())
    assert set(data["positions"]) == set(zheng.g.nodes)
    assert {l["label"]: l["count"] for l in data["labels"]} == dict(zheng.label_counts())
    assert data["documents"] == {"cb227a3af328a34e": "2021年16市重点任务公开承诺事项"}
    assert data["title"] == "kg: leader 郑德雁, depth 2"


def test_self_contained_and_deterministic(zheng, zheng_page):
    page = zheng_page.decode("utf-8")
    assert zheng_page == html_page.write(zheng)
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b[^>]*\s(src|href|data)\s*=", page, re.IGNORECASE)
    assert "@import" not in page and "url(" not in html_page._asset("page.css")
    assert page.count("<script") == page.count("</script>") == 3          # data, cytoscape, the page's script
    assert f'"{html_page.CYTOSCAPE_VERSION}"' in html_page._asset("cytoscape.min.js")
    assert "Permission is hereby granted" in page and "The Cytoscape Consortium" in page   # MIT notice kept
    assert "郑德雁" in page                                                   # UTF-8, not \u escapes


def test_names_cannot_break_out_of_the_page():
    evil = '</script><script>alert(1)</script><!-- & \u2028 </SCRIPT >'
    kg = KnowledgeGraph()
    kg.g.graph["selection"] = "</title><script>alert(2)</script>"
    kg.add_node("Project", "k1", {"key": "k1", "name": evil, "aliases": [evil], "documents": ["d"], "evidence": [evil], "spans": ["d:0-9"]})
    kg.add_node("Leader", evil, {"key": evil, "name": "王", "aliases": [], "documents": [], "evidence": [], "spans": []})
    kg.add_edge("RESPONSIBLE_FOR", evil, "k1", {"documents": ["d"], "evidence": [evil], "spans": ["d:0-9"], "role": evil})
    page = html_page.write(kg).decode("utf-8")
    assert page.count("<script") == 3 and len(re.findall(r"</script", page, re.IGNORECASE)) == 3
    assert "<!--" not in page.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<title>kg: &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>" in page
    data = html_page.from_page(page)
    assert {n["id"]: n["props"]["name"] for n in data["nodes"]} == {"k1": evil, evil: "王"}
    assert data["edges"][0]["props"]["evidence"] == [evil] and data["edges"][0]["props"]["role"] == evil


def test_empty_graph_still_a_page():
    data = html_page.from_page(html_page.write(KnowledgeGraph()))
    assert (data["nodes"], data["edges"], data["positions"]) == ([], [], {})


# -- the page in Chromium ------------------------------------------------------------------
@pytest.fixture(scope="module")
def chrome():
    if not chromium_paths():
        unavailable("chromium and chromedriver are not installed (Debian: apt-get install chromium chromium-driver)", "browser tests")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable("selenium is not installed (pip install -e '.[test]')", "browser tests")
    chromium, driver_path = chromium_paths()
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*CHROMIUM_FLAGS, *OFFLINE_FLAGS, "--window-size=1600,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)  # no Selenium Manager: a path is given
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def open_page(driver, path: Path, timeout: float = 60) -> dict:
    driver.get(path.as_uri())
    deadline = time.monotonic() + timeout
    while not driver.execute_script("return !!(window.kgPage && window.kgPage.ready)"):
        if time.monotonic() > deadline:
            errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            raise AssertionError(f"the page never finished its layout; console errors: {errors}")
        time.sleep(0.1)
    return driver.execute_script("return window.kgPage.timing")


def requested_outside_file(driver) -> list[str]:
    """Every URL the page asked for that is not the file itself or inline data."""
    names = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".concat(performance.getEntriesByType('navigation').map(e => e.name))")
    return [n for n in names if not n.startswith(("file:", "data:", "blob:"))]


# Pixels of the drawing's canvases: how many are painted, and how many have each label's fill.
_PIXELS_JS = """
const want = arguments[0];   // label -> [r, g, b]
const counts = Object.fromEntries(Object.keys(want).map(k => [k, 0]));
let painted = 0;
for (const c of document.querySelectorAll('#graph canvas')) {
  if (!c.width || !c.height) continue;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i + 3] === 0) continue;
    if (!(d[i] > 250 && d[i + 1] > 250 && d[i + 2] > 250)) painted++;
    for (const [label, [r, g, b]] of Object.entries(want)) {
      if (d[i] === r && d[i + 1] === g && d[i + 2] === b && d[i + 3] === 255) counts[label]++;
    }
  }
}
return [painted, counts];
"""


def test_page_draws_the_selection_offline_and_shows_evidence(chrome, zheng, zheng_page, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    path = tmp_path / "z.html"
    path.write_bytes(zheng_page)
    timing = open_page(chrome, path)
    assert requested_outside_file(chrome) == []

    # Every node and relationship is drawn, with its caption.
    drawn = chrome.execute_script("return cy.nodes().map(n => [n.id(), n.data('caption')])")
    assert {k for k, _ in drawn} == set(zheng.g.nodes)
    assert chrome.execute_script("return cy.edges().length") == zheng.g.number_of_edges()
    assert dict(drawn) == {n.key: _drawing.node_caption(n) for n in zheng.nodes()}
    assert {"郑德雁", "济南市", "2021年16市重点任务公开承…"} <= set(dict(drawn).values())
    title = chrome.find_element(By.ID, "title").text
    counts = chrome.find_element(By.ID, "counts").text
    assert title == "kg: leader 郑德雁, depth 2" and counts.startswith(f"{len(zheng)} nodes (") and "Leader 12" in counts
    legend = chrome.find_element(By.ID, "legend").text
    assert all(label in legend for label in zheng.label_counts())

    # The canvas is painted, with each label's colour (every node in view at this zoom).
    colours = {l["label"]: [int(l["color"][i:i + 2], 16) for i in (1, 3, 5)] for l in html_page.page_data(zheng)["labels"]}
    painted, per_label = chrome.execute_script(_PIXELS_JS, colours)
    assert painted > 20_000
    assert all(n > 20 for n in per_label.values()), per_label
    assert chrome.execute_script("return cy.extent().w > 0 && cy.nodes().every(n => n.renderedBoundingBox().x1 >= -1)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    chrome.save_screenshot(str(ARTIFACTS / "html-export-zhengdeyan.png"))

    # A click on 郑德雁 (a real click, where the node is drawn) opens the panel: name,
    # properties, an evidence sentence with its document, the relationships.
    assert chrome.find_element(By.ID, "panel").get_attribute("hidden") is not None
    graph = chrome.find_element(By.ID, "graph")
    x, y, w, h = chrome.execute_script(
        "const p = cy.getElementById(arguments[0]).renderedPosition(); const c = cy.container();"
        "return [p.x, p.y, c.clientWidth, c.clientHeight]", LEADER)
    ActionChains(chrome).move_to_element_with_offset(graph, int(x - w / 2), int(y - h / 2)).click().perform()
    chrome.execute_script("return 0")
    panel = chrome.find_element(By.ID, "panel")
    assert panel.get_attribute("hidden") is None
    text = chrome.execute_script("return document.getElementById('details').textContent")
    leader = zheng.node(LEADER)
    assert chrome.find_element(By.CSS_SELECTOR, "#details h2").text == "郑德雁"
    assert leader.props["evidence"][0] in text                    # the sentence, tabs and all
    assert "2021年16市重点任务公开承诺事项" in text and leader.props["spans"][0] in text
    assert "region" in text and "山东省/济南市" in text
    own = [r for r in zheng.relations() if LEADER in (r.source, r.target)]
    assert f"Relationships ({len(own)})" in text
    assert {_drawing.edge_caption(r) for r in own} >= {"SERVES_IN", "RESPONSIBLE_FOR responsible"}
    for r in own:                              # each with its caption and the node at the other end
        other = zheng.node(r.target if r.source == LEADER else r.source)
        assert f"{_drawing.edge_caption(r)}" in text and _drawing.node_name(other) in text
    chrome.save_screenshot(str(ARTIFACTS / "html-export-zhengdeyan-panel.png"))

    # A relationship's own panel: its evidence.
    serves = next(r for r in zheng.relations("SERVES_IN") if r.source == LEADER)
    chrome.execute_script("cy.edges().filter(e => e.data('type') === 'SERVES_IN' && e.source().id() === arguments[0]).emit('tap')", LEADER)
    text = chrome.execute_script("return document.getElementById('details').textContent")
    assert "SERVES_IN" in text and serves.props["evidence"][-1] in text and "济南市" in text

    # The search box finds another leader by name and opens its panel.
    box = chrome.find_element(By.ID, "search")
    box.clear()
    box.send_keys("王京文", Keys.ENTER)
    assert chrome.find_element(By.CSS_SELECTOR, "#details h2").text == "王京文"
    assert chrome.execute_script("return cy.$(':selected').map(n => n.data('caption'))") == ["王京文"]
    box.clear()
    box.send_keys("没有这个人", Keys.ENTER)
    assert "No node named" in chrome.find_element(By.ID, "message").text

    # The legend hides a label's nodes, and shows them again.
    item = chrome.find_element(By.CSS_SELECTOR, "#legend li[data-label='Task']")
    item.click()
    assert chrome.execute_script("return cy.nodes('[label = \"Task\"]').every(n => n.hidden())")
    item.click()
    assert chrome.execute_script("return cy.nodes('[label = \"Task\"]').every(n => n.visible())")

    # Re-layout runs cytoscape's force-directed layout in the page: new places, all in view.
    before = chrome.execute_script("return cy.nodes().map(n => [n.position('x'), n.position('y')])")
    chrome.find_element(By.ID, "relayout").click()
    time.sleep(0.1)
    deadline = time.monotonic() + 30
    while not chrome.execute_script("return document.body.classList.contains('ready')"):
        assert time.monotonic() < deadline, "Re-layout never finished"
        time.sleep(0.1)
    after = chrome.execute_script("return cy.nodes().map(n => [n.position('x'), n.position('y')])")
    assert len(after) == len(before) and after != before
    assert chrome.execute_script("const e = cy.extent(), b = cy.elements().boundingBox();"
                                 "return b.x1 >= e.x1 - 1 && b.x2 <= e.x2 + 1 && b.y1 >= e.y1 - 1 && b.y2 <= e.y2 + 1")

    assert requested_outside_file(chrome) == []
    assert timing["totalMs"] < 30_000


def test_seeds_full_graph_page(chrome, seed_graph, tmp_path):
    """The seeds' whole graph (~1270 nodes): the page opens without a long freeze and draws it all."""
    path = tmp_path / "seeds.html"
    path.write_bytes(html_page.write(seed_graph))
    timing = open_page(chrome, path, timeout=120)
    assert chrome.execute_script("return [cy.nodes().length, cy.edges().length]") == \
        [len(seed_graph), seed_graph.g.number_of_edges()]
    assert requested_outside_file(chrome) == []
    assert timing["layoutMs"] < 10_000       # positions come precomputed: no force layout in the page
    painted, _ = chrome.execute_script(_PIXELS_JS, {})
    assert painted > 20_000
    chrome.save_screenshot(str(ARTIFACTS / "html-export-seeds.png"))
    print(f"seeds page: {path.stat().st_size} bytes, timing {timing}")


def test_every_relationship_type_has_its_own_colour():
    colours = [_drawing.REL_COLORS.get(t, _drawing.DEFAULT_REL_COLOR) for t in schema.REL_TYPES]
    assert len(set(colours)) == len(colours) and _drawing.DEFAULT_REL_COLOR not in colours


def test_first_view_centres_and_marks_the_subject_without_a_mesh_of_captions(chrome, zheng, zheng_page, tmp_path):
    assert html_page.from_page(zheng_page)["subjects"] == [LEADER]
    path = tmp_path / "z.html"
    path.write_bytes(zheng_page)
    open_page(chrome, path)
    assert chrome.execute_script("return window.kgPage.subjects") == [LEADER]
    x, y, w, h = chrome.execute_script(
        "const n = cy.getElementById(arguments[0]); const p = n.renderedPosition(); const c = cy.container();"
        "return [p.x, p.y, c.clientWidth, c.clientHeight]", LEADER)
    assert abs(x - w / 2) < 2 and abs(y - h / 2) < 2, "the subject in the middle"
    assert chrome.execute_script("return cy.getElementById(arguments[0]).hasClass('subject')", LEADER)
    assert chrome.execute_script("return cy.nodes().every(n => n.renderedBoundingBox().x1 >= -1)"), "all in view"
    # Relationship captions are drawn from 14 px: at this zoom their 9 px are not, until hovered.
    assert chrome.execute_script("return cy.zoom() * 9 < 14")
    hovered = chrome.execute_script(
        "const n = cy.getElementById(arguments[0]); n.emit('mouseover');"
        "return n.connectedEdges().every(e => e.hasClass('hover'))", LEADER)
    assert hovered


_NAME_BOXES_JS = """
const box = n => n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false});
const shown = cy.nodes().filter(n => n.style('text-opacity') !== '0' && n.style('display') !== 'none');
const boxes = shown.map(n => [n.id(), box(n)]);
const clashes = [];
for (let i = 0; i < boxes.length; i++)
  for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i][1], b = boxes[j][1];
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) clashes.push([boxes[i][0], boxes[j][0]]);
  }
return [shown.map(n => n.id()), clashes, shown.map(n => Math.round(n.style('font-size').replace('px', '') * cy.zoom()))];
"""


@pytest.mark.parametrize("width", [720, 1600])
def test_first_view_names_do_not_collide(chrome, zheng, zheng_page, tmp_path, width):
    """At a narrow and a wide window, the names the first view shows cover one another
    nowhere; the subject's is among them, names are drawn 12 px on screen (the subject's 16)
    at any zoom, and one left out shows on hover. More zoom shows more names."""
    path = tmp_path / "z.html"
    path.write_bytes(zheng_page)
    chrome.set_window_size(width, 1000)
    try:
        open_page(chrome, path)
        shown, clashes, sizes = chrome.execute_script(_NAME_BOXES_JS)
        assert LEADER in shown and clashes == []
        assert 10 <= len(shown) < len(zheng), len(shown)           # many named, not every one
        assert set(sizes) == {12, 16}
        quiet = next(n.key for n in zheng.nodes() if n.key not in shown)
        assert chrome.execute_script("const n = cy.getElementById(arguments[0]); n.emit('mouseover');"
                                     "return n.style('text-opacity')", quiet) == "1"
        chrome.execute_script("cy.getElementById(arguments[0]).emit('mouseout'); cy.zoom({level: cy.zoom() * 3,"
                              "renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}}); window.kgPage.declutter()", quiet)
        more, clashes, sizes = chrome.execute_script(_NAME_BOXES_JS)
        visible = chrome.execute_script("return cy.nodes().filter(n => { const p = n.renderedPosition();"
                                        "return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height(); }).map(n => n.id())")
        assert clashes == [] and set(sizes) == {12, 16}
        assert len(set(more) & set(visible)) > len(set(shown) & set(visible))   # zoomed in: more of those in view named
        if width < 900:
            assert "folded" in chrome.find_element("id", "legend").get_attribute("class")
    finally:
        chrome.set_window_size(1600, 1000)
