"""What news tells a named body will do (`will_do`): the body, then 将 and its act, as reports of meetings, forums
and inspections write it:
    网友提出的小区改造问题，区住建局表示将联合街道和有关部门召集小区业主代表召开专题座谈会，…；
    若未按期整改到位的单位，县创卫办将以提醒函方式通知其分管县领导。
    县财政局将安排县卫计局迎复审工作经费50万元。
The body answers for the rest of its sentence (responsible). Only a governing body is read so: a bureau, committee,
office, a sector's department, or headquarters (县创卫办, 区住建局, 县防汛抗旱指挥部) — never a
place, building or facility, whose 将 tells what will become of it (市民中心将于年底建成, 污水处理站将投入使用), nor a
collective, a firm or a person (`charges.bodies`); nor the oversight it says it will keep (督察室将对各责任单位的工作进展
进行跟踪督办); nor 将 as what a body does to a thing named after it (将其…).
A 将 clause with no subject of its own, only when it comes (一周后将…, 审定后，将…), goes on with the body that opens
the clause just before it: 县创卫办下发督办函要求…整改到位，一周后将进行原点复查; 市委非公工委审定后，将考核结果抄送…
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure.charges import bodies
from loaders.structure.responsibility import RESPONSIBLE, Named

# Who opens a sentence or a clause and runs to 将 (what it says it will do may be told: 区住建局表示将…; when may come
# first, 下一步区教委将…, 今年市住建局将…, 2025年县交通运输局将…).
_WHEN = r"(?:下一步|今后|近期|同时|此外|另外|今年|明年|年内|近日|目前|当前|今冬明春|\d{4}年(?:\d{1,2}月)?(?:底前|底|内|前)?)"
_WILL = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*"
                   r"(?:" + _WHEN + r")?[，,]?(?P<who>[^，,。；;：:！？\n“”\"（）()]{2,30}?)(?:表示|称|还|也|随后|近期|今后|下一步)?"
                   r"[将將](?![其来來要近]|军(?!民))(?P<task>[^。；;！？\n]{4,240})")
# What a report says before the body it tells of (会议要求县财政局将…, 据悉县供电局将…): the body is what follows it.
_TOLD_BY = re.compile(r"^.*?(?:会议|會議|全会|全會)?(?:要求|明确|明確|强调|強調|指出|提出|决定|決定|同意|据悉|據悉|获悉|獲悉|了解到)")
# A governing body's name ends so (a building or a facility, 市民中心 / 污水处理站, does not; a party committee's own
# pledge, 市委将…, is a pledge, not a body's task; a firm named like a bureau, 南昌铁路局 / 县供电局, is a firm).
_GOVERNING = re.compile(r"(?<!铁路)(?<!鐵路)(?<!供电)(?<!供電)(?<!烟草专卖)(?<!菸草專賣)(?<!邮政)(?<!郵政)(?:局|委员会|委員會|(?<=[^市县縣区區州省镇鎮乡鄉党黨两兩])委|"
                        r"办公室|辦公室|办|辦|厅|廳|管委会|管委會|部门|部門|指挥部|指揮部|督查室|督察室)$")
# What becomes of a thing, not what a body does (…将于年底建成, 将投入使用).
_BECOMES = re.compile(r"^(?:于[^，,]{0,12}?)?(?:全面|正式|如期|按期)?(?:建成|投用|投入使用|竣工|完工|开工|开放|开业|运行|运营|"
                      r"举行|召开|迎来|达到|超过|突破|实现|成为|面临)")
# A subject holding a preposition or a modal is a clause about someone, not the one who acts (应逐步改为由物资部门将…).
_NOT_SUBJECT = re.compile(r"[由应把对向]")

# Oversight a body says it will keep over the others (督察室将对各责任单位的工作进展进行跟踪督办): how the work is watched,
# not a task of its own (as `charges.sectors_charged` leaves a plan's 督查 out).
_OVERSEES = re.compile(r"督查|督办|督导|督察|督促|通报|考核(?!结果)|问责")   # (not 将考核结果抄送…: a thing handed on)

# A clause telling only when, then 将 (一周后将…, 审定后，将…, 随后将…): the body of the clause before it goes on.
_THEN = re.compile(r"(?<=[，,])[ \t\u3000]*(?P<when>[^，,。；;：:！？\n将局委办厅部室]{0,8}?后|随后|然后|届时)?[，,]?[将將]"
                   r"(?![其来來要近]|军(?!民))(?P<task>[^。；;！？\n]{4,240})")
# The body opening a clause (县创卫办下发…, 市委非公工委审定后): a governing body's name, then what it does.
_OPENS = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*(?P<who>[\u4e00-\u9fff]{2,16}?(?:局|委员会|委|办公室|办|厅|管委会|指挥部|督查室))"
                    r"(?![员会公室厅局办委部])")


# A clause stating a condition, 若未按期整改到位的单位: what the body will do ends before it.
_IF = re.compile(r"[，,](?=若|如果|倘若|凡)")


def _carried(text: str, m: re.Match) -> list[ann.Span] | None:
    """The governing bodies a subjectless 将 clause goes on with: those opening the clause just before it, when the
    clause or the one before tells when (一周后将…; 审定后，将…)."""
    a = max(text.rfind(c, 0, m.start() - 1) for c in "。；;：:，,！？\n") + 1
    before = text[a:m.start() - 1]
    if not m.group("when") and not before.endswith("后"):
        return None
    o = _OPENS.match(text, a)
    if o is None or o.end() > m.start() or _NOT_SUBJECT.search(o.group("who")):
        return None
    units = bodies(text, ann.Span(o.group("who"), o.start("who"), o.end("who")))
    return units if units and all(_GOVERNING.search(u.text) for u in units) else None


def _tells(m: re.Match) -> bool:
    """Whether a 将 clause tells what a body will do: not what becomes of a thing, nor the oversight it keeps."""
    return not (_BECOMES.match(m.group("task")) or _OVERSEES.search(m.group("task")))


def will_do(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every clause in text telling named governing bodies what they will do: (the bodies, responsible; the task). A
    task runs to the end of its sentence, or to the next clause telling another body what it will do."""
    told: list[tuple[list[ann.Span], int, re.Match]] = []
    at = 0
    while (m := _WILL.search(text, at)) is not None:
        at = m.start("task")        # (a clause after it may tell another: …，一周后将…，县创卫办将…)
        if not _tells(m) or _NOT_SUBJECT.search(m.group("who")):
            continue
        start = m.start("who") + (told_by.end() if (told_by := _TOLD_BY.match(m.group("who"))) else 0)
        units = bodies(text, ann.Span(text[start:m.end("who")], start, m.end("who")))
        if units and all(_GOVERNING.search(u.text) for u in units):
            told.append((units, m.start("who"), m))
    said = {m.start("task") for _, _, m in told}
    for m in _THEN.finditer(text):      # (and the clauses going on with the body before them: 审定后，将…)
        if m.start("task") not in said and _tells(m) and (units := _carried(text, m)):
            told.append((units, m.start(), m))
    told.sort(key=lambda t: t[1])
    out: list[tuple[list[Named], ann.Span]] = []
    for k, (units, _, m) in enumerate(told):
        a, b = m.start("task"), m.end("task")
        if k + 1 < len(told) and told[k + 1][1] < b:
            b = told[k + 1][1]
        if (c := _IF.search(text, a, b)) is not None:
            b = c.start()       # (a condition opens another matter: …，若未按期整改到位的单位，…)
        while b > a and text[b - 1] in " \t\u3000，,":
            b -= 1
        out.append(([Named(u, RESPONSIBLE) for u in units], ann.Span(text[a:b], a, b)))
    return out
