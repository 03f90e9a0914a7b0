"""Duties a regulation, a notice or a plan's measure assigns in its prose, article by article, to bodies it names:
    第十条 中心党委负责领导、组织对…的考核工作。                        — X负责…: X answers for it
    国家能源局、国家矿山安全监察局负责全国智能化示范煤矿建设的…工作。    — each body named answers for it
    中心办公室和人事教育部应认真履行职能，协助…                        — X应(当)…: each of X responsible
    市财政局会同市发展改革委（市粮食和物资储备局）负责安排…            — X会同Y: both (`joint_duties.subject`)
    市场监管部门依法对可制毒化学品产品质量进行监督管理。              — a rule dividing supervision
    中心办公室牵头负责中心党风廉政建设的日常事务工作。                — X牵头负责…: X leads
    年度考核可与年终干部考核工作结合进行，具体工作由人事教育部和办公室负责。 — …由X负责。: X answers for what went before
    浦东新区政府要做好四镇的财力保障工作。                              — X要…, in a document charging its bodies in prose
    南汇新城镇、万祥镇和书院镇（以下统称“四镇”）重点做好社会管理等工作，…  — each town, to the clause's end
    市审计局对专项资金的使用情况进行审计监督。                          — X对…进行监督/检查/审计/考核
A charge falls only on bodies (`charges.bodies`): never a collective (各部门, 有关部门), a person's role (申请人, 企业),
a firm, a committee of a procedure or of residents (评标委员会, 村民委员会), or a body named as the object of what is done
(对…负责). News reads its speeches' charges in `charges.charged`.
Works on offsets into one text, so callers can turn any piece into evidence.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure.responsibility import LEAD, Named

# An article's or an item's number before the body (`joint_duties.NUMBER`), never read as part of its name.
NUMBER = joint_duties.NUMBER
# The body opens its sentence or a clause (after an article's number: 第十条 X负责…), then the duty word:
# 负责 (not 负责人, 负责同志, 负责的; 分别负责, 按照各自职责负责) or 应 / 应当 (not 应急, 应用, 应对, 应届, 应邀).
# (a list of bodies, 市发展改革委、市工业和信息化局、…等部门应当…, may run longer than one name)
# (a name may carry a bracket after it: its second name or its former one, 市发展改革委（市粮食和物资储备局）)
_BRACKETED = r"|[（(][^（()）\n，,。；;：:]{2,30}[)）]"
_NAME = r"(?:[^，,。；;：:！？\n“”\"（()）《》]" + _BRACKETED + r")"
_ONE = r"(?:[^、，,。；;：:！？\n“”\"（()）《》]" + _BRACKETED + r")"
_DUTY = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?:" + NUMBER + r"[ \t\u3000]*)?"
                   r"(?P<who>(?:" + _ONE + r"{2,24}、){2,11}" + _ONE + r"{2,40}?|" + _NAME + r"{2,40}?)"
                   # (how or under whom it does it may stand between, closed by a comma: X按照“谁推荐、谁负责”的原则，负责…;
                   # X在Y领导下，按照本规定对…实施监督管理)
                   r"(?:在[^，,。；;！？\n]{2,30}?(?:领导|指导)下[，,][ \t\u3000]*)?"
                   r"(?:(?:按照|依照|根据|依据)[^，,。；;！？\n]{2,30}?[，,][ \t\u3000]*|(?:按照|依照|依据)本[\u4e00-\u9fff]{2,4}(?=对))?"
                   r"(?P<verb>(?:(?:按照|依照|根据|依据)各自(?:的)?职责(?:分工)?)?(?:具体|继续|统一|主要|分别|共同|(?P<lead>牵头))?负责(?![人同的任制])"
                   r"|应当|(?<![相响适供反答感呼对顺效回])应(?![急用对届邀收纳付力变])"
                   # (应 never of a word: 相应, 响应, 适应, 供应 — 立即采取相应措施 is no subject told its duty)
                   # (or 要, as a plan's prose charges a body: 浦东新区政府要做好…; not 主要, 需要, 要求, 要点)
                   r"|(?<![主重需必只紧摘纪提概简想])要(?![求点素件])"
                   # (or what a body is to see to first, 南汇新城镇…重点做好社会管理…: a plan dividing the work)
                   r"|重点(?:做好|抓好)"
                   # (a rule dividing supervision among bodies: 市场监管部门依法对…进行监督管理)
                   r"|依法(?=对[^。；;！？\n]{2,80}?(?:进行|实施)[^。；;！？\n]{0,2}(?:监督|管理|检查))"
                   # (or with no word before it: 市审计局对专项资金的使用进行审计监督)
                   r"|(?=对[^。；;！？\n]{2,80}?(?:进行|实施)[^。；;！？\n]{0,2}(?:监督|检查|审计|考核)))"
                   r"(?P<task>[^。；;！？\n]{4,240})")
# What a rule says of itself (本办法由X负责解释), or a body answering for what it hands in (对…的真实性负责): no duty.
# (nor a body in what another does, 不再受理原X中心负责办理的业务: the duty word opens a phrase of a noun, 负责办理的…)
# (nor the plan's own oversight, 负责《方案》工作任务的统一督导调度: checking the work is no part of it)
_NOT_DUTY = re.compile(r"^(?:解释|同志|人)|解释$|^[^，,]*(?:督导|督查|督办)")
# (after 负责 or 应 a 的 in the first words makes a noun, 负责办理的业务; after 要 it does not: 要做好四镇的…)
_NOUN = re.compile(r"^[\u4e00-\u9fff]{0,4}的")
# A body told to play its part (要充分发挥牵头作用, 要发挥好…职能): an exhortation, no task of its own.
_EXHORTED = re.compile(r"^(?:充分|切实|积极)?发挥")
# A subject naming no body of its own: the writer (现将我局…, 本中心…), what is done to a body (不再受理原X中心…), a body
# helping or empowered by another (协助国家能源局…, 州人民政府授权州数据资源主管部门…: the first is not the one charged), a
# body named after 由 (日常工作由X负责: `by_last`), a collective (有关省级指挥部), or a chapter's or an article's words run
# into the name (第四章 采集, 汇聚 第十八条 政务部门…: lines joined).
_NOT_WHO = re.compile(r"^(?:不再|不|未|没有|将|现将|现|对|向|把|与|同|跟|被|在|协助|配合|会同|本)|我|由|授权|委托|有关|相关|其他|其它"
                      r"|第[一二三四五六七八九十百零〇\d]+[条章节]")
# A department named by the part it plays in a procedure (共享部门, 数据提供部门, 政务部门: any department that shares, provides,
# holds data) is no body of its own.
_ROLE = re.compile(r"(?:共享|提供|政务|申请|需求|使用|实施|承担|负责|接收|报送|发布|采集|开放|业务|职能)部门$")
# A committee of a procedure or of residents (业主委员会, 评标委员会, 人民调解委员会, 村民委员会), a street office with no
# name, a community's service or health centre, a bureau's institutions (市住建局所属事业单位): a role, never the region's
# department.
_NOT_OURS = re.compile(r"(?:业主|评标|评审|专家|仲裁|调解|村民|居民|村务监督|监事|董事|伦理|学术)委员会$|^(?:村委会|居委会|业委会)$"
                       r"|^(?:街道|乡镇|社区)?办事处$|物业服务中心$|(?:社区|乡镇|村)卫生(?:服务)?(?:中心|站|室|院)$"
                       r"|(?:所属|下属|直属)(?:单位|事业单位|企业|机构)$|事业单位$")
# 应 of a thing is a standard's requirement, not a body's duty (智能化小型水电站应达到…, 数据资源中心应包括…): a body told
# what it should do ends as bodies do (局, 委, 办, 厅, 部, 中心, 室, 所, 队: 市政府办公室, 县司法所, 县交警大队), but not as a
# station, a place, a room or a crew, and is told to act, not what it is, holds or meets.
# (a 所 or a 队 that is no body's: 自己所应该…, what one should; 外国军队应…)
_THING = re.compile(r"(?:站|场所|住所|处所|厕所|之处|住处|[此各好用去到深别益难]处|实验室|检测室|机房|施工队|车队|内部|外部|全部|局部"
                    r"|(?<![法出究务政电商土业利技医划理验测护挥师生控计助守毒留])所|(?<![大中支总])队)$")
# What goes on with the same body's duty (X负责A，同时负责B): no new subject.
_GOES_ON = re.compile(r"^(?:同时|并且|另外|此外|同时还|并同时)$")
# A body told its duty by another (市政府督促市城市管理局负责…, 市政府明确市住建局负责…, 会议同意X负责…): the body after
# the verb is the one charged, never one name holding both; if what stands before the verb is neither a body nor a
# meeting, no one is.
_CHARGED_BY = re.compile(r"督促|明确|指定|要求|确定|同意|责成|支持")
_MEETING = re.compile(r"^(?:会议|会上|会议研究)$")
# The departments of a level or of a procedure, all of them (县直部门, 市直各单位, 同级部门, 承办部门): told 要, no body.
_ALL_OF_A_KIND = re.compile(r"(?:[省市县区旗]直|同级|承办|协办|主办|责任|成员)(?:各)?(?:部门|单位|机关)$")
_STATE = re.compile(r"^(?:包括|包含|具备|具有|达到|满足|符合|为|是|有|能|可|设|配备|不低于|不少于|不超过)")


def told(text: str, yao: bool = False) -> list[tuple[list[Named], ann.Span]]:
    """Every clause charging bodies with a duty (X负责…, X应…): the bodies, each responsible, and the duty. With `yao`,
    also X要… (a document whose measures no bracket annotates charges its bodies so; where brackets name who answers for
    the measures, a bureau's 要… is the closing requirements), never a body told to play its part (要充分发挥…作用) or
    the plan's own oversight (要加强督促指导…)."""
    out: list[tuple[list[Named], ann.Span]] = []
    # (X要会同Y、Z制定…: the bodies working together are `joint_duties.with_others`')
    together = {units[0].name.start for units, _ in joint_duties.with_others(text)} if re.search(
        r"会同|协同|配合", text) else set()
    at = 0
    while (m := _DUTY.search(text, at)) is not None:
        at = m.start("task")
        who, task = m.group("who"), m.group("task")
        if (charged := _charged(text, m)) is None or not (named := joint_duties.subject(text, charged)):
            continue
        units = [u.name for u in named]
        if re.match(r"(?:会同|协同|配合)", task) and units[0].start in together:
            continue
        if _NOT_DUTY.search(task) or m.group("verb") != "要" and _NOUN.match(task) \
                or _NOT_WHO.search(_head(who)) or _ROLE.search(who) or _roles(units):
            continue
        if m.group("verb") == "要" and (not yao or _EXHORTED.match(task) or charges.OVERSIGHT.search(task)
                                       or _ALL_OF_A_KIND.search(who)):
            continue        # (县直部门要…, 同级部门要…, 承办部门要…: all of a kind or a role, no body named)
        if m.group("verb").startswith("应") and (_THING.search(who) or _STATE.match(task)):
            continue
        if m.group("verb") == "" and not yao:
            continue        # (X对…进行检查 with no duty word: a duty only where the document charges in prose, not a report's event)
        if m.group("verb") in ("依法", "") and joint_duties.reported(text, m.start("who"), m.end("task")):
            continue        # (2023年，X依法对…进行了监督检查，发现…36处: a summary's report of what was done)
        # (the duty runs to the next subject told its duty in the sentence, a body or not: X负责A，地方教育行政部门依据
        # 职责负责B)
        nxt = _DUTY.search(text, m.start("task"), m.end("task"))
        while nxt is not None and _GOES_ON.match(nxt.group("who")):
            nxt = _DUTY.search(text, nxt.start("task"), m.end("task"))
        end = nxt.start("who") if nxt else m.end("task")
        if m.group("verb").startswith("重点") and (comma := re.search(r"[，,]", text[m.start("task"):end])):
            end = m.start("task") + comma.start()      # (重点做好…工作: what it sees to closes its clause)
        task = charges.task_span(text, m.start("task"), end)
        if len(task.text) >= 4:
            # (X牵头负责…: X leads it)
            out.append(([Named(u.name, LEAD) for u in named] if m.group("lead") else named, task))
    return out


def _head(who: str) -> str:
    """The subject before 会同 where what it works with is bodies named by their part (科技部会同有关部门负责…: 科技部, whose
    有关 names no one), else the whole subject."""
    w = re.search(r"会同|协同", who)
    return who[:w.start()] if w and joint_duties.SOME.match(who[w.end():]) else who


def _roles(units: list[ann.Span]) -> bool:
    """Whether any of the bodies charged is a role (`_NOT_OURS`), not a department."""
    return any(_NOT_OURS.search(u.text) for u in units)


def _charged(text: str, m: re.Match) -> ann.Span | None:
    """The subject of a duty (m's who), or the body after the verb when another charges it (市政府督促X负责…: X)."""
    who, a = m.group("who"), m.start("who")
    verbs = list(_CHARGED_BY.finditer(who))
    if not verbs:
        return ann.Span(who, a, m.end("who"))
    before = who[:verbs[0].start()].strip(" \t\u3000")
    if before and not _MEETING.match(before) and not charges.bodies(text, ann.Span(before, a, a + len(before))):
        return None
    return ann.Span(who[verbs[-1].end():], a + verbs[-1].end(), m.end("who"))


# The body named last in its sentence, after what it does: …，具体工作由X负责。 / …仍由X办理 / 统一交由X承担，
# (负责 ends the sentence, a done_by 由X负责，… reads the rest; the others may end a clause).
_BY_LAST = re.compile(r"由(?P<who>[^，,。；;：:！？\n由“”《》]{2,40}?)"
                      r"(?:负责(?=[。；;！\n]|$)|(?:负责|组织|具体)?(?:承担|办理|实施)(?=[。；;！，,\n]|$))")
_NUMBERED = re.compile(NUMBER + r"[ \t\u3000]*")
# Words before 由 that are no part of what is done (具体工作由…, 仍由…, 统一交由…).
_FILLER = re.compile(r"(?:[，,][^，,]{0,6}(?:工作|事宜|事项))?[，,]?(?:并|仍|均|都|统一|一律|具体)?(?:交|改)?$")

# A rule's word on itself (本实施细则由X负责解释, 本条例的解释工作, 本暂行规定): no measure.
OWN_RULE = joint_duties.OWN_RULE
# A clause with a subject of its own (各区县要…, 所需资金由X和Y承担, 本细则由X负责解释): what the body named last does
# starts after it.
_OWN_SUBJECT = re.compile(r"(?<![自理缘事经])由(?!于)|^[^，,]{2,12}?(?:(?<![主重需必只紧摘纪提概简])要|应当|须|需要)(?![求点素件])")


def by_last(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every sentence naming last the bodies that do what it says first (…，具体工作由X负责。): X responsible for it."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _BY_LAST.finditer(text):
        named = joint_duties.subject(text, ann.Span(m.group("who"), m.start("who"), m.end("who")))
        units = [u.name for u in named or ()]      # (X会同Y: both; X配合Y: X backs Y)
        if not units or _roles(units):
            continue
        a = max(text.rfind(c, 0, m.start()) for c in "。；;！？：:\n") + 1
        while a < m.start() and text[a] in " \t\u3000":
            a += 1
        if (n := _NUMBERED.match(text, a)) is not None:
            a = n.end()
        before = text[a:m.start()]
        b = a + len(before) - len(_FILLER.search(before).group())
        own = [c for c in re.finditer(r"[^，,]+", text[a:b]) if _OWN_SUBJECT.search(c.group())]
        task = charges.task_span(text, min(b, a + own[-1].end() + 1) if own else a, b)
        if len(task.text) < 4 or OWN_RULE.search(task.text):
            continue
        out.append((named, task))
    return out
