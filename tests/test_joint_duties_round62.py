"""Duties a rule's articles or a notice's clauses give bodies working together or named with a bracket, each rule on a
small example written for it: X会同Y… / 由X会同Y、Z… / X配合Y… (`joint_duties`), a second or former name in brackets
and a region's government as the subject of X负责… (`duties.told`), and a rule stored as one line, read article by
article (`sentence_charges`)."""
from __future__ import annotations

from loaders.kinds import sentence_charges
from loaders.structure import duties, joint_duties
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT

from tests.test_layouts_written import facts, read


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


def test_bodies_working_together_each_answer_for_the_work():
    # X会同Y负责…: both responsible (会同 is no role word); 由X会同Y、Z制定…: all three, what follows them the task
    got = _got(duties.told("第六条 市财政局会同市农业农村局负责安排并及时拨付储备粮的贷款利息。\n"))
    assert got == [([("市财政局", RESPONSIBLE), ("市农业农村局", RESPONSIBLE)], "安排并及时拨付储备粮的贷款利息")], got
    got = _got(joint_duties.with_others("第十条 由市发展改革委会同市财政局、市统计局制定年度分解计划，报市人民政府批准后执行。\n"))
    assert got == [([("市发展改革委", RESPONSIBLE), ("市财政局", RESPONSIBLE), ("市统计局", RESPONSIBLE)],
                     "制定年度分解计划，报市人民政府批准后执行")], got


def test_a_body_backing_others_supports_and_bodies_worked_with_answer_as_written():
    # 由X配合Y、Z申报…: X support, Y and Z responsible; …工作由X会同有关部门进行。: X and 有关部门 as written (会同 is no
    # role word: both responsible, as the layouts gold reads it since round 59), for what went before 由
    got = _got(joint_duties.with_others("对新办企业，由县财政局配合县发改委、县商务局积极申报项目资金。\n"
                                        "第十三条 专项考核工作由县人社局会同有关部门进行。\n"))
    assert got == [([("县财政局", SUPPORT), ("县发改委", RESPONSIBLE), ("县商务局", RESPONSIBLE)], "积极申报项目资金"),
                   ([("县人社局", RESPONSIBLE), ("有关部门", RESPONSIBLE)], "专项考核工作")], got


def test_no_joint_duty_of_what_is_no_body_nor_a_rule_on_itself():
    # 会同 a thing or a person, a verb after 配合 (配合做好…), a rule's word on itself: nothing
    assert joint_duties.with_others("由县财政局会同申请人进行核实，按程序办理。县财政局配合做好资金拨付。"
                                    "本办法由县财政局会同县商务局负责解释。本办法的解释工作由县财政局会同县商务局进行。\n") == []


def test_a_name_in_brackets_is_kept_as_a_second_name_and_left_out_as_a_former_one():
    # X（Y）负责…: the body's second name (its other 牌子) is its name; X(原Y)负责…: the former name is no part of it
    got = _got(duties.told("第五条 市发展改革委（市粮食和物资储备局）负责市级储备粮行政管理。\n"
                           "市不动产登记中心(原市房地产交易中心)负责受理全市范围内的海域使用权登记。\n"))
    assert got == [([("市发展改革委（市粮食和物资储备局）", RESPONSIBLE)], "市级储备粮行政管理"),
                   ([("市不动产登记中心", RESPONSIBLE)], "受理全市范围内的海域使用权登记")], got


def test_a_region_government_named_by_its_region_answers_but_not_a_level():
    got = _got(duties.told("第十条 沙湾县人民政府负责招商引资项目的基础设施配套完善。\n"
                           "第五条 县级以上人民政府负责本行政区域内的监督管理工作。\n"))
    assert got == [([("沙湾县人民政府", RESPONSIBLE)], "招商引资项目的基础设施配套完善")], got


def test_a_rule_stored_as_one_line_is_read_article_by_article():
    # the articles of a 办法 run together on one line: each is a unit, and a second name in brackets is no annotation
    line = ("第四条  未经市人民政府批准，任何单位不得动用储备粮。第五条  市发展改革委（市粮食和物资储备局）负责储备粮行政管理。"
            "第六条  市财政局负责拨付储备粮的保管费用（包括轮换费）。")
    a = line.index("市发展改革委")
    assert sentence_charges._unit_of(line, a, a + 10) == (line.index("第五条"), line.index("第六条"))
    text = "某市储备粮管理办法\n" + line + "\n"
    kind, ex = read(text)
    assert kind == "generic", kind
    got = {(who, role) for _, who, role in facts(ex)}
    assert got == {("市发展改革委（市粮食和物资储备局）", "responsible"), ("市财政局", "responsible")}, got


def test_a_rule_dividing_supervision_charges_each_body_and_a_body_leading_leads():
    # X依法对…进行监督管理: each body answers for its supervision (not what the public may do, 鼓励群众依法对…进行监督);
    # X牵头负责…: X leads it
    got = _got(duties.told("第六条 应急管理部门依法对生产单位的安全生产进行监督管理。\n市场监管部门依法对产品质量实施监督检查。\n"
                           "鼓励人民群众依法对政府及其工作人员进行监督。\n第五条 中心办公室牵头负责中心党风廉政建设的日常事务工作。\n"))
    assert got == [([("应急管理部门", RESPONSIBLE)], "对生产单位的安全生产进行监督管理"),
                   ([("市场监管部门", RESPONSIBLE)], "对产品质量实施监督检查"),
                   ([("中心办公室", LEAD)], "中心党风廉政建设的日常事务工作")], got


def test_a_body_told_to_work_with_others_and_no_duty_in_what_was_done():
    # X要会同Y… / X应当会同Y、Z…: X (and the bodies it works with) answer, read once; what was done (X已会同Y…, X会同Y研究
    # 提出了…), a body in what is done to the work (方案经X会同Y评审后实施) and X要配合 a collective's name give no duty
    got = _got(joint_duties.with_others("市场监管总局要会同有关部门制定联合抽查事项清单。\n"
                                        "州数据资源主管部门应当会同州发展改革委、州财政局建立基础数据资源库。\n"))
    assert got == [([("市场监管总局", RESPONSIBLE), ("有关部门", RESPONSIBLE)], "制定联合抽查事项清单"),
                   ([("州数据资源主管部门", RESPONSIBLE), ("州发展改革委", RESPONSIBLE), ("州财政局", RESPONSIBLE)],
                    "建立基础数据资源库")], got
    assert duties.told("州数据资源主管部门应当会同州发展改革委、州财政局建立基础数据资源库。\n") == []
    assert joint_duties.with_others("国办已会同国务院信息办组织力量起草意见。发展改革委会同水利部研究提出了办理意见。发展改革委会同有关部门研究提出：为加快振兴，…。"
                                    "体育总局要会同国家发展改革委做好指导、督查和总结工作。试点方案经生态环境部会同有关部门组织专家评审通过后实施。各市科技部门要配合省科技厅加强宣传解读。\n") == []
