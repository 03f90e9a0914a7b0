"""Campaigns named by a count in quotes: a count of programmes sharing one quoted name (三个“一号工程”), a count of
hard battles (“两场硬仗”, “八场硬仗”) and a counted catch-word run as a campaign (深化“三标”活动)."""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import STRATEGY, Candidate

_NUM = "一二两三四五六七八九十"
# 三个“一号工程”: the count says how many programmes carry the quoted name, so the counted name is the bundle.
_COUNTED_PROGRAMMES = re.compile(rf"[{_NUM}]+个“[^“”，。；]{{2,8}}(?:工程|行动|计划|攻坚战)”")
# “两场硬仗”, “八场硬仗”, “三大战役”: battles counted by 场 (campaigns fought at once) name the bundle.
_BATTLES = re.compile(rf"“[{_NUM}]+场[\u4e00-\u9fff]{{0,4}}(?:硬仗|战役|攻坚战)”")
# 深化“三标”活动, “五讲四美”活动: a counted catch-word in quotes before 活动 is a campaign run; an event is named
# otherwise (…节, …会), and 活动中心, 活动室 are places.
_COUNTED_CAMPAIGN = re.compile(rf"“[{_NUM}]+[^“”，。；、\d]{{1,6}}”活动(?!中心|室|场|阵地)")


def campaign_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _COUNTED_PROGRAMMES.finditer(text):
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True))
    for rx in (_BATTLES, _COUNTED_CAMPAIGN):
        for m in rx.finditer(text):
            out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, counted=True))
    return out
