"""Leader headers written otherwise: a note after the leader's name (副市长赵文（女）负责的工作), posts listed before
one holder's name (副市长、市公安局局长孙强负责的工作), and a bureau's head named after the bureau
(市公安局局长孙强). Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.structure import annotation as ann

from tests.test_layouts_written import facts, read

HEADERS = ("某市人民政府2024年重点工作任务分工\n一、副市长赵文（女）负责的工作\n"
           "1.推进教育优质均衡发展。（市教育局牵头，市财政局配合）\n"
           "二、副市长、市公安局局长孙强负责的工作\n2.加强社会治安综合治理。（市公安局负责）\n")


def test_a_note_after_the_name_and_posts_before_it_leave_the_leader_in_charge():
    kind, ex = read(HEADERS)
    got = facts(ex)
    assert {("1", "赵文", schema.ROLE_RESPONSIBLE), ("1", "市教育局", schema.ROLE_LEAD),
            ("2", "孙强", schema.ROLE_RESPONSIBLE), ("2", "市公安局", schema.ROLE_RESPONSIBLE)} <= got
    assert not any(who in ("副市长", "赵文（女）") for _, who, _ in got)


def test_a_bureaus_head_named_after_the_bureau_is_a_person():
    assert ann.person("市公安局局长孙强") == "孙强"
    assert ann.person("省教育厅厅长王平") == "王平"
    assert ann.person("市教育局局长助理") == ""       # an assistant's post, no one's name
    assert ann.person("市公安局局长") == ""


def test_a_header_naming_how_its_leader_is_in_charge():
    # 分管副市长李娜负责的工作: 分管 says how the post is in charge; the name is the leader's
    text = ("某市2024年重点工作任务分工方案\n一、分管副市长李娜负责的工作\n1.推进城市更新。\n责任单位：市住建局\n")
    kind, ex = read(text)
    assert ("1", "李娜", schema.ROLE_RESPONSIBLE) in facts(ex)
    assert ann.person("分管副市长李娜") == "李娜" and ann.person("分管副市长") == ""
