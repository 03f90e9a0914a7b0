"""Reading layer: bytes → decoded text → normalised text, keeping offsets into the original.

Evidence must point at the document as published, while extraction wants clean
text. So every normalisation step here keeps, for each output character, the
offset of the original character it came from (`NormalText.origin`).
"""
from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from dataclasses import dataclass

from graph.errors import ReadError
from loaders.reading.portal import is_boilerplate

# Encodings Chinese government sites use, tried in this order after BOMs.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes; return the text and the encoding used.

    Never guesses silently: the encoding is returned so the caller can say it,
    and bytes that are not text in a known encoding raise ReadError.
    """
    if not data.strip():
        raise ReadError("empty file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name), name
    if b"\x00" in data[:4096]:
        # Text in UTF-8 or GBK never holds NUL bytes; UTF-16 without a BOM does (every
        # ASCII character, newlines included). Take the byte order whose characters
        # look like writing; CJK text in the wrong order decodes to unrelated scripts.
        best = max(("utf-16-le", "utf-16-be"), key=lambda n: _plausible(_try(data, n)))
        text = _try(data, best)
        if text is not None and _plausible(text) >= 0.9:
            return text, best
        raise ReadError("binary file (not text in any supported encoding)")
    text = _try(data, "utf-8")
    if text is not None:
        if not _looks_like_text(text):
            raise ReadError("binary file (decodes as utf-8 but is not text)")
        return text, "utf-8"
    # GB18030 decodes nearly any bytes, Big5 ones included: as kana, box drawing and
    # private-use characters where Big5 has its common words. Of the two, the decoding that
    # reads most like Chinese writing wins; GB18030 on a tie.
    read = [(name, _try(data, name)) for name in ("gb18030", "big5")]
    texts = [(_plausible(text), name == "gb18030", name, text) for name, text in read
             if text is not None and _looks_like_text(text)]
    if texts:
        _, _, name, text = max(texts)
        return text, name
    if read[0][1] is not None:
        raise ReadError("binary file (decodes as gb18030 but is not text)")
    text = _try(data, "utf-16")
    if text is not None and _looks_like_text(text):
        return text, "utf-16"
    raise ReadError("not text in a supported encoding (UTF-8, UTF-16, GB18030/GBK, Big5)")


def _strict(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as e:
        raise ReadError(f"starts with a {name} byte-order mark but is not valid {name}: {e.reason} at byte {e.start}") from e


def _try(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _plausible(text: str | None) -> float:
    """Share of characters that are CJK, CJK punctuation, printable ASCII or white space."""
    if not text:
        return 0.0
    sample = text[:20000]
    good = sum(1 for ch in sample if is_cjk(ch) or ch in _CJK_PUNCT or (" " <= ch <= "~") or ch in "\t\n\r\u3000" or "\uff00" <= ch <= "\uffef")
    return good / len(sample)


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f")
    return bad <= len(sample) // 100


def is_cjk(ch: str) -> bool:
    """A CJK ideograph (the characters words are made of)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or 0xF900 <= o <= 0xFAFF


# Half-width punctuation that Chinese text writes full-width; converted when it
# touches a CJK character so "牵头领导:陈秀兴" and "牵头领导：陈秀兴" read the same.
_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
_CJK_PUNCT = set("，。、：；（）“”‘’《》〔〕【】！？…—")
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}


@dataclass(frozen=True)
class NormalText:
    """Text plus, for each character, the offset of the original character it came from."""

    text: str
    origin: tuple[int, ...]   # len(text) + 1 entries; the last is the original length

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of text[start:end]."""
        if end <= start:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.origin[end - 1] + 1

    def at(self, offset: int) -> int:
        """The offset in this view of an offset into the original: the first character that came from it or after it."""
        return bisect.bisect_left(self.origin, offset, 0, len(self.text))

    def line_of(self, original: str, start: int) -> int:
        """1-based line number, in the original text, of text[start]."""
        return original.count("\n", 0, self.origin[min(start, len(self.text))]) + 1

    def kept(self, keep: list[bool]) -> "NormalText":
        """This view with the characters `keep` marks False left out, the others keeping their offsets."""
        return NormalText("".join(c for c, k in zip(self.text, keep) if k),
                          tuple(o for o, k in zip(self.origin, keep) if k) + (self.origin[-1],))


def _build(pairs: list[tuple[str, int]], end: int) -> NormalText:
    return NormalText("".join(c for c, _ in pairs), tuple(o for _, o in pairs) + (end,))


_BREAK_TAG = re.compile(r"<\s*(?:br\s*/?|/?p|/?div)(?:\s+[^<>\n]{0,300})?\s*/?>", re.I)
# Tags inside a line (<strong>, <span style="…">): markup, not text.
_INLINE_TAG = re.compile(r"<\s*/?(?:strong|span|b|i|em|font|u|a)(?:\s+[^<>\n]{0,300})?\s*>", re.I)


def normalise(raw: str) -> NormalText:
    """Width and punctuation normalisation; one output character per input where possible."""
    pairs: list[tuple[str, int]] = []
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            if i + 1 < n and raw[i + 1] == "\n":
                i += 1
                continue
            ch = "\n"
        if ch in _DROP:
            i += 1
            continue
        if ch == "<" and (tag := _BREAK_TAG.match(raw, i)):
            # A page copied with its markup (a forum post: …编辑 <br /><br />12月2日…): a break is a line end.
            pairs.append(("\n", i))
            i = tag.end()
            continue
        if ch == "<" and (tag := _INLINE_TAG.match(raw, i)):
            i = tag.end()
            continue
        if ch in ("\u3000", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f"):
            pairs.append((" ", i))
        elif ch in _CJK_PUNCT or is_cjk(ch) or ch in "\t\n" or "\u2460" <= ch <= "\u2473":
            # Circled numbers ①…⑳ number items: kept, so they stay markers.
            pairs.append((ch, i))
        else:
            # NFKC folds full-width letters, digits and punctuation and the
            # like; an expansion maps every piece to its source.
            for piece in unicodedata.normalize("NFKC", ch):
                pairs.append((piece, i))
        i += 1
    # Second pass: ASCII punctuation touching CJK becomes its full-width form.
    out = []
    for k, (c, o) in enumerate(pairs):
        if c in _TO_FULL:
            prev = pairs[k - 1][0] if k else ""
            nxt = pairs[k + 1][0] if k + 1 < len(pairs) else ""
            if _cjkish(prev) or _cjkish(nxt):
                c = _TO_FULL[c]
        out.append((c, o))
    return _build(out, len(raw))


def _cjkish(ch: str) -> bool:
    return bool(ch) and (is_cjk(ch) or ch in _CJK_PUNCT)


# A line that starts a new item or heading: 一、 （一） 1. 1、 (1) 第三章 〔…
_ITEM_START = re.compile(r"\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．]|第[一二三四五六七八九十百\d]+[章节条部分]"
                         r"|\d{2}[ \t\u3000]+(?![月日年号时点个万亿元])(?=[\u4e00-\u9fff]))")
# A line that starts with a field label ("责任单位：…") is a new field, never a continuation.
_FIELD_START = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[：:]")
# A line shaped as a title (no sentence punctuation) that ends with what a document is: never wrapped into the next.
# A title after its label or series and a colon, opening with 关于 (督查通报〔2024〕第9期：关于…的通报, 某区企业奖励政策：
# 关于…的若干政策意见): the label is no sentence. Shared with the title readers.
TITLE_LABEL = r"[^，。；：！？,;:!?\n]{2,24}[：:]\s*(?=关于)"
LABELLED_TITLE = re.compile("^" + TITLE_LABEL)
_TITLE_LINE = re.compile(rf"(?:{TITLE_LABEL})?[^，。；：！？,;:!?]{{4,60}}(?:方案|通知|意见|办法|计划|措施|要点|规划|决定|报告|清单|细则|公告|通报|公示|纪要"
                         r"|(?:进展|推进|落实|完成|执行|办理)情况)》?")
_TITLE_HEAD = 600      # (where a document's title stands: its head)
# …unless the line below goes on with it: …推进情况 / 的报告, …落实情况 / 和下一步工作安排.
_TITLE_TAIL = re.compile(r"[的之和与及]|[\u4e00-\u9fff]{1,4}$")
# A document's number on a line of its own (沪府办发〔2014〕14号) is never the end of the title above it.
_NUMBER_LINE_AT = re.compile(r"[\u4e00-\u9fff]{1,10}[ \t]*[〔\[［【(（][ \t]*\d{4}[ \t]*[〕\]］】)）][ \t]*\d{1,4}[ \t]*号[ \t]*(?:\n|$)")
_NON_TERMINAL_END = set("、，：；（“《")
# A line listing units whole (区科技局、区经商局、莲都经开区管委会) before a line naming a unit or units: two cells of a
# flattened table (责任单位, then 牵头单位), not one list wrapped; a wrapped list breaks after its 、.
_UNIT = r"[^、，,。；;：:\s]{1,20}?(?:局|委|办|厅|中心|管委会|公司|集团|政府|街道|乡镇|院|所|站|队|社)(?:[（(][^）)\n]{1,10}[）)])?"
_UNIT_LIST_LINE = re.compile(rf"(?:{_UNIT}、)+{_UNIT}")
_UNITS_LINE = re.compile(rf"(?:{_UNIT}、)*{_UNIT}")
_MIN_WRAPPED_LINE = 20
# A line of a roster, as notices setting up a group list its members (组  长：王志刚  县委副书记、县长 / 张晓红  副县长):
# a name (padded or not), a space, the posts it holds and nothing after them. A member stands on a line of its own: the
# line is never the wrapped start of the next, nor the next line its continuation.
_ROSTER_LINE = re.compile(r"(?:[\u4e00-\u9fff ]{1,8}[：:] *)?[\u4e00-\u9fff](?: {0,3}[\u4e00-\u9fff]){1,3} +"
                          r"[\u4e00-\u9fff、]{1,40}?(?:长|书记|主任|主席|委员|巡视员|调研员|专员|负责人)(?:[（(][^）)\n]{1,12}[）)])?")


_NUMBERED_LINE = re.compile(r"[ \t\u3000]*\d{2} +(?![月日年号时点个万亿元])[\u4e00-\u9fff]$")

# A page that lost its line breaks keeps them as spaces: one long line whose spaces mostly follow a sentence's or a
# field's end (…请认真贯彻落实。 二○○六年五月十一日 …如下: 第一部分…). There every space between two words of two
# characters or more was a line break and is read as one; a space beside a lone character (市长 韦 韬) or after a post
# (县长 崔新乐) stays a pad.
# OCR's stray spaces (幼儿 园 144 所) fall anywhere, not mostly after sentence ends, so such lines are left alone.
_LOST_LINE = 300
_LOST_GAP = re.compile(r"(?<=[\u4e00-\u9fff，。：；！？）〕】”、\d])[ ]+(?=[\u4e00-\u9fff（〔【《“\d])")
_AFTER_END = set("。：；！？）〕】")
# …but a by-line's post before its holder's name (冠县县长 崔新乐) is padded, not broken.
_POST_END = re.compile(r"(?:[省市县区州旗盟镇乡村局厅部处科院校所站队组]长|书记|主任|主席|委员|专员)$")


def lost_breaks(text: str) -> frozenset[int]:
    """Offsets of the spaces in text that stand for the line breaks a page lost."""
    out: set[int] = set()
    for line in re.finditer(r"[^\n]+", text):
        if line.end() - line.start() < _LOST_LINE:
            continue
        gaps = list(_LOST_GAP.finditer(text, line.start(), line.end()))
        ends = sum(1 for g in gaps if text[g.start() - 1] in _AFTER_END)
        if ends < 5 or ends * 2 < len(gaps):
            continue
        cuts = [line.start()] + [g.start() for g in gaps] + [line.end()]
        brackets = titles = 0       # how deep in brackets and in 《》 each gap stands, counted along the line
        for k, g in enumerate(gaps):
            run = text[cuts[k]:g.start()]
            before, after = run.strip(), text[g.end():cuts[k + 2]].strip()
            brackets += run.count("（") + run.count("(") - run.count("）") - run.count(")")
            titles += run.count("《") - run.count("》")
            inside = brackets > 0 or titles > 0      # (a space inside brackets or a title: no break)
            if len(before) >= 2 and len(after) >= 2 and not _POST_END.search(before) and not inside:
                out.add(g.start())
    return frozenset(out)


def restore_breaks(nt: NormalText, lost: frozenset[int]) -> NormalText:
    """nt with the spaces at `lost` (lost_breaks) read as the line breaks they were; offsets unchanged."""
    if not lost:
        return nt
    return NormalText("".join("\n" if k in lost else c for k, c in enumerate(nt.text)), nt.origin)


def join_breaks(nt: NormalText, restored: frozenset[int] = frozenset()) -> NormalText:
    """Remove the artefacts of PDF/OCR conversion, keeping offsets.

    - a line break (with blank lines and spaces around it) inside a word or a
      sentence: "市工业\\n\\n和信息化局" → "市工业和信息化局". It is joined when the
      line before is long enough to have been wrapped (or ends mid-list, on 、 or ，)
      and the next line does not start a new item or heading (nor is a document's number, 沪府办发〔2014〕14号);
      a line shaped as a title ending with what the document is (…实施方案, …的通知) is never joined;
    - spaces between CJK characters and numbers: "增长 6% 以上" → "增长6%以上".
    Tabs are kept: they are table structure. Breaks restored where a page lost them (`restored`,
    restore_breaks) are never joined.
    """
    text = nt.text
    keep = [True] * len(text)
    for m in re.finditer(r"[ \n]*\n[ \n]*", text):
        a, b = m.start(), m.end()
        if a == 0 or b >= len(text) or restored and any(k in restored for k in range(a, b)):
            continue
        prev, nxt = text[a - 1], text[b]
        if not (_cjkish(prev) or prev.isdigit()) or not _cjkish(nxt) and not nxt.isdigit():
            continue
        if prev in "。！？）〕】" or _ITEM_START.match(text, b) or _FIELD_START.match(text, b) or _NUMBER_LINE_AT.match(text, b):
            continue
        line_start = text.rfind("\n", 0, a) + 1
        line = text[line_start:a].strip()
        next_end = text.find("\n", b)
        if is_boilerplate(line) or is_boilerplate(text[b:next_end if next_end >= 0 else len(text)]):
            continue  # a portal's widget or breadcrumb line is never part of a wrapped sentence
        following = text[b:next_end if next_end >= 0 else len(text)].strip()
        if line_start < _TITLE_HEAD and _TITLE_LINE.fullmatch(line) and not _TITLE_LINE.fullmatch(following) \
                and not _TITLE_TAIL.match(following):
            continue  # a title ending with what the document is (…实施方案, …的通知) is whole on its line
        if len(line) < _MIN_WRAPPED_LINE and prev not in _NON_TERMINAL_END:
            continue
        if _ROSTER_LINE.fullmatch(line) or _ROSTER_LINE.fullmatch(following):
            continue  # a member of a roster and the posts they hold, one a line
        if _UNIT_LIST_LINE.fullmatch(line) and _UNITS_LINE.fullmatch(following):
            continue  # a cell listing units, then the next cell's unit
        if prev.isdigit() and nxt.isdigit():
            continue
        for k in range(a, b):
            keep[k] = False
    for m in re.finditer(r" +", text):
        a, b = m.start(), m.end()
        if a == 0 or b >= len(text):
            continue
        prev, nxt = text[a - 1], text[b]
        if _NUMBERED_LINE.match(text, text.rfind("\n", 0, a) + 1, b + 1):
            continue        # 01 项目名称：… — the space after a block's number is its marker's
        if (_cjkish(prev) and (_cjkish(nxt) or _alnum(nxt))) or (_alnum(prev) or prev == "%") and _cjkish(nxt):
            for k in range(a, b):
                keep[k] = False
    return nt.kept(keep)


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_SENTENCE_END = "。！？；\n"


def one_line(s: str) -> str:
    """Text as one line: the page's line breaks, and the spaces around them, left out."""
    return re.sub(r"\s*\n\s*", "", s).strip()


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or table row) containing text[start:end], as offsets into `text`."""
    s = start
    while s > 0 and text[s - 1] not in _SENTENCE_END:
        s -= 1
    e = end
    while e < len(text) and text[e - 1:e] not in tuple(_SENTENCE_END) and text[e] != "\n":
        e += 1
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
