"""Documents as document-sharing sites show them: under the site's line (…由会员分享，可在线阅读…请在某某文库上搜索),
one line a page of the original, each opening with the page's number (1、 2、 3、…), the text running on from one page
into the next mid-word or mid-sentence (…市发展改革委、市 / 2、财政局、…). The page numbers are no items, and the
break before each page is no break in the text: both are left out of the view, offsets kept."""
from __future__ import annotations

import re

from loaders.reading.text import NormalText

# The site's own line, near the top.
_SHARED = re.compile(r"由会员分享|可在线阅读|页珍藏版")
_SITE_LINE = 800
# A page's number opening its line.
_PAGE = re.compile(r"(?:\A|\n)[ \t\u3000]*(\d{1,3})、")
# A page runs long: a line of a page's length (a site copy that keeps the document's own lines, 1、推进…, keeps its numbers).
_PAGE_CHARS = 200


def unpaged(view: NormalText) -> NormalText:
    """The view without a sharing site's page numbers, each page joined to the one before (the same view otherwise)."""
    text = view.text
    if not _SHARED.search(text[:_SITE_LINE]):
        return view
    marks, want = [], 1
    for m in _PAGE.finditer(text):
        if int(m.group(1)) == want:       # (pages count on from 1; a number out of count is the text's own)
            marks.append(m)
            want += 1
    # (every page but the last fills its line)
    if len(marks) < 2 or any(b.start() - a.end() < _PAGE_CHARS for a, b in zip(marks, marks[1:])):
        return view
    keep = [True] * len(text)
    for k, m in enumerate(marks):
        # the first page's number goes; every later page's break goes with its number (the text runs on)
        start = m.start() if k else m.start(1)
        keep[start:m.end()] = [False] * (m.end() - start)
    return view.kept(keep)
