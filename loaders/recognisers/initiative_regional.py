"""Initiatives named by who they join or who owns them: cooperation between regions (湘赣边区域合作, 粤桂东西部协作)
and a place's own platform, system or model (重庆市营商环境监测系统, 杭州语料库); a national-level cluster a place or field
names (绥哈大齐国家级生物制造集群).

A cooperation is named by the provinces it joins, written with their one-character short names (湘, 赣, 粤, 桂…),
two or more in a row, then how they work together (区域合作, 东西部协作, 协同发展, 一体化发展); 湘鄂渝黔毗邻地区协同机制
is the machinery, not the programme, and “三医”协同发展 joins no regions.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import (
    LEAD_RE, PROJECT, STRATEGY, Candidate, Tagger, free_start, items_before, listed_place,
)

# The provinces' one-character short names (京津冀, 湘赣, 粤港澳, 川渝, 黔, 滇, 陇…).
PROVINCE_SHORT = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青宁新港澳台"
_COOPERATION = re.compile(rf"([{PROVINCE_SHORT}]{{2,5}})(边区?|毗邻地区|地区|区域)?"
                          r"(区域合作|东西部(?:扶贫)?协作|对口(?:合作|协作)|协作|协同发展|一体化发展|同城化发展|同城化)"
                          r"(?!格局|机制|体系|水平|成效|成果|态势|新局面|的|示范区|先行区)")


def cooperation_candidates(text: str, tg: Tagger) -> list[Candidate]:
    """湘赣边区域合作, 粤桂东西部协作, 川渝协同发展: two or more provinces' short names, at a name's start, before the form
    of their cooperation."""
    out = []
    for m in _COOPERATION.finditer(text):
        start = m.start()
        while start < m.start(1) + len(m.group(1)) - 2 and not free_start(text, start, tg):
            start += 1          # 深化湘赣边…: the verb's last character is no province
        if len(set(text[start:m.end(1)])) < 2 or not free_start(text, start, tg):
            continue
        out.append(Candidate(start, m.end(), text[start:m.end()], STRATEGY, suffix=m.group(3)))
    return out


# A city and a county inside it join up under their first characters (平叶一体化发展: 平顶山 and 叶县), as provinces do by
# their short names: the document's own places (its region and the regions above it) only, two different ones.
_LOCAL_JOINT = r"(一体化(?:发展)?|同城化(?:发展)?|协同发展|融合发展)(?!格局|机制|体系|水平|成效|成果|态势|示范区|先行区|发展)"


def local_pair_candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    firsts: dict[str, str] = {}
    for key in set(places.values()):
        firsts.setdefault(key.rsplit("/", 1)[-1][0], key)
    if len(set(firsts.values())) < 2:
        return []
    out = []
    for m in re.finditer(rf"([{''.join(firsts)}]{{2,3}}){_LOCAL_JOINT}", text):
        if len({firsts[ch] for ch in m.group(1)}) == len(m.group(1)) and free_start(text, m.start(), tg):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, suffix=m.group(2)))
    return out


# A zone and a place, or a zone of many places, developed as one (加快福州新区与平潭一体化发展, 融入…、主城都市区一体化发展):
# the zone named by its kind (…新区, …都市区, …市, …区, …县) right after a verb or a list's comma; 城乡一体化 joins no place.
_INTEGRATED = re.compile(r"(?:(?<=[，。；、\n])|(?<=推进|推动|加快|融入|深化|促进|实现|加速))"
                         r"([\u4e00-\u9fff]{2,6}?(?:新区|都市区|市|区|县))(?:与([\u4e00-\u9fff]{2,4}?))?一体化发展"
                         r"(?!格局|机制|体系|水平|成效|成果|态势|示范区|先行区)")


def integrated_area_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _INTEGRATED.finditer(text):
        lead = LEAD_RE.match(text, m.start(), m.end(1))
        start = lead.end() if lead else m.start()       # ，加快|福州新区…: the verb opens no name
        if m.end(1) - start >= 2:
            out.append(Candidate(start, m.end(), text[start:m.end()], STRATEGY, suffix="一体化发展"))
    return out


# A place's own platform, system or model, written with the place and at least four characters of what it runs
# (上海市公共数据开放平台, 杭州城市大脑系统). 全市, 各地, 本省 own nothing; the bare kinds (信息平台, 监测系统) are
# categories. 省 and 国家（region） are read by initiative_works.platform_candidates.


def owned_system_candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    """A platform, system or model whose name opens with a place (its full name, or a short name the document's
    places know) at a name's start: the place's own one, being built."""
    out = []
    if not places:
        return out
    alt = "|".join(sorted(map(re.escape, places), key=len, reverse=True))
    for m in re.finditer(rf"({alt})(?:省|市|自治区|自治州|州|县|区|盟|旗)?((?:(?![等和及与])[\u4e00-\u9fff“”]){{4,16}}?)(平台|系统|大模型|语料库|数据库)"
                         r"(?=[，。；、等和及与）]|建设|$)", text):
        if not free_start(text, m.start(), tg) or LEAD_RE.match(m.group(2)) or "”" in m.group(2) and "“" not in m.group(2):
            continue
        if re.match(r"[级内外域各本]", m.group(2)):
            continue            # 市级…平台, 省内…系统: a level or a scope, no owner
        out.append(Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True, suffix=m.group(3)))
    return out


# A destination brand is 大 before a place (大峨眉, 大九寨, “大黄山”): the place's name grown into the region around it. It
# names one thing only with a sign it is a name: in quotes before 品牌, 建设 or the tourism it is for, or two or more
# listed (大峨眉、大香格里拉、大九寨等交旅融合建设). 大 before a sector (“大财政”, “大开放”, “大文旅”) is a way of working.
_BRAND_SIGN = r"(?:品牌|建设|世界级|(?:交旅|文旅|农文旅|旅游)(?:融合)?)"
_BIG_QUOTED = re.compile(rf"“(大[\u4e00-\u9fff]{{2,4}})”(?={_BRAND_SIGN})")
_BIG_LIST = re.compile(rf"(大[\u4e00-\u9fff]{{2,4}}(?:、大[\u4e00-\u9fff]{{2,4}})+)等(?={_BRAND_SIGN})")
_GEO_END = "山湖江河岛湾峰岭"


def _place_after_big(name: str, tg: Tagger) -> bool:
    """Whether what follows 大 is a place: one place word (峨眉, 九寨, 香格里拉) or a mountain, lake, bay… (零号湾)."""
    toks = tg.tag(name[1:])
    return len(toks) == 1 and toks[0][1] in ("ns", "nrt") or name[-1] in _GEO_END and len(name) >= 3


def destination_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _BIG_QUOTED.finditer(text):
        if _place_after_big(m.group(1), tg):
            out.append(Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True))
    for m in _BIG_LIST.finditer(text):
        items, pos = m.group(1).split("、"), m.start(1)
        if free_start(text, pos, tg) and all(_place_after_big(i, tg) for i in items):
            for i in items:
                out.append(Candidate(pos, pos + len(i), i, PROJECT, proper=True))
                pos += len(i) + 1
    return out


# Coastal areas opened up as a whole (福宁湾、溪南半岛和东冲半岛加快开发建设): a bay, peninsula or island listed before its
# development is a project of its own. Alone and without development said of it, a bay is a place.
_AREA = r"[\u4e00-\u9fff]{1,4}(?:半岛|湾|岛)"
_AREAS_DEVELOPED = re.compile(rf"({_AREA}(?:(?:、|和|及|与){_AREA})*)(?:加快|全面|有序|整体|持续)?(?:开发建设|综合开发|开发开放|开发)(?!区)")


def developed_area_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _AREAS_DEVELOPED.finditer(text):
        pos = m.start(1)
        for item in re.split("、|和|及|与", m.group(1)):
            start = pos
            while start < pos + len(item) - 2 and not free_start(text, start, tg):
                start += 1      # 推进福宁湾…: the verb before the first item is not the bay's
            if free_start(text, start, tg) and pos + len(item) - start >= 2:
                out.append(Candidate(start, pos + len(item), text[start:pos + len(item)], PROJECT, proper=True,
                                     suffix=re.search("半岛|湾|岛", item[-2:]).group()))
            pos += len(item) + 1
    return out


# A national-level cluster named by its place or field before 国家级 and built or created (高水平建设绥哈大齐国家级生物制造
# 集群, 支持创建锂电新能源国家级集群): one designation the place builds, a Project. Without a name before the level
# (创建国家级中小企业特色产业集群, 新增1个国家级…集群), after a list (有色金属等国家级产业集群) or won (入选…) it is a kind or an honour.
_NATIONAL_CLUSTER = re.compile(r"(?:建设|创建|争创|打造|培育)([\u4e00-\u9fff]{2,8}?国家级[\u4e00-\u9fff]{0,8}?集群)(?![\u4e00-\u9fff])")


_QUALIFIERS = frozenset("更 多 新 好 优 强".split())


def national_cluster_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _NATIONAL_CLUSTER.finditer(text):
        owner = m.group(1)[:m.group(1).index("国家级")]
        toks = tg.tag(owner)
        # (a name's nouns, or an abbreviation jieba cuts into single characters: 绥|哈|大|齐, four cities)
        # (single characters only when all are, an abbreviation; 更多, 新, 一批 before the level count or qualify a kind)
        singles = all(len(w) == 1 for w, _ in toks) and len(toks) >= 2
        if re.search(r"[等个批项和及与一\d]|更多", owner) or not singles and any(w in _QUALIFIERS for w, _f in toks) \
                or not (singles or all(f[:1] in "nj" for _w, f in toks)):
            continue
        out.append(Candidate(m.start(1), m.end(1), m.group(1), PROJECT, proper=True, suffix="集群"))
    return out


# Places listed before a national designation built in the last of them (祁连山、若尔盖国家公园; 建好长江、大运河国家文化公园
# 江苏段; 沈阳、大连国家物流枢纽): the designation's name is written once, each place has its own (祁连山国家公园). An item
# is one place as jieba reads it (ns, nz), the first after the sentence's verb (建好|长江); a pilot title shared by cities
# (长春、松原国家碳达峰试点城市, a Strategy) is one national programme and is left as before. Only a name kept is shared
# (保护好…锡山、大溪国家湿地公园五大生态屏障: the last is no work built, nor are the others).
_NATIONAL_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}(国家级?[\u4e00-\u9fff]{2,})")


def _one_place(item: str, tg: Tagger, first: bool) -> str:
    toks = listed_place(item, tg, first, areas=True)
    return toks[0][0] if len(toks) == 1 and 2 <= len(toks[0][0]) <= 3 else ""


def shared_designation_candidates(text: str, cands: list[Candidate], tg: Tagger, known=frozenset()) -> list[Candidate]:
    """`known`: names the lexicon knows; an item that is no place to jieba but whose designation is one of them is the
    list's too (长城、长征、|黄河国家文化公园: 长征国家文化公园)."""
    out = []
    for c in cands:
        m = _NATIONAL_AFTER_PLACE.match(c.name)
        if c.type != PROJECT or not m or text[c.start - 1:c.start] != "、" \
                or not _one_place(c.name[:m.start(1)], tg, first=False):
            continue
        for start, end, first in items_before(text, c.start - 1):
            place = _one_place(text[start:end], tg, first) or (text[start:end] if text[start:end] + m.group(1) in known else "")
            if not place:
                break
            out.append(Candidate(end - len(place), end, place, PROJECT, proper=True, suffix=c.suffix,
                                 full=place + m.group(1)))
    return out
