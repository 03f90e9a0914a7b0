"""Pilots of a system or a mechanism (…制度试点, …机制试点): which of them name the field they work on.

A system or mechanism piloted is named by what it works on, then what it does to it (生态产品价值|实现|机制, 长期护理保险|制度,
国有资本|经营预算|制度, 流域上下游|横向补偿|机制). The field, the nouns written before the first verb, is a noun phrase of two
words at least (生态产品价值, 护理保险, 现代企业, 国有资本): that says which pilot it is. A single noun or none (干部|选拔任用|制度,
人员|考核评价|制度, 考核评价|机制, 相关工作|协调|机制) names what any body does to run itself, a kind of pilot anyone runs, not
one programme. The line is drawn by length and by jieba's tags: 耕地轮作休耕制度 and 社区首诊制度, one noun before their work,
are lost with it, and 绩效考核评价制度 (绩效考核 a noun to jieba) still names a field.
"""
from __future__ import annotations

from loaders.recognisers.initiative_words import Token

SYSTEM_WORDS = ("机制", "制度")
FIELD_MIN = 4           # characters of nouns before the mechanism's own verbs: two words
# Nouns of a field: jieba's nouns (not places: a place says where a pilot is run, not what of), abbreviations, fixed
# phrases, distinguishing words and times kept inside a name (现代企业).
_FIELD_FLAGS = ("n", "j", "l", "b", "t")


def names_its_field(prefix: str, tokens: list[Token]) -> bool:
    """Whether a pilot's prefix ending on 机制 or 制度 names the field it works on (see the module's docstring); `tokens`
    are the name's tokens as the walk found them."""
    if not prefix.endswith(SYSTEM_WORDS):
        return False
    words = [t for t in tokens if t[0] not in "“”"]
    for k in range(len(words) - 1, -1, -1):
        w, f = words[k]
        if w.endswith(SYSTEM_WORDS):
            words = words[:k] + ([(w[:-2], f)] if len(w) > 2 else [])     # 长期|护理|保险制度: jieba's one word
            break
    else:
        return False
    field = 0
    for w, f in words:
        if f.startswith("v"):
            break           # 人员|考核评价: the field is written before the work done to it; nouns after a verb are the work's
        field += len(w) if f.startswith(_FIELD_FLAGS) and not f.startswith("ns") else 0
    return field >= FIELD_MIN
