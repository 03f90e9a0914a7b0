"""Initiatives of other provinces (issue 12), twentieth round (ini20; "Sixteenth round" in docs/lexicon.md): each rule on a
small example written for it, failing on the commit before it (fdc5eb7)."""
from graph import schema
from tests.test_initiatives import _run


def test_quoted_count_codes_closed_by_work_are_programmes():
    names, _ = _run("扎实落实“二新”“二量”工作，圆满完成任务。深入推动“三领一促”工作，取得新进展。", "湖南省/怀化市")
    assert {"二新", "二量", "三领一促"} <= set(names)
    assert names["三领一促"].label == schema.STRATEGY
    names, codes = _run("落实“五抓”工作机制。做好“十五五”工作。抓好“三保”工作。", "湖南省/怀化市")
    assert not any(n in names for n in ("五抓", "十五五", "三保"))     # a mechanism, a period, a fiscal duty


def test_a_counted_slogan_carried_out_is_a_programme():
    names, _ = _run("奋力推进“二优三高”，砥砺初心。全面推进“五大振兴”，全力推动发展。", "湖南省/怀化市")
    assert {"二优三高", "五大振兴"} <= set(names)
    names, _ = _run("聚力“八个新跨越”。抓好“四件大事”，推进“三大任务”，坚持“三水三定”。全面实施“三线一单”，推进管控。",
                    "湖南省/怀化市")
    assert not any(("跨越" in n or "大事" in n or "任务" in n or "水" in n or "三线" in n) for n in names)


def test_a_quoted_programmes_subsidy_is_its_own():
    names, _ = _run("争取“两新”补贴1.5亿元。", "陕西省/安康市")
    assert "两新" in names


def test_a_levels_own_institution_and_its_new_site_are_one_work():
    names, _ = _run("启动市青少年宫、县档案馆新馆建设。开工建设县实验幼儿园新园。", "湖南省/怀化市")
    assert {"县档案馆新馆", "县实验幼儿园新园"} <= set(names)
    assert names["县实验幼儿园新园"].label == schema.PROJECT
    names, _ = _run("新建公办幼儿园5所，建设中小学幼儿园。", "湖南省/怀化市")
    assert not any("幼儿园" in n for n in names)      # kinds of kindergartens


def test_listed_work_opened_by_its_owner_is_a_project():
    names, _ = _run("加快金昌二矿区尾矿资源综合开发利用、白银集团3万吨铜箔等项目建设。开工建设红岗北矿开发利用、中船智慧风电等重大产业项目。",
                    "甘肃省")
    assert {"金昌二矿区尾矿资源综合开发利用项目", "红岗北矿开发利用项目"} <= set(names)
    names, _ = _run("推进城市更新改造、老旧管网改造等项目建设。", "甘肃省")
    assert not any("改造" in n for n in names)        # works on kinds name no owner


def test_a_word_read_as_a_verb_before_a_company_word_is_its_name():
    names, _ = _run("重点抓好如意润发有限公司高端针织服装生产、山东蓝讯利泰光电科技微管微缆项目等项目建设。", "山东省/济宁市")
    assert any(n.startswith("如意润发有限公司") for n in names)


def test_a_strategy_named_by_what_drives_it():
    names, _ = _run("实施开放带动战略，坚持品牌带动战略。", "河南省/平顶山市/叶县")
    assert {"开放带动战略", "品牌带动战略"} <= set(names)
    assert names["开放带动战略"].label == schema.STRATEGY


def test_a_levels_numbered_institution_and_its_new_campus():
    names, _ = _run("建成投用县第一人民医院新院区。加快市第二中学新校区建设。", "广西壮族自治区/贵港市/平南县")
    assert {"县第一人民医院新院区", "市第二中学新校区"} <= set(names)
    assert "市第二中学" not in names          # the campus is the work, not the school


def test_the_works_on_a_named_routes_section_are_one_project():
    names, _ = _run("实施G324国道平南段改线工程。推进南梧二级公路平南段改扩建工程。", "广西壮族自治区/贵港市/平南县")
    assert {"G324国道平南段改线工程", "南梧二级公路平南段改扩建工程"} <= set(names)
    assert names["G324国道平南段改线工程"].label == schema.PROJECT
    names, _ = _run("实施农村公路危桥段改造工程。完成国道、省道部分路段改造工程。", "广西壮族自治区/贵港市/平南县")
    assert not names                                  # kinds of stretch, some of a kind


def test_an_irrigation_districts_renovation_is_one_work_and_its_tail_no_programme():
    names, _ = _run("推进大藤峡灌区续建配套与节水改造工程。", "广西壮族自治区/贵港市/平南县")
    assert "大藤峡灌区续建配套与节水改造工程" in names
    assert names["大藤峡灌区续建配套与节水改造工程"].label == schema.PROJECT
    names, _ = _run("推进大中型灌区续建配套与节水改造工程。", "广西壮族自治区/贵港市/平南县")
    assert "节水改造工程" not in names                 # the tail of a kind of works


def test_a_plants_capacity_follows_its_owner_in_its_name():
    names, _ = _run("推进丹竹100兆瓦光伏发电项目。", "广西壮族自治区/贵港市/平南县")
    assert "丹竹100兆瓦光伏发电项目" in names
    names, _ = _run("新增装机容量50万千瓦光伏项目。新增并网20兆瓦光伏发电项目。", "广西壮族自治区/贵港市/平南县")
    assert not names                                  # a size of a kind of plant


def test_a_known_strategy_cited_as_the_chance_it_brings_is_a_mention():
    names, _ = _run("我们抢抓长江经济带发展历史性窗口期，扎实践行新发展理念。", "湖北省/荆州市")
    assert "长江经济带发展" in names


def test_a_counted_slogans_measures_are_the_programme():
    names, _ = _run("大力实施“三强三新”举措，较好完成任务。", "湖南省/怀化市")
    assert "三强三新" in names


def test_a_list_as_long_as_the_bare_count_after_it_names_its_programmes():
    names, _ = _run("深入开展基础教育提升、医疗卫生发展、职业培训创新三项工程。", "北京市")
    assert {"基础教育提升工程", "医疗卫生发展工程", "职业培训创新工程"} <= set(names)
    names, _ = _run("实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动。", "北京市")
    assert not any(n.endswith("专项行动") and n != "四大专项行动" for n in names)     # aims, not programmes


def test_a_museums_or_hospitals_wing_is_part_of_its_name():
    names, _ = _run("南京博物馆东馆开放运营。建成市第一人民医院东院。", "江苏省/南京市")
    assert {"南京博物馆东馆", "市第一人民医院东院"} <= set(names)


def test_items_before_preliminary_works_are_projects():
    names, _ = _run("加快推进金沙江引水、西山隧道等前期工作。", "四川省")
    assert "金沙江引水项目" in names
    names, _ = _run("加快征地拆迁、规划设计等前期工作。", "四川省")
    assert not names                                  # the works themselves


def test_a_counted_list_of_strategies_names_each_by_its_slogan():
    names, _ = _run("实施科技兴县、人才强县、产业富县三大战略。", "广西壮族自治区/贵港市/平南县")
    assert {"科技兴县战略", "人才强县战略", "产业富县战略"} <= set(names)
    names, _ = _run("深入实施工业强县、农业稳县、旅游兴县“三大战略”。", "广西壮族自治区/贵港市/平南县")
    assert "旅游兴县战略" in names and not any("“三大战略”" in n and n != "“三大战略”" for n in names)


def test_an_item_listed_among_named_works_is_a_work():
    names, _ = _run("曲江建材家居钻石店、盛龙广场、汉神购物广场如期开业。完工重庆来福士、复地金融中心、光控朝天门中心。",
                    "陕西省/西安市/未央区")
    assert any(n.startswith("曲江建材家居钻石店") for n in names) and any(n.startswith("重庆来福士") for n in names)
    names, _ = _run("推进道路硬化、城南公园、江北公园建设。", "陕西省/西安市/未央区")
    assert not any("硬化" in n for n in names)        # a chore among them is no work


def test_a_list_right_before_project_works_names_its_projects():
    names, _ = _run("加快友谊广场、胜利广场项目建设。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert {"友谊广场", "胜利广场"} <= set(names)
    names, _ = _run("加快推进老旧小区改造、背街小巷整治项目建设。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not names                                  # chores before 项目: kinds


def test_two_nominal_verbs_joined_by_yu_and_china_with_a_partner_bloc_stay_in_the_name():
    names, _ = _run("建设中非经贸交流与合作中心。中国—上合组织数字经济发展与合作中心揭牌。", "上海市/徐汇区")
    assert "中非经贸交流与合作中心" in names
    assert "中国—上合组织数字经济发展与合作中心" in names


def test_the_last_place_of_a_counted_list_of_zones_is_one_of_them():
    names, _ = _run("打造樟林、梁港、下埔、清溪四大片区。", "福建省/福州市")
    assert "清溪片区" in names


def test_a_place_led_item_among_routes_is_a_route():
    names, _ = _run("完成普立至宣威、曲靖至宣威、昆明西北绕城等高速公路建设。", "云南省/曲靖市")
    assert "昆明西北绕城高速公路" in names


def test_works_joined_to_a_kind_named_by_levels_are_kinds():
    names, _ = _run("建成县(市)综合医院和疾控中心PCR实验室及城市核酸检测基地。", "吉林省/延边朝鲜族自治州")
    assert not names


def test_a_hospital_whose_building_is_completed_is_built():
    names, _ = _run("完成州医院隔离病区改造、图们方舱医院建设。", "吉林省/延边朝鲜族自治州")
    assert "图们方舱医院" in names


def test_a_bare_free_trade_zone_built_or_joined_is_the_regions_own():
    names, _ = _run("促进自贸试验区与区内其他区域联动创新发展。全力推进自贸区建设。", "新疆维吾尔自治区")
    assert names["自贸试验区"].label == schema.PROJECT and "新疆" in names["自贸试验区"].key
    names, _ = _run("建立全省首家自贸试验区巡回法庭。全面落实自贸试验区提升战略。", "新疆维吾尔自治区")
    assert "自贸试验区" not in names                    # it qualifies a court; the strategy is another name


def test_the_silk_road_core_areas_are_known_strategies():
    names, _ = _run("加快建设21世纪海上丝绸之路核心区。", "福建省/泉州市")
    assert names["21世纪海上丝绸之路核心区"].label == schema.STRATEGY


def test_quoted_names_counted_before_their_shared_head_are_one_programme_each():
    names, _ = _run("实施“南粤家政”“粤菜师傅”“广东技工”三项工程。", "广东省/茂名市")
    assert {"“南粤家政”工程", "“粤菜师傅”工程", "“广东技工”工程"} <= set(names)


def test_works_listed_before_works_said_finished_are_projects():
    names, _ = _run("铜九铁路、九昌樟成品油管线、琴湖大道、老鹳塘污水处理厂等工程顺利完成。", "江西省/九江市/浔阳区")
    assert "九昌樟成品油管线项目" in names and "琴湖大道" in names      # a road gets no 项目


def test_more_works_on_a_named_water_are_one_project():
    names, _ = _run("实施涑河生态修复。推进白马湖水环境综合整治。加快龙开河综合整治二期建设。推进河湖生态修复。", "江西省/九江市/浔阳区")
    assert {"涑河生态修复", "白马湖水环境综合整治", "龙开河综合整治二期"} <= set(names)
    assert not any(n.startswith("河湖") for n in names)


def test_a_named_institutions_building_is_a_work():
    names, _ = _run("新建城关小学教学楼。开工建设第五人民医院病房楼。建成第三中学实验楼。", "河南省/安阳市")
    assert {"城关小学教学楼", "第五人民医院病房楼", "第三中学实验楼"} <= set(names)
    names, _ = _run("新建教学楼5栋。对程寺小学教学楼进行了维修加固。", "山东省/济宁市")
    assert not names                                  # a count of a kind; a building repaired stands already
