"""Where an initiative name found from its head starts: the walk leftwards over jieba tokens (walk_left).

The words left before the name are judged here too: a count (a category, or a campaign's own name), many of a kind, an
honour received, an aspiration.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_entered_pilots import entered_pilot
from loaders.recognisers.initiative_words import (
    APPOSED_KIND, CJK, COUNT, FUNCTION_CHARS, GEO_WORDS, GLUED_LEAD, LEAD_RE, LEAD_VERBS, NOMINAL_VERBS, PHASE, PLACE_HEADS, PROJECT, PUNCT,
    ROUTE_HEADS, RUNNING_FURTHERS, RUNNING_VERBS, STOP_FLAGS, STRATEGY, SUFFIX_RE, SUFFIXES, Candidate, Tagger, Token, listed_place,
)

# A count before a name makes it a category (COUNT), except for campaigns, where the count is the name: 15个攻势,
# 三大攻坚战, 12项改革攻坚行动…
_COUNTED_NAME = frozenset("攻势 战略 攻坚战 保卫战 持久战 行动 攻坚行动 专项行动 三年行动 行动计划 计划 工程 产业链".split())
# …but 工程, 计划 and 行动 count as one campaign only as "N大" (三大工程); 7个输变电工程 is seven projects.
_COUNTED_BY_DA = frozenset("工程 计划 行动 行动计划 专项行动".split())
# (a verb of two characters between the plural and the name: 建成一批|支撑…; a list the plural opens: 一批海上风电、…)
_LEAD_TAIL = re.compile(r"(?:支撑|新建|建设|布局|引进|培育|打造|实施|谋划|储备|推进|推动)$")
_PLURAL_START = re.compile(r"(?:一批|多个|多场|多项|多轮|数个|若干|各类|一系列|部分|所有|全部|更多|其他)")     # 部分优质普通高中学校
_PLURAL_LIST = re.compile(r"(?:一批|多个|若干|各类|一系列)[^，。；：！？\n]{1,30}、$")
_PLURAL = re.compile(r"(?:一批|多个|多场|多项|多轮|数个|若干|各类|各|一系列|系列|等|每个|所有|全部|部分|更多|其他)$")
# Honours already won are designations, not initiatives (获评国家生态文明建设示范区).
HONOUR_VERBS = re.compile(r"(?:获评|荣获|获得|被评为|评为|被命名为|命名为|被列为|列为|列入|纳入|入选|成功创建|创成|成功入选|获批|获批为|授予|荣膺|跻身|位列|成为|入围)"
                          r"(?:为)?(?:全国|全省)?(?:首批|第一批|第二批|第三批)?(?:全国|全省|国家级|省级|市级)?(?:中央财政支持|中央财政|财政部)?"
                          r"(?:[^，。；]{0,12}的)?$")   # (入围中央财政支持普惠金融发展示范区: the title's backer named first)
# Aspirations: what a place should become (打造创新驱动发展示范区和高质量发展先行区).
POSITIONING_VERBS = re.compile(r"(?:打造|建成|建设成为|打造成|争当|争做|定位为|建成为)(?:[^，。；]{0,12}的)?$")
POSITIONING_HEADS = frozenset("示范区 先行区 先导区 样板区 集聚区 示范城市 样板城市 高地 中心".split())
# A centre named by the work done in it (…研究中心, …检测中心, …数据中心): a facility, whatever the verb.
_WORKING_CENTRE = re.compile(r"(?:研究|研发|检测|检验|数据|计算|算力|培训|救治|急救)中心$")
# Prepositions that open a word with one character after them (对标, 向西): split off by the tokenizer, they are the name's;
# so is 那 before one character of an unknown name (那|棱格勒河水利枢纽: a transliterated place, 那 its first sound), where
# the demonstrative would be written 那个, 那些, 那里.
_WORD_OPENERS = frozenset("对向那")
# One-character names of partners after 对 (对非贸易, 对台交流, 对欧班列): 对 is part of the name.
_BILATERAL = re.compile(r"中[俄蒙日韩朝欧美非阿德法英哈巴新老越]{1,3}$")
_PARTNERS = frozenset("非台欧美日韩俄港澳")
_NUMERAL = re.compile(r"[\d.一二两三四五六七八九十百千万亿几多余第首每]+[个大项家条批类件年届期次位名座所处]?")
_KEEP = frozenset("现代 东部 西部 南部 北部 中部 至 第一 第二 第三 新一轮 未来 当代 千伏 左岸 右岸 东岸 西岸 南岸 北岸 两岸 沿线 沿岸 西北 东北 西南 东南 "
                  "东西向 南北向 青年 老年 少年 永久 高新 秦汉 汉魏 魏晋 隋唐 唐宋 宋元 明清 兆瓦 千瓦 吉瓦 万千瓦 偏远 长期".split())
# 偏远 (remote), an adverb to jieba, says which places a pilot covers (偏远镇村…焚烧处理试点), as 沿线 and 沿岸 do. Tried and
# dropped: 沿边 (along the border) as well: it made 沿边重点开发开放试验区, a kind of national zone, a name.
# 青年, 老年: nouns jieba tags as times; 高新 (hi-tech), an adverb to it; 汉魏, 隋唐, 明清: dynasties, times to jieba, name
# the era of a site (汉魏故城遗址博物馆, 隋唐洛阳城); an ordinal before an institution's head stays (第五|人民医院病房楼); 兆瓦, 千瓦: a plant's capacity inside its name (丹竹100兆瓦光伏发电项目)
MAX_NAME = 24
_BRAND_COUNTS = frozenset("万家 千家 百家 万户 千户 百姓".split())
# An ordinal right before an institution says which one it is (第六水厂, 第五人民医院): the name's, and proof it names one.
ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")


# 旅游|路|水厂: a word before 路 names the road, it is no verb of the sentence.
_ROAD_WORDS = frozenset("路 街 大道 大街".split())
_QUANTITY = re.compile(r"[\d.]+(?:万|千|亿)?(?:平方米|平方公里|公里|千米|米|亩|万元|元|吨)")
_DURATION = re.compile(r"(?:[一二两三四五六七八九十]|\d+)年")
_CN_DURATION = re.compile(r"[一二两三四五六七八九十]年")
_COORD = frozenset("和 与 及".split())
_PLACES_COUNTED = re.compile(r"([\u4e00-\u9fff]{2,4})、([\u4e00-\u9fff]{2,4})(?:等)?(?:\d+|[一二两三四五六七八九十]+)个$")
_NATIONAL_PILOT = re.compile(r"((?:城市)?)国家级?[\u4e00-\u9fff]{4,}(?:示范项目|试点)$")
_TRACKS = re.compile(r"[二三四]{1,2}")     # 兰张三四线铁路, 京沪二线: the tracks a line adds
_OLD_TOWN = frozenset("旧城 老城 古城 新城 旧城区 老城区 主城区 城区".split())     # a town's parts, not a place's name
_CORRIDORS = frozenset("沿江 沿海".split())      # 沿江高铁, 沿海高铁: lines named by the corridor they run along
_SIZE_SCOPES = frozenset("规模 限额 规".split())     # 规模以上, 限额以上, 规上: firms above the statistical size line
# 第六轮三年行动计划 is the sixth round of something: …生态岛建设|第六轮…行动计划 keeps what is built as the name's start
_ROUND = re.compile(r"(?:第[一二三四五六七八九十\d]+|新一)轮")
_NOUNISH = ("n", "vn", "j", "b")     # nouns of every kind (n, ns, nz, nt…), nominal verbs, abbreviations
# Verbs that, written after a noun, are nouns themselves (医疗卫生服务能力, 工业投资倍增); every other
# verb of LEAD_VERBS introduces an object even after a noun (商河县|创建…示范园, 企业|建设研发中心).
_NOUN_AFTER_NOUN = frozenset("服务 投资 研究 保障 升级 改造 提升 培育 管理 发展 设计".split())
# So is any verb between a noun and the mechanism or system it names (生态产品价值|实现|机制试点): a mechanism is named by
# what it does to what (价值实现, 利益联结); the sentence's verb takes an object, never a bare 机制 or 制度.
_SYSTEMS = frozenset("机制 制度".split())


def _coordinated(left: Token, right: Token, tg: "Tagger | None" = None, before: "Token | None" = None,
                 conj: str = "和") -> bool:
    """Whether 和/与/及 (`conj`) between these tokens joins two parts of one name (数字经济|和|智慧物流产业园,
    引进|和|培育计划) rather than two names or a verb and its partner (加强|与|…合作). `before` is the token
    before `left`."""
    lw, lf = left
    rw, rf = right
    if conj == "和" and lw.endswith(("改革", "纲要")):
        return False          # “三医”联动改革|和|全民健康行动, …扶贫开发纲要|和|兴边富民行动: a reform or an outline is a name
                              # of its own (公立医院改革与高质量发展示范项目, joined by 与, is one)
    if before and before[1].startswith(_NOUNISH) and len(before[0]) >= 2 and lw in NOMINAL_VERBS and rf.startswith("n"):
        return False          # 医疗卫生强基|和|康复护理…工程: a noun and its action, then a noun: two programmes, one head
                              # (the caller passes `before` for 和 only: …生态保护及城乡供水一体化工程 is one work)
    if "nz" in (lf, rf) or SUFFIX_RE.search(lw[-3:]) or (lw in LEAD_VERBS and lw not in NOMINAL_VERBS) \
            or lw in ("建设", "改造", "提升") or lw.endswith("专项") or lf.startswith("ns") and len(lw) >= 3:
        return False          # a complete name before it (…扩容工程和…, …项目建设和…, 重大科技专项和…, 农业中关村和…),
                              # a known name, a verb (加强与)
    if not (lf.startswith(_NOUNISH) or lw in NOMINAL_VERBS) or len(lw) < 2 or len(rw) < 2:
        return False
    if len(rw) >= 3 and rw.endswith("化") and rf[:1] in "vna":
        return False          # 第三中学分校及|标准化中学: a kind graded by a -化 word is a second thing, not the name's part
    # the right conjunct starting with a name of its own (管网及|天宁寺广场) is a second name
    if rf.startswith("nr") and tg is not None and tg.freq(rw) < 1000:
        return False          # 智慧中药房和|扁鹊互联网中医院 (a person's name; 智慧, tagged nr too, is common)
    return not rf.startswith(("m", "q", "p", "c", "u", "r", "ns", "nt")) or rw in NOMINAL_VERBS or rw in _OLD_TOWN and lw in NOMINAL_VERBS
    # (发展与合作中心: 合作, ns to jieba; 古城保护与旧城改造提升工程: 旧城, ns to jieba, is any town's old quarter)


# Prepositions that open an adverbial, never a name (按…付费, 根据…, 依照…).
_ADVERBIAL_START = re.compile(r"(?:按照?|根据|依据|依照|通过|经过|随着)(?![一二三四五六七八九十\d])")
# Verbs that run a programme (实施…计划, 开展…行动; data/running_verbs.tsv): a verb right after them opens the programme's
# name. Not 推进 or 深化 alone, which also take a verb phrase (推进|建设…, 深化|改革…: the verb is the sentence's); and, here
# only, verbs that carry out a programme already set (执行, 落实: 落实|促进民营经济发展七大行动) or fight a battle
# (打好|投资消费增长攻坚战): after them too a verb opens the name, where before a quoted field or a pilot they are not read.
_RUN_VERBS = (RUNNING_VERBS - RUNNING_FURTHERS) | frozenset("执行 落实 打好 打赢".split())
_ADVERB_VERBS = frozenset("深入 全面 持续 积极 扎实 大力 加快 继续 认真 切实 有序 稳步".split())
def _noun_phrase_idiom(w: str, tg: "Tagger | None") -> bool:
    """A four-character word jieba calls an idiom that is a noun and what happens to it (土壤污染, 水土流失): the name's
    field, not an adverb of the sentence (积极稳妥, 坚定不移)."""
    if tg is None:
        return False
    first, second = tg.tag(w[:2]), tg.tag(w[2:])
    return len(first) == 1 and first[0][1] in ("n", "nz") and len(second) == 1 and second[0][1] in ("vn", "n")


def _run_before(toks: list[Token], i: int) -> bool:
    """Whether the token before toks[i], adverbs skipped, runs a programme (开展|大力|优化…行动)."""
    k = i - 1
    while k >= 0 and (toks[k][0] in _ADVERB_VERBS or toks[k][0] in ("大力", "新一轮")):
        k -= 1
    return k >= 0 and (toks[k][0] in _RUN_VERBS or k > 0 and toks[k - 1][0] + toks[k][0] in _RUN_VERBS)   # 打|好: split


# An adverb and a verb that together are a noun (全面振兴: 东北全面振兴, 全面振兴新突破三年行动): the adverb is the name's.
_TERMS = frozenset([("全面", "振兴"), ("全面", "深化改革"), ("循环", "经济")])
# (全面深化改革攻坚年: the national term; 循环经济产业园: the circular economy, a noun though jieba reads 循环 as a verb)
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


# The rest of a 以X引X slogan (以才引才, 以商招商, 以企引企): one character, a verb, the same character again.
_BY_LIKE = re.compile(r"([\u4e00-\u9fff])[引招育聚留促带]\1")
# Nouns of fields and groups that 重点 qualifies as an adjective (重点行业, 重点产业, 重点园区), not as an adverb.
_KEY_FIELD = re.compile(r"(?:行业|产业|园区|领域|人群|群体|企业|区域|流域|河湖|湖泊)")
_DASHES = ("—", "－", "–", "-", "——")


def _place_word(tok: Token) -> bool:
    """A place's name as jieba reads it, two characters or more (西宁, 海东, 中关村; not 瓮 of 瓮福, not 县城)."""
    return len(tok[0]) >= 2 and tok[1].startswith("ns")
_GLUED_LEAD = GLUED_LEAD


def walk_left(text: str, cs: int, sstart: int, end: int, toks: list[Token], typ: str, sfx: int = -1,
               tg: "Tagger | None" = None) -> Candidate:
    """The candidate ending at `end`: its start found by walking left over `toks` (the clause's tokens
    before `sstart`, the start of the word holding the suffix, which starts at `sfx`)."""
    start = sstart
    conj = False
    own_verb = False
    apposed = False
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
                                                     or q == cs or not CJK.match(text[q - 1]))):
                break
            while i >= 0 and start > q:
                taken.append(toks[i])
                start -= len(toks[i][0])
                i -= 1
            if q > cs and text[q - 1] == "”":
                break                 # “五个济南”“新十字”发展方针: the quote before is another name
            continue
        decimal = w in (".", "-", "－", "–") and i > 0 and toks[i - 1][0][-1:].isdigit() and taken and taken[-1][0][:1].isdigit()
        if w in _DASHES and i > 0 and taken and (toks[i - 1][0] in GEO_WORDS and (taken[-1][0] in GEO_WORDS or toks[i - 1][0] == "中国")
                                                 or _place_word(toks[i - 1]) and _place_word(taken[-1])):
            taken += [toks[i], toks[i - 1]]     # 中国—东盟产业合作区: partners joined by a dash open the name (中国—金砖国家…);
            #                                     so do two places (西宁—海东都市圈, 珠江—西江经济带, 天津滨海—中关村科技园)
            start = tstart - len(toks[i - 1][0])
            i -= 2
            continue
        if any(ch in PUNCT for ch in w) and not decimal or w in ("（", "("):
            break                     # (a decimal point or a range is no stop: 京东方第8.6代…生产线, 0-6岁…干预项目)
        if _GLUED_LEAD.fullmatch(w):
            break                     # 小镇|全面实施|时尚产业发展行动: an adverb and verb jieba glued into one word
        if w.endswith("项目") and typ == PROJECT and end - start >= 4 and APPOSED_KIND.search(text, cs, start):
            apposed = True            # 县级重点工业项目|山东某某食品有限公司项目: the kind stands before the name it introduces
            break
        if w == "系列" and not taken and i > 0 and toks[i - 1][0] == "”":
            taken.append(toks[i])     # “读城”系列行动: a named series, not 一系列 (many of a kind)
            start = tstart
            i -= 1
            continue
        chain = all(t[0] in NOMINAL_VERBS or t[0] in SUFFIXES or _DURATION.fullmatch(t[0]) for t in taken)
        prev = toks[i - 1] if i > 0 else None
        if w in _CORRIDORS and text.startswith(tuple(ROUTE_HEADS), start):
            taken.append(toks[i])     # 沿江|高铁武宜段: the corridor names the line (jieba reads 沿江 as a direction)
            start = tstart
            i -= 1
            continue
        if w == "线" and prev and _TRACKS.fullmatch(prev[0]) and not taken and text.startswith(tuple(ROUTE_HEADS), start):
            taken += [toks[i], prev]  # 兰张|三四|线|铁路: the line's added tracks (二线, 三四线) are the route's name
            start = tstart - len(prev[0])
            i -= 2
            continue
        if w in ("以上", "上") and prev and prev[0] in _SIZE_SCOPES and taken:
            taken += [toks[i], prev]  # 新增规模以上|工业企业行动, 规|上|工业企业倍增工程: the firms above the size line, the name's
            start = tstart - len(prev[0])
            i -= 2
            continue
        if w in _INNER_ADVERBS and prev and prev[1].startswith("n") and len(prev[0]) >= 2 and taken \
                and (taken[-1][1].startswith("v") or taken[-1][0] in NOMINAL_VERBS):
            taken.append(toks[i])     # 空气质量|持续|改善行动: an adverb between a noun and its verb is the name's
            start = tstart
            i -= 1
            continue
        if len(w) == 1 and prev and len(prev[0]) == 1 and prev[0] + w in LEAD_VERBS and prev[0] + w not in NOMINAL_VERBS:
            break                     # 康益药业|做|大|高效乳酸菌项目: a verb the tokenizer split in two still ends the name
        partners = _BILATERAL.search(text, cs, start) if len(w) == 1 else None
        if partners and tstart >= partners.start():
            taken.append(toks[i])     # 中俄蒙|国际物流园区, 中欧班列: China and its partners by one character each (蒙 is no verb)
            start = tstart
            i -= 1
            continue
        if len(w) == 1 and CJK.match(w) and prev and len(prev[0]) == 1 and CJK.match(prev[0]) and prev[0] not in PUNCT \
                and text.startswith(tuple(ROUTE_HEADS), sfx) and w not in "和与及、等的在":
            taken.append(toks[i])     # 绵遂资内铁路: a run of one-character place names, whatever each means alone
            start = tstart
            i -= 1
            continue
        right = taken[-1] if taken else ((text[sstart:sfx], "n") if sstart < sfx else None)
        if typ == STRATEGY and (chain or _CN_DURATION.fullmatch(w)) and _DURATION.fullmatch(w):
            pass                      # 培育三年行动计划, 两年攻坚行动: the duration is the programme's
        elif w in _COORD and right and prev and _coordinated(prev, right, tg, toks[i - 2] if i > 1 and w == "和" else None, w):
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
            if w in LEAD_VERBS and not (chain and w in NOMINAL_VERBS) and not (w == "建设" and _ROUND.match(text, start)) \
                    and not (w in ("高质量", "高水平", "高品质") and taken and (taken[-1][0] == "发展" or taken[-1][0] not in LEAD_VERBS
                                                                       and taken[-1][1] in ("vn", "n"))) \
                    and not (w in ("统筹", "协同") and taken and taken[-1][0] == "发展") \
                    and not (taken and (w, taken[-1][0]) in _TERMS):
                # …制造业高质量发展试验区, …运动高水平训练中心: an adjective inside the name, not the sentence's adverb;
                # 万达开统筹发展示范区, 京津冀协同发展示范区: 统筹发展 and 协同发展 are nouns; so is 全面振兴 (…新突破三年行动)
                # a verb right after a noun is a nominal part of the name (工业投资倍增, 医疗卫生服务能力)
                if not (prev and (w in _NOUN_AFTER_NOUN or taken and taken[-1][0] in _SYSTEMS) and (prev[1].startswith(_NOUNISH) or prev[0] in NOMINAL_VERBS)
                        and prev[0] not in LEAD_VERBS and prev[0] not in _KEEP and not SUFFIX_RE.search(prev[0])):
                    break
            if w == "对" and taken and taken[-1][0][:1] in _PARTNERS:
                pass                  # 对非|贸易倍增计划, 对台: 对 and a one-character country name the partner
            elif w in _WORD_OPENERS and taken and len(taken[-1][0]) == 1 and CJK.match(taken[-1][0]) \
                    and taken[-1][0] not in FUNCTION_CHARS and not taken[-1][1].startswith("r") or w == "再" and taken and taken[-1][0].endswith("化"):
                pass                  # 对|标提升行动, 向|西开放, 再|电气化工程: the tokenizer split one word
            elif w == "以" and _BY_LIKE.match(text, start):
                pass                  # “手拉手”以才引才专项行动, 以商招商: 以 opens a slogan's name (by talent, bring talent)
            elif len(w) == 1 and w in FUNCTION_CHARS:
                break
            phase = PHASE.fullmatch(w) and prev and prev[1].startswith(("n", "j")) and not prev[1].startswith("nr")
            if len(w) > 1 and f.startswith(STOP_FLAGS) and w not in _KEEP and not phase and w not in GEO_WORDS and not re.fullmatch(r"[\dA-Za-z.]+", w) \
                    and not (ORDINAL.fullmatch(w) and (i == len(toks) - 1 or SUFFIX_RE.search(text[start:start + 6]))) \
                    and not f.startswith("nr") and not (f[0] == "m" and not _NUMERAL.fullmatch(w)) \
                    and not (w in _BRAND_COUNTS and taken and len(taken[-1][0]) == 1 and taken[-1][1].startswith("nr")):
                break                 # (万家|惠|农贸批发市场: a count of households before one character of a name is a
                #                       brand's start; 两所|王庄小学, 三座|杨湾…厂 count schools and plants)
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
        lead = LEAD_RE.match(text, start, sstart)
        key = lead and lead.group().endswith("重点") and _KEY_FIELD.match(text, lead.end())
        if key and key.end() < sstart:
            # 开展重点行业提质降本降碳行动: 重点 before a field's noun says which ones (key sectors), it is the name's
            # (not when the field is the head: 12条重点产业链 counts chains)
            lead = LEAD_RE.match(text, start, lead.end() - 2) if lead.end() - 2 > start else None
        if lead and lead.end() > start and _on_boundary(taken, start, lead.end()):
            while taken and start < lead.end():
                start += len(taken.pop(0)[0])
            continue
        w, f = taken[0]
        if w in LEAD_VERBS and not (len(taken) > 1 and (w, taken[1][0]) in _TERMS) or w == "至" or (len(w) > 1 and len(taken) > 1 and text[start - 1:start] != "、"
                                           and (f in ("v", "vd", "vi", "ad", "d") and w not in _KEEP
                                                                  or f == "i" and len(w) == 4 and not (taken[1][1].startswith("v") and taken[1][0] not in LEAD_VERBS)
                                                                  and not _noun_phrase_idiom(w, tg)
                                                                  or f == "l" and (LEAD_RE.match(w) or w[-2:] in LEAD_VERBS)
                                                                  or (typ == PROJECT and f == "vn" and taken[1][0] not in _ROAD_WORDS
                                                                      and (w, taken[1][0]) not in _TERMS))
                                           and not (typ == STRATEGY and (w in NOMINAL_VERBS or taken[1][0] in NOMINAL_VERBS)
                                                    and not text.startswith(tuple(PLACE_HEADS), sfx))):
            start += len(w)
            taken.pop(0)
            continue
        break
    qty = _QUANTITY.match(text, start, sstart)
    if qty:
        start = qty.end()                        # 200万平方米人才公寓: a size is not part of the name
    if text[start - 1:start + 1] == "/年":
        start += 1                               # 40亿立方米/年|煤制天然气项目: the rate's unit is not the name's
    if start > cs and text[start - 1] == "“" and text[end:end + 1] == "”":
        start, end = start - 1, end + 1          # “四雁工程”: the quotes enclose the whole name
    elif text[end:end + 1] == "”" and typ == STRATEGY:
        q = text.rfind("“", cs, start)
        if q >= 0 and "”" not in text[q:start] and end - q <= MAX_NAME:
            start, end = q, end + 1              # “一村一名大学生工程”: a quoted programme is named by the whole quote
    if typ == PROJECT and text[end:end + 1] == "至":
        pos = start                              # 临江大道|二七长江大桥至建设二路: a road, then the two ends of its
        for j, (w, _f) in enumerate(taken[:-1]):  # section; the road is the name, its ends are places on it
            pos += len(w)
            if w.endswith(("大道", "大街")):
                end, taken = pos, taken[:j + 1]
                break
    c = Candidate(start, end, text[start:end], typ, reason, tokens=taken)
    before = "" if apposed else text[cs:start]      # (a count before an apposed kind counts the kind: 2个重点项目|炜泰…项目)
    listed = _PLACES_COUNTED.search(text, max(0, start - 24), start)
    # (the items are places, as jieba's dictionary knows them: 长春、白山; not firms, 一汽、吉化2个…示范项目)
    counted_places = not apposed and listed and tg is not None and all(
        listed_place(listed.group(k), tg, k == 1) for k in (1, 2)) and _NATIONAL_PILOT.match(c.name)
    if counted_places:
        # 推进长春、白山2个|城市国家公立医院高质量发展示范项目: the count counts the places listed, which run one national pilot
        c.start += counted_places.end(1)
        c.name, c.type, before = text[c.start:end], STRATEGY, ""
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
    elif (_PLURAL.search(_LEAD_TAIL.sub("", before)) or c.name.startswith("多") and re.search(r"[更许诸众]$", before)
          or _PLURAL_START.match(c.name)
          or _PLURAL_LIST.search(text, max(0, c.start - 40), c.start)) and not c.reason:
        c.reason = "generic"      # 一批…, 建成一批支撑|…, 争取更|多区域性…数据中心 (更多 split by the tokenizer), 一批海上风电、|…:
                                  # many of a kind, also when a verb follows the plural or the plural opens the list
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
        if entered_pilot(c.name, b):
            c.national = True     # 入选国家…试点, 纳入…试点城市: a pilot the state enters places into goes on, no title
        else:
            c.reason = "designation"
    if not c.reason and POSITIONING_VERBS.search(b) and text[sstart:end] in POSITIONING_HEADS and not _WORKING_CENTRE.search(c.name):
        c.reason = "positioning"  # (建成夏商文明考古研究中心: a centre that does research is built, a 金融中心 is a role)
    return c
