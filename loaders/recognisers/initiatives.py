"""Initiatives in prose: Projects and Strategies, their aliases and PART_OF links.

Candidates come from two sources:
- the lexicon `data/initiatives.tsv` (national and provincial strategies and flagship
  zones, with aliases and PART_OF): general knowledge, matched wherever it is written;
- patterns (loaders/recognisers/initiative_patterns.py): names ending in a suffix that heads
  initiative names, quoted names, numbered campaigns and city programmes.
Candidates are filtered hard, because a graph full of junk projects is worse than a
small clean one; every rejected candidate becomes an Issue (code `initiative.*`, the checks
and their codes in loaders/recognisers/initiative_checks.py) with its text, so it reaches the reject
log and a user can promote it into the lexicon. The PART_OF links among the initiatives
found are drawn by loaders/recognisers/initiative_links.py.

Keys (the design's "canonical name, region-qualified when local"):
- a lexicon entry: its canonical name, unqualified (national or provincial: one node
  for every document that cites it), e.g. `新旧动能转换起步区`, `乡村振兴`;
- anything the patterns find is local: `<region key>/<canonical>`, with the document's
  region, e.g. `山东省/济南市/中科院济南科创城`, `山东省/青岛市/15个攻势`. Two cities'
  人才强市战略 are two strategies; one region's name in two documents is one node;
- a city programme names its place, and takes that place's key even when another
  document cites it: 平安济南 in the 历城区 report is `山东省/济南市/平安济南`.
Canonical names are the fullest form seen, enclosing quotes removed (“五个济南” → 五个济南);
a company metonym gets 项目 (惠科 → 惠科项目); an elided route its head (济郑 → 济郑高铁).
Projects carry `region` (the lexicon's for known ones: 上合示范区 is in 青岛 wherever cited).

A known strategy's name that qualifies the noun after it (脱贫攻坚成果, 新型城镇化的发展要求, 105个乡村振兴
齐鲁样板村) is not a mention of the strategy; a later mention may still be.

Surface forms: a quote opening before a known name stays with it when the name closes it inside
(“放管服”改革, as written). Aliases are only forms the text writes: a local project named without
its place is still one node per region, because its key is region-qualified.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from graph import schema
from graph.model import Entity, Issue, Relation
from loaders.recognisers.gazetteer import NATION
from loaders.recognisers.initiative_codes import CODE_QUOTED
from loaders.recognisers.initiative_checks import CONTINUED_HEADS, FACILITY_WORKS, REASONS, judge
from loaders.recognisers.initiative_lexicon import EACH_PROVINCE, compact, jieba_userdict, norm, state, write_jieba_userdict
from loaders.recognisers.initiative_links import part_of_relations
from loaders.recognisers.initiative_patterns import candidates, places_of
from loaders.recognisers.initiative_pilot_runs import runs_pilot
from loaders.recognisers.initiative_regional import shared_designation_candidates
from loaders.recognisers.initiative_words import CONTAINED_HEADS, COUNT, Candidate, PHASE, SUFFIX_RE, SUFFIXES, free_start, head_of, pursued_by, strong_province_name, verb_start
from loaders.recognisers.lexicon import Lexicon
from loaders.reading.source import SourceDocument
from loaders.reading.text import NormalText

__all__ = ["extract", "jieba_userdict", "write_jieba_userdict", "norm", "state"]
PROJECT, STRATEGY = schema.PROJECT, schema.STRATEGY
_QUOTES = "“”\"‘’「」"


# ---------------------------------------------------------------- extraction

@dataclass
class _Mention:
    start: int                  # compact offsets
    end: int
    surface: str                # as written, enclosing quotes removed
    name: str                   # canonical (lexicon) or the surface
    type: str
    known: bool = False
    region: str = ""            # key qualifier for local names ("" = lexicon entry, but one each province names its own)


_NEW_ROUND = "新一轮"
_MAIN_WORKS = "主体工程"
# (the topics of meetings listed before them are fields too: 在“中国制造2025”和全省脱贫攻坚、…等26个会议上作经验交流)
_FIELD_LIST = re.compile(r"”?(?:[、和][^，。；：、]{1,12})*等(?:(?:重点|关键|新兴)?(?:领域|方面)(?!改革|试点)"
                         r"|(?:(?:\d+|[一二两三四五六七八九十]+)个)?(?:会议|现场会|座谈会|论坛))")
# A list closed as places (建设庆阳至京津冀、长三角、粤港澳等地区网络直连链路; 京津冀、长三角、粤港澳大湾区等经济发展优势地区),
# or as the partners of cooperation or the sources of investment (深化与长三角、京津冀等重点地区合作, …等务实合作, 加大京津冀、
# 长三角、粤港澳大湾区等招商引资力度): every item a region named as a place, not its strategy (…等战略对接 and …等重大战略合作
# join the strategies).
_PLACES_LIST = re.compile(r"”?(?:[、和][^，。；：、]{1,12})*等(?:\d+个|[一二两三四五六七八九十]+个)?"
                          r"(?:[^，。；：、]{0,8}?(?:地区|区域|省份|省市|城市群)|(?:(?!战略)[^，。；：、]){0,4}?(?:招商|合作))")

_ROLE_NAMED = re.compile(r"”?的?(?:战略|目标|功能|发展|城市)?定位")
# A place's strategic role, written as 战略 and the role (国内国际双循环战略链接作用, …战略交汇点, 战略支点): no strategy.
_STRATEGIC_ROLE = re.compile(r"(?:链接|交汇点|支点|腹地|节点|要地|门户|枢纽|高地|屏障|纵深)")
# A list closed as honours or titles (…、“全国科普示范区”、…等一系列国家级荣誉): every item a title the place won.
_HONOURS_AFTER = re.compile(r"”?(?:、[^，。；：、]{2,24})*等(?:一系列|多项|\d+项|[一二三四五六七八九十]+项)?[^，。；：、]{0,6}(?:荣誉|称号)")

# A leader's speech or instructions on a topic (总书记关于…的重要讲话, 对东北振兴和龙江发展的重要指示): what they are about.
_SPEECH_ABOUT = re.compile(r"(?:关于|对)(?:深入推进|推动|推进|加快)?$")
_SPEECH_AFTER = re.compile(r"”?(?:[和、及与][^，。；：、]{1,12}?)*的?(?:系列)?重要(?:讲话|指示|论述|批示|要求)")

# A region's strategy named between 打造 and a role (…重要增长极, …核心城市, …基地) says where the place means to stand.
_ASPIRE_BEFORE = re.compile(r"(?:打造|打造成|建成|建设成为|成为|争当|争做)$")
_ROLE_AFTER = re.compile(r"[^，。；、：“”]{0,12}?(?:增长极|基地|中心|城市|高地|枢纽|门户|样板|示范区|先行区|引领区|核心区|桥头堡|排头兵|节点)")

_HEADED_WORKS = ("工程", "计划", "行动")
_TAILS = "重大国家战略|国家战略|重大战略|战略|倡议|一体化发展|一体化|建设|重大工程"
# A reform named after a known programme (“高效办成一件事”改革, …综合改革): its reform, unless a pilot or zone goes on
# (…改革试点, …改革示范区, …改革先行区: a longer name, judged on its own).
_REFORM_TAIL = "(?:综合)?改革"
_VERSION = r"\d\.0版"      # 零基预算改革2.0版, 中国—东盟自贸区3.0版: the programme's new round, written with it (12 times in 9 reports)
_KNOWN_TAIL = re.compile(rf"”?(?:{_TAILS}|{_REFORM_TAIL}(?![试示先])|{_VERSION})")


# What follows a name and is still about the same thing: its project, works or phase (…交易中心项目, …中心二期, …小学主体工程).
_OWN_WORKS = re.compile(rf"(?:{PHASE.pattern}|新建|扩建|改扩建|扩容)*(?:主体)?(?:项目|工程)?")


def _strip_quotes(s: str) -> str:
    """Enclosing quotation marks go (“五个济南” → 五个济南); quotes inside a name stay."""
    s = s.strip()
    if len(s) > 2 and s[0] in "“\"" and s[-1] in "”\"" and not any(q in s[1:-1] for q in _QUOTES):
        return s[1:-1]
    if s[:1] in "“" and "”" not in s:
        s = s[1:]
    if s[-1:] in "”" and "“" not in s:
        s = s[:-1]
    return s


_ENTRY_MARKS = set("▲△●○■□◆◇★☆►▶•※")


# After 等 in a list, the words are the kind of the items listed (…、同热三期等新一代煤电试点项目); a count after 等 names
# the bundle the items are examples of (实施…、…等“十大工程”).
_KIND_OF_LIST = re.compile(r"[、和及][^，。；：、“”]{2,24}等(?:\d+个|[一二两三四五六七八九十]+[个项]|一批|多个)?[\u4e00-\u9fff]{0,4}$")
_COUNT_START = re.compile(r"“?(?:\d+|[一二两三四五六七八九十]+)[个项大]")
# A page's field naming who posted it, right before a name (来源:…, 发布机构：…).
_SOURCE_FIELD = re.compile(r"(?:来源|信息来源|发布机构|发布单位|来源单位)\s*[:：]\s*$")
# A count right after a project's name (…项目9个, …试点3处): the name is a kind of works, counted.
_COUNTED_AFTER = re.compile(r"\s*(?:\d+|[一二两三四五六七八九十百]+)(?:个|处|项|座|所)(?=[，,。；;、）)\s]|$)")


def extract(doc: SourceDocument, view: NormalText, lexicon: Lexicon, region: str) -> tuple[list[Entity], list[Relation], list[Issue]]:
    """Projects and Strategies named in `view` (a view of `doc`; doc.clean for prose)."""
    st = state(lexicon)
    il = st.il
    text, idx = compact(view)
    mentions: list[_Mention] = []
    rejects: dict[tuple[str, str], int] = {}        # (code, candidate) → first compact offset

    def reject(code: str, name: str, pos: int) -> None:
        rejects.setdefault((code, name), pos)

    # 1. The lexicon: known names wherever written, with their written tails as aliases.
    known_spans: list[tuple[int, int]] = []
    if st.matcher is not None:
        for m in st.matcher.finditer(text):
            canonical = il.surface[norm(m.group())]
            end = m.end()
            tail = _KNOWN_TAIL.match(text, end)
            if tail and tail.group() == "建设" and norm(m.group()).endswith(_HEADED_WORKS):
                tail = None     # “三北”工程|建设: building a programme's works is the programme, named without it
            if tail:
                end = tail.end()
            qs = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "“" and "”" in text[m.start():end] else m.start()
            surface = _strip_quotes(text[qs:end])      # “放管服”改革: an opening quote before the match is the name's
            short_form = norm(m.group()) != norm(canonical)
            if (len(norm(m.group())) <= 3 or short_form) and not free_start(text, m.start(), st):
                continue        # 起步区 inside 东部起步区, 中部崛起 after 成渝: a short form after a name is someone else's
            k = il.known[canonical]
            if k.type == STRATEGY and k.region not in ("", EACH_PROVINCE) and region and region != NATION \
                    and not region.startswith(k.region):
                continue        # 新旧动能转换 is 山东's programme; elsewhere (…任务艰巨) it is the economy's shift, said of any place
            if short_form and len(norm(m.group())) <= 3 and k.type == PROJECT and k.region and region and not (
                    region.startswith(k.region) or k.region.startswith(region)):
                continue        # 起步区 in a 海拉尔 report is its own zone's, not 济南's 新旧动能转换起步区: a bare short form is local
            if _inside_quote(text, m.start()):
                continue        # 乡村人才“百千万”工程 is not 千万工程: a known name starting inside a quote is part of the quoted name
            if text[m.start() - 1:m.start()] == "“" and _QUOTE_GOES_ON.match(text, m.end()):
                continue        # “人工智能+养老”体验馆: a known name opening a longer quoted phrase is part of that phrase
            after = SUFFIX_RE.match(text, end + (text[end:end + 1] == "”"))
            if not tail and after and after.group() != "项目" and il.known[canonical].type == STRATEGY:
                continue        # 全域旅游示范区, 交通强国样板城市, “双招双引”攻势: a longer name, judged on its own
            if text.startswith("”", end) and _QUOTED_GOES_ON.match(text, end + 1) and not text.startswith(tuple(_QUOTED_OWN), end + 1):
                continue        # “一带一路”联合实验室, “一带一路”国际技术转移中心: the quoted name qualifies a longer one
            named = bool(tail) and tail.group().endswith("战略") and text.startswith("的", end)
            listed = qs > 0 and text[qs - 1] == "、" and bool(known_spans) and known_spans[-1][1] == qs - 1
            if il.known[canonical].type == STRATEGY and (_modifies(text, end, st, qs) and not named and not listed
                                                         or COUNT.search(text, max(0, qs - 4), qs)):
                continue        # 脱贫攻坚成果, 文化强省建设先进县, 105个乡村振兴齐鲁样板村: it qualifies something else
                                # (实施西部大开发战略的机遇: called a strategy, it is the strategy whose chance it is)
                                # (巩固退耕还林、退牧还草成果: the last of a list of known ones is named as the first is)
            if il.known[canonical].type == STRATEGY and _ASPIRE_BEFORE.search(text, max(0, qs - 6), qs) \
                    and _ROLE_AFTER.match(text, end):
                continue        # 打造粤港澳大湾区重要增长极, 打造长三角有竞争力的…基地: the region places the role aimed at
            if _SPEECH_ABOUT.search(text, max(0, qs - 8), qs) and _SPEECH_AFTER.match(text, end):
                continue        # 总书记关于东北全面振兴和吉林工作的重要指示: the topic of a leader's words, not the strategy pursued
            if _FIELD_LIST.match(text, end):
                continue        # 聚焦新质生产力、新型城镇化…等重点领域: an item of a list of fields or topics, not the strategy pursued
            if il.known[canonical].type == STRATEGY and _PLACES_LIST.match(text, end):
                continue        # 至京津冀、长三角、粤港澳等地区: the regions as places a link reaches, not their strategies
            known_spans.append((m.start(), end))
            own = region.split("/")[0] if k.region == EACH_PROVINCE and region != NATION else ""
            mentions.append(_Mention(m.start(), end, surface, canonical, k.type, known=True, region=own))   # (双招双引: 江西's)

    # 2. Patterns. Every candidate is judged first: one inside a kept candidate may be part of it.
    cands = candidates(text, st, places_of(region, lexicon))
    for c in cands:
        while c.name[:1] in _ENTRY_MARKS and len(c.name) > 1:
            c.start, c.name = c.start + 1, c.name[1:]     # ▲长乐机场…: an entry's mark opens no name
            c.full = c.full[1:] if c.full and c.full[:1] in _ENTRY_MARKS else c.full
        c.run = runs_pilot(text, c) and norm(c.name[:-2]) not in il.surface    # 扩大跨境电子商务试点。: a pilot run by name
        c.reason = c.reason or judge(c, norm(c.full or c.name), il)
    kept = [c for c in cands if not c.reason]
    known_ends = {e: s for s, e in known_spans}
    accepted: list = []
    for c in cands:
        n = norm(c.name)
        head = head_of(n)
        if n in il.surface or known_ends.get(c.end, -1) >= c.start:
            continue            # the lexicon's name (紧扣乡村振兴战略: with a verb before it): found above
        if head in ("行动", "工程") and re.sub(r"(?:重大国家战略|国家战略|重大战略|战略)$", "", n[: len(n) - len(head)]) in il.surface \
                and any(s <= c.start < e for s, e in known_spans):
            continue            # 黄河流域生态保护和高质量发展国家战略行动: the strategy itself, found by the lexicon
        if not c.reason and _SOURCE_FIELD.search(text, max(0, c.start - 8), c.start):
            c.reason = "title"      # 来源：绿盾南康企业服务中心: a page's source field names who posted it
        if c.type == PROJECT and not c.reason and _COUNTED_AFTER.match(text, c.end):
            c.reason = "generic"    # 实施制造业“智改数转”项目9个: a kind counted, not one project
        if not c.reason and (_ROLE_NAMED.match(text, c.end) or c.name.endswith("战略") and _STRATEGIC_ROLE.match(text, c.end)):
            c.reason = "positioning"    # 紧紧围绕“一枢纽四中心”发展定位: the role the place sets itself, not a work or programme
        if c.type == PROJECT and not c.reason and _HONOURS_AFTER.match(text, c.end):
            c.reason = "designation"    # 荣获…、“全国科普示范区”、…等一系列国家级荣誉: a list of titles won
        if not c.reason and not c.counted and not _COUNT_START.match(c.name) and _KIND_OF_LIST.search(text, max(0, c.start - 40), c.start):
            c.reason = "generic"    # 加快国电湖东、同热三期等新一代煤电试点项目建设: after 等, the kind of the items listed
        if c.listed and not c.reason and lexicon.candidates(_strip_quotes(c.name)):
            c.reason = "place"      # 建成道孚、新龙、色达等5个…光伏项目: a list item that is only a region's name places a project
        if c.reason:
            reject(c.reason, n, c.start)
            continue
        if (c.region or c.suffix in CONTAINED_HEADS) and any(
                o is not c and o.start <= c.start and c.end <= o.end and "、" not in o.name for o in kept):
            continue            # 平安青岛 in “平安青岛”建设攻势, 东湖水库 in 东湖水库扩容增效工程 (not 赣江新区 in a slogan's
            #                     phrase: “对接赣江新区、强力决战工业…”战略 lists what it takes up)
        if any(o is not c and o.start <= c.start and c.end < o.end and o.type == STRATEGY
               and SUFFIXES.get(text[c.end:o.end]) == STRATEGY for o in kept):
            continue            # 城市更新重点工程 in 城市更新重点工程三年行动: a programme's head follows, the name goes on
        if c.type == PROJECT and c.suffix in CONTINUED_HEADS and any(
                o is not c and o.start == c.start and o.end > c.end + 1 and o.type == PROJECT
                and not _OWN_WORKS.fullmatch(text, c.end, o.end) for o in kept):
            reject("inside-name", n, c.start)
            continue            # 董家货运中心 in 董家货运中心多式联运综合物流枢纽: it qualifies the longer name
        surface = _strip_quotes(c.name)
        if c.type == STRATEGY and text.endswith(_NEW_ROUND, 0, c.start) and not c.full:
            surface = _NEW_ROUND + surface      # 实施新一轮|促农增收行动: the round is written with the name (an alias; not the key)
        name = c.full or (surface + "项目" if c.listed and not surface.endswith(("项目", "路", "大道")) else surface)   # (琴湖大道: a road)
        if name.startswith(_NEW_ROUND) and len(name) > len(_NEW_ROUND) + 3:
            name = name[len(_NEW_ROUND):]      # 新一轮找矿突破战略行动: the programme is 找矿突破战略行动
        works = FACILITY_WORKS.fullmatch(norm(name)) if c.type == PROJECT and not c.full else None
        if works:
            name = works.group(1)   # 淄博至莱芜高铁项目, 胜坨中学新建项目, 京沪高速扩容: the facility, the form an alias
        elif c.type == PROJECT and not c.full and name.endswith(_MAIN_WORKS) and SUFFIXES.get(head_of(name[:-len(_MAIN_WORKS)])) == PROJECT:
            name = name[:-len(_MAIN_WORKS)]     # 十八梯传统风貌区主体工程: the main works build the place itself
        # (a province's sector strategy, 人才强省 or 人才强省战略, is one, the province's, in its cities' reports too)
        strong = strong_province_name(name)
        name = strong or name
        owner = region.split("/")[0] if strong and region and region != NATION else region
        national = il.surface.get(norm("国家" + name)) if region == NATION else None
        if national:        # 实施知识产权战略 in the State Council's report is the nation's, the lexicon's 国家知识产权战略
            mentions.append(_Mention(c.start, c.end, surface, national, il.known[national].type, known=True))
        else:
            mentions.append(_Mention(c.start, c.end, surface, name, c.type, region=c.region or owner))
        accepted.append(c)
        if c.type == PROJECT and text.startswith("项目", c.end) and not surface.endswith("项目"):
            # 香港豪德商贸城|项目前期: the form written with 项目 is the same project's name too
            mentions.append(_Mention(c.start, c.end + 2, surface + "项目", name, c.type, region=c.region or region))
    # 祁连山、|若尔盖国家公园: each place has its own; so in 长城、长征、|黄河国家文化公园, where the last is the lexicon's
    known_works = [Candidate(m.start, m.start + len(m.name), m.name, PROJECT) for m in mentions     # (its name, not its tail)
                   if m.known and m.type == PROJECT and text.startswith(m.name, m.start)
                   and not any(c.start <= m.start and m.end < c.end for c in accepted)]     # (…国家文化公园江苏段: the longer)
    for c in shared_designation_candidates(text, accepted + known_works, st, il.surface):
        canonical = il.surface.get(norm(c.full))
        mentions.append(_Mention(c.start, c.end, c.full, canonical or c.full, PROJECT, known=bool(canonical),
                                 region="" if canonical else region))
    # A known name inside a longer kept name that goes on after it (长三角引才工作站, “一带一路”国际技术转移中心,
    # 中欧班列集结中心) qualifies that name: it is not a mention of its own.
    # A slogan of listed phrases (“对接赣江新区、强力决战工业…”战略) names each thing its phrases take up: those stay mentions.
    longer = [(m.start, m.end) for m in mentions if not m.known and "、" not in m.surface]
    mentions = [m for m in mentions if not m.known or not any(s <= m.start and m.end < e for s, e in longer)]
    # Short forms of a longer name seen in the same document (科创城 → 中科院济南科创城).
    mentions = _resolve_short(mentions)

    entities, refs = _entities(doc, view, idx, mentions, il, lexicon)
    relations = part_of_relations(doc, view, text, idx, mentions, refs, il)
    issues = [
        Issue(f"initiative.{code}", f"not an initiative ({REASONS.get(code, code)}): {name}", doc.key,
              doc.line(view, idx[pos]), name)
        for (code, name), pos in sorted(rejects.items(), key=lambda kv: kv[1])
    ]
    return entities, relations, issues


# A quoted name followed, before any punctuation, by more words and a head (“一带一路”联合实验室).
_QUOTED_GOES_ON = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{SUFFIX_RE.pattern})")


_QUOTE_GOES_ON = re.compile(r"[\u4e00-\u9fff]{1,8}”")


def _inside_quote(text: str, pos: int) -> bool:
    """Whether pos lies inside a short quoted phrase, after its first character (“百千万”: 千万 starts inside it)."""
    q = text.rfind("“", max(0, pos - 10), pos)
    if q < 0 or q == pos - 1 or "”" in text[q:pos]:
        return False
    close = text.find("”", pos)
    if text[pos - 1] == "、" and close >= 0 and re.match(r"[一二两三四五六七八九十]+[大项个]", text[close + 1:close + 4]):
        return False        # “冬奥会筹办、脱贫攻坚、…”三大历史任务: an item of a quoted list counted after it opens after its comma
    return close >= 0 and not re.search(r"[。；！？\n]", text[pos:close])


def _modifies(text: str, end: int, st, start: int = -1) -> bool:
    """Whether a strategy's name ending at `end` qualifies the noun after it (脱贫攻坚|任务, 新型城镇化|的发展要求,
    全域旅游|集散中心, 齐鲁样板|村) rather than naming the strategy as pursued."""
    if _OPPORTUNITY.match(text, end):
        return False        # 抢抓京津冀协同发展历史性窗口期, …建设重大历史机遇: the strategy is cited as the chance it brings
    if text.startswith("的", end):
        return True
    quoted = text.startswith("”", end)
    if quoted:
        end += 1            # “一带一路”国际技术转移中心: the quote closes the name, the noun after it is what it qualifies
    nxt = st.tag(text[end:end + 6])
    if not nxt:
        return False
    w, f = nxt[0]
    if (quoted or text.startswith("”建设", end - 3)) and w in _QUOTED_OWN:
        return False        # “千万工程”经验, “两重”项目, “两新”政策, “两新”补贴: the quoted programme's own experience, projects, policy, money
                            # (“四好农村路”建设经验 too: the experience of building it)
    if w == "方面" and _IN_RESPECT.search(text, max(0, end - 24), end):
        return False        # 在坚定不移实施扩大内需战略方面: 在…方面 frames the work on the strategy, it qualifies nothing
    if (pursued_by(nxt) and not _TOO_SLOW.match(text, end) or w == "高质量" and _GROWS.match(text, end + 3)) \
            and start >= 0 and verb_start(text, start, st):
        return False        # 零基预算改革全面实施, 提高新型城镇化质量, 共建“一带一路”高质量发展: the strategy pursued, not a qualifier
                            # (where its name starts: 辽浑太山水工程基本完工 is a longer name)
    return (f.startswith("n") and f != "nr" or f == "zg" or (f == "vn" and w in ("工作", "活动"))) and w not in _NAME_NOUNS


# Nouns after a strategy's name that still name it (完成脱贫攻坚任务: the campaign is done; 乡村振兴战略 is a tail;
# 落实主体功能区战略实施方案, 出台国企改革三年行动方案: the plan carries the strategy out; 完成污染防治攻坚战阶段性目标: the
# campaign's stage is its own; 优化消费品以旧换新政策: the programme's own terms;
# 加快推进新型城镇化进程: the strategy's own course; …转换步伐不快 is said of a pace, a weakness).
_NAME_NOUNS = frozenset("战略 倡议 行动 工程 攻坚战 保卫战 持久战 体系 任务 实施方案 方案 阶段性 政策 进程".split())
# Words of a strategy's pursuit after its name: initiative_words.PURSUIT_WORDS; 高质量 only as 高质量发展 ending the clause,
# and only where the name starts (after a verb or a clause mark).
_GROWS = re.compile(r"发展(?=[，。；、,;]|$)")
_TOO_SLOW = re.compile(r"步伐(?:还|仍|依然)?(?:不|较慢|偏慢)")     # 新旧动能转换步伐不快: a weakness told, not the strategy pursued
# 在 and a verb of pursuing opening the phrase a name ends (在实施…方面, 在积极参与…建设方面), with no clause end between.
_IN_RESPECT = re.compile(r"在[^，。；：,;]{0,6}(?:实施|推进|推动|参与|落实|融入|服务)[^，。；：,;在]*$")
_OPPORTUNITY = re.compile(r"”?(?:建设|发展)?的?(?:重大|重要|历史性|历史|战略|难得|政策)*(?:机遇|窗口期)")
_QUOTED_OWN = frozenset("经验 项目 政策 资金 补贴 补助 工作".split())     # (“两新”补贴: the programme's own money)



_CROSS_REGIONAL = ("巴蜀", "成渝", "川渝", "京津冀", "长三角", "珠三角", "粤港澳", "大湾区", "长江", "黄河", "珠江", "淮河",
                   "秦岭", "环渤海", "沿黄", "一带一路", "丝路", "东北亚", "几字弯", "北部湾", "海峡两岸", "东盟", "中欧",
                   "中亚", "上合", "中日韩", "中非", "中阿", "西部陆海新通道")


# A street (…路, …大道, …大街, and its sections): it lies where the document that builds it is.
_STREET = re.compile(r"(?:路|大道|大街|街)(?:[东南西北中]延(?:段|线)?|延长线|延伸段|[东南西北中]段|[一二三四五六七八九十\d]期)?$")


def owner_region(name: str, cited_in: str, lexicon: Lexicon) -> str:
    """The region an initiative found by the patterns belongs to ("" = keyed once, unqualified).

    A name that opens with one region's name (郑州都市圈, 济南科创城) is that region's, whichever
    document cites it; one named after an area that spans regions (黄河“几字弯”攻坚战, 成渝中线高铁)
    or after two regions (湘琼…产业园) is keyed once; 国务院's documents key theirs once; any
    other name (文化强省, 15个攻势) is the citing document's region's own, and so is a street named after a place."""
    if not cited_in or cited_in == NATION:
        return ""
    if _STREET.search(name):
        return cited_in     # 汉中路, 淮河路 in a 六安 report: streets are named after places everywhere; the street is the city's own
    if any(w in name for w in _CROSS_REGIONAL):
        return ""
    found: list[str] = []
    i = 0
    while i < len(name) and len(found) < 3:
        for n in range(min(len(name) - i, 12), 1, -1):
            cands = lexicon.candidates(name[i:i + n])
            # A county's short name is often a word (东方红 is not 东方市): short names count for
            # provinces and prefectures, full names for any level.
            if not lexicon.is_full_name(name[i:i + n]):
                cands = [c for c in cands if c.level in ("province", "city")]
            if cands:
                info = cands[0] if len(cands) == 1 else lexicon.settle(name[i:i + n], [cited_in, cited_in.split("/")[0]])[0]
                found.append(info.key if info else "?")
                i += n
                break
        else:
            break       # places open a name: the first word that is not one ends them
    keys = [k for k in found if k != "?"]
    if len(keys) >= 2 and not all(keys[-1].startswith(k + "/") or k == keys[-1] for k in keys[:-1]):
        return ""       # two regions, not a region and its parent (湘琼…, 济南历城…)
    if keys and "?" not in found:
        return keys[-1]
    return cited_in



def _resolve_short(mentions: list[_Mention]) -> list[_Mention]:
    """A name that is the tail of exactly one longer name in the document is that name's alias."""
    longer = sorted({(norm(m.name), m.name) for m in mentions}, key=lambda x: -len(x[0]))
    out = []
    by_norm = {norm(m.name): m for m in mentions}
    for m in mentions:
        n = norm(m.surface)
        base = by_norm.get(n[:-2]) if n.endswith("项目") else None
        if base is not None and not m.known:
            m = _Mention(m.start, m.end, m.surface, base.name, base.type, base.known, base.region)   # X项目 = X
        elif not m.known and len(n) >= 3:
            owners = {name for ln, name in longer if len(ln) > len(n) and ln.endswith(n)}
            if len(owners) == 1:
                owner = owners.pop()
                ref = next(x for x in mentions if x.name == owner)
                m = _Mention(m.start, m.end, m.surface, owner, ref.type, ref.known, ref.region)
        out.append(m)
    return out


def _quoted_short(name: str) -> list[str]:
    """The quoted name of a programme written after its field (生物经济“双百工程”, 企业挂牌上市“玉如意计划”,
    集体经济“消薄培强”行动): the part from the quote on, which is how other sentences cite it; and the quoted name
    of one written before its head (“两部六区”发展战略): the quote alone."""
    if re.fullmatch(r"(?:“[^“”]+”、)+“[^“”]+”", name):
        return re.findall(r"“([^“”]+)”", name)     # “扫黄”、“打非”(斗争): one campaign, cited by either word
    q = name.find("“")
    if q == 0 and name.count("“") == 1 and (re.search(r"”(?:发展)?(?:战略|工程|行动|计划|活动|攻坚战)$", name) or CODE_QUOTED.match(name)):
        short = name[1:name.index("”")]     # “两部六区”发展战略, “项目落地年”活动, “1310”具体部署: cited by the quote alone
        return [short] if len(norm(short)) >= 3 else []
    if q <= 0 or name.count("“") != 1 or name.endswith("”") and len(name) - q <= 4:
        return []
    short = name[q:]
    if short.endswith("”"):
        short = short[1:-1]
    return [short] if len(norm(short)) >= 3 else []


_TAIL_END = re.compile(rf"(?:{_TAILS}|{_REFORM_TAIL}|{_VERSION})$")   # _KNOWN_TAIL, at the end


def _before_tail(surface: str, il) -> list[str]:
    """“三北”工程建设, 城市基础设施生命线安全工程建设: a known name written with a tail (建设, 战略…) is also named as written
    before it, the form a reader writes (the tail is the work on it or its kind)."""
    bare = _strip_quotes(_TAIL_END.sub("", surface))
    return [bare] if bare != surface and norm(bare) in il.surface else []


def _entities(doc, view, idx, mentions, il, lexicon):
    """One entity per canonical name, with every surface form seen and every sentence as evidence."""
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name].append(m)
    entities: list[Entity] = []
    refs: dict[str, tuple[str, str]] = {}
    for name, ms in by_name.items():
        first = ms[0]
        if first.known:
            k = il.known[name]
            key, label, props = name, k.type, ({"region": k.region} if k.type == PROJECT else {})
            key = f"{first.region}/{name}" if first.region else key     # a strategy each province names its own
        else:
            label = first.type
            owner = owner_region(name, first.region, lexicon)
            key = f"{owner}/{name}" if owner else name
            props = {"region": owner} if label == PROJECT and owner else {}
        # (not a region's name, the form of a zone written with others: 上海和广东…自贸试验区 → 上海, an alias every task
        #  naming 上海 would match, graph/resolve.py's CONCERNS)
        forms = [m.surface for m in ms if m.known or not lexicon.candidates(norm(m.surface))]
        forms += [q for m in ms if not m.known for q in _quoted_short(m.surface)]
        forms += [b for m in ms if m.known for b in _before_tail(m.surface, il)]
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        evidence = tuple(dict.fromkeys(doc.evidence(view, idx[m.start], idx[m.end - 1] + 1, sentence=True) for m in ms))
        entities.append(Entity(label, key, name, aliases, props, evidence))
        refs[name] = (label, key)
    return entities, refs
