"""Guards for the review of the twenty-fourth initiative round (rev17 items 10, 12, 13, 14b, 14c, 15b): each on the
reviewer's example or one like it."""
from graph import schema
from loaders.reading.source import from_bytes
from loaders.recognisers.initiatives import extract
from loaders.recognisers.lexicon import default_lexicon
from tests.test_initiatives import _run


def _parts(text: str, region: str) -> set[tuple[str, str]]:
    doc = from_bytes(text.encode("utf-8"), "memory.txt")
    entities, relations, _i = extract(doc, doc.clean, default_lexicon(), region)
    name = {e.key: e.name for e in entities}
    return {(name[r.source[1]], name[r.target[1]]) for r in relations if r.type == schema.PART_OF}


def test_a_strategy_opening_a_sentence_of_its_work_still_leads_its_paragraph():
    """rev17 #10: 乡村振兴扎实推进。 (the name then a verb of its work) heads the programmes after it; only a summary the
    name opens with a word of its pursuit (乡村振兴全面起势。, the shape ini27 admitted) leads none."""
    parts = _parts("一年来，我们狠抓落实。乡村振兴扎实推进。实施高标准农田建设工程，新建高标准农田50万亩。"
                   "实施农村人居环境整治提升五年行动，农村卫生厕所普及率达到85%。\n", "山东省")
    assert {("高标准农田建设工程", "乡村振兴"), ("农村人居环境整治提升五年行动", "乡村振兴")} <= parts
    parts = _parts("一年来，我们狠抓落实。乡村振兴全面起势。实施农村“七改”工程，改厕11万余户。\n", "山东省")
    assert not parts


def test_a_strategy_only_qualifying_a_noun_is_not_pursued():
    """rev17 #12: 落地 and 基本 make the strategy pursued only with the verb after them (落地见效, 基本完成)."""
    names, _ = _run("支持一带一路落地项目建设。乡村振兴基本盘更加稳固。", "山东省")
    assert not names
    names, _ = _run("新型城镇化开局良好，乡村振兴落地见效。零基预算改革基本完成。", "湖南省")
    assert {"新型城镇化", "乡村振兴", "零基预算改革"} <= set(names)


def test_one_item_closed_by_deng_names_a_programme_only_by_what_it_works_on():
    """rev17 #13: 跨部门联合执法 says how the work is done (across departments, jointly), not what it works on."""
    names, _ = _run("持续开展跨部门联合执法等专项行动。", "山东省")
    assert not names
    names, _ = _run("开展校园餐质量提升等专项行动。市场准入壁垒清理整治等行动有效开展。", "宁夏回族自治区")
    assert {"校园餐质量提升专项行动", "市场准入壁垒清理整治行动"} <= set(names)


def test_terms_every_province_uses_are_each_provinces_own():
    """rev17 #14b: 双招双引 (安徽, 江西, 西藏, 山东 in the corpus) and 强省会 (山东, 甘肃) are written by many provinces: a
    赣州 report's 双招双引 is 江西's, not the node a 济南 report names."""
    ganzhou, _ = _run("双招双引全面起势。", "江西省/赣州市")
    jinan, _ = _run("深入推进双招双引。", "山东省/济南市")
    assert ganzhou["双招双引"].key == "江西省/双招双引" and jinan["双招双引"].key == "山东省/双招双引"
    gansu, _ = _run("强省会战略全面实施。", "甘肃省")
    guizhou, _ = _run("强省会战略全面实施。", "贵州省/贵阳市")
    assert gansu["强省会战略"].key == "甘肃省/强省会战略" and guizhou["强省会战略"].key == "贵州省/强省会战略"
    nation, _ = _run("实施强省会战略。", "中华人民共和国")
    assert nation["强省会战略"].key == "强省会战略"


def test_a_free_trade_zone_written_by_its_province_alone_keeps_no_bare_province_alias():
    """rev17 #14c: aliases are matched again (graph/resolve.py's CONCERNS, queries/names.py): 广东省 or 上海 as an alias
    would make every task naming the province concern its zone."""
    names, _ = _run("积极推动上海和广东、天津、福建自贸试验区建设。新设广东省、天津市、福建省自由贸易试验区。", "中华人民共和国")
    assert {"上海自贸试验区", "广东自贸试验区", "广东省自由贸易试验区"} <= set(names)
    for n in ("上海自贸试验区", "广东自贸试验区", "广东省自由贸易试验区", "天津市自由贸易试验区"):
        assert not {"上海", "广东", "广东省", "天津市"} & set(names[n].aliases), n


def test_verb_start_is_free_start_without_adverbs_or_places():
    """rev17 #15b: one helper, two strictnesses."""
    from loaders.recognisers.initiative_lexicon import state
    from loaders.recognisers.initiative_words import free_start, verb_start

    st = state(default_lexicon())
    text = "辽浑太山水工程基本完工，深入实施零基预算改革。"
    assert verb_start(text, 0, st) and verb_start(text, text.index("零基"), st)
    assert not verb_start(text, text.index("山水"), st)
    assert free_start(text, text.index("零基"), st)
