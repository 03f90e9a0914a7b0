"""Units a meeting charges in its sentences, as news of meetings and inspections tells it (县交通部门要…;
X牵头，Y配合，…), each form on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.structure import charges

from tests.test_layouts_written import read

R, L, S = schema.ROLE_RESPONSIBLE, schema.ROLE_LEAD, schema.ROLE_SUPPORT


def _charged(text: str) -> set[tuple[str, str, str]]:
    """(unit, role, the task's first eight characters) for every charge."""
    return {(u.name.text, u.role, task.text[:8]) for units, task in charges.charged(text) for u in units}


def test_a_body_of_the_region_is_charged_with_the_rest_of_its_sentence():
    got = _charged("宋县长要求，县交通部门要积极向上级争取项目支持，加强沟通联系。区商务局要集中精力抓好服务业。")
    assert got == {("县交通部门", R, "积极向上级争取项"), ("区商务局", R, "集中精力抓好服务")}


def test_a_collective_a_kind_of_body_a_project_or_a_post_is_charged_with_nothing():
    # everyone (各级各部门), a level's kind (县级政府), two levels' bodies (区县政府), a project, firms,
    # and 要 inside a word (主要负责同志)
    assert _charged("会议强调，各级各部门要高度重视。县级政府要加大投入。区县政府要公开承诺办理实事。"
                    "交通建设项目要坚持规划先行。外贸企业要拓展市场。各乡镇主要负责同志参加了会议。") == set()


def test_a_sentence_saying_who_leads_and_who_backs_gives_lead_and_support():
    got = _charged("县国土资源局牵头，县发改局、县住建局等部门密切配合，抢抓时间，全力推进划定工作。")
    assert got == {("县国土资源局", L, "抢抓时间，全力推"), ("县发改局", S, "抢抓时间，全力推"), ("县住建局", S, "抢抓时间，全力推")}


def test_bodies_joined_by_and_sharing_their_head_are_each_charged_and_to_lead_is_lead():
    got = _charged("县农牧和国土部门要充分发挥牵头抓总作用，统筹安排，细化部署。")
    assert {(u, r) for u, r, _ in got} == {("县农牧", L), ("国土部门", L)}
    # (a body whose own name holds 和 stays whole)
    assert {u for u, _, _ in _charged("县发展和改革局要抓紧编制规划。")} == {"县发展和改革局"}


def test_where_the_body_is_to_do_it_may_come_before_its_要():
    assert {u for u, _, _ in _charged("吉海波要求，住建交通部门在项目建设等工作中要提质提标、力求更好。")} == {"住建交通部门"}


def test_the_sentences_after_a_charge_that_name_no_one_are_the_same_bodys():
    got = _charged("县河管站要坚持问题导向，加大巡查频次。要着力构建长效机制。要全面落实属地管理原则。")
    assert {t for u, _, t in got if u == "县河管站"} == {"坚持问题导向，加", "着力构建长效机制", "全面落实属地管理"}


def test_after_a_requirement_of_no_ones_the_next_要_is_no_ones_either():
    # 要加强协作，水利部门要…：the speaker's list of 要; the next one is not the bureau's
    got = _charged("要加强协作和信息反馈，水利部门要发挥好牵头抓总作用。要强化宣传引导营造氛围。")
    assert {t for _, _, t in got} == {"发挥好牵头抓总作"}


NEWS = """县长宋彤宇调研交通项目规划建设工作
来源：某市人大  发布日期：2013-03-21
最近，某某县县长宋彤宇到县交通运输局调研交通重点项目规划建设工作。县工信局、住建局等部门主要负责同志参加调研。
宋县长要求，县交通部门要积极向上级争取项目支持，配合上级部门做好征地等前期准备工作。
"""


def test_news_of_a_meeting_gives_the_bodies_it_charges_as_responsible_for_tasks():
    kind, ex = read(NEWS)
    assert kind == "news"       # a portal's header naming its source before the date; a lead opening 最近
    ents = {e.ref: e for e in ex.entities}
    got = {(ents[r.source].name, r.props["role"], ents[r.target].props["text"][:8])
           for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert got == {("县交通部门", R, "积极向上级争取项")}


def test_bodies_named_by_their_places_short_name_listed_before_等部门要():
    got = _charged("周建平要求：开江生态环境局、县住建局、县水务局等部门要分工协作，全力做好项目包装。")
    assert {u for u, _, _ in got} == {"开江生态环境局", "县住建局", "县水务局"}


def test_a_body_told_what_it_answers_for_with_负责():
    got = _charged("会议强调，县住房城乡建设局负责工作日常调度，定期收集工作情况。县交通运输局负责人汇报了工作。")
    assert got == {("县住房城乡建设局", R, "工作日常调度，定")}


def test_what_a_body_answers_for_told_as_a_relative_clause_or_a_state_of_things_is_no_charge():
    # 由X负责的Y项目 is the pledge list's form (read elsewhere); 大局 and 格局 are no bodies
    assert _charged("由镇公路站负责的农村道路硬化项目，整合交通项目资金。全市大局要保持稳定。") == set()


REPORT = """某县水利局关于冬修水利工作进展情况的通报
按照县委县政府安排部署，县水利局派出技术指导组进行实地指导。现将具体情况通报如下：
一、具体完成情况
全县已累计完成清理疏浚排涝沟道33.43公里。
各乡镇（街道）完成情况：
邓李乡：任务量10100米、已完成10100米，完成率100%；
龚店镇：任务量3100米、已完成3100米，完成率100%；
盐都街道：任务量3800米、已完成3900米，完成率100%；
二、下步要求
县发改委要会同县督查落实办对相关工作进行督导。
"""


def test_a_reports_lines_one_per_body_each_give_that_body_its_line():
    got = {(u.name.text, t.text[:7]) for units, t in charges.unit_lines(REPORT) for u in units}
    assert got == {("邓李乡", "任务量1010"), ("龚店镇", "任务量3100"), ("盐都街道", "任务量3800")}
    # (two such lines are no run: a header's fields are not bodies' lines)
    assert charges.unit_lines("邓李乡：任务量100米；\n龚店镇：任务量300米；\n") == []


def test_a_progress_report_gives_its_bodies_lines_but_not_its_closing_requirements():
    # 现将具体情况通报如下 opens a report; what it asks of 县发改委 at its end is not work it reports
    kind, ex = read(REPORT)
    assert kind == "progress_report"
    ents = {e.ref: e for e in ex.entities}
    got = {ents[r.source].name for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert got == {"邓李乡", "龚店镇", "盐都街道"}


def test_a_bodys_account_of_a_months_work_is_a_progress_report():
    text = ("河长制9月份工作开展情况\n发布机构：县水利局\n一、积极推进水库幸福河湖建设。目前已完成工程量的80%。\n"
            "二、有序推进圈圩养殖问题整改。截至9月底已拆除圈圩3处。\n")
    assert read(text)[0] == "progress_report"


NOTICE = """某县政府办公室关于加大河道整治的督办通知
鲁沙尔镇、西堡镇、多巴镇人民政府，康川街道办事处：
近期，县水政监察大队在日常巡查中发现，各乡镇辖区河道存在非法养殖场。请各乡镇接此通知后高度重视，加大河道整治力度，于3月3日前完成整治工作。
"""


def test_a_notices_request_is_of_the_bodies_its_salutation_names():
    got = {(u.name.text, t.text[:6]) for units, t in charges.addressed(NOTICE) for u in units}
    assert got == {(b, "各乡镇接此通") for b in ("鲁沙尔镇", "西堡镇", "多巴镇人民政府", "康川街道办事处")}


def test_a_salutation_to_everyone_or_a_request_of_another_body_charges_no_addressee():
    # 各乡镇人民政府，县直各部门：addresses everyone; 请中国人民银行… asks a body the notice does not address
    assert charges.addressed(NOTICE.replace("鲁沙尔镇、西堡镇、多巴镇人民政府，康川街道办事处：", "各乡镇人民政府，县直各部门：")) == []
    assert charges.addressed("国家经贸委、冶金部：\n现就有关问题通知如下。请中国人民银行积极给予支持。\n") == []


def test_a_notice_read_as_a_document_of_no_known_kind_still_gives_its_requests():
    kind, ex = read(NOTICE)
    ents = {e.ref: e for e in ex.entities}
    got = {ents[r.source].name for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert {"鲁沙尔镇", "西堡镇", "康川街道办事处"} <= got


def test_an_offices_room_is_a_body_but_a_room_is_not():
    assert {u for u, _, _ in _charged("会议要求，政府督查室要加大督查力度。会议室要保持整洁。")} == {"政府督查室"}


def test_a_report_on_the_work_reports_targets_telling_they_go_on_in_order_is_a_progress_report():
    text = ("《2023年政府工作报告》主要目标任务一季度完成情况\n日期：2023-05-05 来源：某区政府办公室\n"
            "近期，区政府督查室对政府工作报告主要目标任务一季度完成情况进行了跟踪督办。\n"
            "一季度，区级有关部门及单位围绕年度目标任务，压实工作责任，大部分工作目标任务有序推进。\n")
    assert read(text)[0] == "progress_report"
