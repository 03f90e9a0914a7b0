"""Tables as plain text writes them — | or tab cells, flattened one cell a line, cells broken
across lines, merged cells repeated or left empty — give the same tasks and facts; commitment,
民生实事 and progress tables are read as their kinds."""
from __future__ import annotations

import pytest

from graph import schema
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading import flat
from loaders.reading.model import from_text
from loaders.registry import detect
from loaders.reading.source import from_bytes

HEAD = "宁乡市人民政府办公室关于印发2023年重点工作任务分工方案的通知\n\n"
PIPE = HEAD + """序号 | 重点任务 | 牵头领导 | 牵头单位 | 配合单位 | 完成时限
1 | 推进城乡供水一体化,完成水厂改造。 | 刘建国 | 市水利局 | 市财政局、市住建局 | 2023年12月底
2 | 新建城市公园3个。 | 刘建国 | 市住建局 | | 2023年6月底
"""
TABS = HEAD + """序号\t重点任务\t牵头领导\t牵头单位\t配合单位\t完成时限
1\t推进城乡供水一体化,完成水厂改造。\t刘建国\t市水利局\t市财政局、市住建局\t2023年12月底
2\t新建城市公园3个。\t刘建国\t市住建局\t\t2023年6月底
"""
FLAT = HEAD + """序号
重点任务
牵头领导
牵头单位
配合单位
完成时限
1
推进城乡供水一体化,完成水厂改造。
刘建国
市水利局
市财政局
市住建局
2023年12月底
2
新建城市公园3个。
刘建国
市住建局
2023年6月底
"""
# A cell broken over two lines, and the leader's merged cell left empty under the row above.
BROKEN = HEAD + """序号 | 重点任务 | 牵头领导 | 牵头单位 | 配合单位 | 完成时限
1 | 推进城乡供水一体化,
完成水厂改造。 | 刘建国 | 市水利局 | 市财政局、市住建局 | 2023年12月底
2 | 新建城市公园3个。 | | 市住建局 | | 2023年6月底
"""


def _read(text: str):
    doc = from_bytes(text.encode("utf-8"), "t.txt")
    loader = detect(doc)
    return loader.kind, loader.parse(doc, default_lexicon())


def _facts(ex) -> set[tuple]:
    ents = {(e.label, e.key): e for e in ex.entities}
    out = set()
    for r in ex.relations:
        if r.type == schema.RESPONSIBLE_FOR:
            task = ents[r.target]
            out.add((task.props["seq"], task.props["text"], ents[r.source].name, r.props["role"], task.props["deadline"]))
    return out


@pytest.fixture(scope="module")
def pipe_facts():
    kind, ex = _read(PIPE)
    assert kind == "responsibility_table"
    return _facts(ex)


def test_a_pipe_table_gives_tasks_with_leader_units_and_deadline(pipe_facts):
    task = "推进城乡供水一体化，完成水厂改造。"        # as the plain view reads it: punctuation full-width
    assert ("1", task, "刘建国", "lead", "2023年12月底") in pipe_facts
    assert ("1", task, "市财政局", "support", "2023年12月底") in pipe_facts
    assert ("1", task, "市住房和城乡建设局", "support", "2023年12月底") in pipe_facts
    assert not any(seq == "2" and role == "support" for seq, _, _, role, _ in pipe_facts)


@pytest.mark.parametrize("form", [TABS, FLAT, BROKEN], ids=["tabs", "flattened", "broken-and-merged"])
def test_every_form_of_the_table_gives_the_same_facts(form, pipe_facts):
    kind, ex = _read(form)
    assert kind == "responsibility_table"
    assert _facts(ex) == pipe_facts


def test_a_flattened_table_is_rows_and_cells_with_a_unit_a_line():
    layout = from_text(FLAT)
    (table,) = layout.tables
    assert [c.text for c in table.rows[0].cells] == ["序号", "重点任务", "牵头领导", "牵头单位", "配合单位", "完成时限"]
    assert table.rows[1].texts[4] == "市财政局\n市住建局"
    assert table.rows[2].texts == ["2", "新建城市公园3个。", "刘建国", "市住建局", "", "2023年6月底"]
    cell = table.rows[1].cells[3]
    assert FLAT[cell.start:cell.end] == "市水利局"          # offsets into the text


def test_a_row_without_its_number_is_another_task_under_the_merged_number():
    text = "序号\n民生实事\n责任单位\n完成时限\n1\n建成老年养护楼。\n县民政局\n5月底前\n开工建设老年大学。\n12月底前\n2\n新建农贸市场1个。\n县商务局\n12月底前\n"
    rows = [r.texts for r in from_text(text).tables[0].rows]
    assert rows[2] == ["", "开工建设老年大学。", "", "12月底前"]
    kind, ex = _read(text)
    facts = _facts(ex)
    # The empty unit cell is the merged one above; the task keeps the number it is written under.
    assert ("1", "开工建设老年大学。", "县民政局", "responsible", "12月底前") in facts
    assert len({e.key for e in ex.entities if e.label == schema.TASK}) == 3


def test_a_line_alone_before_a_numbered_row_is_a_section_row():
    text = "序号\n工作任务\n牵头单位\n完成时限\n一、扩大有效需求\n1\n推进消费提质。\n市商务局\n12月底前\n二、深化改革\n2\n推进国企改革。\n市国资委\n12月底前\n"
    rows = [r.texts for r in from_text(text).tables[0].rows]
    assert rows[1] == ["一、扩大有效需求"] and rows[3] == ["二、深化改革"]
    _, ex = _read(text)
    tasks = {e.props["seq"]: e.props for e in ex.entities if e.label == schema.TASK}
    assert tasks["2"]["section"] == "二、深化改革"


def test_field_lines_are_not_a_flattened_header():
    lines = ["工作任务", "牵头单位：市发改委", "配合单位：市财政局", "完成时限：2023年底"]
    assert flat.header(lines, 0) is None


def test_a_minsheng_list_is_a_commitment_table():
    text = ("2023年民生实事任务分解表\n序号 | 民生实事 | 责任领导 | 责任单位 | 完成时限 |\n"
            "1 | 新增义务教育学位2000个。 | 王立新 | 县教体局 各乡镇政府 | 2023年9月 |\n"
            "2 | 改造老旧小区12个。 | 王立新 | 县住建局 | 2023年12月 |\n")
    kind, ex = _read(text)
    assert ex.document.kind == "commitment_table"
    facts = _facts(ex)
    assert {("1", "县教体局"), ("1", "各乡镇政府"), ("1", "王立新")} == {(s, n) for s, _, n, _, _ in facts if s == "1"}
    assert {role for *_, role, _ in facts} == {"responsible"}


def test_a_table_with_a_progress_column_is_a_progress_report_with_each_task_status():
    text = ("重点项目推进情况\n序号\t项目\t牵头单位\t推进情况\n"
            "1\t建设物流园区。\t市商务局\t已完成主体工程。\n2\t建设污水处理厂。\t市生态环境局\t正在进行设备安装。\n")
    _, ex = _read(text)
    assert ex.document.kind == "progress_report"
    status = {e.props["seq"]: e.props.get("status") for e in ex.entities if e.label == schema.TASK}
    assert status == {"1": "已完成主体工程。", "2": "正在进行设备安装。"}


PROGRESS = """关于2023年十件民生实事推进情况的通报

现将今年十件民生实事推进情况通报如下。
一、教育惠民工程
1.新建改扩建中小学校10所（牵头单位：市教育局；配合单位：市财政局）。进展情况：已开工9所，完成投资4.2亿元。
2.新增公办幼儿园学位3000个（牵头单位：市教育局）。目前已新增学位2600个，完成年度目标的87%。
二、健康惠民工程
3.建成村卫生室标准化改造200个（牵头单位：市卫生健康委）。
推进情况：已完成改造186个。
4.建设区域医疗中心（牵头单位：市卫生健康委）。
"""


def test_a_progress_report_gives_the_tasks_with_their_units_and_how_each_stands():
    kind, ex = _read(PROGRESS)
    assert kind == "progress_report" and ex.document.kind == "progress_report"
    tasks = {e.props["seq"]: e.props for e in ex.entities if e.label == schema.TASK}
    assert tasks["1"]["status"] == "已开工9所，完成投资4.2亿元。"                     # labelled, after the annotation
    assert tasks["2"]["status"] == "目前已新增学位2600个，完成年度目标的87%。"         # a sentence with a status cue
    assert tasks["3"]["status"] == "已完成改造186个。"                              # a status line of its own
    assert "status" not in tasks["4"]
    assert ("1", "市教育局", "lead") in {(s, n, r) for s, _, n, r, _ in _facts(ex)}
    # Text read as a status is no longer reported as left unread.
    assert not [i for i in ex.issues if i.code == "plan.trailing-text" and "已" in i.text]


def test_a_plan_that_reports_no_progress_stays_a_plan():
    plan = PROGRESS.replace("推进情况的通报", "任务分工方案").replace("推进情况通报如下", "任务分工如下").replace("十件民生实事", "重点工作")
    plan = plan.replace("进展情况：已开工9所，完成投资4.2亿元。", "").replace("推进情况：已完成改造186个。\n", "")
    kind, _ = _read(plan)
    assert kind == "division_plan"


def test_a_task_list_with_only_a_responsible_person_column_is_read_and_the_title_is_not_the_name():
    text = ("2024年为民办实事项目\n序号\t项目\t责任人\t完成时限\n"
            "1\t新建城市书房5个。\t副县长王立新\t2024年10月\n2\t改造农贸市场2个。\t陈小红\t2024年12月\n")
    kind, ex = _read(text)
    assert ex.document.kind == "commitment_table"
    assert {(s, n, r) for s, _, n, r, _ in _facts(ex)} == {("1", "王立新", "responsible"), ("2", "陈小红", "responsible")}


def test_a_pledge_list_stays_with_the_commitment_reader():
    text = "单位\t序号\t承诺事项\t完成时间\t责任人\n济南市\t1\t建成学校10所\t2021年12月\t张三\n"
    assert flat.label_kind("承诺事项")[0] == "task"
    from loaders.kinds.responsibility_table import columns
    assert columns(text.split("\n")[0].split("\t")) is None


LIST = """2023年县政府民生实事项目责任分解

1.新建城区停车场3处，新增停车位800个。
责任领导：王立新
责任单位：县住建局、县自然资源局
完成时限：2023年12月底

2.改造老旧小区12个。
责任领导：王立新
责任单位：县住建局
完成时限：2023年10月底
"""


def test_a_minsheng_list_of_items_with_field_lines_is_a_commitment_list():
    kind, ex = _read(LIST)
    assert (kind, ex.document.kind) == ("commitment_list", "commitment_table")
    assert {(s, n) for s, _, n, _, _ in _facts(ex)} >= {("1", "王立新"), ("1", "县自然资源局"), ("2", "王立新")}


def test_a_progress_report_on_a_minsheng_list_stays_a_progress_report():
    assert _read(PROGRESS)[0] == "progress_report"


def test_a_header_of_labels_with_no_rows_under_it_is_no_table():
    text = "附件4\n推荐汇总表\n序号\n项目名称\n牵头单位名称\n联系人\n联系方式（手机）\n"
    assert not from_text(text).tables
    from loaders.kinds.responsibility_table import score
    assert score(text) == 0.0


def test_a_leader_with_a_title_before_or_after_the_name_is_the_person_in_every_form():
    pipe = ("序号 | 重点任务 | 责任领导 | 责任单位 | 完成时限\n"
            "1 | 新建城市书房5个。 | 副县长王立新 | 县文旅局 | 2024年10月\n"
            "2 | 改造农贸市场2个。 | 陈小红（副县长） | 县商务局 | 2024年12月\n")
    flattened = ("序号\n重点任务\n责任领导\n责任单位\n完成时限\n1\n新建城市书房5个。\n副县长王立新\n县文旅局\n2024年10月\n"
                 "2\n改造农贸市场2个。\n陈小红（副县长）\n县商务局\n2024年12月\n")
    facts = _facts(_read(pipe)[1])
    assert {(s, n) for s, _, n, _, _ in facts} == {("1", "王立新"), ("1", "县文化和旅游局"), ("2", "陈小红"), ("2", "县商务局")}
    assert _facts(_read(flattened)[1]) == facts


SPACED = HEAD + """序号  重点任务  牵头领导  牵头单位  配合单位  完成时限
1  推进城乡供水一体化,完成水厂改造。  刘建国  市水利局  市财政局、市住建局  2023年12月底
2  新建城市公园3个。  刘建国  市住建局    2023年6月底
此后为正文，说明一些与表格无关的内容，这一行足够长，不是表格的一行，也不是一个章节的标题行。
"""


def test_cells_separated_by_runs_of_spaces_under_a_header_of_labels(pipe_facts):
    kind, ex = _read(SPACED)
    assert kind == "responsibility_table"
    facts = _facts(ex)
    # Runs of spaces cannot show an empty cell: row 2's deadline is still its deadline, not a unit.
    assert facts == pipe_facts
    assert len(from_text(SPACED).tables[0].rows) == 3


def _read_bytes(data: bytes, name: str):
    doc = from_bytes(data, name)
    loader = detect(doc)
    return loader.kind, loader.parse(doc, default_lexicon())


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_flattened_table_in_a_word_file_or_a_page_gives_the_same_facts(fmt, pipe_facts):
    from tests import formats
    lines = FLAT.splitlines()
    data = formats.docx_of_lines(lines) if fmt == "docx" else formats.page_of_lines(lines, lines[0]).encode("gbk")
    kind, ex = _read_bytes(data, f"t.{fmt}")
    assert kind == "responsibility_table"
    assert _facts(ex) == pipe_facts


def test_evidence_of_a_flattened_row_names_its_table_row_and_cell():
    _, ex = _read(FLAT)
    ents = {(e.label, e.key): e for e in ex.entities}
    rel = next(r for r in ex.relations if r.type == schema.RESPONSIBLE_FOR and ents[r.source].name == "市水利局")
    assert (rel.evidence[0].table, rel.evidence[0].row) == (1, 2)
    unit = ents[rel.source]
    assert (unit.evidence[0].table, unit.evidence[0].row, unit.evidence[0].cell) == (1, 2, 4)


@pytest.mark.parametrize("sep", [" | ", "\t", "  ", " "])
def test_a_header_on_one_line_over_cells_one_a_line_is_a_flattened_table(sep, pipe_facts):
    labels = ["序号", "重点任务", "牵头领导", "牵头单位", "配合单位", "完成时限"]
    text = FLAT.replace("\n".join(labels), sep.join(labels))
    (table,) = from_text(text).tables
    assert table.rows[0].texts == labels
    kind, ex = _read(text)
    assert kind == "responsibility_table" and _facts(ex) == pipe_facts


def test_a_report_whose_items_name_only_responsible_units_is_a_progress_report():
    text = PROGRESS.replace("牵头单位", "责任单位").replace("；配合单位：市财政局", "")
    kind, ex = _read(text)
    assert kind == "progress_report"
    assert {e.props["seq"]: e.props.get("status") for e in ex.entities if e.label == schema.TASK}["3"] == "已完成改造186个。"


def test_a_minsheng_list_with_unlabelled_brackets_is_a_commitment_list():
    text = "2024年十件民生实事\n1.新建城市书房5个（县文旅局牵头，各乡镇配合）。\n2.改造农贸市场2个（县商务局牵头，县财政局配合）。\n"
    assert _read(text)[0] == "commitment_list"


def test_a_flattened_table_without_a_number_column_opens_each_row_with_its_task():
    text = "工作任务\n牵头单位\n完成时限\n推进消费提质扩容。\n市商务局\n2024年12月底\n推进国企改革。\n市国资委\n2024年6月底\n"
    rows = [r.texts for r in from_text(text).tables[0].rows]
    assert rows[1:] == [["推进消费提质扩容。", "市商务局", "2024年12月底"], ["推进国企改革。", "市国资委", "2024年6月底"]]


def test_a_section_and_its_subsection_before_a_numbered_row_are_section_rows():
    text = ("序号\n工作任务\n牵头单位\n完成时限\n强化科技创新支撑能力。\n（一）加强战略科技力量建设。\n1\n建设实验室2个。\n市科技局\n12月底前\n"
            "推进产业升级。\n（二）培育先进制造业集群。\n2\n建成产业园1个。\n市工业和信息化局\n12月底前\n")
    rows = [r.texts for r in from_text(text).tables[0].rows]
    assert rows[1:3] == [["强化科技创新支撑能力。"], ["（一）加强战略科技力量建设。"]]
    assert rows[4:6] == [["推进产业升级。"], ["（二）培育先进制造业集群。"]]
    _, ex = _read(text)
    assert sorted(e.props["seq"] for e in ex.entities if e.label == schema.TASK) == ["1", "2"]


def test_a_flattened_table_whose_cells_keep_their_bars_reads_like_one_without(pipe_facts):
    labels = ["序号", "重点任务", "牵头领导", "牵头单位", "配合单位", "完成时限"]
    body = FLAT[len(HEAD):].replace("\n".join(labels), "| " + " | ".join(labels) + " |")
    barred = HEAD + "\n".join(line if line.startswith("|") else f"| {line} |" for line in body.splitlines()) + "\n"
    kind, ex = _read(barred)
    assert kind == "responsibility_table" and _facts(ex) == pipe_facts


def test_a_table_titled_as_the_progress_of_minsheng_projects_is_a_progress_report():
    text = ("2023年区政府民生实事项目推进情况\n序号 | 主要任务 | 牵头单位 | 推进情况 |\n"
            "1 | 新建停车场3处。 | 区住建局 | 已完成2处。 |\n2 | 改造老旧小区12个。 | 区住建局 | 已开工10个。 |\n")
    assert _read(text)[1].document.kind == "progress_report"
    listed = text.replace("项目推进情况", "任务分解表")      # the list itself, with a column of how each stands
    assert _read(listed)[1].document.kind == "commitment_table"


BOILERPLATE = "首页 > 政务公开 > 重点工作\n发布时间：2023-05-06 来源：县政府办 浏览次数：\n【字体：大 中 小】 打印 关闭\n" * 5


def test_a_commitment_list_is_told_by_its_title_under_a_portals_boilerplate():
    assert len(BOILERPLATE) > 300
    kind, ex = _read(BOILERPLATE + LIST)
    assert (kind, ex.document.kind) == ("commitment_list", "commitment_table")


def test_a_progress_report_is_told_by_its_title_under_a_portals_boilerplate():
    assert _read(BOILERPLATE + PROGRESS)[0] == "progress_report"


# Cells one a line, each closed by its right rule; a header with a column kg does not read (说明)
# and a second task-like label (全年目标任务); an empty cell written as its rules alone.
BARRED = """2023年区政府重点民生实事项目推进情况
序号 |
主要任务 |
全年目标任务 |
分管领导 |
牵头单位 |
协同单位 |
推进情况 |
说明 |
1 |
新建城市公园3个。 |
王立新 |
区住建局 |
区财政局、各街道 |
已完成2个。 |
||
2 |
改造老旧小区12个。 |
王立新 |
区住建局 |
区城管局 |
已开工10个。 |
前期设计滞后,后期将加快推进。 |
"""


def test_cells_one_a_line_each_closed_by_a_bar_are_a_table():
    kind, ex = _read(BARRED)
    assert ex.document.kind == "progress_report"
    facts = {(s, n, role) for s, _, n, role, _ in _facts(ex)}
    assert {(n, role) for s, n, role in facts if s == "1"} == {
        ("王立新", "responsible"), ("区住房和城乡建设局", "lead"), ("区财政局", "support"), ("各街道", "support")}
    assert {(n, role) for s, n, role in facts if s == "2"} == {
        ("王立新", "responsible"), ("区住房和城乡建设局", "lead"), ("区城市管理局", "support")}


def test_a_short_word_is_a_label_only_inside_a_header_that_goes_on():
    assert flat.header(["序号", "主要任务", "牵头单位", "说明", "1"], 0)[-1][0] == "other"
    assert flat.header(["序号", "主要任务", "牵头单位", "说明", "今年全区要加快推进城市更新。"], 0)[-1][0] == "unit"
    assert flat.label_kind("分管领导") == ("leader", "responsible")     # oversight: no lead/support split


def test_a_row_holding_only_its_task_is_another_task_under_the_number_above():
    text = ("2023年民生实事工作任务进展情况\n序号 | 工作任务 | 责任单位 | 完成时限 |\n"
            "1 | 新改扩建公办中小学校1所 | 县教体局 | 9月底 |\n新增学位810个 | | | |\n"
            "二、社会保障 | | | |\n2 | 新增养老床位200张 | 县民政局 | 12月底 |\n")
    kind, ex = _read(text)
    facts = _facts(ex)
    assert ("1", "新增学位810个", "县教体局", "responsible", "9月底") in facts
    assert not any(t.startswith("二、") for _, t, *_ in facts)
    assert ("2", "新增养老床位200张", "县民政局", "responsible", "12月底") in facts


# A results table: figures (targets, results, shares) one a line between the units, a number that is
# a result (700) not the next row's, a label that measures a period (1-8月实际完成率%).
RESULTS = """2017年1-8月民生实事完成情况表
序号 |
民生实事项目名称 |
责任单位 |
目标任务 |
1-8月实际完成情况 |
1-8月实际完成率% |
备注 |
1 |
农村饮用水安全巩固提升 |
农林水务局 |
1300人 |
700 |
54% |
已解决700人的饮水问题 |
2 |
新增城镇就业 |
人社局 |
8950 |
|
82% |
|
"""


def test_figures_in_a_results_table_are_not_units_nor_row_numbers():
    kind, ex = _read(RESULTS)
    assert ex.document.kind == "progress_report"
    facts = {(s, t, n) for s, t, n, _, _ in _facts(ex)}
    assert facts == {("1", "农村饮用水安全巩固提升", "农林水务局"), ("2", "新增城镇就业", "人力资源和社会保障局")}
    assert [flat.line_shape(x) for x in ("1300人", "54%", "7699套", "700")] == ["figure", "figure", "figure", "seq"]


def test_a_traditional_table_is_found_in_its_simplified_reading_with_offsets_in_the_original():
    trad = RESULTS.replace("序号", "序號(hào)").replace("责任单位", "責任單位").replace("民生实事", "民生實(shí)事")
    doc = from_bytes(trad.encode("utf-8"), "t.txt")
    (table,) = doc.structure.tables
    cell = table.rows[1].cells[2]
    assert cell.text == "农林水务局" and doc.raw[cell.start:cell.end] == "农林水务局"
    head = table.rows[0].cells[0]
    assert doc.raw[head.start:head.end] == "序號"      # (the pinyin reading after it is no part of the label)
    loader = detect(doc)
    assert loader.parse(doc, default_lexicon()).document.kind == "progress_report"


def test_a_blank_form_is_not_a_table_of_tasks():
    form = "推荐项目汇总表\n序号\n项目名称\n牵头单位名称\n联系人\n" + "".join(f"{n}\n\u3000\n\u3000\n" for n in range(1, 8)) \
        + "注：推荐项目按优先级先后顺序排列。\n"
    assert from_text(form).tables == ()


def test_a_table_of_targets_names_its_task_column_by_the_target():
    # 目标任务分解表: the task column is headed by the target (2022年预期目标, 主要指标).
    text = ("2022年经济社会发展预期目标任务分解表\n序号\n2022年预期目标\n责任单位\n"
            "1\n地区生产总值增长5.5%左右\n区发展改革委\n2\n工业增加值增长7%左右\n区经济信息委\n")
    kind, ex = _read(text)
    facts = {(seq, task, unit, role) for seq, task, unit, role, _ in _facts(ex)}
    assert ("1", "地区生产总值增长5.5%左右", "区发展和改革委员会", "responsible") in facts   # 发展改革委 = 发展和改革委员会
    assert ("2", "工业增加值增长7%左右", "区经济信息委", "responsible") in facts


def test_a_notice_asking_for_progress_does_not_make_its_table_a_progress_report():
    text = ("关于印发2022年区政府工作报告目标任务的通知\n各单位：\n现印发给你们，区政府办公室将定期跟踪督办，"
            "并将目标任务完成情况纳入年度考核。\n"
            "目标任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n"
            "1\n推进重点项目建设。\n区发展改革委\n区财政局\n2\n促进消费回暖升级。\n区商务委\n区财政局\n")
    assert _read(text)[1].document.kind != "progress_report"
    # The same words in a title line over the table say what it is.
    assert _read(text.replace("目标任务分解表\n", "目标任务推进情况\n"))[1].document.kind == "progress_report"


# A commitment table with a 项目名称 column and a 工作任务 column: the task is the work, the project
# groups it; a row opening with a bar where the header does not has its first cells merged above.
PROJECTS = """2021年县政府民生实事项目任务分解表
序号 | 项目名称 | 工作任务 | 责任单位 | 完成时间 |
1 | 教育提升工程 | 新建城南幼儿园 | 县教育局 | 2021.8 |
| | 新增义务教育学位900个 | 县教育局 | 11月 |
2 | 养老服务工程 | 新建居家养老服务中心5个 | 县民政局 | 2021年12月 |
"""


def test_a_project_column_groups_the_tasks_of_a_work_column():
    kind, ex = _read(PROJECTS)
    assert ex.document.kind == "commitment_table"
    facts = _facts(ex)
    assert ("1", "新建城南幼儿园", "县教育局", "responsible", "2021.8") in facts
    assert ("2", "新建居家养老服务中心5个", "县民政局", "responsible", "2021年12月") in facts
    assert not any(t in ("教育提升工程", "养老服务工程") for _, t, *_ in facts)
    sections = {e.props["text"]: e.props["section"] for e in ex.entities if e.label == schema.TASK}
    assert sections["新建城南幼儿园"] == sections["新增义务教育学位900个"] == "教育提升工程"


def test_a_row_opening_with_a_bar_under_a_header_without_one_has_its_first_cells_merged():
    facts = _facts(_read(PROJECTS)[1])
    # its number cell merged: another task under 1; its deadline 11月 in the deadline column, not a unit
    assert ("1", "新增义务教育学位900个", "县教育局", "responsible", "11月") in facts
    assert not any(name == "11月" for _, _, name, _, _ in facts)


def test_a_target_column_after_a_project_name_is_the_task_only_where_written_as_sentences():
    from loaders.kinds.responsibility_table import columns, figures_column
    cols = columns(["序号", "项目名称", "目标任务", "责任单位"])
    figures = [["1", "农村饮用水巩固提升", "1300人", "水务局"], ["2", "新增城镇就业", "8950", "人社局"]]
    assert [c.label for c in figures_column(cols, figures) if c.what == "task"] == ["项目名称"]
    sentences = [["1", "改扩建泉山学校", "完成泉山学校一期教学楼建设。", "教育局"]]
    assert [c.label for c in figures_column(cols, sentences) if c.what == "task"] == ["目标任务"]
    cols = columns(["序号", "项目名称", "建设内容", "责任单位"])
    assert [(c.label, c.what) for c in cols if c.what in ("task", "project")] == [("项目名称", "project"), ("建设内容", "task")]


# A progress table one cell a line: its 牵头单位 merged over two projects (written once), an 业主单位
# column, and each row's state (已完工, 正在施工).
MERGED_LEAD = """2024年民生实事项目进度表
序号 |
牵头单位 |
项目名称 |
业主单位 |
本月进展情况 |
1 |
县住建局 |
老旧小区改造 |
县城投 |
已完工 |
2 |
城区道路改造 |
县交投公司 |
正在施工 |
"""


def test_a_merged_lead_cell_written_once_carries_to_the_next_project():
    kind, ex = _read(MERGED_LEAD)
    assert ex.document.kind == "progress_report"
    facts = {(s, t, n, r) for s, t, n, r, _ in _facts(ex)}
    assert facts == {("1", "老旧小区改造", "县住房和城乡建设局", "lead"), ("1", "老旧小区改造", "县城投", "responsible"),
                     ("2", "城区道路改造", "县住房和城乡建设局", "lead"), ("2", "城区道路改造", "县交投公司", "responsible")}
    status = {e.props["text"]: e.props.get("status") for e in ex.entities if e.label == schema.TASK}
    assert status == {"老旧小区改造": "已完工", "城区道路改造": "正在施工"}


def test_a_state_is_never_a_unit_and_a_short_phrase_is_a_task_before_the_task_is_filled():
    assert [flat.line_shape(x) for x in ("已完工", "正在施工", "顺利推进", "县住建局")] == ["state", "state", "state", "unit"]
    assert flat.line_shape("老旧小区改造") == flat.line_shape("城区道路改造") == "word"
    assert flat.label_kind("业主单位") == ("unit", "responsible")


# A progress table one cell a line under a title with the page's date and source lines between: its
# 当前进度 a share with a note in brackets, a 备注 column after the lead unit.
SHARES = """2022年度民生实事项目进度表
  • 发布日期:2022-12-14
  • 来源:某县人民政府办公室
序号
项目内容
当前进度
牵头单位
备注
1
新增公办幼儿学位1000个。
80%(城南幼儿园进度滞后)
县教育局
市民生实事
2
建设农村公路55公里。
95%
县交通局
县民生实事
"""


def test_a_share_with_a_note_is_the_status_and_a_remark_is_not_a_unit():
    kind, ex = _read(SHARES)
    assert ex.document.kind == "progress_report"     # the title line, above the page's date and source
    facts = {(s, t, n, r) for s, t, n, r, _ in _facts(ex)}
    assert facts == {("1", "新增公办幼儿学位1000个。", "县教育局", "lead"), ("2", "建设农村公路55公里。", "县交通运输局", "lead")}
    status = {e.props["seq"]: e.props.get("status") for e in ex.entities if e.label == schema.TASK}
    assert status == {"1": "80%(城南幼儿园进度滞后)", "2": "95%"}
    assert flat.line_shape("80%(城南幼儿园进度滞后") == "figure"      # (a bracket left open)
