"""Kinds told by what a document says of itself (helper kind8), each rule on a small example written for it: a headline
closing on a cry (…确定了！) is still a title; a call for the year's pledges (关于征集…为民办实事项目的通知) is no list of
them; a title wrapped over two lines (…《政府工作报告》 / 重点工作任务落实措施) names a division of the report's tasks; a
news lead may follow a motto of a few words; a portal's 作者：管理员 is no by-line; and 我为群众办实事 names the pledges."""
from __future__ import annotations

from loaders.kinds import plan_detection, prose
from tests.test_layouts_written import read


def test_a_headline_closing_on_a_cry_is_a_title():
    text = ("2019年某县人民政府为民办实事项目确定了！\n\n"
            "3月19日上午，某县人民代表大会表决出了县人民政府2019年为民办实事项目。\n"
            "5个项目包括第四幼儿园建设项目，农村公路提升改造工程，河道治理工程，农村生活污水治理项目，免费检查项目。\n")
    assert "为民办实事项目确定了！" in plan_detection.title_lines(text)
    assert plan_detection.named_kind(text) == "commitment_table"
    # (a line holding a sentence's mark inside it is still no title)
    assert not plan_detection.title_lines("各单位要高度重视，认真落实！\n")


def test_a_call_for_the_pledges_is_no_list_of_them():
    text = ("关于征集某县2021年为民办实事项目的通知\n\n"
            "各乡镇、县政府各部门：\n"
            "为切实解决人民群众关心关注的热点难点问题，县政府计划实施2021年为民办实事项目。现启动征集工作，通知如下：\n"
            "一、征集时间\n自通知下发之日起至2020年11月10日止。\n"
            "二、征集内容\n各单位报送实事项目，应重点围绕基础教育、医疗卫生、社会保障等方面。\n"
            "三、征集要求\n（一）实事项目应采取一事一提方式。\n（二）各单位要高度重视推荐工作。\n")
    assert plan_detection.named_kind(text) is None
    kind, _ = read(text)
    assert kind == "generic"
    # (the list itself, under a title naming it, stays a list of pledges)
    listed = text.replace("关于征集某县2021年为民办实事项目的通知", "某县2021年为民办实事项目")
    assert plan_detection.named_kind(listed) == "commitment_table"


def test_a_title_wrapped_over_two_lines_names_a_division_of_the_reports_tasks():
    text = ("各县（市）、区人民政府，市政府各部门：\n\n"
            "《2021年国务院〈政府工作报告〉重点工作任务落实措施》已经市政府同意，现印发给你们，请认真抓好落实。\n\n"
            "一、强化领导，全力推进。各县（市）区、各部门要高度重视，主要负责同志负总责。\n\n"
            "某市人民政府办公室\n\n2021年6月7日\n\n"
            "2021年国务院《政府工作报告》\n\n重点工作任务落实措施\n\n"
            "一、保持宏观政策连续性稳定性可持续性（3项）\n")
    assert plan_detection.named_kind(text) == "division_plan"
    # (a plan of measures under a title of its own stays one)
    assert plan_detection.named_kind(text.replace("《政府工作报告》", "农业结构调整").replace(
        "〈政府工作报告〉", "农业结构调整")) == "action_plan"


def test_a_news_lead_after_a_motto_is_news():
    text = ("听诉求，解难题，助发展。5月12日上午，某区委书记张三率队到辖区企业进行实地调研，了解企业发展，听取企业诉求。"
            "区委常委李四，副区长王五一同调研。\n"
            "张三一行首先来到某科技有限公司，深入企业车间了解生产情况，并倾听企业诉求。\n")
    assert prose._RECENT_LEAD.search(text)
    kind, ex = read(text)
    assert kind == "news"
    assert "张三" in {e.name for e in ex.entities if e.label == "Leader"}
    # (a long sentence before the day is no motto: the lead opens the paragraph)
    assert not prose._RECENT_LEAD.search("某区认真贯彻落实上级关于优化营商环境的各项部署要求。5月12日上午，某区委书记张三率队调研。")


def test_a_portals_administrator_is_no_by_line():
    assert not prose._REPORTER.search("[ 字体:大 中 小 时间:2021-06-01 17:15 稿源:某镇党委 作者:管理员 ]")
    assert prose._REPORTER.search("[ 时间:2021-06-01 稿源:某镇党委 作者:王芳 ]")


def test_the_campaigns_name_names_the_pledges():
    text = ("[ 时间:2021-06-01 17:15 稿源:某镇党委 作者:管理员 ]\n"
            "累计征集“我为群众办实事”重点项目10项。\n"
            "聚焦“幸福民生”。由镇公路站负责的农村道路硬化项目，建设约12.3公里道路硬化，预计2021年11月份完成。\n"
            "聚焦“乡村振兴”。由农业农村办负责的美丽乡村建设项目，完善村内道路硬化、绿化，预计2021年12月份完成。\n"
            "聚焦“绿色转型”。由镇经济发展办负责的光伏发电项目，新建100兆瓦光伏发电站，预计2021年6月份完成。\n")
    assert plan_detection.named_kind(text) == "commitment_table"
    kind, _ = read(text)
    assert kind == "commitment_table"


def test_an_interview_with_an_official_is_news():
    text = ("为民办实事 重在抓落实——县长在线访谈\n"
            "3月16日晚，县长张明与部分县直部门领导作客县政府门户网站，就办好今年10件为民办实事项目与网友在线交流。\n"
            "问：县政府每年都确定10件为民办实事项目，去年的项目完成情况如何？\n"
            "县长张明答：去年我县为民办了10件实事：一是完成43公里通村道路硬化，已全部完工；二是新建幼儿园5所，已投入使用；"
            "三是改造农村危房800户，已全部完成；四是新增城区停车位300个，超额完成。\n")
    assert prose._INTERVIEW.search(text)
    kind, _ = read(text)
    assert kind == "news"
    # (a 政策解读's unsigned 答： is no interview)
    assert not prose._INTERVIEW.search("问：这项政策的适用范围是什么？\n答：本政策适用于全县各类企业。\n")


def test_a_weekly_tally_of_matters_handled_is_a_progress_report():
    text = ("本周，我县共办理110联动、网民诉求事项145件，其中新受理110联动事项119件，网民诉求事项26件，已全部办结。\n"
            "新受理110联动事项119件，其中涉及市政及社会事务类47件，劳动保障类16件，已全部办结。事项办结率为100%。\n"
            "新受理网民诉求事项26件，已全部办结。\n")
    kind, _ = read(text)
    assert kind == "progress_report"
    # (a news lead's 今年以来 is no period of a report)
    from loaders.kinds import progress_report
    assert not progress_report._PERIOD_TALLY.search("今年以来，我县共办理诉求事项145件，已全部办结。")
