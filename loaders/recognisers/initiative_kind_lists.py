"""Programmes listed before a head that says what kind they all are: each item names one, by the item and the head.

A report lists programmes of one kind by what each works on and writes their head once, after 等, with the kind before
it: the state's ecological programmes (继续实施天然林保护、防沙治沙、石漠化治理等重点生态工程 → 防沙治沙工程, 石漠化治理工程),
the national pilots a province runs (海绵城市、完整社区等国家试点 → 海绵城市试点), the economic corridors of the Belt and
Road named by their partners (构建中巴、孟中印缅等经济走廊 → 中巴经济走廊). The kind word is what makes each item a
programme however short it is (防沙治沙, 海绵城市): a head without it (…等工程, …等试点) is read by the lists that share a
head (initiative_lists), which need longer items because a bare 等工程 closes lists of chores as well. The name is the item
and the head without its kind word (the programme is 防沙治沙工程, not 防沙治沙重点生态工程); the item as written is an alias.
Corridors are also written with the head on the last item only (推进孟中印缅、中巴经济走廊建设): the items before it are
corridors too, the last one is found by its own head.

Only a list whose head ends a word names programmes (…等国家试点成效明显, …等重点生态工程。); a head jieba reads into a
longer word (…等生态工程建设资金: 工程建设) qualifies another thing.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_specials import field_items
from loaders.recognisers.initiative_words import PROJECT, PUNCT, STRATEGY, SUFFIX_RE, Candidate, Tagger, head_of

# group 4: the kind and head (重点生态工程), group 5: the head the name takes (工程)
_KIND_LIST = re.compile(r"((?:[^，。；：、“”（）()\n等]{2,16}、)+)([^，。；：、“”（）()\n等]{2,16}?)(等)"
                        r"((?:重点|重大)?生态(工程)|国家(试点)|经济(走廊))")
# (corridors named by partners' short names, the head written on the last: 孟中印缅、中巴经济走廊)
_CORRIDORS = re.compile(r"(?:^|[，。；：\n]|推进|参与|构建|共建|建设|打造|加快|融入)((?:[\u4e00-\u9fff]{2,4}、)+)([\u4e00-\u9fff]{2,4}?)()(经济走廊)")
ITEM_MAX = 14           # characters: 水体污染控制与治理 is a long field


def _ends_word(text: str, start: int, end: int, tg: Tagger) -> bool:
    """Whether jieba, reading from the head's `start` on, ends a word at its `end`."""
    pos = start
    for w, _f in tg.tag(text[start:end + 4]):
        pos += len(w)
        if pos >= end:
            return pos == end
    return True


def kind_list_candidates(text: str, tg: Tagger) -> list[Candidate]:
    """天然林保护、防沙治沙…等重点生态工程, 海绵城市、完整社区等国家试点, 中巴、孟中印缅等经济走廊: each item one programme."""
    out = []
    for m in list(_KIND_LIST.finditer(text)) + list(_CORRIDORS.finditer(text)):
        if not _ends_word(text, m.start(4), m.end(4), tg):
            continue        # …等生态工程建设资金: the items are the fields of the works' money
        head = next((g for g in m.groups()[4:] if g), m.group(4))     # (the corridors: 经济走廊 itself)
        kind, name_head = (PROJECT, "经济走廊") if head.endswith("走廊") else (STRATEGY, head)
        if m.group(3):
            items = field_items(text, m, tg)
        else:                       # 推进|孟中印缅、|中巴经济走廊: the last item carries the head and is found by it
            items, pos = [], m.start(1)
            for raw in m.group(1).split("、")[:-1]:
                items.append((pos, raw))
                pos += len(raw) + 1
        for start, raw in items:
            toks = tg.tag(raw)
            if not 2 <= len(raw) <= ITEM_MAX or any(p in PUNCT for p in raw) or head_of(raw) \
                    or not any(f[:1] in "nlijv" for _w, f in toks):
                continue    # 青藏铁路: an item that ends on a head is a work of its own, found by it (湿地恢复 is not)
            out.append(Candidate(start, start + len(raw), raw, kind, proper=True, suffix=SUFFIX_RE.search(name_head).group(),
                                 full=raw + name_head, national=head == "试点"))
    return out
