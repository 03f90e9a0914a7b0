"""Duties written in prose the twenty-second session's count of missed facts found (helper facts5), each rule on a small
example written for it: sectors listed before the kind of department they share, told their part in a rule's article
(`sector_duties`, `sector_lists`)."""
from __future__ import annotations

from loaders.structure import sector_duties, sector_lists
from loaders.structure import annotation as ann
from loaders.structure.responsibility import RESPONSIBLE


def _got(found) -> list[tuple[list[str], str]]:
    assert all(n.role == RESPONSIBLE for units, _ in found for n in units)
    return [([n.name.text for n in units], task.text) for units, task in found]


_RULE = ("第一条 为了加强对古树名木的保护，制定本办法。\n"
         "第二条 区人民政府负责本区古树名木保护工作。\n"
         "规划土地、绿化市容、公安消防、财政等相关行政管理部门，按照各自职责共同做好古树名木保护工作。\n"
         "第三条 文物、教育、文广影视等行政管理部门，学校、社区，以及报刊、网站等媒体应当加强古树名木保护的宣传。\n")


def test_sectors_listed_before_their_shared_kind_each_answer_in_a_rule():
    # X、Y…等相关行政管理部门，按照各自职责…: each sector as written, the shared kind dropped; a city's sector named by two
    # fields (规划土地, 绿化市容) is a sector; other addressees after the list (学校、社区，以及…等媒体) are not read
    got = _got(sector_duties.charged(_RULE))
    assert got == [(["规划土地", "绿化市容", "公安消防", "财政"], "按照各自职责共同做好古树名木保护工作"),
                   (["文物", "教育", "文广影视"], "加强古树名木保护的宣传")], got


def test_sector_list_kinds_and_two_field_sectors():
    t = "发展改革、规划土地、经济信息化等相关行政管理部门"
    got = [s.text for s in sector_lists.listed(t, ann.Span(t, 0, len(t)))]
    assert got == ["发展改革", "规划土地", "经济信息化"], got
    # a list of things or kinds of body, not sectors: none
    for t in ("商场、超市等相关单位", "学校、医院等有关部门", "规划土地"):
        assert sector_lists.listed(t, ann.Span(t, 0, len(t))) is None, t


def test_no_sector_duty_outside_a_rule_or_in_a_report():
    # outside articles and not a prose charge: nothing; a report of what was done (了): nothing
    assert sector_duties.charged("发改、财政、住建等部门，按照各自职责做好保障工作。\n") == []
    assert sector_duties.charged("第一条 为…制定本办法。\n第二条 2023年，发改、财政等部门按照各自职责开展了检查。\n", True) == []
