"""The review of the eleventh session's initiative rules (rev13): each mend on a small example written for it, failing on the
code before it (ccb5f68)."""
from tests.test_initiatives import _run


def test_a_slogan_list_names_the_provinces_own_not_the_nations():
    names, _ = _run("实施科教兴国、人才强国战略。", "湖南省")
    assert not any(e.key.startswith("湖南省/") for e in names.values())          # the nation's strategies
    names, _ = _run("深入实施科教兴湘、人才强湘战略。", "湖南省")
    assert {"科教兴湘战略", "人才强湘战略"} <= set(names)                      # a province's short name


def test_a_category_of_honoured_counties_is_no_project():
    names, _ = _run("创建国家全域旅游示范区，发展乡村旅游。", "浙江省")
    assert "国家全域旅游示范区" not in names


def test_cities_and_link_roads_listed_before_a_count_of_lines_are_no_routes():
    for text, region in (("推进广州、深圳等4条城际铁路开工建设。", "广东省"), ("新建续建王家、李家等3条高速公路连接线。", "山东省")):
        names, _ = _run(text, region)
        assert not names, text
    names, _ = _run("加快邵永、铜吉、长赣等6条高铁建设。", "湖南省")
    assert {"邵永高铁", "铜吉高铁", "长赣高铁"} <= set(names)


def test_firms_counted_before_a_national_pilot_are_not_places():
    names, _ = _run("支持一汽、吉化2个国家级智能制造试点示范项目。", "吉林省")
    assert "国家级智能制造试点" not in names
    names, _ = _run("推进长春、白山2个城市国家公立医院高质量发展示范项目。", "吉林省")
    assert "国家公立医院高质量发展示范项目" in names


def test_a_provinces_own_strategy_is_kept_where_no_province_is_known_or_the_nation_speaks():
    for region in ("", "中华人民共和国"):
        names, _ = _run("支持山东深化新旧动能转换。", region)
        assert "新旧动能转换" in names, region
    names, _ = _run("新旧动能转换任务艰巨。", "湖南省")
    assert "新旧动能转换" not in names


def test_a_provinces_intellectual_property_strategy_is_its_own():
    names, _ = _run("深入实施知识产权战略，建设知识产权强省。", "湖北省")
    assert "国家知识产权战略" not in names
