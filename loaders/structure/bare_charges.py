"""Bodies a policy charges with no duty word between them and what they do, as national notices and rules write it:
    工业和信息化部、公安部、住房和城乡建设部、交通运输部遴选具备量产条件的…产品，开展准入试点；   — each ministry responsible
    在…工作基础上，工业和信息化部、公安部…遴选…                                                — after a setting clause
    省级工业和信息化主管部门会同省级公安机关…、交通运输部门、通信管理局，对申报方案进行审核，…      — X会同Y，<does>: all
    工业和信息化部、国家发展改革委联合财政部、市场监督管理总局组织遴选并公布…名单               — X联合Y<does>: all
    第三条工业和信息化部依照本规定对全国范围内…服务实施监督管理。                                 — an article's subject
    各地工业和信息化、发展改革主管部门建立会商机制，…                                           — departments named by level
The subject opens its sentence (after an article's or an item's number, or a setting clause: 在…基础上，/ 在…领导下，) and
is bodies only: named bodies (`charges.bodies`, `joint_duties.subject`) or departments named by their level or trade
(`prose_subjects.departments`); then, at most after how (依照本规定 / 按照…), one of the verbs a policy gives a body its
work with (组织, 遴选, 建立, 开展, 受理, 制定, 审核, 推动, 指导, 对…进行/实施: X负责… is `duties.told`'s). Its task runs to the end of the sentence's
clause (；。). Read only where a document charges its bodies in its sentences (`kinds/sentence_charges.py`'s `prose`), and
never what was done (了, a past time: `joint_duties.reported`) nor what a body issued (印发, 发布: not in the verbs).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties, prose_subjects
from loaders.structure.responsibility import RESPONSIBLE, Named

# The verbs a policy gives a body its work with, right after the body (or after how it does it).
# (组织 not 组织部: 市委组织部; 建立 not of a name; 对…进行/实施 what it supervises or reviews)
_VERB = re.compile(r"(?:(?:大力|积极|统一)?(?:组织(?!部|方式|形式|机构|架构|保障|领导|召开)|遴选|建立|开展|受理|制定|审核(?!意见|结果)|推动|指导|对(?=[^。；;！？\n]{2,80}?"
                   r"(?:进行|实施))))(?!的)")
# How it does it, between the body and the verb: 依照本规定, 按照本细则, 根据…要求 (a clause of up to 20 characters).
# (closed by its comma, 根据省工业和信息化厅统一安排，组织…; or under whom, 在Y领导下，)
_HOW = re.compile(r"(?:在[^，,。；;！？\n]{2,30}?(?:领导|指导)下[，,]\s*)?(?:依照|按照|根据|依据)[^，,。；;！？\n]{2,20}[，,]?\s*$"
                  r"|在[^，,。；;！？\n]{2,30}?(?:领导|指导)下[，,]\s*$")
# A setting clause before the subject (在…基础上，/ 在…领导下，), or an article's or an item's number, or a dash.
_OPENING = re.compile(r"[ \t\u3000]*(?:" + joint_duties.NUMBER + r"[ \t\u3000]*)?(?:——)?"
                      r"(?:在[^，,。；;！？\n]{2,40}?(?:基础上|领导下|指导下|前提下)[，,])?[ \t\u3000]*")
# Bodies joined by 联合 (X联合Y组织…): all of them answer.
_JOINED = re.compile(r"(?<=[委局办部厅府署门关心])联合(?=[\u4e00-\u9fff])")
# A clause after the first naming the bodies the subject works with (，联合财政、市场监管主管部门组织…), then a verb.
_WITH_NEXT = re.compile(r"[，,](?:联合|会同)(?P<with>[^，,。；;！？\n]{2,60}?)(?=" + _VERB.pattern + r")")
# Words of a kind of body only (有关单位和部门, 部门): no body named.
_KIND_WORDS = re.compile(r"有关|相关|关|其他|其它|单位|部门|机构|和|及|与|、")
# The plan's own oversight, anywhere in the work told (对相关工作进行督导, 挂牌督办): no measure of its own.
_OVERSEES = re.compile(r"督导|督办|督查|督促|通报|挂牌|考评|问责")
# A report or a review of what was done naming itself at its head (数字中国发展报告, 工作总结): its X组织开展… is no charge.
# (and a policy's 解读, telling how it was drafted: 市工业和信息化局组织精干力量开展《规划》编制工作)
_REPORT = re.compile(r"报告|总结|综述|白皮书|年鉴|回顾|解读")
# The line before ends inside a sentence, at a full line's width (a PDF's or a page's line break, not a heading's end).
_WRAPPED = re.compile(r"(?:^|\n)[^\n]{18,}[\u4e00-\u9fff、，,（(“\"]\n[ \t\u3000]*$")
_SENTENCE = re.compile(r"[^。；;！？\n]+")


def _subject(text: str, who: ann.Span) -> list[Named] | None:
    """The bodies a subject names (X、Y; X会同Y; X联合Y), each responsible, or None when any part is no body."""
    w = who.text.rstrip("，, \t\u3000")
    who = ann.Span(w, who.start, who.start + len(w))
    if len(w) < 2 or re.search(r"[，,]", w):
        return None
    if (j := _JOINED.search(w)) is not None:
        head = ann.Span(w[:j.start()], who.start, who.start + j.start())
        rest = ann.Span(w[j.end():], who.start + j.end(), who.end)
        a, b = _subject(text, head), _subject(text, rest)
        return a + b if a and b else None
    if (named := joint_duties.subject(text, who)) is not None:
        return [Named(n.name, RESPONSIBLE) for n in named] if all(n.role == RESPONSIBLE for n in named) else None
    if (w2 := re.search(r"会同", w)) is not None:
        a = _subject(text, ann.Span(w[:w2.start()], who.start, who.start + w2.start()))
        b = _subject(text, ann.Span(w[w2.end():], who.start + w2.end(), who.end))
        return a + b if a and b else None
    parts = prose_subjects.departments(text, who)
    return [Named(p, RESPONSIBLE) for p in parts] if parts else None


# A subject that names no body of its own: a verb read into its name (强化河长办…), a body named by where another stands
# (市人民政府所在地西秀区人民政府: the sentence goes on to the others, 其他县（区）…).
_NO_SUBJECT = re.compile(r"^(?:强化|加强|发挥|明确|落实|推进|推动|建立|完善|健全|支持|鼓励|引导|督促|指导|要求|依托|组建|成立|设立"
                         r"|建设|培育|打造|通过|围绕|利用|加快|深化|联合|会同|配合|协助|与|和|及|同|对|向|在|将|把|为"
                         # (a clause's verb or conjunction before a body, 实现交通运输主管部门对…, 并局部开展…: no subject)
                         r"|实现|促进|确保|保障|便于|以便|使|让|并|且|还|也|又|再)|所在|团队$|局部$")
# A subject holding a duty word, a verb or a word of what is done to it (X应建立…, 经X审核后, 具体办法由X制定, X会同有关部门组建…,
# X定期组织): the sentence is not one body's bare charge (`duties.told` reads X应…, `duties.by_last` …由X…).
_NOT_BARE = re.compile(r"应|要|将|须|需|负责|由|经|组建|成立|设立|召开|印发|发布|定期|共同")


def _bodies_of(text: str, who: ann.Span) -> list[Named] | None:
    """`_subject`, where no unit is a verb's object or a kind of body only."""
    units = _subject(text, who)
    if not units or any(_NO_SUBJECT.search(u.name.text) or not _KIND_WORDS.sub("", u.name.text) for u in units):
        return None
    return units


def _next_subject(text: str, a: int, b: int) -> int:
    """Where a clause in text[a:b] opens with bodies of its own told their work (…，市级主管部门组织…), or b."""
    for c in re.finditer(r"[，,]", text[a:b]):
        at = a + c.end()
        v = _VERB.search(text, at, b)
        if v is not None and 2 <= v.start() - at <= 40 and not re.search(r"[，,]", text[at:v.start()]) \
                and _bodies_of(text, ann.Span(text[at:v.start()], at, v.start())):
            return a + c.start()
    return b


def told(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every sentence's clause whose subject is bodies told their work with no duty word (X遴选…, X会同Y，对…进行审核):
    the bodies, each responsible, and the clause from the verb to its end (or to the next clause with bodies of its own,
    …，市级主管部门组织…, read in turn)."""
    out: list[tuple[list[Named], ann.Span]] = []
    if _REPORT.search(text, 0, 300):
        return out
    for s in _SENTENCE.finditer(text):
        if _WRAPPED.search(text, max(0, s.start() - 60), s.start()):
            continue        # (a line a PDF broke inside a sentence: no sentence starts there)
        at = s.start()
        while at < s.end():
            at = _clause(text, _OPENING.match(text, at).end(), s.end(), out)
    return out


def _clause(text: str, a: int, end: int, out: list) -> int:
    """The bare charge of the clause at text[a] (its sentence ending at `end`) added to out; where the next clause with a
    subject of its own starts, or `end`."""
    v = _VERB.search(text, a, end)
    if v is None:
        return end
    b = v.start()
    if (h := _HOW.search(text, a, b)) is not None:
        b = h.start()
    # (the subject opens the verb's own clause: 园区建设期为5年，市工业和信息化局根据…，组织…)
    # (but a comma closing the subject stays: X会同Y、Z，对…进行审核)
    inner = text[a:b].rstrip("，, \t\u3000")
    if (c := max(inner.rfind("，"), inner.rfind(","))) >= 0:
        a += c + 1 + len(inner[c + 1:]) - len(inner[c + 1:].lstrip(" \t\u3000"))
    who = ann.Span(text[a:b], a, b)
    if re.search(r"[。；;：:“”\"《》]", who.text) or len(who.text) > 120 or _NOT_BARE.search(who.text) or who.text.endswith("的"):
        return end
    if not (units := _bodies_of(text, who)):
        return end
    if joint_duties.reported(text, a, end):
        return end
    stop = _next_subject(text, v.end(), end)
    close = stop
    # (X建立会商机制，联合Y组织…: X's own work, then the work it does with Y, two tasks)
    for j in _WITH_NEXT.finditer(text, v.end(), stop):
        more = _subject(text, ann.Span(j.group("with"), j.start("with"), j.end("with")))
        if more:
            close = j.start()
            nxt = _VERB.match(text, j.end("with"))
            _keep(out, units + more, charges.task_span(text, nxt.start(), stop))
            break
    _keep(out, units, charges.task_span(text, v.start(), close))
    return stop + 1 if stop < end else end


def _keep(out: list, units: list[Named], task: ann.Span) -> None:
    if len(task.text) >= 4 and not charges.OVERSIGHT.search(task.text) and not _OVERSEES.search(task.text):
        out.append((units, task))
