"""Work a meeting or its minutes hands out, in the ways news of meetings writes it besides a body's 要 (`charges`):
    关于治理雾霾的建议、关于控制煤矿产能的建议，由省委常委、常务副省长高建民领办；
        — proposals (建议, 提案, 议案) listed, then the leader or the body that takes them on (`taken_on`): each
          proposal a task; 领办 / 承办 / 办理 responsible, 主办 lead, 会办 / 协办 support; 由A、B分别办理 pairs them in order;
          the bodies said once to work on all the leaders take on (分别由6位副省长领办，省政府有关部门重点办理) are on each;
    主会场活动由国家文物局和福建省人民政府共同主办，福建省文化和旅游厅、福州市人民政府联合承办。
        — the work named first, its hosts (主办: lead) and its organisers (承办: responsible) (`hosted`); not where the
          subject only points back (本次活动, 此次会议: no work of its own); and work named before 由X牵头 (`led`:
          考核工作由市委非公工委牵头，… — X lead, Y配合 support; 由X负责: X responsible; 划分为5个片区，分别由A、B牵头: each
          leads; when it was done, 2023年由X牵头，…, or a count pointing back, 三个项目, is no work);
    建议市环保局按照低线给予企业处罚。 / 要求派出所做好快侦、快破等保障工作
        — the bodies the meeting or a leader tells what to do, right after 建议 / 要求 / 责成 / 责令 (`instructed`).
          (…要求X要… is `charges.charged`'s; a collective, a firm or a person is no body, `charges.bodies`; the meeting's
          or its chair's voice only, not a firm's or a delegate's 要求 / 建议; X会同Y… both, `joint_duties.subject`.)
    六、…，由县公安局从维护社会稳定的大局出发，… — in minutes' numbered items, the bodies after 由 (`settled`).
    县委书记张三挂点联系的县人民医院新院区项目 / …项目由副县长李四包联 — a leader linked to a project, responsible (`linked`).
    会议决定，由县财政局负责筹集资金，由县自然资源局… — the bodies after a meeting's decision and 由, each clause its own (`decided`).
    A body is read whole (县委组织部, 县政府办公室), never run on into a post (由县委副书记王明带队: a person).
Works on offsets into one text, as `charges` does. Read in news (`kinds/prose.py`).
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure.portfolio import Assigned
from loaders.structure.titles import ITEM_NUMBER
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT, Named, looks_like_unit

# ---- proposals taken on -------------------------------------------------------------------------------------------

# Who takes on what the clause before lists: 由(titles and a name, or bodies)领办.
_TAKEN = re.compile(r"[，,][ \t]*由(?P<who>[^，,。；;：:！？\n由]{2,40}?)(?P<each>分别)?(?P<verb>领办|牵头办理|负责办理|主办|会办|协办|承办|办理)"
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
        if m.group("each"):
            # (…由A、B分别办理: the first proposal A's, the second B's — which is whose only when as many are named)
            takers = _takers(text, m, known)
            if takers is not None and len(takers[0]) == len(items):
                out += [Assigned(t, i, role, takers[1]) for t, i in zip(takers[0], items)]
            continue
        if name := _name_ending(who, known):
            at = m.end("who") - len(name)
            out += [Assigned(ann.Span(name, at, m.end("who")), i, role, True) for i in items]
            continue
        units = charges.bodies(text, ann.Span(who, m.start("who"), m.end("who")))
        out += [Assigned(u, i, role, False) for u in units or () for i in items]
    return out + _handled(text, out)


# How the news says the proposals leaders take on are worked on, before it lists them (14件建议…分别由6位副省长领办，
# 省政府有关部门重点办理): leaders 领办, then the bodies that do the work (承办 / 办理 responsible, 主办 lead, 会办 / 协办 support).
_HANDLED = re.compile(r"由[^，,。；;：:！？\n由]{2,20}?领办[，,、][ \t]*(?P<who>[^，,。；;：:！？\n由]{2,30}?)"
                      r"(?:重点|具体|负责)?(?P<verb>承办|办理|主办|会办|协办)(?=[。；;，,！\n]|$)")


def _handled(text: str, taken: list[Assigned]) -> list[Assigned]:
    """The bodies that work on every proposal a leader takes on, where the news says so of them all at once (a sentence
    that lists no proposal of its own: 分别由6位副省长领办，省政府有关部门重点办理)."""
    items = list(dict.fromkeys(a.task for a in taken if a.leader))
    out: list[Assigned] = []
    for m in _HANDLED.finditer(text):
        if any(m.start() <= i.start < m.end() for i in items):
            continue
        units = charges.bodies(text, ann.Span(m.group("who"), m.start("who"), m.end("who")))
        role = _VERB_ROLE.get(m.group("verb"), RESPONSIBLE)
        out += [Assigned(u, i, role, False) for u in units or () for i in items]
    return out


def _takers(text: str, m: re.Match, known: set[str]) -> tuple[list[ann.Span], bool] | None:
    """The leaders (each part of the list ending with a name among `known`: 副省长张三、王五) or else the bodies who take
    on proposals 分别, in the order named, and whether they are leaders; None when they are neither."""
    parts = [p for p in re.finditer(r"[^、和及与]+", m.group("who"))]
    names = [_name_ending(p.group(), known) for p in parts]
    if parts and all(names):
        at = m.start("who")
        return [ann.Span(n, at + p.end() - len(n), at + p.end()) for n, p in zip(names, parts)], True
    units = charges.bodies(text, ann.Span(m.group("who"), m.start("who"), m.end("who")))
    return (units, False) if units else None


def _name_ending(words: str, known: set[str]) -> str:
    """The longest name among `known` (two characters or more) that `words` end with (省委常委、常务副省长高建民), or ""."""
    return next((n for n in sorted(known, key=len, reverse=True) if words.endswith(n) and len(n) >= 2), "")


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


# ---- projects a leader is linked to ----------------------------------------------------------------------------------

# A leader (titles and a name) who 挂点 / 包联 / 包保 / 包抓 a project: 县委书记张三挂点联系的县人民医院新院区项目;
# 县人民医院新院区项目由副县长李四包联.
_LINKS = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?P<who>[^，,。；;：:！？\n“”\"由]{2,30}?)(?:挂点|包联|包保|包抓)"
                    r"(?:联系|负责)?的?(?P<task>[^，,。；;：:！？\n“”\"]{2,40}?(?:项目|工程))")
_LINKED = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?P<task>[^，,。；;：:！？\n“”\"]{2,40}?(?:项目|工程))[，,]?由"
                     r"(?P<who>[^，,。；;：:！？\n“”\"由]{2,30}?)(?:挂点|包联|包保|包抓)(?:联系|负责)?(?=[。；;，,！\n]|$)")


def linked(text: str, known: set[str]) -> list[Assigned]:
    """Each project a leader (a name among `known`, after the titles) 挂点 / 包联: the leader responsible for it."""
    out: list[Assigned] = []
    for m in [*_LINKS.finditer(text), *_LINKED.finditer(text)]:
        who, task = m.group("who"), m.group("task")
        if not (name := _name_ending(who, known)) or _POINTS_BACK.match(task) or len(task) < 4:
            continue
        at = m.end("who") - len(name)
        out.append(Assigned(ann.Span(name, at, m.end("who")), ann.Span(task, m.start("task"), m.end("task")), RESPONSIBLE, True))
    return out


# ---- hosts and organisers -----------------------------------------------------------------------------------------

_HOSTED = re.compile(r"(?:^|(?<=[。；;！\n]))[ \t\u3000]*(?P<task>[^，,。；;：:！？\n“”\"]{2,30}?)由(?P<host>[^，,。；;：:！？\n]{2,80}?)"
                     r"(?:共同|联合)?主办[，,][ \t]*(?:由)?(?P<org>[^，,。；;：:！？\n]{2,160}?)(?:共同|联合)?承办")
# A subject that only points back to what the news tells (本次活动, 此次会议, 该项目): no work of its own.
# (or counts what it told, 三个项目, 上述工作)
_POINTS_BACK = re.compile(r"^(?:本|此|该|这|今年|今天|活动|会议|上述|以上|[一二三四五六七八九十两\d]+[个项件条类])")
# When the work was done, before what was done (2023年由X牵头，…; 今年以来…; 2024年上半年城区道路改造由X牵头): no part of it.
_WHEN = re.compile(r"^(?:(?:(?:\d{4}|[今去明前上]|近[一二三两几]?)年(?:度)?|\d{1,2}月(?:份)?|\d{1,2}[日号]|[上下]半年|[一二三四1-4]季度"
                   r"|[上中下]旬|近期|目前|当前)(?:以来|来|起|初|底|末|内|中|前|后)?[ \t\u3000，,]*)+")


def _work(text: str, m: re.Match) -> ann.Span:
    """The work named before 由, when it was done left out."""
    task = charges.task_span(text, m.start("task"), m.end("task"))
    w = _WHEN.match(task.text)
    return ann.Span(task.text[w.end():], task.start + w.end(), task.end) if w else task


def hosted(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Work named before 由 and the bodies that host it (lead) and organise it (responsible)."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _HOSTED.finditer(text):
        task = _work(text, m)
        if _POINTS_BACK.match(task.text) or len(task.text) < 4:
            continue
        hosts, orgs = _units(text, m, "host"), _units(text, m, "org")
        if hosts and orgs:
            out.append(([Named(u, LEAD) for u in hosts] + [Named(u, RESPONSIBLE) for u in orgs], task))
    return out


# Work named first, then who leads it (考核工作由市委非公工委牵头，…; 创建工作由市文明办牵头，市住建局配合。) or does it
# (县城东区道路改造由县住建局负责，县交通运输局配合; 三个项目分别由县发改局、县住建局负责推进; 划分为5个片区，分别由…牵头).
_LED = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?P<task>[^，,。；;：:！？\n“”\"]{4,30}?)(?:[，,][ \t]*(?=分别由))?(?:分别)?"
                  r"由(?P<host>[^，,。；;：:！？\n]{2,80}?)(?P<verb>牵头|负责)(?:实施|落实|推进|组织实施)?"
                  r"(?=[，,。；;])(?:[，,][ \t]*(?P<org>[^，,。；;：:！？\n]{2,120}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:密切|积极)?配合"
                  r"(?=[，,。；;]))?")


def led(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Work named before (分别)由X牵头 / 由X负责: X leads it or does it, and the bodies said to back it (Y配合) support."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _LED.finditer(text):
        task = _work(text, m)
        if _POINTS_BACK.match(task.text) or len(task.text) < 4 or not (hosts := _units(text, m, "host")):
            continue
        backs = _units(text, m, "org") if m.group("org") else []
        role = LEAD if m.group("verb") == "牵头" else RESPONSIBLE
        out.append(([Named(u, role) for u in hosts] + [Named(u, SUPPORT) for u in backs or ()], task))
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
# (the speaker a pronoun, 他要求县住建局…, or named with a post before or after the name, 市委书记张三要求…, 张三副县长督促…;
# 督促 too: 督促县交通运输局加快…)
_INSTRUCT = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*(?P<meeting>会议|会上)?(?:(?P<speaker>[他她]|[\u4e00-\u9fff]{2,4}?"
                       r"|[\u4e00-\u9fff、]{0,12}?(?:长|书记|主任|主席|领导|同志)[\u4e00-\u9fff]{0,4}?)?"
                       # (where the speaker said it: 张三在调研时要求…, 他在听取汇报后要求…)
                       r"(?:在[^，,。；;：:！？\n“”\"]{1,14}?(?:时|中|后|上|期间))?"
                       r"(?P<verb>要求|责成|责令|督促)|建议)(?P<rest>[^。；;！？\n]{6,260})")
# Who else speaks at a meeting, asking or suggesting (部分企业要求…, 代表们…纷纷发言，建议…, 政协委员, 群众, 专家): their
# requests are theirs, not the meeting's orders. (委员会 is a body; a leader, 县长张强要求…, chairs.)
_OTHERS = re.compile(r"代表|委员(?!会)|企业|群众|居民|市民|村民|网友|商户|业主|家长|职工|农户|农民|专家|学者|游客|师生|患者|部分|一些|有的")
# The sentence's subject opened by them (代表们在座谈中纷纷发言，建议…; 座谈中，企业负责人纷纷发言，要求…): its 要求 / 建议 after a
# comma is theirs. (a setting first, 会上 / 座谈中 / 3月5日 / 在…会上, is no subject; a chair's sentence, 县长张强指出，部分企业…，
# 要求…, is the chair's)
_OTHERS_OPEN = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{0,4}?(?:" + _OTHERS.pattern + ")")
_SETTING = re.compile(r"[ \t\u3000]*(?:[^，,]{0,12}(?:上|中|时|期间|间|前|后|以来)|[\d月日年号上下午晚]{2,12}|近日|日前|昨天|今天|当天|随后|同时|此外)[ \t\u3000]*$")
# What opens the task: not what `charges` reads (要…, 负责…), nor what ends a name that went on (的…, 等…).
_NOT_TASK = re.compile(r"^(?:要|负责|将|的|等|和|及|与|、|在[^，,]{0,12}的)")


def instructed(text: str) -> list[tuple[list[Named], ann.Span]]:
    """A body told what to do right after 建议 / 要求 / 责成 (the first whole body opening what follows), by the meeting
    or its chair: not by anyone else at it. X会同Y…: both (`joint_duties.subject`)."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _INSTRUCT.finditer(text):
        if _others_voice(text, m) or m.group("verb") == "督促" and not _URGED_BY.fullmatch(m.group("speaker") or ""):
            continue        # (督促 only in a speaker's voice: 我厅将…督促X is the writer's oversight, not a charge)
        rest, a = m.group("rest"), m.start("rest")
        if (opening := _opening(text, a, rest)) is None:
            continue
        units, k = opening
        named = [Named(u, RESPONSIBLE) for u in units]
        if (lead := _LEADS.match(rest, k)) is not None:
            named, k = [Named(u, LEAD) for u in units], lead.end()     # (责成X牵头，…: X leads what follows)
        elif (joint := _with_others(text, a, rest, k)) is not None:
            named, k = joint
        elif _NOT_TASK.match(rest[k:]) or _WITH.match(rest, k):
            continue
        task = charges.task_span(text, a + k, m.end("rest"))
        if len(task.text) >= 4:
            out.append((named, task))
    return out


_LEADS = re.compile(r"(?:负责)?牵头[，,][ \t]*")


# Who urges a body in the news's voice: a pronoun or a person named with a post (他, 张三副县长, 市委书记张三) or by name
# alone (张三), never the writer (我厅将…, 本局), a body (县纪委) or no one.
_URGED_BY = re.compile(r"[他她]|(?![我本该])[\u4e00-\u9fff、]{0,12}?(?:长|书记|主任|主席|领导|同志)[\u4e00-\u9fff]{0,4}"
                       r"|(?![我本该])[\u4e00-\u9fff]{2,3}(?<![将拟会委局办厅府])")


def _others_voice(text: str, m: re.Match) -> bool:
    """Whether the 要求 / 建议 is someone else's than the meeting's or its chair's: the speaker before it is one of them,
    or, with no speaker, the sentence's subject before it (its first clause after a setting) opens with them."""
    if m.group("speaker"):
        return bool(_OTHERS.search(m.group("speaker")))
    if m.group("meeting"):
        return False
    s = max(text.rfind(c, 0, m.start()) for c in "。；;！？\n") + 1
    subject = next((c for c in re.split(r"[，,：:]", text[s:m.start()]) if not _SETTING.fullmatch(c)), "")
    return bool(_OTHERS_OPEN.match(subject))


# A post after a body's name (县委副书记王明, 县政府分管副县长, 县住建局局长张三, 市政府主要领导, 县委王明同志带队): a person
# does the work, no body.
_POST = re.compile(r"(?:党组|党委|党工委)?(?:常务|专职|分管|主管|协管|主要|挂职)?副?(?:[省市县区州旗盟镇乡]长|书记|主任|秘书长|部长|局长|厅长"
                   r"|处长|科长|所长|队长|站长|常委|主席|委员|负责人|负责同志|领导(?!小组)|[\u4e00-\u9fff]{2,3}(?:同志|带队|率队))")
# A region's committee or government, then one of its own departments (县委组织部, 市委政法委, 县政府办公室, 县人大常委会): one
# body, named after the one it belongs to.
_OWNER = re.compile(r"(?:[省市县区州旗盟镇乡]委|政府|人大|政协)$")
_DEPARTMENT = re.compile(r"(?:常委会|[^省市县区州旗盟镇乡和及与、的等，,]{0,4}?(?:办公室|部|办|委|室|中心))")


def _run_on(rest: str, k: int) -> int | None:
    """Where the body opening `rest` ends, the shortest name `rest[:k]` run on into a department of its own (县委 →
    县委组织部); None when it runs on into a post (县委 → 县委副书记王明)."""
    if _POST.match(rest, k):
        return None
    if _OWNER.search(rest[:k]) and (d := _DEPARTMENT.match(rest, k)) is not None and charges.one_body(rest[:d.end()]):
        return d.end()
    return k


# Working with others, or backing them (X会同Y、Z…, X配合Y…), after a body's name.
_WITH = re.compile(r"会同|协同|配合")
_SOME = re.compile(r"(?:有关|相关|其他|其它)[\u4e00-\u9fff]{0,4}?(?:部门|单位)")
_ETC = re.compile(r"等(?:有关|相关)?(?:部门|单位)")


def _with_others(text: str, a: int, rest: str, k: int) -> tuple[list[Named], int] | None:
    """X会同Y(、Z)(等部门)<what they do>, X ending at rest[k]: the bodies `joint_duties.subject` reads there (X会同Y: both
    responsible; X配合Y: X support, Y responsible) and where what they do begins; None when no body follows 会同."""
    if (w := _WITH.match(rest, k)) is None:
        return None
    j = w.end()
    if (some := _SOME.match(rest, j)) is not None:
        e = end = some.end()
    else:
        e = next((e for e in range(j + 2, min(j + 40, len(rest) - 2)) if _NAME_END.search(rest[:e])
                  and (not _GOES_ON.match(rest, e) or _ETC.match(rest, e))
                  and charges.bodies(text, ann.Span(rest[j:e], a + j, a + e)) is not None), 0)
        if not e:
            return None
        end = (x.end() if (x := _ETC.match(rest, e)) is not None else e)
    units = joint_duties.subject(text, ann.Span(rest[:e], a, a + e))
    return (units, end) if units else None


# ---- minutes' numbered items: 由X… ----------------------------------------------------------------------------------

# A numbered item of minutes (一、 1. （一）) and, opening it or a clause in it, 由 and the bodies that do the rest:
# 六、针对…问题，由红塔区政府从维护社会稳定的大局出发，进一步加大工作力度. (由X牵头 is `charges.charged`'s; 由X负责的… names an
# item by its body.)
# (minutes number their items, not articles or chapters: no 第…条)
_ITEM_LINE = re.compile(r"^[ \t\u3000]*(?!第)" + ITEM_NUMBER + r"[^\n]*", re.M)
_BY = re.compile(r"(?:^|(?<=[。；;，,、]))[ \t\u3000]*由(?![于此])(?P<rest>[^。；;！？\n]{6,260})")
_NOT_DONE = re.compile(r"^(?:牵头|负责的|的|等|和|及|与|、|[承担主会协]办)")


def settled(text: str) -> list[tuple[list[Named], ann.Span]]:
    """In minutes' numbered items, the bodies after 由 (the first whole list of bodies) responsible for what follows."""
    out: list[tuple[list[Named], ann.Span]] = []
    for line in _ITEM_LINE.finditer(text):
        for m in _BY.finditer(text, line.start(), line.end()):
            rest, a = m.group("rest"), m.start("rest")
            if (opening := _opening(text, a, rest)) is None:
                continue
            units, k = opening
            if _NOT_DONE.match(rest[k:]) or re.search(r"会同|联合|协同|配合", rest[:k]):
                continue
            named = [Named(u, RESPONSIBLE) for u in units]
            if (joint := _with_others(text, a, rest, k)) is not None:
                named, k = joint
            elif _WITH.match(rest, k):
                continue
            task = charges.task_span(text, a + k, m.end("rest"))
            if len(task.text) >= 4:
                out.append((named, task))
    return out


def _opening(text: str, a: int, rest: str) -> tuple[list[ann.Span], int] | None:
    """The bodies `rest` (at a in text) opens with, the first whole list of them (县交通运输局、县公安局; 市环保局和市供排水公司),
    and where they end; None when it opens with none, or with one body run on into a post (由县委副书记王明带队)."""
    for k in range(2, min(40, len(rest) - 3)):
        if not _NAME_END.search(rest[:k]) or _GOES_ON.match(rest, k) or _CUT.match(rest, k):
            continue
        if _PAUSE.search(rest[:k]):
            return None     # (要求，X要…: the body after a pause is `charges.charged`'s)
        if (units := charges.bodies(text, ann.Span(rest[:k], a, a + k))) is None:
            continue
        if len(units) == 1 and units[0].end == a + k:
            # (one body: not run on into a post, 由县委副书记王明带队, and whole, 由县委组织部…)
            if (n := _run_on(rest, k)) is None:
                return None
            units, k = [ann.Span(rest[:n], a, a + n)], n
        return units, k
    return None


# ---- what a meeting settles in its sentences: 会议决定，由X负责… ------------------------------------------------------

# A meeting's or its chair's decision (会议决定, 会议明确, 李县长现场拍板), then 由 (交由) and the bodies that do the rest.
_DECIDED = re.compile(r"(?:^|(?<=[。；;！\n，,]))[ \t\u3000]*(?:[^，,。；;：:！？\n“”\"]{0,12}?(?:会议|会上|现场|当场))?"
                      r"(?:明确|议定|决定|研究决定|确定|拍板|商定)[，,：:]?[ \t]*(?:交|并)?由(?![于此])(?P<rest>[^。；;！？\n]{6,260})")


def decided(text: str) -> list[tuple[list[Named], ann.Span]]:
    """The bodies after a meeting's decision and 由 (会议决定，由县财政局负责筹集资金), responsible for what follows (负责
    left out); 由X牵头 is `charges.charged`'s."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _DECIDED.finditer(text):
        # (one decision may hand out several pieces of work, a clause opening with 由 each: 由X负责A，由Y在6月底前完成B)
        bys = list(_NEXT_BY.finditer(text, m.start("rest"), m.end("rest")))
        for a, b in zip([m.start("rest")] + [n.end() for n in bys], [n.start() for n in bys] + [m.end("rest")]):
            rest = text[a:b]
            if len(rest) < 6 or (opening := _opening(text, a, rest)) is None:
                continue
            units, k = opening
            if _NOT_DONE.match(rest[k:]) or _WITH.match(rest, k) or re.search(r"会同|联合|协同|配合", rest[:k]):
                continue
            k += 2 if rest.startswith("负责", k) else 0
            k += 1 if rest.startswith(("，", ","), k) else 0     # (由X负责，加快推进…: the work after the pause)
            task = charges.task_span(text, a + k, b)
            if len(task.text) >= 4:
                out.append(([Named(u, RESPONSIBLE) for u in units], task))
    return out


_NEXT_BY = re.compile(r"[，,][ \t]*(?:并|交)?由(?![于此])")


# A word cut after what ends a body's name (政协委|员, 县交通运输局|长, 县长办|公室, 各乡|镇, 县纪委|监委): no body ends there.
_CUT = re.compile(r"(?<=委)员|(?<=[局处所站队部厅])长|(?<=办)公|(?<=乡)镇|(?<=镇)乡|(?<=纪委)监委")
_PAUSE = re.compile(r"[，,：:；;]")
# A list or a name going on after a body's name (市环保局和市供排水公司, 市住建局的…, 相关部|门): the body is not done yet.
_GOES_ON = re.compile(r"[和及与、的等门]")
# A name ends as a body's does (局, 委, 办, 部门, 政府, 公司…, and a list may end with the towns, …及乡镇): where a prefix may stop.
_NAME_END = re.compile(r"[局委办厅室队所站部门府司团心会组处镇乡]$")


def told(text: str) -> list[tuple[list[Named], ann.Span]]:
    """The work `hosted`, `led`, `instructed`, `settled` and `decided` read, for news."""
    return hosted(text) + led(text) + instructed(text) + settled(text) + decided(text)
