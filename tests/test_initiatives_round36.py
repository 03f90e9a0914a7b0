"""Initiatives, the thirty-sixth round (ini34): what the random draw of blind round 30 (now dev) misses in general,
each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_a_pilot_a_place_is_entered_into_is_a_programme_not_a_title():
    names, _ = _run("白山市入选国家林下经济综合改革试点。延边州纳入全国养老服务体系创新试点，运行平稳。", "吉林省")
    assert {"国家林下经济综合改革试点", "全国养老服务体系创新试点"} <= set(names)
    names, _ = _run("南平、龙岩入选智慧健康养老服务试点城市。", "福建省")
    assert "智慧健康养老服务试点城市" in names


def test_an_entered_pilot_of_a_short_field_or_a_title_won_stays_out():
    names, _ = _run("获批国家标准化试点。成功创建国家生态文明建设示范区。入选省级智能制造试点。", "青海省")
    assert not {"国家标准化试点", "国家生态文明建设示范区", "省级智能制造试点"} & set(names)
    names, _ = _run("两个项目获批全国森林康养基地试点。该县被纳入省Ⅱ型重点发展小城市试点。", "山东省")
    assert not any(n.endswith("试点") for n in names)      # the title of the sites or towns chosen


def test_a_quoted_campaign_is_named_with_the_field_written_before_it():
    names, _ = _run("深入实施青年人才引育“千英计划”，扎实推进农村饮水安全“万户通”工程。", "江西省")
    assert {"青年人才引育“千英计划”", "农村饮水安全“万户通”工程"} <= set(names)
    assert "千英计划" in names["青年人才引育“千英计划”"].aliases           # the quote alone is how other sentences cite it


def test_a_scope_or_an_issuer_before_the_quote_is_not_the_name():
    names, _ = _run("深入推进全国“雪亮工程”。全面落实省委“1310”具体部署。", "江西省")
    assert "全国“雪亮工程”" not in names
    assert "省委“1310”具体部署" not in names


def test_national_programmes_of_the_draw_are_known_and_aims_are_not():
    names, _ = _run("在全国推行三网融合。大力实施新时代兴边富民行动。扎实推进固边兴边富民行动。", "全国")
    assert "三网融合" in names
    assert {"新时代兴边富民行动", "固边兴边富民行动"} <= set(names["兴边富民行动"].aliases)
    names, _ = _run("发展海洋经济，建设海洋强国。地方要实行精准扶贫，确保扶贫到村到户。", "全国")
    assert "海洋强国" not in names and "脱贫攻坚" not in names
    names, _ = _run("实施海洋强国战略。", "全国")
    assert "海洋强国战略" in names


def test_a_running_verb_opens_the_programme_it_carries_out():
    names, _ = _run("深入实施县域千亿特色产业培育行动，建设强县。实施终身运动健康计划。", "河南省")
    assert {"县域千亿特色产业培育行动", "终身运动健康计划"} <= set(names)
    names, _ = _run("持续深化县域内医疗资源整合改革试点，促进下沉。", "湖北省")
    assert "县域内医疗资源整合改革试点" in names


def test_a_count_a_complement_or_two_verbs_leave_the_start_alone():
    names, _ = _run("推进好美丽乡村建设工程。", "山东省")
    assert "好美丽乡村建设工程" not in names
    names, _ = _run("启动片区化推进乡村建设整县试点。", "四川省")
    assert "乡村建设整县试点" not in names


def test_trade_ins_written_bare_are_a_programme_of_their_own():
    names, _ = _run("加力扩围以旧换新，带动消费增长。", "福建省")
    assert "以旧换新" in names and "消费品以旧换新" not in names      # (not the 2024 programme: review rev13)


def test_an_age_word_after_the_running_verb_opens_the_name():
    names, _ = _run("开展现代服务消费提质行动，拓展新场景。", "湖南省")
    assert "现代服务消费提质行动" in names


def test_a_pilot_growing_in_reach_is_a_programme():
    names, _ = _run("林下经济种植试点面积扩大到500万亩。城乡居民大病保险试点范围扩大到全国。", "全国")
    assert {"林下经济种植试点", "城乡居民大病保险试点"} <= set(names)
    names, _ = _run("新增一批绿色开采试点。", "山西省")
    assert "绿色开采试点" not in names


def test_deng_inside_a_word_closes_no_list():
    names, _ = _run("实施中等职业教育提质、数字素养提升等行动，扩大招生规模。", "青海省")
    assert {"中等职业教育提质行动", "数字素养提升行动"} <= set(names)


def test_what_is_done_to_a_quoted_programme_or_a_list_is_no_field():
    names, _ = _run("深入学习运用“千万工程”经验。迭代升级“凤凰行动”计划。落实自治区“四大行动”。", "浙江省")
    assert not {"学习运用“千万工程”", "升级“凤凰行动”计划", "自治区“四大行动”"} & set(names)
    names, _ = _run("实施国际化标准景区建设工程和“强基焕新”行动。", "青海省")
    assert "国际化标准景区建设工程和“强基焕新”行动" not in names
