"""Officials named in prose: who holds which title, found by the forms reports and news use.

    市委副书记、市长赵豪志分别主持…      a title chain, then the name
    青岛市代市长赵豪志 / 县长 崔新乐      a region and a title before the name (by-lines)
    赵豪志市长指出…                       the name, then the title
    祝华、张大勇…卞建平分别出席…           a list of names before 出席 / 参加 / 作为主应询人
    政协领导A、B、C出席                    such a list under a group word (its title)
    出席会议的领导有A、B、C / 市领导还有：A、B  a list after a collective lead-in, up to its first non-name
    副县长、县公安局局长X                  a chain whose later posts are a unit's

A name is never guessed from a bare string: it must sit next to a title (from
loaders/data/titles.tsv) or in such a list, be 2–4 Chinese characters starting with a
family name (loaders/data/surnames.tsv), and not be an ordinary word (jieba's
dictionary); the names and titles themselves are loaders/recognisers/official_names.py's. Where a name ends is read from what follows it (主持, 各位代表, punctuation…),
since text runs on without spaces. Names next to national posts (习近平总书记) and in
the formulas that quote them (以习近平同志为核心) are national figures, never local officials.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.recognisers.gazetteer import NATION, NATIONAL
from loaders.recognisers.lexicon import Lexicon
from loaders.recognisers.official_names import (  # noqa: F401  (surnames, titles_table, written_name: this module's API too)
    FOREIGN_BODY, FUNCTION_FIRST, LIST_VERBS, MEETING_VERBS, NATIONAL_BODY, _DOTTED, _HONORIFICS, _NOT_IN_NAME, _PLACE_END,
    _STRONG_FOLLOWERS, Title, TitleTable, has_surname, _name_at, _word_tags, listed_names, name_before_closing_verb,
    name_before_word, name_problem, national_names, seat_given, surnames, titles_table, transliterated, unlisted_name,
    written_name)
from loaders.reading.text import is_cjk
from loaders.recognisers.official_bodies import REGION_BUREAU, _body_ending, _name_before, _with_body, body_region

_LIST_TRIGGER = re.compile(r"(?:应邀)?(?:分别|一同|共同|先后)?(?:作为(?P<resp>主?应询人)(?:参加|出席)?|出席|参加|陪同|列席)"
                           r"|在主席台(?:前排)?就[座坐]")     # (A、B和大会主席团成员在主席台就座)
_CLAUSE_STOP = set("。；！？\n，：（(“\"")
# How far back a list before its verb may reach: a rostrum of thirty names (A、B、…在主席台就座).
_LIST_REACH = 300
# A collective lead-in the names follow: 出席会议的领导有 / 在主席台就座的有 / 应邀出席大会的市领导还有：
_LEAD_IN = re.compile(r"(?:出席|参加|列席|就座|就坐|参会|与会|到会|陪同)[^。；;！？\n]{0,30}?的"
                      r"(?P<who>[^。；;！？\n的，,：:]{0,20}?)(?:还|也)?有(?![关效力序所])[ \t\u3000]*[：:]?[ \t\u3000]*")
# A body's leaders named as a group before their names: 政协领导A、B出席, 县四大班子领导A、B参加
# (former leaders, 老领导A、B, hold no office).
# (or a body's members: 十一届自治区政协主席会议成员A、B、C在主席台前排就座)
_LEADERS_WORD = re.compile(r"(?![老原离退前])(?:[\u4e00-\u9fff]{0,8}?领导(?:同志)?|[\u4e00-\u9fff]{2,16}?(?:会议|主席团|常委会|委员会)成员)")   # not 老领导: former leaders
_AND = re.compile(r"(.+?)(?:以及|及|和|与)(.+)$")
# What a name between two names of a list of leaders may fail: a family name the list lacks (华源, an
# ordinary word to jieba), a minority name of four characters (阿刘时布).
_RARE_NAME = ("does not start with a family name", "an ordinary word (nz)",
              "four characters without a two-character family name")
# The verbs by which news introduces a new office-holder (当选为市长的X, 新任命为副县长的X).
_APPOINTED = re.compile(r"(?:当选|當選|任命|接任|出任|担任|擔任)[为為]?$")


@dataclass
class Mention:
    name: str
    titles: list[str]          # office titles as stated, in order
    group: str                 # a collective title it was listed under (市领导), or ""
    level: str                 # the most local level among its titles ("" when none)
    region: str                # a region key named right before the title, or ""
    start: int                 # the mention (region, titles and name) in the text
    end: int
    role: str                  # titled, attendee, respondent
    firm: bool = False         # the post is a firm's (芦岭煤矿党委书记, 杏煤公司董事长), named right before the title

    def unplaced_in(self, region: str) -> bool:
        """Whether a document of `region` cannot say where this official serves: a 区长, or a firm's 党委书记,
        named with no region of its own in a national document serves somewhere it does not say."""
        return not self.region and region == NATION and (self.firm or self.level not in ("", NATIONAL))


# What ends a list of names: punctuation, or a verb's first character (在主席台, 出席, 参加).
_LIST_END = set("。，,；;在出参等同分")


# A firm's name right before one of its posts, or before its party committee's or its other posts (芦岭煤矿党委书记,
# 杏煤公司副董事长兼总经理、党委副书记, 县供水厂厂长).
_FIRM_BEFORE = re.compile(r"(?:公司|集团|煤矿|矿业|厂|矿)[党委支部组副总兼、董事长经理]{0,12}$")
# A note on a post between it and the name: （主持工作）, （正处级）, (代理).
_POST_NOTE = re.compile(r"[（(](?:主持工作|主持全面工作|正[厅处科]级|副[厅处科]级|代理|兼)[)）]")




@dataclass
class Found:
    mentions: list[Mention] = field(default_factory=list)
    rejected: list[tuple[str, str, int]] = field(default_factory=list)   # (candidate, why, offset)
    national: list[str] = field(default_factory=list)


_LEVEL_ORDER = {"town": 5, "county": 4, "district": 4, "city": 3, "province": 2, "national": 1, "": 0}


def title_level(titles: list[Title]) -> str:
    return max((t.level for t in titles), key=lambda lv: _LEVEL_ORDER.get(lv, 0), default="")


def _a_place_here(name: str, places: dict[str, str], home: str, lexicon: Lexicon) -> bool:
    """Whether a name with a level's character (金集镇, 高昌区) is a place of the document: one it names, or one of the
    province of the document's region `home` or its towns (a 高平 in a report of 山西, not a 高平 市长 elsewhere)."""
    if name in places:
        return True
    region = lexicon.find_region(name)
    provinces = {key.split("/")[0] for key in (*places.values(), home) if key}
    return region is not None and region.key.split("/")[0] in provinces


def find(text: str, lexicon: Lexicon, *, skip: tuple[int, int] | None = None,
         places: dict[str, str] | None = None, home: str = "") -> Found:
    """Every official named in `text`; `skip` is a span read elsewhere (the by-line),
    `places` extra region names (a report's town) → keys, `home` the document's region key."""
    table = titles_table()
    found = Found()
    found.national = national_names(text, table)
    nat = set(found.national)
    places = places or {}

    def skipped(i: int) -> bool:
        return skip is not None and skip[0] <= i < skip[1]

    for m in table.chain.finditer(text):
        if skipped(m.start()):
            continue
        titles = _with_body(text, m.start(), table.titles(m.group()))
        if any(t.level == "national" for t in titles) or FOREIGN_BODY.search(text, max(0, m.start() - 12), m.start()):
            continue        # (联合国秘书长安南, 美国国务卿…: no official of China's)
        offices = [t for t in titles if t.kind == "office"]
        group = next((t.text for t in titles if t.kind == "group"), "")
        region, rstart = _region_before(text, m.start(), lexicon, places)
        if not region and NATIONAL_BODY.search(text, max(0, rstart - 30), rstart):
            region = NATION     # 工业和信息化部…司巡视员李颖: the central state's, wherever the meeting was
        region = region or body_region(text, rstart, lexicon)      # 北京市经济和信息化委员会副巡视员, 国家信息中心副主任
        strong = rstart < m.start() or rstart == 0 or not is_cjk(text[rstart - 1]) or text[rstart - 1] in "、上"
        j = m.end()
        while j < len(text) and text[j] in " \t\u3000:：":
            j += 1
        if (note := _POST_NOTE.match(text, j)) is not None:
            j = note.end()      # 办事处副主任（主持工作）袁登全: a note on the post before the name
        if group and (has := _GROUP_HAS.match(text, j)) is not None:
            j = has.end()       # 出席会议的县领导有王建国、李明华: the group's names after 有, no 有 in them
        if text.startswith("的", j) and _APPOINTED.search(text, max(0, rstart - 3), rstart):
            j += 1      # 当选为市长的唐良智: news names a new office-holder through 的
        if _FILLED_BY.match(text, j):
            j += 1      # 办公室主任由陈静同志兼任: the post is filled by the name after 由
        # 毛主席和周总理: a conjunction after a title joins another title-holder; no name stands there; nor does the
        # start of a body the title opens (主席团, 书记处: 镇人大主席团工作报告 names no 主席).
        opens_body = j == m.end() and _word_tags().get(m.group()[-2:] + text[j:j + 1], "").startswith("n") \
            and not table.get(m.group()[-2:] + text[j:j + 1])
        name, e, why = _name_or_written(text, j) if text[j:j + 1] not in _CONJUNCTIONS and not opens_body else ("", j, None)
        if not name and why and offices:
            # 常务副局长高绿化邀请…: the end jieba's words show; 由副省长王一新领办；: the 由 clause's closing verb
            name = name_before_word(text, j) or (name_before_closing_verb(text, j) if text[rstart - 1:rstart] == "由" else "")
            e = j + len(name)
        if name and name not in nat:
            found.mentions.append(Mention(name, [t.text for t in offices], group, title_level(titles), region, rstart, e, "titled",
                                          bool(_FIRM_BEFORE.search(text, max(0, rstart - 20), rstart))))
            # 副市长王京文、孙斌 / 自治区政协副主席艾尔肯·吐尼亚孜、张建国: names listed after one title
            # share it (a name with a title of its own is the chain scan's).
            while (text.startswith("、", e) or text.startswith(("及", "和"), e) and _joined_name(text, e + 1)) \
                    and not table.chain.match(text, e + 1):
                more, end, why = _name_or_written(text, e + 1)
                if not more and why and _elected_name(why[0]) and (len(why[0]) <= 3 or why[1] in _RARE_NAME) and (
                        text.startswith("、", e + 1 + len(why[0])) or text[e + 1 + len(why[0]):e + 2 + len(why[0])] in _LIST_END):
                    # 常务主席…赵青、周岭、吴明勇在主席台: in a list under one title, a given name may end as a
                    # place would (岭, 营) where the list goes on or ends around it
                    more, end = why[0], e + 1 + len(why[0])
                if not more or more in nat or table.pattern.match(text, end) or _UNIT_AFTER.match(text, end):
                    break       # (区民政局局长孟凡伟、区妇联主席曹晓萌: a body and its own post, not a name)
                found.mentions.append(Mention(more, [t.text for t in offices], group, title_level(titles), region,
                                              e + 1, end, "titled"))
                e = end
            continue
        before, body = _name_before(text, rstart, m.end(), rstart < m.start())
        placed = before + text[rstart] if not body and rstart == m.start() and text[rstart] in "省市县区镇乡旗州" else ""
        if before and (_inside_word(text, m.start(), m.group(), table) or placed and _a_place_here(placed, places, home, lexicon)):
            # 向班主任倾斜: the end of another word (班主任); 当选为金集镇人大主席: a place the title's level completes
            before = ""
        if before and before not in nat:
            # 省委王某某书记: the body before the name is part of the title (省委书记).
            joined = table.get(body + m.group()) if body and "、" not in m.group() else None
            named = [joined] if joined else titles
            if body and not joined and not _body_ending(body, len(body)):
                # (陈静市环保局局长: a region's bureau before the post is the post's body)
                first = next((k for k, t in enumerate(titles) if t.kind == "office"), None)
                named = [Title(body + t.text, t.level, t.english, t.kind) if k == first else t for k, t in enumerate(titles)
                         if k == first or not _NAMED_POST.match(t.text)]      # (…局长、李四市教育局局长: the next member's)
            found.mentions.append(Mention(before, [t.text for t in named if t.kind == "office"], group, title_level(named),
                                          region, rstart - len(before) - len(body), m.end(), "titled"))
        elif why and strong and has_surname(why[0]):
            # Only what could have been a name is worth telling (not 县长、乡长亲自抓).
            found.rejected.append((why[0], why[1], j))

    for m in _LIST_TRIGGER.finditer(text):
        if not skipped(m.start()):
            _list_before(text, m, table, nat, found)
    for m in _LEAD_IN.finditer(text):
        if not skipped(m.start()):
            _list_after(text, m, table, nat, found)
    for m in _OFFICE_GIVEN.finditer(text):
        if not skipped(m.start()):
            _given_office(text, m, table, nat, found)
            # (an election goes on naming: 选举黄德为镇人大主席，蒋日旺为镇人大副主席；卜英忠为镇人民政府镇长)
            at = m.end()
            while m.group("one") and (nxt := _NEXT_GIVEN.match(text, at)) is not None:
                _given_office(text, nxt, table, nat, found)
                at = nxt.end()
    for m in _HELD_BY.finditer(text):
        if not skipped(m.start()):
            _given_office(text, m, table, nat, found)
    for m in _POST_IN_BRACKETS.finditer(text):
        if not skipped(m.start()):
            _post_in_brackets(text, m, table, nat, found)
    return found


_GROUP_HAS = re.compile(r"(?:还|也)?有[ \t\u3000]*[：:]?[ \t\u3000]*")
# A chained title that opens with the next member's name and bureau (李四市教育局局长), not this member's post.
_NAMED_POST = re.compile(r"(?![省市县区州旗盟自])[\u4e00-\u9fff]{2,3}" + REGION_BUREAU)
_FILLED_BY = re.compile(r"由[\u4e00-\u9fff]{2,3}?(?:同志)?(?:兼任|担任)")


# A member list of a 领导小组 or 专班: 组长：张三（市长）, 成员：李四（市科技局局长）、王五（…）.
_POST_IN_BRACKETS = re.compile(r"(?:^|(?<=[：:、，,；;\n\s]))(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3})"
                               r"[（(](?P<post>[^（()）\n]{2,40})[)）]", re.M)


def _post_in_brackets(text: str, m: re.Match, table: TitleTable, nat: set[str], found: Found) -> None:
    """A name with its post in brackets after it, the post ending with a title (市林草局党组副书记、局长)."""
    name, offices = m.group("name"), offices_ending(m.group("post"), table)
    if offices is None or name in nat or not ("·" in name or not name_problem(name)):
        return
    found.mentions.append(Mention(name, [t.text for t in offices], "", title_level(offices), "", m.start("name"),
                                  m.end(), "titled"))


# An office given in an election or an appointment: A、B当选为区人民政府副区长; 任命X同志为…局局长.
# (新当选的镇长 names whom it speaks of by the office: 大会为新当选的镇人大主席颁发证书 names no one)
_OFFICE_GIVEN = re.compile(r"(?:(?:(?<=任命|选举|推选|补选|选出)(?!产生)|(?<=选举产生))(?P<one>(?:(?:(?!为)[\u4e00-\u9fff·]){2,8}、)*[\u4e00-\u9fff·]{2,8}?)(?:同志)?为"
                           r"|(?P<many>(?:[\u4e00-\u9fff·]{2,8}、)*[\u4e00-\u9fff·]{2,8}?)(?:[两二三四五六七八九十\d]{1,2}[名位])?(?:同志)?"
                           r"(?P<each>分别)?(?:以全票|以高票|全票)?(?<!新)(?:当选为|当选(?!的)|當選為|被任命为|被选举为))"
                           r"(?P<office>[^。；;，,、！？\n]{2,40})")


# The next of an election's names and offices: ，蒋日旺为镇人大副主席 / ；陈召传、钟木为镇人民政府副镇长.
# (or 、李中桂为镇人大主席团主席: the list of elections itself written with 、)
# (two names joined by 和 or 及 too: ，汪国彬和孙学清为大兴乡副乡长)
# (a list closed by how many it names: 黄耀斌、陈志坚等4名同志为副镇长)
_NEXT_GIVEN = re.compile(r"[，,；;、](?P<one>(?:(?:(?!为)[\u4e00-\u9fff·]){2,8}[、和及])*[\u4e00-\u9fff·]{2,8}?)"
                         r"(?:等[两二三四五六七八九十\d]{1,2}[名位])?(?:同志)?为(?P<each>)(?P<office>[^。；;，,、！？\n]{2,40})")


# A post and those who hold it, the post written first: 大会执行主席由蹇某、李某担任.
_HELD_BY = re.compile(r"(?P<office>[^。；;，,、！？\n由]{2,40})由(?P<one>(?:[\u4e00-\u9fff·]{2,8}、)*[\u4e00-\u9fff·]{2,8}?)"
                      r"(?:同志)?(?:担任|擔任)")


# A body's name run on from a list item (区妇联主席): the item is a post of its own.
_UNIT_AFTER = re.compile(r"(?![在于和及])[\u4e00-\u9fff]{0,4}?(?:主席(?!台)|主任|局长|书记|部长|会长)")


def _joined_name(text: str, at: int) -> bool:
    """Whether text[at] starts a name joined by 及 or 和 to the one before (市领导沙向东及鹿斌佐一行): a name
    that ends where names end (一行, 出席, a list's end)."""
    name, end, _why = _name_or_written(text, at)
    return bool(name) and (text.startswith(_STRONG_FOLLOWERS, end) or text[end:end + 1] in "，,。")


def _elected_name(name: str) -> bool:
    """A name, where an election or appointment names it: a given name may end as a place or a unit
    would (王科, 雷科), its office said right after it."""
    if _DOTTED.fullmatch(name) and len(name) <= 16:
        return True     # 艾尔肯·吐尼亚孜: a transliterated name
    why = name_problem(name)
    if why.startswith("does not start with a family name"):
        return unlisted_name(name)     # 旦正卓玛同志以全票当选…副镇长: names without a Han family name
    return not why or why.startswith("reads as a phrase or a place") and not any(ch in _NOT_IN_NAME for ch in name[1:]) \
        and not _word_tags().get(name, "nr").startswith("ns")


def _given_office(text: str, m: re.Match, table: TitleTable, nat: set[str], found: Found) -> None:
    """The people an election or appointment names, each with the office it gives (the last title
    the office's phrase ends with: 肇东市商务局局长 → 局长)."""
    key = "one" if m.group("one") else "many"
    start = m.start(key)
    names = listed_names(m.group(key), joined=m.re is _NEXT_GIVEN)
    phrase = m.group("office").rstrip("职务")
    # A、B两名同志分别当选为镇长和人大主席: each name its own office, in order.
    phrases = re.split(r"[和及]", phrase) if m.groupdict().get("each") else []
    if len(phrases) != len(names):
        phrases = [phrase] * len(names)
    given = [offices_ending(p, table) or seat_given(p) for p in phrases]
    if any(o is None for o in given):
        return
    if any(not _elected_name(n) or n in nat for n, _s, _e in names):
        return       # a list of names only, after a clause's start (not 会议选举产生区…)
    if key == "many" and start > 0 and text[start - 1] not in "。；;，,：:\n 　\t":
        return
    for (n, s, e), offices in zip(names, given):
        found.mentions.append(Mention(n, [t.text for t in offices], "", title_level(offices), "", start + s, start + e, "titled"))


def offices_ending(phrase: str, table: TitleTable) -> list[Title] | None:
    """The offices of the title chain a post's phrase ends with (肇东市商务局局长 → 局长; 市林草局党组副书记、
    局长 → 党组副书记, 局长), or None when it ends with none."""
    ends = [t for t in table.chain.finditer(phrase) if t.end() == len(phrase)]
    return [t for t in table.titles(ends[-1].group()) if t.kind == "office"] if ends else None


_CONJUNCTIONS = set("和与及跟同")


def _inside_word(text: str, at: int, title: str, table) -> bool:
    """Whether the title at text[at] ends a longer word that is no title (班主任, 家委会主任). A body and its
    head's post (财政局局长, 卫生厅厅长: the body ends with the post's first character; 县政府办公室主任, 县委办主任:
    a 主任 heads the office or committee it follows) are no such word."""
    return at > 0 and (text[at - 1] + title) in _word_tags() and not table.get(text[at - 1] + title) \
        and text[at - 1] != title[:1] and not (title == "主任" and text[at - 1] in _HEADED_BY_DIRECTOR)


_HEADED_BY_DIRECTOR = set("室办委")


def _titled_item(text: str, at: int) -> bool:
    """Whether the list item at text[at] is a title with a name after it (纪委书记阿旺格桑), not a post alone (大会秘书长)."""
    item = re.split(r"[、，,。；;\n]", text[at:at + 16])[0]
    m = titles_table().pattern.search(item)
    after = item[m.end():] if m else ""
    return len(after) >= 2 and bool(_name_at(after, 0)[0] or unlisted_name(after) or any(
        unlisted_name(after[:n]) and after.startswith(MEETING_VERBS, n) for n in (2, 3, 4)))     # (副县长成林才仁出席)


def _name_or_written(text: str, j: int) -> tuple[str, int, tuple[str, str] | None]:
    """The name at text[j], written padded or with a middle dot or plain: (name, its end, why none)."""
    written = written_name(text, j)
    if written:
        return written[0], written[1], None
    name, why = _name_at(text, j)
    if not name and why and why[1].startswith(("does not start with a family name", "four characters without")):
        # 盟长奇巴图深入…调研, 旗政协主席巴根那主持会议, 副县长成林才仁出席: a name of no family name kg lists
        # (Mongolian, Tibetan…), right after a title and before a meeting's verb or one the text names it again with.
        for n in (3, 2, 4, 5):      # (five: 阿木吉拉图出席, a name written as its sounds)
            cand = text[j:j + n]
            if len(cand) == n and (unlisted_name(cand) if n < 5 else transliterated(cand)) and text.startswith(_STRONG_FOLLOWERS, j + n) \
                    and (text.find(cand, j + n) >= 0 or text.startswith(MEETING_VERBS, j + n + (2 if text.startswith("同志", j + n) else 0))):
                return cand, j + n, None
    if not name and why and why[1] in _RARE_NAME and unlisted_name(why[0]) and text.startswith("、", j + len(why[0])) \
            and (_name_at(text, j + len(why[0]) + 1)[0] or _titled_item(text, j + len(why[0]) + 1)):
        # 常务主席海鹰、贾晋峰…: the first of names listed after a title, an ordinary word to jieba (or a name of no
        # family name kg lists before the next titled name: 乡人大主席次仁达朗、纪委书记阿旺格桑)
        return why[0], j + len(why[0]), None
    run = re.match(r"[\u4e00-\u9fff]{2,5}(?=[，,、])", text[j:j + 6])
    if not name and why and run and transliterated(run[0]) and (
            text[j + len(run[0])] != "、" and _titled_item(text, j + len(run[0]) + 1)
            or text[j + len(run[0])] == "、" and _listed_sounds(text, j + len(run[0]) + 1)):
        # 旗政协主席钢布和，旗委副书记冯建军…; 政府副旗长特木尔、阿木吉拉图出席: a name written as its sounds, no family
        # name kg lists, in a row of titled names or in a list under one title that a meeting's verb closes
        return run[0], j + len(run[0]), None
    if not name and why and why[1].startswith("an ordinary word") and has_surname(why[0]) \
            and text.startswith(("，", ","), j + len(why[0])) and _titled_item(text, j + len(why[0]) + 1):
        # 市人大常委会主任林中，市政协主席林健…: a name in a row of titled names, an ordinary word to jieba
        return why[0], j + len(why[0]), None
    return name, j + len(name), why


def _listed_sounds(text: str, at: int) -> bool:
    """Whether the list item at text[at] is another name written as its sounds closed by a meeting's verb (特木尔、
    阿木吉拉图出席), or a titled name."""
    m = re.match(rf"[\u4e00-\u9fff]{{2,5}}?(?={'|'.join(LIST_VERBS)})", text[at:at + 7])
    return bool(m and transliterated(m[0])) or _titled_item(text, at)


def _region_before(text: str, i: int, lexicon: Lexicon, places: dict[str, str]) -> tuple[str, int]:
    """A region named right before a title (青岛市代市长, 兰山区人民政府区长): its key and start."""
    s = i
    for suffix in ("人民政府", "政府", "政协", "人大常委会", "人大"):
        if text.endswith(suffix, 0, s):
            s -= len(suffix)
            break
    for n in range(min(s, 8), 1, -1):
        piece = text[s - n:s]
        if piece[-1] not in "省市区县镇乡道":     # full names only: 青岛市, not 青岛
            continue
        info = lexicon.find_region(piece)
        key = places.get(piece) or (info.key if info else "")
        if key:
            return key, s - n
    return "", i


def _list_before(text: str, m: re.Match, table: TitleTable, nat: set[str], found: Found) -> None:
    """祝华、张大勇…分别出席 / 耿涛、张军分别作为主应询人: the names listed before the verb."""
    s = m.start()
    while s > 0 and m.start() - s < _LIST_REACH and text[s - 1] not in _CLAUSE_STOP:
        s -= 1
    while s < m.start() and text[s] in " \t\u3000":
        s += 1      # (a paragraph's indent)
    clause = text[s:m.start()]
    # Names closed by 等 and the collective they belong to (A、B、C等区领导及…): the list ends there.
    etc = _ETC_GROUP.search(clause)
    if etc:
        clause = clause[:etc.start()]
    if clause.endswith("等"):
        clause = clause[:-1]
    if not clause:
        return
    lead, k = table.take(clause, 0)
    group = next((t.text for t in lead if t.kind == "group"), "") or (etc.group(1) if etc else "")
    shared = [t for t in lead if t.kind == "office"]
    word = None if lead else _LEADERS_WORD.match(clause)
    if word and word.end() < len(clause) and not name_problem(clause[word.end():].split("、")[0]):
        group, k = word.group(), word.end()      # 政协领导A、B、C出席: the group the names share
    items, pos = [], s + k
    pieces = clause[k:].split("、")
    for n, piece in enumerate(pieces):
        own, j = table.take(piece, 0)
        name = piece[j:]
        if n == len(pieces) - 1 and name_problem(name):
            name = _and_head(name) or name       # 吴建华及全体主席团成员参加: the name before 及
        items.append((name, own, pos + j, pos))
        pos += len(piece) + 1
    verdicts = [(name, own, at, at0, name_problem(name)) for name, own, at, at0 in items]
    good = [v for v in verdicts if not v[4] and v[0] not in nat]
    if len(good) < len(verdicts):
        # A list with a non-name in it is a list of people only under a title (市领导…), or where people sit
        # (A、B、…在主席台就座); otherwise it is companies, places or groups (海尔、海信参加): nothing is taken.
        if len(good) * 2 > len(verdicts):
            for name, _own, at, _at0, problem in verdicts:
                if problem and has_surname(name):
                    found.rejected.append((name, problem, at))
        if not lead and not group and "主席台" not in m.group():
            return
    role = "respondent" if m.group("resp") else "attendee"
    for k, (name, own, at, at0, problem) in enumerate(verdicts):
        if problem or name in nat:
            continue
        titles = (shared if k == 0 else []) + own
        found.mentions.append(Mention(name, [t.text for t in titles if t.kind == "office"], group,
                                      title_level(titles), "", at0, at + len(name), role))


# (the collective may name the bodies the leaders come from: 等市委、市人大常委会、市政府领导)
_ETC_GROUP = re.compile(r"(?<=[\u4e00-\u9fff])等((?:[省市区县州旗镇乡][\u4e00-\u9fff]{1,8}、)*(?:[省市区县州旗镇乡][\u4e00-\u9fff]{0,6}?|[省市区县州旗镇乡]?级?)领导)")


def _and_head(item: str) -> str:
    """A name joined to what follows by 及 / 和 / 以及 (吴建华及全体主席团成员): the name, or ""."""
    m = _AND.match(item)
    return m[1] if m and not name_problem(m[1]) else ""


_CLAUSE_END = re.compile(r"[。；;！？\n]")


def _list_after(text: str, m: re.Match, table: TitleTable, nat: set[str], found: Found) -> None:
    """出席会议的领导有A、B、C / 应邀出席大会的市领导还有：A、B，C: the names after a collective
    lead-in, up to the first item that is not a name (a unit, a phrase, 等). They share a title the
    lead-in writes (市领导, 市政协副主席), else none; an item with its own title is the chain scan's."""
    who = m.group("who")
    shared = next((table.by_text[who[k:]] for k in range(len(who)) if who[k:] in table.by_text), None)
    offices = [shared] if shared and shared.kind == "office" else []
    group = shared.text if shared and shared.kind == "group" else ""
    stop = _CLAUSE_END.search(text, m.end())
    items = []
    for it in re.finditer(r"[^、，,]+", text[m.end():stop.start() if stop else len(text)]):
        item = it.group().strip(" \t\u3000")
        last = bool(re.search(r"等(?:同志|领导|人)?$", item))
        item = re.sub(r"等(?:同志|领导|人)?$", "", item)
        items.append((item, m.end() + it.start() + it.group().find(item[:1]), last))
    names = [_list_name(item) for item, _, _ in items]
    for k, (item, at, last) in enumerate(items):
        if table.pattern.search(item):
            continue
        name = names[k]
        if not name and 0 < k < len(items) - 1 and names[k - 1] and names[k + 1] and _rare_name(item):
            name = item      # between two names in a list of leaders: a rare family name (华源, 阿刘时布)
        if not name and has_surname(_and_head(item)[:1]):
            name, last = _and_head(item), True
        if not name or name in nat:
            break
        found.mentions.append(Mention(name, [t.text for t in offices], group, title_level(offices), "", at,
                                      at + len(item), "attendee"))
        if last:
            break


def _rare_name(item: str) -> bool:
    """Could be a name kg's lists do not know (华源, 阿刘时布), though not a place, unit or word."""
    return unlisted_name(item) and name_problem(item) in _RARE_NAME


def _list_name(item: str) -> str:
    """A list item that is a name as written: plain, padded with spaces (韦 韬) or dotted (艾尔肯·吐尼亚孜)."""
    if re.fullmatch(r"[\u4e00-\u9fff](?:[ \u3000\u00a0]{1,3}[\u4e00-\u9fff]){1,2}", item):
        joined = re.sub(r"[ \u3000\u00a0]", "", item)
        return "" if name_problem(joined) else joined
    if _DOTTED.fullmatch(item) and len(item) <= 16:
        return item
    return "" if name_problem(item) else item
