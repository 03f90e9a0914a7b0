"""Initiative names written as lists: the items of an 等…项目 list, programmes or zones that share one head, and
strategies listed before 等…战略."""
from __future__ import annotations

import re

from loaders.recognisers.initiative_list_items import ends_headed, list_items
from loaders.recognisers.initiative_proper_names import name_like
from loaders.recognisers.initiative_words import (
    BUILT_AFTER, CJK, CLAUSE_END, COUNT, FUNCTION_CHARS, GEO_WORDS, LEAD_RE, LEAD_VERBS, LEVEL_START, LIST_DENG, NEEDS_PROPER, NOMINAL_VERBS, PHASE, PROJECT,
    PUNCT, QUANTITY_FIRST, STRATEGY, SUFFIX_RE, SUFFIXES, Candidate, Tagger, Token, clause_bounds, count_value, listed_place)


# Programmes written as a list that shares one head (实施土壤污染源头防控、固体废物综合治理等行动; 实施景区强基焕新、
# 民宿品质提升行动; 加快…新场景、现代商贸流通体系、零售业创新提升等试点城市建设): each item is a programme, named by the item and the head; the item as written is an alias.
# An item names a programme when it is an object and what is done to it (…源头防控, …高质量发展), not a complete
# name of its own (…计划和…行动) nor a bare noun (汽车、数码、家电).
# (a list closed by 等重大 / 等重点 names major programmes: its items may be short, 工业强基、智能制造、绿色制造等重大工程)
_SHARED_HEAD = re.compile(r"((?:[^，。；：、“”（）()\n]{2,18}、)+)([^，。；：、“”（）()\n]{2,18}?)(等(?:重大|重点)?)?"
                          r"(三年行动计划|行动计划|三年行动|专项行动|攻坚行动|行动|工程|计划|试点城市|试点)(?=[，。；、和\n]|$|(?<=试点城市)建设)")
# One programme closed by 等 and its head, the others left unsaid (市场准入壁垒清理整治等行动: 6 times in 5 corpus reports).
_SHARED_ONE = re.compile(r"(?:(?<=[，。；：\n])|^)()([^，。；：、和“”（）()\n]{6,18}?)(等)(专项行动|行动)(?!计划|方案)")
# Two programmes joined by 和, each an object and what is done to it, sharing one head (实施医疗卫生强基和康复护理扩容提升工程).
_SHARED_AND = re.compile(r"([^，。；：、和“”（）()\n]{2,18}和)([^，。；：、和“”（）()\n]{4,18}?)()"
                         r"(三年行动计划|行动计划|三年行动|专项行动|攻坚行动|行动|工程|计划)(?=[，。；、\n]|$)")
# A list closed by 等 and a quoted count of programmes (以重点区块开发、…、招商引智等“六大专项行动”为抓手): when the items
# are as many as the count says, the document enumerates the bundle, and each item is one of its programmes.
# Without 等 or quotes the last item is one of them too (开展基础教育提升、医疗卫生发展、职业培训创新三项工程), and so it is
# where the quotes hold the items, not the count (全面实施“创客逐梦、创业筑巢、…”六项计划): the count and head name the bundle.
_SHARED_COUNTED = re.compile(r"((?:[^，。；：、“”（）()\n]{2,18}、)+)([^，。；：、“”（）()\n]{2,18}?)(等“|“|”|)([一二两三四五六七八九十]+)[大项]"
                             r"(专项行动|攻坚行动|行动|工程|计划|战略)”?(?=[，。；、为和\n]|$)")
# Zones written as a list of places that shares one head (加快汕头、湛江临港经济区建设; 推进许港、郑焦等产业带建设;
# 加快喀什和霍尔果斯经济开发区创新发展: two places joined by 和).
# A level or a kind may qualify the shared head (高标准建设盐城、常州国家级零碳园区; 加快云溪、东冲水利风景区建设).
# (the places may be counted before their head: 樟岚、梁厝、下洋、清富四大片区, 闽江口、福清湾、江阴湾等3个组团)
_SHARED_ZONE = re.compile(r"((?:[\u4e00-\u9fff]{2,4}[、和])+)([\u4e00-\u9fff]{2,4}?)(等)?(?:(?:\d+|[一二两三四五六七八九十]+)[个大])?"
                          r"((?:(?:国家级|省级)[\u4e00-\u9fff]{0,4}?)?(?:水利|森林|湿地|地质|生态|旅游|自贸(?=试验区)|自由贸易(?=试验区))?"
                          r"(临港经济区|经济开发区|经济区|产业带|示范区|试验区|片区|园区|风景区|景区|湿地公园|森林公园|商圈|组团|实验室))")


def _list_items(text: str, m: re.Match, tg: Tagger, sep: str = "、") -> list[tuple[int, str]]:
    """The items of a 、-list matched by `m` (group 1: the items before the last, each with its 、; group 2: the
    last; group 3: 等 when the last item shares the head too), the first one after the clause's last verb."""
    items, pos = [], m.start(1)
    for raw in re.split(f"[{sep}]", m.group(1))[:-1] + ([m.group(2)] if m.group(3) or m.re is _SHARED_COUNTED else []):
        items.append((pos, raw))
        pos += len(raw) + 1
    if items:
        cs, _ = clause_bounds(text, m.start(1))
        start, first_end = cs, m.start(1) + len(items[0][1])
        pos, prev = cs, ""
        for w, f in tg.tag(text[cs:first_end]):
            pos += len(w)
            if w in LEAD_VERBS and w not in NOMINAL_VERBS and not f.startswith("n") or f in ("d", "ad", "p") \
                    or w in FUNCTION_CHARS and not _GRADE.search(prev + w):
                start = pos     # 深入实施|…, 推进|许港: the item starts after the sentence's verb (not 劣V|类: a grade)
            prev = w
        lead = LEAD_RE.match(text, start, first_end)
        toks = tg.tag(text[start:first_end])
        if lead and not (len(toks) > 1 and toks[0][0] == lead.group() and toks[0][1] == "n" and toks[1][1] in ("n", "vn")):
            start = lead.end()      # 深入|…, 重点|推进…; but 重点区块开发: a noun before a noun qualifies it
        if text[m.start(1) - 1:m.start(1)] == "“":
            start = m.start(1)      # “创客逐梦、…: a quoted list starts inside its quote
        items[0] = (start, text[start:first_end])
    return [(s, raw) for s, raw in items if raw]


_GRADE = re.compile(r"[A-Za-zⅠ-Ⅻ]类$")       # 劣V类水体, Ⅲ类水质: a water or land grade, not 类 closing a phrase
_ACTIVITY_ENDS = frozenset("活动 工作 机制 服务".split())
_SCOPE = re.compile(r"^[跨多]|部门$")     # alone (…等行动), an item names what it works on (校园餐), not who works (跨部门联合执法)
_NAME_TAGS = ("nz", "nr", "nt", "b", "i")
RARE_ITEM = 1000        # jieba's frequency under which every word of a short list item makes it a name (国安, 喜来登)
RARE_PLACE = 100        # jieba's frequency under which a word of three characters or more, alone, reads as a place's name
SHARED_ITEM_MIN = 6     # characters: 文明出行、礼让行人等行动 are activities, 景区强基焕新 names a programme
PILOT_ITEM_MIN = 8      # characters: 现代商贸流通体系 says which pilot; 智慧城市 is a kind of city


def _object_and_work(name: str, tg: Tagger) -> bool:
    """A short item is an object and the work done on it (智能|制造, 草原|保护), however jieba joins the two words."""
    obj, work = tg.tag(name[:-2]), tg.tag(name[-2:])
    return len(obj) == 1 and obj[0][1] in ("n", "nz", "vn") and len(work) == 1 \
        and (work[0][1] in ("v", "vn") or name[-2:] in NOMINAL_VERBS)


def shared_head_candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    out: list[Candidate] = []
    counted = [m for m in _SHARED_COUNTED.finditer(text) if m.group(1).count("、") + 1 == count_value(m.group(4))
               and (m.group(3) != "”" or text[m.start(1) - 1:m.start(1)] == "“")]
    for m in counted:
        if m.group(3) == "”":      # “…、…”六项计划: the bundle the quoted items make up
            out.append(Candidate(m.start(4), m.end(), text[m.start(4):m.end()], STRATEGY, proper=True, counted=True,
                                 suffix=m.group(5)))
    for m, sep in [(m, "、") for m in _SHARED_HEAD.finditer(text)] + [(m, "和") for m in _SHARED_AND.finditer(text)] \
            + [(m, "、") for m in counted] + [(m, "、") for m in _SHARED_ONE.finditer(text)]:
        head, last = m.group(m.lastindex), m.group(2)
        if "等" in last or COUNT.search(last) or PHASE.search(last) \
                or not any(f[:1] in "nlij" for _w, f in tg.tag(last)) and not (m.re is _SHARED_COUNTED and head == "战略"):
            continue        # …等八大攻坚行动, …三大工程 (a counted bundle), 保护、抢救和修复工程 (verbs sharing one object),
            #                 …治理、东部两江三期工程 (the last is a project of its own)
        if sep == "和" and not _two_programmes(m, tg):
            continue
        enumerated = m.re is _SHARED_COUNTED      # counted, the items need not be long to be programmes (招商引智)
        listed = _list_items(text, m, tg, sep)
        found = len(out)
        for start, raw in listed:
            end = start + len(raw)
            toks = tg.tag(raw)
            name = text[start:end]
            major = len(m.group(3) or "") > 1 and 4 <= len(name) < SHARED_ITEM_MIN and _object_and_work(name, tg)
            if not toks or not (4 if enumerated or major else SHARED_ITEM_MIN) <= len(name) <= 14 or ends_headed(name) or any(p in PUNCT for p in name):
                continue
            last = toks[-1][0]
            if LIST_DENG.search(text, m.start(1), start) and start > m.start(1) or last in _ACTIVITY_ENDS:
                continue    # 松花江等主要江河…: a list of its own inside; 走访企业活动: an activity, complete without the head
            acts = toks[-1][1].startswith("v") or last[-2:] in NOMINAL_VERBS
            nouns = any(f[:1] in "nlij" and len(w) >= 2 and not (m.re is _SHARED_ONE and _SCOPE.search(w)) for w, f in toks[:-1])
            # a pilot is named by what it tries out, a system or a kind of business as well (现代商贸流通体系、…等试点)
            topic = head.startswith("试点") and len(name) >= PILOT_ITEM_MIN and toks[-1][1][:1] in "nj" and nouns
            # (a counted list of strategies names each by its slogan: 科技兴县、人才强县、产业富县三大战略)
            slogan = enumerated and head == "战略" and len(name) <= 6
            slogan = slogan or enumerated and m.group(3) == "”"    # “创客逐梦、…”六项计划: quoted and counted, each is one
            if (acts and nouns or topic or slogan or major) and (enumerated or last not in LEAD_VERBS - NOMINAL_VERBS):
                out.append(Candidate(start, end, name, SUFFIXES.get(head, STRATEGY), proper=True, suffix=head, full=name + head,
                                     major=major))
        if enumerated and not m.group(3) and len(out) - found < len(listed):
            del out[found:]     # 清洁降碳、安全可靠、…四大专项行动: unquoted, items that are not all programmes are its aims
    def placeish(raw: str) -> bool:
        toks = tg.tag(raw)
        return (raw in places or any(f.startswith("ns") for _w, f in toks) or all(len(w) == 1 for w, _f in toks)
                or rare_name(toks)) and raw not in LEAD_VERBS and tg.freq(raw) < 3000

    def rare_name(toks) -> bool:      # 未央路, 大明宫: one word jieba barely knows, a place's name (not 客站, 产业)
        return len(toks) == 1 and len(toks[0][0]) >= 3 and toks[0][1][:1] == "n" and tg.freq(toks[0][0]) < RARE_PLACE

    for m in _SHARED_ZONE.finditer(text):
        head = m.group(4)
        if head.startswith("自"):
            raws = re.split("[、和]", m.group(1))[:-1] + [m.group(2)]
            places = ["".join(w for w, _f in listed_place(raw, tg, first=k == 0)) for k, raw in enumerate(raws)]
            if all(places):
                end = m.start(1)
                for raw, place in zip(raws, places):
                    end += len(raw) + 1
                    out.append(Candidate(end - 1 - len(place), end - 1, place, PROJECT, proper=True, suffix=m.group(5),
                                         full=place + head))
            continue            # 上海和广东、天津、福建自贸试验区 (national 2015, 2016): provinces, too common to jieba to be rare
        if not placeish(m.group(2)) or not (all(f.startswith("ns") or len(w) == 1 or tg.freq(w) < RARE_PLACE
                                                    for w, f in tg.tag(m.group(2))) or rare_name(tg.tag(m.group(2)))):
            continue            # 济南和青岛产业|园区: the last item is no place, the head is longer than the list says
        items = _list_items(text, m, tg, "、和")
        cm = re.match(r"(\d+|[一二两三四五六七八九十]+)[个大]", text[m.end(2):m.start(4)])
        if cm and not m.group(3) and count_value(cm.group(1)) == len(re.findall("[、和]", m.group(1))) + 1:
            items.append((m.start(2), m.group(2)))     # 樟岚、梁厝、下洋、清富四大片区: counted, the last item is one of them
        for start, raw in items:
            if 2 <= len(raw) <= 4 and placeish(raw):
                out.append(Candidate(start, start + len(raw), raw, SUFFIXES.get(m.group(5), PROJECT), proper=True, suffix=m.group(5),
                                     full=raw + head, built=bool(BUILT_AFTER.match(text, m.end()))))
    return out


# "加快惠科、东华鲲鹏、歌尔全球研发总部等项目建设": the items of a list closed by 等…项目 are
# projects named after their company or product (惠科项目). So are the items of a list closed by 等 and a verb of
# commissioning (推动三一重能风电整机、…研究院等投运增效) or the works before a project (加快长征渠引水等前期工作); so are
# those of a list closed by 等…工程 said to be finished or begun (铜九铁路、九昌樟成品油管线、…等工程顺利完成).
# A list of two or more right before 项目建设 (加快发达广场、时代广场项目建设) names its projects as well.
_PROJECT_LIST = re.compile(r"((?:[^，。；：、“”（）()]{2,24}、)*[^，。；：、“”（）()]{2,24})等(?:(?:[\d一二三四五六七八九十]+个|一批)?"
                           r"[^，。；：、]{0,12}?项目|(?=投运|投产|开工|竣工|建成投用|前期工作)"
                           r"|[^，。；：、]{0,6}?工程(?=(?:顺利|全面|基本|相继|如期)?(?:完成|完工|竣工|建成|开工|通车|投用)))"
                           r"|((?:[^，。；：、“”（）()等]{2,24}、)+[^，。；：、“”（）()等]{2,24}?)(?=项目(?:建设|前期|开工|竣工))")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{2,6}[•·・][\u4e00-\u9fff]{2,6}")
_INVESTED = re.compile(r".*?\d+(?:\.\d+)?(?:亿|万)元的?")
_CAPACITY = re.compile(r"[\u4e00-\u9fff]{2}\d+(?:\.\d+)?(?:千伏|万千瓦|兆瓦|千瓦|万吨|万立方米)")
_COMPANY = re.compile(r"集团|公司|股份|科技|实业")
# 如意|润发有限公司: a word jieba reads as a verb a few characters before 公司 or 集团 is the company's name, kept.
_FIRM_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,3}(?:有限公司|有限责任公司|股份有限公司|集团|公司)")
_HOUSING = re.compile(r"安置|保障|安居|回迁|棚改|棚户")
# 城市轨道交通, 农村公路, 城乡供水: a kind of works every city or village has (not a road named by its side: 城市东外环道路)
_SCOPE_KIND = re.compile(r"(?:城市|农村|城乡|乡村|县域)(?![东南西北中])")
_LAID_OUT = re.compile(r"布局")        # 布局建设…等项目, 布局一批…: the kinds of capacity a plan lays out
_FIELDS = re.compile(r"领域|方面")     # 聚焦新质生产力、…等重点领域谋划实施项目: the items are fields


class _ListMatch:
    """A _PROJECT_LIST match whose items are group 1 in either form (closed by 等…, or right before 项目建设)."""
    def __init__(self, m: re.Match):
        self.m, self.g = m, 1 if m.group(1) is not None else 2

    def group(self, i: int = 0) -> str:
        return self.m.group(self.g if i == 1 else i)

    def start(self, i: int = 0) -> int:
        return self.m.start(self.g if i == 1 else i)

    def end(self, i: int = 0) -> int:
        return self.m.end(self.g if i == 1 else i)

    def span(self, i: int = 0) -> tuple[int, int]:
        return self.m.span(self.g if i == 1 else i)


def project_lists(text: str) -> list[_ListMatch]:
    """The "A、B…等…项目" lists of a text, but resettlement lists (新东站安置一区、潘田等4个生活保障项目:
    sites named after villages); and the lists a stage of projects opens (在谈项目汉鼎电子、东阳光等)."""
    return [m for m in map(_ListMatch, _PROJECT_LIST.finditer(text)) if not _HOUSING.search(text[m.end(1):m.end()])
            and not _FIELDS.search(text[m.end(1):m.end()])
            and not _CLEANUP.match(re.split(r"[，。；：\n]", text[max(0, m.start(1) - 12):m.start(1)])[-1]
                                   + m.group(1).split("、")[0])] + [
        _ListMatch(m) for m in _STAGED_LIST.finditer(text)
        if not _STAGED_NOT.match(m.group(1)) and not _OF_A_KIND.match(text, m.end()) and not _HOUSING.search(m.group(1))]


# 在谈项目汉鼎电子、东阳光等, 签约项目…、…等: projects at one stage (being negotiated, signed, begun…) written before the list
# of them, apposed: each item is a project, judged as the items of a list closed by 等…项目 (a name, not a kind).
_STAGED_LIST = re.compile(r"(?:在谈|签约|在建|续建|新开工|储备|招引|落地|投产|竣工)项目(?![建库])"
                          r"((?:[^，。；：、“”（）()等]{2,24}、)+[^，。；：、“”（）()等]{2,24}?)等")


# (not fields or stages the projects are in, 在建项目主要集中在新能源、新材料等产业, 招引项目落地、投产、达效等全周期服务:
# a verb of scope opening the list, or 等 before a kind, a field or a service)
_STAGED_NOT = re.compile(r"(?:主要|集中|分布|涉及|包括|覆盖|落地|投产|达效|开工|建成)")
_OF_A_KIND = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:产业|领域|行业|服务|方面|环节|周期|类|方向)")


# 整治非法调洗油、小化工等“散乱污”项目: a list of what is cleaned up or shut names no project.
_CLEANUP = re.compile(r"[^、]{0,6}?(?:整治|取缔|关停|清理|淘汰|拆除|关闭|清退|查处|打击)")


def list_candidates(text: str, tg: Tagger, places: dict[str, str], lists: list[_ListMatch]) -> list[Candidate]:
    out = []
    for m in lists:
        pos = m.start(1)
        items = []          # (start, end, name, accepted, plain): plain = 2-6 characters, ends on a noun
        headed = 0
        # 布局建设煤制芳烃、…焦化化产深加工等项目: what is laid out is a kind of plant; only a company or place names one
        laid_out = bool(_LAID_OUT.search(re.split(r"[，。；：\n]", text[max(0, m.start(1) - 12):m.start(1)])[-1]
                                         + m.group(1).split("、")[0]))
        # 和 and 及 join two items (中俄商贸街及酒店), but inside one work (…骨干及城乡配套、…): initiative_list_items
        for item, tail in list_items(m.group(1)):
            start, end = pos, pos + len(item)
            pos = end + len(tail) + 1
            while start < end and text[start] in "\n \t":
                start += 1      # a line break before the first item (…\n推进南繁硅谷…等项目): the line's verb is trimmed below
            inv = _INVESTED.match(text, start, end)
            if inv:
                start = inv.end()
            lead = LEAD_RE.match(text, start, end)     # 抓紧抓实尼龙66新材料: the tagger splits 抓实 into 抓|实
            if lead and lead.end() < end:
                start = lead.end()
            toks = tg.tag(text[start:end])
            while toks and (toks[0][0] in LEAD_VERBS or toks[0][0] in FUNCTION_CHARS
                            or len(toks[0][0]) > 1 and toks[0][1] in ("v", "vd", "d", "ad", "i", "l", "p", "c", "r")
                            and not _FIRM_AHEAD.match(text, start + len(toks[0][0]), end)):
                start += len(toks.pop(0)[0])
            lead = LEAD_RE.match(text, start, end)
            if lead and lead.end() < end:
                start = lead.end()
                toks = tg.tag(text[start:end])
            name = text[start:end]
            # 亿盛二期, 方圆二期: a phase names one project of its own (a category has no phases)
            phased = len(toks) >= 2 and bool(PHASE.fullmatch(toks[-1][0])) and len(name) >= 4
            # 低轨卫星组网, 低空监视服务网示范: a noun and the work on it, named as a project among named ones
            # (废石综合利用: the work may be a set phrase, l)
            worked = len(toks) >= 2 and toks[-1][1] in ("v", "vn", "l") and toks[-1][0] not in LEAD_VERBS \
                and toks[-2][1][:1] in "nj" and len(name) >= 5
            owned = len(name) >= 5 and len(toks) >= 2 and toks[-1][1] in ("v", "vn", "l") and toks[-1][0] not in LEAD_VERBS \
                and not laid_out and not _SCOPE_KIND.match(name) and _owner_first(toks[:-1], tg, places)
            # 图们长安500千伏输变电: a place's works of a stated capacity name one project
            sized = bool(_CAPACITY.search(name))
            if len(name) >= 4 and SUFFIX_RE.search(name[-4:]) and toks and (
                    toks[-1][0] in SUFFIXES and toks[-1][0] not in NEEDS_PROPER or _listed_proper(name, toks, tg, places, laid_out)):
                headed += 1     # 空天信息产业园, 孟底沟水电站: a headed name (found by the suffix patterns) among the items
            # 人良健康 (人|良|健康), 中微微元 (中|微微|元): a name jieba does not know, cut into single characters whatever
            # the last one means; taken only among company names (below)
            unknown = 3 <= len(name) <= 6 and sum(len(w) == 1 and bool(CJK.match(w)) and w not in FUNCTION_CHARS for w, _f in toks) >= 2 \
                and not any(len(w) > 1 and f[:1] == "v" for w, f in toks)      # 资源化利用, 纳厂处理: a way of working
            # 国安, 洲际, 喜来登, 蒙|西: words jieba hardly knows, whatever it tags them, read as a company's or brand's name
            # (a common noun's tag, n or j, is a kind however rare the word: 氢能, 光伏, 传感器)
            rare = len(name) >= 2 and all(tg.freq(w) < RARE_ITEM and f.startswith(_NAME_TAGS) for w, f in toks) \
                or len(name) == 2 and len(toks) == 2 and all(CJK.match(w) and w not in FUNCTION_CHARS for w, _f in toks)
            # 豪杰•翡翠湾, 绿地·中央公园: a brand and an estate or site joined by a middle dot, one name as developers write it
            dotted = bool(_DOTTED.fullmatch(name))
            if len(name) < 2 or not toks or SUFFIX_RE.search(name[-4:]) or (toks[-1][1][0] not in "nj" and not phased and not worked
                                                                             and not unknown and not rare and not sized and not dotted and not owned
                                                                             and not (toks[-1][1] == "b" and len(name) >= 6)):
                continue
            if m.g == 2 and (worked or owned or toks[-1][1][:1] == "v") or QUANTITY_FIRST.match(name):
                continue        # 背街小巷整治项目建设: without 等, a chore before 项目 is a kind of project; 2台热水锅炉: an amount
            ok = (phased and not LEVEL_START.match(name) or _listed_proper(name, toks, tg, places, laid_out, m.g == 2)
                  or rare and not laid_out or sized and not laid_out or dotted) and not worked or owned
            plain = (2 <= len(name) <= 6 or worked) and not LEVEL_START.match(name) and not _SCOPE_KIND.match(name) \
                and not (len(toks) == 1 and tg.freq(name) > 300)
            items.append((start, end + len(tail), name + tail, ok, plain))   # (…骨干|及城乡配套: judged by its first part)
        # 顺诺机器人、中工际华、宏大纺织等项目: an item among company names is a company's project too
        named = sum(it[3] for it in items) + headed
        among = named >= 2 and 2 * named >= len(items) + headed
        for start, end, name, ok, plain in items:
            if ok or among and plain:
                out.append(Candidate(start, end, name, PROJECT, proper=True, listed=True))
    return out


# 加快都市工业港4号、云锦二期等41.6万平方米标准厂房建设: items numbered or phased (…4号, …二期) in a list closed by 等 and
# building works each name one project, whatever the kind built after 等, when a place, an organisation or a rare
# person-like word names what is numbered (管廊三期, 智慧园区二期 are the next stage of a kind of works).
_BUILT_LIST = re.compile(r"((?:[^，。；：、“”]{2,16}、)+[^，。；：、“”]{2,16})等[^，。；：、]{0,16}?(?:建设|工程)")
_NUMBERED = re.compile(r"[\u4e00-\u9fff]{2,10}(\d+号|[一二三四五六七八九十\d]期)")


def numbered_list_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _BUILT_LIST.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            start, end = pos, pos + len(item)
            pos = end + 1
            lead = LEAD_RE.match(text, start, end)
            if lead and lead.end() < end:
                start = lead.end()
            num = _NUMBERED.fullmatch(text, start, end)
            if num and not LEVEL_START.match(text, start, end) and any(
                    f in ("nz", "nt", "ns", "j") or f.startswith("nr") and tg.freq(w) < 1000 for w, f in tg.tag(text[start:num.start(1)])):
                out.append(Candidate(start, end, text[start:end], PROJECT, proper=True))
    return out


def _two_programmes(m: re.Match, tg: Tagger) -> bool:
    """Whether the parts around 和 are two programmes (each a noun and a nominal verb), not one name (引进和培育计划)."""
    left, right = tg.tag(m.group(1)[:-1]), tg.tag(m.group(2))
    return bool(left and right) and right[0][1].startswith("n") and any(
        f.startswith("n") and len(w) >= 2 for w, f in left[:-1]) and left[-1][0] in NOMINAL_VERBS


# 金川四矿区贫矿资源综合开发利用, 益海嘉里油脂加工, 红格南矿开发利用: the work on a thing whose owner (a place, a company,
# a rare name) opens the item is that owner's project, listed as one; a work on a kind (城市更新改造) names no owner.
OWNER_RARE = 30         # jieba's frequency under which a noun opening an item reads as its owner's name (红格)


def _owner_first(toks: list[Token], tg: Tagger, places: dict[str, str]) -> bool:
    if not toks:
        return False
    owner = "".join(w for w, _f in toks)
    w, f = toks[0]
    return bool(re.search(r"[A-Za-z]", owner) or _COMPANY.search(owner)) or any(owner.startswith(p) for p in places) \
        or len(w) >= 2 and (f.startswith("ns") or f[:1] == "n" and tg.freq(w) < OWNER_RARE) \
        or _cut_name(toks)


def _cut_name(toks: list[Token]) -> bool:
    """益|海|嘉里油脂: a name jieba does not know opens the owner, cut into single characters (a surname's or a place's
    first), then a word of a place or name: a company's name, not a kind of work."""
    return len(toks) >= 3 and len(toks[0][0]) == 1 and len(toks[1][0]) == 1 and toks[0][1].startswith(("nr", "ns")) \
        and CJK.match(toks[0][0]) is not None and toks[2][1].startswith(("nr", "ns", "nz"))


# 丹竹100兆瓦光伏发电项目, 华能50万千瓦风电项目: a plant's capacity inside its name follows its owner (a place, a company);
# after other words (装机容量50万千瓦光伏项目, 并|网20兆瓦…) the name starts after the capacity, a kind of plant.
_CAPACITY_IN = re.compile(r"[\d.]+(?:[×xX][\d.]+)?(?:万|千)?(?:千瓦|兆瓦|吉瓦|MW|GW)")


def capacity_start(text: str, c: Candidate, tg: Tagger, places: dict[str, str]) -> None:
    cap = _CAPACITY_IN.search(c.name)
    if not cap or cap.start() == 0 or c.type != PROJECT or c.reason or "“" in c.name:
        return
    owner = c.name[:cap.start()]
    toks = tg.tag(owner)
    if any(owner.endswith(p) or owner.startswith(p) for p in places) or _COMPANY.search(owner) or re.search(r"[A-Za-z]", owner) \
            or name_like(toks, tg, ("nr", "nrt", "nrfg", "nz", "nt", "j")) or any(f in ("nz", "nt") for _w, f in toks):
        return
    c.start += cap.end()
    c.name, c.proper = text[c.start:c.end], False


def _listed_proper(name: str, toks: list[Token], tg: Tagger, places: dict[str, str], laid_out: bool = False,
                   strict: bool = False) -> bool:
    """Stricter than _proper: a list item must look like a company or product name (strict: not only described)."""
    if re.search(r"[A-Za-z\d]", name) and CJK.search(name) or _COMPANY.search(name):
        return True
    if any(p in name for p in places) or any(g in name for g in GEO_WORDS):
        return True
    if laid_out or _SCOPE_KIND.match(name):
        return False    # 推进城市轨道交通、滨河路…等项目: a kind of works in every city or village, among named ones
    if len(name) >= 5 and len(toks) >= 2 and not any(w in LEAD_VERBS for w, _f in toks) and not strict:
        return True     # 柔性显示屏, 智慧新能源整车: a product or plant described; a category is a word or two (大数据)
    return name_like(toks, tg, ("nr", "nrt", "nrfg", "nz", "nt", "j"))


# A counted bundle written after its items (实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动): when the items
# before it are as many as the count says, the last item is one of them, and the bundle is named by its count and head
# (四大专项行动), as a bundle written without its items is.
_BUNDLE_NAME = re.compile(r"([\u4e00-\u9fff]{2,8}?)(\d+|[一二两三四五六七八九十]+)[大项个]")
_BUNDLE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}$")


def enumerated_bundle_start(text: str, start: int, name: str) -> int:
    """Where a counted bundle's name starts (at its count) when its items are listed before it with 、 (`start` if not)."""
    m = _BUNDLE_NAME.match(name)
    if not m or text[start - 1:start] != "、":
        return start
    items, pos = 1, start
    while text[pos - 1:pos] == "、":
        item = _BUNDLE_ITEM.search(text, max(0, pos - 9), pos - 1)
        if not item:
            return start
        items, pos = items + 1, item.start()
        lead = LEAD_RE.match(text, pos, item.end())
        if lead:
            pos = lead.end()
            break
    return start + m.start(2) if items == count_value(m.group(2)) else start


# A company's plant named by the company and its product, 项目 dropped, right before it starts to produce
# (服务好中海油装备智能制造投产, 推动宁德时代动力电池投产): the company opens the name (an organisation, or a name jieba does
# not know), the product ends it, and the clause says the plant starts work. The name is the company's project.
_PLANT = re.compile(r"((?:(?![等和及与])[\u4e00-\u9fff]){5,16}?)(?=(?:并网|正式|顺利|全面|建成|竣工)?(?:投产|投运|达产|满产))")


def plant_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _PLANT.finditer(text):
        cs = m.start()
        while cs > 0 and not CLAUSE_END.match(text[cs - 1]) and text[cs - 1] not in "等和及与":
            cs -= 1
        toks = tg.tag(text[cs:m.end()])
        start = cs
        while toks and (toks[0][0] in LEAD_VERBS or toks[0][0] in FUNCTION_CHARS or toks[0][1][:1] in ("v", "d", "a", "p", "c", "r")):
            start += len(toks.pop(0)[0])
        if len(toks) < 3 or not 5 <= m.end() - start <= 14 or toks[-1][1][:1] not in "nbj" or toks[-1][1] == "nr":
            continue
        owner = toks[0][1] == "nt" or _COMPANY.search(toks[0][0]) \
            or toks[0][1] in ("nz", "nr", "nrt", "ns") and tg.freq(toks[0][0]) < 300 or name_like(toks[:2], tg, ())
        name = text[start:m.end()]
        if owner and not any(w in LEAD_VERBS for w, _f in toks[1:]) and "项目" not in name \
                and not any(ch in FUNCTION_CHARS for ch in name):
            out.append(Candidate(start, m.end(), name, PROJECT, proper=True, listed=True))
    return out


# Strategies written as a list closed by 等…战略 (实施经济总量翻番、工业强市建设等重大战略; 深入实施科教兴国、人才强市等战略):
# each item is a strategy, named by the item (without the 建设 that carries it out) and 战略; the item as written is an
# alias. Not 战略性… or 战略 qualifying a noun (等战略性新兴产业, 等战略科技力量, 等战略对接): the list names fields.
_LISTED_STRATEGIES = re.compile(r"((?:[^，。；：、“”（）()\n]{2,12}、)+)([^，。；：、“”（）()\n]{2,12}?)(等)(?:重大|国家|发展|重点)?战略"
                                r"(?=[，。；,;、\n]|$|的?(?:实施|部署|落地))")
_CARRIED_BY = re.compile(r"建设$")
# 科教兴国, 人才强市, 生态立省: a place made strong by something, a strategy whatever jieba tags it
_STRONG_PLACE = re.compile(r"[兴强立富活][国省市县区州镇乡]$")


def listed_strategy_candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _LISTED_STRATEGIES.finditer(text):
        for start, raw in _list_items(text, m, tg):
            toks = tg.tag(raw)
            core = _CARRIED_BY.sub("", raw)
            acts = _STRONG_PLACE.search(core) or toks and toks[-1][1][:1] in "vil" or toks and toks[-1][1] == "nz"
            if len(core) < 4 or raw in places or any(p in PUNCT for p in raw) or not acts:
                continue        # 京津冀、长三角…等战略: regions named as partners; 数字经济、海洋经济: fields
            out.append(Candidate(start, start + len(raw), raw, STRATEGY, proper=True, suffix="战略", full=core + "战略"))
    return out


# 大明宫建材家居钻石店、盛龙广场、汉神购物广场如期开业; 完工重庆来福士、复地金融中心、光控朝天门中心: an item listed among named
# works (at least two, half the list) in a clause that builds or opens them is a work too, though no head says so, when it
# reads as a name (a place or company, a rare word, a brand•estate, a phase). The first item starts after the clause's
# verbs, the last ends before what is said of the list (如期开业, 等…, 项目建设).
_AMONG_BUILT = re.compile(r"开业|投运|投用|竣工|完工|开工|建成|建设|运营|营业|落地|开街")
_AMONG_END = re.compile(r"(?:等|项目|(?:如期|顺利|全面|加快|已|正式|基本|相继|先后)*(?:建设|竣工|开工|投运|投用|开业|完工|建成|运营|营业|落地|开街|投入))")
AMONG_MIN = 2           # named works in the list


def among_named_candidates(text: str, cands: list[Candidate], tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    named = [c for c in cands if c.type == PROJECT and not c.reason and (c.proper or c.suffix not in NEEDS_PROPER)]
    out = []
    for cl in re.finditer(r"[^，。；：！？\n,;]+", text):
        if cl.group().count("、") < 1 or not _AMONG_BUILT.search(cl.group()):
            continue
        segs, pos = [], cl.start()
        for raw in cl.group().split("、"):
            segs.append((pos, pos + len(raw)))
            pos += len(raw) + 1
        covered = [any(s <= c.start and c.end <= e for c in named) for s, e in segs]
        if sum(covered) < AMONG_MIN or 2 * sum(covered) < len(segs):
            continue
        for k, ((s, e), cov) in enumerate(zip(segs, covered)):
            if cov or any(c.start < e and s < c.end for c in cands):
                continue
            if k == len(segs) - 1:
                cut = _AMONG_END.search(text, s, e)
                e = cut.start() if cut else e
            toks = tg.tag(text[s:e])
            while k == 0 and toks and (toks[0][0] in LEAD_VERBS or toks[0][1][:1] in ("v", "d", "p")):
                s += len(toks.pop(0)[0])
            name = text[s:e]
            if not 3 <= len(name) <= 14 or not toks or toks[-1][1][:1] == "v" or LEVEL_START.match(name) or _SCOPE_KIND.match(name) \
                    or re.search(r"[“”\"'‘’]", name) or k == 0 and any(f[:1] == "v" for _w, f in toks):
                continue        # (强势拉开|老城区、…: a verb left in the first item, the list's start is not found)
            if _DOTTED.fullmatch(name) or PHASE.search(name) and len(toks) >= 2 or _listed_proper(name, toks, tg, places):
                out.append(Candidate(s, e, name, PROJECT, proper=True, listed=not name.endswith(tuple(SUFFIXES))))
    return out          # (listed: named without a head, 项目 is added to its name: 重庆来福士项目; not to 琴湖大道)

