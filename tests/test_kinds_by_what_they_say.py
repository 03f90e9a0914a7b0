"""Kinds told by what a document says of itself: a chronicle (大事记) is news though one entry tells of a congress
session; a numbered section named 责任分工 inside a policy's explanation (政策解读) does not make it a division
plan. Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from tests.test_layouts_written import read

CHRONICLE = ("某县2023年大事记\n1月\n3日，县委书记张三主持召开县委常委会会议，传达学习中央经济工作会议精神。\n"
             "15日，县长李四带队督导检查安全生产工作。\n2月\n8日，县第十八届人民代表大会第三次会议开幕，县长李四作政府工作报告。\n")

EXPLAINED = ("《某市优化营商环境若干措施》政策解读\n一、出台背景\n为贯彻落实省委省政府决策部署，进一步优化营商环境，市政府出台了《若干措施》。\n"
             "二、主要内容\n《若干措施》共20条，主要包括提升政务服务效能、降低企业成本等方面。\n"
             "三、责任分工\n各项措施由市发改委牵头，市直有关部门配合落实。\n")


def test_a_chronicle_telling_of_a_session_is_news():
    kind, ex = read(CHRONICLE)
    assert kind == "news"
    assert {"张三", "李四"} <= {e.name for e in ex.entities if e.label == "Leader"}


def test_a_numbered_section_named_a_division_does_not_name_the_document():
    kind, _ = read(EXPLAINED)
    assert kind == "generic"


def test_a_meetings_minutes_are_news_though_their_date_is_broken():
    # a portal lost the 月/日 of the date (3-24,): the minutes still tell a meeting someone chaired
    minutes = ("第21次\n某县人民政府办公室 2016-4-13\n3-24,县长张中于在县政务服务中心常务会议室主持召开县人民政府第21次常务会议,"
               "研究迎接国家卫生县城复审等有关工作。现将会议形成的一致意见纪要如下:\n一、研究迎接国家卫生县城复审工作\n"
               "会议指出,各级各部门做了大量扎实有效的工作。会议要求,县财政安排工作经费50万元。\n")
    kind, _ = read(minutes)
    assert kind == "news"


def test_a_notice_made_public_on_how_the_work_stands_reports_progress():
    # (整改公示: the work is done, and how it stands is made public, 现将有关情况公示如下; issue 14)
    text = ("省级环保督察反馈意见第十二项整改任务，经县委、县政府及相关部门按照整改方案的要求已完成整改任务，现将有关情况公示如下：\n"
            "一、整改任务\n城区污水管网建设滞后，目前对相关工程掌握不清。\n二、 整改责任单位\n某某县住房和城乡建设局\n"
            "三、 整改完成情况\n已建成污水管网12公里，出水均达到一级A标准。已完成整改任务。\n"
            "公示时间（2023年5月1日-5月7日），请社会各界予以监督。\n")
    kind, _ = read(text)
    assert kind == "progress_report"
