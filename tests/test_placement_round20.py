"""Where a document is placed (issue 12, twentieth session): by what it says of itself, never by a place merely
named. A title's issuer over the portal that carries it; a visiting delegation's home and paired aid's partners
named beside the place whose story it is; a township several counties have, settled by the county the text names;
a township's own year meeting opening a news lead. Each rule on a small example written for it."""
from __future__ import annotations

from loaders.kinds.plan_head import carried_from_above
from loaders.recognisers.story_places import story_names
from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.places import mentions, town_under_named
from tests.test_layouts_written import read


def test_a_notice_a_districts_portal_carries_is_its_issuers_city():
    # 发布机构 names the portal's own government; the title names the city's, which issued the notice.
    text = ("鄞州区人民政府网站欢迎您的访问!\n"
            "索引号: YZ-2022-0012 主题分类:\n"
            "发布机构: 鄞州区人民政府 生成日期: 2022-03-02\n\n"
            "宁波市人民政府关于印发2022年宁波市民生实事项目的通知\n\n"
            "各区县(市)人民政府,市直各有关单位:\n"
            "现将《2022年宁波市民生实事项目》印发给你们,请认真贯彻实施。\n\n"
            "一、就业和社会保障\n"
            "1.新增城镇就业12万人。(责任单位:市人力社保局)\n"
            "2.新建养老服务综合体10个。(责任单位:市民政局)\n"
            "二、教育\n"
            "3.新建改扩建中小学20所。(责任单位:市教育局)\n")
    kind, ex = read(text)
    assert ex.document.region == "浙江省/宁波市"


def test_a_visiting_delegations_home_is_not_the_story():
    text = ("5月8日，祥云县委书记王某某，祥云县委副书记、县长李某某率祥云县党政考察团到宾川县考察交流。"
            "县领导张某、赵某陪同考察。\n"
            "考察团先后到宾川县滨河公园、产业园区等地，考察城市建设、产业发展等工作。\n"
            "考察团对宾川县取得的成绩给予高度评价。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert ex.document.region == "云南省/大理白族自治州/宾川县"


def test_a_delegation_whose_hosts_leaders_are_named_by_their_place_keeps_its_home():
    # Each side's leaders named with their place: nothing says the piece is the host's.
    lexicon = default_lexicon()
    text = ("6月12日，福建省党政代表团赴重庆市学习考察。重庆市委书记王某、福建省委书记李某参加有关活动。"
            "福建省委副书记、省长赵某出席。")
    kept = {k for k, _ in story_names(text, mentions(text, lexicon), lexicon)}
    assert "福建省" in kept


def test_a_portal_keeps_its_own_publisher_unless_the_head_names_the_government_above_it():
    lexicon = default_lexicon()
    assert carried_from_above("宁波市人民政府", "鄞州区人民政府", lexicon)
    # (a joint notice of two provinces' offices on one's portal: its publisher stays)
    assert not carried_from_above("甘肃省人民政府办公厅", "青海省人民政府办公厅", lexicon)
    assert not carried_from_above("区人民政府办公室", "鄞州区人民政府", lexicon)


def test_a_delegation_come_to_us_leaves_its_home_out():
    lexicon = default_lexicon()
    text = "8月28日，兴安盟科尔沁右翼前旗党政考察团一行来我旗考察。考察团认为鄂托克旗资源丰富，鄂托克旗值得借鉴。"
    kept = {k for k, _ in story_names(text, mentions(text, lexicon), lexicon)}
    assert kept == {"内蒙古自治区/鄂尔多斯市/鄂托克旗"}
    # (no delegation: every name counts)
    plain = "兴安盟科尔沁右翼前旗召开会议。鄂托克旗举行活动。"
    assert len({k for k, _ in story_names(plain, mentions(plain, lexicon), lexicon)}) == 3


def test_paired_aids_partners_never_place_a_piece():
    text = ("8月13日，市委副书记、市长张某主持召开上海、山东第十批援藏干部代表座谈会。"
            "会上，上海、山东两地援藏干部代表围绕做好对口援藏工作作了发言。\n"
            "张某强调，要深刻认识西藏工作的重大意义，扎扎实实做好各项工作。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert not ex.document.region.startswith("上海市") and not ex.document.region.startswith("山东省")
    lexicon = default_lexicon()
    aid = "调研组遍访我省对口支援的喀什地区疏附县、伽师县，实地调研了我省援建的伽师县中学。湖南省发展和改革委员会。"
    assert {k for k, _ in story_names(aid, mentions(aid, lexicon), lexicon)} == {"湖南省"}


def test_a_township_several_counties_have_is_the_one_under_the_county_the_text_names():
    lexicon = default_lexicon()
    text = "会议贯彻省委、盐城市委、大丰区委决策部署。"
    assert town_under_named("草庙镇", text, lexicon).key == "江苏省/盐城市/大丰区/草庙镇"
    assert town_under_named("草庙镇", "会议贯彻省委决策部署。", lexicon) is None
    news = ("12月16日，官桥镇在政府五楼会议室召开了第五届人民代表大会第三次会议，应到代表60名。\n"
            "会议认为，报告能够贯彻中央、省委、枣庄市委、滕州市委决策部署，思路清晰。\n"
            "会议还选举产生了官桥镇人民政府镇长1名。\n")
    kind, ex = read(news)
    assert kind == "news"
    assert ex.document.region == "山东省/枣庄市/滕州市/官桥镇"


def test_a_townships_year_meeting_opening_the_lead_places_the_news():
    text = ("1月20日上午，容桂街道2023年工作会议召开，全面总结2022年街道工作成绩，部署2023年工作。\n"
            "据悉，2022年容桂实现规模以上工业总产值800亿元，同比增长10%。\n"
            "“街道上下要奋勇争先。”容桂街道党工委书记陈某如是说。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert ex.document.region == "广东省/佛山市/顺德区/容桂街道"


def test_the_leaders_speech_on_a_place_names_the_province_a_document_speaks_as():
    text = ("为确保省十四届人大二次会议通过的《政府工作报告》确定的重点工作落到实处，现将《重点工作分工的意见》印发给你们。\n"
            "全省各级各部门要深入落实习近平总书记对江西重要讲话重要指示批示精神，按照省委、省政府要求，确保完成全年目标任务。\n"
            "1.扩大有效投资。（省发展改革委牵头，省财政厅配合）\n"
            "2.稳定工业增长。（省工业和信息化厅牵头）\n")
    kind, ex = read(text)
    assert ex.document.region == "江西省"
    # (a speech on another place the document names as another's is no voice of its own: 学习借鉴浙江…)
    other = text.replace("对江西重要讲话", "重要讲话").replace("确保完成", "学习借鉴浙江经验，确保完成")
    assert read(other)[1].document.region == ""


def test_a_report_to_a_session_named_by_its_level_is_placed_by_its_speakers_body():
    text = ("2022年6月28日在市十七届人大常委会第三次会议上\n"
            "绵阳市审计局局长 张某某\n"
            "主任、各位副主任、秘书长，各位委员：\n"
            "受市政府委托，我向市人大常委会报告2021年度市本级预算执行审计查出问题的整改情况，请予审议。\n"
            "一、整改工作的部署推进情况\n"
            "截至2022年5月31日，审计工作报告反映的120个问题，已完成整改110个，整改完成率91.7%。\n")
    kind, ex = read(text)
    assert ex.document.region == "四川省/绵阳市"


def test_a_title_the_clean_view_ran_into_the_menu_above_it_is_read_as_the_page_writes_it():
    text = ("会员登录 \n"
            "建设信息 房地产 网上设计 成果展示 关于我们\n"
            "固原市国民经济和社会发展\n\n"
            "2021年2月1日中国共产党固原市委员会2021年第5次委员会议审议批准\n\n"
            "  目 录\n\n"
            "  第一篇 “十三五”发展回顾\n\n"
            "  第一章 主要成效\n\n"
            "  第二章 存在问题\n\n"
            "  第二篇 提升综合经济实力\n\n"
            "  第三章 推进农业现代化\n")
    kind, ex = read(text)
    assert ex.document.region == "宁夏回族自治区/固原市"
    # (a portal's name for itself is no title: 某区人民政府门户网站)
    portal_page = text.replace("固原市国民经济和社会发展", "原州区人民政府门户网站")
    assert read(portal_page)[1].document.region != "宁夏回族自治区/固原市/原州区"


def test_a_portals_breadcrumb_names_its_columns_not_the_story():
    lexicon = default_lexicon()
    text = ("当前位置: 网站首页 > 东部资讯 > 上海资讯 > 正文\n"
            "湖北完成全年目标的民生小项又增5个\n"
            "新闻网讯(记者王某)来自省政府督查室的报告显示，4月，湖北省已完成全年目标任务的民生小项增加5个。\n")
    assert {k for k, _ in story_names(text, mentions(text, lexicon), lexicon)} == {"湖北省"}


def test_a_line_that_is_a_place_name_alone_is_no_title():
    text = (".\n"
            "官宣保定1地入选\n"
            "日前，省城市建设管理工作领导小组发布通知，选择8个县（市）作为县城建设样板培育县。\n"
            "名单\n"
            "石家庄元氏县\n"
            "承德平泉市\n"
            "到2025年，样板培育取得积极进展，每个县至少形成1项典型经验。\n")
    kind, ex = read(text)
    assert ex.document.region != "河北省/石家庄市/元氏县"


def test_a_county_speaking_of_its_townships_is_the_county_they_lie_in():
    text = ("5月10日至12日，旗人大常委会副主任王某先后到图克镇、乌兰陶勒盖镇，对当前重点工作进行调研指导。\n"
            "在图克镇，王某实地察看了家庭牧场经营情况。在乌兰陶勒盖镇，王某详细了解了产业发展情况。\n"
            "王某希望旗人大代表们发挥好作用。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert ex.document.region == "内蒙古自治区/鄂尔多斯市/乌审旗"
    # (a township its people travelled to, 赴…学习, is another county's)
    away = ("5月10日，旗人大常委会副主任王某带队赴图克镇、乌兰陶勒盖镇学习考察。\n"
            "王某希望旗人大代表们学习图克镇、乌兰陶勒盖镇的经验，发挥好作用。\n")
    assert read(away)[1].document.region != "内蒙古自治区/鄂尔多斯市/乌审旗"


def test_a_piece_placed_in_its_city_speaking_as_a_district_is_its_townships_district():
    text = ("3月5日，市督查组一行莅临督导我区重点项目建设，副区长李某陪同。\n"
            "督查组先后来到盐城市某科技有限公司项目、草庙镇卫生院项目等地。\n"
            "★在草庙镇卫生院实地督查\n"
            "督查组充分肯定了我区重点项目建设工作，要求全区上下加快进度。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert ex.document.region == "江苏省/盐城市/大丰区"


def test_a_notice_addressing_the_development_zones_of_its_city_is_the_citys():
    text = ("市政府关于印发2024年重点工作任务分解方案的通知\n\n"
            "各县（市、区）人民政府，扬州经济技术开发区、扬州高新技术产业开发区管委会，市各委办局，市各直属单位：\n"
            "市九届人大三次会议审议通过了《政府工作报告》明确的2024年全市经济社会发展主要目标任务，现将分解方案印发给你们。\n"
            "一、高位推动。各地各部门要强化责任意识，按照责任分工，务实举措。\n"
            "二、精心组织。要抓紧制定推进落实计划，将目标任务细化分解到月。\n")
    kind, ex = read(text)
    assert ex.document.region == "江苏省/扬州市"
    # (the addressees naming two cities' zones settle nothing)
    two = text.replace("扬州高新技术产业开发区", "泰州高新技术产业开发区")
    assert read(two)[1].document.region == ""
