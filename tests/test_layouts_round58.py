"""Round 58 (lay8): how news tells who does what, each rule on a small example written for it: a named governing
body told what it will do (X将…, X表示将…)."""
from __future__ import annotations

from graph import schema
from loaders.structure import intents
from loaders.structure.responsibility import RESPONSIBLE

from tests.test_layouts_written import facts, read


def _will(text: str) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in intents.will_do(text)]


def test_a_body_told_what_it_will_do_answers_for_it():
    # a bureau's or an office's 将… (after 表示 too, and after a clause of no one's) is what it answers for, up to the
    # next clause telling another body what it will do
    got = _will("网友提出的小区改造问题，区住建局表示将联合街道召集业主代表召开座谈会，对业主诉求进行回应；"
                "若未按期整改到位的单位，县创卫办将以提醒函方式通知其分管县领导。下一步，县财政局将安排专项经费50万元，"
                "县交通运输局将加快推进农村公路建设。\n")
    assert got == [([("区住建局", RESPONSIBLE)], "联合街道召集业主代表召开座谈会，对业主诉求进行回应"),
                   ([("县创卫办", RESPONSIBLE)], "以提醒函方式通知其分管县领导"),
                   ([("县财政局", RESPONSIBLE)], "安排专项经费50万元"),
                   ([("县交通运输局", RESPONSIBLE)], "加快推进农村公路建设")], got


def test_what_will_become_of_a_place_or_the_oversight_a_body_keeps_charges_no_one():
    # a building's or a facility's 将 (市民中心将于年底建成), a collective's, a government's pledge, the oversight an
    # office says it will keep and a clause about another (应逐步改为由物资部门将…) give no task
    assert _will("市民中心将于年底建成投用。县污水处理站将投入使用。各部门将认真抓好落实。县政府将继续优先保障民生投入。"
                 "市政府督察室将对各责任单位的工作进展进行跟踪督办。今后应逐步改为由物资部门将材料直接供应给承包单位。"
                 "县委将其列为重点工作。\n") == []


def test_news_reads_what_bodies_will_do():
    text = ("区住建局召开建议办理座谈会\n"
            "本报讯 3月5日，区住建局召开人大代表建议办理座谈会。区住建局党组书记、局长张明主持会议。"
            "针对代表提出的小区改造问题，区住建局表示将联合街道和有关部门召集小区业主代表召开专题座谈会，对业主的有关诉求进行回应。"
            "（记者 李华）\n")
    kind, ex = read(text)
    assert kind == "news", kind
    got = {(who, role) for _, who, role in facts(ex)}
    assert ("区住建局", schema.ROLE_RESPONSIBLE) in got, got


def test_a_speaker_advising_a_department_charges_no_one():
    # a person's advice to a department (他反复叮嘱林业部门要…) is a hope voiced, and 他反复叮嘱林业部门 no body's name
    from loaders.structure import charges
    got = charges.charged("他反复叮嘱林业部门要严格标准、严把质量。县林业局要加快苗木调运。\n")
    assert [[u.name.text for u in units] for units, _ in got] == [["县林业局"]], got


def test_a_quotes_attribution_names_the_one_who_said_it():
    # …。”宣传委员罗君说。: 罗君 said it, never 罗君说 (as 陈丹说，…)
    from loaders.recognisers import officials
    from loaders.recognisers.lexicon import default_lexicon
    text = "“现在乡里不少材料都是他操刀的。”桶井土家族乡宣传委员罗君说。"
    found = {m.name for m in officials.find(text, default_lexicon()).mentions}
    assert found == {"罗君"}, found
