"""A title that opens a body's name is no post held by the name after it: 主席团 (a congress's presidium), 书记处 (a
secretariat) — 镇人大主席团工作报告 names no 主席 called 团工; and a name before 作 and a body's report ends before 作
(王明作镇人大主席团工作报告). Small examples written for the rules (issue 12)."""
from __future__ import annotations

from tests.test_layouts_written import read


def _leaders(text: str) -> dict[str, list[str]]:
    _kind, ex = read(text)
    return {e.name: e.props.get("titles") for e in ex.entities if e.label == "Leader"}


def test_a_presidiums_report_names_no_chair():
    text = ("某镇第五届人民代表大会第三次会议召开\n2024年1月10日，某镇第五届人民代表大会第三次会议召开。"
            "会议听取和审议了镇人民政府工作报告、镇人大主席团工作报告。\n镇人大主席王明作镇人大主席团工作报告。\n")
    assert _leaders(text) == {"王明": ["镇人大主席"]}


def test_a_title_before_a_name_still_names_it():
    text = "某镇召开会议。镇人大主席王明作工作报告，主任委员张华出席，镇党委书记李强讲话。\n"
    assert set(_leaders(text)) == {"王明", "张华", "李强"}
