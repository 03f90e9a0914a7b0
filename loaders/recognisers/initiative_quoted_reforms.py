"""A reform named by a quoted phrase after whose it is: 政府“三资”管理改革, 招投标“双盲”评审改革, 农村“三块地”改革.

Reports name a reform by the catch-phrase of what it changes, in quotes, before 改革 (with up to six characters of what
is reformed between: 管理, 评审), after whose or what it is (农村, 政府, 国有, 招投标, 机关内部): the name starts at the
nouns right before the quote (after the clause's verbs, adverbs and 的), and the words between the quote and 改革 are
nouns or verbs of what is changed (not a clause: “九五”是我国推进改革). A bare quote before 改革 is a reform only when it counts a bundle (“六权”改革, “四权改革”): the seed
gold leaves out bare catch-phrases (“标准地”供给改革, “一照多址”改革, “三权分置”改革) that the provincial gold takes
(“管运分离”改革, “一表同享”改革), so they stay out. Left alone: a quote right after another (扩大“一业一证”“一链办理”改革
覆盖面), a name that goes on into a pilot or zone (…改革试点, …改革试验区: a longer name, judged on its own), words after the
quote that join another name or a kind (“双减”和高考综合改革, “先用后转”等集成改革), and an owner that is itself a list
(承包地和宅基地“三权分置”改革).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import CLAUSE_END, LEAD_RE, LEAD_VERBS, STRATEGY, Candidate, Tagger

OWNER_MAX = 8
_REFORM = re.compile(r"“([^“”，。；、]{2,10})”((?:(?![和及与等])[\u4e00-\u9fff]){0,6}?)改革(?!试点|试验|示范|先行|创新试验)|“([^“”，。；、]{2,10}改革)”")
_COUNTED = re.compile(r"[二两三四五六七八九十]+[\u4e00-\u9fff]{1,2}")       # “六权”, “三块地”: a count and what it counts
_COUNTED_IN = re.compile(r"[二两三四五六七八九十]+[\u4e00-\u9fff]{1,2}改革")


def quoted_reform_candidates(text: str, tg: Tagger) -> list[Candidate]:
    """政府“三资”管理改革, “六权”改革."""
    out = []
    for m in _REFORM.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "”":
            continue            # “一业一证”“一链办理”改革: one of several catch-phrases
        if not _words_of_a_reform(m.group(2) or "", tg):
            continue            # “九五”是我国推进改革, “十二五”规划提出的改革: a clause runs between, no name
        start = _owner_start(text, m.start(), tg)
        owner = text[start:m.start()]
        if not owner or len(owner) > OWNER_MAX or start > 0 and text[start - 1] in "、和及与":
            if _COUNTED.fullmatch(m.group(1) or "") and not m.group(2) or _COUNTED_IN.fullmatch(m.group(3) or ""):
                out.append(Candidate(m.start(), m.end(), m.group(), STRATEGY, suffix="改革"))
            continue
        out.append(Candidate(start, m.end(), text[start:m.end()], STRATEGY, suffix="改革"))
    return out


_OWNER_FLAGS = ("n", "j", "b", "f", "vn")      # nouns, abbreviations (国企, 招投标), attributes (国有), places (机关内部)


def _owner_start(text: str, pos: int, tg: Tagger) -> int:
    """Where the words naming whose reform it is start: the nouns right before the quote, after any verb, adverb or 的
    (全省率先推行|“智能办”改革, 青岛市发起的|“零材料”改革: none)."""
    cs = pos
    while cs > 0 and pos - cs < OWNER_MAX + 4 and not CLAUSE_END.match(text[cs - 1]) and text[cs - 1] not in "“”":
        cs -= 1
    start = pos
    for w, f in reversed(tg.tag(text[cs:pos])):
        lead = LEAD_RE.match(w)
        if not f.startswith(_OWNER_FLAGS) or w in LEAD_VERBS or lead and (lead.end() == len(w) or w[lead.end():] in LEAD_VERBS):
            break               # (全面推行: jieba's one word, an adverb and a verb all the same)
        start -= len(w)
    return start


def _words_of_a_reform(words: str, tg: Tagger) -> bool:
    """Whether the words between the quote and 改革 say what is reformed (管理, 评审, 联动, 领域): nouns and verbs only."""
    return not words or all((f.startswith("n") or f in ("v", "vn", "j")) and w != "是" for w, f in tg.tag(words))
