"""The rules the responsibility precision audit on the corpus gave (bench/responsibility_audit.py), each on a small
example written for it: a numbered item closed by its bracket of fields answers for the whole item; a bracket right
after a body's name gives its other name, not who answers; a kind of facility in brackets is no unit; an article
(第九条) under a numbered heading is its own measure's text."""
from __future__ import annotations

from graph import schema
from loaders.reading.source import from_bytes
from loaders.recognisers.lexicon import default_lexicon
from loaders.registry import detect
from loaders.structure import items
from loaders.structure import portfolio
from loaders.structure import responsibility as resp


def read(text: str):
    doc = from_bytes(text.encode("utf-8"), "written.txt")
    return detect(doc).parse(doc, default_lexicon())


def facts(ex) -> set[tuple[str, str, str]]:
    """(task text, who as written, role) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["text"], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name,
             r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


# A work report's list of pledges, each numbered item closed by its bracket of fields before the full stop.

def test_a_numbered_items_bracket_of_fields_answers_for_the_whole_item():
    text = ("今年要办好以下民生实事：\n"
            "1.实施公路安全生命防护工程1500公里；开展城市交通通行质量提升行动，有效缓解停车难问题（牵头单位：交通厅、公安厅）。\n"
            "2.为新生儿免费提供疾病筛查服务，分娩住院医疗费用全额报销（牵头单位：卫健委）。\n")
    got = {(a.who.text, a.task.text, a.role) for a in portfolio.assignments(text, set())}
    assert got == {
        ("交通厅", "实施公路安全生命防护工程1500公里；开展城市交通通行质量提升行动，有效缓解停车难问题", "lead"),
        ("公安厅", "实施公路安全生命防护工程1500公里；开展城市交通通行质量提升行动，有效缓解停车难问题", "lead"),
        ("卫健委", "为新生儿免费提供疾病筛查服务，分娩住院医疗费用全额报销", "lead")}


def test_news_telling_a_task_with_its_bracket_keeps_the_clause_before_it():
    text = "会议明确，推进城市更新，办好民生实事（牵头单位：市民政局）。"
    got = {(a.who.text, a.task.text) for a in portfolio.assignments(text, set())}
    assert got == {("市民政局", "办好民生实事")}


# A bracket right after a body's name is that body's other name (or its owner's), not an annotation.

def test_a_bracket_right_after_a_bodys_name_is_not_an_annotation():
    text = "开展先行先试的地方主管部门要制定具体实施方案，并报工业和信息化部装备工业二司（国家重大技术装备办公室）。"
    assert resp.find(text, 0, len(text), False) == []
    # (a measure closed by a bare list still is one)
    text = "推进工业互联网平台建设（市工业和信息化局、市大数据局）。"
    assert [u.name.text for a in resp.find(text, 0, len(text), False) for u in a.units] == ["市工业和信息化局", "市大数据局"]


# A kind of facility written in brackets after the one it glosses names no one.

def test_a_kind_of_facility_in_brackets_is_not_a_unit():
    assert not resp.looks_like_unit("实验室")
    assert not resp.looks_like_unit("工作室")
    assert resp.looks_like_unit("崂山实验室")
    text = "积极推动顶尖人才及团队来我省设立工作站（工作室、实验室）。"
    assert resp.find(text, 0, len(text), False) == []


# An article (第九条) standing under a numbered heading of the article before it (（三）政策咨询).

ARTICLES = """某区关于支持人工智能产业发展的若干措施
第八条 对园区内人工智能企业给予奖励。（责任单位：区科技局）
（一）申报条件
1.申报主体是园区内人工智能企业；
（二）政策咨询
区科技局，联系电话：0532-88999999。
第九条 鼓励龙头企业开展产业链招商，按照规定给予一次性奖励。（责任单位：区商务局）
"""


def test_an_article_under_the_heading_above_it_is_its_own_measure():
    assert items.article_start(ARTICLES, 0, len(ARTICLES)) == ARTICLES.index("鼓励龙头企业")
    assert items.article_start("（二）政策咨询", 0, 7) == 0
    ex = read(ARTICLES)
    texts = {t for t, who, _ in facts(ex) if who == "区商务局"}
    assert texts == {"鼓励龙头企业开展产业链招商，按照规定给予一次性奖励。"}


# 和 inside a department's own name (工业和信息化, 住房和城乡建设) joins no two units.

def test_a_collective_of_bureaus_named_with_he_stays_whole():
    text = "支持建设市制造业创新中心。（省工业和信息化厅、各市工业和信息化局牵头）"
    got = [(u.name.text, u.role) for a in resp.find(text, 0, len(text), False) for u in a.units]
    assert got == [("省工业和信息化厅", "lead"), ("各市工业和信息化局", "lead")]
    # (two units joined by 和 are still two)
    for value, parts in (("市财政局和各县区政府", ["市财政局", "各县区政府"]),
                         ("各县市区和市直各部门", ["各县市区", "市直各部门"]),
                         ("各镇街和区级有关部门", ["各镇街", "区级有关部门"]),
                         ("各区县住房和城乡建设委员会", ["各区县住房和城乡建设委员会"])):
        assert [u.text for u in resp._joined(resp.ann.Span(value, 0, len(value)))] == parts


# A bracket after a form's blank captions it: ____________（发证部门）.

def test_a_bracket_after_a_forms_blank_is_not_an_annotation():
    text = "测试期间应严格遵守有关管理办法。\n________________ _______________ （发证部门）\n"
    assert resp.find(text, 0, len(text), False) == []


def test_an_item_of_several_sentences_or_annotations_keeps_the_clause_before_its_bracket():
    text = ("1.完善养老服务网络。发放养老服务消费补贴，建成家庭养老床位7000张（牵头单位：民政厅）。\n"
            "2.实施公路安全生命防护工程（交通厅牵头）；缓解停车难问题（牵头单位：公安厅）。\n")
    got = {(a.who.text, a.task.text) for a in portfolio.assignments(text, set())}
    assert got == {("民政厅", "建成家庭养老床位7000张"), ("公安厅", "缓解停车难问题")}


def test_an_article_inside_an_item_with_no_bracket_of_its_own_stays_in_the_items_text():
    # (the item answers by its header's 牵头: the article is part of the item, not a measure closed by its own bracket)
    text = ("某区关于支持人工智能产业发展的若干措施\n一、强化产业扶持（区科技局牵头）\n"
            "（一）支持企业研发。对企业研发投入给予补助。\n第三条 对新认定的高新技术企业给予奖励。\n"
            "（二）支持人才引进。对引进人才给予补贴。\n")
    assert ("支持企业研发。对企业研发投入给予补助。第三条对新认定的高新技术企业给予奖励。", "区科技局", "lead") in facts(read(text))


# Guards from the review of these rules (rev11): each input once lost a fact or cut a task.

def test_a_word_that_only_ends_as_a_body_does_keeps_its_bracket():
    from tests.test_layouts_written import facts, read
    _kind, ex = read("某市2024年营商环境行动方案\n（一）优化产业空间布局（市发展改革委、市自然资源局）。"
                     "（二）组建市级城市投资发展公司（市国资委、市财政局）。（三）升级改造政务服务大厅（市行政审批局）。\n")
    assert {who for _s, who, _r in facts(ex)} == {"市发展改革委", "市自然资源局", "市国资委", "市财政局", "市行政审批局"}


def test_a_laws_article_a_sentence_cites_starts_no_measure():
    from tests.test_layouts_written import read, task_props
    _kind, ex = read("某市安全生产工作方案\n（一）督促企业严格落实《中华人民共和国安全生产法》\n"
                     "第二十一条规定的主要负责人七项职责，建立健全全员安全生产责任制（责任单位：市应急管理局）。\n")
    assert task_props(ex)["(一)"]["text"].startswith("督促企业严格落实")


def test_more_department_names_holding_he_stay_whole():
    from tests.test_layouts_written import facts, read
    _kind, ex = read("某市2024年行动方案\n1.推进文旅融合（各县文化广电和旅游局负责）。\n2.推进全民健身（市教育和体育局、市卫健委负责）。\n")
    assert {who for _s, who, _r in facts(ex)} == {"各县文化广电和旅游局", "市教育和体育局", "市卫健委"}


def test_a_clause_assigned_in_words_keeps_its_own_body():
    found = portfolio.assignments("2.建设养老服务中心2个，由县民政局负责；完成老旧小区改造10个（牵头单位：县住建局）", set())
    assert [(a.who.text, a.task.text) for a in found] == [("县住建局", "完成老旧小区改造10个")]
