"""Responsibility annotations of plan items, read for loaders/kinds/division_plan.py.

A plan item ends with who answers for it, in one of the forms plans are written in:
    〔牵头领导：陈秀兴；牵头单位：市发展改革委；配合单位：市直各相关部门各单位，各县（市、区）人民政府〕
    （牵头市领导:张三;牵头单位:市财政局;责任单位:市审计局）   — any bracket pair, even 〔…]
    牵头领导：张三\n牵头单位：市财政局\n责任单位：市审计局      — one field a line, no brackets
Everything here works on offsets into one text, so callers can turn any piece into evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.reading.column_labels import SEES_THROUGH
from loaders.reading.flat_rows import OTHER_NAME

# A label is (who)(level)(what): 牵头领导, 牵头市领导, 分管市领导, 牵头单位, 配合单位, 责任单位…
# A project's fields may say so: 项目责任领导, 项目责任单位, 项目责任人. A label may open with the level
# of government it speaks for, where a task is led at two (市级牵头单位：…；区级牵头单位：…).
# (a bureau's own plan names its sections: 责任科室, 牵头处室, 配合股室)
_LEVEL = r"(?:项目|[省市州盟县区旗镇乡]级)"
# (a label may say how near the work a unit stands: 主要责任单位, 相关责任单位 — both answer for it)
_NEAR = r"(?:主要|相关|其他|其它)"
_LABEL = (rf"{_LEVEL}?{_NEAR}?(?:(?:牵头|协同|协作|配合|协办)责任(?:单位|部门)"
          rf"|(?:牵头负责|牵头|分管|{SEES_THROUGH}|责任|配合|协办|会办|主办|参与|参加|协同|协作|主责)(?:考核)?(?:[省市县区]级?)?(?:领导|单位|部门|科室|处室|股室)"
          "|(?:部门|责任)分工|(?:完成|整改|办结)(?:时限|时间|期限)|时间节点|(?<!第一)责任人"
          # (the body that carries the work out, and a level's leader over it: 责任主体, 实施主体, 县级领导, 具体责任人)
          "|(?:责任|实施)主体|实施机构|承担单位|责任(?:乡镇|镇街|街道)|[省市州盟县区旗镇乡]级(?:责任)?领导|领衔领导|(?:具体|直接)责任人"
          # a river's or lake's chief and those who help (河长制 lists: 河长：…副河长：…协助：省水利厅), and the like
          # (林长, 路长, 田长, 湾长)
          "|副?(?:河|湖|林|路|田|湾)长|协助单位|协助)")
_COLON = r"\s*[：:]"
_OPEN = "〔（(【[［"
_CLOSE = "〕）)】]］"
# A bracket may open with when before who: （5月底前完成，牵头单位：…）.
_BRACKETED = re.compile(rf"[〔（(【\[［]\s*(?=(?:[^〔（(【\[［〕）)】\]］\n：:]{{0,40}}?[，,；;]\s*)?{_LABEL}{_COLON})")
_WHEN = re.compile(r"\d{1,2}月|\d{4}年|年底|年内|前|底|长期|持续")
# Unbracketed fields start a line or follow the end of a sentence.
_BARE = re.compile(rf"(?:^|(?<=[。；;\n]))[ \t]*(?={_LABEL}{_COLON})", re.M)
# A field also starts where a label follows a name directly: PDF joining can glue lines together.
# (Not inside a longer label: 牵头责任单位 holds 责任单位.)
_LABEL_AT = re.compile(rf"\s*{_LABEL}")
# (a 支撑单位, the bodies backing the lead up, only as a field after another: （牵头单位：X，支撑单位：Y）; alone on its line
# it is a notice's contact, 支撑单位：/ 某研究院 何某 010-…)
_LABEL_NEXT = rf"(?:{_LABEL}|支撑(?:单位|部门))"
_NEXT_FIELD = re.compile(rf"(?:[，,]|[ \t]*\n)?\s*(?<!牵头|协同|协作|配合|协办|项目|主要|相关|其他|其它|具体|直接)(?<![省市州盟县区旗镇乡]级)(?={_LABEL_NEXT}{_COLON})")
# The task's own fields, which may run on after a unit on the same line (责任单位:莲塘镇任务目标:…): they end
# the field before them.
_OTHER_LABEL = re.compile(r"(?:任务|工作|建设|年度)?目标(?:任务)?|(?:建设|主要|工作|实施|具体)内容|建设(?:地点|规模|性质)|总投资|投资(?:规模|额)"
                          r"|(?:工作|具体|主要)措施|(?:进度|时间)安排|预期(?:成效|目标)"
                          # how it stands, in a report on the work (整改情况：已完成), read as its status
                          r"|(?:推进|进展|落实|完成|办理|整改)(?:情况|进度)|(?:工作|整改)进展")
# A line telling how a task stands, in a report on the work (进展情况：…, 整改情况：…, 目前推进情况：…): not the task's text.
STATUS_WORDS = r"(?:(?:目前|当前)?(?:工作)?(?:推进|进展|落实|完成|办理|实施|整改)(?:情况|进度)|(?:工作|整改)进展|进展|进度|现状)"
STATUS_LINE = re.compile(rf"^[ \t]*[。；;，,]?[ \t]*{STATUS_WORDS}[ \t]*[：:]", re.M)
_OTHER_FIELD = re.compile(rf"(?=(?:{_OTHER_LABEL.pattern}){_COLON})")
_FIELD_HEAD = re.compile(r"\s*([^：:，,、；;\n]{1,12}?)\s*[：:]\s*")

LEADER, UNIT, DEADLINE, CLAUSES = "leader", "unit", "deadline", "clauses"
LEAD, SUPPORT, RESPONSIBLE = "lead", "support", "responsible"
# Field label → (what it names, role). 责任单位 and 分管领导 name who answers for the work with
# no lead/support split: responsible. 部门分工 holds unlabelled clauses (X牵头，Y配合).
_KINDS = (
    (re.compile(r"^(?:牵头负责|牵头|领衔)(?:[省市县区]级?)?领导$"), LEADER, LEAD),
    # (a project's or a village's own leader: 包联领导, 包保领导, 挂点领导, 联系领导, 帮扶领导)
    (re.compile(rf"^(?:分管|{SEES_THROUGH}|责任)(?:[省市县区]级?)?领导$|^(?:具体|直接)?责任人$|^(?:[省市州盟县区旗镇乡]级)?(?:责任)?领导$"), LEADER, RESPONSIBLE),
    (re.compile(r"^(?:牵头负责|牵头|主责|主办)(?:考核|责任)?(?:单位|部门|科室|处室|股室)$"), UNIT, LEAD),
    # (the bodies that work with the lead, 协作单位 / 主要协作单位 / 支撑单位 (牵头单位：X，支撑单位：Y), as 配合单位 do)
    (re.compile(r"^(?:配合|协办|会办|参与|参加|协同|协作|支撑)(?:责任)?(?:单位|部门|科室|处室|股室)$"), UNIT, SUPPORT),
    (re.compile(rf"^(?:责任|{SEES_THROUGH})(?:单位|部门|科室|处室|股室)$|^(?:责任|实施)主体$|^实施机构$|^承担单位$|^责任(?:乡镇|镇街|街道)$"), UNIT, RESPONSIBLE),
    (re.compile(r"^(?:部门|责任)分工$"), CLAUSES, ""),
    (re.compile(r"^(?:(?:完成|整改|办结)(?:时限|时间|期限)|时间节点)$"), DEADLINE, ""),
    (re.compile(r"^(?:河|湖|林|路|田|湾)长$"), LEADER, RESPONSIBLE),
    (re.compile(r"^副(?:河|湖|林|路|田|湾)长$"), LEADER, SUPPORT),
    (re.compile(r"^协助(?:单位)?$"), UNIT, SUPPORT),
)
# Words that make a leader field an office rather than a person: 市委常委、市纪委书记; 市政府各位副市长.
_OFFICE = re.compile(r"市长|县长|区长|省长|书记|常委|主任|部长|局长|秘书长|各位|委员|领导")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
# A post of a place's body (合肥市委书记, 某县政府副县长) listed after a named leader's own post.
_PLACE_POST = re.compile(r"[\u4e00-\u9fff]{2,4}?[市县区州盟旗](?:委|政府|人大|政协)")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Annotation:
    start: int          # the opening bracket (or the first label when unbracketed)
    end: int            # just past the closing bracket (or the block's end)
    inner: tuple[int, int]
    bracketed: bool
    closed: bool


@dataclass(frozen=True)
class Field:
    label: str
    kind: str           # LEADER, UNIT or DEADLINE
    role: str
    value: Span
    span: Span          # label and value together


@dataclass(frozen=True)
class Problem:
    code: str           # plan.bad-annotation, plan.unknown-field, plan.unnamed-leader
    message: str
    start: int
    text: str


def find(text: str, start: int, end: int) -> Annotation | None:
    """The annotation in text[start:end], bracketed or one field a line."""
    m = _BRACKETED.search(text, start, end)
    if m:
        close = _closing(text, m.start() + 1, end)
        if close is None:
            return Annotation(m.start(), _rstrip(text, m.start(), end), (m.end(), _rstrip(text, m.end(), end)), True, False)
        return Annotation(m.start(), close + 1, (m.end(), close), True, True)
    m = _BARE.search(text, start, end)
    if m:
        a = m.end()
        e = _before_status(text, a, _rstrip(text, a, end))
        return Annotation(a, e, (a, e), False, True)
    # A label glued to an item's heading, nothing between them ((一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会):
    # a field to the line's end, where the heading before it is no sentence.
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    m = _GLUED.search(text, start, line_end)
    if m and not _SENTENCE_MARK.search(text, start, m.start()):
        e = _units_end(text, re.compile(_LABEL + _COLON).match(text, m.start()).end(), line_end)
        return Annotation(m.start(), e, (m.start(), e), False, True)
    m = _INLINE.search(text, start, end)
    if m:
        # A field after the task's comma (1、农村道路畅通工程，牵头部门：市交通局。…) ends with its sentence.
        a = m.end()
        stop = _SENTENCE_END.search(text, a, end)
        e = _before_status(text, a, _rstrip(text, a, stop.start() if stop else end))
        return Annotation(a, e, (a, e), False, True)
    return None


# A clause telling how the work stands, run on after the units with a comma (责任单位：市卫健委，已于5月竣工投用；
# …，主体结构已封顶; …，目前完成投资1.2亿元): no unit's name opens with these words or holds 已 / 正在, so the
# field ends before it.
STATUS_OPENING = (r"[^，,、。；;：:（(]{0,8}?(?:已|正在|尚未)|正按|目前|当前|截至|截止|累计|预计|均已|全部(?:完成|建成|办结)"
                  r"|完成(?:投资|率|年度|全年|了)|占(?:年度|全年|计划|总)|进度")
STATUS_AFTER = re.compile(rf"[，,]\s*(?={STATUS_OPENING})")


def _before_status(text: str, a: int, e: int) -> int:
    """An unbracketed field's end: before a status clause the page runs on after its units, in the sentence
    the field opens (a status field after it, 。完成情况：已完工10个，2个正在施工, is read as its own)."""
    stop = _CLAUSE_END.search(text, a, e)
    m = STATUS_AFTER.search(text, a, stop.start() if stop else e)
    return _rstrip(text, a, m.start()) if m else e


_CLAUSE_END = re.compile(rf"[。；;\n]|{_OTHER_FIELD.pattern}")


_INLINE = re.compile(rf"(?<=[，,])[ \t]*(?={_LABEL}{_COLON})")
def _units_end(text: str, a: int, end: int) -> int:
    """Where a glued field's units end, when the page ran the report on into them (县卫生健康委员会截至4月28日…):
    after the last unit's suffix before the first figure or punctuation."""
    stop = _NOT_UNIT.search(text, a, end)
    seg = text[a:stop.start() if stop else end]
    ends = [k + 1 for k, ch in enumerate(seg) if ch in _UNIT_SUFFIX]
    return a + (ends[-1] if ends else len(seg))


_NOT_UNIT = re.compile(r"[\d，,。；;：:（(]")
_UNIT_SUFFIX = set("局委办会院厅部室队所站处府司社联团心镇乡街道区县市")
_GLUED = re.compile(rf"(?<=[\u4e00-\u9fff）)])(?={_LABEL}{_COLON})")
_SENTENCE_MARK = re.compile(r"[。；;，,：:！？]")
_SENTENCE_END = re.compile(r"[。\n]")


def _closing(text: str, i: int, end: int) -> int | None:
    # Any closer ends it at depth 0: PDF conversion turns some 〔…〕 into 〔…] or 〔…）.
    depth = 1
    for k in range(i, end):
        ch = text[k]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth == 0:
                return k
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def label_kind(label: str) -> tuple[str, str] | None:
    """What a field's label (white space removed) names and in which role, or None."""
    return next(((k, r) for pat, k, r in _KINDS if pat.match(re.sub(f"^{_LEVEL}?{_NEAR}?", "", label))), None)


def fields(text: str, ann: Annotation) -> tuple[list[Field], list[Problem]]:
    """The fields of an annotation, with what could not be read."""
    a, b = ann.inner
    # Inside brackets a line break is a PDF break, not a separator (unless a label follows it).
    seps = "；;" if ann.bracketed else "；;\n"
    out: list[Field] = []
    problems: list[Problem] = []
    for part in _split_subparts(text, a, b, seps):
        m = _FIELD_HEAD.match(text, part.start, part.end)
        if not m and ann.bracketed and not out and _WHEN.search(part.text):
            out.append(Field("完成时限", DEADLINE, "", part, part))
            continue
        if not m:
            problems.append(Problem("plan.bad-annotation", f"cannot read annotation field {part.text!r}", part.start, part.text))
            continue
        label = re.sub(r"\s+", "", m.group(1))
        if _OTHER_LABEL.fullmatch(label):
            continue        # a field of the task's own (任务目标：…) run on after who answers for it
        kind = label_kind(label)
        if kind is None:
            problems.append(Problem("plan.unknown-field", f"unknown annotation field {label!r}", part.start, part.text))
            continue
        vs, ve = m.end(), _rstrip(text, m.end(), part.end)
        if vs >= ve:
            problems.append(Problem("plan.bad-annotation", f"annotation field {label!r} is empty", part.start, part.text))
            continue
        out.append(Field(label, kind[0], kind[1], Span(text[vs:ve], vs, ve), part))
    return out, problems


def _split_subparts(text: str, a: int, b: int, seps: str) -> list[Span]:
    parts = []
    for p in split_top(text, a, b, seps):
        cuts = sorted((m for pat in (_NEXT_FIELD, _OTHER_FIELD) for m in pat.finditer(text, p.start, p.end)
                       if m.start() > p.start and _depth(text, p.start, m.start()) == 0), key=lambda m: m.start())
        s, covered = p.start, p.start
        for m in cuts:
            if m.start() < covered:
                continue        # (inside the label just cut at: 副河长 holds 河长)
            parts.append(_span(text, s, m.start()))
            s = m.end()
            label = _LABEL_AT.match(text, s)
            covered = label.end() if label else s
        parts.append(_span(text, s, p.end))
    return [p for p in parts if p.text]


def _depth(text: str, a: int, b: int) -> int:
    return sum(ch in _OPEN for ch in text[a:b]) - sum(ch in _CLOSE for ch in text[a:b])


def split_top(text: str, a: int, b: int, seps: str) -> list[Span]:
    """text[a:b] split on any of `seps` outside brackets (so 各县（市、区）人民政府 stays whole)."""
    out, depth, s = [], 0, a
    for k in range(a, b):
        ch = text[k]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            out.append(_span(text, s, k))
            s = k + 1
    out.append(_span(text, s, b))
    return [p for p in out if p.text]


def _span(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    b = _rstrip(text, a, b)
    while b > a and text[b - 1] in _CLOSE and _depth(text, a, b) < 0:
        b = _rstrip(text, a, b - 1)     # (…责任单位：住建和交通局): a bracket the page never opened closes no name
    return Span(text[a:b], a, b)


# A collective written as a list of levels without brackets: 各县、市、区政府 (= 各县（市、区）政府).
# A level may carry its alternatives in brackets: 各市、县（区）人民政府.
_PLACE_LEVEL = r"[市州盟县区乡镇旗](?:[（(][市州盟县区乡镇旗、]{1,7}[)）])?"
# Or the towns and streets of a district, all or counted: 各街道、镇; 13个街道、镇.
_TOWNS = r"(?:街道|乡镇|镇|乡)(?:办事处|人民政府|政府)?"
# Or, under one 各 and a level, kinds of place named by no one's name after it: 各区、县级市; 各县区、功能板块 (each of every
# kind; not 各部门、园区 nor 各乡镇、开发区, a county's one zone listed after a collective).
_PLACE_KINDS = r"(?:县级市|自治县|自治旗|功能板块|功能区|开发区|园区)"
# And the bodies of a kind, then the towns and streets, under one 各: 各开发区、镇（街道）.
# (only under 各: levels under 有关 or 相关, 有关区、市政府, are read as listed; tried as one collective in the tenth
# session and dropped, an independent annotator's held-out reading disagreeing)
_LEVELS_LIST = re.compile(rf"各{_PLACE_LEVEL}(?:、{_PLACE_LEVEL})*、{_PLACE_LEVEL}(?:人民)?(?:政府|党委|管委会)"
                          rf"|(?:各|\d{{1,3}}个){_TOWNS}(?:、{_TOWNS})+"
                          rf"|各[\u4e00-\u9fff]{{2,6}}、{_TOWNS}(?:[（(]{_TOWNS}[)）])?$"
                          rf"|各(?:[市州盟县区旗]{{1,2}}|{_PLACE_LEVEL})(?:、{_PLACE_KINDS})+$")


def _collectives(text: str, parts: list[Span]) -> list[Span]:
    """Parts joined back where a split cut a collective of levels (各县 | 市 | 区政府) apart; a collective
    joined by 及, 和 or 与 to another unit (各区、县（市）政府及开发区管委会) is split from that unit."""
    out, k = [], 0
    while k < len(parts):
        for j in range(len(parts) - 1, k, -1):
            whole = text[parts[k].start:parts[j].end].rstrip("。.；;")
            m = _LEVELS_LIST.match(whole)
            if text[parts[j - 1].end:parts[j].start] not in "、" or not m or m.end() <= parts[j].start - parts[k].start:
                continue
            at = parts[k].start + m.end()
            if m.end() == len(whole):
                out.append(Span(text[parts[k].start:parts[j].end], parts[k].start, parts[j].end))
                k = j + 1
                break
            if text[at] in "及和与" and parts[j].end - at > 2:
                # (各区、县（市）政府及开发区管委会: the collective, and the unit joined to it)
                out.append(Span(text[parts[k].start:at], parts[k].start, at))
                parts = parts[:j] + [Span(text[at + 1:parts[j].end], at + 1, parts[j].end)] + parts[j + 1:]
                k = j
                break
        else:
            out.append(parts[k])
            k += 1
    return out


# 等 closing a list, then a conjunction joining one more unit: 财政厅、地税局等和各市、县人民政府.
_ETC_AND = re.compile(r"等(?:和|及|与|以及)(?=[\u4e00-\u9fff])")


def _after_etc(text: str, parts: list[Span]) -> list[Span]:
    """Parts cut after a list's 等 where a conjunction joins another unit to it (地税局等 | 各市…)."""
    out = []
    for p in parts:
        m = _ETC_AND.search(text, p.start, p.end)
        if m and m.start() > p.start + 1 and p.end - m.end() >= 2:
            out += [Span(text[p.start:m.start() + 1], p.start, m.start() + 1), Span(text[m.end():p.end], m.end(), p.end)]
        else:
            out.append(p)
    return out


def names(text: str, value: Span, seps: str = "、，,") -> list[Span]:
    """Names in a list value, whole even when a PDF line break ran through them; trailing 等 dropped."""
    out = []
    for p in _collectives(text, _after_etc(text, split_top(text, value.start, value.end, seps))):
        if (mark := _MARK.match(text, p.start, p.end)) is not None and mark.end() < p.end:
            p = Span(text[mark.end():p.end], mark.end(), p.end)    # a mark before a name (★区发改委) is not part of it
        e = p.end
        while e > p.start and text[e - 1] in "。.；;":
            e -= 1
        name = re.sub(r"\s+", "", text[p.start:e])
        if _STANDING_RULE.match(name):
            break       # 省卫健委等，以下均需各市、县(区)人民政府…: a rule for what follows, no more units
        if (cut := _UNCLOSED.search(name)) and cut.start() >= 2:
            # a bracket the page's end cut open (各区人民政府〈含开发区、…): the name before it
            e = max(text.rfind(ch, p.start, e) for ch in "（(〈【[")
            name = re.sub(r"\s+", "", text[p.start:e])
        if name.endswith("等") and len(name) > 2:
            name, e = name[:-1], e - 1
        if out and OTHER_NAME.fullmatch(name):
            continue    # a body's other name alone in brackets after it, on its own line (区发改局 / (区金融办)): no second unit
        if name:
            out += [x for part in _run_together(Span(name, p.start, e)) for x in examples(part)]
    return out


# Two units of one level run together with no separator, a cell's line break lost (区发改局区统计局): each
# opens with the level the first does and is a bureau's whole name (four characters at least).
_RUN_TOGETHER = re.compile(r"(?<=[局委办厅])(?=[省市县区][\u4e00-\u9fff]{2,}[局委办厅]$)")


def _run_together(name: Span) -> list[Span]:
    """A name cut where two bureaus' names of the same level were run together; else the name."""
    text = name.text
    m = _RUN_TOGETHER.search(text, 4)
    if not m or text[0] != text[m.start()] or name.end - name.start != len(text) or len(text) - m.start() < 4:
        return [name]
    return [Span(text[:m.start()], name.start, name.start + m.start()), Span(text[m.start():], name.start + m.start(), name.end)]


_MARK = re.compile(r"\s*[★☆▲△●○◆◇■□※*#＊]+\s*")
_STANDING_RULE = re.compile(r"以下|下同|上述|以上各")
_UNCLOSED = re.compile(r"[（(〈【\[][^）)〉】\]]*$")


def examples(name: Span) -> list[Span]:
    """A name split where it gives a unit as an example of a collective (市住建局等政府各有关部门 →
    市住建局, 政府各有关部门; 民政部等有关部门 → 民政部: a collective that names no body is left out);
    else the name."""
    m = _EXAMPLE.match(name.text)
    if not m:
        return [name]
    unit = Span(m.group(1), name.start, name.start + len(m.group(1)))
    if "各" not in m.group(2):
        return [unit]       # 民政部等有关部门: 有关部门 alone names no one
    return [unit, Span(m.group(2), name.end - len(m.group(2)), name.end)]


# A unit, 等, then a collective it is an example of (…各有关部门, 其他相关单位).
_EXAMPLE = re.compile(r"^([^等]{2,20})等((?:[\u4e00-\u9fff]{0,4}?)(?:各|其他|其它|有关|相关)[\u4e00-\u9fff]{0,6}(?:部门|单位|机构))$")


# (a body's post after the name: 张盈军区政府党组成员, 李四市政府党组副书记)
_TITLE = (r"(?:[省市县区州](?:委|政府|人大|政协)?)?"
          r"(?:党组成员|(?:党组)?(?:常务)?(?:副)?(?:(?:省长|市长|县长|区长|州长)(?:助理)?|书记|主任|秘书长|部长|局长|常委|主席|委员))")
# (a bureau's head, the bureau first: 市公安局局长孙强, 省教育厅厅长王平)
_BUREAU_HEAD = r"(?:[省市县区州][\u4e00-\u9fff]{1,10}?(?:局|厅|委|办)(?:党组书记、)?(?:局长|厅长|主任))"
_TITLED = (re.compile(rf"^(?:{_BUREAU_HEAD}|(?:{_TITLE})+)(?!助理|秘书)([\u4e00-\u9fff·]{{2,4}})$"), re.compile(rf"^([\u4e00-\u9fff·]{{2,4}}?)(?:{_TITLE})+$"))
_POSTS = re.compile(rf"(?:{_TITLE})(?:、?(?:{_TITLE}))*")


# How an office is in charge, before its title (分管副省长, 协管副秘书长): no name.
_IN_CHARGE = re.compile(r"^(?:分管|协管|主管|联系|牵头|负责|包抓|挂点)$")
_IN_CHARGE_OF = re.compile(r"^(?:分管|协管|主管)(?=(?:常务)?副)")
_POST_AFTER = re.compile(r"^([\u4e00-\u9fff·]{2,20})[（(](?=[^（()）]{0,38}(?:长|书记|主任|委员|调研员|巡视员|部长|常委|主席|秘书|助理|专员))[^（()）]{2,40}[)）]$")
_DOTTED = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}$")
_BODY = re.compile(r"^[省市县区州各]|委|政府|人大|政协|党|部门|单位|机构|成员|领导")


def person(name: str) -> str:
    """The person's name in 张三, 副市长张三, 张三副市长 or 张三（副县长）; "" for an office without a name.
    A name may join its parts with a middle dot (努尔买买提·阿布来提)."""
    if (m := _POST_AFTER.match(name)) is not None:
        name = m.group(1)       # the post in brackets after the name
    if (m := _IN_CHARGE_OF.match(name)) is not None:
        name = name[m.end():]   # 分管副市长李娜: how the post is in charge, then the post and the name
    if _DOTTED.match(name):
        return name
    if _POSTS.fullmatch(name):
        return ""       # a post alone, listed after its holder's (李国庆 县委常委、常务副县长): 常务 is no name
    for pat in _TITLED:
        m = pat.match(name)
        if m and not _OFFICE.search(m.group(1)) and not _BODY.search(m.group(1)) and not _IN_CHARGE.match(m.group(1)):
            return m.group(1)
    if _NAME.match(name) and not _OFFICE.search(name):
        return name
    return ""


def leaders(text: str, value: Span) -> tuple[list[Span], list[Problem]]:
    """Named leaders in a leader field (张三、副市长李四); an office standing where a name should be is a problem."""
    found, problems = [], []
    for part in split_top(text, value.start, value.end, "，,"):
        got, bad = [], []
        titled = False
        for n in names(text, part, "、"):
            if titled and _PLACE_POST.match(n.text) or got and _POSTS.fullmatch(n.text):
                continue        # 虞爱华省委常委、合肥市委书记: the second is the first's post in a place, no one's name
                # (nor is a post alone after a holder named: 李国庆 县委常委、常务副县长)
            who = person(n.text)
            titled = bool(who) and who != n.text
            if who:
                at = n.start + text[n.start:n.end].find(who)
                got.append(Span(who, at, at + len(who)) if at >= n.start else n)
            else:
                bad.append(n)
        found += got
        if bad and not got and _OFFICE.search(part.text):
            problems.append(Problem(
                "plan.unnamed-leader", f"leader field names an office, not a person: {part.text!r}", part.start, part.text))
            continue
        for n in bad:
            code = "plan.unnamed-leader" if _OFFICE.search(n.text) else "plan.bad-annotation"
            problems.append(Problem(code, f"not a person's name: {n.text!r}", n.start, n.text))
    return found, problems
