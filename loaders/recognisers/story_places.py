"""Places a news piece names that never make its story: a portal's breadcrumb (当前位置：网站首页 > 东部资讯 > 天津资讯:
the site's columns, not where the piece happens), and its guests' or partners': a delegation's home come to
visit (鹤庆县党政考察团到永平县考察: 永平县's news, its 县领导 accompanying), and the places named in a sentence about
paired aid (北京、江苏第十一批援藏干部座谈会 told by 拉萨; 我省对口支援的喀什地区… told by 广东's commission), where the
aiding and the aided stand side by side and only the voice of the piece says which is its own.

`story_names` takes the regions a text names (`places.mentions`: key, offset) and leaves those names out.
"""
from __future__ import annotations

import re

from loaders.reading.portal import is_boilerplate
from loaders.recognisers.lexicon import Lexicon

# A delegation named by its home (鹤庆县党政考察团, 兴安盟阿尔山市党政考察团一行), going to, or come to, the place it
# visits, and what it does there, in the same sentence: 到永平县考察交流, 来我旗考察, 莅临我县参观.
_DELEGATION = re.compile(r"(?P<home>[\u4e00-\u9fff]{2,16}?)(?:党政|人大|政协|政府|市委|县委|区委)?(?:学习)?(?:考察团|代表团|考察组)"
                         r"(?:一行)?(?:\d+人)?[^。；！？\n]{0,4}?(?:到|来|赴|莅临|莅)(?P<host>[\u4e00-\u9fff]{1,16}?)"
                         r"(?:考察|调研|参观|学习|交流|观摩)")
# A sentence about paired aid: 援藏 / 援疆 / 援青 (cadres, projects, plans), 对口支援, 援建, 对口帮扶, 东西部(扶贫)协作.
_AID = re.compile(r"援[藏疆青]|对口(?:支援|援助|帮扶|协作)|援建|东西部(?:扶贫)?协作")
_SENTENCE = re.compile(r"[^。；！？\n]+")


def _escorted(text: str, host: str) -> bool:
    """Whether the host's own people, named bare by its level (县领导…陪同, 旗委…陪同), escort the delegation: the piece
    speaks as the host (not where each side's leaders are named by their place, 天津市委书记…海南省委书记…)."""
    return host[-1:] in "县区市旗州盟" and bool(re.search(r"(?<![\u4e00-\u9fff])" + host[-1] + r"(?:领导|委|政府)[^。]{0,60}?陪同", text))


def story_names(text: str, named: list[tuple[str, int]], lexicon: Lexicon) -> list[tuple[str, int]]:
    """`named` without the names on a portal's breadcrumb line, every name in a sentence about paired aid, and the names
    of a visiting delegation's home (everywhere the text names it, unless a place the text names besides lies under it)."""
    left_out = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if is_boilerplate(m.group())]
    left_out += [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if _AID.search(m.group())]
    named = [(k, at) for k, at in named if not any(a <= at < b for a, b in left_out)]
    homes: set[str] = set()
    for m in _DELEGATION.finditer(text):
        start = m.start("home")
        home = {k for k, at in named if start <= at < m.end("home")}
        # (the host named, in full or as 我县 / 我旗: the piece is told where the delegation went)
        if home and (m["host"].startswith("我") or _escorted(text, m["host"])
                     and any(m.start("host") <= at < m.end("host") for _, at in named)):
            homes |= home
    if not homes:
        return named
    others = {k for k, _ in named if k not in homes}
    keep = {h for h in homes if any(o.startswith(h + "/") for o in others)}     # (市考察团来我县: 我县 lies in it)
    return [(k, at) for k, at in named if k not in homes or k in keep]
