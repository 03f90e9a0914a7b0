"""Review 19 of `meetings` (work handed out at meetings, read in news): a body must not run on into a post (由县委副书记
王明带队); only the meeting's own voice charges (not a firm's or a delegate's 要求 / 建议); a date before 由X牵头 is no
task; proposals taken on 分别 are paired in order; X会同Y after 要求 charges both. The reviewer's inputs, and a few
more of the same shape."""
from __future__ import annotations

from tests.test_layouts_written import facts, read

from loaders.structure import meetings
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


def _who(ex) -> set[str]:
    return {who for _, who, _ in facts(ex)}


# 1. 由 + a leader's post: a person leads, no body.

def test_by_a_bodys_leader_in_minutes_charges_no_body():
    text = ("某县召开重点项目现场观摩会\n本报讯 4月2日，我县召开重点项目现场观摩会。\n"
            "一、项目观摩，由县委副书记王明带队，参观了产业园区等5个项目。\n"
            "二、由县政府分管副县长牵头，组织召开项目推进座谈会。\n")
    _, ex = read(text)
    assert not {"县委", "县政府"} & _who(ex)
    for item in ("一、由县住建局局长张三负责，加快推进城区道路改造。\n", "二、由市政府主要领导牵头，研究化解企业债务问题。\n",
                 "三、由县委常委、常务副县长李四带队，赴外地考察招商。\n"):
        assert meetings.settled(item) == [], item
    # (a body that does the work is still read)
    assert _got(meetings.settled("四、由县住建局从群众关切出发，加快推进城区道路改造。\n")) == [
        ([("县住建局", RESPONSIBLE)], "从群众关切出发，加快推进城区道路改造")]


def test_a_post_after_the_body_told_is_no_body_either():
    assert meetings.instructed("会议要求县政府分管副县长加强对安全生产工作的调度。\n") == []


# 5. Others' requests and suggestions are not the meeting's orders.

def test_a_firms_or_a_delegates_request_is_not_the_meetings():
    for text in ("某市召开企业座谈会\n本报讯（记者 李四）6月8日，某市召开民营企业座谈会。会上，部分企业要求市自然资源局尽快办理"
                 "项目用地不动产权证书。市长王五表示，相关部门将认真研究。\n",
                 "某县人大代表视察城区学校建设\n本报讯（记者 王六）5月10日，县人大常委会组织部分代表视察城区学校建设。代表们在座谈中"
                 "纷纷发言，建议县教育局加大对农村学校师资的倾斜力度。\n"):
        _, ex = read(text)
        assert not {"市自然资源局", "县教育局"} & _who(ex)
    for text in ("会上，群众代表要求县住建局尽快修复破损道路。\n", "政协委员们在协商中积极建言，建议市卫健委加快社区医院建设。\n",
                 "座谈中，企业负责人纷纷发言，要求县发改局加快审批进度。\n"):
        assert meetings.instructed(text) == [], text


def test_the_meeting_or_its_chair_still_charges():
    text = ("会议建议县教育局加大对农村学校的投入力度。县长张强要求县财政局尽快拨付项目资金。"
            "会上，张县长听取了企业代表的发言，要求县发改局加快审批进度。\n")
    got = _got(meetings.instructed(text))
    assert ([("县教育局", RESPONSIBLE)], "加大对农村学校的投入力度") in got
    assert ([("县财政局", RESPONSIBLE)], "尽快拨付项目资金") in got
    assert ([("县发改局", RESPONSIBLE)], "加快审批进度") in got


# 6. A date before 由X牵头 is when, not what.

def test_a_date_before_by_x_leads_is_no_task():
    text = "某市争取中央预算内投资创新高\n本报讯 去年以来，我市积极争取上级资金支持。2023年由市发改委牵头，市财政局配合，全市共争取中央预算内投资5亿元。\n"
    _, ex = read(text)
    assert not any(t for t in _tasks(ex) if t.startswith("2023年"))
    for text in ("今年以来由县住建局牵头，县城管局配合，累计整治背街小巷30条。\n", "2024年上半年由市商务局牵头，全市举办招商活动12场。\n"):
        assert meetings.led(text) == [], text
    # (the work after the date is the task)
    assert _got(meetings.led("2024年城区道路改造由县住建局牵头，县交通运输局配合，确保年底前完工。\n")) == [
        ([("县住建局", LEAD), ("县交通运输局", SUPPORT)], "城区道路改造")]


def _tasks(ex) -> list[str]:
    from graph import schema
    return [e.props.get("text", e.name) for e in ex.entities if e.label == schema.TASK]


# 7. 分别: each proposal to its body, in order.

def test_proposals_taken_on_respectively_are_paired_in_order():
    text = "会议强调，关于加快城区停车场建设的建议、关于加强校园周边交通安全的提案，由市住建局、市公安局分别办理。\n"
    got = [(a.who.text, a.task.text) for a in meetings.taken_on(text, set())]
    assert got == [("市住建局", "关于加快城区停车场建设的建议"), ("市公安局", "关于加强校园周边交通安全的提案")]
    # (the counts differ: which is whose cannot be told)
    three = "关于A事项的建议、关于B事项的建议、关于C事项的提案，由市住建局、市公安局分别办理。\n"
    assert meetings.taken_on(three, set()) == []
    # (leaders too)
    got = [(a.who.text, a.task.text, a.leader) for a in meetings.taken_on(
        "关于治理雾霾的建议、关于控制煤矿产能的建议，由副省长张三、王五分别领办。\n", {"张三", "王五"})]
    assert got == [("张三", "关于治理雾霾的建议", True), ("王五", "关于控制煤矿产能的建议", True)]
    # (without 分别 every body takes on every proposal, as before)
    assert len(meetings.taken_on("关于甲的建议、关于乙的提案，由市住建局、市公安局办理。\n", set())) == 4


# 8. 要求X会同Y…: both answer, the task is what they do.

def test_a_body_told_to_work_with_another_charges_both():
    got = _got(meetings.instructed("本报讯 会议要求县市场监督管理局加强特种设备检查。会议要求县财政局会同县发改局尽快拨付项目资金。\n"))
    assert ([("县财政局", RESPONSIBLE), ("县发改局", RESPONSIBLE)], "尽快拨付项目资金") in got
    assert not any(task.startswith("会同") for _, task in got)
    got = _got(meetings.instructed("会议要求市生态环境局会同市水利局、市农业农村局开展入河排污口排查。\n"))
    assert got == [([("市生态环境局", RESPONSIBLE), ("市水利局", RESPONSIBLE), ("市农业农村局", RESPONSIBLE)],
                    "开展入河排污口排查")]
    # (worked with bodies named by their part: they answer too, as written — 会同 is no role word, as the layouts gold
    # reads it since round 59)
    got = _got(meetings.instructed("会议要求县应急管理局会同有关部门开展安全隐患大排查。\n"))
    assert got == [([("县应急管理局", RESPONSIBLE), ("有关部门", RESPONSIBLE)], "开展安全隐患大排查")]
    text = "某县召开安全生产专题会议\n本报讯 3月5日，县政府召开安全生产专题会议。会议要求县财政局会同县发改局尽快拨付项目资金。\n"
    _, ex = read(text)
    assert {"县财政局", "县发改局"} <= _who(ex)
    assert not any(t.startswith("会同") for t in _tasks(ex))


def test_a_committees_or_governments_own_department_is_read_whole():
    got = _got(meetings.settled("一、由市委组织部从严把关，做好年轻干部培训工作。\n"))
    assert got == [([("市委组织部", RESPONSIBLE)], "从严把关，做好年轻干部培训工作")]
    got = _got(meetings.instructed("会议要求县政府办公室加强对重点工作的督查。\n"))
    assert got == [([("县政府办公室", RESPONSIBLE)], "加强对重点工作的督查")]
    # (…牵头 after the whole name is still `charges.charged`'s)
    assert meetings.settled("二、由县委组织部牵头，负责干部培训工作。\n") == []
