"""Campaigns named by a count in quotes: a count of programmes sharing one quoted name (三个“一号工程”), a count of
hard battles (“两场硬仗”, “八场硬仗”), one quote listing counted bundles (“三大战略、八大行动”), and a strategy named by
its parallel slogans in quotes (“产业立县、工业强县”战略); the field a quoted bundle is named with (高质量发展“十项行动”);
and where a battle fought starts (打好|外来入侵物种防治持久战).

Tried and dropped: a counted catch-word before 活动 (深化“三标”活动) as a campaign. The provincial sample counts one, but
the seed gold leaves four such (“三下乡”活动, “七讲七进”活动, “四比四看”活动, “三民”活动) out: they read as activities."""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import (
    GLUED_LEAD, LEAD_RE, LEAD_VERBS, NOMINAL_VERBS, STRATEGY, Candidate, Tagger, clause_bounds, head_of, listed_place,
    strong_province_name,
)

_NUM = "一二两三四五六七八九十"
# 三个“一号工程”: the count says how many programmes carry the quoted name, so the counted name is the bundle.
_COUNTED_PROGRAMMES = re.compile(rf"[{_NUM}]+个“[^“”，。；]{{2,8}}(?:工程|行动|计划|攻坚战)”")
# “两场硬仗”, “八场硬仗”, “三大战役”: battles counted by 场 (campaigns fought at once) name the bundle.
_BATTLES = re.compile(rf"“[{_NUM}]+场[\u4e00-\u9fff]{{0,4}}(?:硬仗|战役|攻坚战)”")


# A formula of counted parts (两城三区四基地, 一湾两半岛, “三山两河”): a layout of many places, a programme (a Strategy),
# even when its last part is a head that names one place built (基地, 半岛) or its parts are physical (山, 河).
COUNTED_LAYOUT = re.compile(rf"“?(?:[{_NUM}]+[\u4e00-\u9fff]{{1,2}}){{2,}}”?")


# One counted bundle of a quoted list (三大战略 in “三大战略、八大行动”).
_BUNDLE_PART = re.compile(r"((?:\d+|[一二两三四五六七八九十百千]+)(?:大|项|个|条))([\u4e00-\u9fff]{1,12})")


# “科学发展、全面转型、富民强市”战略, “产业立县、工业强县”第一战略: parallel phrases of one length, listed in one quote
# before 战略, are the strategy's name (the place's own development strategy, said as its slogans); phrases of unequal
# length (“项目为先、实干奋进，争分夺秒拼经济”工作主线), before another word, or qualifying a noun after 战略 (…战略基础,
# …战略性转变) are a line of work, a requirement or a slogan. A 的 may join the quote to its head (“一产上水平、二产抓重点、
# 三产大发展”的经济发展战略); the name is written without it. 部署 after it is the strategy's plan (按照县委“…”战略部署).
_SLOGAN_STRATEGY = re.compile(r"“((?:[\u4e00-\u9fff]{3,6}、){1,5}[\u4e00-\u9fff]{3,6})”(的?)(?:经济|总体)?(?:发展)?(?:第一)?战略(?=部署|[的和与及为]|[^\u4e00-\u9fff]|$)")


# “强科技、强工业、强县域”行动: parallel items of one length opening with the same word (a verb or quality said of each
# field) are a family of campaigns, one per item (强科技行动, …), as each would be written alone (“强省会”行动); items that
# differ (“争链主、强集群”行动, “千村引领、万村升级”工程) are the phrases of one campaign's name.
_SHARED_LEAD = re.compile(r"“((?:[\u4e00-\u9fff]{2,4}、){1,5}[\u4e00-\u9fff]{2,4})”(行动|工程|计划)(?![^的和与及为\W])")


def shared_lead_items(quoted: str) -> list[str]:
    """The items of a quoted family of campaigns (“强科技、强工业、强县域” → three), else []."""
    items = quoted.strip("“”").split("、")
    same = len({len(p) for p in items}) == 1 and len({p[0] for p in items}) == 1 and len(items) >= 2
    return items if same and len(items[0]) >= 3 else []


# “三新”“三量”工作, “四领一促”工作: quoted count codes closed by 工作 name a place's programmes of work, one each (the name is
# the quote, as “五个之城”建设's); 工作 going on (…工作思路, …工作机制, …工作法) says how the work is done, a period
# (“十四五”) or a pair (“双拥”) is no programme, national directives (“六稳”“六保”) are stoplisted.
_CODED_WORK = re.compile(rf"((?:“[{_NUM}百千万][^“”，。；、\s]{{0,5}}”[、和及与]?)+)工作(?=[，。；、：,;:]|$)")
# 奋力推进“一优两高”, 全面推进“六大振兴”, 抓牢“五大牵引”: a quoted slogan of counted parts (a layout of goals and works,
# COUNTED_LAYOUT) or a count of one kind of action (N大 + two characters), closed right after it and governed by a verb of
# carrying out, is the place's programme; not what is done to a count of goals or tasks (…“三大任务”), nor counts by
# 个, 件 or 项 (聚力“七个新跨越”, 抓好“三件大事”: goal counts), nor principles kept (坚持“四水四定”: 坚持 carries nothing out).
_RUN_SLOGAN = re.compile(rf"(?:实施|推进|推动|深化|聚力|抓牢|开展)“((?:[{_NUM}]+[\u4e00-\u9fff]{{1,2}}){{2,}}|[{_NUM}]+大[\u4e00-\u9fff]{{2}})”"
                         rf"(?=[，。；、,;]|举措)")     # (大力实施“四强四新”举措: the measures are the programme's)
_GOAL_WORDS = frozenset("任务 目标 举措 措施 要求 优势 机遇 成果 短板 难题 问题 风险".split())


# 实施开放带动战略, 实施项目带动战略, 坚持创新引领战略: a strategy named by what drives development (…带动, …驱动, …引领,
# …拉动) right after the verb that pursues it; the walk from 战略 stops at the verb (带动 is a verb of the sentence
# elsewhere: 带动就业). An item of a list (大企业入驻、大项目带动战略) is left to the list's reading.
_DRIVEN = re.compile(r"(?<![、和])(?:实施|推进|坚持|深化|落实)([\u4e00-\u9fff]{2,4}?(?:带动|驱动|引领|拉动))战略")


# 生态立县、产业富县、工业强县…和项目带动战略, 实施科教兴省、人才强省、创新驱动发展战略: unquoted slogans of a field and
# what it does for the place (<two characters><兴|强|富|立|活|稳><level>) listed before one 战略 are one strategy each, and so
# is the list's last item when it is such a slogan or a driver (项目带动); a list of other words (…、农业现代化战略) is left.
# The place is a level (省, 县) or a province's one-character short name (科教兴湘、人才强湘战略); never 国: 科教兴国 and
# 人才强国 are the nation's strategies, which the lexicon names.
_LEVEL_SLOGAN = r"[\u4e00-\u9fff]{2}[兴强富立活稳][省市县区旗镇乡民京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘陇青宁蒙]"
_SLOGAN_LIST = re.compile(rf"((?:{_LEVEL_SLOGAN}[、和])+)({_LEVEL_SLOGAN}|[\u4e00-\u9fff]{{2}}(?:带动|驱动发展|驱动))战略")


def _coded(q: str) -> bool:
    """A quoted code that may name a programme: not a period (“十四五”) nor a pair (“双…”)."""
    return not re.fullmatch(r"[一二三四五六七八九十]+五", q) and not q.startswith("双")


def campaign_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _CODED_WORK.finditer(text):
        for q in re.finditer(r"“([^“”]+)”", m.group(1)):
            if _coded(q.group(1)):
                at = m.start(1) + q.start()
                out.append(Candidate(at, at + len(q.group()), q.group(), STRATEGY, counted=True))
    for m in _DRIVEN.finditer(text):
        out.append(Candidate(m.start(1), m.end(), m.group(1) + "战略", STRATEGY, suffix="战略"))
    for m in _SLOGAN_LIST.finditer(text):
        at = m.start(1)
        for item in re.split(r"[、和]", m.group(1))[:-1] + [m.group(2)]:
            out.append(Candidate(at, at + len(item), item, STRATEGY, suffix="战略", full=strong_province_name(item) or item + "战略"))
            at += len(item) + 1
    for m in _RUN_SLOGAN.finditer(text):
        q = m.group(1)
        if q[-2:] not in _GOAL_WORDS and _coded(q):
            out.append(Candidate(m.start(1) - 1, m.end(1) + 1, f"“{q}”", STRATEGY, counted=True))
    for m in _SHARED_LEAD.finditer(text):
        at = m.start(1)
        for part in shared_lead_items(m.group(1)):
            out.append(Candidate(at, at + len(part), part, STRATEGY, suffix=m.group(2), full=part + m.group(2)))
            at += len(part) + 1
    for m in _SLOGAN_STRATEGY.finditer(text):
        if len({len(p) for p in m.group(1).split("、")}) == 1:
            full = m.group().replace("”的", "”", 1) if m.group(2) else None
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, suffix="战略", full=full))
    # “三大战略、八大行动”: one quote listing counted bundles names each of them
    for m in re.finditer(r"“([^“”\n]{5,60})”", text):
        parts, at = m.group(1).split("、"), m.start(1)
        bundles = [_BUNDLE_PART.fullmatch(p) for p in parts]
        if len(parts) >= 2 and all(b and head_of(b.group(2)) for b in bundles):
            for part, b in zip(parts, bundles):
                out.append(Candidate(at, at + len(part), part, STRATEGY, counted=True, suffix=head_of(b.group(2))))
                at += len(part) + 1
    for m in _COUNTED_PROGRAMMES.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True))
    for m in _BATTLES.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True))
    return out


# 落实高质量发展“十项行动”, 脱贫攻坚“九大工程”, 交通建设十大工程: a field named right before a quoted count of programmes says whose
# bundle it is, and is part of its name; a verb (实施“十大工程”), a scope or a body (全市, 省委) is not.
BUNDLE_FIELD_MIN = 4        # characters: 高质量发展, 脱贫攻坚; not 升级, 建设 (a verb jieba reads as a noun)
# 交通建设十大工程: a count of programmes written without quotes takes its field the same way
_BARE_COUNT = re.compile(rf"[{_NUM}]+[大项](?:重点|重大)?(?:工程|行动|计划|攻坚战|战役)$")
_NOT_FIELD = re.compile(r"^(?:全|我|本)|[委府]$")


def _governs(idiom: str) -> bool:
    """An idiom ending on a verb that governs what follows (紧紧围绕, 全力推进): the sentence's verb, no field."""
    return len(idiom) > 2 and idiom[-2:] in LEAD_VERBS and idiom[-2:] not in NOMINAL_VERBS   # (水利建设: a field's work)


def bundle_field_start(text: str, c: Candidate, tg: Tagger) -> None:
    """Move a counted bundle's start back over the field named right before it (a noun and its work: 交通建设)."""
    if not (c.counted and c.name.startswith("“") or _BARE_COUNT.match(c.name)) or c.start == 0:
        return
    cs, _ = clause_bounds(text, c.start - 1)
    start = c.start
    words = []
    toks = tg.tag(text[cs:c.start])
    for i in range(len(toks) - 1, -1, -1):
        w, f = toks[i]
        done = f == "vn" and w in NOMINAL_VERBS and i > 0 and toks[i - 1][1] == "n"     # 交通|建设: the field's work
        if not (f.startswith("n") or f in ("vn", "l", "i")) or (w in LEAD_VERBS or LEAD_RE.match(w)) and f[:1] != "n" \
                and not done or _NOT_FIELD.search(w) or GLUED_LEAD.fullmatch(w) or f in ("l", "i") and _governs(w):
            # (大力开展|“两清两改两治理”: an adverb and verb of the sentence, even read by jieba as one noun, is no field)
            break
        words.append(w)
        start -= len(w)
    if c.start - start >= BUNDLE_FIELD_MIN and not all(w in NOMINAL_VERBS for w in words) and text[start - 1:start] != "、":
        # (工业强县、农业稳县、旅游兴县“三大战略”: the last item of a list the bundle counts, not its field)
        c.start, c.name = start, text[start:c.end]


# 打好外来入侵物种防治持久战, 打赢蓝天碧水净土保卫战: a battle fought (打好, 打赢) is named by the whole object of the verb,
# whatever jieba reads inside it (外来|入侵 as a place word and a verb); a list (、, 和) or a count of battles
# (打好三大攻坚战) is judged elsewhere, and so is a quoted name.
BATTLE_HEADS = frozenset("攻坚战 保卫战 持久战".split())
# (the last verb: 打赢打好耕地保护持久战; a demonstrative or a count, 这场, 一场, 这一, is no part of the name)
_FOUGHT = re.compile(r"打(?:好|赢)(?!打)(?:这场|一场|这一场|这一|此次)?([\u4e00-\u9fff]{2,14})$")


def battle_start(text: str, c: Candidate) -> None:
    """Move a battle's start back to the verb that fights it (打好|…持久战), when the object is one plain name."""
    if c.suffix not in BATTLE_HEADS or c.start == 0:
        return
    m = _FOUGHT.search(text, max(0, c.end - 20), c.end)
    if m and m.start(1) > c.start and re.fullmatch(r"(?:打[好赢])*(?:这场|一场|这一场|这一|此次)", text[c.start:m.start(1)]):
        c.start, c.name = m.start(1), text[m.start(1):c.end]    # (打赢|这场|疫情防控保卫战: the demonstrative is the sentence's)
        return
    if not m or m.start(1) >= c.start or re.search(rf"[和与及的{_NUM}大项]|新一轮|打[好赢]", text[m.start(1):c.start]):
        return      # (…防治的持久战: an object joined by 的 is a description, no name)
    c.start, c.name = m.start(1), text[m.start(1):c.end]


# The rebuilding after a named disaster is a programme named by the place and the disaster (四川汶川特大地震灾后恢复重建,
# 定日地震灾后恢复重建, 舟曲特大山洪泥石流灾后恢复重建); rebuilding after disasters in general (推进灾后恢复重建) names none.
# (its force may stand between: 芦山强烈地震, 鲁甸6.5级地震)
_REBUILDING = re.compile(r"([\u4e00-\u9fff]{2,8}?)(特大|强烈|\d(?:\.\d)?级)?(地震|山洪泥石流|泥石流|洪涝|洪水)灾后恢复重建")


def rebuilding_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _REBUILDING.finditer(text):
        cs, _ce = clause_bounds(text, m.start())
        start = m.start(1)
        toks = listed_place(text[max(cs, start - 4):m.end(1)], tg, first=True)
        place = "".join(w for w, _f in toks)
        if place and text.endswith(place, 0, m.end(1)):
            start = m.end(1) - len(place)
            out.append(Candidate(start, m.end(), text[start:m.end()], STRATEGY, proper=True, suffix="恢复重建"))
    return out
