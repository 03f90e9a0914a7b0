"""Initiatives, the twenty-third round (ini26): what the random draw of blind round 22 (now dev) and rounds 18-21 miss in
general, each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_national_programmes_the_draw_missed_are_known():
    names, _ = _run("持续开展规范涉企执法专项行动，深入实施高质量参保行动，持续深化“双减”。", "浙江省")
    assert {"涉企行政执法专项行动", "高质量参保行动", "双减"} <= set(names)
    assert not names["涉企行政执法专项行动"].key.startswith("浙江")     # one national campaign, keyed once
    names, _ = _run("今年国债投资要向农村、社会事业、西部开发倾斜。", "中华人民共和国")
    assert "西部大开发" in names


def test_pumped_storage_is_one_word_and_a_kind_without_its_place():
    names, _ = _run("首座抽水蓄能电站建成投产。开工建设8个抽水蓄能电站。", "广西壮族自治区")
    assert not names        # (not 蓄能电站: 抽水 is no verb of the sentence)
    names, _ = _run("加快富民抽水蓄能电站建设。", "广西壮族自治区")
    assert set(names) == {"富民抽水蓄能电站"}


def test_the_state_plan_of_the_planned_economy_is_no_programme():
    names, _ = _run("各部门必须遵守国家计划，全年超额完成计划。适当缩小指令性计划。执行1981年国民经济计划，基本建设计划要压缩。"
                    "全面完成“七五”计划。安排好“八五”计划与“九五”计划项目的衔接。", "中华人民共和国")
    assert not names
    names, _ = _run("实施星火计划和城乡居民增收五年计划。", "宁夏回族自治区")
    assert {"星火计划", "城乡居民增收五年计划"} <= set(names)      # (programmes named by what they do)
    names, _ = _run("实施高性能集成电路突破计划。", "山东省/济南市")
    assert "高性能集成电路突破计划" in names


def test_schools_named_by_their_level_and_kind_are_kinds():
    names, _ = _run("在普通本科高校、高等职业学校和中等职业学校建立健全国家奖学金制度。发展中等专业学校。", "中华人民共和国")
    assert not names
    names, _ = _run("建设济南市中等职业学校新校区。", "山东省/济南市")
    assert "济南市中等职业学校新校区" in names


def test_housing_works_of_a_national_kind_are_a_category_also_after_a_verb_the_walk_kept():
    names, _ = _run("中央财政安排保障性安居工程专项补助资金1000亿元。新开工保障性安居工程700万套。中央预算内投资主要投向"
                    "保障性安居工程。重点实施棚户区改造工程。", "中华人民共和国")
    assert not names
    names, _ = _run("完成森工集团棚户区改造二期工程，深入实施“三抓三促”行动。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"森工集团棚户区改造二期工程", "“三抓三促”行动"} <= set(names)


def test_a_places_programme_is_named_as_the_subject_of_its_clause_or_before_another():
    names, _ = _run("打造更高水平平安浙江法治浙江。", "浙江省")
    assert {"平安浙江", "法治浙江"} <= set(names)
    names, _ = _run("加强普惠性民生建设，幸福湖南更加可感可及。", "湖南省")
    assert "幸福湖南" in names
    names, _ = _run("更好服务湖南高质量发展，健康湖南市民。美丽湖南品牌进一步擦亮。获评平安湖南先进集体、法治湖南先进县。", "湖南省")
    assert not names        # (a verb, a place going on, a brand)


def test_the_space_stations_modules_are_named_without_a_number():
    names, _ = _run("天和核心舱、问天实验舱、梦天实验舱相继发射，神舟十五号载人飞船与空间站对接。", "中华人民共和国")
    assert {"天和核心舱", "问天实验舱", "梦天实验舱", "神舟十五号载人飞船"} <= set(names)


def test_modal_verbs_and_adverbs_of_manner_open_no_name():
    names, _ = _run("要加快大唐700万吨露天矿项目建设。慎重稳妥进行农村土地制度改革试点。适当降低基础设施项目资本金比例。"
                    "就应当采取实际行动。高度重视资源战略。", "中华人民共和国")
    assert {"大唐700万吨露天矿项目", "农村土地制度改革试点"} <= set(names)
    assert not any(n.startswith(("要", "慎重", "适当", "就应当", "采取", "高度重视")) for n in names)
    names, _ = _run("要禁止别墅类房地产开发项目。深化要素市场化配置综合改革试点。", "中华人民共和国")
    assert set(names) == {"要素市场化配置综合改革试点"}       # (villas: homes; 要素 is a word)


def test_a_second_track_added_to_a_railway_is_part_of_the_works_name():
    names, _ = _run("黔桂铁路增建二线、防城港30万吨级进港航道一期等项目顺利开工。", "广西壮族自治区")
    assert "黔桂铁路增建二线" in names and "黔桂铁路" not in names
