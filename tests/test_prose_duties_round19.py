"""A rule's body told its duty with how or under whom it does it between them, closed by a comma
(X按照“谁推荐、谁负责”的原则，负责…; X在Y领导下，按照本规定对…实施监督管理; X根据Y统一安排，组织…), and a body opening the
verb's own clause after another (园区建设期为5年，X根据…，组织…): loaders/structure/duties.py and bare_charges.py."""
from __future__ import annotations

from loaders.structure import bare_charges, duties

from tests.test_layouts_written import facts, read

RULE = """某某市数字经济园区奖补实施细则
第一章 总则
第一条 为推动数字经济发展，制定本细则。
第二条 本细则适用于本市行政区域内的园区。
第三条 园区建设期为三年，市工业和信息化局根据省工业和信息化厅统一安排，组织园区的申报评定工作。
第四条 市人力资源社会保障局按照“谁推荐、谁负责”的原则，负责本行业领域培训机构的管理与监督。
第五条 市通信管理局在市人民政府领导下，按照本规定对本行政区域内的服务实施监督管理。
第六条 市财政局依照有关规定，对奖补资金的使用情况进行审计监督。
"""


def test_how_between_the_body_and_its_duty():
    _, ex = read(RULE)
    got = {(name, role) for _, name, role in facts(ex)}
    assert {("市工业和信息化局", "responsible"), ("市人力资源社会保障局", "responsible"),
            ("市通信管理局", "responsible"), ("市财政局", "responsible")} <= got


def test_the_subject_after_a_clause_and_not_a_report():
    said = bare_charges.told("园区建设期为三年，市工业和信息化局根据省工业和信息化厅统一安排，组织园区的申报评定工作。")
    assert [[u.name.text for u in units] for units, _ in said] == [["市工业和信息化局"]]
    # (a comma closing the subject stays: X会同Y、Z，对…进行审核 — all of them)
    said = bare_charges.told("省级工业和信息化主管部门会同省级公安机关、交通运输部门，对申报方案进行审核。")
    assert [len(units) for units, _ in said] == [3]
    # (a report's past time opening the sentence: what was done, no duty)
    assert bare_charges.told("2020年初,县督查局对市政府下达的工作责任目标进行细化分解,建立台账。") == []
    # (a verb or a conjunction opening the clause: no subject of its own)
    assert bare_charges.told("出台相关政策，安排扶持资金等，并局部开展智慧林业的探索实践工作。") == []
    assert bare_charges.told("通过数据体系的建设，实现交通运输主管部门对行业基础信息进行监督管理。") == []
    # (a policy's 解读 tells how it was drafted)
    assert bare_charges.told("《规划》解读\n根据编制工作要求，市工业和信息化局组织精干力量开展《规划》编制工作。") == []


def test_a_how_clause_is_no_subject():
    said = duties.told("市财政局按照有关规定，负责拨付奖补资金。")
    assert [[u.name.text for u in units] for units, _ in said] == [["市财政局"]]
    assert said[0][1].text.startswith("拨付")
