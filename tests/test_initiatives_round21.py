"""Initiatives, twenty-first round (ini21; "Seventeenth round" in docs/lexicon.md): precision rules from an audit of what
kg predicts on the 2026 provincial reports (bench/initiative_audit.py); each rule on a small example written for it,
failing on the commit before it (a0dcf07)."""
from graph import schema
from tests.test_initiatives import _run


def test_a_line_break_before_a_lists_first_item_leaves_the_verb_out():
    names, _ = _run("壮大未来产业。\n推进东湖科学城重大创新平台等项目落地，做强产业。", "湖北省")
    assert not any(n.startswith(("推进", "\n")) for n in names)
    assert "东湖科学城重大创新平台项目" in names


def test_a_glued_adverb_and_verb_is_no_bundles_field():
    names, _ = _run("大力开展“三清三改”，持续推进乡风文明。", "贵州省")
    assert "三清三改" in names
    assert not any(n.startswith("大力开展") for n in names)
    names, _ = _run("落实乡村振兴“八大行动”，推进建设。", "贵州省")
    assert "乡村振兴“八大行动”" in names          # a field before the count stays the bundle's


def test_a_by_x_bring_x_slogan_opens_the_name():
    names, _ = _run("深入推进以企引企专项行动。扎实开展“结对子”以才育才行动。", "辽宁省")
    assert {"以企引企专项行动", "“结对子”以才育才行动"} <= set(names)


def test_key_before_a_fields_noun_is_the_names():
    names, _ = _run("实施重点行业节水增效行动。开展重点流域生态修复专项行动。", "河北省")
    assert {"重点行业节水增效行动", "重点流域生态修复专项行动"} <= set(names)
    names, _ = _run("重点实施城市更新行动。", "河北省")
    assert "城市更新行动" in names                # an adverb before a verb stays out
    names, _ = _run("培育12条重点产业链。", "河北省")
    assert not any(n.startswith(("12", "重点")) for n in names)   # chains counted, the field is the head


def test_a_rank_described_before_a_place_is_an_aim():
    names, codes = _run("建设全球领先的生物疫苗智能制造基地。", "河北省")
    assert not names and codes.get("生物疫苗智能制造基地") == "initiative.positioning"
    names, _ = _run("加快建设唐山新能源装备制造基地。", "河北省")
    assert "唐山新能源装备制造基地" in names


def test_works_that_hold_a_physical_thing_are_projects_also_as_conjuncts():
    names, _ = _run("实施汉江干线航道扩能升级和丹江库区水运提升工程。加快观音寺调蓄工程、白沙洲水厂项目建设。", "湖北省")
    assert names["汉江干线航道扩能升级工程"].label == schema.PROJECT
    assert names["观音寺调蓄工程"].label == schema.PROJECT
    names, _ = _run("实施产业能级跃升、市场活力和开放能级提升、乡村振兴样板升级工程。", "湖北省")
    assert names["市场活力和开放能级提升工程"].label == schema.STRATEGY    # 场 of 市场 builds nothing


def test_a_project_of_bringing_in_or_training_people_is_a_programme():
    names, _ = _run("实施产业领军人才引进和青年技能人才培养项目，优化服务。", "湖北省")
    assert names["产业领军人才引进和青年技能人才培养项目"].label == schema.STRATEGY


def test_a_pilot_base_and_a_projects_service_model_are_no_names_ending_there():
    names, _ = _run("创建国家级人工智能训练试点基地。", "湖北省")
    assert "国家级人工智能训练试点" not in names
    names, _ = _run("完善“标准地+全代办”项目服务模式。", "湖北省")
    assert not names


def test_an_extension_written_in_full_is_the_lines():
    names, _ = _run("加快建设5号线南延伸、8号线等轨道交通。", "上海市")
    assert "5号线南延伸" in names and "5号线南延" not in names


def test_projects_traded_are_no_projects_end():
    names, _ = _run("开展海洋碳汇项目交易。", "福建省")
    assert not any(n.endswith("碳汇项目") for n in names)


def test_a_crossing_named_only_by_what_it_crosses_is_a_kind():
    names, codes = _run("推进城市间高铁、城际铁路、高快速路、跨江跨海通道等建设。", "福建省")
    assert not any("通道" in n for n in names)
    assert codes.get("跨江跨海通道") == "initiative.generic"


def test_what_guards_a_work_is_no_part_of_its_name():
    names, codes = _run("以清正廉洁的政治生态护航自由贸易港建设。", "海南省")
    assert not any("护航" in n for n in names)



def test_a_title_won_is_a_designation_whichever_order_its_scope_and_batch_are_written():
    names, codes = _run("两地分别入选全国首批美丽河湖先行区、美丽田园先行区。璧山入选全国首批美丽田园示范区。", "重庆市")
    assert not names
    assert codes.get("美丽河湖先行区") == codes.get("美丽田园示范区") == "initiative.designation"
