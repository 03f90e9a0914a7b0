"""Kinds told by how Chinese government writing marks them, each rule on a small example written for it (helper kind6):
a reporter quoting someone (…”张三说。) and a meeting told in one sentence (…日，…会议在…召开，…出席并讲话) are news
with no dateline; a piece that tells in figures how far its projects have gone (开工率, 完成投资, 完成年度计划投资的…%)
is a progress report, whoever wrote it."""
from __future__ import annotations

from tests.test_layouts_written import read


def test_a_feature_quoting_people_is_news_without_a_dateline():
    text = ("搬出大山过上好日子\n"
            "　　两年前，某县某镇村民王大山一家搬下山，住进了新村的安置房。\n"
            "　　“以前出门全靠走，现在家门口就能打工。”王大山说。村里组织党员结对帮扶，帮他找到了稳定的工作。\n"
            "　　“帮扶不是一阵子，要稳得住、能致富。”镇党委书记刘明介绍，全镇已有120户搬迁户实现就业。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert "刘明" in {e.name for e in ex.entities if e.label == "Leader"}


def test_a_gloss_on_a_quotation_is_no_reporter():
    # (a report's 这就是说 after a quotation quotes no one)
    text = ("关于某项工作的说明\n"
            "文件指出：“要逐步完善有关制度。”这就是说，我们要按照规定推进各项工作。\n"
            "一、总体要求\n坚持统筹推进，分步实施。\n")
    kind, _ = read(text)
    assert kind != "news"


def test_a_meeting_told_in_one_sentence_is_news():
    text = ("为使常委会组成人员全面了解市政府工作报告中承诺的各项实事进展情况，切实加强人大代表与政府部门之间的联系沟通，促进人大代表对全市经济社会发展建言献策，2023年12月15日，"
            "市政府为民实事落实情况汇报会在市政府会议室召开，市人大常委会主任张建国出席并讲话，副市长李明代表市政府作汇报。\n"
            "会后，与会人员视察了城区安居工程。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert {"张建国", "李明"} <= {e.name for e in ex.entities if e.label == "Leader"}


def test_project_progress_told_in_figures_is_a_progress_report():
    text = ("某日报9月2日讯 今年以来，某市全力推进省重点项目建设。\n"
            "全市列入省重点项目计划的项目共14个，总投资84.9亿元。截至8月底，开复工12个，开复工率86%，完成投资9.68亿元，"
            "完成年度计划投资的28%。其中，沿边公路项目完成投资4.43亿元，完成年度计划投资的90%；"
            "灌区配套工程完成投资0.97亿元，完成年度计划投资的82.9%。\n")
    kind, _ = read(text)
    assert kind == "progress_report"



def test_a_portals_column_is_not_the_documents_title():
    # (the breadcrumb 当前位置:首页 > 工作进展 and the column's name under it are the site's: the page is the list)
    text = ("当前位置:首页 > 工作进展\n工作进展\n2017年某区政府实事项目公布\n\n亲爱的市民:\n"
            "经过认真梳理论证，现将2017年区政府实事项目安排公布如下:\n\n2017年区政府实事项目安排\n\n"
            "一、新建2家综合为老服务中心、9家长者照护之家。\n二、完成旧住房综合改造50万平方米，已完成前期准备。\n"
            "三、新建公共停车位1000个，正在推进选址。\n四、新建改建公共厕所20座，已开工5座。\n")
    kind, _ = read(text)
    assert kind == "commitment_table"


def test_a_breadcrumb_ending_with_the_title_keeps_it():
    from loaders.kinds.plan_detection import title_lines
    text = "当前位置:首页>> 政策法规>> 某省人民政府关于2021年重点工作及责任分解的通知\n各市人民政府:\n现将有关事项通知如下。\n"
    assert "某省人民政府关于2021年重点工作及责任分解的通知" in title_lines(text).splitlines()


def test_a_headline_saying_a_meeting_was_held_is_news_of_it():
    # (the meeting was on the pledged projects and how they stand: news of the meeting all the same)
    text = ("某县召开“十件实事”推进会\n"
            "某市网讯(通讯员 王五)年初县政府向全县人民承诺着力办好“十件实事”。目前，“十件实事”进展如何？\n"
            "会上，承担“十件实事”的20多个责任单位分别作了汇报发言，介绍项目进展情况。截至目前，已完成6件，其余4件正在有序推进，"
            "农村公路已全部完工。\n在听取汇报后，县长赵六提出要求：各相关部门要加强协调，确保年底前全部完成。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert "赵六" in {e.name for e in ex.entities if e.label == "Leader"}


def test_a_meeting_of_deputies_on_the_pledges_is_no_congress_review():
    # (a headline broken over two lines: 召开…项目 / 人大代表会商会议)
    text = ("某街道召开2026年民生实事项目\n人大代表会商会议\n"
            "新年伊始，履职不辍。1月6日，某街道召开2026年民生实事项目人大代表会商会议。街道党工委书记孙七主持会议。\n"
            "会上，办事处副主任周八汇报了2025年民生实事项目的完成情况，与会代表对民生实事项目完成情况进行满意度测评。\n")
    kind, _ = read(text)
    assert kind == "news"


def test_a_notice_demanding_progress_reports_none():
    # (二、…确保办理进度: a notice's requirement on the year's 实事, not a report of how far they have gone)
    text = ("某县人民政府办公室关于认真办理2025年某县为民实事的通知\n\n"
            "今年，县政府确定了10件为民实事。为扎实推进为民实事办理工作，现就相关工作通知如下：\n\n"
            "一、加强组织领导，确保责任靠实。为民办实事工作要明确责任主体，推动实事项目顺利实施。\n\n"
            "二、加强统筹推进，确保办理进度。各乡镇各单位要制定详细的实事项目推进计划，确保按计划推进，对进度滞后的及时督办。\n\n"
            "三、加强督查考核，确保群众满意。力争提前完成全年任务。\n")
    kind, _ = read(text)
    assert kind != "progress_report"


def test_a_table_of_units_and_deadlines_is_a_division_of_tasks():
    # (责任科室 | 时限要求 under no title naming pledges: the tasks divided among units)
    text = ("序号\t具体要求\t责任科室\t时限要求\n"
            "1\t对行政规范性文件进行全面清理，并向社会公布目录。\t办公室\t年底前\n"
            "2\t积极做好政策解读工作，丰富解读形式。\t综合科\t持续推进\n"
            "3\t严格规范政府信息公开专栏，及时发布法定主动公开内容。\t信息科\t6月底前\n")
    _, ex = read(text)
    assert ex.document.kind == "division_plan"


def test_a_meeting_headline_with_what_it_did_after_it_is_news():
    # (a headline's second part after a space: 召开常务会议 研究部署安全生产等工作; no date in the piece)
    text = ("市政府召开常务会议 研究部署安全生产等工作\n"
            "会议指出，要牢固树立安全发展理念。会议强调，各级各部门要压实责任。市长王五主持会议，副市长赵六、钱七出席。\n"
            "会议还研究了其他事项。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert {"王五", "赵六", "钱七"} <= {e.name for e in ex.entities if e.label == "Leader"}


def test_a_responsible_field_run_on_after_its_measure_is_an_annotation():
    # (a page that lost its line breaks: the title, the preamble and the measures on one line, each measure closed by
    # 责任单位：… after its full stop)
    text = ("关于支持人才引进的十条意见。为落实市委、市政府的部署，结合本市实际，现提出以下意见。"
            "1.对来本市创新创业的高层次人才团队，经认定，给予100万元科研经费资助。责任单位：市委组织部、市科技局。"
            "2.对实际投资2亿元以上的招商项目，给予一次性奖励。责任单位：市商务局、市财政局。"
            "3.对新引进的博士研究生，给予每人5万元安家补贴。责任单位：市人社局。\n")
    kind, _ = read(text)
    assert kind == "action_plan"


def test_a_plan_named_for_the_work_it_pushes_is_an_action_plan():
    # (整治方案, 推进方案, 试点方案: a plan of measures by its name, as 实施方案 and 行动方案 are)
    for name in ("市区电动三轮车整治方案", "2020年农业结构调整工作推进方案"):
        text = (f"{name}\n为规范城市交通秩序，经市政府研究，决定开展专项整治。\n"
                "一、整治时间\n5月初至12月底。\n二、工作安排\n5月份，由市公安局、市市场监管局联合发布通告，依法查处违法行为。\n")
        kind, _ = read(text)
        assert kind == "action_plan", name


def test_a_title_naming_the_governments_key_work_of_a_year_is_its_division():
    # (the attached table cut before its units: nothing annotated to read by, the title says what it is)
    text = ("某区人民政府关于印发区政府2019年重点工作目标的通知\n\n区政府各委、办、局，各街道办事处：\n\n"
            "现将《某区人民政府2019年重点工作目标》印发给你们，请认真贯彻执行。\n\n"
            "主责部门和配合部门要自觉树立责任意识和大局意识，根据目标确定的总体要求，认真抓好落实。\n")
    kind, _ = read(text)
    assert kind == "division_plan"


def test_a_plans_targets_in_figures_are_no_progress_told():
    # (力争开工率达到95%，完成投资300亿元: targets, told reached by no date — 截至, 目前, 累计)
    from loaders.kinds.plan_detection import progress_figures
    plan = ("某市2024年重点项目建设工作方案\n"
            "一、工作目标\n全年安排市级重点项目120个，力争开工率达到95%以上，完成投资300亿元，完成年度计划投资的100%，"
            "竣工项目完成率达到90%。\n二、工作措施\n（一）强化要素保障。\n")
    assert not progress_figures(plan)
    # Told as reached by a date, they are progress; under a title naming the plan, its account of where things stood.
    told = plan.replace("全年安排", "截至9月底，全年安排").replace("力争开工率达到", "开工率")
    assert progress_figures(told.replace("某市2024年重点项目建设工作方案\n", "重点项目建设情况\n"))
    assert not progress_figures(told)
