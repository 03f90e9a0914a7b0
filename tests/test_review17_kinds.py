"""Guards for the review (rev17) of the kind rules added in round 62 (helper kind7), items 6, 7, 8 and 11: each test is
the reviewer's input (or one like it) that one of those rules misread."""
from __future__ import annotations

from tests.test_layouts_written import read


# rev17 #6: a plan whose title names a plan of its own (农村供水保障工程实施方案) is that plan, though its opening names the
# year's 民生实事 among its purposes.
def test_a_titled_plan_serving_the_pledges_stays_an_action_plan():
    text = ("关于印发《宁远县2024年农村供水保障工程实施方案》的通知\n各乡镇人民政府，县直有关单位：\n"
            "为扎实办好2024年民生实事，推进城乡供水一体化，特制定本实施方案。\n"
            "一、新建改造农村供水工程20处。（县水利局负责）\n二、完成水质检测全覆盖。（县卫健局负责）\n三、落实管护资金。（县财政局负责）\n")
    assert read(text)[0] == "action_plan"
    assert read(text.replace("特制定本实施方案", "制定本方案"))[0] == "action_plan"


def test_plans_pledges_needs_the_pledges_as_what_the_plan_is_made_for():
    from loaders.kinds.plan_detection import plans_pledges
    assert not plans_pledges("关于印发《宁远县2024年农村供水保障工程实施方案》的通知\n"
                             "为扎实办好2024年民生实事，推进城乡供水一体化，特制定本实施方案。\n")
    assert plans_pledges("为高质高效推动2025年为民实事，特制定本实施方案。")


# rev17 #7: a plan of measures may open on 根据…/结合…实际/现就…提出, not only on 为….
def test_measures_opening_on_根据_or_现就_stay_a_plan_of_measures():
    text = ("关于进一步做好稳就业工作的通知\n各县区人民政府，市直各部门：\n"
            "根据省政府办公厅《关于进一步稳就业的通知》精神，结合我市实际，现就有关事项通知如下：\n"
            "一、加大企业吸纳就业补贴力度。（市人社局、市财政局负责）\n二、支持高校毕业生创业。（市人社局负责）\n"
            "三、开发公益性岗位。（市人社局、市民政局负责）\n")
    assert read(text)[0] == "action_plan"
    text = ("当前，我市正处于转型发展关键期。现就加快推进数字经济发展提出以下措施。\n"
            "1.建设5G基站2000个。（市工信局牵头，各县区政府负责）\n2.培育数字经济企业100家。（市工信局负责）\n3.建设数据中心。（市发改委负责）\n")
    assert read(text)[0] == "action_plan"


# rev17 #8: brackets naming who answers make no progress report where only the opening asks to be told the progress.
def test_bracketed_units_under_an_opening_asking_for_progress_are_no_progress_report():
    text = ("为加快推进城乡教育优质均衡发展，结合我市实际，制定如下措施。各责任单位要于每月25日前报送工作进展情况，市政府督查室按月通报完成情况。\n"
            "（一）新建改扩建中小学校10所。（市教育局负责）\n（二）新增学位8000个。（市教育局负责）\n（三）完成校舍安全改造。（市住建局负责）\n（四）保障建设资金。（市财政局负责）\n")
    assert read(text)[0] == "action_plan"


# rev17 #11: numbered exhortations after 民生实事 (要加快…；要强化…, 加强组织领导) are no list of pledges.
def test_exhortations_after_the_pledges_are_not_their_list():
    news = ("市人大常委会视察民生实事项目\n本报讯 11月20日，市人大常委会副主任李某率视察组视察我市民生实事项目推进情况。视察组指出：\n"
            "(1)要加快项目建设进度；\n(2)要强化资金保障；\n(3)要加强项目监管。\n市政府副市长张某陪同视察。\n")
    assert read(news)[0] != "commitment_table"
    assert read(news.replace("(1)", "1.").replace("(2)", "2.").replace("(3)", "3."))[0] != "commitment_table"
    measures = ("为确保省民生实事农村公路建设任务按期完成，结合我县实际，提出如下工作措施：\n"
                "(1)加强组织领导。成立工作专班，由县交通运输局牵头负责。\n(2)强化资金保障。县财政局按时拨付资金。\n(3)加强质量监管。县交通运输局负责全过程监管。\n")
    assert read(measures)[0] != "commitment_table"


def test_pledged_works_numbered_after_the_pledges_are_still_their_list():
    from loaders.kinds.plan_detection import pledges_listed
    assert pledges_listed("某省2020年“十件民生实事”出炉\n将着力办好以下“十件民生实事”。\n"
                          "(1)建设100所公办幼儿园。\n(2)为全省65岁以上老年人免费体检一次。\n(3)对40万贫困劳动力开展技能培训。\n")
    assert not pledges_listed("市人大常委会视察民生实事项目\n视察组指出：\n(1)要加快项目建设进度；\n(2)要强化资金保障；\n(3)要加强项目监管。\n")


# rev17 #8, the same opening over fields: progress a body is to report at set times (按月通报完成情况) is asked for, not told.
def test_fields_under_an_opening_asking_for_progress_by_month_are_no_progress_report():
    text = ("为加快推进城乡教育优质均衡发展，结合我市实际，制定如下措施。各责任单位要于每月25日前报送工作进展情况，市政府督查室按月通报完成情况。\n"
            "（一）新建改扩建中小学校10所。（牵头单位：市教育局）\n（二）新增学位8000个。（牵头单位：市教育局）\n"
            "（三）完成校舍安全改造。（牵头单位：市住建局）\n（四）保障建设资金。（牵头单位：市财政局）\n")
    assert read(text)[0] == "action_plan"
