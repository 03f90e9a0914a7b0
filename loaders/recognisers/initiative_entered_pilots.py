"""A national pilot a place is entered into: 通化市入选国家生态产品价值实现机制试点, 长株潭全域纳入国家要素市场化配置综合
改革试点, 金昌、庆阳、白银入选全国紧密型城市医疗集团试点城市.

An honour verb before a name makes it a title won (获评国家生态文明建设示范区: a designation, initiative_boundaries), but
the state runs a pilot by choosing the places that try it out: a place 入选, 纳入, 列入, 入围 or 获批 a pilot has joined a
programme that goes on, and reports write it so when they name it (…试点, or …试点城市 by the places chosen). The pilot is
then judged as any pilot is (initiative_checks: a long prefix that says what is tried, not a level's own 省级…试点, not a
batch 第五批…试点).

Not such an entry: a title of a kind won (…示范区, …示范县, …试点县 of a list of honours), a grade, a pilot named by
the kind of place or site chosen (3个项目获批全国森林康养基地试点: the sites' title), or a pilot honour verb (荣获, 获评,
被评为: a pilot is not awarded).
"""
from __future__ import annotations

import re

# The verbs by which a place joins a pilot, at the end of the words before the name (with the level or batch words the
# honour pattern allows after them).
_ENTERED = re.compile(r"(?:成功)?(?:入选|纳入|列入|入围|获批)(?:为)?$")
# The pilot's own head: the pilot, or the cities chosen for it.
_PILOT_HEADS = ("试点", "试点城市")
# Whose pilot it is, written first (国家级深化普惠金融改革试点城市): not what is tried out.
_LEVEL = re.compile(r"^(?:全国|国家级?)")
# What is tried out says which pilot when it is four characters or more, or quoted (“科创中国”); 国家标准化试点 names a
# field any place may standardise in, a kind.
WHAT_MIN = 4
# A pilot named by a kind of place or site (全国森林康养基地试点, 省I型优先发展小城市试点) is a title for the places and
# sites chosen, as …示范县 is: what is tried out is no programme's name.
_PLACE_KIND = re.compile(r"(?:基地|城市|县|镇|村|社区|街道|园区|景区)$")


def entered_pilot(name: str, before: str) -> bool:
    """True when `name` is a pilot (…试点, …试点城市) and `before` ends on a verb entering a place into it."""
    if not name.endswith(_PILOT_HEADS) or not _ENTERED.search(before):
        return False
    what = _LEVEL.sub("", name).removesuffix("城市").removesuffix("试点")
    return (len(what) >= WHAT_MIN or "“" in what) and not _PLACE_KIND.search(what)
