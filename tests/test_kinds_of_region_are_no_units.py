"""A kind of region in brackets (省（自治区、直辖市）, 园区（集聚区）) names no one: never a unit; and 按职能分工负责
qualifies the units before it as 按职责分工负责 does. Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.structure.responsibility import looks_like_unit

from tests.test_layouts_written import facts, read

TEXT = ("某省大数据发展行动方案\n（一）提升政务数据治理能力。全国已有26个省（自治区、直辖市）建成平台。"
        "（省发展改革委牵头，各市、各部门按职能分工负责）\n"
        "（二）建设软件产业园区。建成10个以上省级特色软件产业园区（集聚区）。（责任单位：省工业和信息化厅）\n")


def test_kinds_of_region_and_clusters_are_no_units():
    for word in ("自治区", "直辖市", "计划单列市", "集聚区"):
        assert not looks_like_unit(word), word
    assert looks_like_unit("宁夏回族自治区") and looks_like_unit("银川市")
    kind, ex = read(TEXT)
    got = facts(ex)
    assert {("(一)", "省发展改革委", schema.ROLE_LEAD), ("(一)", "各部门", schema.ROLE_RESPONSIBLE),
            ("(二)", "省工业和信息化厅", schema.ROLE_RESPONSIBLE)} <= got
    assert not any(who in ("自治区", "直辖市", "集聚区") or "按职能" in who for _, who, _ in got)


def test_a_bare_kind_of_body_after_a_collective_is_no_unit():
    from loaders.structure import responsibility as resp
    assert not looks_like_unit("单位") and not looks_like_unit("部门")
    text = "（各有关部门和单位按职责分工负责）"
    got = [(n.name.text, n.role) for n in resp.read(text, 1, len(text) - 1, False)]
    assert got == [("各有关部门和单位", schema.ROLE_RESPONSIBLE)]
