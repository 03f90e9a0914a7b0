"""A web page holding several reports: cut into one document each, offsets into the page kept."""
from __future__ import annotations

from pathlib import Path

from graph import schema
from graph.embedded_store import EmbeddedStore
from kg.pipeline import load
from loaders import registry
from loaders.reading.source import read_path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "seeds" / "shandong-work-reports-web-collection.txt"
TITLES = ["青岛市政府工作报告", "历城区", "金乡县", "兰山区", "冠县", "姜屯镇", "胜坨镇", "南站镇", "兰陵镇", "南桥镇"]


def test_the_page_is_ten_reports():
    page = read_path(PAGE)
    parts, issues = registry.split(page)
    assert len(parts) == 10
    for part, title in zip(parts, TITLES):
        first_line = part.raw.splitlines()[0]
        assert title in first_line and first_line.lstrip().startswith("•")
        assert registry.detect(part).kind == "work_report"
        # The part is the page's own text at its offset: evidence can point into the page.
        assert page.raw[part.base:part.base + len(part.raw)] == part.raw
        assert part.line_base == page.raw.count("\n", 0, part.base)
    assert [p.source for p in parts] == [f"{PAGE}#{n}" for n in range(1, 11)]
    assert len({p.key for p in parts}) == 10


def test_boilerplate_is_dropped_and_recorded():
    page = read_path(PAGE)
    parts, issues = registry.split(page)
    body = "".join(p.raw for p in parts)
    for noise in ("点我投稿", "投稿须知", "400-162-2002", "共 507 页", "2025-07-08"):
        assert noise not in body
        assert noise in page.raw
    assert {i.code for i in issues} == {"collection.boilerplate"}
    last = issues[-1]
    assert last.line == page.raw[:page.raw.index("2025-07-08", parts[-1].base)].count("\n") + 1
    assert "2025-07-08" in last.text


def test_evidence_of_a_part_points_into_the_page():
    page = read_path(PAGE)
    part = registry.split(page)[0][3]
    start = part.clean.text.index("兰山区")
    ev = part.evidence(part.clean, start, start + 3)
    assert page.raw[ev.start:ev.end] == "兰山区"


def test_a_single_document_is_not_split():
    doc = read_path(ROOT / "seeds" / "jinan-2021-government-work-report.md")
    parts, issues = registry.split(doc)
    assert parts == [doc] and issues == []


def test_a_page_read_again_with_fewer_reports_supersedes_all_it_said(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    store = EmbeddedStore(str(tmp_path / "kg.lbdb"))
    try:
        first = load([page], store)
        assert [d.status for d in first.documents] == ["new"] * 10
        text = page.read_text(encoding="utf-8")
        cut = text.index("  • 【冠县招商】")
        page.write_text(text[:cut], encoding="utf-8")   # the page now lists four reports
        second = load([page], store)
        # The four reports left are the same text; the six gone are removed with all they said.
        assert [d.status for d in second.documents] == ["unchanged"] * 4
        docs = store.run("MATCH (d:Document) RETURN d.source ORDER BY d.source").rows
        assert len(docs) == 4 and all(row[0].startswith(str(page)) for row in docs)
        assert len(store.records()) == 4
        assert second.diff.removed[schema.DOCUMENT] == 6 and not second.diff.added
    finally:
        store.close()
