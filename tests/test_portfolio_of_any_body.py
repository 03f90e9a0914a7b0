"""A leaders' division of work of any body (a commission, a bureau), not only a government's heads: each numbered
item headed by a leader's name and posts, a colon, then the portfolio; items may run on in one line."""
from __future__ import annotations

from graph import schema
from loaders.recognisers import officials
from loaders.recognisers.lexicon import default_lexicon
from loaders.kinds.plan_builder import portfolio_names
from loaders.structure import portfolio

from tests.test_layouts_written import read

BUREAU = ("关于局领导工作分工的通知\n"
          "各科室、直属单位：经研究，现将局领导工作分工通知如下：一、张明远党组书记、局长：主持局全面工作。"
          "二、李建华党组成员、副局长：协助分管财务、人事和后勤保障工作。分管办公室、财务科、人事科。"
          "三、王小川副巡视员：负责安全生产和信访工作。分管安全科。\n")


def _duties(text: str) -> list[tuple[str, str, str]]:
    names = portfolio_names(text, officials.find(text, default_lexicon()).mentions)
    return [(d.who.text, d.role, d.task.text) for d in portfolio.read(text, names)]


def test_leaders_heading_items_in_one_line_each_answer_for_their_portfolio():
    got = _duties(BUREAU)
    assert ("张明远", "responsible", "主持局全面工作") in got, got
    assert ("李建华", "support", "财务、人事和后勤保障工作") in got, got
    assert ("王小川", "responsible", "负责安全生产和信访工作") in got, got
    # the 分管 lists of divisions say whom a leader oversees: no task
    assert not any("办公室" in task or "安全科" in task for _, _, task in got), got


def test_the_plan_gives_the_portfolios_not_the_items_as_tasks():
    _, ex = read(BUREAU)
    ents = {e.ref: e for e in ex.entities}
    facts = {(ents[r.source].name, r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert facts == {("张明远", "responsible"), ("李建华", "support"), ("王小川", "responsible")}, facts


def test_posts_without_a_name_head_no_portfolio():
    # (a division of work among offices: 办公室主任 is a post, not a leader's name)
    text = ("现将工作分工通知如下：一、办公室主任：负责文电、会务工作。二、财务科科长：负责预算管理工作。"
            "三、人事科科长：负责干部管理工作。\n")
    assert _duties(text) == [], _duties(text)


def test_one_named_head_is_a_signature_not_a_division_of_work():
    text = "一、张明远党组书记、局长：主持会议并讲话。会议要求各科室抓好落实。\n"
    assert _duties(text) == [], _duties(text)
