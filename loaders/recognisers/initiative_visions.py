"""Initiatives a place names after itself: its programmes (平安济南, 法治历城, “海外济南”), bundles of them
(五个济南, “活力铁锋、创新铁锋、…”) and its vision of itself (“宜居宜业新辽阳”, 建设宜居宜业美丽幸福兴庆)."""
from __future__ import annotations

import re

from loaders.recognisers.initiative_checks import BRAND_AFTER
from loaders.recognisers.initiative_words import CJK, LEAD_VERBS, STRATEGY, STRONG_SECTORS, SUFFIX_RE, Candidate, strong_province_name

_NUM = "一二三四五六七八九十两"


# City programmes: 平安济南, 法治历城, “海外济南”. The modifiers are the usual vocabulary of
# such programmes; a quoted place name after any two characters is taken as well.
PROGRAMME_MODIFIERS = frozenset(
    "平安 法治 健康 美丽 诚信 智慧 数字 幸福 文明 生态 文化 科创 智造 康养 品质 服务 田园 先锋 食安 绿色 活力 "
    "人文 创新 开放 宜居 书香 实力 魅力 和谐 效能 阳光 清廉 善治 共享 精致 高效".split()
)


# Modifiers that are also verbs (服务湖南高质量发展, 开放…) and what goes on after a place's name
_VERB_LIKE = frozenset("服务 创新 开放 共享 高效 品质 实力 魅力 活力".split())
# (济南市民, 浙江省, 湖南路), or an honour or a work of the programme (法治枣庄先进镇, 平安湖南示范…, 平安建设考评)
_PLACE_GOES_ON = re.compile(r"[市省区县州盟镇乡村街路人籍]|先进|示范|模范|考|工作")


def programme_candidates(text: str, places: dict[str, str]) -> list[Candidate]:
    out: list[Candidate] = []
    if not places:
        return out
    alt = "|".join(sorted(map(re.escape, places), key=len, reverse=True))
    # N个<place>: 五个济南, 四个历城 (a bundle of the place's programmes)
    for m in re.finditer(rf"[{_NUM}]个(?:{alt})(?![\u4e00-\u9fff])", text):
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, region=places[m.group()[2:]]))
    # “活力铁锋、创新铁锋、…平安铁锋”: one quote listing a place's programmes is one vision, said as one
    visions = []
    for m in re.finditer(rf"“((?:[\u4e00-\u9fff]{{2}}(?:{alt})、)+[\u4e00-\u9fff]{{2}}(?:{alt}))”", text):
        items = m.group(1).split("、")
        if sum(i[:2] in PROGRAMME_MODIFIERS for i in items) * 2 > len(items):
            place = next(p for p in sorted(places, key=len, reverse=True) if items[0][2:] == p)
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, region=places[place]))
            visions.append(m.span())
    # “宜居宜业新辽阳”, 建设美丽文明新兰山: qualities, then 新 and the place, is the place's vision of itself
    for m in re.finditer(rf"(?:“|(?<=建设|打造|建成|创建))((?:[\u4e00-\u9fff]{{2}}){{1,4}}?)新({alt})(?=”|[，。；、]|$)", text):
        if any(q[:1] in _NUM or q in LEAD_VERBS for q in re.findall("..", m.group(1))):
            continue
        quoted = text[m.start()] == "“" and text.startswith("”", m.end())
        out.append(Candidate(m.start(), m.end() + quoted, text[m.start():m.end() + quoted], STRATEGY, region=places[m.group(2)]))
    for m in re.finditer(rf"(?<=建设|打造|建成)((?:[\u4e00-\u9fff]{{2}}){{2,4}}?)({alt})(?=[，。；、]|$)", text):
        pairs = re.findall("..", m.group(1))      # 建设宜居宜业美丽幸福兴庆: the vision is named by all its qualities
        if sum(q in PROGRAMME_MODIFIERS for q in pairs) * 2 > len(pairs) and not any(q in LEAD_VERBS for q in pairs):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, region=places[m.group(2)]))
            visions.append(m.span())
    # <modifier><place>, or “<any two><place>”
    named: list[tuple[int, int]] = []
    mods = "|".join(sorted(PROGRAMME_MODIFIERS - _VERB_LIKE))
    for m in re.finditer(rf"(“)?([\u4e00-\u9fff]{{2}})({alt})(”)?", text):
        if any(s <= m.start() < e for s, e in visions):
            continue
        quoted = bool(m.group(1) and m.group(4))
        if m.group(2) not in PROGRAMME_MODIFIERS:
            continue
        nxt = text[m.end():m.end() + 1]
        built = re.search(r"(?:建设|打造|创建|建成|争创)$", text[max(0, m.start() - 2):m.start()]) \
            and not SUFFIX_RE.search(re.split(r"[，。；、：]", text[m.end():m.end() + 8])[0])
        subject = re.match(r"[，。；：、\n]?$", text[max(0, m.start() - 1):m.start()]) or any(e == m.start() for _s, e in named) \
            or re.match(rf"(?:{mods})(?:{alt})", text[m.end():])
        if not quoted and not built and CJK.match(nxt) and nxt not in "建行工战和与及" \
                and not (subject and m.group(2) not in _VERB_LIKE and not _PLACE_GOES_ON.match(text, m.end())):
            continue        # 健康济南市民…: not a name's end (建设幸福海拉尔|助力…: built, and no head follows;
                            # 建成开放上海|大歌剧院 goes on); the subject of its clause (，幸福湖南更加可感可及;
                            # 美丽江苏画卷徐徐铺展) or right after another (平安浙江|法治浙江建设) it is named
        named.append((m.start(2) if not quoted else m.start(), m.end()))
        if not quoted and re.match(r"[A-Za-z]+[\u4e00-\u9fff]", text[m.end():m.end() + 8]):
            continue        # 建设数字甘孜AI中台: the programme's name qualifies a system named after it
        s = m.start(2) if not quoted else m.start()
        brand = "brand" if BRAND_AFTER.match(text, m.end()) else ""     # “食安济南”品牌: a brand
        out.append(Candidate(s, m.end(), text[s:m.end()], STRATEGY, brand, region=places[m.group(3)]))
    return out


_STRONG = re.compile("(%s)强省(战略)?(?![\u4e00-\u9fff])|(%s)强省(战略)?(?=建设|战略|和|与|及|的)" % (
    ("|".join(sorted(STRONG_SECTORS, key=len, reverse=True)),) * 2))


def strong_province_candidates(text: str) -> list[Candidate]:
    """制造强省, 质量强省, 人才强省战略: a sector + 强省 is a strategy of the province (the name is the sector's word and 强省,
    written with 战略 or without: one strategy, named without it; 建设 after it is what is done, not the name)."""
    out = []
    for m in _STRONG.finditer(text):
        if re.search(r"(?:现代化|百|经济)$", text[max(0, m.start() - 3):m.start()]):
            continue        # 海洋经济强省 is not 海洋's; a ranking's or a goal's qualifier
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, full=strong_province_name(m.group()) or ""))
    return out



# An autonomous region names its sector strategies as a province does, with 区 for 省 (教育强区、科技强区、人才强区; 文化强区
# 战略, 制造强区: 15 mentions in the corpus's five reports of autonomous regions). Only in the region's own report: in a
# district's (海拉尔区) 产业强区 is the district's slogan (initiative_words.STRONG_SECTORS). Written with 战略, the name is
# found by its head already (文化强区战略); these are the bare forms.
_STRONG_REGION = re.compile("(?:%s)强区(?:(?![\u4e00-\u9fff])|(?=建设|和|与|及|的))" % "|".join(sorted(STRONG_SECTORS, key=len, reverse=True)))


def strong_region_candidates(text: str, places: dict[str, str]) -> list[Candidate]:
    """教育强区, 制造强区 in an autonomous region's own report: the region's sector strategies."""
    own = max(places.values(), key=lambda k: k.count("/"), default="")
    if "/" in own or not own.endswith("自治区"):
        return []
    out = []
    for m in _STRONG_REGION.finditer(text):
        if re.search(r"(?:现代化|百|经济)$", text[max(0, m.start() - 3):m.start()]):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY))
    return out
