"""Tables of tasks whose section rows name who is in charge, whose columns name the supporting units in
other words, and the titles that name such a table a division of work, each rule on a small example
written for it (issue 14)."""
from __future__ import annotations

import pytest

from graph import schema

from tests.test_layouts_written import facts, read

LIST = """某某市人民政府关于印发2022年重点工作及责任清单的通知
各县区人民政府，市政府各部门：
市政府研究确定了《2022年重点工作及责任清单》，现印发给你们，请认真贯彻落实。
2022年3月4日
2022年重点工作及责任清单
序号
重点工作
牵头责任单位
协同责任单位
任务来源
一、张建国市长负责事项(共2项)
1
持续优化营商环境。
市政府办
市发展改革委
省政府文件
2
推进政务服务一网通办。
市数据资源局
市直各部门
省政府文件
二、李明副市长牵头的工作
3
新建城市道路10公里。
市住建局
市财政局
政府工作报告
"""


def test_a_list_of_key_work_with_who_answers_is_a_division():
    # 重点工作及责任清单: key work listed with who answers for each item
    assert read(LIST)[0] == "division_plan"


def test_a_section_row_naming_a_leader_gives_every_task_under_it_that_leader():
    kind, ex = read(LIST)
    got = facts(ex)
    # 负责 makes the leader responsible, 牵头 the lead (as in a plan's section headers)
    assert {("1", "张建国", schema.ROLE_RESPONSIBLE), ("2", "张建国", schema.ROLE_RESPONSIBLE),
            ("3", "李明", schema.ROLE_LEAD)} <= got
    assert ("3", "张建国", schema.ROLE_RESPONSIBLE) not in got


def test_a_column_of_cooperating_units_that_answer_supports():
    # 协同责任单位 supports, though its label ends with 责任单位; 牵头责任单位 leads
    got = facts(read(LIST)[1])
    assert {("1", "市政府办", schema.ROLE_LEAD), ("1", "市发展改革委", schema.ROLE_SUPPORT),
            ("3", "市财政局", schema.ROLE_SUPPORT)} <= got


def test_a_tables_section_row_names_its_officials():
    ex = read(LIST)[1]
    leaders = {e.name: e.props.get("titles") for e in ex.entities if e.label == schema.LEADER}
    assert leaders.get("张建国") == ["市长"]


def _tasks(ex) -> dict[str, str]:
    return {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == schema.TASK}


def test_a_column_of_detailed_requirements_is_the_task_and_the_work_heads_its_groups():
    # 工作任务 | 具体要求 | 责任部门: the work column holds each group's heading; a row under the same heading
    # leaves that merged cell out, so its cells stand one place to the left
    text = ("工作任务 | 具体要求 | 责任部门 |\n"
            "一、做好财政信息公开。 | 1.积极推进本中心预算、决算公开。 | 财务科 |\n"
            "二、做好网站专栏信息公开。 | 2.及时更新网站的各类概况信息。 | 办公室 |\n"
            "3.及时反馈网民对征集信息的意见。 | 各科室 | |\n"
            "4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n")
    ex = read(text)[1]
    assert facts(ex) == {("1", "财务科", schema.ROLE_RESPONSIBLE), ("2", "办公室", schema.ROLE_RESPONSIBLE),
                         ("3", "各科室", schema.ROLE_RESPONSIBLE), ("4", "办公室", schema.ROLE_LEAD),
                         ("4", "各科室", schema.ROLE_SUPPORT)}
    assert _tasks(ex)["3"].startswith("及时反馈网民")


FLAT_UNNAMED_NUMBERS = """某某局2023年政务公开重点任务清单
工作任务
具体要求
责任科室
时限要求
强化规范性文件公开
1
对行政规范性文件进行全面清理并公布目录。
办公室
年底前
深化政策解读形式
2
积极做好政策解读工作，丰富解读形式。
各科室
持续推进
3
严格规范政府信息公开专栏。
政策法规科
6月底前
"""


def test_a_flattened_header_with_no_number_label_over_rows_that_carry_numbers():
    # the header names four columns, each row has five cells: the bare number no label names
    ex = read(FLAT_UNNAMED_NUMBERS)[1]
    assert facts(ex) == {("1", "办公室", schema.ROLE_RESPONSIBLE), ("2", "各科室", schema.ROLE_RESPONSIBLE),
                         ("3", "政策法规科", schema.ROLE_RESPONSIBLE)}
    props = {e.props["seq"]: e.props for e in ex.entities if e.label == schema.TASK}
    # 时限要求 is the deadline column; the heading groups the rows under it
    assert props["3"]["deadline"] == "6月底前" and props["2"]["section"] == "深化政策解读形式"


def test_a_title_naming_a_division_decides_over_the_tables_shape():
    # responsible units and a deadline alone look like a list of pledges, but the title names the division
    text = FLAT_UNNAMED_NUMBERS.replace("某某局2023年政务公开重点任务清单", "某某市2022年政务公开任务分解责任清单")
    assert read(text)[0] == "division_plan"


@pytest.mark.parametrize("text,kind", [
    # a notice dividing a report's work by its title (关于分解落实省政府工作报告的通知), the tables not in it
    ("市人民政府办公室关于分解落实省政府工作报告的通知\n各县、市、区人民政府，市政府各部门：\n为全面落实省政府工作报告确定的目标任务，"
     "现将有关事项通知如下。\n一、提高政治站位\n各地各部门必须坚持把落实报告作为重要任务。\n", "division_plan"),
    # … or by its opening, saying the report's work was divided into so many items
    ("某某市人民政府关于切实做好2020年市政府重点工作的通知\n各区人民政府，各委、局：\n市政府常务会议确定了2020年市政府重点工作，"
     "将《政府工作报告》部署的工作任务分解为148项。为确保各项重点工作任务顺利完成，现将有关事项通知如下：\n一、强化组织领导。"
     "各责任单位要对承办的工作负总责。\n", "division_plan"),
    # a piece naming the pledges, then listing them ①… (a congress's vote on the 十大民生实事)
    ("4月1日，某县人民代表大会召开。大会通报了我县2023年民生实事项目票决结果。\n十大民生实事分别包括：\n①村级医保服务能力提升工程；\n"
     "②中小学校舍提升改造工程；\n③农村敬老院改造提升项目；\n④城区智慧水务建设工程。\n", "commitment_table"),
    # … or one a line without numbers, after the line introducing them
    ("2025年某市将接续办好15件重点民生实事\n1月19日，某市人民代表大会开幕，市长某某作政府工作报告。今年，某市将接续办好15件重点民生实事。具体包括：\n"
     "新开工改造城镇老旧小区3011万平方米。\n建设100个口袋公园、10座体育公园。\n加装农村公路安全护栏4000公里。\n"
     "完成50个农村黑臭水体治理项目。\n", "commitment_table"),
])
def test_a_document_says_what_it_is_by_its_title_or_its_list(text, kind):
    assert read(text)[0] == kind


def test_measures_written_as_paragraphs_without_numbers_each_closed_by_its_annotation():
    text = ("某市贯彻落实省三年行动计划的实施方案\n"
            "为深入贯彻落实省政府决策部署，推动全市高质量发展，制定本实施方案。"
            "（除标注“分别牵头”外，列第一位的为牵头单位，其他为配合单位）\n"
            "加强科技创新主体培育。实施科技型中小企业创新能力提升工程，建立高新技术企业梯次培育库。（市科技局牵头负责，市财政局配合）\n"
            "加快产业转型升级。推动传统产业技术改造，培育新兴产业集群。（市工业和信息化局牵头，市发展改革委配合）\n")
    assert facts(read(text)[1]) == {("", "市科技局", schema.ROLE_LEAD), ("", "市财政局", schema.ROLE_SUPPORT),
                                    ("", "市工业和信息化局", schema.ROLE_LEAD), ("", "市发展改革委", schema.ROLE_SUPPORT)}


def test_a_bureaus_plan_names_its_sections_in_its_fields():
    # 责任科室 / 牵头处室: a bureau's sections answer for its measures, as units do
    text = ("某市教育局2024年工作要点\n一、加强党的全面领导\n1.加强思想理论武装。深入推进理论学习中心组学习。（责任科室：组干科、机关党委）\n"
            "2.推进依法治教。完善教育法治工作机制。（牵头处室：政策法规处；配合处室：办公室）\n")
    assert facts(read(text)[1]) == {("1", "组干科", schema.ROLE_RESPONSIBLE), ("1", "机关党委", schema.ROLE_RESPONSIBLE),
                                    ("2", "政策法规处", schema.ROLE_LEAD), ("2", "办公室", schema.ROLE_SUPPORT)}


def test_an_opening_saying_it_reports_how_the_work_stands_is_a_progress_report():
    text = ("2020年初，县督查局对市政府下达的工作责任目标进行细化分解，明确责任和完成时限。现将工作落实情况汇报如下：\n"
            "1.全社会固定资产投资增速高于全省平均水平。\n1-11月固定资产投资同比增长6.3%，已完成年度目标。\n"
            "2.改扩建中心敬老院1所。\n已建成西平县中心敬老院，目前入住72人。\n")
    assert read(text)[0] == "progress_report"


def test_a_bodys_report_on_the_motions_it_handled_is_a_progress_report():
    text = ("某县交通运输局2024年人大建议和政协提案办理情况\n"
            "县交运局高度重视人大建议、政协提案办理工作，召开专题会议研究。\n"
            "2024年县交运局共收到代表交办建议40件，政协交办提案5件。县交运局主办的40件人大建议和5件政协提案均于6月20日前全部办理完成，"
            "办理结果均为满意。\n")
    assert read(text)[0] == "progress_report"


def test_a_line_naming_a_unit_and_its_count_heads_the_items_under_it():
    text = ("某区我为群众办实事项目清单及进展情况公布如下，接受社会各界监督。\n"
            "区委办公室(2项)\n1.领办项目：下荒村路灯损坏修复项目。工作进展：目前已全部更换完毕。\n"
            "2.领办项目：锦绣社区外围车位规划项目。工作进展：已完成66个车位划定工作。\n"
            "区教育局(1项)\n1.领办项目：第一小学校门口交通安全改造项目。工作进展：正在施工。\n")
    got = facts(read(text)[1])
    assert {(s, n) for s, n, _r in got} >= {("1", "区委办公室"), ("2", "区委办公室"), ("1", "区教育局")}
    assert all(r == schema.ROLE_RESPONSIBLE for _s, _n, r in got)
    # the next unit's line is not the item's text
    assert not any("区教育局" in t["text"] for t in task_list(read(text)[1]))


def task_list(ex):
    return [e.props for e in ex.entities if e.label == schema.TASK]
