"""Kinds told by conventions the once-blind pages of fifteen provinces showed kg missing (helper kind12), each rule on a
few lines written for it: the year's 国民经济和社会发展计划 and its execution report, laid before a congress, are read as
a work report; a report made public or sent as a letter (现将…整改情况公开如下 / 函告如下, …整改情况的函) reports how things
stand; a project's progress against its year's plan (完成年度投资计划的29.1%) is a progress figure; rectification
tallied (完成整改38个，正在整改20个; 整改完成率) reports how the rectification stands; a dispatch's dateline may name its
outlet and its app joined by a dash (某某网-某某客户端讯); and pledges listed run on in one paragraph, each numbered in
brackets ((1)…；(2)…), are listed."""
from __future__ import annotations

from loaders.kinds import kind_cues, plan_detection
from tests.test_layouts_written import read


# ---- the year's plan and its execution report, laid before a congress --------------------------------------

def test_the_years_plan_laid_before_a_congress_is_read_as_a_work_report():
    text = ("某省2023年国民经济和社会发展计划\n"
            "发布时间：2023-03-06\n\n"
            "一、2022年国民经济和社会发展计划执行情况\n\n"
            "2022年，全省上下坚持稳中求进工作总基调，省人大审议批准的计划主要预期目标较好完成。\n"
            "二、2023年经济社会发展的主要目标\n\n地区生产总值增长5%以上。\n")
    assert read(text)[0] == "work_report"


def test_a_half_years_plan_execution_report_to_the_standing_committee_is_a_work_report():
    text = ("关于某市2020年国民经济和社会发展计划上半年执行情况的报告\n\n"
            "——2020年7月29日在某市第十五届人民代表大会常务委员会第二十三次会议上\n\n"
            "某市发展和改革委员会主任 张某\n\n"
            "主任、各位副主任、秘书长、各位委员：\n\n"
            "我受市人民政府委托，向市人大常委会报告本市国民经济和社会发展计划上半年执行情况。\n"
            "一、上半年计划执行情况\n截至6月底，全市完成固定资产投资860亿元，完成年度计划的48%，已开工项目120个，"
            "正在推进项目40个，累计完成投资比一季度明显提高。\n")
    assert read(text)[0] == "work_report"


def test_a_half_years_plan_report_with_no_session_by_line_tells_how_the_plan_stands():
    text = ("某区人民政府关于2022上半年国民经济和社会发展计划执行情况的报告\n时间：2022-08-29 09:54\n主任、各位副主任、各位委员：\n\n"
            "我受区人民政府委托，向区人大常委会会议作2022上半年国民经济和社会发展计划执行情况的报告。\n\n"
            "一、上半年经济社会发展基本情况\n今年以来，全区地区生产总值完成537.95亿元，增长6%，已完成年度目标的48%。\n")
    assert read(text)[0] != "work_report"


def test_the_plan_report_is_placed_and_titled_by_its_own_title():
    text = ("关于河北省2020年国民经济和社会发展计划上半年执行情况的报告\n\n"
            "——2020年7月29日在河北省第十三届人民代表大会常务委员会第十八次会议上\n\n"
            "主任、各位副主任、秘书长、各位委员：\n\n"
            "我受省人民政府委托，向省人大常委会报告国民经济和社会发展计划上半年执行情况。\n")
    kind, ex = read(text)
    assert kind == "work_report"
    assert ex.document.region == "河北省"
    assert ex.document.title == "关于河北省2020年国民经济和社会发展计划上半年执行情况的报告"
    # (the issuer before 关于, nothing between 关于 and the year: the issuer's place)
    issued = text.replace("关于河北省2020年国民经济", "河北省人民政府关于2020上半年国民经济").replace("计划上半年执行", "计划执行")
    assert read(issued)[1].document.region == "河北省"


def test_a_notice_issuing_the_years_plan_or_news_of_its_review_is_no_report():
    notice = ("关于下达某县2023年国民经济和社会发展计划的通知\n\n各乡镇人民政府，县政府各部门：\n"
              "《某县2023年国民经济和社会发展计划》已经县十七届人大二次会议审议批准，现下达给你们，请认真组织实施。\n")
    assert read(notice)[0] != "work_report"
    news = ("市人大常委会审议国民经济和社会发展计划执行情况的报告\n\n"
            "本报讯（记者 王某）7月29日，市人大常委会召开会议，审议市政府关于国民经济和社会发展计划上半年执行情况的报告。"
            "市人大常委会主任李某主持会议并讲话。\n")
    assert read(news)[0] == "news"


# ---- a report made public, or sent as a letter --------------------------------------------------------------

def test_rectification_made_public_is_a_report_of_how_it_stands():
    text = ("某省要闻\n\n某省贯彻落实中央生态环境保护督察反馈意见问题整改情况\n\n"
            "来源：某省人民政府          2020-04-27 14:53:31\n\n"
            "2018年10月，督察组向我省反馈了督察意见。截至2020年3月底，反馈的40个问题已完成整改25个。"
            "现将反馈意见问题整改情况公开如下。\n\n一、主要做法\n省委、省政府高度重视，召开会议专题研究部署整改工作。\n")
    assert read(text)[0] == "progress_report"


def test_a_letter_reporting_how_audit_findings_stand_is_a_progress_report():
    text = ("某市人民政府关于2022年专项审计调查发现问题整改情况的函\n"
            "自治区审计厅：\n"
            "根据专项审计调查报告要求，我市高度重视，立即组织相关单位推进整改。现将整改情况函告如下：\n"
            "一、总体情况\n审计发现问题共12个，均已采取措施整改。\n"
            "二、具体整改情况\n（一）部分年度指标未完成。\n该问题已完成整改。\n")
    assert read(text)[0] == "progress_report"
    # (its title says so alone, the sentence reporting lost: what an audit found, put right, told in a letter)
    assert read(text.replace("现将整改情况函告如下：", ""))[0] == "progress_report"
    # (a letter asking for something, 关于商请…的函, reports nothing)
    asking = text.replace("整改情况的函", "有关事项的函").replace("现将整改情况函告如下", "现商请如下")
    assert read(asking)[0] != "progress_report"


# ---- progress against the year's plan --------------------------------------------------------------------------

def test_progress_against_the_years_plan_is_told_in_figures():
    text = ("今年以来，某市全力推进重大项目建设。\n"
            "（一）省重大项目进展\n截至5月底，20个省重大新建项目已开工14个。1—5月份，30个省重大实施项目完成投资134.6亿元，"
            "完成年度计划的52.9%，高于序时进度11.2个百分点。\n"
            "（二）市重大项目进展\n截至5月底，市重大项目完成年度目标的57.9%，高于序时进度16.2个百分点。\n")
    assert plan_detection.progress_figures(text)
    assert read(text)[0] == "progress_report"
    # (a plan's targets for the year, 力争完成年度计划的100%, tell no progress)
    planned = ("某市2024年重大项目建设实施方案\n一、工作目标\n力争全年重大项目完成年度计划的100%，完成年度目标的110%，"
               "完成年度投资计划的105%。\n")
    assert not plan_detection.progress_figures(planned)


# ---- rectification tallied ---------------------------------------------------------------------------------------

def test_rectification_tallied_is_a_report_of_how_it_stands():
    text = ("某市已完成环保督察整改30件\n\n"
            "督察组进驻后，我市收到信访举报问题。截至8月18日，已累计收到转办件200件，已完成整改30件，整改完成率为15%。"
            "市委书记带头现场督办了20件。下一步，我市将全力推进整改。\n")
    assert kind_cues.rectification_tallied(text)
    assert read(text)[0] == "progress_report"
    # (a plan asking for rectification to be done, 确保按期完成整改, tallies nothing)
    plan = ("某县督察反馈问题整改方案\n一、目标\n确保反馈问题按期完成整改，整改完成率达到100%。\n二、措施\n"
            "（一）压实责任。\n")
    assert not kind_cues.rectification_tallied(plan)


# ---- a dispatch's dateline naming outlet and app --------------------------------------------------------------------

def test_a_dateline_naming_outlet_and_app_joined_by_a_dash_is_the_press():
    text = ("某区建立镇街工作联席会议制度\n"
            "某某网-新某某客户端讯(通讯员 王某)6月9日，某区镇街工作联席会议第一次会议召开。\n"
            "据了解，联席会议由区委常委担任召集人，每季度召开一次全体会议。\n")
    assert kind_cues.press(text)
    assert read(text)[0] == "news"


# ---- pledges run on, each numbered in brackets -----------------------------------------------------------------------

def test_pledges_run_on_in_one_paragraph_numbered_in_brackets_are_listed():
    text = ("3月6日，某市第十五届人民代表大会第七次会议公布了2021年某市民生实事项目票决结果。分别是：\n"
            "(1)老旧小区改造工程改造17个老旧小区；(2)学前教育2021年建成20所公办幼儿园；(3)农村公路建设新建改建农村公路100公里；"
            "(4)健身设施完成65个点位社区全民健身设施建设。\n")
    assert plan_detection.pledges_listed(text)
    assert read(text)[0] == "commitment_table"
    # (a session's news quoting the work report's pledges, no vote told, is news of the report: as before)
    quoted = ("5月10日上午，某县第十七届人民代表大会第五次会议隆重开幕，县长张某向大会作《政府工作报告》。《报告》指出，县政府将重点抓好"
              "15件民生实事。分别是：(1)加快建设县医院迁建项目。(2)开工新建西环路。(3)完成新安大道一期工程。\n")
    assert not plan_detection.pledges_listed(quoted)


# ---- a portal's link to the document's 解读 over the document itself ----------------------------------------------

def test_a_page_linking_to_its_documents_explanation_is_the_document_addressed_to_its_recipients():
    page = ("首页 > 政务公开 > 政策文件\n\n部门解读：\n\n关于《某区人民政府办公室关于做好2024年度民生实事工作的通知》 政策解读\n\n"
            "[ 发文字号 ] 某府办发〔2024〕6号\n\n某区人民政府办公室关于做好2024年全区民生实事工作的通知\n\n"
            "各街道办事处，各乡镇人民政府，区政府各部门，有关单位：\n\n"
            "为办好惠民利民实事，经区政府同意，现就做好2024年度全区民生实事有关事宜通知如下：\n"
            "一、提高政治站位\n各乡镇（街道）、区级有关部门要高度重视民生实事办理工作。\n")
    assert plan_detection.named_kind(page) == "commitment_table"
    # (the explanation itself, addressed to no one, is still no list)
    explained = ("关于《某区2024年民生实事工作的通知》的政策解读\n\n一、起草背景\n为办好民生实事，区政府办公室起草了通知。\n"
                 "二、主要内容\n通知明确了民生实事办理的要求。\n")
    assert plan_detection.named_kind(explained) is None


# ---- news retelling a document issued ----------------------------------------------------------------------------

def test_news_retelling_a_document_issued_is_news_not_the_document():
    text = ("某市细化今年320项重点任务\n"
            "某市人民政府日前出台《2022年市政府工作报告重点任务清单》，今年的重点工作被细化为320项任务，各项任务均明确了主责单位。\n"
            "《任务清单》要求，全力做好赛会服务保障，加强场馆运行和城市运行有序衔接。\n"
            "《任务清单》提到，统筹抓好疫情防控，严格闭环管理界面管控。\n"
            "同时，落实遗产战略计划和场馆赛后利用计划。\n")
    assert kind_cues.document_retold(text)
    assert read(text)[0] == "news"
    # (the document itself, saying 本清单 of itself, retells nothing)
    own = ("某市2022年市政府工作报告重点任务清单\n本清单要求，全力做好赛会服务保障。\n本清单明确，统筹抓好疫情防控。\n")
    assert not kind_cues.document_retold(own)


# ---- a rule's general provisions -----------------------------------------------------------------------------------

def test_a_rule_cut_after_its_general_provisions_first_article_is_a_rule():
    text = ("某区人民政府办公室关于印发某区城市精细化管理实施细则的通知\n\n各街道办事处，区级各部门：\n"
            "《某区城市精细化管理实施细则》已经区政府常务会审议通过，现印发你们，请认真遵照执行。\n\n"
            "某区城市精细化管理实施细则\n\n第一章 总则\n\n"
            "第一条 为进一步提升我区城市精细化管理水平，结合我区实际，制定本实施细则。\n")
    assert kind_cues.in_articles(text)
    assert read(text)[0] == "generic"
    # (a plan's 第一条 alone, no 总则 over it, is not yet a rule)
    assert not kind_cues.in_articles("某县行动方案\n一、目标\n第一条措施是加强领导。\n")


# ---- 为民实事, the pledges' other name ----------------------------------------------------------------------------

def test_a_plan_of_the_years_为民实事_is_their_list():
    text = ("某市人民政府办公厅关于印发2024年为民实事实施方案的通知\n\n各区、县人民政府，市人民政府各工作部门：\n\n"
            "经市政府同意，现将2024年十个方面30项为民实事实施方案印发给你们，请认真组织实施。\n\n一、为民实事主要任务\n\n"
            "（一）交通出行方面\n\n1.开通运营地铁线路。开通运营地铁8号线。\n\n2.新开调整公交线路。新开、调整公交线路80条。\n")
    assert plan_detection.named_kind(text) == "commitment_table"
    # (a plan carrying out another body's 为民实事 by their quoted name stays a plan)
    carried = ("某市人民政府办公厅关于印发贯彻落实《全省为民实事》工作方案的通知\n\n各区、县人民政府，市人民政府各工作部门：\n\n"
               "现将《某市贯彻落实〈全省为民实事〉工作方案》印发给你们，请认真组织实施。\n\n一、工作目标\n\n"
               "（一）加强组织领导。\n\n（二）强化督查考核。\n")
    assert plan_detection.named_kind(carried) == "action_plan"
