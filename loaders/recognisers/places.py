"""Regions named in text: a phrase that names a place (呼伦贝尔市海拉尔区, 内蒙古海拉尔区, 垦利区胜坨镇), and
the regions a running text mentions.

Two readings, because the two kinds of text differ:
- a *place phrase* (a by-line's 在…人民代表大会, a title, an issuer, a speaker's
  region) is all place: short names count there (海拉尔, 内蒙古), and a township's name
  is looked up under the county before it;
- *running text* names places among other words, where short names are ordinary words
  (复垦利用 is not 垦利区, 贺兰山 is not 兰山区): only full names with their level
  suffix count there, and the names of provincial-level regions.

A name that several regions share (市中区, 鼓楼区, 朝阳区) is settled by context: a parent
named just before it, then the regions the caller passes (the issuer, the document's
region, its province). When nothing decides, the name is left open and reported, never
guessed.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from graph import schema
from loaders.recognisers.gazetteer import COUNTY_LEVELS, NATION, TOWN as TOWN_LEVEL
from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.official_names import _word_tags, titles_table
from loaders.reading.text import is_cjk

TOWN = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木)")
_TOWN_START = ("镇", "乡", "街", "苏")
# Full names that are also ordinary words of policy prose (城区 is "the urban area" before
# it is 大同市城区): in running text they name no region.
ORDINARY_NAMES = frozenset({"城区", "郊区", "矿区", "新城区", "老城区", "东区", "西区", "南区", "北区", "中区", "新区",
                            # (short names that are words of government prose, never a place alone: 平安 in 平安建设 / 智慧平安社区,
                            # 光明, 前进, 振兴, 红旗, 东方, 富民: their regions are named in full, 平安区, 光明区)
                            "平安", "光明", "前进", "振兴", "红旗", "东方", "富民"})
_LONGEST = 12


@dataclass(frozen=True)
class Ambiguous:
    """A name several regions bear, with nothing in the text to choose among them."""
    name: str
    offset: int
    candidates: tuple[str, ...]     # their keys
    after: str = field(default="", compare=False)     # (what the phrase goes on with: 鼓楼区|人民政府, 新华|社南宁…电)

    def message(self) -> str:
        return f"{self.name} is the name of {len(self.candidates)} regions ({'; '.join(self.candidates[:6])}); nothing in the document says which"


# The names several regions bear that the place phrases read under `noting` stopped at (a document's issuer, title,
# by-line, headline, source): what place_settling.placed settles or notes at the end of every kind's placement.
_NOTED: ContextVar[list[Ambiguous] | None] = ContextVar("ambiguous_places", default=None)


def note(notes: list[Ambiguous]) -> None:
    """Add `notes` to the names the enclosing `noting` block collects (nothing outside one)."""
    if (noted := _NOTED.get()) is not None:
        noted.extend(notes)


@contextmanager
def noting() -> Iterator[list[Ambiguous]]:
    """The list of the ambiguous names every place phrase read inside the block stops at (a caller's own `notes` aside)."""
    token = _NOTED.set(found := [])
    try:
        yield found
    finally:
        _NOTED.reset(token)


def parse_place(phrase: str, lexicon: Lexicon, context: list[str] | tuple[str, ...] = (),
                notes: list[Ambiguous] | None = None, mainland: bool = False) -> tuple[list[RegionInfo], str, str]:
    """"济南市历城区" → ([济南市, 历城区], "", ""); "垦利区胜坨镇" → ([垦利区], "胜坨镇", "");
    anything left over that is not a township comes back as the third item. `context`
    (region keys, nearest first) settles a name several regions bear; an unsettled one
    stops the reading and is added to `notes`. With `mainland` (the phrase names a body only the
    mainland has: 人民政府, 中共…委), a name 台湾省 shares with a mainland region (连江县) is the mainland's."""
    chain: list[RegionInfo] = []
    i, within = 0, ""
    while i < len(phrase):
        for n in range(min(len(phrase) - i, _LONGEST), 1, -1):
            name = phrase[i:i + n]
            # A region's stem may start a township's name (兰陵镇 under 兰陵县): that is the township.
            if phrase[i + n:i + n + 1] in _TOWN_START:
                continue
            found = lexicon.candidates(name, within)
            found = [r for r in found if r.key != within]
            if mainland:
                found = [r for r in found if not r.key.startswith(_TAIWAN)] or found
            if not found:
                continue
            info = found[0] if len(found) == 1 else lexicon.settle(name, [within, *context] if within else list(context))[0]
            if info is None:
                # (the region named right after it settles it, one of its own parts: 承德平泉市 is 承德市's)
                info = _parent_of_next(phrase[i + n:], found, lexicon)
            if info is None:
                noted = notes if notes is not None else _NOTED.get()
                if noted is not None:
                    noted.append(Ambiguous(name, i, tuple(r.key for r in found), phrase[i + n:]))
                return chain, "", phrase[i:]
            chain.append(info)
            within, i = info.key, i + n
            break
        else:
            break
    rest = phrase[i:]
    town = TOWN.fullmatch(rest)
    return chain, (rest if town else ""), ("" if town else rest)


def _parent_of_next(rest: str, found: list[RegionInfo], lexicon: Lexicon) -> RegionInfo | None:
    """The one region of `found` whose own part's name `rest` opens with, else None."""
    for n in range(min(len(rest), _LONGEST), 1, -1):
        above = [r for r in found if any(c.key.startswith(r.key + "/") for c in lexicon.candidates(rest[:n], r.key))]
        if above:
            return above[0] if len(above) == 1 else None
    return None


def town_under_named(town: str, text: str, lexicon: Lexicon) -> RegionInfo | None:
    """A township several regions have (石梁镇), settled by the regions the `text` names in full: the one township of
    that name under any of them (…滁州市委、天长市委决策部署: 天长市's), else None."""
    found = {t.key: t for key, _ in mentions(text, lexicon) if (t := lexicon.town(town, key))}
    return next(iter(found.values())) if len(found) == 1 else None


def headline_town(title: str, within: str, lexicon: Lexicon, text: str = "") -> RegionInfo | None:
    """The township a news headline opens with in full (鸡东镇认真做好森林防火工作), the only one of that name under
    `within` (anywhere, where it is empty), or None. After its county's full name (怀柔区雁栖镇四级干部访民生), the
    township under that county: the gazetteer's, or, where it has none of that name there (it may write another name
    for it: 雁栖地区), the one the `text` names with its own bodies or speaks as (雁栖镇党委, 全镇)."""
    title = title.strip()
    chain, town, rest = parse_place(title[:_LONGEST], lexicon)
    at = len(title[:_LONGEST]) - len(rest) - len(town)      # (where the regions' names end)
    county = chain[-1] if chain and chain[-1].level in COUNTY_LEVELS else None
    if county is not None and title.startswith(county.name, at - len(county.name)):
        m = _HEADLINE_TOWN.match(title, at)
        if m and (found := lexicon.town(m.group(), county.key)):
            return found
        if m and len(m.group()) >= 3 and _proper_town_name(m.group()) and (
                _own_bodies(m.group(), county.name, text) or text.count(m.group()) >= 2 and _TOWN_SPOKEN.search(text)):
            return RegionInfo(m.group(), TOWN_LEVEL, f"{county.key}/{m.group()}", county.key)
        return None
    m = _HEADLINE_TOWN.match(title)
    return lexicon.town(m.group(), within) if m else None


# A township's own bodies after its name (雁栖镇党委, 某乡人民政府), and a text speaking as a township (全镇, 我镇).
_TOWN_BODIES = r"(?:党委|党工委|人民政府|政府|人大|纪委)"
_TOWN_SPOKEN = re.compile(r"(?:全|我|本)(?:镇|乡|街道)")
# What no township's proper name is: the townships at large (乡镇, 各乡镇, 全镇, 该镇), or a verb before them
# (召开乡镇…, 组织乡镇…: jieba's tag of a word the name opens with).
_NOT_TOWN_NAME = re.compile(r"^(?:各|全|本|该|每|我|诸|其|此|这|那|所有|有关|相关|部分|其他|其余|若干)|[乡镇]镇$|镇乡$")


def _proper_town_name(name: str) -> bool:
    """Whether a township's name the gazetteer lacks reads as a proper name (雁栖镇), not townships at large (各乡镇) nor
    a verb's phrase (召开乡镇)."""
    if _NOT_TOWN_NAME.search(name):
        return False
    import jieba.posseg    # (its dictionary is loaded already, for the officials' names)
    return not any(p.flag.startswith(("v", "r", "m", "q", "d", "p", "c")) for p in jieba.posseg.cut(name))


def _own_bodies(name: str, county: str, text: str) -> bool:
    """Whether the text names the township `name` exactly (never as the end of a longer run of words) before one of
    its own bodies: 雁栖镇党委 opening a clause or after its county's name."""
    for m in re.finditer(re.escape(name) + _TOWN_BODIES, text):
        a = m.start()
        if a == 0 or not is_cjk(text[a - 1]) or text[a - 1] in "，。、；：“”" or text.startswith(county, a - len(county)):
            return True
    return False


# (a township's name ends where no 镇 or 村 follows: 天台乡镇干部… names no 天台乡)
_HEADLINE_TOWN = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木)(?![镇村])")


def is_name_in_prose(name: str, lexicon: Lexicon) -> bool:
    """Whether running text naming `name` names a region: a full name, or a provincial-level region's."""
    if name in ORDINARY_NAMES:
        return False
    if lexicon.is_full_name(name):
        return True
    found = lexicon.candidates(name)
    return bool(found) and len(name) >= 2 and all(r.level == "province" for r in found)


# The rest of a firm's or an institution's name after the short name opening it (山东|海科化工集团,
# 湖南|高速公路集团有限公司, 四川|大学, 浙江|银行).
_FIRM = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:集团|公司|大学|学院|银行|医院)")
# Words that make what follows a short name a clause, not a firm's name (江苏|组建省级国有投资集团, 河南|各地加快组建城投公司):
# a verb before the firm's last word (控股集团, 出版集团 are names), a pronoun, an adverb, a preposition, a conjunction.
_CLAUSE_TAGS = ("v", "vd", "r", "d", "ad", "p", "c", "u")
_FIRM_VERBS = frozenset({"控股", "出版"})     # (verbs of firms' names: 山东出版传媒, 广东恒健投资控股)
# A company's legal form, which makes whatever comes before it a name (广东恒健投资控股有限公司).
_LEGAL_FORM = ("有限", "股份", "有限责任")


def _firm_named(text: str, at: int) -> bool:
    """Whether a firm's or an institution's name runs straight on from the short name ending at `at` (山东海科化工集团,
    四川大学): no verb or function word between (江苏组建省级国有投资集团, 广东支持上市公司 name the province)."""
    m = _FIRM.match(text, at)
    if m is None:
        return False
    if text[at:m.end() - 2].endswith(_LEGAL_FORM):
        return True
    import jieba    # (its dictionary is loaded already, for the officials' names)
    tags = _word_tags()
    words = jieba.lcut(text[at:m.end() - 2], HMM=False) if m.end() - 2 > at else []
    return not any(tags.get(w) in _CLAUSE_TAGS and w not in _FIRM_VERBS and (tags.get(w) != "v" or k < len(words) - 1)
                   for k, w in enumerate(words))


_BARE_LEVEL = "县区市州镇乡旗"


def _joined(text: str, i: int, name: str, lexicon: Lexicon) -> bool:
    """Whether a name opening with 和, 与 or 及 right after a place's or a body's last character (定江镇和县国土资源局,
    市政府和县政府) is that conjunction and a bare level (县…), not the region (和县): unless the region above it is
    named right before (马鞍山市和县). A name going on past the level's place (和龙市, 和政县, 和田地区) is the region's."""
    if name[0] not in "和与及" or len(name) != 2 or name[1] not in _BARE_LEVEL or i == 0 \
            or text[i - 1] not in "镇乡村局委办厅区市省府县州":
        return False
    return not any(text.endswith(lexicon.regions[r.parent].name, 0, i)
                   for r in lexicon.candidates(name) if r.parent in lexicon.regions)


def mentions(text: str, lexicon: Lexicon, context: list[str] | tuple[str, ...] = (),
             notes: list[Ambiguous] | None = None) -> list[tuple[str, int]]:
    """(key, offset) of each region running text names (the longest name at each place).
    A name several regions bear counts when a parent named just before it, or `context`,
    settles it; otherwise it is left out and added to `notes`."""
    out: list[tuple[str, int]] = []
    i = last_end = 0        # (where the last name read ends: a word's boundary)
    while i < len(text):
        if not is_cjk(text[i]):
            i += 1
            continue
        for n in range(min(len(text) - i, _LONGEST), 1, -1):
            name = text[i:i + n]
            if text[i + n:i + n + 1] in ("镇", "乡") or not is_name_in_prose(name, lexicon) \
                    or i != last_end and _inside_word(text, i, name, lexicon):
                continue
            if _joined(text, i, name, lexicon) or _STATE_LINE.match(text, i + n) and _STATE_LINE_BEFORE.search(text, max(0, i - 4), i):
                continue        # (新时代西藏工作, 中央新疆工作座谈会: the central state's line on a region, no place of the story)
            if not lexicon.is_full_name(name) and _firm_named(text, i + n):
                i += n      # (a province's short name opening a firm's name, 山东海科化工集团, names the firm)
                last_end = i
                break
            found = lexicon.candidates(name)
            info = found[0] if len(found) == 1 else None
            if info is None:
                near = [k for k, at in out[-3:] if i - at <= 12]
                info = lexicon.settle(name, [*reversed(near), *context])[0]
            if info is None:
                if notes is not None:
                    notes.append(Ambiguous(name, i, tuple(r.key for r in found)))
            else:
                out.append((info.key, i))
            i += n
            last_end = i
            break
        else:
            i += 1
    return _with_zones(text, lexicon, out)


# The central state's work on a region, named as its line (新时代西藏工作基本方略, 中央新疆工作座谈会, 党的治藏方略): a
# policy of the state, cited wherever the story is.
_STATE_LINE = re.compile(r"工作(?:基本方略|座谈会|方略|重要论述)?")
_STATE_LINE_BEFORE = re.compile(r"(?:新时代|中央|党的)$")


# A development zone bears its host's short name (承德高新区, 无锡经济开发区, 苏州工业园区): that names the host.
_ZONE_SUFFIX = re.compile(r"高新技术产业开发区|高新技术开发区|高新区|经济技术开发区|经济开发区|经开区|综合保税区|保税区|工业园区")


def _with_zones(text: str, lexicon: Lexicon, out: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """`out` with the host each zone's name opens with (the longest short name before the zone's word; of a region
    and one of its own parts bearing it, 承德市 and 承德县, the larger), a prefecture or a county, where no region's full
    name stands there; never a district (城东工业园区, 东湖高新区: a district's short name is a common place word, borne
    by zones elsewhere), nor a zone named as another's (我县与太原经济技术开发区合作)."""
    taken = {at for _, at in out}
    added = []
    for m in _ZONE_SUFFIX.finditer(text):
        for n in (4, 3, 2):
            at = m.start() - n
            if at < 0 or not all(is_cjk(c) for c in text[at:m.start()]) or any(a in taken for a in range(at, m.start())):
                continue
            found = lexicon.candidates(text[at:m.start()])
            tops = [r for r in found if not any(r.key.startswith(o.key + "/") for o in found)]
            if len(tops) == 1 and tops[0].level in ("city", "county", "county-level city") and not named_as_others(text, at, lexicon):
                added.append((tops[0].key, at))
                break
    return sorted(out + added, key=lambda x: x[1]) if added else out


def _inside_word(text: str, i: int, name: str, lexicon: Lexicon) -> bool:
    """Whether a county's two-character full name at `i` starts inside a word: its first character closes a word with
    the one before it (完成县妇幼保健院 holds no 成县; 及时办理县委交办事项 no 理县). (Not after a name just read: 山西吉县.)"""
    if len(name) != 2 or i == 0 or not is_cjk(text[i - 1]) or not lexicon.is_full_name(name):
        return False
    import jieba    # (its dictionary is loaded already, for the officials' names)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ.get(text[i - 1] + name[0], 0) > 0     # (a word's prefix is kept at 0: 在理县 is 理县's)


# Bodies whose documents are national (国务院办公厅, 中共中央办公厅…).
_NATIONAL_BODY = re.compile(r"^(?:国务院|中华人民共和国|中共中央|全国人大)")


def issuer_region(issuer: str, lexicon: Lexicon) -> tuple[RegionInfo | None, str]:
    """The region of the body that issues a document, and a township its name ends in: 国务院's are
    national; any other, the most specific region its name opens with (济南市人民政府办公厅)."""
    if _NATIONAL_BODY.match(issuer) or schema.is_nationwide_body(issuer):
        return lexicon.regions.get(NATION), ""     # (and a ministry signing alone: 工业和信息化部)
    # (the party's body before the government's: 中共某省委办公厅 某省人民政府办公厅)
    mainland = bool(_MAINLAND_BODY.search(issuer))
    # (a township's body after its name: 公园街道办事处, 桓台县荆家镇人民政府, 某乡党委, 某镇人大主席团)
    chain, town, _ = parse_place(_TOWN_BODY.sub("", re.sub(r"^\s*中共", "", issuer)), lexicon, mainland=mainland)
    return (chain[-1] if chain else None), town


# The body a township's name heads in an issuer's name (办事处 after a street's name only: 某镇办事处 is no township's body).
_TOWN_BODY = re.compile(r"(?:(?<=街道)(?:办事处|党工委)|(?<=[镇乡木])(?:人民政府|政府|党委|人大主席团|人大))$")


# A government body's unified social credit code (统一社会信用代码: 11 for an organ of the state, then the
# 6-digit code of its region), as portals open a page's 索引号 with it: 11370303004217709K/2022-5238762.
_CREDIT_CODE = re.compile(r"\s*1[1-9](\d{6})[0-9A-Z]{9}[0-9A-Z]?(?![0-9A-Z])")


def coded_region(index: str, lexicon: Lexicon) -> RegionInfo | None:
    """The region a portal's 索引号 names by the body's credit code, or None."""
    m = _CREDIT_CODE.match(index)
    return lexicon.by_adcode(m[1]) if m else None


# Bodies only the mainland's regions have (Taiwan's counties have a 县政府, never a 人民政府).
_MAINLAND_BODY = re.compile(r"人民政府|人民代表大会|人大常委会|政协|中共|党委|党工委")
_TAIWAN = "台湾省"


# The source a news page names (来源：黄石日报, in brackets opening it, (涉县融媒体中心), or its dateline, 南漳新闻网讯,
# 苍南新闻网10月10日消息, 黄石日报3月5日讯, a congress's site, 郑州人大网讯): local media bear their region's name.
_SOURCE = re.compile(r"(?:(?:来源|稿源)\s*[：:]\s*|^\s*[（(]|^\s*(?=[\u4e00-\u9fff]{3,14}(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?(?:讯|消息)))([\u4e00-\u9fff]{2,10}?)(?:市|县|区|州|盟|旗)?"
                     r"(?:日报|晚报|新闻网|新闻|广播电视台|电视台|融媒体中心|融媒|发布|政府网|人民政府网站|人大网|政协网|网)", re.M)


_LOCAL_MEDIA = ("日报", "晚报", "新闻网", "广播电视台", "电视台", "融媒体中心", "融媒", "政府网", "人大网", "政协网")


def medium_region(text: str, lexicon: Lexicon, head: int = 1500):
    """The region of the local medium a page names as its source, when its name denotes exactly one region."""
    m = _SOURCE.search(text, 0, head)
    if not m:
        m = _SOURCE.search(text, max(0, len(text) - 600))
    info = lexicon.find_region(m[1]) if m else None
    if info and m[0].endswith(("日报", "晚报")) and info.level not in ("province", "city"):
        return None     # (a daily is a province's or a city's: 光明日报 is no 光明区's, 新民晚报 no 新民市's)
    dateline = bool(info) and m[0].lstrip().startswith(m[1])
    if dateline and not m[0].endswith(_LOCAL_MEDIA):
        return None     # (a dateline naming a site, 华龙网讯, 东方网讯, 光明网讯: national and provincial sites bear such names too)
    if dateline and any(not ((info.key + "/").startswith(k + "/") or k.startswith(info.key + "/"))
                                                        for k, _ in mentions(text, lexicon)):
        return None     # (a dateline's short name, 金山网讯, against the places the text names: another medium's name)
    return (info, m.span(1)) if info and info.level != "national" else None


# A name after a word that makes it another's: a partner, a place gone to, learnt from or measured against (与长兴县…, 赴樟木头镇考察, 对标深圳…,
# 学习借鉴安吉县…), an authority followed (根据济宁市委…部署, 按照…).
_OTHERS = re.compile(r"(?:与|同|和|及|赴|到|去|在|向|借鉴|学习|对标|对照|比照|看齐|考察|对接|支援|帮扶|援助|对口|结对|位于|根据|按照|依据|遵照|贯彻|落实)$")
def named_as_others(text: str, at: int, lexicon: Lexicon | None = None) -> bool:
    """Whether the name at `at` is named as another's (`_OTHERS` before it); with `lexicon`, also a later member of a
    list whose first member is (与广东省、广西壮族自治区…, 学习借鉴深圳市、杭州市…)."""
    if lexicon is None:
        return bool(_OTHERS.search(text, max(0, at - 4), at))
    return marked_in_list(text, at, _OTHERS, lexicon.candidates, _LONGEST)


def marked_in_list(text: str, at: int, mark: re.Pattern, named, longest: int) -> bool:
    """Whether `mark` stands right before the name at `at`, or before the first member of the 、-list it closes (the
    members the names `named` accepts, the longest ending before each 、, at most `longest` characters)."""
    if mark.search(text, max(0, at - 4), at):
        return True
    j = at
    while j >= 3 and text[j - 1] == "、":
        k = next((k for k in range(max(0, j - 1 - longest), j - 2) if named(text[k:j - 1])), None)
        if k is None:
            return False
        j = k
        if mark.search(text, max(0, j - 4), j):
            return True
    return False


def most_mentioned(text: str, lexicon: Lexicon, notes: list[Ambiguous] | None = None,
                   named: list[tuple[str, int]] | None = None) -> str:
    """The region a news piece is about: the most named one below the province (a region named
    right before a title, 青岛市市长, counts thrice)."""
    named = mentions(text, lexicon, notes=notes) if named is None else named
    # (a name that only qualifies the next, 合肥市肥西县, is not named for itself)
    qualifier = {at for (k, at), (k2, at2) in zip(named, named[1:])
                 if k2.startswith(k + "/") and at < at2 <= at + len(lexicon.regions[k].name)}
    counts = Counter(k for k, at in named if at not in qualifier and lexicon.regions[k].level not in ("province", "national"))
    # (a name right before a title as the text's names were read, word by word: 山西吉县副县长 is 吉县's, not 西吉县's,
    # whose name the characters before the title also spell)
    ending = {at + len(lexicon.regions[k].name): k for k, at in named if text.startswith(lexicon.regions[k].name, at)}
    for m in titles_table().pattern.finditer(text):
        key = ending.get(m.start())
        if key and lexicon.regions[key].level not in ("province", "national"):
            counts[key] += 2
    if not counts:
        # (a province, where none below it is named; the country named in passing — 中国式现代化 — places nothing:
        # the central state's own news is told by its lead)
        return next((k for k, _ in named if lexicon.regions[k].level != "national"), "")
    top = max(counts.values())
    tied = sorted(k for k, c in counts.items() if c == top)
    # Named as often as one of its parts, a region is what the story is about (a city's news names its counties);
    # several parts named equally are their common region's (长海县、普兰店区、西岗区: 大连市's).
    return _common(tied)


def _common(keys: list[str]) -> str:
    """The deepest region holding every one of the keys."""
    parts = [k.split("/") for k in keys]
    common = []
    for level in zip(*parts):
        if len(set(level)) > 1:
            break
        common.append(level[0])
    return "/".join(common)
