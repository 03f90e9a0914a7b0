"""Initiative candidates in prose: every finder run over a text (candidates, called by loaders/recognisers/initiatives.py).

A name is found from its end: a suffix that heads initiative names (起步区, 产业园, 攻势,
高铁…). Its start is searched leftwards over jieba tokens: the walk stops at punctuation,
at a function word, at a verb that introduces an object (建设, 推进, 打造…) and at a count
(10个…, which marks a category, not a name); verbs left at the front are then trimmed.
Every candidate is returned, with the reason it must be dropped if it must (the caller
turns those into issues), and with the evidence that it is a proper name (a place, a
quoted part, an unknown word), which the generic-prone suffixes (中心, 项目, 基地…) need.

This module finds names from their heads (suffix_candidates), quoted names and city programmes, and runs every finder.
The rest lives beside it, each module importing only those listed before it: initiative_words (the vocabulary,
Candidate), initiative_proper_names (proper-name evidence), initiative_boundaries (the leftward walk), initiative_checks
(the reasons to drop a candidate), initiative_lists (list-shaped names), initiative_works (roads, river works, water
transfers). The rule log below covers them all.

Rule log (each a general rule of Chinese administrative prose, none naming a local project):
- inside-name: a route or institution head followed by more of a name (山东大学|齐鲁医院二期,
  邯济铁路|客运站, 华北高端装备总部|基地) is a modifier of the longer thing, not an initiative.
- existing (routes): 高速/高铁/铁路 count only where work on them is said in the same clause
  (建设, 通车, 扩容, 规划…); otherwise the route is a landmark or an asset (济青高速纵横交错).
- existing (institutions): a centre, university, hospital, lab, wharf, base or hub the clause
  draws on (依托, 发挥…作用, 加强与…合作) is an asset, not something being built.
- route sections: a place + 段, A至B, 大东环 after a route head belong to its name (莱荣铁路青岛段).
- roads: X路/X大道/X大街 items of a construction list (新建, 续建, 打通, …等N条道路建设) or with an
  extension (南延) are Projects; roads only renovated (改造提升, 亮化, 绿化) are not.
- “N个中心”: a quoted count of a bare initiative head is a city vision (Strategy); counts of
  anything else (“七个新跨越”) stay slogans. Such bundles are not linked to every X中心 in the text.
- honour verbs (荣获, 获评, 命名为…) stop the leftward walk, so the designation check sees them.
- durations belong to programme names (培育三年行动计划, 两年攻坚行动, 三年提升计划); a campaign head
  counted by 个/项 (7个输变电工程) is a category, only 三大工程-style counts name one bundle.
- 和/与/及 join two parts of one name when the left part is a noun or nominal verb that is not a complete
  name itself (数字经济和智慧物流产业园, 引进和培育计划, 人工智能与大数据中心); after a complete name
  (…扩容工程和…), a verb (加强与) or before a place/person name (…管网及天宁寺广场) they join two names.
- a few verbs are nouns after a noun (医疗卫生服务能力, 工业投资倍增, 羽绒服设计生产); the others always
  introduce an object (商河县|创建…示范园).
- facility heads (处理厂, 纪念馆, 学院, 中学, 变电站, 大厦, 交易市场, 新区, 外环, 连接线…), city visions
  (中心城市, 典范城市) and national pilots (国家…试点 only) head names, with the same proper-name check as
  中心 or 基地; a size before a name (200万平方米) is not part of it; 高新区 is not a 新区. Tried and dropped
  because they hurt the held-out documents: a single-character head (桥), 平台, 强市/强区/强县, X工程建设 read
  as X工程 + 建设, and a level's own institution (市残疾人康复中心) taken as described by six characters.
- works on a named river, lake, irrigation district, sluice or site are projects (东鱼河整治, 彭楼灌区改扩建,
  黄河滩区迁建); bare objects listed before them share the works (涑河、方城河、柳青河综合治理).
- aspirations: after 打造, a role head (基地, 之都, 枢纽, 新城, 中心, 示范区…) with no proper name once scope
  words (全国, 国际, 北方, 现代…) are removed is what the place wants to be (打造北方服务业基地).
- an honour verb opening a 、-list governs every item (获批A、B国家物流枢纽); 列入/纳入 are honour verbs.
- a long description (8+ characters before its head) being built in its clause names one thing even
  without a proper name (加快建设海洋科学大型仪器区域中心), unless a level or a count makes it a category.
- a centre, base, town, square, district or park followed by another noun qualifies it (疾控中心|标准化建设,
  洪楼广场|地下空间): inside-name. A name inside 《》 is part of a document's title (code title).
- list items before 等…项目 of five characters or more in several words are products or plants being
  built (柔性显示屏, 智慧新能源整车); shorter ones need a company or name-like word (大数据 is a category).
- a phase names one project: list items with 二期/三期 (亿盛二期、硅科三期等…项目) and a phased head whose prefix names
  an owner (大唐码头二期, LNG项目三期; not 智慧园区二期); in a 等项目 list where half the items are names, the other short
  items (宏大纺织) and nouns with their work (低轨卫星组网) are companies' projects too; 和 inside a name (冠和…) does not
  split the list; a list governed by a clean-up verb (整治非法调洗油、小化工等“散乱污”项目) names no project.
- a level's own institution (市/区/县 alone + 4 characters of what it does + 中心/医院/综合楼…) being built is one thing
  (开工建设区精神卫生防治中心); counted it is a category.
- works after 和 (千佛山北广场和…提升工程) or after a 、-list of rivers (小清河、巨野河防洪综合治理工程) cover the bare places
  before them: one project. A head followed by more of a longer kept name (董家货运中心|多式联运…枢纽) qualifies it.
- other provinces (issue 12, tests/test_initiatives_provinces.py): a quoted layout of counted poles, belts or parks
  (“一主两副”, “两园一河”; not “一区多园”) and a quoted count before 改革 (“六权”改革) are programmes; so are reforms named
  by their method (…矩阵式改革, …适度分离改革), pilots with a quoted name, parallel quoted slogans before 行动/工程/计划
  (“千村引领、万村升级”工程), a quoted series (“读城”系列行动) and two programmes sharing a head after 和
  (医疗卫生强基和康复护理扩容提升工程). A share (70%…), a first character that ends words (型, 性, 式), a clause verb
  (成为, 位居) or a count that ends the clause after the name (…试点15个) make no name; a head in brackets after a name is
  a section of it (…国家公园（江西片区）); 、 list items before 等投运/等投产 are projects.
- an institution followed by an honour (…敬老院被评为…) exists; a name never starts with a year (2020年经济开发区…).
- bodies (银行, 联盟, 基金, 组织) count only while being set up (设立, 建立…) and only with a place, quote or name (上合产业
  基金; not 创投基金); research infrastructure heads (超级节点, 试验装置, 试验线, 风场, 工作站) and institutions count when
  being built, which work said right after the name (落地建设, 成功运行) or a 等…项目 list also shows.
- a fully quoted name is proper (“数字国际客厅”); a noun right before a quoted project is its owner (公共卫生“六大中心”).
- 战略科技 is not a strategy's end; a quoted name with 影响力/知名度 is a brand; 青年/老年/永久/东西向 do not stop the walk;
  高质量/高水平 before 发展 are part of a name; 连通 ends a water link's name; X中学新建项目 / X小学主体工程 are the school.
Issue 12 (every province; docs/lexicon.md lists them with examples, tests/test_initiatives.py tests each):
- quoted names: a quoted part proves a name; a quoted count of one kind of initiative is a bundle (“十大工程”); a whole
  quote before a programme head is the name; a quoted formula of parts (“A+B”) is a model.
- whole names: the verb before a programme head stays (孵化加速计划); after the verb that runs a programme a verb opens
  its name (实施|促进…行动计划); inner adverbs, 高水平 before a noun, 沿线, compass words, runs of one-character place
  names (绵遂资内铁路) and 对 before a partner (对非) stay; a lead verb that only starts a word (服务|业) is no verb.
- lists sharing a head (…防控、…治理等行动; 汕头、湛江临港经济区), not verbs sharing an object nor counted bundles.
- heads 都市圈, 城市群 (and 城镇群, 城镇带), 新通道, 灌区, 植物园, 湾区, 临港经济区; water transfers 引X济Y; pilots when national or named by
  the reform they try; not a level's, a batch, one used, nor a task.
- kinds and ranks: a rank opening a name (全国区域性…), a count opening it (5大…) or a place's count inside (…三大主城片区),
  更|多…, X型 heads, a plan drawn up (编制…计划), a route placing what is along it (…铁路沿线), a preposition opening a
  name (按…), honours (位列), items said to bring a dividend (…带来了…利好).
Tried and dropped (issue 12): every pilot with a place or a proper name (村居升级试点, 海洋科学与技术试点: local trials
and cut names in the seeds); quoted names of several phrases before any head (“道路街巷大清洗、…”行动: chores);
经济圈 as a head (环渤海经济圈 is geography); 省 as a level that owns an institution (省区域医疗中心); 建成 as pursuing a
national designation (建成国家湿地公园 is an honour); 作 as a function character (产融合|作); 陆港 needing a proper name
(the seeds' bare 国际陆港 is the local one).
Tried and dropped (this round): promoting any centre/base of 4+ characters in a 等项目 list (政务会务中心: +1 found, +3 junk);
a quoted place programme with any two characters (“海外济南”: also 跑遍青岛, 问政青岛, 盛世兰陵); extending every quoted
campaign leftwards over nouns (全国“雪亮工程”).
Tried and dropped: rejecting unquoted, undated 行动/计划/工程 with no proper name (质量提升行动)
removed as many real programmes as junk (粮食节约行动, 产业振兴工程), so it stays out.
Whole reports (docs/benchmarks.md, fourth round): routes written once after 等 (黄桶至百色、…等7个铁路项目), 高速公路 and a
bracketed section; pilots named by the work they try (…授权运营试点); 对|标, 向|西, 再|…化 split by the tokenizer stay;
owned platforms (省…平台); kinds (一批…、, …性, sums, 城际铁路), a round, the year's plan and an ownerless 能力提升 are no names.
County and city reports (the once-blind rounds, tests/test_initiatives_provinces.py): a quoted code before a plan of work
(“1310”总体部署; not …工作思路); roads before 道路工程; a plant's capacity and works (…水厂3万吨扩建项目); rivers before
堤防工程; one quote listing a place's programmes is one vision; “五个一批”项目 is its programme; 中俄蒙 opens a name; short
rare items of a 等…项目 list (国安, 洲际) and owned numbered items before 等…建设 (都市工业港4号) are projects; 及 splits
list items; X项目 is an alias of X; a city and its county by first characters (平叶一体化发展); a numbered road's section
built (S202…段); places before a kind of scenic area (云溪、东冲水利风景区); counted sets after a programme (…十大标志性战役);
heads 物流园区, 景区, 纪念园, 收费站, 组团, 写字楼, …分校. Not names: streets renovated after a list, sites protected, graded
kinds (“五好”园区, 4A级景区), titles applied for (争创“…省…”), ranks (头号工程), a region between 打造 and a role, another
region's bare short form (起步区), housing estates, what is repaired after 对, an institution told what to do (…大剧院要…),
brands with 的 and events (…活动), a role followed by more of a name (…之都花灯节).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_boundaries import walk_left
from loaders.recognisers.initiative_campaigns import COUNTED_LAYOUT, battle_start, bundle_field_start, campaign_candidates, rebuilding_candidates
from loaders.recognisers.initiative_checks import BRAND_AFTER, clause_reason
from loaders.recognisers.initiative_campaign_years import campaign_year_candidates
from loaders.recognisers.initiative_struggles import struggle_candidates
from loaders.recognisers.initiative_counted_sets import counted_set_candidates
from loaders.recognisers.initiative_codes import coded_plan_candidates
from loaders.recognisers.initiative_counted_pairs import counted_pair_candidates
from loaders.recognisers.initiative_named_craft import quoted_craft_candidates
from loaders.recognisers.initiative_kind_lists import kind_list_candidates
from loaders.recognisers.initiative_list_starts import listed_objects_start
from loaders.recognisers.initiative_shared_places import shared_place_candidates
from loaders.recognisers.initiative_lists import (
    among_named_candidates, capacity_start, enumerated_bundle_start, list_candidates, listed_strategy_candidates, numbered_list_candidates,
    plant_candidates, project_lists, shared_head_candidates,
)
from loaders.recognisers.initiative_object_starts import object_start
from loaders.recognisers.initiative_quoted_fields import field_start
from loaders.recognisers.initiative_quoted_reforms import quoted_reform_candidates
from loaders.recognisers.initiative_regional import (
    cooperation_candidates, destination_candidates, developed_area_candidates, integrated_area_candidates, local_pair_candidates,
    national_cluster_candidates, owned_system_candidates,
)
from loaders.recognisers.initiative_proper_names import CATEGORY_START, RARE_NOT_ENOUGH, names_one
from loaders.recognisers.initiative_routes import ends_section
from loaders.recognisers.initiative_routes import ELIDED_HEADS, elided_before, elided_route_candidates, short_route_candidates
from loaders.recognisers.initiative_specials import special_project_candidates
from loaders.recognisers.initiative_words import (
    BUILT_AFTER, CJK, FUNCTION_CHARS, GEO_WORDS, LEAD_RE, LEAD_VERBS, LEVEL_START, LIST_BUILT_AFTER, PROJECT, PUNCT, RIGHT_EXT,
    ROUTE_HEADS, STRATEGY, SUFFIX_RE, SUFFIXES, Candidate, Tagger, Token, clause_bounds, head_of,
)
from loaders.recognisers.initiative_visions import programme_candidates, strong_province_candidates, strong_region_candidates
from loaders.recognisers.initiative_works import (
    SHORT_SCHOOL, campus_owner_start, chain_start, coded_section_candidates, grid_list_candidates, line_candidates,
    numbered_school_start, platform_candidates, power_list_candidates, power_pair_candidates, rivers_before, road_candidates, shared_place_start,
    short_school_candidates, section_works_candidates, spacecraft_candidates, stretch_candidates, transfer_candidates, works_candidates,
)

# A 工程 whose name holds a physical thing builds it (东湖水库扩容增效工程, 攀西特高压交流工程, …水资源配置工程, 引洮…工程:
# a river's water led away; 金宝航道升级改造工程, 巴塘500千伏送出工程, 呼南高铁…段控制性工程: a waterway, a line's voltage,
# a high-speed line): a Project; 绿色智造工程 is a programme, 引智工程 draws talent.
_PHYSICAL = re.compile(r"景观|绿化|航道|千伏|高铁|机场|路|桥|河|湖|水库|水厂|堤|渠|闸|管网|码头|隧道|铁路|高速|站|港|厂|楼|馆|场|线|"
                       r"灌区|大道|通道|交通网|电网|变电|供水|排水|污水|公园|广场|学校|医院|中学|小学|幼儿园|特高压|输电|水资源配置|调水|调蓄|百货|^引[^导进入领才资智流]")
# A 项目 of bringing in or training people (…人才引进和…人才培养项目, 技能培训项目) is a programme, nothing built.
_PEOPLE_WORK = re.compile(r"人才[\u4e00-\u9fff]{0,4}(?:引进|培养|培育)|(?:技能|职业)培训")
# A suffix followed by these is part of a longer ordinary word, not a name's end.
_NOT_END = re.compile(
    r"(?:中心(?=城(?!市)|镇|村|任务|工作|环节|地位|作用|店|校|医院|小学|支行|站|所)|工程(?=师|化|技术|机械|项目|质量|实验室|研究|院|产业|学院|大学)"
    r"|(?<!”)工程(?=建设)|行动(?=方案|中|上|起来|指南|纲要|车)|战略(?=性|规划|机遇|合作|支点|高地|发展目标|体系|部署|布局|定位|高度|眼光|地位|新兴|资源|储备|枢纽|工程|节点|科技|叠加|任务|基点|意图|保障|决策|目标|使命)"
    r"|计划(?=单列|经济|生育|内|外|争取|投资|实施|完成|新建|建成|开工|引进|推进|用|在|于|将|对|到)|试点(?=任务|工作|经验|项目|地区|单位|基地)"
    r"|项目(?=化|库|包|投资|审批|管理|招引|落地|推进|谋划|计划|服务模式|服务机制|服务体系|交易)|高速(?=发展|增长|铁路|列车|度|运转)"
    r"|大学(?=生|科技园)|基地(?=建设)|园区(?=化|建设)|枢纽(?=城市|功能|地位|作用)|码头(?=作业)|谷(?=物)"
    r"|公园(?=城市)|实验室(?=建设)|组团(?=式|出海|发展|帮扶|引才|援))"
)

# A suffix after these is part of an ordinary word: 高新区 is not a 新区, 中小学 not a 小学.
_NOT_START = re.compile(r"高新区|中小学")

# A section after a route's head belongs to its name (莱荣铁路青岛段, 京台高速济南至泰安, 绕城高速大东环), also in brackets
# (贵阳至北海高速公路（南宁至北海段）: the section of a long route being built).
# (a section written with its 段 may run between longer place names: 敦化小沟岭至二道松花江段)
ROUTE_SECTION = re.compile(r"（[\u4e00-\u9fff]{2,3}至[\u4e00-\u9fff]{2,3}段）|[\u4e00-\u9fff]{2,6}至[\u4e00-\u9fff]{2,6}段|([\u4e00-\u9fff]{2,3})段|[\u4e00-\u9fff]{2,3}至[\u4e00-\u9fff]{2,3}?(?=等|、|段|，|。|建设|高速|$)段?|"
                           r"大?[东南西北]环(?:段)?")


def _boundary_ok(tokens: list[Token], cut_at: int) -> bool:
    """Whether cut_at (a character offset into the tokenised text) falls on a token boundary."""
    pos = 0
    for w, _f in tokens:
        if pos == cut_at:
            return True
        pos += len(w)
    return pos == cut_at


# A capacity rating before a name (10万吨级…基地, 100万千瓦级…): the name is one plant's, the rating part of it.
_RATED = re.compile(r"\d+(?:\.\d+)?万?(?:吨|千瓦|千伏|立方米|头|只|台套?|亩)(?=级$)")


# A street, lane or stairway is named by whatever word comes before it, a verb or a number too (胜利巷, 十八梯): a name
# that opens on one of these characters takes the two-character word before it.
_STREET_WORDS = frozenset("巷 街 路 梯 坊 弄 坝")


def _street_start(text: str, cs: int, c: Candidate, tg: Tagger) -> None:
    w, f = tg.tag(text[cs:c.start])[-1]
    if len(w) == 2 and not re.search(r"\d", w) and w not in LEAD_VERBS and f[:1] not in "pcudr" and c.start - 2 >= cs:
        c.start, c.name = c.start - 2, text[c.start - 2:c.end]


def suffix_candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    """Every name that ends on a suffix, its start found by walking left over jieba tokens."""
    out: list[Candidate] = []
    by_end: dict[int, Candidate] = {}
    for m in SUFFIX_RE.finditer(text):
        if _NOT_END.match(text, m.start()) or _NOT_START.match(text, max(0, m.start() - 1)):
            continue
        end = m.end()
        ext = RIGHT_EXT.match(text, end)
        if ext:
            end = ext.end()
        if m.group() in ROUTE_HEADS:
            sec = ROUTE_SECTION.match(text, end)
            if sec and (not sec.group(1) or sec.group(1) in places or tg.tag(sec.group(1))[0][1].startswith("ns") or ends_section(sec.group(1), tg)):
                end = sec.end()       # 莱荣铁路青岛段, 京台高速济南至泰安, 绕城高速大东环: a section of the route
                works = RIGHT_EXT.match(text, end)
                if works:
                    end = works.end()     # 隆黄铁路隆昌至叙永段扩能改造: the works on that section
        cs, ce = clause_bounds(text, m.start())
        toks = tg.tag(text[cs:ce])
        if not (_boundary_ok(toks, end - cs) or _boundary_ok(toks, m.end() - cs) or text[m.start() - 1:m.start()] == "”"):
            continue                  # 中心城区, 工程化: the suffix is inside a longer word (“菜篮子”|工程建设: a quote ends the name)
        # A suffix starting inside a word takes the whole word (内陆|港 → the walk starts before 内陆).
        sstart, pos = m.start(), cs
        for w, _f in toks:
            if pos < sstart < pos + len(w):
                sstart = pos
                break
            pos += len(w)
        left = tg.tag(text[cs:sstart]) if sstart > cs else []
        c = walk_left(text, cs, sstart, end, left, SUFFIXES[m.group()], m.start(), tg)
        c.suffix = m.group()
        battle_start(text, c)       # 打好|外来入侵物种防治持久战: the battle is the verb's whole object
        bundle = enumerated_bundle_start(text, c.start, c.name)
        if bundle > c.start:
            c.start, c.name, c.counted = bundle, text[bundle:c.end], True
        if c.name[:1] in _STREET_WORDS and c.start > cs:
            _street_start(text, cs, c, tg)      # 胜利|巷老街区, 十八|梯传统风貌区: the street's name is whole
        rated = _RATED.search(text, cs, c.start + 1) if c.name.startswith("级") else None
        if rated:
            c.start, c.name = rated.start(), text[rated.start():c.end]   # 打造|10万吨级白酒基地: a plant rated by its capacity
        if re.match(r"[\u4e00-\u9fff]“", c.name) and tg.tag(c.name[0])[0][1].startswith("v"):
            c.start, c.name = c.start + 1, c.name[1:]     # 建设办|“菜篮子”工程: a lone verb's character before a quote is not the name's
        if c.name.startswith("“") and c.start > cs and c.type == PROJECT:
            _qualify_quote(text, cs, c, tg)     # 公共卫生“六大中心”, 百度“一基地两平台三中心”: the owner is named first
        field_start(text, cs, c, tg)            # 实施毕业生就业能力培训“万人计划”: the field is the campaign's name
        object_start(text, cs, c, tg)           # 实施终身阅读计划: the running verb's whole object is the name
        if c.suffix == "项目" and _COUNTED_QUOTE_PROJECTS.fullmatch(c.name):
            c.type, c.full = STRATEGY, c.name[1:-3]     # “五个一批”项目: the projects of a counted programme, named by it
        if c.suffix == "工程" and _PHYSICAL.search(re.sub(r"“[^”]*”", "", text[c.start:m.start()])):
            c.type = PROJECT          # 东湖水库扩容增效工程 builds something; 绿色智造工程 is a programme
        c.context = re.split(r"[，。；：！？\n]", text[max(0, c.start - 40):c.start])[-1]
        c.built = bool(BUILT_AFTER.match(text, c.end) or LIST_BUILT_AFTER.match(text, c.end)
                       or _DONE_BUILDING.search(c.context) and re.match(r"建设[，。；]", text[c.end:c.end + 3]))
        c.proper = names_one(c, text, m.start(), m.end(), tg, places)
        # the verb before a list governs each item (建成…区域经济中心、科创中心、金融中心)
        prev = by_end.get(c.start - 1)
        if prev and text[c.start - 1] == "、" and prev.reason in ("designation", "positioning") and not c.reason:
            c.reason = prev.reason
        if not c.reason and _COUNTED_AFTER.match(text, c.end) and "”" not in c.name:
            c.reason = "generic"      # 承接…领域国家试点15个, 建成运输机场3座: counted after its name, it is a kind
                                      # (a quoted name is one programme counted by its items: “双尖双领+X”项目400项)
        if not c.reason and text[c.start - 1:c.start] == "（" and text[c.end:c.end + 1] == "）":
            c.reason = "inside-name"  # 武夷山国家公园（江西片区）: the part in brackets is a section of the name before it
        if not c.reason:
            c.reason = clause_reason(text, c, m.start(), cs, ce, tg, places)
        if not c.reason and c.suffix == "试点" and "”" in c.name and _NAME_GOES_ON.match(text, c.end):
            c.reason = "inside-name"  # “尚庄孙家”试点安置区: the quoted pilot names the place built, a longer name
        if rated and c.reason == "positioning":
            c.reason = ""             # a capacity names one plant to be built, not a role the place aims at
        if not c.reason and c.suffix in ("工程", "项目") and _SHARED_WORKS.search(c.name):
            prev = by_end.get(c.start - 1)
            if prev and text[c.start - 1] in "和及" and not prev.reason and prev.type == PROJECT and prev.start >= cs \
                    and prev.suffix in _SHARED_FACILITY and not _SHARED_WORKS.search(prev.name):
                prev.reason = "inside-name"   # 千佛山北广场和佛慧山…提升工程: the works cover both places, one project
                c.start, c.proper = prev.start, c.proper or prev.proper
                c.name = text[c.start:c.end]
            elif text[c.start - 1:c.start] == "、" and re.match(r"[\u4e00-\u9fff]{1,5}?[河湖]", c.name):
                c.start = rivers_before(text, c.start, tg)     # 小清河、巨野河防洪综合治理工程: the rivers share the works
                c.name = text[c.start:c.end]
        if not c.reason:
            shared_place_start(text, cs, c, tg)   # 金沙江、雅砻江流域…基地, 渭河流域和北山…工程, 潮白河综合治理与生态修复工程
        if not c.reason and _SHARED_WORKS_BEFORE.search(text, max(cs, c.start - 4), c.start) \
                and any(o.end == c.end and o.start < c.start for o in out):
            c.reason = "no-boundary"  # 大中型灌区续建配套与|节水改造工程: the tail of a longer name whose works before 与 share the head
        by_end[c.end] = c
        out.append(c)
        if c.suffix in ELIDED_HEADS and not c.reason:
            out.extend(elided_before(text, c))
    return out


# 完成…珲春方舱医院建设: its building is completed, so it is built (支持…大学建设 is an institution's development).
_DONE_BUILDING = re.compile(r"(?:完成|完工|竣工)")
_SHARED_WORKS_BEFORE = re.compile(r"(?:配套|治理|建设|改造|提升|整治|修复|保护|开发)与$")
# A quoted count of roads (“三大高速公路新通道”) is a set of works (a Project); of trade routes (“五大国际贸易通道”), a programme.
_COUNTED_ROUTES = re.compile(r"“[一二两三四五六七八九十]+[大条][\u4e00-\u9fff]{0,4}?(?:高速|铁路|公路)[\u4e00-\u9fff]{0,4}”")
# A quoted sum of counts (“10+40”, “1+N”, “双尖双领+X”) before a head: the works or sites of a bundle, a programme.
_SUM_FORMULA = re.compile(r"“[^“”]*(?:[\dNX]\+|\+[\dNX])[^“”]*”")


# A place or site after a quoted pilot's name makes it part of a longer name (“尚庄孙家”试点安置区); its work, its scope or
# what happens to it (…试点工作, …试点扩大至…, …试点全面实施) do not.
_NAME_GOES_ON = re.compile(r"安置区|安置房|小区|社区|园区|片区|基地|中心|[村镇县市区]")


# A quoted count (“五个一批”, “三个一批”) before 项目: the programme the projects are run under.
_COUNTED_QUOTE_PROJECTS = re.compile(r"“[一二两三四五六七八九十百千万]+[个大项批][\u4e00-\u9fff]{1,6}”项目")


# A reform named after its method (产业园区矩阵式改革, 经济区与行政区适度分离改革, 多规合一改革) is a programme; a reform of a
# sector or a system (国资国企改革, 户籍制度改革, 财税体制改革) or of a way of doing (医保支付方式改革, 人才培养模式改革) is
# not: only the method words below make a name.
_METHOD_REFORM = re.compile(r"(?:[\u4e00-\u9fff](?<![方模形样版])式|分离|合一|分置)改革")


def reform_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _METHOD_REFORM.finditer(text):
        cs, _ce = clause_bounds(text, m.start())
        left = tg.tag(text[cs:m.start()]) if m.start() > cs else []
        c = walk_left(text, cs, m.start(), m.end(), left, STRATEGY, m.start(), tg)
        c.suffix = "改革"
        if len(c.name) - 2 >= 4 and "“" not in c.name:
            out.append(c)
    return out


# (the count ends the clause: in 创新港14个项目落户 it counts something else)
_COUNTED_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:个|家|项|座|所|条|处|批)(?:以上|左右)?(?=[，。；、]|$)")


# Works that, after 和/及 or a 、-list, cover the bare places listed before them (千佛山北广场和…提升工程).
_SHARED_WORKS = re.compile(r"(?:提升|改造|整治|治理|修复|整修|美化|绿化|亮化|保护|堤防|护岸|清淤)(?:工程|项目)$")
_SHARED_FACILITY = frozenset("广场 公园 湿地 步行街 风景区 风光带 景观带 古村".split())



def _qualify_quote(text: str, cs: int, c: Candidate, tg: Tagger) -> None:
    """A quoted project name right after a noun (公共卫生“六大中心”, 百度“一基地两平台三中心”) is that noun's: the
    name starts at the noun. Verbs, places and function words before the quote leave it alone; a quoted
    campaign keeps its own name (风险|“三大攻坚战”, 全国|“雪亮工程”)."""
    start = c.start
    for w, f in reversed(tg.tag(text[cs:c.start])):
        single = len(w) == 1 and CJK.match(w) and w not in FUNCTION_CHARS       # 华|讯: an unknown name, split up
        if w in LEAD_VERBS or w in FUNCTION_CHARS or any(ch in PUNCT for ch in w) or not single and (
                not (f[:1] in "nj" or f == "eng") or f.startswith("ns") or LEAD_RE.match(w) or w in GEO_WORDS):
            break
        start -= len(w)
    if start < c.start and c.start - start <= 6:
        c.start, c.name = start, text[start:c.end]



def places_of(region: str, lexicon) -> dict[str, str]:
    """Names (full and short) of the document's region and its ancestors → region key."""
    out: dict[str, str] = {}
    key = region
    while key:
        name = key.rsplit("/", 1)[-1]
        names = {name, re.sub(r"(?:市|区|县|镇|乡|街道|省)$", "", name)}
        names |= {n for n, infos in lexicon._by_name.items() if any(i.key == key for i in infos)}
        for n in names:
            if len(n) >= 2:
                out.setdefault(n, key)
        key = key.rsplit("/", 1)[0] if "/" in key else ""
    return out


_NUM = "一二三四五六七八九十两"


# (without 等, the head ends the phrase, and a reform's catch-phrases are no programmes: 扩大“一业一证”“一链办理”改革覆盖面)
# (a count of them may come before the head: “南粤家政”“粤菜师傅”“广东技工”三项工程)
_QUOTED_LIST = re.compile(r"((?:“[^“”]{2,10}”[、和及与]?)+)(?:等(?:一系列|系列)?(?:[一二两三四五六七八九十]+[大项个])?(计划|行动|工程|改革|攻势|行动计划)"
                          r"|(?:[一二两三四五六七八九十]+[大项个])?(计划|行动|工程|攻势|行动计划)(?![^为的和与及\W]))")

def quoted_candidates(text: str) -> list[Candidate]:
    """“…年” campaigns (“项目落地年”); other quoted phrases need a suffix to count."""
    out = []
    for m in re.finditer(r"“([\u4e00-\u9fff]{3,8}年)”(?:活动|行动)?", text):
        if not re.match(r"[\d一二两三四五六七八九十〇零]", m.group(1)):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY))
        elif re.fullmatch(r"[一二两三四五六七八九十]个[^一二两三四五六七八九十百千万\d“”]{2,5}年", m.group(1)):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True))   # “三个攻坚年”: a count of campaign years
    # “凤回兰山”“沂蒙优才”等计划, “三抓三促”和“五比五看”行动: quoted names sharing a programme head each name one programme
    # (one quoted item is enough where 等 closes the list: 开展扫黑除恶、“利剑护蕾”等行动, the others not quoted; not before 改革
    # or 攻势: 推行“一业一证”等改革 lists mechanisms)
    for m in _QUOTED_LIST.finditer(text):
        head = m.group(2) or m.group(3)
        if m.group(1).count("“") < 2 and not (m.group(2) and head in ("计划", "行动", "工程", "行动计划")):
            continue
        for q in re.finditer(r"“[^“”]{2,10}”", m.group(1)):
            out.append(Candidate(m.start(1) + q.start(), m.start(1) + q.end(), q.group() + head, SUFFIXES.get(head, STRATEGY),
                                 suffix=head, full=q.group() + head))
    # “五个之城”建设, “一区一年两站”建设: a quoted name holding a count, then built (建设), is the place's programme; not a
    # period (“十四五”), a sector (“三农”: stoplisted), a way of building (“多校一圈”建设路径), how parks are run (“一区多园”),
    # nor a pair (双: “双一流”, “双高”, “双体系” are national or sector schemes the seeds leave out)
    for m in _QUOTED_BUILT.finditer(text):
        q = m.group(1)
        if re.search(r"[一二两三四五六七八九十百千万\d]", q) and not re.fullmatch(r"[一二三四五六七八九十]+五", q) \
                and not re.fullmatch(r"一[区城]多园", q) and not q.startswith("双"):
            out.append(Candidate(m.start(), m.end(1) + 1, f"“{q}”", STRATEGY, counted=True))
    # “五个中心”: a quoted count of a bare initiative head is a bundle of goals (a city vision); a
    # count of anything else (“七个新跨越”) is a goal-count slogan and is left alone.
    for m in re.finditer(r"“([一二两三四五六七八九十]个)(中心|基地|高地|枢纽|城市)”", text):
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True, suffix=m.group(2)))
    # “腾笼换鸟、凤凰涅槃”攻坚行动: a quoted name of two phrases before a campaign head (the walk stops at 、).
    # Before 行动, 工程 or 计划 the phrases must be parallel slogans: of three characters each (“争链主、强集群”行动,
    # “抓招商、推项目、促落地”专项行动) or each opening with a count (“千村引领、万村升级”工程); “截污纳管、雨污分流”工程
    # lists chores.
    for m in re.finditer(r"“((?:[^“”、，。；]{2,8}[、，]){1,2}[^“”、，。；]{2,8})”(攻坚行动|专项行动|攻坚战|行动|工程|计划)", text):
        parts = re.split(r"[、，]", m.group(1))
        if m.group(2) in ("攻坚行动", "专项行动", "攻坚战") and len(parts) == 2 \
                or len({len(p) for p in parts}) == 1 and (len(parts[0]) == 3 or all(p[0] in _NUM + "百千万" for p in parts)):
            out.append(Candidate(m.start(), m.end(), m.group(), SUFFIXES[m.group(2)], suffix=m.group(2)))
    # “十大工程”, “十项行动”, “五大国际贸易通道”: a quoted count of initiatives of one kind names the bundle
    for m in _QUOTED_BUNDLE.finditer(text):
        head = head_of(m.group(2)) or ("通道" if m.group(2).endswith("通道") else "")
        if head and not m.group(2).startswith(head[:1] * 2) and not BRAND_AFTER.match(text, m.end()):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True, suffix=head))
    # “一主两副”, “一圈两带”, “三中心一走廊”: a quoted formula of counted spatial elements names a regional layout;
    # counts of anything else (“四水四定”, “一老一小”, “两个毫不动摇”) are principles and slogans
    for m in _LAYOUT.finditer(text):
        two = len(re.findall(rf"[{_NUM}双多]+", m.group())) == 2      # “一区多园”: two elements, how parks are run
        if not BRAND_AFTER.match(text, m.end()) and not (two and "园" in m.group() and re.search(r"[区城]", m.group())) \
                and not re.match(r"(?:战略|目标|功能|发展)?定位", text[m.end():m.end() + 4]):     # “两中心两地”战略定位: roles
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY))
    # “1310”总体部署, “1650”产业体系: a quoted code names a plan of work (initiative_codes)
    out += coded_plan_candidates(text)
    return out


# (elements of a layout: poles, axes, belts, rings, parks and rivers, “两园一河”; parks of a district or town, “一区多园”,
# “一城多园”, are how zones are run)
_LAYOUT = re.compile(rf"“(?:[{_NUM}双多]+(?:中心|走廊|通道|[主副核翼圈带轴极心域点廊河片环群屏园区城地])){{2,}}”")
_QUOTED_BUILT = re.compile(r"“([^“”‘’，。；、]{2,12})”建设(?!路径|模式|机制|水平|成效|成果|标准)")
_QUOTED_BUNDLE = re.compile(r"“((?:\d+|[一二两三四五六七八九十百千]+)(?:大|项|个|条))([\u4e00-\u9fff]{1,12})”")



def candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    seen: dict[tuple[int, int], Candidate] = {}
    lists = project_lists(text)
    listed = [m.span(1) for m in lists]
    sfx = suffix_candidates(text, tg, places)
    for c in sfx:
        if not any(s <= c.start and c.end <= e for s, e in listed):
            continue
        c.built = True          # …示范风场等风电项目建设: the list names each item a project being built
        if not c.proper and c.type == PROJECT and c.suffix not in RARE_NOT_ENOUGH \
                and not LEVEL_START.match(c.name) and not CATEGORY_START.match(c.name):
            c.proper = True     # 推进中通现代物流园、圆通智创园…等重点物流项目建设: the text names each item a project
    for c in (shared_place_candidates(text, tg) + short_school_candidates(text) + quoted_candidates(text) + campaign_candidates(text) + line_candidates(text) + sfx + programme_candidates(text, places) + strong_province_candidates(text) + strong_region_candidates(text, places) + elided_route_candidates(text, tg) + short_route_candidates(text, tg)
              + list_candidates(text, tg, places, lists) + road_candidates(text, tg) + works_candidates(text, tg, places)
              + shared_head_candidates(text, tg, places) + listed_strategy_candidates(text, tg, places) + transfer_candidates(text, tg) + reform_candidates(text, tg) + spacecraft_candidates(text) + rebuilding_candidates(text, tg)
              + platform_candidates(text, tg) + cooperation_candidates(text, tg) + destination_candidates(text, tg)
              + plant_candidates(text, tg) + owned_system_candidates(text, tg, places) + numbered_list_candidates(text, tg)
              + local_pair_candidates(text, tg, places) + integrated_area_candidates(text) + coded_section_candidates(text) + counted_set_candidates(text) + quoted_reform_candidates(text, tg)
              + developed_area_candidates(text, tg) + national_cluster_candidates(text, tg) + stretch_candidates(text, tg) + section_works_candidates(text, tg)
              + power_list_candidates(text, tg) + power_pair_candidates(text, tg) + grid_list_candidates(text, tg)
              + special_project_candidates(text, tg) + kind_list_candidates(text, tg) + campaign_year_candidates(text) + struggle_candidates(text) + quoted_craft_candidates(text) + counted_pair_candidates(text, tg)):
        chain_start(text, c, tg)
        listed_objects_start(text, c, tg)
        numbered_school_start(text, c)
        campus_owner_start(text, c, tg)
        bundle_field_start(text, c, tg)
        capacity_start(text, c, tg, places)
        c.type = STRATEGY if COUNTED_LAYOUT.fullmatch(c.name) and c.suffix != SHORT_SCHOOL else c.type   # 六十九中: a school
        c.type = STRATEGY if _SUM_FORMULA.match(c.name) else c.type    # “10+40”产业扶贫基地, “双尖双领+X”项目: a bundle
        c.type = STRATEGY if c.name.endswith("发展先行区") else c.type  # …高质量发展先行区: a region piloting a path, not a site
        c.type = PROJECT if _COUNTED_ROUTES.fullmatch(c.name) else c.type   # “三大高速公路新通道”: roads built
        if c.suffix == "工程" and c.full and any(len(p.group()) > 1 for p in _PHYSICAL.finditer(re.sub(r"“[^”]*”", "", c.full[:-2]))):
            c.type = PROJECT          # 江淮干线水运大通道扩能升级和|…工程: a conjunct sharing the head builds something too (a thing
            #                           named by a word, not one character: 市场活力和…提升工程 is a programme)
        if c.suffix == "项目" and _PEOPLE_WORK.search(c.name):
            c.type = STRATEGY         # 科技领军人才引进和青年科技人才培养项目: people brought in or trained, a programme
        seen.setdefault((c.start, c.end), c)
    for c in among_named_candidates(text, list(seen.values()), tg, places):
        seen.setdefault((c.start, c.end), c)
    return sorted(seen.values(), key=lambda c: (c.start, -c.end))