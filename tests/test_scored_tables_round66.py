"""Flattened tables of scored items (an assessment's 考核细则: 序号 / 考核项目 / 分值 / 考核内容 / 考核部门, one cell a
line): the total under the header, sections numbered 一、 with their points, a score that happens to be the next row's
number, a scoring cell over several lines (loaders/reading/flat.py, flat_rows.py); each rule on an example written for it."""
from __future__ import annotations

from loaders.reading.model import from_text

from tests.test_flattened_tables_merged import task_facts
from tests.test_layouts_written import read

SCORED = """某某县2021年度安全生产工作乡镇考核细则
序号
考核项目
分值
考核内容
考核部门
总分
100
一、
夯实安全生产责任体系
20
1
健全安全生产责任制
3
建立乡镇安全生产责任清单，明确班子成员职责，
并在醒目位置公示。
县应急局
2
开展隐患排查治理
8
1.每月组织一次隐患排查，建立台账，得4分。
2.对排查出的隐患督促整改到位，得4分。
县应急局
县消防救援大队
二、
强化重点行业监管
15
3
加强道路交通安全管理
4
落实农村道路交通安全劝导站制度，开展交通安全宣传进村入户活动。
县公安局交警大队
"""


def _rows():
    return [[c.text.replace("\n", "") for c in r.cells] for r in from_text(SCORED).tables[0].rows]


def test_the_total_under_the_header_is_no_label():
    assert _rows()[0] == ["序号", "考核项目", "分值", "考核内容", "考核部门"]


def test_a_section_and_its_points_are_no_row_and_a_score_is_no_row_number():
    numbered = [r for r in _rows()[1:] if len(r) > 1]
    assert [r[0] for r in numbered] == ["1", "2", "3"]
    assert numbered[1][1:3] == ["开展隐患排查治理", "8"]
    assert numbered[2][1:3] == ["加强道路交通安全管理", "4"]


def test_each_item_gets_its_assessing_units():
    facts = task_facts(read(SCORED)[1])
    assert ("健全安全生产责任制", "县应急局", "responsible") in facts
    assert ("开展隐患排查治理", "县消防救援大队", "responsible") in facts
    assert ("加强道路交通安全管理", "县公安局交警大队", "responsible") in facts
    assert not any(t.startswith(("夯实", "强化重点")) for t, _, _ in facts)
