"""Who news charges with what (seventeenth session): two bodies joined by 会同 in a charge's subject (X会同Y要…:
each, never one name), the bodies told to back one told it 负责 (X负责，Y、Z等其他相关单位加强配合，…: support), a
subject told what it is before it is told what to do (X作为…，要…), a decision told after a comma (…，明确由X牵头，…),
a region's projects office as a body (县重点项目办要…), and a preposition before a word read as no person (由相关县领导牵头).
Each rule on a small example written for it."""
from __future__ import annotations

from loaders.recognisers.official_names import name_problem
from loaders.structure import charges
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


def test_two_bodies_joined_by_huitong_are_each_charged():
    got = _got(charges.charged("副县长王明要求，县水利局会同县农业农村局要对全县小型水库开展一次安全排查。"))
    assert got == [([("县水利局", RESPONSIBLE), ("县农业农村局", RESPONSIBLE)], "对全县小型水库开展一次安全排查")]
    # (a collective worked with adds no one: the first body alone)
    got = _got(charges.charged("县水利局会同有关部门要对全县小型水库开展一次安全排查。"))
    assert [u for u, _ in got] == [[("县水利局", RESPONSIBLE)]]


def test_bodies_told_to_back_one_told_it_answers_support_it():
    got = _got(charges.charged("三要压实责任。县交通运输局负责，县财政局、县公安局等其他相关单位加强配合，"
                               "倒排工期，确保年底前完成改造任务。"))
    assert got == [([("县交通运输局", RESPONSIBLE), ("县财政局", SUPPORT), ("县公安局", SUPPORT)],
                     "倒排工期，确保年底前完成改造任务")]
    # (a collective backing it is no one: the body told 负责 answers for the whole clause)
    got = _got(charges.charged("县交通运输局负责，各相关单位密切配合，确保年底前完成改造任务。"))
    assert [u for u, _ in got] == [[("县交通运输局", RESPONSIBLE)]]


def test_a_subject_told_what_it_is_first_is_charged():
    got = _got(charges.charged("区统计局作为全区经济数据的归口单位，要按月对主要指标进行分析研判。"))
    assert got == [([("区统计局", RESPONSIBLE)], "按月对主要指标进行分析研判")]


def test_a_decision_told_after_a_comma_charges_who_leads():
    got = _got(charges.charged("李书记亲自研究部署此项工作，明确由区城管局牵头，制定整治方案，两周内报区政府。"))
    assert got == [([("区城管局", LEAD)], "制定整治方案，两周内报区政府")]


def test_a_projects_office_is_a_body():
    got = _got(charges.charged("会议要求，县重点项目办要每周通报项目进展情况。"))
    assert got == [([("县重点项目办", RESPONSIBLE)], "每周通报项目进展情况")]
    # (a projects office no region names is none; a project itself is still no body)
    assert _got(charges.charged("大项目办要对推进缓慢的事项深入核查。")) == []
    # (a project itself is still no body)
    assert _got(charges.charged("县城污水处理项目要加快建设进度。")) == []


def test_a_preposition_before_a_word_is_no_name():
    assert name_problem("由相关")
    assert name_problem("由有关")
    assert not name_problem("由建国")      # (由 is a family name too)


def _officials(text: str) -> list[tuple[str, list[str]]]:
    from loaders.recognisers import officials
    from loaders.recognisers.lexicon import default_lexicon
    return [(m.name, m.titles) for m in officials.find(text, default_lexicon()).mentions]


def test_a_civil_servants_rank_is_a_post():
    got = _officials("县委副书记、县长李明，县政府三级调研员张宏伟，市政协副调研员刘海出席会议。")
    assert ("张宏伟", ["县政府三级调研员"]) in got and ("刘海", ["市政协副调研员"]) in got


def test_a_level_and_a_body_before_a_post_is_no_name():
    # (区 is a family name too: 区政协主任 names no 区政协)
    assert _officials("区政协一级巡视员，区法院、区检察院负责同志出席。") == []
    assert _officials("区政协主任，区法院负责同志应邀出席。") == []


def test_a_count_of_comrades_or_a_special_study_ends_a_name():
    got = _officials("县委书记王和平、县长袁文林二同志率有关部门负责人前往调研。")
    assert ("袁文林", ["县长"]) in got
    assert _officials("区委书记张立军专题研究招商引资工作。") == [("张立军", ["区委书记"])]


def test_an_offices_room_or_a_centre_before_its_heads_name_and_title():
    got = _officials("县政府办督查室张燕新主任、区住房保障服务中心李志刚主任参加会议。")
    assert [n for n, _ in got] == ["张燕新", "李志刚"]
