"""Campaign years: a year a government gives over to one push, named by the push and 年, run as an activity or action.

Reports launch and deepen them as campaigns of their own (深化高质量项目推进年活动, 深化营商环境突破年活动, 深化服务企业效能
提升突破年行动, 开展重大项目建设年行动, 实施农业科技突破年行动): what is pushed (项目推进, 营商环境突破, 效能提升突破) and 年
name the campaign, 活动 or 行动 runs it. The name is written whole (…年活动), the year alone (高质量项目推进年) an alias.
Unquoted, a name runs from the verb that launches or deepens it (开展, 深化, 实施, 启动), or from the clause's start
(。服务企业效能提升突破年行动取得实效), to its head: the push's words may themselves be verbs (服务企业…) that the walk over
heads would take for the sentence's. A year said of the calendar
(2025年, 今年, 明年) or a count of years (三年行动) is no campaign year: the push must end on the work pushed (推进, 突破,
提升, 攻坚, 建设, 落实, 落地, 质量, 服务).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import STRATEGY, Candidate

# group 1: the year (高质量项目推进年), group 2: what runs it (活动, 行动)
_LAUNCH = r"(?:开展|深化|实施|启动|举办)"
_CAMPAIGN_YEAR = re.compile(rf"(?:(?:(?<=[，。；：\n])|^)(?:[^，。；：\n]{{0,4}}?{_LAUNCH})?|{_LAUNCH})"
                            r"([\u4e00-\u9fff]{2,12}?(?:推进|突破|提升|攻坚|建设|落实|落地|质量|服务)年)(活动|行动)(?!方案|计划)")

# (at a clause's start, another verb of pursuit may open the sentence: 全面推进|营商环境突破年活动)
_PURSUED = re.compile(r"(?:要|将|并|还|也)?(?:全面|持续|深入|扎实|大力|继续|积极|认真)?(?:推进|推动|落实|抓好|做好)")


def campaign_year_candidates(text: str) -> list[Candidate]:
    """深化|高质量项目推进年活动: the campaign (…年活动), its year as written before the head an alias."""
    out = []
    for m in _CAMPAIGN_YEAR.finditer(text):
        start = m.start(1)
        lead = _PURSUED.match(text, start, m.end(1)) if m.start(0) == start else None
        if lead and m.end(1) - lead.end() >= 4:
            start = lead.end()      # 全面推进|…突破年活动: the sentence's verb at the clause's start opens no name
        out.append(Candidate(start, m.end(1), text[start:m.end(1)], STRATEGY, proper=True, suffix="行动",
                             full=text[start:m.end(1)] + m.group(2)))
    return out
