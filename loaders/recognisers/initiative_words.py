"""Vocabulary shared by the initiative recognisers: heads and what each needs, verbs, counts, the Candidate they return.

Also the clause around a position (clause_bounds), the head a name ends on (head_of) and whether a name may start at a
position (free_start), which every finder and loaders/recognisers/initiatives.py use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from loaders.recognisers.lexicon import data_rows

PROJECT, STRATEGY = "Project", "Strategy"


def _running_verbs() -> dict[str, frozenset[str]]:
    """loaders/data/running_verbs.tsv by kind (runs, furthers, adverbed)."""
    kinds: dict[str, set[str]] = {}
    for row in data_rows("running_verbs.tsv"):
        kinds.setdefault((row + ["runs"])[1] or "runs", set()).add(row[0])
    return {k: frozenset(v) for k, v in kinds.items()}


# The verbs that carry a programme out (实施, 开展, 推进, 深化…; data/running_verbs.tsv), read by every finder of a name as
# a running verb's object; RUNNING_FURTHERS are those that also take a verb phrase (推进建设…).
_RUNNING_KINDS = _running_verbs()
RUNNING_FURTHERS = _RUNNING_KINDS.get("furthers", frozenset())
RUNNING_VERBS = frozenset().union(*_RUNNING_KINDS.values())

# Suffix → the type of initiative it heads. The longest suffix at a place wins.
SUFFIXES: dict[str, str] = {}
for _type, _words in (
    (PROJECT, "起步区 示范区 先行区 先导区 试验区 片区 合作区 集聚区 园区 产业园 科技园 物流园 物流园区 科创园 创业园 工业园 "
              "示范园 产业城 科创城 科学城 智慧城 文旅城 生态城 博览城 新城 古城 大学城 走廊 大走廊 廊道 风貌带 产业带 "
              "旅游带 康养带 中心 基地 枢纽 陆港 码头 高铁 铁路 地铁 有轨电车 高速 高速公路 快速路 快速通道 大通道 机场 "
              "隧道 大桥 立交桥 高架 水库 水厂 湿地 公园 广场 步行街 商圈 综合体 小镇 实验室 研究院 大学 医院 "
              "院区 号线 项目 谷 创新港 医药港 贸易港 信息港 科技城 总部 综保区 综合保税区 保税区 客厅 班列 度假区 旅游区 "
              "体育场 足球场 剧场 会址 校区 生态圈 路网 高铁网 枢轴 指廊 商务区 食品城 文化城 风情街 "
              "处理厂 净化厂 发电厂 电厂 工厂 纪念馆 展览馆 陈列馆 文化馆 博物馆 美术馆 图书馆 科技馆 体育馆 展馆 新馆 "
              "歌剧院 大剧院 音乐厅 新区 学院 分院 中学 高中 学校 变电站 客运站 大厦 交易市场 批发市场 商贸城 物流城 众创城 众创园 "
              "智创园 科学园 风光带 景观带 风景区 联络线 专线 连接线 外环 综合楼 养护院 敬老院 卫生院 协作区 专区 "
              "牧场 公寓 开发区 经济开发区 古村 科学院 银行 联盟 基金 组织 超级节点 直联点 工作站 试验线 风场 试验装置 "
              "新通道 灌区 植物园 湾区 临港经济区 运河 航道 生态岛 陆港区 枢纽节点 景区 纪念园 收费站 组团 写字楼 风貌区 老街区 立交 特区 酒店 乐园 "
              "跑道 航站楼 客专 港区 电站 小学 幼儿园 教学楼 门诊楼 住院楼 病房楼 医技楼 实验楼 生产线 基因库 语料库 数据库 种质库 种质资源库 国际通信业务出入口局"),
    (STRATEGY, "战略 攻势 行动 行动计划 攻坚行动 专项行动 三年行动 计划 攻坚战 保卫战 持久战 专项斗争 示范城市 试点城市 "
               "样板城市 典范城市 中心城市 工程 新格局 之都 产业链 经济带 试点 发展方针 产业集群 "
               "都市圈 城市群 城镇群 城镇带 攻坚年 会战"),
):
    for _w in _words.split():
        SUFFIXES[_w] = _type
SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, SUFFIXES), key=len, reverse=True)))

# Suffixes that also head plain categories (文化中心, 招商项目): a name needs proper-name evidence.
NEEDS_PROPER = frozenset("中心 基地 项目 园区 物流园区 科技园 科创园 创业园 工业园 示范园 医院 大学 实验室 "
                         "公园 广场 综合体 小镇 总部 片区 智慧城 科技城 信息港 示范区 试验区 先行区 先导区 集聚区 合作区 湿地 商圈 "
                         "示范城市 试点城市 样板城市 枢纽 码头 新城 古城 走廊 廊道 院区 综保区 综合保税区 保税区 客厅 "
                         "度假区 旅游区 体育场 足球场 剧场 校区 商务区 生态圈 处理厂 净化厂 发电厂 电厂 工厂 纪念馆 展览馆 "
                         "陈列馆 文化馆 博物馆 美术馆 图书馆 科技馆 体育馆 展馆 新馆 歌剧院 大剧院 音乐厅 新区 学院 分院 中学 高中 学校 变电站 "
                         "客运站 大厦 交易市场 批发市场 商贸城 物流城 众创城 众创园 智创园 科学园 风光带 景观带 风景区 "
                         "联络线 专线 连接线 外环 综合楼 养护院 敬老院 卫生院 协作区 专区 牧场 公寓 典范城市 中心城市 开发区 经济开发区 古村 科学院 "
                         "银行 联盟 基金 组织 超级节点 直联点 工作站 试验线 风场 试验装置 "
                         "经济带 试点 新通道 灌区 植物园 湾区 都市圈 城市群 城镇群 城镇带 临港经济区 枢纽节点 景区 纪念园 收费站 组团 写字楼 立交 特区 酒店 乐园 "
                         "跑道 航站楼 客专 港区 电站 小学 幼儿园 教学楼 门诊楼 住院楼 病房楼 医技楼 实验楼 生产线 基因库 语料库 数据库 种质库 种质资源库".split())
# Physical heads that, inside a longer name, are part of it rather than a second initiative
# (东湖水库扩容增效工程, 白泉湿地公园, 青岛至京沪高铁辅助通道铁路).
CONTAINED_HEADS = frozenset("湿地 水库 高铁 铁路 机场 高速 高速公路 广场 公园 大桥 水厂 码头 处理厂 净化厂 发电厂 电厂 学校 "
                            "中学 高中 变电站 客运站 大厦 风光带 景观带 综合楼 敬老院 卫生院 新区 学院 "
                            "枢纽 走廊 灌区 陆港 运河 航道 生态岛 号线 古城 古镇".split())
# Heads that name a thing only with a quoted name before them ("齐鲁号"欧亚班列, "三环十二射"高快一体路网).
# Tried and dropped: 平台, 通道 and 改革 even when quoted (“济企通”平台, “标准地”供给改革: services and minor reforms);
# only a quoted count right before 改革 (“六权”改革) and a reform named by its method are taken (initiative_patterns).
NEEDS_QUOTE = frozenset("班列 路网 高铁网 新格局 发展方针 产业集群 特区".split())
# Heads a place's name alone makes a name of (郑州都市圈, 关中城市群; a province's planned clusters of towns, 滇西城镇群,
# 沿边城镇带).
PLACE_HEADS = frozenset("都市圈 城市群 城镇群 城镇带 试点城市 示范城市 样板城市".split())
# Heads that name a programme only when counted: 13条产业链.
NEEDS_COUNT = frozenset(["产业链"])
# Existing institutions are named as actors (支持山东大学…); one being built is an initiative.
NEEDS_BUILDING = frozenset("大学 医院 研究院 实验室 学院 分院 科学院 超级节点 直联点 工作站 试验线 风场 试验装置".split())
# A phase (二期): after a head it belongs to one thing being built (清泉河|三期|幸福渠段景观配建工程, 大唐码头二期).
PHASE = re.compile(r"[一二三四五六七八九十\d]期")
# Bodies (a bank, an alliance, a fund, an organisation) are initiatives only while being set up (设立上合地方合作银行);
# one named otherwise is an actor.
NEEDS_SETUP = frozenset("银行 联盟 基金 组织".split())
STRICT_HEADS = NEEDS_SETUP | {"工作站", "电站", "生产线", "基因库", "语料库", "数据库", "种质库", "种质资源库"}     # a rare word is not enough: a place, a quote or a name must say which
BUILT_AFTER = re.compile(rf"”?(?:{PHASE.pattern})?(?:(?:顺利|正式|成功|基本|加快|全面|快速|有序)?(?:落地建设|开工|建成|投用|投入使用|投产|运行|"
                         r"投入运行|启用|落地|揭牌|筹建|完工|主体完工)|(?:加快|全面|快速|有序|顺利)(?:推进|建设)(?=[，。；、]|$))")
# (…医院快速推进。, …学院加快建设。: the works progress; 山东大学推进…建设 is an institution at work, not built)
# The works said after the last item of a 、-list cover every item (…研究院、…学院加快建设).
LIST_BUILT_AFTER = re.compile(rf"(?:、[^，。；：、“”\n]{{2,24}}?)+?(?:{BUILT_AFTER.pattern})")
SETUP_WORDS = "设立|建立|组建|成立|筹建|发起|创设|创建|筹设"
SETUP_VERBS = re.compile(rf"(?:{SETUP_WORDS})$")
BUILD_VERBS = re.compile(r"筹建|组建|新建|建设|建成|建好|建强|开工|启用|创建|争创|打造|推进|加快|落地|引进|成立|设立|迁建|扩建|改扩建")
# 项目 after an action is a kind of project (棚户区改造项目), not a named one.
# A kind of project, key or major, written right before the project it introduces (县级重点工业项目山东某某有限公司项目,
# 镇级重点工业建设项目某某建设项目): apposition, the name starting after the kind's 项目.
APPOSED_KIND = re.compile(r"(?:重点|重大)[\u4e00-\u9fff]{0,4}项目$")
GENERIC_PROJECT_END = re.compile(r"(?:改造|扶贫|投资|发债|开工|招商|招引|引进|建设|储备|意向|落地|新上|签约|民生|重点|重大|"
                                 r"发展|生产力|强链|补链|延链|基金|信托|整改|立改)$")     # 人的全面发展项目, 延链补链强链项目, 立行立改项目: kinds
# Works on a kind of thing (水库大坝除险加固工程, 河湖生态修复治理工程, 城市厨余垃圾处理项目) name no project.
GENERIC_OBJECTS = "河湖|河道|湖泊|水库|城市|农村|城乡|全域|重点|中小|病险|小型"
GENERIC_OBJECT = re.compile(rf"(?:{GENERIC_OBJECTS})")
# Objects graded by size or state anywhere in them are kinds (大中型和重点小型病险水库除险加固, 万座小型水库除险加固).
GRADED_OBJECT = re.compile(r"病险|大中型|中小型|小型")
# A level before a category is a category or a designation (省级技术创新中心, 市级重点实验室).
# (全 and a province's one-character name is the whole province: 全疆, 全川, 全湘)
LEVEL_START = re.compile(r"^(?:省级|市级|县级|区级|镇级|村级|全省|全市|全县|全区|区县|县区|市县|县市区|镇街|镇村|村居|各级|"
                         r"全[疆川湘鄂赣皖苏浙闽粤桂黔滇藏陕甘陇青宁蒙吉辽黑冀晋豫鲁琼渝沪津京])")

# What may follow a suffix and still belong to the name: phases, sections, extensions.
RIGHT_EXT = re.compile(r"(?:(?<=号线)[\u4e00-\u9fff]{2,4}站(?![\u4e00-\u9fff])|（[\u4e00-\u9fff]{2,4}）|(?<=中心)（[A-Z]型）|\d\.0版|新院(?!区)|(?<=幼儿园)新园|(?<=馆)[东西南北]馆|(?<=医院)[东西南北]院(?![区长])|新址|(?<=灌区)(?:续建配套[与和及]?)?(?:现代化|节水)改造|连通(?=[、，。；]|工程)|(?:新建|续建|扩建)(?=项目|工程)|主体(?=工程)|[一二三四五六七八九十\d]期|[东南西北中]延(?:伸段?|段)?|[东南西北中]段|改扩建|扩容(?!工程|增效)|扩能改造|(?<=铁路)增建[二三]线|先行段|起步段|(?<=[期线])(?:车辆段|车辆基地|停车场)|(?:先行)?启动区|起步区|(?<=基地)(?:送电|外送)[\u4e00-\u9fff]{2,3}(?=工程)|T\d航站[楼区](?:及配套(?:设施)?)?|\d+(?:\.\d+)?(?:[×xX]\d+)?万?(?:吨|千瓦|立方米|千伏安?)(?:扩建|新建|改扩建|热电联产|发电|技改)?(?=项目|工程)|群(?![众体落岛山])|(?<=外环)(?:道路|公路|路)|(?<=中学|小学|大学|学院|医院)分[校院](?!区)|迁建(?=项目|工程|[，。；、])|(?<=高速)[\u4e00-\u9fff]{2,4}?(?:出入口|出口|互通立交|互通)|"
                       r"[\u4e00-\u9fff]{2}段(?![\u4e00-\u9fff]))+(?:工程|项目)?")

# Verbs that introduce their object: a name starts after them. Right before the suffix
# (…建设攻势, …提升工程, …培育三年行动计划) nominal verbs are part of the name.
LEAD_VERBS = frozenset(
    "建设 推进 加快 加速 打造 实施 开展 推动 建成 开工 启动 完成 创建 争创 深化 落实 加强 抓好 做好 用好 办好 "
    "培育 引进 支持 依托 围绕 融入 服从 服务 服务于 规划 谋划 布局 提升 实现 促进 助推 全面 积极 持续 深入 大力 "
    "着力 高标准 高质量 高水平 高品质 高起点 新建 改建 扩建 续建 筹建 组建 成立 设立 获批 入选 列入 纳入 投用 运营 通车 竣工 "
    "开通 参与 对接 承接 主动 坚持 贯彻 贯彻落实 发起 打好 打赢 决胜 统筹 突出 聚焦 聚力 全力 扎实 稳步 有序 "
    "加紧 启用 建立 健全 建立健全 完善 优化 强化 拓展 扩大 发挥 利用 申报 申建 争取 推行 探索 抢抓 抓住 把握 成功 "
    "先后 累计 新增 总投资 投资 力争 确保 推广 复制 落户 落地 入驻 签约 引入 带动 辐射 承办 举办 加入 检验 研究 部署 "
    "研究部署 听取 参加 出席 主持 结束 放在 保持 加大 用活 策划 吸引 改进 做大做强 激励 规范 分解 抓 用 紧扣 圆满完成 "
    "提档升级 新改扩建 聚力 共享 建强 建好 做大 做强 做优 做精 建强用好 建好用好 扩容提质 迭代升级 纵深推进 拓展实施 争建 做实 丰富 "
    "落细 落实落细 综合运用 新创建 出台 制定出台 锚定 提质升级 接入 "
    "构建 形成 增强 提高 支撑 保障 引导 鼓励 升级 改造 整合 搭建 设计 编制 使得 召开 宣传 执行 取缔 筛选 "
    "投产 建成投产 力促 开展了 实施了 建成了 完成了 启动了 推进了 加快了 完善了 打造了 投资了 引进了 成立了 "
    "荣获 获评 评为 被评为 命名为 被命名为 授予 荣膺 创成 入围 入列 担任 打响 位列 不搞 搞 "
    "我们 我市 我区 我县 我镇 全市 全区 全县 全镇 全省 一批 一系列 系列 多个 若干 各类 一些 一大批".split()
)
# Verbs often written right before a suffix as part of the name.
NOMINAL_VERBS = frozenset("建设 提升 整治 改造 发展 保护 治理 培育 振兴 创建 改善 攻坚 推广 修复 连通 开发 融合 示范 "
                          "创新 转换 转型 升级 倍增 引进 招引 服务 管理 提质 扩容 增效 节水 利用 应用 突破 "
                          "优化 促进 加速 赋能 焕新 强基 扩能 扩优 增收 提能 防控 攻关 推介 改善 研究 先行先试 运营 合作 交流".split())
# Leading words trimmed off a name: adverbs and verbs of the sentence around it.
LEAD_RE = re.compile(
    r"(?:(?:[一二三四五六七八九十]是|抓[紧实细牢]|提前|深入|积极|广泛|扎实|全面(?!振兴|深化改革)|大力|充分|坚决|定期|始终|严格|持续|加快|着力|努力|切实|认真|继续|重点|全力|"
    r"稳步|不断|进一步|更大力度|高标准|高质量|高水平|高品质|高起点|统筹|同步|联合|协同|主动|全速|加速|力争|争取|计划|"
    r"建立健全|开展|发挥好?|实施|推进|推动|打好|打赢|执行|保持|召开|宣传|使得|主持|落实|贯彻|建设|打造|做好|抓好|完成|"
    r"启动|新建|改造|创建|争创|谋划|规划|布局|培育|支持|依托|围绕|融入|服务|对接|参与|加强|加快|落地|开工|建成|"
    r"筹建|组建|申建|引进|引入|做大做强|做强|做大|用好|用活|办好|深化|提升|实现|促进|发起|投入使用|建成投用|启用|"
    r"推进|加快推进|开工建设|投产|建成投产|力促|力推|改扩建|新改扩建|改建|扩建|续建|提档升级|聚力|精准招引|招引|"
    r"建强|建好|建强用好|建好用好|扩容提质|提质扩面|迭代升级|纵深推进|深化拓展|拓展实施|争建|做实|丰富|落细|综合运用|新创建|"
    r"锚定|提质升级|助力|做优做强|做优|做精|织密|投用|有效管控|管控|严控|控制|确保|我[省市区县镇乡]|"
    r"(?:就|还|也|都)?(?:要|应当|应该|必须)|高度重视|适当|逐步|慎重稳妥|始终不渝|有力有效|多渠道|采取|拿出|禁止|"
    r"用于|认为|等于|重视|开始|涉及|巩固)+)")     # 我区物流枢纽: the speaker's own place (the document's region) is not part of a name;
# modal verbs and adverbs of manner are the sentence's (要禁止…项目, 就应当采取…, 适当降低…, 慎重稳妥进行…试点)
# and so are verbs of saying, using, touching on or holding on to (认为五年计划…, 用于铁路…, 涉及生物工程, 巩固蓝天保卫战成果:
# 7 wrong names in 7 of the 91 corpus work reports)
# A count before the name (10个现代农业产业园) makes it a category, except where it is a campaign's name
# (initiative_boundaries: 15个攻势, 三大攻坚战).
COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:个|家|处|座|条|批|所|类|项|大|支|片|件)$")
# A list item that opens with an extent or a count of pieces (5条主干道路, 2台热水锅炉, 12公里热力主管网, 8万平方米广场) is an
# amount of a kind of works, no name; a capacity (400万吨褐煤提质) or an owner first (奋斗镇1万亩节水灌溉) may name one.
QUANTITY_FIRST = re.compile(r"\d+(?:\.\d+)?(?:万|千)?(?:平方米|平方公里|公里|千米|米|亩|台|条|座|套|处|户)")
# After 打造 a head states what the place means to become (打造北方种业之都), unless a proper name says which thing.
ASPIRE = re.compile(r"打造(?!了)")

# Single characters that are function words (a multi-character token with such a part of
# speech stops the walk as well; a single character tagged so is often a piece of a name).
# How a sentence runs or ends a programme, adverb and verb, which jieba may read as one noun (全面实施, 深入开展, 全面完成)
GLUED_LEAD = re.compile(r"(?:全面|深入|积极|大力|扎实|持续|加快|着力|全力|稳步)(?:实施|推进|开展|推动|落实|完成|建成)")
FUNCTION_CHARS = set("在对向从以把将被由为于与和及或并而的了着过等之个家处座条批所类项各每该此其这那也都还更又再已上下内外即是有好比见进含")
STOP_FLAGS = ("p", "c", "u", "r", "d", "m", "q", "t", "f", "y", "e", "o")
PUNCT = set("。；！？，、：:;,!?《》【】[]…—-/. \t\n“”\"'‘’")
CJK = re.compile(r"[\u4e00-\u9fff]")
CLAUSE_END = re.compile(r"[。；！？\n，：:;!?,、《》【】]")
Token = tuple[str, str]          # (word, jieba part-of-speech flag)

# Words that make a name proper although jieba knows them well: geography of the province
# and the country, and the usual partners of its zones.
# 等 closing a list (…、…等), not 等 inside a word (高等教育, 中等职业, 平等, 同等, 初等).
LIST_DENG = re.compile(r"(?<![高中初平同对均])等(?![级同])")
GEO_WORDS = frozenset("齐鲁 胶东 鲁南 鲁中 鲁西 鲁北 黄河 泰山 沂蒙 中国 中华 华北 华东 北方 东北亚 中日 中韩 中日韩 "
                      "巴蜀 成渝 川渝 京津冀 长三角 珠三角 粤港澳 大湾区 长江 珠江 淮河 秦岭 亚洲 东盟 中非 中阿 丝路 "
                      "中德 中欧 中亚 上合 鲁澳 鲁港 亚欧 欧亚 日韩 环渤海 沿黄".split())

# Routes: initiatives only where work on them is said (see initiative_checks.ROUTE_WORK); their lists and sections.
ROUTE_HEADS = frozenset("高速 高速公路 高铁 铁路 运河 航道".split())
# Words before 路 that name no road (道路, 城市, 背街小巷…).
ROAD_GENERIC = re.compile(r"道路|公路|铁路|马路|路网|线路|思路|出路|新路|道|城市|农村|城乡|乡村|市政|主次|主干|次干|进村|通户|坑洼|破损|"
                           r"园内|城区|断头|背街|小巷|街巷|入户|村村|户户|田间|生产|产业|旅游环|环[湖山城]")


class Tagger(Protocol):
    def tag(self, s: str) -> list[Token]: ...
    def freq(self, w: str) -> int: ...


# What ends a list's item, walking left from the next item (its clause's ends, quotes and brackets).
ITEM_END = re.compile(r"[。；！？\n，：:;!?,、《》【】“”（）()]")


def items_before(text: str, end: int):
    """The items of a 、-list written before text[end], the 、 that closes the item before a name (祁连山|、|若尔盖国家公园,
    济郑|、|济莱高铁), right to left: (start, end, first), first the list's opening item (no 、 before it). The caller
    stops at the first item that is not of its kind."""
    while True:
        start = end
        while start > 0 and not ITEM_END.match(text[start - 1]):
            start -= 1
        first = text[start - 1:start] != "、"
        yield start, end, first
        if first:
            return
        end = start - 1


def listed_place(item: str, tg: Tagger, first: bool = False, areas: bool = False) -> list[Token]:
    """The tokens of the place a list's item is, as jieba's dictionary knows it (长春, 白山; with `areas`, a named area
    too: 大运河, nz), or []. The first item may follow the verb that governs the list (推进|长春, 建好|长江)."""
    toks = tg.tag(item)
    while first and len(toks) > 1 and (toks[0][1][:1] in "vad" or toks[0][0] in LEAD_VERBS):
        toks = toks[1:]
    return toks if toks and all(f.startswith(("ns", "nz") if areas else "ns") for _w, f in toks) else []


@dataclass
class Candidate:
    start: int          # offsets into the compact text
    end: int
    name: str           # as written (compact: no spaces), quotes kept
    type: str
    reason: str = ""    # why it must be dropped ("" = keep): generic, designation, positioning, no-boundary
    region: str = ""    # the region a programme name names (平安济南 → 山东省/济南市), else ""
    proper: bool = True  # evidence that the part before the suffix is a proper name
    suffix: str = ""
    context: str = ""   # the text before the name in its clause (commas and list marks end it)
    counted: bool = False  # the name starts with its count (15个攻势)
    full: str = ""       # the full name when the text elides the head (济郑、济莱高铁: 济郑 → 济郑高铁)
    listed: bool = False  # an item of a "…等项目" list: the project is named after it (惠科 → 惠科项目)
    built: bool = False   # work on it is said right after it (…研究院落地建设, …试验线成功运行)
    national: bool = False  # the text calls it a national pilot (海绵城市、完整社区等国家试点)
    run: bool = False       # a verb of running it stands before it, the clause ends after (扩大跨境电子商务试点。)
    major: bool = False     # an item of a list closed by 等重大 / 等重点 and its head: a programme of its own (智能制造)
    tokens: list = field(default_factory=list)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around pos: between hard punctuation (list commas included)."""
    s = pos
    while s > 0 and not CLAUSE_END.match(text[s - 1]):
        s -= 1
    e = pos
    while e < len(text) and not CLAUSE_END.match(text[e]):
        e += 1
    return s, e


def head_of(name: str) -> str:
    """The suffix (with its phase or section) that ends a name, "" if none."""
    best = ""
    for m in SUFFIX_RE.finditer(name):
        ext = RIGHT_EXT.match(name, m.end())
        end = ext.end() if ext else m.end()
        if end == len(name):
            best = name[m.start():]
    return best


def free_start(text: str, pos: int, tg: Tagger, verb: bool = False) -> bool:
    """Whether a name may start at pos: clause start, punctuation, or a verb or function word before it. With `verb`,
    stricter: a verb only, not an adverb, a function word or a place (辽浑太|山水工程 goes on to the left)."""
    cs, _ = clause_bounds(text, pos)
    if pos == cs or text[pos - 1] in PUNCT:
        return True
    before = text[cs:pos]
    if not verb and any(before.endswith(v) for v in LEAD_VERBS if len(v) > 1):
        return True
    toks = tg.tag(before)
    if not toks:
        return False
    w, f = toks[-1]
    return w in LEAD_VERBS or f in ("v", "vn") or not verb and (w in FUNCTION_CHARS or f.startswith(STOP_FLAGS))


def verb_start(text: str, pos: int, tg: Tagger) -> bool:
    """free_start with a verb only before the name (see there)."""
    return free_start(text, pos, tg, verb=True)


# Words jieba tags as nouns after a strategy's name that make it the subject of its clause (…全面推开, …基本完成, …开局良好,
# …落地见效, …惠及3200万孩子) or measure its pursuit (加大…力度, 加快…步伐, 提高…质量, 扩大…范围, 扩大…覆盖面): about 40
# mentions in the 91 corpus work reports (全面 5, 高质量 5, 力度, 质量, 范围, 惠及, 步伐 4 each, 开局 3…). (Not 成果: the gold
# leaves out 巩固拓展脱贫攻坚成果 and lists 巩固蓝天保卫战成果.)
PURSUIT_WORDS = frozenset("全面 全面实施 基本 有力 开局 落地 惠及 步伐 力度 质量 范围 覆盖面 有序 整体 梯次".split())
# Of these, 基本 and 落地 say the pursuit only with the verb they qualify (基本完成, 落地见效); before a noun they are part of
# it (一带一路|落地项目, 乡村振兴|基本盘). jieba tags some such verbs as nouns (落地生效, 落地开花), and some adverbs of manner
# too (乡村全面振兴|有序推进, …整体推进, …梯次推进).
PURSUIT_ADVERBS = frozenset("基本 落地 有序 整体 梯次".split())
_VERBS_AS_NOUNS = frozenset("生效 开花 见效 生根".split())


def pursued_by(toks: list[Token]) -> bool:
    """Whether the tokens after a strategy's name open with a word of its pursuit (see PURSUIT_WORDS)."""
    if not toks or toks[0][0] not in PURSUIT_WORDS:
        return False
    if toks[0][0] not in PURSUIT_ADVERBS:
        return True
    return len(toks) > 1 and (toks[1][1].startswith("v") and toks[1][1] != "vn" or toks[1][0] in _VERBS_AS_NOUNS)


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def count_value(s: str) -> int:
    """The number a count is written with (十二 → 12, 4 → 4; 0 when it is no number up to 99)."""
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _DIGITS.get(s, 0)
    if s[0] == "十":
        return 10 + _DIGITS.get(s[1:], 0)
    return _DIGITS.get(s[0], 0) * 10 + (_DIGITS.get(s[2:], 0) if len(s) > 2 else 0)


# A province names its strategies after a sector it means to be strong in: 制造强省, 质量强省, 中医药强省 (counted in the
# corpus's 2026 provincial reports: 人才强省 6 reports, 质量 5, 农业 4, 科技 4, 文化 4, 制造 3, 教育 3, 交通 3, …). A closed
# list of sector words: 经济强省 and 现代化强省 are goals, 百强县 a ranking, and a county's, district's or town's 强县 /
# 强区 / 强镇 (产业强区, 工业强镇) slogans or categories, never these.
STRONG_SECTORS = (
    "制造 制造业 质量 农业 生态农业 教育 科技 科教 人才 交通 文化 旅游 文旅 文化旅游 中医药 体育 海洋 能源 新型能源 清洁能源 "
    "网络 数字 知识产权 品牌 标准 民航 工业 航运 水运 健康 商贸 贸易 金融 种业".split()
)
_STRONG_NAME = re.compile("(?:%s)强省" % "|".join(sorted(STRONG_SECTORS, key=len, reverse=True)))


def strong_province_name(name: str) -> str | None:
    """A province's sector strategy's name without 战略 (人才强省战略 → 人才强省), or None when the name is none: the
    province owns it, whichever of its cities' reports names it."""
    core = name[:-2] if name.endswith("战略") else name
    return core if _STRONG_NAME.fullmatch(core) else None


# The state's economic plan, as the national reports of the planned economy write it (国民经济计划, 基本建设计划, 指令性
# 计划, 工业生产计划, “七五”计划; 超额完成国家计划, 生产超过计划): its scope and content words before 计划, after nothing
# or after the verb of the sentence that keeps, meets or changes it. Counted in the 52 national reports: 30 of them gave
# such a plan as a programme (126 names). A programme named by what it does (城乡居民增收计划, 星火计划, 人才发展计划)
# has other words before its head.
_PLAN_SCOPE = re.compile(
    r"(?:(?:国家|国民经济|经济|整个|全国|全年|统一|指令性|指导性|基本建设|建设|生产|经营|工业|农业|工农业|轻工业|重工业|"
    r"手工业|能源|产值|总产值|收购|粮食|收支|财政|信贷|投资|总额|固定资产|进出口|商业|收入|税收|产量|面积|发展|和|原|修订|"
    r"\d{4}年度?|(?:\d{4}|[一二三四五六七八九十两]+)?年?度|第[一二三四]季度|“?[一二三四五六七八九十]+五”?|[一二三四五两]?年|后三年)+)?计划$")
_PLAN_TIME = re.compile(r"\d{4}年度?|[一二三四五两]?年度?|后三年|度")     # (城乡居民增收|五年计划: a programme's own term)
_PLAN_MET = ("完成", "超过", "不突破", "达到", "低于", "不成", "纳入", "实行")     # (not 突破: 集成电路突破计划)


def state_plan(name: str, tokens: list) -> bool:
    """Is the name the state's economic plan (国民经济计划, 遵守国家计划), not a programme? After a verb the plan is named by
    more than its term (城乡居民增收|五年计划 is a programme)."""
    m = _PLAN_SCOPE.search(name)
    head = name[:m.start()] if m else name
    if not m or "“" in head or "”" in head:
        return False
    if not head:
        return m.group() != "计划"
    if head.endswith(_PLAN_MET):
        return True         # 超额完成计划, 项目完不成计划: the plan met or missed
    pos = 0             # the word ending the head, as jieba read the name (遵守|国家计划, 适当|缩小|指令性|计划)
    for w, f in tokens:
        pos += len(w)
        if pos == len(head):
            return bool(_PLAN_TIME.sub("", m.group()[:-2])) and (f.startswith("v") and f != "vn" or f in ("l", "zg"))
        if pos > len(head):
            break
    return False


def category_after_verb(name: str, tokens: list, stop: set[str]) -> bool:
    """Is the name a verb of its sentence and a category the stoplist holds (中央财政安排|保障性安居工程, 新开工|保障性安居
    工程, 主要用于|…)? The walk keeps verbs it does not know; what follows them is the kind of works, not a name."""
    pos = 0
    for w, f in tokens[:-1]:
        pos += len(w)
        tail = name[pos:]
        if (f.startswith("v") and f != "vn" or w.endswith(("开工", "投向", "用于"))) and len(tail) >= 5 and "“" not in tail \
                and re.sub(r"\s", "", tail) in stop:
            return True         # (a category, not a bare head: 实施|“三抓三促”行动 is no 行动 alone)
    return False
