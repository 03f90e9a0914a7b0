"""Plans and action plans as governments write them: numbering, annotations after the task,
fields on their own lines, leaders as section headers. Every example is written for its rule."""
from __future__ import annotations

import pytest

from graph import schema
from loaders.structure import annotation as ann
from loaders.kinds import division_plan as dp
from loaders.structure import items
from loaders.structure import responsibility as resp
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading.source import from_bytes
from loaders.registry import detect

HEAD = "某市人民政府办公室\n\n2023年重点工作任务分工方案\n\n"


def parse(body: str, head: str = HEAD, kind: str = dp.KIND):
    return dp.parse(from_bytes((head + body).encode("utf-8"), "synthetic.txt"), default_lexicon(), kind)


def facts(ex) -> set[tuple[str, str, str]]:
    """(task text, role, name as written: the entity's aliases) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    out = set()
    for r in ex.relations:
        if r.type != schema.RESPONSIBLE_FOR:
            continue
        src, task = ents[r.source], ents[r.target]
        for name in src.aliases or (src.name,):
            out.add((task.props["text"], r.props["role"], name))
    return out


def roles(ex, text: str) -> dict[str, str]:
    """name as written → role, for the task whose text is `text`."""
    return {n: r for t, r, n in facts(ex) if t == text}


def tasks(ex) -> list:
    return sorted((e for e in ex.entities if e.label == schema.TASK), key=lambda e: e.key)


# Numbering

@pytest.mark.parametrize("marker", ["1.", "1、", "1．", "1﹒"])
def test_arabic_item_markers(marker):
    ex = parse(f"一、稳定增长\n{marker}扩大有效投资。（市发改局牵头，市财政局配合）\n")
    assert roles(ex, "扩大有效投资。") == {"市发改局": "lead", "市财政局": "support"}


@pytest.mark.parametrize("marker", ["（一）", "(一)", "①", "第一，"])
def test_other_markers_make_tasks_when_annotated(marker):
    ex = parse(f"一、稳定增长\n{marker}扩大有效投资。（市发改局负责）\n")
    assert roles(ex, "扩大有效投资。") == {"市发改局": "responsible"}


def test_levels_follow_first_use():
    text = "一、甲\n（一）乙\n1.丙丁\n(1)戊己\n①庚辛\n二、壬\n1.癸甲\n"
    forest = items.blocks(text, 0, len(text))
    assert [b.style for b in forest] == ["cn", "cn"]
    one = forest[0].children[0].children[0]
    assert (one.style, one.number) == ("ar", "1")
    assert one.children[0].style == "par" and one.children[0].children[0].style == "circ"


def test_item_numbered_with_a_year_after_it():
    # 1.2021年底前… is item 1, not the decimal 1.2.
    text = "1.2021年底前建成平台。\n2.推进应用。\n"
    assert [b.number for b in items.blocks(text, 0, len(text))] == ["1", "2"]
    assert items.blocks("1.5倍以上\n", 0, 6) == []


def test_header_whose_title_starts_with_a_year():
    # 一、2025年主要预期目标 is a header like 一、稳定增长: the items under it are its children, and 二、 starts the next.
    text = "一、2025年主要预期目标\n1.地区生产总值增长6%。\n二、聚力强产业\n2.修编规划。\n"
    forest = items.blocks(text, 0, len(text))
    assert [(b.style, b.number) for b in forest] == [("cn", "一"), ("cn", "二")]
    assert [c.number for c in forest[0].children] == ["1"]


def test_items_run_on_in_one_line_after_an_annotation():
    ex = parse("一、目标\n(一)地区生产总值增长6%。(市发改局负责)(二)财政收入增长5%。(市财政局主办,市税务局协办)\n")
    assert roles(ex, "地区生产总值增长6%。") == {"市发改局": "responsible"}
    assert roles(ex, "财政收入增长5%。") == {"市财政局": "lead", "市税务局": "support"}


def test_restarting_numbers_are_qualified_by_section():
    ex = parse("一、甲\n1.修路。（市交通局负责）\n二、乙\n1.建桥。（市住建局负责）\n")
    assert sorted(t.props["seq"] for t in tasks(ex)) == ["一.1", "二.1"]


def test_sub_items_belong_to_their_item():
    ex = parse("一、甲\n1.抓好安全。\n（1）安全生产。（市应急局牵头，市消防救援支队配合）\n（2）消防安全。\n")
    (t,) = tasks(ex)
    assert t.props["text"] == "抓好安全。 （1）安全生产。（2）消防安全。"
    assert roles(ex, t.props["text"]) == {"市应急局": "lead", "市消防救援支队": "support"}


def test_sub_items_each_answered_for_under_an_item_that_only_heads_them_are_tasks():
    # (In a document whose numbered items do not carry their own annotations: see test_layouts_forms.)
    ex = parse("一、甲\n1.抓好安全。\n（1）安全生产。（市应急局牵头）\n（2）消防安全。（市消防救援支队牵头）\n")
    assert sorted(t.props["text"] for t in tasks(ex)) == ["安全生产。", "消防安全。"]
    assert roles(ex, "安全生产。") == {"市应急局": "lead"}


def test_unannotated_headers_are_not_tasks():
    ex = parse("一、强化创新\n（一）建设平台。\n1.建设实验室。（市科技局负责）\n")
    assert [t.props["text"] for t in tasks(ex)] == ["建设实验室。"]


# Annotations in brackets

@pytest.mark.parametrize("open_,close", [("（", "）"), ("(", ")"), ("〔", "〕"), ("[", "]"), ("【", "】")])
def test_unlabelled_annotation_in_any_bracket(open_, close):
    ex = parse(f"1.建设产业园。{open_}市工信局牵头，市商务局、市财政局配合{close}\n")
    assert roles(ex, "建设产业园。") == {"市工信局": "lead", "市商务局": "support", "市财政局": "support"}


@pytest.mark.parametrize("note,expected", [
    ("（市财政局主办，市税务局协办）", {"市财政局": "lead", "市税务局": "support"}),
    ("（市商务局负责）", {"市商务局": "responsible"}),
    ("（市发改委、市统计局分别负责）", {"市发改委": "responsible", "市统计局": "responsible"}),
    ("（市发改委、市统计局分别牵头）", {"市发改委": "lead", "市统计局": "lead"}),
    ("（市交通局牵头，各县区政府按职责分工负责）", {"市交通局": "lead", "各县区政府": "responsible"}),
    ("（市交通局牵头，各有关部门按职责分工配合）", {"市交通局": "lead", "各有关部门": "support"}),
])
def test_unlabelled_forms(note, expected):
    ex = parse(f"1.完成年度目标。{note}\n")
    assert roles(ex, "完成年度目标。") == expected


def test_labelled_annotation_with_leader():
    ex = parse("1.建设大桥。（牵头领导：王五；牵头单位：市交通运输局；配合单位：市财政局）\n")
    assert roles(ex, "建设大桥。") == {"王五": "lead", "市交通运输局": "lead", "市财政局": "support"}


def test_titled_leader_name_is_the_person():
    ex = parse("1.建设大桥。（牵头领导：副市长王五、李四副市长；牵头单位：市交通运输局）\n")
    assert {n for n, r in roles(ex, "建设大桥。").items() if r == "lead"} >= {"王五", "李四"}
    assert ann.person("市委常委") == "" and ann.person("常务副市长陈寅") == "陈寅"


def test_bare_list_with_stated_convention():
    ex = parse("（排在第一位的为牵头单位）\n1.修缮古建筑。（市文旅局、市住建局、市财政局）\n")
    assert roles(ex, "修缮古建筑。") == {"市文旅局": "lead", "市住建局": "support", "市财政局": "support"}


def test_convention_splits_a_shared_fuze():
    ex = parse("1.修路。（市交通局、市财政局负责。列第一位的为牵头部门，下同）\n"
               "2.建桥。（市住建局、市交通局负责）\n3.测绘。（市自然资源局、市统计局分别负责）\n")
    assert roles(ex, "修路。") == {"市交通局": "lead", "市财政局": "support"}
    assert roles(ex, "建桥。") == {"市住建局": "lead", "市交通局": "support"}
    assert roles(ex, "测绘。") == {"市自然资源局": "responsible", "市统计局": "responsible"}


def test_bare_list_without_convention_is_responsible():
    ex = parse("1.开设课程。（教研室、装备中心）\n")
    assert roles(ex, "开设课程。") == {"教研室": "responsible", "装备中心": "responsible"}


def test_a_bracket_cut_by_the_end_of_the_page_is_read_as_what_is_visible():
    # A stored page that ends inside an annotation: the visible units are a bare list.
    ex = parse("1.修路。（市交通局、市财政局）\n2.建桥。（市住建局、\n")
    assert roles(ex, "建桥。") == {"市住建局": "responsible"}
    assert roles(ex, "修路。") == {"市交通局": "responsible", "市财政局": "responsible"}
    # Only at the very end: a bracket left open before more text is not an annotation.
    ex = parse("1.建桥。（市住建局、\n2.修路。（市交通局）\n")
    assert "市住建局" not in roles(ex, "建桥。")


def test_brackets_that_are_not_annotations():
    ex = parse("1.开设课程（初、高中毕业年级除外），建设中心（北方）。（市教育局负责）\n")
    (t,) = tasks(ex)
    assert t.props["text"] == "开设课程（初、高中毕业年级除外），建设中心（北方）。"
    assert roles(ex, t.props["text"]) == {"市教育局": "responsible"}


def test_measures_each_with_their_own_annotation():
    ex = parse("1.推动政务服务转型。整合平台（市大数据局牵头，各有关部门配合）。完善应用（市政府办公室牵头）。\n",
               kind=dp.ACTION_KIND)
    assert roles(ex, "推动政务服务转型。整合平台") == {"市大数据局": "lead", "各有关部门": "support"}
    assert roles(ex, "完善应用") == {"市政府办公室": "lead"}
    assert sorted(t.props["seq"] for t in tasks(ex)) == ["1", "1"]
    assert len({t.key for t in tasks(ex)}) == 2
    assert ex.document.kind == dp.ACTION_KIND


def test_standing_rule_applies_to_later_tasks():
    ex = parse("1.建设市场。〔责任单位：市商务局按职责分工负责。具体任务均涉及各县区政府，不再做分工，下同。〕\n"
               "2.优化准入。〔责任单位：市市场监管局〕\n")
    assert roles(ex, "建设市场。") == {"市商务局": "responsible", "各县区政府": "responsible"}
    assert roles(ex, "优化准入。") == {"市市场监管局": "responsible", "各县区政府": "responsible"}


# Fields on their own lines

def test_field_lines_with_department_division():
    ex = parse("1.地区生产总值增长6%。\n分管市领导：张三\n部门分工：市发改局牵头，各区、各部门配合。\n完成时限：2023年12月底\n")
    assert roles(ex, "地区生产总值增长6%。") == {"张三": "responsible", "市发改局": "lead", "各区": "support", "各部门": "support"}
    (t,) = tasks(ex)
    assert t.props["deadline"] == "2023年12月底"


@pytest.mark.parametrize("label,role", [("牵头单位", "lead"), ("责任单位", "responsible"), ("配合单位", "support"),
                                        ("协办单位", "support"), ("参加单位", "support")])
def test_unit_field_lines(label, role):
    ex = parse(f"1.办好民生实事。\n{label}：市民政局\n")
    assert roles(ex, "办好民生实事。") == {"市民政局": role}


# Leaders and units as section headers

def test_unit_header_is_inherited():
    ex = parse("一、市示范区管委会牵头工作（2项）\n1.建设养殖基地。\n2.打造生产基地。\n二、市商务局牵头的工作\n1.办好展会。\n")
    assert roles(ex, "建设养殖基地。") == {"市示范区管委会": "lead"}
    assert roles(ex, "打造生产基地。") == {"市示范区管委会": "lead"}
    assert roles(ex, "办好展会。") == {"市商务局": "lead"}


def test_leader_header_then_unit_header():
    ex = parse("一、王五副市长主抓的重点工作\n（一）市交通局牵头的工作\n1.修建公路。\n（二）市水利局牵头的工作\n1.治理河道。（市农业农村局配合）\n")
    assert roles(ex, "修建公路。") == {"王五": "responsible", "市交通局": "lead"}
    assert roles(ex, "治理河道。") == {"王五": "responsible", "市水利局": "lead", "市农业农村局": "support"}


def test_header_with_bracketed_unit():
    ex = parse("一、强化科技创新（市科技局牵头）\n1.建设实验室。\n")
    assert roles(ex, "建设实验室。") == {"市科技局": "lead"}


# Reading clauses

def test_convention_statements():
    for s in ("列第一位的为牵头单位", "排在第一位的为牵头单位", "列第一位的为牵头部门"):
        assert resp.convention(f"（{s}）")
    assert not resp.convention("牵头单位要加强协调")


def test_unit_shapes():
    assert resp.looks_like_unit("各县（市、区）人民政府")
    assert resp.looks_like_unit("市发改委")
    assert not resp.looks_like_unit("初、高中毕业年级除外")
    assert not resp.looks_like_unit("2023年底前")


# Detection

def test_action_plan_detected_by_its_annotations():
    body = "".join(f"{k}.推进第{k}项措施。（市发改委牵头，市财政局配合）\n" for k in range(1, 7))
    text = "某市数字经济三年行动方案\n\n" + body
    assert dp.score_action(text) >= 0.9
    assert dp.score_action("某市重点工作任务分工方案\n" + body) == 0.0
    assert dp.score("某市重点工作任务分工方案\n" + body) >= 0.9


def test_every_candidate_gets_evidence():
    ex = parse("1.建设产业园。（市工信局牵头，市商务局配合）\n")
    for r in ex.relations:
        assert r.evidence


def test_units_joined_by_ji():
    ex = parse("1.发展托育服务。（市卫生健康委牵头，相关部门及各县区按职责分工负责）\n")
    assert roles(ex, "发展托育服务。") == {"市卫生健康委": "lead", "相关部门": "responsible", "各县区": "responsible"}
    assert resp.clause("市文化和旅游局负责", ann.Span("市文化和旅游局负责", 0, 9), False)[0].name.text == "市文化和旅游局"


def test_qianto_inside_a_unit_name_is_not_the_role():
    ex = parse("1.建设先行区。（市发改委、市重点产业推进机制牵头部门负责）\n")
    assert roles(ex, "建设先行区。") == {"市发改委": "responsible", "市重点产业推进机制牵头部门": "responsible"}


def test_a_header_that_goes_on_names_nobody():
    assert resp.header("副总理、国务委员按分工负责处理分管工作", 0, 19) is None
    got = resp.header("县示范区管委会牵头工作（8项）", 0, 15)
    assert got and [n.text for n in got[0]] == ["县示范区管委会"]


def test_bracket_opening_with_when_before_who():
    ex = parse("1.开通全程网办。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）\n")
    assert roles(ex, "开通全程网办。") == {"市审批服务局": "lead"}
    (t,) = tasks(ex)
    assert t.props["deadline"] == "5月底取得明显成效并持续推进"


def test_generic_document_still_gives_its_annotations():
    from loaders.kinds import prose
    text = ("附件\n某市数字政府建设考评指标\n一、政务服务（25分）\n"
            "1．开通全程网办。（6月底完成，牵头考核单位：市审批服务局）\n2．做好宣传。\n")
    doc = from_bytes(text.encode("utf-8"), "notice.txt")
    ex = prose.extract(doc, default_lexicon(), "generic")
    assert roles(ex, "开通全程网办。") == {"市审批服务局": "lead"}
    # Items nobody answers for are not tasks of a generic document, and raise no complaint.
    assert [t.props["text"] for t in tasks(ex)] == ["开通全程网办。"]
    assert not [i for i in ex.issues if i.code.startswith("plan.no-")]


def test_document_names_itself_in_its_head_only():
    body = "".join(f"{k}.推进第{k}项措施。（市发改委牵头，市财政局配合）\n" for k in range(1, 7))
    text = "为加快数字建设，制定本行动方案。\n" + body + "加强统筹，狠抓落实。\n" * 200 + "做好任务分解、跟踪督查。\n"
    assert dp.score_action(text) == 1.0 and dp.score(text) == 0.8


def test_a_task_mentioning_task_division_does_not_name_the_document():
    text = ("为加快数字建设，制定本行动方案。\n一、数字政府\n1.建设督考系统，实现对重要任务分解、进展过程全程跟踪（市大数据局牵头，各部门配合）。\n"
            + "".join(f"{k}.推进第{k}项措施。（市发改委牵头，市财政局配合）\n" for k in range(2, 7)))
    assert dp.score_action(text) == 1.0 and dp.score(text) == 0.8


def test_leader_in_an_unlabelled_annotation():
    ex = parse("1.建设新城。（王五副市长牵头，市住建局负责）\n")
    assert roles(ex, "建设新城。") == {"王五": "lead", "市住建局": "responsible"}
    assert any(e.label == schema.LEADER and e.name == "王五" for e in ex.entities)


def test_etc_departments_name_the_listed_unit():
    ex = parse("1.优化营商环境。（市发改委、市市场监管局等部门牵头，各县区配合）\n")
    assert roles(ex, "优化营商环境。") == {"市发改委": "lead", "市市场监管局": "lead", "各县区": "support"}


def test_unit_marked_as_lead_inside_a_list():
    ex = parse("1.建设物流园。（市商务局（牵头）、市交通局）\n2.建设冷链。\n责任单位：市供销社（牵头单位）、市农业农村局\n")
    assert roles(ex, "建设物流园。") == {"市商务局": "lead", "市交通局": "support"}
    assert roles(ex, "建设冷链。") == {"市供销社": "lead", "市农业农村局": "responsible"}


def test_a_role_bracket_that_cannot_be_read_is_logged():
    ex = parse("1.推进改革。（由各地根据实际情况确定牵头方式）\n")
    assert [i.code for i in ex.issues if i.code == "plan.unread-annotation"] == ["plan.unread-annotation"]


def test_customs_and_banks_are_units():
    ex = parse("1.扩大进出口。（省商务厅牵头，合肥海关、人民银行某分行配合）\n")
    assert roles(ex, "扩大进出口。") == {"省商务厅": "lead", "合肥海关": "support", "人民银行某分行": "support"}


def test_one_annotation_after_a_group_of_sub_items_holds_for_each():
    ex = parse("一、应急管理\n1.加强应急能力建设：\n(1)完善预案体系。\n(2)加强队伍建设。\n(3)强化物资储备。\n（牵头单位：市应急局；责任单位：各县区政府）\n")
    for text in ("完善预案体系。", "加强队伍建设。", "强化物资储备。"):
        assert roles(ex, text) == {"市应急局": "lead", "各县区政府": "responsible"}
    assert sorted(t.props["seq"] for t in tasks(ex)) == ["1(1)", "1(2)", "1(3)"]


def test_header_that_is_only_a_leader():
    ex = parse("一、陈寅常务副市长\n1.推进重大项目建设。（市发改委牵头）\n二、加强管理\n1.规范审批。（市审批局负责）\n")
    assert roles(ex, "推进重大项目建设。") == {"陈寅": "responsible", "市发改委": "lead"}
    assert roles(ex, "规范审批。") == {"市审批局": "responsible"}


def test_a_plan_records_the_officials_it_names_with_their_titles():
    from graph import schema
    from loaders.kinds import division_plan
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.reading.source import from_bytes
    text = ("济南市人民政府办公厅关于印发某行动方案的通知\n各区县人民政府：\n"
            "一、副市长张建国牵头的工作\n1.推进数字经济发展。（市发展改革委牵头，市财政局配合）\n"
            "2.建设智慧城市。（市大数据局牵头，市财政局配合）\n")
    ex = division_plan.parse(from_bytes(text.encode("utf-8"), "p.txt"), default_lexicon())
    serves = {(r.source[1], r.props["title"]) for r in ex.relations if r.type == schema.SERVES_IN}
    assert ("山东省/济南市/张建国", "副市长") in serves


def test_a_plans_issuer_comes_from_the_portal_header_table_and_is_a_body():
    from loaders.kinds import division_plan
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.reading.source import from_bytes
    measures = "1.推进数字经济发展。（国家发展改革委牵头，财政部配合）\n2.建设智慧城市。（住房城乡建设部牵头，财政部配合）\n"
    portal = ("发文机关：\n国务院办公厅\n成文日期：\n2018年12月29日\n发文字号：\n国办发〔2018〕128号\n"
              "国务院办公厅关于印发某行动方案的通知\n各省、自治区、直辖市人民政府：\n某行动方案\n" + measures)
    ex = division_plan.parse(from_bytes(portal.encode("utf-8"), "p.txt"), default_lexicon())
    d = ex.document
    assert (d.issuer, d.number, d.date, d.region) == ("国务院办公厅", "国办发〔2018〕128号", "2018-12-29", "中华人民共和国")
    # a sentence that cites a body before 关于…通知 is not the issuer
    cited = "2017年国家发布《国务院关于印发某规划的通知》，现提出如下方案。\n某实施方案\n" + measures
    ex = division_plan.parse(from_bytes(cited.encode("utf-8"), "p.txt"), default_lexicon())
    assert ex.document.issuer == ""


def test_a_document_dividing_the_work_reports_tasks_is_a_division_plan_whatever_it_is_called():
    text = ("关于印发2006年政府工作报告要求重点做好的工作事项的通知\n2006年《政府工作报告》要求重点做好的工作事项\n"
            "一、构建现代产业体系\n（一）加快建设汽车产业基地。（牵头单位：市经贸委；配合单位：市发改委、规划局）\n"
            "（二）推进石化基地建设。（牵头单位：市发改委；配合单位：市经贸委）\n")
    assert detect(from_bytes(text.encode("utf-8"), "p.txt")).kind == "division_plan"


def test_one_bracket_a_field_on_lines_of_their_own():
    # 【牵头单位：…】 and 【配合单位：…】 each in its own bracket: one annotation, both fields read.
    ex = parse("一、产业发展\n1.推进乡村振兴。\n【牵头单位：县农业农村局】\n【配合单位：县财政局】\n2.建设智慧城市。（县数据局负责）\n")
    assert roles(ex, "推进乡村振兴。") == {"县农业农村局": "lead", "县财政局": "support"}
    assert not [i for i in ex.issues if i.code == "plan.trailing-text"]


def test_a_responsibility_list_read_by_the_stated_convention():
    ex = parse("（责任分解中，列第一位的责任单位为牵头单位）\n一、目标\n1.地区生产总值增长6%。\n责任单位：市发改委、市统计局\n")
    assert roles(ex, "地区生产总值增长6%。") == {"市发改委": "lead", "市统计局": "support"}


@pytest.mark.parametrize("header, role", [("张三常务副市长牵头负责的工作（3项）", "lead"), ("张三副市长领衔的重点工作", "lead"),
                                          ("由张三副市长牵头", "lead"), ("张三副市长分管工作", "responsible")])
def test_leader_headers_in_the_forms_plans_use(header, role):
    ex = parse(f"一、{header}\n1.地区生产总值增长6%。（市发改委负责）\n")
    assert roles(ex, "地区生产总值增长6%。") == {"市发改委": "responsible", "张三": role}


def test_responsible_units_lead_where_the_document_says_so_and_no_lead_is_named():
    said = "特别是牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹相关责任单位。\n"
    body = ("一、目标\n1.地区生产总值增长6%。\n责任单位：市发改委、市统计局\n"
            "2.财政收入增长5%。\n牵头单位：市财政局\n责任单位：市税务局\n")
    ex = parse(said + body)
    assert roles(ex, "地区生产总值增长6%。") == {"市发改委": "lead", "市统计局": "lead"}
    assert roles(ex, "财政收入增长5%。") == {"市财政局": "lead", "市税务局": "responsible"}
    # Without the statement a 责任单位 is only responsible.
    assert roles(parse(body), "地区生产总值增长6%。") == {"市发改委": "responsible", "市统计局": "responsible"}
