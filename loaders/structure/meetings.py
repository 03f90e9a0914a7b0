"""Work a meeting or its minutes hands out, in the ways news of meetings writes it besides a body's 要 (`charges`):
    关于治理雾霾的建议、关于控制煤矿产能的建议，由省委常委、常务副省长高建民领办；
        — proposals (建议, 提案, 议案) listed, then the leader or the body that takes them on (`taken_on`): each
          proposal a task; 领办 / 承办 / 办理 responsible, 主办 lead, 会办 / 协办 support;
    主会场活动由国家文物局和福建省人民政府共同主办，福建省文化和旅游厅、福州市人民政府联合承办。
        — the work named first, its hosts (主办: lead) and its organisers (承办: responsible) (`hosted`); not where the
          subject only points back (本次活动, 此次会议: no work of its own); and work named before 由X牵头 (`led`:
          考核工作由市委非公工委牵头，… — X lead, Y配合 support);
    建议市环保局按照低线给予企业处罚。 / 要求派出所做好快侦、快破等保障工作
        — a body the meeting or a leader tells what to do, the body right after 建议 / 要求 / 责成 (`instructed`).
          (…要求X要… is `charges.charged`'s; a collective, a firm or a person is no body, `charges.bodies`.)
Works on offsets into one text, as `charges` does. Read in news (`kinds/prose.py`).
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges
from loaders.structure.portfolio import Assigned
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT, Named, looks_like_unit

# ---- proposals taken on -------------------------------------------------------------------------------------------

# Who takes on what the clause before lists: 由(titles and a name, or bodies)领办.
_TAKEN = re.compile(r"[，,][ \t]*由(?P<who>[^，,。；;：:！？\n由]{2,40}?)(?:分别)?(?P<verb>领办|牵头办理|负责办理|主办|会办|协办|承办|办理)"
                    r"(?=[。；;，,！\n]|$)")
_PROPOSAL = re.compile(r"^[“\"]?(?:关于)?[^“”\"]{2,80}?(?:建议|提案|议案)[”\"]?$")
_VERB_ROLE = {"主办": LEAD, "会办": SUPPORT, "协办": SUPPORT}


def taken_on(text: str, known: set[str]) -> list[Assigned]:
    """Each proposal a clause lists (关于…的建议、…), with the leader (a name among `known`, after the titles) or the
    bodies that take it on after 由: every proposal must be one, and there must be a leader or bodies."""
    out: list[Assigned] = []
    for m in _TAKEN.finditer(text):
        a = max(text.rfind(c, 0, m.start()) for c in "。；;：:！？\n") + 1
        # (the list opens with its first 关于 or quote, after what the sentence says first: 这14件建议中，关于…)
        a += next((i for i in range(m.start() - a) if text.startswith(("关于", "“", '"'), a + i)
                   and (i == 0 or text[a + i - 1] in "，,、")), 0)
        items = _proposals(text, a, m.start())
        if not items or not all(_PROPOSAL.match(i.text) and (i.text.startswith(("关于", "“", '"'))) for i in items):
            continue
        role = _VERB_ROLE.get(m.group("verb"), RESPONSIBLE)
        who = m.group("who")
        name = next((n for n in sorted(known, key=len, reverse=True) if who.endswith(n) and len(n) >= 2), "")
        if name:
            at = m.end("who") - len(name)
            out += [Assigned(ann.Span(name, at, m.end("who")), i, role, True) for i in items]
            continue
        units = charges.bodies(text, ann.Span(who, m.start("who"), m.end("who")))
        out += [Assigned(u, i, role, False) for u in units or () for i in items]
    return out


def _proposals(text: str, a: int, b: int) -> list[ann.Span]:
    """The proposals text[a:b] lists: parted at 、 (but a title may hold one: 关于完善A、更好保护B的建议 goes on to its
    建议) and at 和 before the next 关于."""
    out: list[ann.Span] = []
    start = None
    for p in ann.split_top(text, a, b, "、"):
        start = p.start if start is None else start
        if _ENDS.search(p.text.strip()):
            out += _and_split(text, ann.Span(text[start:p.end], start, p.end))
            start = None
    if start is not None:
        out.append(ann.Span(text[start:b], start, b))
    return [ann.Span(i.text.strip(), i.start + len(i.text) - len(i.text.lstrip()), i.end) for i in out]


_ENDS = re.compile(r"(?:建议|提案|议案)[”\"]?$")


def _and_split(text: str, item: ann.Span) -> list[ann.Span]:
    """关于A的建议和关于B的建议 → two proposals (和 / 及 / 以及 before the next 关于)."""
    out, a = [], item.start
    for m in re.finditer(r"(?:以及|和|及|与)(?=关于)", item.text):
        out.append(ann.Span(text[a:item.start + m.start()], a, item.start + m.start()))
        a = item.start + m.end()
    return out + [ann.Span(text[a:item.end], a, item.end)]


# ---- hosts and organisers -----------------------------------------------------------------------------------------

_HOSTED = re.compile(r"(?:^|(?<=[。；;！\n]))[ \t\u3000]*(?P<task>[^，,。；;：:！？\n“”\"]{2,30}?)由(?P<host>[^，,。；;：:！？\n]{2,80}?)"
                     r"(?:共同|联合)?主办[，,][ \t]*(?:由)?(?P<org>[^，,。；;：:！？\n]{2,160}?)(?:共同|联合)?承办")
# A subject that only points back to what the news tells (本次活动, 此次会议, 该项目): no work of its own.
_POINTS_BACK = re.compile(r"^(?:本|此|该|这|今年|今天|活动|会议)")


def hosted(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Work named before 由 and the bodies that host it (lead) and organise it (responsible)."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _HOSTED.finditer(text):
        task = charges.task_span(text, m.start("task"), m.end("task"))
        if _POINTS_BACK.match(task.text) or len(task.text) < 4:
            continue
        hosts, orgs = _units(text, m, "host"), _units(text, m, "org")
        if hosts and orgs:
            out.append(([Named(u, LEAD) for u in hosts] + [Named(u, RESPONSIBLE) for u in orgs], task))
    return out


# Work named first, then who leads it (考核工作由市委非公工委牵头，…; 创建工作由市文明办牵头，市住建局配合。).
_LED = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?P<task>[^，,。；;：:！？\n“”\"]{4,30}?)由(?P<host>[^，,。；;：:！？\n]{2,80}?)牵头"
                  r"(?=[，,。；;])(?:[，,][ \t]*(?P<org>[^，,。；;：:！？\n]{2,120}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:密切|积极)?配合"
                  r"(?=[，,。；;]))?")


def led(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Work named before 由X牵头: X leads it, and the bodies said to back it (Y配合) support."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _LED.finditer(text):
        task = charges.task_span(text, m.start("task"), m.end("task"))
        if _POINTS_BACK.match(task.text) or not (hosts := _units(text, m, "host")):
            continue
        backs = _units(text, m, "org") if m.group("org") else []
        out.append(([Named(u, LEAD) for u in hosts] + [Named(u, SUPPORT) for u in backs or ()], task))
    return out


def _units(text: str, m: re.Match, group: str) -> list[ann.Span] | None:
    """The bodies a list names, 和 / 及 / 与 parting two whole bodies (国家文物局和福建省人民政府) but not one name
    holding it (福建省文化和旅游厅): None when any is no body."""
    out: list[ann.Span] = []
    for p in ann.split_top(text, m.start(group), m.end(group), "、"):
        parts = [p]
        for j in re.finditer(r"和|及|与", p.text):
            left, right = p.text[:j.start()], p.text[j.end():]
            if _body(left) and _body(right):
                parts = [ann.Span(left, p.start, p.start + j.start()), ann.Span(right, p.start + j.end(), p.end)]
                break
        for q in parts:
            if not _body(q.text):
                return None
            out.append(q)
    return out or None


def _body(name: str) -> bool:
    return looks_like_unit(name) and not charges.NOT_BODY.search(name) and not charges.COLLECTIVE.match(name)


# ---- bodies told what to do ---------------------------------------------------------------------------------------

# 建议 / 要求 / 责成 opening a clause (after the meeting or a speaker: 会议要求…, 李宪要求…), then the body and what it is to do.
# (建议 only where the meeting's own voice opens the clause: 确保人大建议有交办 is the noun)
_INSTRUCT = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*(?:会议|会上)?(?:(?:[\u4e00-\u9fff]{2,4}?(?<!代表|委员|群众|网友))?"
                       r"(?:要求|责成)|建议)(?P<rest>[^。；;！？\n]{6,260})")
# What opens the task: not what `charges` reads (要…, 负责…), nor what ends a name that went on (的…, 等…).
_NOT_TASK = re.compile(r"^(?:要|负责|将|的|等|和|及|与|、|在[^，,]{0,12}的)")


def instructed(text: str) -> list[tuple[list[Named], ann.Span]]:
    """A body told what to do right after 建议 / 要求 / 责成 (the first whole body opening what follows)."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _INSTRUCT.finditer(text):
        rest, a = m.group("rest"), m.start("rest")
        k = next((k for k in range(2, min(24, len(rest) - 4)) if not _GOES_ON.match(rest, k) and charges.one_body(rest[:k])), 0)
        if not k or _NOT_TASK.match(rest[k:]):
            continue
        task = charges.task_span(text, a + k, m.end("rest"))
        if len(task.text) >= 4:
            out.append(([Named(ann.Span(rest[:k], a, a + k), RESPONSIBLE)], task))
    return out


# ---- minutes' numbered items: 由X… ----------------------------------------------------------------------------------

# A numbered item of minutes (一、 1. （一）) and, opening it or a clause in it, 由 and the bodies that do the rest:
# 六、针对…问题，由红塔区政府从维护社会稳定的大局出发，进一步加大工作力度. (由X牵头 is `charges.charged`'s; 由X负责的… names an
# item by its body.)
_ITEM_LINE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])[^\n]*", re.M)
_BY = re.compile(r"(?:^|(?<=[。；;，,、]))[ \t\u3000]*由(?![于此])(?P<rest>[^。；;！？\n]{6,260})")
_NOT_DONE = re.compile(r"^(?:牵头|负责的|的|等|和|及|与|、|[承担主会协]办)")


def settled(text: str) -> list[tuple[list[Named], ann.Span]]:
    """In minutes' numbered items, the bodies after 由 (the first whole list of bodies) responsible for what follows."""
    out: list[tuple[list[Named], ann.Span]] = []
    for line in _ITEM_LINE.finditer(text):
        for m in _BY.finditer(text, line.start(), line.end()):
            rest, a = m.group("rest"), m.start("rest")
            units, k = None, 0
            for k in range(2, min(40, len(rest) - 4)):
                if not _NAME_END.search(rest[:k]) or _GOES_ON.match(rest, k):
                    continue
                if (units := charges.bodies(text, ann.Span(rest[:k], a, a + k))) is not None:
                    break
            if not units or _NOT_DONE.match(rest[k:]) or re.search(r"会同|联合|协同|配合", rest[:k]):
                continue
            task = charges.task_span(text, a + k, m.end("rest"))
            if len(task.text) >= 4:
                out.append(([Named(u, RESPONSIBLE) for u in units], task))
    return out


# A list or a name going on after a body's name (市环保局和市供排水公司, 市住建局的…, 相关部|门): the body is not done yet.
_GOES_ON = re.compile(r"[和及与、的等门]")
# A name ends as a body's does (局, 委, 办, 部门, 政府, 公司…): where a prefix may stop.
_NAME_END = re.compile(r"[局委办厅室队所站部门府司团心会组处]$")


def told(text: str) -> list[tuple[list[Named], ann.Span]]:
    """The work `hosted`, `led`, `instructed` and `settled` read, for news."""
    return hosted(text) + led(text) + instructed(text) + settled(text)
