"""Work meetings and their minutes hand out, as news tells it (fifteenth session): proposals a leader takes on
(关于…的建议，由副省长张三领办), work and its hosts and organisers (X由A主办，B承办), a body told what to do after
建议 / 要求, minutes' numbered items (一、由X牵头…; 六、…，由X从…出发…), a city's own utility firm and sectors sharing
the 部门 a list ends with. Each rule on a small example written for it."""
from __future__ import annotations

from graph import schema
from loaders.kinds import prose
from loaders.reading.source import from_bytes
from loaders.recognisers.lexicon import default_lexicon
from loaders.structure import charges, meetings
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


def test_a_numbered_item_of_minutes_may_open_with_who_leads_or_who_must():
    text = ("会议要求：\n一、由市环保局牵头，尽快办理试生产环保许可批复手续。\n"
            "2.市交通运输局要加快推进道路改造。\n")
    got = _got(charges.charged(text))
    assert ([("市环保局", LEAD)], "尽快办理试生产环保许可批复手续") in got
    assert ([("市交通运输局", RESPONSIBLE)], "加快推进道路改造") in got


def test_a_citys_own_water_utility_is_charged_like_its_bodies():
    got = _got(charges.charged("会议要求，市供排水公司要主动履行污水预处理设施的运行维护责任。\n"))
    assert got == [([("市供排水公司", RESPONSIBLE)], "主动履行污水预处理设施的运行维护责任")]
    # (a firm named by what it does is still no body)
    assert charges.charged("会议要求，三方设计公司要加快出图进度。\n") == []


def test_sectors_listed_before_the_bumen_they_share_are_each_a_department():
    text = "国土、规划、住建、消防部门要按照各自的审批权限，尽快帮助企业完成审批手续。\n"
    got = _got(charges.charged(text))
    assert got and [w for w, _ in got[0][0]] == ["国土", "规划", "住建", "消防部门"]


def test_proposals_listed_are_each_taken_on_by_the_leader_after_you():
    text = ("这3件建议中，关于治理大气污染和雾霾的建议、关于完善汾河生态修复机制、保护母亲河的建议，由省委常委、常务副省长"
            "高建民领办；关于控制煤矿生产能力的建议和关于推动旅游业发展的建议，由副省长王一新领办。\n")
    got = [(a.who.text, a.task.text, a.role, a.leader) for a in meetings.taken_on(text, {"高建民", "王一新"})]
    assert got == [("高建民", "关于治理大气污染和雾霾的建议", RESPONSIBLE, True),
                   ("高建民", "关于完善汾河生态修复机制、保护母亲河的建议", RESPONSIBLE, True),
                   ("王一新", "关于控制煤矿生产能力的建议", RESPONSIBLE, True),
                   ("王一新", "关于推动旅游业发展的建议", RESPONSIBLE, True)]


def test_proposals_taken_on_by_a_body_and_no_proposals_no_task():
    got = [(a.who.text, a.task.text, a.role) for a in meetings.taken_on("关于加快老旧小区改造的提案，由市住建局主办。\n", set())]
    assert got == [("市住建局", "关于加快老旧小区改造的提案", LEAD)]
    # (what is listed must be proposals: a project handed over is `charges.handed_over`'s)
    assert meetings.taken_on("加快老旧小区改造，由市住建局办理。\n", set()) == []


def test_work_named_first_is_led_by_its_hosts_and_done_by_its_organisers():
    text = "主会场活动由国家文物局和福建省人民政府共同主办，福建省文化和旅游厅、福州市人民政府和中国博物馆协会联合承办。\n"
    got = _got(meetings.hosted(text))
    assert got == [([("国家文物局", LEAD), ("福建省人民政府", LEAD), ("福建省文化和旅游厅", RESPONSIBLE),
                     ("福州市人民政府", RESPONSIBLE), ("中国博物馆协会", RESPONSIBLE)], "主会场活动")]
    # (a subject pointing back to the news, 本次活动, is no work of its own)
    assert meetings.hosted("本次活动由市委宣传部主办，市文联承办。\n") == []


def test_a_body_told_what_to_do_after_jianyi_or_yaoqiu():
    text = ("针对擅自生产的情况，建议市环保局按照低线给予企业处罚。同时，要求派出所做好快侦、快破等保障工作。"
            "会议要求各部门加强协作。\n")
    got = _got(meetings.instructed(text))
    assert ([("市环保局", RESPONSIBLE)], "按照低线给予企业处罚") in got
    assert ([("派出所", RESPONSIBLE)], "做好快侦、快破等保障工作") in got
    assert len(got) == 2        # (各部门: everyone, no one in particular)
    # (…要求X要… is `charges.charged`'s, not read twice; a delegate's suggestion is not the meeting's)
    assert meetings.instructed("会议要求市财政局要足额保障经费。代表建议市住建局加快老旧小区改造。\n") == []


def test_by_opening_a_clause_of_a_numbered_item_of_minutes():
    text = "六、针对周边村民上访的问题，由县公安局从维护社会稳定的大局出发，进一步加大工作力度。\n"
    got = _got(meetings.settled(text))
    assert got == [([("县公安局", RESPONSIBLE)], "从维护社会稳定的大局出发，进一步加大工作力度")]
    # (only in a numbered item: a news sentence's 由 is not minutes settling who does what)
    assert meetings.settled("针对周边村民上访的问题，由县公安局从维护社会稳定的大局出发，进一步加大工作力度。\n") == []


def test_news_gives_the_leader_the_proposals_he_takes_on():
    text = ("山西副省长领办重点建议\n记者7日从省人大获悉：今年省人大常委会确定3件代表建议进行重点办理。"
            "关于治理大气污染的建议、关于控制煤矿生产能力的建议，由副省长王一新领办。\n")
    ex = prose.extract(from_bytes(text.encode("utf-8"), "news.txt"), default_lexicon(), "news")
    ents = {e.ref: e for e in ex.entities}
    got = {(ents[r.source].name, ents[r.target].props["text"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert ("王一新", "关于治理大气污染的建议") in got and ("王一新", "关于控制煤矿生产能力的建议") in got


def test_work_named_before_who_leads_it():
    text = "《办法》指出，考核工作由市委非公工委牵头，县区委非公工委负责组织实施。创建工作由市文明办牵头，市住建局配合。\n"
    got = _got(meetings.led(text))
    assert ([("市委非公工委", LEAD)], "考核工作") in got
    assert ([("市文明办", LEAD), ("市住建局", SUPPORT)], "创建工作") in got
    assert meetings.led("该项工作由市发改委牵头。\n") == []
