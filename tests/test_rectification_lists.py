"""Lists of problems to put right (整改清单, 整改方案, reports on 整改情况): each problem's measures are the task,
its 责任领导 and 责任单位 answer for it, 整改时限 is its deadline and 整改情况 how it stands.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read, task_props

TABLE = ("某县贯彻落实省生态环境保护督察反馈意见整改方案\n附件\n某县省生态环境保护督察反馈意见整改清单\n"
         "序号 | 反馈问题 | 整改目标 | 整改措施 | 责任领导 | 责任单位 | 整改时限\n"
         "1 | 县城污水处理厂超负荷运行。 | 污水处理能力满足需求。 | 实施污水处理厂扩建工程，新增处理能力2万吨/日。 | 李明 | "
         "县住建局、县生态环境分局 | 2023年12月底前\n"
         "2 | 部分乡镇垃圾随意倾倒。 | 垃圾收运体系全覆盖。 | 建立村收集、镇转运、县处理体系。 | 王强 | 县城管局，各乡镇人民政府 | "
         "立行立改，长期坚持\n")


def test_a_rectification_table_gives_the_measures_as_tasks_with_deadlines():
    kind, ex = read(TABLE)
    assert kind == "division_plan"          # a 整改清单: each problem given to who puts it right
    props = task_props(ex)
    assert props["1"]["text"].startswith("实施污水处理厂扩建工程")     # the measures, not the target
    assert props["1"]["deadline"] == "2023年12月底前"
    assert {("1", "李明", schema.ROLE_RESPONSIBLE), ("1", "县住建局", schema.ROLE_RESPONSIBLE),
            ("2", "各乡镇人民政府", schema.ROLE_RESPONSIBLE)} <= facts(ex)


FIELDS = ("某县关于中央生态环境保护督察反馈问题整改情况的公示\n根据整改方案要求，现将有关整改情况公示如下：\n"
          "一、县城污水处理厂超负荷运行问题\n整改措施：实施污水处理厂扩建工程。\n责任领导：李明\n"
          "责任单位：县住建局、县生态环境分局\n整改时限：2023年12月底前\n整改情况：已完成扩建工程并投入运行。\n"
          "二、部分乡镇垃圾随意倾倒问题\n整改措施：建立村收集、镇转运、县处理体系。\n责任领导：王强\n"
          "责任单位：县城管局\n整改时限：长期坚持\n整改情况：已完成，长期坚持。\n")


def test_a_report_on_rectification_reads_its_fields_deadline_and_status():
    kind, ex = read(FIELDS)
    assert kind == "progress_report"
    assert {("一", "县住建局", schema.ROLE_RESPONSIBLE), ("二", "王强", schema.ROLE_RESPONSIBLE)} <= facts(ex)
    props = task_props(ex)
    assert props["一"]["deadline"] == "2023年12月底前"
    assert props["一"]["status"].startswith("已完成扩建工程")
    assert not any(i.code == "plan.unknown-field" for i in ex.issues)


def test_a_plan_naming_its_work_as_rectification_is_an_action_plan_or_a_division():
    from loaders.kinds.plan_detection import names_action, names_division
    assert names_division("某市巡察反馈问题整改任务清单")
    assert names_action("某县关于中央环保督察反馈意见的整改方案")
    assert not names_division("某县召开整改清单销号推进会")
    assert not names_division("严格落实领导干部包保责任，对照问题整改清单逐项销号")


# The same list flattened one cell a line, as pages copied to text write it.
FLAT = TABLE.split("序号")[0] + "\n".join(c.strip() for ln in ("序号" + TABLE.split("序号")[1]).splitlines() for c in ln.split("|")) + "\n"


def test_a_flattened_rectification_table_keeps_problem_target_and_measures_apart():
    from loaders.reading.flat import line_shape
    assert line_shape("县城污水处理厂超负荷运行。") == "text"     # 运行 is no bank (银行, 支行)
    assert line_shape("农发行某县支行") == "unit"
    kind, ex = read(FLAT)
    props = task_props(ex)
    assert props["1"]["text"].startswith("实施污水处理厂扩建工程") and props["2"]["text"].startswith("建立村收集")
    assert {("1", "李明", schema.ROLE_RESPONSIBLE), ("2", "县城管局", schema.ROLE_RESPONSIBLE)} <= facts(ex)
