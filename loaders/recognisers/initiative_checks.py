"""The checks that reject an initiative candidate, each with its reason code (REASONS).

clause_reason: what the clause around a name found from its head says of it (an asset drawn on, a brand, a title…),
applied while the patterns find it; judge: the lexicon's stop-list and what each head needs, applied by
loaders/recognisers/initiatives.py to every candidate.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_campaigns import shared_lead_items
from loaders.recognisers.initiative_lexicon import InitiativeLexicon, norm
from loaders.recognisers.initiative_proper_names import named_beyond_scope
from loaders.recognisers.initiative_systems import names_its_field
from loaders.recognisers.initiative_words import (
    APPOSED_KIND, ASPIRE, BUILD_VERBS, CJK, GENERIC_OBJECT, GENERIC_PROJECT_END, GRADED_OBJECT, GEO_WORDS, LEVEL_START, NEEDS_BUILDING, NEEDS_COUNT,
    NEEDS_PROPER, NEEDS_QUOTE, NEEDS_SETUP, PHASE, PLACE_HEADS, PROJECT, ROUTE_HEADS, SETUP_VERBS, SETUP_WORDS, STRATEGY,
    SUFFIX_RE, SUFFIXES, Candidate, Tagger, head_of, state_plan, category_after_verb,
)

# A clause that opens with an honour verb and lists
# items with 、: the verb governs every item of the list.
_LIST_HEAD = re.compile(r"^(?:[^、，。；]{0,4}?)(获批|荣获|获评|被评为|评为|列入|纳入|入选|入围|创成|成功创建|授予)"
                        r"(?:[^、，。；]{1,24}、)+$")
# After 打造 these heads state an aspiration unless a proper name says which thing is meant (打造上合国家进口
# 食品农产品集散中心 names one; 打造北方服务业基地, 打造新媒体之都 describe a role). Scope words (全国, 国际,
# 北方…) do not name anything.
ASPIRATION_HEADS = frozenset("基地 之都 枢纽 新城 中心 高地 示范区 先行区 先导区 样板区 集聚区 示范城市 样板城市".split())
# A name that opens with a rank to reach (全国区域性…基地, 世界一流…大学, 国家重要…高地) names a role, whatever the verb.
_RANK_START = re.compile(r"^(?:全国区域性|全国性|全国重要|国家重要|中国特色|世界一流|世界级|国际一流|国内国际|"
                         r"[东中西]部地区|东北地区|北方地区|南方地区)")     # 中部地区特色装备集聚区: a rank among the regions
RANK_HEADS = frozenset("基地 中心 高地 枢纽 大学 之都 集聚区 示范区 先行区 机场".split())

# A tier of cities within a province or across a border region (省域副中心城市, 四省边际中心城市, 区域中心城市): a role
# in the region's urban hierarchy, not a programme (国家中心城市, 国际消费中心城市 are national designations pursued).
_TIER_BEFORE = re.compile(r"(?:省域副?|区域性?|边际|副)$")
# Verbs that draw up a document: a 计划 after them is the plan itself (编制…投资计划, 制定…行动计划).
_DRAFTED = re.compile(r"(?:编制|制定|制订|出台|印发|修订|下达)$")
# A plan reported on or drafted (…计划执行情况, …计划草案的报告) and the yearly plan of the economy
# (国民经济和社会发展计划): documents a congress reviews, not programmes run.
_PLAN_REVIEWED = re.compile(r"(?:的)?(?:执行情况|完成情况|草案|纲要草案)")
_ECONOMY_PLAN = "国民经济和社会发展"
# A travel time aimed at (“两小时经济带”, 半小时生活圈); a bare village, township or community opening a kind of institution
# (村卫生室, 乡镇卫生院); a national tier opening a kind (国家级能源基地).
_TRAVEL_TIME = re.compile(r"[一二两三四五六七八九十半\d]+(?:个)?小时")
_UNIT_START = re.compile(r"(?:(?:中心|贫困|行政|自然|重点|易地搬迁)?村|乡镇|社区|街道)(?!村|镇)")
_NATIONAL_KIND = re.compile(r"(?:国家级|世界级|国际级)[\u4e00-\u9fff]{0,4}")
# A quoted formula of parts (“高校+平台+企业”, “教育+人才+科创”): a model or mechanism, never a name.
_FORMULA = re.compile(r"[\u4e00-\u9fff]\+[\u4e00-\u9fff]")

# An institution followed by an honour it received (…敬老院被评为…, …中学荣获…) already exists: an actor, nothing built.
HONOURED_HEADS = frozenset("中心 研究院 大学 医院 实验室 学校 中学 小学 高中 学院 分院 敬老院 养护院 卫生院 博物馆 纪念馆 图书馆 "
                           "文化馆 美术馆 科技馆 展览馆 陈列馆 公园 广场".split())
HONOUR_AFTER = re.compile(r"(?:先后|相继|已|均)?(?:被评为|被命名为|被授予|获评|荣获|荣膺|获得|入选|成功入选)")
# A works listed as heritage (…入选世界灌溉工程遗产名录, …列入省级文物保护单位): heritage lists name what was built long ago.
_HERITAGE_AFTER = re.compile(r"(?:成功)?(?:入选|被列入|列入|被认定为|认定为)[^，。；]{0,16}(?:遗产|文物保护单位)")
_AWARDED_AFTER = re.compile(r"(?:先后|相继|已|均)?(?:被评为|获评|荣获|荣膺)")
_YEAR_START = re.compile(r"“?(?:19|20)\d\d年")
_YEARS_PLAN = re.compile(r"(?:19|20)\d\d年度?(?:工作)?(?:计划|要点)")

# Heads that, followed by more of a name, qualify it (山东大学|齐鲁医院二期, 董家铁路|物流枢纽,
# 京沪高速|互通立交): the candidate is then a modifier, not an initiative of its own.
CONTINUED_HEADS = frozenset("高速 高速公路 高铁 铁路 大学 大学城 医院 研究院 中心 基地 小镇 广场 片区 园区 产业园 新区 湿地 度假区 旅游区 走廊 "
                            "实验室 经济带 湾区 开发区 经济开发区 景区 之都 组团 中学 小学".split())
# Routes are initiatives only where work on them is said in the same clause (建设, 通车, 扩容…);
# elsewhere a route is a landmark (向南拓展至青兰高速) or an asset (济青高速纵横交错).
ROUTE_WORK = re.compile(r"建|通车|开通|贯通|竣工|开工|扩容|拓宽|改造|提升|规划|前期|推进|加快|争取|启动|实施|完成|延伸|[东南西北]延|"
                        r"立项|核准|审批|批复|获批|论证|设站|接入|融入|运营|运行|投用|交付|纳入|列入|对接|衔接|联通|连通|"
                        r"施工|铺轨|铺架|勘察|设计|招标")
_CONT_OK = re.compile(r"建设|新建|续建|选址|工程|项目|主体|施工|扩容|改扩建|[东南西北中]片|[东南西北中]延|[东南西北中]段|二期|三期|一期|等|和|及|与|至|以及|全线|通车|开通|"
                      r"开工|竣工|建成|顺利|正式|加快|启动|实现|完成|即将|年内|全面|已|将|在|于|沿线|段|落地|落户|投用|投产|运营|运行|有序|开园|开放|"
                      # a measure of the place named (…产业园产值突破300亿元, …开发区营业收入): the name has ended
                      r"(?:工业)?(?:总产值|产值|营业收入|营收|税收|增加值|主营业务收入|规上工业|入驻企业|入园企业)")


def _comma_clause(text: str, start: int, end: int) -> str:
    s = start
    while s > 0 and text[s - 1] not in "，。；！？\n,;:：":
        s -= 1
    e = end
    while e < len(text) and text[e] not in "，。；！？\n,;:：":
        e += 1
    return text[s:e]


def _continues(text: str, end: int, ce: int, tg: Tagger) -> bool:
    """Whether a noun follows right after `end` inside the clause (the name goes on)."""
    rest = text[end:ce]
    if not rest or not (CJK.match(rest[0]) or rest[0].isdigit()) or _CONT_OK.match(rest) or ROUTE_WORK.match(rest):
        return False
    toks = tg.tag(rest[:12])
    w, f = toks[0]
    return f[:1] in ("n", "m", "j") or f in ("s", "f") or w in SUFFIXES


# What projects or firms settle into (落户, 入驻, 进驻 right before the name) is the host, there already.
_SETTLED_IN = re.compile(r"(?:落户|入驻|进驻)(?:到|于|在)?$")
# A clause that starts by drawing on something (依托, 发挥…作用, 加强与…合作) names existing assets.
# Applies to institutions and facilities (a zone or corridor drawn on is still being built).
RESOURCE_VERBS = re.compile(r"(?:[^，。；]{0,4}?)(?:依托|发挥|借助|利用|用好|用活|加强与|联合|携手|依靠|背靠|毗邻|紧邻|整合)")
# Items said to bring a dividend or an opportunity (…等为兰山带来了重大政策利好) are there already.
_BRINGS = re.compile(r"[^，。；]{0,40}?(?:带来了?|赋予了?)[^，。；]{0,12}(?:利好|机遇|红利|优势)")
# A pilot drawn on (用好国家…试点) is one the place already has.
_USED = re.compile(r"(?:[^，。；]{0,4}?)(?:依托|借助|利用|用好|用活|依靠)")
# …and a list governed by 发挥 that ends on 作用 draws on every item of it, whatever its head.
_ROLE_AFTER = re.compile(r"[^，。；：]{0,24}?作用")
BRAND_AFTER = re.compile(r"”?(?:等品牌|的?品牌|的(?:影响力|知名度|美誉度)|活动(?!中心|室|场|阵地)|商标|口号|影响力|知名度|美誉度|奖(?!励|补|代)|日(?![常益前内均])|线(?=[、，。；])|节(?![约能水点])|周(?![边期年]))")
_WHERE_ABLE = re.compile(r"有条件的(?:地方|地区|市县|县区|县|市|园区|企业|城市)")
INSTITUTION_HEADS = frozenset("中心 研究院 大学 医院 实验室 码头 基地 枢纽 枢纽节点".split())
_JOINTLY = re.compile(r"共同|一起|一道|联合(?!体)")
_SECTION_AFTER = re.compile(r"[^\W\d一二两三四五六七八九十各多几][\u4e00-\u9fff]{1,3}?片区")
_NOT_FOLLOWER = frozenset("项目 谷 铁路 高铁 高速 高速公路 地铁 号线 有轨电车".split())


# A port's area (董家口港区) is there and at work: it names a project only with its building or opening right after it
# (推进普湾港区建设与开放); 推进前湾港区提质增效 runs the port, 董家口港区专项规划 plans it.
_AREA_WORKS = frozenset(["港区"])
_BARE_FTZ = frozenset(["自贸试验区", "自贸区"])
_WORKS_ON_AREA = re.compile(r"(?:开发)?(?:建设|开工|建成|开港|开发)")


def clause_reason(text: str, c: Candidate, head_start: int, cs: int, ce: int, tg: Tagger, places: dict[str, str]) -> str:
    """Why a name found from its head (which starts at `head_start`, in the clause text[cs:ce]) must be dropped, by what
    the clause says of it ("" = keep it)."""
    if c.suffix in _AREA_WORKS and not (c.built or _WORKS_ON_AREA.match(text, c.end)):
        return "existing"
    if c.name in _BARE_FTZ and not re.match(r"[建与和及、，。；等]|联动|改革|发展", text[c.end:c.end + 2]):
        return "generic"          # 自贸试验区巡回法庭: the zone qualifies what follows (bare, built or joined, it is the region's own)
    if c.suffix in ASPIRATION_HEADS and ASPIRE.search(c.context) \
            and not named_beyond_scope(text[c.start:head_start], tg, places):
        return "positioning"      # 打造北方种业之都, 加快打造现代国际航空枢纽: what the place means to become
    if c.type == PROJECT and c.suffix in RANK_HEADS and (
            _RANK_START.match(c.name) or re.match(r"(?:全国|全省|国家|国际|区域)[^“”]{0,8}重要" + c.suffix, c.name)):
        return "positioning"      # 建设全国区域性科技创新及转化基地, 中国特色世界一流大学: a rank, not a thing
    if c.suffix == "中心城市" and _TIER_BEFORE.search(text, c.start, head_start):
        return "positioning"      # 衡阳省域副中心城市, 四省边际中心城市, 区域中心城市: a city's tier among its neighbours
    if c.type == PROJECT and c.context.endswith(("与", "同")) and _JOINTLY.match(text, c.end):
        return "existing"         # 与海口综保区共同获批…: a partner acting with the subject, nothing built
    if c.type == PROJECT and _WHERE_ABLE.search(c.context):
        return "generic"          # 支持有条件的地方创建国家…示范基地: where it may be, so a kind, not one thing
    if _LIST_HEAD.match(c.context):
        return "designation"      # 获批A、B国家物流枢纽: the honour verb opening the list governs each item
    if _PLACE_TITLE_AFTER.match(text, c.end):
        return "designation"      # 全国首批县域商业建设行动示范县, 全省地质灾害应急处置项目试点县: the title a place holds
    if c.suffix in TITLE_HEADS and _DONE_BEFORE.search(c.context) and _DONE_AFTER.match(text, c.end):
        return "designation"      # 圆满完成国家食品安全示范城市创建, 通过…示范区验收: a title won, nothing still pursued
    if c.suffix in CONTINUED_HEADS and _continues(text, c.end, ce, tg):
        return "inside-name"      # 山东大学齐鲁医院, 邯济铁路客运站: the head of a longer name
    nxt = SUFFIX_RE.match(text, c.end)
    if nxt and SUFFIXES[nxt.group()] == PROJECT and nxt.group() not in _NOT_FOLLOWER \
            and len(nxt.group()) >= 2 and c.type == PROJECT:
        return "inside-name"      # 华北高端装备总部|基地: another head follows, the name goes on
    if c.type == PROJECT and c.name.endswith("区") and _SECTION_AFTER.match(text, c.end):
        return "inside-name"      # 中国—东盟产业合作区|崇左片区: a zone named by its section, the section's name goes on
    if (c.suffix in INSTITUTION_HEADS and RESOURCE_VERBS.match(c.context)
            or c.suffix == "试点" and _USED.match(c.context)) and not BUILD_VERBS.search(c.context):
        return "existing"         # 依托齐鲁物流信息交易结算中心, 加强与…中心的合作: used, not built
    if c.type == PROJECT and _SETTLED_IN.search(c.context):
        return "existing"         # …等高端商业项目落户三桥商圈, 入驻新经济产业园企业: where others settle stands already
    if _BRINGS.match(text, c.end):
        return "existing"         # …、全国供应链创新与应用试点等为兰山带来了重大政策利好: what brings a dividend is there
    if RESOURCE_VERBS.match(c.context) and _ROLE_AFTER.match(text, c.end):
        return "existing"         # 发挥侨梦苑、绿地全球贸易港等平台作用: every item drawn on is already there
    if BRAND_AFTER.match(text, c.end):
        return "brand"            # 提升“食安济南”品牌: a brand or slogan, not a programme
    if c.suffix in ROUTE_HEADS and "“" not in c.name and not ROUTE_WORK.search(_comma_clause(text, c.start, c.end)):
        return "existing"         # 济乐高速、济青高速纵横交错: a road that is there, nothing built
    if c.suffix in HONOURED_HEADS and HONOUR_AFTER.match(text, c.end):
        return "existing"         # 兰沃中心敬老院被评为全国敬老文明号: an institution honoured is there already
    if c.suffix == "项目" and _AWARDED_AFTER.match(text, c.end):
        return "existing"         # …老旧小区改造项目获评…典型案例: a project awarded as a case is done, cited as an example
    if c.type == PROJECT and _HERITAGE_AFTER.match(text, c.end):
        return "existing"         # 赤山湖灌溉工程成功入选…世界灌溉工程遗产名录: a heritage list names old works, nothing built
    if c.type == PROJECT and _YEAR_START.match(c.name) or _YEARS_PLAN.fullmatch(c.name):
        return "generic"          # 2020年经济开发区在…考核中: a year starts a clause, a year's batch is no name; 2019年计划: a year's plan
    if cs > 0 and text[cs - 1] == "《":
        return "title"            # 《兰陵美酒特色小镇战略研究暨总体规划》: a document's title, not the initiative
    if c.suffix in ("计划", "行动计划") and _DRAFTED.search(c.context) and "“" not in c.name:
        return "title"            # 编制全口径政府投资计划: a plan drawn up is a document, not a programme run
    if c.suffix == "计划" and (_PLAN_REVIEWED.match(text, c.end) or _ECONOMY_PLAN in c.name):
        return "title"            # 市2020年国民经济和社会发展计划执行情况与2021年计划草案: the plans a congress reviews
    if c.suffix in _NATURAL_HEADS and _PROTECTED.match(c.context) and not BUILD_VERBS.search(c.context):
        return "existing"         # 保护好海拉尔河湿地、西山湿地: a wetland or park kept as it is, nothing built
    if c.type == PROJECT and _RENOVATED_AFTER.match(text, c.end) and not BUILD_VERBS.search(c.context.replace("推进", "")) \
            and not _REBUILT.search(c.name):
        return "existing"         # 推进商业步行街、…等特色街区的升级改造: streets and squares that stand, only renovated
    if c.type == PROJECT and _MANAGED_AFTER.match(text, c.end):
        return "existing"         # 城市阳台、湖滨步行街等大人流区域疏导管控: places where order is kept stand already
    if c.type == PROJECT and not c.context and c.suffix in _ACTOR_HEADS and _DUTY_AFTER.match(text, c.end, ce):
        return "existing"         # 呼伦贝尔大剧院要引进市场化运营模式: the institution opening the clause is told what to do
    if c.type == PROJECT and ("对" in c.context or c.name.startswith("对")) and _REPAIRED.match(text, c.end, ce):
        return "existing"         # 对进入荀子庙景区主要道路…进行修复: what is repaired stands already (对|程寺小学教学楼:
        #                           the 对 read into the name)
    if c.type == PROJECT and c.name.startswith("“") and _GRADE.match(c.name):
        return "generic"          # “五好”园区, “四好农村路”: a grade any park or road may reach, a kind
    if c.name.startswith("“") and c.name.endswith("”") and _APPLIED_FOR.search(c.context) and _TITLE_OWNER.match(c.name, 1):
        return "designation"      # 争创“湖南省中小工业企业特色产业集群”: a title of a province's list applied for
    if c.suffix in ROUTE_HEADS and text.startswith(("沿线", "沿岸", "两侧", "两岸"), c.end):
        return "existing"         # 提升陇海铁路沿线城市节点功能: a route named to place the cities along it
    if (c.name.startswith("“") and c.name.endswith("”") and _FORMULA.search(c.name)
            or c.name.startswith("“") and c.suffix == "新格局" and _FORMULA.search(c.name)
            or text.startswith("+", c.end)):
        return "concept"          # “高等研究院+大学科技园”一体化模式, “风光火储+氢氨醇”联动发展新格局: a formula of parts, not a name
    return ""


# A title a place holds, right after a programme's or works' name (…建设行动示范县, …应急处置项目试点县, …工程示范城市):
# the name only qualifies the title.
_PLACE_TITLE_AFTER = re.compile(r"”?(?:示范|试点|先进|模范|标杆|达标)(?:县城|县|市|城市|镇|乡|村|街道|社区|单位)"
                                r"(?:(?![\u4e00-\u9fff])|创建|验收|复审)")
# A title whose creation is finished or whose check is passed (圆满完成…示范城市创建, 通过…示范区验收) is won, not pursued.
TITLE_HEADS = frozenset("示范城市 试点城市 样板城市 典范城市 示范区 先行区 先导区 样板区 示范基地".split())
_DONE_BEFORE = re.compile(r"(?:完成|通过)$")
_DONE_AFTER = re.compile(r"”?(?:创建|复审|复核|验收|评估|考核|命名)")


# Natural sites and parks kept as they are (保护好…湿地, 守护…国家湿地公园): the object of protection, not of works.
_NATURAL_HEADS = frozenset("湿地 公园 风景区 植物园 古村 水库".split())
_PROTECTED = re.compile(r"(?:[^，。；]{0,4}?)(?:保护好|守护好|保护|守护|管护好?)")
# Items of a list renovated after 等 (…等特色街区的升级改造, …等广场提档升级): what stands is improved, nothing built;
# so is a list whose last item is followed by its quality being raised (推动解放碑步行街、…区域环境品质提升); works
# named as such (…改造工程, …改造项目, …环境品质提升工程) are projects and are left alone.
_RENOVATED_AFTER = re.compile(r"(?:、[^，。；、]{2,16})*(?:等[^，。；、]{0,8}?的?(?:升级改造|提档升级|改造提升|提升改造|综合改造|改造升级|"
                              r"提质改造|改造)|(?:环境)?品质提升|环境提升|进一步(?:提升|完善|优化))(?![工项])")
# Items of a list closed by the kind of area they are (…等大人流区域, …等重点场所) and what is done there to keep order
# (疏导, 管控, 巡查…): the places stand, they are policed or cleaned, nothing is built.
_MANAGED_AFTER = re.compile(r"(?:、[^，。；、]{2,16})*等[^，。；、]{0,8}?(?:区域|场所|地段|部位|点位|路段|地区)[^，。；]{0,4}?"
                            r"(?:疏导|管控|巡查|巡逻|整治|监管|保洁|安保|防控|值守)")
# …unless the item is itself new works (海啤集团白酒生产线迁建, …改扩建): what is rebuilt or moved is built.
_REBUILT = re.compile(r"(?:迁建|新建|扩建|改扩建)(?:项目|工程)?$")
# An institution that opens a clause and is told what to do (…大剧院要引进…, …医院将开展…) is there already; one
# to be built (…要在年内建成) is not.
_ACTOR_HEADS = HONOURED_HEADS | INSTITUTION_HEADS | frozenset("大剧院 剧院 歌剧院 体育场 体育馆 音乐厅 展览馆".split())
_DUTY_AFTER = re.compile(r"(?:要|将|须|需|应)(?![^，。；]{0,8}(?:建成|开工|竣工|完工|投用|启用|落成))")
# 对 X 进行修复 (修缮, 改造, 维修…): the thing worked on stands already.
_REPAIRED = re.compile(r"[^，。；]*?进行[^，。；]{0,4}?(?:修复|修缮|改造|维修|整治|整修|提升|清理|治理)")
# A count of virtues in quotes (“五好”, “四好”) grades a kind of thing: the thing graded is a category.
_GRADE = re.compile(r"“[一二两三四五六七八九十]+好")
# A quoted title applied for, named after a province's or the state's list (争创“湖南省…特色产业集群”).
_APPLIED_FOR = re.compile(r"(?:争创|申创|申报|争取|争当|争做)$")
_TITLE_OWNER = re.compile(r"(?:国家|全国|中国|[\u4e00-\u9fff]{1,7}?省|[\u4e00-\u9fff]{1,4}?自治区)")


# A facility named as a project (淄博至莱芜高铁项目, 胜坨中学新建项目): building it is the initiative, named by
# the facility (the written form an alias). Works on a facility that stands (扩容, 改造…工程) stay their own name.
FACILITY_WORKS = re.compile(r"(.{2,}?(?:高铁|铁路|高速公路|高速|地铁|号线|机场|大桥|隧道|水库|水厂|中学|高中|小学|幼儿园|学校|医院|变电站|处理厂|净化厂|"
                             r"发电厂|电厂|公园|广场|体育场|体育馆|图书馆|博物馆|纪念馆|大厦|客运站))"
                             r"(?:新建|主体)?(?:项目|工程)")


# Works described at length after a proper name that opens them (尧头窑旅游扶贫基础设施建设项目: a place jieba does not
# know comes out as single characters): what is built is named, so 建设, 扶贫… before 项目 no longer make it a kind; a
# place and a rank alone (济南市重大建设项目) or a sector (农业产业融合发展项目) still do.
NAMED_WORKS_MIN = 6


def _named_works(prefix: str, c: Candidate) -> bool:
    rest = prefix
    while (m := GENERIC_PROJECT_END.search(rest)):
        rest = rest[:m.start()]
    toks = [t for t in c.tokens if t[0] not in "“”"][:2]
    opens_named = bool(toks) and (toks[0][1][:2] in ("nr", "ns", "nz", "nt")
                                  or len(toks) == 2 and all(len(w) == 1 and f != "x" for w, f in toks))
    opens_clause = not c.context.strip("“") or bool(_WORKS_VERB_BEFORE.search(c.context))
    return c.proper and opens_named and opens_clause and len(rest) >= NAMED_WORKS_MIN


# …and its start is sure: it opens its clause or follows a verb of works (正德|康城…项目: a word cut off before it) or the
# kind it is (重点工业项目|…项目).
_WORKS_VERB_BEFORE = re.compile(r"(?:建设|实施|推进|加快|启动|完成|开工|争取到?|引进|落地|谋划|储备)“?$|" + APPOSED_KIND.pattern)


# Zone heads a region's known strategy may head (黄河流域…高质量发展先行区, 长三角…一体化示范区): the one zone of it.
_ZONE_OF_KNOWN = frozenset("先行区 示范区 先导区 试验区 合作区 引领区".split())
_NATION_WORDS = frozenset("中国 中华".split())


# Utility works named by nothing but what they carry and how (no place, no owner, no plant): a kind of works.
_UTILITY_ONLY = re.compile(r"(?:主|配套)?(?:供电|供水|供热|供气|燃气|排水|排污|雨水|污水|雨污|污泥|中水|再生水)"
                           r"(?:管网|管道|管线|处置|处理|分流|改造|设施)*(?:[一二三四五六七八九十\d]期)?")


REASONS = {
    "stoplisted": "listed in initiative_stoplist.tsv",
    "generic": "a category, not a name (counted, or only generic words before its suffix)",
    "too-short": "nothing names it but its suffix",
    "no-boundary": "no start found for the name",
    "designation": "an honour or designation already received",
    "positioning": "what a place should become, not an initiative",
    "concept": "a guiding concept, slogan or mechanism",
    "inside-name": "the head of a longer name it qualifies",
    "existing": "an existing institution named as an actor, nothing built",
    "title": "inside a document's title (《…》)",
    "brand": "a brand or slogan (…品牌)",
}


def judge(c: Candidate, n: str, il: InitiativeLexicon) -> str:
    """Why a pattern candidate must be dropped ("" = keep it)."""
    if n in il.stop or category_after_verb(c.name, c.tokens, il.stop):
        return "stoplisted"
    if n in il.concepts or any(norm(q) in il.concepts for q in re.findall(r"“([^”]+)”", c.name)):
        return "stoplisted"
    if _TRAVEL_TIME.search(n):
        return "concept"          # “两小时经济带”, 3小时经济圈, 半小时生活圈: a travel time aimed at, not a programme or a work
    if _COUNTED_NATIONAL.fullmatch(n):
        return "generic"        # …“西气东输、…、东数西算”四大国家战略: a count of national strategies counts them, no bundle
    quote = re.match(r"“[^“”]+”", c.name)
    if quote and shared_lead_items(quote.group()):
        return "generic"        # “强科技、强工业、强县域”行动: a family of campaigns, each named on its own
    if "%" in n or "％" in n:
        return "generic"        # 70%就读普通高中: a share is a target, not a name
    if _CLAUSE_VERB.search(n) or c.type == PROJECT and _GUARDS.search(n[1:]):
        return "no-boundary"    # 班玛县成为全国…基地, 旅客吞吐量增速居…机场, 工业项目占全口径产业项目: a clause (a share of
                                # a whole is a figure), the name's start is lost
    if n[:1] in _BOUND:
        return "no-boundary"    # 配售|型保障性住房项目: a name does not open with a suffix of the word before it
    head = head_of(n)
    prefix = n[: len(n) - len(head)] if head else n
    if not prefix:
        return "too-short"
    if head in ("跑道", "航站楼") and "机场" not in n:
        return "generic"        # 石村小学塑胶跑道: a runway or terminal is an airport's works, a school's track is not
    if re.fullmatch(r"[\dA-Za-z]+", prefix) and "号线" in head:
        return ""
    if len(prefix) < 2 and not re.fullmatch(r"“[^”]+”[^“”]*", c.name):
        return "too-short"      # “电走廊”: one quoted character names it
    if len(prefix.removeprefix(_NEW_ROUND)) < 2 and "“" not in c.name:
        return "too-short"      # 推动新一轮公园建设: a round of a kind names none
    if re.match(r"[省市县区乡镇村][（(][省市县区乡镇村、]{1,6}[）)]", n) or c.type == PROJECT and _LEVELS_KIND_BEFORE.search(c.context):
        return "generic"        # 县（市）综合医院, 县（市、区）文化馆: one of a kind at every county and city, named by level;
        #                         so are the works joined to it (县(市)综合医院和疾控中心PCR实验室及城市核酸检测基地)
    if c.type == PROJECT and re.match(r"\d+(?:条|座|所|处|家|个)", n):
        return "generic"        # 建成柳东大桥、19条市政道路等项目: a count of a kind names none
    if c.type == PROJECT and "部分" in n[1:]:
        return "generic"        # 国道、省道部分路段改造工程: some of a kind, none named
    if c.type == PROJECT and _INNER_COUNT.search(n, 1):
        return "generic"        # 准东3个煤制气项目: a place's count of a kind lists the kind, names none
    if _SUPERLATIVE.match(prefix):
        return "positioning"    # 全球最大己二酸生产基地, 世界最长高速公路隧道: a rank, not a name
    if _OWNERLESS.fullmatch(prefix):
        return "no-boundary"    # 出生缺陷防治|能力提升计划: a capacity raised is someone's; the owner was cut off
    if c.type == PROJECT and _GRADED.search(prefix):
        return "designation"    # 国家4A级旅游景区, 五星级酒店: a grade awarded to a kind, not a name
    if c.type == PROJECT and GRADED_OBJECT.match(re.sub(r"^(?:全国|全省|全市)", "", prefix)):
        return "generic"        # 大中型和重点小型病险水库: things graded by size or state, a kind (四川盆地大中型灌区: a place says which)
    if c.type == PROJECT and _HOMES.search(n):
        return "generic"        # 远山红郡住宅小区, 棚户区项目一期, 回迁安置小区: homes built for sale or resettlement, not a public work
    if c.suffix in ("工程", "项目") and _PRIORITY.search(prefix):
        return "positioning"    # 作为2018年头号工程, 上升为全市一号工程: a rank given to some work, not its name
    if c.suffix == "计划" and prefix.endswith("年度"):
        return "generic"        # 完成投资…、超年度计划28%: the year's plan is a target, not a programme
    if c.suffix == "计划" and state_plan(c.name, c.tokens) or c.suffix == "项目" and state_plan(c.name[:-2], c.tokens):
        return "generic"        # 国民经济计划, 遵守国家计划: the state's economic plan, not a programme; “九五”计划项目 its works
    if c.suffix == "试点" and re.search(r"第[一二三四五六七八九十\d]+批", prefix):
        return "designation"    # 全国第五批…试点: a batch of pilots named is a list the place was put on
    pilot = (c.suffix == "试点" or c.national and c.suffix == "试点城市") and not _LEVEL_OWN.match(prefix) \
        and bool(c.national or _NATIONAL.match(prefix) or len(prefix) >= PILOT_MIN and (_PILOT_OF.search(prefix) or _QUOTED_NAME.search(c.name)
                                                                          or names_its_field(prefix, c.tokens))
                 or _QUOTED_PILOT.search(c.name) or c.run)
    if c.suffix == "试点" and not pilot:
        return "generic"        # 国家产教融合试点, 长沙要素市场化配置改革试点, 跨境投融资便利化试点, “沪派江南”风貌保护传承试点 (a quoted
                                # name says which): a pilot being run; 村居升级试点 a local trial
    if c.suffix in NEEDS_PROPER and not c.proper and not pilot:
        return "generic"
    if c.suffix in NEEDS_QUOTE and "“" not in c.name and not (c.suffix == "班列" and _PARTNER_REGIONS.fullmatch(prefix)):
        return "generic"        # (东盟班列, 中欧中亚班列: a freight train service named after the region it runs to)
    if c.suffix in NEEDS_COUNT and not c.counted:
        return "generic"
    if c.suffix in ("快速通道", "通道", "大通道") and re.search(r"审批|核准|办理|受理|服务|绿色|办事", prefix):
        return "concept"        # 审批核准快速通道, 绿色通道: a procedure, not a road
    if c.suffix in ("高速", "高速公路", "高铁") and prefix in il.places:
        return "generic"        # 山东高速 (a company), 聊城高铁 (its station): a place is not a route
    if c.suffix in ROUTE_HEADS and _LINKS.search(prefix):
        return "generic"        # 提升县域连接高速公路: the roads that link to routes, a kind
    if c.type == PROJECT and _CROSSING_KIND.fullmatch(n):
        return "generic"        # 加快…跨江跨海通道等建设: kinds of crossing
    if c.suffix in ROUTE_HEADS and _ROUTE_KIND.fullmatch(prefix):
        return "generic"        # 加快城市间高铁、城际铁路: kinds of route
    if c.type == PROJECT and (_QUALITY.match(prefix) or _QUALITY_END.search(prefix) and not _ROUTE_WORKS.search(prefix)
                              or _MONEY.search(prefix)):
        return "generic"        # 颠覆性技术项目, 调节性煤电项目, 超500亿元区域基金: a kind or a sum, not one thing
    if (c.type == STRATEGY or c.suffix == "工程") and "“" not in c.name and len(prefix) < 3 and not c.counted \
            and not _BIG_COUNT.fullmatch(prefix) \
            and not (c.suffix in PLACE_HEADS and c.proper):      # 郑州都市圈: a city's name is enough
        return "too-short"
    if c.type == PROJECT and LEVEL_START.match(prefix):
        return "generic"
    if (c.type == PROJECT or c.suffix in ("工程", "项目") and "“" not in c.name) and _UNIT_START.match(prefix):
        return "generic"        # 村卫生室与乡镇卫生院, 社区养老服务中心: one of a kind in every village, township or community
        #                         (中心村电网改造升级工程: works in every village of a kind; a quote names one programme)
    if c.type == PROJECT and _NATIONAL_KIND.fullmatch(prefix) and c.context.endswith("的"):
        return "generic"        # 建设可储存、可交易的国家级能源基地: a tier and a kind described by qualities, aimed at
        #                         (创建国家级人力资本产业园: the designation created is one)
    if c.type == PROJECT and _RANKED_BEFORE.search(c.context):
        return "positioning"    # 建设全球领先的动物疫苗智能制造基地, 国内重要的生物发酵与|…示范基地: a rank aimed at describes a
        #                         kind of place to become, it names none
    if _MAGNITUDE.fullmatch(prefix):
        return "generic"        # 百万吨级工程示范, 千万千瓦级基地: a size of a kind, nothing names it
    if c.type == PROJECT and _TENANTS.fullmatch(prefix):
        return "generic"        # 小微企业创业园, 大学生创业孵化基地: a park named only by whom it serves is a kind of park
    if c.type == PROJECT and prefix.endswith("型") and not c.proper:
        return "generic"        # 劳动密集型产业园: a kind of park
    if c.suffix == "项目" and (len(prefix) < 4 and not (c.proper and PHASE.search(head))
                              or GENERIC_PROJECT_END.search(prefix) and not _named_works(prefix, c)) \
            and not FACILITY_WORKS.fullmatch(n):          # LNG项目三期: a phase makes a short name one project
        return "generic"
    if c.suffix in ("项目", "工程") and _UTILITY_ONLY.fullmatch(prefix):
        return "generic"        # 污泥处置工程, 雨水管网二期工程, 主供电工程: a network or plant named only by what it carries
    if c.type == PROJECT and c.suffix in ("项目", "工程") and "“" not in c.name and GENERIC_OBJECT.match(prefix):
        return "generic"        # 水库大坝除险加固工程, 城市厨余垃圾处理项目: works on a kind of thing, not a named one
    if c.suffix in NEEDS_SETUP and not SETUP_VERBS.search(c.context.rstrip("“")) and not _SETUP_LIST.search(c.context):
        return "existing"       # 探索设立上合地方合作银行、上合产投联盟: set up now; 金融机构 named as actors are not
    if c.suffix in NEEDS_BUILDING and not BUILD_VERBS.search(c.context) and not c.built:
        return "existing"
    rest = prefix
    while rest:
        if rest[0] in "和及与、" and rest != prefix:
            rest = rest[1:]     # 国家和省级零碳园区: levels joined are still only levels
            continue
        for k in range(min(len(rest), 4), 0, -1):
            if rest[:k] in il.modifiers:
                rest = rest[k:]
                break
        else:
            break
    regional = rest == prefix and c.suffix in _ZONE_OF_KNOWN and any(prefix.startswith(g) for g in GEO_WORDS - _NATION_WORDS)
    # (a quoted name before 行动 or 工程 is a campaign of its own: “强省会”行动 in a report of a province the lexicon's
    # 强省会战略 is not)
    campaign = c.name.startswith("“") and c.suffix in ("行动", "工程")
    # (nor is a zone where a known reform is tried, named by it alone: 集体林权制度改革先行区 is the one a province is made;
    # a level before it, 省级…改革试验区, makes it a category again)
    reform_zone = rest == prefix and rest.endswith("改革") and c.suffix in ("先行区", "示范区", "试验区")
    if (not rest or rest in il.surface or norm(rest) in il.surface) and c.suffix not in ("攻势", "专项行动", "试点", "试点城市") \
            and not regional and not campaign and not reform_zone:
        return "generic"        # 省级乡村振兴示范区: a category named after a strategy (“双招双引”攻势, 碳达峰专项行动 and 国家碳达峰试点
                                # are a campaign or a pilot of it); a region's strategy heads its one zone (黄河流域…先行区)
    return ""


_NEW_ROUND = "新一轮"
# A count of big ones names a bundle, quoted or not (打好六大攻坚战, 交通建设十大工程).
_BIG_COUNT = re.compile(r"[一二两三四五六七八九十]{1,2}大")
_PARTNER_REGIONS = re.compile("(?:" + "|".join(sorted(GEO_WORDS, key=len, reverse=True)) + ")+")
_TENANTS = re.compile(r"(?:小微企业|中小企业|中小微企业|小微|大学生|高校毕业生|青年|返乡|农民工|退役军人|妇女|残疾人|留学人员)+(?:创业|创新创业|双创)?"
                      r"(?:孵化)?")
_GRADED = re.compile(r"(?:[1-5１-５一二三四五]A|[一二三四五1-5]星)级")
_HOMES = re.compile(r"(?:住宅|安置|回迁|棚户区|棚改|商品房|保障房|公租房|廉租房|别墅)|小区$")
_PRIORITY = re.compile(r"(?:头号|[一二三1-3]号)$|^第一[\u4e00-\u9fff]{0,2}$")       # 第一民生工程: the first of its kind
# A rank described with 的 right before a name, or before its first words (全球领先的…, 国内重要的…与): an aim, not a name.
_RANKED_BEFORE = re.compile(r"(?:领先|一流|知名|重要|先进|有影响力|有竞争力)的[^的，。；、]{0,8}$")
_SUPERLATIVE = re.compile(r"(?:全球|全国|世界|亚洲|全省|国内)?(?:最大|最长|最高|最深|首个|首座|唯一)")
_INNER_COUNT = re.compile(r"\d+(?:个|县)")     # (镇原4县高速: the counties counted)
_LEVELS_KIND_BEFORE = re.compile(r"[省市县区乡镇村][（(][省市县区乡镇村、]{1,6}[）)][^，。；、和及]{2,12}(?:[和及、][^，。；、和及]{2,16})*[和及、]$")
_OWNERLESS = re.compile(r"(?:能力|水平|质量|效能|品质|素质)(?:提升|提高|建设)")
_LINKS = re.compile(r"(?:连接|通往|衔接|连通|对接)$")
_ROUTE_KIND = re.compile(r"(?:城际|城市间|市域|市郊|干线|支线|普速|重载|货运|客运|高等级)+")
# 跨江跨海通道, 跨河桥梁: a crossing named only by what it crosses is a kind
_CROSSING_KIND = re.compile(r"(?:跨江|跨海|跨河|跨湖|过江)+(?:通道|大桥|桥梁|隧道)(?:项目|工程)?")
# 颠覆性, 调节性, 标志性: a quality names a kind (综合性国家科学中心: a national designation says which)
_QUALITY = re.compile(r"[\u4e00-\u9fff]{2}性(?!国家)")
_QUALITY_END = re.compile(r"[\u4e00-\u9fff]{2}性$")       # 央属标志性项目: a kind of project
# …but a named route's or section's own works (呼南高铁焦济洛平段控制性工程, …高等级公路控制性工程) are one work.
_ROUTE_WORKS = re.compile(r"(?:段|公路|铁路|高铁|高速)[\u4e00-\u9fff]{2}性$")
_MONEY = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?元")
# A count of national strategies (四大国家战略, 多个重大国家战略) counts strategies named elsewhere; it names no bundle.
_COUNTED_NATIONAL = re.compile(r"(?:\d+|[一二两三四五六七八九十多]+)(?:大|项|个)?(?:重大)?国家(?:级)?战略")
# A size class (百万吨级, 10万千瓦级, 千亿级) said of a kind of works or base.
_MAGNITUDE = re.compile(r"[\d.一二两三四五六七八九十百千万亿]+(?:吨|千瓦|瓦|立方米|标箱|平方米|元)?级")
# Verbs of a sentence about a thing (what it becomes, where it ranks), never inside its name.
# 以…政治生态护航自由贸易港建设: what guards or helps a work is the clause's subject, the work's name starts after the verb
_GUARDS = re.compile(r"护航|助力")
_CLAUSE_VERB = re.compile(r"成为|位居|位列|跻身|增速|居全国|居全省|居省会|占(?!地)[^，。；]{0,8}?(?:比重|比例|口径|总量|总额)")
# Characters that end a word and never open one (…型, …性, …式, …段, …率).
_BOUND = frozenset("型性式段率至级称")      # (至 joins two ends of a route: 至喀纳斯项目 lost the first; 级 a level's;
#                                        称 ends 简称, 以下称: （以下称|1+X证书制度试点）
# What a pilot tries out when it is a programme of its own: a reform, an integration, an opening (跨境贸易便利化试点).
# So does a long prefix that ends on the work tried out (…授权运营, …二轮延包, …有线电视服务), the system (…防涝体系), a
# system or mechanism that names its field (…长期护理保险制度, …价值实现机制: initiative_systems), a modernisation (市域社会治理现代化) or an integration of two named sectors
# (先进制造业与现代服务业融合), or that calls the pilot comprehensive (跨境电子商务综合); one ending on 发展 or on a place or
# level (…深度融合发展, …标准化国家) leaves open which pilot it is.
_PILOT_OF = re.compile(r"改革|创新|转型|便利化|一体化|市场化|数字化|国际化|现代化|开放|应用|(?:融合|综合|建设|管理|利用|处理|体系|交易|监测|服务|"
                       r"延包|运营|培育|保护|传承|联动|治理|流通|验收|评估)$")
# A national pilot, also when a place is named first (兰州国家城市更新试点); a level's own (省级…试点) is a designation.
_NATIONAL = re.compile(r"(?:[\u4e00-\u9fff]{2,3}?(?:省|市|县|区)?)?(?:国家|全国)")
_LEVEL_OWN = re.compile(r"(?:省级|市级|县级|区级)(?!政府|医院|公立医院|财政)")     # 县级政府购买…服务试点: the level is the buyer's
PILOT_MIN = 6           # characters before 试点
# (a scheme's Latin acronym in brackets, 合格境内有限合伙人(QDLP)试点, was tried as naming the pilot and dropped: PPP, DCEP and
# EOD pilots are national schemes run anywhere, kinds)
# A quoted name (“沪派江南”) says which pilot; a quoted mechanism (“包干制”, …制) is what any pilot may try.
_QUOTED_NAME = re.compile(r"“[^”]*[^制”]”")
# A quoted name right before 试点 (or 改革试点) says which pilot however short it is (做实“产业导入”试点, “一张图”改革试点).
_QUOTED_PILOT = re.compile(r"“[^“”]*[^制”]”(?:改革)?试点$")



_SETUP_LIST = re.compile(rf"(?:{SETUP_WORDS})[^，。；]*、")
