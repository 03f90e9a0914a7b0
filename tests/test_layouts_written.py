"""How plans, tables and progress reports are written, each rule on a small example written for it
(issue 14): 意见 as plans of measures, lists that run on across a comma, standing rules, collectives
of levels and towns, labels broken over lines, figures in a target column, rows whose merged cells
are left out, progress reports that name no unit."""
from __future__ import annotations

from graph import schema
from loaders.kinds import division_plan as dp
from loaders.reading import flat
from loaders.reading.source import from_bytes
from loaders.recognisers.lexicon import default_lexicon
from loaders.registry import detect
from loaders.structure import annotation as ann
from loaders.structure import responsibility as resp


def read(text: str):
    doc = from_bytes(text.encode("utf-8"), "written.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    return ex.document.kind, ex


def facts(ex) -> set[tuple[str, str, str]]:
    """(task seq, name as written, role) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["seq"], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name,
             r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


def task_props(ex) -> dict[str, dict]:
    return {e.props["seq"]: e.props for e in ex.entities if e.label == schema.TASK}


# A government's 意见 is a plan of measures; one measure closed by its labelled bracket tells it.

OPINION = """某省人民政府办公厅关于推进重点产业链高质量发展的意见
各市、县(区)人民政府,省人民政府各部门:
为推进重点产业链高质量发展,现提出如下意见。
一、统筹产业布局
1.加强重点产业链规划引导。支持各县(市、区)发展重点产业链。〔责任单位:各市、县(区)人民政府,省工信厅、财政厅〕
"""


def test_an_opinion_whose_measure_closes_with_a_labelled_bracket_is_an_action_plan():
    kind, ex = read(OPINION)
    assert kind == dp.ACTION_KIND
    assert facts(ex) == {("1", "各市、县（区）人民政府", "responsible"), ("1", "省工信厅", "responsible"),
                         ("1", "财政厅", "responsible")}


def test_a_bracket_cut_by_the_end_of_the_text_still_closes_its_measure():
    kind, ex = read(OPINION.replace("省工信厅、财政厅〕\n", "省工信厅、"))
    assert kind == dp.ACTION_KIND
    assert ("1", "省工信厅", "responsible") in facts(ex)


# Collectives a list must not split.

def test_collectives_of_levels_with_bracketed_alternatives_and_of_towns_stay_whole():
    for value in ("各市、县(区)人民政府,省工信厅", "13个街道、镇,省工信厅", "各街道、乡镇,省工信厅"):
        names = [n.text for n in ann.names(value, ann.Span(value, 0, len(value)))]
        assert names == [value.split(",")[0], "省工信厅"]


# Unlabelled annotations: a list runs on across a comma to its role word.

def test_units_before_a_comma_take_the_role_word_that_closes_the_list():
    text = "区发改局牵头,区财政局、区水务局等部门,区国投公司配合"
    got = {n.name.text: n.role for n in resp.read(text, 0, len(text), lead_first=False)}
    assert got == {"区发改局": "lead", "区财政局": "support", "区水务局": "support", "区国投公司": "support"}


def test_a_list_with_no_role_word_at_all_stays_responsible():
    text = "区财政局、区水务局,区国投公司"
    got = {n.name.text: n.role for n in resp.read(text, 0, len(text), lead_first=False, bare=True)}
    assert set(got.values()) == {"responsible"}


# Conventions and standing rules stated inside a field.

def test_the_convention_may_call_the_first_unit_the_works_lead():
    assert resp.convention("(列第一位者为工作牵头单位或汇总单位,下同)")
    assert not resp.convention("第一位的工作是调研")


def test_a_rule_that_units_answer_for_every_later_measure_is_carried_on():
    body = ("1.积极争取省级专项资金。(责任单位:市工信局、市财政局。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)\n"
            "2.成立工作专班。(责任单位:市工信局)\n")
    ex = dp.parse(from_bytes(("某市人民政府\n若干措施\n" + body).encode("utf-8"), "t.txt"), default_lexicon(), dp.ACTION_KIND)
    assert {("2", "各县区人民政府", "responsible"), ("2", "园区管委会", "responsible"),
            ("2", "市工信局", "responsible")} <= facts(ex)


def test_a_time_after_the_units_of_a_field_is_the_deadline_and_ji_joins_two_units():
    body = "1.加大简政放权力度。(牵头单位:州政务局;责任单位:州司法局、州委编办及州直相关单位,6月底完成)\n"
    ex = dp.parse(from_bytes(("某州人民政府\n工作计划\n" + body).encode("utf-8"), "t.txt"), default_lexicon(), dp.ACTION_KIND)
    assert facts(ex) == {("1", "州政务局", "lead"), ("1", "州司法局", "responsible"), ("1", "州委编办", "responsible"),
                         ("1", "州直相关单位", "responsible")}
    assert task_props(ex)["1"]["deadline"] == "6月底完成"


# Flattened tables: labels broken over lines, long lists of units, numbers that skip.

def test_a_label_broken_over_two_lines_is_one_label_but_two_labels_stay_two():
    lines = ["序号", "项目", "类别", "具体内容", "牵头", "部门", "相关责任部门", "完成", "时间", "108"]
    assert [c[2] for c in flat.header(lines, 0)] == ["序号", "项目类别", "具体内容", "牵头部门", "相关责任部门", "完成时间"]
    lines = ["序号", "项目内容", "牵头单位", "备注", "完成时限", "1"]
    assert [c[2] for c in flat.header(lines, 0)] == ["序号", "项目内容", "牵头单位", "备注", "完成时限"]


BROKEN = """某区“十一五”规划工作分解

序号

项目

类别

具体内容

牵头

部门

相关责任部门

完成

时间

108

继续全面推进素质教育

教育局

13个街道、镇

2010年

109

加强婴幼儿教育

教育局

人口计生委等相关部门,13个街道、镇

2010年
"""


def test_a_table_with_broken_labels_and_an_empty_category_column_gives_its_tasks():
    kind, ex = read(BROKEN)
    assert kind == "division_plan"
    assert facts(ex) == {("108", "教育局", "lead"), ("108", "13个街道、镇", "responsible"),
                         ("109", "教育局", "lead"), ("109", "人口计生委", "responsible"), ("109", "13个街道、镇", "responsible")}
    assert task_props(ex)["108"]["text"] == "继续全面推进素质教育"


def test_a_line_of_many_units_is_a_unit_cell_and_a_bureaus_numbers_may_skip():
    units = "市委社会工作部 市广播电视台 市地震局 市气象局 市档案局 市党史和地方志研究室 市邮政管理局"
    assert flat.line_shape(units) == "unit"
    text = ("某局政府工作报告主要任务落实情况\n序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n"
            "145 |\n提升城市精细管理水平。 |\n市城管局 市住建局 |\n开展净城专项行动。 |\n"
            f"249 |\n支持志愿服务等事业发展。 |\n{units} |\n完成接待任务175批次。 |\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert ("249", "市地震局", "lead") in facts(ex) and ("145", "市城管局", "lead") in facts(ex)


# Pipe tables: a project's name beside its target; merged leading cells left out.

def test_a_target_written_as_sentences_is_the_task_and_a_row_missing_its_merged_cell_is_aligned():
    text = ("某市民生事项推进情况\n类别 | 民生事项名称 | 年度任务目标 | 责任单位 | 完成情况 |\n"
            "四、教育 | 14.改扩建泉山学校 | 完成泉山学校教学楼建设。 | 教育体育局 | 完成主体施工。 |\n"
            "15.推进运动场地建设 | 完成13处运动场地建设。 | 教育体育局 | 完成基础施工。 | |\n")
    kind, ex = read(text)
    props = task_props(ex)
    assert {p["text"] for p in props.values()} == {"完成泉山学校教学楼建设。", "完成13处运动场地建设。"}
    assert {name for _, name, _ in facts(ex)} == {"教育体育局"} and len(facts(ex)) == 2


def test_a_target_written_as_figures_leaves_the_projects_name_the_task():
    text = ("某区民生实事完成情况表\n序号 | 民生实事项目名称 | 责任单位 | 目标任务 | 完成情况 |\n"
            "1 | 农村饮用水安全巩固提升 | 农林水务局 | 1300人 | 700 |\n2 | 新增城镇就业 | 人社局 | 8950 | 7356 |\n")
    kind, ex = read(text)
    assert {p["text"] for p in task_props(ex).values()} == {"农村饮用水安全巩固提升", "新增城镇就业"}


# Kinds.

def test_a_plan_that_calls_itself_a_work_division_is_a_division_plan():
    from loaders.kinds import plan_detection
    assert plan_detection.names_division("徐汇区“十一五”规划工作分解")


PROGRESS = """民生工程

某某市2017年“十件民生实事”1—9月进度公示

截至9月底,已提前完成或超额完成年度目标任务的有3项;正常推进的有4项;推进缓慢的有3项(城区公办幼儿园建设、乡镇污水处理站建设)。
其中城区公办幼儿园建设推进缓慢,乡镇污水处理站建设已完成60%。
"""


def test_a_report_on_pledged_projects_that_names_no_unit_is_a_progress_report_read_as_prose():
    kind, ex = read(PROGRESS.replace("某某市", "巴中市"))
    assert kind == "progress_report"
    assert ex.document.title == "巴中市2017年“十件民生实事”1—9月进度公示"
    assert ex.document.region == "四川省/巴中市"


def test_a_news_story_with_status_words_is_no_progress_report():
    kind, _ = read("本报讯 4月15日,市长张三调研城区公办幼儿园建设,要求加快推进。目前已完成主体工程,正在装修,截至月底完成率80%。")
    assert kind != "progress_report"


# Kinds by a document's own title, where its items carry nothing to read by.

def test_a_plan_or_a_list_of_pledges_named_by_its_title_keeps_its_kind_without_annotations():
    plan = ("某市人民政府办公室关于印发某市新型基础设施建设三年行动方案的通知\n各区人民政府:\n现将行动方案印发给你们。\n"
            "一、总体要求\n加快建设新型基础设施。\n二、重点任务\n(一)建设5G网络。\n")
    pledges = "某区2022年的十大惠民实事\n经区委区政府研究,拟从以下十个方面开展工作:一是加快基础教育提质培优。二是提高医疗服务水平。\n"
    notice = "某市人民政府关于加强安全生产的通知\n各区人民政府:\n请做好安全生产工作。\n"
    assert read(plan)[0] == "action_plan"
    assert read(pledges)[0] == "commitment_table"
    assert read(notice)[0] == "generic"
    doc = from_bytes(plan.encode("utf-8"), "t.txt")
    from loaders.registry import explain
    assert explain(doc).startswith("action_plan: its title or opening names it so")


def test_a_congress_resolution_on_the_pledges_report_is_a_progress_report_even_with_its_title_broken():
    text = ("某镇第二届人民代表大会第八次会议关于\n某镇2024年十件民生实事项目\n办理情况报告的决议\n"
            "(2025年2月14日某镇第二届人民代表大会第八次会议通过)\n会议审议了镇人民政府提出的办理情况报告。\n")
    assert read(text)[0] == "progress_report"


def test_a_portal_header_kept_as_a_table_gives_the_title_and_a_progress_notice_is_no_news():
    from loaders.reading import portal
    text = ("文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||\n"
            "文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |\n"
            "近期,县政府督查室对常务会议确定事项落实情况开展了专项督查,现通报如下。\n"
            "确定事项22件,截至9月14日,已办结6件;正在办理16件。由县民政局负责的第1件进展滞后。\n")
    fields = portal.header(text).fields
    assert fields["title"] == "2022年第八次县政府常务会议确定事项落实情况的通报"
    assert fields["number"] == "督察通报第十七期" and fields["date"] == "2022年09月14日"
    assert read(text)[0] == "progress_report"


def test_a_table_whose_cells_single_spaces_separate_under_a_letter_spaced_header():
    text = ("2016年量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n"
            "2 城镇新增就业1000万人以上 人力资源社会保障部\n3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n")
    kind, ex = read(text)
    assert kind == "division_plan"
    assert facts(ex) == {("1", "发展改革委", "lead"), ("2", "人力资源社会保障部", "lead"), ("3", "财政部", "lead")}
    assert task_props(ex)["3"]["text"].startswith("安排财政赤字2.18万亿元")


def test_a_sentence_with_single_spaces_is_no_table():
    from loaders.reading.model import from_text
    text = "序号 工作 任务 单位\n今年 我们 要 做好 工作\n"
    assert not [b for b in from_text(text).blocks if hasattr(b, "rows")]


FLAT_SECTIONS = """某区2025年政府工作报告重点工作任务分解表

序号

重点工作任务

主要责任单位

协同配合单位

一、主要预期目标

3

固定资产投资增长7.5%左右。

区发改委

区工信局、区住建局,各乡镇人民政府、街道办事处。

二、扩投资

三、延链条

四、增动能

68

推进学前教育普及普惠。

区教育局

区投资促进中心。
"""


def test_a_flat_table_with_units_closed_by_a_full_stop_and_sections_without_rows():
    kind, ex = read(FLAT_SECTIONS)
    assert kind == "division_plan"
    assert facts(ex) == {("3", "区发改委", "responsible"), ("3", "区工信局", "support"), ("3", "区住建局", "support"),
                         ("3", "各乡镇人民政府、街道办事处", "support"), ("68", "区教育局", "responsible"),
                         ("68", "区投资促进中心", "support")}


def test_a_page_copied_with_its_line_break_tags_reads_them_as_line_ends():
    from loaders.reading.text import normalise
    nt = normalise("本帖最后由 某 编辑 <br /><br />12月2日,某镇召开会议。")
    assert nt.text.startswith("本帖最后由 某 编辑 \n\n12月2日")
    assert nt.origin[nt.text.index("12月")] == len("本帖最后由 某 编辑 <br /><br />")


def test_a_leader_who_takes_charge_of_a_project_and_a_unit_cut_by_the_pages_end():
    body = "1.赵家沟大桥建设。(包抓领导:钱晓明;责任单位:住建和交通局)\n2.新建学校。(责任单位:市人"
    ex = dp.parse(from_bytes(("某区人民政府\n工作方案\n" + body).encode("utf-8"), "t.txt"), default_lexicon(), dp.ACTION_KIND)
    assert facts(ex) == {("1", "钱晓明", "responsible"), ("1", "住建和交通局", "responsible")}


def test_a_report_on_the_progress_of_the_work_reports_tasks_is_a_progress_report():
    text = ("2021年某区涉及市政府工作报告重点任务一季度完成情况\n序号 任务 目前进展情况\n"
            "1 推进两区建设。 已成立领导小组,正在编制行动计划。\n2 建设城市副中心。 已完成年度投资的30%,截至3月底开工5项。\n")
    assert read(text)[0] == "progress_report"


def test_blocks_numbered_with_two_digits_and_a_space_and_fields_on_the_next_line():
    text = ("全县办实事项目进展与成效情况总结汇报\n01 项目名称:提升县域生态环境\n项目内容:\n连通城区河道水系。\n"
            "责任单位:\n水务局、城管局\n进展与成效:\n已完成可行性研究报告,正在施工,截至6月完成投资30%。\n"
            "02 项目名称:丰富文化生活\n项目内容:\n新建城市书房1个。\n责任单位:\n文广旅局\n进展与成效:\n已建成投用。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert {(seq, name) for seq, name, _ in facts(ex)} == {("01", "水务局"), ("01", "城管局"), ("02", "文广旅局")}
    from loaders.reading.text import join_breaks, normalise
    assert join_breaks(normalise("12 月底前完成")).text == "12月底前完成"     # a date keeps no space


def test_measures_and_public_pledges_named_where_they_open():
    from loaders.kinds.plan_detection import named_kind
    assert named_kind("某市人民政府关于印发稳定全市经济工作举措的通知\n各区人民政府:\n现将举措印发给你们。\n") == "action_plan"
    assert named_kind("为加强机关作风建设,特向社会承诺如下:\n一、及时办理交办的各项工作。\n二、限时答复。\n") == "commitment_table"
    assert named_kind("某局召开会议。会议要求全局干部作出承诺。\n") is None


def test_collectives_of_a_level_and_above_and_a_breadcrumb_is_no_title():
    assert resp.looks_like_unit("各地级以上市人民政府") and resp.looks_like_unit("县级以上人民政府")
    assert not resp.looks_like_unit("5000万元以上")
    from loaders.reading.portal import is_boilerplate
    assert is_boilerplate("首页 >> 政府信息公开 >> 民生工程 >> 正文")
    assert not is_boilerplate("首页工作是抓好落实")
