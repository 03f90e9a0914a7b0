"""Review 19's items on duties told in rules and notices (`duties.told`, `joint_duties`), each a guard on the reviewer's
input or one like it: a work summary's report of what was done is no duty (a past year or 今年以来 opening the sentence,
了 anywhere in the clause, figures of what was done), a county government named by no region (项目所在地县人民政府) is no
body, a bracket of scope after a body (含…, 包括…, 不含…) is no part of its name, and a rule's word on itself is read by one
pattern."""
from __future__ import annotations

from loaders.structure import duties, joint_duties


def _told(text: str) -> list[tuple[list[str], str]]:
    return [([n.name.text for n in named], task.text) for named, task in duties.told(text)]


def _together(text: str) -> list[tuple[list[str], str]]:
    return [([n.name.text for n in named], task.text) for named, task in joint_duties.with_others(text)]


def test_supervision_reported_done_is_no_duty():
    # rev19 #4: a summary's 依法对…进行了监督检查 is what was done
    text = "2023年，县市场监管局依法对辖区内120家食品生产企业进行了监督检查，发现问题隐患36处。\n"
    assert _told(text) == [], _told(text)
    text = "今年以来，市生态环境局依法对重点排污单位实施监督检查，共检查企业215家。\n"
    assert _told(text) == [], _told(text)
    # (a rule dividing supervision is still read)
    text = "第六条 市场监管部门依法对可制毒化学品产品质量进行监督管理。\n"
    assert _told(text) == [(["市场监管部门"], "对可制毒化学品产品质量进行监督管理")], _told(text)


def test_bodies_working_together_reported_done_is_no_duty():
    # rev19 #4: X会同Y… with what it came to (查处…起, 共验收…个, 全年审批…), or after a past year or 今年以来
    for text in ("县市场监管局会同县公安局对全县加油站开展联合执法检查，查处违法案件5起。\n",
                 "今年以来，县农业农村局会同县财政局组织开展高标准农田建设项目验收，共验收项目12个。\n",
                 "2023年，市发展改革委会同市财政局制定出台《某市政府投资项目管理办法》，全年审批项目86个。\n",
                 "去年，县住建局会同县城管局开展了背街小巷整治。\n",
                 "县卫健委会同县教育局对全县中小学食堂开展卫生检查，累计检查学校46所。\n"):
        assert _together(text) == [], (text, _together(text))
    # (what is to be done is still read, with a target's figure)
    text = "第二十条 市发展改革委会同市财政局制定项目评审规则。\n"
    assert _together(text) == [(["市发展改革委", "市财政局"], "制定项目评审规则")], _together(text)
    text = "县住建局会同县财政局组织实施老旧小区改造，2025年完成改造300户。\n"
    assert _together(text) and _together(text)[0][0] == ["县住建局", "县财政局"], _together(text)


def test_a_county_government_named_by_no_region_is_no_body():
    # rev19 #9: 项目所在地县人民政府 is whichever county, like 县级以上人民政府
    assert _told("第二条 项目所在地县人民政府负责本行政区域内重点项目征地拆迁的组织实施工作。\n") == []
    assert _told("第四条 当地县人民政府负责做好安置工作。\n") == []
    assert _told("第三条 沙湾县人民政府负责本县重点项目征地拆迁工作。\n") == [
        (["沙湾县人民政府"], "本县重点项目征地拆迁工作")]


def test_a_bracket_of_scope_is_no_part_of_the_name():
    # rev19 #10: 县教育局（含县直各学校） is 县教育局
    for text in ("第五条 县教育局（含县直各学校）负责学生资助工作的组织实施。\n",
                 "第五条 县卫健委（包括县疾控中心）负责疫情监测工作。\n",
                 "第五条 县财政局（不含县国库支付中心）负责资金拨付。\n"):
        got = _told(text)
        assert len(got) == 1 and len(got[0][0]) == 1 and "（" not in got[0][0][0], got
    assert _told("第五条 县教育局（含县直各学校）负责学生资助工作的组织实施。\n")[0][0] == ["县教育局"]
    # (a second name is still kept whole)
    text = "市发展改革委（市粮食和物资储备局）负责安排资金。\n"
    assert _told(text) == [(["市发展改革委（市粮食和物资储备局）"], "安排资金")], _told(text)


def test_one_pattern_for_a_rules_word_on_itself():
    # rev19 #14: joint_duties reads a rule's word on itself as duties does (标准, 指南 too)
    assert duties.OWN_RULE is joint_duties.OWN_RULE
    assert duties.NUMBER is joint_duties.NUMBER
    assert _together("本标准的解释工作由市市场监管局会同市住建局承担。\n") == []
    assert _together("本指南的修订由市科技局会同市财政局进行。\n") == []
    text = "第九条 项目评审工作由市发展改革委会同市财政局进行。\n"
    assert _together(text) == [(["市发展改革委", "市财政局"], "项目评审工作")], _together(text)
