"""How news of a meeting and its minutes charge bodies in sentences, each form on a small example written for it
(issue 14): what the meeting settled told as 由X牵头，…, and two bodies joined by 及 / 和 each charged."""
from __future__ import annotations

from loaders.structure import charges
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT


def _got(text: str) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in charges.charged(text)]


def test_a_meeting_settles_who_leads_with_no_one_backing():
    text = ("会议审议了《县防汛抗旱应急预案》，原则同意该预案。由县水利局牵头，针对可能出现的旱情汛情，"
            "按照预案抓好落实。会议明确，由县应急管理局牵头，于6月底前完成物资储备。\n")
    got = _got(text)
    assert ([("县水利局", LEAD)], "针对可能出现的旱情汛情，按照预案抓好落实") in got
    assert ([("县应急管理局", LEAD)], "于6月底前完成物资储备") in got


def test_a_meeting_settles_who_leads_and_who_backs():
    got = _got("会议决定，由县住建局牵头，县财政局、县自然资源局配合，全力推进老旧小区改造。\n")
    assert got == [([("县住建局", LEAD), ("县财政局", SUPPORT), ("县自然资源局", SUPPORT)], "全力推进老旧小区改造")]


def test_led_by_no_body_charges_no_one():
    # a collective, a firm or a post after 由 is no body to answer
    assert _got("由各乡镇牵头，全力推进划定工作。由施工企业牵头，加快进度。\n") == []
    # (a 由 inside a sentence, after what is to be done, is not where a charge starts: 加快改造，由县住建局牵头，…)
    assert _got("原则同意该预案，由县水利局牵头，按照预案抓好落实。\n") == []
    # nor does a body leading with no one backing outside 由 (县住建局牵头，…: the heading of a list, not a charge)
    assert _got("县住建局牵头，全力推进划定工作。\n") == []


def test_two_bodies_joined_by_ji_or_he_are_each_charged():
    got = _got("会议要求，县国征办、县自然资源事务中心及三个相关街道办要严格责任分工、统一宣传口径。"
               "县发改局和县统计局要加强数据会商。\n")
    assert ([("县国征办", RESPONSIBLE), ("县自然资源事务中心", RESPONSIBLE), ("三个相关街道办", RESPONSIBLE)],
            "严格责任分工、统一宣传口径") in got
    assert ([("县发改局", RESPONSIBLE), ("县统计局", RESPONSIBLE)], "加强数据会商") in got


def test_a_bodys_own_he_is_not_two_bodies():
    got = _got("县发展和改革局要加强调度。县卫生和计划生育局要做好防控。\n")
    assert [who for who, _ in got] == [[("县发展和改革局", RESPONSIBLE)], [("县卫生和计划生育局", RESPONSIBLE)]]


def test_after_a_sentence_charging_everyone_too_the_next_requirement_is_no_ones():
    got = _got("会议要求，重点项目是硬支撑。发改部门要牵头抓总，各部门要加强沟通配合，全面提高项目重要性认识。"
               "要制定项目推进时间表、路线图。\n")
    assert [who for who, _ in got] == [[("发改部门", LEAD)]]
    # (a run of charges to one body alone goes on: 县河管站要…。要…)
    got = _got("县河管站要加强巡查，确保河道畅通。要着力构建长效机制。\n")
    assert [task for _, task in got] == ["加强巡查，确保河道畅通", "着力构建长效机制"]


def test_bodies_told_they_must_with_yi_ding_are_charged():
    got = _got("县长指出，扶贫资金项目必须紧抓在手。扶贫办、住建局、交运局等单位一定要按照程序，抓紧完善手续资料。\n")
    assert got == [([("扶贫办", RESPONSIBLE), ("住建局", RESPONSIBLE), ("交运局", RESPONSIBLE)], "按照程序，抓紧完善手续资料")]


def test_a_body_after_xi_wang_is_what_is_hoped_of_not_a_name():
    got = _got("县交运局要进一步加大工作力度。同时希望城管部门要进一步加强监管。\n")
    assert not any(who.startswith("希望") for units, _ in got for who, _ in units)


# ---- mends from the review (rev14) ----

def test_two_bodies_each_holding_its_own_和_are_split_where_both_sides_are_bodies():
    said = charges.charged("会议要求，县发展和改革局及县工业和信息化局要加强调度。")
    assert [[u.name.text for u in units] for units, _ in said] == [["县发展和改革局", "县工业和信息化局"]]


def test_a_body_that_leads_still_leads_when_only_a_collective_backs_it():
    said = charges.charged("会议决定，由县住建局牵头，各相关部门配合，全力推进老旧小区改造。")
    assert [[(u.name.text, u.role) for u in units] for units, _ in said] == [[("县住建局", "lead")]]
