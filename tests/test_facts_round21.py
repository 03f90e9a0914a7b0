"""Responsibility facts on layouts kg was not built around (twenty-first session, facts3): each rule on a small example
written for it, failing on the commit before it (5b9a178)."""
from __future__ import annotations

from loaders.structure import annotation as ann
from loaders.structure import bodies_set_up, charge_forms, charges, duties
from tests.test_flattened_tables_merged import task_facts
from tests.test_layouts_written import read


def _names(found) -> set[tuple[str, str]]:
    return {(n.name.text, n.role) for units, _ in found for n in units}


# A standing group named as a body (领导小组, 工作小组, 联席会议, 指挥部, 工作专班) is told its duty as a bureau is.
GROUPS = ("某某市储备粮管理办法\n"
          "第九条 某某市粮食储备管理工作联席会议负责研究市级储备粮管理中的重要事项。\n"
          "第十条 某某县防汛抗旱指挥部负责组织全县防汛抢险工作。\n")


def test_a_standing_group_is_a_body_told_its_duty():
    found = _names(duties.told(GROUPS))
    assert ("某某市粮食储备管理工作联席会议", "responsible") in found
    assert ("某某县防汛抗旱指挥部", "responsible") in found
    kind, ex = read(GROUPS)
    assert ("研究市级储备粮管理中的重要事项", "某某市粮食储备管理工作联席会议", "responsible") in task_facts(ex)


def test_a_group_named_by_its_members_or_its_part_is_no_body():
    for who in ("县防汛抗旱指挥部成员单位", "各工作专班", "有关工作组", "本指挥部", "省级粮食应急指挥部提请国家粮食应急指挥部"):
        assert not charge_forms.GROUP_BODY.match(who)
    for who in ("各工作专班", "有关工作组", "省级粮食应急指挥部提请国家粮食应急指挥部"):
        assert charges.bodies(who, ann.Span(who, 0, len(who))) is None


# A group formed of named members (由X会同Y共同组成Z（以下简称…），负责…) answers for its remit, as one set up (成立Z，…) does.
FORMED = ("第四条 由某某市工业和信息化局会同市公安局共同组成某某市智能网联汽车测试联席工作小组（以下简称“联席工作小组”），"
          "负责本细则的统一实施和监督管理。\n"
          "第五条 组建某某市智能网联汽车专家委员会，负责对测试申请进行论证评估。\n")


def test_a_group_formed_or_organised_answers_for_its_remit():
    found = {(units[0].name.text, task.text) for units, task in bodies_set_up.set_up(FORMED)}
    assert ("某某市智能网联汽车测试联席工作小组", "负责本细则的统一实施和监督管理") in found
    assert ("某某市智能网联汽车专家委员会", "负责对测试申请进行论证评估") in found


# A list closed by its kind, then one more body (林业局等相关区直部门和某某镇要…): the bodies, never one name holding 等.
CLOSED = "会议要求，区规划局、交通局、林业局等相关区直部门和某某镇要选派精干力量组成专班、驻村工作。\n"


def test_a_list_closed_by_its_kind_then_one_more_body():
    found = _names(charges.charged(CLOSED))
    assert ("林业局", "responsible") in found and ("某某镇", "responsible") in found
    assert not any("等" in name for name, _ in found)
