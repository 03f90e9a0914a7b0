"""Documents as document-sharing sites show them: one line a page, each opening with the page's number (1、 2、 …), the
text running on from page to page mid-word; a page fills its line (a copy keeping the document's own short lines keeps
its numbers). The numbers are no items and the breaks no breaks (reading/shared_pages.py);
offsets still point into the page as published. A small example written for the rule (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.reading.shared_pages import unpaged
from loaders.reading.text import normalise

from tests.test_layouts_written import facts, read

PAGES = ("《某市2023年民生实事的通知》由会员分享，可在线阅读，更多相关文档请在某某文库上搜索。\n"
         "1、某市人民政府关于2023年民生实事的通知各区政府，市政府各部门：" + "为进一步保障和改善民生，市政府决定办好一批民生实事。" * 8
         + "现就有关事项通知如下。"
         "1.实施节能保暖工程。（责任单位：市住房城乡建设局、市\n"
         "2、财政局）2.改造老旧小区。（责任单位：市住房城乡建设局）\n")


def test_a_sharing_sites_page_numbers_and_breaks_are_left_out():
    view = unpaged(normalise(PAGES))
    assert "市财政局" in view.text and "1、某市" not in view.text and "\n2、" not in view.text
    at = view.text.index("市财政局")
    assert PAGES[view.origin[at]] == "市" and PAGES[view.origin[at + 1]:view.origin[at + 3] + 1] == "财政局"
    assert PAGES[view.origin[at]:view.origin[at + 3] + 1] == "市\n2、财政局"     # offsets into the page as published
    kind, ex = read(PAGES)
    assert ("1", "市财政局", schema.ROLE_RESPONSIBLE) in facts(ex)
    assert not any(who.startswith("财政局") for _s, who, _r in facts(ex))


def test_numbered_lines_of_any_other_page_stay():
    text = "某县2023年重点工作分工\n1、推进农村公路建设。（牵头单位：县交通运输局）\n2、推进老旧小区改造。（牵头单位：县住建局）\n"
    assert unpaged(normalise(text)).text == normalise(text).text
    kind, ex = read(text)
    assert {("1", "县交通运输局", schema.ROLE_LEAD), ("2", "县住建局", schema.ROLE_LEAD)} <= facts(ex)


def test_a_sharing_sites_copy_keeping_the_documents_own_lines_keeps_its_numbers():
    text = ("《某县2023年重点工作分工》由会员分享，可在线阅读，更多相关文档请在某某文库上搜索。\n"
            "1、推进农村公路建设。（牵头单位：县交通运输局）\n2、推进老旧小区改造。（牵头单位：县住建局）\n"
            "3、推进河道综合治理。（牵头单位：县水利局）\n")
    assert unpaged(normalise(text)).text == normalise(text).text
    kind, ex = read(text)
    assert {("1", "县交通运输局", schema.ROLE_LEAD), ("3", "县水利局", schema.ROLE_LEAD)} <= facts(ex)
