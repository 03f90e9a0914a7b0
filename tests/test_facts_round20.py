"""Responsibility facts on layouts kg was not built around (twentieth session, facts2): each rule on a small example
written for it, failing on the commit before it (107d516)."""
from __future__ import annotations

from tests.test_flattened_tables_merged import task_facts
from tests.test_layouts_written import read


# A bracket of two labelled fields, the second a 支撑单位 (the bodies that back the lead up) after a comma.
BACKED = ("某某区城市更新2025年度实施计划\n"
          "一、行动任务\n"
          "1.推进老城区城市更新项目。（牵头单位：区住房城乡建设局、城关街道，支撑单位：区规划资源局、区财政局）\n"
          "2.完成旧住房修缮更新10万平方米。（牵头单位：区住房城乡建设局）\n"
          "3.推进3个口袋公园建设。（牵头单位：区园林局，支撑单位：相关街镇）\n")


def test_a_backing_field_after_the_lead_names_support():
    kind, ex = read(BACKED)
    facts = task_facts(ex)
    assert ("推进老城区城市更新项目。", "区规划资源局", "support") in facts
    assert ("推进老城区城市更新项目。", "区财政局", "support") in facts
    assert ("推进老城区城市更新项目。", "城关街道", "lead") in facts
    assert ("推进3个口袋公园建设。", "相关街镇", "support") in facts
    assert not any("支撑" in name for _, name, _ in facts)      # (the label is no part of a name)


# A flattened table (one cell a line) whose header names the task (任务名称) then its content (任务内容): the content is
# the task and the name groups the rows, written once for the rows it spans (a merged cell), as a grid table reads.
NAMED = ("附件\n"
         "2024年某某县农村人居环境整治工作任务清单\n"
         "序号\n任务名称\n任务内容\n牵头部门\n配合部门\n完成时间\n"
         "1\n加强组织领导\n召开全县农村人居环境整治工作推进会，建立联席会议制度。\n县农业农村局\n各乡镇\n2024年3月\n"
         "2\n将农村人居环境整治纳入乡村振兴实绩考核。\n县委组织部\n县农业农村局\n2024年\n"
         "3\n推进厕所革命\n完成农村户厕改造1000户。\n县农业农村局\n县卫生健康局、各乡镇\n2024年10月\n"
         "4\n建立农村公厕管护长效机制。\n各乡镇\n县住房城乡建设局\n2024年\n")


def test_a_task_names_content_is_the_task_and_rows_of_a_merged_name_keep_their_columns():
    kind, ex = read(NAMED)
    facts = task_facts(ex)
    assert ("将农村人居环境整治纳入乡村振兴实绩考核。", "县委组织部", "lead") in facts
    assert ("将农村人居环境整治纳入乡村振兴实绩考核。", "县农业农村局", "support") in facts
    assert ("建立农村公厕管护长效机制。", "各乡镇", "lead") in facts
    assert ("召开全县农村人居环境整治工作推进会，建立联席会议制度。", "县农业农村局", "lead") in facts
    tasks = {t for t, _, _ in facts}
    assert not tasks & {"县委组织部", "各乡镇", "加强组织领导"}       # (a unit's cell or a group's is no task)


# A division of duties body by body: each numbered header a body on its own line, the sentences under it its duties.
DUTIES = ("三、职责分工\n"
          "（一）县住房城乡建设局\n"
          "牵头协调推进全县海绵城市建设工作，负责海绵城市建设规划编制工作。指导建设项目落实海绵城市建设要求。\n"
          "（二）县财政局\n"
          "负责安排海绵城市建设年度预算资金。\n"
          "（三）各建设单位\n"
          "在本单位实施的工程项目中落实海绵城市建设要求。\n"
          "四、保障措施\n"
          "加强宣传引导，营造良好氛围。\n")
# The same with each body and its duties on one line.
ON_ONE_LINE = ("三、职责分工\n"
               "1.县发展改革局：负责在项目立项审批中落实海绵城市建设要求。\n"
               "2.县财政局：负责安排海绵城市建设年度预算资金。\n")
# One numbered point that happens to name a body is no division of duties; nor a heading that names none.
NOT_DUTIES = ("三、工作措施\n"
              "（一）加强组织领导\n"
              "成立工作专班，统筹推进各项工作。\n"
              "（二）县财政局\n"
              "做好资金保障工作。\n"
              "（三）强化督查考核\n"
              "定期通报工作进展情况。\n")


def test_each_body_header_answers_for_the_sentences_under_it():
    facts = task_facts(read(DUTIES)[1])
    assert ("牵头协调推进全县海绵城市建设工作", "县住房城乡建设局", "lead") in facts
    assert ("负责海绵城市建设规划编制工作", "县住房城乡建设局", "responsible") in facts
    assert ("指导建设项目落实海绵城市建设要求", "县住房城乡建设局", "responsible") in facts
    assert ("负责安排海绵城市建设年度预算资金", "县财政局", "responsible") in facts
    assert ("在本单位实施的工程项目中落实海绵城市建设要求", "各建设单位", "responsible") in facts
    assert not any("宣传" in t for t, _, _ in facts)        # (四、保障措施 ends the division)
    facts = task_facts(read(ON_ONE_LINE)[1])
    assert ("负责在项目立项审批中落实海绵城市建设要求", "县发展改革局", "responsible") in facts
    assert ("负责安排海绵城市建设年度预算资金", "县财政局", "responsible") in facts


def test_a_lone_numbered_body_among_headings_is_no_division_of_duties():
    facts = task_facts(read(NOT_DUTIES)[1])
    assert not any(t.startswith("做好资金保障") for t, _, _ in facts)


def test_a_reports_line_per_body_is_no_duty():
    report = ("一、各指挥部项目推进情况\n"
              "1.城乡建设工作指挥部：项目23项，未达序时进度2项。\n"
              "2.工业园区建设工作指挥部：项目57项，均达序时进度。\n")
    facts = task_facts(read(report)[1])
    assert not any(t.startswith("项目") for t, _, _ in facts)


# A flattened table whose header opens with a category column before the number (任务类型 / 序号 / 工作任务 / 推进单位):
# a group's heading and each category written once, before the number of the first row they span; a unit cell merged
# over several rows written once (the rows below take it); a 工作专班 among the units.
CATEGORIES = ("某某区城市更新重点任务清单\n"
              "任务类型\n序号\n工作任务\n推进单位\n"
              "行动一：综合区域整体焕新行动\n"
              "1\n推进老城片区整体更新\n区规划资源局、区住房城乡建设局\n"
              "行动二：人居环境品质提升行动\n"
              "旧区改造\n"
              "2\n全面完成零星旧里房屋改造\n区旧改专班、区房管局、各相关街镇\n"
              "旧住房更新改造\n"
              "3\n推进老旧住房成套改造\n"
              "4\n完成既有多层住宅加装电梯300台\n"
              "公共空间优化\n"
              "5\n改建或新建口袋公园5座\n区绿化市容局\n")


def test_category_cells_before_the_number_open_their_rows_and_merged_units_carry_down():
    facts = task_facts(read(CATEGORIES)[1])
    assert ("全面完成零星旧里房屋改造", "区旧改专班", "responsible") in facts
    assert ("全面完成零星旧里房屋改造", "各相关街镇", "responsible") in facts
    assert ("推进老旧住房成套改造", "区房管局", "responsible") in facts             # (the unit cell merged over rows 2–4)
    assert ("完成既有多层住宅加装电梯300台", "区旧改专班", "responsible") in facts
    assert ("改建或新建口袋公园5座", "区绿化市容局", "responsible") in facts
    tasks = {t for t, _, _ in facts}
    assert not any(t.startswith(("行动", "旧区改造", "旧住房更新改造", "公共空间优化")) for t in tasks)
    assert not any("旧住房更新改造" in t or "行动二" in t for t in tasks)     # (no category run into a task)


def test_a_backing_field_alone_on_its_line_is_a_contact_not_a_field():
    notice = ("某某部办公厅关于组织开展标准应用试点工作的通知\n"
              "一、每个企业只可申报一个项目。\n"
              "二、各省推荐项目不超过10个。\n"
              "联系人及电话：\n"
              "某某司 张某 010-12345678\n"
              "支撑单位：\n"
              "某某研究院 李某 010-87654321\n")
    facts = task_facts(read(notice)[1])
    assert not any("研究院" in name for _, name, _ in facts)


def test_a_body_header_over_sentences_naming_their_own_bodies_gives_them_nothing():
    text = ("第四章 职责分工\n"
            "第十二条 各自承担主要职责如下：\n"
            "（一）工业和信息化部门：市工业和信息化局负责发布申报指南；区工业和信息化局负责本辖区政策申报初审。\n"
            "（二）财政部门：市财政局负责资金预算安排；区财政局根据资金计划拨付资金。\n"
            "（三）申报主体：按要求进行项目申报，及时报送有关资料。\n")
    facts = task_facts(read(text)[1])
    assert not any(name == "工业和信息化部门" for _, name, _ in facts)
    assert not any(name == "财政部门" and "申报" in t for t, name, _ in facts)   # ((三) ends the 财政部门's duties)
    assert not any(name == "财政部门" for _, name, _ in facts)      # (区财政局根据…: its own body's sentence)
