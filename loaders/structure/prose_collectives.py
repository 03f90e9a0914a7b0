"""Collectives a national notice or 意见 charges in its sentences by level or by trade, kept as written, which
`rule_collectives` leaves (its prose collectives must name a kind of body after 各):
    各地区、各部门要以…为指导，…进一步深刻领会…         — 各地区 and 各部门, each responsible (split at 、)
    各地区各部门要…                                    — written without 、: one name
    各省（区、市）人民政府要把…列为本地区重点工作…      — the provinces' governments, the bracket kept
    国务院各有关部门要结合工作职能，…                  — the departments of the State Council
    城市人民政府要从城市发展的战略全局出发…            — a kind of government named by its level
Told 要 / 应当 / 负责, each duty stopping before the next subject told its duty in its sentence (…，X要…). Read only where a
document charges its bodies in its sentences (`kinds/sentence_charges.py`'s `prose`), as `rule_collectives` reads 各X.
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure import told
from loaders.structure.responsibility import RESPONSIBLE, Named

_WHO = (r"(?P<who>各地区、各部门|各地区各部门|各地、各部门"
        r"|(?:国务院|(?:省|市|县|区)(?:人民)?政府)各有关部门"
        r"|各省[（(]区、市[)）](?:人民)?政府"
        r"|(?:城市|省级|地市级|市级|县级)人民政府)")
_CLAUSE = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?:" + joint_duties.NUMBER + r"[ \t\u3000]*)?" + _WHO +
                     r"(?:都|也|必须|务必)?(?P<verb>" + told.MUST + r"|应当|负责(?![人同的任制]))(?P<task>[^。；;！？\n]{4,240})")
# The next subject told its duty in the same sentence (…，市级主管部门要…): the duty stops before it.
_NEXT = re.compile(r"[，,][^，,。；;、]{2,16}?(?:" + told.MUST + r"|应当)")


def charged(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every clause charging such a collective: each name it lists responsible, kept as written."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _CLAUSE.finditer(text):
        if joint_duties.reported(text, m.start("who"), m.end("task")) or charges.OVERSIGHT.search(m.group("task")):
            continue
        parts = [p for p in ann.split_top(text, m.start("who"), m.end("who"), "、") if p.text]
        end = m.end("task")
        if (nxt := _NEXT.search(text, m.start("task"), end)) is not None:
            end = nxt.start()
        task = charges.task_span(text, m.start("task"), end)
        if len(task.text) >= 4:
            out.append(([Named(p, RESPONSIBLE) for p in parts], task))
    return out
