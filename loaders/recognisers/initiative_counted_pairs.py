"""Two programmes joined by 和 and counted before the head they share: 打好煤矿瓦斯治理和整顿关闭两个攻坚战.

The count says the items are programmes of the head's kind (两个攻坚战: two campaigns), so each item is one, named by the
item and the head (煤矿瓦斯治理攻坚战); the item as written is an alias. The first item starts after the clause's verbs
(巩固和发展|煤矿瓦斯治理, 继续打好|…). Lists joined by 、 and counted are initiative_lists' (_SHARED_COUNTED); the count
must be two, as the items are (两个, 两大, 二项). Three in the corpus's work reports (national 2006…2008: the coal mines'
two campaigns).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import LEAD_RE, LEAD_VERBS, SUFFIXES, STRATEGY, Candidate, Tagger

_PAIR = re.compile(r"(?:(?<=[，。；：\n])|^)([^，。；：\n“”、]{2,30})和([^和，。；：\n“”、]{2,10}?)[两二][个大项]"
                   r"(攻坚战|专项行动|攻坚行动|行动|工程|计划)(?![\u4e00-\u9fff]{0,2}(?:方案|规划))")


def counted_pair_candidates(text: str, tg: Tagger) -> list[Candidate]:
    """煤矿瓦斯治理和整顿关闭两个攻坚战 → 煤矿瓦斯治理攻坚战, 整顿关闭攻坚战."""
    out = []
    for m in _PAIR.finditer(text):
        head = m.group(3)
        start = m.start(1)
        while start < m.end(1):
            lead = LEAD_RE.match(text, start, m.end(1))
            w, f = tg.tag(text[start:m.end(1)])[0]
            if not (lead or f[:1] in "vdcp" or w in LEAD_VERBS):
                break
            start = lead.end() if lead else start + len(w)     # 巩固和发展|…, 要继续打好|…: the sentence's verbs open no item
        items = [(start, text[start:m.end(1)]), (m.start(2), m.group(2))]
        if any(len(raw) < 4 or not any(f[:1] == "n" for _w, f in tg.tag(raw)) and not tg.tag(raw)[-1][1].startswith("v")
               for _s, raw in items):
            continue            # an item of two characters, or no words of a work: not a programme
        for s, raw in items:
            out.append(Candidate(s, s + len(raw), raw, SUFFIXES.get(head, STRATEGY), proper=True, suffix=head, full=raw + head))
    return out
