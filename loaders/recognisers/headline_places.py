"""Where a headline says the story is: the place a page's headline opens with (山西朔州：把“民生清单”变成“幸福账单”,
重庆渝中：全力推进…, 江西省重点项目建设完成投资…, 2024年天津20项民心工程…, 马关县快速按下…). The press names the place
its story is about first, by its full name or by its province's and its own short names; a place named later in the
headline (…在海东工业园区调研) is where something happened, not whose story it is."""
from __future__ import annotations

import re

from loaders.recognisers.gazetteer import COUNTY_LEVELS
from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.places import parse_place

# How far a page's head runs (its menus and banners, then the headline) and how long a headline may be.
_HEAD_LINES = 8
_HEAD_CHARS = 900
_LONGEST_HEADLINE = 64
# What may open a headline before its place: a column's tag (【回眸2023】), a repost's label (原标题：, 正在阅读：) and the
# year (2019年兰州市委…).
_OPENING = re.compile(r"^\s*(?:【[^】\n]{1,12}】\s*)?(?:(?:原标题|正在阅读|标题)\s*[：:]\s*)?(?:(?:19|20)\d\d\s*年度?)?")
# A line that is no headline: a sentence (its full stop or its clause's comma), a menu (|, >, »), a link bar, a link's
# date, a portal's or a medium's own name (…人民政府网站欢迎您, …广播电视台), another document's number (…政府令116号).
_NOT_HEADLINE = re.compile(r"[。；;|>»]|\s{2,}\S+\s{2,}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|欢迎|网站|门户|客户端|广播电视|电视台|融媒体|新闻网|政府令")
# A place that opens a headline but is not its story's: a delegation from it, or its people gone elsewhere
# (沈阳市党政代表团赴大连考察, 北京市领导来我县调研).
_AWAY = re.compile(r"代表团|考察团|调研组|客商|一行|[赴莅]|来我|到我")


def headline_region(text: str, lexicon: Lexicon) -> tuple[RegionInfo, tuple[int, int]] | None:
    """The region a page's headline opens with (a line of its head shaped as a headline: short, no sentence, no menu),
    with where: its full name (江西省…, 六盘水市2024年…, 马关县快速按下), or a short name after its province's (山西朔州：,
    宁夏银川连续…, 重庆渝中：), or a short name alone before a colon or a figure (黑河：…, 2024年天津20项…), the name a
    single region bears; never a township (`headline_town` reads those), never a name its delegation or its people
    carry elsewhere (…代表团赴…). Else None."""
    seen = 0
    for m in re.finditer(r"[^\n]+", text[:_HEAD_CHARS]):
        line = m.group().strip()
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if len(line) > _LONGEST_HEADLINE or _NOT_HEADLINE.search(line) or line.count("，") > 1:
            continue
        found = _opening_place(line, lexicon)
        if found is None:
            continue
        info, a, b = found
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        return info, (start + a, start + b)
    return None


def _opening_place(line: str, lexicon: Lexicon) -> tuple[RegionInfo, int, int] | None:
    """(region, start, end) of the place `line` opens with, as `headline_region` reads it, else None."""
    lead = _OPENING.match(line).end()
    phrase = line[lead:lead + 24]
    chain, _town, rest = parse_place(phrase, lexicon)
    # (a township's name read as its county's rest: the county's)
    chain = [r for r in chain if r.level != "town"]
    if not chain:
        return None
    end = lead + len(phrase) - len(rest) - len(_town)
    written = line[lead:end]
    full = any(written.endswith(r.name) or r.name in written for r in chain)
    after = line[end:end + 1]
    if not full and len(chain) < 2 and not (after in "：:" or after.isdigit()):
        return None     # (a short name alone opens many a headline's ordinary word)
    if not after or after == "长" or _AWAY.search(line, end):
        return None     # (a line that is a place's name alone, a caption or a menu item; 代县长…, a post's title)
    deepest = chain[-1]
    if deepest.level not in ("province", "city", *COUNTY_LEVELS):
        return None
    return deepest, lead, end
