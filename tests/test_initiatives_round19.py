"""Initiatives of other provinces (issue 12), nineteenth round (ini19; "Fifteenth round" in docs/lexicon.md): each rule on a
small example written for it, failing on the commit before it (795f2ce)."""
from graph import schema
from tests.test_initiatives import _run


def test_works_on_a_waterway_a_voltage_or_a_high_speed_line_are_projects():
    names, _ = _run("实施清水航道升级改造工程。推进石门220千伏送出工程。加快郑西高铁南阳段连接线工程。", "湖南省/常德市")
    for n in ("清水航道升级改造工程", "石门220千伏送出工程"):
        assert names[n].label == schema.PROJECT
    assert all(e.label == schema.PROJECT for n, e in names.items() if "高铁" in n)


def test_a_named_routes_key_works_are_one_work_not_a_kind():
    names, _ = _run("推动郑渝高铁襄阳段控制性工程开工，实施长沙至益阳高等级公路控制性工程。", "湖北省/襄阳市")
    assert {"郑渝高铁襄阳段控制性工程", "长沙至益阳高等级公路控制性工程"} <= set(names)
    assert names["郑渝高铁襄阳段控制性工程"].label == schema.PROJECT
    names, _ = _run("谋划一批调节性煤电项目。", "湖北省/襄阳市")
    assert "调节性煤电项目" not in names        # a quality still makes a kind


def test_a_count_of_national_strategies_counts_them_and_names_no_bundle():
    names, codes = _run("本市集“一带一路、长江经济带、西部大开发”三大国家战略于一身。", "四川省/宜宾市")
    assert "三大国家战略" not in names and codes.get("三大国家战略") == "initiative.generic"
    assert "一带一路" in names


def test_quoted_items_opening_with_one_word_are_a_family_of_campaigns():
    names, _ = _run("以“强省会”行动带动“兴产业、兴乡村、兴文旅”行动。", "湖南省/怀化市")
    assert {"兴产业行动", "兴乡村行动", "兴文旅行动"} <= set(names)
    assert "兴产业" in names["兴产业行动"].aliases
    assert not any("、" in n for n in names)
    names, _ = _run("持续推进国有企业“争链主、强集群”行动。", "湖南省/怀化市")
    assert "“争链主、强集群”行动" in names      # different openings: one campaign's phrases


def test_a_field_and_its_work_before_a_bare_count_of_programmes_name_it():
    names, _ = _run("实施水利建设八大工程，累计完成投资6亿元。", "湖南省/怀化市")
    assert "水利建设八大工程" in names
    names, _ = _run("全县八大工程进展顺利。", "湖南省/怀化市")
    assert "全县八大工程" not in names


def test_a_kind_of_works_every_city_has_is_no_listed_project():
    names, _ = _run("推进城市轨道交通、农村公路、滨江路、金沙隧道等项目建设。", "湖南省/怀化市")
    assert not any(n.startswith(("城市轨道", "农村公路")) for n in names)
    assert any(n.startswith("滨江路") for n in names) and "金沙隧道" in names


def test_rivers_listed_before_a_basins_work_share_it():
    names, _ = _run("谋划建设澜沧江、怒江流域清洁能源基地。", "云南省/临沧市")
    assert "澜沧江、怒江流域清洁能源基地" in names
    assert "怒江流域清洁能源基地" not in names
    names, _ = _run("实施渭河流域和太白山生态保护工程，关停采砂点。", "陕西省/宝鸡市")
    assert "渭河流域和太白山生态保护工程" in names


def test_the_round_in_the_launch_name_of_the_prospecting_campaign_is_kept():
    names, _ = _run("深入推进新一轮找矿突破战略行动。", "湖南省/怀化市")
    assert "新一轮找矿突破战略行动" in names["找矿突破战略行动"].aliases


def test_the_words_after_deng_are_the_kind_of_the_items_listed():
    names, codes = _run("加快华能岳阳、大唐石门等新一代储能试点项目建设。", "湖南省/岳阳市")
    assert not any("储能试点项目" in n for n in names) and codes["储能试点项目"] == "initiative.generic"
    names, _ = _run("推动怀邵衡铁路、湘江航道等“十大工程”纳入规划。", "湖南省/岳阳市")
    assert any(n.endswith("十大工程") for n in names)      # a count after 等 names the bundle


def test_a_zone_named_right_before_its_section_is_part_of_the_sections_name():
    names, codes = _run("推进中国—东盟产业合作区玉林片区建设。", "广西壮族自治区/玉林市")
    assert "中国—东盟产业合作区玉林片区" in names
    assert "中国—东盟产业合作区" not in names and codes["中国—东盟产业合作区"] == "initiative.inside-name"


def test_the_first_of_a_kind_is_a_rank_not_a_works_name():
    names, codes = _run("坚持把就业作为头等大事和第一民生工程，扎实推进。", "贵州省/遵义市")
    assert "第一民生工程" not in names


def test_a_rivers_first_works_joined_by_yu_are_one_name_with_the_second():
    names, _ = _run("推动清潩河综合治理与生态修复工程竣工。", "河南省/许昌市")
    assert "清潩河综合治理与生态修复工程" in names
    assert names["清潩河综合治理与生态修复工程"].label == schema.PROJECT
    assert "生态修复工程" not in names


def test_a_programme_name_before_a_system_named_in_latin_letters_qualifies_it():
    names, _ = _run("建设智慧怀化AI中台，提升治理效能。", "湖南省/怀化市")
    assert "智慧怀化" not in names
    names, _ = _run("推进智慧怀化建设。", "湖南省/怀化市")
    assert "智慧怀化" in names


def test_a_zone_acting_together_with_the_subject_is_a_partner_not_a_work():
    names, codes = _run("洋山特殊综保区通过验收，与浦东综保区共同获批试点。", "上海市/浦东新区")
    assert "浦东综保区" not in names and codes.get("浦东综保区") == "initiative.existing"


def test_a_quoted_sum_of_counts_before_a_head_is_a_programme():
    names, _ = _run("建成“5+20”特色农业基地，实施“专精特新+N”项目。", "湖南省/怀化市")
    assert names["“5+20”特色农业基地"].label == schema.STRATEGY
    assert all(e.label == schema.STRATEGY for n, e in names.items() if "+N" in n)


def test_a_zone_piloting_a_development_path_is_a_strategy():
    names, _ = _run("建设长江流域绿色低碳高质量发展先行区。建设中欧经贸深度合作先行区。", "湖北省/宜昌市")
    assert all(e.label == schema.STRATEGY for n, e in names.items() if n.endswith("发展先行区"))
    assert any(n.endswith("发展先行区") for n in names)
    assert all(e.label == schema.PROJECT for n, e in names.items() if n.endswith("合作先行区"))


def test_a_quoted_count_of_roads_is_a_set_of_works():
    names, _ = _run("加快建设“四大高速公路出省通道”。打通“五大国际物流通道”。", "湖南省/怀化市")
    assert names["四大高速公路出省通道"].label == schema.PROJECT
    assert all(e.label == schema.STRATEGY for n, e in names.items() if "物流通道" in n)


def test_a_bridge_listed_before_works_pushed_ahead_is_being_built():
    names, _ = _run("沅江三桥、怀化港口工程加快推进。", "湖南省/怀化市")
    assert "沅江三桥" in names
    names, _ = _run("沅江三桥、舞水桥维修改造加快推进。", "湖南省/怀化市")
    assert "沅江三桥" not in names      # renovated, not built


def test_works_in_every_village_of_a_kind_are_a_kind():
    names, codes = _run("完成中心村电网改造升级工程。实施贫困村饮水安全工程。", "河南省/安阳市")
    assert not any(n.startswith(("中心村", "贫困村")) for n in names)
    names, _ = _run("实施村集体经济“强村富民”工程。", "河南省/安阳市")
    assert any("强村富民" in n for n in names)      # a quoted programme for villages is one
