"""A flattened table's cell listing units on one long line (A、B、C), then the next cell's unit on the next line:
two cells, not one list wrapped. A rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read


# A flattened table whose 责任单位 cell lists units on one long line, then the 牵头单位 cell's unit on the next.
LISTED = ("某区2023年政府工作报告重点工作责任分解\n序号\n事项\n责任单位\n牵头单位\n"
          "1\n地区生产总值增长6%以上。\n区农业农村局、区经济商务局、区市场监管局、区建设局、区发展改革局、区交通运输局\n区发展改革局\n"
          "2\n一般公共预算收入增长7%。\n区财政局\n区财政局\n")


def test_a_line_listing_units_is_a_cell_of_its_own_not_wrapped_into_the_next():
    from loaders.reading.source import from_bytes
    text = from_bytes(LISTED.encode("utf-8"), "written.txt").clean.text
    assert "区交通运输局\n区发展改革局" in text
    # a list wrapped after its 、 is still one line
    wrapped = from_bytes("区农业农村局、区经济商务局、区市场监管局、区建设局、\n区发展改革局、区交通运输局\n".encode(), "w.txt").clean.text
    assert "区建设局、区发展改革局" in wrapped
    kind, ex = read(LISTED)
    assert ("1", "区发展改革局", schema.ROLE_LEAD) in facts(ex)
    assert ("1", "区交通运输局", schema.ROLE_RESPONSIBLE) in facts(ex)
