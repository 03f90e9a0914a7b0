"""News and 大事记 read as news: each form on a small example written for it."""
from __future__ import annotations

import pytest

from loaders.registry import detect
from loaders.reading.source import from_bytes


@pytest.mark.parametrize("text", [
    # a dateline
    "市长调研重点项目\n本报3月2日讯 市长张建国到高新区调研，强调要抓好项目建设。副市长李明华陪同。\n",
    # a date heading the page, then the event
    "副县长召开推进会\n时间:2022-04-01 10:19:56\n3月31日下午，副县长王立新召开推进会并讲话。县财政局、水利局参加会议。\n",
    # a paragraph opening with the event's date
    "代表团赴外地学习考察\n6月12日至13日，省党政代表团在外地学习考察，并召开座谈会。省委书记张建国主持会议并讲话，省长李明华出席。\n",
    # a chronicle: entries that open with their day, in digits or in Chinese numerals
    "8月\n1—2日 联席会议在市里召开。省政协主席张建国出席并讲话。\n7日 副省长李明华率队调研。\n17日 省委书记王立新到市里调研。\n",
    "省人民政府大事记\n（2011年6月）\n一日 省长张建国会见客人，并出席开工仪式。\n三日 副省长李明华出席会议并讲话。\n五日 全省工作会议召开。\n",
    # an inspection: a dated lead, the leader's party (一行) and what they looked at, in traditional characters
    "市領導督導重點項目\n7月22日下午,市委常委、副市長張建國帶領市直有關部門來區督導重點項目。\n"
    "張建國一行先后到工地了解工程建設進展,并與項目負責人現場辦公。\n區委書記李明華、區長王立新一同參加活動。\n",
])
def test_news_and_chronicles_are_news(text):
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind == "news"


def test_a_notice_with_a_date_but_no_event_is_not_news():
    text = "关于做好安全生产工作的通知\n时间：2022-04-01\n各单位：请认真做好安全生产工作，确保平稳。\n"
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind == "generic"


def test_kg_load_v_says_why_each_document_was_read_as_its_kind(tmp_path):
    from typer.testing import CliRunner
    from kg.cli import app
    (tmp_path / "n.txt").write_text("关于做好安全生产工作的通知\n各单位：请认真做好安全生产工作。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["load", "-v", "--db", str(tmp_path / "kg.lbdb"), str(tmp_path / "n.txt")])
    assert result.exit_code == 0
    assert "n.txt: generic: no kind scored 0.30 or more (" in result.output and "0.00)" in result.output


@pytest.mark.parametrize("text", [
    # a notice addressed to its recipients, with a meeting in it
    "各省、自治区、直辖市工业和信息化主管部门：\n2022年3月1日，部里召开会议，主持研究并部署工作，有关司局参加会议并讲话。现将有关事项通知如下。\n",
    # a portal's header table above a policy
    "发文机关：\n国务院\n成文日期：\n2019年01月27日\n发文字号：\n国发〔2019〕5号\n国务院关于推进某项工作的意见\n会议召开后，各地出席、参加并讲话。\n",
])
def test_official_documents_are_not_news(text):
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind != "news"


def _document(text: str):
    """What kg reads of a text about itself (its kind's metadata)."""
    from loaders.recognisers.lexicon import default_lexicon
    doc = from_bytes(text.encode("utf-8"), "n.txt")
    return detect(doc).parse(doc, default_lexicon()).document


@pytest.mark.parametrize("line,date", [
    ("发布时间:2023-12-29  来源:本市日报", "2023-12-29"),
    ("时间：2021/3/1 10:19", "2021-03-01"),
    ("2019.06.05", "2019-06-05"),
    ("索引号：11371500MB28359259/2020-4403973\n发布日期：2020年6月22日", "2020-06-22"),   # not a date: an index number
])
def test_a_news_page_dated_in_figures_or_in_words(line, date):
    text = f"市政协常委会会议召开\n{line}\n28日，市政协常委会会议召开。市政协主席张建国主持并讲话，副主席李明华出席。\n"
    assert _document(text).date == date


@pytest.mark.parametrize("source,region", [
    ("来源:黄石日报", "湖北省/黄石市"),
    ("来源：大冶市人民政府网站", "湖北省/黄石市/大冶市"),
    ("来源：湖北日报", "湖北省"),
    ("来源：人民日报", ""),            # a national paper names no region
])
def test_a_news_page_that_names_no_region_is_placed_by_its_local_source(source, region):
    text = f"政协常委会会议召开\n发布时间:2023-12-29  {source}\n28日，政协常委会会议召开。主席张建国主持并讲话，副主席李明华出席。\n"
    assert _document(text).region == region


def test_the_region_an_article_names_comes_before_its_source():
    text = "大冶市召开会议\n来源：黄石日报\n3月1日，大冶市召开会议。大冶市市长张建国主持并讲话，副市长李明华出席。\n"
    assert _document(text).region == "湖北省/黄石市/大冶市"


@pytest.mark.parametrize("text", [
    # a headline telling that someone delivered the work report, over a session's news
    "自治区人大会议开幕\n彭清华主持 陈武作政府工作报告\n作者:张明 编辑:李华\n"
    "1月25日上午，自治区第十三届人民代表大会第一次会议开幕。自治区主席陈武向大会作政府工作报告。报告回顾过去五年工作。\n",
    # a reporter who found something out, with no date
    "市政府近日发出通知，明确各位副市长的分工。记者发现，常务副市长张建国负责市政府常务工作，副市长李明华负责农业农村工作。\n",
    # a lead that opens on the date and what was done
    "4月15日召开的省政府第二次全体会议上，印发了领导成员工作分工的通知。\n省长张建国领导省政府全面工作。副省长李明华负责交通运输方面工作。\n",
])
def test_news_told_by_the_press_at_work(text):
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind == "news"


def test_a_plan_with_a_news_sentence_on_top_is_a_plan():
    text = ("今天，自治区人民政府网站发布了《关于印发都市圈建设2019年工作计划的通知》。\n"
            "一、基础设施互联互通\n（一）道路畅通工程。加快建设都市圈快速通道。\n"
            "进一步规范道路交通设施，保障道路安全畅通。（自治区交通运输厅牵头，自治区发展改革委、银川市配合）\n")
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind == "action_plan"


def test_a_covering_notice_with_its_number_and_recipients_is_not_news():
    text = ("湖南省人民政府\n关于印发《落实〈政府工作报告〉重点工作\n部门分工的意见》的通知\n湘政发〔2020〕1号\n"
            "省直和中央在湘有关单位：\n现将意见印发给你们。各部门要结合组织开展大督查、专项督查，召开会议研究部署。\n"
            "湖南省人民政府\n2020年1月17日\n")
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind == "division_plan"


def test_a_reporters_account_of_a_division_of_tasks_is_news():
    # 本报讯(记者 …) and a headline that says who issued the plan; who leads each task is told in
    # sentences, not on numbered items.
    text = ("我市印发重点任务分工方案\n本报讯(记者 王芳)日前，市政府印发《重点任务分工方案》。"
            "根据方案，推进城市更新行动，牵头领导为副市长张建国，主责单位为市住建局；"
            "建设智慧城市(牵头领导:副市长李明华;牵头单位:市大数据局)。市长王立新要求各单位抓好落实。\n")
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind == "news"


def test_a_plan_with_numbered_items_under_a_news_sentence_is_not_news():
    text = ("本报讯(记者 王芳)日前，市政府印发《重点任务分工方案》，全文如下。\n"
            "1.推进城市更新行动。(牵头单位:市住建局;配合单位:市财政局)\n"
            "2.加快建设产业园区。(牵头单位:市发改委;配合单位:市工信局)\n"
            "3.办好民生实事。(牵头单位:市民政局;配合单位:市财政局)\n")
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind != "news"


@pytest.mark.parametrize("headline, official", [
    ("我市印发重点任务分工方案", False),               # news telling who issued it
    ("关于印发重点任务分工方案的通知", True),            # the document's own title
])
def test_a_headline_about_an_issued_document(headline, official):
    from loaders.kinds import prose
    assert prose._official_document(headline + "\n各单位要抓好落实。\n") is official


def test_a_page_that_only_names_a_congress_session_is_not_a_work_report():
    # A 解读 of a plan says which session adopted the report; it does not stand at the session.
    text = ("2024年3月28日，某县人民政府印发了任务分工方案，现将主要内容解读如下：\n一、出台背景\n"
            "某县第十八届人民代表大会第三次会议审议通过的《2024年政府工作报告》明确了县政府工作的总体要求。\n"
            "二、主要内容\n任务分解采用表格形式，共149项。\n")
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind != "work_report"
    # A report's by-line puts it at the session.
    report = ("政府工作报告\n——2024年1月10日在某县第十八届人民代表大会第三次会议上\n县长 张建国\n"
              "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n")
    assert detect(from_bytes(report.encode("utf-8"), "r.txt")).kind == "work_report"
