"""How a document names itself (session 19, kinds): a development plan by its title, a plan by the sentence making it, a
notice passing another body's plan on, a headline telling the tasks stand, a day-only news lead, a covering notice issuing
a 分工方案 with its short name, and a news page's pledges under a heading or numbered 01, 02. Texts written for the tests."""
from __future__ import annotations

from loaders.kinds import kind_cues, plan_detection, prose


def test_a_five_year_plan_by_its_title_is_a_plan_of_measures():
    text = ("某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n前  言\n\n"
            "“十四五”时期是我县开启全面建设社会主义现代化新征程的第一个五年。本纲要主要阐明县委战略意图。\n")
    assert kind_cues.told_kind(text) == "action_plan"


def test_a_notice_issuing_a_plan_named_over_wrapped_lines_is_the_plan():
    text = ("某某省人民政府办公厅关于印发\n某某省“十四五”产业协调发展规划的通知\n\n某政办发〔2022〕9号\n\n"
            "各州、市人民政府，省直各委、办、厅、局：\n\n《某某省“十四五”产业协调发展规划》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n")
    assert kind_cues.told_kind(text) == "action_plan"


def test_a_portals_subject_path_names_no_plan():
    text = "索 引 号：000014349/2018-00224\n主题分类：\n城乡建设、环境保护\\城市规划\n国务院关于某新区总体规划（2018—2035年）的批复\n"
    assert kind_cues.told_kind(text) != "action_plan"


def test_a_headline_about_a_plan_names_no_plan():
    text = "县政府常务会议审议“十四五”规划\n\n会议由县长主持，听取了有关情况汇报，研究了下一步工作。\n"
    assert kind_cues.told_kind(text) != "action_plan"


def test_the_sentence_making_the_document_a_plan():
    text = ("某政字〔2022〕12号\n各市人民政府，省政府各部门：\n为加快建设科技强省，进一步强化人才支撑作用，提出如下实施意见。\n"
            "一、总体要求\n")
    assert kind_cues.told_kind(text) == "action_plan"
    # (a meeting telling what it proposed is no plan)
    said = "会议指出，要加强组织领导。会议提出如下意见：一是抓好落实；二是加强督查。\n"
    assert kind_cues.told_kind(said) is None


def test_a_plan_making_itself_under_a_portal_editor_line_is_no_news():
    text = ("某某省贯彻落实督察组督察报告整改方案\n2020-10-19 10:59 来源： 某某省人民政府网 编辑： 王某某 【字体：打印\n\n"
            "为全面贯彻落实党中央关于生态环境保护督察的决策部署，根据督察报告有关要求，制定本整改方案。\n\n一、总体要求\n\n"
            "（一）指导思想\n\n坚持问题导向，逐项明确整改目标、责任单位和完成时限。\n")
    assert prose.score_news(text) < 0.3
    assert kind_cues.told_kind(text) == "action_plan"


def test_a_notice_carrying_out_another_bodys_plan_is_not_the_plan():
    text = ("贯彻落实省政府办公厅《关于健全森林保护补偿机制的实施意见》的通知\n各县（市）、区人民政府，市政府各部门：\n"
            "省政府办公厅印发了《关于健全森林保护补偿机制的实施意见》，请你们结合实际，认真抓好贯彻落实。\n"
            "一、要强化组织领导，推动工作开展\n")
    assert kind_cues.told_kind(text) is None
    issued = text.replace("贯彻落实省政府办公厅《", "关于印发《", 1)
    assert kind_cues.told_kind(issued) == "action_plan"


def test_a_headline_telling_the_pledges_done_is_their_progress():
    text = ("某市完成“十大民生实事”年度任务\n\n2月22日，记者从某市新闻发布会上获悉：2023年，某市办好“十大民生实事”。\n"
            "1.新改扩建幼儿园4所，新增学位1170个。\n2.新建改建校园食堂21个。\n")
    assert kind_cues.told_kind(text) == "progress_report"
    news = ("上半年政府重点工作任务进展顺利\n\n本报8月9日讯（记者 李某）近日，市政府派出5个督查组进行现场督查。"
            "从督查情况看，各项工作有序推进。\n")
    assert prose.score_news(news) < 0.3
    # (another article's headline in the paper's list of the day's headlines tells nothing of this one)
    paper = ("市政府与某公司签订战略合作协议\n上半年政府重点工作任务进展顺利\n\n市政府与某公司签订战略合作协议\n\n"
             "本报8月9日讯（记者 李某）8月8日，市政府与某公司签订战略合作协议，市长张某出席签约仪式并讲话。\n")
    from loaders.kinds import self_description
    assert not self_description.standing_headline(paper)
    assert self_description.standing_headline(news)


def test_a_news_lead_opening_on_the_day_alone():
    text = ("29日上午，区委副书记、区长王某某主持召开区政府第十九次常务会议，研究部署下一阶段工作。\n"
            "会议传达学习了上级有关会议精神，并提出贯彻意见。\n")
    assert prose.score_news(text) >= 0.3


def test_a_covering_notice_issuing_a_division_by_its_short_name():
    text = ("各州、市人民政府，省直各委、办、厅、局：\n\n为贯彻落实国务院办公厅有关要求，省政府办公厅提出的《某某省贯彻落实"
            "2017年政务公开工作要点分工方案》（以下简称《方案》）已经省人民政府同意，现印发给你们，并提出以下要求，请认真贯彻执行。\n")
    assert plan_detection.named_kind(text) == "division_plan"


def test_pledges_listed_under_their_heading_or_numbered_01():
    headed = ("2月1日，某区人大会议票决产生了2024年度十大民生实事。\n据悉，区政府将认真抓好工作落实。\n十大民生实事项目\n"
              "万名居家长者乐享智慧养老\n10个滨江生态公园建设\n30个河湖水库水质明显提升\n5万人入住公共租赁住房\n")
    assert plan_detection.pledges_listed(headed)
    numbered = ("今天，人大代表投票表决，选出了10件2021年某区人民政府民生实事项目。\n01\n住房保障项目\n开工建设安置房60万平方米。\n"
                "02\n居住改善项目\n完成老旧小区综合改造提升15万平方米。\n")
    assert plan_detection.named_kind(numbered) == "commitment_table"


def test_a_pages_back_to_top_link_is_no_ministry():
    from graph import schema
    assert schema.is_nationwide_body("工业和信息化部")
    assert not schema.is_nationwide_body("返回顶部")


def test_a_rule_under_a_back_to_top_link_is_placed_by_its_title():
    from pathlib import Path
    from loaders.reading.source import from_bytes
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.kinds import report_meta
    text = ("返回顶部\n\n佛坪县人民政府工作规则\n\n  • 发文字号：\n\n    佛政发〔2023〕5号\n\n佛坪县人民政府工作规则\n\n第一章总则\n\n"
            "一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，结合本县实际，制定本规则。\n")
    doc = from_bytes(text.encode("utf-8"), str(Path("rule.txt")))
    meta = report_meta.read(doc, default_lexicon(), "generic")
    assert meta.place is not None and meta.place.key.endswith("佛坪县")


def test_a_text_set_out_in_a_plans_own_parts_is_a_plan():
    text = (" 一、总体要求\n （一）指导思想。以新发展理念为指导，规范融资担保基金运作。\n （二）基本原则。\n 聚焦主业。担保机构要以小微企业业务为主业。\n"
            " 二、聚焦主业\n （三）明确支持范围。担保机构要合理界定服务对象范围。\n")
    assert kind_cues.told_kind(text) == "action_plan"
    # (a notice's requirements under numbers are no plan's parts)
    notice = "一、要强化组织领导，推动工作开展\n各级各部门要列入重要议事日程。\n二、加强督促检查\n市政府将适时督查。\n"
    assert kind_cues.told_kind(notice) is None
    pilot = ("一、总体要求\n各部门遴选产品开展准入试点。\n二、工作目标\n通过试点引导企业加强能力建设。\n三、组织实施\n"
             "四、保障措施\n各地加强监督管理。\n")
    from loaders.kinds import self_description
    assert not self_description.plan_sections(pilot)


def test_a_notice_dividing_the_reports_tasks_then_handing_them_out():
    text = ("某某市人民政府\n关于做好2013年经济社会发展重点工作的通知\n某政〔2013〕2号\n各县（市、区）人民政府，市人民政府各部门：\n"
            "为推进重点工作落实，现将市人大会议《政府工作报告》提出的2013年重点工作任务予以分解，落实到相关责任单位。\n")
    assert plan_detection.named_kind(text) == "division_plan"


def test_a_report_quoted_by_its_title_in_news_is_no_byline():
    text = ("1月5日上午，县政府召开第三次全体（扩大）会议。县委常委、常务副县长张某某主持会议。\n"
            "会上，县政府办公室副主任汇报了《李某某在某县第十六届人民代表大会第二次会议上的政府工作报告》有关情况。\n"
            "最后，县长李某某在讲话中对2012年工作进行了回顾，并提出了具体要求。\n")
    assert prose.score_news(text) > prose.score_report(text)


def test_pledges_listed_each_under_a_label_and_its_number():
    text = ("2022年某省十件民生实事出炉\n\n今天上午，省人大会议开幕，2022年省十件民生实事正式出炉。\n\n"
            "实事1：增加公办学位约50万个\n\n新建、改扩建一批公办中小学。\n\n实事2：提高困难群众生活救助水平\n\n城乡低保标准再提高。\n")
    assert plan_detection.pledges_listed(text)
    # (an annex's number is no item)
    annexed = "2022年某省十件民生实事出炉\n附件1：项目表\n附件2：责任表\n"
    assert not plan_detection.pledges_listed(annexed)
