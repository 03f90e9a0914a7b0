"""How a plan is told from other documents: its name (分工方案, 行动方案…) in a title line of its
head, and the responsibility annotations its items carry (牵头单位：…, X牵头，Y配合, leader headers)."""
from __future__ import annotations

import re

from loaders.kinds.whole_lists import whole_list
from loaders.reading import portal
from loaders.structure import annotation as ann, items, portfolio, responsibility as resp, unbracketed
from loaders.structure.titles import NUMBERED_LINE, PLAN_SECTION, document_title

_LEAD_FIELD = re.compile(r"(?:牵头负责|牵头|分管|包抓|责任)(?:[省市县区]级?)?领导\s*[：:]|(?:牵头|主办)(?:单位|部门)\s*[：:]|部门分工\s*[：:]|(?:^|[〔（(【。；;])[ \t]*责任(?:单位|部门)\s*[：:]"
                         r"|^[ \t]*(?:河|湖|林|路|田|湾)长\s*[：:]", re.M)     # (a 河长制 list: 河长：…)
# A section header that puts someone in charge of what follows (一、县示范区管委会牵头工作).
_HEADER_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*[^，。；\n]{2,30}?(?:牵头|主抓|负责|分管)的?(?:重点|主要)?(?:工作|任务)[ \t]*(?:[（(][^）)\n]{0,10}[)）])?[ \t。]*$", re.M)
# A division of tasks by its name, or by what it divides: the 政府工作报告's tasks (《政府工作报告》要求重点做好的工作事项).
_DIVISION_NAME = re.compile(r"(?:任务|责任|工作)分工|分工(?:方案|意见|的意见)|(?:任务|责任|目标|工作)分解|任务清单"
                            # key work listed with who answers for it: 重点工作及责任清单, 重点任务责任清单
                            r"|(?:工作|任务)(?:及|和|与)?责任清单"
                            # the problems an inspection found, each with its measures and who puts it right, and leaders
                            # and bureaus each given projects or villages to see through (领导包联责任表, 包保责任分工方案):
                            # the document's name, ending its line (not 落实包保责任, 整改清单销号推进会)
                            r"|(?:整改(?:任务|责任|问题|措施)?清单|(?:包联|包保|包抓|挂点|挂包)[^，。；\n]{0,8}"
                            r"(?:责任表|责任清单|分工表|分工方案|责任分工))(?:表)?》?(?:的通知)?\s*$"
                            # who answers for each river, lake or forest: 省级总河长、副总河长、河长、湖长名单
                            r"|[河湖林路田湾]长[^，。；\n]{0,20}名单"
                            # (or the measures carrying them out, task by task: 《政府工作报告》重点工作任务落实措施)
                            r"|政府工作报告[》〉]?[^，。；\n]{0,12}(?:重点工作|工作事项|工作任务|目标任务)(?:事项|清单|落实措施)?》?(?:的通知)?\s*$", re.M)
# A line of its own that names the document a division of tasks: 2025年县政府工作报告任务清单.
# 重点工作部门分工的意见, a covering notice's last title line (部门分工的意见》的通知) included.
_DIVISION_TITLE = re.compile(r"^[^，。；\n]{0,50}(?:(?:任务|责任|工作|部门)(?:落实)?分工|(?:任务|责任|目标|工作)分解)(?:的?(?:方案|意见)|表)?》?(?:的通知)?$"
                             r"|^[^，。；\n]{2,40}任务清单$"
                             # the verb first: 关于分解落实2022年县政府重点工作任务的通知
                             r"|^[^，。；\n]{0,20}(?:分解|分工)落实\s*[^，。；\n]{0,30}(?:任务|工作|工作报告)》?(?:的通知)?$", re.M)
_ACTION_NAME = re.compile(r"行动方案|实施方案|工作方案|整改方案|(?:推[进進]|整治|治理|[试試][点點]|建[设設]|提升|改造|保障|[专專][项項]|整[顿頓]|防控)方案|若干措施|行动计划|工作计划|工作要点|实施意见|实施细则|三年行动|攻坚方案"
                          # A government's 意见 is a plan of measures too (关于…的意见, 若干意见, 提出如下意见).
                          r"|(?:的|若干|指导)意见\s*$|提出(?:如下|以下)意见"
                          # …工作举措, …若干措施, …若干政策 (and the notice that issues them: 关于印发…举措的通知)
                          r"|(?:举措|措施|若干政策)》?(?:的通知)?\s*$"
                          # a list of the measures, each with who carries it out (扶持政策事项清单, 措施清单)
                          r"|(?:政策|措施|举措)(?:事项)?清单》?(?:的通知)?\s*$", re.M)


# Where a document names itself: its title and covering notice, before its first numbered item
# (1. / 1、), not a task that mentions 任务分解.
_HEAD = 1500
_FIRST_ITEM = re.compile(r"^[^\S\n]*\d{1,3}[.．、﹒](?!\d)", re.M)


def _head(text: str) -> str:
    listed = items.attachments(text, 0, _HEAD)
    m = next((m for m in _FIRST_ITEM.finditer(text, 0, _HEAD) if not any(s <= m.start() < e for s, e in listed)), None)
    return text[:m.start() if m else _HEAD]


def title_lines(text: str) -> str:
    """The lines of a document's head shaped like titles (short, no sentence punctuation), one a
    line: where it says what it is, wherever a portal's boilerplate or an excerpt's cut puts them (never the
    portal's own lines: `without_crumbs`)."""
    lines = [s for ln in without_crumbs(_head(text)).splitlines() if (s := ln.strip())]
    return "\n".join(s for i, s in enumerate(lines) if _title_shaped(s, i))


def title_pairs(text: str) -> list[str]:
    """Two title-shaped lines next to each other in the text, joined: a title wrapped over two lines (2021年国务院
    《政府工作报告》 / 重点工作任务落实措施), never a title and a heading further down (…考核结果的通报 … 考核优秀单位名单)."""
    lines = [s for ln in without_crumbs(_head(text)).splitlines() if (s := ln.strip())]
    return [a + b for i, (a, b) in enumerate(zip(lines, lines[1:])) if _title_shaped(a, i) and _title_shaped(b, i + 1)]


def _title_shaped(line: str, at: int) -> bool:
    # (a headline at the top may close on a cry, …为民办实事项目确定了！: a mark no sentence inside it has; a slogan
    # further down, a question (民生实事项目票决制是什么？) is no title)
    return 4 <= len(line) <= 60 and not SENTENCE_MARK.search(_HEADLINE_CRY.sub("", line) if at < 2 else line)


_HEADLINE_CRY = re.compile(r"[！!]+$")


def without_crumbs(text: str) -> str:
    """A page's text without its portal's breadcrumb (当前位置:首页 > 工作进展) and the column's name it repeats on a
    line of its own below (工作进展): the site's, not the document's; lines kept one a line. (A breadcrumb ending
    with the document's own title, …>> 安徽省人民政府关于…的通知, keeps that title.)"""
    out, crumb = [], ""
    for ln in text.splitlines():
        s = ln.strip()
        if portal.is_boilerplate(s) and _CRUMB.search(s):
            crumb = _CRUMB.split(s)[-1].strip()
            if len(crumb) > _COLUMN_NAME:
                out.append(crumb)
                crumb = ""
            continue
        if not (crumb and s == crumb):
            out.append(ln)
    return "\n".join(out)


_COLUMN_NAME = 10      # (the most characters a portal's column name takes: 政务动态, 工作进展, 政府工作报告)
_CRUMB = re.compile(r"\s*(?:>>|>|»|＞|›)\s*|^\s*" + portal.POSITION_LABEL)


SENTENCE_MARK = re.compile(r"[，。；！？：]")     # (a line holding one is no title; shared with plan_head.py)


def opening(text: str, size: int = 300) -> str:
    """Where a document says what it is at its start: its first `size` characters — or, where its
    first line runs on past them (a page that lost its line breaks), only that line's title: up to
    the first run of spaces or sentence punctuation, not the intro that follows it."""
    head = text[:size]
    if "\n" in head.strip() or len(head) < size:
        return head
    head = head.strip()
    cut = re.search(r"[ \t\u3000]{1,}|[，,。；;：:！？]", head[4:])
    return head[:4 + cut.start()] if cut else head


def _annotations(text: str, bare: bool = True) -> int:
    """How many responsibility annotations a text carries: labelled fields, (X牵头，Y配合), headers;
    with `bare`, also lists of units with no role word."""
    lead_first = resp.convention(text)
    # A list of units with no role word counts where it closes an item: "…。（装备中心、教研室）" at a line's end.
    unlabelled = [u for u in resp.find(text, 0, len(text), lead_first)
                  if u.worded or bare and (lead_first or (text[u.start - 1:u.start] == "。" and text[u.end:u.end + 1] in ("", "\n")))]
    # A bracket whose role word closes a clause (…牵头，…配合) is written as an annotation even where
    # its units cannot all be read: it tells what the document is all the same.
    worded = [b for b in resp.unread(text, 0, len(text), lead_first) if _ROLE_CLAUSE.search(b.text)]
    # A sentence closing a group of projects (上述项目由区教育局牵头负责) answers for two or more.
    return (len(_LEAD_FIELD.findall(text)) + len(unlabelled) + len(worded)
            + 3 * len(_HEADER_LINE.findall(text)) + 2 * len(unbracketed.group_closers(text, lead_first))
            + len(portfolio.body_lines(text))      # (区统计局：负责…, a body a line: a division of work)
            + len(unbracketed.own_lines(text, 0, len(text), lead_first)))     # (由X负责落实 on a line under its item)


_ROLE_CLAUSE = re.compile(r"(?:牵头|配合|协办|主办)\s*[，,；;）)〕\]】]")


def _closing(text: str) -> int:
    """Annotations that close a measure, standing at the end of its line: （X牵头，Y配合）。"""
    lead_first = resp.convention(text)
    spans = [(u.start, u.end) for u in resp.find(text, 0, len(text), lead_first) if u.worded]
    spans += [(b.start, b.end) for b in resp.unread(text, 0, len(text), lead_first) if _ROLE_CLAUSE.search(b.text)]
    closing = sum(1 for _, end in spans if re.match(r"[。；;]?[ \t]*(?:\n|$)", text[end:]))
    # A labelled bracket closing its measure (…。〔责任单位：…〕), or cut by the end of the text.
    pos = 0
    while (a := ann.find(text, pos, len(text))) is not None:
        closing += a.bracketed and (not a.closed or bool(re.match(r"[。；;]?[ \t]*(?:\n|$)", text[a.end:])))
        pos = max(a.end, pos + 1)
    return closing


def worded_annotations(text: str) -> int:
    """Annotations that say who leads or answers for a task in words (牵头单位：…, X牵头，Y配合):
    what no news article or report carries."""
    return _annotations(text, bare=False)


def names_division(titles: str) -> bool:
    """Whether title lines name a division of tasks (任务分工方案, 任务分解责任清单)."""
    return bool(_DIVISION_TITLE.search(titles) or _DIVISION_NAME.search(titles))


def divides_pledges(titles: str, text: str) -> bool:
    """Whether a division divides the 民生实事 alone (2021年重大民生实事项目目标任务责任分解表): a list of
    pledges. Every title line naming a division names them, and the opening names no report or key
    work beside them (关于做好…政府工作报告主要目标任务和为民办实事的通知 divides both)."""
    named = [ln for ln in titles.splitlines() if names_division(ln)]
    return bool(named) and all(_PLEDGE_TITLE.search(ln) for ln in named) and not _REPORT_WORK.search(opening(text))


_REPORT_WORK = re.compile(r"政府工作报告|重点工作|重点任务")


def names_report_work(text: str) -> bool:
    """Whether text names the 政府工作报告's work or key work (重点工作, 重点任务)."""
    return bool(_REPORT_WORK.search(text))


def _titled_action(text: str) -> bool:
    """Whether the title names an action plan and no division (…印发《某三年行动计划（2018-2020年）》)."""
    titles = "\n".join(ln for ln in title_lines(text).splitlines() if not NUMBERED_LINE.match(ln))   # (not 三、责任分工)
    return names_action(titles) and not names_division(titles)


def names_action(titles: str) -> bool:
    """Whether title lines name an action plan (行动方案, 实施方案, 若干措施), not a reply approving one or a request for
    it (关于同意某县智慧城市建设方案的批复, …的请示)."""
    return bool(_ACTION_NAME.search(titles)) and not _ANSWERED.search(titles)


_ANSWERED = re.compile(r"(?:批复|批復|请示|請示)\s*$", re.M)


def score(text: str) -> float:
    """Plans are recognised by their 牵头 annotations, helped by the word 分工 (分工方案, 责任分工)."""
    # (a numbered section, 三、责任分工, is part of a document, not its name; nor is a plan a title explains, 某某解读…分工方案)
    head = "\n".join(ln for ln in _head(text).splitlines() if not NUMBERED_LINE.match(ln) and "解读" not in ln)
    named = 0.4 if _DIVISION_TITLE.search(head) else 0.2 if _DIVISION_NAME.search(head) else 0.0
    if named and (divides_pledges(title_lines(text), text) or _titled_action(text)):
        named = 0.0     # a division of the 民生实事 alone is a list of pledges (named_kind); an action plan's
                        # preamble may name its 责任分工
    return round(min(1.0, 0.8 * min(1.0, _annotations(text) / 5) + named), 3)


def score_action(text: str) -> float:
    """Action plans (行动方案, 实施方案, 若干措施…) carry the same annotations under their own name;
    a document that calls itself a 分工 is a task-division plan."""
    head = _head(text)
    if _DIVISION_NAME.search(head) and not _titled_action(text):
        return 0.0
    if (_PLEDGES.search(title_lines(text)) or plans_pledges(text)) and not carries_out_pledges(text):
        return 0.0      # a government's own 民生实事 set out as a plan (2025年为民实事实施方案) is its list of pledges
    named = bool(_ACTION_NAME.search(head))
    found = _annotations(text)
    # A name alone does not make a plan whose measures say who leads them; with its name, one
    # measure closed by its annotation does (an excerpt, a short plan).
    if found < 2 and not (named and found and _closing(text)):
        return 0.0
    s = round(min(1.0, 0.8 * min(1.0, found / 5) + 0.2 * named), 3)
    # Annotated tasks under no plan's name, no purpose (为…，制定本方案) and no plan's sections (三、主要任务): a list of tasks divided among bodies (a
    # 督办 notice's matters, a list of 实事, a 公示 of projects), which the division plan reads the same — a tie goes to it.
    return s if named or _PURPOSE.search(text[:_NOTICE_OPENING]) or PLAN_SECTION.search(text[:3000]) else round(s - 0.01, 3)


# A plan of measures opens on its purpose or ground and says it makes them (为加快…，结合我市实际，制定如下措施 / 制定本意见;
# 为认真贯彻落实…，根据…; 根据省政府办公厅《…》精神，结合我市实际，现就有关事项通知如下), or says so in a later sentence of its
# opening (当前，…。现就加快推进数字经济发展提出以下措施): its measures are a plan's, however it is named.
_PURPOSE = re.compile(r"^[\s　]*(?:为了?|根据|按照|依据)[^。\n]{4,300}?(?:制定|提出|现就|结合[^。\n]{0,30}实际|根据)"
                      r"|现就[^。\n]{2,60}?(?:提出|制定)(?:如下|以下)", re.M)


# A plan carrying out another body's list (哈尔滨市贯彻落实《新时代幸福龙江建设20件民生实事》工作方案): a plan of measures.
_CARRIES_OUT = re.compile(r"贯彻落实\s*[《〈<“]?[^，。；的\n]{0,30}?实事")     # (not …工作报告确定的为民办实事)


# The sentence by which a plan says it is made (现就2022年民生实事项目制定如下实施方案 / …推动2025年为民实事，特制定本实施方案).
_MADE_HERE = re.compile(r"制定(?:如下|以下|本|此)[^。，,；;\n]{0,12}方案")


def plans_pledges(text: str) -> bool:
    """Whether a plan's opening says it is made for the year's 民生实事 themselves (现就2022年民生实事项目制定如下实施方案;
    …高效推动2025年为民实事，特制定本实施方案): the government's own list of pledges set out as a plan, its title left out.
    (not a notice asking bodies to make plans for them, 针对每项实事，制定…工作方案; nor a plan whose title names a plan of
    its own, 农村供水保障工程实施方案, or whose clause before 制定 names its own work: 为办好民生实事，推进城乡供水一体化，
    特制定本实施方案 serves the pledges, it does not list them)"""
    titles = title_lines(text)
    if names_action(titles) and not _PLEDGES.search(titles):
        return False
    head = text[:_NOTICE_OPENING]
    for m in _MADE_HERE.finditer(head):
        start = max(head.rfind("。", 0, m.start()), head.rfind("\n", 0, m.start())) + 1
        # (the pledges in the clause that makes the plan, or in the one just before it)
        clauses = _CLAUSE.split(head[start:m.start()])
        if _PLEDGES.search("".join(clauses[-2:])):
            return True
    return False


_CLAUSE = re.compile(r"[，,；;]")


def carries_out_pledges(text: str) -> bool:
    """Whether a plan says it carries out another body's list of pledges (贯彻落实《…20件民生实事》工作方案)."""
    return bool(_CARRIES_OUT.search(title_lines(text).replace("\n", "") + "\n" + opening(text)))


# What a people's congress writes on the government's pledges: a 督办报告, 审议意见 or 视察报告 on its
# 民生实事 (or the 重点建议 it supervises) reports how they are going; it is no 政府工作报告.
_PLEDGES = re.compile(r"民生实事|为民办?实事|为群众办实事[”\"」]?(?:重点|民生)?(?:项目|清单|事项)|惠民实事|实事项目|十件实事|重点建议|重点督办建议")
_REVIEW = re.compile(r"督办(?:报告|情况)|审议意见|视察(?:报告|情况)|调研报告|专项监督|监督(?:报告|情况)|满意度测评"
                     r"|办理情况报告的决议|情况报告的决议")


def names_pledges(text: str) -> bool:
    """Whether the document's title lines (or its opening) name a 民生实事 list or its progress."""
    return bool(_PLEDGES.search(title_lines(text)) or _PLEDGES.search(opening(text, 120)))


def congress_review(text: str) -> bool:
    """Whether the document names itself a congress's review of the government's pledges
    (关于民生实事项目办理情况的督办报告, …推进情况的审议意见, …视察报告) in its title lines or opening."""
    first = opening(text)
    titles = title_lines(text)
    # A title broken over its first lines (…会议关于 / …十件民生实事项目 / 办理情况报告的决议) is read whole too.
    head = titles + "\n" + "".join(titles.splitlines()[:4]) + "\n" + first
    return any(_PLEDGES.search(ln) and _REVIEW.search(ln) for ln in head.splitlines()) or bool(
        _REVIEW.search(first) and _PLEDGES.search(first) and "人大" in text[:600])


# A list of pledged projects by its title: 十大惠民实事, 2024年为民实事实施方案, 2024年重点民生实事工作目标任务, 承诺事项.
# (我为群众办实事 is a campaign's name, naming no pledges; its list does: “我为群众办实事”项目清单)
# (or a title ending with the 实事 it issues: 关于印发2014年市政府要完成的与人民生活密切相关的实事的通知)
_PLEDGE_TITLE = re.compile(r"民生实事|为民办?实事|为群众办实事[”\"」]?(?:重点|民生)?(?:项目|清单|事项)|惠民实事|实事项目|[十\d]+(?:大|件|项)(?:民生|惠民|为民)?实事|民生工程|民心工程|承诺事项"
                           r"|实事》?(?:的通知)?\s*$", re.M)


# A body's public pledges, said so where the list opens: 特向社会承诺如下：一、…
_PLEDGE_OPENING = re.compile(r"向社会(?:公开)?(?:作出)?(?:如下)?承诺(?:如下)?[：:]|(?:公开|服务)承诺(?:事项)?如下")


# How far into a text it says what it is: a covering notice's opening, a news piece's lead.
_NOTICE_OPENING = 600
_LEAD = 200
# A covering notice whose opening issues a plan of measures by name, its title left out (现就推动…若干举措通知如下).
# (or issues it by name, whatever its page's column calls it: 现将《…三年行动方案（2024—2026年）》印发你们; or says it
# makes them: 制定如下政策举措)
# A plan also says in its preamble that it is one (…，特制定本实施方案。 制定2015年…推进方案。); a plan's name
# is any 方案 (推进方案, 整治方案) or one of the names of plans of measures.
_PLAN_NAME = r"(?:若干举措|若干措施|方案|行动计划|工作计划|实施意见|实施细则|工作要点)"
_ACTION_OPENING = re.compile(rf"(?:现就|现将)[^。]{{0,60}}{_PLAN_NAME}(?:[（(][^）)\n]{{0,15}}[)）])?[》」]?"
                             r"(?:通知如下|印发给?你们)|制定(?:如下|以下)(?:政策)?(?:举措|措施)"
                             rf"|制定(?:本|此)?[^。，,；;：:\n]{{0,40}}{_PLAN_NAME}。")
# (a plan dividing tasks (现将《…任务分工方案》印发给你们) is a division, read below)
_DIVIDING = re.compile(r"分工|分解")
_ENDS_ACTION = re.compile(r"(?:方案|若干措施|行动计划|工作计划|工作要点|实施意见|实施细则)(?:[（(][^）)\n]{0,15}[)）])?》?(?:的通知)?\s*$")
# An item of a list: numbered (01 alone on its line, a label and its number, 实事一： / 礼包1：), or headed by its project's name (社区党群服务中心建设项目：…).
# (or told with the body that answers for it: 由贺兰县教育体育局负责的中考信息化提升项目)
# (a number in brackets too, (1)建设100所公办幼儿园 / （2）…, as a news dispatch sets the list out)
_LISTED_ITEM = re.compile(r"^\s*(?:0[1-9]\s*$|(?!附件)[\u4e00-\u9fff]{2,4}(?:\d{1,2}|[一二三四五六七八九十]{1,3})[：:]|[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、](?!\d)|[①-⑳]|[^，。：:\n]{2,24}(?:项目|工程|行动)[：:])"
                          r"|由[^，。；;\n]{2,24}负责的[^，。；;\n]{2,30}?项目", re.M)
_DIVIDES = re.compile(r"(?:任务|目标|工作|事项)[^。，,；;]{0,6}(?:分解|分工)(?:[，,]落实到|落实到|落实给|到|给|如下|印发|下达|落实(?:意见|方案)"
                      # … into so many items (将《政府工作报告》部署的工作任务分解为148项)
                      r"|为\d{1,4}项|为[一二三四五六七八九十百]{1,4}项)"
                      r"|现将[^。]{0,20}分解[^。]{0,6}印发")
# A covering notice issuing a division, which may say so after a long preamble: 现将《…分工方案》印发给你们;
# 《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们; …明确了牵头单位、责任部门和责任领导，现予印发.
_ISSUES_DIVISION = re.compile(r"现将\s*《[^》]{0,60}(?:分工|分解)[^》]{0,10}》"
                              r"|《[^》]{0,60}(?:分工|分解)[^》]{0,10}》(?:[（(]以下简称[^）)\n]{0,16}[)）])?[^。《]{0,20}(?:现予?印发|印发给你们)"
                              r"|明确了?[^。]{0,20}(?:牵头|责任)(?:单位|部门|领导)[^。]{0,30}(?:现予以?印发|印发给你们)")
_COVERING = 1500
# Items told one after another in a paragraph (一是…；二是…) and words telling how a pledge stands.
_ENUMERATED = re.compile(r"[一二三四五六七八九十]是")
# … numbered after a colon or a sentence's end in a paragraph (这十件实事是：1.…。2.…; after a vote, …；(2)… too: items.RUN_ON_BRACKETED).
_RUN_ON_ITEM = re.compile(r"(?<=[：:。；;])\s*\d{1,2}[.．、](?!\d)")
STANDING_WORDS = re.compile(r"截[至止]目前|已(?:全部|基本)?(?:完成|完工|建成|竣工|落实)|(?:顺利|正常|有序)推进|超额完成|提前完成|正在(?:推进|实施|建设)"
                            r"|全部(?:办理)?完成|已办结")


def pledges_listed(text: str, headlines: list[str] | None = None) -> bool:
    """Whether the text names the pledged projects where it opens or in its headline, then lists them (十件民生实事项目正式出炉！
    一、…工程; 中梁山街道2024年十件民生实事项目出炉 over its list): the list. `headlines`: its first title lines, if read."""
    if headlines is None:
        headlines = title_lines(text).splitlines()[:3]
    named = _PLEDGE_TITLE.search(text[:_LEAD]) or any(_PLEDGE_TITLE.search(t) for t in headlines)
    head = text[:3000]
    # (items that pledge work, not exhortations: 视察组指出：(1)要加快项目建设进度；(2)要强化资金保障 / 提出如下工作措施：
    # (1)加强组织领导 tell what to do about the pledges, they list none)
    listed = sum(not _exhorts(head[m.end():m.end() + _ITEM_SPAN])
                 for pattern in (_LISTED_ITEM, _ENUMERATED, _RUN_ON_ITEM, *items.voted_run_on(text[:_LEAD])) for m in pattern.finditer(head))
    return bool(named) and (listed >= 2 or _unnumbered_list(head) or whole_list(text))     # (…十件实事是：…；…；…: whole_lists)


# How an exhortation opens (要加快…, 加强组织领导, 压实工作责任, 提高政治站位): what to do, no work pledged — unless it
# names a quantity of work (加快建设安置房2000套).
_EXHORTATION = re.compile(r"\s*(?:要|必须|务必|切实|着力|进一步|加强|强化|加快|压实|抓好|确保|坚持|狠抓|严格|注重|提高[^，。；;\n]{0,4}站位)")
_QUANTITY = re.compile(r"\d|[一二两三四五六七八九十百千万]+(?:个|所|家|处|条|座|套|公里|万|亿|项|名|人|户|间|张|台|辆|次|平方米|亩)")
_ITEM_SPAN = 40


def _exhorts(item: str) -> bool:
    """Whether an item (the text after its number) is an exhortation rather than a piece of pledged work."""
    item = re.split(r"[。；;\n]", item, maxsplit=1)[0]
    return bool(_EXHORTATION.match(item)) and not _QUANTITY.search(item)


# A sentence introducing a list (具体包括：, 分别是：, 如下：) on a line of its own, then the items one a line.
_INTRODUCES = re.compile(r"(?:包括|分别是|分别为|如下|有)[：:]\s*$|^\s*(?:(?:19|20)\d\d年度?)?[十\d]+(?:大|件|项)(?:重点)?(?:民生|惠民|为民)?实事(?:项目)?(?:清单|名单)?\s*$")


def _unnumbered_list(text: str) -> bool:
    """Whether the text lists items one a line without numbers after a line introducing them (具体包括：
    新开工改造城镇老旧小区3011万平方米。 / 建设100个口袋公园。 / …): at least three short lines."""
    lines = text.splitlines()
    for k, line in enumerate(lines):
        if _INTRODUCES.search(line):
            run = 0
            for item in lines[k + 1:k + 12]:
                if not item.strip() or len(item.strip()) > 60 or _INTRODUCES.search(item):
                    break
                run += 1
            if run >= 3:
                return True
    return False


def pledges_reported(text: str) -> bool:
    """Whether a news piece is about the pledged projects themselves: its lead names them (扎实办好"十件民生实事",
    20项民生工程推进落实情况) and the piece lists them or tells how they stand (截至目前…已完成…顺利推进)."""
    headlines = title_lines(text).splitlines()[:3]
    lead = text[:_LEAD] + "\n" + "\n".join(headlines)
    if not (_PLEDGE_TITLE.search(lead) or _PLEDGES.search(lead)):
        return False
    return pledges_listed(text, headlines) or len(STANDING_WORDS.findall(text[:3000])) >= 3


# How far projects have gone, told in figures: 完成投资9.68亿元, 开工率86% / 完工率, 完成年度计划投资的28%, 完成率54%, 占年度投资计划
# 的97.2% (a traditional page's 完成投資, 開工率 too); reached by a date or over months (1—7月，…完成投资 / 今年以来).
_PROGRESS_FIGURE = re.compile(r"完成投[资資]|[开開完竣]工率|完成(?:年度|全年)?[计計][划劃](?:投[资資]|[开開]工)|完成率|占(?:年度|全年)[^，。,\n]{0,4}投[资資]"
                              r"|完成(?:年度|全年)(?:投[资資])?(?:[计計][划劃]|目[标標](?:任[务務])?|任[务務])的?\d")   # (完成年度投资计划的29.1%)


def progress_figures(text: str) -> bool:
    """Whether a text's opening tells how far its projects have gone in figures, three or more times (截至8月中旬，开复工12个，
    开复工率86%，完成投资9.68亿元，完成年度计划投资28%): a report of their progress, whoever wrote it."""
    head = text[:3000]
    # (told as reached by a date, 截至8月中旬 / 目前 / 累计: a plan's targets, 力争开工率达到95%, are not; nor a plan's
    # account of where things stood before it, under a title naming the plan)
    if len(_PROGRESS_FIGURE.findall(head)) < 3 or not _REACHED.search(head):
        return False
    titles = "\n".join(ln for ln in title_lines(text[:400]).splitlines() if not _HEADING.match(ln))
    return not names_action(titles) and not names_division(titles)


# A section's heading among the title lines (一、工作目标, （二）工作措施): no title of the document.
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])")


_REACHED = re.compile(r"截[至止]|目前|累计|累計|今年以来|1\s*(?:[—–-]|至)\s*\d{1,2}\s*月(?:份)?[，,]?[^，。\n]{0,20}?完成")


# A headline saying a body held a meeting (汝南县召开“十件实事”推进会, 大沽街道召开2026年民生实事项目 / 人大代表会商会议):
# news of that meeting, whatever it was about.
# (not a notice convening one: 关于召开…会议的通知)
_CONVENED = re.compile(r"^(?!关于|關於)[^，。,\n]{2,30}(?:召开|举行|召開|舉行)[^，。,\n]{0,30}[会會][^，。,\n]{0,24}(?<!通知)$")


def convened(text: str) -> bool:
    """Whether the text's headline (a title line of its first 400 characters, or two run together where it wraps)
    says a body held a meeting."""
    lines = [ln for ln in title_lines(text[:400]).splitlines() if re.search(r"[\u4e00-\u9fff]", ln)][:5]   # (not ![]())
    return any(_CONVENED.match(ln) for ln in lines + [a + b for a, b in zip(lines, lines[1:])])


def _tells_standing(text: str) -> bool:
    """Whether a list of pledges tells how they stand (截至9月底…超额完成…有序推进…已全部完工), or says all of
    them are done (这10项民心实事全部办理完成; not 确保全部完成): their progress."""
    head = text[:3000]
    return len(STANDING_WORDS.findall(head)) >= 3 or any(not _WILL.search(head, max(0, m.start() - 6), m.start())
                                                  for m in _ALL_DONE.finditer(head))


_ALL_DONE = re.compile(r"(?:已?全部|均已)(?:办理)?(?:完成|办结)")
_WILL = re.compile(r"确保|力争|要|将|争取|计划")


# A title naming a government's key work of a year (关于印发区政府2019年重点工作目标的通知, 立山区政府2023年重点工作,
# 关于切实做好2020年市政府重点工作的通知): the year's tasks set out with who answers for them.
_GOVERNMENT_WORK = re.compile(r"政府\s*20\d\d\s*年度?\s*重[点點]工作|20\d\d\s*年度?\s*[市县縣区區省州旗]?(?:人民)?政府\s*重[点點]工作")


# A title calling for proposals (关于征集2021年为民办实事项目的通知, 民生实事项目征集公告): what is to be listed, not the list.
# (not the call's results, 征集结果出炉, nor a list put out for comment, （征集稿）)
_CALL = re.compile(r"征集(?!结果|稿)[^，。；\n]{0,30}(?:实事|项目|建议)(?![^\n]{0,6}征集(?:结果|稿))"
                   r"|(?:实事|项目)[^，。；\n]{0,6}征集(?!结果|稿)")


def named_kind(text: str) -> str | None:
    """The kind a document gives itself, for one whose items carry nothing kg reads by: a division of
    tasks, a list of pledged projects, or a plan of measures. Its title says so (a portal's 名称 or 标题
    field, a title line, 关于印发…的通知; a title is what it ends with), or its opening does (特向社会承诺
    如下; 现就…若干举措通知如下; 将…任务分解落实到各部门), or it names its pledged projects and lists them.
    None when it says none of them, or when it explains a plan (政策解读) rather than being one."""
    titles = "\n".join((title_lines(text), document_title(text), portal.header(text).fields.get("title", "")))
    issued = _ACTION_OPENING.search(text[:_NOTICE_OPENING])
    if issued and _DIVIDING.search(issued.group()):
        issued = None
    if issued and (_PLEDGE_TITLE.search(issued.group()) or plans_pledges(text)):
        issued = None   # (现将…30项为民实事实施方案印发给你们 issues the pledges: the list, below)
    if ("解读" in titles or "解读" in text[:_LEAD]) and not issued and not portal.addressed(text):
        return None     # a page explaining a plan (政策解读) is not the plan — unless it issues the plan itself, or is the document addressed to its recipients under a link to its 解读
    # (a title wrapped over two lines, 2021年国务院《政府工作报告》 / 重点工作任务落实措施, is read whole too)
    if names_division(titles) or any(names_division(pair) for pair in title_pairs(text)):
        return "commitment_table" if divides_pledges(titles, text) else "division_plan"
    if _GOVERNMENT_WORK.search(titles):
        return "division_plan"      # (the government's key work of the year, each task with who answers: its division)
    # A title is what it ends with: …贯彻落实《20件民生实事》工作方案 is a plan of measures.
    ends_action = any(_ENDS_ACTION.search(ln) for ln in titles.splitlines())
    # …but a plan of the year's 民生实事 themselves (黔江区2025年重点民生实事工作目标任务与实施方案, 为民办实事工作计划) is
    # their list; one carrying out a list it quotes (贯彻落实《20件民生实事》工作方案), and a 民生工程实施方案, are plans.
    ends_action = ends_action and "实事" not in re.sub(r"《[^》\n]*》", "", titles)
    # (a call for the year's pledges to be proposed, 关于征集2021年为民办实事项目的通知, is no list: it asks for one)
    if any(_CALL.search(ln) and _PLEDGE_TITLE.search(ln) for ln in titles.splitlines()):
        return "action_plan" if names_action(titles) or issued else None
    if not ends_action and (_PLEDGE_TITLE.search(titles) or _PLEDGE_OPENING.search(text[:800]) or plans_pledges(text)):
        return "progress_report" if _tells_standing(text) else "commitment_table"
    if names_action(titles) or issued:
        return "action_plan"
    if pledges_listed(text):
        return "progress_report" if _tells_standing(text) else "commitment_table"
    # A covering notice saying it divides the tasks (将…目标和任务分解落实到各县市、各部门; 现将任务责任分解印发):
    # a division, or — where it divides the 民生实事 — a list of pledges.
    first = text[:_NOTICE_OPENING]
    if (m := _DIVIDES.search(first) or _ISSUES_DIVISION.search(text[:_COVERING])) is not None:
        first = text[:max(_NOTICE_OPENING, m.end())]
        # (the sentence saying so and the one before it: what it divides; the 十件实事 a report's division
        # names further on are among its tasks)
        s = first.rfind("。", 0, first.rfind("。", 0, m.start()))
        said = first[s + 1:first.find("。", m.end()) if "。" in first[m.end():] else len(first)]
        return "commitment_table" if _PLEDGES.search(said) else "division_plan"
    return None

