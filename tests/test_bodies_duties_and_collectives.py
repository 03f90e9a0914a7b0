"""A division of work among bodies written one a line (区统计局：负责…), and a collective of a kind of body and the
towns under one 各 (各开发区、镇（街道）). Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.structure import portfolio

from tests.test_layouts_written import facts, read

DUTIES = ("某区农业结构调整实施方案\n一、总体思路\n深入推进农业结构调整。\n三、责任分工\n"
          "各乡镇：负责结合绿化造林等工作，发展特色高效经济作物。\n区统计局：负责将调减的面积落实到统计数据中。\n"
          "区农业农村局：负责统筹协调农业结构调整工作。\n")


def test_bodies_each_on_a_line_with_their_duty_answer_for_it():
    kind, ex = read(DUTIES)
    got = facts(ex)
    assert {("", "各乡镇", schema.ROLE_RESPONSIBLE), ("", "区统计局", schema.ROLE_RESPONSIBLE),
            ("", "区农业农村局", schema.ROLE_RESPONSIBLE)} <= got
    tasks = {e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert "负责将调减的面积落实到统计数据中。" in tasks


def test_a_bodys_line_alone_is_no_division_of_work():
    # one line, with no other body's line beside it: a sentence, not a division
    text = "会议指出，工作成效明显。\n区统计局：负责将调减的面积落实到统计数据中。\n会议要求，各地要抓好落实。\n"
    assert portfolio.body_lines(text) == []


def test_a_kind_of_body_and_the_towns_under_one_ge_are_one_collective():
    text = "某市重点任务分工\n1.推进改革一。\n责任单位：各有关部门，各开发区、镇（街道）\n"
    kind, ex = read(text)
    assert {("1", "各开发区、镇（街道）", schema.ROLE_RESPONSIBLE), ("1", "各有关部门", schema.ROLE_RESPONSIBLE)} == facts(ex)
