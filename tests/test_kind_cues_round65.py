"""Round 65: documents kg read as the wrong kind on pages it had not seen (kind_cues, plan_detection.progress_figures,
prose's lead and official-document cues). Each text is a few lines written for the rule it tests."""
from __future__ import annotations

from loaders import registry
from loaders.kinds import kind_cues
from loaders.kinds.plan_detection import progress_figures
from loaders.reading.source import from_bytes


def _kind(text: str) -> str:
    doc = from_bytes(text.encode("utf-8"), "round65.txt")
    loader, why = registry.choose(doc)
    if loader.kind == registry.GENERIC and kind_cues.told_kind(text):
        return kind_cues.told_kind(text)
    return loader.kind


# ---- how far projects have gone, in figures: 完工率, a share of the year's investment, over months -------------------

_MONTHS_FIGURES = (
    "近日，从某市重点项目办获悉，1—9月，全市重点项目完成投资52.3亿元，占年度计划投资的81.2%。\n"
    "据了解，今年共安排重点项目120个，总投资300亿元。\n"
    "今年以来，某某小学等48个项目已完工，完工率40%；某某医院等110个项目实现开工，开工率91.7%。\n")


def test_progress_told_over_months_with_completion_rates():
    assert progress_figures(_MONTHS_FIGURES)
    assert _kind(_MONTHS_FIGURES) == "progress_report"


def test_a_plans_targets_are_no_progress():
    plan = ("某市重点项目建设实施方案\n一、工作目标\n全年完成投资60亿元，力争开工率达到95%，完工率达到50%，"
            "占年度计划投资的比例逐季提高。\n二、工作措施\n（一）加强调度。\n")
    assert not progress_figures(plan)


# ---- a rule set out in articles ---------------------------------------------------------------------------------

_RULES_IN_ARTICLES = (
    "关于印发《某市农村人居环境整治责任制实施细则》的通知\n"
    "各区县人民政府，市政府各部门：\n现将《某市农村人居环境整治责任制实施细则》印发给你们，请认真遵照执行。\n"
    "某市人民政府办公室\n2024年3月1日\n"
    "某市农村人居环境整治责任制实施细则\n第一章 总则\n"
    "第一条 为了落实农村人居环境整治责任制，结合本市实际，制定本细则。\n"
    "第二条 本细则适用于本市各级党委、政府及其有关部门。\n"
    "第三条 市农业农村局负责统筹协调全市农村人居环境整治工作。\n")


def test_a_detailed_rule_in_articles_is_no_plan_of_measures():
    assert kind_cues.in_articles(_RULES_IN_ARTICLES)
    assert kind_cues.told_kind(_RULES_IN_ARTICLES) is None


def test_a_plan_numbering_its_measures_is_still_a_plan():
    plan = ("某县稳定经济增长实施细则\n为稳定经济增长，结合本县实际，制定如下实施细则。\n"
            "一、支持企业纾困\n（一）减免房租。对承租国有房屋的小微企业减免3个月租金。\n")
    assert not kind_cues.in_articles(plan)
    assert kind_cues.told_kind(plan) == "action_plan"


_LAW_SITE_RULE = (
    "某市建筑垃圾管理规定\n\n作者:法律资料网 时间:2024-05-10 10:20:30   浏览:3120\n\n某市建筑垃圾管理规定\n\n"
    "  第一条为加强建筑垃圾管理，维护市容环境卫生，根据有关法规，制定本规定。\n\n"
    "  第二条凡在本市辖区内产生、运输、处置建筑垃圾的单位，均应遵守本规定。\n\n"
    "  第三条市城市管理部门负责建筑垃圾的监督管理，并组织检查。各区政府应加强领导。\n")


def test_a_rule_under_a_sites_dated_header_is_no_news():
    assert _kind(_LAW_SITE_RULE) == "generic"


# ---- a notice setting up how pledges are made is no list of them -----------------------------------------------

_PLEDGE_SYSTEM = (
    "某市人民政府办公室关于健全重点事项公开承诺制度的通知\n"
    "各县（市、区）人民政府，市府直属各单位：\n为促进重点工作落实，现就健全重点事项公开承诺制度通知如下：\n"
    "一、承诺事项的范围\n承诺事项原则上为《政府工作报告》确定的重点工作。\n"
    "二、基本原则\n（一）公开透明原则。承诺事项的目标、措施和结果要依法公开。\n")


def test_a_pledge_system_notice_lists_no_pledges():
    assert kind_cues.names_rule(_PLEDGE_SYSTEM)
    assert kind_cues.told_kind(_PLEDGE_SYSTEM) is None


# ---- news told without a dateline ---------------------------------------------------------------------------------

_PARTY_ARRIVES = (
    "为把关怀送到群众身边，某镇组织开展了冬日送温暖活动。\n"
    "镇党委书记张某某、镇长李某某一行来到镇敬老院，为老人们送去棉被和米油，详细询问老人们的饮食起居。\n"
    "随后，张某某来到困难群众王某家中，了解其家庭收入和身体状况。\n")


def test_a_party_arriving_where_it_went_is_news():
    assert kind_cues.event_told(_PARTY_ARRIVES)
    assert _kind(_PARTY_ARRIVES) == "news"


_OCCASION = (
    "岁末寒冬，情暖人心。在元旦来临之际，某街道开展“冬日暖阳”走访慰问活动，为辖区困难家庭送去节日问候。\n"
    "活动中，街道班子成员分别走进社区，与困难群众拉家常、问冷暖，送上慰问品和慰问金。\n"
    "此次活动共走访慰问困难群众80余户。\n")


def test_an_occasion_and_a_bodys_activity_is_news():
    assert kind_cues.event_told(_OCCASION)
    assert _kind(_OCCASION) == "news"


def test_a_notice_deciding_an_activity_tells_no_event():
    notice = "在元旦来临之际，某街道决定开展“冬日暖阳”走访慰问活动，现将有关事项通知如下：\n一、活动时间\n"
    assert not kind_cues.event_told(notice)


_OCCASION_DATED = (
    "在春节即将来临之际，为了让基层群众感受到党和政府的温暖，1月20日下午，某镇镇长刘某某带队开展走访慰问活动。\n"
    "刘某某首先看望了镇派出所的值班民警，随后走访了退役军人和低保户，送上慰问品。\n")


def test_an_occasion_before_the_day_still_leads_a_news_piece():
    assert _kind(_OCCASION_DATED) == "news"


# ---- a headline telling an official's visit ---------------------------------------------------------------------

_VISIT = (
    "王建国督查全县重点项目进展情况\n\n"
    "5月8日上午，县委书记王建国带队督查全县重点项目建设进展情况，县领导李明、赵强参加督查。\n"
    "王建国一行先后来到产业园标准厂房、城南污水处理厂等项目工地，详细了解项目进展，目前厂房主体已完工。\n"
    "王建国强调，各部门要紧盯时间节点，确保项目按期建成。\n")


def test_a_headline_telling_an_officials_inspection_is_news():
    assert kind_cues.visit_headline(_VISIT)
    assert _kind(_VISIT) == "news"


def test_an_inspections_bulletin_is_no_visit():
    bulletin = "县政府督查室关于重点项目督查情况的通报\n各乡镇、县直各部门：\n现将督查情况通报如下：\n"
    assert not kind_cues.visit_headline(bulletin)
    assert not kind_cues.visit_headline("专项督查工作情况通报\n")
