"""Duties a rule's articles (第一条, 第二条, …) give to collectives and to levels of government, which a rule charges as
surely as a named body (speeches and news do not: a collective told 要 there is everyone, and no task):
    第五条 县级以上人民政府负责本行政区域内可制毒化学品的监督管理工作…       — every such government responsible
    第八条 有关部门应当加强可制毒化学品信息管理…                             — 有关部门 responsible, kept as written
    其他有关部门依法履行监督管理职责。                                       — (a rule dividing supervision)
    第十四条 中心各部门、各项目中心每年应将…情况列入年度总结…               — each collective of the list
    第六条 公安机关依法对可制毒化学品的品种…进行监督管理。                   — a sector's 机关, as its 部门
    第五条 省级、地市级医疗保障行政部门负责…                                — levels sharing one noun: one collective
    第四条 各相关部门根据职责分工，加强协调配合…                             — a collective acting by its remit
    第七条 …。各市工业和信息化局进行初审并统一推荐上报。                     — or acting at once (进行/组织/开展)
Named bodies are `duties.told`'s; this reads only the subjects it leaves, in a text whose articles are numbered (at
least two 第X条 opening a line or a sentence) and after the first of them. Never a post (主要负责人, 领导班子正职), a
firm or a body described by what it does (接到举报的部门, 承储企业).
A notice, an 意见 or a 办法 charging its bodies in its sentences (`prose`) charges collectives outside articles too, but
only 各X and levels named together told 要/负责/应当 (各试点单位要…, 各省、自治区、直辖市邮政管理局要…, 各级能源主管部门要…),
never 有关部门, each duty stopping before the next subject told its duty (…，地市和区县要…).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties, titles
from loaders.structure import told
from loaders.structure.responsibility import RESPONSIBLE, Named

# An article's number opening a line or a sentence (not one cited: 《…条例》第五十八条规定).
_ARTICLE = re.compile(r"(?:^|(?<=[。\n]))[ \t\u3000]*第[一二三四五六七八九十百零〇\d]{1,5}条(?=\s|[\u4e00-\u9fff])", re.M)
_BRACKET = r"(?:[（(][\u4e00-\u9fff、]{1,10}[)）])"
# (what a collective of bodies ends with: 各部门, 各项目中心, 各县（区）人民政府, 各地, 各级主管部门 — not 各类活动)
_BODY_END = r"(?:部门|单位|机构|机关|政府|管委会|委员会|中心|局|委|办|厅|科室|站|所|乡镇|街道|县|区|市|州|地)"
_KIND_END = r"(?:部门|单位|机构|机关|局|厅|委|办)"
_LEVELS = (r"(?:(?:各级|各)?省、自治区、直辖市(?:和计划单列市|及新疆生产建设兵团)?[\u4e00-\u9fff]{2,14}?" + _KIND_END +
           r"|(?:省|地市|市|县|区县|县区|市县|乡镇)级(?:、(?:省|地市|市|县|区县|县区|市县|乡镇)级){1,3}[\u4e00-\u9fff]{2,14}?" + _KIND_END +
           r"|各级[\u4e00-\u9fff]{2,12}(?<!政府|部门|单位|机构|机关)、(?!各)[\u4e00-\u9fff]{1,8}?" + _KIND_END +
           # (two levels' departments of a sector, 区县工业和信息化主管部门: all of them)
           r"|(?:区县|县区|市县|县市|市州)[\u4e00-\u9fff]{2,14}?" + _KIND_END + r")")
# One collective or level: 各X (中心各部门, 各县（区）人民政府（管委会）), (其他)有关部门, 县级以上(地方)人民政府(有关部门), a
# sector's 机关 (公安机关, 省级公安机关, 县级以上公安机关).
_ONE = (r"(?:(?:(?![且并而和及与或])[\u4e00-\u9fff]){0,8}各(?!类|项(?!目)|种|个)[\u4e00-\u9fff]{0,10}?" + _BODY_END + _BRACKET + r"{0,2}"
        # (a bracket of the kinds a level takes in, inside the name: 各县（区）人民政府（管委会）)
        r"|各[县市区乡镇旗]" + _BRACKET + r"[\u4e00-\u9fff]{0,6}?(?:人民政府|政府|部门|单位)" + _BRACKET + r"?"
        r"|(?:其他|其它)?(?:有关|相关)(?:部门|单位|机构|部门和单位)"
        r"|[省市县]级以上(?:地方)?(?:各级)?人民政府(?:有关部门|[\u4e00-\u9fff]{2,8}(?:部门|机关))?"
        r"|(?:[省市县]级(?:以上)?)?(?:公安|税务|司法行政|检察|审判|监察)机关"
        # (levels named together before the one noun they share: 各省、自治区、直辖市邮政管理局, 省级、地市级医疗保障行政部门,
        # 各级政府性融资担保、再担保机构 — one collective, never split at its 、)
        r"|" + _LEVELS + r")")
_CLAUSE = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?:" + joint_duties.NUMBER + r"[ \t\u3000]*)?"
                     r"(?P<who>" + _ONE + r"(?:、" + _ONE + r"){0,5})"
                     r"(?:每年|每季度|每半年|定期|及时)?"
                     r"(?P<verb>(?:按照|依照|根据)?(?:各自)?(?:的)?(?:职责)?(?:分工)?(?:具体|分别|共同|统一)?负责(?![人同的任制])"
                     r"|应当|" + told.SHOULD + r"|" + told.MUST + r"|依法(?=履行|对[^。；;！？\n]{2,80}?(?:进行|实施))"
                     # (in an article, what the collective does by its remit or its needs: 各相关部门根据职责分工，加强…)
                     r"|(?P<by>(?:根据|按照|依照|依据)[^，,。；;！？\n]{2,16}[，,])"
                     # (or what it does at once in an article: 各市工业和信息化局进行初审…)
                     r"|(?P<does>(?=(?:进行|组织|开展)[^。；;！？\n]{2})))"
                     r"(?P<task>[^。；;！？\n]{4,240})")
# What a rule says of itself (负责解释), or a body answering for what it hands in (对…负责).
_NOT_DUTY = re.compile(r"^(?:解释|同志|人)|解释$|^[\u4e00-\u9fff]{0,4}的")
# A post or a person, not a body (各部门主要负责人, 各级领导干部), nor firms, banks, associations or applicants that a rule
# also charges (各施工单位, 各生产经营单位, 各参建单位, 各银行业金融机构, 各物业服务企业, 各申报单位): no public body.
_POST = re.compile(r"负责人|领导|干部|成员|正职|副职|人员|企业|公司|个人|施工|参建|监理|生产经营|经营单位|金融机构|银行|保险"
                   r"|物业|协会|学会|商会|申报|申请|推荐|参赛|参评|报名|用人单位")


def articles(text: str) -> int:
    """Where a rule's numbered articles start (the first's offset), or -1 when the text has fewer than two."""
    found = list(_ARTICLE.finditer(text))
    return found[0].start() if len(found) >= 2 else -1


# A line's own number: an article's (第五条), or any other item's (（十九）, 一、, 1.), which a rule's article is not.
_NUMBERED = re.compile(r"[ \t\u3000]*(?:" + titles.ITEM_NUMBER + r"|[一二三四五六七八九十]是|[①-⑳])")


def in_article(text: str, at: int) -> bool:
    """Whether text[at] stands in an article: its line, or the lines with no number of their own above it up to the
    first numbered one, opens with 第X条 (or runs articles on, 第五条…第六条…, before it)."""
    start = text.rfind("\n", 0, at) + 1
    if _ARTICLE.search(text, start, at):
        return True
    while start > 0:
        if _NUMBERED.match(text, start):
            return bool(_ARTICLE.match(text, start))
        start = text.rfind("\n", 0, start - 1) + 1
    return bool(_ARTICLE.match(text, 0))


# In prose (a notice's or an 意见's numbered items, no articles), a collective told its duty by 要, 负责 or 应当: only 各X or
# levels named together (各试点单位要…, 各省、自治区、直辖市邮政管理局要…, 各级能源主管部门要…), never 有关部门.
_PROSE_WHO = re.compile(r"^(?:各|" + _LEVELS + r"$)")
# What names no kind of body in a prose collective: all of them (各地, 各级各部门, 各相关单位, 各地区) or their part in the
# work (各牵头单位, 各责任单位, 各成员单位), or the applicants of a programme (各申报单位, 各推荐单位); what is left must name a kind (各试点单位, 各级能源主管部门, 各省…邮政管理局).
_ALL = re.compile(r"各|级|地区|地方(?=$|各|、)|地(?=$|各|、)|[有相]关|其他|部门|单位|牵头|责任|配合|成员|协办|主办|承办|、"
                  r"|[\u4e00-\u9fff]*(?:申报|申请|推荐|参赛|参评|报名)[\u4e00-\u9fff]*")
# A place of some kind, not a body (各数据专区, 各示范园区): its kind's words before the 区 / 县 / 市 it ends with (各区, 各城市
# are bodies' places by level).
_PLACES = re.compile(r"^各[\u4e00-\u9fff]{2,}[区县市州]$")
_KIND_NAMED = re.compile(r"[\u4e00-\u9fff]{2}")
# The next subject told its duty in the same sentence (…，地市和区县要遴选…): the duty stops before it.
_NEXT = re.compile(r"[，,][^，,。；;、]{2,12}?" + told.MUST)


# Two collectives joined by 及 (各级政府及有关职能部门), each ending as a body does; not 及其 (各级人民政府及其部门).
_AND = re.compile(r"(?:部门|单位|机构|机关|政府|[局委办厅])及(?!其)(?=[\u4e00-\u9fff]{2,}" + _KIND_END + r"$)")


def _both(text: str, p: ann.Span) -> list[ann.Span]:
    m = _AND.search(p.text)
    if m is None:
        return [p]
    at = m.end() - 1
    return [ann.Span(p.text[:at], p.start, p.start + at), ann.Span(p.text[m.end():], p.start + m.end(), p.end)]


def charged(text: str, prose: bool = False) -> list[tuple[list[Named], ann.Span]]:
    """Every clause of a rule's articles charging collectives or levels of government (县级以上人民政府负责…, 有关部门应当…):
    each collective responsible, kept as written. With `prose` (a document charging its bodies in its sentences: a
    notice, an 意见), also a 各X or levels named together told 要/负责/应当 anywhere in it."""
    first = articles(text)
    if first < 0 and not prose:
        return []
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _CLAUSE.finditer(text, 0 if prose else first):
        who = m.group("who")
        loose = first < 0 or m.start("who") < first or not in_article(text, m.start("who"))
        if loose and (not prose or not _PROSE_WHO.match(who) or m.group("verb").startswith("依法") or m.group("by") is not None
                      or m.group("does") is not None):
            continue
        if _POST.search(who) or _NOT_DUTY.search(m.group("task")):
            continue
        if joint_duties.reported(text, m.start("who"), m.end("task")):
            continue
        if re.fullmatch(_LEVELS, who):
            parts = [ann.Span(who, m.start("who"), m.end("who"))]
        else:
            parts = [p for p in ann.names(text, ann.Span(who, m.start("who"), m.end("who")), "、") if p.text]
        if loose:
            # (各级政府及有关职能部门要…: two collectives; 各级人民政府及其部门 is one, its second part naming nothing alone)
            parts = [q for p in parts for q in _both(text, p)]
            # (各地各部门各单位要…, 各相关部门要…, 各牵头单位要…: everyone, or a part in the work, no kind of body)
            parts = [p for p in parts if _KIND_NAMED.search(_ALL.sub("", p.text)) and not _PLACES.match(p.text)]
        if not parts:
            continue
        end = m.end("task")
        if prose and (nxt := _NEXT.search(text, m.start("task"), end)) is not None:
            end = nxt.start()
        task = charges.task_span(text, m.start("task"), end)
        if len(task.text) >= 4:
            out.append(([Named(p, RESPONSIBLE) for p in parts], task))
    return out
