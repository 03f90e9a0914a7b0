"""Units a meeting charges in its sentences, as news of meetings and inspections tells it:
    县交通部门要积极向上级争取项目支持，…。           — a body, then 要 and what it must do
    县国土资源局牵头，县发改局、县住建局等部门密切配合，全力推进划定工作。
Each charged unit answers for the rest of its sentence: responsible, or lead and support where the
sentence says who leads. Only bodies are charged: a region's body (县发改局, 区商务局, 县创卫办) or a
sector's department (水利部门). A collective (各级各部门要高度重视…: everyone, so no one in particular), a kind
of body (县级政府, 外贸企业), a project (交通建设项目要坚持规划先行) or a person charges no one.
Also the other ways prose gives bodies their tasks: a report's lines one per body (`unit_lines`: 邓李乡：任务量…、
已完成…) and a notice's requests to the bodies its salutation names (`addressed`: 鲁沙尔镇、…：… 请各乡镇…); and how
progress reports and bulletins tell who answers: a target's shares (`shares`: 房产局100套，住建局200套…), items named with
their body (`answered_for`: 由县民政局负责的第1件), a body's line listing its items (`body_items`: X指挥部：…2项为：A、B),
projects handed over (`handed_over`: 票决出A、B共2个项目，交由镇人民政府组织实施) and lagging bodies told what to do
(`lagging`: 叶邑镇、辛店镇完成率低，进度缓慢，需加快进度…); and the bodies a plan's measure names in its sentence
(`done_by`: …等行为，由交警部门依法严厉查处; …，认定工作由市公安局负责), and the sectors' departments a plan's
measure charges by their sector (`sectors_charged`: 自然资源部门要根据…).
Works on offsets into one text, so callers can turn any piece into evidence.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann, charge_forms, lagging_projects, sector_lists
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT, Named, kind_of, looks_like_unit

# How a speech numbers its points, before the body the point charges (一是, 第二, 其三, 首先, 此外), and minutes their items (一、, 2.).
_POINT = r"(?:[一二三四五六七八九十]是|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十百零〇]+条|第[一二三四五六七八九十]|其[一二三四五六七八九十次]|首先|再次|最后|同时|此外|另外)"
# Who is charged starts a sentence or a clause (after 要求, 强调, 认为, a colon or a comma) and runs to 要.
_CHARGE = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*(?:会议)?(?:要求|强调|指出|认为)?[，,：:]?"
                     # (or a speaker's, the speaker named first: 张三要求县住建局要…, 他强调县财政局要… — no 要 of its own
                     # before it, save in 主要 / 重要: 县主要领导要求…)
                     r"(?:(?P<voice>(?:[^，,。；;：:！？\n“”\"要]|(?<=[主重])要){1,16}?)(?:要求|强调|责成|督促)(?![，,：:]))?"
                     # (a speech's points are numbered before the body they charge: 二是县发改局要…, 其次，县财政局要…)
                     rf"(?:{_POINT}[，,、]?)?"
                     r"(?P<who>[^，,。；;：:！？\n“”\"]{2,40}?)"
                     # (where it is to do it may come first: 住建交通部门在项目建设等工作中要…)
                     r"(?:在[^，,。；;：:！？\n]{2,30}?(?:中|上|方面))?"
                     # (or what it is, 区经济科技促进局作为全区重要的数源单位，要…: `charge_forms.AS_ROLE`)
                     + charge_forms.AS_ROLE +
                     # (a list closed by 等部门 / 等单位 may pause before 要: 农、林、水…等单位，要…)
                     r"(?:(?<=等部门|等单位)[，,])?"
                     # (or is told what it answers for: 县住房城乡建设局负责工作日常调度，… — not its 负责人)
                     r"(?:(?:都|也|必须|务必|一定)?(?<![主重需只想纲摘概紧首])要(?![求])|负责(?![人同的]))"
                     r"(?P<task>[^。；;！？\n]{4,240})")
# X牵头，Y、Z等部门密切配合，<what they do>; or, as minutes write what a meeting settled, 由X牵头，<what it does>
# (由水利局牵头，针对可能出现的旱情汛情，按照预案抓好落实: X lead, no one named to back it).
_LED = re.compile(r"(?:^|(?<=[。；;：:！\n])|(?<=[，,])(?=(?:明确|决定|确定)由)|(?<=(?:要求|强调|明确|指出)[，,]))[ \t\u3000]*(?:" + _POINT + r"[ \t\u3000]*)?(?:(?:会议)?(?:明确|议定|决定|研究决定|确定|要求)[，,：:]?)?(?:(?P<by>由)|(?=[^，,。；;：:！？\n]{2,40}?牵头[，,]"
                  r"[^，,。；;：:！？\n]{2,80}?配合[，,]))(?P<lead>[^，,。；;：:！？\n]{2,40}?)(?:负责)?牵头[，,]\s*"
                  r"(?:(?P<sup>[^，,。；;：:！？\n]{2,80}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:密切|积极|主动|全力)?配合[，,]\s*)?"
                  r"(?P<task>[^。；;！？\n]{4,240})")
# A body of a region: its level first (县发改局, 区住房城乡建设局), never a level's kind (县级政府).
_REGION_BODY = re.compile(r"^[省市州县区旗盟镇乡](?!级)[\u4e00-\u9fff]{1,16}$")
# A body named by its own name, its place's short name first (开江生态环境局): what bodies end with, not a
# word for a state of things (大局, 格局, 布局).
# (an office's room is a body too: 联合督查室, 政府督查室 — but not a room: 教室, 会议室; and a place's government named
# by the place, 红塔区政府, 珲春市人民政府 — not one named by where it stands, 地方政府, 当地政府, 当地县人民政府)
_NAMED_BODY = re.compile(r"^(?!.*(?:大局|格局|布局|开局|全局|当局|结局|僵局|新局|教室|会议室|活动室|阅览室|卧室|值班室)$)"
                         r"(?!.*(?:当地|本地|所在地|属地)[\u4e00-\u9fff]?(?:人民)?政府$)[\u4e00-\u9fff]{2,16}"
                         r"(?:局|委员会|委|办公室|办|厅|中心|站|所|部|处|队|管委会|室|[省市州县区旗盟](?:人民)?政府)$")
# A sector's department: 水利部门, 住建交通部门 (not a part in the work: 牵头部门, 其他部门, 有关部门).
# (nor a place in a hierarchy or a part some body plays, 上级部门, 业务部门, 数据使用部门, 县直部门, 所属部门, 承办部门,
# a bare 行政部门)
# (nor a list of kinds opened by 相关 / 有关, 相关乡镇和部门: whichever are concerned)
_SECTOR = re.compile(r"^(?!(?:有关|相关|其他|其它|所有|全体|全部|各))(?!.*(?:[有相]关|牵头|责任|其他|其它|职能|主管|配合|成员|协办|主办|各|工作|政府|[上下]级|业务|使用|[省市县区]直|所属|同级|承办|直属|下属|相应)部门$)"
                     r"(?!行政部门$)[\u4e00-\u9fff]{2,8}部门$")
# A collective of bodies: 各乡镇, 各级各部门, 全县各级各部门, 规委会各成员单位, 县直各单位. A speech's charge to
# all of them (各级各部门要高度重视…) names no one who answers: no task.
# (a group's members, 市双拥工作领导小组各成员单位, and a bracket of the kinds it takes in, 各乡镇(街道), are all of them too)
COLLECTIVE = re.compile(r"^[\u4e00-\u9fff]{0,12}各[\u4e00-\u9fff]{1,10}(?:[（(][\u4e00-\u9fff、]{1,10}[)）])?$")
# What is never a body, whatever it ends with: firms, people, projects and kinds of body.
# (two levels together are all the bodies of both: 区县政府, 乡镇 — in a list after named bodies, a collective)
_LEVELS = r"^(?:区县|县区|市县|县市(?![场容政])|市区|乡镇|镇乡|省市|市州|州市|旗县|县乡(?!村))"
NOT_BODY = re.compile(r"企业|公司|集团|银行|群众|干部|党员|人员|同志|项目|工程|学校|医院|级政府|[市县区]级"
                       r"|" + _LEVELS +
                       # (nor the work before 由 and the body after it, 县城东区道路改造由县住建局: read by `meetings.led`;
                       # 自由 is a word, 自由贸易试验区)
                       r"|(?<!自)由"
                       # (a verb before a body's name makes it the verb's object: 督促市住建局要…, 指导各县区要…)
                       r"|^(?:督促|指导|推动|支持|协调|帮助|要求|组织|引导|鼓励|动员|责成|请|让|使|会同|联合|配合|希望)"
                       # (nor a speaker's words run into the name, 张三要求县住建局: the body is after them)
                       r"|要求|强调|责成|督促"
                       # (nor a speaker's advice to it, 他反复叮嘱林业部门要…: a hope voiced, and no body's name)
                       r"|^[他她]|叮嘱|嘱咐|嘱托"
                       # (a body joining others, 县食药局联合县工商质监局: two bodies, read by `joint_work` — in news
                       # by `kinds/prose.py`, in plans and generic documents by `kinds/sentence_charges.py`)
                       r"|(?<=[局委办厅室])联合(?=[\u4e00-\u9fff]{2})")
# A firm named by its region's level and what local states own (市资投公司, 县城投集团, 区国投集团: holding, investment,
# building companies, and its water utility: 市供排水公司, 县水务集团) is the region's own company, charged like its bodies; a firm named by what it does (三方设计公司,
# 施工企业), a branch (县移动公司) or a word opening with a level's character (区块链公司, 市场化运营公司) is not.
_OWNED_FIRM = re.compile(r"^[省市州县区旗](?!级)[\u4e00-\u9fff]{0,4}(?:城投|国投|资投|建投|交投|水投|农投|产投|文旅投|城建|城发|国资|"
                         r"投资|国有资本[\u4e00-\u9fff]{0,4}|资产经营|供排水|供水|排水|水务|自来水)[\u4e00-\u9fff]{0,4}?(?:公司|集团)$")
# A region's projects office (县重点项目办, 县发改委大项目办) is a body; a projects office no region names, 大项目办, is not.
_PROJECTS_OFFICE = re.compile(r"(?<=^[省市州县区旗])[\u4e00-\u9fff]{0,8}?项目办(?:公室)?$")
# A charge of what a body is to lead or back: 要充分发挥牵头抓总作用 / 要主动配合.
# (a body told to lead: 要发挥牵头作用, 要牵头抓好项目调度)
_LEADS = re.compile(r"^(?:充分)?发挥(?:好)?牵头|^(?:主动|切实|积极)?牵头(?!单位|部门)")
_BACKS = re.compile(r"^(?:主动|积极|密切|全力)?配合")


def bodies(text: str, who: ann.Span) -> list[ann.Span] | None:
    """The bodies a subject names (县农牧和国土部门 → 县农牧, 国土部门), or None when any is not one."""
    if (sectors := sector_lists.listed(text, who)) is not None:
        return sectors      # (发改、财政、住建等部门: each sector as written)
    parts, shared = [], set()
    # (two bodies joined by 会同, X会同Y要…: each, `charge_forms.together`)
    for n in (p for w in ann.names(text, who, "、，,") for p in charge_forms.together(kind_of(w))):
        pair = _joined(n)
        if len(pair) == 2 and _SECTOR.match(pair[1].text) and (_REGION_BODY.match(pair[0].text)
                                                             or _SECTOR.match(pair[0].text + "部门")):
            shared.add(pair[0])     # 县农牧和国土部门: 县农牧 shares the 部门 the second names
        parts += pair
    if not parts:
        return None
    # (sectors listed before the 部门 they share: 国土、规划、住建、消防部门 — each sector's department)
    if len(parts) >= 2 and _SECTOR.match(parts[-1].text) and not COLLECTIVE.match(parts[-1].text):
        shared |= {p for p in parts[:-1] if _STEM.match(p.text) and _SECTOR.match(p.text + "部门")}
    collectives: set[ann.Span] = set()
    first = parts[0].text
    prefixed = bool(_REGION_BODY.match(first) or _NAMED_BODY.match(first))
    for p in parts:
        t = p.text
        # (two levels after a named body are all of them, 规划建设部门及乡镇要…: a collective)
        if p is not parts[0] and re.fullmatch(_LEVELS + r"(?:政府)?", t):
            collectives.add(p)
            continue
        if NOT_BODY.search(t[:-2] if _OWNED_FIRM.match(t) else _PROJECTS_OFFICE.sub("", t)) or not (2 <= len(t) <= 24):
            return None
        if COLLECTIVE.match(t):
            collectives.add(p)
            continue
        if _SECTOR.match(t) or p in shared:
            continue
        # (a list after a region's body may leave the region out: 县发改局、招商局; a group: `charge_forms.GROUP_BODY`)
        if (_REGION_BODY.match(t) or _NAMED_BODY.match(t) or prefixed) and looks_like_unit(t) or charge_forms.GROUP_BODY.match(t):
            continue
        return None
    # A collective after named bodies (农业部门和各乡镇要…) charges no one, and the named bodies answer; but 各
    # carries over the names after it (各站所、科室 is every station and every section), and a government beside
    # its departments (旗人民政府及各相关部门) is the whole administration: no one in particular.
    named = [p for p in parts if p not in collectives]
    if collectives and (parts[0] in collectives or all(_GOVERNMENT.search(p.text) for p in named)):
        return None
    return named or None


def one_body(who: str) -> bool:
    """Whether `who` names one body a charge can fall on (a region's or a named body, a sector's department): not a
    collective, a firm, a person or a project."""
    return not NOT_BODY.search(who) and not COLLECTIVE.match(who) and looks_like_unit(who) and bool(
        _NAMED_BODY.match(who) or _REGION_BODY.match(who) or _SECTOR.match(who))


_STEM = re.compile(r"^[\u4e00-\u9fff]{2,4}$")      # (a sector's word: 国土, 住建, 市场监管)
_GOVERNMENT = re.compile(r"(?:政府|党委|党工委|[省市州县区旗盟镇乡]委|委办|政府办|管委会)$")     # (县委、县政府和各乡镇…)


_AND = re.compile(r"(?<=[\u4e00-\u9fff])(?:和|及|与)(?=[\u4e00-\u9fff])")


def _joined(name: ann.Span) -> list[ann.Span]:
    """各乡镇和各街道办事处 → two subjects; a name holding 和 as its own word stays whole (发展和改革局). Every 和 / 及 /
    与 is tried in turn: the first may be inside a name (县发展和改革局及县工业和信息化局 parts at 及)."""
    if (c := charge_forms.CLOSED_THEN.match(name.text)) is not None:
        # (林业局等相关区直部门和辛安镇: the bodies before 等 and after 和; the kind sums up the list, no body)
        return [ann.Span(c.group("a"), name.start + c.start("a"), name.start + c.end("a")),
                ann.Span(c.group("b"), name.start + c.start("b"), name.start + c.end("b"))]
    for i, m in enumerate(_AND.finditer(name.text)):
        after, before = name.text[m.end():], name.text[:m.start()]
        # (two bodies each whole, 县自然资源事务中心及三个相关街道办, 国家计委和国家经委: the first ends as a body does, so
        # its 和 is not inside one name, 县发展和改革局)
        first = i == 0
        both = _NAMED_BODY.match(before) and _NAMED_BODY.match(after) and not COLLECTIVE.match(before)
        if both or first and (COLLECTIVE.match(after) or _SECTOR.match(after) or _REGION_BODY.match(after)):
            a = ann.Span(before, name.start, name.start + m.start())
            b = ann.Span(after, name.start + m.end(), name.end)
            return [a, b] if a.text and b.text else [name]
    return [name]


def charged(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every sentence in text charging bodies with a task: (the bodies with their roles, the task)."""
    out: list[tuple[list[Named], ann.Span]] = []
    taken: list[tuple[int, int]] = []
    for m in _LED.finditer(text):
        lead = bodies(text, ann.Span(m.group("lead"), m.start("lead"), m.end("lead")))
        sup = bodies(text, ann.Span(m.group("sup"), m.start("sup"), m.end("sup"))) if m.group("sup") else []
        # (由X牵头 leads whatever backs it: 由县住建局牵头，各相关部门配合 — the collective is no one, X still leads)
        if lead and (sup or m.group("by")):
            task = task_span(text, m.start("task"), m.end("task"))
            out.append(([Named(u, LEAD) for u in lead] + [Named(u, SUPPORT) for u in sup or ()], task))
            taken.append(m.span())
    at = 0
    while (m := _CHARGE.search(text, at)) is not None:
        at = m.start("task")        # (a clause after it may charge another: 各部门要…，市发改委要…，市住建局要…)
        if any(a <= m.start("who") < b for a, b in taken):
            continue
        who = ann.Span(m.group("who"), m.start("who"), m.end("who"))
        units = bodies(text, who)
        if not units or m.group("voice") and _OTHERS_VOICE.search(m.group("voice")):
            continue        # (a delegate's or a firm's 要求 is theirs: 企业代表要求县住建局…)
        # The task runs to the clause charging the next body, if one does in the same sentence.
        end = next((n.start() for n in _CHARGE.finditer(text, m.start("task"), m.end("task"))
                    if bodies(text, ann.Span(n.group("who"), n.start("who"), n.end("who")))), m.end("task"))
        task = task_span(text, m.start("task"), end)
        role = LEAD if _LEADS.match(task.text) else SUPPORT if _BACKS.match(task.text) else RESPONSIBLE
        # (X负责，Y、Z等其他相关单位加强配合，…: Y and Z back X in the work after them)
        sup = charge_forms.backed(task) if text.endswith("负责", 0, m.start("task")) else None
        if sup and (backing := bodies(text, sup[0])):
            units, task = [Named(u, role) for u in units] + [Named(u, SUPPORT) for u in backing], sup[1]
            out.append((units, task))
            units = [u.name for u in units[:len(units) - len(backing)]]
        else:
            out.append(([Named(u, role) for u in units], task))
        # The sentences after it in its paragraph that open with 要 and name no one are charged to the same
        # bodies (县河管站要…。要着力构建…。要全面落实…).
        # (only where the body opens its sentence: after a requirement of no one's, 要加强协作，水利部门要…, the
        # speaker's next 要 is again no one's)
        opens = max(text.rfind(c, 0, m.start("who")) for c in "。；;！\n") + 1
        # (nor where its sentence charged everyone too, 发改部门要牵头抓总，各部门要加强沟通配合，…: the next 要 is to all)
        on = m.end("task") if end == m.end("task") and _OPENER.fullmatch(text, opens, m.start("who")) and not any(
            COLLECTIVE.match(n.group("who").strip()) for n in _CHARGE.finditer(text, m.start("task"), end)) else len(text)
        while (more := _GOES_ON.match(text, on)) is not None:
            out.append(([Named(u, RESPONSIBLE) for u in units], task_span(text, more.start("task"), more.end("task"))))
            on = more.end("task")
        at = max(at, on if on < len(text) else end)
    return out


# Who else may voice a 要求 at a meeting: delegates, firms, the public (theirs are no charges; as `meetings._OTHERS`).
_OTHERS_VOICE = re.compile(r"代表|委员(?!会)|企业|公司|群众|居民|市民|村民|网友|商户|业主|专家")
_OPENER = re.compile(r"[ \t\u3000]*(?:[^，,。；;\n]{0,16}?(?:要求|强调|指出|提出)[，,：:]?)?")
_GOES_ON = re.compile(r"[。；;][ \t\u3000]*(?:同时|并|还|也)?要(?![求])(?P<task>[^。；;！？\n]{4,240})")


def sectors_charged(text: str) -> list[tuple[list[Named], ann.Span]]:
    """The sentences of a plan's measures charging sectors' departments by their sector (自然资源部门要根据…; 劳动保障和
    民政部门要将…; 省级教育行政部门负责统筹…): `charged` where every body is a sector's department, never the plan's own
    oversight (督查, 考核). A named bureau's 要… in a plan is its closing requirements, read by brackets and 由X… only."""
    return [(units, task) for units, task in charged(text)
            if text[units[-1].name.end - 2:units[-1].name.end] == "部门" and not OVERSIGHT.search(task.text)
            and all(_SECTOR.match(u.name.text if u.name.text.endswith("部门") else u.name.text + "部门") for u in units)]


def task_span(text: str, a: int, b: int) -> ann.Span:
    while b > a and text[b - 1] in " \t\u3000，,":
        b -= 1
    return ann.Span(text[a:b], a, b)


# A report's line per body: 邓李乡：任务量10100米、已完成10100米，完成率100%；— at least three in a row.
_UNIT_LINE = re.compile(r"^[ \t\u3000]*(?P<who>[\u4e00-\u9fff]{2,14}?)[ \t]*[：:][ \t]*(?P<task>[^\n]{4,240}?)[ \t。；;，,]*$", re.M)
PLACE_BODY = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:乡|镇|街道|街道办事处|办事处|社区|苏木)(?:人民政府)?$")
_RUN = 3


def unit_lines(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Lines each naming a body and what it has to do or did (邓李乡：任务量10100米、已完成…), in runs of at
    least three: each body responsible for its line."""
    out: list[tuple[list[Named], ann.Span]] = []
    run: list[tuple[list[Named], ann.Span]] = []
    last = -2
    for m in _UNIT_LINE.finditer(text):
        who = m.group("who")
        body = PLACE_BODY.match(who) or ((_REGION_BODY.match(who) or _NAMED_BODY.match(who)) and looks_like_unit(who)
                                           and not NOT_BODY.search(who))
        follows = text.count("\n", last, m.start()) <= 1 if last >= 0 else True
        if not body or not follows:
            out += run if len(run) >= _RUN else []
            run = []
        if body:
            run.append(([Named(ann.Span(who, m.start("who"), m.end("who")), RESPONSIBLE)],
                        task_span(text, m.start("task"), m.end("task"))))
            last = m.end()
    return out + (run if len(run) >= _RUN else [])


# A target split among bodies in one sentence, each body written with its share (县政府已划分到单位，具体是：房产局100套，
# 住建局200套，教育局985套…): at least three bodies, after words saying the figures are a target divided.
# (things built or done, not money or people: 分配如下：县教育局500万元… and 培训名额：县教育局20人… divide no work)
_SHARE = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,14}?)\d+(?:\.\d+)?(?:[套个所户座家条项处间台辆亩栋]|公里|千米|米)")
_DIVIDED = re.compile(r"任务|目标")
_SHARES = 3


def shares(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Each body's share of a target the sentence divides among bodies: the body responsible for its clause
    (房产局100套), the clause its task. Clauses that are no body's (其中：改建408套) are passed over."""
    out: list[tuple[list[Named], ann.Span]] = []
    for sentence in re.finditer(r"[^。！？\n]+", text):
        found, first = [], -1
        for clause in re.finditer(r"[^，,、；;：:]+", sentence.group()):
            at = sentence.start() + clause.start()
            m = _SHARE.fullmatch(clause.group().strip())
            if not m or not one_body(m.group("who")):
                continue
            who = m.group("who")
            at += len(clause.group()) - len(clause.group().lstrip())
            first = at if first < 0 else first
            found.append(([Named(ann.Span(who, at, at + len(who)), RESPONSIBLE)],
                          task_span(text, at, at + len(clause.group().strip()))))
        if len(found) >= _SHARES and _DIVIDED.search(text, sentence.start(), first):
            out += found
    return out


# Items named by the body that answers for them, as a 督查通报 lists the lagging ones: 由县民政局负责的第1件、县发改局
# 负责的第4件…进展滞后; 由区住建局负责的城区管网改造项目进展缓慢. The item is an ordinal (第17、18件) or a project.
_ANSWERS_FOR = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=由))(?P<who>[\u4e00-\u9fff]{2,16}?)负责的"
                          r"(?P<what>第[\d一二三四五六七八九十]+(?:[、，,][\d一二三四五六七八九十]+)*[件项条]"
                          r"|[^，,。；;、！？\n]{2,30}?(?:项目|工程))")


# (a body that answered for it before, 原由县发改局负责的第5件，调整为…, answers no more)
_FORMER = re.compile(r"(?:原|原来|原先|此前|之前|以前)$")


def answered_for(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Items a report names with the body that answers for them (由X负责的第1件, X负责的…项目): X responsible."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _ANSWERS_FOR.finditer(text):
        who, at = m.group("who"), m.start("who")
        by = who.rfind("由")        # (the words before 由 are the sentence's: 其中，均由县民政局负责的…)
        if by >= 0:
            who, at = who[by + 1:], at + by + 1
        if _FORMER.search(text, max(0, at - 4), at - 1 if text[at - 1:at] == "由" else at) or not one_body(who):
            continue
        out.append(([Named(ann.Span(who, at, at + len(who)), RESPONSIBLE)], task_span(text, m.start("what"), m.end("what"))))
    return out


# A bulletin's line per body naming the items it has in some state (2.城乡建设工作指挥部：项目23项，未达序时进度2项为：
# A、B。): the body answers for each item listed.
_BODY_ITEMS = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])?[ \t]*(?P<who>[\u4e00-\u9fff]{2,20}?)[：:]"
                         r"[^\n：:]*?(?:\d+|[一二三四五六七八九十]+)(?:项|个)(?:项目)?(?:分别)?(?:为|是|包括)[：:]"
                         r"(?P<list>[^。\n]+)", re.M)


def body_items(text: str) -> list[tuple[list[Named], ann.Span]]:
    """The items a bulletin lists under the body its line names: the body responsible for each."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _BODY_ITEMS.finditer(text):
        who = m.group("who")
        items = [i for i in ann.split_top(text, m.start("list"), m.end("list"), "、") if len(i.text.strip()) >= 4]
        if not one_body(who) or items and all(one_body(i.text.strip()) for i in items):
            continue        # (…配合单位3个分别为：县财政局、县住建局: bodies listed, not items; a project may end as one, …研发中心)
        unit = Named(ann.Span(who, m.start("who"), m.end("who")), RESPONSIBLE)
        out += [([unit], task_span(text, item.start, item.end)) for item in items]
    return out


# A list of projects a session votes or settles, handed over to a body in the same sentence (票决出A、B、C共3个项目，…，
# 交由镇人民政府组织实施): the body answers for each project.
_HANDED = re.compile(r"交(?:由|给)(?P<who>[\u4e00-\u9fff]{2,16}?)(?:组织实施|负责实施|具体实施|负责|实施|办理|落实|承办)")
_PROJECTS = re.compile(r"(?:共|等)(?:\d+|[一二三四五六七八九十]+)(?:个|项|件)(?:项目|实事|工程|民生实事)")
_LIST_VERB = re.compile(r"[^、]{0,10}?(?:票决出|选出|评选出|确定了|确定|通过了|包括|为|是|有)")


def handed_over(text: str) -> list[tuple[list[Named], ann.Span]]:
    """The projects a sentence lists (A、B、C共3个项目) and hands over to a body (交由X组织实施): X responsible."""
    out: list[tuple[list[Named], ann.Span]] = []
    for sentence in re.finditer(r"[^。！？\n]+", text):
        h = _HANDED.search(sentence.group())
        who = h.group("who") if h else ""
        if not h or not one_body(who):
            continue
        n = next((n for n in _PROJECTS.finditer(sentence.group(), 0, h.start())), None)
        if n is None:
            continue
        a = sentence.start() + max(sentence.group().rfind(c, 0, n.start()) for c in "，,；;：:") + 1
        if (verb := _LIST_VERB.match(text, a, sentence.start() + n.start())) is not None:
            a = verb.end()
        items = [i for i in ann.split_top(text, a, sentence.start() + n.start(), "、") if len(i.text.strip()) >= 4]
        if len(items) < 2 or any(one_body(i.text.strip()) for i in items):
            continue        # (bodies heard, 听取了县住建局、县交通运输局…的汇报, are no projects)
        at = sentence.start() + h.start("who")
        unit = Named(ann.Span(who, at, at + len(who)), RESPONSIBLE)
        out += [([unit], task_span(text, i.start, i.end)) for i in items]
    return out


# A bulletin naming the bodies that lag, then what they must do (叶邑镇、辛店镇、仙台镇完成率低，进度缓慢，需加快进度，…):
# each body named answers for what follows 需 / 要.
_ENDS = r"(?:镇|乡|街道|办事处|局|委|办|中心|站|所|队|处)"
_LAGGING = re.compile(r"(?:^|(?<=[。；;：:，,！\n]))[ \t\u3000]*"
                      r"(?P<who>(?:[\u4e00-\u9fff]{1,14}?" + _ENDS + r"、){0,8}[\u4e00-\u9fff]{1,14}?" + _ENDS + r")"
                      r"(?P<state>(?:[^，,、。；;：:！？\n]{0,12}(?:率低|较低|偏低|缓慢|较慢|偏慢|迟缓|滞后|落后|靠后|未完成|未达|不到位|差距)"
                      r"[^，,、。；;：:！？\n]{0,6}[，,])+)"
                      r"[ \t]*(?:仍|还|均|都)?(?:需要|需|要|应)(?![求])(?P<task>[^。；;！？\n]{4,240})")


# The name went on past where the pattern cut it (县住房和城乡|建设局进度滞后, 部分乡|镇完成率低): no body's end there.
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,8}?" + _ENDS)
# Words before a body that make it some of a kind, or the object of what is done (部分乡镇, 个别站所, 对城关镇…的问题).
_SOME_OF = re.compile(r"^(?:部分|少数|个别|有的|一些|多数|大部分|对)")
# A lag told as a noun (…进度滞后的问题，要通报批评): what is done about it, not by the body.
_AS_NOUN = re.compile(r"的(?:问题|情况|现象)")
# How a body's lag is told right after its name (进度滞后, 完成率低, 工作推进缓慢); other words there may go on with the name
# (市中心|城区改造进度滞后: the centre of the city, no body), save after a township's (城关镇|棚改项目进度滞后).
_ASPECT = re.compile(r"(?:[\u4e00-\u9fff]{0,2}(?:进度|进展|工作|推进|完成|建设|支付|投资|整改|办理|排名|排位|位次|考核)|率低|较低|偏低|缓慢|较慢|偏慢|迟缓|滞后|落后|靠后|未完成|未达|不到位|差距)")


def lagging(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Bodies a bulletin names as lagging, charged with what it says they must do: each responsible; and the projects it
    names as lagging, each charged to the bodies the sentence after the list tells to act (lagging_projects)."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _LAGGING.finditer(text):
        state, end = m.group("state"), m.end("who")
        if (more := _NAME_GOES_ON.match(state)) is not None:
            state, end = state[more.end():], end + more.end()     # (县住房和城乡|建设局: the name goes on to its end)
        if _NAME_GOES_ON.match(state) or _AS_NOUN.search(state) or not state.strip("，, "):
            continue
        parts = [p for p in ann.split_top(text, m.start("who"), end, "、")]
        if parts and parts[0].text.startswith("其中"):      # (其中城关镇完成率较低: 其中 is the sentence's)
            parts[0] = ann.Span(parts[0].text[2:], parts[0].start + 2, parts[0].end)
        if not all(PLACE_BODY.match(p.text) for p in parts) and not _ASPECT.match(state):
            continue
        if not parts or not all(not COLLECTIVE.match(p.text) and not _SOME_OF.match(p.text) and (PLACE_BODY.match(p.text) or (
                (_REGION_BODY.match(p.text) or _NAMED_BODY.match(p.text)) and looks_like_unit(p.text)
                and not NOT_BODY.search(p.text))) for p in parts):
            continue
        start = m.end("state")
        while text[start] in " \t":
            start += 1
        out.append(([Named(p, RESPONSIBLE) for p in parts], task_span(text, start, m.end("task"))))
    return out + lagging_projects.charged(text)


# A notice's salutation naming the bodies it addresses, one line closed by a colon (鲁沙尔镇、西堡镇…人民政府，
# 康川街道办事处：), and the request it makes of them (请各乡镇接此通知后…, 请你们…).
_SALUTATION = re.compile(r"^[ \t\u3000]*(?P<who>[^\n：:。；;]{2,200}?)[ \t]*[：:][ \t]*$", re.M)
_REQUEST = re.compile(r"(?:^|(?<=[。；;\n]))[ \t\u3000]*请(?P<task>[^。；;！？\n]{6,300})")


def addressed(text: str) -> list[tuple[list[Named], ann.Span]]:
    """A notice's requests to the bodies its salutation names (not a collective: 各乡镇人民政府，县直各部门：
    addresses everyone): every body responsible for each request."""
    m = _SALUTATION.search(text, 0, min(len(text), 1500))
    while m and not (units := _addressees(text, m)):
        m = _SALUTATION.search(text, m.end(), min(len(text), 1500))
    if not m:
        return []
    return [([Named(u, RESPONSIBLE) for u in units], task_span(text, r.start("task"), r.end("task")))
            for r in _REQUEST.finditer(text, m.end()) if not _names_another(r.group("task"))]


def _names_another(request: str) -> bool:
    """Whether a request is made of a body it names (请中国人民银行积极给予支持), not of those addressed
    (请各乡镇…, 请你们…, 请有关方面…, 请抓紧…)."""
    return not request.startswith(("各", "你", "有关", "相关")) and any(
        looks_like_unit(request[:k]) and not COLLECTIVE.match(request[:k]) for k in range(3, 13))


def _addressees(text: str, m: re.Match) -> list[ann.Span]:
    parts = [p for p in ann.names(text, ann.Span(m.group("who"), m.start("who"), m.end("who")), "、，,") if p.text]
    if len(parts) < 2 or not all(PLACE_BODY.match(p.text) or (looks_like_unit(p.text) and not NOT_BODY.search(p.text)
                                                                 and not COLLECTIVE.match(p.text)) for p in parts):
        return []
    return parts


# A plan's measure saying in its sentence which body carries it out, 由X…: 由市质监局、市工商局、市公安局联合发布通告，…;
# …的，由运管部门按照…规定，责令停止经营…; 并由物价部门进行测算评估和核准. X is the bodies up to the word that starts
# what they do; X牵头 leads. Not a rule's boilerplate (本办法由X负责解释), a body made up of people (由…负责同志组成), nor
# the plan's own oversight (由督查室负责督查, 负责监督): what the plan asks to be done is the measure, not its checking.
_BY = re.compile(r"(?:^|(?<=[。；;：:，,！\n])|(?<=并))[ \t\u3000]*由(?![于此衷])"
                 r"(?P<who>[^，,。；;：:！？\n由“”《]{2,40}?)(?<![、，,])"     # (a list goes on after 、: 国家药监局、联合采购办公室)
                 r"(?P<task>(?P<verb>联合|牵头|负责|依法|依规|按照|根据|进行|组织|统一|发布|派人|做好|开展|实施|将)"
                 r"[^。；;！？\n]{2,240})")
_NOT_MEASURE = re.compile(r"^(?:负责)?(?:解释|同志|人|的)|^[^，,。]{0,8}(?:组成|担任|主持)|解释[。；;]?$")
OVERSIGHT = re.compile(r"^(?:负责|进行|组织|统一|做好|开展)?[^，,。]{0,6}?(?:督查|督办|督导|督促|监督|考核|检查|问责|跟踪问效)")


def _doers(text: str, m: re.Match) -> list[ann.Span] | None:
    """The bodies of a 由X…: never two bodies one works with (X会同Y, X联合Y: a name holding them is none)."""
    if re.search(r"会同|联合|协同|配合", m.group("who")):
        return None
    return bodies(text, ann.Span(m.group("who"), m.start("who"), m.end("who")))


def done_by(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every 由X… in text naming the bodies that carry out the rest of its sentence (X牵头，…: X leads)."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _BY.finditer(text):
        units = _doers(text, m)
        if not units:
            continue
        said = text[m.start("task"):m.end("task")]
        if _NOT_MEASURE.search(said) or OVERSIGHT.search(said):
            continue
        if m.group("verb") == "牵头":     # (由X牵头，…: what X leads follows)
            a = m.start("task") + len("牵头")
            a += len(text[a:m.end("task")]) - len(text[a:m.end("task")].lstrip("，, \t"))
        else:       # (the measure is the whole sentence, the bodies in it: …等行为，由交警部门依法严厉查处)
            a = max(text.rfind(c, 0, m.start()) for c in "。；;！？：:\n") + 1
            a += len(text[a:m.start("who")]) - len(text[a:m.start("who")].lstrip(" \t\u3000"))
        task = task_span(text, a, m.end("task"))
        if len(task.text) < 4:
            continue
        role = LEAD if m.group("verb") == "牵头" else RESPONSIBLE
        out.append(([Named(u, role) for u in units], task))
    return out
