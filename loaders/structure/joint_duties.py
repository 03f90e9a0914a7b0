"""The subject a rule's article or a notice's clause charges, as such documents write it when one body is not all:
    第六条 市财政局会同市发展改革委负责安排…                    — X会同Y: both answer for it (no role word)
    第十条 由市发展改革委会同市财政局、农发行安顺分行制定…计划  — 由X会同Y、Z<does>: all three
    由财政部门配合发改委、商信委积极申报项目资金…              — X配合Y: X backs (support), Y answers
    专项考核工作由人事教育部会同有关部门进行。                  — a collective worked with is no one: X alone
    市发展改革委（市粮食和物资储备局）负责…                    — a body's second name (its other 牌子) is its name
    天津市不动产登记中心(原天津市房地产登记发证交易中心)负责…   — a former name in brackets is no part of it
    沙湾县人民政府负责…                                          — a named region's government is a body
    浦东新区政府要…, 国资主管部门…, 万祥镇、泥城镇和书院镇…           — so is 政府 named by its region, a sector's 主管部门, a town
`subject` reads such a subject for `duties.told` and `duties.by_last`; `with_others` reads the clauses where the bodies
working together do something other than 负责 / 应 (制定, 提出, 进行, 积极申报…). Only bodies are read
(`charges.bodies`: no collective, firm, person or project).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, titles
from loaders.structure.responsibility import RESPONSIBLE, SUPPORT, Named, looks_like_unit

# Working together (after a body's name, as `responsibility._TOGETHER`: not 会同县), or backing another (X配合Y); the body
# may be told to (X要会同Y…, X应当会同Y…).
_WITH = re.compile(r"(?<=[委局办部厅府署院会心队站所社行门关）)])(?:要|应当|应|须|将)?(?P<w>会同|协同|配合)")
# A subject that is no body: what was done (国办已会同…, 水利部也表示将积极配合…: a reply's report), a body named in what is
# done to the work (经X会同Y评审后实施: after its review), a word before the body (在…, 对…).
_NOT_HEAD = re.compile(r"^(?:在|对|向|将|与|同|把|被|按|据|为|由)|已|曾|表示|经(?!济|贸|信|营|开|管|费|销|验|历|常|过|典|纬|理)")
# A bracket after a name: its former name or what the text calls it for short (原…, 以下简称…) is no part of it; any other
# bracket holding a body's name is the same body's second name, kept whole.
_BRACKET = re.compile(r"[（(](?P<in>[^（()）\n，,。；;]{2,30})[)）]$")
# (nor is what the body takes in or leaves out, 县教育局（含县直各学校）, （不含…）: its scope, not a second name)
_ASIDE = re.compile(r"^(?:原|以下简称|以下统称|以下称|下称|简称|统称|含|包含|包括|不含|不包括)")
# A region's government named by its region (沙湾县人民政府, 西秀区人民政府), not a kind of one (县级以上人民政府) nor one
# named by where something is (项目所在地县人民政府, 当地县人民政府: whichever county).
_GOVERNMENT = re.compile(r"^(?!.*(?:[级各本该]|所在|当地|属地|辖区|有关|相关|其他|其它|同级|上级|下级))[\u4e00-\u9fff]{2,12}(?:省|市|自治州|州|县|区|旗|盟|镇|乡)(?:人民)?政府$")


def subject(text: str, who: ann.Span) -> list[Named] | None:
    """The bodies a duty's subject names with their roles (X会同Y: both responsible; X配合Y: X support, Y
    responsible), or None when it names anything but bodies."""
    w = _WITH.search(who.text)
    if w is None:
        if re.search(r"会同|协同|配合", who.text):
            return None     # (X要积极配合Y, 各市科技部门要配合…: no body's name holds them)
        return [Named(u, RESPONSIBLE) for u in units] if (units := _bodies(text, who)) else None
    if _NOT_HEAD.search(who.text[:w.start()]):
        return None
    head = _bodies(text, ann.Span(who.text[:w.start()], who.start, who.start + w.start()))
    rest = ann.Span(who.text[w.end():], who.start + w.end(), who.end)
    if not head or _WITH.search(rest.text):
        return None
    others = _bodies(text, rest)
    if others is None and not charges.COLLECTIVE.match(rest.text) and not SOME.match(rest.text):
        return None     # (会同 what is no body: not read)
    if others is None and w.group("w") != "配合" and SOME.match(rest.text.strip()):
        # (X会同有关部门…: the bodies it works with answer too, named as written)
        t = rest.text.strip()
        at = rest.start + rest.text.index(t)
        others = [ann.Span(t, at, at + len(t))]
    if w.group("w") == "配合":
        return [Named(u, SUPPORT) for u in head] + [Named(u, RESPONSIBLE) for u in others or ()] if others else None
    return [Named(u, RESPONSIBLE) for u in head + (others or [])]


# Bodies named by their part, not by name (有关部门, 相关单位, 其他有关部门): worked with (X会同有关部门…), they answer
# as written.
SOME = re.compile(r"^(?:有关|相关|其他|其它)[\u4e00-\u9fff]{0,6}(?:部门|单位|方面)$")


def _bodies(text: str, who: ann.Span) -> list[ann.Span] | None:
    """`charges.bodies`, with a bracket after the last name read (second name kept, former name left out) and a
    region's government named by its region taken as a body."""
    t = who.text.strip()
    at = who.start + (len(who.text) - len(who.text.lstrip()))
    who = ann.Span(t, at, at + len(t))
    if (b := _BRACKET.search(t)) is not None:
        head = ann.Span(t[:b.start()], who.start, who.start + b.start())
        before = charges.bodies(text, head) or (_towns(text, head) if _ASIDE.match(b.group("in")) else None)
        if not before or "（" in t[:b.start()] or "(" in t[:b.start()]:
            return None
        if _ASIDE.match(b.group("in")):
            return before
        if not looks_like_unit(b.group("in")) or before[-1].end != who.start + b.start():
            return None
        last = before[-1]
        return before[:-1] + [ann.Span(text[last.start:who.end], last.start, who.end)]
    if (units := charges.bodies(text, who)) is not None:
        return units
    if _GOVERNMENT.match(t) and looks_like_unit(t) or _SECTOR_HEAD.match(t):
        return [who]
    return _towns(text, who)


# A sector's 主管部门 named by its sector (国资主管部门, 教育主管部门), not a place in a hierarchy (上级主管部门, 行业主管部门).
_SECTOR_HEAD = re.compile(r"^(?!.*(?:行业|上级|业务|有关|相关|其他|其它|各|政府|同级|所在|当地))[\u4e00-\u9fff]{2,4}主管部门$")


# A town or a street office named by its name (万祥镇, 南汇新城镇, 五星街道), not a kind of one (乡镇, 城镇, 重点镇, 各镇).
_TOWN = re.compile(r"^(?!.*(?:[级各本该全]|所在|当地|属地|辖区|有关|相关|其他|其它|重点|特色|小城|集))[\u4e00-\u9fff]{2,10}"
                   r"(?:乡|镇|街道|街道办事处|苏木)(?:人民政府)?$")


def _towns(text: str, who: ann.Span) -> list[ann.Span] | None:
    """The towns a subject lists (南汇新城镇、万祥镇、泥城镇和书院镇), each by its name, or None when any part is not one."""
    parts = []
    for p in ann.names(text, who, "、，,"):
        at = p.text.find("和")
        pair = [p] if at < 0 else [ann.Span(p.text[:at], p.start, p.start + at), ann.Span(p.text[at + 1:], p.start + at + 1, p.end)]
        parts += pair
    return parts if parts and all(_TOWN.match(p.text) for p in parts) else None


# An article's or an item's number before the body (第五条, 第21条, 二、, （三）, ①, 1）, 一是), never read as part of its name.
NUMBER = r"(?:" + titles.ITEM_NUMBER + r"|[①-⑳]|\d{1,2}[)）]|[一二三四五六七八九十]是[，,：:]?)"
_NAME = r"(?:[^，,。；;：:！？\n“”\"（()）《》由]|[（(][^（()）\n，,。；;]{2,30}[)）])"
# (由)X会同Y(等部门)<what they do>: the bodies up to the word that starts what they do.
_TOGETHER = re.compile(r"(?:^|(?<=[。；;！\n，,：:由]))[ \t\u3000]*(?:" + NUMBER + r"[ \t\u3000]*)?(?:由)?"
                       r"(?P<who>" + _NAME + r"{2,40}?(?:会同|协同|配合)" + _NAME + r"{2,120}?)"
                       r"(?:等(?:有关|相关)?(?:部门|单位))?"
                       r"(?P<task>(?P<verb>制定|提出|进行|研究|开展|组织|做好|拟定|拟订|编制|审核|确定|实施|建立|发布|积极|申报"
                       r"|共同|依法|按照|根据|抓好|落实|推进|完善|加强|承担|办理|对(?=[^。；;]{2,60}?(?:进行|实施|开展)))"
                       r"[^。；;！？\n]{0,240})")
# What was said (a reply's 发展改革委会同有关部门研究提出：…).
_SAID = re.compile(r"[^，,。；;：:]{0,6}[：:]")
# What was done, as a work summary reports it, not what is to be done: 了 in the clause (研究提出了…, 进行了监督检查,
# not 为了, 除了, 了解), a past time opening the sentence (2023年，…, 今年以来，…, 去年…), or what the work came to, counted
# (查处违法案件5起, 共验收项目12个, 全年审批项目86个, 累计检查学校46所); 此前 / 以往 opening it too.
_DONE = re.compile(r"(?<![为除])了(?![解结])")
_PAST = re.compile(r"^(?:(?:19|20)\d\d年(?:以来|上半年|下半年|全年|度|初)?|今年(?:以来|上半年|前三季度)|去年(?:以来)?|近年来|近年|一年来"
                   r"|过去一年|前三季度|此前|之前|以往|截至[^，,。；;]{0,12})[，,]?$")
_COUNTED = re.compile(r"(?:共|累计|全年|合计|先后|查处|查办|查获|立案|办结|发现|收缴|罚没|挽回)[^，,。；;：:]{0,14}?"
                      r"[\d一二三四五六七八九十百千万]+(?:余|多)?(?:起|件|个|家|处|所|项|次|人次|人|户|批|宗|吨|元|万元|亿元)")


def reported(text: str, who: int, end: int) -> bool:
    """Whether the sentence of the clause from `who` (its subject) to `end` reports what was done: 了 after the subject,
    a past time opening the sentence, or figures of what was done."""
    s = max(text.rfind(c, 0, who) for c in "。；;！？\n") + 1
    return bool(_DONE.search(text, who, end) or _PAST.match(text[s:who].strip(" \t\u3000")) or _COUNTED.search(text, who, end))


# What a rule says of itself (本实施细则由X负责解释, 本条例的解释工作, 本暂行规定): no duty.
OWN_RULE = re.compile(r"^本[^，,]{0,6}(?:条例|细则|办法|规定|规则|制度|方案|通知|意见|决定|标准|指南)|负责解释")


def with_others(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every clause where bodies act together (X会同Y…, 由X会同Y、Z…, 由X配合Y…) on what follows them, or, where the
    verb closes the sentence (…工作由X会同Y进行。), on what went before 由. Clauses with 负责 / 应 are `duties.told`'s."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _TOGETHER.finditer(text):
        who = ann.Span(m.group("who"), m.start("who"), m.end("who"))
        if (units := subject(text, who)) is None:
            continue
        a, b = m.start("task"), m.end("task")
        if text[a:b].strip() == m.group("verb"):
            # (…工作由X会同Y进行。: what it does is said first, before 由)
            by = m.start("who") - 1 if text[m.start("who") - 1:m.start("who")] == "由" else -1
            s = max(text.rfind(c, 0, by) for c in "。；;！？：:\n") + 1
            if m.group("verb") not in ("进行", "承担", "办理", "实施") or by < 0 or OWN_RULE.search(text[s:by].strip()):
                continue
            a, b = s, by
            if (n := re.match(r"[ \t\u3000]*(?:" + NUMBER + r")?[ \t\u3000]*", text[a:b])) is not None:
                a += n.end()
        task = charges.task_span(text, a, b)
        if _SAID.match(text, m.start("task"), m.end("task")) or reported(text, m.start("who"), m.end("task")) \
                or a == m.start("task") and charges.OVERSIGHT.search(text[a:b]):
            continue        # (X会同Y研究提出了办理意见: what was done, in a reply or a summary; X要会同Y做好督查: the plan's own oversight)
        if len(task.text) >= 4:
            out.append((units, task))
    return out
