"""Initiatives, the thirtieth round (ini33): what the random draw of blind round 29 (now dev) misses in general,
each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_national_programmes_named_alike_across_reports_are_known():
    names, _ = _run("推进全面创新改革试验，改革科技评价制度。深入实施工业强基、重大装备专项工程。", "全国")
    assert {"全面创新改革试验", "工业强基工程"} <= set(names)
    names, _ = _run("国有商业银行股份制改革顺利推进，农村信用社改革取得进展。", "全国")
    assert "国有商业银行股份制改革" in names


def test_a_city_international_gateway_exchange_is_a_project():
    names, _ = _run("开通运营青岛国际通信业务出入口局。完成南宁国际通信业务出入口局网络主体建设。申建国际通信业务出入口局。", "山东省")
    assert {"青岛国际通信业务出入口局", "南宁国际通信业务出入口局"} <= set(names)
    assert "国际通信业务出入口局" not in names


def test_the_national_ai_pilot_base_is_known_after_its_fields():
    names, _ = _run("争创工业软件、家居家电国家人工智能应用中试基地。", "山东省")
    assert "国家人工智能应用中试基地" in names
    assert "家居家电国家人工智能应用中试基地" not in names
