"""A body told in prose to lead a piece of work, with what it does besides in the same sentence:
    国家能源局牵头建立专项协调推进机制，会同有关部门分工协作解决重大问题，指导各地方完善配套政策。
      — 国家能源局 leads 建立专项协调推进机制; it answers for the rest of the sentence (会同…, 指导…)
X牵头， (a comma after 牵头: the list of leads and backers) is `charges`'; 由X牵头… is `charges.done_by`'s; X牵头负责… is
`duties.told`'s. Never a body told to play its part (发挥牵头作用, 牵头抓总), nor a unit of a list (牵头单位).
Read only where a document charges its bodies in its sentences (`sentence_charges`).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure.responsibility import LEAD, RESPONSIBLE, Named

_NAME = r"(?:[^，,。；;：:！？\n“”\"（()）《》由]|[（(][^（()）\n，,。；;]{2,30}[)）])"
_LEADS = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?:" + joint_duties.NUMBER + r"[ \t\u3000]*)?"
                    r"(?P<who>" + _NAME + r"{2,30}?)(?:要|将|应当)?牵头(?![，,、单部负抓作])"
                    r"(?P<task>[^，,。；;！？\n]{4,120})(?:[，,](?P<rest>[^。；;！？\n]{4,240}))?")
# A noun phrase, not a duty: what the body leads as a heading says (省审计厅牵头的工作, X牵头成立的公司, 县管委会牵头工作(8项)).
_NOUN = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}的|工作|任务|事项)")
_WITH_SOME = re.compile(r"^(?:会同|协同)(?P<some>(?:有关|相关|其他|其它)[\u4e00-\u9fff]{0,6}(?:部门|单位))")
# What follows in the sentence with a subject of its own (…，各地方要…) is not the leading body's.
_OWN = re.compile(r"^[^，,]{2,12}?(?:要(?![求点素件])|应当|负责)")


def told(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every body told to lead (X牵头建立…): X leads the clause after 牵头, and answers for the rest of its sentence."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _LEADS.finditer(text):
        who = ann.Span(m.group("who"), m.start("who"), m.end("who"))
        if re.search(r"会同|协同|配合|联合", who.text) or not (units := joint_duties.subject(text, who)):
            continue
        if _NOUN.match(m.group("task")) or joint_duties.reported(text, who.start, m.end()) \
                or charges.OVERSIGHT.search(m.group("task")):
            continue
        out.append(([Named(u.name, LEAD) for u in units], charges.task_span(text, m.start("task"), m.end("task"))))
        if m.group("rest") and not _OWN.match(m.group("rest")):
            rest = [Named(u.name, RESPONSIBLE) for u in units]
            # (…，会同有关部门…: the bodies it works with answer too, as `joint_duties.subject` reads them)
            if (w := _WITH_SOME.match(m.group("rest"))) is not None:
                rest.append(Named(ann.Span(w.group("some"), m.start("rest") + w.start("some"), m.start("rest") + w.end("some")),
                                  RESPONSIBLE))
            out.append((rest, charges.task_span(text, m.start("rest"), m.end("rest"))))
    return out
