"""Initiatives of other provinces (issue 12): each rule that the provincial sample (tests/gold/initiatives_provinces.json)
led to, on a small example written for it. The sample's own figures are checked in tests/test_initiatives.py."""
from graph import schema
from tests.test_initiatives import _run


def test_quoted_layout_formula_is_a_strategy_other_counted_slogans_are_not():
    names, _ = _run("突出“一主两副”引领，强化“一圈两带”联动，坚持“四水四定”，做好“一老一小”服务。", "河南省")
    assert {"一主两副", "一圈两带"} <= {n.strip("“”") for n in names}
    assert not {n for n in names if "四水四定" in n or "一老一小" in n}


def test_counted_bundle_in_quotes_before_reform_is_a_reform_programme():
    names, _ = _run("深化农村“三块地”改革。推进“标准地”供给改革。", "湖南省")
    assert any("“三块地”改革" in n for n in names)
    assert not any("标准地" in n for n in names)


def test_known_name_inside_a_longer_quoted_name_is_not_matched():
    names, _ = _run("实施乡村人才“百千万”工程。学习运用“千万工程”经验。", "上海市")
    assert "千万工程" in names
    assert all(len(e.evidence) == 1 and "千万工程”经验" in e.evidence[0].text for n, e in names.items() if n == "千万工程")


def test_pilot_with_a_quoted_name_is_a_programme_a_plain_local_trial_is_not():
    names, _ = _run("深化“沪派江南”风貌保护传承试点。开展村居升级试点。开展科研经费使用“包干制”试点。", "上海市")
    assert any("沪派江南" in n for n in names)
    assert not any("村居升级" in n or "包干制" in n for n in names)


def test_a_round_of_a_plan_keeps_what_is_built_as_its_start():
    names, _ = _run("推进崇明世界级生态岛建设第六轮三年行动计划。实施新一轮三年行动计划。", "上海市")
    assert "崇明世界级生态岛建设第六轮三年行动计划" in names
    assert "第六轮三年行动计划" not in names


def test_layout_formula_of_parks_and_reform_catch_phrases_are_not_programmes():
    names, _ = _run("推行“一区多园”管理。深化“一次办成”改革，推进“三项制度”改革，深化“六权”改革。加强“两园一河”城市设计。",
                    "宁夏回族自治区")
    assert any("六权" in n for n in names) and any("两园一河" in n for n in names)
    assert not any(("一区多园" in n or "一次办成" in n or "三项制度" in n) for n in names)


def test_and_after_a_complete_programme_or_a_place_joins_two_names():
    names, _ = _run("实施重大科技专项和前沿颠覆性研究计划。深化农业中关村和种业之都建设。推进数字经济和智慧物流产业园建设。", "北京市")
    assert "前沿颠覆性研究计划" in names
    assert not any("和" in n and ("专项" in n or "中关村" in n) for n in names)
    assert "数字经济和智慧物流产业园" in names


def test_opera_houses_and_new_sites_are_facilities_being_built():
    names, _ = _run("建成开放上海大歌剧院。市疾控中心新址建成投用。", "上海市")
    assert {"上海大歌剧院", "市疾控中心新址"} <= set(names)
    assert "市疾控中心" not in names


def test_university_town_followed_by_more_name_qualifies_it():
    names, codes = _run("加快松江大学城科创源建设。", "上海市")
    assert "松江大学城" not in names and codes.get("松江大学城") == "initiative.inside-name"


def test_reform_named_by_its_method_is_a_programme_a_sector_reform_is_not():
    names, _ = _run("深化产业园区矩阵式改革。深化经济区与行政区适度分离改革。深化户籍制度改革，推进国资国企改革，深化医保支付方式改革。", "河南省")
    assert {"产业园区矩阵式改革", "经济区与行政区适度分离改革"} <= set(names)
    assert not any("户籍" in n or "国资" in n or "医保" in n for n in names)


def test_levels_joined_before_a_kind_are_a_category():
    names, codes = _run("建设国家和省级零碳园区。", "安徽省")
    assert not any("零碳园区" in n for n in names)


def test_a_section_in_brackets_is_not_a_name_of_its_own():
    names, codes = _run("推进武夷山国家公园（江西片区）建设。", "江西省")
    assert "江西片区" not in names and codes.get("江西片区") == "initiative.inside-name"


def test_high_quality_adverbs_before_a_verb_are_not_part_of_the_name():
    names, _ = _run("高品质建设长江国家文化公园（安徽段）。建立国有企业履行战略使命评价机制。加快建设衡沧高品质蔬菜产业示范区。", "安徽省")
    assert {"长江国家文化公园（安徽段）", "衡沧高品质蔬菜产业示范区"} <= set(names)
    assert not any(n.startswith("高品质") or "履行战略" in n for n in names)


def test_a_share_a_bound_first_character_or_a_count_after_makes_no_name():
    names, _ = _run("初中毕业生70%就读普通高中。2个配售型保障性住房项目完成认购。承接生态文明建设领域国家试点15个。"
                    "建设雄安中关村科技园。部署实施“双尖双领+X”项目400项以上。中科院金属研究所创新港14个项目落户。", "海南省")
    assert not any("%" in n or n.startswith("型") or "国家试点" in n for n in names)
    assert {"雄安中关村科技园", "中科院金属研究所创新港"} <= set(names) and any("双尖双领" in n for n in names)


def test_kinds_of_park_school_and_plant_are_not_names():
    names, _ = _run("建设城市公园、口袋公园。改善乡镇寄宿制学校条件。建设中试基地。抓好新型储能项目。", "广西壮族自治区")
    assert not {"城市公园", "口袋公园", "寄宿制学校", "中试基地", "新型储能项目"} & set(names)


def test_items_before_a_commissioning_verb_are_projects():
    names, _ = _run("推动华晨宝马动力电池、特变电工智慧产业园等投运增效。", "天津市")
    assert {"华晨宝马动力电池项目", "特变电工智慧产业园"} <= set(names)


def test_a_quoted_series_of_campaigns_is_one_programme():
    names, _ = _run("开展“读城”系列行动。开展一系列行动。", "江苏省")
    assert "“读城”系列行动" in names
    assert len([n for n in names if "行动" in n]) == 1


def test_two_programmes_joined_by_and_share_the_head():
    names, _ = _run("精准实施医疗卫生强基和康复护理扩容提升工程。实施人才引进和培育计划。", "云南省")
    assert "康复护理扩容提升工程" in names and "医疗卫生强基工程" in names
    assert not any(n.startswith("医疗卫生强基和") for n in names)
    assert "人才引进和培育计划" in names


def test_coordinated_development_inside_a_zone_name_is_part_of_it():
    names, _ = _run("提质建设万达开统筹发展示范区。统筹发展示范区建设。", "重庆市")
    assert "万达开统筹发展示范区" in names
    assert "统筹发展示范区" not in names


def test_works_on_a_section_of_a_named_river_are_a_project():
    names, _ = _run("抓好黄河甘肃段河道防洪治理。开展河道治理。", "甘肃省")
    assert "黄河甘肃段河道防洪治理" in names
    assert "河道治理" not in names


def test_a_clause_about_a_thing_is_not_its_name_nor_is_a_kind_of_project():
    names, _ = _run("班玛县成为全国“绿水青山就是金山银山”实践创新基地。旅客吞吐量增速居省会城市机场前列。"
                    "引进一批龙头企业和延链补链强链项目。", "青海省")
    assert not any("成为" in n or "增速" in n or "强链" in n for n in names)


def test_a_list_of_fields_before_projects_names_no_project():
    names, _ = _run("聚焦新质生产力、新型城镇化、人的全面发展等重点领域谋划实施项目。建立健全招商引资项目推进机制。", "江西省")
    assert not any("生产力" in n or "全面发展" in n or "建立健全" in n for n in names)


def test_parallel_quoted_slogans_before_a_programme_head_name_it_chores_do_not():
    names, _ = _run("深入实施“千村引领、万村升级”工程。持续推进国有企业“争链主、强集群”行动。实施“截污纳管、雨污分流”工程。", "安徽省")
    assert {"“千村引领、万村升级”工程", "“争链主、强集群”行动"} <= set(names)
    assert not any("截污纳管" in n for n in names)


def test_smart_city_zones_are_projects_smart_cities_are_not():
    names, _ = _run("推动吴淞创新城、南大智慧城开发提速。加强智慧城市建设。", "上海市")
    assert "南大智慧城" in names
    assert not any("智慧城市" in n for n in names)


def test_national_programmes_cited_short_or_in_a_list():
    names, _ = _run("深化零基预算、国资国企改革。推进城市基础设施生命线安全工程建设。", "湖南省")
    assert {"零基预算改革", "城市生命线安全工程"} <= set(names)


def test_a_strategy_named_with_its_implementation_plan_is_cited():
    names, _ = _run("制定落实主体功能区战略实施方案。", "湖南省")
    assert "主体功能区战略" in names


def test_a_hospital_whose_site_is_being_chosen_is_being_built():
    names, codes = _run("加快安定医院选址建设。", "北京市")
    assert "安定医院" in names


def test_a_verb_like_word_opening_a_list_item_is_part_of_its_name():
    names, _ = _run("推动三一重能风电整机、特变电工智慧产业园、通用机床研究院等投运增效。", "天津市")
    assert "通用机床研究院" in names and "机床研究院" not in names


def test_places_listed_before_a_level_qualified_zone_share_it():
    names, _ = _run("高标准建设盐城、常州国家级零碳园区。", "江苏省")
    assert {"盐城国家级零碳园区", "常州国家级零碳园区"} <= set(names)


# ---------------------------------------------------------------- second dev batch (安徽, 山西, 广西, 新疆, 江西, city texts)

def test_works_on_a_route_section_belong_to_its_name():
    names, _ = _run("提速实施隆黄铁路隆昌至叙永段扩能改造、广巴铁路扩能改造。云茂高速先行段开工建设。"
                    "推进南宁吴圩机场T3航站区及配套设施工程。", "四川省")
    assert {"隆黄铁路隆昌至叙永段扩能改造", "广巴铁路扩能改造", "云茂高速先行段", "南宁吴圩机场T3航站区及配套设施工程"} <= set(names)
    assert not {"隆黄铁路隆昌至叙永段", "广巴铁路", "云茂高速", "南宁吴圩机场"} & set(names)


def test_construction_stages_are_work_on_a_route():
    names, _ = _run("汕湛高速茂名段进入路面施工阶段。深茂铁路茂名段进入铺轨阶段。博贺疏港铁路进入勘察设计招标阶段。"
                    "济青高速纵横交错。", "广东省/茂名市")
    assert {"汕湛高速茂名段", "深茂铁路茂名段", "博贺疏港铁路"} <= set(names)
    assert "济青高速" not in names


def test_quoted_name_before_a_list_of_brands_is_a_brand():
    names, _ = _run("增强亳州“世界中医药之都”等品牌影响力。", "安徽省")
    assert not any("中医药之都" in n for n in names)


def test_counted_bundle_after_its_listed_items_is_named_by_count_and_head():
    names, _ = _run("新一代煤电升级方面，实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动。"
                    "实施稳增长、促改革三大专项行动。", "山西省")
    assert "四大专项行动" in names
    assert not any(n.endswith("四大专项行动") and n != "四大专项行动" for n in names)
    assert "三大专项行动" not in names      # two items are not three: the walk's own start stands


def test_zone_belt_heading_a_longer_programme_is_not_its_own_mention():
    names, _ = _run("推进丝绸之路经济带核心区高质量发展行动。", "新疆维吾尔自治区")
    assert "丝绸之路经济带核心区高质量发展行动" in names
    assert "丝绸之路经济带" not in names


def test_rank_among_the_regions_of_china_is_a_positioning():
    names, _ = _run("着力建设中部地区特色装备集聚区。", "江西省")
    assert not any("集聚区" in n for n in names)


def test_a_size_class_names_no_works():
    names, _ = _run("开展煤矸石高值化利用研究，加快形成百万吨级工程示范。", "山西省")
    assert not any("工程" in n for n in names)


def test_fund_and_trust_projects_are_financial_products():
    names, _ = _run("推动基础设施不动产投资信托基金项目取得实质性突破。", "江西省")
    assert not names


def test_where_able_designations_are_a_kind():
    names, _ = _run("支持有条件的地方创建国家新兴产业发展示范基地。争创国家数字经济创新发展试验区。", "江西省")
    assert not any("示范基地" in n for n in names)
    assert "国家数字经济创新发展试验区" in names


def test_known_strategy_listed_among_fields_is_a_field():
    names, _ = _run("聚焦新质生产力、新型城镇化、人的全面发展等重点领域谋划实施项目。深入推进新型城镇化。", "江西省")
    assert "新型城镇化" in names
    assert all("聚焦" not in e.evidence[0].text for n, e in names.items() if n == "新型城镇化")


def test_field_list_of_reform_pilots_still_names_the_reforms():
    names, _ = _run("深入推进财政资金统筹、零基预算改革、地方政府债务管理等领域改革试点。", "新疆维吾尔自治区")
    assert "零基预算改革" in names


def test_laid_out_plants_are_kinds_company_projects_are_named():
    names, _ = _run("加快布局建设煤制芳烃、低阶煤热解联产分质分级利用、焦化化产深加工等项目。"
                    "加快实施中石化催化剂、中海油新材料等重点项目。", "山西省")
    assert not any("芳烃" in n or "深加工" in n or "热解" in n for n in names)
    assert any("中石化催化剂" in n for n in names)


def test_canals_fairways_and_eco_islands_are_works_when_built():
    names, _ = _run("全力确保平陆运河建成通航。建设涠洲岛国际生态岛。加快乌鲁木齐国际陆港区创新发展。"
                    "实施江北运河沿线生态环境综合治理三年行动。优化通州大运河城市段环境。", "广西壮族自治区")
    assert {"平陆运河", "涠洲岛国际生态岛", "乌鲁木齐国际陆港区"} <= set(names)
    assert "江北运河沿线生态环境综合治理三年行动" in names
    assert not {"江北运河", "通州大运河"} & set(names)


def test_national_programmes_run_by_provinces_are_known():
    names, _ = _run("深入实施种业振兴行动。纵深推进安全生产治本攻坚。推进“技能照亮前程”大规模职业技能提升培训。"
                    "加快“疆算入渝”。", "安徽省")
    assert {"种业振兴行动", "安全生产治本攻坚三年行动", "技能照亮前程培训行动", "疆算入渝"} <= set(names)


def test_roads_listed_before_their_start_of_works_are_projects():
    names, _ = _run("西部快线、潘州大道开工建设。潘州大道提升改造完成。", "广东省/茂名市")
    assert "潘州大道" in names
    names, _ = _run("潘州大道提升改造完成。", "广东省/茂名市")
    assert "潘州大道" not in names


def test_power_sent_from_a_base_is_one_transmission_project():
    names, _ = _run("力争内蒙古腾格里沙漠基地送电江西工程等重大项目开工。", "江西省")
    assert "内蒙古腾格里沙漠基地送电江西工程" in names
    assert "内蒙古腾格里沙漠基地" not in names


# ---------------------------------------------------------------- whole-report rules (routes written once, pilots)

def test_expressway_written_in_full_is_a_route_and_its_bracketed_section_is_its_name():
    names, _ = _run("加快攀枝花至盐源高速公路建设。推进贵阳至北海高速公路（南宁至北海段）建设。新增高速公路里程590公里。", "广西壮族自治区")
    assert {"攀枝花至盐源高速公路", "贵阳至北海高速公路（南宁至北海段）"} <= set(names)
    assert "高速公路" not in names and "贵阳至北海高速公路" not in names


def test_routes_listed_before_one_head_after_deng_are_each_a_route():
    names, _ = _run("续建黄桶至百色、合浦至湛江等7个铁路项目。推进防城港30万吨级、南宁至贵港一级等航道建设。"
                    "推进货运、客运等铁路建设。", "广西壮族自治区")
    assert {"黄桶至百色铁路", "合浦至湛江铁路", "防城港30万吨级航道", "南宁至贵港一级航道"} <= set(names)
    assert not any(n.endswith("至百色项目") or n.startswith(("货运", "客运")) for n in names)


def test_a_pilot_named_by_the_work_it_tries_out_is_a_programme():
    names, _ = _run("持续推进农村土地二轮延包试点。开展公共数据资源授权运营试点。开展县级政府购买特殊群体有线电视服务试点。"
                    "推进绿色开采试点。开展省级城市更新试点。", "广西壮族自治区")
    assert {"农村土地二轮延包试点", "公共数据资源授权运营试点", "县级政府购买特殊群体有线电视服务试点"} <= set(names)
    assert not any("绿色开采" in n or "城市更新" in n for n in names)


def test_pilots_listed_before_one_head_are_each_a_pilot():
    names, _ = _run("加快国家消费新业态新模式新场景、现代商贸流通体系、零售业创新提升等试点城市建设。推进智慧、绿色等试点城市建设。", "江西省")
    assert {"国家消费新业态新模式新场景试点城市", "现代商贸流通体系试点城市", "零售业创新提升试点城市"} <= set(names)
    assert not any(n.startswith(("智慧", "绿色")) for n in names)


def test_a_round_or_the_years_plan_or_the_speakers_place_makes_no_name():
    names, _ = _run("推动新一轮公园建设。重大项目完成投资2929亿元、超年度计划28%。我区物流枢纽的优势更加凸显。"
                    "镇政府计划争取利用一年的时间。深化长江大保护和新一轮太湖综合治理。实施人才培养计划。", "江苏省")
    assert not any(n.startswith(("新一轮", "超", "我区", "和")) or n == "镇政府计划" for n in names)
    assert "人才培养计划" in names


def test_national_freight_trains_and_computing_network_are_known():
    names, _ = _run("推动中欧（亚）班列拓线扩量。积极融入全国一体化算力网。高标准建设中欧班列长沙集结中心。", "河南省")
    assert {"中欧班列", "全国一体化算力网", "中欧班列长沙集结中心"} <= set(names)
    assert len(names["中欧班列"].evidence) == 1


def test_a_word_the_tokenizer_split_after_a_preposition_stays_in_the_name():
    names, _ = _run("实施优质企业对标提升行动。实施再电气化工程。深入实施向西开放战略。构筑向西开放战略高地。"
                    "对中小企业实施帮扶计划。推进对我镇农村公路集中攻坚项目。", "江西省")
    assert {"优质企业对标提升行动", "再电气化工程", "向西开放战略"} <= set(names)
    assert not any(n.startswith(("标", "电气化", "西开放", "对")) for n in names)
    assert len([n for n in names if "向西开放" in n]) == 1


def test_a_known_programmes_policy_is_the_programme_and_a_computing_hub_node_is_one_name():
    names, _ = _run("优化消费品以旧换新政策实施。加快建设全国一体化算力网络国家枢纽节点。", "甘肃省")
    assert {"消费品以旧换新", "全国一体化算力网络国家枢纽节点"} <= set(names)
    assert "全国一体化算力网络国家枢纽" not in names


def test_routes_listed_with_bracketed_sections_or_alone_before_deng_take_the_head():
    names, _ = _run("推进贵阳至北海（南宁至北海段）、衡阳至南宁（龙胜至南宁段）等高速公路建设。建设大同至天津南等特高压工程。", "山西省")
    assert {"贵阳至北海高速公路（南宁至北海段）", "衡阳至南宁高速公路（龙胜至南宁段）", "大同至天津南特高压工程"} <= set(names)


def test_places_joined_by_and_before_a_zone_head_share_it_a_longer_head_is_not_shared():
    names, _ = _run("加快喀什和霍尔果斯经济开发区创新发展。加快济南和青岛产业园区建设。", "新疆维吾尔自治区")
    assert {"喀什经济开发区", "霍尔果斯经济开发区"} <= set(names)
    assert "济南园区" not in names and "济南产业园区" not in names


def test_kinds_of_project_route_and_fund_are_not_names():
    names, _ = _run("开工建设一批海上风电、核电和抽水蓄能项目，建成一批支撑调节性煤电项目。优化颠覆性技术项目的发现。"
                    "加快城市间高铁、城际铁路建设。在大湾区设立超500亿元区域基金。推进综合性国家科学中心建设。", "广东省")
    assert not any(("项目" in n and n != "综合性国家科学中心") or "铁" in n or "基金" in n for n in names)
    assert "综合性国家科学中心" in names


def test_a_bay_area_inside_a_longer_name_and_a_reservoir_after_including_are_named_alone():
    names, codes = _run("白鹅潭大湾区艺术中心等文化设施建成。新建水库3座，含龙颈水库。", "广东省")
    assert {"白鹅潭大湾区艺术中心", "龙颈水库"} <= set(names)
    assert "白鹅潭大湾区" not in names and "含龙颈水库" not in names


def test_strategies_named_by_level_and_development_only_are_categories():
    names, _ = _run("服务党和国家战略。主动融入国家重大发展战略和国家区域发展战略。实施人口发展战略。建设民用运输机场。", "云南省")
    assert not any(n in ("党和国家战略", "国家重大发展战略", "国家区域发展战略", "民用运输机场") for n in names)
    assert "人口发展战略" in names


def test_verbs_of_aiming_and_upgrading_open_no_name_and_a_strategys_goal_is_no_strategy():
    names, _ = _run("提质升级“智汇云南”计划。锚定“3815”战略，持续发力。锚定“3815”战略发展目标。", "云南省")
    assert {"“智汇云南”计划", "“3815”战略"} <= set(names)
    assert not any(n.startswith(("锚定", "提质升级")) for n in names)


def test_national_programmes_run_under_one_name_are_keyed_once():
    from tests.test_initiatives import _run as run
    a, _ = run("深入实施提振消费专项行动。开展涉企行政执法专项行动。", "广西壮族自治区")
    b, _ = run("深入实施提振消费专项行动。", "江苏省")
    assert {"提振消费专项行动", "涉企行政执法专项行动"} <= set(a)
    assert a["提振消费专项行动"].key == b["提振消费专项行动"].key == "提振消费专项行动"


def test_a_capacity_raised_without_its_owner_and_a_strategy_system_are_no_names():
    # (孕育和出生缺陷防治能力提升计划, first written here, is the lexicon's since round 32: another capacity of that shape)
    names, codes = _run("实施诊断和治疗能力提升计划。开展质量提升行动。实施企业家素质提升行动。"
                        "巩固提高一体化国家战略体系和能力。推进高等级航道建设。", "浙江省")
    assert "企业家素质提升行动" in names
    assert not any(n in ("能力提升计划", "质量提升行动", "一体化国家战略", "高等级航道") for n in names)
    assert codes.get("能力提升计划") == "initiative.no-boundary"


def test_the_provinces_or_the_states_own_platform_is_a_project_kinds_of_platform_are_not():
    names, _ = _run("建成省低空运行管理服务平台。迭代升级国家（西部）算力调度平台。省一体化算力监测调度服务平台正式接入国家平台。"
                    "建设省级投融资综合服务平台。推进地方融资平台退出。建设全省一体化政务服务平台。", "四川省")
    assert {"省低空运行管理服务平台", "国家（西部）算力调度平台", "省一体化算力监测调度服务平台"} <= set(names)
    assert not any(n.endswith("平台") and n not in ("省低空运行管理服务平台", "国家（西部）算力调度平台", "省一体化算力监测调度服务平台")
                   for n in names)


def test_a_count_inside_a_name_a_cut_route_end_and_a_rate_unit_make_no_name():
    names, _ = _run("推进准东3个煤制气项目建设。加快喀什至塔什库尔干、布尔津至喀纳斯项目建设。全力助力雄安新区建设。"
                    "实施知识产权助力转型发展行动。推进40亿立方米/年煤制天然气项目。", "新疆维吾尔自治区")
    assert not any(n.startswith(("至", "年", "助力")) or "3个" in n for n in names)
    assert {"雄安新区", "知识产权助力转型发展行动"} <= set(names)


def test_a_kind_ending_on_a_quality_and_a_whole_province_by_its_short_name_are_categories():
    names, _ = _run("推动央属标志性项目落地。建设全疆普通高等学校。推进综合性国家科学中心建设。", "新疆维吾尔自治区")
    assert not any("标志性" in n or n.startswith("全疆") for n in names)
    assert "综合性国家科学中心" in names


def test_verbs_of_strengthening_open_no_name_and_bare_national_hospital_designations_are_categories():
    names, _ = _run("做优兰州新区国家进口贸易促进创新示范区。织密公路连接线。建设国家区域医疗中心和国家医学中心。"
                    "建成中南大学国家医学中心。", "甘肃省")
    assert {"兰州新区国家进口贸易促进创新示范区", "中南大学国家医学中心"} <= set(names)
    assert not any(n.startswith(("做优", "织密")) or n in ("国家区域医疗中心", "国家医学中心") for n in names)


def test_superlatives_plurals_levels_cut_off_and_verbs_of_control_make_no_name():
    names, _ = _run("建成全球最大己二酸生产基地。推动部分优质普通高中学校扩容。实施市级农业龙头企业培育计划。"
                    "有效管控高耗能高排放项目。加快投用重庆东站项目。", "重庆市")
    assert not any(n.startswith(("全球最大", "部分", "级", "有效", "投用")) or "高耗能" in n for n in names)
    assert "重庆东站项目" in names


def test_cooperation_named_by_the_provinces_it_joins_is_a_strategy():
    names, _ = _run("深化湘赣边区域合作，完善湘鄂渝黔毗邻地区协同机制。深化粤桂东西部协作。推进“三医”协同发展。"
                    "川渝一体化发展格局加速形成。", "湖南省")
    assert {"湘赣边区域合作", "粤桂东西部协作"} <= set(names)
    assert names["湘赣边区域合作"].label == "Strategy"
    assert not any("毗邻地区" in n or "三医" in n or "川渝一体化" in n for n in names)


def test_a_places_own_platform_or_system_is_a_project_a_bare_or_listed_kind_is_not():
    names, _ = _run("建好用好广东省电动汽车充电设施智能服务平台。建设好全民健康信息平台。"
                    "支持广东省实验室等平台建设。升级市级政务服务平台。", "广东省")
    assert "广东省电动汽车充电设施智能服务平台" in names
    assert not any(n in names for n in ("广东省实验室等平台", "市级政务服务平台"))


def test_big_before_a_place_is_a_destination_when_listed_or_quoted_as_a_brand():
    names, _ = _run("优化大峨眉、大香格里拉、大九寨等交旅融合建设。打响“大黄山”品牌。"
                    "构建“大财政”收入管理格局，构建“大文旅”工作格局。推动“大零号湾”功能提升。", "四川省")
    assert {"大峨眉", "大香格里拉", "大九寨", "大黄山"} <= {n.strip("“”") for n in names}
    assert not any("财政" in n or "大文旅" in n or "零号湾" in n for n in names)


def test_a_company_plant_named_by_its_product_before_it_starts_work_is_the_companys_project():
    names, _ = _run("服务好中海油装备智能制造投产。推动三一重能风电整机、通用机床研究院等投运增效。"
                    "确保规上工业企业满产。推动全县光伏发电投运。", "天津市")
    assert {"中海油装备智能制造项目", "三一重能风电整机项目"} <= set(names)
    assert not any("规上" in n or "光伏发电" in n for n in names)


def test_the_provinces_own_system_or_model_is_a_project_like_its_platform():
    names, _ = _run("建好省营商环境监测系统。深化省政务服务大模型应用。升级省级政务服务系统。", "黑龙江省")
    assert {"省营商环境监测系统", "省政务服务大模型"} <= set(names)
    assert not any("省级" in n for n in names)


# County and city reports (issue 12, the register of district and county 政府工作报告)

def test_a_new_piece_of_a_road_is_a_work_and_a_counted_road_list_opened_to_traffic_builds_its_roads():
    names, _ = _run("松林大路延长线顺利实施。抓好青石路下穿等重点项目。桂园路等12条街路竣工通车。改造提升河滨路。", "湖北省/荆门市/东宝区")
    assert {"松林大路延长线", "桂园路"} <= set(names) and any(n.startswith("青石路下穿") for n in names)
    assert "河滨路" not in names


def test_stacked_verbs_before_a_listed_project_are_not_its_name():
    names, _ = _run("抓紧抓实银河新材料、华泰电子等重点项目。", "江苏省/常州市/金坛区")
    assert any(n.startswith("银河新材料") for n in names)
    assert not any(n.startswith("实") for n in names)


def test_an_unknown_name_among_company_projects_is_one_but_a_way_of_working_is_not():
    names, _ = _run("力促华鑫电子、恒达医疗、人良健康等项目年内投产。采取资源化利用、纳厂处理等方式提高建成项目效能。", "福建省/宁德市/柘荣县")
    assert any(n.startswith("人良健康") for n in names)
    assert not any("资源化利用" in n or "纳厂处理" in n for n in names)


def test_a_park_landing_in_another_park_is_two_names():
    names, _ = _run("金星智能制造产业园落地城东工业园。", "广东省/珠海市/斗门区")
    assert {"金星智能制造产业园", "城东工业园"} <= set(names)
    assert not any("落地" in n for n in names)


def test_hi_tech_opens_a_parks_name():
    names, _ = _run("推动云谷贴片、高新光电产业园等项目落地开工。", "安徽省/蚌埠市/龙子湖区")
    assert "高新光电产业园" in names


def test_a_named_bank_is_worked_on_in_phases_a_kind_of_bank_is_not():
    names, _ = _run("二是汉桥江滩综合改造二期顺利推进。建设低标堤防除险加固和标准海塘。", "湖北省/武汉市/青山区")
    assert "汉桥江滩综合改造二期" in names
    assert not any("低标堤防" in n for n in names)


def test_a_road_section_from_one_place_to_another_is_the_roads():
    names, _ = _run("基本建成滨湖大道三江大桥至和平二路的示范段。", "湖北省/武汉市/青山区")
    assert "滨湖大道" in names
    assert not any("三江大桥" in n for n in names)


# ---------------------------------------------------------------- county and city reports (the once-blind rounds)

def test_quoted_code_before_a_plan_of_work_is_the_place_s_programme():
    names, _ = _run("落实“1310”总体部署和市委“1313”思路举措，贯彻区委“1520”总体发展思路，按照“147”工作思路，"
                    "落实“1+3”精品旅游线路合作机制。", "广东省/珠海市")
    assert {"“1310”总体部署", "“1313”思路举措", "“1520”总体发展思路"} <= set(names)
    assert not any("147" in n or "1+3" in n for n in names)


def test_roads_listed_before_their_road_works_are_projects_renovated_ones_are_not():
    names, _ = _run("完成呼伦大街、望城路等9条道路工程。实施根河路、火车站规划三路等道路工程。"
                    "完成对胜利大街、西大街等主干道路的综合改造。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"呼伦大街", "望城路", "根河路", "火车站规划三路"} <= set(names)
    assert not {"胜利大街", "西大街"} & set(names)


def test_streets_renovated_after_a_list_and_sites_protected_stand_already():
    names, codes = _run("继续推进商业步行街、民族风情街等特色街区的升级改造。保护好北河湿地、西山湿地和水源地。"
                        "守护大溪国家湿地公园。建设南山湿地公园。实施三角地时代广场改造工程。", "湖北省/咸宁市/通城县")
    assert not {"商业步行街", "民族风情街", "北河湿地", "西山湿地", "大溪国家湿地公园"} & set(names)
    assert codes.get("北河湿地") == "initiative.existing"
    assert {"南山湿地公园", "三角地时代广场改造工程"} <= set(names)


def test_graded_kinds_and_quoted_titles_applied_for_are_not_names():
    names, codes = _run("确保“五好”园区综合排名进入全省前20名。推进“五好”园区攻坚专项行动。"
                        "全力争创“湖南省中小工业企业特色产业集群”。", "湖南省/常德市/汉寿县")
    assert "“五好”园区攻坚专项行动" in names
    assert not any(n in ("“五好”园区", "湖南省中小工业企业特色产业集群") for n in names)
    assert codes.get("湖南省中小工业企业特色产业集群") == "initiative.designation"


def test_capacity_and_works_after_a_plant_belong_to_its_project():
    names, _ = _run("实施黑羊站水厂3万吨扩建项目。推进东海拉尔发电厂2×35万千瓦热电联产项目前期工作。",
                    "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"黑羊站水厂3万吨扩建项目", "东海拉尔发电厂2×35万千瓦热电联产项目"} <= set(names)
    assert "黑羊站水厂" not in names


def test_rivers_listed_before_embankment_works_share_them():
    names, _ = _run("启动投资1.3亿元的海拉尔河、伊敏河堤防工程。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "海拉尔河、伊敏河堤防工程" in names and "伊敏河堤防工程" not in names


def test_one_quote_listing_a_place_s_programmes_is_one_vision():
    names, _ = _run("以打造“活力铁锋、创新铁锋、魅力铁锋、幸福铁锋、平安铁锋”为目标。建设平安铁锋。", "黑龙江省/齐齐哈尔市/铁锋区")
    assert "活力铁锋、创新铁锋、魅力铁锋、幸福铁锋、平安铁锋" in names
    assert not {"活力铁锋", "创新铁锋"} & set(names)


def test_projects_of_a_quoted_counted_programme_name_the_programme():
    names, _ = _run("继续滚动实施“五个一批”项目。", "云南省/昆明市")
    assert names["五个一批"].label == "Strategy" and "“五个一批”项目" in names["五个一批"].aliases


def test_a_rank_given_to_some_work_is_not_its_name():
    names, codes = _run("把主场馆建设作为2018年头号工程全力推进。新材料产业上升为全市一号工程。", "河南省/平顶山市/叶县")
    assert not any("号工程" in n for n in names)
    assert codes.get("一号工程") == "initiative.positioning"


def test_a_region_s_strategy_placing_a_role_aimed_at_is_not_pursued():
    names, _ = _run("加快打造粤港澳大湾区重要增长极。为扬州打造长三角有竞争力的先进制造业基地。全面融入粤港澳大湾区建设。",
                    "广东省/珠海市")
    assert [e.evidence[0].text for n, e in names.items() if "粤港澳" in n] == ["全面融入粤港澳大湾区建设。"]
    assert not any("长三角" in n for n in names)


def test_a_bare_short_form_of_another_region_s_zone_is_local():
    assert "新旧动能转换起步区" not in _run("加快物流园区总体规划和起步区设计。", "内蒙古自治区/呼伦贝尔市/海拉尔区")[0]
    assert "新旧动能转换起步区" in _run("加快起步区建设。", "山东省/济南市/历城区")[0]
    assert "新旧动能转换起步区" in _run("学习新旧动能转换起步区经验。", "内蒙古自治区/呼伦贝尔市/海拉尔区")[0]


def test_people_centred_urbanisation_is_the_national_strategy_written_in_full():
    names, _ = _run("统筹推进以人为核心的新型城镇化和乡村全面振兴。", "江苏省/扬州市/江都区")
    assert "以人为核心的新型城镇化" in names["新型城镇化"].aliases


def test_china_and_its_partners_by_one_character_each_open_a_name():
    names, _ = _run("加快中俄蒙国际物流园区建设。推进绿电产业园区建设。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "中俄蒙国际物流园区" in names
    assert not any("绿电" in n for n in names)


def test_short_names_jieba_hardly_knows_in_a_project_list_are_companies_projects():
    names, _ = _run("推进蒙西、国安、粮食、时利等物流项目扩建升级。推进氢能、储能等项目建设。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"蒙西项目", "国安项目", "时利项目"} <= set(names)
    assert not {"粮食项目", "氢能项目", "储能项目"} & set(names)


def test_numbered_or_phased_items_before_building_works_are_projects():
    names, _ = _run("加快都市工业港4号、云锦二期等41.6万平方米标准厂房建设。实施管廊三期、智慧园区二期等配套工程。",
                    "四川省/成都市/金牛区")
    assert {"都市工业港4号", "云锦二期"} <= set(names)
    assert not {"管廊三期", "智慧园区二期"} & set(names)


def test_housing_estates_and_shanty_town_phases_are_not_public_works():
    names, codes = _run("启动实施远山红郡住宅小区、海东春晓回迁安置小区等项目。完成大兴安岭棚户区项目一期、东海写字楼建设。",
                        "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not any("小区" in n or "棚户区" in n for n in names)
    assert codes.get("远山红郡住宅小区") == "initiative.generic"


def test_a_strategy_s_course_pursued_is_the_strategy():
    names, _ = _run("加快推进新型城镇化进程。新旧动能转换步伐不快。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "新型城镇化" in names and "新旧动能转换" not in names


def test_a_project_written_with_its_project_word_keeps_that_form():
    names, _ = _run("加快推进香港豪德商贸城项目前期。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "香港豪德商贸城项目" in names["香港豪德商贸城"].aliases


def test_a_ring_road_s_road_word_and_items_joined_by_ji_in_a_project_list():
    names, _ = _run("确保城市东外环道路开工建设。建材城、中俄商贸街及酒店等配套项目按期开工。"
                    "实施西五路道路及排水工程、天宁南路道路及排水工程等基础设施项目。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"城市东外环道路", "西五路道路及排水工程", "天宁南路道路及排水工程"} <= set(names)
    assert "中俄商贸街项目" in names and not any("酒店" in n for n in names)


def test_general_aviation_and_kindergartens_are_ordinary_words():
    names, _ = _run("启动通用航空产业园项目建设。实施第三中学、幼儿园等公共公益项目。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "通用航空产业园" in names
    assert not any(n.startswith("幼儿园") for n in names)


def test_a_city_and_its_county_joined_by_their_first_characters_is_a_strategy():
    assert "平叶一体化发展" in _run("随着平叶一体化发展的持续推进，我县实力增强。", "河南省/平顶山市/叶县")[0]
    assert not _run("推进平叶一体化发展。", "河南省/郑州市")[0]      # neither place is the document's


def test_a_development_zone_followed_by_more_of_a_name_or_its_work_qualifies_it():
    names, codes = _run("继续做好服务呼伦贝尔经济技术开发区招商引资工作。依托呼伦贝尔经济技术开发区海拉尔食品产业园，培育龙头企业。",
                        "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "呼伦贝尔经济技术开发区海拉尔食品产业园" in names and "呼伦贝尔经济技术开发区" not in names


def test_a_verb_split_by_the_tokenizer_still_ends_a_name():
    names, _ = _run("扶持康益药业做大高效乳酸菌项目。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "高效乳酸菌项目" in names and not any("做大" in n for n in names)


def test_brands_with_de_and_events_after_a_name_are_not_initiatives():
    names, codes = _run("不断提升魅力草原之都的品牌影响力。持续办好荀子庙景区活动。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not names
    assert codes.get("魅力草原之都") == "initiative.brand" and codes.get("荀子庙景区") == "initiative.brand"


def test_scenic_areas_memorial_parks_and_toll_stations_head_names_graded_kinds_do_not():
    names, _ = _run("大力推进两河圣山景区、反法西斯战争海拉尔纪念园景区整合升级。全面启动世界反法西斯战争海拉尔纪念园二期建设。"
                    "做好国家4A级旅游景区申报。启动建平大道收费站建设。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"两河圣山景区", "反法西斯战争海拉尔纪念园景区", "建平大道收费站"} <= set(names)
    assert any(n.startswith("世界反法西斯战争海拉尔纪念园") for n in names)
    assert not any("4A" in n for n in names)


def test_what_is_repaired_after_dui_stands_already():
    names, codes = _run("对进入荀子庙景区主要道路破损路面进行修复。", "山东省/临沂市/兰陵县/兰陵镇")
    assert "荀子庙景区" not in names and codes.get("荀子庙景区") == "initiative.existing"


def test_grain_for_green_and_the_park_city_are_known_programmes():
    names, _ = _run("加快推进退耕还林还草、禁牧休牧等生态保护工程。推进公园城市建设。", "四川省/成都市/金牛区")
    assert {"退耕还林还草", "公园城市"} <= set(names)
    assert not any("禁牧休牧" in n for n in names)


def test_a_place_programme_being_built_is_named_whatever_follows_unless_a_head_does():
    names, _ = _run("让银色旅游为建设幸福海拉尔助力添彩。建成开放海拉尔大歌剧院。健康海拉尔市民活动。",
                    "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"幸福海拉尔", "海拉尔大歌剧院"} <= set(names)
    assert not {"开放海拉尔", "健康海拉尔"} & set(names)


def test_a_numbered_road_s_section_being_built_is_a_project_one_renovated_is_not():
    names, _ = _run("开工建设S202凌笪至白茅岭段。实施老S214修建性改造。提升改造G207新塘至白沙段。", "安徽省/宣城市/郎溪县")
    assert set(names) == {"S202凌笪至白茅岭段"}


def test_a_quoted_programme_before_its_works_is_named_by_the_quote():
    names, _ = _run("重点实施奋斗镇、建设办“菜篮子”工程建设。推进民生工程建设。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert set(names) == {"“菜篮子”工程"}


def test_an_institution_told_what_to_do_exists_one_to_be_built_does_not():
    names, codes = _run("呼伦贝尔大剧院要引进市场化运营模式。海拉尔大剧院要在年内建成。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert set(names) == {"海拉尔大剧院"} and codes.get("呼伦贝尔大剧院") == "initiative.existing"


def test_a_role_followed_by_more_of_a_name_qualifies_it():
    names, codes = _run("继续举办魅力草原之都花灯节。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not names and codes.get("魅力草原之都") == "initiative.inside-name"


def test_places_listed_before_a_kind_of_scenic_area_or_park_share_it():
    names, _ = _run("加快云溪、东冲水利风景区建设。推进东湖和西湖湿地公园建设。", "湖北省/咸宁市/通城县")
    assert {"云溪水利风景区", "东冲水利风景区", "东湖湿地公园", "西湖湿地公园"} <= set(names)


def test_a_named_urban_cluster_and_office_tower_are_projects_clustering_as_a_way_of_working_is_not():
    names, _ = _run("全面加快东山组团建设。年内完成东海写字楼建设。深入推进乡村片区组团发展。支持边境村组团式发展。集约发展外围组团。",
                    "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert set(names) == {"东山组团", "东海写字楼"}


def test_a_counted_set_of_measures_or_battles_after_a_programme_is_one_bundle():
    names, _ = _run("落实长江经济带绿色发展十大战略性举措，打好长江大保护十大标志性战役，落实十大举措。", "湖北省/咸宁市/通城县")
    assert {"长江经济带绿色发展十大战略性举措", "长江大保护十大标志性战役"} <= set(names)
    assert "十大举措" not in names


def test_a_branch_school_belongs_to_its_school_and_a_graded_kind_after_ji_is_a_second_thing():
    names, codes = _run("实施第三中学分校及标准化中学、幼儿园等公共公益项目。新改扩建山东外事职业大学金乡分校区等一批学校。",
                        "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"第三中学分校", "山东外事职业大学金乡分校区"} <= set(names)
    assert not any("标准化" in n for n in names) and codes.get("标准化中学") == "initiative.generic"


def test_a_measure_after_a_park_ends_its_name():
    names, _ = _run("龙山临港产业园产值首次突破300亿元，青溪经济技术开发区营业收入达到80亿元。", "广西壮族自治区/玉林市")
    assert {"龙山临港产业园", "青溪经济技术开发区"} <= set(names)


def test_a_named_historic_quarter_or_old_street_is_a_project_a_kind_of_quarter_is_not():
    names, _ = _run("基本建成白塔街传统风貌区和石门坝老街区；完工化龙桥立交。加强传统风貌区保护。", "重庆市/渝中区")
    assert {"白塔街传统风貌区", "石门坝老街区", "化龙桥立交"} <= set(names)
    assert "传统风貌区" not in names


def test_a_station_of_a_metro_line_is_the_work_not_the_line():
    names, _ = _run("完工轨道2号线青石站、6号线白沙站。", "重庆市/渝中区")
    assert {"轨道2号线青石站", "6号线白沙站"} <= set(names)
    assert "6号线" not in names


def test_bays_and_peninsulas_listed_before_their_development_are_projects_a_bay_named_alone_is_not():
    names, _ = _run("青石湾、白沙半岛和南澳岛加快开发建设。游客在青石湾观赏日出。", "福建省/宁德市/霞浦县")
    assert {"青石湾", "白沙半岛", "南澳岛"} <= set(names)
    names, _ = _run("游客在青石湾观赏日出。", "福建省/宁德市/霞浦县")
    assert "青石湾" not in names


def test_a_capacity_rating_before_a_base_names_one_plant_a_base_to_become_is_a_role():
    names, codes = _run("白酒行业，打造20万吨级白酒基地。打造全国重要的白酒生产基地。", "山西省/吕梁市/交城县")
    assert "20万吨级白酒基地" in names
    assert not any("重要的白酒生产基地" in n for n in names)


def test_works_described_after_a_place_that_opens_them_are_one_project_a_sector_or_a_rank_is_not():
    names, _ = _run("争取到项目贷款；岚头窑旅游扶贫基础设施建设项目获得贷款1亿元。建设农业产业融合发展项目。推进全市重大建设项目。",
                    "陕西省/渭南市/澄城县")
    assert "岚头窑旅游扶贫基础设施建设项目" in names
    assert not any("农业产业融合发展项目" in n or "重大建设项目" in n for n in names)


def test_works_on_a_stretch_between_places_written_with_dashes_are_named_from_the_first_place():
    names, _ = _run("完工北水门-青石门段岸线提升、海员宾馆-上清池段环境品质提升工程。全力推进大田坝-文化宫-大钟楼文化风貌片区保护改造。",
                    "重庆市/渝中区")
    assert {"北水门-青石门段岸线提升", "海员宾馆-上清池段环境品质提升工程", "大田坝-文化宫-大钟楼文化风貌片区"} <= set(names)
    assert not any(n.startswith(("完工", "清池", "大钟楼")) for n in names)


def test_a_known_strategy_opening_an_item_of_a_quoted_list_is_matched():
    names, _ = _run("紧紧围绕“赛事筹办、脱贫攻坚、生态建设”三大历史任务，锐意改革。", "河北省/张家口市")
    assert "脱贫攻坚" in names


def test_a_quoted_layout_of_several_areas_parks_and_corridors_is_a_strategy_roles_and_park_management_are_not():
    names, _ = _run("聚焦在“一区两地一园一通道”建设上带好头。紧扣“两中心两地”战略定位。推行“一区多园”管理。", "广西壮族自治区/玉林市")
    assert "一区两地一园一通道" in names
    assert not any("两中心两地" in n or "一区多园" in n for n in names)


def test_a_quoted_count_of_campaign_years_is_a_programme():
    names, _ = _run("以“三个攻坚年”为抓手，统筹推进各项工作。", "广西壮族自治区/玉林市")
    assert "三个攻坚年" in names
    names, _ = _run("朝着“两个一百年”的奋斗目标阔步前行。以“科创阳台、公园城市”为主题愿景。", "广西壮族自治区/玉林市")
    assert not any("两个一百年" in n or "公园城市" in n for n in names)


def test_a_street_or_stairway_keeps_the_word_before_it_a_verb_or_a_number_too():
    names, _ = _run("基本建成胜利巷老街区。完成十八梯传统风貌区建设。", "重庆市/渝中区")
    assert {"胜利巷老街区", "十八梯传统风貌区"} <= set(names)
    assert not any(n.startswith(("巷", "梯")) for n in names)


def test_a_quoted_formula_of_sectors_before_a_new_pattern_is_a_concept_a_quoted_layout_is_not():
    names, codes = _run("形成“风光火储+氢氨醇”联动发展新格局。构建“一核两翼”发展新格局。", "吉林省/白城市")
    assert not any("氢氨醇" in n for n in names) and any("一核两翼" in n for n in names)


def test_a_centre_owned_by_a_named_bank_or_group_is_one_a_kind_of_bank_owns_nothing():
    names, _ = _run("全力推进万豪国际、洲际、包商银行客服中心等重点项目的实施。建设商业银行服务中心。",
                    "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "包商银行客服中心" in names
    assert not any("商业银行服务中心" in n for n in names)


def test_utility_works_named_only_by_what_they_carry_are_a_kind_a_plant_or_place_names_them():
    names, codes = _run("确保雨水管网二期工程按期竣工，力争污泥处置工程年内完工。建设澄西水厂供水工程。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not any("雨水管网" in n or "污泥处置" in n for n in names)
    assert codes.get("污泥处置工程") == "initiative.generic"
    assert any("澄西水厂" in n for n in names)


def test_streets_listed_before_their_quality_is_raised_stand_already_works_named_so_are_projects():
    names, codes = _run("推动人民路步行街、江北广场区域环境品质提升。完工储奇门步行街环境品质提升工程。", "重庆市/渝中区")
    assert "人民路步行街" not in names and codes.get("人民路步行街") == "initiative.existing"
    assert any("储奇门步行街环境品质提升工程" in n for n in names)


def test_a_quoted_programme_before_its_head_is_also_cited_by_the_quote_alone():
    names, _ = _run("深入实施“一港两部”发展战略，统筹推进各项工作。", "黑龙江省/哈尔滨市/道里区")
    (e,) = [e for n, e in names.items() if "一港两部" in n]
    assert "一港两部" in {e.name, *e.aliases}


def test_a_regions_known_strategy_heads_its_one_zone_a_national_strategy_heads_a_kind():
    names, codes = _run("以黄河流域生态保护和高质量发展先行区建设为牵引。推进省级乡村振兴示范区建设。", "宁夏回族自治区/中卫市/中宁县")
    assert "黄河流域生态保护和高质量发展先行区" in names
    assert codes.get("省级乡村振兴示范区") == "initiative.generic"


def test_two_provinces_short_names_before_becoming_one_city_name_a_cooperation():
    names, _ = _run("积极主动融入区域一体化、广佛同城化，推动沪苏同城化发展。", "广东省/佛山市")
    assert {"广佛同城化", "沪苏同城化发展"} <= set(names)


def test_power_plants_listed_by_owner_and_capacity_share_their_kind_a_total_owns_nothing():
    names, _ = _run("华丰5万千瓦、大唐30万千瓦风电成功并网，新增装机10万千瓦光伏。", "内蒙古自治区/兴安盟/科尔沁右翼前旗")
    assert {"华丰5万千瓦风电", "大唐30万千瓦风电"} <= set(names)
    assert not any("装机" in n for n in names)


def test_places_listed_before_one_business_district_each_name_one():
    names, _ = _run("长乐路、兴庆宫、北三环、南客站商圈建设稳步推进。济南和青岛产业园区加快建设。", "陕西省/西安市/未央区")
    assert {"长乐路商圈", "兴庆宫商圈", "北三环商圈", "南客站商圈"} <= set(names)
    assert not any(n.startswith("济南") for n in names)


def test_the_district_projects_settle_into_stands_already():
    names, codes = _run("宜家家居等10余个高端商业项目落户三里商圈。加快推进四海商圈建设。", "陕西省/西安市/未央区")
    assert "三里商圈" not in names and codes.get("三里商圈") == "initiative.existing"
    assert "四海商圈" in names


def test_qualities_then_new_and_the_place_are_the_places_vision_a_count_is_not():
    names, _ = _run("聚力建设“富强文明新辽阳”。建设美丽幸福新辽阳。实现“两个新辽阳”。", "辽宁省/辽阳市")
    assert {"富强文明新辽阳", "美丽幸福新辽阳"} <= set(names)
    assert not any("两个" in n for n in names)


# Ninth round (the county and district reports of rounds 2-5): rules from how those reports write their works.

def test_a_programme_named_before_a_title_a_place_holds_only_qualifies_the_title():
    names, codes = _run("通过全国首批县域商业建设行动示范县验收，创成全省地质灾害应急处置项目试点县。深入实施县域商业建设行动。",
                        "四川省/德阳市/中江县")
    assert all("示范县" not in ev.text for ev in names["县域商业建设行动"].evidence)     # the programme run, not the title
    assert "地质灾害应急处置项目" not in names and codes.get("地质灾害应急处置项目") == "initiative.designation"


def test_a_title_whose_creation_is_finished_is_won_one_being_created_is_pursued():
    names, codes = _run("圆满完成国家食品安全示范城市创建。全力创建国家社会信用体系建设示范城市。", "河南省/郑州市/惠济区")
    assert "国家食品安全示范城市" not in names and codes.get("国家食品安全示范城市") == "initiative.designation"
    assert "国家社会信用体系建设示范城市" in names


def test_a_roads_kind_or_the_part_of_a_zone_before_it_is_not_its_name():
    names, _ = _run("南北主干道蓝溪路即将贯通，北片振兴路、丰乐大道等加快建设。", "安徽省/六安市/金安区")
    assert {"蓝溪路", "振兴路", "丰乐大道"} <= set(names)
    assert not any(n.startswith(("北片", "南北", "主干道")) for n in names)


def test_a_street_named_after_a_place_is_the_reporting_citys_own():
    names, _ = _run("汉中路、朝阳路、淮河路建成通车。", "安徽省/六安市/金安区")
    assert names["汉中路"].key == "安徽省/六安市/金安区/汉中路"
    assert names["淮河路"].key == "安徽省/六安市/金安区/淮河路"     # not keyed once as a river's
    assert names["朝阳路"].key == "安徽省/六安市/金安区/朝阳路"


def test_the_main_works_of_a_place_build_the_place_itself():
    names, _ = _run("完成十八梯传统风貌区主体工程。", "重庆市/渝中区")
    assert "十八梯传统风貌区" in names and "十八梯传统风貌区主体工程" in names["十八梯传统风貌区"].aliases


def test_a_group_formed_for_a_tour_is_no_cluster_of_a_new_town():
    names, _ = _run("外国运动员组团城市观光火爆出圈。全面加快东山组团建设。", "浙江省/杭州市/上城区")
    assert "外国运动员组团" not in names
    assert "东山组团" in names


def test_hainans_free_trade_port_written_short_is_the_known_port():
    names, _ = _run("抢抓自贸港封关运作前的窗口期。", "海南省/三亚市")
    assert "海南自由贸易港" in names and "自贸港" in names["海南自由贸易港"].aliases


def test_counted_quoted_programmes_and_battles_name_their_bundle():
    names, _ = _run("落实三个“一号工程”和“两场硬仗”部署要求。抓好“一号工程”。打赢这场硬仗。", "浙江省/杭州市/上城区")
    assert {"三个“一号工程”", "两场硬仗"} <= set(names)
    assert all(names[n].label == schema.STRATEGY for n in ("三个“一号工程”", "两场硬仗"))
    assert "一号工程" not in names and not any(n.endswith("这场硬仗") for n in names)     # a rank; one battle, no name


def test_shortlisted_is_an_honour_verb_the_title_is_a_designation():
    names, codes = _run("中江县入围全国农业现代化示范区。", "四川省/德阳市/中江县")
    assert not names and codes.get("全国农业现代化示范区") == "initiative.designation"


def test_projects_named_by_how_a_fault_is_put_right_are_a_kind():
    names, codes = _run("185项整改任务中，立行立改项目全部完成，长期整改项目扎实推进。", "广东省/广州市/番禺区")
    assert not names and codes.get("立行立改项目") == "initiative.generic"


def test_a_special_zone_in_quotes_is_built_an_existing_special_zone_is_not():
    names, _ = _run("加强“新金融特区”建设。珠海经济特区成立45周年。", "湖北省/武汉市/武昌区")
    assert "新金融特区" in names and names["新金融特区"].label == schema.PROJECT
    assert "珠海经济特区" not in names


def test_hotels_and_amusement_parks_with_a_name_are_projects_a_grade_is_not():
    names, _ = _run("白鹭园酒店主体完工。打造如金水上乐园新品牌。打造五星级酒店。", "安徽省/六安市/金安区")
    assert {"白鹭园酒店", "如金水上乐园"} <= set(names)
    assert "五星级酒店" not in names


def test_a_decimal_point_does_not_cut_a_name():
    names, _ = _run("加快实施京东方第 8.6 代柔性显示产业园建设。", "四川省")
    assert "京东方第8.6代柔性显示产业园" in names and "6代柔性显示产业园" not in names


def test_a_facility_moved_and_rebuilt_is_built_among_firms_renovated():
    names, _ = _run("积极推进城南水厂迁建、金牛乳业等企业改造升级。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "城南水厂迁建" in names


def test_a_zones_name_ends_before_new_works_in_it_or_its_compass_part():
    names, _ = _run("南山新区新建续建道路8.3公里。金安开发区南片路网及配套基本到位。", "安徽省/六安市/金安区")
    assert {"南山新区", "金安开发区"} <= set(names)


def test_a_hospital_said_to_progress_is_being_built_one_supported_is_an_actor():
    names, codes = _run("琼威国际医院快速推进。支持琼威国际医院发展。皖西学院加快推进学科建设。", "安徽省/六安市/金安区")
    assert "琼威国际医院" in names and len(names["琼威国际医院"].evidence) == 1
    assert "皖西学院" not in names          # an institution pushing its own work on is there already


def test_a_school_campus_named_by_its_road_is_one_thing_a_kind_of_street_area_is_not():
    names, _ = _run("人民路小学北校区基本完工。打造全市特色街区商圈。", "安徽省/六安市/金安区")
    assert "人民路小学北校区" in names
    assert not any("特色街区" in n for n in names)


def test_places_listed_where_order_is_kept_stand_already_places_listed_for_building_do_not():
    names, codes = _run("城市阳台、湖滨步行街等大人流区域疏导管控平稳有序。推进湖滨步行街、延安路等重点区域建设。", "浙江省/杭州市/上城区")
    assert len(names["湖滨步行街"].evidence) == 1 and "建设" in names["湖滨步行街"].evidence[0].text


def test_a_citys_tier_among_its_neighbours_is_a_role_a_national_designation_is_pursued():
    names, codes = _run("加大对衡阳省域副中心城市发展政策支持。建设四省边际中心城市。加快郑州国家中心城市建设。", "湖南省")
    assert codes.get("衡阳省域副中心城市") == codes.get("四省边际中心城市") == "initiative.positioning"
    assert "郑州国家中心城市" in names


def test_an_exit_of_a_motorway_is_one_work_with_the_motorway_named():
    names, codes = _run("沪陕高速六安东出口成功获批。沈海高速鳌头出口开通。", "安徽省/六安市/金安区")
    assert {"沪陕高速六安东出口", "沈海高速鳌头出口"} <= set(names)
    assert "沪陕高速" not in names


def test_the_south_to_north_water_transfer_and_its_western_route_are_known_works():
    names, _ = _run("争取河西走廊水资源配置工程纳入南水北调西线一期范围。", "甘肃省")
    assert "南水北调西线工程" in names and "南水北调西线" in names["南水北调西线工程"].aliases
    assert "南水北调工程" not in names          # the route named, not the whole transfer


def test_full_revitalisation_is_a_noun_its_adverb_stays_in_the_name():
    names, _ = _run("全力实施全面振兴新突破三年行动。全面推进城市更新三年行动。", "辽宁省/辽阳市")
    assert "全面振兴新突破三年行动" in names and "振兴新突破三年行动" not in names
    assert not any(n.startswith("全面推进") for n in names)


def test_a_park_named_only_by_whom_it_serves_is_a_kind():
    names, codes = _run("加快小微企业创业园建设，建设大学生创业孵化基地。推进赛德特生物科技产业园落地。", "安徽省/六安市/金安区")
    assert codes.get("小微企业创业园") == codes.get("大学生创业孵化基地") == "initiative.generic"
    assert "赛德特生物科技产业园" in names


def test_a_park_further_improved_stands_already_a_new_park_is_built():
    names, codes = _run("南湖公园进一步提升，新建北湖公园。", "安徽省/六安市/金安区")
    assert codes.get("南湖公园") == "initiative.existing" and "北湖公园" in names


def test_a_freight_train_service_named_after_the_region_it_runs_to_needs_no_quotes():
    names, codes = _run("推动中欧班列、东盟班列扩量增效。增开国际货运班列。", "湖南省")
    assert "东盟班列" in names and names["东盟班列"].key == "东盟班列"      # across borders: keyed once
    assert codes.get("国际货运班列") == "initiative.generic"


def test_a_centre_named_by_the_work_done_in_it_is_built_a_financial_centre_is_a_role():
    names, codes = _run("建成夏商文明考古研究中心。建成国际金融中心。", "河南省")
    assert "夏商文明考古研究中心" in names
    assert "国际金融中心" not in names


def test_works_carrying_power_or_water_are_projects_a_programme_drawing_talent_is_not():
    names, _ = _run("建成攀西特高压交流工程。推进环北部湾广西水资源配置工程。启动实施引洮延伸增效工程。实施人才引智工程。", "四川省")
    assert all(names[n].label == schema.PROJECT for n in ("攀西特高压交流工程", "环北部湾广西水资源配置工程", "引洮延伸增效工程"))
    assert names["人才引智工程"].label == schema.STRATEGY


def test_a_formula_of_counted_places_is_a_programme_whatever_its_last_part():
    names, _ = _run("聚力建设“两城三区四基地”。重点实施“三山两河”生态修复工程。建成黑羊站水厂扩建工程。", "辽宁省/辽阳市")
    assert names["两城三区四基地"].label == schema.STRATEGY
    assert names["“三山两河”生态修复工程"].label == schema.STRATEGY
    assert names["黑羊站水厂扩建工程"].label == schema.PROJECT


def test_a_titles_backer_between_the_honour_verb_and_the_title_leaves_it_a_designation():
    names, codes = _run("全市首个入围中央财政支持普惠金融发展示范区。争取中央财政支持普惠金融发展示范区建设。", "四川省/德阳市/中江县")
    assert codes.get("普惠金融发展示范区") == "initiative.designation"
    assert len(names["普惠金融发展示范区"].evidence) == 1 and "争取" in names["普惠金融发展示范区"].evidence[0].text


def test_a_routes_section_written_with_its_段_may_run_between_long_place_names():
    names, _ = _run("开工建设延蒲高速公路延吉至龙井段、鹤大高速公路敦化小沟岭至二道松花江段等项目。", "吉林省")
    assert {"延蒲高速公路延吉至龙井段", "鹤大高速公路敦化小沟岭至二道松花江段"} <= set(names)


def test_list_items_closed_by_等项目_a_works_phrase_or_a_stated_capacity_name_projects():
    names, _ = _run("恒大集团100万吨矿泉水、统一集团30万吨矿泉水、紫金矿业曙光金铜矿废石综合利用等项目投产。"
                    "开工建设敦化香水水利枢纽、图们长安500千伏输变电等项目。", "吉林省")
    assert {"紫金矿业曙光金铜矿废石综合利用项目", "图们长安500千伏输变电项目"} <= set(names)


def test_a_years_plan_is_no_programme_and_an_entrys_mark_opens_no_name():
    names, _ = _run("制定2019年工作计划。完成2019年计划任务。▲长乐机场二期扩建工程开工。", "福建省")
    assert "长乐机场二期扩建工程" in names
    assert not [n for n in names if n.startswith(("2019年", "▲"))]


def test_an_airports_runway_or_terminal_is_its_works_a_schools_running_track_is_not():
    names, _ = _run("加快长乐机场第二跑道等基础设施项目建设。建成萧山机场T4航站楼。石村小学塑胶跑道已投入使用。", "福建省")
    assert {"长乐机场第二跑道", "萧山机场T4航站楼"} <= set(names)
    assert not [n for n in names if "塑胶" in n]


def test_places_counted_before_the_zone_head_they_share_are_each_a_zone():
    names, _ = _run("推动闽江口、福清湾、江阴湾等3个组团开发建设。", "福建省")
    assert {"闽江口组团", "福清湾组团", "江阴湾组团"} <= set(names)


def test_a_passenger_line_abbreviated_客专_is_a_railway():
    names, _ = _run("加快福平铁路、福厦客专等铁路建设。", "福建省")
    assert {"福平铁路", "福厦客专"} <= set(names)


def test_list_items_that_are_only_places_name_no_project():
    # 道孚、新龙、色达等5个…光伏项目: the places the counted projects stand in, not projects
    names, rejects = _run("建成道孚、新龙、色达等5个总装机180万千瓦的光伏项目。加快惠科、东华鲲鹏等项目建设。", "四川省/甘孜藏族自治州")
    assert not {"道孚项目", "新龙项目", "色达项目", "道孚", "新龙", "色达"} & set(names)
    assert {"惠科项目", "东华鲲鹏项目"} <= set(names)


def test_a_project_counted_right_after_its_name_is_a_kind_of_works():
    # …项目9个 counts a kind; a project with its sections counted (…项目5个标段) is still one
    names, _ = _run("实施制造业“智改数转”项目9个，建设国家数字乡村试点项目8个。推进淄博至莱芜高铁项目5个标段建设。", "四川省")
    assert not [n for n in names if "数字乡村" in n or n.startswith("制造业")]
    assert "淄博至莱芜高铁" in names


def test_a_quoted_campaign_named_after_a_known_strategy_is_its_own():
    # “强省会”行动 in a province whose report it is: a campaign, not a category named after the lexicon's 强省会战略
    names, _ = _run("以“强省会”行动贯通全局，经受住了考验。", "甘肃省/兰州市")
    assert [n for n in names if "强省会" in n and n.endswith("行动")]


def test_a_campaign_year_攻坚年_is_a_programme():
    names, _ = _run("认真开展稳增长促发展攻坚年，强化科技创新驱动。", "宁夏回族自治区/银川市/兴庆区")
    assert "稳增长促发展攻坚年" in names


def test_a_pages_source_field_names_no_initiative():
    names, rejects = _run("来源:绿盾南康企业服务中心 | 发布时间: 2024-01-06\n各位代表：", "江西省/赣州市/南康区")
    assert not [n for n in names if "企业服务中心" in n]


def test_one_quote_listing_counted_bundles_names_each():
    names, _ = _run("深入实施“三大战略、八大行动”，纵深推进。", "江西省/赣州市/南康区")
    assert {"三大战略", "八大行动"} <= set(names)


def test_partners_joined_by_a_dash_open_the_name():
    names, _ = _run("加快建设中国—东盟产业合作区崇左片区。", "广西壮族自治区/崇左市")
    assert "中国—东盟产业合作区崇左片区" in names
    assert "东盟产业合作区崇左片区" not in names


def test_a_rail_line_by_its_code_and_the_section_being_built():
    names, _ = _run("推动轨道交通M102线规划建设。推动轨道交通22号线通州段基本具备开通条件。加快地铁2号线马尾延伸段建设。", "北京市/通州区")
    assert {"轨道交通M102线", "轨道交通22号线通州段", "地铁2号线马尾延伸段"} <= set(names)
    assert "轨道交通22号线" not in names       # (the section is the work named)


def test_a_count_of_big_ones_names_a_bundle_quoted_or_not():
    names, _ = _run("突出打好六大攻坚战，纵深推进。“五大会战”协同推进。", "江西省/赣州市")
    assert {"六大攻坚战", "五大会战"} <= set(names)
    # … a count of anything else before the head, unquoted, names none
    names, _ = _run("完成三项工程建设。", "江西省/赣州市")
    assert not [n for n in names if n.endswith("工程")]


def test_a_note_mark_after_a_quoted_term_does_not_cut_the_name():
    names, _ = _run("奋力打好“三大振兴和一个更新”(1)攻坚战，顶住下行压力。深入开展“八大行动”（2），全力以赴稳增长。",
                    "广西壮族自治区/柳州市/柳北区")
    assert "“三大振兴和一个更新”攻坚战" in names and "八大行动" in names
    assert not [n for n in names if "(1)" in n or "（2）" in n]


def test_parallel_slogans_in_quotes_before_a_strategy_name_it():
    names, _ = _run("大力实施“科学发展、全面转型、富民强市”战略，完成各项任务。锚定“产业立县、工业强县”第一战略，统筹推进。",
                    "安徽省/蚌埠市/固镇县")
    assert {"“科学发展、全面转型、富民强市”战略", "“产业立县、工业强县”第一战略"} <= set(names)
    assert all(names[n].label == schema.STRATEGY for n in names)
    # phrases of unequal length are a line of work; a strategy's name qualifying a noun names no strategy
    names, _ = _run("锚定“项目为先、实干奋进、争分夺秒拼经济”战略主线。做强“一轴隆起、两翼腾飞”战略基础。", "安徽省/蚌埠市/固镇县")
    assert not [n for n in names if "项目为先" in n or "一轴隆起" in n]


def test_quoted_names_sharing_a_head_without_etc_each_name_a_programme():
    names, _ = _run("以纵深推进“三抓三促”和“五比五看”行动为牵引抓手。", "甘肃省/定西市")
    assert {"“三抓三促”行动", "“五比五看”行动"} <= set(names)
    # catch-phrases of a reform, and a head that goes on into a longer word, name none
    names, _ = _run("扩大“一业一证”“一链办理”改革覆盖面。", "甘肃省/定西市")
    assert not [n for n in names if "一链办理" in n or "一业一证" in n]


def test_a_known_strategy_called_a_strategy_before_de_is_mentioned():
    names, _ = _run("紧紧抓住国家实施西部大开发战略的历史机遇。", "内蒙古自治区/包头市")
    assert "西部大开发" in names
    names, _ = _run("巩固脱贫攻坚的成果。", "内蒙古自治区/包头市")
    assert "脱贫攻坚" not in names


def test_a_list_as_long_as_a_quoted_count_after_it_enumerates_its_programmes():
    names, _ = _run("我们以重点区块开发、产业平台建设、招商引智、基层治理能力提升等“四大专项行动”为主抓手。", "浙江省/杭州市/拱墅区")
    assert {"重点区块开发专项行动", "产业平台建设专项行动", "招商引智专项行动", "基层治理能力提升专项行动"} <= set(names)
    assert "区块开发专项行动" not in names
    assert names["招商引智专项行动"].aliases == ("招商引智",)
    # a count that is not the number of items does not say the list is the bundle
    names, _ = _run("我们以重点区块开发、产业平台建设、招商引智等“六大专项行动”为主抓手。", "浙江省/杭州市/拱墅区")
    assert "招商引智专项行动" not in names


def test_works_listed_as_heritage_are_old_works_not_initiatives():
    names, codes = _run("赤山湖灌溉工程成功入选世界灌溉工程遗产名录。句容河整治工程入选省重大项目。", "江苏省/镇江市/句容市")
    assert "赤山湖灌溉工程" not in names and codes.get("赤山湖灌溉工程") == "initiative.existing"
    assert "句容河整治工程" in names


def test_metro_numbers_listed_before_one_line_head_are_lines():
    names, _ = _run("22、25、27号线纳入轨道交通五期建设规划。", "广东省/深圳市/龙华区")
    assert {"22号线", "25号线", "27号线"} <= set(names)
    assert names["22号线"].aliases == ("22",) and names["22号线"].label == schema.PROJECT
    # numbers before 号线 with no word of rail or metro around them are left alone
    names, _ = _run("发放1、2号线路补贴。", "广东省/深圳市/龙华区")
    assert "1号线" not in names


def test_roads_listed_before_road_network_works_are_built():
    names, _ = _run("加快推进十六号路跨海大桥、渤海大道等重大路网工程。", "辽宁省/大连市/普兰店市")
    assert "渤海大道" in names


def test_a_port_area_names_a_project_only_with_works_on_it():
    names, _ = _run("全力推进普湾港区建设与开放。推进前湾港区提质增效。", "辽宁省/大连市/普兰店市")
    assert "普湾港区" in names and names["普湾港区"].label == schema.PROJECT
    assert "前湾港区" not in names


def test_works_said_after_a_list_cover_each_institution_in_it():
    names, _ = _run("上海物理智能与机器人研究院、华师大空间人工智能学院加快建设。支持上海人工智能实验室、上海创智学院发展。", "上海市/徐汇区")
    assert {"上海物理智能与机器人研究院", "华师大空间人工智能学院"} <= set(names)
    assert not {"上海人工智能实验室", "上海创智学院"} & set(names)


def test_strategies_listed_as_the_topics_of_meetings_are_not_mentioned():
    names, _ = _run("在“中国制造2025”和全省脱贫攻坚、开放型经济等26个会议上作经验交流。", "江西省/赣州市")
    assert not {"中国制造2025", "脱贫攻坚"} & set(names)
    names, _ = _run("坚决打赢脱贫攻坚战，深入实施中国制造2025。", "江西省/赣州市")
    assert "中国制造2025" in names


def test_national_transfer_works_and_resettlement_are_known():
    names, _ = _run("西气东输、西电东送、南水北调等重大工程相继建成。易地扶贫搬迁19.8万人。", "贵州省/遵义市")
    assert {"西气东输", "西电东送", "易地扶贫搬迁"} <= set(names)
    assert names["西气东输"].key == "西气东输"       # national: keyed once, unqualified


def test_a_battle_fought_opens_its_name_with_its_own_verb():
    names, _ = _run("打好投资消费增长攻坚战。打赢蓝天保卫战。", "宁夏回族自治区/银川市/兴庆区")
    assert "投资消费增长攻坚战" in names
    assert "消费增长攻坚战" not in names


def test_full_deepening_of_reform_is_one_term_before_a_campaign_year():
    names, _ = _run("认真开展稳增长促发展攻坚年和全面深化改革攻坚年。", "宁夏回族自治区/银川市/兴庆区")
    assert "全面深化改革攻坚年" in names and "深化改革攻坚年" not in names


def test_a_power_station_named_by_its_place_is_a_project():
    names, _ = _run("江苏句容抽水蓄能电站六台机组全部并网发电。加快两河口抽蓄电站建设。推广分布式光伏电站。", "江苏省/镇江市/句容市")
    assert {"江苏句容抽水蓄能电站", "两河口抽蓄电站"} <= set(names)
    assert not [n for n in names if "分布式" in n]
    # named stations among the items of a 等…项目 list still make the list one of named projects
    names, _ = _run("以及孟底沟水电站、理塘索绒光伏发电、盐源抽水蓄能电站等电源电网项目。", "四川省")
    assert "理塘索绒光伏发电项目" in names


def test_an_ordinal_before_a_numbered_institution_names_one():
    names, _ = _run("开工建设第六水厂。完成第三污水处理厂建设。新建第一批中学。", "河南省/安阳市")
    assert {"第六水厂", "第三污水处理厂"} <= set(names)
    assert not [n for n in names if n.endswith("中学")]


def test_routes_listed_before_a_count_of_one_kind_of_road_are_each_a_road():
    names, _ = _run("争取开工建设陆良至弥勒、罗平至广西西林、富源胜境关至贵州兴义3条高等级公路等。", "云南省/曲靖市")
    assert {"陆良至弥勒高等级公路", "罗平至广西西林高等级公路", "富源胜境关至贵州兴义高等级公路"} <= set(names)
    assert names["陆良至弥勒高等级公路"].aliases == ("陆良至弥勒",)
    # a count after a single item closes no list
    names, _ = _run("建成曲靖至陆良3条高速公路。", "云南省/曲靖市")
    assert "曲靖至陆良高速公路" not in names


def test_roads_and_streets_completed_in_a_list_are_projects():
    names, _ = _run("其中，建成永明路北段、迎春东街、钢三路等50条道路。加快京台路、潞苑南一街等道路建设。改造提升人民街、文化路。",
                    "河南省/安阳市")
    assert {"永明路北段", "迎春东街", "钢三路", "潞苑南一街"} <= set(names)
    assert not {"人民街", "文化路"} & set(names)


def test_a_primary_school_named_by_its_place_is_built_not_a_category():
    names, _ = _run("北郡小学等3所学校建成投用，明珠花苑小学等3所学校开工建设。统筹安排中小学布局。", "河北省/石家庄市/新华区")
    assert {"北郡小学", "明珠花苑小学"} <= set(names)
    assert not [n for n in names if "中小学" in n]
    # a school's new campus is the project, not the school; an honoured school is there already
    names, _ = _run("梅山路小学东校区建成投用。武训实验小学被评为全国文明校园。", "安徽省/六安市/金安区")
    assert "梅山路小学" not in names and "武训实验小学" not in names
    names, _ = _run("投资1300多万元的镇第二中心小学主体工程已完工。", "山东省/聊城市/冠县")
    assert "镇第二中心小学" in names


def test_a_known_name_opening_a_longer_quote_is_part_of_it():
    names, _ = _run("建成全国首个“人工智能+养老”体验馆。", "上海市/徐汇区")
    assert "人工智能+行动" not in names
    names, _ = _run("深入实施“人工智能+”行动。", "上海市/徐汇区")
    assert "人工智能+行动" in names


def test_a_project_awarded_as_a_case_is_done():
    names, codes = _run("金牛花苑老旧小区改造项目获评住建部城市更新典型案例。", "上海市/徐汇区")
    assert codes.get("金牛花苑老旧小区改造项目") == "initiative.existing"


def test_a_zone_and_a_place_developed_as_one_is_a_strategy():
    names, _ = _run("加快福州新区与平潭一体化发展。积极融入成渝地区双城经济圈建设、主城都市区一体化发展。推进城乡一体化发展。", "福建省/福州市")
    assert {"福州新区与平潭一体化发展", "主城都市区一体化发展"} <= set(names)
    assert names["主城都市区一体化发展"].label == schema.STRATEGY
    assert not [n for n in names if n.startswith("加快") or "城乡" in n]
