"""Initiatives, the twenty-sixth round (ini29): what the random draw of blind round 25 (now dev) misses in general, each
rule on a small example written for it."""
from graph import schema
from tests.test_initiatives import _run


def test_ecological_programmes_listed_before_their_kind_are_each_named_by_the_item_and_head():
    names, _ = _run("继续实施草原保护、湿地恢复、防沙治沙等重点生态工程。", "全国")
    assert {"草原保护工程", "湿地恢复工程", "防沙治沙工程"} <= set(names)
    assert names["防沙治沙工程"].label == schema.STRATEGY
    assert "防沙治沙" in names["防沙治沙工程"].aliases
    names, _ = _run("巩固草原围栏和石漠化治理等生态工程成果。", "全国")
    assert "石漠化治理工程" not in names        # no 、-list: 和 alone joins words of one phrase


def test_pilots_listed_before_national_pilot_are_each_a_pilot():
    names, _ = _run("海绵城市、完整社区等国家试点成效明显。", "山西省")
    assert {"海绵城市试点", "完整社区试点"} <= set(names)
    names, _ = _run("加强排涝管网、海绵城市等建设。", "全国")
    assert "海绵城市试点" not in names          # no kind said: a list of works


def test_corridors_named_by_their_partners_share_one_head():
    names, _ = _run("构建中巴、孟中印缅等经济走廊。", "全国")
    assert {"中巴经济走廊", "孟中印缅经济走廊"} <= set(names)
    names, _ = _run("推进孟中印缅、中巴经济走廊建设。", "全国")
    assert {"中巴经济走廊", "孟中印缅经济走廊"} <= set(names)
    assert names["孟中印缅经济走廊"].label == schema.PROJECT


def test_a_kind_read_into_a_longer_word_closes_no_list():
    names, _ = _run("安排天然林保护、防沙治沙等生态工程建设资金。", "全国")
    assert "防沙治沙工程" not in names


def test_routes_listed_before_a_head_that_ends_the_clause_each_name_a_route():
    names, _ = _run("开工大村至遵义、改扩建纳雍至六盘水等铁路，力争年内建成。", "贵州省")
    assert {"大村至遵义铁路", "纳雍至六盘水铁路"} <= set(names)     # the work on one item opens it, not its name
    assert not any(n.startswith("改扩建") for n in names)


def test_a_campaign_year_launched_as_an_activity_is_a_programme_named_whole():
    names, _ = _run("深化高质量项目推进年活动，发挥项目带动作用。", "陕西省")
    assert "高质量项目推进年活动" in names
    assert "高质量项目推进年" in names["高质量项目推进年活动"].aliases
    names, _ = _run("行动有效开展。服务企业效能提升突破年行动取得实效。", "黑龙江省")
    assert "服务企业效能提升突破年行动" in names        # its push opens with a verb, the name with it
    names, _ = _run("全面推进营商环境突破年活动。", "陕西省")
    assert "营商环境突破年活动" in names
    names, _ = _run("实施三年行动。今年活动丰富。", "陕西省")
    assert not any(n.endswith(("年活动", "年行动")) for n in names)


def test_a_known_programme_named_before_its_plan_or_its_stage_is_cited():
    names, _ = _run("出台国企改革三年行动方案。", "全国")
    assert "国企改革三年行动" in names
    names, _ = _run("完成污染防治攻坚战阶段性目标任务。", "全国")
    assert "污染防治攻坚战" in names
    names, _ = _run("巩固脱贫攻坚成果。", "全国")
    assert "脱贫攻坚" not in names          # still a qualifier of another noun

