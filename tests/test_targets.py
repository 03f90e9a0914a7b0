"""Numeric targets found in task and report text."""
from __future__ import annotations

import pytest

from loaders.recognisers.targets import find_targets

CASES = [
    ("地区生产总值增长8%以上，一般公共预算收入增长8%左右。", ["地区生产总值|增长|>=|8|%", "一般公共预算收入|增长|~|8|%"]),
    ("深入实施高新技术企业培育三年行动计划，新增高新技术企业400家。", ["高新技术企业|新增|=|400|家"]),
    ("城镇新增就业4万人,城镇登记失业率控制在4.5%以内。", ["城镇就业|新增|=|4|万人", "城镇登记失业率|控制在|<=|4.5|%"]),
    ("高新技术企业净增300家、达到4600家。", ["高新技术企业|净增|=|300|家"]),
    ("数字经济占比超过45%", ["数字经济占比|超过|>|45|%"]),
    ("全市地区生产总值、一般公共预算收入均增长7%以上", ["一般公共预算收入|增长|>=|7|%"]),
    ("实际使用外资保持稳定增长。", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_targets(text, expected):
    assert [t.encode() for t in find_targets(text)] == expected


def test_offsets_cover_the_statement():
    text = "今年，地区生产总值增长8%以上。"
    (t,) = find_targets(text)
    assert text[t.start:t.end] == "地区生产总值增长8%以上"
