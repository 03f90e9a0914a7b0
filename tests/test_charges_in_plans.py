"""Charges told in the sentences of plans and documents of no known kind (由X…), where no bracket annotates the
measure: each sentence a task, its bodies responsible (由X牵头，…: X leads)."""
from __future__ import annotations

from graph import schema
from loaders.reading.source import from_bytes
from loaders.recognisers.lexicon import default_lexicon
from loaders.registry import detect
from loaders.structure import charges


def read(text: str):
    doc = from_bytes(text.encode("utf-8"), "written.txt")
    return detect(doc).parse(doc, default_lexicon())


def told(ex) -> set[tuple[str, str, str]]:
    """(the task's text, the body as written, role) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["text"], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name,
             r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


# A city's measures written as prose, each saying which body carries it out (温州's 四小车 整治, as written).
MEASURES = """某市电动三轮车综合整治方案
电动三轮车专项整治：
5月份，由市质监局、市工商局联合发布通告，市区严禁电动三轮车上路通行。对违法停放等行为，由交警部门依法严厉查处。
人力三轮车专项整治：
一是回收淘汰人力三轮车，经济补偿参照市场行情，并由物价部门进行测算评估和核准后，予以补偿。
二是对无牌人力三轮车坚决予以取缔，补偿并由物价部门进行测算评估和核准后，政府按照一定标准予以补偿。
三是由各区人民政府负责给车主发放补偿金。
本方案由市交通局负责解释。由市政府督查室负责督查落实情况。
"""


def test_a_body_named_after_you_in_a_measures_sentence_answers_for_it():
    facts = told(read(MEASURES))
    assert {(n, r) for _, n, r in facts} == {("市质监局", "responsible"), ("市工商局", "responsible"),
                                             ("交警部门", "responsible"), ("物价部门", "responsible")}
    # (the sentence is the measure, its bodies inside it; the same measure told twice is read once)
    assert ("对违法停放等行为，由交警部门依法严厉查处", "交警部门", "responsible") in facts
    assert sum(1 for _, n, _ in facts if n == "物价部门") == 1


def test_a_collective_a_rules_interpretation_and_the_plans_oversight_are_no_charge():
    for s in ("三是由各区人民政府负责给车主发放补偿金。", "本方案由市交通局负责解释。", "由市政府督查室负责督查落实情况。",
              "由县农业农村局、财政局负责监督。", "由教育部、民政部等部门负责同志组成。",
              "由国家医保局、国家药监局、联合采购办公室选派人员参加。", "理由市发改委进行审核。"):
        assert charges.done_by(s) == [], s


def test_a_body_that_leads_is_lead_for_what_follows():
    [(units, task)] = charges.done_by("由市发改委牵头，制定方案并组织实施。")
    assert [(u.name.text, u.role) for u in units] == [("市发改委", "lead")] and task.text == "制定方案并组织实施"


# A measure its bracket annotates is never read again from its sentence.
BRACKETED = """某县优化营商环境行动方案
一、提升审批效率
1.由县行政审批局牵头，推行一窗受理、集成服务改革。（牵头单位：县行政审批局；配合单位：县发改局）
2.由县市场监管局依法开展双随机抽查，规范涉企检查。（责任单位：县市场监管局）
"""


def test_a_measure_with_its_bracket_is_not_read_twice():
    ex = read(BRACKETED)
    assert ex.document.kind == "action_plan"
    assert not [e for e in ex.entities if e.label == schema.TASK and "done-by" in e.key]


def test_a_body_that_will_do_the_work_answers_for_it_and_a_pair_working_together_is_no_one():
    said = charges.done_by("各地应组织一次自查，并将结果报市发改委，由市发改委将完成情况汇总上报市政府。")
    got = {(t.text, u.name.text, u.role) for us, t in said for u in us}
    assert got == {("各地应组织一次自查，并将结果报市发改委，由市发改委将完成情况汇总上报市政府", "市发改委", "responsible")}
    # (X会同Y: two bodies working together, read as one name, is no one's)
    assert charges.done_by("由区财政局会同园区管委会负责资金拨付。") == []
