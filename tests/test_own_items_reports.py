"""A body's report on its own items: its title names the bureau and what it was given to do
(区城市管理委2024年…民生实事项目任务完成情况), and the bureau answers for every item naming no one else.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.kinds import plan_head

from tests.test_layouts_written import facts, read

OWN = ("某区住房城乡建设委2023年民生实事项目任务完成情况\n"
       "2023年，区住房城乡建设委共承办民生实事项目3项，进展情况如下：\n"
       "1.改造老旧小区12个，完善水电气热管线。\n进展情况：已完工10个，其余2个年底前完工。\n"
       "2.新建停车位800个，缓解停车难。\n进展情况：已建成650个。\n"
       "3.整治背街小巷20条。（区城市管理委牵头，各街道配合）\n进展情况：已完成。\n")


def test_a_bureaus_report_on_its_own_items_gives_it_each_item():
    kind, ex = read(OWN)
    assert kind == "progress_report"
    got = facts(ex)
    assert ("1", "某区住房城乡建设委", schema.ROLE_RESPONSIBLE) in got or ("1", "区住房城乡建设委", schema.ROLE_RESPONSIBLE) in got
    assert any(seq == "2" and "住房城乡建设委" in who for seq, who, _ in got)
    # an item naming its own units keeps them, and the bureau is not added to it
    assert ("3", "区城市管理委", schema.ROLE_LEAD) in got
    assert not any(seq == "3" and "住房城乡建设委" in who for seq, who, _ in got)


def _lines(text):
    return plan_head.lines_of(text)


def test_the_title_names_the_body_only_where_it_reports_its_own_items():
    assert plan_head.own_items_body(_lines("某县教育局2020年重点民生实事项目任务完成情况公示\n"))[0] == "某县教育局"
    assert plan_head.own_items_body(_lines("市交通运输局关于2021年人大代表建议办理情况的报告\n"))[0] == "市交通运输局"
    # a government, an office coordinating others' work, or a congress reports on others' items: none
    for title in ("某县人民政府2023年民生实事项目完成情况", "某市实事办关于民生实事项目进展情况的通报",
                  "县人大常委会2022年代表建议办理情况的报告", "县政府督查室关于重点任务落实情况的通报"):
        assert plan_head.own_items_body(_lines(title + "\n")) is None, title
    # a sentence is no title
    assert plan_head.own_items_body(_lines("区民政局2023年民生实事项目完成情况良好，群众满意。\n")) is None


# A flattened table whose 责任单位 cell lists units on one long line, then the 牵头单位 cell's unit on the next.
LISTED = ("某区2023年政府工作报告重点工作责任分解\n序号\n事项\n责任单位\n牵头单位\n"
          "1\n地区生产总值增长6%以上。\n区农业农村局、区经济商务局、区市场监管局、区建设局、区发展改革局、区交通运输局\n区发展改革局\n"
          "2\n一般公共预算收入增长7%。\n区财政局\n区财政局\n")


def test_a_line_listing_units_is_a_cell_of_its_own_not_wrapped_into_the_next():
    from loaders.reading.source import from_bytes
    text = from_bytes(LISTED.encode("utf-8"), "written.txt").clean.text
    assert "区交通运输局\n区发展改革局" in text
    # a list wrapped after its 、 is still one line
    wrapped = from_bytes("区农业农村局、区经济商务局、区市场监管局、区建设局、\n区发展改革局、区交通运输局\n".encode(), "w.txt").clean.text
    assert "区建设局、区发展改革局" in wrapped
    kind, ex = read(LISTED)
    assert ("1", "区发展改革局", schema.ROLE_LEAD) in facts(ex)
    assert ("1", "区交通运输局", schema.ROLE_RESPONSIBLE) in facts(ex)


# A reply to the one body that wrote (上海市人民政府：《关于…的函》收悉): an official document, not news, though it
# opens with no 各… salutation.
REPLY = ("某省人民政府：\n《关于申请建设某省人工智能创新发展试验区的函》（某府函〔2019〕44号）收悉。经研究，现函复如下。\n"
         "一、支持某省建设人工智能创新发展试验区。\n二、2019年5月26日，试验区建设启动会在省会召开，副省长张三出席并讲话，"
         "强调要加快建设。\n科学技术部\n2019年6月1日\n")
# A report on one matter made at a congress's standing committee: neither news of the session nor a work report.
COMMITTEE = ("2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上\n某委员会主任 张三\n"
             "全国人民代表大会常务委员会：\n受国务院委托，现就数字经济发展情况报告如下，请审议。\n"
             "一、发展成效\n9月14日上午，数字经济大会在北京召开，会议强调要出席各方共同推进。\n")


def test_a_reply_to_one_body_and_a_report_to_a_standing_committee_are_no_news():
    for text in (REPLY, COMMITTEE):
        kind, _ = read(text)
        assert kind == "generic", text[:20]
