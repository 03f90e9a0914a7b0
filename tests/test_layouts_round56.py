"""Round 56 (thirteenth session, lay6): what documents kept outside the stored pages (blind rounds 54 and 55) showed kg
missed or read wrong, each rule on a small example written for it."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read


def test_kinds_of_place_listed_under_one_ge_stay_one_collective():
    # 各区、县级市 is every district and every county-level city; 各县区、功能板块 every county, district and zone: one
    # collective, as 各县、市、区政府 is; never 各区 beside a unit called 县级市.
    text = ("某市推进人才工作实施方案\n"
            "1.建立人才工作专门机构。（牵头单位：市委组织部，配合单位：市编办，各区、县级市）\n"
            "2.新建幼儿园10所。（牵头单位：市教育局；共同责任单位：市财政局，各县区、功能板块）\n")
    kind, ex = read(text)
    got = facts(ex)
    assert {("1", "各区、县级市", schema.ROLE_SUPPORT), ("2", "各县区、功能板块", schema.ROLE_RESPONSIBLE),
            ("1", "市编办", schema.ROLE_SUPPORT), ("2", "市财政局", schema.ROLE_RESPONSIBLE)} <= got, got
    assert not any(who in ("各区", "县级市", "各县区", "功能板块") for _, who, _ in got), got
