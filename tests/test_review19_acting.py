"""Guards for the acting-bodies reading of progress reports (review 19b, helper mnd11): a body that inspects, accepts,
audits, disciplines, visits or publicises the work is not responsible for it; a heading that is a body's name, a
review or problems heading or a four-character method heading is no task; a closing paragraph after the last item
tells no doer of it; a name keeps no word before it (并由县住建局) and a body helping another (协助…) does not act; the
words before a post are a Leader only when they are a person's name."""
from __future__ import annotations

from graph import schema
from loaders.structure import acting_bodies
from tests.test_layouts_written import read


def _answering(ex) -> set[tuple[str, str]]:
    """(the task's first six characters, the unit as written) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["text"][:6], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name)
            for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


def test_bodies_inspecting_accepting_auditing_visiting_or_publicising_the_work_are_not_responsible():
    text = ("某县2023年民生实事项目10月份推进情况\n"
            "一、新建改建农村公路30公里。省交通运输厅对我县农村公路建设进行专项检查，对工程质量给予肯定。目前，已完成改建26公里，完成率87%。\n"
            "二、改造老旧小区5个。县纪委监委对进度滞后的施工单位进行约谈。目前，已完工3个，完成率60%。\n"
            "三、新建城东幼儿园1所。县人大常委会组织部分代表视察项目建设情况。目前，主体工程已完工，进度80%。\n"
            "四、实施农村饮水安全巩固提升工程。省水利厅组织专家对工程进行验收，已全部完成。\n"
            "五、新建城南公园1座。县审计局对项目资金进行审计。目前，已完成绿化80%。\n"
            "六、改造农贸市场2个。县融媒体中心对此进行宣传；县政府对该项目高度重视。目前，已完工1个。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert _answering(ex) == set()


def test_a_body_doing_the_work_still_answers_beside_an_inspecting_one():
    text = ("某市2023年民生实事项目10月份推进情况\n"
            "一、改造老旧小区5个。长沙市住建局组织专家对改造方案进行评审。目前，已完工3个，完成率60%。\n"
            "二、新建城东幼儿园1所。市教育局组织施工单位加快进度。目前，主体工程已完工，进度80%。\n")
    kind, ex = read(text)
    assert _answering(ex) == {("新建城东幼儿", "市教育局")}


def test_a_heading_naming_a_body_a_review_or_a_method_is_no_task():
    text = ("某县2023年10月份民生实事项目推进情况\n"
            "一、县教育局\n"
            "县教育局组织施工单位加快城东幼儿园建设，目前主体工程已完工，进度80%。\n"
            "二、城关镇\n"
            "城关镇开展农村人居环境整治，目前已完成改厕1200户。\n")
    assert _answering(read(text)[1]) == set()
    text = ("某县2023年上半年重点工作推进情况\n"
            "一、上半年工作回顾\n"
            "县发改局组织召开重点项目调度会6次，协调解决问题23个。目前，全县重点项目开工率86%。\n"
            "二、困难和不足\n"
            "部分项目要素保障不足。县自然资源局对用地报批跟进不够，已影响3个项目开工。\n"
            "三、存在不足\n"
            "县住建局开展的前期工作滞后。目前，已开工2个。\n")
    assert _answering(read(text)[1]) == set()
    text = ("某县2023年重点项目推进情况\n"
            "一、高位推动。县发改局组织召开调度会6次。目前，开工率86%。\n"
            "二、强化调度。县住建局推进项目建设。目前，已开工2个。\n")
    assert _answering(read(text)[1]) == set()


def test_the_last_status_ends_at_its_paragraph():
    text = ("某县2023年十件民生实事项目9月份进展情况\n"
            "1.新建城东幼儿园1所（牵头单位：县教育局）。进展情况：主体工程已完工，市住建局对工程质量进行了抽检，进度80%。\n"
            "2.改造老旧小区5个（牵头单位：县住建局）。进展情况：已完工3个，完成率60%。\n"
            "3.新建农村公路30公里（牵头单位：县交通运输局）。进展情况：已完成26公里，完成率87%。\n"
            "9月，县人大常委会组织部分代表对上述项目进行了视察，对项目推进情况给予肯定。\n"
            "10月，县财政局组织各单位开展资金清算。\n")
    assert _answering(read(text)[1]) == {("新建城东幼儿", "县教育局"), ("改造老旧小区", "县住建局"), ("新建农村公路", "县交通运输局")}


def test_a_name_keeps_no_word_before_it_and_a_helper_does_not_act():
    text = "县水利局负责前期手续办理，并由县住建局组织施工；城关镇负责征地拆迁，协助县交通局完成管线迁改，配合县电力局完成迁改。"
    assert [s.text for s in acting_bodies.doers(text, 0, len(text))] == ["县住建局"]
    text = ("某县2023年重点项目11月份推进情况\n"
            "一、推进城北污水处理厂建设。县水利局负责前期手续办理，并由县住建局组织施工。目前，已完成主体工程的70%。\n"
            "二、实施城区道路改造。城关镇负责征地拆迁，协助县交通局完成管线迁改。目前，已完成道路改造2.5公里。\n")
    got = _answering(read(text)[1])
    assert ("推进城北污水", "县住建局") in got
    assert not any(u.startswith(("并由", "协助")) or u == "县交通局" for _, u in got)


def test_a_section_of_a_body_acts():
    text = "河长办秘书股组织对接施工方，督导相关施工建设有序进行；县水利局规划股对接设计单位。"
    assert [s.text for s in acting_bodies.doers(text, 0, len(text))] == ["河长办秘书股", "县水利局规划股"]


def test_words_before_a_post_are_a_leader_only_when_they_are_a_name():
    text = ("某区各单位认领民生实事项目进展情况公布\n"
            "区委宣传部（4项）\n"
            "1.领办项目：幸福社区文化广场建设项目。工作进展：宣传部长带领干部实地调研，目前已完成选址。\n"
            "2.领办项目：幸福社区背街小巷硬化项目。工作进展：支部书记协调施工队进场，目前已完成硬化800米。\n"
            "3.领办项目：幸福社区老旧管网改造项目。工作进展：卫健局长协调资金20万元，目前已完成改造60%。\n"
            "4.领办项目：幸福社区便民市场建设项目。工作进展：包村书记组织群众议事，金融办主任对接银行贷款，目前已开工。\n")
    ex = read(text)[1]
    assert {u for _, u in _answering(ex)} == {"区委宣传部"}


def test_a_named_official_acting_answers_and_serves_in_the_reports_region():
    text = ("宁乡市各单位民生实事项目进展情况\n"
            "市委办公室（2项）\n"
            "1.领办项目：幸福社区取暖提升项目。工作进展：部分住户室温低，丛日昕主任联系住建局协调解决，目前已完成整改。\n"
            "2.领办项目：幸福社区车位规划项目。工作进展：王利君主任多次协调公安局划线，目前已完成划线。\n")
    ex = read(text)[1]
    leaders = {e.ref: e.name for e in ex.entities if e.label == schema.LEADER}
    assert set(leaders.values()) == {"丛日昕", "王利君"}
    assert ("领办项目：幸", "丛日昕") in _answering(ex)
    serves = {(leaders[r.source], r.props["title"]) for r in ex.relations if r.type == schema.SERVES_IN and r.source in leaders}
    assert serves == {("丛日昕", "主任"), ("王利君", "主任")}
    assert ex.document.region.endswith("宁乡市")
