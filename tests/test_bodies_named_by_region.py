"""A body's own name places it in its region: in a national document a body named with a region in full is that
region's (广东省人民政府 bears the costs in a State Council reply), never the nation's; in a placed document a body
named with a region below it is that region's, and one named with a region outside it stays the document's."""
from __future__ import annotations

from graph import schema
from loaders.kinds.plan_builder import named_region
from loaders.kinds.sentence_charges import told_unit
from loaders.recognisers.lexicon import default_lexicon
from graph.model import Evidence

LX = default_lexicon()
EV = Evidence(document="d", start=0, end=1, text="x")


def test_a_national_document_keys_a_province_named_in_full_under_it():
    unit = told_unit("广东省人民政府", schema.NATION, LX, EV)
    assert unit.key == "广东省/广东省人民政府"
    assert unit.props["region"] == "广东省"


def test_a_national_document_keys_its_own_ministries_under_the_nation():
    unit = told_unit("财政部", schema.NATION, LX, EV)
    assert unit.props["region"] == schema.NATION


def test_a_short_name_in_a_national_document_places_nothing():
    assert named_region(LX, "中山大学附属医院", schema.NATION) is None
    assert named_region(LX, "山东高速集团", schema.NATION) is None


def test_a_placed_document_keys_a_body_below_it_there_and_one_outside_it_as_its_own():
    assert named_region(LX, "东昌府区人民政府", "山东省/聊城市").key == "山东省/聊城市/东昌府区"
    assert named_region(LX, "山东高速聊城公司", "山东省/聊城市") is None
    unit = told_unit("县财政局", "山东省/聊城市/冠县", LX, EV)
    assert unit.props["region"] == "山东省/聊城市/冠县"


def test_a_body_of_another_region_named_in_full_is_that_regions():
    # above the document's region, beside it, or anywhere from a national document; with its parents' names too
    assert named_region(LX, "山东省发展和改革委员会", "山东省/济南市").key == "山东省"
    assert named_region(LX, "青岛市人民政府", "山东省/济南市").key == "山东省/青岛市"
    assert named_region(LX, "广东省人民政府", "山东省").key == "广东省"
    assert named_region(LX, "广东省深圳市人民政府", schema.NATION).key == "广东省/深圳市"
    assert named_region(LX, "山东省济南市人民政府", "山东省/济南市/历城区").key == "山东省/济南市"
    # written short, another region's name places nothing
    assert named_region(LX, "山东高速聊城公司", "山东省/聊城市") is None
    assert named_region(LX, "青岛啤酒集团", "山东省/济南市") is None


def test_a_name_that_only_opens_with_a_short_name_places_nothing():
    # 市中级人民法院 is no body of 市中区, 西湖风景名胜区管委会 none of 西湖区, 河西务镇 none of 河西区, 矿区管理办公室 none of 阳泉's 矿区
    assert named_region(LX, "市中级人民法院", "山东省/济南市") is None
    assert named_region(LX, "市中区人民政府", "山东省/济南市").key == "山东省/济南市/市中区"
    assert named_region(LX, "西湖风景名胜区管委会", "浙江省/杭州市") is None
    assert named_region(LX, "河西务镇人民政府", "天津市") is None
    assert named_region(LX, "矿区管理办公室", schema.NATION) is None
    assert named_region(LX, "东昌府人民政府", "山东省/聊城市").key == "山东省/聊城市/东昌府区"
    # a parent's short name before the region's full name (青岛西海岸新区管委)
    assert named_region(LX, "青岛西海岸新区管委", "山东省/青岛市").key == "山东省/青岛市/西海岸新区"
