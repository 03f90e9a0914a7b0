"""Initiatives, the thirty-sixth round (ini34): what the random draw of blind round 30 (now dev) misses in general,
each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_a_pilot_a_place_is_entered_into_is_a_programme_not_a_title():
    names, _ = _run("白山市入选国家林下经济综合改革试点。延边州纳入全国养老服务体系创新试点，运行平稳。", "吉林省")
    assert {"国家林下经济综合改革试点", "全国养老服务体系创新试点"} <= set(names)
    names, _ = _run("南平、龙岩入选智慧健康养老服务试点城市。", "福建省")
    assert "智慧健康养老服务试点城市" in names


def test_an_entered_pilot_of_a_short_field_or_a_title_won_stays_out():
    names, _ = _run("获批国家标准化试点。成功创建国家生态文明建设示范区。入选省级智能制造试点。", "青海省")
    assert not {"国家标准化试点", "国家生态文明建设示范区", "省级智能制造试点"} & set(names)
