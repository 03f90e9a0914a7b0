"""The region a document's number (文号) names: 鲁政办字〔2021〕5号 is 山东省's, 青政办字〔2023〕13号 青岛市's.

A 文号 opens with its issuer's 机关代字: a province's one-character abbreviation (鲁, 川, 湘;
loaders/data/number_prefixes.tsv), or a prefecture's or county's own first character (青 for
青岛市, 济 for 济南市, 莒 for 莒县), then the body (政 the government, 政办 its office, 发 the party
committee, 工信 a bureau) and the kind (发, 字, 函). The first character alone is often shared:
青 is 青海省's and 青岛市's, 济 济南市's and 济宁市's. So the region is taken only when one
candidate stands out: the only one the document itself names, or, where it names none, the only
province or prefecture the character can stand for. Otherwise the number names no region.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.recognisers.lexicon import Lexicon, RegionInfo, data_rows

# 鲁政办字〔2021〕5号, 济工信装备字[2022]1号: the 机关代字 before the year in brackets.
_NUMBER = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?)\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
_UPPER = ("national", "province", "city")
# A number anywhere in running text: the document's own, or one it cites.
_IN_TEXT = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号")


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("number_prefixes.tsv") if len(row) >= 2}


def number_region(number: str, text: str, lexicon: Lexicon) -> RegionInfo | None:
    """The region whose body issued the document numbered `number`, when the number's first
    character settles it (with what the document's `text` names); None when it does not."""
    m = _NUMBER.match(number)
    if not m:
        return None
    code = m.group(1)
    first = code[0]
    found: dict[str, RegionInfo] = {}
    province = lexicon.regions.get(_provinces().get(first, ""))
    if province:
        found[province.key] = province
    names: dict[str, set[str]] = {}
    for name, info in lexicon.starting_with(first):
        # A prefecture or county writes its name's first character, or its two-character short name (历城政发).
        if info.level in ("national", "province") or len(name) < 2:
            continue
        found.setdefault(info.key, info)
        names.setdefault(info.key, set()).add(name)
    if province:
        names.setdefault(province.key, set()).update(n for n, r in lexicon.starting_with(province.name[:2]) if r.key == province.key)
    named = [info for key, info in found.items() if any(n in text for n in names.get(key, ()) if len(n) >= 2)]
    if len(named) == 1:
        return named[0]
    if named:
        return None
    # (nothing named: a province's short name settles it, 鲁政发; another character only when no county's name opens
    # with it too, 宝府办 being 宝山区's as well as 宝鸡市's could be)
    upper = [info for info in found.values() if info.level in _UPPER]
    return upper[0] if len(upper) == 1 and (upper[0].level != "city" or len(found) == 1) else None


# The words a document's title ends with (关于印发…的通知, …的意见): no 机关代字 holds them.
_TITLE_WORDS = r"(?:通知|意见|决定|办法|方案|规定|批复|通报|报告)"
# What ends a document's title, before the number run into it.
_TITLE_END = re.compile(r"^.*" + _TITLE_WORDS + r"(?=[\u4e00-\u9fff]{1,10}[〔\[［【(（])")


# A title whose line its number closes: …的通知 常政发〔2023〕1号.
_TITLED = re.compile(r"^(.*" + _TITLE_WORDS + r")[\s|]*"
                     r"([\u4e00-\u9fff]{1,10}\s*[〔\[［【]\s*\d{4}\s*[〕\]］】]\s*\d{1,4}\s*号)[\s|]*$")


def title_number(line: str) -> tuple[str, str] | None:
    """(the title, its number) of a title line its own number closes, run into it or after a space
    (关于印发…的通知常政发〔2023〕1号); None when no number closes it."""
    m = _TITLED.match(line.strip())
    return (m[1], own_number(m[2])) if m else None


def own_number(head: str) -> str:
    """The document's own number (文号) in its head: not one it cites, in brackets after a title
    (根据《…的通知》（青政办字〔2023〕13号）)."""
    m = next((m for m in _IN_TEXT.finditer(head) if _own(head, m)), None)
    if not m:
        return ""
    # (a title run into its number on one line, …的通知常政发〔2023〕1号: the number starts after the title's last word)
    s = _TITLE_END.sub("", re.sub(r"\s+", "", m.group()))
    return re.sub(r"[\[［【(（](\d{4})[\]］】)）〕]", r"〔\1〕", s)


def _own(head: str, m: re.Match) -> bool:
    """Whether a number stands for itself: not after a title or in a list of numbers it cites; in
    brackets only where the bracket closes its line (（皖政办秘〔2021〕82号）), not a sentence's citation."""
    before = head[m.start() - 1:m.start()]
    if before in ("（", "("):
        return bool(re.match(r"[)）][ \t]*(?:\n|$)", head[m.end():]))
    return before not in ("》", "、")


def number_line(lines, number: str) -> tuple[int, int] | None:
    """Where the number stands (its line), for the evidence of the region it names."""
    key = re.sub(r"\s+", "", number)[:4]
    return next(((s, e) for ln, s, e in lines if key in re.sub(r"\s+", "", ln)), None)
