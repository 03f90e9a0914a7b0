"""Units the plan readers read wrong or missed, each rule on a small example written for it (helper tbl1)."""
from __future__ import annotations

from tests.test_layouts_written import read
from tests.test_progress_units_round64 import _roles


def test_a_field_label_typed_with_a_semicolon_is_a_label_not_a_unit():
    # (责任单位；住建局、畜牧局): the label's colon typed as ；, the names after it hold the label's role
    text = ("某县人民政府督查室关于农村人居环境整治重点督办事项的通知\n一、重点督办事项\n"
            "1.加快推进农村垃圾收储运一体化。(责任单位:县城管局、各乡镇)\n"
            "2.实施改厨、改厕、改圈等工程。(责任单位;县住建局、县畜牧局)\n"
            "3.推进村村通工程建设。(牵头单位;县交通局；配合单位；县财政局)\n")
    _, ex = read(text)
    got = _roles(ex)
    assert not any(unit in ("责任单位", "牵头单位", "配合单位") for _, unit, _ in got)
    assert ("实施改厨、改", "县住建局", "responsible") in got and ("实施改厨、改", "县畜牧局", "responsible") in got
    assert ("推进村村通工", "县交通局", "lead") in got and ("推进村村通工", "县财政局", "support") in got


def test_a_room_named_in_one_word_is_no_unit():
    # 食堂（餐厅）: the bracket glosses the canteen; a bureau's name has a field before 厅 (财政厅)
    text = ("某市2015年市办实事完成情况\n"
            "（一）开工建设50处农村学校食堂（餐厅）。（市教育局负责）\n完成情况：已全部开工建设。\n"
            "（二）改造提升农村学校教室（教室）200间。（市教育局负责）\n完成情况：已全部完成。\n")
    _, ex = read(text)
    got = _roles(ex)
    assert ("开工建设50", "市教育局", "responsible") in got
    assert not any(unit in ("餐厅", "教室") for _, unit, _ in got)


def test_sub_items_under_a_heading_sub_item_are_tasks_when_all_carry_annotations():
    # 1.专项整改问题 / (1)…(牵头单位：A) / (2)住房安全方面。 / ①…(牵头单位：B) ②…: (2) only heads its circled items,
    # which each answer: every annotated item is its own task, not a part of item 1
    text = ("某乡脱贫攻坚成效考核反馈问题整改实施方案\n\n一、整改内容\n\n1.专项整改问题\n\n"
            "(1)将脱贫人口指标集中安排给当年计划退出村。(牵头单位:扶贫办;责任单位:各村支部)\n\n"
            "整改措施:科学确定脱贫人口指标。\n\n(2)住房安全方面。\n\n"
            "①有的易地扶贫搬迁建房面积超标。(牵头单位:扶贫办、村建所;责任单位:各村支部)\n\n"
            "②有的危房改造不到位。(牵头单位:村建所;责任单位:各村支部)\n")
    _, ex = read(text)
    got = _roles(ex)
    assert ("将脱贫人口指", "扶贫办", "lead") in got
    assert ("有的易地扶贫", "村建所", "lead") in got and ("有的危房改造", "村建所", "lead") in got
    assert not any(task.startswith("专项整改") for task, _, _ in got)


def test_a_unit_under_both_the_lead_and_the_responsible_label_answers_in_each_role():
    # 牵头单位：X / 责任单位：X、Y: X leads and is also among those responsible, once per role
    text = ("某省国民经济和社会发展第十二个五年规划纲要主要目标和任务分工\n\n"
            "  ⑴单位地区生产总值能耗降低17%。\n\n  牵头单位:省发展改革委。\n\n  责任单位:省发展改革委、省统计局。\n\n"
            "  ⑵城乡三项基本医疗保险参保率95%。\n\n  牵头单位:省卫生厅。\n\n  责任单位:省卫生厅、省人力资源社会保障厅。\n")
    _, ex = read(text)
    got = _roles(ex)
    assert ("单位地区生产", "省发展改革委", "lead") in got and ("单位地区生产", "省发展改革委", "responsible") in got
    assert ("城乡三项基本", "省卫生厅", "lead") in got and ("城乡三项基本", "省卫生厅", "responsible") in got
    assert ("单位地区生产", "省统计局", "responsible") in got


def test_a_unit_in_both_the_responsible_and_the_lead_column_answers_in_each_role():
    # a flattened table, one cell a line: 序号 / 事项 / 责任单位 / 牵头单位
    text = ("2023年某区政府工作报告重点工作责任分解第一季度进展情况\n\n序号\n\n事项\n\n责任单位\n\n牵头单位\n\n"
            "1\n\n地区生产总值增长6.5%以上。\n\n区农业农村局、区发改局\n\n区发改局\n\n"
            "2\n\n区本级固定资产投资增长25%。\n\n区发改局\n\n区发改局\n\n"
            "3\n\n农业增加值增长3.5%。\n\n区农业农村局\n\n区农业农村局\n")
    _, ex = read(text)
    got = _roles(ex)
    assert ("区本级固定资", "区发改局", "lead") in got and ("区本级固定资", "区发改局", "responsible") in got
    assert ("地区生产总值", "区发改局", "lead") in got and ("地区生产总值", "区发改局", "responsible") in got
    assert ("地区生产总值", "区农业农村局", "responsible") in got
