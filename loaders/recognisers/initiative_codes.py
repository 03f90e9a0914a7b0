"""Programmes named by a quoted code of digits: “1310”具体部署, “1650”产业体系, “14+1”重点产业链.

A Party committee or government names its plan of work by a code whose digits count its goals, tasks or fields
(“1310”, “45432”), or by a formula of one core and its parts (“1+3”, “3+N”, “14+1”). The code in quotes before a word for
a plan (部署, 思路, 布局, 格局, 架构, 战略) or for the industries and zones the plan builds (产业体系, 重点产业链, 重点功能区)
names the programme. The code alone is how it is cited (落实省委“1310”): an alias (initiatives._quoted_short).

Left alone: “147”工作思路 (how the government works) and formulas before a word for a mechanism, a policy, a system of
rules, a way of working, a demand or tasks (“5+3”工作机制, “8+4”经济政策体系, “1+8”制度体系, “7+1”维稳防控模式,
“4+1”重要要求, “6+9”重点工作任务): not programmes.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import STRATEGY, Candidate

_PLAN = r"(?:总体|具体|重大|战略)?(?:发展)?(部署|思路举措|思路|布局|战略|举措|格局)"     # (digits only: “1310”总体部署)
_BUILT = r"(?:总体|具体)?工作(部署)|发展(架构|格局)|(?:现代化)?产业(体系)|重点(产业链|功能区)"
_CODED = re.compile(rf"“(\d{{3,5}})”(?:{_PLAN}|{_BUILT})|“(\d+(?:\+(?:\d+|N|X))+)”(?:{_BUILT})")


def coded_plan_candidates(text: str) -> list[Candidate]:
    """“1310”具体部署, “1+3”重点功能区, “45432”发展架构."""
    out = []
    for m in _CODED.finditer(text):
        head = next(h for h in reversed(m.groups()) if h)
        out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, suffix=head, counted=True))     # (the code counts)
    return out


CODE_QUOTED = re.compile(r"“(?:\d{3,5}|\d+(?:\+(?:\d+|N|X))+)”")     # a name opening with a code: the code is its short form
