"""Routes listed before one head (黄桶至百色、合浦至湛江等7个铁路项目; 邵永、铜吉…等6条高铁): each item is one route,
named by the item and the head written once."""
from __future__ import annotations

import re

from loaders.reading.text import sentence_around
from loaders.recognisers.initiative_words import LEAD_RE, LEAD_VERBS, PROJECT, Candidate, Tagger, free_start, items_before


# Routes listed with their head written once after 等 (续建黄桶至百色、合浦至湛江等7个铁路项目; 推进防城港30万吨级、
# 南宁至贵港一级等航道建设): each item is one route, named by the item and the head. Only items shaped as routes
# count: A至B, or a port and its class (防城港30万吨级); a list of kinds (货运、客运等铁路) names none.
# (the count may stand for 等: 陆良至弥勒、罗平至广西西林…7条高等级公路等)
_ELIDED_LIST = re.compile(r"((?:[^，。；：、“”]{2,20}、)*[^，。；：、“”]{2,20}?)(?:等(?:[\d一二三四五六七八九十]+[个条项])?|"
                          r"[\d一二三四五六七八九十]+[条项])"
                          r"(高等级公路|高速公路|高速|高铁|铁路|航道|特高压工程)(?=项目|建设|工程|等[，。；]|(?<=工程)[，。；]|(?<=等..)[，。；]|(?<=等...)[，。；]|(?<=等....)[，。；])")
# (a list closed by 等 and the head ending its clause names the routes too: 开工大村至遵义、纳雍至六盘水等铁路，)
# (a section of the route in brackets goes after the head: 贵阳至北海（南宁至北海段） → 贵阳至北海高速公路（南宁至北海段）)
_ROUTE_ITEM = re.compile(r"([\u4e00-\u9fff]{2,5}至[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}?(?:\d+万吨级|[一二三四]级))"
                         r"(（[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段）)?")


def ends_section(section: str, tg: Tagger) -> bool:
    """Whether the two characters before 段 after a route's head are its section's two ends, each cut to one character
    (兰张铁路中武段: 中川 to 武威; 郑万高铁郑襄段), as sections are named: two characters the tokenizer knows as no word
    (not 危险|段, 全线|段, 沿线|段)."""
    toks = tg.tag(section)
    return len(section) == 2 and len(toks) == 2 and all(f[:1] not in "mpcudr" for _w, f in toks)


# The work done to one route, opening its item (开工周至至乾县、改扩建|西安至永寿等高速公路): the route starts after it.
_ITEM_WORK = re.compile(r"改扩建|扩容改造|扩建|改建|新建|续建")


def _items(text: str, pos: int, listed: str):
    """Each item of a list of routes written from text[pos], 、 between items: (i, start, end), the sentence's verb
    opening the first left out (续建|黄桶至百色, 加快|邵永), and the work done to a later one (改扩建|西安至永寿)."""
    for i, raw in enumerate(listed.split("、")):
        start, end = pos, pos + len(raw)
        pos = end + 1
        lead = LEAD_RE.match(text, start, end) if i == 0 else _ITEM_WORK.match(text, start, end)
        yield i, lead.end() if lead and lead.end() + (0 if i == 0 else 2) < end else start, end


def elided_route_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _ELIDED_LIST.finditer(text):
        if "、" not in m.group(1) and not text.startswith("等", m.end(1)):
            continue        # a count alone closes a list only after two items or more
        routes, others = 0, []
        for i, start, end in _items(text, m.start(1), m.group(1)):
            item = _ROUTE_ITEM.fullmatch(text, start, end)
            if item and (i > 0 or free_start(text, start, tg)):
                routes += 1
                out.append(Candidate(start, end, item.group(), PROJECT, proper=True, suffix=m.group(2),
                                     full=item.group(1) + m.group(2) + (item.group(2) or "")))
            elif i > 0:
                others.append((start, end))
        # 普立至宣威、曲靖至宣威、…、曲靖东南过境等高速公路: among routes, an item opening with a place is a route too
        for start, end in others if routes >= ROUTES_AMONG else []:
            toks = tg.tag(text[start:end])
            if 3 <= end - start <= 10 and toks and toks[0][1].startswith("ns") and len(toks[0][0]) >= 2 \
                    and not any(w in LEAD_VERBS for w, _f in toks):
                out.append(Candidate(start, end, text[start:end], PROJECT, proper=True, suffix=m.group(2),
                                     full=text[start:end] + m.group(2)))
    return out


ROUTES_AMONG = 2        # routes shaped A至B in a list that make its other place-led items routes too


# Routes written by their short names, listed before 等 and a count of lines or the head alone (加快邵永、铜吉、长赣…等6条高铁;
# 桑龙、城龙、醴娄等7条高速公路建成通车; 推进北沿江、通苏嘉甬等高铁建设; 哈肇、绥大等高速公路建成通车): each item is one route, named by the item and the head (a highway's short name takes 高速: 桑龙高速),
# when the sentence builds or opens them. An item is a short name when jieba reads it as single characters or a place
# (邵|永, 永清|广), not a word of its own (货运, 城际, 沿江) or a verb (出|疆: a kind of line); items that are not (京港澳和沪昆扩容)
# are left.
_SHORT_ROUTES = re.compile(r"((?:[^，。；：、“”\s]{2,12}、)+[^，。；：、“”\s]{2,6}?)等(?:([\d一二三四五六七八九十]+)条)?"
                           r"(高速公路|高速|高铁|城际铁路|铁路)(?![\u4e00-\u9fff]{0,2}(?:网|服务区|出入口|沿线|通道|连接线|支线|联络线))")
_ROUTES_WORKED = re.compile(r"建设|建成|通车|开通|开工|续建|新建|贯通|竣工|加快|推进")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_SHORT_HEAD = {"高速公路": "高速"}


def _short_name(item: str, tg: Tagger) -> bool:
    # (a city's own name, 广州、深圳等4条城际铁路, names where the lines run, not a line: jieba reads it as one place word)
    # (three or more characters each a word alone, 通|苏|嘉|甬, are the abbreviations of the cities a line joins, whatever
    # each means alone; of two, 出|疆, a verb makes a kind of line)
    return bool(_SHORT_NAME.fullmatch(item)) and item not in LEAD_VERBS and not (
        len(tags := tg.tag(item)) == 1 and tags[0][1].startswith("ns")) and (all(len(w) == 1 for w, _f in tags) and len(tags) >= 3 or all(
        f.startswith(("ns", "nr", "j")) if len(w) > 1 else f != "v" for w, f in tags))


def short_route_candidates(text: str, tg: Tagger) -> list[Candidate]:
    out = []
    for m in _SHORT_ROUTES.finditer(text):
        if not _ROUTES_WORKED.search(text, *sentence_around(text, m.start(), m.end())):
            continue
        head = m.group(3)
        for i, start, end in _items(text, m.start(1), m.group(1)):
            if not (i > 0 or free_start(text, start, tg)):
                continue
            if _short_name(text[start:end], tg):
                out.append(Candidate(start, end, text[start:end], PROJECT, proper=True, suffix=head,
                                     full=text[start:end] + _SHORT_HEAD.get(head, head)))
            elif "至" in text[start:end] and _ROUTE_ITEM.fullmatch(text, start, end):     # 岚皋至陕渝界: a route A至B
                out.append(Candidate(start, end, text[start:end], PROJECT, proper=True, suffix=head, full=text[start:end] + head))
    return out


# Route lists write the head once: 加快济郑、济莱高铁建设; 推进济南至济宁、莱芜至临沂高铁.
ELIDED_HEADS = frozenset("高铁 高速 高速公路 铁路".split())
_ROUTE = re.compile(r"[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{2,3}至[\u4e00-\u9fff]{2,3}")


def elided_before(text: str, c: Candidate) -> list[Candidate]:
    """The routes listed before c that share its head (济郑|、|济莱高铁 → 济郑高铁)."""
    own = text[c.start:c.end - len(c.suffix)]
    if text[c.start - 1:c.start] != "、" or not _ROUTE.fullmatch(own):
        return []
    out = []
    for start, end, _first in items_before(text, c.start - 1):
        item = text[start:end]
        lead = LEAD_RE.match(item)
        if lead:
            item, start = item[lead.end():], start + lead.end()
        if not _ROUTE.fullmatch(item) or ("至" in item) != ("至" in own):
            break
        out.append(Candidate(start, end, item, PROJECT, suffix=c.suffix, full=item + c.suffix))
    return out
