"""Initiative works named by their shape: roads being built, works on a named river or site, water transfers, the
province's or the state's own platforms, rail lines by number or code, schools by their number and campuses by their
owner's short name (routes listed before one head: initiative_routes)."""
from __future__ import annotations

import re

from loaders.reading.text import sentence_around
from loaders.recognisers.initiative_proper_names import name_like
from loaders.recognisers.initiative_words import (
    CJK, GENERIC_OBJECTS, GEO_WORDS, GRADED_OBJECT, LEAD_RE, LEAD_VERBS, PROJECT, ROAD_GENERIC, Candidate, Tagger, clause_bounds, free_start,
)


# Roads named in a construction list: 新建续建飞跃大道、凤鸣路南延等59条道路; 加快推进滩九路、蟠龙路等
# 40条市政道路建设; 启动旅游路东延; 建成永明路北段、迎春东街…等50条道路. A road or street is an initiative when it is
# being built, extended or completed (延, 新建, 续建, 打通, 建设, 建成); one only renovated (改造提升金珠路, 亮化, 绿化) is not. A new piece of a road named after
# it is a work of its own, whatever the clause says (东湖大路延长线顺利实施, 抓好三八路下穿).
_ROAD = re.compile(r"([\u4e00-\u9fff]{2,6}?)(路|大道|大街|街|桥)([东南西北中]延(?:段|线)?|延长线|延伸段|下穿(?:通道)?|[东南西北中]段|"
                   r"[一二三四五六七八九十\d]期|[东南西北](?=$))?")
_ROAD_NEW = re.compile(r"新建|续建|打通|贯通|开工|建设|修建|延伸|启用|改建|重建|建成|竣工")
_WORKS_AFTER = re.compile(r"(?:(?:顺利|正式|全面|加快|即将|基本|全线)?(?:开工|建成|竣工|通车|贯通|实施))[^，。；、]{0,4}$")
# What a report writes before a road's name to say which road it is or where it lies (南北主干道蓝溪路, 北片振兴路): the kind
# of road or the part of a zone, not the road's name.
_ROAD_DESCRIPTOR = re.compile(r"(?:(?:南北|东西)?(?:主干道|次干道|主干路|次干路|快速路|干道)|[东南西北中]片区?)(?=[\u4e00-\u9fff]{2})")
_ROAD_OLD = re.compile(r"改造|提升|亮化|绿化|美化|整治|维修|大修|硬化|雨污|优化|管护")


def road_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out: list[Candidate] = []
    for cl in re.finditer(r"[^，。；：！？\n]+", text):
        clause = cl.group()
        if "路" not in clause and "大道" not in clause and "大街" not in clause and "桥" not in clause:
            continue
        pos = cl.start()
        for raw in re.split(r"(、|等|(?<=[桥路道街段期])和)", clause):     # 建成…大桥和北辛安路北段、…: 和 after a work
            start, end = pos, pos + len(raw)
            pos = end
            if raw in ("、", "等", "和") or not raw:
                continue
            lead = LEAD_RE.match(text, start, end)
            if lead and lead.end() < end:
                start = lead.end()
            desc = _ROAD_DESCRIPTOR.match(text, start, end)
            if desc:
                start = desc.end()
            works = _WORKS_AFTER.search(text, start, end)
            if works and works.start() > start:
                end = works.start()     # the last item carries the list's works (…、市民大道三期开工建设)
            m = _ROAD.fullmatch(text, start, end)
            if not m or ROAD_GENERIC.search(m.group(1)):
                continue
            toks = tg.tag(m.group(1))
            extended = bool(m.group(3) and ("延" in m.group(3) or "下穿" in m.group(3)))
            if any(f[:1] in "pcur" for _w, f in toks) or len(toks) == 1 and tg.freq(toks[0][0]) > 5000 and not m.group(3):
                continue        # a function word or one common word before 路 (逢山开路): not a road's name, unless a
                                # piece of it is named (工业大道南, 人民路东段, 工业大道三期)
            # the work on the road: in its own name (南延), or said of the whole list
            before, after = text[cl.start():start], text[end:cl.end()]
            # …or after the list (西部快线、潘州大道、工业大道南、市民大道三期开工建设; 金湖二桥、…工程加快推进)
            # …or of a counted list (四合路等16条街路竣工通车), or of a list of road works (…、渤海大道等重大路网工程)
            new = bool(_ROAD_NEW.search(before) or re.match(r"[^，。；]*?等[^，。；]{0,12}(?:建设|开工|建成|竣工|通车|道路工程|路网工程)", after)
                       or re.fullmatch(r"(?:、[^，。；、]{2,10})*(?:即将|基本|全线)?(?:开工|建成|竣工|通车|贯通|加快推进)[^，。；、]{0,4}", after))
            if extended or (new and not _ROAD_OLD.search(before + after.split("，")[0])):
                out.append(Candidate(start, end, m.group(), PROJECT, proper=True, suffix=m.group(2)))
    return out


# A numbered national or provincial road (G207, S202) names a project by its section being built (开工建设S202凌笪至白茅岭段);
# the road alone, or a section only renovated (老S214修建性改造, G207…提升改造), is an asset.
_CODED_SECTION = re.compile(r"(?<![老旧])[GS]\d{1,4}(?:国道|省道|线)?[\u4e00-\u9fff]{2,4}?至[\u4e00-\u9fff]{2,4}?段")
_SECTION_BUILT = re.compile(r"(?:新建|续建|开工|建设|建成|贯通|通车)")


def coded_section_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _CODED_SECTION.finditer(text):
        cs, ce = clause_bounds(text, m.start())
        around = text[cs:m.start()] + text[m.end():ce]
        if _SECTION_BUILT.search(around) and not _ROAD_OLD.search(around):
            out.append(Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True, suffix="段"))
    return out


# Works on a named river, lake, irrigation district, sluice or site: 东鱼河整治, 小清河复航, 彭楼灌区改扩建,
# 黄河滩区迁建, 茶山拦河闸除险加固, 白马湖水环境综合整治, 涑河生态修复, 龙开河综合整治二期建设. The object must be a name (a place word or a word jieba hardly knows):
# 河湖水系综合整治 and 河道治理 are activities, not projects.
# A section and the channel may come between the river and the works (黄河甘肃段河道防洪治理).
# A river bank's works are named so too, with their phase (武青堤防江滩综合改造一期, 汉口江滩提档升级).
# What follows is punctuation, what is done to the works, or how they were received (句容河整治广受市民好评).
_WORKS = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:河|湖|灌区|拦河闸|闸|水库|滩区|旧址|府城|渠|江滩|河滩|堤防|岸线))(?:[\u4e00-\u9fff]{2,3}段)?(?:干流|河道)?"
                    r"((?:水环境综合治理|水环境综合整治|综合整治提升|整治提升|综合整治|综合治理|综合改造|防洪综合治理|防洪治理|生态修复|"
                    r"整治|治理|复航|改扩建|续建配套|迁建|除险加固|水系连通|"
                    r"连通提升|保护修复|展陈提升|清淤|引水)(?:[一二三四五六七八九十]期)?)"
                    r"(?=[，。,；、和及等\n]|任务|工作|前期|完成|建成|开工|竣工|实现|取得|全面|加快|顺利|初见|广受|受到|入选|成效|建设|$)")
_JOINED = re.compile(r".*新一轮")
_WORKS_GENERIC = re.compile(rf"^(?:{GENERIC_OBJECTS}|河|湖|闸|灌区|滩区|旧址|渠|水渠|沟渠)")


# Spacecraft and probes of the national space programmes are named by their series and number (天宫一号目标飞行器与神舟八号
# 飞船交会对接, 嫦娥三号成功登月, “天问一号”), with their kind when written: each is one project. The modules of the space
# station have a name and no number (天和核心舱, 问天实验舱, 梦天实验舱): named with their kind.
_CRAFT = re.compile(r"“?(?:神舟|天宫|嫦娥|天问|天舟|天和|问天|梦天)(?:[一二三四五六七八九十]{1,3}|\d{1,2})号”?"
                    r"(?:载人飞船|货运飞船|飞船|目标飞行器|空间实验室|探测器|核心舱|实验舱)?|“?(?:天和|问天|梦天)”?(?:核心舱|实验舱)")


def spacecraft_candidates(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True, suffix="号") for m in _CRAFT.finditer(text)]


# Water transfers are named 引<source>济<target> or 引<source>入<target> (引汉济渭, 引江济淮, 引黄入冀): one project,
# with its 工程 when written. The source and target are one or two characters (rivers, places).
_TRANSFER = re.compile(r"引[\u4e00-\u9fff]{1,2}[济入][\u4e00-\u9fff]{1,2}?(?:[东西南北中]线)?(?:工程|项目)?"
                       r"(?=[、，。；等和及]|工程|项目|前期|建设|一期|二期|$)")


def transfer_candidates(text: str, tg: Tagger) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True, suffix="工程")
            for m in _TRANSFER.finditer(text) if free_start(text, m.start(), tg)]


def works_candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    out = []
    for m in _WORKS.finditer(text):
        start = m.start()
        cs, _ce = clause_bounds(text, start)
        pos = cs
        for w, _f in tg.tag(text[cs:m.end(1)]):
            if pos < start < pos + len(w):
                start = pos + len(w)          # 完|成鲁西北…: the object starts at a word's start
                break
            pos += len(w)
        lead = LEAD_RE.match(text, start, m.end(1))
        if lead:
            start = lead.end()
        joined = _JOINED.search(text, start, m.end(1))
        if joined:
            start = joined.end()              # 深化长江大保护和新一轮|太湖综合治理: the object starts after the round
        obj = text[start:m.end(1)]
        toks = tg.tag(obj)
        if len(obj) < 2 or _WORKS_GENERIC.match(obj) or GRADED_OBJECT.search(obj) or not free_start(text, start, tg):
            continue
        named = any(p in obj for p in places) or any(g in obj for g in GEO_WORDS) \
            or any(f.startswith("ns") or (len(w) >= 2 and tg.freq(w) < 50) for w, f in toks) or name_like(toks, tg, ("nr", "nz"))
        if obj.endswith(("江滩", "河滩", "堤防", "岸线")):      # a bank is named by its place (低标堤防 is a kind)
            named = any(p in obj[:-2] for p in places) or any(f.startswith(("ns", "nz")) for _w, f in tg.tag(obj[:-2]))
        if not named:
            continue
        # 涑河、方城河、柳青河综合治理: bare objects listed before it share the works (one project)
        while start > 1 and text[start - 1] == "、":
            prev = re.search(r"[\u4e00-\u9fff]{1,5}(?:河|湖|灌区|闸|水库)$", text[max(0, start - 7):start - 1])
            if not prev or not free_start(text, start - 1 - len(prev.group()), tg):
                break
            start = start - 1 - len(prev.group())
            lead = LEAD_RE.match(text, start, start + len(prev.group()) - 1)
            if lead:
                start = lead.end()
        out.append(Candidate(start, m.end(), text[start:m.end()], PROJECT, proper=True, suffix=m.group(2)))
    return out


# Platforms are mostly kinds (省级创新平台, 融资平台) or services (“济企通”平台, 平台 of a product: 高空作业平台), so 平台
# heads no name in general. The one platform, system or model of the province or the state, written with its owner and
# what it runs (建成省低空运行管理服务平台, 迭代升级国家（西部）算力调度平台, 建好省营商环境监测系统), is built as one: 省 (not 省级, 全省) or 国家（region）
# opens it, and at least four characters say what it runs.
_OWNED_PLATFORM = re.compile(r"(?<![全本我外各节])(?:省(?![级内外市委份会])|国家[（(][\u4e00-\u9fff]{1,4}[）)])([\u4e00-\u9fff“”]{4,16}?)(平台|系统|大模型)")


def platform_candidates(text: str, tg: Tagger) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True, suffix=m.group(2))
            for m in _OWNED_PLATFORM.finditer(text)
            if free_start(text, m.start(), tg) and not LEAD_RE.match(m.group(1))]


# A stretch between places written with dashes (东水门-储奇门段岸线提升, 渝州宾馆-上清寺段环境品质提升工程): the works on the
# stretch are one project, named from its first place; a name that opens right after a dash (…-文化宫-大礼堂文化风貌片区)
# starts at the first place of the chain.
DASHES = "-－–"
_PLACE = r"[\u4e00-\u9fff]{2,6}"
_STRETCH_WORKS = re.compile(rf"(?:{_PLACE}[{DASHES}])+{_PLACE}?段[\u4e00-\u9fff]{{0,8}}?(?:提升|整治|改造|水工|治理|修复|整修)(?:工程|项目)?"
                            r"(?=(?:施工|建设)?(?:[、，。；等和及]|$))")
_CHAIN_BEFORE = re.compile(rf"[\u4e00-\u9fff]{{2,12}}[{DASHES}](?:{_PLACE}[{DASHES}])*$")


def _past_verbs(text: str, start: int, stop: int, tg: Tagger) -> int:
    """Where the first place starts: after the verbs and adverbs (全力|推进, 完工) that open the span."""
    first = re.split(f"[{DASHES}]", text[start:stop], maxsplit=1)[0]
    for w, f in tg.tag(first)[:-1]:
        if not (w in LEAD_VERBS or f[:1] in "vd"):
            break
        start += len(w)
    return start


def stretch_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _STRETCH_WORKS.finditer(text):
        start = _past_verbs(text, m.start(), m.end(), tg)     # 完工|东水门-…: the verb before the first place is not the stretch's
        if free_start(text, start, tg) and text[start] not in DASHES:
            out.append(Candidate(start, m.end(), text[start:m.end()], PROJECT, proper=True, suffix="段"))
    return out


# A section of a named route and the works on it (G324国道平南段改线工程, 南梧二级公路平南段改扩建工程, S304线大安至思旺段
# 改建项目): one project, named from the route; the walk from 工程 stops inside at 段 (jieba reads 南段 as a direction) or at
# the works' verb (改扩建).
# Kinds of route or stretch (农村公路危桥段, 国道、省道部分路段) name none.
_SECTION_WORKS = re.compile(r"([GS]\d{1,4}|[\u4e00-\u9fff]{2,8}?)(?:国道|省道|高速公路|高速|一级公路|二级公路|公路|铁路|线)"
                            r"((?:[\u4e00-\u9fff]{1,6}至)?[\u4e00-\u9fff]{2,6}?)段"
                            r"(?:改扩建|改建|扩建|提升改造|改造提升|改造|改线|拓宽改造|拓宽|新建)?(?:工程|项目)")
_KIND_ROUTE = re.compile(r"(?:[、和及与]|.*?(?:农村|城市|城乡|国道|省道|县道|乡道|干线|部分|重点|沿线|各|危|路$))")


def section_works_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _SECTION_WORKS.finditer(text):
        start = _past_verbs(text, m.start(), m.end(), tg)
        if free_start(text, start, tg) and not LEAD_RE.match(text, start) \
                and not _KIND_ROUTE.match(text[start:m.end(1)]) and not _KIND_ROUTE.match(m.group(2)):
            out.append(Candidate(start, m.end(), text[start:m.end()], PROJECT, proper=True, suffix=m.group()[-2:]))
    return out


def chain_start(text: str, c: Candidate, tg: Tagger) -> None:
    """Move a name that opens right after a dash back to the first place of the chain of places before it."""
    if c.start == 0 or text[c.start - 1] not in DASHES:
        return
    m = _CHAIN_BEFORE.search(text, clause_bounds(text, c.start - 1)[0], c.start)
    if not m:
        return
    start = _past_verbs(text, m.start(), c.start, tg)
    if start < c.start and text[start] not in DASHES and free_start(text, start, tg):
        c.start, c.name = start, text[start:c.end]


# A school named by its number (十一学校, 八一中学, 一〇一中学): jieba reads the number as a count, but before a school's
# head it is the school's name, and a branch keeps it (开工建设十一学校石景山学校).
_SCHOOL_NUMBER = re.compile(r"(?<![一二三四五六七八九十〇零第])[一二三四五六七八九十〇零]{2,3}$")
_SCHOOL_HEADS = ("学校", "中学", "小学")


def numbered_school_start(text: str, c: Candidate) -> None:
    """Move a name opening with a school's head and going on (a branch) back over the number that names the school."""
    if not c.name.startswith(_SCHOOL_HEADS) or len(c.name) <= 2:
        return
    m = _SCHOOL_NUMBER.search(text[:c.start], max(0, c.start - 4))
    if m:
        c.start, c.name = m.start(), text[m.start():c.end]


# A campus named by its place after its owner's short name, which ends in 所 or 院 (首儿所通州院区, 北医三院崇礼院区):
# jieba reads 所 as a particle, but the owner opens the name, back to the clause's verb.
_CAMPUS = re.compile(r"[\u4e00-\u9fff]{2,4}(?:院区|分院|校区)")
CAMPUS_OWNER_MAX = 6


def campus_owner_start(text: str, c: Candidate, tg: Tagger) -> None:
    """Move a campus's name back over its owner's short name ending in 所 or 院."""
    if not _CAMPUS.fullmatch(c.name) or c.start < 2 or text[c.start - 1] not in "所院":
        return
    cs, _ = clause_bounds(text, c.start - 1)
    start = c.start
    for w, _f in reversed(tg.tag(text[cs:c.start])):
        if w in LEAD_VERBS or LEAD_RE.fullmatch(w) or not all(CJK.match(ch) for ch in w):
            break
        start -= len(w)
    if 2 <= c.start - start <= CAMPUS_OWNER_MAX:
        c.start, c.name = start, text[start:c.end]


# A middle school written by its number alone (一中, 六十九中; 市一中新校区), being built or finished in its sentence: a school,
# the number its name. Not a plenum (十九届四中全会: after 届, or before 全会) nor a number in a count.
_SHORT_SCHOOL = re.compile(r"(?<=[设成保进工动、，。；\n])((?:市|县|区)?[一二三四五六七八九十]{1,3}中(?:新校区|[东南西北]?校区|分校|新校)?)"
                           r"(?=[、，。；]|竣工|建成|开工|迁建|改扩建|扩建|$)")
_PLENUM = re.compile(r"(?:、[一二三四五六七八九十]{1,3}中)*全会")     # 三中、四中全会: plenums of a congress
SHORT_SCHOOL = "中"         # the suffix such a candidate carries
_SCHOOL_WORKS = re.compile(r"新建|续建|开工|建设|建成|竣工|迁建|扩建|投用")


def short_school_candidates(text: str) -> list[Candidate]:
    """Middle schools written by their number alone, being built or finished."""
    return [Candidate(m.start(1), m.end(1), m.group(1), PROJECT, proper=True, suffix=SHORT_SCHOOL)
            for m in _SHORT_SCHOOL.finditer(text)
            if _SCHOOL_WORKS.search(text, *sentence_around(text, m.start(1), m.end(1)))
            and not _PLENUM.match(text, m.end(1)) and "届" not in text[max(0, m.start(1) - 10):m.start(1)]]


# Power plants listed by owner and capacity before one kind (华盛2万千瓦、华能20万千瓦风电成功并网): each owner's plant is a
# project, the earlier items named with the kind they share. A total (新增装机2万千瓦, 累计并网…) owns nothing.
_POWER = r"[\u4e00-\u9fff]{2,6}?\d+(?:\.\d+)?万千瓦"
_POWER_LIST = re.compile(rf"((?:{_POWER}、)*{_POWER})(风光储|风光|风电|光伏|储能|火电)(?:项目)?")
_NOT_OWNER = re.compile(r"装机|新增|规模|累计|总|容量|建成|并网|达到|突破|超过|新能源|清洁能源")


# Two plants joined by 和/及 before the 项目 or 工程 they share, each named by owner and capacity (大唐2×66万千瓦发电和
# 东海拉尔发电厂2×35万千瓦热电联产项目): the first is a project of its own, named with the head it shares.
_RATING = r"\d+(?:\.\d+)?(?:[×xX]\d+(?:\.\d+)?)?万?(?:千瓦|兆瓦)"
_POWER_PAIR = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?{_RATING}(?:发电|热电联产|风电|光伏|储能|火电|光热|水电)?)[和及]"
                         rf"(?=[^，。；、等]{{2,20}}?{_RATING}[\u4e00-\u9fff]{{0,6}}?(项目|工程))")


_PLANT_KIND = re.compile(r"风电|光伏|储能|集中式|分布式|火电|水电|光热|风光|生物质|垃圾发电|抽水蓄能|配套")


def _owner(text: str, start: int, end: int) -> str:
    """The owner naming a rated plant at text[start:end] (its Chinese characters before the rating): two or more, and no
    word of a total or a kind of energy (装机, 新增, 新能源…); else ""."""
    owner = re.match(r"[\u4e00-\u9fff]+", text[start:end])
    return owner.group() if owner and len(owner.group()) >= 2 and not _NOT_OWNER.search(owner.group()) else ""


def power_pair_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _POWER_PAIR.finditer(text):
        start, end = m.start(1), m.end(1)
        toks = tg.tag(text[start:end])
        while toks and (toks[0][0] in LEAD_VERBS or toks[0][1][:1] in ("v", "d", "p", "c")):
            start += len(toks.pop(0)[0])
        owner = _owner(text, start, end)
        # (an owner is a firm or a place, not a kind of plant: 集中式光伏20万千瓦及配套储能…, 风电50万千瓦和光伏…)
        if owner and not _PLANT_KIND.search(owner):
            out.append(Candidate(start, end, text[start:end], PROJECT, proper=True, suffix=m.group(2),
                                 full=text[start:end] + m.group(2)))
    return out


def _item_spans(text: str, pos: int, items: list[str]):
    """Each item of a list written from text[pos], one separator between items: (k, start, end), a verb
    opening it (LEAD_RE: 建成, 推进…) left out."""
    for k, item in enumerate(items):
        start, end = pos, pos + len(item)
        pos = end + 1
        lead = LEAD_RE.match(text, start, end)
        yield k, lead.end() if lead else start, end


def power_list_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _POWER_LIST.finditer(text):
        items = m.group(1).split("、")
        for k, start, end in _item_spans(text, m.start(1), items):
            if not _owner(text, start, end) or not free_start(text, start, tg):
                continue
            last = k == len(items) - 1
            end = m.end() if last else end
            out.append(Candidate(start, end, text[start:end], PROJECT, proper=True, suffix=m.group(2),
                                 full="" if last else text[start:end] + m.group(2)))
    return out


# A rail line named by its number or code, with the section or phase of it being built: 轨道交通M102线, 地铁2号线马尾延伸段,
# 轨道交通22号线通州段, 市域S6线一期. A code alone (M102线) needs the kind of line before it; a number needs 号线.
_LINE = re.compile(r"(?:轨道交通|地铁|城际铁路|市域铁路|市域|城轨)(?:\d{1,3}号线|[A-Z]{1,2}\d{1,3}线)(?:[一二三四五六七八九十]期)?"
                   r"(?:[\u4e00-\u9fff]{2,4}?(?:延伸段|延长线|支线|段))?")


def line_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _LINE.finditer(text):
        name = m.group()
        section = re.search(r"线(?:[一二三四五六七八九十]期)?([\u4e00-\u9fff]{2,4}?(?:延伸段|延长线|支线|段))$", name)
        if section and section.group(1).startswith(("建设", "工程", "施工", "沿线")):
            name = name[:section.start(1)]      # 2号线建设段: no section named
        out.append(Candidate(m.start(), m.start() + len(name), name, PROJECT, proper=True, suffix="号线"))
    # 开通运营S1线、M6线西延，轨道交通运营里程…: a code alone is a rail line where its sentence speaks of rail (and not of buses:
    # 开通公交K1线，优化公交线网)
    for m in _CODE_LINE.finditer(text):
        sentence = text[slice(*sentence_around(text, m.start(), m.end()))]
        if any(c.start <= m.start() < c.end for c in out) or not _RAIL_WORDS.search(sentence) or _BUS_WORDS.search(sentence):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True, suffix="号线"))
    # 22、25、27号线纳入轨道交通五期建设规划: numbers listed before one 号线 share it, where the clause says the lines are
    # metro or rail lines; each number is a line (22号线), written as its number alone
    for m in _NUMBERED_LINES.finditer(text):
        if not _RAIL_WORDS.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30)):
            continue
        at = m.start()
        for number in m.group()[:-2].split("、"):
            last = at + len(number) == m.end() - 2
            out.append(Candidate(at, at + len(number) + 2 * last, number + "号线" * last, PROJECT, proper=True, suffix="号线",
                                 full=number + "号线"))
            at += len(number) + 1
    return out


_NUMBERED_LINES = re.compile(r"(?<![\d.、])(?:\d{1,2}、)+\d{1,2}号线")
_RAIL_WORDS = re.compile(r"轨道交通|地铁|城轨|线网")
_BUS_WORDS = re.compile(r"公交|巴士|客运班线")
_CODE_LINE = re.compile(r"(?<![A-Za-z\d])[A-Z]{1,2}\d{1,3}线(?:[一二三四五六七八九十]期)?(?:[东南西北]延(?:段|线)?)?")




# Grid works named by place and voltage, several places sharing one voltage and kind (抓好甘孜南、甘孜西、理塘500千伏输变电工程;
# 加快道孚和叶巴滩500千伏送出工程): each place's line is a work of its own, named with the voltage and kind it shares. An item
# with its own voltage before 和 takes only the head (金上±800千伏特高压直流和巴塘500千伏送出工程 → 金上±800千伏特高压直流工程).
_KV = r"[±]?\d+(?:\.\d+)?千伏"
_GRID_LIST = re.compile(rf"((?:[\u4e00-\u9fff]{{2,8}}?(?:{_KV}[\u4e00-\u9fff]{{1,8}}?)?[、和])+)([\u4e00-\u9fff]{{2,8}}?)"
                        rf"({_KV}[^\W\d_等和、]{{0,8}}?)(工程|项目)")
_GRID_OWNER = re.compile(rf"([\u4e00-\u9fff]+)({_KV}[\u4e00-\u9fff]+)?$")


def grid_list_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _GRID_LIST.finditer(text):
        shared, head = m.group(3), m.group(4)
        items = re.split(r"[、和]", m.group(1)[:-1]) + [m.group(2)]
        for k, start, end in _item_spans(text, m.start(1), items):
            owner = _GRID_OWNER.match(text, start, end)
            if not owner or len(owner.group(1)) < 2 or _NOT_OWNER.search(owner.group(1)) or not free_start(text, start, tg):
                continue
            if k == len(items) - 1:
                out.append(Candidate(start, m.end(), text[start:m.end()], PROJECT, proper=True, suffix=head))
            else:
                full = text[start:end] + head if owner.group(2) else text[start:end] + shared + head
                out.append(Candidate(start, end, text[start:end], PROJECT, proper=True, suffix=head, full=full))
    return out


# Works shared by places named before them. Bare rivers or lakes listed with 、 share the works on them (小清河、巨野河防洪
# 综合治理工程) and a basin's base (金沙江、雅砻江流域算电融合基地); a basin joined by 和 shares a place's works
# (海拉尔河流域和北山生态环境保护工程); a river's first works joined by 与 are part of one name with the second
# (潮白河综合治理与生态修复工程: the 与 joins two works on one river, not two names).
_BASIN = re.compile(r"[\u4e00-\u9fff]{1,5}?[江河湖]流域")
_BASIN_JOINED = re.compile(r"[\u4e00-\u9fff]{1,7}?[江河湖]流域[和及与]$")
_FIRST_WORKS = re.compile(r"[\u4e00-\u9fff]{1,7}?[江河湖渠](?:综合|生态|环境|水环境)?(?:治理|整治|修复|保护|提升|改造|疏浚|清淤)与$")


def rivers_before(text: str, start: int, tg: Tagger) -> int:
    """Where a name starts when bare rivers or lakes listed with 、 right before it share its works (`start` if none)."""
    while start > 1 and text[start - 1] == "、":
        item = re.search(r"(?:^|(?<=[、，。；：\n的]))[\u4e00-\u9fff]{1,6}?[江河湖]$", text[max(0, start - 10):start - 1])
        lead = item and LEAD_RE.match(item.group())
        if not item or not free_start(text, start - 1 - len(item.group()), tg):
            break
        start = start - 1 - len(item.group()) + (lead.end() if lead else 0)
    return start


def shared_place_start(text: str, cs: int, c: Candidate, tg: Tagger) -> None:
    """Move a works' or base's start back over the rivers, basin or first works it shares (see above)."""
    if text[c.start - 1:c.start] == "、" and _BASIN.match(c.name):
        c.start = rivers_before(text, c.start, tg)
        c.name = text[c.start:c.end]
        return
    if c.suffix not in ("工程", "项目"):
        return
    before = _BASIN_JOINED.search(text, max(cs, c.start - 9), c.start) or _FIRST_WORKS.search(text, max(cs, c.start - 14), c.start)
    if before:
        lead = LEAD_RE.match(text, before.start(), before.end())
        start = lead.end() if lead else before.start()
        if free_start(text, start, tg):
            c.start, c.name, c.type = start, text[start:c.end], PROJECT if _FIRST_WORKS.match(text, start, c.start) else c.type
