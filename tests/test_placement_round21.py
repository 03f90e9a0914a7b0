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
