"""Officials named in prose: who holds which title, found by the forms reports and news use.

    市委副书记、市长赵豪志分别主持…      a title chain, then the name
    青岛市代市长赵豪志 / 县长 崔新乐      a region and a title before the name (by-lines)
    赵豪志市长指出…                       the name, then the title
    祝华、张大勇…卞建平分别出席…           a list of names before 出席 / 参加 / 作为主应询人

A name is never guessed from a bare string: it must sit next to a title (from
loaders/data/titles.tsv) or in such a list, be 2–4 Chinese characters starting with a
family name (loaders/data/surnames.tsv), and not be an ordinary word (jieba's
dictionary). Where a name ends is read from what follows it (主持, 各位代表, punctuation…),
since text runs on without spaces. Names next to national posts (习近平总书记) and in
the formulas that quote them (以习近平同志为核心) are national figures, never local officials.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.recognisers.lexicon import Lexicon, _rows
from loaders.reading.text import is_cjk

# What may follow a name: verbs of meetings and honorifics, longest first. A single
# character (在, 和…) is weaker evidence: it is tried only after the longer ones fail.
_STRONG_FOLLOWERS = tuple(sorted((
    "各位代表", "同志", "主持", "出席", "参加", "讲话", "强调", "指出", "表示", "要求", "分别", "一行",
    "带队", "调研", "作为", "担任", "介绍", "会见", "陪同", "宣布", "致辞", "发言", "部署", "听取",
    "率队", "代表", "等人", "认为", "提出", "深入", "前往", "来到", "察看", "检查", "督导", "批示",
    "参观", "看望", "慰问", "主持召开", "作报告", "作工作报告", "一同", "共同", "先后", "通报", "传达",
    "汇报", "宣读", "解读", "回答", "答复", "作出", "作了", "希望", "带领", "率领", "召开", "走访",
    "考察", "视察", "接见", "会谈", "座谈", "出任", "兼任", "主抓", "分管", "牵头", "签署", "颁发",
    "颁奖", "点评", "总结", "对接", "一起", "委托",
), key=len, reverse=True))
_WEAK_FOLLOWERS = set("在对到等和与及说率赴向为就并又作称也还")
_NOT_IN_NAME = set("的了是们这那于被把将等及与并或")       # 之 is in given names (吴之凌)
# Names do not end like places and bodies (高新区, 市直各部门…).
_PLACE_END = set("省市区县镇乡村局委办厅部院校司厂处科庄屯营沟湾岭寨峪洼")
_HONORIFICS = ("同志", "代表", "先生", "女士", "院士", "教授", "专家")
_LIST_TRIGGER = re.compile(r"(?:分别|一同|共同|先后)?(?:作为(?P<resp>主?应询人)(?:参加|出席)?|出席|参加|陪同|列席)")
_CLAUSE_STOP = set("。；！？\n，：（(“\"")
# The verbs by which news introduces a new office-holder (当选为市长的X, 新任命为副县长的X).
_APPOINTED = re.compile(r"(?:当选|當選|任命|接任|出任|担任|擔任)[为為]?$")
_NATIONAL_FORMULA = re.compile(r"同志为核心|新时代中国特色社会主义思想")


@dataclass(frozen=True)
class Title:
    text: str
    level: str       # national, province, city, district, county, town, or "" (any)
    english: str
    kind: str        # office or group


class TitleTable:
    def __init__(self, titles: list[Title]) -> None:
        self.by_text = {t.text: t for t in titles}
        alt = "|".join(re.escape(t) for t in sorted(self.by_text, key=len, reverse=True))
        self.pattern = re.compile(alt)
        self.chain = re.compile(rf"(?:{alt})(?:、(?:{alt}))*")

    def get(self, text: str) -> Title | None:
        return self.by_text.get(text)

    def take(self, text: str, i: int, end: int | None = None) -> tuple[list[Title], int]:
        """The chain of titles at text[i] (市委副书记、市长) and where it ends."""
        m = self.chain.match(text, i, len(text) if end is None else end)
        if not m:
            return [], i
        return [self.by_text[t] for t in m.group().split("、")], m.end()


# The forms of a head's office (kind "head" in titles.tsv): 副市长, 常务副市长, 代市长, 代理市长.
_HEADED_BODIES = ("自治区人民政府", "自治区", "管委会", "街道办事处")
HEAD_VARIANTS = (("副", "Deputy "), ("常务副", "Executive Deputy "), ("代", "Acting "), ("代理", "Acting "))


def expand_heads(titles: list[Title]) -> list[Title]:
    """Offices of the titles table, a head's variants generated (a row of their own wins)."""
    out: dict[str, Title] = {}
    for t in titles:
        if t.kind != "head":
            out.setdefault(t.text, t)
            continue
        out[t.text] = Title(t.text, t.level, t.english, "office")
        for prefix, english in HEAD_VARIANTS:
            # 自治区主席 → 自治区副主席: the variant's prefix goes after the body the head heads.
            stem = next((b for b in _HEADED_BODIES if t.text.startswith(b) and len(t.text) > len(b)), "")
            head = t.text[len(stem):]
            out.setdefault(stem + prefix + head, Title(stem + prefix + head, t.level, english + t.english, "office"))
    return list(out.values())


@lru_cache(maxsize=4)
def _load(user_dir: str) -> tuple[TitleTable, frozenset[str]]:
    titles = [Title(r[0], (r + [""])[1], (r + ["", ""])[2], (r + ["", "", "office"])[3] or "office")
              for r in _rows("titles.tsv")]
    return TitleTable(expand_heads(titles)), frozenset(r[0] for r in _rows("surnames.tsv"))


def titles_table() -> TitleTable:
    return _load(os.environ.get("KG_LEXICON_DIR", ""))[0]


def surnames() -> frozenset[str]:
    return _load(os.environ.get("KG_LEXICON_DIR", ""))[1]


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    import jieba.posseg   # its dictionary: ~0.6 s, once
    return jieba.posseg.dt.word_tag_tab


def _has_surname(s: str) -> bool:
    return s[:1] in surnames() or s[:2] in surnames()


def name_problem(name: str) -> str:
    """Why `name` cannot be a person's name, or "" when it can."""
    if not 2 <= len(name) <= 4 or not all(is_cjk(ch) for ch in name):
        return "not 2–4 Chinese characters"
    sn = surnames()
    compound = name[:2] in sn
    if not compound and name[0] not in sn:
        return "does not start with a family name"
    if len(name) == 4 and not compound:
        return "four characters without a two-character family name"
    if any(h in name for h in _HONORIFICS) or titles_table().pattern.search(name):
        return "holds a title or honorific"
    given = name[2:] if compound else name[1:]     # 于 and 那 are family names too (于大永)
    if any(ch in _NOT_IN_NAME for ch in given) or name[-1] in _PLACE_END:
        return "reads as a phrase or a place, not a name"
    tag = _word_tags().get(name)
    if tag and not tag.startswith("nr"):
        return f"an ordinary word ({tag})"
    return ""


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


@dataclass
class Found:
    mentions: list[Mention] = field(default_factory=list)
    rejected: list[tuple[str, str, int]] = field(default_factory=list)   # (candidate, why, offset)
    national: list[str] = field(default_factory=list)


_LEVEL_ORDER = {"town": 5, "county": 4, "district": 4, "city": 3, "province": 2, "national": 1, "": 0}


def _level(titles: list[Title]) -> str:
    return max((t.level for t in titles), key=lambda lv: _LEVEL_ORDER.get(lv, 0), default="")


def find(text: str, lexicon: Lexicon, *, skip: tuple[int, int] | None = None,
         places: dict[str, str] | None = None) -> Found:
    """Every official named in `text`; `skip` is a span read elsewhere (the by-line),
    `places` extra region names (a report's town) → keys."""
    table = titles_table()
    found = Found()
    found.national = _national_names(text, table)
    nat = set(found.national)
    places = places or {}

    def skipped(i: int) -> bool:
        return skip is not None and skip[0] <= i < skip[1]

    for m in table.chain.finditer(text):
        if skipped(m.start()):
            continue
        titles = _with_body(text, m.start(), [table.by_text[t] for t in m.group().split("、")])
        if any(t.level == "national" for t in titles):
            continue
        offices = [t for t in titles if t.kind == "office"]
        group = next((t.text for t in titles if t.kind == "group"), "")
        region, rstart = _region_before(text, m.start(), lexicon, places)
        strong = rstart < m.start() or rstart == 0 or not is_cjk(text[rstart - 1]) or text[rstart - 1] in "、上"
        j = m.end()
        while j < len(text) and text[j] in " \t\u3000;；:：":
            j += 1
        if text.startswith("的", j) and _APPOINTED.search(text, max(0, rstart - 3), rstart):
            j += 1      # 当选为市长的唐良智: news names a new office-holder through 的
        written = written_name(text, j)
        if written and written[0] not in nat:
            found.mentions.append(Mention(written[0], [t.text for t in offices], group, _level(titles), region, rstart, written[1], "titled"))
            continue
        name, why = _name_at(text, j)
        if name and name not in nat:
            found.mentions.append(Mention(name, [t.text for t in offices], group, _level(titles), region, rstart, j + len(name), "titled"))
            # 副市长王京文、孙斌: names listed after one title share it (a name with a title of
            # its own is the chain scan's).
            e = j + len(name)
            while text.startswith("、", e) and not table.chain.match(text, e + 1):
                more, _ = _name_at(text, e + 1)
                if not more or more in nat:
                    break
                found.mentions.append(Mention(more, [t.text for t in offices], group, _level(titles), region,
                                              e + 1, e + 1 + len(more), "titled"))
                e += 1 + len(more)
            continue
        before, body = _name_before(text, rstart, m.end())
        if before and before not in nat:
            # 省委王某某书记: the body before the name is part of the title (省委书记).
            joined = table.get(body + m.group()) if body and "、" not in m.group() else None
            named = [joined] if joined else titles
            found.mentions.append(Mention(before, [t.text for t in named if t.kind == "office"], group, _level(named),
                                          region, rstart - len(before) - len(body), m.end(), "titled"))
        elif why and strong and _has_surname(why[0]):
            # Only what could have been a name is worth telling (not 县长、乡长亲自抓).
            found.rejected.append((why[0], why[1], j))

    for m in _LIST_TRIGGER.finditer(text):
        if not skipped(m.start()):
            _list_before(text, m, table, nat, found)
    return found


# Names as by-lines and speaker lines write them: padded with spaces to the width of a longer
# name (韦 韬, 龚　正), or transliterated with a middle dot (艾尔肯·吐尼亚孜).
_PADDED = re.compile(r"([\u4e00-\u9fff])[ \u3000\u00a0]{1,3}([\u4e00-\u9fff])(?:[ \u3000\u00a0]{1,3}([\u4e00-\u9fff]))?(?=[ \u3000\u00a0]*(?:\n|$))")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}")


def written_name(text: str, j: int) -> tuple[str, int] | None:
    """A padded name standing at a line's end, or a dotted name, at text[j]: (the name as one
    word, where it ends in the text); None when there is neither."""
    m = _PADDED.match(text, j)
    if m:
        name = "".join(g for g in m.groups() if g)
        return (name, m.end()) if not name_problem(name) else None
    m = _DOTTED.match(text, j)
    if m and len(m.group()) <= 16:
        return m.group(), m.end()
    return None


def _name_at(text: str, j: int) -> tuple[str, tuple[str, str] | None]:
    """The name starting at text[j], its end read from what follows; or why there is none."""
    run_end = j
    while run_end < len(text) and run_end - j < 8 and is_cjk(text[run_end]):
        run_end += 1
    run = text[j:run_end]
    if len(run) < 2:
        return "", None
    lengths = [n for n in (3, 2, 4) if n <= len(run)]

    def ends_at(n: int, weak: bool) -> bool:
        if j + n == run_end and (run_end >= len(text) or not is_cjk(text[run_end])):
            return True
        after = text[j + n:j + n + 6]
        if after.startswith(_STRONG_FOLLOWERS) or titles_table().chain.match(after):
            return True
        return weak and after[:1] in _WEAK_FOLLOWERS

    for weak in (False, True):
        for n in (lengths if not weak else sorted(lengths)):
            if ends_at(n, weak) and not name_problem(run[:n]):
                return run[:n], None
    # The text names the same person elsewhere with a clear end (赵豪志强调…): that settles it.
    for n in lengths:
        cand = run[:n]
        if not name_problem(cand) and _ends_elsewhere(text, cand, j):
            return cand, None
    # Nothing fits: report the likeliest candidate and why it was refused.
    for n in lengths:
        if ends_at(n, True):
            return "", (run[:n], name_problem(run[:n]) or "no clear end")
    return "", (run[:3], name_problem(run[:3]) or "no clear end (nothing a name is followed by)")


def _ends_elsewhere(text: str, cand: str, here: int) -> bool:
    for m in re.finditer(re.escape(cand), text):
        if m.start() == here:
            continue
        after = text[m.end():m.end() + 6]
        if not after or not is_cjk(after[0]) or after.startswith(_STRONG_FOLLOWERS):
            return True
    return False


# The bodies a name may stand between and its title (省委王某某书记, 市政府李某某市长).
_BODIES_BEFORE_NAME = ("自治区党委", "省委", "市委", "县委", "区委", "旗委", "州委", "盟委", "镇党委", "乡党委", "党工委", "党委",
                       "省人大", "市人大", "县人大", "区人大", "人大", "省政协", "市政协", "县政协", "区政协", "政协",
                       "省政府", "市政府", "县政府", "区政府", "政府")


def _name_before(text: str, start: int, title_end: int) -> tuple[str, str]:
    """赵豪志市长指出: a name right before a title, itself after a clause boundary; or after a
    body whose title it completes (省委王某某书记). Returns the name and that body ("" when none)."""
    after = text[title_end:title_end + 6]
    if not (title_end >= len(text) or not is_cjk(after[:1]) or after.startswith(_STRONG_FOLLOWERS)):
        return "", ""
    for n in (3, 2):
        s = start - n
        if s < 0 or not all(is_cjk(ch) for ch in text[s:start]):
            continue
        if name_problem(text[s:start]):
            continue
        if s == 0 or not is_cjk(text[s - 1]) or text[s - 1] == "、":
            return text[s:start], ""
        body = next((b for b in _BODIES_BEFORE_NAME if text.endswith(b, 0, s)), "")
        if body and (s - len(body) == 0 or not is_cjk(text[s - len(body) - 1]) or text[s - len(body) - 1] in "、由"):
            return text[s:start], body
    return "", ""


# The level a body's name gives the posts it qualifies (市政协 → city).
_BODY_LEVELS = (("自治区", "province"), ("省", "province"), ("市", "city"), ("州", "city"), ("盟", "city"),
                ("县", "county"), ("旗", "county"), ("区", "district"), ("镇", "town"), ("乡", "town"))


def _with_body(text: str, start: int, titles: list[Title]) -> list[Title]:
    """市政协党组书记、主席: posts of any level (党组书记, 主席) right after a body's name are
    that body's posts, every one of the chain: 市政协党组书记 and 市政协主席, at the city level."""
    body = next((b for b in _BODIES_BEFORE_NAME if text.endswith(b, 0, start)), "")
    if not body:
        return titles
    level = next((lv for prefix, lv in _BODY_LEVELS if body.startswith(prefix)), "")
    return [Title(body + t.text, level, t.english, t.kind) if t.kind == "office" and not t.level else t
            for t in titles]


def _region_before(text: str, i: int, lexicon: Lexicon, places: dict[str, str]) -> tuple[str, int]:
    """A region named right before a title (青岛市代市长, 兰山区人民政府区长): its key and start."""
    s = i
    for suffix in ("人民政府", "政府"):
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
    while s > 0 and m.start() - s < 80 and text[s - 1] not in _CLAUSE_STOP:
        s -= 1
    clause = text[s:m.start()]
    if clause.endswith("等"):
        clause = clause[:-1]
    if not clause:
        return
    lead, k = table.take(clause, 0)
    group = next((t.text for t in lead if t.kind == "group"), "")
    shared = [t for t in lead if t.kind == "office"]
    items, pos = [], s + k
    for piece in clause[k:].split("、"):
        own, j = table.take(piece, 0)
        items.append((piece[j:], own, pos + j, pos))
        pos += len(piece) + 1
    verdicts = [(name, own, at, at0, name_problem(name)) for name, own, at, at0 in items]
    good = [v for v in verdicts if not v[4] and v[0] not in nat]
    if len(good) < len(verdicts):
        # A list with a non-name in it is a list of people only under a title (市领导…);
        # otherwise it is companies, places or groups (海尔、海信参加): nothing is taken.
        if len(good) * 2 > len(verdicts):
            for name, _own, at, _at0, problem in verdicts:
                if problem and _has_surname(name):
                    found.rejected.append((name, problem, at))
        if not lead:
            return
    role = "respondent" if m.group("resp") else "attendee"
    for k, (name, own, at, at0, problem) in enumerate(verdicts):
        if problem or name in nat:
            continue
        titles = (shared if k == 0 else []) + own
        found.mentions.append(Mention(name, [t.text for t in titles if t.kind == "office"], group,
                                      _level(titles), "", at0, at + len(name), role))


def _national_names(text: str, table: TitleTable) -> list[str]:
    """Names next to national posts or in the formulas that quote national leaders."""
    out: list[str] = []
    marks = [m.start() for m in _NATIONAL_FORMULA.finditer(text)]
    marks += [m.start() for m in table.pattern.finditer(text) if table.by_text[m.group()].level == "national"]
    for p in sorted(marks):
        for n in (3, 2):
            cand = text[max(0, p - n):p]
            if len(cand) == n and not name_problem(cand):
                if cand not in out:
                    out.append(cand)
                break
    return out
