"""Initiatives, the twenty-fourth round (ini27): what the random draw of blind round 23 (now dev) and rounds 18-22 miss in
general, each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_a_known_strategy_as_the_subject_of_its_clause_or_the_thing_pursued_is_named():
    names, _ = _run("零基预算改革全面实施。推动共建“一带一路”高质量发展。提高新型城镇化质量。加大退耕还林还草力度。"
                    "学生营养改善计划惠及3000万孩子。", "山西省")
    assert {"零基预算改革", "一带一路", "新型城镇化", "退耕还林还草", "学生营养改善计划"} <= set(names)
    names, _ = _run("辽浑太山水工程基本完工。建设乡村振兴高质量发展示范区。", "辽宁省")
    assert "山水工程" not in names and "乡村振兴" not in names     # a longer name goes on to the left; a zone qualified
    names, _ = _run("湘中南地区对接融入粤港澳大湾区步伐加快。新旧动能转换步伐不快。", "山东省")
    assert "粤港澳大湾区建设" in names and "新旧动能转换" not in names       # (a weakness told, not the strategy pursued)


def test_a_reform_named_after_a_known_programme_is_named_as_written_too():
    names, _ = _run("“高效办成一件事”改革成效走在全国前列。", "黑龙江省")
    assert "“高效办成一件事”改革" in names["高效办成一件事"].aliases
    names, _ = _run("“高效办成一件事”综合改革持续深化。", "湖北省")
    assert "“高效办成一件事”综合改革" in names["高效办成一件事"].aliases


def test_contracted_works_abroad_are_trade_and_development_verbs_open_no_name():
    names, _ = _run("对外承包工程完成营业额居全国前列。发展壮大城市群和都市圈。", "湖北省")
    assert not names


def test_the_belt_and_roads_corridors_are_one_node_each():
    names, _ = _run("推进中蒙俄经济走廊建设。", "内蒙古自治区")
    assert names["中蒙俄经济走廊"].key == "中蒙俄经济走廊"


def test_verbs_of_saying_using_or_holding_on_open_no_name():
    names, _ = _run("巩固蓝天保卫战成果。涉及生物工程等领域。认为五年计划可以完成。", "中华人民共和国")
    assert not names


def test_a_version_or_a_type_written_after_a_name_is_part_of_it():
    names, _ = _run("推深做实零基预算改革2.0版，加强统筹。", "安徽省")
    assert "零基预算改革2.0版" in names["零基预算改革"].aliases
    names, _ = _run("实施经营主体提质增效三年行动2.0版。申建芜湖空港保税物流中心（B型）。", "安徽省")
    assert {"经营主体提质增效三年行动2.0版", "芜湖空港保税物流中心（B型）"} <= set(names)
    names, _ = _run("实施“两通工程”2.0版。", "浙江省")
    assert "两通工程" in names       # (a quoted name ends at its quote)


def test_central_china_rising_written_with_its_pace_is_the_known_strategy():
    names, _ = _run("推动东北全面振兴取得新突破，促进中部地区加快崛起。", "中华人民共和国")
    assert "中部地区崛起" in names and "中部地区加快崛起" in names["中部地区崛起"].aliases


def test_one_programme_closed_by_deng_and_its_head_is_a_list_of_one():
    names, _ = _run("积极服务和融入全国统一大市场，市场准入壁垒清理整治等行动有效开展。开展校园餐质量提升等专项行动。", "黑龙江省")
    assert {"市场准入壁垒清理整治行动", "校园餐质量提升专项行动"} <= set(names)
    names, _ = _run("开展走访企业等行动。深入实施冀货出海等行动。", "河北省")
    assert not names        # (an activity; an item too short to say which programme)


def test_provinces_sharing_one_free_trade_zone_designation_each_have_theirs():
    names, _ = _run("积极推动上海和广东、天津、福建自贸试验区建设。新设广东、天津、福建自由贸易试验区。", "中华人民共和国")
    assert {"上海自贸试验区", "广东自贸试验区", "天津自贸试验区", "福建自贸试验区", "广东自由贸易试验区"} <= set(names)
    assert not any(n.startswith("新设") for n in names)
    names, _ = _run("推进中韩、中澳自贸区建设。", "中华人民共和国")
    assert not names        # (trade agreements with countries, no zones)
