"""Who answers for a task, as tables name their columns and reports run their fields on, each form on a small
example written for it: a field whose units the page runs on into how the work stands, and the column labels of
tables that say who carries the work out (责任主体, 实施主体, 县级领导, 牵头科室, 具体责任人, 整改情况)."""
from __future__ import annotations

from graph import schema
from loaders.reading.column_labels import label_kind
from tests.test_layouts_written import facts, read, task_props

R, L, S = schema.ROLE_RESPONSIBLE, schema.ROLE_LEAD, schema.ROLE_SUPPORT


# ---- a field run on into the status ------------------------------------------------------------------------

_PROJECTS = """全市重点项目建设进展情况

（一）已完成的项目
1.市第一人民医院门诊楼项目，责任单位：市卫健委，已于5月竣工投用。
2.滨河大道改造工程，责任单位：市住建局，已全面完工。
（二）正在推进的项目
3.市体育中心项目，责任单位：市文旅局，主体结构已封顶，正在进行内部装修。
4.城北污水处理厂扩建工程，责任单位：市城管局，完成投资1.2亿元，占计划的65%。
"""


def test_a_status_run_on_after_a_fields_units_is_no_unit_and_is_the_tasks_status():
    kind, ex = read(_PROJECTS)
    assert kind == "progress_report"
    assert facts(ex) == {("1", "市卫健委", R), ("2", "市住建局", R), ("3", "市文旅局", R), ("4", "市城管局", R)}
    status = {seq: p.get("status") for seq, p in task_props(ex).items()}
    assert status == {"1": "已于5月竣工投用。", "2": "已全面完工。", "3": "主体结构已封顶，正在进行内部装修。",
                      "4": "完成投资1.2亿元，占计划的65%。"}


def test_a_status_field_after_the_units_sentence_keeps_its_own_commas():
    kind, ex = read("2022年民生实事项目完成情况\n\n"
                    "1.新建城乡社区养老服务中心5个。责任单位：县民政局。完成情况：已建成5个，全面完成。\n"
                    "2.改造老旧小区12个。责任单位：县住建局、县财政局。完成情况：已完工10个，2个正在施工。\n")
    assert facts(ex) == {("1", "县民政局", R), ("2", "县住建局", R), ("2", "县财政局", R)}
    assert task_props(ex)["2"]["status"] == "已完工10个，2个正在施工。"
    assert not [i for i in ex.issues if i.code == "plan.trailing-text"]


# ---- column labels -----------------------------------------------------------------------------------------

def test_column_labels_of_who_carries_the_work_out():
    assert label_kind("责任主体") == ("unit", R)
    assert label_kind("实施主体") == ("unit", R)
    assert label_kind("责任乡镇") == ("unit", R)
    assert label_kind("牵头科室") == ("unit", L)
    assert label_kind("配合股室") == ("unit", S)
    assert label_kind("县级领导") == ("leader", R)
    assert label_kind("分管县级领导") == ("leader", R)
    assert label_kind("具体责任人") == ("leader", R)
    assert label_kind("挂钩领导") == ("leader", R)
    assert label_kind("领衔领导") == ("leader", L)
    assert label_kind("整改情况")[0] == "status"
    assert label_kind("办理结果")[0] == "status"
    # (a body's task or a problem found is no one; a category of projects is none of these)
    assert label_kind("主体工程")[0] != "unit"
    assert label_kind("存在问题")[0] not in ("unit", "leader")


def test_a_piped_table_whose_columns_are_a_levels_leader_and_the_body_answering():
    kind, ex = read("2024年县政府重点工作任务分解表\n\n"
                    "序号 | 重点任务 | 县级领导 | 责任主体 | 完成时限\n"
                    "1 | 新建城区第二污水处理厂 | 王建国 | 县住建局 | 2024年12月\n"
                    "2 | 完成农村公路提档升级80公里 | 李明 | 县交通运输局 | 2024年10月\n")
    assert facts(ex) == {("1", "王建国", R), ("1", "县住建局", R), ("2", "李明", R), ("2", "县交通运输局", R)}
    assert task_props(ex)["2"]["deadline"] == "2024年10月"


def test_a_bureaus_own_list_names_its_sections_and_the_person_answering():
    kind, ex = read("2023年整改任务清单\n\n"
                    "序号 | 存在问题 | 整改措施 | 牵头科室 | 配合科室 | 具体责任人 | 整改情况\n"
                    "1 | 档案管理不规范 | 建立健全档案管理制度 | 办公室 | 财务科 | 刘芳 | 已完成\n"
                    "2 | 项目资金拨付滞后 | 加快资金审核拨付进度 | 财务科 | 项目科 | 陈刚 | 正在推进\n")
    assert facts(ex) == {("1", "办公室", L), ("1", "财务科", S), ("1", "刘芳", R),
                         ("2", "财务科", L), ("2", "项目科", S), ("2", "陈刚", R)}
    assert task_props(ex)["1"]["text"] == "建立健全档案管理制度"


def test_a_flattened_table_with_the_body_carrying_it_out():
    kind, ex = read("2022年民生实事项目分解表\n序号\n项目名称\n实施主体\n分管县级领导\n完成时限\n"
                    "1\n新建县城公办幼儿园2所\n县教育局\n赵丽\n2022年9月\n"
                    "2\n改造老旧小区10个\n县住建局\n钱进\n2022年11月\n")
    assert facts(ex) == {("1", "县教育局", R), ("1", "赵丽", R), ("2", "县住建局", R), ("2", "钱进", R)}


# ---- field labels on their own lines --------------------------------------------------------------------------

def test_field_lines_naming_the_body_carrying_it_out_and_a_levels_leader():
    kind, ex = read("2024年县政府民生实事任务分解\n\n"
                    "1.新建公办幼儿园3所，新增学位1080个。\n责任主体：县教育局\n县级领导：张三\n完成时限：2024年9月\n"
                    "2.改造提升农村公路50公里。\n实施主体：县交通运输局\n具体责任人：李四\n完成时限：2024年11月\n")
    assert facts(ex) == {("1", "县教育局", R), ("1", "张三", R), ("2", "县交通运输局", R), ("2", "李四", R)}
    assert task_props(ex)["2"]["deadline"] == "2024年11月"
    assert not [i for i in ex.issues if i.code.startswith("plan.")]


_SAME_LABELS = (("责任主体", "城关镇"), ("实施机构", "县林业局"), ("承担单位", "县水利局"), ("责任乡镇", "城关镇"),
                ("领衔领导", "张三"), ("旗级领导", "李四"), ("镇级领导", "王五"), ("具体责任人", "赵六"))


def test_a_label_names_the_same_role_as_a_field_line_and_as_a_tables_column():
    for label, who in _SAME_LABELS:
        _, fielded = read(f"2024年重点工作任务分解\n\n1.新建公办幼儿园3所。\n{label}：{who}\n完成时限：2024年9月\n"
                          f"2.改造农村公路50公里。\n{label}：{who}\n完成时限：2024年11月\n")
        _, tabled = read(f"2024年重点工作任务分解表\n\n序号 | 重点任务 | 牵头单位 | {label} | 完成时限\n"
                         f"1 | 新建公办幼儿园3所 | 县教育局 | {who} | 2024年9月\n"
                         f"2 | 改造农村公路50公里 | 县交通运输局 | {who} | 2024年11月\n")
        in_field = {f for f in facts(fielded) if f[1] == who}
        in_column = {f for f in facts(tabled) if f[1] == who}
        assert in_field and in_field == in_column, label


def test_a_list_of_funded_projects_with_who_runs_each_is_no_table_of_charges():
    kind, ex = read("关于2024年度市级科技计划项目立项的公示\n\n"
                    "序号\t项目名称\t承担单位\t项目负责人\t资助金额（万元）\n"
                    "1\t高效储能材料研发\t某某新能源科技有限公司\t王建华\t50\n"
                    "2\t智能农机关键技术\t某某农业装备有限公司\t刘明\t30\n")
    assert kind != "responsibility_table" and not facts(ex)


def test_every_status_clause_a_fields_units_ran_on_into_is_read_as_the_status_in_either_script():
    import opencc
    page = ("全市重点项目建设进展情况\n\n1.市第一人民医院门诊楼项目，责任单位：市卫健委，已于5月竣工投用。\n"
            "2.市体育中心项目，责任单位：市文旅局，主体结构已封顶。\n3.市第三中学项目，责任单位：市教育局，教学楼已交付使用。\n"
            "4.城北污水处理厂扩建工程，责任单位：市城管局，尚未开工。\n")
    want = {"1": "已于5月竣工投用。", "2": "主体结构已封顶。", "3": "教学楼已交付使用。", "4": "尚未开工。"}
    for text in (page, opencc.OpenCC("s2t").convert(page)):
        _, ex = read(text)
        assert {seq: p.get("status") for seq, p in task_props(ex).items()} == want
        assert not [i for i in ex.issues if i.code == "plan.trailing-text"]


def test_a_tasks_status_reaches_the_store_and_its_queries(tmp_path):
    # (the schema names it, so the embedded store keeps it and Cypher can ask for it)
    from graph.embedded_store import EmbeddedStore
    from kg.pipeline import load
    page = tmp_path / "进展.txt"
    page.write_text(_PROJECTS, encoding="utf-8")
    store = EmbeddedStore(str(tmp_path / "s.lbdb"))
    assert not load([page], store).failed
    result = store.run("MATCH (t:Task) WHERE t.status <> '' RETURN t.seq AS seq, t.status AS status ORDER BY seq")
    store.close()
    assert [tuple(r) for r in result.rows][:2] == [("1", "已于5月竣工投用。"), ("2", "已全面完工。")]
