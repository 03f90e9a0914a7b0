"""Bodies a programme's notice names by their part in its procedure, or by their kind or level, and charges in its
sentences as surely as a named body:
    推荐单位应于2022年11月11日前完成线上审核，…                     — the bodies recommending (a programme's 推荐单位)
    ——各推荐单位加强对所推荐的项目申报材料审核把关，…               — a step of a procedure listed after a dash
    ——专业机构受理项目预申报。                                     — the agency managing a programme's projects
    高等学校要重点推进四项工作，…; 地市和区县要遴选…，高校要遴选…   — universities, and levels each (地市, 区县)
Told 要 / 应 / 应当 / 负责, or, in a step listed after a dash (——X受理…), with no duty word. Never the applicants (申报单位,
项目牵头申报单位: `rule_collectives._POST`), nor firms. Where a sentence tells several subjects their part one after another
(各试点单位要A，地市和区县要B，高校要C，先行先试，…), each after the first is told one clause: what comes after the last is
shared, no one's. Read only where a document charges its bodies in its sentences (`kinds/sentence_charges.py`'s `prose`).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure import told
from loaders.structure.responsibility import RESPONSIBLE, Named

# The roles and kinds: the bodies recommending, a programme's managing agency, universities; two levels joined (地市和区县).
_LEVEL = r"(?:地市|市州|区县|县区|市县|县市|乡镇)"
_WHO = (r"(?P<who>(?:各)?(?:推荐单位|推荐部门|(?:项目管理)?专业机构|高等学校|高校)"
        r"|" + _LEVEL + r"(?:和|、|及)" + _LEVEL + r")")
_CLAUSE = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?P<dash>——)?" + _WHO +
                     r"(?:都|也|必须)?(?P<verb>" + told.MUST + r"|应当|" + told.SHOULD + r"|负责(?![人同的任制])|)"
                     r"(?P<task>[^。；;！？\n]{4,240})")
# The next subject told its part in the same sentence (…，高校要遴选…): the duty stops before it.
_NEXT = re.compile(r"[，,][^，,。；;、]{2,12}?(?:" + told.MUST + r"|应当)")
# Another subject told its part before this one in its sentence (各试点单位要…，地市和区县要…); a setting clause is none
# (对承担重大任务的博士生，高校应…: the sentence is the 高校's).
_TOLD = re.compile(told.MUST + r"|应当|" + told.SHOULD)


def charged(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every clause charging such a role or level: each body it names responsible, kept as written."""
    out: list[tuple[list[Named], ann.Span]] = []
    at = 0
    while (m := _CLAUSE.search(text, at)) is not None:
        at = m.start("task")       # (the next subject may stand inside this one's sentence: …，高校要…)
        if not m.group("verb") and not m.group("dash"):
            continue        # (no duty word: only a procedure's step after its dash)
        if m.group("verb") and m.group("task").startswith(("的", "是", "为", "和", "、")):
            continue
        if joint_duties.reported(text, m.start("who"), m.end("task")) or charges.OVERSIGHT.search(m.group("task")):
            continue
        who = m.group("who")
        if (j := re.search(r"和|、|及", who)) is not None and re.fullmatch(_LEVEL + r"(?:和|、|及)" + _LEVEL, who):
            a = m.start("who")
            parts = [ann.Span(who[:j.start()], a, a + j.start()), ann.Span(who[j.end():], a + j.end(), m.end("who"))]
        else:
            parts = [ann.Span(who, m.start("who"), m.end("who"))]
        end = m.end("task")
        if (nxt := _NEXT.search(text, m.start("task"), end)) is not None:
            end = nxt.start()
        s = max(text.rfind(c, 0, m.start()) for c in "。；;！？\n") + 1
        if _TOLD.search(text, s, m.start()) and (c := re.search(r"[，,]", text[m.start("task"):end])) is not None:
            end = m.start("task") + c.start()     # (one of several told in turn: its one clause)
        task = charges.task_span(text, m.start("task"), end)
        if len(task.text) >= 4:
            out.append(([Named(p, RESPONSIBLE) for p in parts], task))
    return out
