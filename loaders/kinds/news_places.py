"""Where a news piece belongs, once nothing it says of itself in its head decides (no congress told in session, no
document published by name, no portal's publisher): the place its headline opens with (`headline_places`), else the
region it names most (`places.most_mentioned`), lifted to the province or prefecture whose story it tells and refined to
the township or county it speaks as (`spoken`), else its local medium, its source field, or the one region it speaks
as. Read by `report_meta` for news and for documents the press tells."""
from __future__ import annotations

import re

from loaders.kinds import plan_head
from loaders.recognisers.gazetteer import NATION
from loaders.recognisers.headline_places import headline_region
from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.places import Ambiguous, headline_town, medium_region, mentions, most_mentioned
from loaders.recognisers.spoken import (speaks_under_short_name, spoken_above, spoken_below, spoken_prefecture,
                                        spoken_province, spoken_region)
from loaders.recognisers.story_places import story_names

# A province's bodies (省委, 省人大常委会, 自治区政府…) and those of the levels below it (市委, 县政府…).
_PROVINCE_BODY = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[和与及的在由]))(?:省|自治区)(?:委|党委|人大|政府|人民政府|政协|纪委|主席|副主席|长|副省长|常务副省长)")
_LOCAL_BODY = re.compile(r"[市州盟县区旗镇乡](?:委|党委|人大|政府|人民政府|政协|纪委)")


# The central state acting in a news piece's lead (国务院常务会议, 国务院总理…主持, 国务院办公厅印发).
_CENTRAL_LEAD = re.compile(r"国务院(?:常务会议|全体会议|总理|副总理|办公厅|召开|印发|决定|部署)")
LEAD_CHARS = 200
_HEADER_CHARS = 1500


# A province's leader named by the post (省委书记, 常务副省长, 省政协主席, 自治区主席; after its province's name or bare,
# one post or several joined, 省委常委、常务副省长), then the name, gone to see a place: the lead of a province's
# leader's visit (青海省委书记王国生深入海东工业园区…调研, 省委常委、常务副省长吴伟深入我市调研).
_PROVINCE_POST = r"(?:省委(?:常委|副?书记)|(?:常务)?副?省长|省(?:人大常委会|政协)副?(?:主任|主席)|自治区(?:党委(?:常委|副?书记)|(?:常务)?副?主席))"
_PROVINCE_VISIT = re.compile(rf"(?:^|[\n，。、）)日午晚])[^\n，。]{{0,8}}?{_PROVINCE_POST}(?:、{_PROVINCE_POST})*"
                             r"[\u4e00-\u9fff·]{2,4}?(?:一行|率队|带队|率[^\n，。]{1,30}?)?(?:先后)?(?:深入|来到|到|赴|在|莅临)(?P<where>[^\n。]{0,30}?)"
                             r"(?:调研|视察|考察|督导|检查|走访|察看)", re.M)


def provincial_visit(text: str, lexicon: Lexicon) -> bool:
    """Whether a news piece's lead (its headline and first sentences) tells of a province's leader visiting a place
    (`_PROVINCE_VISIT`) not named in full as a region (深入海东工业园区, 深入我市): the province's story, as the press
    places a leader's 调研. Not a visit to a region named in full (副省长…到施秉县调研, 省政协主席在昆明市调研: that
    region's news), nor a team or a bureau sent by the province (省重点项目调研组深入道县: the county's)."""
    visits = list(_PROVINCE_VISIT.finditer(text, 0, LEAD_CHARS * 2))
    return bool(visits) and not any(m["where"].startswith(lexicon.regions[k].name, at)
                                    for m in visits for k, at in mentions(m["where"], lexicon) if "/" in k)


def _provincial(text: str) -> bool:
    """Whether a news piece tells of a province's own bodies more than of any level below it."""
    head = text[:3000]
    n = len(_PROVINCE_BODY.findall(head))
    return n >= 2 and n > len(_LOCAL_BODY.findall(head))


def story_place(text: str, page: str, title: str, line_span, lexicon: Lexicon
                ) -> tuple[RegionInfo, str, tuple[int, int] | None] | None:
    """(region, township under it or "", where the text says so) of a news piece `text` (on `page`, with its portal's
    header), its headline `title` at `line_span`; None where it names no region kg knows."""
    notes: list[Ambiguous] = []
    named = story_names(text, mentions(text, lexicon, notes=notes), lexicon)   # (no visitor's home, no aid's partner)
    # (山西朔州：…, 江西省重点项目建设…: the place the headline opens with is the story's, however often others are named)
    # (read on the page, whose clean view may run a short headline into the lead: its evidence where the text has it)
    head = headline_region(page or text, lexicon)
    if head and page:
        at = text.find(page[head[1][0]:head[1][1]])
        head = head[0], ((at, head[1][1] - head[1][0] + at) if at >= 0 else None)
    key = head[0].key if head else most_mentioned(text, lexicon, named=named)
    if _CENTRAL_LEAD.search(text[:LEAD_CHARS]) and not _LOCAL_BODY.search(text[:LEAD_CHARS]) and not _PROVINCE_BODY.search(text[:LEAD_CHARS]):
        key = NATION        # 国务院总理…主持召开国务院常务会议: the central state's news, wherever it is dated
    elif not head and key and "/" in key:      # (the place a headline opens with stands as it is)
        if provincial_visit(text, lexicon):
            return lexicon.regions[key.split("/")[0]], "", None     # (省委书记王国生深入海东工业园区调研: 青海省's)
        if _provincial(text):
            # A province's own bodies are what the story is about (省人大常委会会议在长春举行, 自治区副主席…):
            # its region is the province of the places it names, not the city it took place in.
            key = key.split("/")[0]
    if key and not head:     # (市政协主席…来到永宁县代表团…全市…: 银川市's news; 自治区副主席…全区…在拉萨召开: 西藏自治区's)
        key = spoken_province(spoken_above(key, text, lexicon), text, lexicon, named)
    # (区长…全区…符合南岸实际, placed in 重庆市 for want of a finer name: 南岸区's news; 樟木头镇委书记…全镇…: the township's)
    if (town := headline_town(title, key, lexicon, text)) is not None:     # (鸡东镇认真做好森林防火工作)
        return lexicon.regions[town.parent], town.name, line_span
    # (市长…三亚…, 全州…调研海西重要指示精神, placed in the province for want of a finer name: the prefecture's news)
    if (below := spoken_below(key, text, lexicon) or spoken_prefecture(key, text, lexicon)) is not None:
        return below[0], "", below[1]
    if key and (head or not speaks_under_short_name(key, text, lexicon, named)):     # (县政府…; …在北京隆重开幕: no 北京市's)
        # Its evidence: the headline, or where the article first names it.
        return lexicon.regions[key], "", head[1] if head and head[0].key == key else next(((i, i + 1) for k, i in named if k == key), None)
    if (source := medium_region(text, lexicon, _HEADER_CHARS)) is not None:
        # Named nowhere in the article: the local paper or portal it comes from (来源:黄石日报).
        return source[0], "", source[1]
    if (source := plan_head.source_region(page or text, lexicon)) is not None:
        # (来源:宛田瑶族乡人大, read on the page, whose header the article's clean view may leave out: its evidence where
        # the article has the same words, else none)
        said = (page or text)[source[1][0]:source[1][1]]
        at = text.find(said)
        return source[0], "", ((at, at + len(said)) if at >= 0 else None)
    if (spoken := spoken_region(text, lexicon)) is not None:     # (我县…全县…为进贤高质量跨越式发展…)
        return spoken[0], "", spoken[1]
    return None
