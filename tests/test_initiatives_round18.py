"""Initiatives of other provinces (issue 12), eighteenth round (ini18): each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_items_of_a_list_closed_by_strategies_are_each_a_strategy():
    names, _ = _run("五年来，我们全力实施生态立市、旅游兴县建设等重大战略，经济社会稳步发展。", "湖南省/怀化市")
    assert {"生态立市战略", "旅游兴县战略"} <= set(names)
    assert "旅游兴县建设" in names["旅游兴县战略"].aliases


def test_fields_and_partner_regions_before_strategies_are_no_strategies():
    names, _ = _run("统筹推进数字经济、海洋经济等战略。做强先进材料、生物医药等战略性新兴产业。", "湖南省/怀化市")
    assert not any(n.endswith("战略") or n.endswith("产业") for n in names)


def test_parallel_slogans_joined_to_their_strategy_by_de_name_it():
    names, _ = _run("以实施“农业稳基础、工业强支撑、旅游促增收”的经济发展战略为主线。", "湖南省/怀化市")
    assert "“农业稳基础、工业强支撑、旅游促增收”经济发展战略" in names
    assert "经济发展战略" not in names


def test_the_plans_a_congress_reviews_are_documents_not_programmes():
    names, codes = _run("审议了市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告。实施人才引育计划。",
                        "湖南省/怀化市")
    assert not any("国民经济" in n or n.endswith("年计划") for n in names)
    assert "人才引育计划" in names


def test_a_national_tier_and_a_kind_is_aimed_at_not_named():
    names, _ = _run("建设可储存、可加工、可交易的国家级物流基地。", "湖南省/怀化市")
    assert "国家级物流基地" not in names
    names, _ = _run("创建国家级人力资本产业园。", "湖南省/怀化市")
    assert "国家级人力资本产业园" in names      # a designation created is one


def test_in_respect_of_a_known_strategy_is_work_on_it():
    names, _ = _run("在深入实施扩大内需战略方面，报告提出建设区域消费中心。", "湖南省/怀化市")
    assert "扩大内需战略" in names
    names, _ = _run("扩大内需战略方面的短板仍然存在。", "湖南省/怀化市")
    assert "扩大内需战略" not in names


def test_a_coded_line_is_a_rail_work_where_its_sentence_speaks_of_rail():
    names, _ = _run("开通运营S2线、M8线南延，轨道交通里程增至30公里。", "北京市/门头沟区")
    assert {"S2线", "M8线南延"} <= set(names)
    names, _ = _run("加快S7线青山至白水快速通道等项目建设。", "西藏自治区/拉萨市")
    assert "S7线" not in names
    names, _ = _run("开通公交K1线、K2线，优化公交线网。", "北京市/门头沟区")
    assert not names


def test_a_bridge_and_a_road_joined_by_and_are_two_works():
    names, _ = _run("建成永定大桥和石门路北段、金河南路等5条城市主干道。", "北京市/门头沟区")
    assert {"永定大桥", "石门路北段", "金河南路"} <= set(names)


def test_a_numbered_schools_branch_keeps_the_number_that_names_the_school():
    names, _ = _run("开工建设八一学校门头沟学校、育才学校西山学校。", "北京市/门头沟区")
    assert "八一学校门头沟学校" in names
    assert "学校门头沟学校" not in names


def test_a_brand_and_an_estate_joined_by_a_middle_dot_are_one_listed_project():
    names, _ = _run("以江北、新城二期、阳光•翡翠湾、锦绣华庭等商业地产项目为龙头。", "浙江省/嘉兴市/秀洲区")
    assert "阳光•翡翠湾项目" in names
    assert "阳光•翡翠湾" in names["阳光•翡翠湾项目"].aliases


def test_regions_listed_as_places_a_link_reaches_are_no_strategies():
    names, _ = _run("开通本市至京津冀、长三角、粤港澳等地区的直达货运班线。", "甘肃省/天水市")
    assert not names
    names, _ = _run("主动融入长三角，开通至西安等城市的直达班线。", "安徽省/宣城市")
    assert "长三角一体化发展" in names


def test_a_levels_own_institution_with_a_short_description_being_built_in_a_list():
    names, _ = _run("开工建设第三中学、市体育中心、县文化艺术中心。", "河南省/鹤壁市")
    assert {"市体育中心", "县文化艺术中心"} <= set(names)
    names, _ = _run("市体育中心举办全民健身比赛。", "河南省/鹤壁市")
    assert "市体育中心" not in names


def test_a_field_named_right_before_a_quoted_bundle_is_part_of_its_name():
    names, _ = _run("扎实推进乡村振兴“八大行动”，圆满完成任务。", "天津市/河东区")
    assert "乡村振兴“八大行动”" in names
    names, _ = _run("迭代升级“八大行动”。深入实施全区“八大工程”。深入开展“五大攻坚”。", "天津市/河东区")
    assert {"八大行动", "八大工程"} <= set(names)


def test_an_institution_named_by_a_bare_village_township_or_community_is_a_kind():
    names, _ = _run("村卫生室与乡镇卫生院一体化管理率达95%。新建社区养老服务中心。建成张庄村卫生院。", "河北省/保定市")
    assert not any(n.startswith(("村", "乡镇", "社区")) for n in names)


def test_a_middle_school_written_by_its_number_being_built_is_a_school():
    names, _ = _run("开工建设县二中新校区、县实验小学。确保十五中竣工。", "河南省/新乡市/辉县市")
    assert {"县二中新校区", "十五中"} <= set(names)
    assert names["十五中"].label == "Project"
    names, _ = _run("深入贯彻党的十九届三中、四中全会精神，建设新校区。", "河南省/新乡市/辉县市")
    assert not names


def test_a_campus_keeps_its_owners_short_name_ending_in_suo_or_yuan():
    names, _ = _run("推动中医所延庆院区完工。加快北医三院昌平院区建设。", "北京市/延庆区")
    assert {"中医所延庆院区", "北医三院昌平院区"} <= set(names)
    assert "延庆院区" not in names


def test_work_on_the_main_structure_after_a_name_ends_it():
    names, _ = _run("完成南湖家园中心主体结构施工。", "北京市/通州区")
    assert "南湖家园中心" in names


def test_a_travel_time_aimed_at_is_no_programme():
    names, _ = _run("打造“一小时经济带”、半小时通勤圈，加快建设环城高速。", "云南省/玉溪市")
    assert not any("小时" in n for n in names)


def test_a_quoted_name_holding_a_count_then_built_is_a_programme():
    names, _ = _run("瞄准“三个之城”建设，推进“一区两园三站”建设。", "北京市/怀柔区")
    assert {"三个之城", "一区两园三站"} <= set(names)
    names, _ = _run("加快高新区“一区多园”建设。支持高校“双一流”建设。探索“多校一圈”建设路径。加强“三农”建设。", "北京市/怀柔区")
    assert not names
