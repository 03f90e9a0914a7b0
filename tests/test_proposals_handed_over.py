"""Deputies' proposals and CPPCC motions handed over to be dealt with (建议 / 提案 交办): the proposal (案由,
建议名称) is the task, 主办单位 leads, 协办 and 会办单位 support, 办结时限 is its deadline; a report on how they
were dealt with reads the same fields and its 办理情况. Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read, task_props

TABLE = ("某市人民政府办公室关于市十六届人大三次会议代表建议交办的通知\n各县（市、区）人民政府，市政府各部门：\n"
         "现将代表建议交办给你们，请认真办理。\n附件：代表建议交办表\n"
         "序号 | 建议编号 | 案由 | 领衔代表 | 主办单位 | 会办单位 | 办结时限\n"
         "1 | 第001号 | 关于加快城区停车场建设的建议 | 张三 | 市住建局 | 市自然资源局、市公安局 | 2024年6月30日\n"
         "2 | 第002号 | 关于加强农村饮水安全保障的建议 | 李四 | 市水利局 | 市卫健委 | 2024年6月30日\n")


def test_a_table_of_proposals_handed_over_gives_each_its_units():
    kind, ex = read(TABLE)
    assert kind == "division_plan"
    got = facts(ex)
    assert {("1", "市住建局", schema.ROLE_LEAD), ("1", "市公安局", schema.ROLE_SUPPORT),
            ("2", "市卫健委", schema.ROLE_SUPPORT)} <= got
    assert not any(who in ("张三", "李四") for _, who, _ in got)      # the deputy who proposed answers for nothing
    props = task_props(ex)
    assert props["1"]["text"] == "关于加快城区停车场建设的建议" and props["1"]["deadline"] == "2024年6月30日"


FIELDS = ("某县2023年人大代表建议办理情况\n1.关于改善县城交通拥堵状况的建议\n主办单位：县公安局交警大队\n"
          "会办单位：县住建局、县交通运输局\n办理情况：已于9月底前完成城区5个路口信号灯改造。\n"
          "2.关于加强校园周边食品安全监管的建议\n主办单位：县市场监管局\n协办单位：县教育局\n办理情况：已开展专项检查3次。\n")


def test_a_report_on_proposals_reads_the_fields_and_how_each_was_dealt_with():
    kind, ex = read(FIELDS)
    assert kind == "progress_report"
    assert {("1", "县公安局交警大队", schema.ROLE_LEAD), ("1", "县交通运输局", schema.ROLE_SUPPORT),
            ("2", "县教育局", schema.ROLE_SUPPORT)} <= facts(ex)
    assert task_props(ex)["1"]["status"].startswith("已于9月底前完成")
