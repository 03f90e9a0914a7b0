"""A programme named by a quote after the field it serves: 实施毕业生就业能力培训“万人计划”, 扎实推进宜居宜业和美乡村建设
“百千万”工程, 深入实施人工智能“双百工程”, 深入实施校企协同攻关“百团计划”.

Reports name a province's campaign by its field and then its quoted catch-name; the whole object of the verb that runs
it is the name (the quote alone is how other sentences cite it, kept as an alias by initiatives._quoted_short). The walk
over jieba tokens stops at the quote, so the field is put back here: the words between the running verb and the quote,
when they are a field (two to twelve characters, no function word, punctuation or number) and not a scope or an
issuer (全国“雪亮工程”, 省委“1310”部署: whose it is, not what it is for), nor a place (成渝“氢走廊”: the places' own
reading is initiative_regional's), nor what is done to a programme named already (学习运用“千万工程”, 升级“凤凰行动”计划),
nor a list (…建设工程和“强基焕新”行动).

Projects are qualified by their owner already (initiative_patterns._qualify_quote: 公共卫生“六大中心”).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import CJK, RUNNING_VERBS, STRATEGY, Candidate, Tagger

# The verbs that run a programme (data/running_verbs.tsv), at the end of a token run before its field; and, here only,
# the verbs that take charge of a programme already named (落实, 抓好, 做好, 推动, 组织, 部署, 迭代, 扩大): before a quote
# they still close the sentence's words off from the field (迭代|数字经济“十百千万”工程), where after them a name does not
# open with a verb of its own (initiative_boundaries) nor do they run a pilot (initiative_pilot_runs).
_RUNS = RUNNING_VERBS | frozenset("落实 抓好 做好 推动 组织 部署 迭代 扩大".split())
# Heads of a campaign named by a quote (inside the quote or right after it).
_HEADS = re.compile(r"(?:工程|计划|行动|专项行动|行动计划|攻坚战|改革|试点)”?$")
# Whose the programme is, or where: a scope or an issuer, not a field.
_SCOPE = re.compile(r"^(?:全国|全省|全市|全区|全县|国家|中央|省委|市委|县委|区委|党委|政府|自治区|省|市|县|区|我省|我市|我区|我县)")
# What is done to a programme already named (学习运用“千万工程”, 升级“凤凰行动”计划, 拓展“三争”行动, 实化“十项行动”): the
# words are the sentence's, no field.
_DOING = re.compile(r"(?:学习|运用|借鉴|推广|复制|实化|细化|升级|迭代|拓展|深化|优化|提升|强化|放大|用好|巩固|延伸|擦亮|打响)+")
# Another programme's head in the words, or a conjunction ending them (…建设工程和“强基焕新”行动): a list, not a field.
_LISTED = re.compile(r"工程|计划|行动|试点|战略|[和与及]$")
FIELD_MIN, FIELD_MAX = 2, 12


def field_start(text: str, cs: int, c: Candidate, tg: Tagger) -> None:
    """Move the start of a quoted Strategy name (c, starting at its “) back over the field written before it."""
    if c.type != STRATEGY or not c.name.startswith("“") or not _HEADS.search(c.name) or c.start <= cs:
        return
    toks = tg.tag(text[cs:c.start])
    run = None
    pos = cs
    for i, (w, _f) in enumerate(toks):
        pos += len(w)
        if w in _RUNS:
            run = (i, pos)
    if run is None:
        return
    i, start = run
    field = toks[i + 1:]
    words = "".join(w for w, _f in field)
    if not FIELD_MIN <= len(words) <= FIELD_MAX or not all(CJK.match(ch) for ch in words):
        return
    if _SCOPE.match(words) or _DOING.fullmatch(words) or _LISTED.search(words) \
            or any(f[:1] in "pumrqdf" or w in _RUNS for w, f in field):
        return
    if all(f.startswith("ns") for _w, f in field):
        return
    c.start, c.name = start, text[start:c.end]
