"""Round 59 (lay9): duties a regulation, a notice or a plan's measure assigns in prose to the bodies it names, each rule
on a small example written for it: X负责… / X应… of a named body (`duties.told`), and …，具体工作由X负责。 naming the body
last (`duties.by_last`)."""
from __future__ import annotations

from loaders.structure import duties
from loaders.structure.responsibility import RESPONSIBLE

from tests.test_layouts_written import facts, read


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


def test_a_body_told_its_duty_in_an_article_answers_for_it():
    # 第十条 X负责…, X、Y负责…, X应… and X应当…: each body named answers for the rest of its sentence, up to the next
    # subject told its duty there
    got = _got(duties.told("第十条 中心党委负责领导、组织对各部门主要负责人的考核工作。\n"
                           "第四条 国家能源局、国家矿山安全监察局负责全国示范煤矿建设的组织管理工作。\n"
                           "第九条 中心办公室和人事教育部应认真履行职能，协助中心党委抓好党风廉政建设工作。\n"
                           "教育部负责统筹协调平台资源的监督管理工作，地方教育行政部门依据职责负责所辖平台的管理工作。\n"
                           "公安机关交通管理部门应当依法对当事人的违法行为作出处罚。\n"))
    assert got == [([("中心党委", RESPONSIBLE)], "领导、组织对各部门主要负责人的考核工作"),
                   ([("国家能源局", RESPONSIBLE), ("国家矿山安全监察局", RESPONSIBLE)], "全国示范煤矿建设的组织管理工作"),
                   ([("中心办公室", RESPONSIBLE), ("人事教育部", RESPONSIBLE)], "认真履行职能，协助中心党委抓好党风廉政建设工作"),
                   ([("教育部", RESPONSIBLE)], "统筹协调平台资源的监督管理工作"),
                   ([("公安机关交通管理部门", RESPONSIBLE)], "依法对当事人的违法行为作出处罚")], got


def test_no_duty_of_a_collective_a_role_a_thing_a_helper_or_the_writer():
    # a collective (各部门, 有关…), a department named by its part in a procedure (政务部门, 数据提供部门), a thing's
    # requirement (水电站应达到…, 中心应包括…), a body helping another (协助X负责), a body empowered by another, the
    # writer (现将我局…), a body after 由 (read by `by_last`), what one hands in (对…的真实性负责), a phrase of a noun
    # (不再受理原X中心负责办理的业务), the plan's own oversight and a rule's boilerplate give no duty
    assert duties.told("各部门负责做好本单位的宣传工作。有关省级指挥部应立即进行研究分析。政务部门应无偿共享政务数据。"
                       "数据提供部门应自收到申请之日起7个工作日内答复。智能化小型水电站应达到无人值班的要求。"
                       "城市公共交通数据资源中心应包括企业、车辆等基础数据。工作专班，协助国家能源局负责日常管理工作。"
                       "州人民政府授权州数据资源主管部门负责统筹全州数据工作。现将我局牵头负责的实事公示如下。"
                       "日常工作由省经济和信息化委负责，组织推进试点工作。申报主体对申报材料的真实性负责。"
                       "不再受理原市房地产交易中心负责办理的各类登记业务。市发展改革委负责《方案》工作任务的统一督导调度。"
                       "本办法由市财政局负责解释。\n") == []


def test_a_body_named_last_answers_for_what_its_sentence_said_first():
    # …，具体工作由X和Y负责。 / …，统一交由X承担 / …仍由X办理: what went before is X's (the words before 由 that are no
    # part of it, 具体工作, 统一交, 仍, left out); X会同Y is no such body, nor a rule's word on itself
    got = _got(duties.by_last("第十二条 年度考核可与年终干部考核工作结合进行，具体工作由人事教育部和办公室负责。\n"
                              "一、将市和区县土地登记等职责进行整合，统一交由市国土资源和房屋管理局承担，其余职责不变。\n"
                              "全省智能工厂培育认定工作由省工业和信息化厅负责。\n"
                              "专项考核工作由人事教育部会同有关部门进行。本办法由市财政局负责。\n"))
    assert got == [([("人事教育部", RESPONSIBLE), ("办公室", RESPONSIBLE)], "年度考核可与年终干部考核工作结合进行"),
                   ([("市国土资源和房屋管理局", RESPONSIBLE)], "将市和区县土地登记等职责进行整合"),
                   ([("省工业和信息化厅", RESPONSIBLE)], "全省智能工厂培育认定工作")], got


def test_a_regulation_reads_its_articles_duties():
    text = ("江苏省体育局训练中心党风廉政建设责任制实施办法\n"
            "第一条 为加强党风廉政建设，结合我中心的实际，制定本实施办法。\n"
            "第十条 建立和完善责任制执行情况考核制度。中心党委负责领导、组织对各部门主要负责人执行责任制情况的考核工作。\n"
            "第十二条 年度考核可与年终干部考核工作结合进行，具体工作由人事教育部和办公室负责。\n"
            "第十四条 各部门每年应将落实责任制的情况列入年度总结，并报中心党委。\n")
    kind, ex = read(text)
    assert kind == "generic", kind
    got = {(who, role) for _, who, role in facts(ex)}
    # (第十四条's 各部门每年应…: the bodies of the centre, all of them, told in a rule's article what they must do, as the
    # gold's rules count them since the sixteenth session's rule_collectives)
    assert got == {("中心党委", "responsible"), ("人事教育部", "responsible"), ("办公室", "responsible"),
                   ("各部门", "responsible")}, got
