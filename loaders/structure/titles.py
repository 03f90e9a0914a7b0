"""Where a document states its own title: a line near the top shaped like one."""
from __future__ import annotations

import re

from loaders.reading.portal import is_boilerplate

# A document's title: 关于…的通知, …实施方案, …规划 — a line, not a sentence.
_DOC_TITLE = re.compile(r"关于|(?:通知|意见|方案|办法|规划|决定|措施|规定|细则|纲要|计划|公告|通报|条例|指南|要点|报告|清单|批复|函)"
                        r"\s*(?:[（(][^）)\n]{1,20}[）)])?\s*$")


def document_title(text: str) -> str:
    """The first line near the top shaped like a document's title ("" when none is)."""
    for m in re.finditer(r"[^\n]+", text[:1500]):
        line = m.group().strip(" \t\u3000#*•")
        if 4 <= len(line) <= 120 and not re.search(r"[，。；！？：:]", line) and _DOC_TITLE.search(line) \
                and not is_boilerplate(line):
            return line
    return ""
