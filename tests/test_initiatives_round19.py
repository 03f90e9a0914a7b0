"""Initiatives of other provinces (issue 12), nineteenth round (ini19): each rule on a small example written for it."""
from graph import schema
from tests.test_initiatives import _run


def test_works_on_a_waterway_a_voltage_or_a_high_speed_line_are_projects():
    names, _ = _run("实施清水航道升级改造工程。推进石门220千伏送出工程。加快郑西高铁南阳段连接线工程。", "湖南省/常德市")
    for n in ("清水航道升级改造工程", "石门220千伏送出工程"):
        assert names[n].label == schema.PROJECT
    assert all(e.label == schema.PROJECT for n, e in names.items() if "高铁" in n)


def test_a_named_routes_key_works_are_one_work_not_a_kind():
    names, _ = _run("推动郑渝高铁襄阳段控制性工程开工，实施长沙至益阳高等级公路控制性工程。", "湖北省/襄阳市")
    assert {"郑渝高铁襄阳段控制性工程", "长沙至益阳高等级公路控制性工程"} <= set(names)
    assert names["郑渝高铁襄阳段控制性工程"].label == schema.PROJECT
    names, _ = _run("谋划一批调节性煤电项目。", "湖北省/襄阳市")
    assert "调节性煤电项目" not in names        # a quality still makes a kind
