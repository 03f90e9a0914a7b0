"""What a work report or news article says about itself: title, date, region, congress, speaker.

A work report opens with a title and a by-line,
    政府工作报告 / ——2021年1月12日在济南市第十七届人民代表大会第三次会议上 济南市市长 孙述涛
(dates may be written in Chinese numerals: 二○二一年一月十二日). A news article opens
with a headline and a dateline (本报1月21日讯). Everything here reads the document's
`clean` view, except the title line, read from `plain` (the clean view may join a short
title to the by-line under it).

Regions come from the region lexicon; towns (镇, 乡, 街道) are not in it and are taken
from the document itself, with their county found in the same header (垦利区胜坨镇, the
congress "…县第X届人民代表大会", a site's 【滕州市招商】 tag) or, failing that, in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import schema
from loaders.recognisers.gazetteer import COUNTY_LEVELS as _COUNTY_LEVELS, NATION
from loaders.recognisers.dates import cn_numeral, iso_written, year_digits
from loaders.recognisers.doc_numbers import number_region, title_number
from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.officials import find as find_officials
from loaders.reading import portal
from loaders.recognisers.places import (Ambiguous, coded_region, issuer_region, medium_region, mentions,
                                        most_mentioned, noting, parse_place, town_under_named)
from loaders.recognisers.title_places import title_region
from loaders.recognisers.place_settling import placed, settle_name, settled_by_text_note
from loaders.recognisers.spoken import spoken_above, spoken_province, spoken_region
from loaders.recognisers.story_places import story_names
from loaders.kinds import plan_head
from loaders.kinds.news_places import LEAD_CHARS, story_place
from loaders.recognisers.headline_places import headline_region
from loaders.kinds.congress_papers import annual_plan_title, plan_title_parts
from loaders.kinds.speakers import byline_speaker, header_speaker, premier, speaker_line, year_reviewed
from loaders.reading.portal import is_boilerplate
from loaders.reading.source import SourceDocument
from loaders.reading.text import LABELLED_TITLE, is_cjk
from loaders.structure.titles import NUMBERED_LINE, document_title, not_a_title

_CN_NUM = "一二三四五六七八九十"
_Y = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"
_MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE = re.compile(rf"({_Y})\s*年\s*({_MD})\s*月\s*({_MD})\s*日")
# 第十七届人民代表大会第三次会议, also in the short form 十七届人大三次会议 and with digits (a page may drop its 次, or
# the session's number: 第十五届人民代表大会第次会议).
_CONGRESS = re.compile(rf"第?\s*([{_CN_NUM}\d]+)\s*届\s*(?:全国)?(?:人民代表大会|人大)\s*(?:第\s*)?([{_CN_NUM}\d]*)\s*次?\s*(?:全体)?会议")
# 在<place>第X届人民代表大会第Y次会议上<speaker> — the by-line; the speaker part ends at 各位代表 or the line.
# The 上 is required: it is what tells the by-line from a citation of another session.
_BYLINE = re.compile(rf"(?:在\s*(?P<place>[\u4e00-\u9fff]{{1,20}}?)\s*)?{_CONGRESS.pattern}\s*上(?P<rest>[^\n]{{0,40}}?)(?=各位代表|\n|$)")
_REPORT_TITLE = re.compile(r"(?:(20\d\d)\s*年\s*)?([\u4e00-\u9fff]{0,20}?)\s*(?:(20\d\d)\s*年\s*)?(?:人民)?政府工作报告")
_OTHER_REPORT = re.compile(r"^关于[^，。；！？\n]{4,60}的报告$")
_SITE_TAG = re.compile(r"^[\s•·●▪◆*#-]*【([^】\n]{1,20}?)(?:招商|频道|专栏)?】")
# The press at work: a dateline (…网2月25日消息, 本报讯), a reporter (a paper's: 山西晚报记者日前从…获悉) or a correspondent.
_TOLD = re.compile(r"\d{1,2}月\d{1,2}日(?:电|讯|消息)|本报讯|[\u4e00-\u9fff]{1,6}(?:网|报|網|報)(?:讯|訊)|[（(]\s*记者|记者\s*[\u4e00-\u9fff]{2,3}\s*[)）]|[报報][记記]者|通讯员"
                   r"|^\s*\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?\s*[，,]", re.M)      # (or a lead that opens with its day)
_NEWS_DATELINE = re.compile(r"(?:本报|本刊|[\u4e00-\u9fff]{0,6}(?:网|社|台))?\s*(?:(20\d\d)年)?(\d{1,2})月(\d{1,2})日(?:电|讯)")
_HEADER_CHARS = 1500
# A page's date as portals print it (发布时间:2023-12-29 14:43, 2021/3/1, 2019.06.05).
_NUMERIC_DATE = re.compile(r"(?<![\d./-])((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})(?![\d./-])")
# The address that opens a report: 我代表海拉尔区人民政府 / 我代表国务院 / 我受国务院的委托.
_ADDRESS = re.compile(r"我(?:代表|受)\s*([\u4e00-\u9fff]{1,20}?)(?:人民政府|政府|的委托|[，,、\s]|向)")
_NATIONAL_ISSUER = re.compile(r"^(?:国务院|中央|中华人民共和国国务院)$")
_NATIONAL_CONGRESS = re.compile(r"全国人民代表大会")
# 国务院 speaking to the congress: 我代表国务院… / 我受中共中央和国务院的委托 / 根据国务院的决定，向…大会.
_NATIONAL_ADDRESS = re.compile(r"(?:代表|受|根据|由)[^。\n]{0,12}国务院[^。\n]{0,40}?(?:向|大会)")


@dataclass
class Place:
    """A region as the document names it: a lexicon region, or a town under one."""
    key: str
    name: str
    level: str
    chain: list[tuple[str, str, str, str]]   # (key, name, level, parent key), top first


@dataclass
class Meta:
    kind: str
    title: str = ""
    title_span: tuple[int, int] | None = None      # in doc.plain
    issuer: str = ""
    number: str = ""               # 文号 (国发〔2019〕5号)
    date: str = ""
    year: int | None = None
    congress: str = ""
    speaker: str = ""
    speaker_titles: list[str] = field(default_factory=list)
    speaker_span: tuple[int, int] | None = None    # the speaker's name, in doc.clean
    byline_span: tuple[int, int] | None = None     # in doc.clean
    place_span: tuple[int, int] | None = None      # where a news piece names its region, in doc.clean
    place: Place | None = None
    issues: list[tuple[str, str, int]] = field(default_factory=list)   # (code, message, clean offset)

    @property
    def speaker_title(self) -> str:
        """The speaker's titles as one SERVES_IN-style title (代市长、市委副书记)."""
        return schema.TITLE_SEPARATOR.join(self.speaker_titles)

    def public(self) -> dict:
        """The fields the Document node carries (DocumentInfo's and the report's own)."""
        return {
            "kind": self.kind, "title": self.title, "issuer": self.issuer, "date": self.date,
            "region": self.place.key if self.place else "", "year": self.year, "congress": self.congress,
            "speaker": self.speaker, "speakerTitle": self.speaker_title,
        }


def report_metadata(doc: SourceDocument, lexicon: Lexicon, kind: str = "work_report") -> dict:
    """Document-level metadata of a report (or, with its kind, a news article or a generic document), as a plain dict."""
    return read(doc, lexicon, kind).public()


def read(doc: SourceDocument, lexicon: Lexicon, kind: str) -> Meta:
    text = doc.clean.text
    meta = Meta(kind)
    first_line, line_span = _first_line(doc)
    if kind in ("news", "generic"):
        with noting() as notes:
            if kind == "news":
                _read_news(meta, text, first_line, line_span, lexicon, doc.plain.text)
            else:
                _read_generic(meta, text, first_line, line_span, lexicon, portal.header(doc.plain.text).fields, doc.plain.text)
        _settle(meta, notes, text, lexicon)
        return meta
    address = text.find("各位代表", 0, _HEADER_CHARS)     # where the header ends, when it says so
    head_end = address if address >= 0 else min(len(text), _HEADER_CHARS // 2)
    # Only the header: the text goes on to cite earlier sessions (市十七届人大二次会议确定的目标).
    byline = _BYLINE.search(text, 0, max(head_end + 4, 1))
    date = _DATE.search(text, 0, head_end)
    if date:
        meta.date = iso_written(*date.groups())
    if byline:
        session = f"第{cn_numeral(byline[3])}次会议" if byline[3] else ""
        meta.congress = f"第{cn_numeral(byline[2])}届人民代表大会{session}"
        start = date.start() if date and date.end() <= byline.start() + 2 else byline.start()
        meta.byline_span = (start, byline.end())
    # Title: the report's own title line (a site tag 【…】 removed), else a constructed one.
    site_tag = _SITE_TAG.match(first_line)
    title_text = first_line[site_tag.end():].strip() if site_tag else first_line.strip(" #*")
    tm = _REPORT_TITLE.search(title_text) if not re.search(r"[，。；！？]", title_text) else None
    planned = None if tm else plan_title_parts(title_text)     # (the year's 国民经济和社会发展计划, laid before the congress)
    title_phrase, title_year = (tm[2], tm[1] or tm[3]) if tm else planned or ("", None)
    # Where: what the report says about itself — the by-line's place, the title's, the address
    # (我代表…人民政府) and the speaker line's (北京市市长 殷勇) — never the places its body names.
    header = find_officials(text[:max(head_end, 1)], lexicon)
    addressed = _ADDRESS.search(text, max(address, 0), (address + 300) if address >= 0 else min(len(text), 600))
    hints = [p for p in (byline["place"] if byline else "", title_phrase, addressed[1] if addressed else "") if p]
    if not any(parse_place(h, lexicon)[0] for h in hints):
        # (where they name no region above a township, the publisher a portal's header names: 发布机构: 沂水县沙沟镇;
        # never over them: a county's portal reposts its city's report)
        hints += [p for p in (portal.header(doc.plain.text).fields.get("issuer", ""),) if p]
    spoken = [m.region for m in header.mentions if m.region and m.titles]
    national = bool((addressed and _NATIONAL_ISSUER.match(addressed[1])) or "国务院" in title_phrase
                    or _NATIONAL_ADDRESS.search(text, 0, 1500)
                    or (byline and _NATIONAL_CONGRESS.search(byline.group())))
    national = national or national_voice(text)
    meta.place = _report_place(hints, site_tag[1] if site_tag else "", lexicon, meta, spoken, national, text)
    meta.year = int(title_year) if title_year else (int(meta.date[:4]) if meta.date else None)
    if meta.year is None:
        meta.year = year_reviewed(text, doc.source, meta)
    national = bool(meta.place and meta.place.key == NATION)
    if tm and tm.group().strip() and title_phrase or _OTHER_REPORT.search(title_text) or planned:
        # (a report of its own name to the session — 关于…预算执行情况和…预算草案的报告 — keeps it)
        meta.title, meta.title_span = title_text, line_span
    elif meta.place:
        year = f"{meta.year}年" if meta.year else ""
        meta.title = f"{year}国务院政府工作报告" if national else f"{meta.place.name}{year}政府工作报告"
        meta.title_span = line_span
    else:
        meta.title, meta.title_span = title_text or "政府工作报告", line_span
    if meta.place:
        meta.issuer = "国务院" if national else f"{meta.place.name}人民政府"
    if byline:
        byline_speaker(meta, byline, text, lexicon)
    if not meta.speaker and address >= 0:
        header_speaker(meta, header)
    if not meta.speaker and address >= 0:
        speaker_line(meta, text, address, lexicon)
    if not meta.speaker and national and meta.year:
        premier(meta)
    if not meta.speaker:
        meta.issues.append(("prose.no-speaker", "no speaker in the by-line (nobody named as giving the report)", 0))
    if not meta.date:
        meta.issues.append(("prose.no-date", "no date in the report's header", 0))
    if not meta.congress:
        meta.issues.append(("prose.no-session", "no 第X届人民代表大会第Y次会议 in the report's header", 0))
    return meta


def _first_line(doc: SourceDocument) -> tuple[str, tuple[int, int] | None]:
    """The title line: the first short line naming a 政府工作报告 (pages put menus above it), else the first line."""
    text = doc.plain.text
    for m in re.finditer(r"[^\n]+", text[:2000]):
        line = m.group().strip(" \t#*•·●▪◆-")
        # A title, not a sentence that names the report (我代表国务院向大会作政府工作报告，请予审议).
        if ("政府工作报告" in line or annual_plan_title(line)) and len(line) <= 60 and not re.search(r"[，。；！？]", line):
            return m.group(), (m.start() + len(m.group()) - len(m.group().lstrip(" \t#*•·●▪◆-")), m.end())
    for m in re.finditer(r"[^\n]+", text[:2000]):
        line = m.group().strip(" \t#*•·●▪◆-")
        # Never a portal's widget, breadcrumb or a label of its header table.
        if is_boilerplate(line) or re.match(r"^[\u4e00-\u9fff\s]{2,8}[：:]", line):
            continue
        if any(is_cjk(ch) for ch in line):
            return m.group(), (m.start() + len(m.group()) - len(m.group().lstrip(" \t#*•·●▪◆-")), m.end())
    return "", None


def _read_news(meta: Meta, text: str, first_line: str, line_span, lexicon: Lexicon, page: str = "") -> None:
    """`text`: the article; `page`: the page it stands on, with its portal's header."""
    meta.title = first_line.strip(" \t#*•")
    meta.title_span = line_span
    dl = _NEWS_DATELINE.search(text, 0, _HEADER_CHARS)
    if dl:
        year = int(dl[1]) if dl[1] else _news_year(text, int(dl[2]))
        if year and not dl[1]:
            meta.issues.append(("prose.inferred-year", f"the dateline gives no year; {year} inferred from the years the text names", dl.start()))
        if year:
            meta.date = iso_written(str(year), dl[2], dl[3])
            meta.year = year
        end = text.find("\n", dl.end())
        close = text.find("）", dl.end(), dl.end() + 40)
        meta.byline_span = (dl.start(), close + 1 if close > 0 else (end if end > 0 else dl.end()))
    else:
        # The first date near the top, written in words (2023年12月29日) or in figures (2023-12-29).
        dates = [m for m in (_DATE.search(text, 0, _HEADER_CHARS), _NUMERIC_DATE.search(text, 0, _HEADER_CHARS))
                 if m and iso_written(*m.groups())]
        m = min(dates, key=lambda d: d.start()) if dates else None
        if m:
            meta.date, meta.year = iso_written(*m.groups()), int(year_digits(m[1]))
            meta.byline_span = (m.start(), m.end())
    if not meta.date:
        meta.issues.append(("prose.no-date", "no dateline (本报…讯) or date near the top of the article", 0))
    if (own := _session_place(text, lexicon)) is not None:
        # A congress's session told in the lead (醪桥镇第六届人民代表大会第一次会议胜利召开): its region's news.
        meta.place, meta.place_span = own
        return
    if (published := plan_head.published_by(text, lexicon)) is not None:
        meta.place, meta.place_span = _place_of(published[0], lexicon), published[1]
        return
    if (own := _portal_place(portal.header(page or text).fields, lexicon)) is not None:
        meta.place = own        # a portal's page of its publisher's own news (发布机构: 公园街道办事处)
        return
    if (story := story_place(text, page, meta.title, line_span, lexicon)) is not None:
        meta.place, meta.place_span = _place_of(story[0], lexicon, story[1]), story[2]
    else:
        meta.issues.append(("prose.no-region", "the article names no region kg knows", 0))


def _session_place(text: str, lexicon: Lexicon) -> tuple[Place, tuple[int, int]] | None:
    """The region whose congress the lead tells in session, a township placed under its county when
    the gazetteer has only one of that name; None when the lead tells none or its place is unsettled."""
    for m in plan_head.SESSION_LEAD.finditer(text, 0, LEAD_CHARS * 2):
        chain, town, rest = parse_place(m["place"], lexicon)
        if rest or not (chain or town):
            continue
        deepest = _deepest(chain) if chain else None
        if town and (deepest is None or deepest.level not in _COUNTY_LEVELS):
            deepest = _township_county(town, deepest, lexicon, text)
        if deepest is not None:
            return _place_of(deepest, lexicon, town), m.span("place")
    return None


def _portal_place(fields: dict, lexicon: Lexicon) -> Place | None:
    """Where a portal's header (its `fields`) puts the page's publisher: its 发布机构 (公园街道办事处), a township
    settled by the credit code its 索引号 opens with (11370303…: 张店区), or that code's region alone; None when neither."""
    coded = coded_region(fields.get("index", ""), lexicon)
    info, town = issuer_region(fields["issuer"], lexicon) if fields.get("issuer") else (None, "")
    if info and coded and coded.key.startswith(info.key + "/"):
        info = coded        # (the code names the county a body of no place's name stands in)
    within = info or coded
    if town and (info is None or info.level not in _COUNTY_LEVELS) and (county := _township_county(town, within, lexicon)):
        return _place_of(county, lexicon, town)
    return _place_of(within, lexicon, town if info else "") if within else None


def _township_county(town: str, above: RegionInfo | None, lexicon: Lexicon, text: str = "") -> RegionInfo | None:
    """The county a township lies in, where the text names none: the gazetteer's, when it has only one
    township of that name (under `above`, or anywhere, or under the one region `text` names that has one); else None."""
    found = lexicon.town(town, above.key if above else "") or (town_under_named(town, text, lexicon) if text and not above else None)
    return lexicon.region(found.parent) if found else None


# An issuer that signs a document: a line of its own naming a government or an office, usually
# at the end above the date (济南市人民政府办公厅 / 2021年3月1日), or opening a title (济南市人民政府关于…).
_ISSUER = re.compile(r"^[\s　]*([\u4e00-\u9fff]{2,30}?(?:人民政府|政府办公厅|政府办公室|办公厅|办公室|委员会|国务院))[\s　]*$", re.M)
# A ministry of the central state signing alone (工业和信息化部 / 2013年4月11日): a national document.
_MINISTRY = re.compile(r"^[\s　]*([\u4e00-\u9fff]{2,12}部)[\s　]*$", re.M)
_TITLE_ISSUER = re.compile(r"^[\s　]*([\u4e00-\u9fff]{2,30}?(?:人民政府|办公厅|办公室|国务院|局|厅|委员会|委))(?:关于|印发)")
_TITLE_PLACE = re.compile(r"^[\s　]*([\u4e00-\u9fff]{2,20}?)(?:关于|印发)")


# The document's own number on a line of its own under its header (湘政发〔2020〕1号), not one it cites.
_OWN_NUMBER = re.compile(r"^[ \t]*([\u4e00-\u9fff]{1,10}[ \t]*[〔\[［【(（][ \t]*\d{4}[ \t]*[〕\]］】)）][ \t]*\d{1,4}[ \t]*号)[ \t]*$", re.M)


def _read_generic(meta: Meta, text: str, first_line: str, line_span, lexicon: Lexicon, table: dict,
                  plain: str = "") -> None:
    """A document of no known kind: its title line, the issuer it names (in the portal's header
    table, its title or its signature), the region of that issuer, and a date near its top or
    end. The body's places never decide."""
    titled = document_title(plain or text)
    # The first line stands for a title only where it is shaped like one: short, no sentence, no item's
    # number, no salutation (为深入贯彻…，制定本方案。, 一、总体要求 and 各省、自治区…： are not titles); else none.
    first = first_line.strip(" \t#*•")
    # (a headline may end with its ！, 津南区…“成绩单”出炉！; a series before a title is none, 督查通报〔2024〕第9期：关于…)
    bare = LABELLED_TITLE.sub("", first).rstrip("！!？?")
    shaped = len(first) <= 60 and not re.search(r"[，。；！？：:]", bare) and not NUMBERED_LINE.match(first) \
        and not not_a_title(first)
    meta.title, meta.title_span = (table.get("title") or titled or (first if shaped else "")), line_span
    own = _OWN_NUMBER.search(text[:_HEADER_CHARS])
    meta.number = table.get("number", "") or (re.sub(r"\s+", "", own.group(1)) if own else "")
    if not meta.number and (split := title_number(meta.title)):
        meta.title, meta.number = split     # (a number closing the title's line: …的通知常政发〔2023〕1号)
    issuer = _TITLE_ISSUER.match(meta.title)
    signed = [m for m in _ISSUER.finditer(text[-600:])] if not issuer else []
    if not issuer and not signed:
        signed = [m for m in _MINISTRY.finditer(text[-600:]) if schema.is_nationwide_body(m[1])]
    own = issuer[1] if issuer else (signed[-1][1] if signed else "")    # (over the portal's publisher below it:
    name = own if plan_head.carried_from_above(own, table.get("issuer", ""), lexicon) else (table.get("issuer") or own)
    if not name:
        # as plans name it: a 文件 header, X关于…, the issuers' line over 关于印发… (plan_head.py)
        name = plan_head.issuer(plan_head.lines_of(text[:_HEADER_CHARS]))[0]
    if name:
        meta.issuer = name
        info, town = issuer_region(name, lexicon)
        if info:
            meta.place = _place_of(info, lexicon, town)
    elif _TITLE_PLACE.match(meta.title):
        # 安徽省关于…: a title that opens with a place names the issuer's region.
        chain, town, rest = parse_place(_TITLE_PLACE.match(meta.title)[1], lexicon)
        if chain and not rest:
            meta.place = _place_of(_deepest(chain), lexicon, town)
    if not meta.place and (own := _portal_place(table if plain else portal.header(text).fields, lexicon)) is not None:
        meta.place = own        # 发布机构: 公园街道办事处, 索引号: 11370303…: the publisher, where its code puts it
    if not meta.place and not name and (info := title_region(meta.title, lexicon, text)):
        meta.place = _place_of(info, lexicon, "")      # 巴中市2017年…进度公示: a title opening with a region's full name
    if not meta.place and not name and (line := plan_head.head_line_region(text, plan_head.lines_of(text[:_HEADER_CHARS]), lexicon, plain)):
        meta.place = _place_of(line[0], lexicon, "")   # (another line of the head, shaped as a title: 隆德县2022年…提升 / 工作方案)
    if not meta.place and not name and (head := headline_region(plain or text, lexicon)) is not None:
        meta.place = _place_of(head[0], lexicon)       # (重庆渝中：…, 六盘水市2024年…进展如何: the place a headline opens with)
    tail = list(_DATE.finditer(text, max(0, len(text) - 300)))
    m = _DATE.search(table.get("date", "")) or (tail[-1] if tail else _DATE.search(text, 0, _HEADER_CHARS))
    if m:
        meta.date = iso_written(*m.groups())
        meta.year = int(meta.date[:4]) if meta.date else None
    if not meta.place and meta.number and (info := number_region(meta.number, text, lexicon)):
        meta.place = _place_of(info, lexicon, "")      # 鲁政办字〔2021〕5号: the number names the issuer
    if not meta.place and (published := plan_head.published_by(text, lexicon)) is not None:
        meta.place = _place_of(published[0], lexicon, "")      # 2024年3月28日，高唐县人民政府印发了《…》
    if not meta.place and (session := plan_head.session_by(text, lexicon)) is not None:
        meta.place = _place_of(session[0], lexicon, "")        # 在慈溪市十七届人大常委会第十六次会议上
    if not meta.place and (session := plan_head.session_lead(text, lexicon)) is not None:
        meta.place = _place_of(session[0], lexicon)     # 惠州市惠阳区第五届人民代表大会第五次会议于…表决确定…
    if not meta.place and (source := plan_head.source_region(plain or text, lexicon)) is not None:
        meta.place = _place_of(source[0], lexicon, "")      # 信息来源: 丽水市政府: the body that published it
    if not meta.place and (source := medium_region(text, lexicon, _HEADER_CHARS)) is not None:
        meta.place = _place_of(source[0], lexicon)      # (涉县融媒体中心), 来源: 黄石日报: a local medium's region
        # (a province's paper telling of one of its cities, 黑龙江日报…鹤岗市…: where it happens)
        if _TOLD.search(text, 0, _HEADER_CHARS) and (key := most_mentioned(text, lexicon)).startswith(source[0].key + "/"):
            meta.place = _place_of(lexicon.regions[key], lexicon)
    if not meta.place and _TOLD.search(text, 0, _HEADER_CHARS) and \
            (key := most_mentioned(text, lexicon, named=(named := story_names(text, mentions(text, lexicon), lexicon)))):
        # A document told by the press (a reporter's list of the 民生实事, a report of how they stand)
        # is placed as news is: where it happens, or the city or province whose story it tells there (never a portal's
        # breadcrumb, 东部资讯 > 天津资讯: story_places).
        key = spoken_province(spoken_above(key, text, lexicon), text, lexicon, named)
        meta.place = _place_of(lexicon.regions[key], lexicon)
    if not meta.place and (spoken := spoken_region(text, lexicon)) is not None:
        meta.place = _place_of(spoken[0], lexicon)      # 我县…全县…2024年闽清县…: the one county it names as its own
    if not meta.place and (lead := plan_head.lead_subject(text, lexicon)) is not None:
        meta.place = _place_of(lead[0], lexicon)        # 今年以来，常州市坚持…: the subject of its first sentence
    if not meta.place:
        meta.issues.append(("generic.no-region", "no issuer with a region kg knows in the title, signature or number", 0))


def _news_year(text: str, month: int) -> int | None:
    """A dateline without a year: the latest year the text names; an early-year piece that looks
    back on "去年" (last year's results) is dated the year after it."""
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)]
    if not years:
        return None
    latest = max(years)
    return latest + 1 if month <= 3 and "去年" in text else latest


_OUR_COUNTRY = re.compile(r"我国")
_OUR_REGION = re.compile(r"我(?:省|市|区|县|州|盟|旗|镇|乡)|本(?:省|市|区|县)")


def national_voice(text: str) -> bool:
    """A report that speaks for the country (我国, dozens of times) and never for a region of its own
    (我省, 我市…): 国务院's, when its header does not say so."""
    return len(_OUR_COUNTRY.findall(text)) >= 20 and not _OUR_REGION.search(text)


# ---- regions ---------------------------------------------------------------

_CONTEXT_CHARS = 6000     # (how much of a report's text may settle an ambiguous name in its header)


def _place_of(info: RegionInfo, lexicon: Lexicon, town: str = "") -> Place:
    """The place of a region, or of a township (its own info, or its name under `info`): the chain down to it."""
    chain = [(r.key, r.name, r.level, r.parent) for r in lexicon.region_path(info.key)]
    if town:
        chain.append((f"{info.key}/{town}", town, "town", info.key))
    key, name, level, _ = chain[-1]
    return Place(key, name, level, chain)


def _report_place(hints: list[str], site_tag: str, lexicon: Lexicon, meta: Meta,
                  spoken: list[str] = (), national: bool = False, text: str = "") -> Place | None:
    """The report's region from what it says about itself (by-line, title, address, speaker line,
    site tag), never from the places its body names. `spoken`: regions named before a title in
    the header (the speaker line); `national`: the report says it is 国务院's."""
    known: list[RegionInfo] = [r for r in map(lexicon.region, spoken) if r]
    town = ""
    notes: list[Ambiguous] = []
    for phrase in hints:
        chain, t, _ = parse_place(phrase, lexicon, [r.key for r in reversed(known)], notes)
        known.extend(chain)
        town = town or t
    # A site's tag (【滕州市招商】) names the report's place or one above it: used for towns'
    # counties and when nothing else is known.
    if site_tag and (town or not known):
        known.extend(parse_place(site_tag, lexicon, [r.key for r in reversed(known)], notes)[0])
    deepest = _deepest(known)
    if deepest is None and notes and text and (settled := settle_name(notes[0], text[:_CONTEXT_CHARS], lexicon)):
        # A name several regions bear (鼓楼区), settled by the one candidate whose city or province the text names
        # as its government, or names most (place_settling, as for every kind).
        above = settled.key.rsplit("/", 1)[0]
        for phrase in hints:
            known.extend(parse_place(phrase, lexicon, [above])[0])
        meta.issues.append((*settled_by_text_note(notes[0], settled), 0))
        deepest, notes = _deepest(known) or settled, []
    if town and (deepest is None or deepest.level not in _COUNTY_LEVELS):
        deepest = _township_county(town, deepest, lexicon) or deepest
    if deepest is None and not town and national:
        return _place_of(lexicon.regions[NATION], lexicon)
    if deepest is None and not town:
        for note in notes:
            meta.issues.append(("region.ambiguous", note.message(), 0))
        if not notes:       # (an ambiguous name says why the region is open)
            meta.issues.append(("prose.no-region", f"no region kg knows in the by-line, title or speaker line ({' / '.join(hints) or 'none'})", 0))
        return None
    if deepest is None:
        meta.issues.append(("prose.region-parent-unknown", f"{town}: no county found for it; keyed by its name alone", 0))
        return Place(town, town, "town", [(town, town, "town", "")])
    if town and deepest.level not in _COUNTY_LEVELS:
        meta.issues.append(("prose.region-parent-unknown", f"{town}: its county is not named; placed under {deepest.name}", 0))
    return _place_of(deepest, lexicon, town)


_NO_REGION = ("prose.no-region", "generic.no-region")


def _settle(meta: Meta, notes: list[Ambiguous], text: str, lexicon: Lexicon) -> None:
    """The last step of a news piece's or a generic document's placement (place_settling.placed, as for every kind):
    a name several regions bear that it names itself by, settled or noted."""
    found = lexicon.region(meta.place.key) if meta.place else None
    if meta.place and found is None:
        return      # (a township the gazetteer lacks, placed by its own name under its county)
    info, issues = placed(found, notes, text, lexicon)
    if info is not None and info is not found:
        meta.place, meta.place_span = _place_of(info, lexicon), None
    if info is not found or any(code == "region.ambiguous" for code, _ in issues):
        # (placed now, or the ambiguous name says why it is not: it names a region kg knows)
        meta.issues = [i for i in meta.issues if i[0] not in _NO_REGION]
    meta.issues.extend((code, message, 0) for code, message in issues)


def _deepest(regions: list[RegionInfo]) -> RegionInfo | None:
    """The most specific region, when the others are all its ancestors (else the first named)."""
    if not regions:
        return None
    best = max(regions, key=lambda r: r.key.count("/"))
    if all(best.key == r.key or best.key.startswith(r.key + "/") for r in regions):
        return best
    return regions[0]
