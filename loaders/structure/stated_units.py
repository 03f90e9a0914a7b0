"""Units a plan's covering notice names once for all its tasks, save where a task says otherwise.

A division of work often states, in the notice that issues it, who works on every task beside the units each task names:
    除特别注明的外，各县（市、区）政府和某某开发区管委会都是配合单位。
    未注明的，各乡镇人民政府均为责任单位。
Each body so named answers for every task in the role the sentence gives (配合单位: support), unless the task names it
itself (the plan reader keeps a task's own role: division_plan's standing units).
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure.responsibility import looks_like_unit

# 除(特别)注明(的)外 / 未(特别)注明的, the bodies, (均/都)是|为 the label.
_STATED = re.compile(r"(?:除(?:特别|另行|另外|单独)?(?:注明|标明|列明|明确)(?:的|者|事项|任务)?(?:以)?外|(?:凡)?未(?:特别|另行)?(?:注明|标明|列明)(?:的|者)?(?:事项|任务)?)"
                     r"[，,]?\s*(?P<who>[^。；;！？：:\n]{2,120}?)(?:也|亦)?(?:均|都|皆|一律)?(?:是|为|作为|列为)"
                     r"(?P<label>(?:配合|协办|协同|责任|牵头)(?:单位|部门))")
_ROLES = {"牵头": ann.LEAD, "责任": ann.RESPONSIBLE}


def stated(text: str) -> list[tuple[ann.Span, str, tuple[int, int]]]:
    """Every body such a sentence names: (its name, its role, the sentence's span)."""
    out = []
    for m in _STATED.finditer(text):
        role = _ROLES.get(m.group("label")[:2], ann.SUPPORT)
        who = ann.Span(m.group("who"), m.start("who"), m.end("who"))
        names = [p for n in ann.names(text, who) for p in _and(text, n)]
        if names and all(looks_like_unit(n.text) for n in names):
            out += [(n, role, (m.start(), m.end())) for n in names]
    return out


def _and(text: str, name: ann.Span) -> list[ann.Span]:
    """A name joined to another by 和 or 及 (各县（市、区）政府和某某开发区) as two names, where both halves are bodies'
    (not 住房和城乡建设局, whose halves are not)."""
    for m in re.finditer(r"和|及|以及", name.text):
        a, b = name.text[:m.start()], name.text[m.end():]
        if looks_like_unit(a) and looks_like_unit(b):
            at = name.start + m.end()
            return [ann.Span(a, name.start, name.start + len(a)), *_and(text, ann.Span(b, at, at + len(b)))]
    return [name]
