"""Initiatives, the twenty-seventh round (ini30): what the random draw of blind round 26 (now dev) misses in general,
each rule on a small example written for it."""
from graph import schema
from tests.test_initiatives import _run


def test_an_autonomous_region_names_its_sector_strategies_strong_region():
    names, _ = _run("科技实力持续增强，教育强区、科技强区、人才强区建设迈上新台阶。建设制造强区。", "宁夏回族自治区")
    assert {"教育强区", "科技强区", "人才强区", "制造强区"} <= set(names)
    assert names["人才强区"].label == schema.STRATEGY
    names, _ = _run("加强区域合作，建强区域应急救援基地。", "宁夏回族自治区")
    assert not any(n.endswith("强区") for n in names)       # 加强区域: no sector word before 强区


def test_strong_region_in_a_district_report_is_the_district_slogan():
    names, _ = _run("坚定不移推进产业强区，打造教育强区。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not {"产业强区", "教育强区"} & set(names)


def test_two_places_joined_by_a_dash_open_the_name():
    names, _ = _run("加快西宁—海东都市圈一体化进程。建设珠江—西江经济带。", "青海省")
    assert "西宁—海东都市圈" in names
    assert "海东都市圈" not in names
    assert "珠江—西江经济带" in names
    names, _ = _run("强化药械研发—生产制造全链条服务。", "天津市")
    assert not any("—" in n for n in names)      # not places: a chain of stages


def test_national_pilots_and_programmes_of_the_lexicon():
    names, _ = _run("4个地区和园区入选国家碳达峰试点。启动首批碳达峰试点城市建设。", "江苏省")
    assert "碳达峰试点" in names
    assert {"国家碳达峰试点", "碳达峰试点城市"} <= set(names["碳达峰试点"].aliases)
    names, _ = _run("积极稳妥推进碳达峰。", "江苏省")
    assert "碳达峰试点" not in names and "碳达峰" in names
    names, _ = _run("实施早孕关爱行动、孕育和出生缺陷防治能力提升计划。", "浙江省")
    assert "出生缺陷防治能力提升计划" in names
    assert "孕育和出生缺陷防治能力提升计划" in names["出生缺陷防治能力提升计划"].aliases
    names, _ = _run("今年全面实施增值税转型。常态化开展扫黑除恶斗争。", "全国")
    assert "增值税转型" in names["增值税转型改革"].aliases
    assert "扫黑除恶斗争" in names["扫黑除恶专项斗争"].aliases


def test_craft_named_in_quotes_with_hao_are_projects():
    names, _ = _run("“探索三号”科考船搭载“奋斗者”号深潜成功。“吉林一号”组网卫星增至117颗。", "海南省")
    assert {"“探索三号”科考船", "“奋斗者”号", "“吉林一号”组网卫星"} <= set(names)
    assert names["“奋斗者”号"].label == schema.PROJECT
    names, _ = _run("获评“青年文明号”。“东方之星”号客轮翻沉事件。“青薯9号”连续四年居首。", "湖北省")
    assert not any("号" in n for n in names)     # an honour, a mishap, a variety


def test_two_programmes_joined_by_he_and_counted_before_their_head():
    names, _ = _run("巩固和发展煤矿瓦斯治理和整顿关闭两个攻坚战成果。", "全国")
    assert {"煤矿瓦斯治理攻坚战", "整顿关闭攻坚战"} <= set(names)
    assert "整顿关闭" in names["整顿关闭攻坚战"].aliases
    names, _ = _run("做好人和物两个工程。", "全国")
    assert not any(n.endswith("工程") and n != "两个工程" for n in names)     # items too short to name programmes
