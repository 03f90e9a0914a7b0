"""Who news charges with what (eighteenth session): a speaker named before 要求 in the clause that charges the body
(张三要求县住建局要…, 他要求…: the body after the speaker's words, never the words run into its name), a speaker named
with a post or a pronoun before an instruction without 要 (市委书记张三要求市住建局…, 他要求…), 督促X… as an instruction,
a speaker's 要求，X牵头，Y配合，… and a decision with no pause before 由 (会议明确由X负责，…). Each rule on a small example
written for it."""
from __future__ import annotations

from loaders.structure import charges, meetings
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


def test_a_speaker_named_before_yaoqiu_is_not_part_of_the_body():
    got = _got(charges.charged("王明要求县住建局、县城管局要加快推进老旧小区改造。"))
    assert got == [([("县住建局", RESPONSIBLE), ("县城管局", RESPONSIBLE)], "加快推进老旧小区改造")]
    got = _got(charges.charged("他强调县财政局要做好项目资金保障。"))
    assert got == [([("县财政局", RESPONSIBLE)], "做好项目资金保障")]
    # (主要 is no 要 of the body's: 县主要领导 speaks)
    got = _got(charges.charged("县主要领导要求县交通运输局要抓紧修复水毁道路。"))
    assert got == [([("县交通运输局", RESPONSIBLE)], "抓紧修复水毁道路")]


def test_a_delegates_or_firms_request_charges_no_one():
    assert charges.charged("企业代表要求县住建局要加快审批进度。") == []


def test_a_body_that_asks_keeps_its_own_charge():
    # (the bureau's own 要 comes first: its 要求 of a contractor is part of its task, not a new subject)
    got = _got(charges.charged("县住建局要严格要求施工单位按期完工。"))
    assert got == [([("县住建局", RESPONSIBLE)], "严格要求施工单位按期完工")]


def test_a_speaker_with_a_post_or_a_pronoun_instructs_bodies():
    got = _got(meetings.instructed("市委书记张三要求市住建局、市城管局加快推进老旧小区改造，确保年底前完工。"))
    assert got == [([("市住建局", RESPONSIBLE), ("市城管局", RESPONSIBLE)], "加快推进老旧小区改造，确保年底前完工")]
    got = _got(meetings.instructed("他要求县水利局迅速组织力量抢修水毁设施。"))
    assert got == [([("县水利局", RESPONSIBLE)], "迅速组织力量抢修水毁设施")]
    # (a firm's voice is still no one's order)
    assert meetings.instructed("部分企业负责人要求县住建局加快审批。") == []


def test_duchu_names_the_body_charged():
    got = _got(meetings.instructed("李四副县长督促县交通运输局加快道路修复进度。"))
    assert got == [([("县交通运输局", RESPONSIBLE)], "加快道路修复进度")]
    # (a contractor urged is no body)
    assert meetings.instructed("督促施工单位加快进度。") == []
    # (the writer's own oversight, or no one's voice, charges no one: 我厅将督促X… is a pledge to watch X)
    assert meetings.instructed("我厅将加强指导，督促省交通投资控股有限公司年内开工建设。") == []
    assert meetings.instructed("我厅将督促县住建局年内开工建设。") == []


def test_a_speakers_yaoqiu_then_who_leads_and_who_backs():
    got = _got(charges.charged("张三要求，县住建局牵头，县财政局、县自然资源局配合，加快推进老旧小区改造。"))
    assert got == [([("县住建局", LEAD), ("县财政局", SUPPORT), ("县自然资源局", SUPPORT)], "加快推进老旧小区改造")]


def test_a_decision_with_no_pause_before_you():
    got = _got(meetings.decided("会议明确由县住建局负责，加快推进老旧小区改造。"))
    assert got == [([("县住建局", RESPONSIBLE)], "加快推进老旧小区改造")]


def test_where_the_speaker_said_it_stands_between_speaker_and_yaoqiu():
    got = _got(meetings.instructed("张三在调研时要求县住建局加快推进老旧小区改造。"))
    assert got == [([("县住建局", RESPONSIBLE)], "加快推进老旧小区改造")]


def test_a_body_told_to_lead_leads_what_follows():
    got = _got(meetings.instructed("会议责成县住建局牵头，会同县财政局制定实施方案。"))
    assert got == [([("县住建局", LEAD)], "会同县财政局制定实施方案")]
    got = _got(charges.charged("县应急管理局负责牵头，县公安局、县消防救援大队配合，开展安全隐患排查。"))
    assert got == [([("县应急管理局", LEAD), ("县公安局", SUPPORT), ("县消防救援大队", SUPPORT)], "开展安全隐患排查")]


def test_kinds_opened_by_xiangguan_are_no_sectors_department():
    assert meetings.instructed("对存在的问题，张三要求相关乡镇和部门立即整改。") == []
    assert charges.charged("有关乡镇和部门要立即整改。") == []


def test_sectors_listed_before_deng_bumen_each_answer():
    got = _got(charges.charged("会议要求，发改、财政、住建等部门要加强协调配合。"))
    assert got == [([("发改", RESPONSIBLE), ("财政", RESPONSIBLE), ("住建", RESPONSIBLE)], "加强协调配合")]
    # (one-character sectors, 以及 in the list, a pause before 要)
    got = _got(charges.charged("农、林、水以及科、教等单位，要根据本行业实际申报相应项目。"))
    assert got == [([("农", RESPONSIBLE), ("林", RESPONSIBLE), ("水", RESPONSIBLE), ("科", RESPONSIBLE),
                      ("教", RESPONSIBLE)], "根据本行业实际申报相应项目")]
    # (places or firms listed so are no sectors; their heads attending charge no one)
    assert charges.charged("商场、超市等单位要加强消防安全。") == []
    assert charges.charged("发改、环保、国土等部门负责人参加会议。") == []
