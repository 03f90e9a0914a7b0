"""A scraped web page holding several work reports one after another, cut into one document each.

Such pages (e.g. an investment-promotion site's "【X招商】2021年X政府工作报告" list)
put each report as a bullet title line, the report's text, and the site's post
date, then the site's boilerplate (submission rules, contact lines, page counters).
Each report becomes a document of its own whose offsets still point into the page;
everything else is dropped and recorded as such.
"""
from __future__ import annotations

import re

from graph.model import Issue
from loaders.kinds.base import Splitter
from loaders.reading.source import SourceDocument

# "• 【青岛招商】青岛市政府工作报告", "  • 【历城区招商】2021年历城区政府工作报告"
_TITLE = re.compile(r"^[ \t]*[•·●▪◆*-][ \t]*【[^】\n]{1,20}】[^\n]*(?:政府工作报告|工作报告)[^\n]*$", re.M)
# The site's own post date under each entry: a line holding only a date.
_POST_DATE = re.compile(r"^[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]*$", re.M)


def score(text: str) -> float:
    n = len(_TITLE.findall(text))
    return 1.0 if n >= 2 else 0.0


def split(doc: SourceDocument) -> tuple[list[SourceDocument], list[Issue]]:
    raw = doc.raw
    titles = list(_TITLE.finditer(raw))
    parts: list[SourceDocument] = []
    kept: list[tuple[int, int]] = []
    for i, m in enumerate(titles):
        limit = titles[i + 1].start() if i + 1 < len(titles) else len(raw)
        date = _POST_DATE.search(raw, m.end(), limit)
        end = date.start() if date else limit
        end = len(raw[:end].rstrip())
        parts.append(doc.part(m.start(), end, i + 1))
        kept.append((m.start(), end))
    return parts, _dropped(doc, kept)


def _dropped(doc: SourceDocument, kept: list[tuple[int, int]]) -> list[Issue]:
    """One issue per stretch of the page that is not a report (post dates, boilerplate)."""
    issues, pos = [], 0
    for start, end in [*kept, (len(doc.raw), len(doc.raw))]:
        gap = doc.raw[pos:start]
        if gap.strip():
            first = next(line for line in gap.splitlines() if line.strip()).strip()
            lines = sum(1 for line in gap.splitlines() if line.strip())
            line_no = doc.raw.count("\n", 0, pos + gap.index(first)) + 1
            issues.append(Issue("collection.boilerplate", f"dropped {lines} line(s) of page text that are not a report", doc.key, line_no, first[:120]))
        pos = end
    return issues

# The containers this module cuts, for the registry (loaders/registry.py).
SPLITTERS = (
    Splitter("web_collection", score, split),
)
