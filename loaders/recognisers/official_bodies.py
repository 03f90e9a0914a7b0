"""Names written around the body whose post their title is: 省委王某某书记 (the body, the name, the title),
张盈军区政府党组成员 (the name, the body, the title), 州水利局张建荣局长 (a bureau, its head's name, the head's title),
and the posts a body's name gives the titles after it (市政协党组书记、主席). Read for officials.py.
"""
from __future__ import annotations

import re

from loaders.reading.text import is_cjk
from loaders.recognisers.gazetteer import NATION
from loaders.recognisers.lexicon import Lexicon
from loaders.recognisers.official_names import _BODY_LEVELS, _STRONG_FOLLOWERS, NATIONAL_BODY, Title, name_problem

# The bodies a name may stand between and its title (省委王某某书记, 市政府李某某市长).
_BODIES_BEFORE_NAME = ("自治区党委", "自治区政协", "自治区人大", "省委", "市委", "县委", "区委", "旗委", "州委", "盟委", "镇党委", "乡党委", "党工委", "党委",
                       "省人大", "市人大", "县人大", "区人大", "人大", "省政协", "市政协", "县政协", "区政协", "政协",
                       "省政府", "市政府", "县政府", "区政府", "政府",
                       "我委", "我局", "我厅", "我办", "我院")     # a body naming itself in its own news (我委王斌副主任)


def _body_ending(text: str, at: int) -> str:
    """The body of _BODIES_BEFORE_NAME that text[:at] ends with (the first listed, so 自治区党委 before 党委), or ""."""
    return next((b for b in _BODIES_BEFORE_NAME if text.endswith(b, 0, at)), "")


# A region's bureau between a name and its post, as a group's members are listed (陈静市环保局局长; 王得明市委组织部副部长).
REGION_BUREAU = r"[省市州县区旗盟][\u4e00-\u9fff]{1,10}?(?:局|厅|委|办|部|室)"
_BUREAU_AFTER_NAME = re.compile(REGION_BUREAU + "$")


# A bureau of a region named before its head's name and title (州水利局张建荣局长, 县发改委王伟主任): the
# title is the bureau's head's.
# (an office's room or a centre too, headed by its 主任: 县政府办督查室张燕新主任, 区住房保障服务中心李志刚主任)
_BUREAU_BEFORE = re.compile(r"(?:^|[，,。；;：:、\s由])(?P<b>[省市州县区旗盟][\u4e00-\u9fff]{1,8}(?:局|厅|委|办|室|中心))$")
_BUREAU_HEADS = {"局": ("局长",), "厅": ("厅长",), "委": ("主任", "书记"), "办": ("主任",), "室": ("主任",), "心": ("主任",)}


# The second of two titled names joined (高庆丰书记和项敏市长多次作出批示): the pair is the subject, whatever verb follows.
_PAIRED = re.compile(r"(?:书记|[省市县区州旗镇乡]长|主任|主席)(?:和|与|及|、)[\u4e00-\u9fff]{2,3}$")


# Function words around a name written before its title (学习了石泰峰书记在…, 由张建国市长主持).
_WEAK_BEFORE = set("了和与及由在对向同请将把被让给跟是为、，,。；;：:")
_WEAK_AFTER = set("在的对就向与和")


def _name_before(text: str, start: int, title_end: int, bodied: bool = False) -> tuple[str, str]:
    """赵豪志市长指出: a name right before a title, itself after a clause boundary; or after a
    body whose title it completes (省委王某某书记). Returns the name and that body ("" when none)."""
    after = text[title_end:title_end + 6]
    strong = title_end >= len(text) or not is_cjk(after[:1]) or after.startswith(_STRONG_FOLLOWERS) \
        or bool(_PAIRED.search(text, max(0, start - 10), start))
    if not (strong or after[:1] in _WEAK_AFTER):
        return "", ""
    # 张盈军区政府党组成员牵头…: a name, then the body whose post the title is, at a clause's start
    body = _body_ending(text, start) if strong else ""
    if strong and not body and (bureau := _BUREAU_AFTER_NAME.search(text, max(0, start - 12), start)
                                or NATIONAL_BODY.search(text, max(0, start - 16), start)):
        body = bureau.group()       # 陈静市环保局局长, 李国英水利部部长: a name, a region's or the state's body, its post
    for n in (3, 2) if body else ():
        named = start - len(body) - n
        if n == 3 and named >= 0 and text[named] in _WEAK_BEFORE:
            continue    # (由陈静市环保局局长主持: 由 is no part of the name)
        if named >= 0 and not name_problem(text[named:start - len(body)]) and not text.endswith(("人民", "人大"), 0, start - len(body)) and (
                named == 0 or not is_cjk(text[named - 1]) or text[named - 1] in _WEAK_BEFORE):
            return text[named:start - len(body)], body
    for n in (3, 2):
        s = start - n
        if s < 0 or not all(is_cjk(ch) for ch in text[s:start]):
            continue
        if name_problem(text[s:start]):
            continue
        if n == 3 and text[start - 1] == "为" and (bodied or title_end - start > 8):
            continue    # …、陈斌为草潭镇人民政府副镇长, 李红为银涂镇副镇长: 为 gives the office a body's name opens (an election's)
        if s == 0 or not is_cjk(text[s - 1]) or text[s - 1] in _WEAK_BEFORE:
            # 赵豪志市长指出; and after a function word, 学习了石泰峰书记在大会上的讲话, 和李理市长调研,
            # 由张建国市长主持
            return text[s:start], ""
        bureau = _BUREAU_BEFORE.search(text[max(0, s - 14):s])
        if bureau and text[start:title_end].endswith(_BUREAU_HEADS[bureau.group("b")[-1]]):
            return text[s:start], ""     # 州水利局张建荣局长对…: a bureau, its head's name, the head's title
        if not strong:
            continue
        body = _body_ending(text, s)
        if body and (s - len(body) == 0 or not is_cjk(text[s - len(body) - 1]) or text[s - len(body) - 1] in "、由"):
            return text[s:start], body
    return "", ""


# A body named before a title from its clause's start (北京市经济和信息化委员会副巡视员, 国家信息中心副主任,
# 中国电子信息行业联合会副会长兼秘书长): the post is where the body's name says, a region's full name or the nation's words.
_BODY_BEFORE_TITLE = re.compile(r"(?<=[，,。；;：:、\s由])(?P<b>(?:(?!由)[\u4e00-\u9fff]){4,24}?(?:委员会|研究院|联合会|中心|协会|局|厅|委|办))(?:副|[\u4e00-\u9fff]{1,5}兼)?$")
_NATION_WORDS = ("中国", "国家", "全国")


def body_region(text: str, at: int, lexicon: Lexicon) -> str:
    """The region a body named right before the title at `at` opens with (北京市经济和信息化委员会 → 北京市), the
    nation for a body of the nation's words naming no place (国家信息中心), or ""."""
    m = _BODY_BEFORE_TITLE.search(text, max(0, at - 25), at)
    if not m:
        return ""
    body = m.group("b")
    if body.startswith(_NATION_WORDS):
        return "" if any(ch in body for ch in "省市县") else NATION     # (中国人民银行聊城市中心支行: the city's)
    info = lexicon.region_prefix(body)
    return info.key if info and lexicon.is_full_name(info.name) and body.startswith(info.name) else ""


def _with_body(text: str, start: int, titles: list[Title]) -> list[Title]:
    """市政协党组书记、主席: posts of any level (党组书记, 主席) right after a body's name are
    that body's posts, every one of the chain: 市政协党组书记 and 市政协主席, at the city level."""
    body = _body_ending(text, start)
    if not body:
        return titles
    level = next((lv for prefix, lv in _BODY_LEVELS if body.startswith(prefix)), "")
    return [Title(body + t.text, level, t.english, t.kind) if t.kind == "office" and not t.level else t
            for t in titles]
