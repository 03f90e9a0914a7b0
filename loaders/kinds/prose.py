"""Prose kinds: 政府工作报告 (work reports) and news articles → Document metadata, Regions, Leaders.

`parse` reads the document's own metadata (loaders/kinds/report_meta.py), the officials it
names (loaders/recognisers/officials.py) and, when loaders/recognisers/initiatives.py is there, its Projects and
Strategies. Report-level facts that DocumentInfo has no field for (year, congress,
speaker, speakerTitle) travel as props of an Entity labelled Document with the
document's key; the resolver merges them into the Document node.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import schema
from graph.model import DocumentInfo, Entity, Evidence, Extraction, Issue, Relation
from loaders.recognisers import official_rosters, officials
from loaders.kinds import congress_papers, kind_cues, report_meta, sentence_charges
from loaders.kinds.plan_detection import (congress_review, convened, names_pledges, pledges_reported,
                                          progress_figures, title_lines, worded_annotations)
from loaders.recognisers.lexicon import Lexicon
from loaders.kinds.base import Loader
from loaders.kinds.plan_builder import portfolio_names
from loaders.kinds.report_meta import report_metadata  # noqa: F401  (re-exported: part of this module's API)
from loaders.reading import portal
from loaders.reading.source import SourceDocument
from loaders.reading.text import one_line
from loaders.structure import acting_bodies, charges, handed_matters, intents, joint_work, meetings, portfolio
from loaders.recognisers.targets import find_targets
from loaders.structure.titles import document_title

try:   # written alongside; prose works without it
    from loaders.recognisers import initiatives
except ImportError:   # pragma: no cover - depends on the checkout
    initiatives = None

# ---- detection ---------------------------------------------------------------

# A report's title line; a headline that tells of one (陈武作政府工作报告, 听取政府工作报告) is news about it.
_REPORT_TITLE_LINE = re.compile(
    r"^[\s•·●▪◆*#-]*(?:【[^】\n]{1,20}】)?(?![^\n]*?(?:关于|印发|贯彻|落实))[^\n，。：]{0,30}?(?<![作做])(?<!听取|审议|讨论)政府工作报告\s*(?:[（(][^）)\n]{1,10}[）)])?\s*$")
_MEETING = re.compile(r"人民代表大会\s*第\s*[一二三四五六七八九十]+\s*次?\s*会议")
_REVIEW = re.compile(r"工作回顾|过去的?一年|一年来|五年来")
# How a report addresses the congress: 我代表国务院向大会作政府工作报告 / 我代表海拉尔区人民政府向大会报告工作.
REPORT_ADDRESS = re.compile(r"我(?:现在)?(?:代表|受|根据)[^。\n]{0,20}(?:政府|国务院)[^。\n]{0,30}?(?:向[^。\n]{0,20}大会|大会)")
_ANNOTATIONS = re.compile(r"(?:牵头|配合|责任)(?:单位|领导)\s*[：:]")
_NEWS_DATELINE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)")


# A report addressing its congress (各位代表：, 各位代表！), not news telling of the deputies (各位代表的发言).
# (or the standing committee it reports to: 主任、副主任、秘书长、各位委员：)
_ADDRESSED = re.compile(r"各位代表\s*[：:！!，,]|各位代表\s*$|^\s*主任、[^。\n]{0,20}各位委员\s*[：:]", re.M)


def _structured(text: str) -> bool:
    """Plans and tables mention 政府工作报告 too; their annotations and tab rows give them away."""
    return len(_ANNOTATIONS.findall(text)) >= 3 or sum("\t" in ln for ln in text.splitlines()) >= 5


def _report_signals(text: str) -> tuple[bool, bool]:
    # Portal pages put a row of one-word widgets (下载, 打印, 字号…) above the title: short lines are passed over.
    lines = [ln for ln in text[:3000].splitlines() if len(ln.strip()) > 4][:5]
    return any(_REPORT_TITLE_LINE.match(ln) or congress_papers.laid_before(ln, text) for ln in lines), bool(_MEETING.search(text[:3000]))


def score_report(text: str) -> float:
    title, meeting = _report_signals(text)
    # A report stands at its session (在…人民代表大会第X次会议上, its by-line); a page that only
    # names a session (a 解读 of a plan, a congress's 督办报告, 国务院工作规则) is little evidence of one.
    byline = bool(congress_papers.BYLINE.search(text[:3000]))   # (news tells of the session without standing at it)
    addressed = bool(_ADDRESSED.search(text[:3000]))
    s = (0.6 * title + (0.3 if byline else 0.1 * meeting) + 0.2 * addressed + 0.2 * bool(_REVIEW.search(text[:6000]))
         + 0.3 * bool(REPORT_ADDRESS.search(text[:3000])))
    # A report opens with its by-line and 各位代表; annotations further on are an annex's
    # (民生实事 with their 牵头单位), not what the document is.
    opened = byline and addressed
    # A congress's review of the 民生实事 (督办报告, 审议意见) stands at a session too, and a 民生实事
    # list or table cites the report that set it: neither is the report.
    if congress_review(text) or (not title and names_pledges(text)):
        return round(min(1.0, s) * 0.2, 3)
    return round(min(1.0, s) * (0.2 if _structured(text) and not opened else 1.0), 3)


# A chronicle names itself: 大事记, 每日记事, 工作纪事.
_CHRONICLE_NAME = re.compile(r"大事记|记事|纪事")
# A date heading a news page (时间：2022-04-01 10:19, 2017-05-13, 发布日期：2021年3月1日) and the entries of a
# chronicle (大事记): lines that open with a day (7日, 1—2日, 6月1日, 2023年9月5日) and tell an event.
# (a portal's header line may name the source first: 来源：梧州市人大  发布日期：2013-03-21)
_TOP_DATE = re.compile(r"^\s*(?:(?:来源|信息来源|作者)\s*[：:][^\n]{0,30}?)?(?:(?:时间|日期|发布时间|发布日期|发表时间)\s*[：:]\s*)?(?:20|19)\d\d\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}", re.M)
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# (the event on the entry's own line: a date alone on its line, 成文日期 / 2019年01月16日 under a portal's header, is none)
_CHRONICLE_ENTRY = re.compile(rf"^\s*(?:[△▲●○■□◆◇★☆▶►•]\s*)?(?:(?:20|19)\d\d年)?(?:\d{{1,2}}月)?{_DAY}(?:[—–-]{_DAY})?日[ \t\u3000]*[，,]?[ \t\u3000]*\S", re.M)
# A paragraph that opens with the event's date: 3月31日下午，… / 6月12日至13日，…
# (after the purpose and the instruction it serves, at most two clauses: 为进一步发挥…作用，按照…要求，5月25日下午，)
_DATED_LEAD = re.compile(r"^\s*(?:(?:为|按照|根据)[^。\n]{2,60}?[，,]){0,2}(?:(?:20|19)\d\d年)?\d{1,2}月\d{1,2}(?:[日号](?:[至—–-]\d{1,2}[日号])?|[至—–-]\d{1,2}[日号])"
                         r"(?:上午|下午|晚上|晚)?\s*[，,]", re.M)
# 张三一行, 带领…督导, 现场察看: an inspection told as news.
_EVENT = re.compile(r"主持|出席|参加|讲话|强调|指出|调研|会见|会谈|召开|举行|开幕|闭幕|率队|视察|考察|检查|慰问|陪同|致辞"
                    r"|督导|督查|带队|一行|察看|走访|看望|作客|做客|座谈|访谈|接访|发布会|答记者问")


# The press at work: a reporter who learnt or saw something (记者从…获悉, 记者了解到, 记者发现), a
# page's by-line (作者：, 记者：, 编辑：, filled: a portal's empty 【作者:【信息时间: is none), or a lead that opens
# on when it happened and what was done
# (近日…印发, 4月15日召开的…会议上, 5月10日上午…开幕).
# (a portal's 作者：管理员 names the site's account that posted the page, no writer)
# 本报讯 / 本网讯 / 晨报讯 / 新华网讯 and a by-line in brackets, (记者 王芳) / （融媒体中心记者陈晶）, are the press too.
_REPORTER = re.compile(r"记者[^。\n]{0,30}?(?:获悉|了解到|发现|注意到|看到|采访|走访)|(?:作者|记者|通讯员|编辑|责编)\s*[：:]\s*(?![【\[|】\]]|[\u4e00-\u9fff]{2,4}[：:]|(?:系统|网站)?管理员|admin)\S"
                       r"|(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}[报网台]讯|[（(][^）)\n]{0,8}记者\s*[\u4e00-\u9fff]")
# (A lead may open with its purpose, 为助力…建设，5月19日，…带领…一行莅临…调研, or a motto: 听诉求，助发展。5月12日上午，…)
_RECENT_LEAD = re.compile(r"^\s*(?:[^。！\n]{2,16}[。！])?(?:在?[^。，,\n]{2,14}(?:之际|前夕)[，,])?(?:为[^。\n]{2,60}?[，,])?[^。\n]{0,20}?(?:近日|日前|最近|昨天|昨日|今天|今日|近期|\d{1,2}月\d{1,2}日|(?<![\d月])\d{1,2}日(?:上午|下午|晚上|晚)[，,])[^。\n]{0,60}?"
                          r"(?:发出|印发|召开|举行|开幕|闭幕|出台|公布|发布|启动|开展|出席|主持|调研|考察|莅临|率队|带队|一行|督导|督查|视察)", re.M)


# A reporter quoting someone, the speaker named after the quote (…提前脱贫我有信心。”张伟说。 / …”梁杰说，): a feature
# story's way, which no plan, notice or report has (not 这就是说, a report's gloss on a quotation).
_QUOTED = re.compile(r"[”\"」][，,]?[ \t]*(?![这那就也还正即])[\u4e00-\u9fff]{2,4}(?:说|表示|介绍|告诉记者)[。，,：:]")
# An interview (问：… then an official answering by name and post, 县长覃建波答：…); a 政策解读's unsigned 答：, a mailbox's 县长信箱答： none.
_INTERVIEW = re.compile(r"^[ \t]*问\s*[：:][^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*[^\n：:。]{0,20}(?:长|书记|主任|主席)(?!信箱|热线|办公)[\u4e00-\u9fff]{2,3}\s*答\s*[：:]", re.M)
# A meeting told as news in one sentence: its day, the meeting held, who attended or presided (2011年12月15日，…汇报会在
# 政府8楼会议室召开，市人大常委会主任华金国出席并讲话), wherever a purpose clause puts the day.
_MEETING_TOLD = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日[^。\n]{0,60}(?:召开|举行|召開|舉行)[^。\n]{0,80}(?:出席|主持)")


# A title naming the document a summary of work (县农业农村局2023年工作总结; not a 总结会, a meeting): no news.
_SUMMARY = re.compile(r"(?:总结|總結)\s*$", re.M)
# A document naming itself a summary, a report or a plan in a title line (县农业农村局2023年工作总结): a quote or a
# meeting told in it does not make it news.
_SELF_NAMED = re.compile(r"(?:工作)?总结|總結|报告|報告|汇报|匯報|通报|通報|方案|意见|意見|计划|計劃|要点|要點")


def score_news(text: str) -> float:
    head = text[:1500]
    first = next((ln.strip() for ln in head.splitlines() if ln.strip()), "")
    events = len(_EVENT.findall(text[:4000]))
    cues = (0.2 * bool(re.search(r"记者|通讯员|编辑|制图", text))
            + 0.2 * (sum(k in text for k in ("主持", "出席", "参加", "讲话", "强调", "会议")) >= 2)
            + 0.1 * (0 < len(first) <= 40))
    # A dateline (本报1月21日讯, 新华社…电), a date heading the page, or a chronicle's dated entries
    # make a news piece, as does the press at work (记者了解到, 近日…印发); without one, little.
    press = bool(_NEWS_DATELINE.search(head)) or bool(_REPORTER.search(head)) or kind_cues.press(head)   # (东北网 2017-04-06)
    dated = press or ((bool(_TOP_DATE.search(head)) or bool(_DATED_LEAD.search(head))) and events >= 2)
    titles, held, interview = title_lines(text[:400]), convened(text) or kind_cues.visit_headline(text), bool(_INTERVIEW.search(text[:4000]))
    reported = bool(_RECENT_LEAD.search(head[:600])) and events >= 1 or kind_cues.event_told(head) or kind_cues.measures_told(text) \
        or (bool(_QUOTED.search(text[:4000])) or bool(_MEETING_TOLD.search(text[:3000]))) and not _SELF_NAMED.search(titles) \
        or held or interview or kind_cues.document_retold(text)
    chronicle = (len(_CHRONICLE_ENTRY.findall(text[:6000])) >= 3 or _CHRONICLE_NAME.search(head[:200])) and events >= 2
    # A meeting's minutes (会议纪要, 纪要如下) tell what it decided and who is to do it: news of the meeting.
    minutes = bool(_MINUTES.search(head))
    s = 0.5 + cues if dated or reported or chronicle or minutes and events >= 1 else min(0.25, cues)
    title, meeting = _report_signals(text)
    # A report stands at its session (its by-line, 各位代表); news tells of the session. A text whose
    # items carry who leads them (X牵头，Y配合) is a plan, whatever news sentence opens it.
    at_session = bool(congress_papers.BYLINE.search(text[:3000])) or bool(congress_papers.COMMITTEE_BYLINE.search(text[:600])) \
        or bool(_ADDRESSED.search(text[:3000])) or (meeting and not (press or reported or dated or chronicle))
    # A reporter's account of a division of tasks tells who leads each one in its sentences
    # (推进X，牵头领导为张三); a plan reprinted under a news sentence numbers its items.
    told = press and len(_ITEM_LINE.findall(text[:20000])) < 2
    # A piece about the pledged projects themselves (their list, how they stand) is that list or that report.
    explained = "解读" in next((ln for ln in head.splitlines() if ln.strip()), "")     # a 政策解读 is not news
    # (but a reporter's piece on officials visiting them (人民网盐城12月1日电…主任委员陈杰一行赴盐城调研) is news)
    # (and a headline saying a body held a meeting on them, 汝南县召开“十件实事”推进会, is news of the meeting; an interview, news)
    visited = press and bool(_VISIT.search(head[:600])) or held or interview
    # (a chronicle's dated entries are news, whatever portal header (发布机构) stands over them)
    if title or at_session or _structured(text) or (_official_document(head, press or kind_cues.visit_headline(text)) and not chronicle) \
            or ((pledges_reported(text) or progress_figures(text) or kind_cues.tasks_standing(text) or kind_cues.rectification_tallied(text) or kind_cues.standing_headline(text)
                 or kind_cues.against_target(text)) and not visited) \
            or explained or _SUMMARY.search(titles) \
            or REPORTED.search(head[:600]) or (
            s >= 0.3 and not told and not minutes and worded_annotations(text[:20000]) > 0):
        s *= 0.3
    return round(min(1.0, s), 3)


# An official named with a title out to see for themselves: …主任委员陈杰一行赴盐城, 副市长张三率队.
_VISIT = re.compile(r"(?:长|书记|主任|委员|主席)[\u4e00-\u9fff]{2,3}(?:一行|率队|带队)")
# A report to those above or around it, not news: 现将有关情况汇报如下, 现将督查情况通报如下; or made public, how the work
# stands (整改公示: …已完成整改任务，现将有关情况公示如下; 现将…问题整改情况公开如下), or told in a letter (现将整改情况函告如下).
REPORTED = re.compile(r"现将[^。\n]{0,16}情况(?:通报|汇报|报告|公示|公开|公布|函告)如下")
_MINUTES = re.compile(r"纪要如下|会议纪要|(?:常务|办公|专题)会议[^。\n]{0,10}纪要")
_ITEM_LINE = re.compile(r"^\s*(?:\d{1,3}[.．、﹒](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)", re.M)


# An official document, not a report of events: addressed to its recipients (各省、自治区…：, portal.SALUTATION),
# titled 关于…的通知, or under a portal's header table (发文机关, 发文字号).
# …or to the one body a reply answers, on a line of its own, its letter acknowledged just below (上海市人民政府：
# 《关于…的函》收悉): a 批复 or 复函. (A press conference's speaker, 市住建局：, answers no letter.) To a school or a
# firm (北京工业大学：), only the letter itself acknowledged at the line's start says so (《关于报送…的函》…收悉): a
# speaker's words (主任张三介绍：) may tell of a 批复.
_REPLY = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,30}(?:人民政府|办公厅|办公室|委员会|厅|局|部|委)[：:]\s*\n"
                    r"[^\n]{0,200}?(?:收悉|函复|批复|复函)"
                    r"|^\s*[\u4e00-\u9fff（）()]{2,30}[：:]\s*\n\s*(?:你|贵)?[^\n《]{0,20}《[^》\n]{4,80}》[^\n]{0,60}?收悉", re.M)
# The document's number on a line of its own (湘政发〔2020〕1号), as official documents set it under their header.
_NUMBER_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号\s*$", re.M)


# A headline that tells of a document (陈武作政府工作报告, 国务院印发《…》) is news about it, not its title.
# So is one that says who issued a document, written without 《》 (我市印发重点任务分工方案), unless it is
# the document's own title (关于印发…的通知).
_HEADLINE = re.compile(r"(?:作|做|听取|审议|讨论)[^，。\n]{0,12}报告\s*$|(?:印发|发布|出台|公布|解读)\s*《"
                       r"|^(?![^\n]*关于)[^，。\n]{1,20}(?:印发|出台|公布)[^，。\n《]{2,30}$(?<!通知)")


def _official_document(head: str, press: bool = False) -> bool:
    """Whether a head is an official document's: a salutation, a number line, a portal's 文号 or 发文机关, or a
    title (not for a piece the press signs, 作者：…, whose headline a title reader takes for one)."""
    title = document_title(head)
    return (bool(portal.SALUTATION.search(head[:800])) or bool(_REPLY.search(head[:800])) or kind_cues.in_articles(head) or kind_cues.made_here(head)
            or congress_papers.issued_plan(head)
            or bool(title and not press and not _HEADLINE.search(title))
            or bool(_NUMBER_LINE.search(head[:800]))
            or bool(portal.header(head).fields.get("number") or portal.header(head).fields.get("issuer")))


# ---- extraction --------------------------------------------------------------

@dataclass
class _Builder:
    """Entities and relations, one per key: aliases, evidence and list props united."""
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    relations: dict[tuple, Relation] = field(default_factory=dict)

    def entity(self, e: Entity) -> tuple[str, str]:
        old = self.entities.get(e.ref)
        if old:
            props = dict(old.props)
            for k, v in e.props.items():
                if isinstance(v, list):
                    props[k] = list(dict.fromkeys([*(props.get(k) or []), *v]))
                elif props.get(k) in (None, "") and v not in (None, ""):
                    props[k] = v
            e = Entity(e.label, e.key, old.name, tuple(dict.fromkeys(old.aliases + e.aliases)), props,
                       tuple(dict.fromkeys(old.evidence + e.evidence)))
        self.entities[e.ref] = e
        return e.ref

    def relation(self, r: Relation) -> None:
        old = self.relations.get(r.ref)
        if old:
            r = Relation(r.type, r.source, r.target, old.props, tuple(dict.fromkeys(old.evidence + r.evidence)))
        self.relations[r.ref] = r


_COMPAT = {"city": ("city", "county-level city"), "district": ("district",), "county": ("county",),
           "town": ("town",), "province": ("province",)}
_LEVEL_CHAR = {"city": "市", "county-level city": "市", "district": "区", "county": "县", "province": "省"}


_COMMITTING = re.compile(r"力争|确保|目标|今年|计划|预计")


def report_targets(text: str) -> list:
    """The targets a report sets, not the results it reviews: those from where its goals
    begin (主要预期目标…), or, when it names none, those in sentences that commit."""
    begin = text.find("预期目标")
    if begin >= 0:
        return [t for t in find_targets(text) if t.start >= begin]
    out = []
    for t in find_targets(text):
        s = max(text.rfind(ch, 0, t.start) for ch in "。！？\n") + 1
        e = min([i for i in (text.find(ch, t.end) for ch in "。！？\n") if i >= 0] or [len(text)])
        if _COMMITTING.search(text, s, e):
            out.append(t)
    return out


def _parse(kind: str):
    def parse(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
        return extract(doc, lexicon, kind)
    return parse


def extract(doc: SourceDocument, lexicon: Lexicon, kind: str, charged: bool = False) -> Extraction:
    """The document read as prose of its kind; `charged`: also the lines it gives each body, as news does."""
    view = doc.clean
    meta = report_meta.read(doc, lexicon, kind)
    out = _Builder()
    issues = [Issue(code, msg, doc.key, doc.line(view, at) if at else 0) for code, msg, at in meta.issues]

    head_ev = (doc.evidence(view, *meta.byline_span) if meta.byline_span
               else doc.evidence(doc.plain, *meta.title_span) if meta.title_span
               else doc.evidence(view, 0, min(len(view.text), 40), sentence=True))
    region = meta.place.key if meta.place else ""
    if meta.place:
        place_ev = doc.evidence(view, *meta.place_span, sentence=True) if meta.place_span else head_ev
        chain = meta.place.chain
        for key, name, level, parent in chain:
            out.entity(Entity(schema.REGION, key, name, (name,), {"level": level, "parent": parent}, (place_ev,)))
        for (ckey, *_), (pkey, *_) in zip(chain[1:], chain):
            out.relation(Relation(schema.PART_OF, (schema.REGION, ckey), (schema.REGION, pkey), {}, (place_ev,)))

    props = {k: v for k, v in (("year", meta.year), ("congress", meta.congress), ("speaker", meta.speaker),
                               ("speakerTitle", meta.speaker_title)) if v not in (None, "")}
    # The numbers the report commits to, each proved by its sentence.
    stated = report_targets(view.text)
    props["targets"] = [t.encode() for t in stated]
    target_ev = tuple(doc.evidence(view, t.start, t.end, sentence=True) for t in stated)
    out.entity(Entity(schema.DOCUMENT, doc.key, meta.title, (), props, (head_ev, *target_ev)))

    # Officials: the speaker of the by-line, then everyone the text names with a title or in a list.
    mentions: list[tuple[officials.Mention, Evidence]] = []
    if meta.speaker:
        s, e = meta.speaker_span or (0, 0)
        mentions.append((officials.Mention(meta.speaker, meta.speaker_titles, "", "", region, s, e, "speaker"), head_ev))
    places = {name: key for key, name, level, _ in (meta.place.chain if meta.place else []) if level == "town"}
    found = officials.find(view.text, lexicon, skip=meta.byline_span, places=places, home=region)
    for m, laid_out in official_rosters.merged(found.mentions, doc.plain.text):      # (and the rosters, spaces kept)
        mentions.append((m, doc.evidence(doc.plain if laid_out else view, m.start, m.end, sentence=True)))
    _leaders(out, mentions, meta, lexicon)
    names = portfolio_names(view.text, found.mentions)
    _duties(out, doc, view, names, region)
    _assigned(out, doc, view, names, region, lexicon)
    _charged(out, doc, view, region, lexicon, news=kind == "news", lines=kind == "news" or charged)
    for cand, why, at in found.rejected:
        ev = doc.evidence(view, at, at + len(cand), sentence=True)
        issues.append(Issue("prose.name-rejected", f"{cand!r} not taken as an official's name: {why}",
                            doc.key, doc.line(view, at), ev.text[:200]))
    if found.national:
        issues.append(Issue("prose.national-figure", "national leaders named in slogans and formulas, not recorded "
                            f"as local officials: {'、'.join(found.national)}", doc.key, 0))
    if not region:
        issues.append(Issue("prose.officials-unplaced", "no region for this document: officials are keyed by name alone", doc.key, 0))

    if initiatives is not None:
        ents, rels, more = initiatives.extract(doc, view, lexicon, region)
        for e in ents:
            out.entity(e)
            # The report or article names the initiative: proved by the sentences naming it.
            out.relation(Relation(schema.CONCERNS, (schema.DOCUMENT, doc.key), (e.label, e.key), {}, e.evidence))
        for r in rels:
            out.relation(r)
        issues.extend(more)

    if kind == "generic":
        # A document of no known kind still gives the responsibility annotations it carries.
        from loaders.kinds import division_plan
        plan = division_plan.annotated(doc, lexicon)
        for e in plan.entities:
            out.entity(e)
        for r in plan.relations:
            out.relation(r)
        issues.extend(plan.issues)
        # (and the bodies its measures' sentences name: 由X…)
        said = sentence_charges.add(Extraction(DocumentInfo(doc.key, doc.source, doc.sha256, doc.encoding, kind, region=region),
                                               tuple(out.entities.values()), tuple(out.relations.values()), ()), doc, lexicon)
        for e in said.entities:
            out.entity(e)
        for r in said.relations:
            out.relation(r)

    if kind == "generic":
        # Nothing annotated to read by, but a plan or a list of pledges all the same when its title says so.
        kind = kind_cues.told_kind(doc.plain.text) or kind
    info = DocumentInfo(doc.key, doc.source, doc.sha256, doc.encoding, kind, title=meta.title,
                        issuer=meta.issuer, number=meta.number, date=meta.date, region=region)
    return Extraction(info, tuple(out.entities.values()), tuple(out.relations.values()), tuple(issues))


def _leaders(out: _Builder, mentions: list, meta: report_meta.Meta, lexicon: Lexicon) -> None:
    """Leader nodes and one SERVES_IN per leader and region, its title the titles as stated."""
    serves: dict[tuple[str, str], dict] = {}
    for m, ev in mentions:
        region = _leader_region(m, meta, lexicon, out, ev)
        key = schema.leader_key(region, m.name)
        out.entity(Entity(schema.LEADER, key, m.name, (m.name,), {"region": region, "titles": list(m.titles)}, (ev,)))
        s = serves.setdefault((key, region), {"titles": [], "group": "", "evidence": []})
        s["titles"] = list(dict.fromkeys(s["titles"] + m.titles))
        s["group"] = s["group"] or m.group or (_group_title(region, meta, lexicon) if m.role == "attendee" else "")
        s["evidence"].append(ev)
    for (key, region), s in serves.items():
        if not region:
            continue
        title = schema.TITLE_SEPARATOR.join(s["titles"]) or s["group"]
        out.relation(Relation(schema.SERVES_IN, (schema.LEADER, key), (schema.REGION, region), {"title": title},
                              tuple(dict.fromkeys(s["evidence"]))))


def _duties(out: _Builder, doc: SourceDocument, view, names: set[str], region: str) -> None:
    """A division of work the text tells (副市长张三：负责…; …由李四副市长负责): each portfolio a Task
    its leader is responsible for, proved by the sentence."""
    leaders = {e.name: e.ref for e in out.entities.values() if e.label == schema.LEADER}
    for k, d in enumerate(portfolio.read(view.text, names), 1):
        ev = doc.evidence(view, min(d.who.start, d.task.start), max(d.who.end, d.task.end), sentence=True)
        task = _told_task(out, doc, f"duty-{k}", d.task.text, region, ev)
        who = _told_leader(out, leaders, d.who.text, region, doc.evidence(view, d.who.start, d.who.end, sentence=True))
        out.relation(Relation(schema.RESPONSIBLE_FOR, who, task, {"role": d.role}, (ev,)))


def _assigned(out: _Builder, doc: SourceDocument, view, names: set[str], region: str, lexicon: Lexicon) -> None:
    """Tasks a news text tells with their 牵头领导 / 主责单位 (推进X，牵头领导为副市长张三，主责单位为市住建局):
    each a Task, its leaders and units responsible in the role their label gives."""
    leaders = {e.name: e.ref for e in out.entities.values() if e.label == schema.LEADER}
    tasks: dict[tuple[int, int], tuple] = {}
    for a in portfolio.assignments(view.text, names) + meetings.taken_on(view.text, names) + meetings.linked(view.text, names):
        ev = doc.evidence(view, a.task.start, max(a.who.end, a.task.end), sentence=True)
        span = (a.task.start, a.task.end)
        if span not in tasks:
            tasks[span] = _told_task(out, doc, f"told-{len(tasks) + 1}", a.task.text, region, ev)
        who_ev = doc.evidence(view, a.who.start, a.who.end, sentence=True)
        if a.leader:
            who = _told_leader(out, leaders, a.who.text, region, who_ev)
        else:
            who = out.entity(sentence_charges.told_unit(a.who.text, region, lexicon, who_ev))
        out.relation(Relation(schema.RESPONSIBLE_FOR, who, tasks[span], {"role": a.role}, (ev,)))


def _charged(out: _Builder, doc: SourceDocument, view, region: str, lexicon: Lexicon, news: bool, lines: bool) -> None:
    """Units a meeting charges in its sentences (县交通部门要…; X牵头，Y配合，…) and a report's lines per body
    (邓李乡：任务量…), with a target's shares, items named with their body, bodies' lines of items, projects handed over
    and lagging bodies told what to do, and in a report the bodies its numbered items tell doing their work: each a Task, each unit responsible for it in the role the sentence gives, proved by the
    sentence, and a notice's requests to the bodies it addresses (鲁沙尔镇、…康川街道办事处：… 请各乡镇…).
    (A report's closing requirements to all, 县发改委要…, are its own, not the work it reports: news only; but the bodies
    a report names as lagging are told what they must do, 甲镇完成率低，需加快进度: `charges.lagging`, read in reports too.)"""
    told = {(e.props["text"]) for e in out.entities.values() if e.label == schema.TASK}
    in_view = [(view, units, task, True) for units, task in
               (joint_work.together(view.text, charges.charged(view.text) + intents.will_do(view.text)
                                  + meetings.told(view.text)) if news else [])
               + (charges.unit_lines(view.text) + charges.shares(view.text) + charges.answered_for(view.text)
                  + charges.body_items(view.text) + charges.handed_over(view.text) + handed_matters.handed(view.text)
                  + charges.lagging(view.text) + (acting_bodies.in_items(view.text) if not news else [])
                  if lines else [])]
    # (a salutation stands on a line of its own: read in the text as its lines are, proved by the request alone)
    in_lines = [(doc.plain, units, task, False) for units, task in charges.addressed(doc.plain.text)]
    for k, (v, units, task, with_who) in enumerate(in_view + in_lines, 1):
        text = one_line(task.text)
        if text in told:
            continue        # (told already with its 牵头领导 / 主责单位)
        ev = doc.evidence(v, min(u.name.start for u in units) if with_who else task.start, task.end, sentence=True)
        ref = _told_task(out, doc, f"charged-{k}", task.text, region, ev)
        for u in units:
            who = out.entity(sentence_charges.told_unit(u.name.text, region, lexicon,
                                                        doc.evidence(v, u.name.start, u.name.end, sentence=True)))
            out.relation(Relation(schema.RESPONSIBLE_FOR, who, ref, {"role": u.role}, (ev,)))


def _told_task(out: _Builder, doc: SourceDocument, seq: str, written: str, region: str, ev: Evidence) -> tuple[str, str]:
    """A task the text tells in its sentences, part of the document."""
    task, part = sentence_charges.told_task(doc, seq, written, region, ev)
    ref = out.entity(task)
    out.relation(part)
    return ref


def _told_leader(out: _Builder, leaders: dict, name: str, region: str, ev: Evidence) -> tuple[str, str]:
    """The leader a told task names: the official read already, else one of this region."""
    if name not in leaders:
        leaders[name] = out.entity(Entity(schema.LEADER, schema.leader_key(region, name), name, (name,),
                                          {"region": region, "titles": []}, (ev,)))
    return leaders[name]


def _leader_region(m: officials.Mention, meta: report_meta.Meta, lexicon: Lexicon, out: _Builder, ev: Evidence) -> str:
    """The region a title belongs to: named before it, else the document's region or the
    ancestor of the level the title names (市委书记 in a town's report is the city's)."""
    if m.region:
        if m.region in lexicon.regions:
            path = lexicon.region_path(m.region)
            for r in path:
                out.entity(Entity(schema.REGION, r.key, r.name, (r.name,), {"level": r.level, "parent": r.parent}, (ev,)))
            for child, parent in zip(path[1:], path):
                out.relation(Relation(schema.PART_OF, (schema.REGION, child.key), (schema.REGION, parent.key), {}, (ev,)))
        return m.region
    if not meta.place:
        return ""
    if m.unplaced_in(meta.place.key):
        return ""
    for key, _name, level, _parent in reversed(meta.place.chain):
        if level in _COMPAT.get(m.level, ()):
            return key
    return meta.place.key


def _group_title(region: str, meta: report_meta.Meta, lexicon: Lexicon) -> str:
    """Who an attendee list without titles is: 市领导 in a city's article, 县领导 in a county's…"""
    info = lexicon.regions.get(region)
    if info:
        return _LEVEL_CHAR.get(info.level, "") + "领导" if info.level in _LEVEL_CHAR else ""
    return (region[-1] + "领导") if region.endswith(("镇", "乡")) else ""



# A document read for what prose gives (title, places, officials, initiatives, annotations), for a
# kind of its own that has nothing else to read (a progress report naming no unit per project).
parse_generic = _parse("generic")
# (a progress report that names no unit per numbered item: read as prose, with what prose tells of its bodies)
def parse_progress(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    return extract(doc, lexicon, "generic", charged=True)

# The kinds this module reads, for the registry (loaders/registry.py).
LOADERS = (
    Loader("work_report", "政府工作报告 (prose)", score_report, _parse("work_report")),
    Loader("news", "news article (prose)", score_news, _parse("news")),
    # any other text (a notice, a policy, a page of no kind kg knows): scored 0, chosen only when nothing else is
    Loader("generic", "a document of no known kind (prose: officials, regions, initiatives)", lambda text: 0.0,
                _parse("generic")),
)
