"""News charging several bodies in one sentence, a clause each (各部门要…，市发改委要牵头…，市自然资源局、市住建局要…):
each body answers for its own clause, a collective for none, and a body told to lead (要牵头抓好…) leads.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from loaders.structure import charges
from loaders.structure.responsibility import LEAD, RESPONSIBLE

SENTENCE = ("3月14日下午，全市重点项目建设推进会召开。会议强调，各县区、各部门要压实责任，市发改委要牵头抓好项目调度，"
            "市自然资源局、市住建局要做好要素保障。政府工作部门要承诺办理1-3件实事。\n")


def test_each_body_charged_in_a_clause_of_its_own():
    got = [([(n.name.text, n.role) for n in units], task.text) for units, task in charges.charged(SENTENCE)]
    assert ([("市发改委", LEAD)], "牵头抓好项目调度") in got
    assert ([("市自然资源局", RESPONSIBLE), ("市住建局", RESPONSIBLE)], "做好要素保障") in got
    # a collective (各县区、各部门) and a kind of body (政府工作部门) charge no one
    assert len(got) == 2


def test_a_body_after_a_verb_is_the_verbs_object_not_a_charge():
    text = "会议要求，市发改委要加强统筹调度，督促市住建局要加快项目进度，指导各县区要压实责任。\n"
    got = [([n.name.text for n in units], task.text) for units, task in charges.charged(text)]
    assert not any(who.startswith(("督促", "指导")) for units, _ in got for who in units)
    assert got and got[0][0] == ["市发改委"] and got[0][1].startswith("加强统筹调度，督促市住建局")
