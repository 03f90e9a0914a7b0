"""A notice's or a plan's sentence naming a long list of bodies that lead a task, and those that back it:
    19个方面督查重点，由所涉及的省政府办公厅、住房城乡建设厅、…、财政厅等省级主管部门（单位）牵头完成自查报告，
    其他相关部门（单位）配合，于6月20日前…报送                  — each body listed leads, 其他相关部门（单位） backs
    由市发展改革委、市财政局、…、市商务局等部门牵头制定实施细则，市直有关部门配合。
Each body listed leads what follows 牵头, up to the clause naming who backs it: bodies, or the rest of them as a collective
(其他相关部门（单位）, 市直有关部门), which the sentence charges as every other body concerned (support). The kind closing
the list (等省级主管部门（单位）) and a relative phrase before it (所涉及的: whichever of them the work concerns) name no one
more. `charges.done_by` reads a 由X牵头 whose X is a short list (up to 40 characters) or has no 配合 after it; this reads the
lists it leaves, so a sentence is never read twice.
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges
from loaders.structure.responsibility import LEAD, SUPPORT, Named

# 由(所涉及的)X、Y、…(等<kind>)牵头<task>(，Z配合)
_KIND = r"(?:[^，,。；;：:！？\n、]{0,12}?(?:部门|单位|机构)(?:[（(](?:部门|单位|机构)[)）])?)"
_LED = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*由(?:所涉及的|所涉及|涉及的)?"
                  r"(?P<who>[^，,。；;：:！？\n由“”《》]{2,300}?)(?:等" + _KIND + r")?"
                  r"牵头(?:负责)?(?P<task>[^，,。；;！？\n]{2,120})"
                  r"(?:[，,][ \t\u3000]*(?P<sup>[^，,。；;：:！？\n]{2,60}?)(?:密切|积极|主动|全力)?配合(?=[，,。；;！\n]|$))?")
# The others as one collective (其他相关部门（单位）, 有关部门, 市直有关部门, 各成员单位): every other body concerned.
_OTHERS = re.compile(r"^(?:其他|其它)?(?:[省市县区]直)?(?:有关|相关)?(?:部门|单位|部门和单位|单位和部门)(?:[（(](?:部门|单位)[)）])?$")


def led(text: str, done: list[tuple[list[Named], ann.Span]] | None = None) -> list[tuple[list[Named], ann.Span]]:
    """Every 由X、Y…牵头<task>(，Z配合) whose list `charges.done_by` does not read (`done`: what it read in this text,
    where the caller has it already): each listed body lead, Z support."""
    read = {n.name.start for units, _ in (charges.done_by(text) if done is None else done) for n in units}
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _LED.finditer(text):
        who = ann.Span(m.group("who"), m.start("who"), m.end("who"))
        units = charges.bodies(text, who)
        if not units or len(units) < 2 or any(u.start in read for u in units):
            continue
        named = [Named(u, LEAD) for u in units]
        if m.group("sup"):
            sup = ann.Span(m.group("sup"), m.start("sup"), m.end("sup"))
            if _OTHERS.match(sup.text) or charges.COLLECTIVE.match(sup.text):
                named.append(Named(sup, SUPPORT))
            elif (others := charges.bodies(text, sup)) is not None:
                named += [Named(u, SUPPORT) for u in others]
        task = charges.task_span(text, m.start("task"), m.end("task"))
        if len(task.text) >= 4 and not charges.OVERSIGHT.search(task.text):
            out.append((named, task))
    return out
