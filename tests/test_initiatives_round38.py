"""Initiatives, the thirty-eighth round (ini36): names sharing one head, each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_places_listed_before_one_works_head_each_name_their_own_work():
    names, _ = _run("加快湘琼、闽琼、深儋合作产业园建设。", "海南省")
    assert {"湘琼合作产业园", "闽琼合作产业园", "深儋合作产业园"} <= set(names)
    assert "湘琼" in names["湘琼合作产业园"].aliases
    names, _ = _run("旭龙、古水等4座大中型水电站建成发电。", "云南省")
    assert {"旭龙水电站", "古水水电站"} <= set(names)           # 等, the count and the size class name none
    names, _ = _run("全面竣工，哈萨尔和东升路两个市民广场投入使用。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"哈萨尔市民广场", "东升路市民广场"} <= set(names)
    names, _ = _run("确保西安东站和府谷、定边机场建成投运。", "陕西省")
    assert "府谷机场" in names                                   # the list opens after 和
    names, _ = _run("建成江阴靖江等过江通道。", "江苏省")
    assert "江阴靖江过江通道" in names                            # one place closed by 等


def test_places_sharing_a_head_need_works_being_built_and_a_place_in_each_item():
    for text in ("提升杭州、宁波、温州机场枢纽能级。",             # existing works improved
                 "做强济南、青岛、淄博、济宁4大机器人产业基地。",   # a counted bundle
                 "推进庆阳、张掖、天水3个省级区域医疗中心建设。",   # a level's kind
                 "加快服务中心、游廊等配套项目建设。",             # kinds of works, no places
                 "建成时代广场、伊士丹购物广场。",                 # each item a name of its own
                 "提速庆云至章丘等23个续建项目。"):                # the end of a route
        names, _ = _run(text, "山东省")
        assert not any(n.startswith(("杭州", "济南", "庆阳", "服务中心", "时代广场", "章丘")) for n in names), (text, names)


def test_a_head_inside_a_programme_item_does_not_end_it():
    names, _ = _run("开展城乡学前教育普惠、县域普通高中振兴等行动。", "陕西省")
    assert "县域普通高中振兴行动" in names                        # 高中|振兴: what is done to the schools
    names, _ = _run("重点实施西山保护区湿地保护、东湖生态修复等工程。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "西山保护区湿地保护工程" in names
    names, _ = _run("推进高新区产业园区、经开区物流园区等工程。", "陕西省")
    assert not any(n.endswith("园区工程") for n in names)           # an item ending on its own head is a name
