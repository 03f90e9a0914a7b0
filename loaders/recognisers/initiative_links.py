"""The PART_OF links among the initiatives a document names, once loaders/recognisers/initiatives.py has found and keyed them."""
from __future__ import annotations

import re

from graph import schema
from graph.model import Evidence, Relation
from loaders.recognisers.initiative_lexicon import norm
from loaders.recognisers.initiative_visions import PROGRAMME_MODIFIERS
from loaders.recognisers.initiative_words import PURSUIT_WORDS, SUFFIX_RE, SUFFIXES, count_value, head_of

PROJECT, STRATEGY = schema.PROJECT, schema.STRATEGY


def part_of_relations(doc, view, text, idx, mentions, refs, il) -> list[Relation]:
    """PART_OF: from the lexicon, counted bundles, names built on names, section headings, topic
    sentences (上合示范区，加快建设A、B), lead sentences (全面推进乡村振兴。then its 工程/行动/计划) and a
    place's zone named after a known strategy (鱼山乡村振兴示范区 → 乡村振兴)."""
    rels: dict[tuple, Relation] = {}
    first: dict = {}
    for m in mentions:
        first.setdefault(m.name, m)

    def ev(m) -> Evidence:
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
                if len(family) == count_value(bundle.group(1)):
                    for other in family:
                        link(other, name, ev(first[other]))
            elif not SUFFIX_RE.fullmatch(head):
                # 五个济南 ← the five X济南 written together as one list (“五个中心”: nothing to list).
                for run in _lists(text, mentions, head):
                    if len(run) == count_value(bundle.group(1)):
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
_PURSUIT_OPENERS = tuple(PURSUIT_WORDS)


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
        inside = [m for m in mentions if sm.start() <= m.start and m.end <= sm.end()]
        named = {m.name for m in inside}
        if len(named) != 1 or inside[0].start == sm.start() and text.startswith(_PURSUIT_OPENERS, inside[0].end):
            continue        # (乡村振兴全面起势。: a summary of what was done, the strategy then its pursuit, leads no paragraph;
            #                 乡村振兴扎实推进。: the strategy then a verb of its work leads the programmes after it)
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
