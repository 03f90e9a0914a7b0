"""A body's work told as points after the sentence naming it, as replies and notices of national bodies write it:
    下一步，民政部将坚持…，会同有关部门加强…工作。一是结合…安排，督促和指导各地民政部门…。二是在…中，充分考虑…。
    …六是依托…，联合有关部门积极推动…。配合有关部门做好…工作。七是工业和信息化部将重点抓好…。加强各地督促指导，…。
Each point (一是, 二是, …) is the body's, every sentence of it a task, up to the next point or the paragraph's end: the body
named before the points and told 将 / 要 (民政部将…), or the body a point names itself (七是工业和信息化部将…). A sentence
opening with 配合 makes the body support and those it backs responsible, as written (配合有关部门做好…: 有关部门). Never
after a report of what was done (了, a past time: `joint_duties.reported`), nor points with no body named before them.
Read only where a document charges its bodies in its sentences (`kinds/sentence_charges.py`'s `prose`).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure.responsibility import RESPONSIBLE, SUPPORT, Named

_POINT = re.compile(r"(?:^|(?<=[。；;！\n]))[ \t\u3000]*[一二三四五六七八九十]是[，,：:]?")
# The body told what it will do or must do, opening a clause (下一步，民政部将…; 教育部要…).
_TOLD = re.compile(r"(?:^|(?<=[。；;！\n，,]))[ \t\u3000]*(?P<who>[^，,。；;：:！？\n“”\"《》]{2,30}?)(?:将|要(?![求点素件]))")
_OWN = re.compile(r"[ \t\u3000]*(?P<who>[^，,。；;：:！？\n“”\"《》]{2,30}?)(?:将|要(?![求点素件]))")
# Bodies worked with as written, opening a clause of the sentence (…，联合有关部门积极推动…): responsible too.
_WITH_SOME = re.compile(r"(?:^|(?<=[，,]))(?:联合|会同)(?P<some>(?:有关|相关|其他)[\u4e00-\u9fff]{0,6}(?:部门|单位))")
_BACKS = re.compile(r"(?:积极|主动)?配合(?P<who>[^，,。；;：:！？\n]{2,20}?)(?=做好|开展|推进|推动|落实|完成)")


def _body(text: str, a: int, b: int) -> list[ann.Span] | None:
    """The named bodies told 将 / 要 in the clauses of text[a:b], the first such clause's."""
    for m in _TOLD.finditer(text, a, b):
        named = joint_duties.subject(text, ann.Span(m.group("who"), m.start("who"), m.end("who")))
        if named and all(n.role == RESPONSIBLE for n in named):
            return [n.name for n in named]
    return None


def carried(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every point's sentences, charged to the body named before the points or in the point."""
    out: list[tuple[list[Named], ann.Span]] = []
    points = list(_POINT.finditer(text))
    for k, p in enumerate(points):
        para_start = text.rfind("\n", 0, p.start()) + 1
        para_end = text.find("\n", p.end())
        para_end = len(text) if para_end < 0 else para_end
        first = next(q for q in points if para_start <= q.start())
        # (the sentence before the first point of the paragraph names the body: 民政部将…)
        s = max(text.rfind(c, para_start, first.start() - 1) for c in "。；;！") + 1
        s = max(s, para_start)
        if first.start() == para_start:     # (or the paragraph's points follow a sentence ending the line above)
            s = text.rfind("\n", 0, max(0, para_start - 1)) + 1
        owner = _body(text, s, first.start())
        end = points[k + 1].start() if k + 1 < len(points) and points[k + 1].start() < para_end else para_end
        own = _OWN.match(text, p.end())
        if own is not None and (named := joint_duties.subject(text, ann.Span(own.group("who"), own.start("who"), own.end("who")))):
            body, at = [n.name for n in named], own.end()
        elif owner and not joint_duties.reported(text, s, first.start()):
            body, at = owner, p.end()
        else:
            continue
        for sent in re.finditer(r"[^。；;！？\n]+", text[at:end]):
            a, b = at + sent.start(), at + sent.end()
            if joint_duties.reported(text, a, b):
                continue
            task = charges.task_span(text, a, b)
            if len(task.text) < 4:
                continue
            units = [Named(u, RESPONSIBLE) for u in body]
            if (w := _WITH_SOME.search(text[a:b])) is not None:
                units.append(Named(ann.Span(w.group("some"), a + w.start("some"), a + w.end("some")), RESPONSIBLE))
            if (back := _BACKS.match(text, a)) is not None:
                t = back.group("who")
                if joint_duties.SOME.match(t) or charges.bodies(text, ann.Span(t, back.start("who"), back.end("who"))):
                    units = [Named(u, SUPPORT) for u in body] + [Named(ann.Span(t, back.start("who"), back.end("who")), RESPONSIBLE)]
            out.append((units, task))
    return out
