"""Documents that are no news though they tell of events: a reply to the one body that wrote, and a report made at a
congress's standing committee. Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from tests.test_layouts_written import read


# A reply to the one body that wrote (上海市人民政府：《关于…的函》收悉): an official document, not news, though it
# opens with no 各… salutation.
REPLY = ("某省人民政府：\n《关于申请建设某省人工智能创新发展试验区的函》（某府函〔2019〕44号）收悉。经研究，现函复如下。\n"
         "一、支持某省建设人工智能创新发展试验区。\n二、2019年5月26日，试验区建设启动会在省会召开，副省长张三出席并讲话，"
         "强调要加快建设。\n科学技术部\n2019年6月1日\n")
# A report on one matter made at a congress's standing committee: neither news of the session nor a work report.
COMMITTEE = ("2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上\n某委员会主任 张三\n"
             "全国人民代表大会常务委员会：\n受国务院委托，现就数字经济发展情况报告如下，请审议。\n"
             "一、发展成效\n9月14日上午，数字经济大会在北京召开，会议强调要出席各方共同推进。\n")


def test_a_reply_to_one_body_and_a_report_to_a_standing_committee_are_no_news():
    for text in (REPLY, COMMITTEE):
        kind, _ = read(text)
        assert kind == "generic", text[:20]


def test_a_press_conferences_speaker_line_is_no_reply():
    # a bureau answering a reporter (市住建局：) on its own line is news, not a reply to a letter
    text = ("我市召开2024年民生实事项目新闻发布会\n2024-03-14 10:20 来源：某市融媒体中心\n"
            "3月14日上午，市政府新闻办召开新闻发布会，副市长张三出席并介绍有关情况。\n记者：今年老旧小区改造有哪些安排？\n"
            "市住建局：\n今年我市计划改造老旧小区120个，惠及居民3万户。\n")
    kind, _ = read(text)
    assert kind == "news"
