"""The year's pledges given whole, run together in one paragraph: a count of them named (十件民生实事, 六项民生实事工程), then
after a word introducing them (分别是：, 包括：, 这十件实事是：, …，即) as many items as the count, parted by semicolons (…；…；…)
or quoted one after another (“…”、“…”、…). A news item giving the whole list of the year's 实事 is that list, however it
sets it out (tests/gold/kinds/README, the lead's ruling of the twenty-first session); one naming only some of them
(新安镇 2021: four of ten), or telling the vote without them, is news."""
from __future__ import annotations

import re

from loaders.recognisers.dates import cn_int

# The count of the year's pledges (十件民生实事, 10项实事, 六項民生實事工程 as simplified, 十大民生实事项目).
_COUNT = re.compile(r"(十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?|[三四五六七八九]|\d{1,2})\s*"
                    r"(?:件|项|大)(?:民生|惠民|为民|政府|重点民生|重大民生)?实事")
# The word that opens the list, within a sentence or two of the count (这十件实事是：; 分别是：; 包括：; …密切相关，即投资…).
_INTRODUCES = re.compile(r"(?:分别是|分别为|包括|具体是|具体为|实事是|工程是|项目是|如下)[：:]|[，,]即(?!将|可|时)")
_REACH = 200
# How far the list may run: its paragraph, within the text's first pages.
_HEAD = 1500
_QUOTED_ITEM = re.compile(r"[“\"][^”\"\n]{2,30}[”\"]\s*[、，,]")


def whole_list(text: str) -> bool:
    """Whether a text's opening names a count of the year's 实事 (three or more) and then gives that many items run
    together in one paragraph, parted by semicolons or quoted one after another (one fewer where the last is cut off)."""
    head = text[:_HEAD]
    for m in _COUNT.finditer(head):
        count = cn_int(m.group(1))
        intro = _INTRODUCES.search(head, m.end(), m.end() + _REACH)
        if count < 3 or not intro:
            continue
        end = head.find("\n", intro.end())
        para = head[intro.end():end if end >= 0 else len(head)]
        parted = len(re.findall(r"[；;]", para)) + 1
        quoted = len(_QUOTED_ITEM.findall(para)) + 1
        if max(parted, quoted) >= max(3, count - 1):
            return True
    return False
