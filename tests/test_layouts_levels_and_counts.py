"""Who answers, written at two levels of government, as 由X牵头实施 over a section, or after items counted
一是…二是… in a paragraph; and the titles that name a plan of policies or a report on a plan's progress.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read

TWO_LEVELS = """某区政府督查室关于2021年市政府工作报告半年完成情况的通报
一、市政府工作报告半年完成情况
1.地区生产总值增长8%。(市级牵头单位:市发展改革委;区级牵头单位:区发改局)
完成情况:上半年全区地区生产总值同比增长12%。
2.城镇新增就业2万人。(市级牵头单位:市人力资源社会保障局;区级牵头单位:区人社局)
完成情况:上半年新增就业1.1万人。
"""


def test_a_label_may_open_with_the_level_of_government_it_speaks_for():
    # 市级牵头单位 and 区级牵头单位: a task led at two levels has a lead at each
    kind, ex = read(TWO_LEVELS)
    assert kind == "progress_report"
    assert {("1", "市发展改革委", schema.ROLE_LEAD), ("1", "区发改局", schema.ROLE_LEAD),
            ("2", "区人社局", schema.ROLE_LEAD)} <= facts(ex)


SECTIONS = """某县人民政府关于印发推动经济高质量发展若干政策的通知
各乡镇人民政府，县直属各单位：
《关于推动经济高质量发展的若干政策》已经县政府常务会议研究同意，现印发给你们，请认真组织实施。
关于推动经济高质量发展的若干政策
一、扩大有效投资政策（由县发改局牵头实施）
1.加大财政支持力度。县财政统筹安排资金5亿元，支持重大项目建设。
2.加强资金要素争取。开展专项债项目常态化储备。
二、稳定工业经济政策（由县经信局牵头实施）
3.支持企业技术改造。对设备投资500万元以上的项目给予补助。
"""


def test_a_plan_of_policies_is_an_action_plan():
    # 若干政策 names a plan of measures, as 若干措施 does: one section closed by who leads it is then enough
    assert read(SECTIONS.split("二、")[0])[0] == "action_plan"


def test_a_section_led_by_a_unit_written_with_you_gives_that_unit():
    # （由县发改局牵头实施）: the unit is 县发改局, not 由县发改局
    got = facts(read(SECTIONS)[1])
    assert {("1", "县发改局", schema.ROLE_LEAD), ("2", "县发改局", schema.ROLE_LEAD),
            ("3", "县经信局", schema.ROLE_LEAD)} <= got
    assert not any(name.startswith("由") for _, name, _ in got)


COUNTED = """关于全市重点民生实事进展情况的督查专报
按照《某市人民政府办公室关于印发<2023年重点民生实事实施方案>的通知》要求，市政府督查室对重点民生实事进展情况进行了督查，现将督查结果报告如下。
实施方案中制定了3月末节点目标的任务有3个，分别为：一是维修改造中小学校13所（责任单位：市教育局）；二是提高异地就医报销比例（责任单位：市医保局）；三是新改建农村公路380公里（责任单位：市交通局）。目前，3个任务都已完成。
"""


def test_a_report_on_a_plans_progress_is_no_action_plan_though_it_cites_one():
    # its title says it reports progress (进展情况的督查专报); the plan it names is another document
    assert read(COUNTED)[0] == "progress_report"


def test_items_counted_in_a_paragraph_each_take_their_own_units():
    # 分别为：一是…（责任单位：A）；二是…（责任单位：B）
    got = facts(read(COUNTED)[1])
    assert {("一是", "市教育局", schema.ROLE_RESPONSIBLE), ("二是", "市医保局", schema.ROLE_RESPONSIBLE),
            ("三是", "市交通局", schema.ROLE_RESPONSIBLE)} <= got
    assert ("一是", "市医保局", schema.ROLE_RESPONSIBLE) not in got


DETAILED = """某市数字政府建设实施方案
3．全面提升政务热线服务水平。加快升级热线平台。一是一单通达，提高工作效率；二是自动外呼开展满意度回访；三是建立双向互动机制。（6月底完成，牵头单位：市政府办公室、市公安局）
4．推进政务数据共享。建成全市统一的数据共享平台。（牵头单位：市大数据局）
"""


def test_counted_details_inside_a_numbered_measure_stay_part_of_it():
    # 3．…一是…二是…（牵头单位：…）: the counted words detail measure 3, they are not tasks of their own
    kind, ex = read(DETAILED)
    got = facts(ex)
    assert {("3", "市公安局", schema.ROLE_LEAD), ("4", "市大数据局", schema.ROLE_LEAD)} <= got
    assert not any(seq.endswith("是") for seq, _, _ in got)
