"""Works named by places listed before one head written once (湘琼、粤琼、浙琼、琼港、深儋合作产业园落地生根; 乌东德、白鹤滩等
14座大中型水电站建成发电; 山阳、勉县等6个抽水蓄能项目核准建设; 确保…府谷、定边机场建成投运; 湘河、拉洛水利枢纽投入使用;
哈萨尔和东升路两个市民广场): each place has its own work, named by the place and the shared head with what qualifies it
(湘琼合作产业园, 府谷机场); the place as written is its alias. What closes the list (等, a count, a size class: 等14座大中型)
is no part of any name. The last place is one of them when 等 or a count closes the list; without either its name is
whole and found from its head.

An item is a place as jieba reads it (a place's or a person's name, an abbreviation cut into single characters, a word
jieba hardly knows), two to four characters; the first starts after the sentence's verb (有序推动|金上). The clause must
say the works are built (建设, 建成, 落地, 核准, 投入使用…): existing ones improved (提升杭州、宁波、温州机场枢纽能级),
protected or won (福州、厦门、泉州入选…) name none, nor does a counted bundle (济南、青岛…4大机器人产业基地) or a level's
kind (庆阳、张掖、天水3个省级区域医疗中心).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import (
    CJK, FUNCTION_CHARS, LEAD_VERBS, PHASE, PROJECT, SUFFIXES, Candidate, Tagger, items_before)

# The heads of works a list of places shares (a zone's heads are initiative_lists' _SHARED_ZONE).
_HEADS = "产业园|物流园|基地|枢纽|机场|电站|水库|通道|广场|项目|码头|港区"
_COUNT = r"(?:\d+|[一二两三四五六七八九十]+)[个座条处]"
_SIZE = r"(?:大中型|大型|中小型)"
# After 、 or 和: the last item (with the qualifier when nothing closes the list), 等, a count, a size class, the
# qualifier, the head; not a longer word (…产业园区, …基地城).
_CHAR = r"(?:(?![和及与等])[\u4e00-\u9fff])"
_QUAL = rf"((?:(?!{_COUNT}){_CHAR}){{0,6}}?)"      # (no count inside: 东升路|两个|市民广场)
_LAST = re.compile(rf"([、和])({_CHAR}{{2,10}}?)(等)?({_COUNT})?{_SIZE}?{_QUAL}({_HEADS})"
                   r"(?![\u4e00-\u9fff]?[区园城])")
# One place closed by 等 (建成江阴靖江等过江通道).
_ONE = re.compile(rf"(?<![、和])等({_COUNT})?{_SIZE}?{_QUAL}({_HEADS})(?![\u4e00-\u9fff]?[区园城])")
_BUILT = re.compile(r"建设|建成|建好|新建|续建|开工|竣工|完工|投入使用|投用|投运|投产|落地|核准|进展顺利")
_LEVEL = re.compile(r"国家|省级|市级|县级|区域|重点|一批")
CLAUSE = re.compile(r"[。；！？\n，：:;!?,]")
RARE = 10               # jieba's frequency under which a common noun of a list item reads as a place's name (团结村, not 服务中心)
COMMON = 3000           # an item jieba knows this well is a common word (粮食), not a place's name


def _placeish(tok: tuple[str, str], tg: Tagger, strict: bool = False) -> bool:
    """strict, for the words before the first item: a single character jieba reads as a verb is the sentence's (建|…)."""
    w, f = tok
    if len(w) == 1:
        return bool(CJK.match(w)) and f[:1] not in ("pcudrmq" + ("v" if strict else ""))
    return f.startswith(("ns", "nr", "nz", "j")) or tg.freq(w) < RARE


def _item(raw: str, tg: Tagger, first: bool) -> str:
    """The place an item is ("" if none). The first follows the sentence's verb (有序推动|金上, 建成|江阴靖江) or the area it
    lies in (未来科学城|南口); after any other word it is the end of a longer name (三一重能|风电整机, 大吉|煤层气田), after
    至 a route's end (庆云至|章丘)."""
    toks = tg.tag(raw)
    if first:
        keep = []
        while toks and _placeish(toks[-1], tg, strict=True) and toks[-1][0] not in LEAD_VERBS \
                and sum(len(w) for w, _f in keep) + len(toks[-1][0]) <= 4:
            keep.insert(0, toks.pop())
        while keep and keep[0][0] in FUNCTION_CHARS:
            toks.append(keep.pop(0))
        if toks and (toks[-1][0] in _ROUTE_JOINS or not (
                toks[-1][0] in LEAD_VERBS or toks[-1][0] in FUNCTION_CHARS or toks[-1][1][:1] in "vpcdua"
                or len(toks[-1][0]) > 2 and toks[-1][0][-1] in "城区")):
            return ""
        toks = keep
    name = "".join(w for w, _f in toks)
    if not 2 <= len(name) <= 4 or not all(_placeish(t, tg) for t in toks) or name in LEAD_VERBS \
            or name[0] in FUNCTION_CHARS or tg.freq(name) >= COMMON or _HEADED.search(name):
        return ""
    return name


_ROUTE_JOINS = frozenset("至 到 经".split())
_HEADED = re.compile(r"(?:%s|%s|街)$" % ("|".join(w for w in SUFFIXES if len(w) > 1), _HEADS))     # 时代广场、伊士丹购物广场: each item a name of its own


def _split_last(rest: str, head: str, tg: Tagger, lengths: set[int]) -> tuple[str, str]:
    """The last place and the qualifier of the head, where nothing closes the list (深儋|合作, 马池口|国重): the place ends
    at one of jieba's word boundaries (read with the head), best where a word of the qualifier or the head starts
    (白鹤|滩|水电站: 白鹤滩) and as long as another item (南京北站、苏州北站|综合枢纽), else the first after two characters."""
    pos, bounds = 0, []
    toks = tg.tag(rest + head)
    for k, (w, _f) in enumerate(toks):
        pos += len(w)
        if 2 <= pos <= min(4, len(rest)):
            bounds.append((pos, k + 1 < len(toks) and len(toks[k + 1][0]) > 1))
    ranked = sorted(bounds, key=lambda b: (not (b[1] and b[0] in lengths), not b[1], b[0] not in lengths, b[0]))
    pos = next((b for b, _w in ranked if _item(rest[:b], tg, first=False)), 0)    # (格尔木东、海南|清洁能源基地)
    return rest[:pos], rest[pos:]


def _earlier(text: str, end: int, tg: Tagger) -> list[tuple[int, str]]:
    """The places listed before text[end] (a 、), in order, or [] if one is no place."""
    items: list[tuple[int, str]] = []
    for s, e, is_first in items_before(text, end):
        joined = "和" in text[s:e]
        if joined:       # 西安东站和|府谷、定边机场: the list opens after 和
            s = text.rindex("和", s, e) + 1
        place = _item(text[s:e], tg, first=is_first and not joined)
        if not place or (joined or not is_first) and place != text[s:e]:
            return []
        items.insert(0, (e - len(place), place))
        if is_first or joined:
            break
    return items


def shared_place_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out: list[Candidate] = []
    matches = [(m, m.start(2), m.group(1)) for m in _LAST.finditer(text)] + [(m, m.start(), "") for m in _ONE.finditer(text)]
    for m, last_start, sep in matches:
        closed = m.group(3) or m.group(4) if sep else True
        head = m.group(6) if sep else m.group(3)
        qual = m.group(5) if sep else m.group(2)
        cs = last_start
        while cs > 0 and not CLAUSE.match(text[cs - 1]):
            cs -= 1
        ce = m.end()
        while ce < len(text) and not CLAUSE.match(text[ce]):
            ce += 1
        if not _BUILT.search(text, cs, ce) or _LEVEL.search(qual) or PHASE.match(text, m.end()):
            continue        # (美兰机场二期: the head goes on, the name is whole)
        if sep == "和":
            first = _item(text[cs:m.start(1)], tg, first=True)
            items = [(m.start(1) - len(first), first)] if first and "、" not in text[cs:m.start(1)] else []
        elif sep:
            items = _earlier(text, m.start(1), tg)
        else:
            place = _item(text[cs:m.start()], tg, first=True)
            items = [(m.start() - len(place), place)] if place and "、" not in text[cs:m.start()] else []
        if not items:
            continue
        if sep:
            last = m.group(2)
            if not closed:
                last, qual = _split_last(m.group(2) + m.group(5), head, tg, {len(p) for _s, p in items})
            if not last or not _item(last, tg, first=False) or len(qual) > 6:
                continue
            if closed:
                items.append((m.start(2), last))
        if head == "项目" and (not qual or not all(all(f.startswith("ns") for _w, f in tg.tag(p)) for _s, p in items)):
            continue        # 服务中心、游廊等配套项目: works of a kind; 山阳、勉县等6个抽水蓄能项目: places' plants
        shared = qual + head
        for start, place in items:
            out.append(Candidate(start, start + len(place), place, SUFFIXES.get(head, PROJECT), proper=True, suffix=head,
                                 full=place + shared, built=True))
    return out
