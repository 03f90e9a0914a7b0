"""Responsibility facts on forms kg had not met on the former blind rounds (twenty-second session, facts4): each rule
on a small example written for it, failing on the commit before it (f75f8a6)."""
from __future__ import annotations

from loaders.reading import flat
from loaders.reading.model import from_text
from loaders.structure.table_columns import columns
from tests.test_flattened_tables_merged import task_facts
from tests.test_layouts_written import read

# A table copied with its rules and broken before each bar: a row's first cell alone, each later cell on a line
# opening with its bar, a bar alone closing the row; a row leaves its merged cells out (the heading before its
# task, the units after it).
OPENED = ("某某市人民政府2011年工作任务分工表\n"
          "一、加快推进新型工业化\n"
          "|\n"
          "工作要点\n"
          "| 工作任务\n"
          "| 牵头单位\n"
          "| 参与单位\n"
          "|\n"
          "壮大产业集群。\n"
          "| 实施百亿企业培育工程，推动装备制造、食品加工产业集群优化升级。\n"
          "| 市经信委、市发改委\n"
          "| 市财政局、各县市区\n"
          "|\n"
          "加快园区建设，完善园区基础设施，把园区打造成为区域经济的核心增长极。\n"
          "| 市发改委\n"
          "| 市国土资源局、各县市区\n"
          "|\n"
          "坚持扶优扶强，积极实施中小企业成长工程。\n"
          "|\n")


def test_cells_opened_by_their_rules_make_a_table():
    tables = [b for b in from_text(OPENED).blocks if hasattr(b, "rows")]
    assert len(tables) == 1
    rows = [[c.text for c in r.cells] for r in tables[0].rows]
    assert rows[0] == ["工作要点", "工作任务", "牵头单位", "参与单位"]
    assert rows[1] == ["壮大产业集群。", "实施百亿企业培育工程，推动装备制造、食品加工产业集群优化升级。", "市经信委、市发改委", "市财政局、各县市区"]
    # (its heading cell merged with the row above, left out: the row opens with its task)
    assert rows[2] == ["", "加快园区建设，完善园区基础设施，把园区打造成为区域经济的核心增长极。", "市发改委", "市国土资源局、各县市区"]
    assert rows[3][:2] == ["", "坚持扶优扶强，积极实施中小企业成长工程。"] and not any(rows[3][2:])


def test_cells_opened_by_their_rules_give_the_facts():
    kind, ex = read(OPENED)
    assert kind == "division_plan"
    got = task_facts(ex)
    assert ("实施百亿企业培育工程，推动装备制造、食品加工产业集群优化升级。", "市经信委", "lead") in got
    assert ("实施百亿企业培育工程，推动装备制造、食品加工产业集群优化升级。", "各县市区", "support") in got
    assert ("加快园区建设，完善园区基础设施，把园区打造成为区域经济的核心增长极。", "市国土资源局", "support") in got
    # (a lead unit cell merged with the row above, left empty in the text, is the row above's)
    assert ("坚持扶优扶强，积极实施中小企业成长工程。", "市发改委", "lead") in got
    assert not any(task == "壮大产业集群。" for task, _, _ in got)


def test_key_points_head_the_work_beside_them():
    # 工作要点 then 工作任务: the points head the tasks' groups, the work is the task (as 重点工作 then 工作措施).
    assert [c[0] for c in flat.header(["工作要点", "工作任务", "牵头单位", "参与单位", "壮大产业集群。"], 0)] == \
        ["other", "task", "unit", "unit"]
    assert [(c.what, c.label) for c in columns(["工作要点", "工作任务", "牵头单位"])][:2] == \
        [("project", "工作要点"), ("task", "工作任务")]
