"""Where a plan names itself: its issuer (a 文件 header, 关于… line, or the signature over the date), its
date, the region its number, title or page's source field gives where it names no issuer, and where its
items end (the closing footer: 抄送, 印发). Shared by the plan readers (division_plan.py, responsibility_table.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.kinds.plan_detection import SENTENCE_MARK
from loaders.reading import portal
from loaders.reading.text import LABELLED_TITLE
from loaders.recognisers.dates import iso_date
from loaders.recognisers.doc_numbers import number_line, number_region, own_number
from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.places import TOWN, issuer_region, mentions, noting, parse_place
from loaders.recognisers.title_places import title_region
from loaders.recognisers.place_settling import placed
from loaders.recognisers.spoken import spoken_region
from loaders.structure import items
from loaders.structure.titles import plan_title

_FOOTER = re.compile(r"\s*(?:抄送|主送|分送|印发|附件)\s*[：:]|\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发)?\s*$")
# (a bureau signs what it issues as a government does: 银川市司法局 / 2020年10月28日)
_SIGNATURE = re.compile(r"\s*[\u4e00-\u9fff]{2,24}(?:人民政府|办公室|办公厅|委员会|局)\s*$")
# (or run on one line with the number under it, as a PDF's text may come: 某自治区人民政府 文件 新政发〔2021〕19号 关于…)
_HEADER = re.compile(r"\s*(\S{2,30}?)\s*文件\s*(?:$|[\u4e00-\u9fff]{1,10}\s*[〔\[［][\d\s]{4,6}[〕\]］]\s*\d{1,4}\s*号)")
# (after a site's 【tag】; a 关于…的意见 or …的决定 names its issuer as a 关于…的通知 does)
# (and after a site's breadcrumb: 600字范文 > 某省人民政府关于…)
_NOTICE = re.compile(r"\s*(?:[^>＞\n]{1,30}[>＞]\s*)*(?:【[^】\n]{1,30}】)?\s*(\S{2,30}?)\s*关于(?:印发|.*(?:通知|意见|决定))")
_DATE = re.compile(r"\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_SIGNED = re.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")     # (a signature may date by the month)
TABLE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_BODY = re.compile(r"[\u4e00-\u9fff（）()、]{2,30}?(?:人民政府|政府|办公厅|办公室|委员会|委|局|厅|部|院|署|中心|管委会|领导小组)")


def unnamed_issuer_region(text: str, lines, number: str, title: str, lexicon: Lexicon,
                          where: tuple[int, int], plain: str = "") -> tuple[RegionInfo | None, tuple[int, int]]:
    """A plan that names no issuer: the region its own number names (鲁政办字 → 山东省, where that
    settles one), else the one its title opens with (荆州市2022年…清单); with the line that says so."""
    if number and (info := number_region(number, text, lexicon)):
        return info, number_line(lines, number) or where
    if title and (info := title_region(title, lexicon, text)):
        found = text.find(title)
        return info, ((found, found + len(title)) if found >= 0 else where)
    if found := head_line_region(text, lines, lexicon, plain):
        return found
    if found := published_by(text, lexicon):
        return found                                # 近日，渝中区人民政府办公室发布《…》
    if found := session_by(text, lexicon):
        return found                                # (2024年12月30日在杭州市第十四届人民代表大会常务委员会第…次会议上)
    if found := session_lead(text, lexicon):
        return found                                # (惠州市惠阳区第五届人民代表大会第五次会议于…表决确定…)
    if found := source_region(text, lexicon):
        return found                                # 信息来源: 丽水市政府
    # (我县…全县…2024年闽清县…: the one county it names as its own; 今年以来，常州市坚持…: the subject of its first sentence)
    return spoken_region(text, lexicon) or lead_subject(text, lexicon) or (None, where)


# The period a report on a region's own work opens with, before the region as the subject of its first sentence:
# 今年以来，常州市坚持…; 2021年，保山市列入省“四个一百”重点项目54项; 2023年1-9月，某县完成…
_LEAD_PERIOD = re.compile(r"[ \t　]*(?:今年以来|年初以来|近年来|(?:19|20)\d\d\s*年(?:以来|度|[上下]半年|(?:\d{1,2}\s*[-—–至到]\s*)?"
                          r"\d{1,2}\s*月(?:份|底|末)?)?)\s*[，,]\s*")


def lead_subject(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region named in full as the subject of a document's first sentence, right after the period it reports on
    (`_LEAD_PERIOD`, opening one of its first three lines), with where: the region whose work it reports. A region
    named later in the sentence (…，市长某某到某县调研) is where something happened; none is taken then."""
    for ln, a, _ in lines_of(text[:600])[:3]:
        m = _LEAD_PERIOD.match(ln)
        named = mentions(ln[m.end():m.end() + 20], lexicon) if m else []
        if named and named[0][1] == 0 and lexicon.is_full_name(name := lexicon.regions[named[0][0]].name) \
                and ln.startswith(name, m.end()):
            return lexicon.regions[named[0][0]], (a + m.end(), a + m.end() + len(name))
    return None


def head_line_region(text: str, lines, lexicon: Lexicon, plain: str = "") -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region a title-shaped line of the head opens with (of its first six lines), with the line: a title broken
    over lines or over a table (立山区政府2023年重点工作 / 任务分解和责任分工方案; 隆德县2022年…整治提升 / 工作方案), or
    after its label or series and a colon (督查通报〔2024〕第9期：关于…的通报, 某区企业奖励政策：关于…意见). With the page's
    `plain` view, its lines as the page writes them too, where the clean view ran a short title into the menu or the
    heading above it (…关于我们 / 锡林郭勒盟国民经济和社会发展; 第一篇：… / 吉林省大豆目标价格改革试点): never a portal's furniture."""
    for ln, a, b in lines[:6]:
        titled = not SENTENCE_MARK.search(LABELLED_TITLE.sub("", ln.strip()))
        if len(ln.strip()) <= 60 and titled and not _place_alone(ln, lexicon) and (info := title_region(ln.strip(), lexicon, text)):
            return info, (a, b)
    page = [ln.strip() for ln, _, _ in lines_of(plain[:2000]) if not portal.is_boilerplate(ln)][:6] if plain else []
    for ln in page:
        if len(ln) <= 60 and not SENTENCE_MARK.search(ln) and not _FURNITURE.search(ln) and not _place_alone(ln, lexicon) \
                and (info := title_region(ln, lexicon, text)):
            at = text.find(ln)
            return info, ((at, at + len(ln)) if at >= 0 else (0, 0))
    return None


def _place_alone(line: str, lexicon: Lexicon) -> bool:
    """Whether a line is a place's name and nothing more (石家庄元氏县: a list's item, no title)."""
    chain, town, rest = parse_place(line.strip(), lexicon, notes=[])    # (a list's item names no one's region)
    return bool(chain or town) and len(re.sub(r"[\W\d_]", "", rest)) < 2


# A portal's name for itself (某区人民政府门户网站, 某县政府网欢迎您): no title.
_FURNITURE = re.compile(r"网站|门户|网$|欢迎|版权|主办|承办|首页|[>＞]")


def source_region(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region of the first body a page's source fields name that has one (信息来源: 丽水市政府), with where."""
    for body, at in portal.source_bodies(text):
        info, town = issuer_region(body, lexicon)
        # (a township's body, 来源:宛田瑶族乡人大: the township, where the gazetteer has one of that name there)
        town = town or (m.group() if not info and (m := TOWN.match(body)) else "")
        if town and (township := lexicon.town(town, info.key if info else "")):
            info = township
        if info:
            return info, (at, at + len(body))
    for value, at in portal.source_values(text):
        # (a portal naming itself by its region's short names, 来源：青田, 来源: 北京东城: the whole value a region's,
        # where it names two, one inside the other, or a county, or the text names that region or the one above it in
        # full too — 来源：光明 may be a daily's, not 光明区's)
        chain, town, rest = parse_place(value, lexicon)
        if chain and not town and not rest and (len(chain) > 1 or chain[-1].level == "county"
                                                or _named_in_full(chain[-1], text, lexicon)):
            return chain[-1], (at, at + len(value))
    return None


def _named_in_full(region: RegionInfo, text: str, lexicon: Lexicon) -> bool:
    above = region.key.rsplit("/", 1)[0]
    return any(k in (region.key, above) for k, _ in mentions(text, lexicon))


# A lead telling who published the document: 近日，渝中区人民政府办公室发布《2023年…分解》, 天津市政府下发《…》.
_PUBLISHED = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:人民政府|政府)(?:办公室|办公厅)?)(?:近日|日前)?(?:印发|发布|出台|下发)了?《")
_LEAD = 400


def published_by(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region of the government body a page's lead says published the document, with where it says so."""
    for m in _PUBLISHED.finditer(text, 0, _LEAD):
        # (the body's name starts after the lead's opening words: 近日，渝中区人民政府办公室…)
        body = re.split(r"[，,。；;：:\s]", m.group(1))[-1]
        for k in range(len(body) - 2):
            if info := issuer_region(body[k:], lexicon)[0]:
                return info, (m.start(1) + len(m.group(1)) - len(body) + k, m.end(1))
    return None


# A report's by-line naming the congress or its standing committee it was made to: 在杭州市第十四届人民代表大会常务委员会
# 第二十三次会议上, 在慈溪市十七届人大常委会第十六次会议上.
_SESSION_BY = re.compile(r"在\s*([\u4e00-\u9fff]{1,20}?)\s*(?:第\s*)?[一二三四五六七八九十\d]+\s*届\s*"
                         r"(?:人民代表大会(?:常务委员会)?|人大常委会|人大)")


# A region's congress in session, told in a lead: 醪桥镇第六届人民代表大会第一次会议胜利召开; 滔溪镇召开了第六届人民代表大会
# 第七次会议; 天祝县十九届人大二次会议审议通过的…; 惠州市惠阳区第五届人民代表大会第五次会议于…表决确定…民生实事项目;
# the occasion of what follows, 随着马关县第十八届人民代表大会第三次会议胜利闭幕，….
SESSION_LEAD = re.compile(r"(?:^|(?<=[，,。\s：:日晚午])|(?<=召开|随着))(?P<place>(?!召开|随着)[\u4e00-\u9fff]{2,15}?)(?:(?:胜利|隆重)?(?:召开了?)?(?:第\s*)?"
                          r"[一二三四五六七八九十\d]+\s*届\s*(?:人民代表大会|人大)"
                          # (or, in news, a township or street office holding a meeting: 8月4日晚，牛镇镇召开2021年度民生工程推进会)
                          r"|(?<=[镇乡道])(?:在[^，。；\n]{0,12})?(?:组织)?召开"
                          # (or its year's meeting held: 1月26日上午，大良街道2022年工作会议召开)
                          r"|(?<=[镇乡道])(?:19|20)\d\d年度?[^，。；\n]{0,10}?(?:会议|大会)(?:隆重|胜利)?召开)", re.M)


def session_lead(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region whose congress a document's lead tells in session, deciding what the document sets out (惠州市惠阳区
    第五届人民代表大会第五次会议于…表决确定…民生实事项目): a township where the gazetteer has only one of that name under the
    region named before it; with where it says so. None when the lead tells none or its place is unsettled."""
    for m in SESSION_LEAD.finditer(text, 0, _LEAD):
        if "人" not in m.group()[len(m["place"]):]:
            continue        # (a congress, 人民代表大会 or 人大; not a township's meeting)
        chain, town, rest = parse_place(m["place"], lexicon)
        if rest or not (chain or town):
            continue
        info = lexicon.town(town, chain[-1].key if chain else "") if town else chain[-1]
        if info is not None:
            return info, m.span("place")
    return None


def session_by(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region of the congress a report's by-line says it was made to, near the top, with where it says so."""
    m = _SESSION_BY.search(text, 0, _LEAD * 2)
    info = issuer_region(m.group(1), lexicon)[0] if m else None
    if m and info is None and (on := _SESSION_ON.match(text, m.end())) and \
            (who := _SPEAKER_BODY.match(text, on.end())):
        # (a session named by its level alone, 在省六届人大常委会…会议上: the speaker's body on the line under it,
        # 海南省审计厅厅长 刘某, names the region)
        info = issuer_region(who.group(1), lexicon)[0]
        return (info, who.span(1)) if info else None
    return (info, m.span(1)) if info else None


# The rest of a by-line after the session's name (…第十次会议上), up to the line under it.
_SESSION_ON = re.compile(r"[^\n。]{0,30}?会议上\s*")
# The speaker's line under a by-line: a body with its region, then the post (海南省审计厅厅长, 某市财政局局长).
_SPEAKER_BODY = re.compile(r"[ \t　]*([\u4e00-\u9fff]{2,20}?(?:人民政府|厅|局|委员会|办公室))(?:[\u4e00-\u9fff]{0,3}(?:厅长|局长|主任|秘书长|市长|县长|区长|省长|主席))")


def carried_from_above(issuer: str, publisher: str, lexicon: Lexicon) -> bool:
    """Whether the `issuer` a document's head names governs a region above the portal's `publisher`'s (南昌市人民政府
    over 青山湖区人民政府: the city's notice its district carries); never a joint issuer beside it (青海省 / 甘肃省)."""
    own, portal_region = issuer_region(issuer, lexicon)[0] if issuer else None, issuer_region(publisher, lexicon)[0]
    return bool(own and portal_region and portal_region.key.startswith(own.key + "/"))


def lines_of(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]


def issuer(head) -> tuple[str, tuple[int, int]]:
    for pattern in (_HEADER, _NOTICE):
        for ln, s, e in head:
            m = pattern.match(ln)
            # An issuer is a body's name, not a sentence that cites one (2017年国家发布《国务院…).
            if m and _BODY.fullmatch(m.group(1)):
                return m.group(1), (s, e)
    # A title broken after its issuer (某某旗人民政府办公室 / 关于印发…), or its issuers, the party's and the
    # government's (中共某省委办公厅 某省人民政府办公厅): the government's names the region.
    for (ln, s, e), (nxt, _, _) in zip(head, head[1:]):
        parts = ln.split()
        if parts and all(_BODY.fullmatch(p) for p in parts) and nxt.lstrip().startswith("关于"):
            return next((p for p in parts if not p.startswith("中共")), parts[0]), (s, e)
    # Otherwise the signature above the date.
    return next(_signatures(head), ("", (0, 0)))


def _signatures(lines):
    """Each signature standing over a date (某区人民政府办公室 / 2023年1月3日), with its span."""
    for k, (ln, _, _) in enumerate(lines):
        if k and _SIGNED.match(ln) and _SIGNATURE.match(lines[k - 1][0]):
            yield lines[k - 1][0].strip(), lines[k - 1][1:]


def issuer_place(issuer: str, where: tuple[int, int], lines, lexicon: Lexicon) -> tuple[RegionInfo | None, tuple[int, int]]:
    """The region of the issuer a plan's head names, with the line that says so; for one named without its region
    (区人民政府办公室关于印发…), the signature over the date naming the same body with it (蔡甸区人民政府办公室 /
    2023年1月3日). (None, where) when neither says."""
    if not issuer:
        return None, where
    if info := issuer_region(issuer, lexicon)[0]:
        return info, where
    for sig, span in _signatures(lines):
        if sig != issuer and sig.endswith(issuer) and (info := issuer_region(sig, lexicon)[0]):
            return info, span
    return None, where


# A body reporting on its own items by its title (区城市管理委2024年7-9月…民生实事项目任务完成情况, 市交通运输局关于2021年
# 人大代表建议办理情况的报告): a bureau, commission, centre or company named whole before the year or 关于; never a
# government or its 办公厅, an office that coordinates others' work (办公室, 实事办, 督查室), a party committee or a
# congress or 政协 (they set, write or weigh the items others carry out).
_OWN_REPORT = re.compile(r"\s*(?:关于)?(?P<body>[\u4e00-\u9fff]{2,20}?(?:局|委员会|委|厅|中心|管委会|公司|集团))"
                         r"(?=\s*(?:(?:19|20)\d\d|关于))\s*(?:关于)?\s*"
                         r"(?:(?:19|20)\d\d\s*年)?[^，,。：:\n]{0,30}?(?:实事|项目|任务|议案|建议|提案|承诺|事项)\s*"
                         r"[^，,。：:\n]{0,12}?(?:完成|进展|推进|落实|办理|建设)情况")
_NOT_OWN = re.compile(r"^中共|政协|人大|常委会|人民政府|政府办|办公厅|办公室|党委|^[\u4e00-\u9fff]{1,6}[省市县区州旗]委$")


def own_items_body(lines) -> tuple[str, int, int] | None:
    """The body whose own items a report's title says it reports on, with its span: it answers for every item
    that names no one else. None where the title names no such body."""
    for ln, s, _ in lines[:6]:
        if (m := _OWN_REPORT.match(ln)) and not re.search(r"[，。；]", ln) and not _NOT_OWN.search(m.group("body")):
            name = m.group("body")
            at = s + m.start("body")
            return name, at, at + len(name)
    return None


def date(head) -> str:
    for ln, _, _ in head:
        m = _DATE.match(ln)
        if m:
            return iso(*m.groups())
    return ""


def iso(y: str, mo: str, d: str) -> str:
    return iso_date(int(y), int(mo), int(d))


def body_end(lines, text: str, body_start: int) -> int:
    """Where the plan's items end: at the closing footer (抄送, 印发) and the signature above it.
    A covering notice's date or 附件 line above the items is not the end."""
    lines = [ln for ln in lines if ln[1] >= body_start]
    last = max((k for k, ln in enumerate(lines) if items.marker(ln[0])), default=-1)
    stop = next((k for k, ln in enumerate(lines) if k > last and _FOOTER.match(ln[0])), len(lines))
    if stop < len(lines) and stop and _SIGNATURE.fullmatch(lines[stop - 1][0]):
        stop -= 1
    return lines[stop][1] if stop < len(lines) else len(text)


@dataclass(frozen=True)
class Head:
    """What a plan's head says of it."""
    title: str
    body_start: int         # where its items start (0 when its title was not found)
    issuer: str
    issuer_line: tuple[int, int]
    number: str
    date: str
    region: RegionInfo | None
    notes: tuple[tuple[str, str], ...] = ()     # (code, message) for the reject log: a name several regions bear


def read_head(plain: str, text: str, lines, lexicon: Lexicon) -> Head:
    """A plan's title, issuer, number, date and region, from its head (`text`, the clean view; `lines` its lines) and a
    portal's header table (in the `plain` view: 发文机关, 发文字号, 成文日期), which says them first."""
    table = portal.header(plain).fields
    title, body_start = plan_title(lines, text, table.get("title", ""), plain)
    top = [ln for ln in lines if ln[1] <= body_start] if body_start else lines[:12]
    who, who_line = issuer(top)
    if not who and (m := _NOTICE.match(title)) and _BODY.fullmatch(m.group(1)):
        who = m.group(1)        # (the title read whole, where the clean view ran the head's lines together)
        who_line = (at, at + len(who)) if (at := text.find(title[:len(who) + 2])) >= 0 else who_line
    number = own_number(text[:body_start] if body_start else text[:3000])
    when = date(top)
    if table.get("issuer") and not carried_from_above(who, table["issuer"], lexicon):
        # (the portal's publisher, 发布机构: 青山湖区人民政府, unless the head names an issuer above it: a district's
        # portal carries its city's notice, 南昌市人民政府关于印发…, which stays the city's)
        who, who_line = table["issuer"], lines[0][1:] if lines else (0, 0)
    number = table.get("number") or number
    stated = TABLE_DATE.search(table.get("date", ""))
    when = iso(*stated.groups()) if stated else when
    with noting() as ambiguous:
        region, who_line = issuer_place(who, who_line, lines, lexicon)
        if region is None:
            region, who_line = unnamed_issuer_region(text, lines, number, title, lexicon, who_line, plain)
        if region is None and (source := source_region(plain, lexicon)) is not None:
            region = source[0]     # (the page's source fields, left out of the view: 来源：福建省人民政府办公厅)
    region, notes = placed(region, ambiguous, text, lexicon)    # (a name several regions bear: settled, or noted)
    return Head(title, body_start, who, who_line, number, when, region, tuple(notes))
