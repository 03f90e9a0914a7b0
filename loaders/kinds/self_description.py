"""What a document calls itself where plan_detection.named_kind reads nothing, and what a notice passing on another body's
plan is: how Chinese government documents name themselves in their titles and the sentence that makes them.

- `development_plan`: a title naming a development plan (…国民经济和社会发展第十四个五年规划纲要, 关于印发云南省“十四五”区域
  协调发展规划的通知, …国土空间总体规划（2021—2035年）): a plan of measures, however long its preamble.
- `made_here`: the sentence by which a document makes itself, in its opening (…，提出如下实施意见。 / …，制定本整改方案。):
  a plan of measures, whatever portal header (来源：… 编辑：…) stands over it — no news piece says 本方案 of itself.
- `plan_sections`: a text set out in a plan's own parts, two or more headings among 总体要求, 指导思想, 基本原则, 主要目标,
  主要任务, 保障措施 (一、总体要求 / （一）指导思想。 / （二）基本原则。): a plan of measures where its title was cut off.
- `passes_on`: a title passing another body's plan on (贯彻落实省政府办公厅《关于…的实施意见》的通知): the plan's name stands
  only in the quotation; the notice gives its own requirements, it is not the plan.
- `standing_headline`: a headline saying the tasks, projects or pledges stand done or going well (上半年政府重点工作任务
  进展顺利, 延安完成“十大民生实事”年度任务): a report of their progress, not their list.
- `plan_preamble`: a development plan's preamble naming the plan it is as drawn up (…，编制《某市国民经济和社会发展“十四五”规划
  和二〇三五年远景目标纲要》，主要阐明…; 科学编制实施《…规划（2021-2025年）》…), its chapters following: the plan, title cut off.
- `reports_standing`: a report titled by how pledges, projects, tasks or the problems found stand (关于…民生实事半年度实施情况的
  报告, 《…惠民项目建设情况的报告》摘要, …审计查出问题整改情况的报告): a report of their progress, not their list.
"""
from __future__ import annotations

import re

from loaders.kinds.plan_detection import names_action, title_lines, title_pairs
from loaders.structure.titles import NUMBERED_LINE, document_title

# A title ending with the plan it is or issues (…规划, …规划纲要, …规划（2021—2035年）, 关于印发…规划的通知); a section's
# heading (三、加强规划, 第一篇 …) is none.
_PLAN_END = re.compile(r"(?:规划|纲要)(?:[（(][^）)\n]{0,15}[)）])?[》」”\"]?(?:的通知)?$")
# …or naming the five-year plan, whatever the end of its line lost (…第十四个五年规划纲要和二〇三五年远景目标纲要).
_FIVE_YEAR = re.compile(r"第[一二三四五六七八九十]{1,3}个五年规划(?:纲要)?(?:和|与)?[^，。；\n]{0,20}?(?:远景目标)?(?:纲要?)?$")
# (a headline telling of a plan, 常务会议审议“十四五”规划; a call to draft or comment on one; a review of one: no plan)
_ABOUT_PLAN = re.compile(r"召开|审议|研究|讨论|听取|调研|解读|编制|征求|评估|通过|批复|请示|公示|答记者问")
_SECTION = re.compile(r"\s*(?:第[一二三四五六七八九十百]+[篇章节条部]|[一二三四五六七八九十]+[、.．]|[（(])")


def _titles(text: str) -> list[str]:
    lines = title_lines(text).splitlines() + title_pairs(text) + [document_title(text)]
    return [ln.strip() for ln in lines if ln.strip() and not NUMBERED_LINE.match(ln) and not _SECTION.match(ln)]


def development_plan(text: str) -> bool:
    """Whether a title line of the text names a development plan (…规划, …规划纲要, …第十四个五年规划…)."""
    return any((_PLAN_END.search(ln) and len(ln) >= 6 or _FIVE_YEAR.search(ln)) and not _ABOUT_PLAN.search(ln)
               and not _FILED.search(ln) for ln in _titles(text))


# (a portal's subject filed under a path, 城乡建设、环境保护\城市规划, names no document)
_FILED = re.compile(r"[\\/|]")


# The document making itself: 提出如下意见 / 现提出以下实施意见 / 制定本方案 / 特制定本整改方案 / 制定本计划.
# (a sentence of its own: a meeting's 提出如下意见：一是… tells what was said; a rule's 制定本办法 is no plan's)
_MADE = re.compile(r"提出(?:如下|以下)(?:实施|指导)?意见。|(?:特|现)?制定本[\u4e00-\u9fff]{0,8}?(?:方案|意见|措施|计划|要点)。")
_OPENING = 1500


def made_here(text: str) -> bool:
    """Whether the text's opening has the sentence making it a plan of measures (提出如下意见, 制定本方案)."""
    return bool(_MADE.search(text[:_OPENING]))


# A development plan's preamble naming the plan by its quoted name as drawn up (编制《…规划和二〇三五年远景目标纲要》; 科学编制实施
# 《…规划（2021-2025年）》), in its opening, and the plan's chapters or parts opening their lines (第一章 …, 第一篇 …): the plan
# itself. (a report telling a plan put in hand, 启动编制《…规划》, sets out no chapters of it)
_DRAWN_UP = re.compile(r"编制(?:实施)?《[^》\n]{2,80}?(?:规划|纲要)(?:[（(][^）)\n]{0,20}[)）])?》")
_CHAPTER = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]{1,3}[章篇]", re.M)


def plan_preamble(text: str) -> bool:
    """Whether a text opens on a development plan's preamble naming it as drawn up, its chapters following."""
    return bool(_DRAWN_UP.search(text[:800]) and _CHAPTER.search(text[:4000]))


# A plan's own parts, each heading a line of its own under its number (一、总体要求, （一）指导思想。, 四、保障措施).
_PART = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[ \t]*"
                   r"(总体要求|指导思想|基本原则|(?:主要|工作|发展)目标|(?:主要|重点)任务|保障措施)[。．.：:]?[ \t]*$", re.M)


def plan_sections(text: str) -> bool:
    """Whether the text's first pages are set out in two or more of a plan's own parts, one of them its thinking, its
    principles or its tasks (指导思想, 基本原则, 主要任务): a notice of a pilot's or a recall's procedure has its 总体要求,
    工作目标 and 保障措施 too."""
    parts = {m.group(1) for m in _PART.finditer(text[:6000])}
    return len(parts) >= 2 and bool(parts & _PLANS_OWN)


_PLANS_OWN = {"指导思想", "基本原则", "主要任务", "重点任务"}


# A notice carrying out another body's document by its quoted name (贯彻落实…《…实施意见》的通知), not issuing it.
_PASSES_ON = re.compile(r"^(?:关于)?(?:认真|进一步|切实)?(?:贯彻|落实|学习)[^《\n]{0,30}《[^》\n]{4,80}》(?:精神)?的通知$")


def passes_on(text: str) -> bool:
    """Whether a title passes another body's plan on: 贯彻落实《X实施意见》的通知, the plan's name only inside the quotation."""
    return any(_PASSES_ON.match(ln) and not names_action(re.sub(r"《[^》\n]*》", "", ln)) for ln in _titles(text))


# Tasks, projects or pledges said to stand done or going well, ending the headline (…任务进展顺利, 完成…年度任务).
_STANDS_WELL_HEADLINE = re.compile(r"(?:任务|实事|项目|工程|工作)[^，。；\n]{0,8}(?:进展顺利|顺利推进|有序推进|稳步推进|全面完成|超额完成|完成过半|全部完成)$"
                       r"|完成[^，。；\n]{0,20}(?:年度|全年|目标)任务$")


def standing_headline(text: str) -> bool:
    """Whether the page's own headline says its tasks, projects or pledges stand done or going well: its first title line,
    or one standing twice, in a paper's list of the day's headlines and again over the article (never another
    article's headline in that list)."""
    lines = title_lines(text[:1500]).splitlines()
    return any(_STANDS_WELL_HEADLINE.search(ln) for ln in lines[:1] + [ln for ln in lines if lines.count(ln) >= 2])


# A report's title naming how pledges, projects, tasks or the problems found stand (关于某镇2023年民生实事半年度实施情况的报告;
# 《自治区人民政府关于…重大惠民项目建设情况的报告》摘要：; …审计查出问题整改情况的报告), a line of the head of its own. (a title
# naming how a plan or a budget was carried out, 计划执行情况的报告, is the congress's paper: congress_papers)
_STANDING_REPORT = re.compile(r"^《?[^，。；《\n]{0,30}?关于[^，。；\n]{2,60}?(?:实事|项目|工程|任务|问题)[^，。；\n]{0,16}?"
                              r"(?:实施|办理|完成|落实|进展|推进|建设|整改)情况的?报告(?:》(?:摘要)?[:：]?)?\s*$")


def reports_standing(text: str) -> bool:
    """Whether a title line of the text's head (or one of its first three lines) names a report of how its pledges,
    projects, tasks or the problems found stand."""
    head = text[:1500]
    lines = _titles(head) + [ln for ln in head.splitlines() if ln.strip()][:3]
    return any(_STANDING_REPORT.search(ln.strip()) for ln in lines)
