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


def test_a_plan_charging_sectors_departments_by_their_sector_gives_them_its_measures():
    # In a plan's measures, a sector's department told 要… or 负责… answers for the rest of its sentence, two sectors
    # joined by 和 sharing the one 部门 (劳动保障和民政部门 → 劳动保障, 民政部门); never a place in a hierarchy or a part
    # some body plays (上级部门, 业务部门), nor the plan's own oversight, and an article's number is no part of the name.
    text = ("某市关于加强小区配套幼儿园建设的实施意见\n"
            "一、加强规划。自然资源部门要根据配建标准，统筹规划城镇小区配套幼儿园。同时，劳动保障和民政部门要将困难家庭纳入保障范围。\n"
            "二、推行制度。上级部门要切实做到率先推行，以上带下。业务部门要在业务方面发挥主体作用。\n"
            "三、规范管理。\n第五条国务院专利行政部门负责全国的专利代理管理工作。教育行政部门要加强督导检查。\n")
    kind, ex = read(text)
    got = {(who, role) for _, who, role in facts(ex)}
    assert {("自然资源部门", schema.ROLE_RESPONSIBLE), ("劳动保障", schema.ROLE_RESPONSIBLE),
            ("民政部门", schema.ROLE_RESPONSIBLE), ("国务院专利行政部门", schema.ROLE_RESPONSIBLE)} <= got, got
    assert not any(who in ("上级部门", "业务部门", "教育行政部门") or who.startswith("条") for who, _ in got), got
