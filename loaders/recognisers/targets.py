"""Targets stated as numbers: 地区生产总值增长8%以上 → (地区生产总值, ≥, 8, %), with the verb kept.

A target is written `indicator|verb|comparator|value|unit` in the `targets` property
of the Task or Document that states it (a flat string list, so both stores and every
export carry it as is). Comparators: >= (以上, 不低于, 超过), <= (以内, 以下, 控制在…),
~ (左右), = (none stated).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph import schema
from graph.model import Extraction

_VERBS = "增长|增加|提高|提升|达到|达|新增|净增|降低|下降|减少|控制在|突破|超过|不低于|完成|实现|培育|建设|引进|开工|建成"
_UNITS = ("个百分点|百分点|万亿元|亿元|万元|元|万人次|万人|人次|人|家|个|所|公里|千米|米|万平方米|平方米|万亩|亩|"
          "万千瓦|千瓦|万吨|吨|项|座|条|处|套|户|张|次|场|公顷|台|辆|个点|倍|名|%")
_PATTERN = re.compile(
    rf"(?P<ind>[\u4e00-\u9fffA-Za-z0-9“”\"]{{2,24}}?)(?P<verb>{_VERBS})(?P<pre>不低于|超过|)"
    rf"(?P<val>\d+(?:\.\d+)?)(?P<unit>{_UNITS})(?P<cmp>以上|左右|以内|以下|)"
)
# The other order: 新增高新技术企业400家, 城镇新增就业4万人, 建设安置房100万平方米.
_PATTERN_VERB_FIRST = re.compile(
    rf"(?P<lead>[\u4e00-\u9fff]{{0,4}}?)(?P<verb>新增|净增|建设|建成|培育|引进|开工建设|开工|改造|新建|打造|实施)"
    rf"(?P<ind>[\u4e00-\u9fff“”][\u4e00-\u9fffA-Za-z0-9“”]{{1,15}}?)(?P<val>\d+(?:\.\d+)?)(?P<unit>{_UNITS})(?P<cmp>以上|左右|以内|以下|)"
)
_CMP = {"以上": ">=", "左右": "~", "以内": "<=", "以下": "<=", "不低于": ">=", "超过": ">"}
# Words that end a clause inside the indicator run: the indicator starts after them.
_LEADING = re.compile(r"^.*(?:[，。；、：]|力争|确保|全年|今年|年内|实现|推动|全市|全区|全县|其中)")


_TRIM = re.compile(r"^(?:了|完成|提升|开展|加快|推进|全面)|(?:均|分别|总计|合计)$")
# Not an indicator: a comparison base (比2017年, 同比, 可比) or a fragment of a sentence.
_NOT_INDICATOR = re.compile(r"^(?:比|同比|可比|较|过\d|落地|了)|^\d|年度$")


def _indicator(raw: str) -> str:
    ind = _TRIM.sub("", re.sub("[“”\"]", "", _LEADING.sub("", raw)))
    return "" if _NOT_INDICATOR.search(ind) else ind


@dataclass(frozen=True)
class Target:
    indicator: str
    verb: str
    comparator: str
    value: str
    unit: str
    start: int
    end: int

    def encode(self) -> str:
        return "|".join((self.indicator, self.verb, self.comparator, self.value, self.unit))


def find_targets(text: str) -> list[Target]:
    out = []
    taken: list[tuple[int, int]] = []
    for m in _PATTERN_VERB_FIRST.finditer(text):
        indicator = (m.group("lead") if m.group("lead") in ("城镇", "全市", "农村") else "") + m.group("ind")
        indicator = _indicator(indicator)
        if len(indicator) >= 2 and not re.search(r"[，。；、：]", m.group("ind")):
            out.append(Target(indicator, m.group("verb"), _CMP.get(m.group("cmp"), "="), m.group("val"), m.group("unit"), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _PATTERN.finditer(text):
        if any(a < m.end() and m.start("verb") < b for a, b in taken):
            continue
        indicator = _indicator(m.group("ind"))
        if len(indicator) < 2:
            continue
        verb = m.group("verb")
        cmp_word = m.group("cmp") or m.group("pre")
        comparator = _CMP.get(cmp_word) or _CMP.get(verb) or ("<=" if verb == "控制在" else "=")
        out.append(Target(indicator, verb, comparator, m.group("val"), m.group("unit"), m.start("ind"), m.end()))
    return sorted(out, key=lambda t: t.start)


def with_task_targets(ex: Extraction) -> Extraction:
    """Every Task of an extraction with the targets its text states (any document kind)."""
    entities = tuple(
        replace(e, props={**e.props, "targets": [t.encode() for t in find_targets(e.props.get("text", ""))]})
        if e.label == schema.TASK and "targets" not in e.props else e
        for e in ex.entities
    )
    return replace(ex, entities=entities)
