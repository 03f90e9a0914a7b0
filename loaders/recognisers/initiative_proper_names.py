"""Whether the words before an initiative head name one thing (a place, a quote, a rare word) or only a kind.

names_one gives the answer for a name found from its head; name_like is the evidence list items and works use too.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import (
    ASPIRE, BUILD_VERBS, CJK, COUNT, FUNCTION_CHARS, GEO_WORDS, LEAD_VERBS, NEEDS_PROPER, NOMINAL_VERBS, PHASE, PROJECT,
    ROAD_GENERIC, STRICT_HEADS, Candidate, Tagger, Token,
)
from loaders.recognisers.officials import surnames      # loaders/data/surnames.tsv (the officials' table)

# Scope words name nothing (全国, 国际, 北方…): an aspiration needs a proper name beyond them.
_SCOPE = re.compile(r"全国|全省|全市|国家级?|国际|世界|全球|北方|南方|中国|长江以北|区域性?|现代|一流|知名|重要")
# A national designation being pursued is one thing (创建国家社会信用体系建设示范城市).
_DESIGNATION = re.compile(r"(?:综合性)?(?:国家|全国)")
_CREATE = re.compile(r"创建|争创|申建|申报|建设|推进|加快|打造|争取")


# A category: a level or scope before it (村级综合文化服务中心), or a count after it (建成…实验室5处).
CATEGORY_START = re.compile(r"(?:省级|市级|县级|区级|镇级|村级|街道级?|镇街级?|村社区|村居|社区|各|重大|重点|国家级|省|市|县|区|镇|村)")
_COUNT_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|处|所|家|座|条|项)")
DESCRIBED_MIN = 8       # characters before the head


def _described(prefix: str, text: str, c: Candidate) -> bool:
    """Whether a name without proper-name evidence still describes one initiative: a long
    specific description (DESCRIBED_MIN characters or more before its head) being built or
    pursued in its clause, not a category (level or count) and not an aspiration."""
    if len(prefix) < DESCRIBED_MIN or CATEGORY_START.match(prefix) or _COUNT_AFTER.match(text, c.end):
        return False
    after = text[c.end:c.end + 6]
    return bool(BUILD_VERBS.search(c.context) or re.match(r"(?:建设|建成|开工|启用|投用|运营|落地)", after)) \
        and not ASPIRE.search(c.context)


# A level's own institution: 市/区/县 alone, then what the institution does (市残疾人康复中心, 区公共卫生服务中心,
# 市三院医疗康养综合楼), being built (a verb before its list, or works after it). One per level, so one thing; a count or
# 各级 makes it a category. So is its new site (市档案馆新馆, 市实验幼儿园新园).
OWN_HEADS = frozenset("中心 医院 院区 校区 综合楼 教学楼 门诊楼 住院楼 病房楼 医技楼 实验楼 学校 中学 体育馆 图书馆 文化馆 博物馆 美术馆 "
                       "科技馆 档案馆 幼儿园 新馆".split())
_OWN_LEVEL = frozenset("市 区 县")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
OWN_MIN = 2             # characters between the level and the head (市体育中心; not 市中心, 市医院)
_WORKS_AFTER = re.compile(r"(?:、[^，。；、]{2,14}?)*(?:建设|开工|竣工|建成|迁建|扩建|改扩建)")   # the works said after a list of them


def _own_institution(prefix: str, text: str, c: Candidate, tg: Tagger) -> bool:
    toks = tg.tag(prefix)
    if len(toks) < 2 or toks[0][0] not in _OWN_LEVEL or len(prefix) - 1 < OWN_MIN or _COUNT_AFTER.match(text, c.end):
        return False
    if any(w in LEAD_VERBS and w not in NOMINAL_VERBS or f.startswith(("m", "q", "r", "p", "c", "u", "d")) and not _ORDINAL.fullmatch(w)
           for w, f in toks[1:]):       # (县第一人民医院新院区: an ordinal says which institution, it counts none)
        return False
    listed = text[max(0, c.start - 40):c.start]
    listed = re.split(r"[，。；！？\n,;:：]", listed)[-1]      # 开工建设市一中新校区、市实验幼儿园新园: the list's verb
    works_after = _WORKS_AFTER.match(text, c.end)                 # 启动市民中心、市档案馆新馆建设: the list's works after it
    return bool(BUILD_VERBS.search(listed) or works_after) and not ASPIRE.search(listed)


def _phase_owner(prefix: str, tg: Tagger) -> bool:
    """Whether the part before a phased head names its owner (大唐|码头二期, LNG|项目三期), not a kind (智慧|园区二期)."""
    toks = tg.tag(prefix)
    return bool(re.search(r"[A-Za-z]", prefix)) or any(f in ("nz", "nt", "ns", "j") or f.startswith("nr") and tg.freq(w) < 1000
                                                       for w, f in toks) \
        or name_like(toks, tg, ("nz",))


def named_beyond_scope(prefix: str, tg: Tagger, places: dict[str, str]) -> bool:
    """Whether a name's part before its head holds a proper name once scope words are removed:
    a quote, Latin letters or digits, a place or geographic word, or a rare name-like word."""
    rest = _SCOPE.sub("", prefix)
    if not rest:
        return False
    if "”" in rest or re.search(r"[A-Za-z\d]", rest) or any(p in rest for p in places) \
            or any(g in rest for g in GEO_WORDS):
        return True
    return name_like(tg.tag(rest), tg, ("nz", "nt"))


def _proper(c: Candidate, prefix: str, tg: Tagger, places: dict[str, str]) -> bool:
    """Whether the part of a name before its suffix shows a proper name.

    Evidence: a quoted part, Latin letters or digits (5G, RCEP), a place or geographic
    word, or a word jieba does not know (an unknown name comes out as single characters,
    惠科 → 惠 科) or knows as rare.
    """
    if not prefix:
        return False
    if "“" in prefix or "”" in prefix or re.search(r"[A-Za-z\d]", prefix) or c.name.startswith("“") and c.name.endswith("”"):
        return True
    if re.fullmatch(r"[市区县镇乡]?第[一二三四五六七八九十]{1,3}(?![批轮期届次个])[\u4e00-\u9fff]{0,4}", prefix) \
            and c.suffix in _NUMBERED_HEADS:
        return True       # 第六水厂, 第三污水处理厂, 镇第二中心小学: an ordinal says which one
    if re.fullmatch(r"[市区县镇乡]?第[一二三四五六七八九十]{1,3}[\u4e00-\u9fff]{0,4}(?:医院|中学|小学|高中|学校)", prefix) \
            and c.suffix in _BUILDING_HEADS:
        return True       # 第五人民医院病房楼, 第三中学实验楼: a building of a numbered institution
    if _DESIGNATION.match(prefix) and _CREATE.search(c.context or ""):
        return True       # 创建国家社会信用体系建设示范城市: a national designation being pursued
    if any(p in prefix for p in places) or any(g in prefix for g in GEO_WORDS) or "（" in prefix:
        return True
    road = re.match(r"[\u4e00-\u9fff]{2,4}(?:路|街|大道)(?![区道巷网])", prefix)
    if road and not ROAD_GENERIC.search(road.group()):
        return True       # 旅游路水厂, 人民路小学北校区: a facility named by its road
    toks = tg.tag(prefix)
    if name_like(toks, tg, ("nr", "nrt", "nrfg", "nz", "nt", "j")) or _toponym(toks, tg) or _owned(toks, tg):
        return True
    # A rare word names a programme or a park (小鸭产业园, 增绿计划), but a base or a centre described by
    # rare words is still a kind of facility (融媒短视频直播基地, 智慧数据管控中心).
    return c.suffix not in RARE_NOT_ENOUGH and any(len(w) >= 2 and tg.freq(w) < 30 and not w.endswith("型") for w, _ in toks)


RARE_NOT_ENOUGH = frozenset("基地 中心".split())
# Institutions a city numbers (第六水厂, 第三中学, 第二人民医院).
_NUMBERED_HEADS = frozenset("水厂 处理厂 净化厂 医院 中学 小学 高中 学校 变电站".split())
_BUILDING_HEADS = frozenset("综合楼 教学楼 门诊楼 住院楼 病房楼 医技楼 实验楼 院区 校区".split())
# A company or bank named before what it builds (包商银行培训中心): its own, one thing. The word before 银行, 集团… must be
# rare (包商, whatever jieba tags it; an unknown name split into characters is name_like's); 商业银行 owns nothing.
_OWNER_WORDS = frozenset("银行 集团 公司 有限公司 股份公司".split())
OWNER_RARE = 300


def _owned(toks: list[Token], tg: Tagger) -> bool:
    for k in range(1, len(toks)):
        if toks[k][0] not in _OWNER_WORDS:
            continue
        w = toks[k - 1][0]
        if len(w) >= 2 and tg.freq(w) < OWNER_RARE and CJK.match(w):
            return True
    return False
_GEO_END = frozenset("山 峰 岭 湖 河 岛 湾 泉")
_VILLAGE_END = frozenset("家 庄 村 屯 营 寨 集 店 铺 洼 峪")


def _toponym(toks: list[Token], tg: Tagger) -> bool:
    """Words that read as a place name by the shape of Chinese toponyms: a less common word before a
    mountain, lake, river or spring (五峰|山, 大明|湖), or a family name before 家, 庄, 村… (董家, 王庄)."""
    for k, (w, f) in enumerate(toks):
        if len(w) == 2 and w[1] in _VILLAGE_END and w[0] in surnames() and tg.freq(w) < 1000:   # not 国家, 农村
            return True
        if w in _GEO_END and k > 0 and len(toks[k - 1][0]) >= 2 and tg.freq(toks[k - 1][0]) < 400 \
                and not toks[k - 1][1].startswith(("v", "a", "d")):
            return True
    return False


# Words jieba tags as places that name no place: compass directions.
_NS_NOT_NAMES = frozenset("北方 南方 东方 西方 东北 西北 东南 西南".split())


def name_like(toks: list[Token], tg: Tagger, name_tags: tuple[str, ...]) -> bool:
    """Words that read as a proper name: two unknown single characters in a row (jieba
    splits a name it does not know: 惠科 → 惠 科), or a rare place, person or organisation word."""
    single = 0
    for w, f in toks:
        if len(w) == 1 and w not in FUNCTION_CHARS and CJK.match(w):
            single += 1
            if single >= 2:
                return True
        else:
            single = 0
        if len(w) >= 2 and f.startswith("ns") and (w not in _NS_NOT_NAMES or tg.freq(w) < 300):
            return True       # a place, however well known (香港客厅, 华山片区, 沙河新区)
        if len(w) >= 2 and f in name_tags and tg.freq(w) < 300:
            return True
    return False


def names_one(c: Candidate, text: str, head_start: int, head_end: int, tg: Tagger, places: dict[str, str]) -> bool:
    """Whether a name found from its head (text[head_start:head_end]) names one thing: proper-name evidence before the
    head, or a long description, a phase or a level's own institution being built."""
    proper = _proper(c, text[c.start:head_start].lstrip("“"), tg, places)
    if proper and c.suffix in STRICT_HEADS and not named_beyond_scope(text[c.start:head_start].lstrip("“"), tg, places):
        proper = False      # 创投基金, 社区城管工作站: a body or post of a kind; 上合产业基金 is one
    if not proper and c.suffix in NEEDS_PROPER and _described(text[c.start:head_start], text, c):
        proper = True       # 海洋科学大型仪器区域中心: a long description of one thing being built
    if not proper and c.type == PROJECT and PHASE.search(text[head_end:c.end]) and len(c.name) - len(text[head_start:c.end]) >= 2 \
            and not CATEGORY_START.match(text[c.start:head_start]) and not COUNT.search(c.context) \
            and _phase_owner(text[c.start:head_start], tg):
        proper = True       # 大唐码头二期: a phase belongs to one thing being built, never to a category
    if not proper and c.suffix in OWN_HEADS and _own_institution(text[c.start:head_start], text, c, tg):
        proper = True       # 开工建设区精神卫生防治中心: the level's own institution being built
    return proper
