"""A leadership's division of work (领导分工): which portfolio each named leader answers for.

Governments publish it in three forms, and news retells it:
    副省长张三：负责工业、交通等方面工作。分管省工业和信息化厅、省交通运输厅。     — one leader a line
    李四副市长                                                              — the leader on a line of their
    负责农业农村、水利等工作。协助分管财政工作。                                 own, the portfolio beneath
    分管市农业农村局，市水利局。
    …王五副市长负责外经外贸、招商引资等，以及自贸区建设等专项工作；…         — prose: the leader, then 负责
    …教育、文化、卫生等归口由赵六副市长负责；她还负责医药卫生体制改革。      — the portfolio first (由…负责), 他/她
Each portfolio sentence (负责…, 领导…, 主持…工作) is a task the leader is responsible for;
协助分管…工作 is a task they support. The 分管 / 联系 list of bureaus says whom the leader
oversees, not a task, and is left out. Leaders are only the names the caller knows as officials
(named with a title somewhere in the text), so a place or a unit is never read as a person.
Works on offsets into the text; traditional characters are read as simplified.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.reading.simplified import simplified_name
from loaders.structure import annotation as ann
from loaders.structure.annotation import Span
from loaders.structure.responsibility import looks_like_unit

RESPONSIBLE, SUPPORT = "responsible", "support"

# The posts a division of work is about (a government's heads), as written before or after the name.
_POST = r"(?:[省市县区州旗]委)?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|主席)"
# Where a portfolio starts in a sentence, and the clauses that only list bureaus (oversight).
_VERB_AT = re.compile(r"(?:^|(?<=[，,]))\s*(?:主要|同时|还|并|全面|具体)?(?=负责|领导|主持)")
_OVERSIGHT = re.compile(r"[，,]\s*(?:还|并|同时)?(?:分管|联系)")
_ASSIST = re.compile(r"^\s*协助(?:分管|负责)(?P<what>.+?工作)")
_SENTENCE = re.compile(r"[^。；;\n]+")


@dataclass(frozen=True)
class Duty:
    who: Span           # the leader's name where it stands
    task: Span          # the portfolio
    role: str


def read(text: str, names: set[str]) -> list[Duty]:
    """The duties of a division of work in `text`, for leaders among `names` (the officials it names)."""
    s = simplified_name(text)
    if len(s) != len(text):
        s = text
    known = {simplified_name(n) for n in names if len(n) >= 2}
    if not known:
        return []
    out = _lines(s, known)
    if "分工" in s:
        taken = [(d.task.start, d.task.end) for d in out]
        out += [d for d in _prose(s, known) if not any(a <= d.task.start < b for a, b in taken)]
    return [Duty(Span(text[d.who.start:d.who.end], d.who.start, d.who.end),
                 Span(text[d.task.start:d.task.end], d.task.start, d.task.end), d.role) for d in out]


# Any body's leaders, in the division of work of a commission, bureau or department: the posts a head ends with
# (翁玉耀党组书记、主任; 梁伟新党组副书记、副主任（正厅长级），省国防科工办主任; 余须东副巡视员).
_OFFICE_POST = re.compile(r"(?:主任|局长|厅长|书记|组长|主席|部长|秘书长|工程师|总经济师|总会计师|巡视员|调研员|委员|成员"
                          r"|院长|校长|行长|社长|馆长|所长|队长|处长|科长|站长|司长|会长|检察长|庭长|经理|董事长)"
                          r"(?:[（(][^（()）]{1,10}[）)])?$")


def _leader(head: str, known: set[str]) -> str:
    """The name in a line or phrase that is only a post and a known name (副市长张三, 张三副市长)."""
    m = re.fullmatch(rf"(?:{_POST})+(\S{{2,4}})|(\S{{2,4}}?)(?:{_POST})+", head)
    who = m and (m.group(1) or m.group(2))
    return who if who in known else ""


def _office_leader(head: str, known: set[str]) -> str:
    """The name heading an item of a body's division of work: a known name, then the posts it holds
    (翁玉耀党组书记、主任), the last of them a post."""
    for who in sorted((n for n in known if head.startswith(n)), key=len, reverse=True):
        rest = head[len(who):]
        if rest and _OFFICE_POST.search(rest):      # (a head holds no 。/；: `_ITEM_HEAD`)
            return who
    return ""


# An item of a division of work headed by its leader, where items run on in one paragraph or line
# (…通知如下：一、翁玉耀党组书记、主任：主持委全面工作。二、梁伟新…副主任：协助分管…工作。).
_ITEM_HEAD = re.compile(r"(?:^|(?<=[。；;：:\n]))[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)"
                        r"|[（(][一二三四五六七八九十\d]{1,3}[)）])[ \t\u3000]*(?P<head>[^：:。；;\n]{3,40}?)[ \t]*[：:][ \t]*(?=\S)")


def _lines(s: str, known: set[str]) -> list[Duty]:
    """Leaders heading their own line (alone, or before a colon), or a numbered item, with the portfolio after them."""
    heads = []      # (name span, body start, where the head's line or item starts)
    for m in re.finditer(r"[^\n]+", s):
        line = m.group()
        bare = line.strip()
        colon = re.match(r"\s*([^：:，,。]{3,16}?)\s*[：:]\s*(?=\S)", line)
        if colon and (who := _leader(colon.group(1), known)):
            at = m.start() + line.find(who)
            heads.append((Span(who, at, at + len(who)), m.start() + colon.end(), m.start()))
        elif 3 <= len(bare) <= 12 and (who := _leader(bare, known)):
            at = m.start() + line.find(who)
            heads.append((Span(who, at, at + len(who)), m.end(), m.start()))
    for m in _ITEM_HEAD.finditer(s):
        head = m.group("head")
        who = _leader(head, known) or _office_leader(head, known)
        if who and not any(h[2] <= m.start("head") < h[1] for h in heads):
            at = m.start("head") + head.find(who)
            heads.append((Span(who, at, at + len(who)), m.end(), m.start()))
    if len(heads) < 2:      # one line naming a leader is a signature or a by-line, not a division of work
        return []
    heads.sort(key=lambda h: h[2])
    out = []
    ends = [h[2] for h in heads[1:]] + [len(s)]
    for (who, body, _), end in zip(heads, ends):
        for sent in _SENTENCE.finditer(s, body, max(body, end)):
            out += [Duty(who, t, role) for t, role in _portfolio(s, sent.start(), sent.end())]
    return out


def heads_item(text: str, start: int, duties: list[Duty]) -> bool:
    """Whether the item whose text starts at `start` opens with the name of a leader of `duties`
    (一、翁玉耀党组书记、主任：…): its sentences are that leader's portfolio."""
    return any(start <= d.who.start and not text[start:d.who.start].strip() for d in duties)


def _portfolio(s: str, a: int, b: int) -> list[tuple[Span, str]]:
    """The task one sentence of a portfolio gives: from its verb to its end, without the bureaus it oversees."""
    sent = s[a:b]
    m = _ASSIST.match(sent)
    if m:
        return [(_span(s, a + m.start("what"), a + m.end("what")), SUPPORT)]
    m = _VERB_AT.search(sent)
    if not m or re.match(r"\s*(?:分管|联系)", sent):
        return []
    start = a + m.end()
    cut = _OVERSIGHT.search(s, start, b)
    return [(_span(s, start, cut.start() if cut else b), RESPONSIBLE)]


def _span(s: str, a: int, b: int) -> Span:
    while a < b and s[a] in " \t\u3000，,":
        a += 1
    while b > a and s[b - 1] in " \t\u3000，,":
        b -= 1
    return Span(s[a:b], a, b)


# ---- prose ------------------------------------------------------------------------------------

_ADVERBS = r"(?:则|还|也|同时|除了|主要|全面|具体|作为[^，,。；]{2,10}?[，,])*"


def _prose(s: str, known: set[str]) -> list[Duty]:
    """Duties told in sentences: 张三副市长负责X / 市长张三主持X工作 / X由张三负责 / 她还负责X."""
    names = "|".join(sorted((re.escape(n) for n in known), key=len, reverse=True))
    # Saying what a leader does takes the post beside the name (张三副市长负责, 张三作为常务副市长，负责);
    # saying who does a thing (由张三负责) does not.
    titled = rf"(?:(?:{_POST})(?P<n1>{names})|(?P<n2>{names})(?:{_POST}|作为[^，,。；]{{2,10}}?[，,]))"
    leader = rf"(?:{_POST})?(?P<name>{names})(?:{_POST})?"
    found: list[tuple[int, Duty]] = []
    for m in re.finditer(rf"{titled}{_ADVERBS}(?P<v>负责|主持|领导)", s):
        task = _object(s, m.end(), m.group("v"), m.start("v"))
        g = "n1" if m.group("n1") else "n2"
        if task:
            found.append((m.start(), Duty(Span(m.group(g), m.start(g), m.end(g)), task, RESPONSIBLE)))
    for m in re.finditer(rf"由{leader}负责", s):
        start = max(s.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1
        body = re.sub(r"[，,]?\s*(?:均|统一|归口|全部|都|则)*$", "", s[start:m.start()])
        if len(body.strip()) >= 2:
            found.append((m.start(), Duty(Span(m.group("name"), m.start("name"), m.end("name")),
                                          _span(s, start, start + len(body)), RESPONSIBLE)))
    found.sort(key=lambda x: x[0])
    for m in re.finditer(r"[他她](?:还|也|同时|则)*负责", s):
        before = [(at, d) for at, d in found if at < m.start()]
        task = _object(s, m.end(), "负责", m.end() - 2)
        if before and task:
            found.append((m.start(), Duty(max(before, key=lambda x: x[0])[1].who, task, RESPONSIBLE)))
    # A sentence of the same paragraph that goes on without its subject (代省长张三领导省政府全面工作。
    # 负责财政、审计方面工作。) is the same leader's.
    found.sort(key=lambda x: x[0])
    for m in re.finditer(r"(?<=[。；;])[ \t\u3000]*(?:还|也|同时|并|另外)?负责", s):
        before = [d for at, d in sorted(found, key=lambda x: x[0]) if at < m.start()]
        task = _object(s, m.end(), "负责", m.end() - 2)
        if before and task and "\n" not in s[before[-1].task.end:m.start()] and not any(
                d.task.start == task.start for _, d in found):
            found.append((m.start(), Duty(before[-1].who, task, RESPONSIBLE)))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


def _object(s: str, at: int, verb: str, verb_at: int) -> Span | None:
    """What a leader is said to 负责 or 主持: the clause after the verb, and any 以及… clause that extends it."""
    end = at
    while True:
        m = re.compile(r"[^，,；;。\n]*").match(s, end)
        end = m.end()
        if re.match(r"[，,]\s*以及", s[end:end + 4]):
            end += 1
            continue
        break
    if verb == "主持":
        task = _span(s, verb_at, end)
        return task if task.text.endswith("工作") else None
    task = _span(s, at, end)
    return task if len(task.text) >= 2 else None


# ---- assignments told in prose --------------------------------------------------------------
# News retelling a division of tasks names, after each task, who leads it and which unit answers
# for it, in the sentence or in a bracket:
#     推进城市更新，牵头领导为常务副市长张三，主责单位为市住建局；
#     办好民生实事(牵头市领导:副市长李四;牵头单位:市民政局、市财政局)
# 牵头(…)领导 / 牵头单位 → lead; 责任领导 / 主责单位 / 责任单位 → responsible; 配合 / 协办单位 → support.
_LABEL = (r"(?P<label>牵头(?:负责)?(?:[省市县区]级?)?领导|责任(?:[省市县区])?领导|(?:牵头|主责|责任|主要责任|配合|协办)(?:单位|部门))"
          r"\s*(?:为|是|[：:])\s*")
_FIELD = re.compile(_LABEL + r"(?P<value>[^，,；;。\n)）]+)")
_JOIN = re.compile(r"\s*[，,；;]\s*")
# 由X负责的Y项目 (a report on the pledged projects: the units before the project they answer for).
_OWNED = re.compile(r"由(?P<who>[^，,。；;：:\n由的]{2,40}?)(?P<v>牵头负责|牵头实施|牵头|负责实施|负责|承办)的"
                    r"(?P<task>[^，,。；;：:\n]{2,40}?(?:项目|工程|实事|行动))")
_ROLES = (("配合", SUPPORT), ("协办", SUPPORT), ("牵头", "lead"))
# A numbered item (6.为新生儿免费提供…，…全额报销（牵头单位：卫健委、医保局）。): its closing bracket of fields
# answers for the whole item, its clauses and 、/；-joined measures, not only the clause before the bracket.
# (only an item of one sentence with no other annotation in it: 1.A。B，C（牵头单位：X） or 1.A（X牵头）；B（牵头单位：Y）
# keep the clause before the bracket)
# (nor where a clause names who answers for it in words: …，由县民政局负责；…, …县住建局牵头…)
_ITEM_STOP = re.compile(r"[。！？!?]|[（(][^（()）]*(?:牵头|配合|负责|协办|主办|单位|部门)|由[^，,；;。]{2,20}?(?:负责|牵头|承办|实施)"
                        r"|[局委办厅室站所队]{1}(?:负责|牵头)")
_ITEM = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
# (an item may open with its number, and the units be called the leads: 五、县政府办、县发改局…等牵头部门，要…)
_CHARGED = re.compile(r"(?:^|(?<=[。；;\n]))[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))?"
                      r"(?P<who>[^，,。；;：:\n]{4,120}?)等(?P<lead>牵头)?(?:有关|相关)?(?:单位|部门)[，,]?(?:要|务必|须|必须)"
                      r"(?P<task>[^。；;\n]{4,120})")


@dataclass(frozen=True)
class Assigned:
    who: Span           # a leader's name or a unit, where it stands
    task: Span
    role: str
    leader: bool


def assignments(text: str, known: set[str]) -> list[Assigned]:
    """Tasks told with their 牵头领导 / 主责单位 in a sentence or a bracket after them. Leaders are
    only names among `known`, read as simplified (a post alone, 分管副市长, names no one)."""
    original, text = text, simplified_name(text)
    if len(text) != len(original):
        text = original
    known = {simplified_name(n) for n in known}
    out: list[Assigned] = []
    i = 0
    while (m := _FIELD.search(text, i)):
        group = [m]     # the fields told together, one after another
        while (sep := _JOIN.match(text, group[-1].end())) and (nxt := _FIELD.match(text, sep.end())):
            group.append(nxt)
        i = group[-1].end()
        before = text[:m.start()]
        opener = re.search(r"[（(]\s*$|[，,]\s*$", before)
        if not opener:
            continue
        end = opener.start()
        start = max(before.rfind(c, 0, end) for c in "。；;\n，,：:") + 1
        if before[end] in "（(" and len(_span(text, start, end).text) >= 4 \
                and (item := _ITEM.match(text, before.rfind("\n", 0, end) + 1)) and not _ITEM_STOP.search(text, item.end(), end):
            start = item.end()      # (a numbered item closed by its bracket: the bracket answers for all of it)
        task = _span(text, start, end)
        if len(task.text) < 4 or _FIELD.search(task.text):
            continue
        for f in group:
            label = f.group("label")
            role = next((r for w, r in _ROLES if w in label), RESPONSIBLE)
            value = Span(f.group("value"), f.start("value"), f.end("value"))
            if "领导" in label:
                who = _leader(value.text.strip(), known) or (value.text.strip() if value.text.strip() in known else "")
                if who:
                    at = f.start("value") + value.text.find(who)
                    out.append(Assigned(Span(who, at, at + len(who)), task, role, True))
                continue
            out += [Assigned(Span(n.text, n.start, n.end), task, role, False) for n in ann.names(text, value) if n.text]
    # A project told with the units that answer for it: 由贺兰县教育体育局负责的中考信息化提升项目投资475.7万元
    for m in _OWNED.finditer(text):
        units = [n for n in ann.names(text, Span(m.group("who"), m.start("who"), m.end("who")), "、，,") if n.text]
        if units and all(looks_like_unit(n.text) for n in units):
            task = Span(m.group("task"), m.start("task"), m.end("task"))
            role = "lead" if "牵头" in m.group("v") else RESPONSIBLE
            out += [Assigned(Span(n.text, n.start, n.end), task, role, False) for n in units]
    # Units a meeting or a notice charges, named before 等单位要 (区交通运输局、…、莲洲镇等单位要每天更新…): each
    # answers for what follows, to the sentence's end.
    for m in _CHARGED.finditer(text):
        units = [n for n in ann.names(text, Span(m.group("who"), m.start("who"), m.end("who")), "、，,") if n.text]
        if len(units) >= 2 and all(looks_like_unit(n.text) for n in units):
            task = Span(m.group("task"), m.start("task"), m.end("task"))
            role = "lead" if m.group("lead") else RESPONSIBLE
            out += [Assigned(Span(n.text, n.start, n.end), task, role, False) for n in units]
    # Spans back in the text as written (traditional pages are read as simplified).
    return [Assigned(Span(original[x.who.start:x.who.end], x.who.start, x.who.end),
                     Span(original[x.task.start:x.task.end], x.task.start, x.task.end), x.role, x.leader) for x in out]


# A division of work among bodies, one a line (责任分工 / 区统计局：负责将调减的面积落实到统计数据中。): at least two lines
# in a row, each a body's name, a colon and its duty opening with 负责.
_BODY_LINE = re.compile(r"^[ \t\u3000]*(?P<who>[^\s：:，,。；;（()）]{2,24})[ \t]*[：:][ \t]*(?P<task>负责[^\n]{2,600}?)[ \t]*$", re.M)


def body_lines(text: str) -> list[Duty]:
    """The duties of bodies in a division of work written one body a line (各乡镇：负责…; 区统计局：负责…): each a task
    the body is responsible for. Lines of bodies come two or more in a row; a name that is no body's is none."""
    found = [m for m in _BODY_LINE.finditer(text) if looks_like_unit(m.group("who"))]
    out = []
    for k, m in enumerate(found):
        near = [o for o in found[max(0, k - 1):k + 2] if o is not m]
        if not any(text.count("\n", min(m.start(), o.start()), max(m.start(), o.start())) == 1 for o in near):
            continue        # (a body's line alone is a sentence of its own, not a division of work)
        out.append(Duty(Span(m.group("who"), m.start("who"), m.end("who")),
                        Span(m.group("task"), m.start("task"), m.end("task")), RESPONSIBLE))
    return out

