"""Round 61 (lay11): how progress reports and commitment lists name who answers for each item, each rule on a small
example written for it: a chain of fields run on after an item's title on its line (…项目，包抓领导：X；责任单位：Y), and a
room or hall in brackets glossing the facility before it (学校食堂（餐厅）), which names no unit."""
from __future__ import annotations

from loaders.structure import annotation as ann
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT, looks_like_unit

from tests.test_layouts_written import facts, read


def _fields(text: str) -> list[tuple[str, str]]:
    found = ann.find(text, 0, len(text))
    assert found is not None
    got, problems = ann.fields(text, found)
    assert not problems, problems
    # (a bare field's value runs on to the item's end; the plan's reader ends its units at the sentence)
    return [(f.label, f.value.text.split("。")[0].rstrip("）)")) for f in got]


def test_a_chain_of_fields_after_the_title_is_read_whole():
    # the chain opens after the title's comma, or glued to a heading that is no sentence; its later field follows a ；
    assert _fields("扁担沟道路项目，责任领导：李明；责任单位：县交通局。已完成工程量30%。") == [
        ("责任领导", "李明"), ("责任单位", "县交通局")]
    # (glued, the label takes the heading's 项目 as its level, 项目包抓领导, as a glued field always has)
    assert _fields("利通区农村公路建设项目包抓领导：钱晓明；责任单位：住建和交通局）。已完成土方路基工程。") == [
        ("项目包抓领导", "钱晓明"), ("责任单位", "住建和交通局")]
    # a clause of the task's own between them keeps the field after the ；alone (…，责任单位：X；加快推进… is no chain)
    assert _fields("建设农村公路50公里，确保年底完工；责任单位：县交通局。") == [("责任单位", "县交通局")]


PROGRESS = """2023年县重点民生项目推进情况通报
1.上桥村道路项目，包抓领导：赵刚；责任单位：县住建局。已完成工程量40%。
2.东塔寺乡污水项目，包抓领导：孙强；牵头单位：县生态环境局；配合单位：东塔寺乡。进展情况：已完成管网铺设。
3.金积镇供水项目包抓领导：王建国；责任单位：县水务局。已完成工程量30%。
"""


def test_a_progress_report_reads_the_leader_and_units_of_each_chain():
    kind, ex = read(PROGRESS)
    assert kind == "progress_report"
    got = facts(ex)
    assert {("1", "赵刚", RESPONSIBLE), ("1", "县住建局", RESPONSIBLE), ("2", "孙强", RESPONSIBLE),
            ("2", "县生态环境局", LEAD), ("2", "东塔寺乡", SUPPORT), ("3", "王建国", RESPONSIBLE),
            ("3", "县水务局", RESPONSIBLE)} <= got, got
    texts = {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == "Task"}
    assert "包抓领导" not in texts["1"] and "包抓领导" not in texts["3"], texts


def test_a_room_glossing_a_facility_names_no_unit():
    assert not looks_like_unit("餐厅") and not looks_like_unit("大厅") and not looks_like_unit("活动室")
    assert looks_like_unit("省教育厅") and looks_like_unit("县政府办公室")
    kind, ex = read("2014年为民办实事完成情况\n"
                    "（一）开工建设50处农村义务教育学校食堂（餐厅）。（市教育局负责）\n完成情况：已全部开工建设\n"
                    "（二）改造便民服务中心（大厅）12处。（市行政审批局负责）\n完成情况：已全部完工\n")
    got = facts(ex)
    assert {name for _, name, _ in got} == {"市教育局", "市行政审批局"}, got


def test_a_post_listed_alone_after_its_holder_is_no_name():
    # 李国庆 县委常委、常务副县长: the posts after the name are his; 常务 (before 副县长) is no one's name
    text = "责任领导：李国庆 县委常委、常务副县长"
    found = ann.find(text, 0, len(text))
    field = ann.fields(text, found)[0][0]
    people, problems = ann.leaders(text, field.value)
    assert [p.text for p in people] == ["李国庆"] and not problems, (people, problems)
    assert ann.person("常务副县长") == "" and ann.person("常务副县长王五") == "王五"
