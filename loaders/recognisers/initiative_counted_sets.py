"""Counted sets of measures or battles named after the programme they carry out: 落实长江经济带绿色发展十大战略性举措,
打好长江大保护十大标志性战役 (moved out of initiative_lists, unchanged)."""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import LEAD_RE, STRATEGY, Candidate

# 落实长江经济带绿色发展十大战略性举措, 打好长江大保护十大标志性战役: a counted set of measures or battles named after the
# programme it carries out is one bundle (Strategy), the whole clause object; a bare count (落实十大举措) names none.
_COUNTED_SET = re.compile(r"(?<=[，。；：\n])([^，。；：、“”\n]{4,22}?[一二两三四五六七八九十]+大[\u4e00-\u9fff]{0,5}?(?:战役|举措))(?=[，。；\n]|$)")


def counted_set_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _COUNTED_SET.finditer("。" + text):
        start, end = m.start(1) - 1, m.end(1) - 1
        lead = LEAD_RE.match(text, start, end)
        if lead:
            start = lead.end()
        count = re.search(r"[一二两三四五六七八九十]+大", text[start:end])
        if count and count.start() >= 2:
            out.append(Candidate(start, end, text[start:end], STRATEGY, proper=True, counted=True, suffix=text[end - 2:end]))
    return out
