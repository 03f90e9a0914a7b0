"""Cues to a document's kind that neither its annotations nor its title give: how a news page shows itself where it
has no dateline kg read (the outlet's name and the date under its headline, a dateline naming its place, a party of
officials out on a day, a body's account of the measures it took); how a division of tasks shows itself where its
table lost its rows (a task's fields one label a line, each over its value; each project given a leader of its own);
and how a report of progress does with no title (the 议案 and 建议 handed to a body all dealt with; the tasks set for
a place told how they stand; the problems found tallied put right; items told reaching the year's target); how news
shows itself with no dateline (a party arriving where it went, an occasion and a body's activity for it, a headline
telling an official's inspection: `visit_headline`); and how a rule does (articles opening their lines, `in_articles`;
a title naming a system or procedure, `names_rule`: no plan, no list of pledges).

`press`, `event_told`, `measures_told`, `tasks_standing`, `rectification_tallied` and `against_target` feed
prose.score_news (the last three progress_report's score too); `told_kind` is what registry.choose and prose.parse
read for a document no kind scored: plan_detection.named_kind, or what these cues say."""
from __future__ import annotations

import re

from loaders.kinds.congress_papers import issued_plan
from loaders.kinds.plan_detection import STANDING_WORDS, named_kind, title_lines
from loaders.kinds.self_description import (development_plan, made_here, passes_on, plan_preamble, plan_sections,
                                            reports_standing, standing_headline)
from loaders.reading.column_labels import label_kind
from loaders.recognisers.official_names import name_problem

# ---- news ---------------------------------------------------------------------

# A news site's or paper's name and the day, on a line of the page's head (林业 农业 时政 东北网 2017-04-06; 南方日报
# 2019年3月5日): an outlet's page under its headline. (a government's portal, 中国政府网 2020-01-01, publishes
# documents: no outlet)
_OUTLET_DATED = re.compile(r"^[^\n]{0,30}?[\u4e00-\u9fff]{1,10}(?<!政府)(?<!门户)(?:网|日报|晚报|都市报|电视台|广播电视台)"
                           r"[ \t\u3000]+(?:20|19)\d\d\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}", re.M)
_HEAD_LINES = 300
# A dateline naming the place or the outlet the dispatch comes from, opening its paragraph (旌德讯近日，…; 某县融媒讯
# （记者 王芳）3月12日…): the press's own mark (a 报讯 / 网讯 / 台讯 prose._REPORTER reads already). (not 通讯员, 资讯：)
# (an outlet and its app joined by a dash open it too: 华龙网-新重庆客户端讯(通讯员 …), 某某日报·某某新闻讯)
_PLACE_DATELINE = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff]{2,10}[-－—·•][ \t]*)?[\u4e00-\u9fff]{2,10}(?<!资|通|快|简)讯"
                             r"(?=[ \t\u3000（(]|近日|日前|\d|昨|今日|今天|记者)", re.M)


def press(head: str) -> bool:
    """Whether a page's head names the outlet that ran it beside the day it ran, or opens a paragraph on a dateline."""
    return bool(_OUTLET_DATED.search(head[:_HEAD_LINES]) or _PLACE_DATELINE.search(head))


# A party of officials out on a day (…站长陶圣坤等一行五人，于4月1日清晨7:00深入到我镇所辖南阳林场): an event told.
# (a plan sends no party on a day of its own: it says what they are to do, 每月深入…)
_PARTY_OUT = re.compile(r"一行(?:[一二三四五六七八九十\d]{1,3}人)?[，,]?[ \t]*(?:于|在)?(?:(?:20|19)\d\d年)?\d{1,2}月\d{1,2}日"
                        r"[^。\n]{0,16}?(?:深入|来到|前往|赶赴|赴|到)")


# …or a party told arriving where it went, day or no day (…副镇长李滨一行来到城关镇敬老院; 陈镒一行首先前往…): the party
# at the place. (a plan's 一行一策 / 银行一行 sends no one: the party is a named one's, 一行 after a name or a post)
_PARTY_ARRIVES = re.compile(r"[\u4e00-\u9fff]{2}一行(?:人)?[，,]?(?:首先|先后|随后|还|又|专程)?(?:来到|前往|走进|赶赴|莅临|深入到?)")
# An occasion opening the lead, then a body holding its activity in the same sentence (新春佳节来临之际，…，城关镇组织开展了
# 岁寒送温暖活动。 / 在…之际，新城镇开展春节前走访慰问困难群众活动): an event told. (a notice deciding or calling for one,
# 决定开展 / 要开展 / 将于…举办, or going on to its arrangements, …活动，现将有关事项通知如下, tells none)
_OCCASION_ACTIVITY = re.compile(r"^(?:[^。！\n]{2,16}[。！])?[^。\n]{0,30}?(?:之际|前夕|来临|到来)[，,][^。\n]{0,80}?"
                                r"(?:镇|乡|县|区|市|街道|社区|局|委|办|中心|所|站)(?:党委|政府|人大|机关)?"
                                r"(?![^。\n]{0,12}?(?:决定|要|将|拟|应|请|计划))[^。\n]{0,12}?"
                                r"(?:组织)?(?:开展|举办|举行)了?[^。\n]{0,30}?活动(?![^。\n]{0,40}?(?:如下|通知|方案))", re.M)


# With no post before it, a name goes straight on to the visit or to where it went (郑建忠督查…; 张三一行到某镇调研; 李四在某村
# 察看…); words between that tell no going are no name's (金秋十月察看丰收: a season, not an official).
_GOING = r"(?:一行|带队|率队|到|赴|深入|在|前往|来到)"
# A headline telling an official going to see for himself (郑建忠督查设市两周年重点项目进展情况; 副市长王建平检查城建项目; 张三一行
# 到某镇调研): news of the visit, whatever progress it names — never a report, a notice or a plan named so (…督查情况通报).
_POST = r"(?:书记|省长|市长|县长|区长|州长|旗长|镇长|乡长|主任|主席|部长|局长|厅长|秘书长)"
_VISIT_HEADLINE = re.compile(rf"^([^，。\s]{{0,12}}?{_POST})?([\u4e00-\u9fff]{{2,3}}?)(?(1)(?:一行|带队|率队)?(?:到|赴|深入)?[^，。\n]{{0,14}}?"
                             rf"|(?:{_GOING}[^，。\n]{{0,14}}?)?)"
                             r"(?:督查|督导|调研|检查|视察|察看|考察|看望|慰问|暗访)(?![^\n]*(?:通报|报告|方案|通知|办法)\s*$)")


def visit_headline(text: str) -> bool:
    """Whether one of a text's first title lines opens on an official's name, or a post and a name, then tells the official
    going to inspect, research or visit (督查, 调研, 检查, 看望…)."""
    for line in title_lines(text[:400]).splitlines()[:3]:
        m = _VISIT_HEADLINE.match(line.strip())
        if m and not name_problem(m.group(2)):
            return True
    return False


def event_told(head: str) -> bool:
    """Whether a text's opening tells of a party of officials going out on a given day or arriving where it went, or
    opens on an occasion and a body holding its activity for it."""
    return bool(_PARTY_OUT.search(head[:600]) or _PARTY_ARRIVES.search(head[:600])
                or _OCCASION_ACTIVITY.search(head[:400]))


# A body's account of what it did, opening the text: its name, then the measures it took (采取多项措施, 多措并举) and
# what they secured (榆垡镇结合…，采取多项措施，确保国庆70周年维稳工作取得实效。), the measures told after it
# (一是…二是…). A plan says what is to be done, under its own name; this is the body's news of itself.
_MEASURES_TAKEN = re.compile(r"\A\s*[\u4e00-\u9fff]{2,10}(?:镇|乡|县|区|市|局|街道|委|办)(?![^。\n]{0,60}?(?:要|将|应当))"
                             r"[^。\n]{0,60}?(?:采取(?:了)?(?:多项|一系列|有力|[一二三四五六七八九十]+项)措施|多措并举)[，,]"
                             r"[^。\n]{0,40}?(?:确保|推动|保障|助力)[^。\n]{0,40}。")
_ENUMERATED = re.compile(r"^\s*[一二三四五六七八九十]是", re.M)


def measures_told(text: str) -> bool:
    """Whether a text opens on a body's account of the measures it took, then tells them (一是…, 二是…), under no title."""
    return bool(_MEASURES_TAKEN.search(text)) and len(_ENUMERATED.findall(text[:4000])) >= 2


# ---- a document retold -------------------------------------------------------

# A lead telling that a body has issued a document, by its name (日前，某市政府印发《…工作方案》; 近日，…出台《…任务清单》), and
# a body going on to retell it in the third person (《任务清单》要求 / 方案提到 / 通知明确 / 从方案中获悉): news about the
# document, which never names itself so (it says 本方案, 本通知), not the document.
_ISSUED_LEAD = re.compile(r"(?:日前|近日|近期|最近|\d{1,2}月\d{1,2}日|今年\d{1,2}月)[^。\n]{0,40}?(?:印发|出台|下发|发布|公布)了?"
                          r"[^。\n]{0,8}?《[^》\n]{4,60}》")
_RETOLD = re.compile(r"(?:《[^》\n]{2,30}》|(?<![本此])(?:该)?(?:方案|通知|清单|意见|办法|计划|规划|文件|措施))"
                     r"(?:中)?(?:要求|提到|提出|明确|指出|强调|规定|显示|还提出|还明确)|从(?:该)?(?:方案|通知|清单|意见|文件|计划)中?(?:获悉|了解到)")


def document_retold(text: str) -> bool:
    """Whether a text's lead tells a document issued (日前…印发《…》) and the text retells it as another's twice or more."""
    return bool(_ISSUED_LEAD.search(text[:600])) and len(_RETOLD.findall(text[:4000])) >= 2


# ---- rectification tallied ----------------------------------------------------

# How many of the problems an inspection or an audit found are put right, told in figures (完成整改38个，正在整改20个;
# 已完成整改74件，整改完成率为49%; 已整改到位15个): a report of how the rectification stands, whoever tells it. (a plan's aim,
# 确保按期完成整改 / 整改完成率达到100%, tallies nothing: the figure follows, as things stand, not a target)
_RECTIFIED = re.compile(r"(?:完成整改|整改完成|整改到位|正在整改|销号)[^，。；;\n]{0,3}?\d+(?:\.\d+)?\s*(?:个|件|项|条|家|处)"
                        r"|整改完成率(?:为|是|达)?\s*\d+(?:\.\d+)?%")
_AIMED = re.compile(r"确保|力争|达到|争取|要")


def rectification_tallied(text: str) -> bool:
    """Whether a text's opening tallies the problems put right twice or more (完成整改38个 / 整改完成率为49%), not as an aim."""
    head = text[:3000]
    return sum(not _AIMED.search(head, max(0, m.start() - 4), m.start()) and not _AIMED.search(m.group())
               for m in _RECTIFIED.finditer(head)) >= 2


# ---- progress against the year's target -----------------------------------------

# Items told as having reached the year's target, or a share of it (34个子项已完成年度目标任务; 超额完成4.7万批次的年度目标任务;
# 累计完成投资513亿元，为年计划的105.9%; 占年度计划的76%): a report of how they stand, whoever tells it. (a plan's aim,
# 确保…完成年度目标任务 / 力争完成全年任务, reaches nothing)
_AGAINST_TARGET = re.compile(r"完成(?:了)?[^，。；;\n]{0,14}?(?:年度|全年)(?:目标)?(?:任务|计划)|(?:为|占|达到)(?:年|年度|全年)(?:计划|目标任务?)的?\d")
_AIMS = re.compile(r"确保|力争|争取|要|将|务必|计划|目标是|必须")


def against_target(text: str) -> bool:
    """Whether a text's opening tells items reaching the year's target, or a share of it, twice or more, not as an aim."""
    head = text[:3000]
    return sum(not _AIMS.search(head, max(0, m.start() - 12), m.start()) for m in _AGAINST_TARGET.finditer(head)) >= 2


# ---- a rule ------------------------------------------------------------------

# Articles opening their lines (第一条 为了…, 第二条 本细则适用于…): a rule's, never a plan of measures', which numbers
# its measures 一、（一）1.
_ARTICLE = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}条(?=[ \t\u3000　]|[\u4e00-\u9fff])", re.M)


# A rule's first chapter, its general provisions, a line of its own (第一章 总则), then its first article: a rule cut short.
_GENERAL_PROVISIONS = re.compile(r"^[ \t\u3000]*第一章[ \t\u3000]*总[则則][ \t\u3000]*$", re.M)


def in_articles(text: str) -> bool:
    """Whether a text's first pages are set out in articles, two or more opening their lines, or one under the first
    chapter's 总则: a rule."""
    found = len(_ARTICLE.findall(text[:3000]))
    return found >= 2 or found >= 1 and bool(_GENERAL_PROVISIONS.search(text[:3000]))


# A title naming a system, a procedure or a rule (关于健全重点事项公开承诺制度的通知, 民生实事项目管理办法, 为民办实事工作机制):
# how pledges are to be made and kept, not the pledges.
_RULE_TITLE = re.compile(r"(?:制度|办法|规定|细则|机制|条例|规则)(?:[（(]试行[)）])?[》」]?(?:的通知)?\s*$")


def names_rule(text: str) -> bool:
    """Whether a title line of a text's head names a system, a procedure or a rule."""
    return any(_RULE_TITLE.search(ln) for ln in title_lines(text[:400]).splitlines()[:3])


# ---- a division of tasks whose table lost its rows ----------------------------

# (the most lines a field's value takes before the next label: a task's text may wrap)
_VALUE_LINES = 3


def field_lines(text: str) -> str:
    """The task's label (具体任务, 实事项目) where a task's fields stand one label a line, each over its value (具体任务 /
    全面落实… / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 / 完成时限 / 1月底前完成): a row of a division's table written out,
    the task, who leads or answers for it and by when; else "". A flattened table's header (its labels one after
    another, then the rows) is no such record."""
    lines = [ln.strip() for ln in text[:3000].splitlines() if ln.strip()]
    kinds = [label_kind(ln) if len(ln) <= 8 else (None, None) for ln in lines]
    labelled = {k: kinds[k] for k in range(len(lines) - 1) if kinds[k][0] and not kinds[k + 1][0]}
    whats = {what for what, _ in labelled.values()}
    if "task" in whats and "unit" in whats and len(set(labelled.values())) >= 3:
        return next(lines[k] for k, (what, _) in labelled.items() if what == "task")
    return ""


# A task's label naming a pledge (实事项目, 承诺事项): the row of a list of pledges.
_PLEDGE_LABEL = re.compile(r"实事|承诺")


# A notice giving each project or task a leader of its own (每个项目确定一位区领导; 实行区领导联系协调制, 县级领导包联制): the
# projects divided among the leaders who see them through, whatever table follows lost its lines.
_LEADER_EACH = re.compile(r"(?:每个|每项|每一个|每一项)(?:重大|重点)?(?:项目|任务|工程)[^。，,\n]{0,6}(?:确定|明确|落实|安排)(?:一[位名个])?"
                          r"[^。，,\n]{0,8}领导|领导(?:联系|包联|包抓|挂点)(?:协调)?(?:推进)?(?:责任)?制")


def leader_each(text: str) -> bool:
    """Whether a text gives each of its projects or tasks a leader of its own, in its first pages."""
    return bool(_LEADER_EACH.search(text[:6000]))


# ---- an account of matters handled ---------------------------------------------

# The matters a congress or a 政协 hands a body to deal with (议案, 建议, 提案), said all dealt with (11件人大议案已经全部
# 圆满完成, 办结了所有接办的人大议案、建议): a body's account of how it handled them — not a plan's 确保全部办结.
_HANDED = re.compile(r"议案|建议|提案")
_ALL_HANDLED = re.compile(r"(?:议案|建议|提案)[^。，,\n]{0,12}?(?:已经?|均已)(?:全部)?(?:圆满)?(?:完成|办结|办复|答复)"
                          r"|办结了?(?:所有|全部)[^。\n]{0,12}(?:议案|建议|提案)")
_WILL = re.compile(r"确保|力争|要|将|争取|务必|应当?")


def matters_handled(text: str) -> bool:
    """Whether a text tells that the 议案 / 建议 / 提案 handed to a body are all dealt with, in two sentences or more."""
    head = text[:3000]
    done = [m for m in _ALL_HANDLED.finditer(head) if not _WILL.search(head, max(0, m.start() - 8), m.start())]
    return len(done) >= 2 and len(_HANDED.findall(head)) >= 4


# ---- how tasks set for a place stand ------------------------------------------------

# Tasks set from above or divided among bodies (市委、市政府下达…目标总任务数为1716套，县政府已划分到单位; 分解下达任务), then
# told three times or more how they stand (目前，房产局已建成66套…已完成…): a report of their progress, whoever wrote it.
_TASKS_SET = re.compile(r"(?:下达|分解|划分到|分配到?)[^。\n]{0,30}?任务|任务数")


def tasks_standing(text: str) -> bool:
    """Whether a text names tasks set for it and tells how they stand (plan_detection.STANDING_WORDS) three times or more."""
    head = text[:3000]
    return bool(_TASKS_SET.search(head)) and len(STANDING_WORDS.findall(head)) >= 3


def told_kind(text: str) -> str | None:
    """The kind a document no kind scored tells of itself: the one its title or opening names (plan_detection.named_kind;
    self_description: a development plan, a plan's sentence making it, a headline telling the pledges done); a division whose task's fields stand a label a line (a list of pledges, under a pledge's label) or which gives each
    project a leader; or a report of the matters a body handled."""
    if issued_plan(text):
        return "action_plan"        # (关于印发2022年国民经济和社会发展计划的通知: the plan issued, congress_papers)
    named = named_kind(text)
    if named == "action_plan" and (in_articles(text) or passes_on(text)):
        return None     # (a 实施细则 or 办法 set out in articles is a rule, whatever its title calls it; a notice carrying
                        # out another body's 实施意见 by its quoted name gives requirements of its own, it is not the plan)
    if named in ("commitment_table", "progress_report") and names_rule(text):
        return None     # (a notice setting up how pledges are made and kept lists none)
    if named in ("commitment_table", None) and reports_standing(text) \
            or named == "commitment_table" and standing_headline(text):
        return "progress_report"    # (延安完成“十大民生实事”年度任务; 关于…民生实事半年度实施情况的报告: how the pledges stand)
    if named:
        return named
    if (development_plan(text) or made_here(text) or plan_sections(text) or plan_preamble(text)) and not in_articles(text):
        return "action_plan"        # (…第十四个五年规划纲要; …，提出如下实施意见。; 一、总体要求 / （一）指导思想。; 编制《…纲要》…第一章)
    if label := field_lines(text):
        return "commitment_table" if _PLEDGE_LABEL.search(label) else "division_plan"
    if leader_each(text):
        return "division_plan"
    if matters_handled(text):
        return "progress_report"
    return None
