"""Duties a rule's articles or a notice's sentences give to sectors listed before the kind of department they share:
    发展改革、建设、交通、规划土地、…、财政等相关行政管理部门，按照各自职责共同做好文物保护工作。
    文物、教育、新闻出版、文广影视等行政管理部门，学校、社区，以及…等媒体应当加强文物保护的宣传教育…
    发改、财政、住建等部门应当…
Each sector answers, kept as written and the shared 等(相关)行政管理部门 dropped (`sector_lists.listed`: the set's rule for
sector lists). The duty is told by 应当 / 应 / 要 / 负责, or by 按照各自职责 after the list's comma (each does its part); where
other addressees follow the list before the duty word (学校、社区，以及…等媒体), only the sectors are read: schools, communities
and the media are no public bodies the rule divides its work among. Read in a rule's articles or where a document charges
its bodies in its sentences (`rule_collectives`' reach), never in a report of what was done. Works on offsets into one text.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties, rule_collectives, sector_lists
from loaders.structure import told
from loaders.structure.responsibility import RESPONSIBLE, Named

_CLAUSE = re.compile(r"(?:^|(?<=[。；;！\n：:]))[ \t\u3000]*(?:" + joint_duties.NUMBER + r"[ \t\u3000]*)?"
                     r"(?P<who>[\u4e00-\u9fff、]{3,160}?" + sector_lists.KIND + r")"
                     # (other addressees after the list, each closed by its comma: 学校、社区，以及…等媒体)
                     r"(?P<others>(?:[，,](?:以及|及|和)?[^，,。；;！？\n部门政府]{2,30}?){0,3})"
                     # (按照各自职责 is the duty's own words, kept in it: 按照各自职责共同做好…)
                     r"(?P<verb>[，,]?[ \t\u3000]*(?=(?:按照|依照|根据|依据)各自(?:的)?职责(?:分工)?(?:范围)?[，,]?(?:内)?(?:共同|分别)?"
                     r"(?:做好|负责|开展|落实|加强|履行|抓好|配合|推进|实施))"
                     r"|(?:都|也|必须)?(?:应当|" + told.SHOULD + r"|" + told.MUST + r"|(?:具体|分别|共同)?负责(?![人同的任制])))"
                     r"(?P<task>[^。；;！？\n]{4,240})")


def charged(text: str, prose: bool = False) -> list[tuple[list[Named], ann.Span]]:
    """Every clause charging a list of sectors (发展改革、建设、…等相关行政管理部门，按照各自职责…): each sector responsible,
    as written. Only in a rule's articles, or anywhere with `prose`."""
    first = rule_collectives.articles(text)
    if first < 0 and not prose:
        return []
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _CLAUSE.finditer(text):
        if not prose and (m.start() < first or not rule_collectives.in_article(text, m.start("who"))):
            continue
        if m.group("others") and not m.group("verb").startswith("应"):
            continue        # (other addressees only before a rule's 应当)
        sectors = sector_lists.listed(text, ann.Span(m.group("who"), m.start("who"), m.end("who")))
        if not sectors or joint_duties.reported(text, m.start("who"), m.end("task")):
            continue
        task = charges.task_span(text, m.start("task"), m.end("task"))
        if len(task.text) >= 4 and not charges.OVERSIGHT.search(task.text):
            out.append(([Named(s, RESPONSIBLE) for s in sectors], task))
    return out
