"""Initiatives of other provinces (issue 12), sixteenth round: each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_places_sharing_one_voltage_and_kind_are_each_a_grid_work():
    names, _ = _run("抓好东坡、西岭、南湾220千伏输变电工程前期工作。加快北坝和石桥500千伏送出工程建设。", "四川省")
    assert {"东坡220千伏输变电工程", "西岭220千伏输变电工程", "南湾220千伏输变电工程",
            "北坝500千伏送出工程", "石桥500千伏送出工程"} <= set(names)


def test_an_item_with_its_own_voltage_before_and_takes_only_the_head():
    names, _ = _run("建成青山±800千伏特高压直流和白水500千伏送出工程。", "四川省")
    assert {"青山±800千伏特高压直流工程", "白水500千伏送出工程"} <= set(names)


def test_a_voltage_before_a_list_close_is_no_shared_kind():
    names, _ = _run("建设东平水利枢纽、西山500千伏输变电等项目。", "吉林省")
    assert not any(n.endswith("等项目") for n in names)


def test_continued_or_extended_works_keep_their_head_in_the_name():
    names, _ = _run("开工建设中国陶瓷博物馆续建工程。推进青州博物馆扩建项目。", "山东省")
    assert {"中国陶瓷博物馆续建工程", "青州博物馆扩建项目"} <= set(names)
    assert not {"中国陶瓷博物馆", "青州博物馆"} & set(names)


def test_a_dynasty_opening_a_site_name_is_the_names():
    names, _ = _run("汉魏故城遗址博物馆上半年正式开馆。建设隋唐大运河文化公园。", "河南省")
    assert {"汉魏故城遗址博物馆", "隋唐大运河文化公园"} <= set(names)


def test_circular_economy_opens_a_park_name_though_jieba_reads_a_verb():
    names, _ = _run("启动循环经济产业园建设。", "西藏自治区/拉萨市")
    assert "循环经济产业园" in names and "经济产业园" not in names


def test_a_first_zone_of_a_park_or_district_being_built_is_part_of_its_name():
    names, _ = _run("完成白河国家森林公园先行启动区建设。加快滨湖新区起步区建设。", "北京市")
    assert {"白河国家森林公园先行启动区", "滨湖新区起步区"} <= set(names)


def test_an_adverb_and_verb_read_as_one_word_still_open_the_programme_name():
    names, _ = _run("青石设计小镇全面实施时尚产业发展行动。", "北京市")
    assert "时尚产业发展行动" in names
    assert not any("全面实施" in n for n in names)
    names, _ = _run("滨河旅游区一期全面完成主题公园建设。", "北京市")
    assert not any("全面完成" in n for n in names)


def test_a_strategy_a_leaders_speech_is_about_is_its_topic_not_pursued():
    names, _ = _run("全面落实习近平总书记关于东北全面振兴和吉林工作的系列重要指示精神。", "吉林省")
    assert "东北全面振兴" not in names
    names, _ = _run("贯彻总书记对东北振兴的重要讲话精神，推动东北全面振兴取得新突破。", "吉林省")
    assert "东北全面振兴" in names


def test_a_counted_kind_in_a_works_list_is_no_work():
    names, _ = _run("建成投用青松大桥、12条市政道路等项目。", "西藏自治区/拉萨市")
    assert "青松大桥" in names
    assert not any(n.startswith("12条") for n in names)


def test_every_item_of_a_list_closed_as_honours_is_a_title_won():
    names, codes = _run("先后荣获“中国邮轮旅游发展实验区”、“全国旅游标准化示范区”、“国家卫生城区”、“全国绿化模范城区”、“国家新型工业化产业示范基地”、"
                        "“全国科普示范区”、“全国文化先进单位”等一系列国家级荣誉。", "上海市")
    assert not {"国家新型工业化产业示范基地", "全国科普示范区"} & set(names)
    assert codes.get("全国科普示范区") == "initiative.designation"
    names, _ = _run("建设国家新型工业化产业示范基地、全国科普示范区。", "上海市")
    assert "全国科普示范区" in names


def test_a_quoted_formula_before_a_word_for_positioning_is_a_role():
    names, codes = _run("紧紧围绕“一港三中心”发展定位，推进“一港三中心”建设。", "江西省")
    assert codes.get("一港三中心") == "initiative.positioning"
    names, _ = _run("推进“一港三中心”建设。", "江西省")
    assert "一港三中心" in names


def test_river_works_followed_by_how_they_were_received_are_works():
    names, _ = _run("青溪河整治广受市民好评。", "江苏省")
    assert "青溪河整治" in names


def test_a_piece_of_a_road_with_a_common_word_for_name_is_a_work():
    names, _ = _run("潘州大道、工业大道南开工建设。", "广东省")
    assert "工业大道南" in names
    names, _ = _run("逢山开路。", "广东省")
    assert not names


def test_an_age_range_opening_a_project_name_is_kept_whole():
    names, _ = _run("推进3-6岁儿童视力筛查干预项目。", "海南省")
    assert "3-6岁儿童视力筛查干预项目" in names


def test_a_kind_named_by_levels_in_brackets_is_no_one_work():
    names, codes = _run("建成县(市)综合医院。", "吉林省")
    assert not any("综合医院" in n for n in names)
    assert codes.get("县(市)综合医院") == "initiative.generic"


def test_a_share_of_a_whole_is_a_figure_not_a_project():
    names, codes = _run("旅游项目占全口径产业项目70%。", "黑龙江省")
    assert not names


def test_a_place_built_with_a_run_of_qualities_is_one_vision_named_by_all():
    names, _ = _run("建设宜居宜业美丽幸福兴庆，为全区发展作出贡献。", "宁夏回族自治区/银川市/兴庆区")
    assert "宜居宜业美丽幸福兴庆" in names and "幸福兴庆" not in names


def test_a_lines_depot_after_its_phase_is_part_of_the_work():
    names, _ = _run("加快9号线二期车辆段施工进度。", "北京市")
    assert "9号线二期车辆段" in names and "9号线二期" not in names
