"""Kinds told by conventions the former blind round 5 (and rounds 4 and the former blind round 3) showed kg missing on
pages of several provinces (helper kind7), each rule on a few lines written for it: a notice issuing or handing down the
year's 国民经济和社会发展计划 once the congress approved it is the plan issued, a plan of measures (重庆, 山东, 内蒙古, 新疆);
a news item giving the whole list of the year's 实事 run together in one paragraph — as many items as it counts, parted by
semicolons or quoted one after another — is that list (甘肃, 广东, 贵州, 山东, 浙江), one naming only some is news."""
from __future__ import annotations

from loaders.kinds import congress_papers, kind_cues, plan_detection
from loaders.kinds.whole_lists import whole_list
from tests.test_layouts_written import read


# ---- the year's plan issued by notice -------------------------------------------------------------------------

def test_a_notice_issuing_the_years_plan_by_its_title_is_the_plan():
    text = ("某市人民政府关于印发某市2022年国民经济和社会发展计划的通知\n\n"
            "各区县人民政府，市政府各部门：\n\n"
            "现将《某市2022年国民经济和社会发展计划》印发给你们，请认真贯彻执行。\n\n"
            "某市人民政府\n2022年4月29日\n\n"
            "某市2022年国民经济和社会发展计划\n\n一、2021年国民经济和社会发展计划执行情况\n")
    assert congress_papers.issued_plan(text)
    assert read(text)[0] == "action_plan"


def test_a_notice_handing_down_the_plan_the_congress_approved_is_the_plan_though_it_names_no_title():
    text = ("区级各部门，各街道办事处，有关单位：\n"
            "《某区2021年国民经济和社会发展计划执行情况及2022年计划草案的报告》已经区十九届人大一次会议批准，现印发给你们，"
            "请结合实际，认真抓好落实。区督查办要把重点工作任务纳入年度综合目标考核，加强督促检查。\n"
            "某区人民政府\n2022年1月14日\n")
    assert congress_papers.issued_plan(text)
    assert read(text)[0] == "action_plan"


def test_the_plan_approved_but_not_issued_is_no_notice_issuing_it():
    text = ("2022年国民经济和社会发展计划已经市十七届人大一次会议审议批准。一年来，全市上下认真执行计划，"
            "经济运行总体平稳。\n")
    assert not congress_papers.issued_plan(text)
    assert not congress_papers.issued_plan("市人大常委会审议关于2022年国民经济和社会发展计划执行情况的报告\n")


# ---- the whole list of the year's 实事, run together ------------------------------------------------------------

def test_the_whole_list_of_pledges_parted_by_semicolons_under_a_news_lead_is_the_list():
    text = ("日前，某镇召开第十七届人民代表大会第一次会议，通过全体代表投票表决，该镇今年将实施六项民生实事工程。\n"
            "据悉，今年六项民生实事工程包括：实施镇村道路提升工程；实施水环境整治工程；建设镇文化中心；"
            "改造农贸市场；新建幼儿园一所；实现村级微型消防站全覆盖。\n")
    assert whole_list(text)
    assert plan_detection.pledges_listed(text)
    assert read(text)[0] == "commitment_table"


def test_the_whole_list_of_pledges_quoted_one_after_another_is_the_list():
    text = ("今天上午，在县人大会议第三次全体会议上，与会代表以票决的方式选出了年政府十大民生实事项目。\n"
            "代表票决选出的十大民生实事项目包括：“实施农村巷道硬化工程”、“实施危桥改造项目”、“新建渡口大桥”、"
            "“实施县城供水设施改扩建工程”、“新建公共卫生临床中心”、“新建23公里碧道”、“实施风貌带建设”、"
            "“新建3所公办幼儿园”、“实施公路改建工程”、“实施生物防火林带项目”等。\n")
    assert whole_list(text)
    assert read(text)[0] == "commitment_table"


def test_a_news_item_naming_only_some_of_the_pledges_is_no_list():
    text = ("近日，某镇召开人民代表大会，代表们票决产生了今年的10项民生实事，分别是：新建镇卫生院；改造农贸市场；"
            "硬化村道20公里；建设文化广场等。\n")
    assert not whole_list(text)
    assert read(text)[0] == "news"
    assert not whole_list("今年县政府将办好十件民生实事，涉及教育、医疗、交通、住房等领域。\n")


# ---- a report titled by how the pledges or projects stand ------------------------------------------------------

def test_a_report_titled_by_how_the_pledges_stand_is_a_progress_report_not_their_list():
    text = ("关于某镇2023年政府民生实事半年度实施情况的报告\n"
            "2023年7月19日\n各位代表：\n"
            "镇人大会议票决确定2023年政府民生实事12件。现将半年度实施情况报告如下：\n"
            "一、山塘水库专项整治项目\n对16座山塘实施专项整治，预计投资800万元。\n")
    assert read(text)[0] == "progress_report"


def test_a_report_on_how_projects_stand_quoted_with_its_summary_is_a_progress_report():
    text = ("《自治区人民政府关于自治区成立60周年大庆重大惠民项目建设情况的报告》摘要：\n"
            "2017年8月自治区人民政府印发了《大庆项目建设实施方案》，总体目标是统筹推进一批大庆项目建设，"
            "着力改善基层群众生产生活条件。\n")
    assert read(text)[0] == "progress_report"
    assert read("关于2022年某市民生实事项目的报告\n现将项目安排报告如下。\n")[0] != "progress_report"


# ---- a development plan's preamble, its title cut off -----------------------------------------------------------

def test_a_development_plans_preamble_naming_it_as_drawn_up_with_its_chapters_is_the_plan():
    text = ("根据《中共某市委员会关于制定某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，编制《某市国民经济和"
            "社会发展“十四五”规划和二〇三五年远景目标纲要》，主要阐明“十四五”时期经济社会发展的指导思想、目标任务和重大举措。\n"
            "第一章 扬帆新时代 开启现代化新征程\n"
            "“十四五”时期，是某市开启现代化建设新征程的关键期。\n")
    assert read(text)[0] == "action_plan"


def test_a_report_telling_a_plan_put_in_hand_is_no_plan():
    text = ("现将有关情况通报如下：\n1.提升文化产业综合实力。启动编制《某市文化产业发展“十四五”时期发展规划》，"
            "出台了若干意见，全市规上文化产业单位数144个。\n")
    assert read(text)[0] != "action_plan"


# ---- items told against the year's target ------------------------------------------------------------------------

_AGAINST_TARGET = ("本报讯（记者 张某） 昨日下午，市人大常委会举行情况通报会，市政府通报2018年市本级民生实事项目落实情况。\n"
                   "“污水零直排区”创建。截至2018年12月25日，已完成60个乡镇创建预验收工作，完成年度目标任务。\n"
                   "食品安全抽样检验工程。全年开展抽样检验5.48万批次，超额完成4.7万批次的年度目标任务。\n")


def test_items_told_reaching_the_years_target_make_a_progress_report_not_news():
    assert kind_cues.against_target(_AGAINST_TARGET)
    assert read(_AGAINST_TARGET)[0] == "progress_report"


def test_the_years_target_as_an_aim_reaches_nothing():
    aim = ("各单位要加快推进民生实事项目建设，确保各项目完成年度目标任务。\n"
           "要压实责任，力争全部项目完成全年任务。\n")
    assert not kind_cues.against_target(aim)


def test_a_press_report_on_how_items_stand_is_placed_by_its_story_not_the_portals_breadcrumb():
    text = ("东部网-中国东部网\n当前位置: 网站首页 > 东部资讯 > 天津资讯 > 正文\n\n"
            "西部新闻网讯(记者李华)来自四川省政府督查室的报告显示，4月，已完成或超额完成全年目标任务的民生小项增加4个。\n"
            "今年四川十项民生工程涉及62个分项。1-4月，有31个小项完成或超额完成全年目标任务，四川省各地进度加快。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert ex.document.region == "四川省"


# ---- an explanation of a division is not the division -----------------------------------------------------------

def test_an_officials_explanation_titled_before_the_divisions_name_is_no_division():
    text = ("某市政府副秘书长张某同志解读2020年市政府工作报告重点工作任务部门分工方案\n"
            "2020-06-22 14:43:15\n某市人民政府\n"
            "为全面推进2020年我市经济社会发展各项工作，某市人民政府印发了《2020年市政府工作报告重点工作任务部门分工方案》，"
            "张某同志将有关要点解读如下：\n一、分工方案的主要内容。方案将报告确定的目标任务分为131项，逐项明确了牵头单位和配合单位。\n")
    assert read(text)[0] != "division_plan"
