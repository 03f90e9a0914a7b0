"""Where a document is placed (issue 12, twenty-first session): by what it says of itself, never by a place merely
named. The place a headline opens with; a congress's session told as the occasion (随着…胜利闭幕); a province's
leader's visit; a prefecture a piece speaks as, named by its short name; and names that place nothing: a short name
that is a word (平安), the central state's line on a region (新时代西藏工作). Each rule on a small example written for it."""
from __future__ import annotations

from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.places import mentions
from tests.test_layouts_written import read


def test_a_headline_opening_with_province_and_city_short_names_places_the_story():
    # The counties the story walks through are named more often; the headline says whose story it is.
    text = ("山西朔州：把“民生清单”变成“幸福账单”\n"
            "2月9日，记者走访怀仁市、平鲁区。怀仁市社区食堂热气腾腾，怀仁市委实施稳岗行动。"
            "平鲁区新换暖气片。朔州市委经济工作会议明确，今年首件大事就是把民生清单变成幸福账单。\n")
    kind, ex = read(text)
    assert ex.document.region == "山西省/朔州市"


def test_a_headline_opening_with_a_provinces_full_name_is_the_provinces_story():
    # 南昌 is named only as the end of a road.
    text = ("江西省重点项目建设完成投资1352亿元\n"
            "记者12月24日从江西省发改委获悉，今年前11个月，江西省重点项目完成投资1352亿元。"
            "建成投产项目有南昌至樟树高速公路改扩建工程、南昌市朝阳大桥等。\n")
    kind, ex = read(text)
    assert ex.document.region == "江西省"


def test_a_headline_opening_with_a_short_name_and_a_colon_places_a_progress_page():
    text = ("黑河：兴边富民展新颜\n"
            "地处祖国东北边陲的黑龙江省黑河市，因边而建。新时代10年，黑河经济总量年均增长6.7%。\n"
            "黑河市委书记对调研组说，要做优矿产开发及加工。\n")
    kind, ex = read(text)
    assert ex.document.region == "黑龙江省/黑河市"


def test_a_caption_or_a_portals_own_name_is_no_headline():
    from loaders.recognisers.headline_places import headline_region
    lexicon = default_lexicon()
    # (a portal's welcome, a post's title read as a place: 代县长)
    assert headline_region("青山湖区人民政府网站欢迎您的访问!\n关于印发…的通知\n", lexicon) is None
    assert headline_region("代县长阳天\n各位代表：\n", lexicon) is None
    # (a delegation carries its home's name elsewhere)
    assert headline_region("沈阳市党政代表团赴大连考察\n", lexicon) is None


def test_a_congress_session_told_as_the_occasion_places_the_piece():
    # (a photo's caption naming a township stands over the headline)
    text = ("马关县马白镇木都底\n六、七组产业道路项目\n……\n"
            "马关县快速按下\n重大民生实事项目建设“启动键”\n"
            "2024年2月23日，随着马关县第十八届人民代表大会第三次会议胜利闭幕，全县共票决出2024年度重大民生实事项目76件。"
            "县乡两级人民政府以“开局即冲刺”的姿态，提前部署谋划，及时回应人民群众期待。\n"
            "马白镇木都底产业道路建设中\n")
    kind, ex = read(text)
    assert ex.document.region == "云南省/文山壮族苗族自治州/马关县"


def test_a_provincial_leaders_visit_is_the_provinces_news():
    text = ("7月15日至16日，省委常委、常务副省长吴伟深入我市调研重点领域安全生产和重点项目建设工作。"
            "市委书记姜某，市委副书记、市长吴某分别参加调研。\n"
            "吴伟先后深入朔州市朔城区朗润园小区、朔州市平鲁区等地察看。吴伟强调，要深入贯彻省委、省政府部署要求。\n")
    kind, ex = read(text)
    assert ex.document.region == "山西省"


def test_a_provincial_leaders_visit_to_a_region_named_in_full_stays_there():
    text = ("副省长刘晓凯到施秉调研\n"
            "11月30日上午，副省长刘晓凯率省政府办公厅等部门领导到施秉县调研教育、卫生等工作情况。"
            "县委书记彭某，县长敖某陪同调研。刘晓凯对施秉县取得的成绩给予了肯定。\n")
    kind, ex = read(text)
    assert ex.document.region == "贵州省/黔东南苗族侗族自治州/施秉县"


def test_a_piece_speaking_as_a_prefecture_is_placed_by_its_short_name():
    # Placed in the province for want of a finer name; it speaks as a city and names 拉萨 before its own life.
    text = ("8月13日，市委副书记、市长王强主持召开北京、江苏第十一批援藏干部代表座谈会。"
            "西藏自治区党委组织部有关负责人出席。市委副书记张某介绍了援藏工作总体思路。\n"
            "王强强调，要准确把握拉萨发展和对口援藏工作的新要求，全市各级各部门要做好服务保障，市委、市政府将全力支持。\n")
    kind, ex = read(text)
    assert ex.document.region == "西藏自治区/拉萨市"


def test_a_short_name_that_is_a_word_places_nothing():
    # 平安 (平安区's short name) in 智慧平安示范社区 is the word "safety".
    text = ("本报讯 日前，区委、区政府全面启动2019年惠民工程。一是推进农村饮水工程。"
            "二是积极推进智慧平安示范社区建设。三是完成区医院二期扩建，全区新建44所幼儿园。\n")
    kind, ex = read(text)
    assert ex.document.region != "青海省/海东市/平安区"


def test_the_central_states_line_on_a_region_names_no_place():
    lexicon = default_lexicon()
    text = "要深入学习贯彻习近平新时代西藏工作基本方略，贯彻中央新疆工作座谈会精神。"
    assert mentions(text, lexicon) == []
    assert [k for k, _ in mentions("西藏各地加快发展。", lexicon)] == ["西藏自治区"]


def test_a_prefectures_counties_named_in_full_place_its_progress_page():
    # Speaking as a city (市级财政), naming five of one prefecture's districts and counties, never the city itself.
    text = ("民生实事\n"
            "2017年度11件民生实事共有20个子项，全部完成。\n"
            "一、实施农村天然气村村通\n"
            "市级财政按照2200元/户标准进行补贴。项目进展：至12月底，东营区完成26866户、河口区完成6445户、"
            "垦利区完成37603户、广饶县完成71009户、利津县完成29986户。全市共完成172083户。（责任单位：市城市管理局）\n")
    kind, ex = read(text)
    assert ex.document.region == "山东省/东营市"


def test_a_prefecture_named_with_its_own_county_level_cities_is_the_document_s():
    from loaders.recognisers.spoken import spoken_region
    lexicon = default_lexicon()
    text = ("2017年徐州市市委、市政府组织实施重大项目205项。市发改委会同市委督察室于5月开展了全市重大项目督察。"
            "其中，新沂市地下综合管廊等16个项目实现开工，新沂市静脉产业园等10个项目进度滞后。\n")
    assert spoken_region(text, lexicon)[0].key == "江苏省/徐州市"


def test_a_province_named_once_and_alone_in_a_text_speaking_as_it():
    from loaders.recognisers.spoken import spoken_region
    lexicon = default_lexicon()
    text = ("（一）主要依据是贵州省国民经济和社会发展的长远规划，省人大当年提出的总体目标。\n"
            "（二）各部门根据省人民政府下达的任务，制定年度工作目标，送省人民政府审核。\n"
            "第八条 为确保完成当年全省国民经济和社会发展主要任务，省人民政府直属机关目标管理领导小组负责考核。\n")
    assert spoken_region(text, lexicon)[0].key == "贵州省"
    # (another region named beside it: nothing says which is the text's own)
    assert spoken_region(text + "学习借鉴四川省经验，与云南省开展合作。成都市、昆明市参加。\n", lexicon) is None


def test_a_government_handing_down_a_document_names_its_region():
    from loaders.kinds.plan_head import published_by
    lexicon = default_lexicon()
    found = published_by("日前，天津市政府下发《切实做好2023年市政府重点工作的通知》。通知提到…", lexicon)
    assert found is not None and found[0].key == "天津市"


def test_a_congress_site_in_the_dateline_is_a_local_medium():
    from loaders.recognisers.places import medium_region
    lexicon = default_lexicon()
    found = medium_region("郑州人大网讯：通过广泛征集群众意见，2005年，市政府将为群众办好十件实事：一、…", lexicon)
    assert found is not None and found[0].key == "河南省/郑州市"


def test_a_bureau_signing_over_the_date_is_the_issuer():
    from loaders.kinds.plan_head import issuer, issuer_place, lines_of
    lexicon = default_lexicon()
    text = ("为了广泛听取社会各界的意见和建议，现将《管理办法（征求意见稿）》予以公布，以便报请市政府常务会议审议。\n"
            "联系电话：0951-6889215\n"
            "                          银川市司法局\n"
            "                          2020年10月28日\n"
            "第一条 为了规范城市住房保障工作，制定本办法。\n")
    name, where = issuer(lines_of(text))
    assert name == "银川市司法局"
    assert issuer_place(name, where, lines_of(text), lexicon)[0].key == "宁夏回族自治区/银川市"


def test_a_red_header_run_onto_one_line_names_its_issuer():
    from loaders.kinds.plan_head import issuer, lines_of
    text = ("新疆维吾尔自治区人民政府 文件 新政发〔2021〕19号 关于印发2021年自治区国民经济和社会发展计划的通知 "
            "伊犁哈萨克自治州，各州、市人民政府：现将计划印发你们。")
    assert issuer(lines_of(text))[0] == "新疆维吾尔自治区人民政府"


def test_a_short_name_before_its_part_in_a_larger_work_or_its_years_list_is_the_districts_own():
    from loaders.recognisers.spoken import spoken_region
    lexicon = default_lexicon()
    text = ("12月16日上午，区长卢红主持召开区政府第120次常务会。卢红指出，各级各相关部门要认真盘点全区经济形势，"
            "为全市经济发展贡献武隆力量；区政府要全力赶工期、抓进度。\n")
    assert spoken_region(text, lexicon)[0].key == "重庆市/武隆区"
    text = ("人大代表票决产生柯城2019年十件民生实事项目\n"
            "2月21日上午，在区九届人大三次会议上，区人大代表从12件候选项目中选出了区政府2019年十件民生实事项目。\n")
    assert spoken_region(text, lexicon)[0].key == "浙江省/衢州市/柯城区"


def test_a_leaders_speech_on_a_place_names_the_place_a_district_speaks_as():
    from loaders.recognisers.spoken import spoken_region
    lexicon = default_lexicon()
    text = ("11月15日，区政协召开十届四十二次主席会议，区政协主席向某主持会议。会上，与会同志围绕市委书记调研璧山讲话精神"
            "作了交流发言。会议对区政协委员年终视察活动方案进行了协商。\n")
    assert spoken_region(text, lexicon)[0].key == "重庆市/璧山区"


def test_a_province_named_by_its_short_name_in_a_text_speaking_as_it():
    from loaders.recognisers.spoken import spoken_region
    lexicon = default_lexicon()
    text = ("不如再来回顾一下2021年，福建都完成了哪些项目吧。\n"
            "近日，省委、省政府发布关于2021年为民办实事项目实施情况的通报。省级财政及时下达项目资金137亿元，"
            "全省29项为民办实事项目全面完成。\n")
    assert spoken_region(text, lexicon)[0].key == "福建省"
    # (a province learnt from is another's)
    assert spoken_region(text.replace("福建都完成了", "学习浙江完成了"), lexicon) is None
