"""Campaigns waged as a struggle (斗争) under a quoted name: 开展“严打”斗争, 进行“扫黄”“打非”斗争, 开展“扫黄打非”斗争.

National reports name their long-running enforcement campaigns by a short quoted word and wage them as 斗争: the quoted
words are the campaign's name, one quote or two written together (“扫黄”“打非”, “扫黄”、“打非”: one campaign, named by
both, 扫黄打非), 斗争 is how it is waged. Unquoted struggles are no names (反腐败斗争, 反恐怖斗争, 抗击疫情斗争), and a
struggle with someone (同“四人帮”斗争, 与…斗争) is a fight, not a campaign; 专项斗争 is left to the lexicon (扫黑除恶专项斗争).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import STRATEGY, Candidate

_STRUGGLE = re.compile(r"(?<![同与和跟])((?:“[\u4e00-\u9fff]{2,6}”、?){1,2})斗争")


def struggle_candidates(text: str) -> list[Candidate]:
    """开展|“扫黄”“打非”|斗争: the campaign, named by its quoted words joined (扫黄打非); the quotes as written an alias."""
    out = []
    for m in _STRUGGLE.finditer(text):
        words = re.findall(r"“([^“”]+)”", m.group(1))
        out.append(Candidate(m.start(1), m.end(1), m.group(1).rstrip("、"), STRATEGY, proper=True, suffix="行动",
                             full="".join(words)))
    return out
