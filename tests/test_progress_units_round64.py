"""Units the plan and progress readers missed, each rule on a small example written for it (helper prog3)."""
from __future__ import annotations

from graph import schema
from tests.test_layouts_written import read


def _roles(ex) -> set[tuple[str, str, str]]:
    """(the task's first six characters, the unit as written, role) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["text"][:6], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name,
             r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


def test_the_bodies_a_collaboration_field_names_support_the_item():
    # 协作单位 / 主要协作单位: the bodies that work with the lead, as 配合单位 are
    text = ("某县卫健委2021年政府工作报告任务分解\n\n"
            "1.创建国家卫生县城。\n\n牵头责任单位：县卫健委\n\n主要协作单位：各乡镇人民政府、县住建局\n\n"
            "2.推广家庭医生签约服务。\n\n牵头责任单位：县卫健委\n\n协作单位：县医保局\n")
    kind, ex = read(text)
    assert kind == "division_plan"
    got = _roles(ex)
    assert ("创建国家卫生", "县住建局", "support") in got and ("创建国家卫生", "各乡镇人民政府", "support") in got
    assert ("推广家庭医生", "县医保局", "support") in got and ("推广家庭医生", "县卫健委", "lead") in got


def test_the_bodies_a_covering_notice_names_for_every_task_save_where_noted_support_each():
    # 除特别注明的外，X和Y都是配合单位: a convention stated once, holding for every task that does not name the body itself
    text = ("某市人民政府办公室关于印发2018年政府工作报告重点工作责任分解的通知\n\n"
            "各县（市、区）人民政府，市直属各单位：\n"
            "  各牵头单位要充分发挥指导协调作用。除特别注明的外，各县（市、区）政府和某某开发区管委会都是配合单位。\n\n"
            "2018年政府工作报告重点工作责任分解\n\n"
            "  1.全面完成2018年全市经济社会发展预期目标。\n\n  牵头单位：市发改委\n\n  配合单位：市统计局\n\n"
            "  2.深化“最多跑一次”改革。\n\n  牵头单位：市跑改办\n\n  配合单位：某某开发区管委会、市司法局\n")
    kind, ex = read(text)
    assert kind == "division_plan"
    got = _roles(ex)
    assert ("全面完成20", "各县（市、区）政府", "support") in got and ("全面完成20", "某某开发区管委会", "support") in got
    assert ("深化“最多跑", "各县（市、区）政府", "support") in got and ("深化“最多跑", "某某开发区管委会", "support") in got
    assert ("全面完成20", "市发改委", "lead") in got
    # (the role a task gives the body itself is kept: no second fact for it)
    assert sum(1 for t, u, _ in got if t == "深化“最多跑" and u == "某某开发区管委会") == 1


def test_fields_on_lines_after_a_headings_last_item_hold_for_every_item_under_it():
    text = ("某省人民政府关于印发2008年省人民政府工作目标责任分解的通知\n"
            "一、张三省长负责的工作\n"
            "（一）省编办牵头的工作\n"
            "1.深化行政管理体制改革，优化政府机构设置。\n"
            "2.积极稳妥地推进乡镇机构改革。\n"
            "协同单位：省财政厅、省人事厅。\n"
            "（二）省发展改革委牵头的工作\n"
            "1.加快推进重点项目建设。\n"
            "2.优化投资结构。（配合单位：省统计局）\n")
    kind, ex = read(text)
    assert kind == "division_plan"
    got = _roles(ex)
    assert ("深化行政管理", "省财政厅", "support") in got and ("深化行政管理", "省人事厅", "support") in got
    assert ("积极稳妥地推", "省财政厅", "support") in got and ("深化行政管理", "省编办", "lead") in got
    # (a bracket closing the last item's sentence is that item's alone)
    assert ("优化投资结构", "省统计局", "support") in got and not any(t == "加快推进重点" and u == "省统计局" for t, u, _ in got)


def test_the_bodies_told_to_act_after_a_list_of_lagging_projects_answer_for_each():
    text = ("关于2020年9月份民生工程实施进度情况的通报\n\n"
            "现将实施进度情况通报如下：\n\n"
            "目前，我县实施进度较慢的项目，一是乡镇污水处理设施建设，二是城镇老旧小区改造，三是免费婚检。\n\n"
            "县直牵头部门和项目所在乡镇要把实施进度作为主要工作，倒排工程期限，加快项目进度，确保完成年度目标任务。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    got = _roles(ex)
    assert ("乡镇污水处理", "县直牵头部门", "responsible") in got and ("乡镇污水处理", "项目所在乡镇", "responsible") in got
    assert ("城镇老旧小区", "县直牵头部门", "responsible") in got and ("免费婚检", "项目所在乡镇", "responsible") in got


def test_what_to_do_about_lagging_matters_is_no_list_of_projects():
    text = ("关于2023年民生实事项目推进情况的通报\n\n"
            "截至目前，民生实事项目总体进展顺利，已完成投资8亿元。\n\n"
            "下一步，各牵头单位要切实负起牵头抓总的主体责任，特别是进度滞后的事项，要强化督促指导，进一步细化工作措施，抢抓工作进度。"
            "县发改委要会同县督查落实办对相关工作进行督导。\n")
    kind, ex = read(text)
    assert not any(t.startswith("要强化") or t.startswith("进一步细") for t, _, _ in _roles(ex))


def test_a_table_copied_as_cards_each_label_before_its_value_is_read_a_card_a_row():
    text = ("某县2023年政府工作报告重点任务分解\n"
            "具体任务\n"
            "全面落实疫情防控措施，抓紧完成方舱医院升级改造，守好疫情防线。\n"
            "责任单位\n"
            "卫健局、文旅局\n"
            "配合单位\n"
            "各乡镇\n"
            "完成时限\n"
            "12月底前\n"
            "具体任务\n"
            "实施城区供热管网改造工程，改造老旧管网20公里。\n"
            "责任单位\n"
            "住建局\n"
            "配合单位\n"
            "发改局、财政局\n"
            "完成时限\n"
            "10月底前\n")
    kind, ex = read(text)
    assert kind == "division_plan"
    got = _roles(ex)
    assert {("全面落实疫情", "卫健局", "responsible"), ("全面落实疫情", "各乡镇", "support"),
            ("实施城区供热", "住建局", "responsible"), ("实施城区供热", "财政局", "support")} <= got
    assert not any(t == "全面落实疫情" and u == "住建局" for t, u, _ in got)
