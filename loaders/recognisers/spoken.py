"""The voice a text speaks in: the level whose own words it uses (全县, 县委; 全市, 市政府; 我省; 我国) and the region
it names as its own at that level. Placement's last resorts, and the news piece's finer or coarser place: a county's
news placed in its prefecture for want of a finer name (`spoken_below`), a prefecture's story told in one of its
counties (`spoken_above`), a province's told in one of its cities (`spoken_province`), a document that names no region by what it says of itself (`spoken_region`)."""
from __future__ import annotations

import re

from loaders.reading.portal import ADDRESSEES
from loaders.reading.text import is_cjk
from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.gazetteer import COUNTY_LEVELS, NATION
from loaders.recognisers.places import ORDINARY_NAMES, marked_in_list, mentions, named_as_others


# The level a text speaks as, by its own bodies, posts and whole (全区, 区委, 区长; 全县, 县委, 县长, 旗委; 全镇, 镇党委, 镇长,
# 街道党工委): a district's, a county's or a township's news. (not a 社区, 园区, 景区, 小区 or 片区's; not 各乡镇党委, a
# county's words for its townships)
_SPOKEN = {
    "district": re.compile(r"(?<![社园景小片城校库矿港厂营林治])(?:(?:我|全|本)区|区委|区(?:人民)?政府|区人大|区政协|区长)"),
    "county": re.compile(r"(?:(?:我|全|本)[县旗]|[县旗]委|[县旗](?:人民)?政府|[县旗]人大|[县旗]政协|[县旗]长)"),
    "town": re.compile(r"(?<![乡各城村])(?:(?:我|全|本)[镇乡](?![镇村])|[镇乡]党?委(?!员)|[镇乡](?:人民)?政府|[镇乡]人大|[镇乡]长)"
                       r"|街道党工委|街道办事处|(?:我|本)街道"),
}
# A level's own words, written with its character L: its whole (我L, 全L, 本L), its committee, government, congress,
# conference and head (L委, L政府, L人大, L政协, L长). (市 never as 市场: 市场监管局 is no city's)
_VOICE = r"(?:我|全|本){L}|{L}(?:(?:党)?委(?!员)|(?:人民)?政府|人大|政协|长)"
_CITY_L = r"(?:[州盟]|市(?!场))"
# (a province's or a city's own, which only say that no finer level speaks: 市委副书记、市长…到六都镇调研)
_SPOKEN["above"] = re.compile(_VOICE.format(L=rf"(?:省|{_CITY_L})"))
# A prefecture's own words (市委, 州人大, 全市): what a news piece placed in one of its counties says when it is the
# prefecture's story told where it happened (市政协主席来到永宁县代表团…全市…).
_PREFECTURE_SPOKEN = re.compile(_VOICE.format(L=_CITY_L))
_SPOKEN_LEVELS = {"district": ("district",), "county": ("county",), "province": ("province",),
                  "prefecture": ("city", "county-level city")}
# A province's own words (我省, 全省, 省委, 省政府…) and a city's (我市, 市委, 市政府…: a prefecture's or a county-level
# city's alike), its bodies named bare (省政府, not 河南省人民政府: a named region's body is that region's, not the voice
# the text speaks in).
_BARE = r"(?:(?<![\u4e00-\u9fff])|(?<=[、，。；：和与及由在对经把将向]))"
# (its departments too, named bare in a plan's annotations: （省发展改革委牵头，省交通运输厅配合）, 市工业和信息化局)
_OWN_BODIES = r"(?:(?:党)?委(?!员)|(?:人民)?政府|人大|政协|长|[\u4e00-\u9fff]{1,8}?(?:厅|局|委员会|委|办公室|办))"
# (an autonomous region's too: 自治区人民政府, 自治区发展改革委, not 新疆维吾尔自治区人民政府)
# (各省、自治区住房和城乡建设厅 is the central state's address to all of them)
_PROVINCE_SPOKEN = re.compile(r"(?:我|全|本)省|" + _BARE + r"(?:省|(?<!省、)自治区)" + _OWN_BODIES)
_CITY_SPOKEN = re.compile(r"(?:我|全|本)[市州盟]|" + _BARE + _CITY_L + _OWN_BODIES)
_WHOLE_REGION = re.compile(r"(?<![社园景小片城校库矿港厂营林治])(?:我|全|本)区")
# A township's name as written: up to eight characters ending in 镇, 乡 or 街道.
_TOWN_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:镇|乡|街道)")


def spoken_above(key: str, text: str, lexicon: Lexicon) -> str:
    """`key`, or the region above it where a news piece placed in a county or district (a 县, 区 or 旗, whose own words
    are not 市's) never speaks as a county, district or township (a named one's bodies, 兴宾区委书记, are that region's,
    not the piece's voice) and speaks as a prefecture (市委, 市政府, 全市, 州人大…) at least twice: the prefecture's news,
    told where it happened."""
    info = lexicon.regions.get(key)
    if info is None or info.level not in ("county", "district") or "/" not in key:
        return key
    if not any(c > 0 for k, c in _level_counts(text).items() if k != "above"):
        if len(_PREFECTURE_SPOKEN.findall(text)) < 2:
            return key
    # (its only such words a named region's bodies, 兴宾区委书记: the prefecture's own words named bare, 市委常委, 全市)
    elif _speaks_below(text, lexicon) or len(_CITY_SPOKEN.findall(text)) < 2:
        return key
    return key.rsplit("/", 1)[0]


def spoken_province(key: str, text: str, lexicon: Lexicon, named: list[tuple[str, int]]) -> str:
    """`key`, or its province where a piece placed in a city, county or district below it never speaks as any level
    under the province (its bodies named bare: 市政府, 区委, 全县; a named region's, 福州市政府, 兴宾区委, not counted)
    and speaks as the province at least twice (省政府办公厅…全省, 自治区副主席…全区), `key` not being what it is about:
    named no more often than the province, or in fewer than half of the names below it (`named`: the text's
    `mentions`): the province's story, told where it happened (…在拉萨召开, 在福建博物院召开) — not a province's
    leader visiting a place, 省政协主席在昆明市调研…昆明市…昆明市."""
    info = lexicon.regions.get(key)
    if info is None or info.level in ("province", "national") or "/" not in key:
        return key
    if _speaks_below(text, lexicon) or _CITY_SPOKEN.search(text):
        return key
    province = key.split("/", 1)[0]
    own = sum(k == key for k, _ in named)
    if own > sum(k == province for k, _ in named) and 2 * own >= sum(k.startswith(province + "/") for k, _ in named):
        return key
    if any(k == key and _subject(text, at, info) for k, at in named):
        return key      # (遵义市召开乡村振兴推进会…落实省委、省政府部署…全省: the city's own meeting)
    whole = len(_WHOLE_REGION.findall(text)) if "自治区" in text else 0     # (an autonomous region's 全区)
    if len(_PROVINCE_SPOKEN.findall(text)) + len(_REGION_HEAD.findall(text)) + whole < 2:
        return key
    return key.split("/", 1)[0]


def speaks_under_short_name(key: str, text: str, lexicon: Lexicon, named: list[tuple[str, int]]) -> bool:
    """Whether `key` (the province a piece's `named` regions put it in) is only a province named in passing by its short
    name, at most twice (…在北京隆重开幕, a web user's 湖北风), never in full, while the text speaks as a district,
    county or township (县政府组织县环保局…, 区住建局…区人大代表): its voice is no part of that province's own. Not where
    a short name is the place's own (`_own_short`: 北京冬奥会 in a Beijing district's news, 建设美丽浙江)."""
    info = lexicon.regions.get(key)
    if info is None or info.level != "province" or _spoken_level(_level_counts(text)) is None:
        return False
    ats = [at for k, at in named if k == key]
    return 0 < len(ats) <= 2 and not any(text.startswith(info.name, at) or _own_short(text, at, info, lexicon)
                                         for at in ats)


# A place a short name names as where something happens or someone goes (在北京隆重开幕, 赴上海考察, 来自浙江).
_VENUE = re.compile(r"(?:在|赴|到|去|来|于|抵|至|前往|来自)$")


def _own_short(text: str, at: int, info: RegionInfo, lexicon: Lexicon) -> bool:
    """Whether the short name of the province `info` at `at` is written as the place's own: a municipality's named
    anywhere but as a venue or another's (北京冬奥会, 上海国际金融中心: a district's city), a province's after its own
    programme's name (美丽浙江, `_OWN_PROGRAMME`)."""
    if _VENUE.search(text, max(0, at - 2), at) or named_as_others(text, at, lexicon):
        return False
    return info.name.endswith("市") or bool(_OWN_PROGRAMME.search(text, max(0, at - 2), at))


def _subject(text: str, at: int, info: RegionInfo) -> bool:
    """Whether the region `info`, named in full at `at`, opens the headline or a clause of the lead: the subject of
    what it tells (遵义市召开…, 3月8日，遵义市召开…), not where something happened (会议在拉萨市召开)."""
    return at < _LEAD and text.startswith(info.name, at) and (at == 0 or text[at - 1] in "\n，。；：:, 　\t")


_LEAD = 200     # (how far a lead runs: its headline and first sentences)


# An autonomous region's head named bare (自治区主席, 自治区副主席): its own, as 省长 is a province's.
_REGION_HEAD = re.compile(_BARE + r"(?<!省、)自治区(?:常务)?副?主席")


def _speaks_below(text: str, lexicon: Lexicon) -> bool:
    """Whether the text uses a district's, county's or township's own words (`_SPOKEN`), a named region's bodies
    (兴宾区委书记, 良江镇党委) left out: those are that region's, not the voice the text speaks in."""
    for level, pattern in _SPOKEN.items():
        if level == "above":
            continue
        for m in pattern.finditer(text):
            if level == "district" and "自治区" in text and _WHOLE_REGION.fullmatch(m.group()):
                continue        # (an autonomous region's 全区)
            if not _after_name(text, m.start() + 1, lexicon):
                return True
    return False


def _after_name(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a region's or a township's full name ends at `end` (兴宾区|委, 良江镇|党委)."""
    return any(any(r.name == text[j:end] for r in lexicon.candidates(text[j:end])) or lexicon.towns_named(text[j:end])
               for j in range(max(0, end - 12), end - 1))


# The central state's words (我国, 各省、自治区、直辖市, 各地区各部门, 国务院各部委).
_NATION_SPOKEN = re.compile(r"我国|各省(?:、|（|\()(?:自治区|区)|国务院各部委|各地区、?各部门")


def _spoken_nation(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The nation, with where it says so, where a text speaks as the central state (我国, 各省、自治区、直辖市,
    各地区各部门: at least twice) and never as a province, city, county, district or township."""
    words = list(_NATION_SPOKEN.finditer(text))
    if len(words) < 2 or _PROVINCE_SPOKEN.search(text) or _CITY_SPOKEN.search(text) \
            or any(p.search(text) for level, p in _SPOKEN.items() if level != "above"):
        return None
    nation = lexicon.regions.get(NATION)
    return (nation, words[0].span()) if nation else None


def _spoken_above(text: str, counts: dict[str, int]) -> str | None:
    """"province" or "prefecture", where a text speaks as one (its words at least twice, more than the other's and
    than any level's below, `counts` being `_level_counts(text)`), else None."""
    below = max(c for k, c in counts.items() if k != "above")
    counts = {"province": len(_PROVINCE_SPOKEN.findall(text)), "prefecture": len(_CITY_SPOKEN.findall(text))}
    level = max(counts, key=lambda k: counts[k])
    other = counts["province" if level == "prefecture" else "prefecture"]
    return level if counts[level] >= 2 and counts[level] > max(other, below) else None


def _level_counts(text: str) -> dict[str, int]:
    """How often the text uses each level's own words. (Where it names a 自治区, its 全区 may be the region's: only a
    district's own bodies and posts count for a district.)"""
    counts = {level: len(p.findall(text)) for level, p in _SPOKEN.items()}
    if "自治区" in text:
        counts["district"] -= len(_WHOLE_REGION.findall(text))
    return counts


def _spoken_level(counts: dict[str, int]) -> str | None:
    """The level a text speaks as (district, county or town), by its `_level_counts`: its words at least twice, more
    than any other level's."""
    level = max(counts, key=lambda k: counts[k])
    if level == "above" or counts[level] < 2 or any(c >= counts[level] for k, c in counts.items() if k != level):
        return None
    return level


# Words of a place's own life, after its short name (结合莆田实际, 为进贤高质量跨越式发展, 南岸人民), its part in a
# larger work (贡献武隆力量, 展现柯城担当) and its own year's list (柯城2019年十件民生实事).
_OWN_LIFE = re.compile(r"实际|高质量|人民(?!政府|代表|法院|检察院)|各族|干部群众|力量|担当|(?:19|20)\d\d年")
# Where a short name names the place a news piece speaks as (符合南岸实际, 长白绿色转型): more of its life's words. (fewer
# in a document naming no region, `_short_own`: a word of its own before 发展 or 经济, 复兴发展, is no place)
_SHORT_OWN_AFTER = re.compile(_OWN_LIFE.pattern + r"|发展|经济|绿色|转型|振兴|全域|大地|城乡")
# A place's own programme, named by what it makes of the place: 数字山东, 平安天津, 美丽江苏, 法治浙江 (ending before).
_OWN_PROGRAMME = re.compile(r"(?:数字|智慧|平安|健康|美丽|法治|幸福|诚信)$")
# …written as a programme: in quotation marks, pursued (建设平安天津, 深化健康河北行动), or with its kind of work after it
# (美丽河北建设, 数字山东2021行动方案); not a wish or a set phrase (幸福安康, 健康平安), nor a place praised (数字福建是…).
_PURSUED = re.compile(r"(?:建设|打造|推进|深化|加快|实施|全面|奋力|谱写)$")
_PROGRAMME_WORK = re.compile(r"[”\d]|建设|行动|战略|工程|画卷|发展规划|行动方案|实施方案")


def _programme(text: str, a: int, b: int) -> re.Match | None:
    """The own programme's name right before the short name at a–b (`_OWN_PROGRAMME`), where it is written as one: in
    the title line, quoted, pursued, or with its kind of work after it."""
    m = _OWN_PROGRAMME.search(text, max(0, a - 2), a)
    if m is None:
        return None
    s = m.start()
    if "\n" not in text[:s].strip() or text[s - 1:s] in "“\"「" or _PURSUED.search(text, max(0, s - 4), s) \
            or _PROGRAMME_WORK.match(text, b):
        return m
    return None


def _short_words(text: str, lexicon: Lexicon):
    """(word, start, end, the own programme's name before it or None) for each word of two characters or more that may
    be a place's short name: not an ordinary word (城区), not after 城 (城关), never one named as another's (学习借鉴…,
    与美丽浙江…: its programme's name counted with it)."""
    import jieba    # (its dictionary is loaded already, for the officials' names)
    for w, a, b in jieba.tokenize(text):
        if len(w) < 2 or w in ORDINARY_NAMES or text[a - 1:a] == "城":
            continue
        programme = _programme(text, a, b)
        if not named_as_others(text, programme.start() if programme else a, lexicon):
            yield w, a, b, programme


def _towns(text: str, within: str, lexicon: Lexicon, visited: bool = False) -> dict[str, list[tuple[RegionInfo, int, int]]]:
    """The townships the text names in full, the only one of its name under `within` (anywhere, where it is empty),
    each with where: never one named as another's (赴樟木头镇考察); with `visited`, one gone to or stood in counts (到阿日
    昆都楞镇调研, 在芦溪镇卫生院督查: a county's own people at work in its townships), never one travelled to (赴), a
    partner or a model."""
    found: dict[str, list[tuple[RegionInfo, int, int]]] = {}
    for m in _TOWN_END.finditer(text):
        hit = _town_ending(text, m.end(), within, lexicon)
        # (a surname before a township head's title is no township: 孙镇长 is 孙 the 镇长, not 孙镇's; but a township
        # the gazetteer knows under the document's county stays one, and 长 opening a word is no title: 庙镇长江…)
        if hit and m.end() - hit[1] == 2 and text.startswith("长", m.end()) and not _under_county(hit[0], within, lexicon) \
                and _head_title(text, hit[1], m.end()):
            continue
        if hit and not (_visited(text, hit[1], lexicon) if visited else named_as_others(text, hit[1], lexicon)):
            found.setdefault(hit[0].key, []).append((hit[0], hit[1], m.end()))
    return found


# A name made another's even where a visit is the county's own: a partner, a journey out, a model (与, 赴, 学习借鉴…).
_AWAY = re.compile(r"(?:与|同|赴|借鉴|学习|对标|对照|比照|看齐|对接|支援|帮扶|援助|对口|结对)$")


def _visited(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the township named at `at` is another's though visits count (`_towns`, visited): `_AWAY` before it or
    before the first member of the list it closes."""
    return marked_in_list(text, at, _AWAY, lexicon.towns_named, 8)


def _under_county(town: RegionInfo, within: str, lexicon: Lexicon) -> bool:
    county = lexicon.regions.get(within) if within else None
    return county is not None and county.level in COUNTY_LEVELS and town.key.startswith(within + "/")


def _head_title(text: str, a: int, end: int) -> bool:
    """Whether the 长 after a two-character township's name ending at `end` (and starting at `a`) is read with its
    镇/乡 as a head's title (孙镇长主持, 王镇长介绍), not as the start of a word of its own (庙镇长江大堤)."""
    import jieba    # (its dictionary is loaded already, for the officials' names)
    return any(s <= end - 1 - a and e >= end + 1 - a for _, s, e in jieba.tokenize(text[a:end + 6]))


def spoken_below(key: str, text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region below `key` (the region a news piece is placed in, for want of a finer place; or none) that the text
    speaks as (`_spoken_level`) and names as its own, with where: a district or county under `key` (a province or
    prefecture) by a name of its own written where a place's own life follows it (符合南岸实际, 长白绿色转型), right after
    `key`'s name (上海金山) or alone opening a line (巫山：…); a township by its full name (樟木头镇委书记), the only one of that name under `key` (or in the
    gazetteer, where `key` is empty). The one region that fits, else None. Never a name inside a longer word (长白山,
    金山银山) nor one named as another's (赴樟木头镇考察, 学习借鉴…)."""
    info = lexicon.regions.get(key) if key else None
    level = _spoken_level(_level_counts(text))
    if level is None or key and info is None:
        return None
    if level == "town":
        towns = list(_towns(text, key, lexicon).values())
        return (towns[0][0][0], towns[0][0][1:]) if len(towns) == 1 else None
    if info is None or info.level not in ("province", "city"):
        return None
    found: dict[str, tuple[RegionInfo, tuple[int, int]]] = {}
    for w, a, b, _ in _short_words(text, lexicon):
        # (before a place's own life, right after the region above it, or opening a line: a headline's 巫山：…)
        if not (_SHORT_OWN_AFTER.match(text, b) or text[max(0, a - 4):a].endswith((info.name, info.name[:2]))
                or (a == 0 or text[a - 1] == "\n") and not is_cjk(text[b:b + 1])):
            continue
        for r in lexicon.candidates(w, key):
            if r.level in _SPOKEN_LEVELS[level]:
                found.setdefault(r.key, (r, (a, b)))
    if not found:
        return _towns_county(text, key, level, lexicon)     # (…莅芦督导我县…芦溪镇卫生院…: 芦溪县)
    return next(iter(found.values())) if len(found) == 1 else None


def _addressed_zones(text: str, level: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The one region of `level` whose development zones a notice addresses as its own bodies, by its short name
    (徐州经济技术开发区、徐州高新技术产业开发区…管委会: 徐州市's notice), with where; None where its addressees name none or
    several. (A notice speaks to the bodies under its issuer: its addressees, portal.ADDRESSEES.)"""
    m = ADDRESSEES.search(text, 0, 3000)
    if m is None:
        return None
    found: dict[str, int] = {}
    for k, at in mentions(m.group(), lexicon):
        # (a zone the gazetteer keeps as a region of its own, 扬州经济技术开发区, stands for the city above it)
        for r in lexicon.region_path(k):
            if r.level in _SPOKEN_LEVELS[level]:
                found.setdefault(r.key, at)
    if len(found) != 1:
        return None
    key, at = found.popitem()
    return lexicon.regions[key], (m.start() + at, m.start() + at + 2)


def _towns_county(text: str, within: str, level: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The one county (or district) of `level` the townships a text speaking as it names in full lie in (each the only
    one of its name under `within`, or anywhere; named twice in all, never as another's), with where the first is named:
    旗人大常委会副主任…到阿日昆都楞镇… → 扎鲁特旗. None where they lie in several, or none is named."""
    towns = _towns(text, within, lexicon, visited=True)
    counties = {t.parent for found in towns.values() for t, _, _ in found}
    if len(counties) != 1 or sum(len(v) for v in towns.values()) < 2:
        return None
    county = lexicon.regions.get(counties.pop())
    if county is None or county.level not in _SPOKEN_LEVELS[level]:
        return None
    first = min((a, b) for found in towns.values() for _, a, b in found)
    return county, first


def spoken_region(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The district, county or township a document speaks as (`_spoken_level`), or else the province or city
    (`_spoken_above`), when it names exactly one of that level in full as its own, with where: twice, or once where a
    document names itself (2024年闽清县…, 《天祝藏族自治县人民政府…, 结合官渡区实际), or, naming none of that level in
    full, by its short name before a place's own life (结合莆田实际: `_short_own`); never one named as another's
    (与长兴县政府签订…, 学习借鉴安吉县…, 赴樟木头镇考察). Speaking as no level but the central state's, the nation
    (`_spoken_nation`). Else None."""
    counts = _level_counts(text)
    level = _spoken_level(counts) or _spoken_above(text, counts)
    if level is None:
        return _spoken_nation(text, lexicon)
    said: list[tuple[str, int]] = []    # (every region the text names, read once: the readers below weigh them all)
    if level == "town":
        towns = _towns(text, "", lexicon)
        named = {k: [(a, b) for _, a, b in v] for k, v in towns.items()}
        regions = {k: v[0][0] for k, v in towns.items()}
    else:
        said = mentions(text, lexicon)
        named = {}
        for k, at in said:
            r = lexicon.regions[k]
            if r.level in _SPOKEN_LEVELS[level] and text.startswith(r.name, at) and not named_as_others(text, at, lexicon):
                named.setdefault(k, []).append((at, at + len(r.name)))
        regions = {k: lexicon.regions[k] for k in named}
    if not named and level != "town":
        return _short_own(text, level, lexicon) or _addressed_zones(text, level, lexicon) or (
            _towns_county(text, "", level, lexicon) if level in ("county", "district") else _parts_under(text, level, said, lexicon)) or (
            _short_province(text, said, lexicon) if level == "province" else None)
    # (a prefecture named with its own county-level cities, 徐州市…新沂市…: the prefecture's)
    named = {k: v for k, v in named.items() if not any(k.startswith(o + "/") for o in named)}
    if len(named) != 1:
        return None
    key, spans = named.popitem()
    # (named twice, or once where a document names itself: after a year, a bracket or a pause, or before its own bodies,
    # a year or 实际 — not 督查办会同县双创办, where 会同 is a verb; or once where it names no other region at all and
    # speaks as its level thrice, 省人民政府…本省…贵州省国民经济和社会发展的长远规划)
    if len(spans) < 2 and not any(a == 0 or not is_cjk(text[a - 1]) or text[a - 1] in "年《、，。" or _OWN_AFTER.match(text, b)
                                  for a, b in spans) and not _alone(text, key, level, said):
        return None
    return regions[key], spans[0]


def _short_province(text: str, said: list[tuple[str, int]], lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The province a text speaking as one (its words thrice) names by its short name alone (福建都完成了哪些项目:
    no other region bears it), never as another's nor after a programme's name, naming no other region at all; else
    None. `said`: the regions the text names (`mentions`)."""
    # (never one after its programme's name, 数字福建是… / 学习借鉴数字浙江经验: `_short_own` reads those)
    found = {k: at for k, at in said
             if not named_as_others(text, at, lexicon) and not _OWN_PROGRAMME.search(text, max(0, at - 2), at)}
    if len(found) != 1:
        return None
    key, at = found.popitem()
    # (`_alone`: every name the text gives is that province's)
    if lexicon.regions[key].level != "province" or not _alone(text, key, "province", said):
        return None
    return lexicon.regions[key], (at, at + 2)


def _alone(text: str, key: str, level: str, said: list[tuple[str, int]]) -> bool:
    """Whether `key` is the only region `text` names (`said`, its `mentions`) and the text speaks as its `level`
    (province or prefecture) at least three times."""
    voice = _PROVINCE_SPOKEN if level == "province" else _CITY_SPOKEN if level == "prefecture" else None
    return voice is not None and len(voice.findall(text)) >= 3 and all(k == key for k, _ in said)


def _parts_under(text: str, level: str, said: list[tuple[str, int]], lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The one province or prefecture (`level`) whose parts a text speaking as it and naming none of its level in full
    names in full, three of them at least and no region elsewhere (东营区…河口区…垦利区…广饶县…利津县 → 东营市), with
    where the first is named; never a part named as another's. Else None. `said`: the regions the text names."""
    if level not in ("province", "prefecture"):
        return None
    parents: set[str] = set()
    parts: dict[str, int] = {}
    for k, at in said:
        r = lexicon.regions[k]
        if not text.startswith(r.name, at) or named_as_others(text, at, lexicon):
            continue
        parents.add(r.parent)
        parts.setdefault(k, at)
    if len(parents) != 1 or len(parts) < 3:
        return None
    parent = lexicon.regions.get(parents.pop())
    if parent is None or parent.level not in _SPOKEN_LEVELS[level]:
        return None
    first = min(parts.values())
    return parent, (first, first + 1)




def _short_own(text: str, level: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The one region of `level` a text naming none in full names by its short name before words of a place's own life
    (结合莆田实际, 为进贤高质量跨越式发展) or after the name of its own programme (数字山东2021行动方案, 建设平安天津),
    with where; never a name inside a longer word, one named as another's, nor a short name two regions of that level
    bear. Else None."""
    found: dict[str, tuple[RegionInfo, tuple[int, int]]] = {}
    for w, a, b, programme in _short_words(text, lexicon):
        if not (_OWN_LIFE.match(text, b) or programme):
            continue
        fits = [r for r in lexicon.candidates(w) if r.level in _SPOKEN_LEVELS[level]]
        if len(fits) > 1:
            return None
        if fits:
            found.setdefault(fits[0].key, (fits[0], (a, b)))
    for m in _SPEECH_ABOUT.finditer(text):
        # (the leader's speech on the place, 习近平总书记对湖南重要讲话 / 视察甘肃重要讲话: the place a document cites it for)
        fits = [r for r in lexicon.candidates(m["name"]) if r.level in _SPOKEN_LEVELS[level]]
        if len(fits) > 1:
            return None
        if fits:
            found.setdefault(fits[0].key, (fits[0], m.span("name")))
    return next(iter(found.values())) if len(found) == 1 else None


# A speech or instruction of the state's or a province's leader on a place (对湖南重要讲话, 视察甘肃重要讲话, 考察青海时的重要讲话精神,
# 市委书记调研璧山讲话精神).
_SPEECH_ABOUT = re.compile(r"(?:对|视察|考察|调研)(?P<name>[\u4e00-\u9fff]{2,4}?)(?:时)?的?(?:(?:重要)?讲话|重要指示)")


# What follows a region's name where a document names itself: its bodies, a year, its 实际 (结合官渡区实际).
_OWN_AFTER = re.compile(r"人民政府|政府|党?委|人大|政协|\d|[一二〇○]{2}|实际")


def _town_ending(text: str, end: int, within: str, lexicon: Lexicon) -> tuple[RegionInfo, int] | None:
    """The township whose full name ends at `end` (the longest the gazetteer has), when it is the only one of that name
    under `within` (anywhere, where `within` is empty), with where its name starts."""
    for n in range(min(end, 8), 1, -1):
        if lexicon.towns_named(text[end - n:end]):
            found = lexicon.town(text[end - n:end], within)
            return (found, end - n) if found else None
    return None


def spoken_prefecture(key: str, text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The prefecture under `key` (the province a news piece is placed in for want of a finer name) that the piece
    speaks as (市委副书记、市长…, 全州: `_spoken_above`, never a county's, district's or township's words) and names as
    its own, with where: by its short name before a place's own life (准确把握拉萨发展…), or as the place a leader's
    speech or instruction is about (贯彻落实吴晓军省长调研海西重要指示精神); the one prefecture of `key` so named, else None.
    (`spoken_below` reads the levels under a prefecture.)"""
    info = lexicon.regions.get(key) if key else None
    if info is None or info.level != "province" or _speaks_below(text, lexicon) \
            or _spoken_above(text, _level_counts(text)) != "prefecture":
        return None
    found: dict[str, tuple[RegionInfo, tuple[int, int]]] = {}
    spans = [(a, b) for w, a, b, _ in _short_words(text, lexicon) if _SHORT_OWN_AFTER.match(text, b)]
    spans += [m.span("name") for m in _SPEECH_ABOUT.finditer(text)]
    for a, b in spans:
        for r in lexicon.candidates(text[a:b], key):
            if r.level == "city":
                found.setdefault(r.key, (r, (a, b)))
    return next(iter(found.values())) if len(found) == 1 else None
