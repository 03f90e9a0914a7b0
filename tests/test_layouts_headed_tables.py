"""Tables of tasks whose section rows name who is in charge, whose columns name the supporting units in
other words, and the titles that name such a table a division of work, each rule on a small example
written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read

LIST = """某某市人民政府关于印发2022年重点工作及责任清单的通知
各县区人民政府，市政府各部门：
市政府研究确定了《2022年重点工作及责任清单》，现印发给你们，请认真贯彻落实。
2022年3月4日
2022年重点工作及责任清单
序号
重点工作
牵头责任单位
协同责任单位
任务来源
一、张建国市长负责事项(共2项)
1
持续优化营商环境。
市政府办
市发展改革委
省政府文件
2
推进政务服务一网通办。
市数据资源局
市直各部门
省政府文件
二、李明副市长牵头的工作
3
新建城市道路10公里。
市住建局
市财政局
政府工作报告
"""


def test_a_list_of_key_work_with_who_answers_is_a_division():
    # 重点工作及责任清单: key work listed with who answers for each item
    assert read(LIST)[0] == "division_plan"


def test_a_section_row_naming_a_leader_gives_every_task_under_it_that_leader():
    kind, ex = read(LIST)
    got = facts(ex)
    # 负责 makes the leader responsible, 牵头 the lead (as in a plan's section headers)
    assert {("1", "张建国", schema.ROLE_RESPONSIBLE), ("2", "张建国", schema.ROLE_RESPONSIBLE),
            ("3", "李明", schema.ROLE_LEAD)} <= got
    assert ("3", "张建国", schema.ROLE_RESPONSIBLE) not in got


def test_a_column_of_cooperating_units_that_answer_supports():
    # 协同责任单位 supports, though its label ends with 责任单位; 牵头责任单位 leads
    got = facts(read(LIST)[1])
    assert {("1", "市政府办", schema.ROLE_LEAD), ("1", "市发展改革委", schema.ROLE_SUPPORT),
            ("3", "市财政局", schema.ROLE_SUPPORT)} <= got


def test_a_tables_section_row_names_its_officials():
    ex = read(LIST)[1]
    leaders = {e.name: e.props.get("titles") for e in ex.entities if e.label == schema.LEADER}
    assert leaders.get("张建国") == ["市长"]
