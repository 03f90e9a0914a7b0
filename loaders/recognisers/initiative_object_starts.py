"""Where a programme's name starts when a running verb opens it: 实施终身阅读计划, 实施文明创建提质扩面工程, 深入实施县域百亿
主导产业培育行动, 持续深化县域内城乡融合发展改革试点.

A work report says it carries a programme out (实施, 推进, 开展, 深化, 启动…) and names it whole as the verb's object. The
walk over jieba tokens (initiative_boundaries) stops at words that look like the sentence's own (创建, 提质, an adverb such
as 终身 or 共同, a number word such as 百亿, a locality such as 内), so the name loses its opening words. Where the words
between the running verb and the name found are few and all could be a name's (nouns, verbs, adjectives, adverbs, a
round number word), they are put back.

Not so: a plural, a count or a list (实施一批…行动, 开展两个…, 、), a preposition, particle or pronoun between (在, 的,
其), a second running verb in the clause (启动片区化推进…试点: which opens the name is not sure), the verb's complement 好 (推进好…), another running verb (then that verb opens the name), or more than GAP_MAX
characters.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import CJK, RUNNING_VERBS, STRATEGY, Candidate, Tagger

# The verbs that carry a programme out (data/running_verbs.tsv), the list every initiative finder reads.
_RUNS = RUNNING_VERBS
# Programme heads whose names a running verb opens.
_HEADS = frozenset("行动 计划 工程 试点 专项行动 行动计划 三年行动 攻坚行动".split())
_ROUND = re.compile(r"[百千万亿]+")          # 百亿主导产业: a round number word, a name's (not 100个, 一批)
_PLURALS = frozenset("一批 多个 若干 各类 各项 系列 一系列 全面 进一步 大力 深入 持续".split())
GAP_MAX = 8
_AGES = frozenset("现代 当代 近代 古代 青年 少年 老年 未来".split())


def object_start(text: str, cs: int, c: Candidate, tg: Tagger) -> None:
    """Put back the words between a running verb and a Strategy's name found after it (c, in the clause from cs)."""
    if c.type != STRATEGY or c.suffix not in _HEADS or c.reason or c.counted or c.start <= cs or "“" in c.name:
        return
    toks = tg.tag(text[cs:c.start])
    runs, pos = [], cs
    for i, (w, _f) in enumerate(toks):
        pos += len(w)
        if w in _RUNS:
            runs.append((i, pos))
    if len(runs) != 1 or runs[0][1] >= c.start:
        return          # (启动片区化推进乡村建设整县试点: with two, which one opens the name is not sure)
    run = runs[0]
    i, start = run
    gap = toks[i + 1:]
    words = "".join(w for w, _f in gap)
    if len(words) > GAP_MAX or not all(CJK.match(ch) for ch in words):
        return
    if words.startswith("好"):
        return          # 推进好|美丽乡村建设工程: 好 completes the verb (做好, 抓好), it opens no name
    for w, f in gap:
        if f[:1] == "t" and w in _AGES:
            continue    # 现代服务消费提质行动: an age that qualifies, not a time of the sentence
        if w in _PLURALS or f[:1] in "pucrqfty" or f[:1] == "m" and not _ROUND.fullmatch(w):
            return
    c.start, c.name = start, text[start:c.end]
