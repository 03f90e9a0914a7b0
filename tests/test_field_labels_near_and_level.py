"""Field labels that say how near the work a unit stands (主要责任单位, 相关责任单位, also told in words: …，相关责任单位有Y、Z)
or at which level (项目责任单位, 市级牵头单位): read whole, never cut into a level and a label.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read

NEAR = ("某市2017年十件重点民生实事工作方案\n1.全面落实困难群众大病补充医疗保险。\n主要责任单位：市人社局\n"
        "相关责任单位：市财政局、市民政局\n2.免费开展新生儿疾病筛查。\n主要责任单位：市卫计委，相关责任单位有市财政局、市残联。\n")

LEVELS = ("某市2024年重点任务分工方案\n1.推进改革一。\n项目责任单位：市发改委\n2.推进改革二。\n"
          "市级牵头单位：市财政局；区级牵头单位：各区政府\n")


def test_main_and_related_units_both_answer_for_the_work():
    kind, ex = read(NEAR)
    got = facts(ex)
    assert {("1", "市人社局", schema.ROLE_RESPONSIBLE), ("1", "市民政局", schema.ROLE_RESPONSIBLE),
            ("2", "市卫计委", schema.ROLE_RESPONSIBLE), ("2", "市残联", schema.ROLE_RESPONSIBLE),
            ("2", "市财政局", schema.ROLE_RESPONSIBLE)} <= got
    assert not any("单位有" in who for _, who, _ in got)
    assert not any(i.code == "plan.no-annotation" for i in ex.issues)


def test_a_label_with_its_level_is_one_label():
    kind, ex = read(LEVELS)
    assert {("1", "市发改委", schema.ROLE_RESPONSIBLE), ("2", "市财政局", schema.ROLE_LEAD),
            ("2", "各区政府", schema.ROLE_LEAD)} <= facts(ex)
    assert not ex.issues        # (no level cut off and logged as a bad annotation)


def test_a_label_told_in_words_gives_its_own_role():
    kind, ex = read("某市重点任务分工\n1.推进改革一。\n牵头单位：市发改委，配合单位有市财政局、市税务局。\n")
    assert {("1", "市发改委", schema.ROLE_LEAD), ("1", "市财政局", schema.ROLE_SUPPORT),
            ("1", "市税务局", schema.ROLE_SUPPORT)} <= facts(ex)
