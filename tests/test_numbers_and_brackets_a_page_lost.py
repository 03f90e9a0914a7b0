"""Marks a page lost when it was copied: an item's number glued to its text (1全面落实…, the 、 or . after it gone),
read as a number only where such lines count 1, 2, 3… down the text; and a closing bracket the page never opened,
which closes no unit's name. Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read, task_props

GLUED = ("2024年全县十件民生实事工作方案\n"
         "1新建改建农村公路50公里\n主要责任单位：县交通运输局，相关责任单位有县财政局、县自然资源局。\n"
         "2实施老旧小区改造10个\n主要责任单位：县住建局，相关责任单位有县财政局。\n")


def test_numbers_glued_to_the_text_that_count_on_number_the_items():
    kind, ex = read(GLUED)
    assert {("1", "县交通运输局", schema.ROLE_RESPONSIBLE), ("1", "县财政局", schema.ROLE_RESPONSIBLE),
            ("1", "县自然资源局", schema.ROLE_RESPONSIBLE), ("2", "县住建局", schema.ROLE_RESPONSIBLE),
            ("2", "县财政局", schema.ROLE_RESPONSIBLE)} == facts(ex)
    assert task_props(ex)["1"]["text"] == "新建改建农村公路50公里"


def test_a_glued_number_alone_or_out_of_count_is_a_word_of_its_line():
    text = ("某县2024年重点工作任务分工\n一、推进农村公路建设。\n5座桥梁年内完工\n（牵头单位：县交通运输局）\n"
            "二、推进老旧小区改造。\n3栋楼年内完工\n（牵头单位：县住建局）\n")
    kind, ex = read(text)
    props = task_props(ex)
    assert set(props) == {"一", "二"}           # 5座…, 3栋… are no items: they count nothing down the text
    assert ("一", "县交通运输局", schema.ROLE_LEAD) in facts(ex)


UNOPENED = ("某区2022年项目督查情况通报\n现将具体情况通报如下。\n"
            "1.城南大桥建设项目（包抓领导：王明；责任单位：区住建局）已完成工程量50%。\n"
            "2.农村公路建设项目包抓领导：王明；责任单位：区交通局）。已完成土方路基工程。\n")


def test_a_closing_bracket_never_opened_closes_no_units_name():
    kind, ex = read(UNOPENED)
    units = {who for _seq, who, _role in facts(ex)}
    assert "区交通局" in units and not any(u.endswith((")", "）")) for u in units)


def test_a_floor_or_a_route_glued_to_its_number_is_no_item():
    text = ("某县2024年重点工作分工\n一、建设县便民服务中心。\n1楼设置政务服务大厅。\n2楼设置综合窗口。\n3楼设置党群服务站。\n"
            "牵头单位：县政务服务中心；配合单位：县住建局。\n")
    kind, ex = read(text)
    assert facts(ex) == {("一", "县政务服务中心", schema.ROLE_LEAD), ("一", "县住建局", schema.ROLE_SUPPORT)}
