"""Kinds told by how Chinese government writing marks them, each rule on a small example written for it (helper kind7):
annotated tasks under no plan's name and no stated purpose (a 督办 notice's matters, a list of 实事, a 公示 of projects)
are a division of tasks, not a plan of measures; a plan of measures that opens on its purpose (为…，制定…) stays one."""
from __future__ import annotations

from tests.test_layouts_written import read


def test_annotated_matters_under_no_plan_name_are_a_division():
    text = ("某市人民政府督查室关于开展专项督查的通知\n"
            "各乡镇人民政府，市直有关部门：\n"
            "一、重点督办事项\n"
            "1.农村生活垃圾治理情况。(责任单位:市住建局)\n"
            "2.农村厕所改造情况。(责任单位:市农业农村局)\n"
            "3.村容村貌整治情况。(责任单位:各乡镇人民政府)\n"
            "4.农村污水治理情况。(责任单位:市生态环境局)\n"
            "5.畜禽粪污处理情况。(责任单位:市畜牧局)\n")
    kind, _ = read(text)
    assert kind == "division_plan"


def test_measures_opening_on_their_purpose_stay_a_plan_of_measures():
    text = ("为加快某市数字经济发展，结合我市实际，制定如下政策措施。\n"
            "1.支持企业上云用数。(责任单位:市工信局)\n"
            "2.培育数字经济园区。(责任单位:市发改委)\n"
            "3.加强数字人才引进。(责任单位:市人社局)\n"
            "4.完善数据要素市场。(责任单位:市大数据局)\n"
            "5.强化金融支持。(责任单位:市金融局)\n")
    kind, _ = read(text)
    assert kind == "action_plan"


def test_a_table_of_tasks_with_only_their_units_is_a_division():
    text = ("工作任务 | 具体要求 | 责任部门 |\n"
            "一、做好财政信息公开。 | 1.积极推进本中心预算、决算公开。 | 财务科 |\n"
            "二、做好网站信息公开。 | 2.及时更新网站频道的概况信息。 | 办公室 |\n"
            "三、加强政策解读。 | 3.切实加强重大政策实施的发布解读。 | 综合科 |\n")
    kind, ex = read(text)
    assert kind == "division_plan"
    assert any(r.type == "RESPONSIBLE_FOR" for r in ex.relations)


def test_a_plan_made_for_the_years_pledges_is_their_list():
    # (its title left out: the opening sentence says the plan is made for the 民生实事 themselves)
    text = ("为切实保障和改善民生，经市人民代表大会投票表决，继续实施10件民生实事项目，现就2022年民生实事项目制定如下实施方案。\n"
            "一、主要目标\n"
            "力争10月底前基本完成。\n"
            "二、主要任务\n"
            "1.农村中小学校改扩建工程。改扩建学校5所，确保2022年完工。(责任单位:市教育局)\n")
    kind, ex = read(text)
    assert kind == "commitment_table"
    assert any(r.type == "RESPONSIBLE_FOR" for r in ex.relations)


def test_a_notice_asking_bodies_to_plan_for_the_pledges_is_not_their_list_by_that():
    from loaders.kinds.plan_detection import plans_pledges
    assert not plans_pledges("各单位要针对每项实事，制定可视可感可及的工作方案和具体措施。")
    assert plans_pledges("为高质高效推动2025年为民实事，特制定本实施方案。")


def test_progress_a_plan_asks_to_be_told_in_its_opening_makes_no_progress_report():
    text = ("某市人民政府办公室关于印发某市城镇老旧小区改造工作实施方案的通知\n"
            "建立工作调度制度，按月通报各县区进展情况，指导做好年度改造计划。\n"
            "1.加快老旧小区改造。市住建局牵头，市财政局配合。\n"
            "2.完善配套设施。市发改委牵头，市自然资源局配合。\n"
            "3.加强物业管理。市住建局牵头，各县区政府配合。\n")
    kind, _ = read(text)
    assert kind == "action_plan"


def test_a_report_titled_on_progress_stays_a_progress_report():
    text = ("某市城镇老旧小区改造工作实施方案推进情况\n"
            "1.加快老旧小区改造。市住建局牵头，市财政局配合。目前已开工改造小区32个。\n"
            "2.完善配套设施。市发改委牵头，市自然资源局配合。目前已完成规划设计。\n"
            "3.加强物业管理。市住建局牵头，各县区政府配合。正在推进物业全覆盖。\n")
    kind, _ = read(text)
    assert kind == "progress_report"


def test_pledges_a_dispatch_numbers_in_brackets_are_their_list():
    text = ("某省2020年“十件民生实事”出炉\n"
            "某网某市1月15日电(记者 王某) 1月15日，某省人民代表大会开幕，省长作《政府工作报告》时表示，将着力办好以下“十件民生实事”。\n"
            "(1)建设100所公办幼儿园。\n"
            "(2)为全省65岁以上老年人免费体检一次。\n"
            "(3)对40万贫困劳动力开展技能培训。\n"
            "(4)县乡公路路面改善提升工程建成4000公里。\n")
    kind, _ = read(text)
    assert kind == "commitment_table"


def test_tasks_closed_by_who_answers_with_their_completion_are_a_progress_report():
    text = ("去年承诺的15件民生实事全完成了\n"
            "记者从市为民办实事专题会上了解到，目前2014年承诺的15件实事已经全部完成。\n"
            "(一)开工建设50处农村义务教育学校食堂。(市教育局负责)\n"
            "完成情况:50处学校食堂已全部开工建设，其中38处竣工交付使用。\n"
            "(二)为600个行政村配建健身器材。(市体育局负责)\n"
            "完成情况:为600个行政村配建了健身器材。\n"
            "(三)开展城乡环卫一体化提升行动。(市城管局负责)\n"
            "完成情况:新组建农村环卫所70处。\n"
            "(四)为民族村提供法律服务。(市民族宗教局负责)\n"
            "完成情况:44个民族村宣传栏已全部建设完成。\n")
    kind, _ = read(text)
    assert kind == "progress_report"
