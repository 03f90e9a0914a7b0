"""A programme named after a list of single words that share it: 蓝天、碧水、净土提升攻坚战, 宅基地所有权、资格权、使用权分置改革.

Reports name one programme for several objects by listing the objects before its head, 、 between them: …、…、净土提升攻坚战
is one campaign for the sky, the water and the soil, 人才、技术、数据要素市场化配置改革试点 one pilot for three factors. Each
item is a noun of two to four characters (one or two of jieba's words, all nouns; it reads 蓝天 and 碧水 as given names),
no name of its own (no head, no place: 祁连山、若尔盖国家公园 are two parks, initiative_regional; 科教兴省、人才强省、
创新驱动发展战略 three strategies). The name starts at the first item, after the clause's verbs, and the list is part of it;
only where the name as cut is one already (交通、水利、能源重大工程: 能源重大工程 is a kind, so is the list's).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_checks import judge
from loaders.recognisers.initiative_lexicon import norm
from loaders.recognisers.initiative_words import CLAUSE_END, LEAD_RE, LEAD_VERBS, STRATEGY, Candidate, Tagger, head_of

MAX_ITEMS = 5
FIRST_MAX = 6
_NOUNS = ("n", "nz", "nr")       # jieba's flags of a noun (消防, 资格|权, 蓝天); ns and nt name a place or a body, and an
#                                  action (vn: 景区强基焕新、民宿品质提升行动) makes each item a campaign of its own


def _one_noun(raw: str, tg: Tagger, most: int = 4) -> bool:
    toks = tg.tag(raw)
    return 2 <= len(raw) <= most and len(toks) <= most // 2 and all(f in _NOUNS for _w, f in toks) and not head_of(raw)


def listed_objects_start(text: str, c: Candidate, tg: Tagger) -> None:
    """Move a programme's name that opens right after 、 back to the first of the single nouns listed before it."""
    if c.type != STRATEGY or c.start < 3 or text[c.start - 1] != "、" or "、" in c.name or c.name[:1] in "“\"" \
            or c.name.endswith("战略") or c.major:
        return                  # (招商引资、产业兴镇战略: strategies listed are each named by its slogan; 智能制造、绿色制造等
        #                         重大工程: each item one of the major programmes)
    first = tg.tag(c.name)
    if not first or not _one_noun(first[0][0], tg) or judge(c, norm(c.full or c.name), tg.il):
        return                  # the last item, the name's first word, is a noun too; the name as cut must stand
    if re.search("[和及与]", c.name):
        return                  # 航空航天、信息、新材料和生物工程: a list going on inside the name lists fields, no shared name
    items, pos = [], c.start - 1
    while pos > 0 and text[pos] == "、" and len(items) < MAX_ITEMS:
        s = pos
        while s > 0 and not CLAUSE_END.match(text[s - 1]) and text[s - 1] not in "“”":
            s -= 1
        items.append((s, pos))
        pos = s - 1
    if pos > 0 and text[pos] == "、" or text[pos:pos + 1] in "“”" and pos > 0:
        return                  # a longer list, or a quoted one: not this
    s, e = items[-1]
    lead = LEAD_RE.match(text, s, e)
    s = lead.end() if lead else s   # 深入打好|蓝天、…: the clause's verbs open no item
    toks = tg.tag(text[s:e])
    while len(toks) > 1 and (toks[0][0] in LEAD_VERBS or toks[0][1][:1] in "vdc"):
        s += len(toks[0][0])
        toks = toks[1:]
    if not (_one_noun(text[s:e], tg, FIRST_MAX) and all(_one_noun(text[a:b], tg) for a, b in items[:-1])):
        return                  # (the first item may say what they all are: 宅基地所有权、资格权、使用权…)
    c.start, c.name = s, text[s:c.end]
