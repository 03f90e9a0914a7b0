"""More of how governments write plans, tables, notices and news, each rule on a small example written
for it (issue 14): sub-items each carrying their own fields, titles broken over lines, table cells
closed by their rules, works numbered ①② in a cell, leaders after the units, collectives joined by 及,
regions as units, what a notice says it is (divides the tasks, asks for progress, lists pledges),
news leads and footers, and pages stored as markup."""
from __future__ import annotations

import pytest

from loaders.structure.titles import document_title
from tests.test_layouts_written import facts, read, task_props

# A numbered item may only head its sub-items: each ⑴ carries its own 责任单位 line, so each is a task.

HEADED_SUBITEMS = """某省人民政府办公厅关于落实某规划任务分工的通知
一、主要目标和任务分工
（一）主要规划指标。
1.约束性指标。
⑴九年义务教育巩固率达到97%。
责任单位:省教育厅。
⑵耕地保有量保持在6120万亩。
牵头单位:省自然资源厅。
责任单位:省农业农村厅。
2.预期性指标。
地区生产总值年均增长8%。
牵头单位:省发展改革委。
"""


def test_sub_items_with_their_own_fields_are_each_a_task():
    kind, ex = read(HEADED_SUBITEMS)
    assert kind == "division_plan"
    got = facts(ex)
    assert ("1.(1)", "省教育厅", "responsible") in got or ("(1)", "省教育厅", "responsible") in got
    seqs = {s for s, _, _ in got}
    assert any(s.endswith("(2)") for s in seqs)
    by_seq = {}
    for s, n, r in got:
        by_seq.setdefault(s, set()).add((n, r))
    two = next(v for s, v in by_seq.items() if s.endswith("(2)"))
    assert two == {("省自然资源厅", "lead"), ("省农业农村厅", "responsible")}
    # The item whose own text carries its field stays one task.
    assert any(s == "2" and n == "省发展改革委" for s, n, _ in got)


def test_an_item_whose_sub_items_do_not_all_carry_fields_stays_one_task():
    text = HEADED_SUBITEMS.replace("牵头单位:省自然资源厅。\n责任单位:省农业农村厅。\n", "")
    _, ex = read(text)
    seqs = {s for s, _, _ in facts(ex)}
    assert "1" in seqs and not any(s.endswith("(1)") for s in seqs)


def test_a_title_broken_over_lines_is_joined():
    text = "辽政办发〔2012〕53号\n\n某省人民政府办公厅关于落实\n\n某某规划任务分工的通知\n\n各市人民政府:\n"
    assert document_title(text) == "某省人民政府办公厅关于落实某某规划任务分工的通知"
    # A title on one line, and a 关于 line that never closes, are as before.
    assert document_title("关于印发某方案的通知\n各部门:\n") == "关于印发某方案的通知"
    assert document_title("某县关于加强\n各乡镇:\n") == "某县关于加强"


# A progress table copied one cell a line, each cell closed by its rule: a closed cell ends there, a
# bare rule is an empty cell, a leader's name is padded (杨 宜), and a target cell numbering its works
# ①②… makes one task per work, each with the row's units and its own part of the progress cell.

CLOSED_CELLS = """2023年某区民生实事进展情况
序号 |
项目名称 |
具体任务及目标 |
牵头 领导 |
牵头单位 |
责任单位 |
进展情况 |
1 |
教育扩容工程 |
①完成区第二幼儿园建设。 ②启动区特教学校扩建工程。 |
杨 宜 |
区教体局 |
区国投集团 各有关乡镇(街道) |
①已完工。 ②正在审图。 |
2 |
医卫建设工程 |
新建区应急医疗救治中心。 |
王 可 |
某某镇 |
|
已完工。 |
"""


def test_cells_closed_by_their_rules_one_a_line():
    kind, ex = read(CLOSED_CELLS)
    assert kind == "progress_report"
    got = facts(ex)
    for seq in ("1①", "1②"):
        assert {(seq, "杨宜", "lead"), (seq, "区教体局", "lead"), (seq, "区国投集团", "responsible")} <= got
    props = task_props(ex)
    assert props["1①"]["text"] == "完成区第二幼儿园建设。" and props["1①"]["status"] == "已完工。"
    assert props["1②"]["status"] == "正在审图。"
    assert props["2"]["text"] == "新建区应急医疗救治中心。"
    assert ("2", "王可", "lead") in got and ("2", "某某镇", "lead") in got


def test_a_cell_numbered_out_of_order_stays_one_task():
    from loaders.kinds.responsibility_table import circled
    assert circled("①甲。②乙。") == [("①", "甲。"), ("②", "乙。")]
    assert circled("完成①号楼、②号楼") == [("", "完成①号楼、②号楼")]
    assert circled("①甲。③乙。") == [("", "①甲。③乙。")]


def test_where_numbered_items_carry_their_annotations_sub_items_belong_to_their_item():
    text = """某市2021年政府工作报告重点工作任务分工方案
一、主要目标
1.地区生产总值增长6%。〔牵头单位:市发展改革委〕
2.各类约束性指标全面完成
(1)安全生产。〔牵头单位:市应急局〕
(2)节能减排。〔牵头单位:市生态环境局〕
3.城镇新增就业3万人。〔牵头单位:市人力资源社会保障局〕
"""
    got = facts(read(text)[1])
    assert {("2", "市应急局", "lead"), ("2", "市生态环境局", "lead")} <= got
    assert not any("(" in s for s, _, _ in got)


# What a document says it is, not what it asks for: a plan asking to be told of its progress is no
# progress report; a division of a report's tasks that mentions its 民生实事 is no commitment list.

def test_a_plan_asking_for_progress_reports_is_not_a_progress_report():
    from loaders.kinds.progress_report import score
    head = "某县人民政府关于开展2021年为民办实事工作的通知\n各乡镇:\n现将工作计划印发给你们，各主办单位要将项目{}于每月25日书面报告县政府。\n"
    body = "一、人居环境提升\n(1)改造老旧小区。\n主办单位:县住建局\n(2)建设公园。\n主办单位:县城管局\n"
    assert score(head.format("进展情况") + body) == 0.0
    assert score("某县为民办实事项目进展情况\n" + body) > 0.5


def test_a_division_of_tasks_that_mentions_its_pledges_is_a_division():
    text = """省政府印发2020年政府工作报告重点工作责任分解通知
近日，省政府办公厅印发通知，公布省长牵头的重点工作和十方面民生实事的责任单位。
一、某某省长主抓重点工作
1.稳企业、防风险。
牵头单位:省发展改革委
2.扩大有效投资。
牵头单位:省发展改革委
"""
    assert read(text)[0] == "division_plan"


def test_a_news_lead_may_open_with_its_purpose():
    text = ("为助力某某经济圈建设，5月19日，省政协委员、某某省委秘书长张建国带领专家组一行莅临某某新区调研相关建设情况。\n"
            "调研组一行先后来到某某平台、某某公司，通过实地查看和听取汇报等方式，详细了解了有关情况。\n")
    assert read(text)[0] == "news"


def test_a_site_footer_of_links_is_no_title():
    assert document_title("某某新闻网\n关于我们 丨联系我们 丨法律声明 丨 隐私保护\n") == ""


def test_news_that_tells_of_the_deputies_is_not_a_report_addressing_them():
    text = ("本网拉萨1月4日讯(记者 张三)1月3日下午，《政府工作报告》征求意见会议在拉萨召开。\n"
            "自治区副主席李四主持会议并指出，各位代表的发言，充分体现大家对政府工作的理解和支持。\n"
            "我们将认真梳理大家的意见建议，把《政府工作报告》修改完善好。\n")
    assert read(text)[0] == "news"


def test_a_leader_appearing_on_a_portal_is_an_event():
    text = ("为民办实事 重在抓落实——县长在线访谈活动\n发布日期:2010-03-18 00:00\n"
            "3月16日晚，县长张三，副县长李四作客县政府门户网站，就全力办好10件为民办实事项目与网友在线交流。\n")
    assert read(text)[0] == "news"


# A table one cell a line whose last column names the leader: a name after the units goes to it, and a
# collective with a bracket inside its name (各镇政府(街道办事处)) is a unit.

LEADER_LAST = """2024年政府工作报告主要工作任务分解表
序号
主要工作举措
牵头单位
配合单位
责任领导
一、做大做强主导产业
1
加快推进肉鸡、肉牛全产业链规划布局。
区农业农村局
区发展改革局、区工业和信息化局
2
推动胜达再生塑料等一批项目的签约落地。
某某经济区管委会
自然资源分局、生态环境分局
冯冬昌
3
扶持一批重点增资项目扩产。
区工业和信息化局
某某经济区管委会、各镇政府(街道办事处)
冯冬昌
"""


def test_a_name_after_the_units_is_the_leader():
    got = facts(read(LEADER_LAST)[1])
    assert ("2", "冯冬昌", "responsible") in got and ("2", "生态环境分局", "support") in got
    assert ("3", "各镇政府(街道办事处)", "support") in got or ("3", "各镇政府（街道办事处）", "support") in got
    assert ("3", "冯冬昌", "responsible") in got
    assert not any(n == "冯冬昌" and r == "support" for _, n, r in got)


def test_a_collective_of_levels_joined_by_及_to_another_unit():
    from loaders.structure import annotation as ann
    t = "市财政局等有关部门，各区、县（市）政府及开发区管委会"
    assert [s.text for s in ann.names(t, ann.Span(t, 0, len(t)))] == ["市财政局", "各区、县（市）政府", "开发区管委会"]


def test_a_list_of_pledged_projects_is_above_the_plan_its_annotations_suggest():
    body = ("一、就业促进工程\n1.新增城镇就业5万人。（市人社局牵头，各县区政府配合）\n"
            "2.建设零工市场3个。（市人社局牵头，市财政局配合）\n3.改造老旧小区20个。（市住建局牵头，各县区政府配合）\n")
    assert read("市政府关于实施2015年民生幸福十大工程百件实事的通知\n各县区人民政府:\n" + body)[0] == "commitment_table"
    # A plan carrying out another body's list is a plan of measures; a government's own list set out as a plan is
    # its list (eighth session: the gold's 连江, 西安 and 黔江 lists are called 工作计划 / 实施方案).
    assert read("某市贯彻落实《全省20件民生实事》工作方案\n" + body)[0] == "action_plan"
    assert read("某市20件民生实事工作方案\n" + body)[0] == "commitment_table"


def test_regions_named_for_their_governments_in_a_list_of_units():
    from loaders.structure import responsibility as resp
    t = "推进项目。（自治区交通运输厅牵头，自然资源厅、银川市、石嘴山市、吴忠市人民政府配合）"
    got = [(n.name.text, n.role) for u in resp.find(t, 0, len(t), False) for n in u.units]
    assert ("银川市", "support") in got and ("石嘴山市", "support") in got and ("自治区交通运输厅", "lead") in got
    # A kind of area is no unit.
    for area in ("主城区", "全市", "景区"):
        t = f"推进项目。（{area}配合）"
        assert not resp.find(t, 0, len(t), False)


def test_a_report_titled_for_the_progress_of_its_tasks_with_a_status_column():
    head = "2021年某区涉及市政府工作报告重点任务一季度完成情况\n"
    table = "序号 市折子号 市政府工作报告任务 目前进展情况\n1 21 以首善标准推进两区建设，完善督查督办机制。 目前已建立工作专班。\n"
    assert read(head + table)[0] == "progress_report"
    # The title alone, over a paragraph, is not enough.
    assert read(head + "以首善标准推进两区建设，完善督查督办机制。\n")[0] != "progress_report"


def test_a_page_stored_as_raw_markup_reads_as_its_text():
    from loaders.reading.text import normalise
    raw = '<p>各市、县人民政府:</p><p style="text-indent:2em"> 现将《某省<strong>增收</strong>实施方案》印发给你们。</p>'
    nt = normalise(raw)
    assert "各市、县人民政府:\n" in nt.text or "各市、县人民政府：\n" in nt.text
    assert "现将《某省增收实施方案》印发给你们。" in nt.text
    assert "<" not in nt.text and "style" not in nt.text
    k = nt.text.index("增收")
    assert raw[nt.origin[k]:nt.origin[k] + 2] == "增收"


@pytest.mark.parametrize("opening,kind", [
    ("各县市人民政府，州人民政府各部门：为切实做好《纲要》实施工作，州人民政府决定根据职责分工，将《纲要》确定的主要目标和任务分解落实到各县市、各部门。现就有关事项通知如下：\n一、分工原则\n（一）明确区分政府职责和市场功能。\n", "division_plan"),
    ("各县、区人民政府，市政府有关部门：2022年市政府继续实施重点民生实事工程。经市政府研究同意，现将任务责任分解印发，并就抓好落实提出如下要求：\n一、高度重视，强化领导。\n", "commitment_table"),
])
def test_a_covering_notice_that_says_it_divides_the_tasks(opening, kind):
    from loaders.kinds.plan_detection import named_kind
    assert named_kind(opening) == kind
    assert named_kind("各县市人民政府：现将有关事项通知如下：\n一、加强领导。\n") is None


@pytest.mark.parametrize("text,kind", [
    # what a title ends with decides: a plan of measures for the pledges
    ("某市贯彻落实《新时代幸福龙江建设20件民生实事（2025年）》工作方案\n一、工作目标\n全面贯彻落实。\n", "action_plan"),
    # the pledged projects named where the text opens, then listed
    ("（某县融媒体中心）县人大代表票选表决县政府2025年度十件民生实事项目正式出炉！\n一、村内基础设施提升工程\n硬化道路10万平方米。\n"
     "二、农村饮水维修养护工程\n维修机泵37处。\n", "commitment_table"),
    ("经市政府同意，现将2024年十个方面30项为民实事实施方案印发给你们，请认真组织实施。\n一、为民实事主要任务\n（一）交通出行方面\n"
     "1.开通运营地铁线路。开通地铁8号线。\n2.新开调整公交线路。新开公交线路80条。\n", "commitment_table"),
    # a notice issuing its measures by name
    ("各盟市人民政府，自治区各委、办、厅、局：\n为加快建设城市群，现就推动某某一体化发展若干举措通知如下。\n一、增强一体化发展动力\n（一）共建产业园。\n",
     "action_plan"),
    # a page explaining a plan is not the plan
    ("组配分类: | 县政策解读 |\n县政府办公室结合省列为民实事制定印发《关于印发2023年为民实事实施方案的通知》。\n一、目的\n二、主要内容\n", None),
])
def test_what_a_document_without_annotations_says_it_is(text, kind):
    from loaders.kinds.plan_detection import named_kind
    assert named_kind(text) == kind


@pytest.mark.parametrize("text", [
    "乌鲁木齐市改善民生10个方面100件实事办理工作情况\n2014年，我市100件实事已全部落实，其余97件实事均已完成。截至目前，已完成投资。\n"
    "一是完善社区就业服务体系，已建成服务站。\n",
    "津南区上半年民心工程“成绩单”出炉!\n截至2025年6月底，4个子项已完成，其余22个子项正在加快推进！\n01 护苗助老贴心工程\n"
    "新增托位460个。目前，已开设托班。\n",
])
def test_a_report_of_how_the_pledged_projects_stand(text):
    assert read(text)[0] == "progress_report"


@pytest.mark.parametrize("text,kind", [
    # a meeting's minutes telling who is to do what are news of the meeting
    ("2024年9月13日下午，区委常委、副区长谢义维同志主持召开区政府常务会议。纪要如下：\n一、审议某某责任清单\n"
     "会议听取了区生态环境分局局长梁其明同志的汇报。会议原则同意该清单，由区生态环境分局牵头修改完善后印发。\n", "news"),
    # a title broken after its issuer, naming a division of the report's tasks
    ("某某旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n各苏木乡镇人民政府，旗政府各部门：\n"
     "经旗人民政府同意，现将分工印发给你们，请认真贯彻落实。\n", "division_plan"),
    # a report on how the tasks of 《政府工作报告》 stand, figures for its status
    ("为切实推进市政府决策部署的贯彻落实，市政府政务督查室近期对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。"
     "现将有关情况通报如下：\n一、主要指标任务完成情况\n上半年，全市完成地区生产总值802.81亿元，比上年同期增长28.6%；"
     "完成固定资产投资120亿元，同比增长8.1%。\n", "progress_report"),
    # a page headed by the pledged projects over their list, told by a reporter
    ("中梁山街道2024年十件民生实事项目出炉\n发布日期:2024-03-13 14:37\n九龙融媒讯 (记者 冉冉)3月12日，街道议事代表大会举行。\n"
     "社区党群服务中心建设项目：优化社区党群服务中心。\n农村黑臭水体整治项目：对西山村污水进行整治。\n环卫设施维护项目：清掏化粪池270座。\n",
     "commitment_table"),
])
def test_more_of_what_documents_say_they_are(text, kind):
    assert read(text)[0] == kind


def test_a_title_broken_after_its_issuer_places_the_document():
    text = ("鄂温克族自治旗人民政府办公室\n关于印发2022年重点任务责任落实分工的通知\n各苏木乡镇人民政府：\n"
            "1.地区生产总值增长6%。\n牵头单位：旗发展改革委\n2.城镇新增就业1000人。\n牵头单位：旗人力资源社会保障局\n")
    assert read(text)[1].document.region == "内蒙古自治区/呼伦贝尔市/鄂温克族自治旗"


@pytest.mark.parametrize("text,kind,region", [
    # a report of the congress that lists the pledged projects is that list, placed where it happens
    ("1月31日上午，黔东南苗族侗族自治州第十五届人民代表大会第四次会议在凯里隆重开幕。州长杨光杰向大会作政府工作报告。\n"
     "报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。\n（一）\n促进群众就业增收，开展职业技能培训2.5万人次。\n"
     "（二）\n办好人民满意教育，新建公办幼儿园20所。\n", "commitment_table", "贵州省/黔东南苗族侗族自治州"),
    # a press conference telling how the pledged projects stand is a report of their progress
    ("河北:18项民生工程提前或超额完成年度目标任务\n人民网石家庄11月19日电 从今天召开的“20项民生工程推进落实情况”新闻发布会上获悉，"
     "河北大力实施20项民生工程。截至目前，18项民生工程提前或超额完成年度目标任务。棚户区改造已全部完成，"
     "农村公路建设正常推进，城镇老旧小区改造已基本完成。\n", "progress_report", "河北省"),
])
def test_news_about_the_pledged_projects_themselves(text, kind, region):
    k, ex = read(text)
    assert k == kind and ex.document.region == region


def test_news_that_only_mentions_the_pledges_stays_news():
    text = ("3月12日，某县召开县委常委会议，县委书记张建国主持会议并讲话。会议强调，要扎实办好十件民生实事，"
            "切实增强群众获得感。会议还研究了其他事项。\n")
    assert read(text)[0] == "news"


def test_an_item_whose_measures_each_close_with_their_own_labelled_bracket():
    text = """某市人民政府办公厅关于印发2006年重点工作事项的通知
一、发展先进制造业
（一）加快建设三大汽车产业基地。（牵头单位：市经贸委；配合单位：市发改委、国土房管局）
推进东部石化基地建设，抓好80万吨乙烯改扩建项目。（牵头单位：市发改委；配合单位：市经贸委、规划局）
（二）加快物流园区建设。（牵头单位：市交委）
"""
    got = facts(read(text)[1])
    assert ("(一)", "市经贸委", "lead") in got or ("（一）", "市经贸委", "lead") in got
    by_unit = {(n, r) for _, n, r in got}
    assert ("规划局", "support") in by_unit and ("市交委", "lead") in by_unit
    ex = read(text)[1]
    texts = sorted(e.props["text"] for e in ex.entities if e.label == "Task")
    assert "推进东部石化基地建设，抓好80万吨乙烯改扩建项目。" in texts and "加快建设三大汽车产业基地。" in texts
    # Brackets right after one another are one annotation, not two measures.
    one = read("某市重点工作分工\n1.建设产业园。【牵头单位：市工信局】【配合单位：市商务局】\n2.建设学校。【牵头单位：市教育局】\n")[1]
    assert sum(1 for e in one.entities if e.label == "Task") == 2


@pytest.mark.parametrize("first,kind", [("为深入贯彻党中央决策部署，进一步支持企业发展，制定本方案。", "action_plan"),
                                        ("一、总体要求", "generic")])
def test_a_generic_documents_first_line_is_its_title_only_when_shaped_like_one(first, kind):
    # (a preamble saying it makes the plan names its kind, not its title)
    got, ex = read(first + "\n支持企业加大研发投入。\n")
    assert got == kind and ex.document.title == ""
    assert read("中小企业数字化转型指南\n支持企业加大研发投入。\n")[1].document.title == "中小企业数字化转型指南"


# A table one row a line, its cells separated by single spaces: a column kg does not read (政策类别,
# 政策依据) is still a column, a category cell before the number is left out under the same category, a
# cell may repeat its column's label (责任单位:…), and a column breaking the task down is the task.

SINGLE_SPACED = """某市小微企业扶持政策事项清单
政策类别 序号 扶持政策事项 政策内容 政策依据 实施部门
财政资金支持 1 建立复工复产帮扶机制 畅通24小时热线电话，及时协调解决企业复工复产遇到的困难。 《某市若干政策措施》某政发[2020]3号 责任单位:各县(市)区政府,市人力资源社会保障局、市工业和信息化局
2 给予财政贴息支持 对新增的企业贷款由市财政给予贴息，贴息期限不超过1年。 《某市若干政策措施》某政发[2020]3号 责任单位:市财政局、市发展改革委
"""


def test_a_single_spaced_table_with_columns_kg_does_not_read():
    kind, ex = read(SINGLE_SPACED)
    assert kind == "action_plan"
    got = facts(ex)
    assert {("1", "各县(市)区政府", "responsible"), ("1", "市工业和信息化局", "responsible"),
            ("2", "市财政局", "responsible"), ("2", "市发展改革委", "responsible")} <= {
        (s, n.replace("（", "(").replace("）", ")"), r) for s, n, r in got}
    assert not any(n.startswith("责任单位") for _, n, _ in got)
    assert task_props(ex)["2"]["text"] == "给予财政贴息支持"


def test_a_column_breaking_the_task_down_is_the_task():
    from loaders.structure.table_columns import columns
    cols = {c.what: c.label for c in columns(["序号", "类别", "主要任务", "细化措施", "牵头单位", "参与单位"])}
    assert cols["task"] == "细化措施" and cols["project"] == "主要任务"
    cols = {c.what: c.label for c in columns(["序号", "扶持政策事项", "政策内容", "实施部门"])}
    assert cols["task"] == "扶持政策事项"


def test_pledges_numbered_in_a_paragraph_of_a_news_piece():
    text = ("大西北网讯 1月20日，榆中县第十七届人民代表大会召开第五次会议。会上确定2016年县委县政府为民兴办10件实事。\n"
            "这十件实事是：1.新修高标准基本农田10万亩。2.建成1所县城九年制学校。3.改造农村危旧房1320户。\n")
    kind, ex = read(text)
    assert kind == "commitment_table" and ex.document.region == "甘肃省/兰州市/榆中县"


def test_a_label_with_a_note_in_brackets():
    from loaders.reading.flat import label_kind
    assert label_kind("责任单位（加黑为牵头单位）") == ("unit", "responsible")
    assert label_kind("任务目标完成情况") == ("status", "")


def test_more_ways_documents_name_themselves():
    # the verb first: 关于分解落实…任务的通知; several portal fields on one line
    text = ("县人民政府关于分解落实 2022年县政府重点工作任务的通知\n索引号 : K26422872/2023-08370 文       号 :\n"
            "主题分类: 政务公开 发文单位: 通山县人民政府\n各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。\n")
    kind, ex = read(text)
    assert kind == "division_plan" and ex.document.region == "湖北省/咸宁市/通山县"
    # a news lead after its purpose and the instruction it serves
    text = ("为进一步发挥市政府参事建言献策的作用，按照厅党组主题教育部署要求，5月25日下午，参事工作处组织部分市政府参事"
            "到某某街道开展专题调研，并与街道办事处主任赵超进行了座谈。\n调研组一行参观了社区智慧设施。\n")
    assert read(text)[0] == "news"


def test_a_report_on_how_the_years_plan_was_carried_out():
    text = ("某区人民政府关于2022上半年国民经济和社会发展计划执行情况的报告\n主任、各位副主任、各位委员：\n"
            "我受区人民政府委托，向区人大常委会会议作报告。\n一、上半年经济社会发展基本情况\n上半年，全区地区生产总值同比增长5.1%。\n")
    assert read(text)[0] == "progress_report"


def test_a_units_bracket_cut_open_by_the_pages_end():
    from loaders.structure import annotation as ann
    t = "市发改委、各区人民政府〈含开发区、"
    assert [s.text for s in ann.names(t, ann.Span(t, 0, len(t)))] == ["市发改委", "各区人民政府"]
    t = "各县（市、区）人民政府、市财政局"
    assert [s.text for s in ann.names(t, ann.Span(t, 0, len(t)))] == ["各县（市、区）人民政府", "市财政局"]


@pytest.mark.parametrize("text,kind", [
    # a covering notice issuing a division plan by its name, or dividing the report's targets into 落实意见
    ("菏政办字〔2023〕1号\n各县区人民政府，市政府各部门：\n为深入贯彻落实国务院意见，经市政府同意，现将《某市深化新旧动能转换分工落实方案》"
     "（以下简称《方案》）印发给你们，请认真贯彻实施。\n", "division_plan"),
    ("某市人民政府办公室关于印发《政府工作报告主要工作目标分解落实意见》的通知 各区人民政府：市人大审议通过的《政府工作报告》确定了全年目标。"
     "为抓好落实，现将主要工作目标分解落实意见印发给你们。《报告》还确定了十件实事，各单位要抓紧实施。\n", "division_plan"),
    # a supervision report's own words (现将有关情况汇报如下) over how the report's tasks stand
    ("7月9日至17日，县委督查办组成两个督查组，对2025年《政府工作报告》主要目标任务上半年工作落实情况进行了督查。现将有关情况汇报如下。\n"
     "经督查核实，欠进度的有17个；超进度的有10个；已完成和提前完成的有25个。\n", "progress_report"),
    # how the key works went, in figures
    ("2021年，我县重点工程项目共30项。截止目前，全县重点工程进展顺利，1-12月份完成投资77.57亿元，投资完成率122.6%。"
     "圆满完成年度目标任务。\n", "progress_report"),
])
def test_notices_and_reports_that_name_what_they_are_in_their_opening(text, kind):
    assert read(text)[0] == kind


@pytest.mark.parametrize("text,kind,region", [
    # a 政策解读 page is neither the plan nor news; its source field places it
    ("《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n发布日期:2024-04-02 15:35 点击量:10\n来源:二连浩特市政府办\n一、起草背景\n"
     "2024年1月17日，市第十六届人民代表大会第三次会议召开，审议通过了《政府工作报告》。\n", "generic", "内蒙古自治区/锡林郭勒盟/二连浩特市"),
    # the central state acting in the lead: national news, wherever it is dated
    ("新华网北京3月16日电\n国务院总理温家宝16日主持召开国务院常务会议，确定《政府工作报告》重点工作部门分工。\n"
     "会议指出，《政府工作报告》确定了今年工作的总体部署和主要任务。\n", "news", "中华人民共和国"),
    # a headline telling how the key projects run against the year's schedule
    ("我区1-8月重点项目固投超序时进度7.33个百分点\n发布时间:2010-09-18 00:00\n我区1-8月份完成重点项目固定资产投资23.68亿元，占年计划74%，"
     "超序时进度7.33个百分点。\n", "progress_report", ""),
])
def test_what_a_page_is_and_where_it_belongs(text, kind, region):
    k, ex = read(text)
    assert k == kind and ex.document.region == region
