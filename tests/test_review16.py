"""Misfires a review of the thirteenth session's kind, table and news rules found on written pages (rev16), each mended;
every test fails on the code before its mend."""
from __future__ import annotations

from loaders.kinds.plan_detection import convened, names_action
from loaders.kinds.progress_report import _told_progress
from loaders.structure.intents import will_do
from tests.test_layouts_written import read


def _bodies(sentence: str) -> list[str]:
    return [n.name.text for units, _ in will_do(sentence) for n in units]


def test_what_a_report_says_before_the_body_is_no_part_of_its_name():
    assert _bodies("会议明确县财政局将安排专项资金500万元。") == ["县财政局"]
    assert _bodies("据悉，县水利局将于汛前完成堤防加固。") == ["县水利局"]


def test_firms_named_like_bureaus_and_party_committees_pledges_charge_no_one():
    assert _bodies("南昌铁路局将加开旅客列车20对。") == []
    assert _bodies("据悉，县供电局将于春节前对城区线路进行检修。") == []
    assert _bodies("全会指出，市委将坚持以人民为中心的发展思想。") == []
    # (a traditional page's 將 is read as 将 is)
    assert _bodies("縣財政局將安排專項資金500萬元。") == ["縣財政局"]


def test_a_plans_account_of_where_things_stood_keeps_it_a_plan():
    plan = ("某县2024年重大项目建设攻坚方案\n一、基本情况\n截至2023年底，全县重大项目累计完成投资120亿元，开工率92%，"
            "完成年度计划投资的105%，竣工项目完成率90%。\n二、主要措施\n（一）加快前期工作（县发改局牵头，县自然资源局配合）\n"
            "（二）强化要素保障（县财政局牵头，县金融办配合）\n")
    assert read(plan)[0] == "action_plan"


def test_a_work_summary_quoting_someone_is_no_news():
    text = ("县农业农村局2023年工作总结\n一、主要工作\n6月10日，全县高标准农田建设现场会在城关镇召开，副县长王某出席并讲话。"
            "“今年的收成比去年好多了。”王某说。\n二、下步打算\n县农业农村局将会同县财政局落实种粮补贴。\n")
    assert read(text)[0] != "news"


def test_affordable_housing_progress_is_progress_told():
    assert _told_progress("2023年全市保障性住房建设进展情况")
    assert not _told_progress("确保办理进度")


def test_a_notice_convening_a_meeting_holds_none():
    assert not convened("关于召开2023年民生实事项目人大代表满意度测评会议的通知\n各位代表：\n")
    assert convened("汝南县召开十件实事推进会\n本报讯…\n")


def test_a_reply_approving_a_plan_is_no_plan():
    assert not names_action("某市人民政府关于同意某县智慧城市建设方案的批复")
    assert names_action("某县智慧城市建设方案")
