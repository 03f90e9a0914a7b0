"""Guards for review 19b's kind misfires: a campaign's name (我为群众办实事) names no pledges; a two-line title is two
lines adjacent in the text; a question is no title; a call's results are no call; a portal mailbox answering is no
interview; a news story about last month's hotline is no progress report; the 〈〉 form of a division's name."""
from loaders.kinds import plan_detection, progress_report, prose
from tests.test_layouts_written import read

CAMPAIGN_PLAN = ("关于在全县开展“我为群众办实事”实践活动的实施方案\n"
                 "各乡镇党委、县直各单位党组（党委）：\n"
                 "为深入贯彻落实党史学习教育部署要求，扎实开展“我为群众办实事”实践活动，结合我县实际，制定本方案。\n"
                 "一、总体要求\n以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心的发展思想。\n"
                 "二、主要任务\n（一）开展走访调研。各级党组织要深入基层，广泛听取群众意见。\n"
                 "（二）建立问题清单。各单位要梳理群众急难愁盼问题，建立工作台账。\n"
                 "三、工作要求\n各单位要高度重视，主要负责同志要亲自抓。\n")


def test_the_campaigns_name_alone_names_no_pledges():
    assert read(CAMPAIGN_PLAN)[0] == "action_plan"
    news = ("县交通运输局扎实开展“我为群众办实事”实践活动\n"
            "6月3日上午，县交通运输局组织党员干部深入城关镇开展“我为群众办实事”志愿服务活动。\n"
            "活动中，党员志愿者为群众讲解交通安全知识，发放宣传资料300余份。\n"
            "县交通运输局局长王建国表示，将把实践活动同推进交通运输中心工作结合起来。\n")
    assert read(news)[0] != "commitment_table"
    news2 = ("我为群众办实事丨县医院开展义诊进社区活动\n"
             "近日，县人民医院组织10余名专家走进城北社区，开展“我为群众办实事”义诊活动，为居民免费测量血压、血糖。\n"
             "据了解，此次义诊共服务群众200余人次，发放健康宣传资料500余份。\n")
    assert read(news2)[0] != "commitment_table"
    news3 = ("“我为群众办实事”在行动｜县人社局送岗位进乡村\n"
             "近日，县人社局在河口镇举办招聘活动，20家企业提供岗位300余个。\n")
    assert plan_detection.named_kind(news3) != "commitment_table"
    # (a title naming the list itself still names the pledges)
    assert plan_detection._PLEDGE_TITLE.search("某县2021年“我为群众办实事”项目清单")
    assert plan_detection._PLEDGES.search("累计征集“我为群众办实事”重点项目10项")


def test_a_two_line_title_is_two_lines_adjacent_in_the_text():
    text = ("关于2023年度河长制湖长制工作考核结果的通报\n"
            "各乡镇人民政府，县河长制成员单位：\n"
            "根据《某县河长制湖长制工作考核办法》，县河长办组织对各乡镇2023年度河长制湖长制工作进行了考核。现将考核结果通报如下：\n"
            "考核优秀单位名单\n城关镇、河口镇、石桥乡\n考核良好单位名单\n新城镇、东岭乡\n")
    assert plan_detection.named_kind(text) != "division_plan"
    assert read(text)[0] != "division_plan"
    # (still: a title wrapped over two adjacent lines names a division)
    assert plan_detection.named_kind("2021年国务院《政府工作报告》\n重点工作任务落实措施\n一、稳增长。（责任单位：县发改局）\n") \
        == "division_plan"


def test_a_question_is_no_title():
    qa = ("政策问答\n民生实事项目票决制是什么？\n为什么要实行票决制？\n"
          "问：什么是民生实事项目票决制？\n答：民生实事项目票决制是指由人大代表投票表决确定政府民生实事项目的制度。\n"
          "问：票决制有什么好处？\n答：能够更好地体现民意。\n")
    assert read(qa)[0] != "commitment_table"
    assert "票决制是什么" not in plan_detection.title_lines(qa)
    slogans = ("县交通运输局：农村公路通到家门口\n党史学习教育见行动！\n我为群众办实事！\n"
               "今年以来，县交通运输局聚焦群众出行难题，新建改建农村公路30公里，惠及群众2万余人。\n"
               "“路修好了，农产品运出去方便多了。”村民王大爷说。\n")
    assert read(slogans)[0] != "commitment_table"
    # (a headline at the top closing on its cry is still a title)
    assert "十件民生实事项目确定了" in plan_detection.title_lines("我县2023年十件民生实事项目确定了！\n近日，县人大票决产生十件民生实事。\n")


def test_a_calls_results_are_no_call():
    text = ("2022年县政府民生实事项目征集结果出炉\n"
            "经广泛征集、梳理论证，县人大常委会票决，确定2022年十件民生实事项目如下：\n"
            "一、新建城东幼儿园1所，县教育局负责。\n二、改造老旧小区5个，县住建局负责。\n"
            "三、新建农村公路30公里，县交通运输局负责。\n")
    assert read(text)[0] == "commitment_table"
    assert not plan_detection._CALL.search("关于公布2022年民生实事项目征集结果的通知")
    assert not plan_detection._CALL.search("某县2023年民生实事项目（征集稿）")
    assert plan_detection._CALL.search("关于征集2021年为民办实事项目的通知")
    assert plan_detection._CALL.search("某县2024年民生实事项目征集公告")


def test_a_portal_mailbox_answering_is_no_interview():
    text = ("县长信箱\n问：我是城东社区居民，请问城东幼儿园什么时候能开园？\n"
            "县长信箱答：您好！城东幼儿园是我县今年十件民生实事之一，目前主体工程已完工，正在进行内部装修，预计9月1日开园。\n")
    assert not prose._INTERVIEW.search(text)
    assert not prose._INTERVIEW.search("问：我家门口路灯坏了，什么时候修？\n市长热线答：已转市城管局办理。\n")
    assert not prose._INTERVIEW.search("问：补贴什么时候发放？\n县长办公室答：预计本月底发放。\n")
    assert prose._INTERVIEW.search("问：项目进展如何？\n县长张三答：已全部完工。\n")


def test_news_of_last_months_hotline_is_no_progress_report():
    text = ("上月我市12345热线受理群众诉求3.2万件\n"
            "上月，全市12345热线共受理群众诉求32156件，已全部办结，办结率100%，群众满意率98%。\n"
            "“我们将进一步提升热线服务质量。”市政务服务中心主任李强说。\n")
    assert read(text)[0] != "progress_report"
    assert not progress_report._PERIOD_TALLY.search("上月，全市12345热线共受理群众诉求32156件")
    assert progress_report._PERIOD_TALLY.search("本周，我县共办理网民诉求事项145件")


def test_the_angle_bracket_form_names_a_division():
    assert plan_detection._DIVISION_NAME.search("关于印发〈2021年政府工作报告〉重点工作任务落实措施的通知")
    assert plan_detection._DIVISION_NAME.search("〈政府工作报告〉重点工作任务清单")
    assert not plan_detection._DIVISION_NAME.search("认真落实〈政府工作报告〉重点工作任务，推动发展")
