"""Initiatives in prose: Projects and Strategies, their aliases and PART_OF links.

Candidates come from two sources:
- the lexicon `data/initiatives.tsv` (national and provincial strategies and flagship
  zones, with aliases and PART_OF): general knowledge, matched wherever it is written;
- patterns (loaders/initiative_patterns.py): names ending in a suffix that heads
  initiative names, quoted names, numbered campaigns and city programmes.
Candidates are filtered hard, because a graph full of junk projects is worse than a
small clean one; every rejected candidate becomes an Issue (code `initiative.*`) with
its text, so it reaches the reject log and a user can promote it into the lexicon.

Keys (the design's "canonical name, region-qualified when local"):
- a lexicon entry: its canonical name, unqualified (national or provincial: one node
  for every document that cites it), e.g. `新旧动能转换起步区`, `乡村振兴`;
- anything the patterns find is local: `<region key>/<canonical>`, with the document's
  region, e.g. `山东省/济南市/中科院济南科创城`, `山东省/青岛市/15个攻势`. Two cities'
  人才强市战略 are two strategies; one region's name in two documents is one node;
- a city programme names its place, and takes that place's key even when another
  document cites it: 平安济南 in the 历城区 report is `山东省/济南市/平安济南`.
Canonical names are the fullest form seen, enclosing quotes removed (“五个济南” → 五个济南);
a company metonym gets 项目 (惠科 → 惠科项目); an elided route its head (济郑 → 济郑高铁).
Projects carry `region` (the lexicon's for known ones: 上合示范区 is in 青岛 wherever cited).

A known strategy's name that qualifies the noun after it (脱贫攻坚成果, 新型城镇化的发展要求, 105个乡村振兴
齐鲁样板村) is not a mention of the strategy; a later mention may still be.

Surface forms: a quote opening before a known name stays with it when the name closes it inside
(“放管服”改革, as written). Aliases are only forms the text writes: a local project named without
its place is still one node per region, because its key is region-qualified.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from graph import schema
from graph.model import Entity, Evidence, Issue, Relation
from .gazetteer import NATION
from .initiative_checks import CONTINUED_HEADS
from .initiative_lexicon import InitiativeLexicon, compact, jieba_userdict, norm, state, write_jieba_userdict
from .initiative_patterns import PROGRAMME_MODIFIERS, candidates, places_of
from .initiative_words import (
    BUILD_VERBS, CONTAINED_HEADS, COUNT, GENERIC_OBJECT, GENERIC_PROJECT_END, LEVEL_START, NEEDS_BUILDING, NEEDS_COUNT,
    NEEDS_PROPER, NEEDS_QUOTE, NEEDS_SETUP, PHASE, PLACE_HEADS, SETUP_VERBS, SETUP_WORDS, SUFFIX_RE, SUFFIXES, Candidate,
    free_start, head_of,
)
from .lexicon import Lexicon
from .source import SourceDocument
from .text import NormalText

__all__ = ["extract", "jieba_userdict", "write_jieba_userdict", "norm", "state"]
PROJECT, STRATEGY = schema.PROJECT, schema.STRATEGY
_QUOTES = "“”\"‘’「」"


# ---------------------------------------------------------------- extraction

@dataclass
class _Mention:
    start: int                  # compact offsets
    end: int
    surface: str                # as written, enclosing quotes removed
    name: str                   # canonical (lexicon) or the surface
    type: str
    known: bool = False
    region: str = ""            # key qualifier for local names ("" = lexicon entry)


_NEW_ROUND = "新一轮"

# A facility named as a project (淄博至莱芜高铁项目, 胜坨中学新建项目): building it is the initiative, named by
# the facility (the written form an alias). Works on a facility that stands (扩容, 改造…工程) stay their own name.
_FACILITY_WORKS = re.compile(r"(.{2,}?(?:高铁|铁路|高速|地铁|号线|机场|大桥|隧道|水库|水厂|中学|高中|小学|幼儿园|学校|医院|变电站|处理厂|净化厂|"
                             r"发电厂|电厂|公园|广场|体育场|体育馆|图书馆|博物馆|纪念馆|大厦|客运站))"
                             r"(?:新建|主体)?(?:项目|工程)")
_KNOWN_TAIL = re.compile(r"”?(?:重大国家战略|国家战略|重大战略|战略|倡议|一体化发展|一体化|建设|重大工程)")


# What follows a name and is still about the same thing: its project, works or phase (…交易中心项目, …中心二期).
_OWN_WORKS = re.compile(rf"(?:{PHASE.pattern}|新建|扩建|改扩建|扩容)*(?:项目|工程)?")


def _strip_quotes(s: str) -> str:
    """Enclosing quotation marks go (“五个济南” → 五个济南); quotes inside a name stay."""
    s = s.strip()
    if len(s) > 2 and s[0] in "“\"" and s[-1] in "”\"" and not any(q in s[1:-1] for q in _QUOTES):
        return s[1:-1]
    if s[:1] in "“" and "”" not in s:
        s = s[1:]
    if s[-1:] in "”" and "“" not in s:
        s = s[:-1]
    return s


def extract(doc: SourceDocument, view: NormalText, lexicon: Lexicon, region: str) -> tuple[list[Entity], list[Relation], list[Issue]]:
    """Projects and Strategies named in `view` (a view of `doc`; doc.clean for prose)."""
    st = state(lexicon)
    il = st.il
    text, idx = compact(view)
    mentions: list[_Mention] = []
    rejects: dict[tuple[str, str], int] = {}        # (code, candidate) → first compact offset

    def reject(code: str, name: str, pos: int) -> None:
        rejects.setdefault((code, name), pos)

    # 1. The lexicon: known names wherever written, with their written tails as aliases.
    known_spans: list[tuple[int, int]] = []
    if st.matcher is not None:
        for m in st.matcher.finditer(text):
            canonical = il.surface[norm(m.group())]
            end = m.end()
            tail = _KNOWN_TAIL.match(text, end)
            if tail:
                end = tail.end()
            qs = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "“" and "”" in text[m.start():end] else m.start()
            surface = _strip_quotes(text[qs:end])      # “放管服”改革: an opening quote before the match is the name's
            short_form = norm(m.group()) != norm(canonical)
            if (len(norm(m.group())) <= 3 or short_form) and not free_start(text, m.start(), st):
                continue        # 起步区 inside 东部起步区, 中部崛起 after 成渝: a short form after a name is someone else's
            after = SUFFIX_RE.match(text, end + (text[end:end + 1] == "”"))
            if not tail and after and after.group() != "项目" and il.known[canonical].type == STRATEGY:
                continue        # 全域旅游示范区, 交通强国样板城市, “双招双引”攻势: a longer name, judged on its own
            if text.startswith("”", end) and _QUOTED_GOES_ON.match(text, end + 1) and not text.startswith(tuple(_QUOTED_OWN), end + 1):
                continue        # “一带一路”联合实验室, “一带一路”国际技术转移中心: the quoted name qualifies a longer one
            if il.known[canonical].type == STRATEGY and (_modifies(text, end, st) or COUNT.search(text, max(0, qs - 4), qs)):
                continue        # 脱贫攻坚成果, 文化强省建设先进县, 105个乡村振兴齐鲁样板村: it qualifies something else
            known_spans.append((m.start(), end))
            mentions.append(_Mention(m.start(), end, surface, canonical, il.known[canonical].type, known=True))

    # 2. Patterns. Every candidate is judged first: one inside a kept candidate may be part of it.
    cands = candidates(text, st, places_of(region, lexicon))
    for c in cands:
        c.reason = c.reason or _judge(c, norm(c.full or c.name), il)
    kept = [c for c in cands if not c.reason]
    known_ends = {e: s for s, e in known_spans}
    for c in cands:
        n = norm(c.name)
        head = head_of(n)
        if n in il.surface or known_ends.get(c.end, -1) >= c.start:
            continue            # the lexicon's name (紧扣乡村振兴战略: with a verb before it): found above
        if head in ("行动", "工程") and re.sub(r"(?:重大国家战略|国家战略|重大战略|战略)$", "", n[: len(n) - len(head)]) in il.surface:
            continue            # 黄河流域生态保护和高质量发展国家战略行动: the strategy itself
        if c.reason:
            reject(c.reason, n, c.start)
            continue
        if (c.region or c.suffix in CONTAINED_HEADS) and any(
                o is not c and o.start <= c.start and c.end <= o.end for o in kept):
            continue            # 平安青岛 in “平安青岛”建设攻势, 东湖水库 in 东湖水库扩容增效工程
        if any(o is not c and o.start <= c.start and c.end < o.end and o.type == STRATEGY
               and SUFFIXES.get(text[c.end:o.end]) == STRATEGY for o in kept):
            continue            # 城市更新重点工程 in 城市更新重点工程三年行动: a programme's head follows, the name goes on
        if c.type == PROJECT and c.suffix in CONTINUED_HEADS and any(
                o is not c and o.start == c.start and o.end > c.end + 1 and o.type == PROJECT
                and not _OWN_WORKS.fullmatch(text, c.end, o.end) for o in kept):
            reject("inside-name", n, c.start)
            continue            # 董家货运中心 in 董家货运中心多式联运综合物流枢纽: it qualifies the longer name
        surface = _strip_quotes(c.name)
        name = c.full or (surface + "项目" if c.listed and not surface.endswith("项目") else surface)
        if name.startswith(_NEW_ROUND) and len(name) > len(_NEW_ROUND) + 3:
            name = name[len(_NEW_ROUND):]      # 新一轮找矿突破战略行动: the programme is 找矿突破战略行动
        works = _FACILITY_WORKS.fullmatch(norm(name)) if c.type == PROJECT and not c.full else None
        if works:
            name = works.group(1)   # 淄博至莱芜高铁项目, 胜坨中学新建项目, 京沪高速扩容: the facility, the form an alias
        mentions.append(_Mention(c.start, c.end, surface, name, c.type, region=c.region or region))
    # A known name inside a longer kept name that goes on after it (长三角引才工作站, “一带一路”国际技术转移中心,
    # 中欧班列集结中心) qualifies that name: it is not a mention of its own.
    longer = [(m.start, m.end) for m in mentions if not m.known]
    mentions = [m for m in mentions if not m.known or not any(s <= m.start and m.end < e for s, e in longer)]
    # Short forms of a longer name seen in the same document (科创城 → 中科院济南科创城).
    mentions = _resolve_short(mentions)

    entities, refs = _entities(doc, view, idx, mentions, il, lexicon)
    relations = _relations(doc, view, text, idx, mentions, refs, il)
    issues = [
        Issue(f"initiative.{code}", f"not an initiative ({_REASONS.get(code, code)}): {name}", doc.key,
              doc.line(view, idx[pos]), name)
        for (code, name), pos in sorted(rejects.items(), key=lambda kv: kv[1])
    ]
    return entities, relations, issues


# A quoted name followed, before any punctuation, by more words and a head (“一带一路”联合实验室).
_QUOTED_GOES_ON = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{SUFFIX_RE.pattern})")


def _modifies(text: str, end: int, st) -> bool:
    """Whether a strategy's name ending at `end` qualifies the noun after it (脱贫攻坚|任务, 新型城镇化|的发展要求,
    全域旅游|集散中心, 齐鲁样板|村) rather than naming the strategy as pursued."""
    if text.startswith("的", end):
        return True
    quoted = text.startswith("”", end)
    if quoted:
        end += 1            # “一带一路”国际技术转移中心: the quote closes the name, the noun after it is what it qualifies
    nxt = st.tag(text[end:end + 6])
    if not nxt:
        return False
    w, f = nxt[0]
    if quoted and w in _QUOTED_OWN:
        return False        # “千万工程”经验, “两重”项目, “两新”政策: the quoted programme's own experience, projects, policy
    return (f.startswith("n") and f != "nr" or f == "zg" or (f == "vn" and w == "工作")) and w not in _NAME_NOUNS


# Nouns after a strategy's name that still name it (完成脱贫攻坚任务: the campaign is done; 乡村振兴战略 is a tail).
_NAME_NOUNS = frozenset("战略 倡议 行动 工程 攻坚战 体系 任务".split())
_QUOTED_OWN = frozenset("经验 项目 政策 资金 工作".split())


_REASONS = {
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


def _judge(c: Candidate, n: str, il: InitiativeLexicon) -> str:
    """Why a pattern candidate must be dropped ("" = keep it)."""
    if n in il.stop:
        return "stoplisted"
    if n in il.concepts or any(norm(q) in il.concepts for q in re.findall(r"“([^”]+)”", c.name)):
        return "stoplisted"
    head = head_of(n)
    prefix = n[: len(n) - len(head)] if head else n
    if not prefix:
        return "too-short"
    if re.fullmatch(r"[\dA-Za-z]+", prefix) and "号线" in head:
        return ""
    if len(prefix) < 2 and not re.fullmatch(r"“[^”]+”[^“”]*", c.name):
        return "too-short"      # “电走廊”: one quoted character names it
    if c.suffix == "试点" and re.search(r"第[一二三四五六七八九十\d]+批", prefix):
        return "designation"    # 全国第五批…试点: a batch of pilots named is a list the place was put on
    pilot = c.suffix == "试点" and not _LEVEL_OWN.match(prefix) \
        and bool(_NATIONAL.match(prefix) or len(prefix) >= PILOT_MIN and _PILOT_OF.search(prefix))
    if c.suffix == "试点" and not pilot:
        return "generic"        # 国家产教融合试点, 长沙要素市场化配置改革试点, 跨境投融资便利化试点: a pilot being run; 村居升级试点 a local trial
    if c.suffix in NEEDS_PROPER and not c.proper and not pilot:
        return "generic"
    if c.suffix in NEEDS_QUOTE and "“" not in c.name:
        return "generic"
    if c.suffix in NEEDS_COUNT and not c.counted:
        return "generic"
    if c.suffix in ("快速通道", "通道", "大通道") and re.search(r"审批|核准|办理|受理|服务|绿色|办事", prefix):
        return "concept"        # 审批核准快速通道, 绿色通道: a procedure, not a road
    if c.suffix in ("高速", "高铁") and prefix in il.places:
        return "generic"        # 山东高速 (a company), 聊城高铁 (its station): a place is not a route
    if (c.type == STRATEGY or c.suffix == "工程") and "“" not in c.name and len(prefix) < 3 \
            and not (c.suffix in PLACE_HEADS and c.proper):      # 郑州都市圈: a city's name is enough
        return "too-short"
    if c.type == PROJECT and LEVEL_START.match(prefix):
        return "generic"
    if c.type == PROJECT and prefix.endswith("型") and not c.proper:
        return "generic"        # 劳动密集型产业园: a kind of park
    if c.suffix == "项目" and (len(prefix) < 4 and not (c.proper and PHASE.search(head)) or GENERIC_PROJECT_END.search(prefix)) \
            and not _FACILITY_WORKS.fullmatch(n):          # LNG项目三期: a phase makes a short name one project
        return "generic"
    if c.type == PROJECT and c.suffix in ("项目", "工程") and "“" not in c.name and GENERIC_OBJECT.match(prefix):
        return "generic"        # 水库大坝除险加固工程, 城市厨余垃圾处理项目: works on a kind of thing, not a named one
    if c.suffix in NEEDS_SETUP and not SETUP_VERBS.search(c.context.rstrip("“")) and not _SETUP_LIST.search(c.context):
        return "existing"       # 探索设立上合地方合作银行、上合产投联盟: set up now; 金融机构 named as actors are not
    if c.suffix in NEEDS_BUILDING and not BUILD_VERBS.search(c.context) and not c.built:
        return "existing"
    rest = prefix
    while rest:
        for k in range(min(len(rest), 4), 0, -1):
            if rest[:k] in il.modifiers:
                rest = rest[k:]
                break
        else:
            break
    if (not rest or rest in il.surface or norm(rest) in il.surface) and c.suffix != "攻势":
        return "generic"        # 省级乡村振兴示范区: a category named after a strategy (“双招双引”攻势 is a campaign of it)
    return ""


# What a pilot tries out when it is a programme of its own: a reform, an integration, an opening (跨境贸易便利化试点).
_PILOT_OF = re.compile(r"改革|创新|转型|便利化|一体化|市场化|数字化|国际化|开放|应用")
# A national pilot, also when a place is named first (兰州国家城市更新试点); a level's own (省级…试点) is a designation.
_NATIONAL = re.compile(r"(?:[\u4e00-\u9fff]{2,3}?(?:省|市|县|区)?)?(?:国家|全国)")
_LEVEL_OWN = re.compile(r"(?:省级|市级|县级|区级)")
PILOT_MIN = 6           # characters before 试点


# Areas that span regions (and partners abroad): an initiative named after one is keyed once, whoever cites it.
_CROSS_REGIONAL = ("巴蜀", "成渝", "川渝", "京津冀", "长三角", "珠三角", "粤港澳", "大湾区", "长江", "黄河", "珠江", "淮河",
                   "秦岭", "环渤海", "沿黄", "一带一路", "丝路", "东北亚", "几字弯", "北部湾", "海峡两岸", "东盟", "中欧",
                   "中亚", "上合", "中日韩", "中非", "中阿", "西部陆海新通道")


def owner_region(name: str, cited_in: str, lexicon: Lexicon) -> str:
    """The region an initiative found by the patterns belongs to ("" = keyed once, unqualified).

    A name that opens with one region's name (郑州都市圈, 济南科创城) is that region's, whichever
    document cites it; one named after an area that spans regions (黄河“几字弯”攻坚战, 成渝中线高铁)
    or after two regions (湘琼…产业园) is keyed once; 国务院's documents key theirs once; any
    other name (文化强省, 15个攻势) is the citing document's region's own."""
    if not cited_in or cited_in == NATION or any(w in name for w in _CROSS_REGIONAL):
        return ""
    found: list[str] = []
    i = 0
    while i < len(name) and len(found) < 3:
        for n in range(min(len(name) - i, 12), 1, -1):
            cands = lexicon.candidates(name[i:i + n])
            # A county's short name is often a word (东方红 is not 东方市): short names count for
            # provinces and prefectures, full names for any level.
            if not lexicon.is_full_name(name[i:i + n]):
                cands = [c for c in cands if c.level in ("province", "city")]
            if cands:
                info = cands[0] if len(cands) == 1 else lexicon.settle(name[i:i + n], [cited_in, cited_in.split("/")[0]])[0]
                found.append(info.key if info else "?")
                i += n
                break
        else:
            break       # places open a name: the first word that is not one ends them
    keys = [k for k in found if k != "?"]
    if len(keys) >= 2 and not all(keys[-1].startswith(k + "/") or k == keys[-1] for k in keys[:-1]):
        return ""       # two regions, not a region and its parent (湘琼…, 济南历城…)
    if keys and "?" not in found:
        return keys[-1]
    return cited_in


_SETUP_LIST = re.compile(rf"(?:{SETUP_WORDS})[^，。；]*、")


def _resolve_short(mentions: list[_Mention]) -> list[_Mention]:
    """A name that is the tail of exactly one longer name in the document is that name's alias."""
    longer = sorted({(norm(m.name), m.name) for m in mentions}, key=lambda x: -len(x[0]))
    out = []
    by_norm = {norm(m.name): m for m in mentions}
    for m in mentions:
        n = norm(m.surface)
        base = by_norm.get(n[:-2]) if n.endswith("项目") else None
        if base is not None and not m.known:
            m = _Mention(m.start, m.end, m.surface, base.name, base.type, base.known, base.region)   # X项目 = X
        elif not m.known and len(n) >= 3:
            owners = {name for ln, name in longer if len(ln) > len(n) and ln.endswith(n)}
            if len(owners) == 1:
                owner = owners.pop()
                ref = next(x for x in mentions if x.name == owner)
                m = _Mention(m.start, m.end, m.surface, owner, ref.type, ref.known, ref.region)
        out.append(m)
    return out


def _quoted_short(name: str) -> list[str]:
    """The quoted name of a programme written after its field (生物经济“双百工程”, 企业挂牌上市“玉如意计划”,
    集体经济“消薄培强”行动): the part from the quote on, which is how other sentences cite it."""
    q = name.find("“")
    if q <= 0 or name.count("“") != 1 or name.endswith("”") and len(name) - q <= 4:
        return []
    short = name[q:]
    if short.endswith("”"):
        short = short[1:-1]
    return [short] if len(norm(short)) >= 3 else []


def _entities(doc, view, idx, mentions, il, lexicon):
    """One entity per canonical name, with every surface form seen and every sentence as evidence."""
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.name].append(m)
    entities: list[Entity] = []
    refs: dict[str, tuple[str, str]] = {}
    for name, ms in by_name.items():
        first = ms[0]
        if first.known:
            k = il.known[name]
            key, label, props = name, k.type, ({"region": k.region} if k.type == PROJECT else {})
        else:
            label = first.type
            owner = owner_region(name, first.region, lexicon)
            key = f"{owner}/{name}" if owner else name
            props = {"region": owner} if label == PROJECT and owner else {}
        forms = [m.surface for m in ms] + [q for m in ms if not m.known for q in _quoted_short(m.surface)]
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        evidence = tuple(dict.fromkeys(doc.evidence(view, idx[m.start], idx[m.end - 1] + 1, sentence=True) for m in ms))
        entities.append(Entity(label, key, name, aliases, props, evidence))
        refs[name] = (label, key)
    return entities, refs


def _relations(doc, view, text, idx, mentions, refs, il) -> list[Relation]:
    """PART_OF: from the lexicon, counted bundles, names built on names, section headings, topic
    sentences (上合示范区，加快建设A、B), lead sentences (全面推进乡村振兴。then its 工程/行动/计划) and a
    place's zone named after a known strategy (鱼山乡村振兴示范区 → 乡村振兴)."""
    rels: dict[tuple, Relation] = {}
    first: dict[str, _Mention] = {}
    for m in mentions:
        first.setdefault(m.name, m)

    def ev(m: _Mention) -> Evidence:
        return doc.evidence(view, idx[m.start], idx[m.end - 1] + 1, sentence=True)

    def link(child: str, parent: str, evidence: Evidence) -> None:
        if child == parent or child not in refs or parent not in refs:
            return
        s, t = refs[child], refs[parent]
        if (s[0], t[0]) not in schema.REL_ENDPOINTS[schema.PART_OF]:
            return
        rels.setdefault((s, t), Relation(schema.PART_OF, s, t, {}, (evidence,)))

    # The lexicon's own PART_OF, when the document names both ends.
    for name in refs:
        if name in il.known:
            for parent in il.known[name].part_of:
                link(name, parent, ev(first[name]))
    nm = {name: norm(name) for name in refs}
    names = sorted(refs, key=lambda x: -len(nm[x]))
    for name in refs:
        n = nm[name]
        bundle = _BUNDLE.fullmatch(n)
        if bundle:
            head = bundle.group(2)
            if SUFFIX_RE.fullmatch(head) and SUFFIXES.get(head) == STRATEGY and head not in _GENERIC_HEADS:
                # 15个攻势 ← every 攻势; 三大攻坚战 ← every 攻坚战: one family of campaigns.
                for other in refs:
                    o = nm[other]
                    if o != n and o.endswith(head) and not _BUNDLE.fullmatch(o):
                        link(other, name, ev(first[other]))
            elif head_of(head) and SUFFIXES.get(head_of(head)) == STRATEGY:
                # 十大三年行动计划 ← the X三年行动计划; 四大行动 ← four X行动: only when the document names
                # exactly that many (a generic head names many other programmes too).
                family = [other for other in refs if nm[other] != n and nm[other].endswith(head)
                          and len(nm[other]) > len(head) + 1 and not _BUNDLE.fullmatch(nm[other])]
                if len(family) == _number(bundle.group(1)):
                    for other in family:
                        link(other, name, ev(first[other]))
            elif not SUFFIX_RE.fullmatch(head):
                # 五个济南 ← the five X济南 written together as one list (“五个中心”: nothing to list).
                for run in _lists(text, mentions, head):
                    if len(run) == _number(bundle.group(1)):
                        for m in run:
                            link(m.name, name, ev(m))
        # Names built on names: 山东新金融产业园二期 → 山东新金融产业园; a campaign that builds a
        # project contains it (国际航运贸易金融创新中心建设攻势 ⊃ 国际航运贸易金融创新中心).
        for base in names:
            b = nm[base]
            if len(b) >= 4 and len(b) < len(n) and n.startswith(b):
                if refs[name][0] == STRATEGY and refs[base][0] == PROJECT:
                    link(base, name, ev(first[name]))
                else:
                    link(name, base, ev(first[name]))
                break
        # A place's zone named after a known strategy (鱼山|乡村振兴|示范区, 省|一带一路|综合试验区) serves it:
        # a short place or level word before the strategy's name, a zone head after it.
        if name not in il.known:
            for base in names:
                if base in il.known and refs[base][0] == STRATEGY and len(nm[base]) >= 4:
                    at = n.find(nm[base], 1)
                    if 0 < at <= 4 and head_of(n[at + len(nm[base]):]) in _ZONE_HEADS:
                        link(name, base, ev(first[name]))
                        break
    # Section headings naming one project: what the section builds is part of it.
    for parent, start, end in _sections(text, mentions, refs):
        for m in mentions:
            if start <= m.start < end and m.name != parent and refs.get(m.name, ("",))[0] == PROJECT and not m.known:
                if first[m.name].start >= start:
                    link(m.name, parent, ev(m))
    # A sentence that opens with an initiative as its topic (上合示范区，加快建设…): what it lists is part of it.
    for parent, start, end in _topics(text, mentions):
        for m in mentions:
            if start <= m.start < end and m.name != parent and not m.known:
                link(m.name, parent, ev(m))
    # A lead sentence naming one initiative (全面推进乡村振兴。): the programmes its paragraph starts are part of it.
    # Only programmes (工程, 行动, 计划, a city programme) under a strategy that is not a programme itself.
    for parent, start, end in _leads(text, mentions):
        if refs[parent][0] != STRATEGY or _PROGRAMME.search(nm[parent]):
            continue
        for m in mentions:
            if start <= m.start < end and m.name != parent and not m.known and first[m.name].start >= start \
                    and refs[m.name][0] == STRATEGY and (_PROGRAMME.search(nm[m.name])
                                                         or nm[m.name][:2] in PROGRAMME_MODIFIERS):
                link(m.name, parent, ev(m))
    return list(rels.values())


_ZONE_HEADS = frozenset("示范区 试验区 先行区 先导区 综试区 合作区 片区 示范片区".split())
_PROGRAMME = re.compile(r"(?:工程|行动|计划)$")
_SENTENCE = re.compile(r"[^。！？；\n]+")
# A lead sentence: a short clause with no comma, a verb and an initiative (全面推进乡村振兴, 加快打造黄河绿色生态走廊).
LEAD_MAX = 16


def _topics(text: str, mentions) -> list[tuple[str, int, int]]:
    """(initiative, start, end) for each sentence whose first clause is just an initiative's name."""
    out = []
    for sm in _SENTENCE.finditer(text):
        s = sm.start() + len(re.match(r"[#\-\s（(一二三四五六七八九十）)、.\d]*", sm.group()).group())
        for m in mentions:
            if m.start == s and text[m.end:m.end + 1] in ("，", "：", ":"):
                out.append((m.name, m.end, sm.end()))
                break
    return out


def _leads(text: str, mentions) -> list[tuple[str, int, int]]:
    """(initiative, start, end): a lead sentence that names one initiative, and its paragraph (up to the
    next lead sentence, heading or line break)."""
    sents = list(_SENTENCE.finditer(text))
    out = []
    for k, sm in enumerate(sents):
        body = sm.group()
        if len(body) > LEAD_MAX or "，" in body or k + 1 >= len(sents):
            continue
        named = {m.name for m in mentions if sm.start() <= m.start and m.end <= sm.end()}
        if len(named) != 1:
            continue
        nl = text.find("\n", sm.end())
        end = len(text) if nl < 0 else nl
        for later in sents[k + 1:]:
            if later.start() >= end:
                break
            if (len(later.group()) <= LEAD_MAX and "，" not in later.group()) or _HEADING.match(text, later.start()):
                end = later.start()
                break
        out.append((named.pop(), sm.end(), end))
    return out


# Campaign heads too common to make every name ending in them a member of a counted bundle (四大行动).
_GENERIC_HEADS = frozenset("行动 工程 计划 战略 行动计划 专项行动 三年行动 攻坚行动 产业链".split())
_BUNDLE = re.compile(r"(\d+|[一二两三四五六七八九十]+)(?:个|大|项)(.+)")
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _DIGITS.get(s, 0)
    if s[0] == "十":
        return 10 + _DIGITS.get(s[1:], 0)
    return _DIGITS.get(s[0], 0) * 10 + (_DIGITS.get(s[2:], 0) if len(s) > 2 else 0)


def _lists(text: str, mentions: list, head: str) -> list[list]:
    """Runs of mentions ending in `head`, written one after the other with only 、 和 及 between."""
    ms = sorted((m for m in mentions if norm(m.name).endswith(head) and not _BUNDLE.fullmatch(norm(m.name))),
                key=lambda m: m.start)
    runs, cur = [], []
    for m in ms:
        if cur and text[cur[-1].end:m.start] not in ("、", "和", "及", "以及", "”“", "”、“"):
            runs.append(cur)
            cur = []
        cur.append(m)
    if cur:
        runs.append(cur)
    return [r for r in runs if len({m.name for m in r}) == len(r)]


_HEADING = re.compile(r"(?m)^[#\-\s]*[（(]([一二三四五六七八九十]+)[)）]")


def _sections(text: str, mentions, refs):
    """(project, start, end) for each numbered section whose heading names exactly one project."""
    heads = [m for m in _HEADING.finditer(text)]
    out = []
    for k, h in enumerate(heads):
        end_h = text.find("。", h.end())
        nl = text.find("\n", h.end())
        hend = min(x for x in (end_h, nl, len(text)) if x >= 0)
        named = {m.name for m in mentions if h.end() <= m.start < hend and refs.get(m.name, ("",))[0] == PROJECT}
        if len(named) == 1:
            nxt = heads[k + 1].start() if k + 1 < len(heads) else len(text)
            out.append((named.pop(), h.end(), nxt))
    return out
