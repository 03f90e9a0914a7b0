"""Kinds told by cues neither annotations nor a title give (helper kind9), each rule on a small example written for it:
an outlet's name and the day under a headline, or a dateline naming its place (某县讯), make a news page; so does a
party of officials out on a day, and a body's account of the measures it took (…采取多项措施，确保… / 一是…二是…); a
task's fields one label a line, each over its value, are a row of a division's table (a list of pledges' under 实事项目),
and a notice giving each project a leader of its own is a division; a body's account that the 议案 and 建议 handed to
it are all dealt with reports their progress, as does telling how the tasks set for a place stand; a plan's section
headings (三、主要任务) tell an action plan from a division of tasks; and a numbered section (三、责任分工) is no name
of the plan it stands in."""
from __future__ import annotations

from loaders.kinds import kind_cues, plan_detection
from tests.test_layouts_written import read


def test_an_outlets_name_and_day_under_a_headline_make_news():
    text = ("某镇扎实做好春季防汛工作\n\n"
            "要闻 时政 江南网 2018-05-09\n\n"
            "为确保安全度汛，全面做好我镇防汛准备，镇长李明、水利站站长王强等人检查了镇内3座水库的汛前准备情况。\n"
            "镇政府与各村签订了防汛责任书，切实把防汛工作落到实处。\n")
    assert kind_cues.press(text)
    assert read(text)[0] == "news"
    # (a government portal's name and the day publish a document: no outlet)
    assert not kind_cues.press("关于做好春季防汛工作的通知\n某省人民政府网 2018-05-09\n")


def test_a_party_of_officials_out_on_a_day_is_news():
    text = ("某镇认真做好秸秆禁烧工作\n\n"
            "为全面落实县委、县政府秸秆禁烧工作部署，副镇长张伟、农业站站长刘军等一行四人，于3月2日上午深入到各村检查禁烧工作。\n"
            "张伟对各村的禁烧工作作了具体安排：各村要加强巡查，发现火点及时扑灭。\n")
    assert kind_cues.event_told(text)
    assert read(text)[0] == "news"
    # (a plan saying what a party is to do, with no day, tells no event)
    assert not kind_cues.event_told("督查组一行要每月深入各村检查禁烧工作。\n")


def test_a_bodys_account_of_the_measures_it_took_is_news():
    text = ("某街道围绕创建文明城市目标，采取多项措施，确保创建工作取得实效。\n\n"
            "一是强化宣传引导。街道组织志愿者深入社区开展宣传活动，发放宣传册3000余份。\n\n"
            "二是狠抓环境整治。街道对辖区背街小巷开展集中整治，清理卫生死角120处。\n\n"
            "三是严格督查考核。街道成立督查组，对各社区创建工作逐一检查，及时通报。\n")
    assert kind_cues.measures_told(text)
    assert read(text)[0] == "news"
    # (a plan saying what is to be done is no account of what was done)
    assert not kind_cues.measures_told("某街道要采取多项措施，确保创建工作取得实效。\n一是强化宣传。\n二是狠抓整治。\n")


def test_a_tasks_fields_one_label_a_line_are_a_division():
    text = ("具体任务\n"
            "新建城区公办幼儿园2所，新增学位540个，秋季学期投入使用。\n"
            "责任单位\n"
            "教育局、住建局\n"
            "配合单位\n"
            "各街道\n"
            "完成时限\n"
            "9月底前完成\n")
    assert kind_cues.field_lines(text) == "具体任务"
    assert read(text)[0] == "division_plan"
    # (a pledge's row, 实事项目 / … / 责任单位 / …, is a list of pledges)
    assert read(text.replace("具体任务", "实事项目"))[0] == "commitment_table"
    # (a flattened table's header, its labels one after another, is no record of a task)
    assert not kind_cues.field_lines("序号\n具体任务\n责任单位\n完成时限\n1\n新建幼儿园2所\n教育局\n9月底\n")


def test_matters_handed_all_dealt_with_report_their_progress():
    text = ("县水利局高度重视人大代表议案、建议办理工作，把办理工作列入局重要议事日程，在规定时间内办结了所有承办的议案、建议。\n"
            "今年县水利局承办的8件人大建议已经全部办结，代表满意率100%。其中，关于加固某河堤防的建议，局里多次实地查看，"
            "已完成堤防加固3公里。\n")
    assert kind_cues.matters_handled(text)
    assert read(text)[0] == "progress_report"
    # (a notice asking that they be dealt with reports nothing)
    assert not kind_cues.matters_handled("各单位要认真办理人大代表议案、建议，确保议案全部办结，建议全部答复。\n")


def test_a_plans_section_headings_make_it_an_action_plan():
    text = ("  按照全市部署，构建全民阅读服务体系，建设书香城市。\n"
            "  三、主要任务\n"
            "  （一）阅读阵地建设工程\n"
            "  1.建设城市书房。在各区建设城市书房20处，实现街道全覆盖。（文旅局、各区政府）\n"
            "  2.建设农家书屋。提升农家书屋服务水平，每年更新图书10万册。（文旅局、农业农村局）\n"
            "  3.建设阅读平台。建设全市数字阅读平台，汇聚电子图书资源。（文旅局、大数据局）\n")
    assert plan_detection.score_action(text) >= 0.3
    assert read(text)[0] == "action_plan"


def test_a_numbered_section_is_no_name_of_the_plan():
    text = ("某县2020年人居环境整治工作推进方案\n"
            "为进一步推进全县人居环境整治，按照市里的任务分解，结合工作实际，特制定本方案。\n"
            "一、工作目标\n"
            "全年完成改厕任务3000户。\n"
            "二、责任分工\n"
            "县住建局：负责统筹农村危房改造工作。\n"
            "县卫健局：负责农村改厕技术指导。\n"
            "县财政局：负责落实整治资金。\n"
            "各乡镇：负责组织实施本辖区整治工作。\n")
    assert plan_detection.score_action(text) > plan_detection.score(text)
    assert read(text)[0] == "action_plan"


def test_how_the_tasks_set_for_a_place_stand_is_a_progress_report():
    text = ("今年市里下达某县保障性住房建设目标总任务数为600套，县政府已划分到单位，具体是：房产局200套，住建局300套，教育局100套。\n"
            "目前，房产局已建成150套，住建局已完成主体工程，教育局已全部完工并通过验收。\n"
            "来源：某某网\n作者：张三\n编辑：李四\n")
    assert kind_cues.tasks_standing(text)
    kind, ex = read(text)
    assert kind == "progress_report"
    # (read as a progress report's prose is: each body answers for its share)
    assert {e.name for e in ex.entities if e.label == "Department"} >= {"房产局", "教育局"}
    # (tasks set, their standing not told, report nothing)
    assert not kind_cues.tasks_standing("省里下达某县农村公路建设任务120公里，各乡镇要确保按期完成。\n")


def test_a_dateline_naming_its_place_is_the_press():
    text = ("某县启动城区道路改造\n"
            "某县讯 今年，某县把城区道路改造作为惠及群众的大事来抓，改造背街小巷12条。\n"
            "据了解，该工程总投资1.2亿元，计划年底前完工。\n")
    assert kind_cues.press(text)
    assert read(text)[0] == "news"
    # (a paragraph on the news in brief, 简讯, or a 通讯员's by-line is no dateline)
    assert not kind_cues.press("工作简讯\n简讯 某县召开会议。\n通讯员 李明\n")


def test_each_project_given_a_leader_is_a_division():
    text = ("某县人民政府关于2021年重点推进重大项目有关事项的通知各乡镇人民政府，县政府有关部门：为加快重大项目建设，经县政府研究，"
            "决定对5个重大项目予以重点推进。重点推进的重大项目实行县领导联系协调制，每个项目确定一位县领导协调解决推进中的困难和问题。"
            "附件：重点推进的重大项目情况表序号项目名称总投资牵头部门牵头县领导1城北污水处理厂项目12000县住建局张明\n")
    assert kind_cues.leader_each(text)
    assert read(text)[0] == "division_plan"
    # (a plan asking its bodies to name who answers, no leader given each project, divides nothing)
    assert not kind_cues.leader_each("各部门要明确牵头责任人，细化工作方案，落实具体责任分工。\n")
