"""Guards for the placement misfires review 17 found (items 1, 2, 3, 4, 9, 14a, 15): each on a small example written
like the reviewer's."""
from __future__ import annotations

from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.places import mentions
from tests.test_layouts_written import read

L = default_lexicon()


def _keys(text: str) -> list[str]:
    return [k for k, _ in mentions(text, L)]


# ---- 1: a region whose name opens with 和 (和龙市, 和政县, 和静县, 和田地区) is no conjunction

def test_a_region_named_with_he_after_its_prefecture_is_that_region():
    assert "吉林省/延边朝鲜族自治州/和龙市" in _keys("延边州和龙市召开会议。")
    assert "甘肃省/临夏回族自治州/和政县" in _keys("临夏州和政县人民政府关于印发方案的通知")
    assert "新疆维吾尔自治区/巴音郭楞蒙古自治州/和静县" in _keys("巴州和静县开展工作。")
    assert "新疆维吾尔自治区/和田地区" in _keys("自治区和田地区行署召开会议。")


def test_he_before_a_bare_level_is_still_the_conjunction():
    assert not any(k.endswith("/和县") for k in _keys("定江镇和县国土资源局联合开展检查。"))
    assert not any(k.endswith("/和县") for k in _keys("市政府和县政府共同研究。"))
    assert "安徽省/马鞍山市/和县" in _keys("马鞍山市和县召开会议。")


def test_a_news_piece_headed_by_a_city_opening_with_he_is_placed_there():
    text = ("延边州和龙市召开安全生产工作会议\n本报讯 3月2日，延边州和龙市召开安全生产工作会议。会议要求，各乡镇、各部门要压实责任，"
            "确保全年安全生产形势稳定。\n")
    assert read(text)[1].document.region == "吉林省/延边朝鲜族自治州/和龙市"


# ---- 2: a municipality's district, or a county on its province's own programme, keeps its province

def test_a_beijing_district_on_the_winter_olympics_is_beijings():
    text = ("区委常委会召开会议 部署冬奥服务保障工作\n本网讯 12月3日，区委书记王某主持召开区委常委会会议，研究部署冬奥会服务保障工作。"
            "会议强调，要全力做好北京冬奥会服务保障，区政府各部门要压实责任，区住建委、区城管委要加强环境整治。\n")
    assert read(text)[1].document.region == "北京市"


def test_a_shanghai_district_on_the_financial_centre_is_shanghais():
    text = ("区政府召开常务会议\n上观新闻讯 区长李某主持召开区政府常务会议，研究推进上海国际金融中心建设相关工作。区发改委、区商务委汇报有关情况。"
            "会议要求，全区上下要抓好落实。\n")
    assert read(text)[1].document.region == "上海市"


def test_a_county_on_its_provinces_own_programme_is_in_that_province():
    text = ("县委理论学习中心组开展专题学习\n11月5日，县委书记张某主持召开县委理论学习中心组学习会。会议传达学习了省委全会精神。"
            "张某强调，全县上下要紧扣建设美丽浙江目标，县政府各部门要抓好落实。\n")
    assert read(text)[1].document.region == "浙江省"


def test_a_county_telling_of_a_meeting_held_in_a_provinces_capital_is_not_that_provinces():
    text = ("县政府召开常务会议\n本报讯 近日，县长李某主持召开县政府常务会议。会议传达了全国生态环境保护大会精神，大会在湖北隆重开幕。"
            "县政府组织县环保局、县住建局负责人参加。\n")
    assert read(text)[1].document.region == ""


# ---- 3: a short name before a verb and a firm's word is the province, not a firm's name

def test_a_province_doing_something_to_firms_is_named():
    assert _keys("江苏组建省级国有投资集团。") == ["江苏省"]
    assert _keys("浙江推动民营企业集团化发展。") == ["浙江省"]
    assert _keys("广东支持上市公司做优做强。") == ["广东省"]


def test_a_firm_named_by_a_provinces_short_name_is_still_no_place():
    assert _keys("山东海科化工集团召开会议。") == []
    assert _keys("湖南高速公路集团有限公司") == []
    # (verbs of firms' names, and a legal form before 公司, keep a name a name)
    assert _keys("山东出版集团召开会议。") == []
    assert _keys("广东恒健投资控股有限公司召开会议。") == []


def test_a_province_news_on_firms_is_the_provinces():
    text = ("河南各地加快组建城投公司\n本报讯 记者近日获悉，河南各地加快组建城投公司，省财政厅要求，全省各地要防范债务风险，"
            "省政府将加强督导。\n")
    assert read(text)[1].document.region == "河南省"


# ---- 4: a city's own news, telling its province's deployment, stays the city's

def test_a_city_meeting_relaying_its_province_is_the_citys():
    text = ("遵义市召开乡村振兴推进会\n本报讯 3月8日，遵义市召开乡村振兴推进会。会议传达学习了贵州省委农村工作会议精神，"
            "要求认真落实省委、省政府部署，在全省乡村振兴中走在前列，为贵州乡村振兴贡献力量，推动贵州高质量发展。\n")
    assert read(text)[1].document.region == "贵州省/遵义市"


# ---- 9: a city a document benchmarks itself against is another's

def test_a_city_benchmarked_against_is_not_the_documents():
    text = ("关于支持企业创新发展的若干措施\n为贯彻落实市委、市政府决策部署，对标深圳高质量发展，推动我市经济转型升级，现提出以下措施。\n"
            "1.对新认定的高新技术企业，由市科技局给予一次性奖励。\n2.对上市企业，由市财政局给予补助，市政府每年安排专项资金。\n")
    assert read(text)[1].document.region != "广东省/深圳市"


# ---- 14a: a university's or a bank's province is no place of a city's news

def test_a_university_visiting_a_city_does_not_place_its_news():
    text = ("四川大学专家团队来我市开展技术帮扶\n本报讯 5月12日，四川大学专家团队来我市开展技术帮扶活动。市委副书记、市长王某会见专家团队一行。"
            "王某表示，希望双方深化合作，为我市高质量发展提供智力支持。市政府办、市科技局负责人参加。\n")
    assert read(text)[1].document.region != "四川省"


def test_a_university_or_bank_opening_with_a_short_name_names_no_province():
    assert _keys("山东大学召开会议。") == []
    assert _keys("浙江银行开业。") == []
    assert "山东省" in _keys("山东省立医院召开会议。")
