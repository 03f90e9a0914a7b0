"""Officials' names and titles: the titles table (loaders/data/titles.tsv, a head's 副-, 常务副-,
代- forms generated), the family names (loaders/data/surnames.tsv), whether a string can be a
person's name, and where a name written in running text ends (read from what follows it).

loaders/recognisers/officials.py finds the officials a text names with these.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.recognisers.lexicon import data_rows
from loaders.reading.text import is_cjk

# What may follow a name: verbs of meetings and honorifics, longest first. A single
# character (在, 和…) is weaker evidence: it is tried only after the longer ones fail.
_STRONG_FOLLOWERS = tuple(sorted((
    "各位代表", "同志", "主持", "出席", "参加", "讲话", "强调", "指出", "表示", "要求", "分别", "一行", "结合",
    "带队", "调研", "作为", "担任", "介绍", "会见", "陪同", "宣布", "致辞", "发言", "部署", "听取",
    "率队", "代表", "等人", "认为", "提出", "深入", "前往", "来到", "察看", "检查", "督导", "批示", "围绕", "进行",
    "参观", "看望", "慰问", "主持召开", "作报告", "作工作报告", "一同", "共同", "先后", "通报", "传达",
    "汇报", "宣读", "解读", "回答", "答复", "作出", "作了", "希望", "带领", "率领", "召开", "走访",
    "考察", "视察", "接见", "会谈", "座谈", "出任", "兼任", "主抓", "分管", "牵头", "签署", "颁发",
    "颁奖", "点评", "总结", "对接", "一起", "委托", "应邀", "负责", "领导", "主管", "协助",
    "明确", "面对", "在主席台", "列席", "就座", "就坐", "致闭幕词", "致开幕词", "致欢迎词", "致词", "联系", "协调",
    "关于",     # (听取了孙桂华副镇长关于…的汇报)
    "以及",     # (管委会副主任周林以及指挥部成员参加: not 周林以)
    "二同志", "两同志", "三同志", "二位同志", "两位同志", "三位同志",     # (县长袁文林二同志率…: not 袁文林二)
    "专题",     # (区委书记赵峻岭专题研究…)
), key=len, reverse=True))
# The verbs of a meeting, and with them what is done there, never a given name (执行主席席就座: the chair's seat,
# then 就座).
MEETING_VERBS = ("主持", "出席", "讲话", "致辞", "参加", "列席")
# The verbs after a list of names all of whom were there (A、B、C出席 / 陪同 / 分别讲话).
LIST_VERBS = ("出席", "参加", "列席", "陪同", "分别")
_AT_MEETING = {*MEETING_VERBS, "就座", "就坐", "调研", "陪同"}
# Function words a name never opens with (在会上讲话, 县长在线•热点追踪).
FUNCTION_FIRST = set("在对到和与及为就向把被将从由于给跟同")
_WEAK_FOLLOWERS = set("在对到等和与及说讲率赴向为就并又作称也还来从")     # (陈海刚从三个方面作了强调)
_NOT_IN_NAME = set("的了是们这那于被把将等及与并或")       # 之 is in given names (吴之凌)
# Names do not end like places and bodies (高新区, 市直各部门…).
_PLACE_END = set("省市区县镇乡村局委办厅部院校司厂处科庄屯营沟湾岭寨峪洼")
# A clause's modal verbs after an adverb that is also a family name (都可以参加, 都要参加, 还应该).
_MODALS = {"可以", "应该", "应当", "必须", "能够", "需要", "将要", "不能", "不得", "可能"}
_ADVERBS = set("都还全")           # family names that are adverbs too; 王能, 李应 are names
_MODAL_CHARS = set("要应能需得会可")
# Bodies a level's character opens, 区 a family name too (区政协主任, 区人大代表): no given name.
_BODY_WORDS = {"政协", "人大", "政府", "法院", "检察院", "纪委", "监委", "妇联", "团委", "工会", "科协", "侨联", "残联", "文联",
               "党委", "党组", "公安", "财政", "委办", "府办"}
_CLAUSE_OPENERS = set("由向对从于")     # family names that open a clause too, before a verb or a pronoun: 由相关…
_HONORIFICS = ("同志", "代表", "先生", "女士", "院士", "教授", "专家")


_NOMINEE = r"提名人选"
# A unit whose post follows another title in a chain (县公安局, 区委办, 办事处): a name ending like a unit.
_UNIT = r"[\u4e00-\u9fff]{1,10}?(?:局|委|部|厅|办|处|院|所|中心)"


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
        # After the first title, a post of a unit may follow (副县长、县公安局局长; 副区长、区委办主任).
        # A title may be a nomination (副旗长提名人选); 主席台 is a platform, not a 主席.
        # (or written 提名副县长人选)
        one = rf"(?:提名(?:{alt})人选|(?:{alt})(?!台)(?:{_NOMINEE})?)"
        self.chain = re.compile(rf"{one}(?:、(?:{_UNIT})?{one})*")

    def get(self, text: str) -> Title | None:
        return self.by_text.get(text)

    def titles(self, chain: str) -> list[Title]:
        """The titles of a chain the pattern matched; a unit's post keeps its unit (县公安局局长),
        at the level the unit's first character names (县 → county)."""
        out = []
        for piece in chain.split("、"):
            nominee = re.search(_NOMINEE + "$", piece) or (re.search("人选$", piece) if piece.startswith("提名") else None)
            piece = piece[:nominee.start()] if nominee else piece
            named = "提名" if nominee and nominee.group() == "人选" else ""     # 提名副县长人选
            piece = piece[len(named):]
            t = self.by_text.get(piece)
            if t is None:
                key = next((piece[k:] for k in range(1, len(piece)) if piece[k:] in self.by_text), None)
                if key is None:
                    continue        # (nothing of it is a title: the chain's pattern and this reading disagree)
                post = self.by_text[key]
                level = post.level or next((lv for prefix, lv in _BODY_LEVELS if piece.startswith(prefix)), "")
                t = Title(piece, level, post.english, post.kind)
            out.append(Title(named + t.text + nominee.group(), t.level, t.english + " (nominee)", t.kind) if nominee else t)
        return out

    def take(self, text: str, i: int, end: int | None = None) -> tuple[list[Title], int]:
        """The chain of titles at text[i] (市委副书记、市长) and where it ends."""
        m = self.chain.match(text, i, len(text) if end is None else end)
        if not m:
            return [], i
        return self.titles(m.group()), m.end()


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
              for r in data_rows("titles.tsv")]
    return TitleTable(expand_heads(titles)), frozenset(r[0] for r in data_rows("surnames.tsv"))


def titles_table() -> TitleTable:
    return _load(os.environ.get("KG_LEXICON_DIR", ""))[0]


def surnames() -> frozenset[str]:
    return _load(os.environ.get("KG_LEXICON_DIR", ""))[1]


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    import jieba.posseg   # its dictionary: ~0.6 s, once
    return jieba.posseg.dt.word_tag_tab


def has_surname(s: str) -> bool:
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
    if given in _AT_MEETING:
        return "a family name's character and a meeting's verb, not a name"
    if given in _MODALS or name[0] in _ADVERBS and given in _MODAL_CHARS:
        return "an adverb and a modal verb (都可以, 都要), not a name"
    if given in _BODY_WORDS:
        return "a level and a body (区政协主任), not a name"
    if name[0] in _CLAUSE_OPENERS and len(given) > 1 and _word_tags().get(given, "")[:1] in ("v", "r", "p", "c", "d"):
        return "a preposition before a word (由相关县领导牵头), not a name"
    tag = _word_tags().get(name)
    if tag and not tag.startswith("nr"):
        return f"an ordinary word ({tag})"
    return ""


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
    if m and len(m.group()) <= 16 and m.group()[0] not in FUNCTION_FIRST:     # (县长在线•热点追踪: a programme's name)
        n = _dotted_end(text, m)
        return m.group()[:n], j + n
    return None



# Where a transliterated name runs on into its sentence (艾尔肯·吐尼亚孜在乌鲁木齐会见): its last part ends before
# a word names are followed by, or one of these (not 来 or 合, which such names hold: 艾力·来提).
_DOTTED_FOLLOWERS = set("在等和与及对到说向")


def _dotted_end(text: str, m: re.Match) -> int:
    """How long the dotted name m is, its last part cut where its sentence goes on."""
    last = max(m.group().rfind(d) for d in "·•・‧") + 1
    for k in range(last + 2, len(m.group())):
        at = m.start() + k
        if text[at] in _DOTTED_FOLLOWERS or text.startswith(_STRONG_FOLLOWERS, at):
            return k
    return len(m.group())


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
        # (李强于3月5日主持…: 于 and a date)
        return weak and (after[:1] in _WEAK_FOLLOWERS or after[:1] == "于" and after[1:2].isdigit())

    def fits(n: int) -> bool:
        # (于 ends a given name where a preposition or a meeting's verb follows it at once: 县长张中于在…主持; 于在 is
        # never a phrase)
        return not name_problem(run[:n]) or n == 3 and run[2] == "于" and not name_problem(run[:2]) and (
            text[j + 3:j + 4] in _WEAK_FOLLOWERS or text[j + 3:j + 9].startswith(_STRONG_FOLLOWERS))

    for weak in (False, True):
        for n in (lengths if not weak else sorted(lengths)):
            if ends_at(n, weak) and fits(n):
                if n == 3 and _prepositional(text, j) and not (
                        text[j + 3:j + 9].startswith(_STRONG_FOLLOWERS) or titles_table().chain.match(text, j + 3)):
                    # 苗圩在2019…致辞, 邵文受到处分, 安南为和平…: two characters and a preposition.
                    two = run[:2]
                    return (two, None) if not name_problem(two) else ("", (run[:3], "a name or word before a preposition"))
                if n == 3 and run[2] in _SPEECH and not name_problem(run[:2]) and (
                        text[j + 3:j + 4] in _SPEECH_OPENS or run[2] in _SAID and text[j + 3:j + 4] in _SAID_ENDS
                        or run[2] == "作" and (
                            text.startswith(_SPEECH_NOUNS, j + 3) or _BODYS_REPORT.match(text, j + 3))):
                    # 代县长陈丹作《政府工作报告》, 陈丹说，…, …”宣传委员罗君说。: a name and the verb of what the person says
                    return run[:2], None
                if n == 3 and run[2] == "为" and not name_problem(run[:2]) and _named_without(text, run[:2], "为", j):
                    # 推选邹广为代表团团长, 马飞为副团长: the text names 邹广 elsewhere (邹广委托…).
                    return run[:2], None
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


# Prepositions and the passive 受 that follow a name and open a phrase (在2019年…, 受到…): rarely the
# last character of a given name (为, 向, 对 often are: 李有为, 王向东, so they are not here).
_PREPOSITIONS = set("在受从把被将")
_CLAUSE_END = set("。，,；;！？、：:\n）)”\"")


_SPEECH = set("作说讲称")
_SPEECH_OPENS = set("《“\"，,：:")
# A quote's attribution after it closes its sentence: …。”桶井土家族乡宣传委员罗君说。 — 罗君 said it, never 罗君说.
_SAID, _SAID_ENDS = set("说讲"), set("。！？")
# What a person 作s at a meeting (王伟作汇报, 李强作工作报告): the 作 is the verb, not the end of a name.
_SPEECH_NOUNS = ("汇报", "报告", "工作报告", "讲话", "重要讲话", "发言", "部署", "动员", "表态", "总结", "说明", "解读", "点评")


# …or a body's report (王明作镇人大主席团工作报告, 李华作县政府工作报告): the body named before 报告.
_BODYS_REPORT = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:工作)?报告")


def _prepositional(text: str, j: int) -> bool:
    """Whether the third character of a name read at text[j] is a preposition opening a phrase:
    something other than a clause's end follows it (李有为。 keeps its name)."""
    k = j + 2
    return k + 1 < len(text) and text[k] in _PREPOSITIONS and text[k + 1] not in _CLAUSE_END and not text[k + 1].isspace()


def _named_without(text: str, two: str, third: str, here: int) -> bool:
    """Whether the text names `two` elsewhere not followed by `third` (邹广委托… beside 邹广为团长)."""
    return any(m.start() != here and text[m.end():m.end() + 1] != third for m in re.finditer(re.escape(two), text))


def _ends_elsewhere(text: str, cand: str, here: int) -> bool:
    for m in re.finditer(re.escape(cand), text):
        if m.start() == here:
            continue
        after = text[m.end():m.end() + 6]
        if not after or not is_cjk(after[0]) or after.startswith(_STRONG_FOLLOWERS):
            return True
    return False


# ---- a name's end where nothing a name is followed by shows it ------------------------------

# What opens the rest of a clause right after a name, as jieba's dictionary tags its first word: a verb, an adverb, a
# preposition or a conjunction (常务副局长高绿化邀请…, 市长李克良相关讲话, 省委书记李纪恒曾在…, 副局长段建华受到…处分).
_CLAUSE_WORD_TAGS = {"v", "d", "p", "c"}
# …or, a word of two characters or more, an adverbial adjective, an idiom, a set phrase or a word of place (侯洪波详细介绍,
# 吕永钧感慨不已, 省长刘伟平重要讲话, 摆在了党委书记梁金华面前).
_CLAUSE_WORDS_LONG = {"ad", "i", "l", "f"}
# What a family name's character is never tagged alone: a pronoun, a numeral, a preposition, a conjunction, a particle.
_NOT_A_FAMILY_NAME = {"r", "m", "p", "c", "u"}
_CLAUSE_STOPS = "。，,；;！？、：:\n（(“\""


def name_before_word(text: str, j: int) -> str:
    """The name right after a title at text[j] whose end jieba's dictionary shows: the text's words, cut without
    guessing unknown ones, put a word boundary two or three characters on, and the word there opens the rest of
    the clause (a verb, an adverb, a preposition, a conjunction; a lone character only after three). A name kg's
    followers did not end; "" if none."""
    stop = min([k for k in (text.find(ch, j, j + 12) for ch in _CLAUSE_STOPS) if k >= 0] or [min(len(text), j + 12)])
    window = text[j:stop]
    if len(window) < 3 or window[0] in FUNCTION_FIRST:
        return ""
    import jieba.posseg
    at = 0
    for w in jieba.posseg.dt.cut(window, HMM=False):
        cand = window[:at]
        # (a lone character after two is more likely a given name's last: 主任马树超研究员, 主任李烈正高级教师)
        if (at == 3 or at == 2 and len(w.word) > 1) and (w.flag in _CLAUSE_WORD_TAGS or len(w.word) > 1 and w.flag in _CLAUSE_WORDS_LONG) \
                and has_surname(cand) \
                and not name_problem(cand):
            # (and jieba, guessing unknown words, reads no other word where the family name stands: not 包案化解,
            # 任期内完成, 任第一组长, whose family name's character opens a verb, a noun or a pronoun; 高|绿化邀请 and
            # 段|建华受到 keep the family name alone)
            first = next(iter(jieba.posseg.dt.cut(window)), None)
            return cand if first is not None and (first.flag.startswith("nr") or len(first.word) == 1
                                                  and first.flag not in _NOT_A_FAMILY_NAME) else ""
        at += len(w.word)
        if at > 3:
            return ""
    return ""


# The verbs that close a clause giving a leader a task (由副省长王一新领办；, 由县委书记路国云主持。).
_CLOSING_VERBS = ("领办", "主持", "负责", "督办", "牵头", "包抓", "包联", "包保", "挂帅", "领衔", "主抓", "召集", "带队", "分管")


def name_before_closing_verb(text: str, j: int) -> str:
    """The name after 由 and a title whose verb of two characters closes the clause (由副省长王一新领办；, 由县委书记路国云
    主持。): the name is what stands between the title and that verb; "" if it cannot be a name (由副县长包案化解,
    由常务副市长任总指挥: no name, a verb after the title)."""
    m = re.match(r"[\u4e00-\u9fff]{4,6}(?=[。；;，,])", text[j:j + 7])
    if not m or not m.group().endswith(_CLOSING_VERBS):
        return ""
    cand = m.group()[:-2]
    return cand if not name_problem(cand) and not _word_tags().get(cand[:2], "nr").startswith("v") else ""


def unlisted_name(name: str) -> bool:
    """A name of no family name kg lists (Tibetan, Mongolian…: 多杰, 旦正卓玛), where the text has
    said a person stands there: no ordinary word, no title, no place or unit ending."""
    tag = _word_tags().get(name)
    if len(name) >= 3 and any(_word_tags().get(part, "nr")[:1] in ("v", "a", "d", "p", "c", "u", "m")
                              for part in (name[:2], name[-2:])):
        return False    # 表示荣幸, 作重要: words of a clause (a verb, an adjective…), not a name
    if name[0] in FUNCTION_FIRST:
        return False    # 在会上讲话: a preposition's phrase
    if any(h in name for h in _HONORIFICS):
        return False    # 才宁同志: the name is before the honorific
    return (2 <= len(name) <= 4 and all(is_cjk(ch) for ch in name) and not any(ch in _NOT_IN_NAME for ch in name)
            and name[-1] not in _PLACE_END and not titles_table().pattern.search(name)
            and (tag is None or tag.startswith("nr") or tag == "nz"))


def transliterated(cand: str) -> bool:
    """A name written as its sounds, of no family name kg lists (钢布和, 胡格吉乐图): two to five characters, no word of
    jieba's dictionary in it but a name's, no title, no place's or unit's end."""
    if not 2 <= len(cand) <= 5 or cand[0] in FUNCTION_FIRST or any(ch in _NOT_IN_NAME for ch in cand) \
            or cand[-1] in _PLACE_END or titles_table().pattern.search(cand) or len(cand) < 5 and not unlisted_name(cand):
        return False
    import jieba.posseg
    return all(len(w.word) == 1 or w.flag.startswith("nr") for w in jieba.posseg.dt.cut(cand, HMM=False))


# The level a body's name gives the posts it qualifies (市政协 → city).
_BODY_LEVELS = (("自治区", "province"), ("省", "province"), ("市", "city"), ("州", "city"), ("盟", "city"),
                ("县", "county"), ("旗", "county"), ("区", "district"), ("镇", "town"), ("乡", "town"))


# ---- national and foreign figures: names officials.find leaves out ----

_NATIONAL_FORMULA = re.compile(r"同志为核心|新时代中国特色社会主义思想")

# A body beyond China's state right before a title: its office-holders are not officials kg records.
FOREIGN_BODY = re.compile(r"(?:联合国|世界银行|国际货币基金组织|世界贸易组织|世界卫生组织|欧盟|欧洲联盟|东盟|北约"
                          r"|美国|日本|俄罗斯|英国|法国|德国|韩国|朝鲜|印度|越南|老挝|缅甸|泰国|巴基斯坦)[\u4e00-\u9fff]{0,6}$")

# A body of the central state right before a title, with its department (司, 局…) if named.
_MINISTRIES = ("外交|国防|教育|科学技术|科技|工业和信息化|国家民族事务|公安|国家安全|民政|司法|财政|人力资源和社会保障|"
               "人力资源社会保障|自然资源|生态环境|住房和城乡建设|住房城乡建设|交通运输|水利|农业农村|商务|文化和旅游|"
               "退役军人事务|应急管理")
NATIONAL_BODY = re.compile(rf"(?:国务院|中共中央|全国人大|全国政协|国家[\u4e00-\u9fff]{{1,10}}?(?:局|委员会|委|署)"
                           rf"|(?<![省市县区州委厅局])(?:{_MINISTRIES})部)(?:[\u4e00-\u9fff]{{2,14}}?(?:司|局|厅|办公室|中心))?$")


def national_names(text: str, table: TitleTable) -> list[str]:
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


# ---- elections and appointments -------------------------------------------------------------

def listed_names(written: str, joined: bool) -> list[tuple[str, int, int]]:
    """The names of an election's list with their offsets: split at 、, and (`joined`) at a 和 or 及 between two
    names of two characters or more (汪国彬和孙学清; not 刘和平)."""
    out = []
    for m in re.finditer(r"[^、]+", written):
        pair = re.fullmatch(r"([^和及]{2,4})[和及]([^和及]{2,4})", m.group()) if joined else None
        if pair and not name_problem(pair[1]) and not name_problem(pair[2]):
            out += [(pair[1], m.start(), m.start() + len(pair[1])), (pair[2], m.start() + pair.start(2), m.end())]
        else:
            out.append((m.group(), m.start(), m.end()))
    return out


def seat_given(phrase: str) -> list[Title] | None:
    """A seat on a commission or a standing committee, given by an election or an appointment (任命…为市监察委员会
    委员, 选举…为县人大常委会委员): an office there, though a member named otherwise (政协委员) holds none."""
    return [Title("委员", "", "Member", "office")] if _MEMBER_SEAT.search(phrase) else None


_MEMBER_SEAT = re.compile(r"(?:委员会|常委会)委员$")
