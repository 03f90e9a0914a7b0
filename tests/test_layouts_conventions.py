"""Conventions of the 民生实事 and division documents read in any layout: a congress's review of the
民生实事 is a progress report, flattened progress tables (a title over the header, cells closed by
` |`, a unit cell written once over several projects, states such as 主体完工), a sentence closing a
group of projects (上述项目由区X局牵头负责), a whole 责任分解 run together on one line."""
from __future__ import annotations

from graph import schema
from loaders.kinds import plan_detection, prose
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading import flat
from loaders.reading.source import from_bytes
from loaders.registry import detect
from loaders.structure import items
from loaders.structure import responsibility as resp
from loaders.structure import unbracketed


def _read(text: str):
    doc = from_bytes(text.encode("utf-8"), "t.txt")
    loader = detect(doc)
    return loader.kind, loader.parse(doc, default_lexicon())


def _facts(ex) -> set[tuple[str, str, str]]:
    ents = {(e.label, e.key): e for e in ex.entities}
    return {(ents[r.target].props["seq"], ents[r.source].name, r.props["role"])
            for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


# 1. A congress's 审议意见 on the 民生实事, citing the 政府工作报告 and the session; its items name their units
# in brackets after the project's title, then how far it has gone.
REVIEW = """县人大常委会关于县人民政府2022年民生实事推进情况的审议意见
县人民政府:
2022年8月25日,县第十八届人民代表大会常务委员会第六次会议听取和审议了县人民政府关于2022年民生实事推进情况的报告。会议认为,县人民政府认真落实县十八届人大一次会议通过的《政府工作报告》确定的民生实事,取得了阶段性成效:
(一)城区学校建设项目(县教育局),已完成投资1.2亿元,占年度计划的70%。
(二)城乡供水提质工程(县水务局),铺设管网85公里,完成80%。
"""


def test_a_congress_review_of_the_minsheng_projects_is_a_progress_report_not_a_work_report():
    kind, ex = _read(REVIEW)
    assert ex.document.kind == "progress_report"
    assert prose.score_report(from_bytes(REVIEW.encode(), "t.txt").plain.text) < 0.3
    assert _facts(ex) == {("(一)", "县教育局", "responsible"), ("(二)", "县水务局", "responsible")}
    status = {e.props["seq"]: e.props.get("status", "") for e in ex.entities if e.label == schema.TASK}
    assert status["(一)"].startswith("已完成投资1.2亿元")


def test_units_in_brackets_after_a_title_are_read_only_where_the_item_goes_on():
    text = "城区学校建设项目（县教育局），已完成投资。"
    assert [n.name.text for u in resp.find(text, 0, len(text), False) for n in u.units] == ["县教育局"]
    text = "推进城区学校建设，加快（县教育局、县财政局）项目，已完成投资。"
    assert resp.find(text, 0, len(text), False) == []


def test_a_review_is_told_by_its_title_and_a_report_on_other_work_is_not_one():
    assert plan_detection.congress_review("县人大常委会关于县人民政府民生实事推进情况的审议意见\n县人民政府:\n")
    assert plan_detection.congress_review("关于2024年市政府民生实事项目的视察报告\n")
    assert not plan_detection.congress_review("关于全市安全生产工作情况的审议意见\n")
    assert not plan_detection.congress_review("2024年政府工作报告\n各位代表:\n")


# A 民生實事 table in traditional characters that cites the 政府工作报告 it comes from.
TRAD_TABLE = """2024年民生實事項目進展情況
根據縣十七屆人大三次會議審議通過的《政府工作報告》,現將民生實事進展情況公布如下:
序號 | 項目名稱 | 責任單位 | 推進情況 |
1 | 新建城區幼兒園2所 | 縣教育局 | 主體完工 |
2 | 改造農村公路50公里 | 縣交通運輸局 | 已完成42公里 |
"""


def test_a_traditional_minsheng_table_citing_the_work_report_is_a_progress_report():
    kind, ex = _read(TRAD_TABLE)
    assert ex.document.kind == "progress_report"
    assert _facts(ex) == {("1", "县教育局", "responsible"), ("2", "县交通运输局", "responsible")}


# 2. A flattened table under its title (2024年民生实事项目表: a title, not a 项目 column), cells closed by ` |`.
BARRED_UNDER_TITLE = """2024年民生实事项目表
序号 |
项目名称 |
责任单位 |
完成时限 |
1 |
新建社区养老服务中心3个 |
县民政局 |
2024年12月 |
2 |
改造农村饮水工程10处 |
县水利局 |
2024年10月 |
"""


def test_a_title_over_a_flattened_header_is_not_a_column():
    assert flat.label_kind("2024年民生实事项目表") == (None, None)
    assert flat.label_kind("重点项目进度表") == (None, None)
    assert flat.label_kind("项目名称") == ("task", "")
    kind, ex = _read(BARRED_UNDER_TITLE)
    assert ex.document.kind == "commitment_table"
    assert _facts(ex) == {("1", "县民政局", "responsible"), ("2", "县水利局", "responsible")}


PROGRESS_DEPARTMENTS = """2023年重点民生项目推进情况表
序号
项目
牵头部门
进展情况
1
新建城东污水处理厂
区住建局
主体工程完工
2
改造背街小巷20条
区城管局
已完成15条
"""


def test_a_flattened_progress_table_with_a_lead_department_column():
    kind, ex = _read(PROGRESS_DEPARTMENTS)
    assert ex.document.kind == "progress_report"
    assert _facts(ex) == {("1", "区住房和城乡建设局", "lead"), ("2", "区城市管理局", "lead")}
    status = {e.props["seq"]: e.props.get("status") for e in ex.entities if e.label == schema.TASK}
    assert status == {"1": "主体工程完工", "2": "已完成15条"}


# 5. A unit cell written once over two projects: the second row has no unit, only its progress.
MERGED_UNIT = """2023年民生实事项目进展情况
序号
项目
责任单位
进展情况
1
新建城南小学
县教育局
主体完工
2
改扩建城北幼儿园
已完成60%
3
新建县医院住院楼
县卫健委
正在施工
4
改造乡镇卫生院5所
室内装修
"""


def test_a_stage_reached_is_a_state_and_a_unit_written_once_carries_to_the_next_project():
    assert {flat.line_shape(x) for x in ("主体完工", "主体工程封顶", "正在进行主体施工", "室内装修")} == {"state"}
    assert flat.line_shape("县教育局") == "unit" and flat.line_shape("城区道路改造") == "word"
    kind, ex = _read(MERGED_UNIT)
    facts = _facts(ex)
    assert {n for s, n, _ in facts if s in ("1", "2")} == {"县教育局"}
    assert {n for s, n, _ in facts if s in ("3", "4")} == {"县卫生健康委员会"}
    status = {e.props["seq"]: e.props.get("status") for e in ex.entities if e.label == schema.TASK}
    assert status == {"1": "主体完工", "2": "已完成60%", "3": "正在施工", "4": "室内装修"}


# 3. Projects closed by the sentence that assigns their group.
GROUPS = """2024年区政府实事项目
一、教育领域
1.新建第三实验小学,新增学位1800个。
2.改扩建幼儿园3所,新增学位540个。
上述项目由区教育局牵头负责。
二、养老服务
3.新建社区养老服务站10个。
4.为80周岁以上老人发放高龄津贴。
以上两项由区民政局负责。
三、文化体育
5.新建全民健身中心1个。
"""


def test_a_sentence_closing_a_group_of_projects_assigns_each_of_them():
    found = unbracketed.group_closers(GROUPS)
    assert [(g.units[0].name.text, g.units[0].role) for g in found] == [("区教育局", "lead"), ("区民政局", "responsible")]
    kind, ex = _read(GROUPS)
    assert ex.document.kind == "commitment_table"
    assert _facts(ex) == {("1", "区教育局", "lead"), ("2", "区教育局", "lead"),
                          ("3", "区民政局", "responsible"), ("4", "区民政局", "responsible")}
    texts = {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert texts["2"] == "改扩建幼儿园3所，新增学位540个。" and texts["4"] == "为80周岁以上老人发放高龄津贴。"


# 4. A whole 责任分解 on one line, leaders heading its sections, the convention inside its first field.
ONE_LINE = ("关于印发县2023年政府工作报告重点工作责任分解的通知 各乡镇人民政府,县直各单位:现将县政府工作报告重点工作责任分解如下,"
            "请认真抓好落实。 一、王丹县长牵头重点工作 (一)稳定经济增长。1.全年地区生产总值增长6.5%。(责任单位:县发改局、县统计局。"
            "责任单位排在第一位的为牵头单位,下同;完成时限:2023年12月底) 2.规模以上工业增加值增长8%。(责任单位:县经信局;完成时限:"
            "2023年12月底) (二)扩大有效投资。3.实施重点项目100个。(责任单位:县发改局、县住建局;完成时限:2023年12月底) "
            "二、李明副县长牵头重点工作 (一)推进乡村振兴。4.新建高标准农田2万亩。(责任单位:县农业农村局、县财政局;完成时限:"
            "2023年10月底)\n")


def test_a_division_plan_run_on_one_line_keeps_its_items_and_leader_headers():
    kind, ex = _read(ONE_LINE)
    assert ex.document.kind == "division_plan"
    facts = _facts(ex)
    assert {(s, n, r) for s, n, r in facts if s == "1"} == {("1", "县发改局", "lead"), ("1", "县统计局", "support"),
                                                            ("1", "王丹", "lead")}
    assert ("3", "王丹", "lead") in facts and ("4", "李明", "lead") in facts and ("4", "王丹", "lead") not in facts
    texts = {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert texts["2"] == "规模以上工业增加值增长8%。"


def test_a_section_number_mid_line_starts_a_block_only_in_a_line_run_together():
    short = "工作要求如下。一、加强领导。\n"
    assert list(items.walk(items.blocks(short, 0, len(short)))) == []
    long = "重点工作分解如下。" + "说明" * 100 + "。一、加强组织领导。二、强化督查考核。\n"
    assert [b.number for b in items.walk(items.blocks(long, 0, len(long)))] == ["一", "二"]


def test_a_page_run_on_one_line_opens_with_its_title_not_its_intro():
    text = "县2023年重点工作责任分解 为确保十件民生实事落到实处,各单位每季度报送完成情况。" + "一、" * 150
    assert plan_detection.opening(text) == "县2023年重点工作责任分解"
    assert plan_detection.opening("2023年民生实事项目\n序号\n") == "2023年民生实事项目\n序号\n"
    # The intro's 民生实事 and 完成情况 make the plan neither a commitment list nor a progress report.
    intro = ONE_LINE.replace("请认真抓好落实。", "确保十件民生实事落到实处,每季度末报送完成情况。")
    kind, ex = _read(intro)
    assert ex.document.kind == "division_plan"


def test_a_minsheng_table_with_a_column_of_progress_is_a_progress_report_and_its_division_is_not():
    body = "序号\n项目\n责任部门\n进展情况\n1\n新建城东污水处理厂\n区住建局\n主体完工\n2\n改造背街小巷20条\n区城管局\n已完成15条\n"
    assert _read("2023年民生实事项目\n" + body)[1].document.kind == "progress_report"
    assert _read("2023年民生实事任务分解\n" + body)[1].document.kind == "commitment_table"
    without = body.replace("进展情况\n", "").replace("主体完工\n", "").replace("已完成15条\n", "")
    assert _read("2023年民生实事项目\n" + without)[1].document.kind == "commitment_table"


# A 督办报告's items tell who answers in their sentence (由X牵头 / 由X负责) or in a field after the task's
# full stop, then how far it has gone.
TOLD = """关于市人民政府2023年民生实事项目办理情况的督办报告
市人大常委会督办组
一、办理进展情况
1.新建中小学校5所。由市教育局牵头,目前3所已竣工。
2.改造城镇老旧小区50个。由市住建局负责,已完成改造30个。
3.新增养老床位1000张。牵头单位:市民政局。已新增800张。
二、意见和建议
各承办单位要加快推进。
"""


def test_a_review_reads_who_answers_told_in_the_items_sentence_and_how_far_it_has_gone():
    assert [n.name.text for u in unbracketed.told("由市教育局牵头,目前3所已竣工。", 0, 20) for n in u.units] == ["市教育局"]
    assert unbracketed.told("由于资金不足,进度滞后。", 0, 12) == []
    kind, ex = _read(TOLD)
    assert ex.document.kind == "progress_report"
    assert _facts(ex) == {("1", "市教育局", "lead"), ("2", "市住房和城乡建设局", "responsible"), ("3", "市民政局", "lead")}
    status = {e.props["seq"]: e.props.get("status", "") for e in ex.entities if e.label == schema.TASK}
    assert status == {"1": "目前3所已竣工。", "2": "已完成改造30个。", "3": "已新增800张。"}
    texts = {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert texts["1"] == "新建中小学校5所。"
