"""Annotations as plans write them beside who answers: a deadline inside the bracket (（X牵头，Y配合，2024年6月底前
完成）), a 牵头 mark in any bracket (市住建局〔牵头〕), the convention stated inside a field (…，排名第一的为牵头单位),
and a bracket naming its lead in words, whose other units' shared 负责 the convention does not split.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read, task_props

WHEN = ("某市2024年重点任务分工方案\n1.推进改革。（市市场监管局牵头，市司法局配合；2024年6月底前完成）\n"
        "2.推进改革。（2024年底前；市财政局牵头，市税务局配合）\n3.推进改革。（市商务局负责，2025年12月31日前完成）\n")


def test_a_deadline_inside_the_bracket_is_the_tasks_and_the_units_are_read():
    kind, ex = read(WHEN)
    assert {("1", "市市场监管局", schema.ROLE_LEAD), ("1", "市司法局", schema.ROLE_SUPPORT),
            ("2", "市财政局", schema.ROLE_LEAD), ("3", "市商务局", schema.ROLE_RESPONSIBLE)} <= facts(ex)
    props = task_props(ex)
    assert props["1"]["deadline"] == "2024年6月底前完成" and props["3"]["deadline"] == "2025年12月31日前完成"
    assert props["1"]["text"] == "推进改革。"
    assert not any(i.code.startswith("plan.") for i in ex.issues)


MARKS = ("某市2024年优化营商环境重点任务分工方案\n"
         "1.深化工程建设项目审批制度改革。（责任单位：市住建局〔牵头〕，市自然资源局、市发改委）\n"
         "2.落实减税降费政策。【责任单位：市税务局、市财政局，排名第一的为牵头单位】\n"
         "3.推进“证照分离”改革全覆盖。（市市场监管局牵头负责，市司法局、市政务服务中心按职责分工负责）\n")


def test_marks_conventions_and_worded_leads_in_brackets():
    kind, ex = read(MARKS)
    got = facts(ex)
    assert {("1", "市住建局", schema.ROLE_LEAD), ("1", "市发改委", schema.ROLE_SUPPORT),
            ("2", "市税务局", schema.ROLE_LEAD), ("2", "市财政局", schema.ROLE_SUPPORT),
            ("3", "市市场监管局", schema.ROLE_LEAD), ("3", "市司法局", schema.ROLE_RESPONSIBLE)} <= got
    assert not any("排名" in who or "牵头〕" in who for _, who, _ in got)
    # (the convention now stands for the whole document, yet item 3 says who leads in words)
    assert ("3", "市司法局", schema.ROLE_LEAD) not in got
    assert not any(i.code == "plan.unread-annotation" for i in ex.issues)


def test_a_deadline_in_a_bracket_closing_sub_items_holds_for_each():
    text = ("某市重点任务分工\n1.推进营商环境改革。\n（1）推进审批改革。\n"
            "（2）推进证照分离。（市市场监管局牵头，市司法局配合，2024年6月底前完成）\n")
    kind, ex = read(text)
    props = task_props(ex)
    assert props["1(1)"]["deadline"] == props["1(2)"]["deadline"] == "2024年6月底前完成"
    assert ("1(1)", "市市场监管局", schema.ROLE_LEAD) in facts(ex)


def test_groups_sharing_one_fuze_follow_the_stated_convention():
    # 列第一位者为牵头单位: a list in groups with one shared 负责 is split as one list, the first unit leading
    text = ("某省稳就业措施\n（一）加大稳岗支持力度。（省人力资源社会保障厅、省财政厅负责。列第一位者为牵头单位，下同）\n"
            "（二）实行失业登记常住地服务。（省人力资源社会保障厅、省财政厅、省税务局，各市人民政府按职责分工负责）\n"
            "（三）支持创业。（省财政厅、省人力资源社会保障厅分别负责）\n")
    kind, ex = read(text)
    got = facts(ex)
    assert {("(二)", "省人力资源社会保障厅", schema.ROLE_LEAD), ("(二)", "省税务局", schema.ROLE_SUPPORT),
            ("(二)", "各市人民政府", schema.ROLE_SUPPORT)} <= got
    # 分别 gives each its own share: no split
    assert ("(三)", "省财政厅", schema.ROLE_RESPONSIBLE) in got and ("(三)", "省人力资源社会保障厅", schema.ROLE_RESPONSIBLE) in got
