"""Initiatives, twenty-fourth round (ini23; "Twentieth round" in docs/lexicon.md): recall rules read from the misses of
blind rounds 18 and 19 once they joined dev, each counted over the corpus's work reports first; each rule on a small
example written for it, failing on the commit before this round (c285436)."""
from graph import schema
from tests.test_initiatives import _run


def test_routes_written_by_their_short_names_before_a_count_of_lines():
    names, _ = _run("加快池黄、宣绩等3条高铁建设，推进岳武、溧宁等5条高速公路建成通车。", "安徽省")
    assert {"池黄高铁", "宣绩高铁", "岳武高速", "溧宁高速"} <= set(names)
    assert names["宣绩高铁"].label == schema.PROJECT
    names, _ = _run("桑龙、城龙、醴娄等7条高速公路建成通车。", "湖南省")
    assert {"桑龙高速", "城龙高速", "醴娄高速"} <= set(names)       # a highway's short name takes 高速
    names, _ = _run("眉太、岚皋至陕渝界等4条高速公路建成通车。", "陕西省")
    assert "岚皋至陕渝界高速公路" in names
    for text in ("货运、客运等3条铁路加快建设。", "出疆、入滇等5条高速公路加快建设。", "桑龙、城龙等7条高速公路车流量增长。"):
        names, _ = _run(text, "湖南省")
        assert not names          # kinds of line, verbs, or lines not built or opened


def test_slogans_of_a_field_and_the_place_listed_before_one_strategy():
    names, _ = _run("深入实施农业稳县、旅游活县和开放带动战略，加快发展。", "甘肃省")
    assert {"农业稳县战略", "旅游活县战略", "开放带动战略"} <= set(names)
    assert names["农业稳县战略"].label == schema.STRATEGY
    names, _ = _run("实施文旅兴市、人才强市、创新驱动发展战略。", "湖南省")
    assert {"文旅兴市战略", "人才强市战略"} <= set(names)
    names, _ = _run("实施乡村振兴、区域协调发展战略。", "湖南省")
    assert not any(n.startswith("乡村振兴") and n.endswith("战略") for n in names)    # other words: left as before


def test_building_a_known_programmes_works_is_the_programme_named_without_it():
    from loaders.recognisers.initiatives import extract
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.reading.source import from_bytes
    doc = from_bytes("推进“三北”工程建设10万亩，加快城市生命线安全工程建设。".encode("utf-8"), "t.txt")
    entities, _, _ = extract(doc, doc.clean, default_lexicon(), "山西省")
    written = {a for e in entities for a in (e.name, *e.aliases)}
    assert "“三北”工程" in written and "城市生命线安全工程" in written
    assert not any(a.endswith("工程建设") for a in written)
    doc = from_bytes("积极参与“一带一路”建设。".encode("utf-8"), "t.txt")
    entities, _, _ = extract(doc, doc.clean, default_lexicon(), "山西省")
    assert any("“一带一路”建设" in e.aliases for e in entities)      # a strategy built keeps its written tail, as before


def test_places_listed_before_a_national_designation_built_each_have_their_own():
    names, _ = _run("推进太白山、秦岭国家公园建设。", "陕西省")
    assert {"太白山国家公园", "秦岭国家公园"} <= set(names)
    assert names["太白山国家公园"].label == schema.PROJECT
    assert "太白山" not in names["太白山国家公园"].aliases        # the place alone names no park
    names, _ = _run("加快宝鸡、汉中国家物流枢纽建设。", "陕西省")
    assert {"宝鸡国家物流枢纽", "汉中国家物流枢纽"} <= set(names)
    names, _ = _run("推动宝鸡、汉中国家碳达峰试点城市建设。", "陕西省")
    assert "宝鸡国家碳达峰试点城市" not in names      # a pilot title shared by cities is one programme, left as before
    names, _ = _run("保护好太白山、秦岭、华山国家湿地公园五大生态屏障。", "陕西省")
    assert not any(n.startswith(("太白山", "秦岭")) for n in names)   # the last is no work built, nor are the others


def test_a_noun_and_what_happens_to_it_read_as_an_idiom_stays_in_the_name():
    names, _ = _run("深入实施土壤污染源头防控行动，推进治理。", "辽宁省")
    assert "土壤污染源头防控行动" in names and "源头防控行动" not in names
    names, _ = _run("积极稳妥推进城市更新改造行动。", "辽宁省")
    assert not any(n.startswith("积极稳妥") for n in names)      # an adverb of manner stays the sentence's


def test_all_area_tourism_is_a_way_of_developing_tourism_not_a_programme():
    for text in ("发展全域旅游，巩固4A级景区。", "推进全域旅游大发展，游客接待量全市第一。", "大力发展乡村、休闲、全域旅游。",
                 "创建全域旅游示范区，降低重点国有景区门票价格。"):
        names, _ = _run(text, "山西省")
        assert not any("全域旅游" in n for n in names)
    names, _ = _run("全力创建自治区全域旅游示范区。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert any(n.endswith("自治区全域旅游示范区") for n in names)     # the region's own zone is still named


def test_a_provinces_own_programme_counts_only_in_its_documents():
    names, _ = _run("产业结构还需优化，新旧动能转换任务艰巨。", "广东省")
    assert "新旧动能转换" not in names                     # elsewhere the economy's shift, said of any place
    names, _ = _run("深入实施新旧动能转换重大工程。", "山东省/济南市")
    assert "新旧动能转换" in names


def test_pursuing_innovation_driven_development_is_no_mention_of_the_strategy_unless_named_so():
    names, _ = _run("坚持创新驱动发展，推动高质量发展。", "河南省")
    assert "创新驱动发展战略" not in names
    names, _ = _run("深入实施创新驱动发展战略。", "河南省")
    assert "创新驱动发展战略" in names


def test_works_owned_by_a_name_jieba_cuts_up_are_the_owners_project():
    names, _ = _run("提速宏达矿业二期、永锋临港焦钢一体化等重大项目。", "山东省")
    assert "永锋临港焦钢一体化项目" in names
    names, _ = _run("推进城市更新改造、老旧小区改造等项目建设。", "山东省")
    assert not names                      # works on a kind name no owner


def test_firms_above_the_size_line_stay_in_the_programmes_name():
    names, _ = _run("扩大增量，实施新增规模以上工业企业行动，力争新增。", "湖南省")
    assert "新增规模以上工业企业行动" in names and "工业企业行动" not in names
    names, _ = _run("启动有研发活动的规上工业企业倍增工程。", "吉林省")
    assert "规上工业企业倍增工程" in names
    names, _ = _run("新增规模以上工业企业800家。", "湖南省")
    assert not names


def test_a_count_of_places_listed_before_a_national_pilot_counts_the_places():
    names, _ = _run("推进长春、白山2个城市国家公立医院高质量发展示范项目。", "吉林省")
    assert "国家公立医院高质量发展示范项目" in names
    assert names["国家公立医院高质量发展示范项目"].label == schema.STRATEGY
    names, _ = _run("建设长春、白山2个国家级产业园。", "吉林省")
    assert not names                      # a count of a kind of park, as before


def test_a_line_named_by_the_corridor_it_runs_along():
    names, _ = _run("沿江高铁武宜段、呼南高铁襄荆段等5条高铁建成运营。", "湖北省")
    assert "沿江高铁武宜段" in names
    names, _ = _run("加快沿江高铁、淮宿蚌铁路建设。", "安徽省")
    assert "沿江高铁" in names
    names, _ = _run("推动沿江地区高质量发展。", "安徽省")
    assert not names
