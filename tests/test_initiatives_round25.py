"""Initiatives, twenty-fifth round (ini24; "Twenty-first round" in docs/lexicon.md and docs/benchmarks.md): national
programmes the national reports name again and again, a province's 强省 strategies and name boundaries; each rule on a
small example written for it, failing on the commit before it (69fd144)."""
from graph import schema
from tests.test_initiatives import _run


def test_a_sector_made_strong_is_a_provincial_strategy():
    names, _ = _run("加快建设种业强省、质量强省和中医药强省，深入实施人才强省战略。", "湖北省")
    assert {"种业强省", "质量强省", "中医药强省", "人才强省"} <= set(names)
    assert names["质量强省"].label == schema.STRATEGY
    # (one strategy, written with 战略 or without, the province's in a city's report too: review rev13)
    assert "人才强省战略" in names["人才强省"].aliases and names["人才强省"].key == "湖北省/人才强省"
    names, _ = _run("全力支持全省建设制造强省，深入实施制造强省战略。", "湖北省/武汉市")
    assert [(n, e.key) for n, e in names.items()] == [("制造强省", "湖北省/制造强省")]
    names, _ = _run("奋力建设社会主义现代化强省，推动由经济大省向经济强省跨越。", "湖北省")
    assert not any(n.endswith("强省") for n in names)            # goals, not strategies
    names, _ = _run("打造产业强区、工业强镇，争创全国百强县。", "湖北省")
    assert not names                                              # a lower level's slogans and rankings


def test_national_programmes_of_the_national_reports_are_known():
    names, _ = _run("实施天然草原退牧还草工程，继续实施天然林保护、风沙源和石漠化治理等生态工程，推进集体林权制度改革。", "")
    assert {"退牧还草", "天然林保护工程", "京津风沙源治理工程", "集体林权制度改革"} <= set(names)
    assert "风沙源" in names["京津风沙源治理工程"].aliases
    names, _ = _run("扎实推进社会主义新农村建设，实施“走出去”战略，扩大“营改增”试点。", "")
    assert {"社会主义新农村建设", "“走出去”战略", "“营改增”试点"} <= set(names)
    names, _ = _run("加快发展多层次资本市场，推进股票发行注册制改革。", "")
    assert "股票发行注册制改革" in names
    names, _ = _run("完成石漠化综合治理600平方公里。", "贵州省")
    assert not names                                              # the work done, not the programme
    names, _ = _run("完成石漠化治理12万亩。", "贵州省")
    assert not names                                              # (no bare alias 石漠化治理: review rev13)


def test_a_known_name_written_with_its_work_is_also_named_without_it():
    names, _ = _run("加强“三北”工程建设，推进城市基础设施生命线安全工程建设。", "吉林省")
    assert "“三北”工程" in names["三北工程"].aliases
    assert "城市基础设施生命线安全工程" in names["城市生命线安全工程"].aliases


def test_a_verb_of_assurance_opens_no_name():
    names, _ = _run("确保青藏铁路、三峡三期工程等一批重点工程建成投产。", "")
    assert "青藏铁路" in names and "确保青藏铁路" not in names


def test_a_transliterated_name_keeps_its_first_sound():
    names, _ = _run("加快那棱格勒河水利枢纽建设。", "青海省")
    assert "那棱格勒河水利枢纽" in names


def test_remote_places_a_pilot_covers_are_its_name():
    names, _ = _run("开展偏远镇村生活垃圾小型化分散式焚烧处理试点。", "云南省")
    assert "偏远镇村生活垃圾小型化分散式焚烧处理试点" in names
    names, _ = _run("实施偏远地区教师周转宿舍建设工程。", "云南省")
    assert "偏远地区教师周转宿舍建设工程" in names


def test_the_experience_of_building_a_quoted_programme_is_its_own():
    names, _ = _run("湘西州“四好农村路”建设经验获全国推介。", "湖南省")
    assert "四好农村路" in names
    names, _ = _run("推进四好农村路建设任务分解。", "湖南省")
    assert "四好农村路" in names                                  # (建设任务: the tail names it, as before)


def test_trade_ins_written_bare_are_not_joined_to_the_2024_programme():
    # (review rev13: a bare 以旧换新 is any trade-in — 2011's 家电以旧换新, a city's 商品住房“以旧换新” — not the programme
    # 消费品以旧换新 of 2024, part of 两新; written whole, it is)
    for text in ("继续实施家电下乡和以旧换新政策。", "开展商品住房“以旧换新”，支持居民购房。", "开展汽车以旧换新。"):
        names, _ = _run(text, "广东省")
        assert "消费品以旧换新" not in names, text
    names, _ = _run("加力扩围实施消费品以旧换新。", "广东省")
    assert "消费品以旧换新" in names
