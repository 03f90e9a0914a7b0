"""Matters a report or news hands to a named body, as bulletins of complaints and a work team's news write it:
    接到该类诉求后，迅速交办县住建局，要求其督促热力公司加大工作力度，…   — the body answers for what it is told (要求其…)
    第三条“跳闸”问题，交给了“基础建设党小组”办理。                        — the body answers for the matter handed over
The body is responsible. Only a body (`charges.one_body`), a standing group (`charge_forms.GROUP_BODY`) or a party
branch's group: never a collective, a firm or a person. A list of projects handed over together (A、B共2个项目，交由X组织实施) is
`charges.handed_over`'s. Offsets into one text, as `charges` works.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure.charge_forms import GROUP_BODY
from loaders.structure.charges import one_body, task_span
from loaders.structure.responsibility import RESPONSIBLE, Named

# 交办X，要求其… / 交给(了)“X”办理: the body may stand in quotes.
_HANDED = re.compile(r"交(?:办|辦|给|給|由)了?[“\"]?(?P<who>[\u4e00-\u9fff]{2,16}?)[”\"]?"
                     r"(?:[，,][ \t]*(?:并)?要求其(?P<task>[^。；;！？\n]{4,240})|(?:负责)?(?:办理|辦理|承办|承辦|处理|處理)(?=[。；;，,！\n]|$))")
# A party branch's standing group, 基础建设党小组 (not every group, 各党小组).
_PARTY_GROUP = re.compile(r"^(?!各)[\u4e00-\u9fff]{2,12}党小组$")
# The item's number before the matter (第三条“跳闸”问题): not part of it.
_NUMBERED = re.compile(r"[ \t\u3000]*(?:第[一二三四五六七八九十百\d]+[条項项件个]|[一二三四五六七八九十\d]{1,3}[、.．])[ \t]*")
# A list or a count of things handed over together: `charges.handed_over` reads it.
_MANY = re.compile(r"、|(?:\d+|[一二三四五六七八九十]+)(?:个|項|项|件)")


def handed(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every matter text hands to a named body: (the body, responsible; what it is told, or the matter)."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _HANDED.finditer(text):
        who = m.group("who")
        if not (one_body(who) or GROUP_BODY.match(who) or _PARTY_GROUP.match(who)):
            continue
        if m.group("task"):
            task = task_span(text, m.start("task"), m.end("task"))
        else:       # (the matter is the clause before, 第三条“跳闸”问题，交给了…)
            b = m.start()
            while b > 0 and text[b - 1] in "，, \t":
                b -= 1
            a = max(text.rfind(c, 0, b) for c in "。；;：:，,！？\n") + 1
            if (n := _NUMBERED.match(text, a, b)) is not None:
                a = n.end()
            if b - a < 2 or _MANY.search(text, a, b):
                continue
            task = ann.Span(text[a:b], a, b)
        out.append(([Named(ann.Span(who, m.start("who"), m.end("who")), RESPONSIBLE)], task))
    return out
