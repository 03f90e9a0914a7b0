"""Where a document states its own title: a line near the top shaped like one."""
from __future__ import annotations

import re

from loaders.reading.portal import is_boilerplate

# A document's title: 关于…的通知, …实施方案, …规划 — a line, not a sentence.
_DOC_TITLE = re.compile(r"关于|(?:通知|意见|方案|办法|规划|决定|措施|规定|细则|纲要|计划|公告|通报|条例|指南|要点|报告|清单|批复|函|公示|快报|简报"
                        r"|(?:进展|推进|落实|完成|执行|办理)情况)"
                        r"\s*(?:[（(][^）)\n]{1,20}[）)])?\s*$")


# The word a title ends with, after which nothing of the title is left to come.
_TITLE_CLOSE = re.compile(_DOC_TITLE.pattern.replace("关于|", "", 1))


def _title_line(line: str) -> bool:
    # (a numbered line, 一、审议…清单, is an item, never the title)
    return 4 <= len(line) <= 120 and not re.search(r"[，。；！？：:]", line) and not is_boilerplate(line) \
        and not NUMBERED_LINE.match(line)


# A line that opens with an item's number (一、 （一） 1. 第一章): an item, never a title.
NUMBERED_LINE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．](?!\d)"
                           r"|第[一二三四五六七八九十百]+[章条节])")
# A plan of measures' own section headings, a line each (三、主要任务, 四、保障措施, 一、总体要求): how a plan sets out
# what is to be done, which a division of another document's tasks (a 分工方案 of a report) does not.
PLAN_SECTION = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．][ \t]*(?:主要任务|重点任务|保障措施|总体要求|指导思想|基本原则|工作目标"
                          r"|发展目标|主要目标|工作措施|主要措施|实施步骤|工作步骤)[ \t]*$", re.M)


# A paragraph of the body: sentences, a full stop inside or at the end of a long line.
_BODY_PARAGRAPH = re.compile(r"^[^\n]{30,}。|^[^\n]{10,}。[^\n]{10,}")


# (but a covering notice's sentences stand above the plan it hands out, and the plan's title after them:
# 《…实施方案》已经…同意，现印发给你们; 现将方案下达给你们; a government's decree, …已经…通过，现予公布，自…起施行 —
# the sentence's shape, not a news lead's mention of a notice, 传达学习省政府办公厅印发的有关文件精神)
_COVERING = re.compile(r"现将[^。\n]{0,60}?(?:印发|转发|下达|发|公布)给|(?:印发|转发|下达)给你们|现(?:予以?)?(?:印发|公布|发布)"
                       r"|予以公布|自[^。\n]{2,24}起(?:施行|实施)")


# Lines that are no title whatever they end with: a fragment opening on punctuation (、指导思想: a number the copy
# lost), a line opening on a full date (2022年10月28日在…会议上: when and where a speech was given), a part of a
# document's apparatus (摘要, 目录, 前言), or a line a copy broke inside a quoted name (组织编制了《…建设指南).
_NOT_TITLE = re.compile(r"^[、，,。．.；;：:）)》]|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|^(?:摘\s*要|目\s*录|前\s*言|引\s*言)$")


def not_a_title(line: str) -> bool:
    """Whether a line shaped like a title is none: a fragment opening on punctuation, a date's line, a part of the
    document's apparatus, or a line holding only one side of a quoted name."""
    return bool(_NOT_TITLE.search(line.strip())) or line.count("《") != line.count("》")


# A title's head on the line above its closing words, the copy having wrapped it (石化行业智能制造标准体系 / 建设指南;
# …产品准入 / 管理指南（试行）): the closing line short, a kind of rule or plan alone (not 报告 or 情况, which a
# congress's label, a caption or a table's header cells stand above: …会议文件 / 政府工作报告, 计划完成时间 / 进展情况),
# and the head no title, no issuer's name and no date of its own.
_WRAPPED_CLOSE = re.compile(r"^[^，。；\s]{0,8}(?:指南|规定|办法|细则|方案|意见|规划|条例|纲要|措施)\s*(?:[（(][^）)\n]{1,6}[）)])?$")
_ISSUER_LINE = re.compile(r"(?:人民政府|政府|办公厅|办公室|委员会|局|厅|部|院|委|处|科|室|中心|\d)\s*$|[>|｜/]")


def _wrapped_head(lines: list[str], k: int) -> str:
    line, head = lines[k], lines[k - 1] if k else ""
    if head and len(line) <= 12 and _WRAPPED_CLOSE.match(line) and "关于" not in line + head and len(head) <= 40 and _title_line(head) \
            and not _DOC_TITLE.search(head) and not _ISSUER_LINE.search(head) and not not_a_title(head):
        return head
    return ""


def document_title(text: str) -> str:
    """The first line near the top shaped like a document's title ("" when none is). A title broken
    over lines (…办公厅关于落实 / 东北振兴…任务分工的通知; 石化行业智能制造标准体系 / 建设指南) is joined."""
    # (a site's tag before a title, 【市政府重点工作及责任分解】滁州市人民政府关于…, is not the title's)
    lines = [re.sub(r"^【[^】\n]{1,30}】\s*(?=\S{4})", "", m.group().strip(" \t\u3000#*•")) for m in re.finditer(r"[^\n]+", text[:1500])]
    lines = [ln for ln in lines if ln]
    for k, line in enumerate(lines):
        if _BODY_PARAGRAPH.search(line) and not _COVERING.search(line):
            break       # a title stands above the body: a 关于… line after it is a heading of the body (a meeting's topic)
        if _title_line(line) and _DOC_TITLE.search(line):
            title = _wrapped_head(lines, k) + line
            if "关于" in line and not _TITLE_CLOSE.search(line):
                for j in range(k + 1, min(k + 3, len(lines))):
                    if not _title_line(lines[j]):
                        break
                    if _TITLE_CLOSE.search(lines[j]):
                        title = "".join(lines[k:j + 1])
                        break
            if not not_a_title(title):
                return title
    return ""


# What a plan's title ends with: 分工方案, 若干措施, 责任分解(表), 任务清单, 工作台账, 一览表…
_TITLE_END = r"(?:方案|若干措施|行动计划|工作要点|实施意见|责任分解表?|任务分解表?|分工表?|清单|台账|一览表|计划)"
_HEAD_CHARS = 3000        # the plan's own title stands after a covering notice, never deep in the body
_NOTICE_CHARS = 800       # a covering notice stands at the top; a plan cited further on is another one
_TITLE = re.compile(rf"[^，,。：:；、]{{4,60}}{_TITLE_END}")
# A line of a list is not a title: an attachment (附件：1.…清单, 2.…任务分解) or a numbered item.
# (an item's or an article's number, 第十条, 第一百零五条, 第21条, 1., （三）, 二、: shared with the readers of duties)
ITEM_NUMBER = r"(?:第[一二三四五六七八九十百零〇\d]{1,6}[章节条部分]|\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
_LISTED = re.compile(r"\s*(?:附件|" + ITEM_NUMBER + ")")


def plan_title(lines, text, stated: str = "", plain: str = "") -> tuple[str, int]:
    """The plan's own title line, and where the plan (after the covering notice) begins. Else the
    title a portal's header table states, one the text cites (《…方案》), a line shaped like a
    title (…关于…的通知), or "" (the file's name stands for it) — never a header-table line, a
    salutation, a list's line or a sentence."""
    for ln, s, e in lines:
        if s > _HEAD_CHARS:
            break
        t = ln.strip()
        if _TITLE.fullmatch(t) and "关于" not in t and not t.startswith("《") and not _LISTED.match(t):
            return re.sub(r"\s+", "", t), e
    if stated:
        return re.sub(r"\s+", "", stated), 0
    m = re.search(rf"《([^》]{{4,60}}{_TITLE_END})》", text[:_NOTICE_CHARS])     # 现将《…方案》印发给你们
    if m:
        return m.group(1), 0
    return re.sub(r"\s+", "", document_title(plain or text)), 0     # lines as written: a title is a line
