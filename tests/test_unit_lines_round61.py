"""Who answers for an item written on a line of its own under it, 由…负责落实, with no label and no bracket, as a
government's notice dividing its key work writes it (loaders/structure/unbracketed.own_lines, read by the division
plan and counted by its detection); and a city whose one-character name closes on 城 (项城市) read as a unit."""
from __future__ import annotations

from loaders.structure import responsibility as resp
from loaders.structure import unbracketed

from tests.test_layouts_written import facts, read

NOTICE = """某某市人民政府
关于做好2015年重点工作的通知
各县(市、区)人民政府,市人民政府各部门:
现将市人代会《政府工作报告》提出的2015年重点工作任务予以分解,落实到相关责任单位,请认真抓好落实。
一、加快产业转型升级
1.新培育规模以上工业企业50家,工业增加值增长9%。
由市工业和信息化局,各县市区人民政府负责落实
2.建成市物流园区一期工程。
由市商务局、市交通运输局,汇川区、安平县人民政府负责落实
二、改善民生
3.新建城区公办幼儿园5所。
由市教育局牵头,市财政局配合
"""


def test_a_line_under_the_item_names_who_answers():
    kind, ex = read(NOTICE)
    assert kind == "division_plan"
    got = facts(ex)
    assert {("1", "市工业和信息化局", "responsible"), ("1", "各县市区人民政府", "responsible"),
            ("2", "市商务局", "responsible"), ("2", "汇川区", "responsible"), ("2", "安平县人民政府", "responsible"),
            ("3", "市教育局", "lead"), ("3", "市财政局", "support")} <= got
    # (the line is not the task's text)
    texts = {e.props["text"] for e in ex.entities if e.label == "Task"}
    assert not any("负责落实" in t for t in texts)


def test_only_a_line_of_units_and_role_counts():
    text = "由各地结合实际负责\n由于资金不足，项目由市住建局负责推进，目前已完工。\n"
    assert unbracketed.own_lines(text, 0, len(text)) == []


def test_a_city_named_with_cheng_is_a_unit():
    assert resp.looks_like_unit("项城市") and resp.looks_like_unit("聊城市")
    assert not resp.looks_like_unit("大城市") and not resp.looks_like_unit("文明城市")


FLAT = """某某区2022年政府工作报告重点工作责任分工
序号
工作任务
牵头单位
配合单位
1
新增国家级和省级“专精特新”企业35家。
区发改局
（区金融办）
区科技局、区财政局
2
新增国家高新技术企业500家。
区科技局
各平台、镇街
"""


def test_a_bodys_other_name_under_it_is_no_cell_of_its_own():
    _, ex = read(FLAT)
    got = facts(ex)
    assert ("1", "区发改局", "lead") in got and ("1", "区科技局", "support") in got
    assert not any("金融办" in name for _, name, _ in got)
