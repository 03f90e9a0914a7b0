"""The sentences with no subject of their own that go on with a body's charge, in a rule's article or a notice's item:
    第五条 国家医疗保障局负责拟定…，并进行动态调整。负责收集、汇总地方增补的知识和规则，并加强指导。
    各试点单位要聚焦…主攻方向。要着力推进师生应用智能助手…。要探索利用平台系统…。
Each such sentence (opening with 要, 负责 or 应当, after 同时/并/还/也 at most) is the same body's duty, up to the end of
its paragraph (or the same collectives', listed together: 各地区、各部门要…。要着力推进…). Only after a sentence charging one
subject that ends with its duty: where the sentence charges several
bodies in turn (各试点单位要…，地市和区县要…，高校要…) or goes on after the duty, what follows is no one's in particular.
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges
from loaders.structure.responsibility import Named

# A sentence opening with the duty word (要 not 要求/要点; 负责 not 负责人/负责同志/负责的).
_GOES_ON = re.compile(r"[ \t\u3000]*(?:同时|并|还|也|另外)?(?:要(?![求点素件])|负责(?![人同的任制])|应当)"
                      r"(?P<task>[^。；;！？\n]{4,240})[。；;]?")
_BACKS = re.compile(r"^(?:积极|主动|密切|全力)?(?:配合|协助)")
# The charge closes its sentence: nothing but a comma or spaces before the full stop.
_CLOSED = re.compile(r"[，,\t \u3000]*[。；;]")


def _one_subject(text: str, units: list[Named]) -> bool:
    """Whether the charge's bodies are one subject: one body, or collectives listed together (各地区、各部门要…)."""
    if len(units) == 1:
        return True
    names = sorted((u.name for u in units), key=lambda n: n.start)
    return all(u.role == units[0].role for u in units) and all(
        text[a.end:b.start] == "、" and a.text.startswith("各") and b.text.startswith("各") for a, b in zip(names, names[1:]))


def goes_on(text: str, found: list[tuple[list[Named], ann.Span]]) -> list[tuple[list[Named], ann.Span]]:
    """The duties of the sentences going on with a charge of one body in `found` (the other readers' charges), each
    that body's, with its role."""
    out: list[tuple[list[Named], ann.Span]] = []
    taken: set[int] = {task.start for _, task in found}
    for units, task in found:
        if not _one_subject(text, units) or (closed := _CLOSED.match(text, task.end)) is None:
            continue
        at = closed.end()
        while (m := _GOES_ON.match(text, at)) is not None:
            if m.start("task") in taken:
                break
            taken.add(m.start("task"))
            at = m.end()
            if _BACKS.match(m.group("task")):
                continue        # (要配合省科技厅…: backing another, no duty of its own)
            out.append((list(units), charges.task_span(text, m.start("task"), m.end("task"))))
    return out
