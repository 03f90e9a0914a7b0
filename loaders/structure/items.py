"""Numbered items of a plan: the markers governments number with, and the tree they make.

Markers, each its own style: 一、 | （一） (一) | 1. 1、 1． 1﹒ | (1) （1） | ① | 第一， | 1X (a number glued to the
text, only where such lines count 1, 2, 3…)
The level of a style is the order in which the document first uses it (一、 then （一）
then 1. then (1) is the usual order, but a plan may start at 1. or skip （一）). Numbers may
restart under each header or run on; a block belongs to the nearest block above it of a
higher level. A marker also starts a block mid-line when it follows the end of a sentence or
of an annotation: "(省发改委负责)(二)公共财政…", "…协办)2.重点抓好…".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_CN = "一二三四五六七八九十百零〇"
STYLES = (
    # 一、2025年主要目标 is a header; 一.5 and 一，2 are not.
    ("cn", re.compile(rf"[ \t\u3000]*([{_CN}]+)[ \t]*(?:、|[.．,，](?!\d))[ \t]*")),
    ("pcn", re.compile(rf"[ \t\u3000]*[（(]([{_CN}]+)[)）][ \t]*")),
    ("ord", re.compile(rf"[ \t\u3000]*第([{_CN}]+)(?:[、，,：:．.]|[ \t]+)[ \t]*(?![章条节款部篇])")),
    # (a copy out of Word or PDF may set a space before the dot: 1 .机器学习标准)
    ("ar", re.compile(r"[ \t\u3000]*(\d{1,3})(?:[.．﹒、]| [.．])(?!\d(?!\d*年))[ \t]*")),
    ("par", re.compile(r"[ \t\u3000]*[（(](\d{1,2})[)）][ \t]*")),
    ("circ", re.compile(r"[ \t\u3000]*([①-⑳])[ \t]*")),
    # 一是…；二是… — items told one after another, numbered by the words that count them.
    ("shi", re.compile(rf"[ \t\u3000]*([{_CN}]{{1,2}})是(?=[\u4e00-\u9fff“\"《])[ \t]*")),
    # 01 项目名称：…, 12 项目名称：… — a number of two digits and a space, as web pages number blocks.
    ("sp", re.compile(r"[ \t\u3000]*(\d{2})[ \t\u3000]+(?![月日年号时点个万亿元])(?=[\u4e00-\u9fff])")),
)
# 1全面落实…, 2免费开展…: a number glued to its item's text (a page that dropped the mark after it) numbers items only
# where such lines count 1, 2, 3… down the text, each opening a line (1月, 3个, 10件 are words of their sentence).
# (nor a floor, a route, a phase or any other measure word after a number: 1楼, 2路公交, 3期, 5层)
_GLUED = re.compile(r"[ \t\u3000]*(\d{1,2})(?=[\u4e00-\u9fff])"
                    r"(?![月日年号时点分秒周季个万亿千百元件项名次岁批条家所座户人台辆套吨亩米楼路层期处栋幢单班届级倍组类种线段站轮部篇章节])")
# Where a marker may start a block inside a line: after a sentence or an annotation.
_INLINE = re.compile(r"(?<=[。；;）)〕】\]])[ \t]*(?=[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}(?:[.．﹒、]| [.．])(?!\d(?!\d*年))|[①-⑳])")
# 一是… after a colon or a sentence's end (分别为：一是…；二是…) starts a block in a paragraph of its own;
# inside a numbered item it only details that item (3．提升热线服务。一是…；二是…。（牵头单位：…）).
_INLINE_COUNTED = re.compile(r"(?<=[。；;：:])[ \t]*(?=[一二三四五六七八九十]{1,2}是[\u4e00-\u9fff“\"《])")

# In a line long enough to be a whole document run together (a page that lost its line breaks),
# a section's 一、 starts a block after a sentence, an annotation or a colon too (…如下：一、…), and
# any marker starts one after a header that says who leads what follows (一、王丹县长牵头重点工作（一）…).
_LONG = 200
_INLINE_LONG = re.compile(r"(?<=[。；;）)〕】\]：:])[ \t]*(?=[一二三四五六七八九十]{1,3}、[^一二三四五六七八九十\d])"
                          r"|(?<=[：:])[ \t]*(?=1(?:[.．﹒、]| [.．])[\u4e00-\u9fff])")     # (…通知如下：1.实现…: a list's first item)
_HEADER_RUN = re.compile(r"(?:牵头|主抓|负责|分管|领衔|包抓)的?(?:重点|主要)?(?:工作|任务)(?:[（(][^）)\n]{0,10}[)）])?[ \t]*"
                         r"(?=[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}[.．﹒、](?!\d)|[一二三四五六七八九十]{1,3}、)")


@dataclass
class Block:
    style: str
    number: str
    level: int
    start: int              # the marker
    body: int               # just past the marker
    end: int                # end of the block's own text (before its first child)
    parent: "Block | None" = None
    children: list["Block"] = field(default_factory=list)

    @property
    def last(self) -> int:
        """End of the block with everything under it."""
        return self.children[-1].last if self.children else self.end


def label(sub: Block) -> str:
    """How a sub-item's number reads inside its item's text: （1）, ①."""
    return f"（{sub.number}）" if sub.style in ("par", "pcn") else sub.number + {"circ": "", "shi": "是"}.get(sub.style, "、")


def marker(line: str) -> tuple[str, re.Match] | None:
    for style, pat in STYLES:
        m = pat.match(line)
        if m and m.end() < len(line.rstrip()):
            return style, m
    return None


def _pieces(text: str, start: int, stop: int):
    """Lines of text[start:stop], each also cut where an inline marker starts a block."""
    for m in re.finditer(r"[^\n]+", text[start:stop]):
        s, e = start + m.start(), start + m.end()
        if not text[s:e].strip():
            continue
        found = [k.start() for k in _INLINE.finditer(text, s, e)]
        counted = [k.start() for k in _INLINE_COUNTED.finditer(text, s, e)]
        if counted and marker(text[s:e]) is None:
            found += counted
        if e - s > _LONG:
            # A page that lost its line breaks: its headers and items run on in one line.
            found += [k.start() for k in _INLINE_LONG.finditer(text, s, e)]
            found += [k.end() for k in _HEADER_RUN.finditer(text, s, e)]
        cuts = [s] + sorted({k for k in found if s < k < e}) + [e]
        for a, b in zip(cuts, cuts[1:]):
            if text[a:b].strip():
                yield a, b


# A covering notice's list of attachments (附件：1.X任务清单 / 2.Y任务分解表): titles, one a line,
# numbered as items are, but naming documents, not tasks.
_ATTACHMENTS = re.compile(r"^[ \t\u3000]*附[ \t]*件[ \t]*[：:][ \t]*\n?[ \t\u3000]*1[.．、][^\n。；;]{2,60}"
                          r"(?:\n[ \t\u3000]*\d{1,2}[.．、][^\n。；;]{2,60}(?=\n|$))+", re.M)


def attachments(text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """The spans of attachment lists in text[start:stop]."""
    return [m.span() for m in _ATTACHMENTS.finditer(text, start, len(text) if stop is None else stop)]


def _glued_runs(text: str, pieces: list[tuple[int, int]], markers: list) -> set[int]:
    """Where lines open with glued numbers that count on from 1 (two or more in a run; a run may restart at 1);
    `markers` the pieces' own markers (marker()), read once by the caller."""
    runs: list[list[int]] = []
    for (a, b), own in zip(pieces, markers):
        m = _GLUED.match(text[a:b]) if own is None else None
        if m is None:
            continue
        n = int(m.group(1))
        if n == 1:
            runs.append([a])
        elif runs and n == len(runs[-1]) + 1:
            runs[-1].append(a)
    return {a for run in runs if len(run) >= 2 for a in run}


# An article of a regulation or a set of measures (第九条 鼓励…。（责任单位：…）): not an item (its numbered
# sub-items are), but where it opens the text of the measure it states begins.
# (an article opens its line after a sentence's or a heading's end, and is no law's article a sentence cites, broken onto
# a line of its own: 《…安全生产法》\n第二十一条规定的…)
_ARTICLE = re.compile(rf"^[ \t\u3000]*第[{_CN}\d]{{1,4}}条[ \t\u3000]*(?!规定|的|之|所|明确|要求|中|有关|款|项)", re.M)
_CLOSED_LINE = re.compile(r"(?:[。：:；;）)]|^[^，。,\n]{1,30})[ \t\u3000]*$")


def article_start(text: str, a: int, b: int) -> int:
    """Where the text of the last article opened in text[a:b] starts (after 第N条), else a: an annotation
    closing an article answers for the article, not for the numbered heading above it (（三）政策咨询)."""
    last = None
    for m in _ARTICLE.finditer(text, a, b):
        above = text[:m.start()].rstrip()
        before = above[above.rfind("\n") + 1:]      # (the last line above it with text, blank lines passed over)
        if not above or _CLOSED_LINE.search(before):
            last = m
    return last.end() if last else a


def blocks(text: str, start: int, stop: int, header: re.Pattern | None = None) -> list[Block]:
    """The numbered blocks of text[start:stop] as a forest; unnumbered lines join the block above.
    An attachment list is not blocks: its lines are left out."""
    levels: dict[str, int] = {}
    roots: list[Block] = []
    stack: list[Block] = []
    current: Block | None = None
    listed = attachments(text, start, stop)
    pieces = list(_pieces(text, start, stop))
    markers = [marker(text[a:b]) for a, b in pieces]
    glued = _glued_runs(text, pieces, markers)
    for (a, b), own in zip(pieces, markers):
        if any(s <= a < e for s, e in listed):
            continue
        found = own or (("glued", _GLUED.match(text[a:b])) if a in glued else None)
        if found is None:
            if current:
                current.end = b
            continue
        style, m = found
        level = levels.setdefault(style, len(levels))
        lead = len(text[a:b]) - len(text[a:b].lstrip(" \t\u3000"))
        block = Block(style, m.group(1), level, a + lead, a + m.end(), b)
        while stack and stack[-1].level >= level:
            stack.pop()
        if stack:
            block.parent = stack[-1]
            stack[-1].children.append(block)
        else:
            roots.append(block)
        stack.append(block)
        current = block
    return roots


def walk(forest: list[Block]):
    for b in forest:
        yield b
        yield from walk(b.children)


def seq(block: Block, qualify: bool) -> str:
    """The block's number as written, qualified by its parents' when numbers restart."""
    own = f"({block.number})" if block.style in ("pcn", "par") else block.number + ("是" if block.style == "shi" else "")
    if block.style == "par" and block.parent is not None and block.parent.style == "cn":
        return f"{block.parent.number}{own}"
    if not qualify or block.parent is None:
        return own
    chain, p = [], block.parent
    while p is not None and p.style in ("cn", "pcn", "ord"):
        chain.append(f"({p.number})" if p.style == "pcn" else p.number)
        p = p.parent
    return ".".join(reversed(chain)) + ("." if chain else "") + own


# The items a vote chose, run on in one paragraph, each numbered in brackets after a sentence's end (…票决结果。分别是：(1)…；
# (2)…; …票决确定了30项…具体为：…项目(1)…。项目(2)…): the list the deputies voted, as the 民生实事票决制 publishes it. (a
# session's news quoting the work report's pledges, 《报告》指出…(1)…(2)…, tells of the report: no vote, no list)
RUN_ON_BRACKETED = re.compile(r"(?<=[：:。；;])\s*(?:[\u4e00-\u9fff]{2})?[（(]\d{1,2}[)）]")
_VOTED = re.compile(r"票决")


def voted_run_on(lead: str) -> tuple[re.Pattern, ...]:
    """The bracketed run-on item's pattern where a text's lead tells a vote on the items (票决), else none."""
    return (RUN_ON_BRACKETED,) if _VOTED.search(lead) else ()
