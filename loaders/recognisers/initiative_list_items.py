"""The items of a 、-list of works closed by 等…项目 or 等…工程: where 和 and 及 split an item and where they stay inside one.

A list is written A、B、C及D: its own last conjunction (及, 和) comes before its last item. A 及 inside an earlier item,
with a 、 after it, is not the list's: it joins the parts of one work (引洮二期骨干及城乡配套、甘肃中部生态移民供水…等工程;
阿克塞生态保护及城乡供水一体化、景电灌区现代化改造…等工程), unless what stands before it names a thing by its head
(第三中学分校及标准化中学、幼儿园等: a school, then a second kind). The joined item is judged by its first part (the
work's owner and object: 引洮二期骨干), and named whole.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import SUFFIX_RE

# 和 and 及 join two items (中俄商贸街及酒店), not 冠|和|新能源科技 (a single character before it is part of a name)
# nor the parts of works that cover both (西五路道路及排水工程)
JOINS_ITEMS = re.compile(r"(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})|(?<=[\u4e00-\u9fff]{2})及(?=[\u4e00-\u9fff]{2}(?![^及]*(?:工程|项目)$))")


def list_items(group: str) -> list[tuple[str, str]]:
    """The items of a list's text (the part before 等), in order, as (item, tail): the item as judged, and what follows
    it inside the same work (及城乡配套, or ""). Items are consecutive, one separator character between two."""
    parts = group.split("、")
    out: list[tuple[str, str]] = []
    for i, part in enumerate(parts):
        left, _, right = part.partition("及")
        if i < len(parts) - 1 and part.count("及") == 1 and "和" not in part and len(left) >= 4 and len(right) >= 2 \
                and not SUFFIX_RE.search(left[-4:]) and not SUFFIX_RE.search(right):
            out.append((left, "及" + right))     # 引洮二期骨干|及城乡配套、…: 及 before a later 、 is inside the item
            continue
        out.extend((item, "") for item in re.split(JOINS_ITEMS, part))
    return out


# A programme's item ending on a head of its own (…产业园区, …高中) is a complete name, not the object of a shared head;
# a head inside the item's last words goes on (县域普通高中振兴、…等行动: 振兴 is what is done to the schools).
_HEAD_ENDS = re.compile(rf"(?:{SUFFIX_RE.pattern})(?:建设|发展)?$")


def ends_headed(name: str) -> bool:
    return bool(_HEAD_ENDS.search(name[-6:]))
