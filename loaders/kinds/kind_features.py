"""What a page shows of its kind, as named features for the fitted kind model (kind_model.py): each kind's score by its
own rules, the kind those rules choose, the kind its title names, the cues kind_cues and self_description read, and how
often the words each kind of government document is written with occur in it.

Every feature is a number in 0..1 with a name that says what it is (`score:news`, `rules:division_plan`,
`title:commitment_table`, `cue:press`, `words:lead`), so a choice can be explained by the features that weighed most."""
from __future__ import annotations

import math
import re

from loaders.kinds import kind_cues
from loaders.kinds.plan_detection import named_kind, title_lines
from loaders.kinds.self_description import development_plan, made_here, plan_sections, standing_headline

# The kinds a page can be read as (the loaders' kinds, commitment_list and responsibility_table folded into the kind they
# give their documents).
KINDS = ("action_plan", "commitment_table", "division_plan", "generic", "news", "progress_report", "work_report")
FOLD = {"commitment_list": "commitment_table", "responsibility_table": "division_plan"}

# Words each kind of document is written with, counted over the page (a few occurrences saturate: `_saturated`).
# Division plans and action plans name who leads (牵头) and who answers (责任单位); pledges their 实事 and deadlines;
# progress reports how things stand; news its reporters, datelines and the officials' doings; work reports address
# the deputies; rules stand in articles.
_WORDS = {
    "lead": r"牵头",
    "answers": r"责任单位|责任领导|责任人|配合单位|协办单位|主办单位",
    "deadline": r"完成时限|完成时间|时间节点|时限要求",
    "pledge": r"实事|承诺",
    "standing": r"已完成|完成率|进展情况|推进情况|完成情况|正在推进|有序推进|已开工|已竣工|累计完成|完成投资|整改完成",
    "reporter": r"记者|通讯员|编辑|责任编辑|来源[:：]",
    "doings": r"调研|考察|主持召开|召开|出席|会见|座谈|指出|强调|要求",
    "deputies": r"各位代表|代表们|请予审议|提请.{0,6}审议",
    "articles": r"^\s*第[一二三四五六七八九十]{1,3}条",
    "measures": r"^\s*[（(][一二三四五六七八九十]{1,3}[）)]|^\s*[一二三四五六七八九十]{1,3}、",
    "numbered": r"^\s*\d{1,3}[.．、]",
    "notice": r"通知|印发|现将|请认真",
    "plan_words": r"工作目标|主要任务|保障措施|基本原则|指导思想|总体要求|组织领导",
    "year_review": r"过去一年|回顾|今年工作|主要目标",
}
_WORDS_RE = {name: re.compile(p, re.M) for name, p in _WORDS.items()}

# Cues of kind_cues and self_description, each read over the page.
_CUES = {
    "press": lambda t: kind_cues.press(t[:1500]),
    "event_told": lambda t: kind_cues.event_told(t[:1500]),
    "visit_headline": kind_cues.visit_headline,
    "measures_told": kind_cues.measures_told,
    "document_retold": kind_cues.document_retold,
    "rectification_tallied": kind_cues.rectification_tallied,
    "in_articles": kind_cues.in_articles,
    "names_rule": kind_cues.names_rule,
    "field_lines": lambda t: bool(kind_cues.field_lines(t)),
    "leader_each": kind_cues.leader_each,
    "matters_handled": kind_cues.matters_handled,
    "tasks_standing": kind_cues.tasks_standing,
    "development_plan": development_plan,
    "made_here": made_here,
    "plan_sections": plan_sections,
    "standing_headline": standing_headline,
}

# The words a title names its kind by (the last such word decides, a tie to the kind listed first: 关于印发…分工方案的通知
# is a division, …民生实事实施方案 a plan).
_TITLE_WORDS = (
    ("work_report", r"工作报告"),
    ("division_plan", r"分工方案|分解方案|分工|分解|责任清单|任务清单|台账"),
    ("commitment_table", r"实事|承诺|民生工程"),
    ("progress_report", r"进展|推进情况|完成情况|落实情况|通报|督查"),
    ("action_plan", r"方案|措施|意见|规划|计划|举措"),
    ("generic", r"办法|条例|规定|细则|公告|讲话|决定"),
    ("news", r"调研|召开|会议|座谈|检查|走访|慰问|督导|考察|出席"),
)


def _saturated(n: int) -> float:
    """A count as a number in 0..1: one occurrence is a third, three or more nearly all (log scale)."""
    return round(min(1.0, math.log1p(n) / math.log1p(7)), 3)


def title_word_kind(titles: str) -> str | None:
    """The kind the last kind word of a page's title lines names (关于印发…分工方案的通知 → division_plan)."""
    best, at = None, -1
    for kind, pattern in _TITLE_WORDS:
        for m in re.finditer(pattern, titles):
            if m.end() > at:
                best, at = kind, m.end()
    return best


def features(text: str, scores: dict[str, float], rules_kind: str) -> dict[str, float]:
    """The page's features: `scores` are each loader kind's own score of it, `rules_kind` the kind its rules choose."""
    out: dict[str, float] = {"bias": 1.0}
    for kind, s in scores.items():
        if kind != "generic":
            out[f"score:{kind}"] = round(s, 3)
    out[f"rules:{FOLD.get(rules_kind, rules_kind)}"] = 1.0
    named = named_kind(text)
    if named:
        out[f"named:{named}"] = 1.0
    titles = title_lines(text)
    worded = title_word_kind(titles)
    if worded:
        out[f"title:{worded}"] = 1.0
    if not titles.strip():
        out["title:none"] = 1.0
    for name, cue in _CUES.items():
        if cue(text):
            out[f"cue:{name}"] = 1.0
    for name, pattern in _WORDS_RE.items():
        n = len(pattern.findall(text))
        if n:
            out[f"words:{name}"] = _saturated(n)
    out["length"] = round(min(1.0, len(text) / 5000), 3)
    return out
