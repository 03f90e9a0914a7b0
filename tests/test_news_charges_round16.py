"""Who news charges with what (sixteenth session): the bodies said once to work on every proposal the leaders take on
(分别由5位副市长领办，市政府有关部门承办), a speaker's 认为X要… as a charge to X, a place's government named by the place
(红塔区政府) as a body, a list of bodies told what to do (会议责成A、B…; 责令), work named before 由X负责 or 分别由A、B牵头,
a meeting's decision 会议决定，由X负责…, and a leader linked to a project (挂点 / 包联). Each rule on a small example written for it."""
from __future__ import annotations

from graph import schema
from loaders.kinds import prose
from loaders.reading.source import from_bytes
from loaders.recognisers.lexicon import default_lexicon
from loaders.structure import charges, meetings
from loaders.structure.responsibility import LEAD, RESPONSIBLE


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


def test_bodies_said_once_to_work_on_the_proposals_leaders_take_on_are_on_each():
    text = ("今年市人大常委会确定5件代表建议重点办理，分别由2位副市长领办，市政府有关部门承办。\n"
            "关于加快老旧小区改造的建议、关于增加公办幼儿园学位的建议，由副市长张明领办；"
            "关于治理城区内涝的建议，由副市长李华领办。\n")
    got = sorted((a.who.text, a.task.text, a.role, a.leader) for a in meetings.taken_on(text, {"张明", "李华"}))
    assert got == sorted([("张明", "关于加快老旧小区改造的建议", RESPONSIBLE, True),
                          ("张明", "关于增加公办幼儿园学位的建议", RESPONSIBLE, True),
                          ("李华", "关于治理城区内涝的建议", RESPONSIBLE, True),
                          ("市政府有关部门", "关于加快老旧小区改造的建议", RESPONSIBLE, False),
                          ("市政府有关部门", "关于增加公办幼儿园学位的建议", RESPONSIBLE, False),
                          ("市政府有关部门", "关于治理城区内涝的建议", RESPONSIBLE, False)])


def test_the_working_bodies_role_is_their_verbs_and_no_leader_no_body():
    text = ("分别由市领导领办，市住建局主办。\n关于治理城区内涝的建议，由副市长李华领办。\n")
    got = [(a.who.text, a.role) for a in meetings.taken_on(text, {"李华"}) if not a.leader]
    assert got == [("市住建局", LEAD)]
    # (with no proposal a leader takes on, the sentence gives nothing)
    assert meetings.taken_on("分别由市领导领办，市政府有关部门承办。\n", set()) == []


def test_a_speakers_renwei_x_yao_charges_x():
    text = "袁县长对林业工作给予充分肯定，认为林业部门要狠抓防火和重点项目建设。\n"
    assert _got(charges.charged(text)) == [([("林业部门", RESPONSIBLE)], "狠抓防火和重点项目建设")]


def test_a_places_government_named_by_the_place_is_a_body():
    text = "会议要求：\n六、针对周边村民上访的问题，由红塔区政府从维护社会稳定的大局出发，进一步加大工作力度。\n"
    assert _got(meetings.settled(text)) == [([("红塔区政府", RESPONSIBLE)], "从维护社会稳定的大局出发，进一步加大工作力度")]
    assert charges.one_body("珲春市人民政府")
    # (a government named by where it stands is no one in particular)
    assert not charges.one_body("地方政府") and not charges.one_body("当地政府")


def test_a_list_of_bodies_told_what_to_do_is_read_whole():
    got = _got(meetings.instructed("会议责成县交通运输局、县公安局于3月底前拿出整治方案。\n"))
    assert got == [([("县交通运输局", RESPONSIBLE), ("县公安局", RESPONSIBLE)], "于3月底前拿出整治方案")]
    got = _got(meetings.instructed("会议要求县交通运输局和县公安局加快推进道路改造。\n"))
    assert got == [([("县交通运输局", RESPONSIBLE), ("县公安局", RESPONSIBLE)], "加快推进道路改造")]


def test_an_inspector_zeling_a_body_charges_it():
    assert _got(meetings.instructed("督导组责令县住建局限期整改。\n")) == [([("县住建局", RESPONSIBLE)], "限期整改")]


def test_work_and_the_body_after_you_are_never_one_body():
    assert charges.bodies("县城东区道路改造由县住建局", charges.ann.Span("县城东区道路改造由县住建局", 0, 13)) is None
    assert charges.charged("会议确定，县城东区道路改造由县住建局负责，县交通运输局配合。\n") == []


def test_work_named_before_who_does_it_or_before_each_who_leads_it():
    got = _got(meetings.led("会议确定，县城东区道路改造由县住建局负责，县交通运输局配合。\n"))
    assert got == [([("县住建局", RESPONSIBLE), ("县交通运输局", "support")], "县城东区道路改造")]
    got = _got(meetings.led("全镇划分为5个片区，分别由镇综治办、镇城管办牵头。\n"))
    assert got == [([("镇综治办", LEAD), ("镇城管办", LEAD)], "全镇划分为5个片区")]
    # (a count pointing back to what was told names no work)
    assert meetings.led("三个项目分别由县发改局、县住建局负责推进。\n") == []


def test_a_meetings_decision_gives_the_work_after_you_to_the_bodies_named():
    got = _got(meetings.decided("会议决定，由县财政局负责筹集资金。李县长现场拍板：由县自然资源局在5月底前完成用地报批。\n"))
    assert got == [([("县财政局", RESPONSIBLE)], "筹集资金"), ([("县自然资源局", RESPONSIBLE)], "在5月底前完成用地报批")]
    # (a person leading the work is no body; 负责实施 names no work)
    assert meetings.decided("会议决定，由县委副书记王明带队开展督查。会议明确，交由县住建局负责实施。\n") == []


def test_a_leader_linked_to_a_project_answers_for_it():
    known = {"张三", "李四"}
    got = [(a.who.text, a.task.text, a.role, a.leader) for a in meetings.linked(
        "县委书记张三挂点联系的县人民医院新院区项目进展顺利。城东污水处理厂工程由副县长李四包联。\n", known)]
    assert got == [("张三", "县人民医院新院区项目", RESPONSIBLE, True), ("李四", "城东污水处理厂工程", RESPONSIBLE, True)]
    # (no name among the officials, or no project named: nothing)
    assert meetings.linked("县领导挂点联系的县人民医院新院区项目。张三挂点的项目有5个。\n", known) == []


def test_news_gives_the_linked_leader_the_project():
    text = "县领导调研重点项目\n5月8日，县委书记张三到县人民医院新院区项目调研。张三挂点联系的城东污水处理厂工程已完成主体建设。\n"
    ex = prose.extract(from_bytes(text.encode("utf-8"), "news.txt"), default_lexicon(), "news")
    ents = {e.ref: e for e in ex.entities}
    got = {(ents[r.source].name, ents[r.target].props["text"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert ("张三", "城东污水处理厂工程") in got


def test_towns_after_a_named_body_are_all_of_them_and_the_named_body_answers():
    got = _got(meetings.instructed("二是要加快工程进度。要求规划建设部门及乡镇继续加强督察力度，确保6月底前全部竣工。\n"))
    assert got == [([("规划建设部门", RESPONSIBLE)], "继续加强督察力度，确保6月底前全部竣工")]
    # (the towns alone, or first, are no one in particular)
    assert charges.charged("乡镇要加强督察。乡镇和县住建局要加强督察。\n") == []


def test_a_list_told_what_to_do_is_read_right_after_the_verb_and_never_cut_in_a_word():
    # (after a pause the body is `charges.charged`'s, 要求，X要…; 政协委|员 is a member, no body)
    assert meetings.instructed("左晖要求，全体政协委员要提高政治站位。会议要求全体政协委员提高政治站位。\n") == []
    assert meetings.instructed("会议要求，住建交通部门在项目建设中要提质提标。\n") == []
    # (nor cut inside a list's collective or a body's own name: 各乡|镇, 县纪委|监委)
    got = _got(meetings.decided("会议决定，由县财政局和各乡镇共同承担资金。会议研究决定，由县纪委监委对相关责任人进行问责。\n"))
    assert got == [([("县财政局", RESPONSIBLE)], "共同承担资金"), ([("县纪委监委", RESPONSIBLE)], "对相关责任人进行问责")]


def test_one_decision_hands_out_each_clause_opening_with_you_to_its_bodies():
    got = _got(meetings.decided("会议决定，由县财政局负责筹集项目资金，由县自然资源局在6月底前完成用地报批。\n"))
    assert got == [([("县财政局", RESPONSIBLE)], "筹集项目资金"), ([("县自然资源局", RESPONSIBLE)], "在6月底前完成用地报批")]


def test_a_meetings_queding_before_who_leads_is_its_decision():
    got = _got(charges.charged("会议确定，由县农业农村局牵头，县生态环境局配合，开展联合执法。\n"))
    assert got == [([("县农业农村局", LEAD), ("县生态环境局", "support")], "开展联合执法")]
