"""Fields written once after a heading's last item, holding for every item under it.

A plan may list a heading's items and name who works on them once, on lines of their own after the last:
    （三）省编办牵头的工作
    1.深化行政管理体制改革，优化政府机构设置。
    2.积极稳妥地推进乡镇机构改革。
    协同单位：省财政厅、省人事厅等省直有关部门和各市人民政府。
The 协同单位 line is the items', not only the second's: where no earlier item under the heading names anyone and the
last item's fields stand on lines after its sentence, every item takes them (the last reads them as its own).
Fields closing the last item's sentence in a bracket (…改革。（牵头单位：X）) are that item's alone, and so are the fields
of items each headed by who leads it (（二）省审计厅牵头的工作 / 全面加强审计工作。 / 协同单位：…).
"""
from __future__ import annotations

from loaders.structure import annotation as ann
from loaders.structure import items
from loaders.structure import responsibility as resp


def units(text: str, heading: items.Block, lead_first: bool = False) -> list[tuple[ann.Span, str, tuple[int, int]]]:
    """Who the fields after a heading's last item name, for the items before it: (name, role, the fields' span), or []."""
    subs = heading.children
    if len(subs) < 2 or any(c.children or c.style != subs[0].style for c in subs):
        return []
    if any(ann.find(text, c.body, c.end) or resp.find(text, c.body, c.end, lead_first) for c in subs[:-1]):
        return []
    # (items headed by who leads each, （一）省监察厅牵头的工作 / …, are each their own: the last's fields its own too)
    if any(resp.header(text, c.body, text.find("\n", c.body, c.end) if "\n" in text[c.body:c.end] else c.end) for c in subs):
        return []
    last = subs[-1]
    found = ann.find(text, last.body, last.end)
    if found is None or found.bracketed or not text[last.body:found.start].strip() or text[:found.start].rstrip(" \t\u3000")[-1:] != "\n":
        return []
    fields, _ = ann.fields(text, found)
    out = []
    for f in fields:
        if f.kind == ann.UNIT:
            out += [(u.name, u.role, (found.start, found.end)) for u in resp.field_units(text, f.value, f.role, lead_first)[0]]
        elif f.kind == ann.LEADER:
            out += [(n, f.role, (found.start, found.end)) for n in ann.leaders(text, f.value)[0]]
    return out
