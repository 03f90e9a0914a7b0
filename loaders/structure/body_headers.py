"""A division of duties written body by body (职责分工, 部门职责): each numbered header names a body, and the sentences
under it, which name no subject of their own, are that body's duties:
    (一)区建管委
    牵头协调督促本区海绵城市建设工作落实，统筹推进海绵城市规划建设。指导城市道路等交通项目落实海绵城市要求。
    (二)区财政局
    负责在政府投资项目中安排海绵城市建设年度预算。
or with the body and its duties on one line, closed by a colon or a full stop ((二)县财政局：负责…。 / 2.县财政局。负责…).
Each sentence (to 。 or ；) that names no body of its own (区（市）财政部门负责…: `duties`') is a task the body
answers for (responsible); a sentence opening 牵头… it leads (its first
clause, where a comma follows: the rest it answers for, as `leads_told` reads X牵头…，…). The header
must name a body (`responsibility.looks_like_unit`: 区发改委, 各建设单位; never a heading, 加强组织领导), and at least
two such headers of the same numbering follow one another, none of a heading between them, under a heading of the level
above that names duties (四、职责分工, 三、部门职责: a list of the bodies' duties, not one numbered point that happens to be a
body's name, nor a report's line per body, 1.城乡建设工作指挥部：项目23项…). A body's duties run to the next numbered line of the
same numbering (whether or not it names a body), or to a heading of the level above (四、保障措施).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure.responsibility import LEAD, RESPONSIBLE, Named, looks_like_unit

# A header: a numbered body on a line of its own, or before its duties after a colon or a full stop.
_HEADER = re.compile(r"^[ \t\u3000]*(?P<no>[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])[ \t\u3000]*"
                     r"(?P<who>[^\s，,。；;：:！？“”\"《》、]{2,20}?)[ \t\u3000]*(?:[：:。][ \t\u3000]*(?P<rest>\S[^\n]*)?)?[ \t\u3000]*$",
                     re.M)
# A heading of the level above (一、…, 第二章, 四、保障措施): the division of duties ends there.
_ABOVE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+[章节部分])", re.M)
# Any numbered line (a header naming no body, (三)申报主体：…, still ends the body before it).
_NUMBERED = re.compile(r"^[ \t\u3000]*(?P<no>[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])", re.M)
# A sentence opening with a subject of its own, then its duty word (区（市）财政部门负责…, 各街道要…); not a place or a
# circumstance (在本单位负责实施的…, 对…).
_OWN = re.compile(r"(?P<who>(?![在对按根依为从向与把将由])[^，,。；;：:]{2,30}?)(?:具体|统一|主要|分别)?(?:负责(?![人同的任制])|要(?![求点素件])|应当|牵头|会同)"
                  # (or a body's name before whatever it does: 区（市）财政部门根据…拨付资金)
                  r"|(?P<body>(?![在对按根依为从向与把将由]|负责|指导|协助|配合|统筹|组织|督促|推进|推动|加强|落实|做好|参与|支持|会同|牵头|开展|建立|完善)[^，,。；;：:、]{2,20}?(?:局|委|办|厅|部门|政府|中心|街道|管委会))")
# What the heading over the headers calls them (职责分工, 部门职责, 责任分工, 任务分工).
_DUTIES = re.compile(r"职责|分工")
_SENTENCE = re.compile(r"[^。；;！？\n]+[。；;！？]?")
_LEADS = re.compile(r"牵头(?![单部])")
_MIN = 6


def _style(no: str) -> str:
    return "paren" if no[0] in "（(" else "arabic"


def _under_duties(text: str, at: int) -> bool:
    """Whether the heading of the level above the header at `at` names a division of duties (四、职责分工, 三、部门职责)."""
    above = None
    for above in _ABOVE.finditer(text, 0, at):
        pass
    if above is None:
        return False
    end = text.find("\n", above.start())
    return bool(_DUTIES.search(text[above.start():end if end >= 0 else len(text)]))


def headed(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every duty of a body its header names (responsible; lead where the sentence opens 牵头…)."""
    numbered = list(_NUMBERED.finditer(text))
    heads = [m for m in _HEADER.finditer(text) if looks_like_unit(m.group("who"))]
    out: list[tuple[list[Named], ann.Span]] = []
    for i, m in enumerate(heads):
        nxt = heads[i + 1] if i + 1 < len(heads) else None
        prev = heads[i - 1] if i else None
        paired = any(o is not None and _style(o.group("no")) == _style(m.group("no"))
                     and not _ABOVE.search(text, min(o.end(), m.end()), max(o.start(), m.start()))
                     for o in (prev, nxt))
        if not paired or not _under_duties(text, m.start()):
            continue
        # (to the next numbered line of the same numbering, whether or not it names a body: (三)申报主体：…)
        end = next((n.start() for n in numbered if n.start() > m.start() and _style(n.group("no")) == _style(m.group("no"))),
                   len(text))
        above = _ABOVE.search(text, m.end(), end)
        end = above.start() if above else end
        start = m.start("rest") if m.group("rest") else m.end()
        who = ann.Span(m.group("who"), m.start("who"), m.end("who"))
        for s in _SENTENCE.finditer(text, start, end):
            a, b = s.start(), s.end()
            while a < b and text[a] in " \t\u3000":
                a += 1
            while b > a and text[b - 1] in " \t\u3000。；;！？，,":
                b -= 1
            if b - a < _MIN or ((own := _OWN.match(text, a, b)) and looks_like_unit(re.sub(r"[（(][^（()）]*[)）]", "", own.group("who") or own.group("body")))):
                continue        # (a sentence naming a body of its own, 市财政局负责…: that body's, read by `duties`)
            if _LEADS.match(text, a) and (comma := re.search(r"[，,]", text[a:b])) and b - (a + comma.end()) >= _MIN:
                # (牵头协调…，统筹推进…: it leads the first clause and answers for the rest, as `leads_told` reads X牵头…，…)
                out.append(([Named(who, LEAD)], ann.Span(text[a:a + comma.start()], a, a + comma.start())))
                a += comma.end()
            role = LEAD if _LEADS.match(text, a) else RESPONSIBLE
            out.append(([Named(who, role)], ann.Span(text[a:b], a, b)))
    return out
