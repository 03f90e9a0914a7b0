"""Still more of how governments write what their documents are and how their tables and lists run,
each rule on a small example written for it (issue 14)."""
from __future__ import annotations

import pytest

from graph import schema

from tests.test_layouts_written import facts, read, task_props


@pytest.mark.parametrize("text,kind", [
    # a division of the 民生实事 alone is the list of pledges, whatever layout its table has
    ("2021年重大民生实事项目目标任务责任分解表\n序号项目名称主要内容分管领导牵头单位1增加教育资源供给新建学校12个。"
     "何某某教育局2促进就业稳定增长城镇新增就业15000人。何某某人社局\n", "commitment_table"),
    ("2023年区政府民生实事候选项目目标任务与责任分解表\n序号\n项目\n责任单位\n建设内容\n总投资\n（万元）\n1\n"
     "完善交通基础设施\n区住建局\n实施宏图路提升改造工程。\n48414\n2\n提升区域防洪能力\n区农业农村局\n实施河道整治工程。\n19311\n",
     "commitment_table"),
    # a notice dividing the report's targets and the 为民办实事 together is a division
    ("关于做好2018年政府工作报告主要目标任务和为民办实事的通知\n各乡镇人民政府：\n将各项工作任务分解（详见附件），现就有关事宜通知如下：\n"
     "一、落实责任\n各责任单位要制定计划。\n附件：1.2018年《政府工作报告》主要工作目标任务分解表\n2.2018年民生十件实事任务分解表\n",
     "division_plan"),
    # a division naming the key work beside the pledges is a division
    ("2020年政府工作报告重点工作责任分解\n十方面民生实事责任分解\n一、某某市长主抓重点工作\n1.地区生产总值增长6%。\n"
     "牵头单位：市发改委\n", "division_plan"),
])
def test_a_division_of_the_pledges_alone_is_a_list_of_pledges(text, kind):
    assert read(text)[0] == kind


@pytest.mark.parametrize("text,kind", [
    # a title broken after 关于印发…政府工作报告 names the notice issuing the report's division, not the report
    ("梁平府办发〔2021〕12号\n某某区人民政府办公室\n关于印发2021年区政府工作报告\n目标任务分解方案的通知\n各乡镇人民政府：\n"
     "《2021年区政府工作报告目标任务分解方案》已经区政府同意，现印发给你们，请认真贯彻执行。\n一、高度重视，抓好落地落实。\n", "division_plan"),
    # a covering notice naming the division it issues, its title left out
    ("各乡镇人民政府、县直各单位：\n《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。\n"
     "一、强化责任落实。县政府重点工作任务实行县政府分线领导牵头负责制。\n", "division_plan"),
    # … or saying, after a long preamble, that it has named who leads each task
    ("某政办发〔2010〕153号\n各县（区）人民政府，市政府各部门：\n" + "《意见》是又一重大战略决策，具有很强的指导性和可操作性。" * 20
     + "\n为了认真做好《意见》的贯彻落实，对《意见》涉及我市的主要工作目标进行了细化，提出了136项具体任务，"
     "明确了牵头单位、责任部门和市政府责任领导，现予印发，请认真组织落实。\n", "division_plan"),
])
def test_a_covering_notice_issuing_a_division(text, kind):
    assert read(text)[0] == kind


def test_a_notice_citing_a_division_it_follows_is_not_one():
    text = ("各县（区）人民政府：\n根据《省政府办公厅印发某某意见主要任务分工方案的通知》精神，结合我市实际，制定本实施方案。\n"
            "一、总体要求\n坚持问题导向，推动高质量发展。\n")
    assert read(text)[0] != "division_plan"


@pytest.mark.parametrize("text", [
    # a chronicle that names itself 每日记事, its entries bulleted under one day
    "（2021年每日记事）\n7月15日\n●外国驻华使节团到某市访问。\n●张某某、李某某分别参加所在党小组专题组织生活会。\n"
    "●某市城乡建设品质提升现场会在某县召开。\n",
    # a lead dated over two days written once (7月15至16日)
    "7月15至16日，省委党校专家组赴某县开展乡村振兴调研。\n某县委书记王某某，县委副书记李某某陪同调研或座谈。\n"
    "15日上午，调研组一行召开见面座谈会，随后进行实地考察调研。\n",
])
def test_more_news_forms(text):
    assert read(text)[0] == "news"


def test_an_action_plan_whose_preamble_names_its_division_of_tasks():
    text = ("某省推进某某建设领导小组印发《某省推进某某建设三年行动计划（2018-2020年）》\n来源: 某省发展和改革委员会\n"
            "为深入推进某某规划纲要贯彻实施，进一步明确我省今后三年重点任务和责任分工，制定本计划（列在任务分工首位的为牵头单位，其他为主要参加单位）。\n"
            "一、优化提升空间发展格局\n（一）推进重大平台建设。加快建设合作区。（省发展改革委、省商务厅）\n"
            "（二）完善城市群布局。推动中心城市协同发展。（省住房城乡建设厅、省自然资源厅）\n")
    kind, ex = read(text)
    assert kind == "action_plan"
    assert ("(一)", "省发展改革委", "lead") in facts(ex) or ("（一）", "省发展改革委", "lead") in facts(ex)


def test_a_report_that_the_pledges_are_all_done():
    text = ("关于2024年某某区十件民生实事完成情况的通报\n根据区政府重点工作分工的意见要求，各责任单位扎实推进区十件民生实事办理工作。\n"
            "2024年区十件民生实事共25项内容，已全部完成年度任务。现将完成情况予以通报（具体见附件）\n")
    assert read(text)[0] == "progress_report"


# A table one cell a line, each cell's closing rule on a line of its own; a bare 项目 column groups the
# tasks of the column after it; a merged leader cell is left empty under its first row; ★ marks a unit.
RULES_ON_THEIR_OWN_LINES = """区政府2024年重点工作目标任务分解落实方案
序号
|
项目
|
重点工作目标任务
|
牵头领导
|
责任单位
|
一、2024年全区经济社会发展主要预期目标
|
||||
1
|
主要预期目标
|
1.地区生产总值增长5%以上。
|
钱 宇
|
★区发改委、统计局
|
2.一般公共预算收入同口径增长6%以上。
|
★区财政局、税务局
|
|||
2
|
对外开放
|
3.进出口总额稳中有升。
|
方 勇
|
★区商务局
|
||
"""


def test_cells_each_closed_by_a_rule_on_its_own_line():
    kind, ex = read(RULES_ON_THEIR_OWN_LINES)
    assert kind == "division_plan"
    texts = {e.props["text"]: e.props for e in ex.entities if e.label == schema.TASK}
    assert len(texts) == 3 and not any("主要预期目标" in t or "对外开放" in t for t in texts)
    assert texts["3.进出口总额稳中有升。"]["section"] == "对外开放"
    got = {(n, r) for _, n, r in facts(ex)}
    assert {("钱宇", "lead"), ("区发改委", "responsible"), ("区财政局", "responsible"), ("区商务局", "responsible"),
            ("方勇", "lead")} <= got
    assert not any(n.startswith("★") for n, _ in got)


def test_a_phrase_a_unit_follows_is_the_task_not_its_group():
    text = ("序号\n项目\n类别\n具 体 内 容\n牵头\n部门\n完成\n时间\n108\n继续全面推进素质教育\n教育局\n2010年\n"
            "109\n深化推进二期课程教材改革\n教育局\n2010年\n")
    kind, ex = read(text)
    assert {p["text"] for p in task_props(ex).values()} == {"继续全面推进素质教育", "深化推进二期课程教材改革"}


@pytest.mark.parametrize("text,kind", [
    # a page a portal files under 政策解读 that issues the plan itself is the plan
    ("政策解读:某市安全生产治本攻坚三年行动方案(2024—2026年)\n各县（区）安委会，市级有关部门：\n"
     "现将《某市安全生产治本攻坚三年行动方案（2024—2026年）》印发你们，请结合实际，认真抓好贯彻落实。\n"
     "某市安全生产委员会\n2024年3月7日\n", "action_plan"),
    # a draft that says it makes the measures that follow
    ("为促进新市民安居乐业，结合本市实际，起草形成了政策举措（征求意见稿）。现向社会公开征求意见。\n"
     "为深入践行人民城市理念，着力提升城市服务保障水平，制定如下政策举措。\n1.促进高质量充分就业。完善就业服务。\n"
     "2.加强住房保障。扩大保障性租赁住房供给。\n", "action_plan"),
    # a notice issuing the pledged projects under a plan's name is their list
    ("经市政府同意，现将2024年十个方面30项为民实事实施方案印发给你们，请认真组织实施。\n一、为民实事主要任务\n"
     "1.开通运营地铁线路。开通运营地铁8号环线。\n2.新开调整公交线路。新开、调整公交线路80条。\n", "commitment_table"),
])
def test_a_notice_issuing_its_plan_by_name(text, kind):
    assert read(text)[0] == kind


def test_a_projects_own_fields_and_a_dotted_name_with_its_post_in_brackets():
    text = ("某县2026年乡村振兴补助资金项目公示\n现将项目有关情况公示如下：\n"
            "1.某县2026年洛克乡种植业基地配套建设项目：投资340万元。建设内容：新建防渗渠4公里。\n"
            "项目责任领导：努尔买买提·阿布来提（县人大常委会四级调研员）\n项目责任单位：洛克乡、水利局\n项目责任人：张海龙、王平\n"
            "2.某县2026年宗朗乡种植业基地配套建设项目：投资340万元。建设内容：新建防渗渠4公里。\n"
            "项目责任领导：李某某（副县长）\n项目责任单位：宗朗乡、水利局\n项目责任人：吴维强\n")
    kind, ex = read(text)
    got = {(n, r) for _, n, r in facts(ex)}
    assert {("努尔买买提·阿布来提", "responsible"), ("洛克乡", "responsible"), ("水利局", "responsible"), ("张海龙", "responsible"),
            ("李某某", "responsible"), ("吴维强", "responsible")} <= got


def test_a_bracket_after_a_cell_that_names_no_post_is_no_person():
    from loaders.structure.annotation import person
    assert person("促进就业（3项）") == "" and person("张三（副县长）") == "张三"


def test_a_bracket_the_pages_end_cuts_inside_its_last_role_word():
    text = ("某省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n一、落实工作总体部署\n"
            "（一）主要预期目标。地区生产总值增长8%左右，投资增长11.5%（分管副省长、协管副秘书长负责，省发改委牵头，"
            "省经信委、省财政厅、省统计局等按职责分")
    kind, ex = read(text)
    got = {(n, r) for _, n, r in facts(ex)}
    assert got == {("省发改委", "lead"), ("省经信委", "responsible"), ("省财政厅", "responsible"), ("省统计局", "responsible")}


def test_an_office_in_charge_is_no_name():
    from loaders.structure.annotation import person
    assert person("分管副省长") == "" and person("协管副秘书长") == "" and person("王五副市长") == "王五"


def test_a_field_the_tasks_own_field_runs_on_from():
    text = ("2024年某县民生实事项目\n一、10万平方米老旧小区改造项目\n牵头单位:县住建局\n"
            "责任单位:莲塘镇任务目标:2024年计划改造完成莲水巷、橡西巷等住宅小区，改造总建筑面积不少于10万平方米。\n"
            "二、新建城市公园2个\n牵头单位:县城管局\n责任单位:向塘镇建设内容:新建公园2个。\n")
    kind, ex = read(text)
    got = {(n, r) for _, n, r in facts(ex)}
    assert got == {("县住建局", "lead"), ("莲塘镇", "responsible"), ("县城管局", "lead"), ("向塘镇", "responsible")}


def test_leader_and_unit_headers_over_paragraphs_with_a_sentence_of_their_own():
    text = ("某省人民政府关于印发2008年省人民政府工作目标责任分解的通知\n各市、县人民政府：\n"
            "现将2008年省人民政府工作目标责任分解安排如下：\n一、张某某省长负责的工作\n全面负责省人民政府工作任务的落实。\n"
            "（一）省监察厅牵头的工作\n加强行政监察工作，全面落实党风廉政建设责任制。\n（二）省审计厅牵头的工作\n全面加强审计工作。\n"
            "协同单位：省农业厅等省直有关部门和各市人民政府。\n")
    kind, ex = read(text)
    props = task_props(ex)
    assert props["(一)"]["text"] == "加强行政监察工作，全面落实党风廉政建设责任制。"
    assert facts(ex) == {("(一)", "张某某", "responsible"), ("(一)", "省监察厅", "lead"), ("(二)", "张某某", "responsible"),
                         ("(二)", "省审计厅", "lead"), ("(二)", "省农业厅", "support"), ("(二)", "各市人民政府", "support")}


def test_projects_told_with_the_units_that_answer_for_them():
    text = ("2024年，某县政府共征集议定为民办实事10项，全部办理完成。\n"
            "民生保障类4项实事中，由某县教育体育局负责的中考信息化提升项目投资475.7万元，已建设实验室各2间；"
            "由金贵镇、立岗镇负责的农村耕地恢复提升项目总投资1440万元，共平整改良土地1万亩。\n")
    kind, ex = read(text)
    tasks = {e.ref: e.props["text"] for e in ex.entities if e.label == schema.TASK}
    ents = {e.ref: e for e in ex.entities}
    got = {(tasks[r.target], ents[r.source].name, r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert ("中考信息化提升项目", "某县教育体育局", "responsible") in got
    assert {("农村耕地恢复提升项目", "金贵镇", "responsible"), ("农村耕地恢复提升项目", "立岗镇", "responsible")} <= got


def _region(text: str) -> str:
    return read(text)[1].document.region


@pytest.mark.parametrize("text,region", [
    # a page's source fields: an office without its place first, the place after
    ("• 发布机构:县人民政府办公室\n• 公开方式:政府网站\n2021年县政府重点工作任务分解(华政发〔2021〕2号)\n来源:华容县政府   2021-03-23 10:56\n"
     "各乡镇人民政府、县直各单位：\n一、强化责任落实。\n1.全县生产总值增长7%。（县发改局牵头，县统计局配合）\n", "湖南省/岳阳市/华容县"),
    # an issuer named over a 关于…的意见 (behind a site's breadcrumb)
    ("600字范文 > 湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n"
     "省政府各厅委：\n一、落实工作总体部署\n（一）主要预期目标。地区生产总值增长8%左右（省发改委牵头，省统计局配合）。\n", "湖南省"),
    # a title opening with 关于 and its year before the region
    ("关于2024年阳东区十件民生实事完成情况的通报\n2024年区十件民生实事共25项内容，已全部完成年度任务。\n", "广东省/阳江市/阳东区"),
    # a name a mainland county shares with 台湾省: a 人民政府 is the mainland's; a signature dated by the month
    ("2021年县委、县政府为民办实事工作计划\n中共连江县委\n连江县人民政府\n2021年2月\n一、人居环境提升工程\n"
     "1.实施老旧小区改造提升。（县城投公司牵头，县住建局配合）\n", "福建省/福州市/连江县"),
])
def test_where_a_document_says_it_is_from(text, region):
    assert _region(text) == region


def test_a_by_line_that_drops_its_次():
    text = ("政府工作报告\n——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n东乌旗人民政府代旗长 周玉龙\n（2022年1月5日）\n各位代表：\n"
            "现在，我代表旗人民政府向大会报告工作，请予审议。\n一、过去四年工作回顾\n四年来，我们砥砺奋进。\n")
    kind, ex = read(text)
    assert kind == "work_report" and ex.document.region == "内蒙古自治区/锡林郭勒盟/东乌珠穆沁旗"


@pytest.mark.parametrize("text,region", [
    # a township's congress in session, told in the lead: the township, under the one county that has it
    ("5月12日，牛镇镇胜利召开了第十四届人民代表大会第四次会议。大会应出席的正式代表52名，实到代表48名。\n"
     "会议由镇人大主席王某某主持，镇长李某某作政府工作报告。\n", "安徽省/安庆市/太湖县/牛镇镇"),
    ("高行镇第四届人民代表大会第八次会议选出新镇长\n8月18日下午，高行镇召开第四届人民代表大会第八次会议。镇党委书记张某某主持会议。\n",
     "上海市/浦东新区/高行镇"),
    # a lead telling who published the document
    ("近日，渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案，共细分出171项目标任务。\n"
     "一、稳增长\n1.地区生产总值增长5%左右。（区发展改革委牵头，区统计局配合）\n", "重庆市/渝中区"),
    # a national-level new area governed like a region
    ("雄安新区2023年民生工程实施方案\n为深入贯彻党的二十大精神，制定本方案。\n一、主要任务\n"
     "1.城乡居民基本医疗保险。（新区公共服务局牵头）\n", "河北省/雄安新区"),
])
def test_where_news_and_notices_say_they_are_from(text, region):
    assert _region(text) == region


def test_a_section_of_members_is_no_person():
    from loaders.structure.annotation import person
    assert person("部门委员") == "" and person("单位主任") == "" and person("张三委员") == "张三"


def test_a_press_conference_is_an_event():
    text = ("1月9日，某市十七届人大二次会议票决确定2023年度10件民生实事项目。下午，市政府召开新闻发布会，"
            "市委常委、常务副市长李某某介绍项目有关情况。市教育局、民政局负责人分别答记者问。\n")
    assert read(text)[0] == "news"


def test_a_convention_naming_the_list_it_governs_and_a_bare_list_in_groups():
    text = ("某省推进某某建设三年行动计划（2018-2020年）\n为深入推进某某规划纲要贯彻实施，制定本计划（列在任务分工首位的为牵头单位，其他为主要参加单位）。\n"
            "一、优化提升空间发展格局\n1.构建网络化空间格局。加快两岸融合互动发展。（省发展改革委，省工业和信息化厅、省交通运输厅，大湾区内地各市）\n")
    kind, ex = read(text)
    assert {(n, r) for _, n, r in facts(ex)} == {("省发展改革委", "lead"), ("省工业和信息化厅", "support"), ("省交通运输厅", "support"),
                                              ("大湾区内地各市", "support")}


# One cell a line under 序号 / 事项分类 / 事项名称 / 项目内容 / 牵头单位 / 协同单位: a category merged over its rows is written
# once, a name may end as a unit's would (新建村卫生室), and the content (the task) follows the name.
CATEGORY_NAME_CONTENT = """2024年某区政府民生实事任务分解方案
序号
事项分类
事项名称
项目内容
牵头单位
协同单位
1
打造区域教育高地
新（改、扩）建一批中小学校
实施新（改、扩）建中小学校5家。
区教体局
东孝街道
区发改局
2
中小学校清廉阳光厨房建设
对28所中小学校食堂安装数字化验收平台。
区教体局
/
3
“医”心为民工程
新（改）建村卫生室
新（改）建村卫生室80家。
区卫健局
各乡镇（街道）
"""


def test_a_category_a_name_and_its_content_before_the_units():
    kind, ex = read(CATEGORY_NAME_CONTENT)
    texts = {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert texts == {"1": "实施新（改、扩）建中小学校5家。", "2": "对28所中小学校食堂安装数字化验收平台。", "3": "新（改）建村卫生室80家。"}
    assert facts(ex) == {("1", "区教体局", "lead"), ("1", "东孝街道", "support"), ("1", "区发改局", "support"),
                         ("2", "区教体局", "lead"), ("3", "区卫健局", "lead"), ("3", "各乡镇（街道）", "support")}


def test_a_label_glued_to_its_items_heading():
    text = ("2022年县委、县政府为民办实事事项4月份进展情况通报\n截至4月底，为民办实事12项事项已完成1项，9项事项正在有序推进。\n一、进展情况\n"
            "（一）适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会\n截至4月1日，已完成1剂次接种，完成率100%。\n"
            "（二）新生儿先天性心脏病筛查与诊治牵头责任部门:县卫生健康委员会截至4月28日，已完成筛查263人。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert {(n, r) for _, n, r in facts(ex)} == {("县卫生健康委员会", "lead")} and len(facts(ex)) == 2


def test_a_report_to_the_session_under_its_own_title_whose_by_line_drops_the_sessions_number():
    text = ("关于延边朝鲜族自治州2020年预算执行情况和2021年预算草案的报告\n——2021年1月12日在延边朝鲜族自治州第十五届人民代表大会第次会议上\n"
            "州财政局局长 文金哲\n各位代表：\n受州人民政府委托，现将2020年预算执行情况和2021年预算草案提请大会审议。\n"
            "一、2020年预算执行情况\n2020年，全州一般公共预算收入完成54亿元。\n")
    kind, ex = read(text)
    assert kind == "work_report" and ex.document.region == "吉林省/延边朝鲜族自治州"
    assert ex.document.title.startswith("关于延边朝鲜族自治州2020年预算执行情况")


@pytest.mark.parametrize("text,region", [
    # a township holding a meeting, told in the lead
    ("8月4日晚，牛镇镇召开2021年度民生工程推进会。会议通报了2021年上半年民生工程推进情况。镇党委书记王某某出席会议并讲话。\n",
     "安徽省/安庆市/太湖县/牛镇镇"),
    ("新化新闻网讯（通讯员 曹某）11月16日，游家镇在该镇五楼会议室组织召开六届人大一次会议。会议由镇人大主席王某某主持。\n",
     "湖南省/娄底市/新化县/游家镇"),
    # a generic page telling who issued the document it explains
    ("2024年3月28日，高唐县人民政府印发了《2024年政府工作报告目标任务分工方案》的通知。方案共分解任务120项。\n", "山东省/聊城市/高唐县"),
    # a title broken over lines, its region on the first
    ("立山区政府2023年重点工作\n任务分解和责任分工方案\n为全面贯彻落实党的二十大精神，制定本方案。\n"
     "一、经济发展\n1.地区生产总值增长6%。（牵头单位：区发改局；责任单位：区统计局）\n", "辽宁省/鞍山市/立山区"),
])
def test_more_places_documents_name_as_their_own(text, region):
    assert _region(text) == region


@pytest.mark.parametrize("text,kind", [
    # a plan of the year's 民生实事 themselves is their list; a 民生工程实施方案 stays a plan
    ("某区人民政府办公室\n关于印发某区2025年重点民生实事工作目标任务与实施方案的通知\n各乡、镇人民政府：\n"
     "《某区2025年重点民生实事工作目标任务》已经区政府同意，现印发给你们。\n", "commitment_table"),
    ("某县2023年民生工程实施方案\n一、主要目标\n二、主要任务\n（一）城乡居民基本医疗保险。提高财政补助标准。\n", "action_plan"),
    # a report to the standing committee on how an audit's findings were put right
    ("关于2020年度市本级预算执行审计查出问题整改情况的报告\n——2021年12月28日在市人大常委会会议上\n市审计局局长 李某某\n"
     "主任、各位副主任、各位委员：\n受市人民政府委托，向市人大常委会报告审计查出问题的整改情况。截至目前，已整改40项，整改金额2亿元。\n",
     "progress_report"),
    # a monthly progress report of key projects
    ("某市工程项目代理建设服务中心重点项目建设进度月报（8月）\n2023年，根据市委、市政府安排，中心承担重点项目12个。"
     "截至8月底，已完工3个，正在推进9个。\n", "progress_report"),
])
def test_lists_of_pledges_and_reports_of_how_things_stand(text, kind):
    assert read(text)[0] == kind


def test_a_lead_responsible_unit_and_padded_names_run_together():
    text = ("2024年《政府工作报告》重点工作目标任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
            "80 |\n加大普惠性托育供给，新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
            "81 |\n保障职业学院秋季开学，支持职业教育发展。 |\n陆 明俞 悦 |\n县教育局 |\n县各有关单位 |\n")
    kind, ex = read(text)
    assert facts(ex) == {("80", "俞悦", "responsible"), ("80", "县教育局", "lead"), ("80", "县各有关单位", "responsible"),
                         ("81", "陆明", "responsible"), ("81", "俞悦", "responsible"), ("81", "县教育局", "lead"),
                         ("81", "县各有关单位", "responsible")}


def test_local_news_naming_the_country_in_passing_is_not_national():
    text = ("张某某主持召开2024年市政府第一次全体会议\n2月1日，市委副书记、市长张某某主持召开2024年市政府第一次全体会议，"
            "研究讨论《政府工作报告（征求意见稿）》。会议指出，今年是中华人民共和国成立75周年，要深入学习总书记对山西工作的重要讲话精神。\n")
    assert _region(text) == "山西省"


def test_a_list_of_pledges_that_will_weigh_how_they_go_is_no_progress_report():
    text = ("快看！2023年市级民生实事清单\n近日，市委、市政府印发了2023年22件市级民生实事项目清单。我市将按月制定序时进度，"
            "并将项目实施情况纳入目标绩效管理考核体系。\n一、城建综合治理类\n1.第二水源水厂及配套管网建设项目\n建设一座日供水30万吨的净水厂。\n"
            "责任单位：市住房和城乡建设委、水务集团。\n2.火车站站前广场改建项目\n新建下穿通道1400米。\n责任单位：市住房和城乡建设委、交发集团。\n")
    assert read(text)[0] == "commitment_table"


def test_a_category_column_before_the_tasks_in_a_header():
    text = ("序号\n类别\n项目名称\n牵头单位\n完成情况\n1\n就业促进\n促进重点群体稳定就业\n县人社局\n已完成96%\n"
            "2\n社会保障\n提高城乡低保标准\n县民政局\n已完成100%\n")
    kind, ex = read(text)
    texts = {e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert texts == {"促进重点群体稳定就业", "提高城乡低保标准"}
    assert {(n, r) for _, n, r in facts(ex)} == {("县人社局", "lead"), ("县民政局", "lead")}


@pytest.mark.parametrize("text,kind", [
    # a notice dividing the report's targets and tasks and handing them down (予以分解下达)
    ("甘政发〔2022〕9号\n各市、自治州人民政府，省政府各部门：\n为全面完成《政府工作报告》确定的各项目标任务，省政府决定，"
     "将《政府工作报告》主要指标和重点任务予以分解下达。现将有关事项通知如下：\n一、统一思想抓落实。\n", "division_plan"),
    # a news lead dated with 号
    ("2月18号，十七届县人民政府第80次常务会议召开。\n县委副书记、县长赖某某主持会议，在家的县政府领导班子成员出席会议，"
     "县人大常委会有关领导列席会议。会议听取并审议了《2021年政府工作报告（送审稿）》。\n", "news"),
])
def test_a_division_handed_down_and_a_lead_dated_with_号(text, kind):
    assert read(text)[0] == kind
