"""Patterns that find initiative names in prose (helpers of loaders/initiatives.py).

A name is found from its end: a suffix that heads initiative names (起步区, 产业园, 攻势,
高铁…). Its start is searched leftwards over jieba tokens: the walk stops at punctuation,
at a function word, at a verb that introduces an object (建设, 推进, 打造…) and at a count
(10个…, which marks a category, not a name); verbs left at the front are then trimmed.
Every candidate is returned, with the reason it must be dropped if it must (the caller
turns those into issues), and with the evidence that it is a proper name (a place, a
quoted part, an unknown word), which the generic-prone suffixes (中心, 项目, 基地…) need.

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
- heads 都市圈, 城市群, 新通道, 灌区, 植物园, 湾区, 临港经济区; water transfers 引X济Y; pilots when national or named by
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
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from .officials import surnames      # loaders/data/surnames.tsv (the officials' table)

PROJECT, STRATEGY = "Project", "Strategy"

# Suffix → the type of initiative it heads. The longest suffix at a place wins.
SUFFIXES: dict[str, str] = {}
for _type, _words in (
    (PROJECT, "起步区 示范区 先行区 先导区 试验区 片区 合作区 集聚区 园区 产业园 科技园 物流园 科创园 创业园 工业园 "
              "示范园 产业城 科创城 科学城 文旅城 生态城 博览城 新城 古城 大学城 走廊 大走廊 廊道 风貌带 产业带 "
              "旅游带 康养带 中心 基地 枢纽 陆港 码头 高铁 铁路 地铁 有轨电车 高速 快速路 快速通道 大通道 机场 "
              "隧道 大桥 立交桥 高架 水库 水厂 湿地 公园 广场 步行街 商圈 综合体 小镇 实验室 研究院 大学 医院 "
              "院区 号线 项目 谷 创新港 医药港 贸易港 总部 综保区 综合保税区 保税区 客厅 班列 度假区 旅游区 "
              "体育场 足球场 剧场 会址 校区 生态圈 路网 高铁网 枢轴 指廊 商务区 食品城 文化城 风情街 "
              "处理厂 净化厂 发电厂 电厂 工厂 纪念馆 展览馆 陈列馆 文化馆 博物馆 美术馆 图书馆 科技馆 体育馆 展馆 新馆 "
              "新区 学院 分院 中学 高中 学校 变电站 客运站 大厦 交易市场 批发市场 商贸城 物流城 众创城 众创园 "
              "智创园 科学园 风光带 景观带 风景区 联络线 专线 连接线 外环 综合楼 养护院 敬老院 卫生院 协作区 专区 "
              "牧场 公寓 开发区 经济开发区 古村 科学院 银行 联盟 基金 组织 超级节点 直联点 工作站 试验线 风场 试验装置 "
              "新通道 灌区 植物园 湾区 临港经济区"),
    (STRATEGY, "战略 攻势 行动 行动计划 攻坚行动 专项行动 三年行动 计划 攻坚战 专项斗争 示范城市 试点城市 "
               "样板城市 典范城市 中心城市 工程 新格局 之都 产业链 经济带 试点 发展方针 产业集群 "
               "都市圈 城市群"),
):
    for _w in _words.split():
        SUFFIXES[_w] = _type
SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, SUFFIXES), key=len, reverse=True)))

# Suffixes that also head plain categories (文化中心, 招商项目): a name needs proper-name evidence.
NEEDS_PROPER = frozenset("中心 基地 项目 园区 科技园 科创园 创业园 工业园 示范园 医院 大学 实验室 "
                         "公园 广场 综合体 小镇 总部 片区 示范区 试验区 先行区 先导区 集聚区 合作区 湿地 商圈 "
                         "示范城市 试点城市 样板城市 枢纽 码头 新城 古城 走廊 廊道 院区 综保区 综合保税区 保税区 客厅 "
                         "度假区 旅游区 体育场 足球场 剧场 校区 商务区 生态圈 处理厂 净化厂 发电厂 电厂 工厂 纪念馆 展览馆 "
                         "陈列馆 文化馆 博物馆 美术馆 图书馆 科技馆 体育馆 展馆 新馆 新区 学院 分院 中学 高中 学校 变电站 "
                         "客运站 大厦 交易市场 批发市场 商贸城 物流城 众创城 众创园 智创园 科学园 风光带 景观带 风景区 "
                         "联络线 专线 连接线 外环 综合楼 养护院 敬老院 卫生院 协作区 专区 牧场 公寓 典范城市 中心城市 开发区 经济开发区 古村 科学院 "
                         "银行 联盟 基金 组织 超级节点 直联点 工作站 试验线 风场 试验装置 "
                         "经济带 试点 新通道 灌区 植物园 湾区 都市圈 城市群 临港经济区".split())
_PHYSICAL = re.compile(r"景观|绿化|路|桥|河|湖|水库|水厂|堤|渠|闸|管网|码头|隧道|铁路|高速|站|港|厂|楼|馆|场|线|灌区|大道|通道|交通网|"
                       r"电网|变电|供水|排水|污水|公园|广场|学校|医院|中学|小学|幼儿园")
# Physical heads that, inside a longer name, are part of it rather than a second initiative
# (东湖水库扩容增效工程, 白泉湿地公园, 青岛至京沪高铁辅助通道铁路).
CONTAINED_HEADS = frozenset("湿地 水库 高铁 铁路 机场 高速 广场 公园 大桥 水厂 码头 处理厂 净化厂 发电厂 电厂 学校 "
                            "中学 高中 变电站 客运站 大厦 风光带 景观带 综合楼 敬老院 卫生院 新区 学院 "
                            "枢纽 走廊 灌区 陆港".split())
# Heads that name a thing only with a quoted name before them ("齐鲁号"欧亚班列, "三环十二射"高快一体路网).
# Tried and dropped: 平台, 通道 and 改革 even when quoted (“济企通”平台, “标准地”供给改革: services and minor reforms).
NEEDS_QUOTE = frozenset("班列 路网 高铁网 新格局 发展方针 产业集群".split())
# Heads a place's name alone makes a name of (郑州都市圈, 关中城市群).
PLACE_HEADS = frozenset("都市圈 城市群 试点城市 示范城市 样板城市".split())
# Heads that name a programme only when counted: 13条产业链.
NEEDS_COUNT = frozenset(["产业链"])
# Existing institutions are named as actors (支持山东大学…); one being built is an initiative.
NEEDS_BUILDING = frozenset("大学 医院 研究院 实验室 学院 分院 科学院 超级节点 直联点 工作站 试验线 风场 试验装置".split())
# A phase (二期): after a head it belongs to one thing being built (清泉河|三期|幸福渠段景观配建工程, 大唐码头二期).
PHASE = re.compile(r"[一二三四五六七八九十\d]期")
# Bodies (a bank, an alliance, a fund, an organisation) are initiatives only while being set up (设立上合地方合作银行);
# one named otherwise is an actor.
NEEDS_SETUP = frozenset("银行 联盟 基金 组织".split())
STRICT_HEADS = NEEDS_SETUP | {"工作站"}       # a rare word is not enough: a place, a quote or a name must say which
BUILT_AFTER = re.compile(rf"”?(?:{PHASE.pattern})?(?:顺利|正式|成功|基本|加快|全面)?(?:落地建设|开工|建成|投用|投入使用|投产|运行|投入运行|启用|落地|揭牌|筹建)")
SETUP_WORDS = "设立|建立|组建|成立|筹建|发起|创设|创建|筹设"
SETUP_VERBS = re.compile(rf"(?:{SETUP_WORDS})$")
BUILD_VERBS = re.compile(r"筹建|组建|新建|建设|建成|建好|建强|开工|启用|创建|争创|打造|推进|加快|落地|引进|成立|设立|迁建|扩建|改扩建")
# 项目 after an action is a kind of project (棚户区改造项目), not a named one.
GENERIC_PROJECT_END = re.compile(r"(?:改造|扶贫|投资|发债|开工|招商|招引|引进|建设|储备|意向|落地|新上|签约|民生|重点|重大)$")
# Works on a kind of thing (水库大坝除险加固工程, 河湖生态修复治理工程, 城市厨余垃圾处理项目) name no project.
_GENERIC_OBJECTS = "河湖|河道|湖泊|水库|城市|农村|城乡|全域|重点|中小|病险|小型"
GENERIC_OBJECT = re.compile(rf"(?:{_GENERIC_OBJECTS})")
# A level before a category is a category or a designation (省级技术创新中心, 市级重点实验室).
LEVEL_START = re.compile(r"^(?:省级|市级|县级|区级|镇级|村级|全省|全市|全县|全区|区县|县区|市县|县市区|镇街|镇村|村居|各级)")

# What may follow a suffix and still belong to the name: phases, sections, extensions.
RIGHT_EXT = re.compile(r"(?:（[\u4e00-\u9fff]{2,4}）|新院(?!区)|(?<=灌区)(?:续建配套与?)?现代化改造|连通(?=[、，。；]|工程)|新建(?=项目|工程)|主体(?=工程)|[一二三四五六七八九十\d]期|[东南西北中]延(?:段)?|[东南西北中]段|改扩建|扩容(?!工程|增效)|群(?![众体落岛山])|"
                       r"[\u4e00-\u9fff]{2}段(?![\u4e00-\u9fff]))+(?:工程|项目)?")

# A suffix followed by these is part of a longer ordinary word, not a name's end.
_NOT_END = re.compile(
    r"(?:中心(?=城(?!市)|镇|村|任务|工作|环节|地位|作用|店|校|医院|小学|支行|站|所)|工程(?=师|化|技术|机械|建设|项目|质量|实验室|研究|院|产业|学院|大学)"
    r"|行动(?=方案|中|上|起来|指南|纲要|车)|战略(?=性|规划|机遇|合作|支点|部署|布局|定位|高度|眼光|地位|新兴|资源|储备|枢纽|工程|节点|科技|叠加|任务|基点|意图|保障|决策|目标)"
    r"|计划(?=单列|经济|生育|内|外)|试点(?=任务|工作|经验|项目|地区|单位)"
    r"|项目(?=化|库|包|投资|审批|管理|招引|落地|推进|谋划|计划)|高速(?=发展|增长|公路|铁路|列车|度|运转)"
    r"|大学(?=生|科技园)|基地(?=建设)|园区(?=化|建设)|枢纽(?=城市|功能|地位|作用)|码头(?=作业)|谷(?=物)"
    r"|公园(?=城市)|实验室(?=建设))"
)

# A suffix after these is part of an ordinary word: 高新区 is not a 新区.
_NOT_START = re.compile(r"高新区")

# Verbs that introduce their object: a name starts after them. Right before the suffix
# (…建设攻势, …提升工程, …培育三年行动计划) nominal verbs are part of the name.
LEAD_VERBS = frozenset(
    "建设 推进 加快 加速 打造 实施 开展 推动 建成 开工 启动 完成 创建 争创 深化 落实 加强 抓好 做好 用好 办好 "
    "培育 引进 支持 依托 围绕 融入 服从 服务 服务于 规划 谋划 布局 提升 实现 促进 助推 全面 积极 持续 深入 大力 "
    "着力 高标准 高质量 高水平 新建 改建 扩建 续建 筹建 组建 成立 设立 获批 入选 列入 纳入 投用 运营 通车 竣工 "
    "开通 参与 对接 承接 主动 坚持 贯彻 贯彻落实 发起 打好 打赢 决胜 统筹 突出 聚焦 聚力 全力 扎实 稳步 有序 "
    "加紧 启用 建立 健全 完善 优化 强化 拓展 扩大 发挥 利用 申报 申建 争取 推行 探索 抢抓 抓住 把握 成功 "
    "先后 累计 新增 总投资 投资 力争 确保 推广 复制 落户 签约 引入 带动 辐射 承办 举办 加入 检验 研究 部署 "
    "研究部署 听取 参加 出席 主持 结束 放在 保持 加大 用活 策划 吸引 改进 做大做强 激励 规范 分解 抓 用 紧扣 圆满完成 "
    "提档升级 新改扩建 聚力 共享 建强 建好 建强用好 建好用好 扩容提质 迭代升级 纵深推进 拓展实施 争建 做实 丰富 "
    "落细 落实落细 综合运用 新创建 出台 制定出台 "
    "构建 形成 增强 提高 支撑 保障 引导 鼓励 升级 改造 整合 搭建 设计 编制 使得 召开 宣传 执行 取缔 筛选 "
    "投产 建成投产 力促 开展了 实施了 建成了 完成了 启动了 推进了 加快了 完善了 打造了 投资了 引进了 成立了 "
    "荣获 获评 评为 被评为 命名为 被命名为 授予 荣膺 创成 担任 打响 位列 不搞 搞 "
    "我们 我市 我区 我县 我镇 全市 全区 全县 全镇 全省 一批 一系列 系列 多个 若干 各类 一些 一大批".split()
)
# Verbs often written right before a suffix as part of the name.
NOMINAL_VERBS = frozenset("建设 提升 整治 改造 发展 保护 治理 培育 振兴 创建 改善 攻坚 推广 修复 连通 开发 融合 示范 "
                          "创新 转换 转型 升级 倍增 引进 招引 服务 管理 提质 扩容 增效 节水 利用 应用 突破 "
                          "优化 促进 加速 赋能 焕新 强基 扩能 扩优 增收 提能 防控 攻关 推介 改善 研究".split())
# Leading words trimmed off a name: adverbs and verbs of the sentence around it.
_LEAD_RE = re.compile(
    r"(?:(?:深入|积极|广泛|扎实|全面|大力|充分|坚决|定期|始终|严格|持续|加快|着力|努力|切实|认真|继续|重点|全力|"
    r"稳步|不断|进一步|更大力度|高标准|高质量|高水平|统筹|同步|联合|协同|主动|全速|加速|力争|争取|计划|"
    r"开展|发挥好?|实施|推进|推动|打好|打赢|执行|保持|召开|宣传|使得|主持|落实|贯彻|建设|打造|做好|抓好|完成|"
    r"启动|新建|改造|创建|争创|谋划|规划|布局|培育|支持|依托|围绕|融入|服务|对接|参与|加强|加快|落地|开工|建成|"
    r"筹建|组建|申建|引进|引入|做大做强|做强|做大|用好|用活|办好|深化|提升|实现|促进|发起|投入使用|建成投用|启用|"
    r"推进|加快推进|开工建设|投产|建成投产|力促|力推|改扩建|新改扩建|改建|扩建|续建|提档升级|聚力|精准招引|招引|"
    r"建强|建好|建强用好|建好用好|扩容提质|提质扩面|迭代升级|纵深推进|深化拓展|拓展实施|争建|做实|丰富|落细|综合运用|新创建)+)")
# A count before the name (10个现代农业产业园) makes it a category…
COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:个|家|处|座|条|批|所|类|项|大|支|片|件)$")
# …except for campaigns, where the count is the name: 15个攻势, 三大攻坚战, 12项改革攻坚行动.
_COUNTED_NAME = frozenset("攻势 战略 攻坚战 行动 攻坚行动 专项行动 三年行动 行动计划 计划 工程 产业链".split())
# …but 工程, 计划 and 行动 count as one campaign only as "N大" (三大工程); 7个输变电工程 is seven projects.
_COUNTED_BY_DA = frozenset("工程 计划 行动 行动计划 专项行动".split())
_PLURAL = re.compile(r"(?:一批|多个|若干|各类|各|一系列|系列|等|每个|所有|全部|部分|更多|其他)$")
# Honours already won are designations, not initiatives (获评国家生态文明建设示范区).
HONOUR_VERBS = re.compile(r"(?:获评|荣获|获得|被评为|评为|被命名为|命名为|被列为|列为|列入|纳入|入选|成功创建|创成|成功入选|获批|获批为|授予|荣膺|跻身|位列|成为)"
                          r"(?:为)?(?:首批|第一批|第二批|第三批)?(?:全国|全省|国家级|省级|市级)?(?:[^，。；]{0,12}的)?$")
# A clause that opens with an honour verb and lists
# items with 、: the verb governs every item of the list.
_LIST_HEAD = re.compile(r"^(?:[^、，。；]{0,4}?)(获批|荣获|获评|被评为|评为|列入|纳入|入选|创成|成功创建|授予)"
                        r"(?:[^、，。；]{1,24}、)+$")
# Aspirations: what a place should become (打造创新驱动发展示范区和高质量发展先行区).
POSITIONING_VERBS = re.compile(r"(?:打造|建成|建设成为|打造成|争当|争做|定位为|建成为)(?:[^，。；]{0,12}的)?$")
POSITIONING_HEADS = frozenset("示范区 先行区 先导区 样板区 集聚区 示范城市 样板城市 高地 中心".split())
# After 打造 these heads state an aspiration unless a proper name says which thing is meant (打造上合国家进口
# 食品农产品集散中心 names one; 打造北方服务业基地, 打造新媒体之都 describe a role). Scope words (全国, 国际,
# 北方…) do not name anything.
ASPIRATION_HEADS = frozenset("基地 之都 枢纽 新城 中心 高地 示范区 先行区 先导区 样板区 集聚区 示范城市 样板城市".split())
_ASPIRE = re.compile(r"打造(?!了)")
# One-character names of partners after 对 (对非贸易, 对台交流, 对欧班列): 对 is part of the name.
_PARTNERS = frozenset("非台欧美日韩俄港澳")
# A name that opens with a rank to reach (全国区域性…基地, 世界一流…大学, 国家重要…高地) names a role, whatever the verb.
_RANK_START = re.compile(r"^(?:全国区域性|全国性|全国重要|国家重要|中国特色|世界一流|世界级|国际一流|国内国际)")
RANK_HEADS = frozenset("基地 中心 高地 枢纽 大学 之都 集聚区 示范区 先行区 机场".split())
_SCOPE = re.compile(r"全国|全省|全市|国家级?|国际|世界|全球|北方|南方|中国|长江以北|区域性?|现代|一流|知名|重要")

# Single characters that are function words (a multi-character token with such a part of
# speech stops the walk as well; a single character tagged so is often a piece of a name).
_FUNCTION_CHARS = set("在对向从以把将被由为于与和及或并而的了着过等之个家处座条批所类项各每该此其这那也都还更又再已上下内外即是有好比见进")
_NUMERAL = re.compile(r"[\d.一二两三四五六七八九十百千万亿几多余第首每]+[个大项家条批类件年届期次位名座所处]?")
_STOP_FLAGS = ("p", "c", "u", "r", "d", "m", "q", "t", "f", "y", "e", "o")
_KEEP = frozenset("现代 东部 西部 南部 北部 中部 至 第一 第二 第三 新一轮 未来 当代 千伏 左岸 右岸 东岸 西岸 南岸 北岸 两岸 沿线 沿岸 西北 东北 西南 东南 "
                  "东西向 南北向 青年 老年 少年 永久".split())     # 青年, 老年: nouns jieba tags as times
_PUNCT = set("。；！？，、：:;,!?《》【】[]…—-/. \t\n“”\"'‘’")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_END = re.compile(r"[。；！？\n，：:;!?,、《》【】]")
MAX_NAME = 24
Token = tuple[str, str]          # (word, jieba part-of-speech flag)

# Words that make a name proper although jieba knows them well: geography of the province
# and the country, and the usual partners of its zones.
GEO_WORDS = frozenset("齐鲁 胶东 鲁南 鲁中 鲁西 鲁北 黄河 泰山 沂蒙 中国 中华 华北 华东 北方 东北亚 中日 中韩 中日韩 "
                      "巴蜀 成渝 川渝 京津冀 长三角 珠三角 粤港澳 大湾区 长江 珠江 淮河 秦岭 亚洲 东盟 中非 中阿 丝路 "
                      "中德 中欧 中亚 上合 鲁澳 鲁港 亚欧 欧亚 日韩 环渤海 沿黄".split())


class Tagger(Protocol):
    def tag(self, s: str) -> list[Token]: ...
    def freq(self, w: str) -> int: ...


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
    tokens: list = field(default_factory=list)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around pos: between hard punctuation (list commas included)."""
    s = pos
    while s > 0 and not _CLAUSE_END.match(text[s - 1]):
        s -= 1
    e = pos
    while e < len(text) and not _CLAUSE_END.match(text[e]):
        e += 1
    return s, e


def _boundary_ok(tokens: list[Token], cut_at: int) -> bool:
    pos = 0
    for w, _f in tokens:
        if pos == cut_at:
            return True
        pos += len(w)
    return pos == cut_at


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
            if sec and (not sec.group(1) or sec.group(1) in places or tg.tag(sec.group(1))[0][1].startswith("ns")):
                end = sec.end()       # 莱荣铁路青岛段, 京台高速济南至泰安, 绕城高速大东环: a section of the route
        cs, ce = clause_bounds(text, m.start())
        toks = tg.tag(text[cs:ce])
        if not (_boundary_ok(toks, end - cs) or _boundary_ok(toks, m.end() - cs)):
            continue                  # 中心城区, 工程化: the suffix is inside a longer word
        # A suffix starting inside a word takes the whole word (内陆|港 → the walk starts before 内陆).
        sstart, pos = m.start(), cs
        for w, _f in toks:
            if pos < sstart < pos + len(w):
                sstart = pos
                break
            pos += len(w)
        left = tg.tag(text[cs:sstart]) if sstart > cs else []
        c = _walk_left(text, cs, sstart, end, left, SUFFIXES[m.group()], m.start(), tg)
        c.suffix = m.group()
        if c.name.startswith("“") and c.start > cs and c.type == PROJECT:
            _qualify_quote(text, cs, c, tg)     # 公共卫生“六大中心”, 百度“一基地两平台三中心”: the owner is named first
        if c.suffix == "工程" and _PHYSICAL.search(text[c.start:m.start()]):
            c.type = PROJECT          # 东湖水库扩容增效工程 builds something; 绿色智造工程 is a programme
        c.context = re.split(r"[，。；：！？\n]", text[max(0, c.start - 40):c.start])[-1]
        c.built = bool(BUILT_AFTER.match(text, c.end))
        c.proper = _proper(c, text[c.start:m.start()].lstrip("“"), tg, places)
        if c.proper and c.suffix in STRICT_HEADS and not _named_beyond_scope(text[c.start:m.start()].lstrip("“"), tg, places):
            c.proper = False      # 创投基金, 社区城管工作站: a body or post of a kind; 上合产业基金 is one
        if not c.proper and c.suffix in NEEDS_PROPER and _described(text[c.start:m.start()], text, c):
            c.proper = True       # 海洋科学大型仪器区域中心: a long description of one thing being built
        if not c.proper and c.type == PROJECT and PHASE.search(text[m.end():c.end]) and len(c.name) - len(text[m.start():c.end]) >= 2 \
                and not _CATEGORY_START.match(text[c.start:m.start()]) and not COUNT.search(c.context) \
                and _phase_owner(text[c.start:m.start()], tg):
            c.proper = True       # 大唐码头二期: a phase belongs to one thing being built, never to a category
        if not c.proper and c.suffix in OWN_HEADS and _own_institution(text[c.start:m.start()], text, c, tg):
            c.proper = True       # 开工建设区精神卫生防治中心: the level's own institution being built
        # the verb before a list governs each item (建成…区域经济中心、科创中心、金融中心)
        prev = by_end.get(c.start - 1)
        if prev and text[c.start - 1] == "、" and prev.reason in ("designation", "positioning") and not c.reason:
            c.reason = prev.reason
        if not c.reason and c.suffix in ASPIRATION_HEADS and _ASPIRE.search(c.context) \
                and not _named_beyond_scope(text[c.start:m.start()], tg, places):
            c.reason = "positioning"      # 打造北方种业之都, 加快打造现代国际航空枢纽: what the place means to become
        if not c.reason and c.type == PROJECT and c.suffix in RANK_HEADS and (
                _RANK_START.match(c.name) or re.match(r"(?:全国|全省|国家|国际|区域)[^“”]{0,8}重要" + c.suffix, c.name)):
            c.reason = "positioning"      # 建设全国区域性科技创新及转化基地, 中国特色世界一流大学: a rank, not a thing
        if not c.reason and _LIST_HEAD.match(c.context):
            c.reason = "designation"      # 获批A、B国家物流枢纽: the honour verb opening the list governs each item
        if not c.reason and c.suffix in CONTINUED_HEADS and _continues(text, c.end, ce, tg):
            c.reason = "inside-name"      # 山东大学齐鲁医院, 邯济铁路客运站: the head of a longer name
        nxt = SUFFIX_RE.match(text, c.end)
        if not c.reason and nxt and SUFFIXES[nxt.group()] == PROJECT and nxt.group() not in _NOT_FOLLOWER \
                and len(nxt.group()) >= 2 and c.type == PROJECT:
            c.reason = "inside-name"      # 华北高端装备总部|基地: another head follows, the name goes on
        if not c.reason and (c.suffix in INSTITUTION_HEADS and RESOURCE_VERBS.match(c.context)
                             or c.suffix == "试点" and _USED.match(c.context)) and not BUILD_VERBS.search(c.context):
            c.reason = "existing"         # 依托齐鲁物流信息交易结算中心, 加强与…中心的合作: used, not built
        if not c.reason and _BRINGS.match(text, c.end):
            c.reason = "existing"         # …、全国供应链创新与应用试点等为兰山带来了重大政策利好: what brings a dividend is there
        if not c.reason and RESOURCE_VERBS.match(c.context) and _ROLE_AFTER.match(text, c.end):
            c.reason = "existing"         # 发挥侨梦苑、绿地全球贸易港等平台作用: every item drawn on is already there
        if not c.reason and _BRAND_AFTER.match(text, c.end):
            c.reason = "brand"            # 提升“食安济南”品牌: a brand or slogan, not a programme
        if not c.reason and c.suffix in ROUTE_HEADS and "“" not in c.name and not ROUTE_WORK.search(_comma_clause(text, c.start, c.end)):
            c.reason = "existing"         # 济乐高速、济青高速纵横交错: a road that is there, nothing built
        if not c.reason and c.suffix in HONOURED_HEADS and HONOUR_AFTER.match(text, c.end):
            c.reason = "existing"         # 兰沃中心敬老院被评为全国敬老文明号: an institution honoured is there already
        if not c.reason and c.type == PROJECT and _YEAR_START.match(c.name):
            c.reason = "generic"          # 2020年经济开发区在…考核中: a year starts a clause, a year's batch is no name
        if not c.reason and cs > 0 and text[cs - 1] == "《":
            c.reason = "title"            # 《兰陵美酒特色小镇战略研究暨总体规划》: a document's title, not the initiative
        if not c.reason and c.suffix in ("计划", "行动计划") and _DRAFTED.search(c.context) and "“" not in c.name:
            c.reason = "title"            # 编制全口径政府投资计划: a plan drawn up is a document, not a programme run
        if not c.reason and c.suffix in ROUTE_HEADS and text.startswith(("沿线", "沿岸", "两侧", "两岸"), c.end):
            c.reason = "existing"         # 提升陇海铁路沿线城市节点功能: a route named to place the cities along it
        if not c.reason and (c.name.startswith("“") and c.name.endswith("”") and _FORMULA.search(c.name)
                             or text.startswith("+", c.end)):
            c.reason = "concept"          # “高等研究院+大学科技园”一体化模式: a formula of parts, not a name
        if not c.reason and c.suffix in ("工程", "项目") and _SHARED_WORKS.search(c.name):
            prev = by_end.get(c.start - 1)
            if prev and text[c.start - 1] in "和及" and not prev.reason and prev.type == PROJECT and prev.start >= cs \
                    and prev.suffix in _SHARED_FACILITY and not _SHARED_WORKS.search(prev.name):
                prev.reason = "inside-name"   # 千佛山北广场和佛慧山…提升工程: the works cover both places, one project
                c.start, c.proper = prev.start, c.proper or prev.proper
                c.name = text[c.start:c.end]
            elif text[c.start - 1:c.start] == "、" and re.match(r"[\u4e00-\u9fff]{1,5}?[河湖]", c.name):
                # 小清河、巨野河防洪综合治理工程: bare rivers listed before the works share them
                start = c.start
                while start > 1 and text[start - 1] == "、":
                    item = re.search(r"(?:^|(?<=[、，。；：\n]))[\u4e00-\u9fff]{1,6}?[河湖]$", text[max(0, start - 10):start - 1])
                    lead = item and _LEAD_RE.match(item.group())
                    if not item or not free_start(text, start - 1 - len(item.group()), tg):
                        break
                    start = start - 1 - len(item.group()) + (lead.end() if lead else 0)
                if start < c.start:
                    c.start, c.name = start, text[start:c.end]
        by_end[c.end] = c
        out.append(c)
        if c.suffix in _ELIDED_HEADS and not c.reason:
            out.extend(_elided(text, cs, c))
    return out


# Verbs that draw up a document: a 计划 after them is the plan itself (编制…投资计划, 制定…行动计划).
_DRAFTED = re.compile(r"(?:编制|制定|制订|出台|印发|修订|下达)$")
# A quoted formula of parts (“高校+平台+企业”, “教育+人才+科创”): a model or mechanism, never a name.
_FORMULA = re.compile(r"[\u4e00-\u9fff]\+[\u4e00-\u9fff]")


# Works that, after 和/及 or a 、-list, cover the bare places listed before them (千佛山北广场和…提升工程).
_SHARED_WORKS = re.compile(r"(?:提升|改造|整治|治理|修复|整修|美化|绿化|亮化|保护)(?:工程|项目)$")
_SHARED_FACILITY = frozenset("广场 公园 湿地 步行街 风景区 风光带 景观带 古村".split())


# An institution followed by an honour it received (…敬老院被评为…, …中学荣获…) already exists: an actor, nothing built.
HONOURED_HEADS = frozenset("中心 研究院 大学 医院 实验室 学校 中学 高中 学院 分院 敬老院 养护院 卫生院 博物馆 纪念馆 图书馆 "
                           "文化馆 美术馆 科技馆 展览馆 陈列馆 公园 广场".split())
HONOUR_AFTER = re.compile(r"(?:先后|相继|已|均)?(?:被评为|被命名为|被授予|获评|荣获|荣膺|获得|入选|成功入选)")
_YEAR_START = re.compile(r"“?(?:19|20)\d\d年")


def _qualify_quote(text: str, cs: int, c: Candidate, tg: Tagger) -> None:
    """A quoted project name right after a noun (公共卫生“六大中心”, 百度“一基地两平台三中心”) is that noun's: the
    name starts at the noun. Verbs, places and function words before the quote leave it alone; a quoted
    campaign keeps its own name (风险|“三大攻坚战”, 全国|“雪亮工程”)."""
    start = c.start
    for w, f in reversed(tg.tag(text[cs:c.start])):
        single = len(w) == 1 and _CJK.match(w) and w not in _FUNCTION_CHARS       # 华|讯: an unknown name, split up
        if w in LEAD_VERBS or w in _FUNCTION_CHARS or any(ch in _PUNCT for ch in w) or not single and (
                not (f[:1] in "nj" or f == "eng") or f.startswith("ns") or _LEAD_RE.match(w) or w in GEO_WORDS):
            break
        start -= len(w)
    if start < c.start and c.start - start <= 6:
        c.start, c.name = start, text[start:c.end]


# Heads that, followed by more of a name, qualify it (山东大学|齐鲁医院二期, 董家铁路|物流枢纽,
# 京沪高速|互通立交): the candidate is then a modifier, not an initiative of its own.
CONTINUED_HEADS = frozenset("高速 高铁 铁路 大学 医院 研究院 中心 基地 小镇 广场 片区 园区 产业园 新区 湿地 度假区 旅游区 走廊 "
                            "实验室".split())
# Routes are initiatives only where work on them is said in the same clause (建设, 通车, 扩容…);
# elsewhere a route is a landmark (向南拓展至青兰高速) or an asset (济青高速纵横交错).
ROUTE_HEADS = frozenset("高速 高铁 铁路".split())
ROUTE_WORK = re.compile(r"建|通车|开通|贯通|竣工|开工|扩容|拓宽|改造|提升|规划|前期|推进|加快|争取|启动|实施|完成|延伸|[东南西北]延|"
                        r"立项|核准|审批|批复|获批|论证|设站|接入|融入|运营|运行|投用|交付|纳入|列入|对接|衔接|联通|连通")
ROUTE_SECTION = re.compile(r"([\u4e00-\u9fff]{2,3})段|[\u4e00-\u9fff]{2,3}至[\u4e00-\u9fff]{2,3}?(?=等|、|段|，|。|建设|高速|$)段?|"
                           r"大?[东南西北]环(?:段)?")
_CONT_OK = re.compile(r"建设|工程|项目|扩容|改扩建|[东南西北中]延|[东南西北中]段|二期|三期|一期|等|和|及|与|至|以及|全线|通车|开通|"
                      r"开工|竣工|建成|顺利|正式|加快|启动|实现|完成|即将|年内|全面|已|将|在|于|沿线|段|落地|落户|投用|投产|运营|运行|有序|开园|开放")


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
    if not rest or not (_CJK.match(rest[0]) or rest[0].isdigit()) or _CONT_OK.match(rest) or ROUTE_WORK.match(rest):
        return False
    toks = tg.tag(rest[:12])
    w, f = toks[0]
    return f[:1] in ("n", "m", "j") or f in ("s", "f") or w in SUFFIXES


# A clause that starts by drawing on something (依托, 发挥…作用, 加强与…合作) names existing assets.
# Applies to institutions and facilities (a zone or corridor drawn on is still being built).
RESOURCE_VERBS = re.compile(r"(?:[^，。；]{0,4}?)(?:依托|发挥|借助|利用|用好|用活|加强与|联合|携手|依靠|背靠|毗邻|紧邻|整合)")
# Items said to bring a dividend or an opportunity (…等为兰山带来了重大政策利好) are there already.
_BRINGS = re.compile(r"[^，。；]{0,40}?(?:带来了?|赋予了?)[^，。；]{0,12}(?:利好|机遇|红利|优势)")
# A pilot drawn on (用好国家…试点) is one the place already has.
_USED = re.compile(r"(?:[^，。；]{0,4}?)(?:依托|借助|利用|用好|用活|依靠)")
# …and a list governed by 发挥 that ends on 作用 draws on every item of it, whatever its head.
_ROLE_AFTER = re.compile(r"[^，。；：]{0,24}?作用")
_BRAND_AFTER = re.compile(r"”?(?:品牌|商标|口号|影响力|知名度|美誉度|奖(?!励|补|代)|日(?![常益前内均])|线(?=[、，。；])|节(?![约能水点])|周(?![边期年]))")
INSTITUTION_HEADS = frozenset("中心 研究院 大学 医院 实验室 码头 基地 枢纽".split())
_NOT_FOLLOWER = frozenset("项目 谷 铁路 高铁 高速 地铁 号线 有轨电车".split())


# Route lists write the head once: 加快济郑、济莱高铁建设; 推进济南至济宁、莱芜至临沂高铁.
_ELIDED_HEADS = frozenset("高铁 高速 铁路".split())
_ROUTE = re.compile(r"[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{2,3}至[\u4e00-\u9fff]{2,3}")


def _elided(text: str, cs: int, c: Candidate) -> list[Candidate]:
    own = text[c.start:c.end - len(c.suffix)]
    if text[c.start - 1:c.start] != "、" or not _ROUTE.fullmatch(own):
        return []
    out = []
    end = c.start - 1
    while True:
        start = end
        while start > 0 and not _CLAUSE_END.match(text[start - 1]):
            start -= 1
        item = text[start:end]
        lead = _LEAD_RE.match(item)
        if lead:
            item, start = item[lead.end():], start + lead.end()
        if not _ROUTE.fullmatch(item) or ("至" in item) != ("至" in own):
            break
        out.append(Candidate(start, end, item, PROJECT, suffix=c.suffix, full=item + c.suffix))
        if start == 0 or text[start - 1] != "、":
            break
        end = start - 1
    return out


# 旅游|路|水厂: a word before 路 names the road, it is no verb of the sentence.
_ROAD_WORDS = frozenset("路 街 大道 大街".split())
_QUANTITY = re.compile(r"[\d.]+(?:万|千|亿)?(?:平方米|平方公里|公里|千米|米|亩|万元|元|吨)")
_DURATION = re.compile(r"(?:[一二两三四五六七八九十]|\d+)年")
_CN_DURATION = re.compile(r"[一二两三四五六七八九十]年")
_COORD = frozenset("和 与 及".split())
_NOUNISH = ("n", "vn", "j", "b")     # nouns of every kind (n, ns, nz, nt…), nominal verbs, abbreviations
# Verbs that, written after a noun, are nouns themselves (医疗卫生服务能力, 工业投资倍增); every other
# verb of LEAD_VERBS introduces an object even after a noun (商河县|创建…示范园, 企业|建设研发中心).
_NOUN_AFTER_NOUN = frozenset("服务 投资 研究 保障 升级 改造 提升 培育 管理 发展 设计".split())


def _coordinated(left: Token, right: Token, tg: "Tagger | None" = None) -> bool:
    """Whether 和/与/及 between these tokens joins two parts of one name (数字经济|和|智慧物流产业园,
    引进|和|培育计划) rather than two names or a verb and its partner (加强|与|…合作)."""
    lw, lf = left
    rw, rf = right
    if "nz" in (lf, rf) or SUFFIX_RE.search(lw[-3:]) or (lw in LEAD_VERBS and lw not in NOMINAL_VERBS) \
            or lw in ("建设", "改造", "提升"):
        return False          # a complete name before it (…扩容工程和…, …项目建设和…), a known name, a verb (加强与)
    if not (lf.startswith(_NOUNISH) or lw in NOMINAL_VERBS) or len(lw) < 2 or len(rw) < 2:
        return False
    # the right conjunct starting with a name of its own (管网及|天宁寺广场) is a second name
    if rf.startswith("nr") and tg is not None and tg.freq(rw) < 1000:
        return False          # 智慧中药房和|扁鹊互联网中医院 (a person's name; 智慧, tagged nr too, is common)
    return not rf.startswith(("m", "q", "p", "c", "u", "r", "ns", "nt"))


# Prepositions that open an adverbial, never a name (按…付费, 根据…, 依照…).
_ADVERBIAL_START = re.compile(r"(?:按照?|根据|依据|依照|通过|经过|随着)(?![一二三四五六七八九十\d])")
# Verbs that run a programme (实施…计划, 开展…行动): a verb right after them opens the programme's name.
_RUN_VERBS = frozenset("实施 开展 启动 推行 执行 纵深推进 深入推进".split())
_ADVERB_VERBS = frozenset("深入 全面 持续 积极 扎实 大力 加快 继续 认真 切实 有序 稳步".split())
def _run_before(toks: list[Token], i: int) -> bool:
    """Whether the token before toks[i], adverbs skipped, runs a programme (开展|大力|优化…行动)."""
    k = i - 1
    while k >= 0 and (toks[k][0] in _ADVERB_VERBS or toks[k][0] in ("大力", "新一轮")):
        k -= 1
    return k >= 0 and toks[k][0] in _RUN_VERBS


# Adverbs that, between a noun and its verb, belong to a programme's name (空气质量持续改善行动).
_INNER_ADVERBS = frozenset("持续 稳步 全面 加快 协同 高效 有序".split())


def _on_boundary(taken: list[Token], start: int, pos: int) -> bool:
    """Whether `pos` falls between two of the tokens `taken` (which start at `start`), or inside one whose rest is
    a verb too (全面|推行): 服务 is a verb in 服务|企业, not in 服务业."""
    for w, _f in taken:
        if start >= pos:
            break
        if start + len(w) > pos:
            return w[pos - start:] in LEAD_VERBS
        start += len(w)
    return start == pos


def _walk_left(text: str, cs: int, sstart: int, end: int, toks: list[Token], typ: str, sfx: int = -1,
               tg: "Tagger | None" = None) -> Candidate:
    """The candidate ending at `end`: its start found by walking left over `toks` (the clause's tokens
    before `sstart`, the start of the word holding the suffix, which starts at `sfx`)."""
    start = sstart
    conj = False
    own_verb = False
    taken: list[Token] = []
    reason = ""
    i = len(toks) - 1
    while i >= 0:
        w, f = toks[i]
        tstart = start - len(w)
        if w in ("”", "）", ")"):
            # a closed quotation or parenthesis inside a name (“放管服”改革, 树兰（济南）国际医院)
            opener = "“" if w == "”" else "（("
            q = max(text.rfind(o, cs, tstart) for o in opener)
            inner = text[q + 1:tstart] if q >= 0 else ""
            if q < cs or not inner or (w != "”" and (len(inner) > 6 or re.fullmatch(r"[一二三四五六七八九十\d]+", inner)
                                                     or q == cs or not _CJK.match(text[q - 1]))):
                break
            while i >= 0 and start > q:
                taken.append(toks[i])
                start -= len(toks[i][0])
                i -= 1
            if q > cs and text[q - 1] == "”":
                break                 # “五个济南”“新十字”发展方针: the quote before is another name
            continue
        if any(ch in _PUNCT for ch in w) or w in ("（", "("):
            break
        chain = all(t[0] in NOMINAL_VERBS or t[0] in SUFFIXES or _DURATION.fullmatch(t[0]) for t in taken)
        prev = toks[i - 1] if i > 0 else None
        if w in _INNER_ADVERBS and prev and prev[1].startswith("n") and len(prev[0]) >= 2 and taken \
                and (taken[-1][1].startswith("v") or taken[-1][0] in NOMINAL_VERBS):
            taken.append(toks[i])     # 空气质量|持续|改善行动: an adverb between a noun and its verb is the name's
            start = tstart
            i -= 1
            continue
        if len(w) == 1 and _CJK.match(w) and prev and len(prev[0]) == 1 and _CJK.match(prev[0]) and prev[0] not in _PUNCT \
                and text.startswith(tuple(ROUTE_HEADS), sfx) and w not in "和与及、等的在":
            taken.append(toks[i])     # 绵遂资内铁路: a run of one-character place names, whatever each means alone
            start = tstart
            i -= 1
            continue
        right = taken[-1] if taken else ((text[sstart:sfx], "n") if sstart < sfx else None)
        if typ == STRATEGY and (chain or _CN_DURATION.fullmatch(w)) and _DURATION.fullmatch(w):
            pass                      # 培育三年行动计划, 两年攻坚行动: the duration is the programme's
        elif w in _COORD and right and prev and _coordinated(prev, right, tg):
            conj = True               # 数字经济和智慧物流产业园, 引进和培育计划: conjuncts sharing the head
        elif conj:
            conj = False              # the left conjunct (引进 of 引进和培育), judged by _coordinated
        elif typ == STRATEGY and taken and _run_before(toks, i) and w not in _RUN_VERBS and f.startswith("v") \
                and w not in _ADVERB_VERBS:
            taken.append(toks[i])     # 实施|促进民营经济…行动计划: after the verb that runs it, a programme's name opens with its own
            start = tstart
            own_verb = True
            break
        else:
            if w in LEAD_VERBS and not (chain and w in NOMINAL_VERBS) \
                    and not (w in ("高质量", "高水平") and taken and (taken[-1][0] == "发展" or taken[-1][0] not in LEAD_VERBS
                                                                       and taken[-1][1] in ("vn", "n"))):
                # …制造业高质量发展试验区, …运动高水平训练中心: an adjective inside the name, not the sentence's adverb
                # a verb right after a noun is a nominal part of the name (工业投资倍增, 医疗卫生服务能力)
                if not (prev and w in _NOUN_AFTER_NOUN and (prev[1].startswith(_NOUNISH) or prev[0] in NOMINAL_VERBS)
                        and prev[0] not in LEAD_VERBS and prev[0] not in _KEEP and not SUFFIX_RE.search(prev[0])):
                    break
            if w == "对" and taken and taken[-1][0][:1] in _PARTNERS:
                pass                  # 对非|贸易倍增计划, 对台: 对 and a one-character country name the partner
            elif len(w) == 1 and w in _FUNCTION_CHARS:
                break
            phase = PHASE.fullmatch(w) and prev and prev[1].startswith(("n", "j")) and not prev[1].startswith("nr")
            if len(w) > 1 and f.startswith(_STOP_FLAGS) and w not in _KEEP and not phase and w not in GEO_WORDS and not re.fullmatch(r"[\dA-Za-z.]+", w) \
                    and not f.startswith("nr") and not (f[0] == "m" and not _NUMERAL.fullmatch(w)):
                break
        taken.append(toks[i])
        start = tstart
        i -= 1
        if sstart - start > MAX_NAME:
            reason = "no-boundary"
            break
    taken.reverse()
    # Verbs and adverbs of the sentence left at the front are not the name's (深入开展…行动).
    # A campaign may start with a nominal verb (突破平度莱西攻势); a project may not.
    while taken and not own_verb:
        lead = _LEAD_RE.match(text, start, sstart)
        if lead and lead.end() > start and _on_boundary(taken, start, lead.end()):
            while taken and start < lead.end():
                start += len(taken.pop(0)[0])
            continue
        w, f = taken[0]
        if w in LEAD_VERBS or w == "至" or (len(w) > 1 and len(taken) > 1 and (f in ("v", "vd", "vi", "ad", "d")
                                                                  or f == "i" and len(w) == 4 and not (taken[1][1].startswith("v") and taken[1][0] not in LEAD_VERBS)
                                                                  or f == "l" and (_LEAD_RE.match(w) or w[-2:] in LEAD_VERBS)
                                                                  or (typ == PROJECT and f == "vn" and taken[1][0] not in _ROAD_WORDS))
                                           and not (typ == STRATEGY and (w in NOMINAL_VERBS or taken[1][0] in NOMINAL_VERBS)
                                                    and not text.startswith(tuple(PLACE_HEADS), sfx))):
            start += len(w)
            taken.pop(0)
            continue
        break
    qty = _QUANTITY.match(text, start, sstart)
    if qty:
        start = qty.end()                        # 200万平方米人才公寓: a size is not part of the name
    if start > cs and text[start - 1] == "“" and text[end:end + 1] == "”":
        start, end = start - 1, end + 1          # “四雁工程”: the quotes enclose the whole name
    elif text[end:end + 1] == "”" and typ == STRATEGY:
        q = text.rfind("“", cs, start)
        if q >= 0 and "”" not in text[q:start] and end - q <= MAX_NAME:
            start, end = q, end + 1              # “一村一名大学生工程”: a quoted programme is named by the whole quote
    c = Candidate(start, end, text[start:end], typ, reason, tokens=taken)
    before = text[cs:start]
    cm = COUNT.search(before)
    if cm:
        if any(c.name.endswith(h) for h in _COUNTED_NAME) and len(cm.group()) <= 4 and cm.group()[-1] in "个大项条" \
                and (cm.group()[-1] == "大" or max((h for h in _COUNTED_NAME if c.name.endswith(h)), key=len) not in _COUNTED_BY_DA) \
                and not cm.group().startswith("一"):
            c.start = cs + cm.start()
            c.name = text[c.start:end]
            c.counted = True
        elif not c.reason:
            c.reason = "generic"
    elif (_PLURAL.search(before) or c.name.startswith("多") and re.search(r"[更许诸众]$", before)) and not c.reason:
        c.reason = "generic"      # 一批…, 争取更|多区域性…数据中心 (更多 split by the tokenizer): many of a kind
    if not c.reason and _ADVERBIAL_START.match(c.name):
        c.reason = "no-boundary"  # 按疾病诊断…付费改革试点: a name does not open with a preposition; the start is lost
    if not c.reason and typ == PROJECT and re.match(r"(?:\d+|[一二两三四五六七八九十]+)[大个]", c.name):
        c.reason = "generic"      # 建设5大微短剧基地: a count of a kind
    inner = re.search(r"[一二两三四五六七八九十]大", c.name[1:])
    if not c.reason and typ == PROJECT and inner and tg is not None \
            and any(f.startswith("ns") for _w, f in tg.tag(c.name[:inner.start() + 1])):
        c.reason = "generic"      # 胶州三大主城片区: a place's count of a kind lists the kind, names none (华为三大创新中心 does)
    b = re.sub(r"(?:积极|全力|加快|努力|奋力|力争|成功|已|先后|相继)+$", "", before)
    if not c.reason and HONOUR_VERBS.search(b):
        c.reason = "designation"
    if not c.reason and POSITIONING_VERBS.search(b) and text[sstart:end] in POSITIONING_HEADS:
        c.reason = "positioning"
    return c


_DESIGNATION = re.compile(r"(?:综合性)?(?:国家|全国)")
_CREATE = re.compile(r"创建|争创|申建|申报|建设|推进|加快|打造|争取")


# A category: a level or scope before it (村级综合文化服务中心), or a count after it (建成…实验室5处).
_CATEGORY_START = re.compile(r"(?:省级|市级|县级|区级|镇级|村级|街道级?|镇街级?|村社区|村居|社区|各|重大|重点|国家级|省|市|县|区|镇|村)")
_COUNT_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:个|处|所|家|座|条|项)")
DESCRIBED_MIN = 8       # characters before the head


def _described(prefix: str, text: str, c: Candidate) -> bool:
    """Whether a name without proper-name evidence still describes one initiative: a long
    specific description (DESCRIBED_MIN characters or more before its head) being built or
    pursued in its clause, not a category (level or count) and not an aspiration."""
    if len(prefix) < DESCRIBED_MIN or _CATEGORY_START.match(prefix) or _COUNT_AFTER.match(text, c.end):
        return False
    after = text[c.end:c.end + 6]
    return bool(BUILD_VERBS.search(c.context) or re.match(r"(?:建设|建成|开工|启用|投用|运营|落地)", after)) \
        and not _ASPIRE.search(c.context)


# A level's own institution: 市/区/县 alone, then what the institution does (市残疾人康复中心, 区公共卫生服务中心,
# 市三院医疗康养综合楼), being built in its clause. One per level, so one thing; a count or 各级 makes it a category.
OWN_HEADS = frozenset("中心 医院 院区 综合楼 学校 中学 体育馆 图书馆 文化馆 博物馆 美术馆 科技馆".split())
_OWN_LEVEL = frozenset("市 区 县")
OWN_MIN = 4             # characters between the level and the head


def _own_institution(prefix: str, text: str, c: Candidate, tg: Tagger) -> bool:
    toks = tg.tag(prefix)
    if len(toks) < 2 or toks[0][0] not in _OWN_LEVEL or len(prefix) - 1 < OWN_MIN or _COUNT_AFTER.match(text, c.end):
        return False
    if any(w in LEAD_VERBS and w not in NOMINAL_VERBS or f.startswith(("m", "q", "r", "p", "c", "u", "d")) for w, f in toks[1:]):
        return False
    return bool(BUILD_VERBS.search(c.context)) and not _ASPIRE.search(c.context)


def _phase_owner(prefix: str, tg: Tagger) -> bool:
    """Whether the part before a phased head names its owner (大唐|码头二期, LNG|项目三期), not a kind (智慧|园区二期)."""
    toks = tg.tag(prefix)
    return bool(re.search(r"[A-Za-z]", prefix)) or any(f in ("nz", "nt", "ns", "j") or f.startswith("nr") and tg.freq(w) < 1000
                                                       for w, f in toks) \
        or _name_like(toks, tg, ("nz",))


def _named_beyond_scope(prefix: str, tg: Tagger, places: dict[str, str]) -> bool:
    """Whether a name's part before its head holds a proper name once scope words are removed:
    a quote, Latin letters or digits, a place or geographic word, or a rare name-like word."""
    rest = _SCOPE.sub("", prefix)
    if not rest:
        return False
    if "”" in rest or re.search(r"[A-Za-z\d]", rest) or any(p in rest for p in places) \
            or any(g in rest for g in GEO_WORDS):
        return True
    return _name_like(tg.tag(rest), tg, ("nz", "nt"))


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
    if _DESIGNATION.match(prefix) and _CREATE.search(c.context or ""):
        return True       # 创建国家社会信用体系建设示范城市: a national designation being pursued
    if any(p in prefix for p in places) or any(g in prefix for g in GEO_WORDS) or "（" in prefix:
        return True
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:路|街|大道)", prefix) and not _ROAD_GENERIC.search(prefix):
        return True       # 旅游路水厂: a facility named by its road
    toks = tg.tag(prefix)
    if _name_like(toks, tg, ("nr", "nrt", "nrfg", "nz", "nt", "j")) or _toponym(toks, tg):
        return True
    # A rare word names a programme or a park (小鸭产业园, 增绿计划), but a base or a centre described by
    # rare words is still a kind of facility (融媒短视频直播基地, 智慧数据管控中心).
    return c.suffix not in RARE_NOT_ENOUGH and any(len(w) >= 2 and tg.freq(w) < 30 and not w.endswith("型") for w, _ in toks)


RARE_NOT_ENOUGH = frozenset("基地 中心".split())
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


def _name_like(toks: list[Token], tg: Tagger, name_tags: tuple[str, ...]) -> bool:
    """Words that read as a proper name: two unknown single characters in a row (jieba
    splits a name it does not know: 惠科 → 惠 科), or a rare place, person or organisation word."""
    single = 0
    for w, f in toks:
        if len(w) == 1 and w not in _FUNCTION_CHARS and _CJK.match(w):
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


def head_of(name: str) -> str:
    """The suffix (with its phase or section) that ends a name, "" if none."""
    best = ""
    for m in SUFFIX_RE.finditer(name):
        ext = RIGHT_EXT.match(name, m.end())
        end = ext.end() if ext else m.end()
        if end == len(name):
            best = name[m.start():]
    return best


def free_start(text: str, pos: int, tg: Tagger) -> bool:
    """Whether a name may start at pos: clause start, punctuation, or a verb or function word before it."""
    cs, _ = clause_bounds(text, pos)
    if pos == cs or text[pos - 1] in _PUNCT:
        return True
    before = text[cs:pos]
    if any(before.endswith(v) for v in LEAD_VERBS if len(v) > 1):
        return True
    toks = tg.tag(before)
    return bool(toks) and (toks[-1][0] in LEAD_VERBS or toks[-1][0] in _FUNCTION_CHARS
                           or toks[-1][1].startswith(_STOP_FLAGS) or toks[-1][1] in ("v", "vn"))


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


# City programmes: 平安济南, 法治历城, “海外济南”. The modifiers are the usual vocabulary of
# such programmes; a quoted place name after any two characters is taken as well.
PROGRAMME_MODIFIERS = frozenset(
    "平安 法治 健康 美丽 诚信 智慧 数字 幸福 文明 生态 文化 科创 智造 康养 品质 服务 田园 先锋 食安 绿色 活力 "
    "人文 创新 开放 宜居 书香 实力 魅力 和谐 效能 阳光 清廉 善治 共享 精致 高效".split()
)
_NUM = "一二三四五六七八九十两"


def programme_candidates(text: str, places: dict[str, str]) -> list[Candidate]:
    out: list[Candidate] = []
    if not places:
        return out
    alt = "|".join(sorted(map(re.escape, places), key=len, reverse=True))
    # N个<place>: 五个济南, 四个历城 (a bundle of the place's programmes)
    for m in re.finditer(rf"[{_NUM}]个(?:{alt})(?![\u4e00-\u9fff])", text):
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, region=places[m.group()[2:]]))
    # <modifier><place>, or “<any two><place>”
    for m in re.finditer(rf"(“)?([\u4e00-\u9fff]{{2}})({alt})(”)?", text):
        quoted = bool(m.group(1) and m.group(4))
        if m.group(2) not in PROGRAMME_MODIFIERS:
            continue
        nxt = text[m.end():m.end() + 1]
        if not quoted and _CJK.match(nxt) and nxt not in "建行工战和与及":
            continue        # 健康济南市民…: not a name's end
        s = m.start(2) if not quoted else m.start()
        brand = "brand" if _BRAND_AFTER.match(text, m.end()) else ""     # “食安济南”品牌: a brand
        out.append(Candidate(s, m.end(), text[s:m.end()], STRATEGY, brand, region=places[m.group(3)]))
    return out


_QUOTED_LIST = re.compile(r"((?:“[^“”]{2,10}”[、和及与]?){2,})等(?:一系列|系列)?(计划|行动|工程|改革|攻势|行动计划)")


def quoted_candidates(text: str) -> list[Candidate]:
    """“…年” campaigns (“项目落地年”); other quoted phrases need a suffix to count."""
    out = []
    for m in re.finditer(r"“([\u4e00-\u9fff]{3,8}年)”(?:活动|行动)?", text):
        if not re.match(r"[\d一二两三四五六七八九十〇零]", m.group(1)):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY))
    # “凤回兰山”“沂蒙优才”等计划: quoted names before 等 and a programme head each name one programme of it
    for m in _QUOTED_LIST.finditer(text):
        head = m.group(2)
        for q in re.finditer(r"“[^“”]{2,10}”", m.group(1)):
            out.append(Candidate(m.start(1) + q.start(), m.start(1) + q.end(), q.group() + head, SUFFIXES.get(head, STRATEGY),
                                 suffix=head, full=q.group() + head))
    # “五个中心”: a quoted count of a bare initiative head is a bundle of goals (a city vision); a
    # count of anything else (“七个新跨越”) is a goal-count slogan and is left alone.
    for m in re.finditer(r"“([一二两三四五六七八九十]个)(中心|基地|高地|枢纽|城市)”", text):
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True, suffix=m.group(2)))
    # “腾笼换鸟、凤凰涅槃”攻坚行动: a quoted name of two phrases before a campaign head (the walk stops at 、). Only
    # campaign heads: quoted lists before 行动, 工程 or 战略 are as often a list of chores as a name.
    for m in re.finditer(r"“([^“”、，。；]{2,8}[、，][^“”、，。；]{2,8})”(攻坚行动|专项行动|攻坚战)", text):
        out.append(Candidate(m.start(), m.end(), m.group(), SUFFIXES[m.group(2)], suffix=m.group(2)))
    # “十大工程”, “十项行动”, “五大国际贸易通道”: a quoted count of initiatives of one kind names the bundle
    for m in _QUOTED_BUNDLE.finditer(text):
        head = head_of(m.group(2)) or ("通道" if m.group(2).endswith("通道") else "")
        if head and not m.group(2).startswith(head[:1] * 2) and not _BRAND_AFTER.match(text, m.end()):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True, suffix=head))
    return out


_QUOTED_BUNDLE = re.compile(r"“((?:\d+|[一二两三四五六七八九十百千]+)(?:大|项|个|条))([\u4e00-\u9fff]{1,12})”")


# Programmes written as a list that shares one head (实施土壤污染源头防控、固体废物综合治理等行动; 实施景区强基焕新、
# 民宿品质提升行动): each item is a programme, named by the item and the head; the item as written is an alias.
# An item names a programme when it is an object and what is done to it (…源头防控, …高质量发展), not a complete
# name of its own (…计划和…行动) nor a bare noun (汽车、数码、家电).
_SHARED_HEAD = re.compile(r"((?:[^，。；：、“”（）()\n]{2,18}、)+)([^，。；：、“”（）()\n]{2,18}?)(等)?"
                          r"(三年行动计划|行动计划|三年行动|专项行动|攻坚行动|行动|工程|计划|试点)(?=[，。；、和\n]|$)")
# Zones written as a list of places that shares one head (加快汕头、湛江临港经济区建设; 推进许港、郑焦等产业带建设).
_SHARED_ZONE = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+)([\u4e00-\u9fff]{2,3}?)(等)?(临港经济区|经济区|产业带|示范区|试验区|片区)")


def _list_items(text: str, m: re.Match, tg: Tagger) -> list[tuple[int, str]]:
    """The items of a 、-list matched by `m` (group 1: the items before the last, each with its 、; group 2: the
    last; group 3: 等 when the last item shares the head too), the first one after the clause's last verb."""
    items, pos = [], m.start(1)
    for raw in m.group(1).split("、")[:-1] + ([m.group(2)] if m.group(3) else []):
        items.append((pos, raw))
        pos += len(raw) + 1
    if items:
        cs, _ = clause_bounds(text, m.start(1))
        start, first_end = cs, m.start(1) + len(items[0][1])
        pos = cs
        for w, f in tg.tag(text[cs:first_end]):
            pos += len(w)
            if w in LEAD_VERBS and w not in NOMINAL_VERBS and not f.startswith("n") or f in ("d", "ad", "p") or w in _FUNCTION_CHARS:
                start = pos     # 深入实施|…, 推进|许港: the item starts after the sentence's verb
        lead = _LEAD_RE.match(text, start, first_end)
        if lead:
            start = lead.end()
        items[0] = (start, text[start:first_end])
    return [(s, raw) for s, raw in items if raw]


_ACTIVITY_ENDS = frozenset("活动 工作 机制 服务".split())
SHARED_ITEM_MIN = 6     # characters: 文明出行、礼让行人等行动 are activities, 景区强基焕新 names a programme


def shared_head_candidates(text: str, tg: Tagger, places: dict[str, str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SHARED_HEAD.finditer(text):
        head, last = m.group(4), m.group(2)
        if "等" in last or COUNT.search(last) or PHASE.search(last) or not any(f[:1] in "nlij" for _w, f in tg.tag(last)):
            continue        # …等八大攻坚行动, …三大工程 (a counted bundle), 保护、抢救和修复工程 (verbs sharing one object),
            #                 …治理、东部两江三期工程 (the last is a project of its own)
        for start, raw in _list_items(text, m, tg):
            end = start + len(raw)
            toks = tg.tag(raw)
            name = text[start:end]
            if not toks or not SHARED_ITEM_MIN <= len(name) <= 14 or SUFFIX_RE.search(name[-4:]) or any(p in _PUNCT for p in name):
                continue
            last = toks[-1][0]
            if "等" in text[m.start(1):start] and start > m.start(1) or last in _ACTIVITY_ENDS:
                continue    # 松花江等主要江河…: a list of its own inside; 走访企业活动: an activity, complete without the head
            acts = toks[-1][1].startswith("v") or last[-2:] in NOMINAL_VERBS
            nouns = any(f[:1] in "nlij" and len(w) >= 2 for w, f in toks[:-1])
            if acts and nouns and last not in LEAD_VERBS - NOMINAL_VERBS:
                out.append(Candidate(start, end, name, SUFFIXES.get(head, STRATEGY), proper=True, suffix=head, full=name + head))
    for m in _SHARED_ZONE.finditer(text):
        head = m.group(4)
        for start, raw in _list_items(text, m, tg):
            toks = tg.tag(raw)
            if not 2 <= len(raw) <= 3:
                continue
            placeish = raw in places or any(f.startswith("ns") for _w, f in toks) or all(len(w) == 1 for w, _f in toks)
            if placeish and raw not in LEAD_VERBS and tg.freq(raw) < 3000:
                out.append(Candidate(start, start + len(raw), raw, SUFFIXES[head], proper=True, suffix=head, full=raw + head))
    return out


# "加快惠科、东华鲲鹏、歌尔全球研发总部等项目建设": the items of a list closed by 等…项目 are
# projects named after their company or product (惠科项目).
_PROJECT_LIST = re.compile(r"((?:[^，。；：、“”（）()]{2,24}、)*[^，。；：、“”（）()]{2,24})等(?:[\d一二三四五六七八九十]+个|一批)?"
                           r"[^，。；：、]{0,12}?项目")
_INVESTED = re.compile(r".*?\d+(?:\.\d+)?(?:亿|万)元的?")
_COMPANY = re.compile(r"集团|公司|股份|科技|实业")
_HOUSING = re.compile(r"安置|保障|安居|回迁|棚改|棚户")


def project_lists(text: str) -> list[re.Match]:
    """The "A、B…等…项目" lists of a text, but resettlement lists (新东站安置一区、潘田等4个生活保障项目:
    sites named after villages)."""
    return [m for m in _PROJECT_LIST.finditer(text) if not _HOUSING.search(text[m.end(1):m.end()])
            and not _CLEANUP.match(re.split(r"[，。；：\n]", text[max(0, m.start(1) - 12):m.start(1)])[-1]
                                   + m.group(1).split("、")[0])]


# 整治非法调洗油、小化工等“散乱污”项目: a list of what is cleaned up or shut names no project.
_CLEANUP = re.compile(r"[^、]{0,6}?(?:整治|取缔|关停|清理|淘汰|拆除|关闭|清退|查处|打击)")


def list_candidates(text: str, tg: Tagger, places: dict[str, str], lists: list[re.Match]) -> list[Candidate]:
    out = []
    for m in lists:
        pos = m.start(1)
        items = []          # (start, end, name, accepted, plain): plain = 2-6 characters, ends on a noun
        headed = 0
        # 和 joins two items, not 冠|和|新能源科技 (a single character before it is part of a name)
        for item in re.split(r"、|(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})", m.group(1)):
            start, end = pos, pos + len(item)
            pos = end + 1
            inv = _INVESTED.match(text, start, end)
            if inv:
                start = inv.end()
            toks = tg.tag(text[start:end])
            while toks and (toks[0][0] in LEAD_VERBS or toks[0][0] in _FUNCTION_CHARS
                            or len(toks[0][0]) > 1 and toks[0][1] in ("v", "vd", "d", "ad", "i", "l", "p", "c", "r")):
                start += len(toks.pop(0)[0])
            lead = _LEAD_RE.match(text, start, end)
            if lead and lead.end() < end:
                start = lead.end()
                toks = tg.tag(text[start:end])
            name = text[start:end]
            # 亿盛二期, 方圆二期: a phase names one project of its own (a category has no phases)
            phased = len(toks) >= 2 and bool(PHASE.fullmatch(toks[-1][0])) and len(name) >= 4
            # 低轨卫星组网, 低空监视服务网示范: a noun and the work on it, named as a project among named ones
            worked = len(toks) >= 2 and toks[-1][1] in ("v", "vn") and toks[-1][0] not in LEAD_VERBS \
                and toks[-2][1][:1] in "nj" and len(name) >= 5
            if len(name) >= 4 and SUFFIX_RE.search(name[-4:]) and toks and toks[-1][0] in SUFFIXES and toks[-1][0] not in NEEDS_PROPER:
                headed += 1     # 空天信息产业园: a headed name (found by the suffix patterns) among the items
            if len(name) < 2 or not toks or SUFFIX_RE.search(name[-4:]) or (toks[-1][1][0] not in "nj" and not phased and not worked):
                continue
            ok = (phased and not LEVEL_START.match(name) or _listed_proper(name, toks, tg, places)) and not worked
            plain = (2 <= len(name) <= 6 or worked) and not LEVEL_START.match(name) and not (len(toks) == 1 and tg.freq(name) > 300)
            items.append((start, end, name, ok, plain))
        # 顺诺机器人、中工际华、宏大纺织等项目: an item among company names is a company's project too
        named = sum(it[3] for it in items) + headed
        among = named >= 2 and 2 * named >= len(items) + headed
        for start, end, name, ok, plain in items:
            if ok or among and plain:
                out.append(Candidate(start, end, name, PROJECT, proper=True, listed=True))
    return out


def _listed_proper(name: str, toks: list[Token], tg: Tagger, places: dict[str, str]) -> bool:
    """Stricter than _proper: a list item must look like a company or product name."""
    if re.search(r"[A-Za-z\d]", name) and _CJK.search(name) or _COMPANY.search(name):
        return True
    if any(p in name for p in places) or any(g in name for g in GEO_WORDS):
        return True
    if len(name) >= 5 and len(toks) >= 2 and not any(w in LEAD_VERBS for w, _f in toks):
        return True     # 柔性显示屏, 智慧新能源整车: a product or plant described; a category is a word or two (大数据)
    return _name_like(toks, tg, ("nr", "nrt", "nrfg", "nz", "nt", "j"))


# Roads named in a construction list: 新建续建飞跃大道、凤鸣路南延等59条道路; 加快推进滩九路、蟠龙路等
# 40条市政道路建设; 启动旅游路东延. A road is an initiative when it is being built or extended
# (延, 新建, 续建, 打通, 建设); one only renovated (改造提升金珠路, 亮化, 绿化) is not.
_ROAD = re.compile(r"([\u4e00-\u9fff]{2,5}?)(路|大道|大街|桥)([东南西北中]延(?:段)?|[东南西北中]段)?")
_ROAD_NEW = re.compile(r"新建|续建|打通|贯通|开工|建设|修建|延伸|启用|改建|重建")
_ROAD_OLD = re.compile(r"改造|提升|亮化|绿化|美化|整治|维修|大修|硬化|雨污|优化|管护")
_ROAD_GENERIC = re.compile(r"道路|公路|铁路|马路|路网|线路|思路|出路|新路|道|城市|农村|城乡|乡村|市政|主次|主干|次干|进村|通户|坑洼|破损|"
                           r"园内|城区|断头|背街|小巷|街巷|入户|村村|户户|田间|生产|产业|旅游环|环[湖山城]")


def road_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out: list[Candidate] = []
    for cl in re.finditer(r"[^，。；：！？\n]+", text):
        clause = cl.group()
        if "路" not in clause and "大道" not in clause and "大街" not in clause and "桥" not in clause:
            continue
        pos = cl.start()
        for raw in re.split(r"(、|等)", clause):
            start, end = pos, pos + len(raw)
            pos = end
            if raw in ("、", "等") or not raw:
                continue
            lead = _LEAD_RE.match(text, start, end)
            if lead and lead.end() < end:
                start = lead.end()
            m = _ROAD.fullmatch(text, start, end)
            if not m or _ROAD_GENERIC.search(m.group(1)):
                continue
            toks = tg.tag(m.group(1))
            extended = bool(m.group(3) and "延" in m.group(3))
            if any(f[:1] in "pcur" for _w, f in toks) or len(toks) == 1 and tg.freq(toks[0][0]) > 5000 and not extended:
                continue        # a function word or one common word before 路 (逢山开路): not a road's name
            # the work on the road: in its own name (南延), or said of the whole list
            before, after = text[cl.start():start], text[end:cl.end()]
            new = bool(_ROAD_NEW.search(before) or re.match(r"[^，。；]*?等[^，。；]{0,12}建设", after))
            if extended or (new and not _ROAD_OLD.search(before + after.split("，")[0])):
                out.append(Candidate(start, end, m.group(), PROJECT, proper=True, suffix=m.group(2)))
    return out


# Works on a named river, lake, irrigation district, sluice or site: 东鱼河整治, 小清河复航, 彭楼灌区改扩建,
# 黄河滩区迁建, 茶山拦河闸除险加固. The object must be a name (a place word or a word jieba hardly knows):
# 河湖水系综合整治 and 河道治理 are activities, not projects.
_WORKS = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:河|湖|灌区|拦河闸|闸|水库|滩区|旧址|府城|渠))"
                    r"(水环境综合治理|综合整治|综合治理|整治|治理|复航|改扩建|续建配套|迁建|除险加固|水系连通|连通提升|"
                    r"保护修复|展陈提升|清淤|引水)(?=[，。；、和及等\n]|任务|工作|前期|完成|建成|开工|竣工|实现|取得|全面|加快|顺利|$)")
_WORKS_GENERIC = re.compile(rf"^(?:{_GENERIC_OBJECTS}|河|湖|闸|灌区|滩区|旧址|渠|水渠|沟渠)")


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
        lead = _LEAD_RE.match(text, start, m.end(1))
        if lead:
            start = lead.end()
        obj = text[start:m.end(1)]
        toks = tg.tag(obj)
        if len(obj) < 2 or _WORKS_GENERIC.match(obj) or not free_start(text, start, tg):
            continue
        named = any(p in obj for p in places) or any(g in obj for g in GEO_WORDS) \
            or any(f.startswith("ns") or (len(w) >= 2 and tg.freq(w) < 50) for w, f in toks) or _name_like(toks, tg, ("nr", "nz"))
        if not named:
            continue
        # 涑河、方城河、柳青河综合治理: bare objects listed before it share the works (one project)
        while start > 1 and text[start - 1] == "、":
            prev = re.search(r"[\u4e00-\u9fff]{1,5}(?:河|湖|灌区|闸|水库)$", text[max(0, start - 7):start - 1])
            if not prev or not free_start(text, start - 1 - len(prev.group()), tg):
                break
            start = start - 1 - len(prev.group())
            lead = _LEAD_RE.match(text, start, start + len(prev.group()) - 1)
            if lead:
                start = lead.end()
        out.append(Candidate(start, m.end(), text[start:m.end()], PROJECT, proper=True, suffix=m.group(2)))
    return out


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
                and not LEVEL_START.match(c.name) and not _CATEGORY_START.match(c.name):
            c.proper = True     # 推进中通现代物流园、圆通智创园…等重点物流项目建设: the text names each item a project
    for c in (quoted_candidates(text) + sfx + programme_candidates(text, places)
              + list_candidates(text, tg, places, lists) + road_candidates(text, tg) + works_candidates(text, tg, places)
              + shared_head_candidates(text, tg, places) + transfer_candidates(text, tg)):
        seen.setdefault((c.start, c.end), c)
    return sorted(seen.values(), key=lambda c: (c.start, -c.end))
