"""Duties written in prose in national notices, 意见 and 办法, each rule on a small example written for it (helper
prose2): collectives and levels charged in a notice's items (各X要…, 各省、自治区、直辖市X局要…, 省级、地市级X部门负责…:
`rule_collectives` with `prose`), and the sentences with no subject going on with one body's charge (X负责A。负责B。:
`charge_goes_on`)."""
from __future__ import annotations

from loaders.structure import bodies_set_up, charge_goes_on, duties, leads_told, rule_collectives
from loaders.structure.responsibility import LEAD, RESPONSIBLE

from tests.test_layouts_written import read


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


NOTICE = ("一、加强统筹。各省、自治区、直辖市粮食管理局要落实属地监管职责，推广应用监测技术。\n"
          "二、明确范围。各级政府性粮食收储、加工机构要合理确定收储范围。\n"
          "三、完善机制。各试点单位要建立上下联动机制，地市和区县要遴选一批实验校，先行先试。\n"
          "四、加强协同。有关部门要加强协调配合。各地各部门各单位要坚持系统思维。各牵头单位要切实负起责任。\n"
          "五、组织申报。各申报单位要按照要求填写申报书。各数据专区要建立合作生态。\n")


def test_a_notice_charges_collectives_and_levels_named_together_in_its_items():
    got = _got(rule_collectives.charged(NOTICE, prose=True))
    assert ([("各省、自治区、直辖市粮食管理局", RESPONSIBLE)], "落实属地监管职责，推广应用监测技术") in got, got
    # (two kinds named with one noun: one collective, not split at its 、)
    assert ([("各级政府性粮食收储、加工机构", RESPONSIBLE)], "合理确定收储范围") in got, got
    # (the duty stops before the next subject told its duty in the sentence)
    assert ([("各试点单位", RESPONSIBLE)], "建立上下联动机制") in got, got
    # (有关部门, everyone, a part in the work, applicants and places in a notice's prose are no kind of body)
    assert len(got) == 3, got


def test_without_prose_a_collective_is_read_only_in_a_rules_articles():
    assert rule_collectives.charged(NOTICE) == []


def test_levels_named_together_in_an_article_are_one_collective():
    rule = ("第一条 为加强管理，制定本办法。\n"
            "第五条 省级、地市级医疗保障行政部门负责推进知识库本地化应用。\n"
            "第六条 区县工业和信息化主管部门负责审核辖区服务资源使用单位。\n"
            "第七条 各相关部门根据职责分工，加强协调配合。\n"
            "第八条 企业向所在市提出申请。各市工业和信息化局进行初审并统一推荐上报。\n"
            "第九条 各县（区）人民政府（管委会）根据应急供应需要，建立成品粮油储备。\n")
    assert _got(rule_collectives.charged(rule)) == [([("省级、地市级医疗保障行政部门", RESPONSIBLE)], "推进知识库本地化应用"),
                                                    ([("区县工业和信息化主管部门", RESPONSIBLE)], "审核辖区服务资源使用单位"),
                                                    ([("各相关部门", RESPONSIBLE)], "加强协调配合"),
                                                    ([("各市工业和信息化局", RESPONSIBLE)], "进行初审并统一推荐上报"),
                                                    ([("各县（区）人民政府（管委会）", RESPONSIBLE)], "建立成品粮油储备")]


GOES_ON = ("第五条 国家统计局负责拟定统计规范，并进行动态调整。负责收集、汇总地方的数据，并加强指导。\n"
           "第六条 各试点单位要建立联动机制，高校要遴选实验基地，先行先试。要建立合作机制。\n"
           "第七条 各市科技部门要研究具体落实举措。要配合省科技厅加强宣传解读。要及时总结典型经验。\n")


def test_a_sentence_with_no_subject_goes_on_with_one_bodys_charge():
    found = duties.told(GOES_ON, yao=True) + rule_collectives.charged(GOES_ON, prose=True)
    got = _got(charge_goes_on.goes_on(GOES_ON, found))
    # (not after a sentence charging several bodies in turn; a sentence backing another, 要配合…, is no duty of its own)
    assert got == [([("国家统计局", RESPONSIBLE)], "收集、汇总地方的数据，并加强指导"),
                   ([("各市科技部门", RESPONSIBLE)], "及时总结典型经验")], got


def test_a_notice_reads_the_sentences_going_on_with_a_collectives_charge():
    text = ("关于开展智能教育试点工作的通知\n"
            "一、明确方向。各试点单位要聚焦教师队伍建设的突出难题。要着力推进师生应用智能助手。要探索利用平台系统减轻学生负担。\n")
    kind, ex = read(text)
    ents = {e.ref: e for e in ex.entities}
    got = {(ents[r.target].props["text"][:6], ents[r.source].name) for r in ex.relations if r.type == "RESPONSIBLE_FOR"}
    assert {("聚焦教师队伍", "各试点单位"), ("着力推进师生", "各试点单位"), ("探索利用平台", "各试点单位")} <= got, got


def test_a_body_set_up_answers_for_its_remit_and_an_office_for_its_duty_not_its_host():
    text = ("一、组织领导。成立全省数据工作推进办公室，办公室设在省科技厅，具体负责推进规划实施。"
            "成立全省数据战略咨询委员会，研究数据领域重大问题。成立工作领导小组，由分管副省长任组长。\n"
            "二、协调委办公室设在省交通厅，承担协调委的日常工作。\n"
            "三、2020年成立了数据工作专班，研究解决了一批问题。\n")
    got = _got(bodies_set_up.set_up(text))
    assert got == [([("全省数据工作推进办公室", RESPONSIBLE)], "具体负责推进规划实施"),
                   ([("全省数据战略咨询委员会", RESPONSIBLE)], "研究数据领域重大问题"),
                   ([("协调委办公室", RESPONSIBLE)], "承担协调委的日常工作")], got


def test_a_body_told_to_lead_leads_its_clause_and_answers_for_the_rest_of_its_sentence():
    text = ("（十九）强化组织实施。国家统计局牵头建立数据协调推进机制，会同有关部门解决重大问题。"
            "各地方统计机构要建立健全工作机制。\n"
            "二、省审计厅牵头的工作\n")
    got = _got(leads_told.told(text))
    assert got == [([("国家统计局", LEAD)], "建立数据协调推进机制"),
                   ([("国家统计局", RESPONSIBLE), ("有关部门", RESPONSIBLE)], "会同有关部门解决重大问题")], got


def test_a_body_working_with_bodies_named_by_their_part_is_charged():
    # (科技部会同有关部门负责…: 有关 in the subject does not stop the charge; 会同 is no role word, both answer)
    got = _got(duties.told("科技部会同有关部门负责推进重大科技项目实施。\n"))
    assert got == [([("科技部", RESPONSIBLE), ("有关部门", RESPONSIBLE)], "推进重大科技项目实施")], got
