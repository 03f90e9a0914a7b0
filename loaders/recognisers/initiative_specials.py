"""Major special projects (重大专项) listed before their head written once: each item names one, by its field.

The national reports list the state's major special projects of science and industry by the field each one works on
and write the head once, after 等 (组织实施大型飞机、水体污染控制与治理、大型油气田及煤层气开发等国家重大专项; 继续实施新型
显示器、宽带通信与网络、生物医药等一批重大高技术产业化专项; 集成电路芯片设计开发、…、高档数控机床研制等重大科技专项).
A 专项 is named by its field and nothing else, so every item is one programme (a Strategy), named by the item and the head
(大型飞机国家重大专项). The item alone is no alias: a field (人工智能, 新材料) is written of
anything else everywhere, and an alias is matched wherever it is written. Only the heads of state-run specials count
(…重大专项, 重大科技专项, …产业化专项): a 专项 of anything else (专项债券, 专项资金, 专项整治) is money or a campaign, read
elsewhere. A list that names fields (…等关键领域实施…专项) does not close on the head and is left.

The list names programmes only when it ends at 专项 itself: the sentence goes on with a mark (…等国家重大专项。), a word
of grammar (…专项的组织实施, …专项中, …专项陆续启动) or a verb of what became of them (…专项取得重要进展). A word after it
that jieba reads with it (专项资金, 专项规划, 专项行动, 专项斗争) or any other word (专项|整治行动, 专项|工作, 专项|治理)
makes 专项 the modifier of another thing: money, a plan, a campaign; the items are its fields (农村危房改造、…等重大专项资金,
道路交通、…等重大专项整治行动).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import LEAD_RE, LEAD_VERBS, PUNCT, STRATEGY, SUFFIX_RE, Candidate, Tagger, clause_bounds

# (the items are 、-separated; 和, 与, 及 join words inside one: 大型油气田及煤层气开发, 宽带通信与网络)
_SPECIALS = re.compile(r"((?:[^，。；：、“”（）()\n等]{2,16}、)+)([^，。；：、“”（）()\n等]{2,16}?)(等)"
                       r"(?:一批|[\d一二三四五六七八九十]+[个项])?"
                       r"((?:国家|省级?)?(?:科技)?重大(?:科技|高技术产业化|高新技术产业化)?专项|(?:高新技术|高技术)产业化(?:重大)?专项)")
ITEM_MAX = 14           # characters: a field is a few words (高档数控机床研制)
# What may follow the head of a list of programmes: jieba's words of grammar (的, 中, 和, 陆续, 已…) and the verbs that tell
# what became of the programmes.
_GRAMMAR = ("u", "f", "d", "p", "c")
_FATE = frozenset("实施 启动 推进 取得 获得 实现 完成 通过 进展 落地 加快".split())


def _ends_at_head(text: str, m: re.Match, tg: Tagger) -> bool:
    """Whether the list's sentence goes on after the head as after a programme's name (see the module's docstring)."""
    head, end = m.group(4), m.end(4)
    if end >= len(text) or text[end] in PUNCT:
        return True
    rest = re.match(r"[^，。；：、“”（）()\n]{0,8}", text[end:]).group()
    pos, toks = 0, tg.tag(head + rest)
    for k, (w, f) in enumerate(toks):
        pos += len(w)
        if pos > len(head):
            return False            # 专项资金, 专项规划: jieba's one word runs past the head
        if pos == len(head):
            return k + 1 < len(toks) and (toks[k + 1][1].startswith(_GRAMMAR) or toks[k + 1][0] in _FATE)
    return False


def field_items(text: str, m: re.Match, tg: Tagger) -> list[tuple[int, str]]:
    """The items of the list, the first one after the verb that opens it (组织实施|大型飞机; 继续实施|新型显示器). A verb
    right before another verb, or last, is the item's own work (集成电路芯片设计开发, 高档数控机床研制)."""
    items, pos = [], m.start(1)
    for raw in m.group(1).split("、")[:-1] + [m.group(2)]:
        items.append((pos, raw))
        pos += len(raw) + 1
    cs, _ = clause_bounds(text, m.start(1))
    first_end = m.start(1) + len(items[0][1])
    toks = tg.tag(text[cs:first_end])
    start = pos = cs
    for i, (w, f) in enumerate(toks):
        pos += len(w)
        verb = f.startswith("v") or w in LEAD_VERBS
        if i + 1 < len(toks) and (verb and not toks[i + 1][1].startswith("v") or f in ("d", "ad", "p")):
            start = pos
    lead = LEAD_RE.match(text, start, first_end)      # 继续抓好|信息网络: jieba's one word for the sentence's verbs
    start = lead.end() if lead and first_end - lead.end() >= 2 else start
    items[0] = (start, text[start:first_end])
    last = items[-1][1].split("和")     # …、新材料和中药现代化等: 和 joins the last two items of a list
    if len(last) == 2 and len(items) > 1 and all(len(x) >= 2 for x in last):
        items[-1:] = [(items[-1][0], last[0]), (items[-1][0] + len(last[0]) + 1, last[1])]
    return items


def special_project_candidates(text: str, tg: Tagger) -> list[Candidate]:
    """大型飞机、水体污染控制与治理…等国家重大专项: each item one special project, named by the item and the head."""
    out = []
    for m in _SPECIALS.finditer(text):
        head = m.group(4)
        if not _ends_at_head(text, m, tg):
            continue        # …等重大专项资金, …等重大专项整治行动: the items are the fields of money or a campaign
        for start, raw in field_items(text, m, tg):
            toks = tg.tag(raw)
            if not 2 <= len(raw) <= ITEM_MAX or any(p in PUNCT for p in raw) or SUFFIX_RE.search(raw[-4:]) \
                    or not any(f[:1] in "nlijv" for _w, f in toks):
                continue        # 载人航天与探月工程: an item that is a programme of its own is found by its own head
            out.append(Candidate(start, start + len(raw), raw + head, STRATEGY, proper=True, suffix=head, full=raw + head))
    return out
