"""Leaders and bureaus each given projects or villages to see through (包联, 包保, 挂点, 联系, 帮扶): 包联县级领导,
包保领导, 挂点领导 and 包保单位 answer for their project, in a table or in field lines, and a title naming such a
division (领导包联责任表) makes the document one. Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read

TABLE = ("某县2024年重点项目县级领导包联责任表\n"
         "序号 | 项目名称 | 建设内容 | 总投资（万元） | 包联县级领导 | 责任单位 | 完成时限\n"
         "1 | 县城第二水厂建设项目 | 新建日供水3万吨水厂一座 | 12000 | 张伟 | 县水务局 | 2024年12月\n"
         "2 | 工业园区标准化厂房项目 | 新建标准化厂房5万平方米 | 8000 | 刘洋 | 县工信局、工业园区管委会 | 2024年10月\n")

FIELDS = ("某县2024年重点项目包保责任分工\n1.县城第二水厂建设项目。新建日供水3万吨水厂一座。\n包保领导：张伟\n"
          "联系领导：刘洋\n包保单位：县水务局\n2.工业园区标准化厂房项目。新建标准化厂房5万平方米。\n挂点领导：刘洋\n"
          "责任单位：县工信局\n")


def test_a_table_of_projects_each_with_its_leader_is_a_division():
    kind, ex = read(TABLE)
    assert kind == "division_plan"
    assert {("1", "张伟", schema.ROLE_RESPONSIBLE), ("1", "县水务局", schema.ROLE_RESPONSIBLE),
            ("2", "刘洋", schema.ROLE_RESPONSIBLE)} <= facts(ex)


def test_field_lines_naming_a_projects_own_leaders_and_bureau():
    kind, ex = read(FIELDS)
    assert {("1", "张伟", schema.ROLE_RESPONSIBLE), ("1", "刘洋", schema.ROLE_RESPONSIBLE),
            ("1", "县水务局", schema.ROLE_RESPONSIBLE), ("2", "刘洋", schema.ROLE_RESPONSIBLE)} <= facts(ex)
    assert not any(i.code == "plan.no-annotation" for i in ex.issues)


def test_a_table_naming_only_a_projects_leader_and_bureau_is_read():
    # no 责任单位 column: 包联县级领导 and 包联单位 alone say who answers
    table = ("某县2024年重点项目推进表\n序号 | 项目名称 | 建设内容 | 包联县级领导 | 包联单位 | 完成时限\n"
             "1 | 县城第二水厂建设项目 | 新建日供水3万吨水厂一座 | 张伟 | 县水务局 | 2024年12月\n"
             "2 | 工业园区标准化厂房项目 | 新建标准化厂房5万平方米 | 刘洋 | 县工信局 | 2024年10月\n")
    kind, ex = read(table)
    assert {("1", "张伟", schema.ROLE_RESPONSIBLE), ("1", "县水务局", schema.ROLE_RESPONSIBLE),
            ("2", "县工信局", schema.ROLE_RESPONSIBLE)} <= facts(ex)
