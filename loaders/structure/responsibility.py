"""Who answers for a task, read from the words plans use when they carry no field labels.

Labelled annotations (（牵头单位：…；配合单位：…）, field lines) are read by loaders/structure/annotation.py.
This module reads the unlabelled forms and the document's stated convention:
    （省发改委牵头，省财政厅配合）  （省财政厅主办，省国税局、地税局协办）  （省商务厅负责）
    （省发改委、农委、统计局分别负责）  （X牵头，Y按职责分工负责）  （X、Y分别牵头）
    （省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门，下同）
    部门分工：省发展改革委牵头，各地、各部门配合。
A clause is a list of units followed by the word that gives their role: 牵头/主办 → lead,
配合/协办/参与/协助 → support, 负责/落实 (with no split) → responsible. A bare list of units
reads by the convention the document states (列第一位的为牵头单位: the first leads, the rest
support); with no convention every unit is responsible.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.structure import annotation as ann

LEAD, SUPPORT, RESPONSIBLE = "lead", "support", "responsible"

# The convention a document states once: the first unit listed leads.
_CONVENTION = re.compile(
    r"(?:列|排|排列|排序|排名|位列|名列)?(?:在[^，,。；;\n（()）]{0,6}?)?(?:第一位|第一个|首位|第一)(?:的|者)?(?:责任|所列)?(?:单位|部门)?(?:为|是)(?:工作)?(?:牵头|主办|主责)")
# Role words at the end of a clause, longest first. 分别/共同/按职责分工 only qualify the verb.
_VERB = re.compile(
    r"(?P<q>(?:按职责分工|按照职责分工|按职责|根据职责|按职能分工|按职能|根据职能|分别|共同|具体|各自|分工|分头|统筹|会同)*)"
    r"(?P<v>牵头负责|牵头落实|牵头|主办|主责|主抓|配合落实|配合|协办|参与|协助|协同|负责落实|负责|落实|实施)"
    r"(?:实施|推进|落实|抓好|工作|等)?$")
_ROLE = {"牵头负责": LEAD, "牵头落实": LEAD, "牵头": LEAD, "主办": LEAD, "主责": LEAD, "主抓": LEAD,
         "配合落实": SUPPORT, "配合": SUPPORT, "协办": SUPPORT, "参与": SUPPORT, "协助": SUPPORT, "协同": SUPPORT,
         "负责落实": RESPONSIBLE, "负责": RESPONSIBLE, "落实": RESPONSIBLE, "实施": RESPONSIBLE}
# What a unit or a collective of units looks like (never a sentence: no verbs of work, no 的).
UNIT_END = re.compile(
    r"(?:委|办|局|厅|部|署|院|会|所|室|处|科|站|队|中心|政府|人民政府|管委会|集团|公司|银行|大学|学院|学校|法院|检察院|"
    r"单位|部门|机构|企业|组织|街道|乡镇|镇|乡|各地|各市|各区|各县|分局|支队|总队|大队|联社|协会|商会|联合会|"
    r"工会|团委|妇联|残联|科协|侨联|文联|社科联|党校|报社|电视台|医院|管理局|服务中心|开发区|示范区|园区|新区|保障部|监管局|"
    r"海关|分行|支行|研究院|研究所|气象台|总站|总社|合作社|供销社|信用社|农商行|出版社|通讯社|"
    r"[〕)）])$")
_NOT_UNIT = re.compile(r"[的是了着，。；：:]|除外|以上|以下|以内|年|月底|日前|%|[0-9０-９]"
                       r"|^(?:前往|赴)")    # (where to go, not who answers: （前往地方公安机关交通管理部门）)
_NAME_MAX = 30
# A bare kind of body names no one (各有关部门和单位: 单位 is the collective's, not a unit).
# (nor does a kind of facility written in brackets after the one it glosses: 工程研究中心（实验室）, 工作站（工作室、实验室）)
_GENERIC = re.compile(r"^(?:单位|部门|机构|企业|组织|地区|政府|实验室|工作室|工作站)$")
# (nor a room or a place named in one word, 餐厅, 展厅, 教室, 场所: a bureau's name has a field before 厅, 室 or 所,
# 财政厅, 办公室, 派出所; 食堂（餐厅） glosses the canteen)
_ROOM = re.compile(r"^[\u4e00-\u9fff][厅室所]$")


@dataclass(frozen=True)
class Named:
    name: ann.Span
    role: str


# The other convention plans state: where a task names no 牵头单位, its 责任单位 lead
# (牵头单位（无牵头单位的，责任单位即为牵头单位，下同）).
_SOLE = re.compile(r"无牵头(?:单位|部门)的?[，,]?\s*责任(?:单位|部门)即(?:为|是)牵头(?:单位|部门)")


def sole_units_lead(text: str) -> bool:
    """Whether the document states that a task's 责任单位 lead where it names no 牵头单位."""
    return bool(_SOLE.search(text))


def convention(text: str) -> bool:
    """Whether the document states that the first unit of a list leads."""
    return bool(_CONVENTION.search(text))


def looks_like_unit(name: str) -> bool:
    n = re.sub(r"[（(][^）)]*[）)]", "", name)
    if not (2 <= len(name) <= _NAME_MAX) or not n:
        return False
    # (各地级以上市人民政府, 县级以上人民政府: a level and those above it, a collective of bodies)
    if _NOT_UNIT.search(re.sub(r"等$|级以上", "", n)) or _GENERIC.match(n) or _ROOM.match(n):
        return False
    return bool(UNIT_END.search(name)) or name.startswith("各") or region_unit(n)


# A region named for its government in a list of units (银川市、石嘴山市…配合; 盐池县牵头): a place's
# name with its level, not a kind of area (主城区, 景区, 全市).
_REGION_UNIT = re.compile(r"[\u4e00-\u9fff]{2,8}[市县区旗州盟]")
# (a city whose one-character name closes on 城, 项城市, 聊城市, 盐城市, is a place; a kind of city, 文明城市, 大城市, is not)
_AREA = re.compile(r"(?:城区|市区|郊区|社区|景区|片区|山区|库区|矿区|灾区|辖区|校区|街区|厂区|小区|园区|(?:^[大小新老中古名各]|..)城市"
                   r"|地市|县市|全[市县区州])$|^[全本该我其此]")


# A kind of region, not a place: 省（自治区、直辖市）, 计划单列市; a cluster of firms (园区（集聚区）).
_KIND_OF_REGION = re.compile(r"^(?:自治区|直辖市|计划单列市|自治州|自治县|自治旗|地级市|县级市|特别行政区|集聚区|聚集区)$")


def region_unit(name: str) -> bool:
    """Whether a name is a place's with its level (银川市, 盐池县), standing for its government in a list of units."""
    return bool(_REGION_UNIT.fullmatch(name)) and not _AREA.search(name) and not _KIND_OF_REGION.match(name)


# (等有关部门和单位: one kind of the same, not 单位 beside the list)
_KIND_OF = re.compile(r"等(?:相关|有关)?(?:部门|单位)(?:[和及与](?:相关|有关)?(?:部门|单位))?$")


def kind_of(name: ann.Span) -> ann.Span:
    """市发改委等部门 → 市发改委: the list names its members, 等部门 only says there are more."""
    m = _KIND_OF.search(name.text)
    if m and m.start() >= 2:
        return ann.Span(name.text[:m.start()], name.start, name.start + m.start())
    return name


# A unit marked as the lead inside a list: 市发改委（牵头）, 市发改委(牵头单位).
_MARK = re.compile(r"[（(〔【\[［]\s*牵头(?:单位|部门)?\s*[)）〕】\]］]$")


def marked_lead(name: ann.Span) -> tuple[ann.Span, bool]:
    """The name without its 牵头 mark, and whether it had one."""
    m = _MARK.search(name.text)
    if not m or m.start() < 2:
        return name, False
    return ann.Span(name.text[:m.start()], name.start, name.start + m.start()), True


_OFFICE_ONLY = re.compile(r"^(?:分管|协管|主管|联系|牵头)?(?:常务)?副?[省市县区州]?(?:长|秘书长|主席|主任|书记)$")


def _titled(name: str) -> bool:
    """A person named with a title (王五副市长): a bare 王五 could as well be a place (北方)."""
    who = ann.person(name)
    return bool(who) and who != name


def _joined(name: ann.Span) -> list[ann.Span]:
    """相关部门及各地区 → 相关部门, 各地区: split at 及/和/与 only where both sides are units."""
    for k, ch in enumerate(name.text):
        if ch in "及和与" and 0 < k < len(name.text) - 1:
            a, b = name.text[:k], name.text[k + 1:]
            # (not the 和 of a department's own name: 各市工业和信息化局 is one bureau, not 各市工业 and 信息化局)
            if looks_like_unit(a) and looks_like_unit(b) \
                    and not any(m.start() < k < m.end() for m in _NAME_WITH_HE.finditer(name.text)):
                # (each side may give a unit as an example of a collective: 省农业厅等省直有关部门和各市人民政府)
                return ann.examples(ann.Span(a, name.start, name.start + k)) + _joined(ann.Span(b, name.start + k + 1, name.end))
    return [name]


# The departments whose own names hold 和, at every level (工业和信息化厅/局, 住房和城乡建设局, 人力资源和社会保障局,
# 文化和旅游局, 自然资源和规划局, 卫生和计划生育委员会, 发展和改革委员会, 科学技术和…): 和 there joins no two units.
_NAME_WITH_HE = re.compile(r"(?:工业|住房|人力资源|文化|自然资源|卫生|发展|科学技术|新闻出版|商务|广电|广播电视|教育|城市管理|"
                           r"农业|水利|交通运输)和(?:信息化|城乡建设|社会保障|旅游|规划|计划生育|改革|知识产权|广电|粮食|外事|"
                           r"体育|综合执法|农村|水产|港口)")     # (文化广电和旅游局, 教育和体育局, 城市管理和综合执法局 too)


# (after a body's name: not 会同县, a county, nor 京津冀协同发展…)
_TOGETHER = re.compile(r"(?<=[委局办部厅府署院会心队站所社行])(?:会同|协同)")
_BY = re.compile(r"(?<![自理缘经])由(?!于)")      # (not 自由贸易试验区, 理由, 由于)


def clause(text: str, part: ann.Span, lead_first: bool) -> list[Named] | None:
    """The units one clause names with their role; None when the clause is not a list of units."""
    t = text[part.start:part.end]
    if (cut := _unnoted(ann.Span(t, part.start, part.end))).text != t and cut.text:
        # units, then the convention in brackets (省商务厅、省文旅厅（…列第一位的为牵头单位，下同）): the units
        part, t = cut, cut.text
    if _CONVENTION.search(t) or re.fullmatch(r"(?:下同|同上|下略)", t):
        return []
    m = _VERB.search(t)
    if m and m.start() > 0:
        role = _ROLE[m.group("v")]
        # (由县发改局牵头实施; 技工院校内由人力资源社会保障行政部门负责: what comes before 由 is the scope)
        by = max((b.end() for b in _BY.finditer(t, 0, m.start() - 1)), default=0)
        value = ann.Span(t[by:m.start()], part.start + by, part.start + m.start())
        for with_ in _TOGETHER.finditer(value.text):
            # 国家发展改革委会同有关部门负责: the first leads, those it works together with support (with another verb,
            # 市财政局会同各县区配合, all take the verb's role)
            lead = clause(text, ann.Span(value.text[:with_.start()], value.start, value.start + with_.start()), lead_first)
            rest = clause(text, ann.Span(value.text[with_.end():], value.start + with_.end(), value.end), lead_first)
            if lead and rest:
                if role != RESPONSIBLE:
                    return [Named(u.name, role) for u in lead + rest]
                return [Named(u.name, LEAD) for u in lead] + [Named(u.name, SUPPORT) for u in rest]
    elif m:
        return None
    else:
        role, value = "", part
    units = [u for n in ann.names(text, value) for u in _joined(kind_of(n))]
    marked = {u: mk for u in units if (mk := _MARK.search(u.text))}
    units = [ann.Span(u.text[:marked[u].start()], u.start, u.start + marked[u].start()) if u in marked else u for u in units]
    if units and all(_OFFICE_ONLY.match(u.text) for u in units):
        return []       # offices with no name (分管副省长、协管副秘书长负责): no one to load, the rest still read
    if not units or not all(looks_like_unit(u.text) or _titled(u.text) for u in units):
        return None
    if marked:
        # (市发改委（牵头）、市财政局): the unit marked 牵头 leads, the others support unless a word says otherwise.
        leads = {u.start for u in units if any(u.start == k.start for k in marked)}
        return [Named(u, LEAD if u.start in leads else (role or SUPPORT)) for u in units]
    if role == RESPONSIBLE and lead_first and "分别" not in m.group("q") and len(units) > 1:
        # (X、Y、Z负责。列第一位的为牵头部门): the stated convention splits a shared 负责.
        return [Named(u, LEAD if k == 0 else SUPPORT) for k, u in enumerate(units)]
    if role:
        return [Named(u, role) for u in units]
    if lead_first:
        return [Named(u, LEAD if k == 0 else SUPPORT) for k, u in enumerate(units)]
    return [Named(u, RESPONSIBLE) for u in units]


def read(text: str, a: int, b: int, lead_first: bool, bare: bool = False) -> list[Named] | None:
    """The units an unlabelled annotation text[a:b] names, or None when it is not one.

    A text with no role word at all is read as a bare list only when `bare` (a bracket that
    stands where an annotation stands, or a field's value)."""
    parts = ann.split_top(text, a, b, "，,；;。")
    if not parts:
        return None
    read_parts: list[tuple[list[Named], bool]] = []
    # A clause saying who leads (X牵头负责，Y、Z按职责分工负责) leaves the others' shared 负责 whole: the stated
    # convention (列第一位的为牵头单位) splits a list only where no word names the lead.
    said_lead = any((v := _VERB.search(p.text)) and _ROLE[v.group("v")] == LEAD for p in parts)
    labelled = ""
    for p in parts:
        if len(parts) > 1 and _DEADLINE_PART.fullmatch(p.text.strip()):
            continue        # when, beside who: （X牵头，Y配合，2024年6月底前完成）, （2024年底前；X负责）
        if len(parts) > 1 and (kind := ann.label_kind(p.text.strip())) and kind[0] == ann.UNIT:
            labelled = kind[1]  # a field's label typed with ； for its colon (责任单位；住建局、畜牧局): the label, not a unit,
            continue            # its role the next part's
        got = clause(text, p, lead_first and not said_lead)
        if got is None:
            return None
        if labelled and got and not _VERB.search(p.text):
            got, labelled = [Named(u.name, labelled) for u in got], ""
        read_parts.append((got, bool(got and _VERB.search(p.text))))
    has_verb = any(verbed for _, verbed in read_parts)
    out: list[Named] = []
    for k, (got, verbed) in enumerate(read_parts):
        # A list runs on across a comma to its role word: (X牵头，A、B等部门，C、D配合) → A, B support too.
        then = next((g for g, v in read_parts[k + 1:] if v), None) if not verbed else None
        # … and, under a convention that the first units lead and the others support, a list after the leads with no
        # word of its own supports them: (X、Y牵头，A、B) → A, B support.
        after_lead = lead_first and not verbed and not then \
            and any(v and any(n.role == LEAD for n in g) for g, v in read_parts[:k])
        out += [Named(u.name, then[0].role) for u in got] if then else [Named(u.name, SUPPORT) for u in got] if after_lead else got
    if not out or (not has_verb and not bare):
        return None
    if lead_first and not has_verb and len(parts) > 1 and not any(_MARK.search(p.text) for p in parts):
        # A bare list in groups (省发展改革委，省工业和信息化厅、省交通运输厅，大湾区内地各市) under the stated
        # convention: the first unit of the whole list leads, every other unit supports.
        return [Named(u.name, LEAD if k == 0 else SUPPORT) for k, u in enumerate(out)]
    if lead_first and not said_lead and len(out) > 1 and all(n.role == RESPONSIBLE for n in out) \
            and not any("分别" in p.text or _MARK.search(p.text) for p in parts):
        # Groups sharing one 负责 (人力资源社会保障部、财政部，各省级人民政府按职责分工负责) under the stated convention: the
        # first unit of the whole list leads, every other unit supports, as within one group.
        return [Named(u.name, LEAD if k == 0 else SUPPORT) for k, u in enumerate(out)]
    # One unit with no role word and no stated convention is simply responsible.
    return out


_BRACKET = re.compile(r"[（(〔【\[［]")


@dataclass(frozen=True)
class Unlabelled:
    start: int              # the opening bracket
    end: int                # just past the closing bracket
    units: list[Named]
    worded: bool = True     # it says who leads or answers (牵头, 负责…), not only a list of units
    deadline: str = ""      # when, written beside who (（X牵头，Y配合，2024年6月底前完成）)


def find(text: str, start: int, end: int, lead_first: bool) -> list[Unlabelled]:
    """Every unlabelled bracketed annotation in text[start:end], in order."""
    out = []
    for m in _BRACKET.finditer(text, start, end):
        if out and m.start() < out[-1].end:
            continue
        close = ann._closing(text, m.start() + 1, min(end, m.start() + 200))
        if close is None:
            # A bracket cut by the end of the stored page ((市建委、 at the very end): what is
            # visible is read, its trailing separator dropped.
            cut = _cut_at_end(text, m.end(), end)
            if cut is None:
                continue
            inner, close, bare = (m.end(), cut), cut - 1, True
        elif close - m.end() > 120:
            continue
        else:
            inner = (m.end(), close)
            # A bare list (no role word) counts only where an annotation stands: at a sentence's end.
            after = text[close + 1:close + 2]
            bare = after in ("", "。", "\n", "；", ";", " ", "\r") or close + 1 >= end or _after_title(text, start, m.start(), after)
            # … and not right after a body's name, whose other name or owner it gives: 装备工业二司（国家重大技术装备办公室）
            # (nor after a form's blank to fill in, which it captions)
            bare = bare and not _NAMED_BEFORE.search(text[max(start, m.start() - 8):m.start()].rstrip())
        units = read(text, *inner, lead_first, bare=bare)
        if units is None and close == inner[1] - 1:
            # (the page's end cut its last role word: …，省商务厅、省统计局等按职责分 — the units up to 等)
            last = max(text.rfind(sep, inner[0], inner[1]) for sep in "，,；;")
            if last > inner[0] and (etc := text.rfind("等", last + 1, inner[1])) > last:
                units = read(text, inner[0], etc + 1, lead_first, bare=True)
        if units is None and close == inner[1] - 1 and (cut := max(text.rfind(sep, *inner) for sep in "、，,；;")) > inner[0]:
            # (the page's end cut its last name: …、黑龙江民航局、黑 — the names before it)
            units = read(text, inner[0], cut, lead_first, bare=True)
        if units:
            parts = ann.split_top(text, *inner, "，,；;。")
            worded = any(_VERB.search(p.text) for p in parts)
            when = next((p.text.strip() for p in parts if len(parts) > 1 and _DEADLINE_PART.fullmatch(p.text.strip())), "")
            out.append(Unlabelled(m.start(), close + 1, units, worded, when))
    return out


# (or right after a form's blank, which it captions: ________（发证部门）); not after a word that only ends as a body
# does (布局, 格局, 公司, 大厅, 部署: …优化产业空间布局（市发展改革委、市自然资源局）is annotated), save a firm's full
# name (…股份有限公司（自荐/中国互联网协会）: a list of firms with who put them forward)
_NAMED_BEFORE = re.compile(r"(?<!布|格|大|全|开|新|结|僵|当|公|上|官|展|餐|客|门|舞|部)[司局厅署]$|[_＿]$|有限公司$")


def _after_title(text: str, start: int, at: int, after: str) -> bool:
    """Whether a bracket at `at` closes an item's short title, the item going on after a comma or colon:
    （一）城区学校建设项目（县教育局），已完成投资1.2亿元 — where reports on 民生实事 name who answers."""
    return after in "，,：:" and 0 < at - start <= 40 and not re.search(r"[，,。；;：:]", text[start:at])


def _cut_at_end(text: str, a: int, end: int) -> int | None:
    """Where the visible part of a bracket opened at text[a-1] ends, when the text itself ends
    inside it (nothing but white space after `end`, no line break, a short list); else None."""
    if text[end:].strip():
        return None
    b = end
    while b > a and (text[b - 1].isspace() or text[b - 1] in "、，,；;"):
        b -= 1
    if b <= a or b - a > 120 or "\n" in text[a:b]:
        return None
    return b


_ROLE_WORD = re.compile(r"牵头|配合|协办|主办")


def unread(text: str, start: int, end: int, lead_first: bool) -> list[ann.Span]:
    """Brackets in text[start:end] that use a role word (牵头, 配合…) but were not read as an
    annotation: each is logged, so a form kg does not know is seen."""
    read_at = {u.start for u in find(text, start, end, lead_first)}
    out = []
    for m in _BRACKET.finditer(text, start, end):
        close = ann._closing(text, m.start() + 1, min(end, m.start() + 200))
        if close is None or m.start() in read_at or any(u.start < m.start() < u.end for u in out):
            continue
        inner = text[m.end():close]
        if (mark := _MARK.search(text, m.start(), close + 1)) and mark.start() == m.start():
            continue            # a unit's 牵头 mark (市发改委（牵头）), read with the unit
        if _ROLE_WORD.search(inner) and len(inner) <= 120 and not re.search(r"[：:]", inner):
            out.append(ann.Span(text[m.start():close + 1], m.start(), close + 1))
    return out


# A rule stated once for every task from here on: 具体任务均涉及相关市(州)人民政府，不再做分工，下同.
# Or: 以下政策措施均需各县区人民政府、园区管委会落实，不再单独列出.
_STANDING = re.compile(r"均(?:涉及|需|须|由)(?P<who>[^。；;]{2,60}?)(?:负责)?(?:落实|实施|执行)?[，,]\s*"
                       r"不再(?:做|作|进行|单独|一一|逐一)?(?:分工|列出|列明|标注)")


def field_units(text: str, value: ann.Span, role: str = RESPONSIBLE,
                lead_first: bool = False) -> tuple[list[Named], list[ann.Span], ann.Span | None]:
    """The units a labelled field names with their role, and the units a standing rule inside it
    adds to every task from here on. 〔责任单位：X、Y按职责分工负责。具体任务均涉及Z，不再做分工，下同。〕
    → [X, Y], [Z]. The field's label gives the role (`role`) unless a word in the value says
    otherwise (责任单位：X、Y分别牵头 → both lead); a 责任单位 list reads by the document's stated
    convention (列第一位为牵头单位: the first leads, the rest support). A time after the units
    (责任单位：X、Y，6月底完成) is the task's deadline, returned third (None when there is none)."""
    sentences = ann.split_top(text, value.start, value.end, "。")
    units: list[Named] = []
    unworded: list[int] = []
    standing = []
    when = None
    here = role         # (the role the field's label gives, until a label told in words says another)
    for k, sent in enumerate(sentences):
        m = _STANDING.search(sent.text)
        if m:
            who = ann.Span(m.group("who"), sent.start + m.start("who"), sent.start + m.end("who"))
            standing += [n for n in ann.names(text, who) if looks_like_unit(n.text)]
            continue
        if k and units:
            continue
        for p in ann.split_top(text, sent.start, sent.end, "，,；;"):
            if units and _DEADLINE_PART.fullmatch(p.text):
                when = p
                continue
            if units and (has := _HAS_LABEL.match(p.text)):
                p = ann.Span(p.text[has.end():], p.start + has.end(), p.end)    # (…，相关责任单位有X、Y: X, Y)
                if has.group("v"):
                    here = SUPPORT      # (…，配合单位有X、Y: X, Y support whatever the field's label)
            if units and _CONVENTION.match(p.text.strip()):
                lead_first = True       # the convention stated in the field itself (…，排名第一的为牵头单位)
                continue
            got, worded = _strip_verb(text, p)
            joined = [j for n in got for j in _joined(_unnoted(n))]
            units += [Named(j, worded or here) for j in joined]
            unworded += [] if worded else [j.start for j in joined]
    # A name the end of the text cuts ((责任单位：市人 at a stored page's end) is no unit.
    units = [u for u in units if u.name.text and not (u.name.end >= len(text.rstrip()) and not looks_like_unit(u.name.text))]
    if lead_first and role == RESPONSIBLE and units and all(u.role == RESPONSIBLE for u in units):
        # The stated convention splits a plain 责任单位 list: the first unit leads.
        units = [Named(u.name, LEAD if k == 0 else SUPPORT) for k, u in enumerate(units)]
    elif lead_first and role == RESPONSIBLE and any(u.role == LEAD for u in units):
        # …and, where some are said to lead (X、Y牵头，A、B), the units no word qualifies support them.
        units = [Named(u.name, SUPPORT) if u.name.start in unworded else u for u in units]
    return units, standing, when


# Another field told in words inside a field's value: 主要责任单位：X，相关责任单位有Y、Z.
_HAS_LABEL = re.compile(r"\s*(?:主要|相关|其他|其它|(?P<v>配合|协办))?(?:责任)?(?:单位|部门)(?:有|还有|包括)(?!关)")


# A time standing in a unit list's place: 6月底完成, 2024年底前, 长期坚持.
_DEADLINE_PART = re.compile(r"(?:\d{4}\s*年(?:底|内|末)|(?:\d{4}\s*年)?(?:\d{1,2}\s*月(?:\d{1,2}\s*日|底|份|中旬|上旬|下旬)?|年底|年内|年末"
                            r"|上半年|下半年|长期|持续))"
                            r"(?:前|以前)?(?:完成|落实|见效|推进|坚持|办结)?")


def _strip_verb(text: str, part: ann.Span) -> tuple[list[ann.Span], str]:
    """The names of one clause of a field, and the role its verb gives them ("" when none)."""
    m = _VERB.search(part.text)
    if m and m.start() > 0 and looks_like_unit(part.text[:m.start()].split("、")[-1]):
        part = ann.Span(part.text[:m.start()], part.start, part.start + m.start())
        return ann.names(text, part), _ROLE[m.group("v")]
    return ann.names(text, part), ""


# A note in brackets after the last unit of a list, not part of its name: the convention (列第一位为牵头单位，
# 下同) or a 下同 that extends the list to later tasks.
_NOTE = re.compile(r"[（(][^（()）]*(?:下同|同上)[^（()）]*[)）]$")


def _unnoted(name: ann.Span) -> ann.Span:
    """市卫生健康委（除标注“分别牵头”外，列第一位为牵头单位，下同） → 市卫生健康委."""
    m = _NOTE.search(name.text)
    if not m or not (_CONVENTION.search(m.group()) or "下同" in m.group()):
        return name
    return ann.Span(name.text[:m.start()], name.start, name.start + m.start())


# A section header that gives who leads everything under it:
#   一、县示范区管委会牵头工作（8项）   一、陈寅常务副市长主抓的重点工作   （一）市发改委牵头的工作
#   二、李四副市长牵头负责的工作（8项）   三、王五副市长领衔的重点工作   四、由赵六副市长牵头
_HEADER = re.compile(
    r"^(?:由)?(?P<who>(?:[^，。；：:（(]|[（(][^（()）]{1,4}[)）]){2,30}?)(?:分别|共同)?(?P<v>牵头负责|牵头|主抓|负责|分管|主办|领衔|领办|包抓)"
    r"(?:(?:的)?(?:重点|主要|具体)?(?:工作|任务|事项))?")
_NAME_NOTE = re.compile(r"[（(][^（()）]{1,4}[)）]$")
# Who helps the person a header names, in a bracket closing it: 一、于幼军省长负责的工作（李政文秘书长、刘俊谦省长助理协助）.
_ASSISTED = re.compile(r"[（(](?P<who>[^（()）\n]{2,60}?)(?:协助|配合)[)）]")


def assistants(text: str, a: int, b: int) -> list[ann.Span]:
    """The persons a header's closing bracket names as helping its leader (support on every task beneath)."""
    m = _HEADER.match(text, a, b)
    found = _ASSISTED.search(text, m.end() if m else a, b)
    if not m or not found or text[found.end():b].strip(" \t。"):
        return []
    value = ann.Span(found.group("who"), found.start("who"), found.end("who"))
    names = ann.names(text, value)
    return names if names and all(ann.person(n.text) for n in names) else []


# The verbs of a header that make who it names the lead (the others: responsible).
HEADER_LEADS = ("牵头负责", "牵头", "主办", "领衔", "领办")


def header(text: str, a: int, b: int) -> tuple[list[ann.Span], str] | None:
    """The names a section header puts in charge, with the verb; None for an ordinary header."""
    t = text[a:b]
    m = _HEADER.match(t)
    bare = t.strip().rstrip("：:。")
    if not m and _titled(bare):
        # A header that is only a leader: 一、陈寅常务副市长 — everything beneath is theirs.
        at = a + t.find(bare)
        return [ann.Span(bare, at, at + len(bare))], "负责"
    if not m:
        return None
    if re.sub(r"[（(][^）)]{0,10}[)）]|[\s。]", "", _ASSISTED.sub("", t[m.end():])):
        return None     # the header goes on: 副总理按分工负责处理分管工作, not a header naming who leads
    value = ann.Span(m.group("who"), a + m.start("who"), a + m.end("who"))
    # (a note after a name, 赵文（女）, is not part of it; posts listed before one holder's name, 副市长、市公安局局长孙强,
    # are that person's)
    names = [ann.Span(n.text[:k.start()], n.start, n.start + k.start()) if (k := _NAME_NOTE.search(n.text)) else n
             for n in ann.names(text, value)]
    if len(names) > 1 and any(ann.person(n.text) for n in names):
        names = [n for n in names if not _OFFICE_ONLY.match(n.text)]
    if not names or not all(looks_like_unit(n.text) or ann.person(n.text) for n in names):
        return None
    return names, m.group("v")
