"""Bodies news tells acting together (`together`): a body or a government that organises named bodies for a piece of
work, or a body that joins others in it, as reports of inspections and campaigns write it:
    县政府组织县工商质监局、县环保局、县食药监局等多部门开展漓江风景名胜区…调查统计工作。
    县食药局联合县工商质监局、市容局负责“四乱一脏”中“乱经营”调查统计工作，…
    南县文旅广体局联合县市场监督管理局、县商务局对乌嘴乡…开展了禁磷检查行动。
Every body named as organised is responsible for the work (the one that organises them is not: it convenes, they do
it); a body that joins others (X联合Y、Z) is responsible with them. Only bodies are read (`charges.bodies`: no
collective, firm, person or project), and only where the work follows at once (开展, 负责, 对…, 进行, 深入…).
Works on offsets into one text, as `charges` does; `together` also drops the other readings of the same clause
(`intents.will_do` reads …环保办将联合…开展 as the first body's alone). Read in news (`kinds/prose.py`) and in plans and
generic documents (`kinds/sentence_charges.py`: 第三条 市农业农村局联合市市场监管局负责…).
"""
from __future__ import annotations

import re

from loaders.reading.text import _ITEM_START
from loaders.structure import annotation as ann
from loaders.structure import charges
from loaders.structure.charges import bodies
from loaders.structure.responsibility import RESPONSIBLE, Named

# A plan's or a regulation's item number before the clause (第三条 X联合Y负责…, （一）X联合Y…), no part of a name.
_NUMBER = r"(?:(?:" + _ITEM_START.pattern + r")[ \t\u3000]*)?"
# Who acts (a body; for 组织 anyone, a government too), the word that brings the others in, the bodies brought in (a list
# closed by 等多部门 / 等单位), then the work. (党组织, 基层组织: an organisation, no verb; nor 组织 or 联合 in a body's name,
# 县委组织部联合…, 市残疾人联合会联合…)
_JOINT = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*" + _NUMBER + r"(?:近日|日前|近期|同时|此外|随后)?[，,]?"
                    r"(?P<head>[^，,。；;：:！？\n“”\"（）()]{2,24}?)(?:还|也)?(?:将|先后|近日|日前|再次|专门)?"
                    r"(?P<verb>(?<![党级层])组织(?!部)|联合(?!会))(?!起来|开展|执法|检查|行动|督查)"
                    r"(?P<with>[^，,。；;：:！？\n“”\"]{2,120}?)"
                    r"(?:等(?:多个|多家|多|几个|相关|有关|\d+个?|[二三四五六七八九十]+个?)?(?:职能|成员)?(?:部门|单位))?"
                    # (their staff sent, 等成员单位执法人员在全县范围内开展…)
                    r"(?:的)?(?:执法人员|工作人员|人员|执法力量)?"
                    r"(?:共同|一起|一道|联合)?"
                    r"[，,]?(?P<task>(?P<act>开展|负责|进行|深入|组成|成立|对|就|在|赴|前往|到)[^。；;！？\n]{4,240})")
# Bodies named together as the subject, then said to act jointly (省教育厅、省卫生健康委、省食药监局联合开展了…; X与Y共同开展…)
# or to form a joint team (A、B、C等部门组成联合检查组，对…开展…: what follows the team is the work).
_LISTED = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*" + _NUMBER + r"(?:近日|日前|近期|同时|此外|随后)?[，,]?"
                     r"(?P<with>[^，,。；;：:！？\n“”\"（）()]{4,120}?)"
                     r"(?:等(?:多个|多家|多|几个|\d+个?|[二三四五六七八九十]+个?)?(?:职能|成员)?(?:部门|单位))?"
                     r"(?:在[^，,。；;：:！？\n]{2,16}?)?"      # (where first: …等6部门在全市范围内联合开展…)
                     r"(?:(?:联合|共同)(?=开展|进行|对|深入|赴|到|在)|(?:共同|联合)?组成联合?[\u4e00-\u9fff]{0,6}组[，,]?)"
                     r"(?P<task>[^。；;！？\n]{4,240})")
# What is organised is named, not told (组织对各网站进行评估: 对 starts the work; 组织工作由X负责: 组织 a noun).
# (nor what another verb takes, 落实工信部、财政部联合开展的…试点: a work named by who runs it, 联合开展的)
_NOT_LIST = re.compile(r"^(?:[对向把将为给被在]|落实|贯彻|支持|参与|配合|按照|根据|围绕|推动|结合)|由|工作")
_NAMED_BY = re.compile(r"^(?:开展|进行|实施|组织)?的")
# Bodies named by their part in the work or their place, not by name (相关执法部门, 有关职能部门, 属地街道, 辖区派出所,
# 当地公安机关): no one in particular.
_SOME = re.compile(r"^(?:相关|有关|其他|其它|属地|所在|涉及|辖区|当地|驻地)")
# A leader leading the bodies (县长张三带领A、B等部门联合开展…, 副县长率领X联合Y…): the bodies are those after the verb,
# the leader no part of their names.
_LEADER = re.compile(r".*(?:带领|率领|陪同)")
# What 联合 joins must itself act: a body, never a firm or a person (charges.bodies), and the head of 组织 may be a
# government (县政府组织…) or a leader, but never what is organised (群众, 志愿者: then the list is no body).


def together(text: str, others: list[tuple[list[Named], ann.Span]]) -> list[tuple[list[Named], ann.Span]]:
    """The clauses of text telling bodies that act together, with `others` (readings of the same text) less those
    whose task falls in such a clause: (the bodies, responsible; the work)."""
    found: list[tuple[list[Named], ann.Span]] = []
    spans: list[tuple[int, int]] = []
    for m in _JOINT.finditer(text):
        if _NOT_LIST.search(m.group("with")):
            continue
        with_ = bodies(text, ann.Span(m.group("with"), m.start("with"), m.end("with")))
        if not with_ or any(_SOME.match(u.text) for u in with_) or m.group("verb") == "组织" and len(with_) < 2:
            continue        # (组织数据提供部门进行校核: one body organised is a part in a procedure, not bodies sent out)
        units = list(with_)
        if m.group("verb") != "组织":
            head = _head(text, m)
            if not head:
                continue        # (a firm or a person joining bodies: not read)
            units = head + units
        a = m.start("task") + (len(m.group("act")) if m.group("act") == "负责" else 0)
        found.append(([Named(u, RESPONSIBLE) for u in units], charges.task_span(text, a, m.end("task"))))
        spans.append((m.start("head"), m.end("task")))
    for m in _LISTED.finditer(text):
        if _NOT_LIST.search(m.group("with")) or _NAMED_BY.match(m.group("task")) or any(
                a <= m.start("with") < b for a, b in spans):
            continue
        units = bodies(text, _led(text, m.start("with"), m.end("with")))
        if not units or len(units) < 2 or any(_SOME.match(u.text) for u in units):
            continue
        found.append(([Named(u, RESPONSIBLE) for u in units], charges.task_span(text, m.start("task"), m.end("task"))))
        spans.append((m.start("with"), m.end("task")))
    kept = [(u, t) for u, t in others if not any(a <= t.start < b or a <= u[0].name.start < b for a, b in spans)]
    return kept + found


_HEAD_WORDS = re.compile(r"^(?:会议|同时|此外|随后|由|[^，,]{0,12}?(?:要求|决定|明确))")


def _head(text: str, m: re.Match) -> list[ann.Span] | None:
    """The body that joins the others (南县文旅广体局 in 南县文旅广体局联合…): one body, no more words before it."""
    a = m.start("head")
    if (w := _HEAD_WORDS.match(m.group("head"))) is not None:
        a += w.end()
    head = bodies(text, _led(text, a, m.end("head")))
    # (one body: 呼和浩特市公安局和林格尔县…, a place holding 和, is not two)
    return head if head and len(head) == 1 and not _SOME.match(head[0].text) else None


def _led(text: str, a: int, b: int) -> ann.Span:
    """text[a:b] less a leader leading the bodies it names (县长张三带领县市场监管局、县公安局 → the bureaus)."""
    if (w := _LEADER.match(text, a, b)) is not None:
        a = w.end()
    return ann.Span(text[a:b], a, b)
