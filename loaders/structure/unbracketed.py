"""Who a plan names outside its brackets: a sentence closing a group of projects (上述项目由区教育局牵头负责), the
units a report tells in its sentences (由市教育局牵头，目前…), measures written as paragraphs each closed by its bracket,
and lines heading the items under them with a unit and their count (区委办公室（8项）). Read with responsibility.py's
clause reader; offsets into one text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.structure import annotation as ann
from loaders.structure.responsibility import RESPONSIBLE, UNIT_END, Named, Unlabelled, convention, find, looks_like_unit, read, region_unit


# A sentence that closes a list of projects and says who answers for them all:
#   上述项目由区教育局牵头负责。  以上三项由区民政局负责。  上述工作由区建设管理委牵头。
# Each project of the group (since the previous such sentence, in the same section) has those units,
# with the role the verb gives (牵头 → lead, 负责 → responsible).
_GROUP = re.compile(r"(?:上述|以上)[^，。；;\n由]{0,10}?(?:项|工作|任务|实事)[^，。；;\n由]{0,6}?由"
                    r"(?P<who>[^。；;\n]{2,80}?)(?=[。；;\n]|$)")


@dataclass(frozen=True)
class Group:
    start: int              # the sentence
    end: int
    units: list[Named]


def group_closers(text: str, lead_first: bool = False) -> list[Group]:
    """Every sentence in text that assigns the projects listed above it to units, in order."""
    out = []
    for m in _GROUP.finditer(text):
        units = read(text, m.start("who"), m.end("who"), lead_first)
        if units:
            out.append(Group(m.start(), m.end(), units))
    return out


# Who answers for a project, told in its sentence rather than in a bracket, as reports on the 民生实事 write:
#   新建中小学校5所。由市教育局牵头，目前3所已竣工。  该项目由市住建局负责实施，已完成…
TOLD = re.compile(r"由(?P<who>[^，,。；;\n由]{2,40}?(?:牵头负责|牵头实施|牵头|负责实施|负责|主办))(?=[，,。；;\s]|$)")


def told(text: str, start: int, end: int, lead_first: bool = False) -> list[Unlabelled]:
    """Every 由X牵头 / 由X负责 in text[start:end] whose X is a list of units, in order."""
    out = []
    for m in TOLD.finditer(text, start, end):
        units = read(text, m.start("who"), m.end("who"), lead_first)
        if units:
            out.append(Unlabelled(m.start(), m.end(), units))
    return out


# Who answers for an item, on a line of its own under it, with no label and no bracket: the sentence 由…负责落实 a
# notice dividing its key work writes where a plan writes its 责任单位 field (1.抓好…重点项目。 / 由市发展改革委,各县市区人民
# 政府,市经济开发区管委会负责落实). The line holds nothing but 由, the units and the role word; the units take its role.
_OWN_LINE = re.compile(r"^[ \t\u3000]*(?P<by>由)(?P<who>[^。；;\n由]{2,160}?(?:牵头负责|牵头落实|负责落实|负责实施|负责办理|负责|牵头|配合|协办))"
                       r"[。；;]?[ \t\u3000]*$", re.M)


def own_lines(text: str, start: int, end: int, lead_first: bool = False) -> list[Unlabelled]:
    """Every line of text[start:end] that is only 由X负责(落实) (or 由X牵头，Y配合…) whose X are units, in order."""
    out = []
    for m in _OWN_LINE.finditer(text, start, end):
        units = read(text, m.start("who"), m.end("who"), lead_first)
        # (every name a body's or a place's, not a collective's words for how to go about it: 由各地结合实际负责)
        if units and all(UNIT_END.search(n.name.text) or region_unit(n.name.text) for n in units):
            out.append(Unlabelled(m.start("by"), m.end("who"), units))
    return out


_LINE = re.compile(r"[^\n]+")


def closed_paragraphs(text: str, start: int, end: int, lead_first: bool) -> list[tuple[int, int]]:
    """The paragraphs (lines) of text[start:end] that a bracket naming who answers closes, as (start, end): a
    measure written without a number (加强科技创新主体培育。…（市科技局牵头负责，市财政局配合）). A paragraph closed
    by the convention it states (（列第一位的为牵头单位）) is none."""
    out = []
    for m in _LINE.finditer(text, text.rfind("\n", 0, start) + 1, end):
        a, z = m.start() + len(m.group()) - len(m.group().lstrip()), m.start() + len(m.group().rstrip())
        if a < start or z - a < 10:
            continue
        closing = find(text, a, z, lead_first)
        own = ann.find(text, a, z)
        opens, closes = (closing[-1].start, closing[-1].end) if closing else (own.start, own.end) if own and own.bracketed else (a, -1)
        if closes >= 0 and not text[closes:z].strip("。；; \t\u3000") and opens - a >= 8 and not convention(text[opens:closes]):
            out.append((a, z))
    return out


# A line naming only a unit and how many items it has (区委办公室（8项）, 县教育局（共5项）): the items numbered under it,
# up to the next such line, are that unit's.
_UNIT_HEADER = re.compile(r"^[ \t\u3000]*(?P<who>[^\s，,。；;：:（()）、]{2,24})[（(]共?\d{1,3}(?:项|件|个)[)）][ \t\u3000]*$", re.M)


def unit_headers(text: str, start: int, end: int) -> list[Named]:
    """Every line of text[start:end] that heads the items under it with a unit and their count: the unit, where it
    stands, read as responsible."""
    out = []
    for m in _UNIT_HEADER.finditer(text, start, end):
        if looks_like_unit(m.group("who")):
            out.append(Named(ann.Span(m.group("who"), m.start("who"), m.end("who")), RESPONSIBLE))
    return out


def heading(heads: list[Named], block) -> list[Named]:
    """The unit line heading a numbered block (the last of `heads` before it), if any; a unit line inside a block
    with no sub-items ends its text there (the next unit's line is not this item's)."""
    inside = [h for h in heads if block.body < h.name.start < block.end]
    if inside and not block.children:
        block.end = inside[0].name.start
    return [h for h in heads if h.name.end <= block.start][-1:]

