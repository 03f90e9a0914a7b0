"""Initiatives, the thirty-ninth round (ini37): quoted names, programme lists and boundaries, each rule on a small
example written for it."""
from tests.test_initiatives import _run


def test_short_items_before_a_major_head_each_name_a_programme():
    names, _ = _run("推进工业强基、智能制造、绿色制造等重大工程，先进制造业加快发展。", "全国")
    assert {"智能制造工程", "绿色制造工程"} <= set(names)
    assert "智能制造" in names["智能制造工程"].aliases            # not run back over the list (工业强基、智能制造)
    for text in ("实施一批交通、能源、水利等重大工程。",            # sectors: two characters
                 "开展文明出行、礼让行人等行动。",                  # activities, no 重大
                 "周密组织反恐维稳、国际维和、远海护航等重要行动。"):  # 重要 is not 重大
        names, _ = _run(text, "全国")
        assert not any(n.endswith(("交通工程", "水利工程", "出行行动", "护航行动")) for n in names), (text, names)


def test_a_grade_opening_a_list_item_is_part_of_it():
    names, _ = _run("深入开展劣V类水体剿灭、城市生活污水突出问题整治等专项行动。", "海南省")
    assert "劣V类水体剿灭专项行动" in names                       # 劣V|类: a water grade, not 类 closing a phrase


def test_quoted_items_counted_each_name_a_programme_and_the_count_the_bundle():
    names, _ = _run("全面实施“创客逐梦、创业筑巢、创业领航、融资畅通、青年创业、返乡农牧民工创业”六项计划，发展。",
                    "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"创客逐梦计划", "融资畅通计划", "返乡农牧民工创业计划", "六项计划"} <= set(names)
    assert "创客逐梦" in names["创客逐梦计划"].aliases
    names, _ = _run("落实“稳增长、调结构、惠民生”七项计划。", "山东省")    # the count does not match the items
    assert not any(n.endswith("惠民生计划") for n in names)


def test_a_quoted_campaign_waged_as_a_struggle():
    names, _ = _run("继续开展“扫黄打非”斗争，严厉打击盗版活动。", "全国")
    assert "扫黄打非" in names
    names, _ = _run("对外文化交流。“扫黄”、 “打非”斗争不断深入。", "全国")
    assert {"扫黄", "打非"} <= set(names["扫黄打非"].aliases)        # either word cites it
    names, _ = _run("这是我们同“四人帮”斗争的胜利。深入推进反腐败斗争。", "全国")
    assert not names                                                # a fight with someone; unquoted struggles
