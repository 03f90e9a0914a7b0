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


def test_a_topic_heading_below_a_meetings_lead_is_not_the_documents_title():
    # a title stands above the body: 关于… after the lead paragraph is the meeting's first topic, not an official
    # document's title (the news page is not a notice)
    from loaders.structure.titles import document_title
    page = ("我县召开县人民政府第13次常务会议\n来源：县融媒体中心 2022-10-13 08:48\n"
            "10月13日，县委副书记、县长张三主持召开县人民政府第13次常务会议，县政府常务会议全体组成人员参加，"
            "政府办等相关单位负责人列席会议。\n关于城区供水管网改造项目建设工作\n会议指出，城区供水管网改造关系群众切身利益。"
            "会议强调，要加快推进项目建设。\n")
    assert document_title(page) == ""
    kind, _ = read(page)
    assert kind == "news"
    # (a covering notice's sentence hands out the plan whose title stands below it)
    covering = ("各乡镇人民政府，县直各有关单位：\n《某县促进专业镇高质量发展实施方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。\n"
                "某县人民政府办公室\n2023年9月25日\n某县促进专业镇高质量发展实施方案\n为促进全县专业镇发展，特制定本实施方案。\n")
    assert document_title(covering) == "某县促进专业镇高质量发展实施方案"


def test_a_reply_to_a_school_or_a_firm_is_an_official_document_not_news():
    from loaders.kinds.prose import _official_document
    page = ("某某大学：\n《关于报送〈交通强国建设某某大学试点实施方案〉的函》（大函〔2022〕38号）收悉。经研究，主要意见回复如下：\n"
            "一、原则同意在城市公共交通智能化技术研究等方面开展试点。请进一步完善试点实施方案，细化试点任务。\n"
            "二、加强对试点工作的组织领导，建立健全试点工作推进机制，明确责任分工。\n"
            "交通运输部\n2022年4月12日\n")
    assert _official_document(page)
    kind, _ = read(page)
    assert kind != "news"


def test_a_speakers_words_telling_of_a_approval_are_no_reply_letter():
    from loaders.kinds.prose import _official_document
    assert not _official_document("市发展改革委主任张三介绍：\n今年以来，我市共有12个项目获得省发展改革委批复，总投资50亿元。\n")
    assert not _official_document("会议听取了：\n关于某项目获省生态环境厅批复情况的汇报。\n")


def test_a_decree_or_a_plan_handed_down_keeps_its_title_and_a_news_leads_mention_of_a_notice_does_not():
    from loaders.structure.titles import document_title
    assert document_title("某市人民政府令\n第35号\n《某市城市生活垃圾分类管理办法》已经2023年5月6日市人民政府第12次常务会议通过，"
                          "现予公布，自2023年7月1日起施行。\n市长  张三\n2023年5月20日\n某市城市生活垃圾分类管理办法\n") \
        == "某市城市生活垃圾分类管理办法"
    assert document_title("各街道办事处，区政府各部门：\n为进一步优化营商环境，区政府制定了行动方案，现将方案下达给你们，请认真组织实施。\n"
                          "某区人民政府\n2023年3月1日\n某区优化营商环境三年行动方案\n") == "某区优化营商环境三年行动方案"
    assert document_title("我县召开县政府常务会议\n10月13日，县长张三主持召开常务会议，传达学习省政府办公厅印发的有关文件精神，"
                          "研究部署有关工作。\n关于城区供水管网改造项目建设工作\n会议指出，要加快建设。\n") == ""


def test_a_table_of_tasks_titled_for_their_completion_with_a_column_for_it_reports_progress():
    # A flattened table (one cell a line) under a title saying it sums up how the year's tasks were done, with a
    # column of how each was done: a progress report, though its cells tell the work in prose, with no 已/目前.
    head = "2023年度区政府绩效任务全年完成情况汇总表\n\n序号\n\n任务名称\n\n年度任务及目标\n\n{}\n\n"
    rows = ("1\n\n老旧小区改造\n\n完成老旧小区综合整治20个\n\n区住建委统筹推进老旧小区综合整治，"
            "聚焦居民急难愁盼问题，同步推进加装电梯和适老化改造。\n\n"
            "2\n\n学前教育扩容\n\n新增普惠性学位1000个\n\n区教委通过新建、改扩建幼儿园扩大普惠性资源供给，"
            "同步加强师资队伍建设。\n")
    assert read(head.format("全年完成情况") + rows)[0] == "progress_report"
    # The same table with no column of how the tasks went is none.
    assert read(head.format("备注").replace("完成情况汇总表", "安排表") + rows)[0] != "progress_report"
