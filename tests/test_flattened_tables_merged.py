"""Flattened tables (a header of column labels, then each row's cells one a line) in the forms real
pages write them: merged cells written once and left out of the rows below, rows with no number,
categories standing alone before their rows, several text columns side by side; each rule on a small
example written for it."""
from __future__ import annotations

from graph import schema
from loaders.structure import annotation as ann

from tests.test_layouts_written import read


def task_facts(ex) -> set[tuple[str, str, str]]:
    """(task text, name as written, role) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["text"], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name,
             r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


# No number column; a row opens with its indicator, then its score; a category alone before its rows; a
# row whose target and unit cells are merged with the row above lacks them; the text ends inside a row.
TARGETS = """某某县人民政府关于下达2019年度目标任务的通知
各乡镇人民政府，县级各部门：
现将全县2019年度经济社会发展目标任务下达你们，请抓好落实。
某某县2019年度目标任务分解表
项 目
分值
目标任务
监考单位
经济运行
农业增加值增长率
3
年终综合考核
县农业局县统计局
粮食总产量
2
县财政收入
3
25000
县财政局
社会民生
城镇新增就业人数
1
3200
县人社局
养老保险参保人数
2
年终根据全省平
"""


def test_rows_with_no_number_open_with_their_indicator_then_its_score():
    kind, ex = read(TARGETS)
    got = task_facts(ex)
    assert ("农业增加值增长率", "县农业局", schema.ROLE_RESPONSIBLE) in got
    # the categories are sections, not tasks nor units
    assert not any(t in ("经济运行", "社会民生") or n in ("经济运行", "社会民生") for t, n, _ in got)
    # a row lacking its target and unit cells (merged, written once above) takes the unit above
    assert ("粮食总产量", "县统计局", schema.ROLE_RESPONSIBLE) in got
    assert ("县财政收入", "县财政局", schema.ROLE_RESPONSIBLE) in got
    assert ("城镇新增就业人数", "县人社局", schema.ROLE_RESPONSIBLE) in got
    # the text ends inside the last row, before its unit: it is cut, not merged
    assert not any(t == "养老保险参保人数" for t, _, _ in got)


def test_two_bureaus_of_one_level_run_together_are_two_units():
    text = "区发改局区统计局、区财政局"
    assert [s.text for s in ann.names(text, ann.Span(text, 0, len(text)))] == ["区发改局", "区统计局", "区财政局"]
    # a party committee and a government, or one office of both, are not cut into bureaus
    for whole in ("区委区政府", "省委省政府督查室"):
        assert [s.text for s in ann.names(whole, ann.Span(whole, 0, len(whole)))] == [whole]


# Three text columns side by side (重点工作 / 主要任务 / 工作措施), one label broken over two lines (主要 / 任务),
# a 备注 column; no number column: a heading alone is a section, a row opens with its measure.
MEASURES = """某某市人民政府关于落实稳增长若干措施责任分工的通知
重点工作
主要
任务
工作措施
责任单位
备注
一、强化要素保障
(一)保障企业用地需求
市自然资源局等,各县、市、区政府
2022年12月
2.对新开工的重点项目,优先安排年度用地计划指标,做到应保尽保。
市自然资源局、市发改委等,各县、市、区政府
3.对重点企业的用电需求,实行专班对接,确保供电稳定。
市发改委等,市供电公司
"""


def test_the_measures_column_beside_the_work_is_the_task():
    kind, ex = read(MEASURES)
    got = task_facts(ex)
    texts = {t for t, _, _ in got}
    assert any("优先安排年度用地计划指标" in t for t in texts) and any("实行专班对接" in t for t in texts)
    assert any("优先安排年度用地计划指标" in t and n == "市发改委" for t, n, _ in got)
    assert any("实行专班对接" in t and n == "市供电公司" for t, n, _ in got)
    # the section heading is no task; the 主要任务 cell whose measures are not written is the row's task
    assert not any("强化要素保障" in t for t in texts)
    assert any("保障企业用地需求" in t and n == "市自然资源局" for t, n, _ in got)
    # the date in the 备注 column is no unit
    assert not any("2022" in n for _, n, _ in got)


def test_a_labels_head_on_its_own_line_and_a_measure_under_a_label():
    from loaders.reading import flat
    lines = ["序号", "项目内容", "目标任务", "市级牵头", "责任单位", "总投资", "(万元)", "备注", "就业工程", "1"]
    cols = flat.header(lines, 0)
    assert [(c[0], c[1], c[2]) for c in cols] == [
        ("seq", "", "序号"), ("task", "", "项目内容"), ("other", "", "目标任务"), ("unit", "lead", "市级牵头责任单位"),
        ("other", "", "总投资(万元)"), ("other", "", "备注")]    # (备注 closes the header: 就业工程 is the rows')


# A progress table of indicators: a header label broken (市级牵头 / 责任单位, 完成目标 / (%)); row 1 opens with a
# group cell spanning the rows below (促进农民增收), its unit broken over two lines; later rows lack the group and
# unit cells (merged); a target written as a decimal (3.5); a phrase in the target column (应补尽补) before the
# units; a number with a footnote's star (5*).
INDICATORS = """2020年1-11月民生工程项目实施进度表
序号
项目内容
目标任务
市级牵头
责任单位
进度
完成目标
(%)
备注
农民增收工程
1
促进农民增收
农村居民人均可支配收入增长(%)
8
市农业
农村局
8.2
102.5
超额完成
2
农村劳动力转移就业(人)
30000
31200
104
超额完成
3
农村居民恩格尔系数低于(%)
3.5
3.4
102.9
超额完成
4
对返乡创业的农民工给予创业补贴和贷款贴息等扶持
应补尽补
市人力资源社会保障局、市财政局、
市农业农村局
发放补贴120万元。
达到时间进度
5*
新型职业农民培训(人)
1500
市农业
农村局
1620
108
超额完成
"""


def test_a_group_cell_spanning_rows_and_merged_units_in_an_indicator_table():
    kind, ex = read(INDICATORS)
    got = task_facts(ex)
    lead = schema.ROLE_LEAD
    names = {n for _, n, _ in got}
    # the unit broken over two lines is one unit; the rows below take it (merged)
    for task in ("农村居民人均可支配收入增长", "农村劳动力转移就业", "农村居民恩格尔系数低于", "新型职业农民培训"):
        assert any(t.startswith(task) and n.replace("\n", "") == "市农业农村局" and r == lead for t, n, r in got), task
    # the group cell is no task; the phrase in the target column is no unit
    assert not any(t.startswith("促进农民增收") for t, _, _ in got) and "应补尽补" not in names
    assert any(t.startswith("对返乡创业") and n == "市财政局" for t, n, _ in got)
    assert not ({"市农业", "农村局"} & names)


# A pipe table whose second row breaks between its cells (its last cells on the next line): one row; a
# percentage with decimals is a figure, not a numbered cell.
BROKEN_ROW = """某区2019年民生实事项目进展情况
序号 | 项目名称 | 实施内容 | 年内计划投资(万元) | 工作量完成率 | 责任部门 |
1 | 食品安全提升工程 | 在300家餐饮单位实施明厨亮灶,创建示范街2条。 | 350 | 95.00% | 区市场监管局 |
2 | 儿童口腔健康工程 | 完成全区小学二年级学生口腔检查,实现全覆盖。 |
130 | 96.50% | 区卫健局 |
3 | 老年助餐工程 | 新建老年助餐点12个。 | 200 | 80.00% | 区民政局 |
"""


def test_a_row_broken_between_its_cells_is_one_row():
    kind, ex = read(BROKEN_ROW)
    got = task_facts(ex)
    assert any(t.startswith("完成全区小学二年级") and n == "区卫健局" for t, n, _ in got)
    assert not any(t.startswith("完成全区小学二年级") and n == "区市场监管局" for t, n, _ in got)
    assert not any("%" in t or t.strip().isdigit() for t, _, _ in got)
    assert any(t.startswith("新建老年助餐点") and n == "区民政局" for t, n, _ in got)


# The unit column before the work's (序号 / 项目 / 责任单位 / 建设内容): a row opens with its project; a second
# unit's row under the same project lacks the number and project cells (merged, left out) and opens with its
# units; a unit's name broken over two lines (区城市建设 / 服务中心).
PROJECTS = """2023年区政府民生实事候选项目目标任务与责任分解表
序号
项目
责任单位
建设内容
总投资
(万元)
2023年
目标进度
1
改善城乡交通条件
区城市建设
服务中心
实施江滨路(解放路—人民路)提升改造工程。
32000
一季度开工,年内完工。
区交通局
实施环城北路大修工程。
1500
5月开工,年内完工。
2
提升防洪排涝能力
区水利局
实施城西河道综合整治工程。
12000
6月开工
区综合行政
执法局
区排水中心
实施城区排水管网改造工程。
3600
8月底
具备通水条件
新城镇
实施新城镇两座泵站改造工程。
2100
年内完工。
"""


def test_rows_that_open_with_their_units_under_a_merged_project():
    kind, ex = read(PROJECTS)
    got = task_facts(ex)
    assert any(t.startswith("实施江滨路") and n.replace("\n", "") == "区城市建设服务中心" for t, n, _ in got)
    assert any(t.startswith("实施环城北路") and n == "区交通局" for t, n, _ in got)
    assert any(t.startswith("实施城区排水管网") and n.replace("\n", "") == "区综合行政执法局" for t, n, _ in got)
    assert any(t.startswith("实施城区排水管网") and n == "区排水中心" for t, n, _ in got)
    assert any(t.startswith("实施新城镇两座泵站") and n == "新城镇" for t, n, _ in got)
    # the projects group the works: no task, no unit; a target's words are no unit
    texts, names = {t for t, _, _ in got}, {n for _, n, _ in got}
    assert not any(t.startswith(("改善城乡交通条件", "提升防洪排涝能力")) for t in texts)
    assert not any("具备通水条件" in n or "改善" in n for n in names)


# Cells closed by bars, one a line, an empty one a bar alone; 项目名称 then 目标任务 (the target is the task, the
# name groups it); a category cell inside the first row of its group; a row holding only a second target is a
# row under the number above, its number, category, name and unit cells merged and left out.
BARRED = """序号 |
类别 |
项目名称 |
目标任务 |
牵头单位 |
累计完成 |
累计进度 |
备注 |
1 |
一、教育提升(2项) |
扩大学前教育资源 |
新增公办幼儿园学位900个 |
县教育局 |
950 |
105.56% |
|
改扩建乡镇中心幼儿园3所 |
3 |
100% |
|
2 |
关爱留守儿童 |
建设留守儿童之家12个 |
县妇联 |
12 |
100% |
|
"""


def test_a_row_of_a_second_target_under_the_number_above():
    kind, ex = read(BARRED)
    got = task_facts(ex)
    lead = schema.ROLE_LEAD
    assert ("新增公办幼儿园学位900个", "县教育局", lead) in got
    assert ("改扩建乡镇中心幼儿园3所", "县教育局", lead) in got
    assert ("建设留守儿童之家12个", "县妇联", lead) in got
    # the names of the projects and the category group the targets
    assert not any(t.startswith(("扩大学前教育资源", "关爱留守儿童", "一、教育提升")) for t, _, _ in got)
    # a work that ends as a unit's name does (…幼儿园3所) is no unit
    from loaders.reading import flat
    assert flat.line_shape("改扩建乡镇中心幼儿园3所") != "unit"
