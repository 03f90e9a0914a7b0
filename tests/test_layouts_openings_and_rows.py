"""How documents say what they are where they open, and how their rows and leads run, each rule on a
small example written for it (issue 14)."""
from __future__ import annotations

import pytest

from graph import schema

from tests.test_layouts_written import facts, read


@pytest.mark.parametrize("text,kind", [
    # a preamble saying it makes the plan, no title kept above it
    ("为贯彻落实《某某地区生态经济带发展规划》，加快生态经济带建设，推动我省纳入规划范围的地区高质量发展，制定本实施方案。\n"
     "一、总体要求\n以绿色发展为引领，推动西部地区加快生态经济发展。\n二、主要任务\n（一）建设绿色生态屏障\n", "action_plan"),
    # a covering notice issuing a plan under any 方案 name (推进方案), its title run into the preamble
    ("某办函〔2015〕54号\n各市（州）人民政府，省政府各部门：\n经省政府领导同志同意，现将《2015年县域经济改革发展重点工作推进方案》"
     "印发你们，请认真贯彻执行。\n某某省人民政府办公厅\n2015年3月20日\n一、深化重点领域改革\n（一）深化农村改革。坚持推行多权同确。\n",
     "action_plan"),
    # … but one issuing a division of tasks is a division
    ("各乡镇人民政府，县直各单位：\n现将《2021年县政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻执行。\n"
     "一、提高思想认识\n各单位要高度重视。\n", "division_plan"),
])
def test_a_plan_says_what_it_is_where_it_opens(text, kind):
    assert read(text)[0] == kind


@pytest.mark.parametrize("title,kind", [
    # a notice dividing the report's key work, the 民生实事 named beside it: a division
    ("某某市人民政府办公室关于印发2024年政府工作报告重点工作和政府重点民生实事项目责任分解的通知", "division_plan"),
    # … one dividing the 民生实事 alone: their list
    ("某某市人民政府办公室关于印发2024年政府重点民生实事项目责任分解的通知", "commitment_table"),
])
def test_a_table_under_a_title_dividing_the_work_and_the_pledges(title, kind):
    text = (title + "\n各镇人民政府，市政府各部门：\n经市政府同意，现印发给你们，请认真贯彻执行。\n附件1\n"
            "序号\n主要工作任务\n责任单位\n1\n新建城市道路10公里。\n住建局\n2\n新增城镇就业8000人。\n人力社保局\n"
            "3\n完成农村公路提档升级50公里。\n交通运输局\n")
    assert read(text)[0] == kind


@pytest.mark.parametrize("lead,kind", [
    # a reporter's piece on an official named with a title visiting the pledged projects is news …
    ("某某网某市12月1日电 （记者 周某）11月30日至12月1日，省人大农业农村委主任委员陈某一行赴某市就实事项目开展调研。", "news"),
    # … where an unnamed inspection team's visit, the projects' state told, reports how they stand
    ("某某网某市12月1日电 （记者 周某）11月30日，市督查组一行到我市就民生实事落实情况进行督查。", "progress_report"),
])
def test_news_of_an_official_visiting_the_pledges(lead, kind):
    text = (lead + "\n2023年，省政府共下达55件民生实事，其中涉及某市的有51件。截至11月底，51件民生实事项目累计完成投资192亿元；"
            "46件实事已提前完成年度目标任务。其中，农村河道生态治理已完成，建成农村生态河道1159公里。此外，卫生户厕改造正常推进，"
            "安置小区建设有序推进。\n")
    assert read(text)[0] == kind


def test_a_flattened_header_whose_labels_carry_notes_and_a_sections_column():
    # 重点工作任务(民生实事项目) and 进展情况(一季度): a note in brackets after a label; 负责科室 and 负责人 answer
    text = ("序号\n重点工作任务(民生实事项目)\n牵头单位\n负责科室\n负责人\n计划完成时间\n进展情况(一季度)\n"
            "1\n新增老年食堂15个\n区民政局\n养老服务科\n何某某\n11月底前\n其中3个点位已完成建设。\n")
    kind, ex = read(text)
    assert facts(ex) == {("1", "区民政局", schema.ROLE_LEAD), ("1", "养老服务科", schema.ROLE_RESPONSIBLE),
                         ("1", "何某某", schema.ROLE_RESPONSIBLE)}


def test_a_congress_asking_how_the_pledges_go_is_no_progress_report():
    # a call for questions on the 民生实事's 实施情况 (专题询问, a question ending with ？), the list attached
    text = ("关于征集对2023年某某市民生实事项目\n实施情况专题询问意见建议的通告\n"
            "市人大常委会将围绕2023年某某市民生实事项目实施情况开展专题询问。现向社会各界征集意见和建议。\n"
            "1. 您想了解哪几项民生实事的进展情况？\n2. 您对民生实事推进工作有哪些意见或建议？\n附件：\n2023年某某市民生实事项目\n"
            "一、教育惠民领域\n1. 新建中小学15所。（牵头单位：市教育局；共同责任单位：市发改委、市财政局）\n"
            "2. 完成全市义务教育学校灯光照明改造。（牵头单位：市教育局；共同责任单位：市财政局）\n")
    assert read(text)[0] == "commitment_table"


@pytest.mark.parametrize("text", [
    # an inspection's report by its title, ranking the units it found behind
    "关于第一季度全县城乡环境卫生综合整治情况督查通报\n各乡镇党委和人民政府，县委各部门：\n为推动全域无垃圾治理，督查组于3月10日至24日"
    "对全县19个乡镇进行了督促检查。\n一、排名靠后的单位\n教育局、信用联社。\n",
    # a report saying its progress follows (主要进度如下), no title
    "市政府各部门、各区县政府落实责任，大力推动民生实事各项目标任务。25件重点民生实事上半年实际完成投资156亿元。主要进度如下：\n"
    "撤并村通公路。上半年已完成建设4022公里，累计解决了2585个撤并村通公路。\n解决人畜饮水困难。已解决52万人饮水困难，占全年的60%。\n"
    "农村危房改造。已完成改造3万户。\n",
])
def test_reports_of_how_the_work_stands_with_no_unit_per_item(text):
    assert read(text)[0] == "progress_report"


@pytest.mark.parametrize("text,kind", [
    # the pledged works under a headline, told how each stands: their progress
    ("前三季度我市重点民生工程扎实推进\n截至9月底，4个项目完成全年目标，10个项目超额完成前三季度节点目标，10个项目有序推进。\n"
     "“提高低保标准”项目，已全部完成。\n“老旧小区改造”项目，超额完成节点目标。\n", "progress_report"),
    # a notice issuing the year's 实事 by a title ending with them, asking to be told how they go: the list
    ("市政府办公厅关于印发2014年市政府要完成的与人民生活密切相关的实事的通知\n各区、县人民政府：\n经市政府同意，现将《2014年市政府要完成的"
     "与人民生活密切相关的实事》印发给你们。各有关部门要及时向市重大办反馈实事项目的进展情况和实施中出现的问题。\n"
     "一、完成新增养老床位5000张；完成建设老年人日间照料机构50家。\n二、完成旧住房综合改造100万平方米。\n"
     "三、完成中小河道整治200公里。\n", "commitment_table"),
])
def test_pledges_told_how_they_stand_and_pledges_asked_to_report(text, kind):
    assert read(text)[0] == kind


@pytest.mark.parametrize("text,region", [
    # a street office's weekly digest, entries marked ▲ under its portal's header: news, placed where the
    # publisher stands — a street office of a name many bear, settled by the credit code opening the 索引号
    ("公园街道办事处\n标题: 公园街道 | 一周工作播报\n索引号: 11370303004217709K/2022-5238762 文号:\n"
     "发文日期: 2022-05-16 发布机构: 公园街道办事处\n\n"
     "▲5月9日，市领导张某某一行到公园街道进行现场观摩，实地考察福园小区建设情况。\n"
     "▲5月13日，市委政法委综治办主任李某某一行到公园街道实地督导工作，区委政法委相关同志陪同。\n"
     "▲5月14日上午，枣庄市市中区区委副书记王某某带领考察团一行到公园街道观摩考察，区领导刘某陪同。\n",
     "山东省/淄博市/张店区/公园街道"),
])
def test_a_portals_publisher_places_its_own_pages(text, region):
    kind, ex = read(text)
    assert kind == "news" and ex.document.region == region


def test_a_credit_code_names_its_bodys_region():
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.recognisers.places import coded_region
    lexicon = default_lexicon()
    assert coded_region("11370303004217709K/2022-5238762", lexicon).key == "山东省/淄博市/张店区"
    assert coded_region("000014349/2020-00012", lexicon) is None       # a portal's own serial: no code


@pytest.mark.parametrize("body,region", [
    # a title opening with a name two regions bear, settled by the city its text names
    ("西安市委、市政府部署，全区上下共同推进。\n", "陕西省/西安市/长安区"),
    # … and left open where the text names neither
    ("全区上下共同推进。\n", ""),
])
def test_a_title_naming_a_region_many_bear(body, region):
    text = ("长安区2022年的十大惠民实事\n" + body + "一、新建幼儿园5所。（责任单位：区教育局）\n"
            "二、改造老旧小区20个。（责任单位：区住建局）\n")
    assert read(text)[1].document.region == region


@pytest.mark.parametrize("text,kind", [
    # a report titled for how the problems found were put right, its opening only
    ("某市审计局关于2021年度本级预算执行审计工作报告反映问题整改情况的报告\n主任、副主任、秘书长、各位委员：\n"
     "下面根据会议安排，就我市审计工作报告反映问题的整改情况报告如下：\n一、整改工作总体部署\n（一）市政府高度重视。\n", "progress_report"),
    # a feature telling the year's pledges, each with the body that answered for it, all done
    ("2024年，某县政府把办好民生实事作为头等大事，共议定为民办实事10项，这10项民心实事全部办理完成。\n"
     "民生保障类实事中，由某县教育体育局负责的中考信息化提升项目，建成标准化考场40个；由某县卫生健康局负责的"
     "老年人健康提升项目，为2万名老人免费接种流感疫苗。\n", "progress_report"),
    # … but one that will see them all done is their list
    ("2024年，某县政府共议定为民办实事10项，确保全部完成。\n由某县教育体育局负责的中考信息化提升项目，建设标准化考场40个；"
     "由某县卫生健康局负责的老年人健康提升项目，为2万名老人免费接种流感疫苗。\n", "commitment_table"),
])
def test_reports_of_problems_put_right_and_pledges_all_done(text, kind):
    assert read(text)[0] == kind


def test_a_rule_for_what_follows_ends_a_brackets_units():
    # 以下各项任务均涉及…, 下同: a standing rule in the bracket, not more units
    text = ("关于做好一季度经济工作的若干措施\n一、稳定经济运行\n1.及时优化防控措施。平稳有序实施防控调整。"
            "（责任单位：省卫健委、省财政厅，下同。以下各项任务均涉及各市人民政府，不再列出）\n"
            "2.加快项目建设。推动重大项目开工。（责任单位：省发改委）\n")
    kind, ex = read(text)
    found = facts(ex)
    assert {("1", "省卫健委", schema.ROLE_RESPONSIBLE), ("1", "省财政厅", schema.ROLE_RESPONSIBLE),
            ("2", "省发改委", schema.ROLE_RESPONSIBLE)} <= found
    assert not [name for _, name, _ in found if name.startswith(("以下", "下同"))]


def test_under_a_first_leads_convention_units_after_the_marked_leads_support():
    text = ("某省2024年政府工作报告重点工作责任分解\n（除标注为“牵头”单位外，列第一位的为牵头单位，下同）\n"
            "1.坚持政府过紧日子，严控一般性支出。（省政府办公厅、省财政厅牵头，省商务厅、省文化和旅游厅）\n"
            "2.用好地方政府专项债券。（省财政厅、省发展改革委）\n")
    kind, ex = read(text)
    assert facts(ex) == {("1", "省政府办公厅", schema.ROLE_LEAD), ("1", "省财政厅", schema.ROLE_LEAD),
                         ("1", "省商务厅", schema.ROLE_SUPPORT), ("1", "省文化和旅游厅", schema.ROLE_SUPPORT),
                         ("2", "省财政厅", schema.ROLE_LEAD), ("2", "省发展改革委", schema.ROLE_SUPPORT)}


@pytest.mark.parametrize("byline,region", [
    ("——2018年11月22日在慈溪市十七届人大常委会第十六次会议上", "浙江省/宁波市/慈溪市"),
    ("（2024年12月30日在杭州市第十四届人民代表大会常务委员会第二十三次会议上）", "浙江省/杭州市"),
])
def test_a_report_to_a_standing_committee_is_placed_by_its_by_line(byline, region):
    text = ("关于2017年度预算执行审计查出问题整改情况的报告\n" + byline + "\n主任、各位副主任、各位委员：\n"
            "受政府委托，现将审计查出问题的整改情况报告如下。截至目前，已整改40项。\n")
    assert read(text)[1].document.region == region


@pytest.mark.parametrize("source,bodies", [
    # the next field run on with no space (文字大小), bodies other than a government's
    ("发布时间:2022-08-23 14:52信息来源：寿县人民政府文字大小：[ ]", ["寿县人民政府"]),
    ("来源：鹿寨县信息办\n", ["鹿寨县信息办"]),
    ("来源：某市人大常委会 ", ["某市人大常委会"]),
    ("来源：新华网\n", []),
])
def test_a_pages_source_field_names_its_body(source, bodies):
    from loaders.reading import portal
    assert [b for b, _ in portal.source_bodies(source)] == bodies


def test_a_report_of_no_annotation_is_placed_by_its_pages_source_field():
    text = ("关于2020年省委和省政府为民办实事项目实施情况的通报\n作者： 来源：福建省人民政府办公厅  责任编辑：林某\n\n"
            "各市、县（区）人民政府：\n2020年为民办实事项目已全部完成，截至目前，已完成投资120亿元，已建成学校30所。\n")
    assert read(text)[1].document.region == "福建省"


def test_a_reports_item_telling_who_leads_it_is_the_task_its_numbered_lines_how_it_stands():
    text = ("关于2023年十大民生实事项目督办情况的通报\n现将督办情况通报如下：\n（一）深入推进危桥改造整治，提升群众安全出行水平\n"
            "主要内容：由县交通运输局牵头，计划完成危桥改造2座。\n完成情况：1.老周桥已于3月21日完工。2.卜巢桥已于12月1日开标。\n"
            "（二）提高低保补贴水平\n主要内容：由县民政局牵头，认真实施。\n完成情况：已全部完成。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert facts(ex) == {("(一)", "县交通运输局", schema.ROLE_LEAD), ("(二)", "县民政局", schema.ROLE_LEAD)}


def test_dates_alone_on_a_portals_header_lines_make_no_chronicle():
    # 成文日期 / 2019年01月16日, 发布日期 / 2019年01月30日: the header's dates, each alone on its line, are no
    # chronicle's entries; the 意见 under them is an official document, not news
    text = ("索 引 号：\n        000014349/2019-00004\n        主题分类：\n        卫生、体育\\卫生\n\n        发文机关：\n"
            "        国务院办公厅\n        成文日期：\n        2019年01月16日\n\n        标　　题：\n"
            "        国务院办公厅关于加强三级公立医院绩效考核工作的意见\n\n        发文字号：\n        国办发〔2019〕4号\n"
            "        发布日期：\n        2019年01月30日\n\n 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            " 经国务院同意，现就加强三级公立医院绩效考核工作提出以下意见。\n 一、总体要求\n （一）指导思想。坚持公益性，调动积极性。\n"
            " 2019年，在全国启动三级公立医院绩效考核工作，国家卫生健康委主持召开会议并讲话，各省参加。\n"
            "\n 国务院办公厅\n 2019年1月16日         \n （此件公开发布）\n")
    assert read(text)[0] != "news"
