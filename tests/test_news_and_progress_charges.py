"""How news and progress reports charge bodies in their sentences, each form on a small example written for it
(the forms the dev news and progress reports were read worst on)."""
from __future__ import annotations

from graph import schema
from loaders.structure import charges

R, L, S = schema.ROLE_RESPONSIBLE, schema.ROLE_LEAD, schema.ROLE_SUPPORT


def _charged(text: str) -> set[tuple[str, str, str]]:
    """(unit, role, the task's first eight characters) for every charge."""
    return {(u.name.text, u.role, task.text[:8]) for units, task in charges.charged(text) for u in units}


def test_a_speechs_numbered_point_before_the_body_is_not_the_bodys_name():
    got = _charged("王副县长要求：一是各单位要抓紧报送修改意见；二是县财政局要按照会议意见及时修改清单，按期上报。"
                   "其次，县交通运输局要加强指导和调度。")
    assert got == {("县财政局", R, "按照会议意见及时"), ("县交通运输局", R, "加强指导和调度")}


def test_a_collective_after_named_bodies_is_dropped_and_the_named_bodies_answer():
    got = _charged("就春耕工作，会议要求农业部门和各乡镇要提前部署谋划春耕生产。")
    assert got == {("农业部门", R, "提前部署谋划春耕")}
    assert {u for u, _, _ in _charged("县水利局、各乡镇要加快冬修进度。")} == {"县水利局"}


def test_a_collective_first_or_a_government_beside_its_departments_charges_no_one():
    # 各 carries over the names after it: every station and every section
    assert _charged("会议要求各站所、科室要认真领会文件精神，切实抓好河长制工作。") == set()
    # the government and all its departments: the whole administration
    assert _charged("会议强调，旗人民政府及各相关部门要持续优化营商环境。") == set()


def test_a_groups_members_and_a_collective_with_its_bracket_are_collectives():
    assert _charged("马书记强调，市创卫工作领导小组各成员单位、各乡镇(街道)要扛实责任，对照标准查漏补缺。") == set()


def test_a_firm_named_by_its_regions_level_is_charged_and_a_firm_named_by_its_trade_is_not():
    got = _charged("会议原则通过后要求，县城投公司要进一步做好调查研究，严格执行方案。三方设计公司要尽快完成编制。")
    assert got == {("县城投公司", R, "进一步做好调查研")}


def _shares(text: str) -> set[tuple[str, str]]:
    return {(u.name.text, task.text) for units, task in charges.shares(text) for u in units}


def test_a_target_divided_among_bodies_gives_each_body_its_share():
    text = ("省里下达我县农村危房改造目标任务600户，县政府已分解到单位：县住建局300户，县民政局150户，"
            "其中：新建100户，县残联80户，各乡镇70户。目前，县住建局已完成210户。")
    assert _shares(text) == {("县住建局", "县住建局300户"), ("县民政局", "县民政局150户"), ("县残联", "县残联80户")}


def test_figures_by_place_or_without_a_target_divided_are_no_shares():
    # (places counted, not bodies given a share; bodies' figures with no word of a target divided)
    assert _shares("全县任务分解如下：甲镇100户、乙镇200户、丙镇300户。") == set()
    assert _shares("截至6月底，已建成：县住建局300户，县民政局150户，县残联80户。") == set()


def _answered(text: str) -> set[tuple[str, str]]:
    return {(u.name.text, task.text) for units, task in charges.answered_for(text) for u in units}


def test_items_a_report_names_with_the_body_that_answers_for_them():
    text = ("经督查，由县交通运输局负责的第2件、县水利局负责的第5、6件确定事项进展滞后，请以上单位加快进度。"
            "由区住建局负责的城区雨污分流改造项目进展缓慢。")
    assert _answered(text) == {("县交通运输局", "第2件"), ("县水利局", "第5、6件"), ("区住建局", "城区雨污分流改造项目")}


def test_items_of_a_collective_or_of_a_person_name_no_body():
    assert _answered("各乡镇负责的村道硬化项目已全部完工。项目负责人负责的第3件已办结。") == set()


def _listed(text: str) -> set[tuple[str, str]]:
    return {(u.name.text, task.text) for units, task in charges.body_items(text) for u in units}


def test_a_bulletins_line_per_body_gives_the_body_each_item_it_lists():
    text = ("1.交通建设指挥部：项目12项，均达序时进度。\n"
            "2.工业园区建设指挥部：项目20项，未达序时进度2项为：园区污水处理厂(二期)、标准厂房建设项目。\n"
            "3.甲镇：项目5项，滞后1项为：甲镇集镇改造工程。\n"
            "未达序时进度项目2项为：城东大道、城西大道。\n")
    assert _listed(text) == {("工业园区建设指挥部", "园区污水处理厂(二期)"), ("工业园区建设指挥部", "标准厂房建设项目")}


def _handed(text: str) -> set[tuple[str, str]]:
    return {(u.name.text, task.text) for units, task in charges.handed_over(text) for u in units}


def test_projects_a_session_lists_and_hands_over_to_a_body_are_the_bodys():
    text = ("会议依法票决出甲村道路硬化项目、乙村饮水安全工程、丙屯文化广场建设项目共3个项目，总投资800万元，"
            "作为本年度民生实事项目，交由镇人民政府组织实施，接受代表监督。")
    assert _handed(text) == {("镇人民政府", "甲村道路硬化项目"), ("镇人民政府", "乙村饮水安全工程"),
                             ("镇人民政府", "丙屯文化广场建设项目")}


def test_a_list_handed_to_no_body_or_to_everyone_gives_nothing():
    assert _handed("会议票决出甲村道路项目、乙村饮水工程共2个项目，交由各村组织实施。") == set()
    assert _handed("会议票决出甲村道路项目、乙村饮水工程共2个项目，接受代表监督。") == set()


def _lagging(text: str) -> set[tuple[str, str]]:
    return {(u.name.text, task.text[:6]) for units, task in charges.lagging(text) for u in units}


def test_bodies_a_bulletin_names_as_lagging_are_charged_with_what_they_must_do():
    text = ("部分乡镇进度较快。但仍有单位工作迟滞，甲镇、乙乡完成率低，进度缓慢，需加快进度，确保按期完成。"
            "县林业局排名靠后，要查找原因，限期整改。")
    assert _lagging(text) == {("甲镇", "需加快进度，"), ("乙乡", "需加快进度，"), ("县林业局", "要查找原因，")}


def test_lagging_collectives_or_bodies_not_lagging_are_charged_with_nothing():
    assert _lagging("各乡镇进度缓慢，要加快进度，确保完成。") == set()
    # (a body praised, then told what to keep doing: no lag, so no charge read here)
    assert _lagging("县水利局进度较快，要继续保持，确保完成。") == set()


# Guards from the review of these rules: each input once gave a wrong body, a cut name or a task that is none.

def _units(found) -> set[str]:
    return {u.name.text for units, _task in found for u in units}


def test_a_lagging_bodys_name_is_whole_and_some_of_a_kind_is_no_body():
    assert _units(charges.lagging("县住房和城乡建设局进度滞后，要加快推进老旧小区改造。")) == {"县住房和城乡建设局"}
    assert _units(charges.lagging("县乡村振兴局进度滞后，要加快推进。")) == {"县乡村振兴局"}
    assert _units(charges.lagging("部分乡镇完成率低，进度缓慢，需加快进度，确保按期完成。")) == set()
    assert _units(charges.lagging("个别站所进度滞后，要限期整改。")) == set()
    assert _units(charges.lagging("市中心城区改造进度滞后，需加大征收力度。")) == set()
    assert _units(charges.lagging("其中城关镇完成率较低，要加快推进。")) == {"城关镇"}
    assert _units(charges.lagging("对城关镇、东城街道进度滞后的问题，要通报批评。")) == set()


def test_who_answered_for_an_item_is_the_body_after_by_not_a_former_one():
    assert _units(charges.answered_for("目前，均由县民政局负责的第1件、第3件进展滞后。")) == {"县民政局"}
    assert _units(charges.answered_for("经研究，原由县发改局负责的第5件，调整为县住建局牵头办理。")) == set()
    assert _units(charges.answered_for("此前由县住建局负责的城区供水管网改造项目已移交县水务集团运营。")) == set()


def test_money_and_places_shared_out_are_no_divided_target():
    assert charges.shares("县财政已下达第一批补助资金，分配如下：县教育局500万元，县卫健局300万元，县农业农村局200万元。") == []
    assert charges.shares("培训名额分配：县教育局20人，县卫健局30人，县民政局10人。") == []


def test_only_a_firm_local_states_own_is_charged_like_a_body():
    got = _charged("会议要求，区块链公司要加快落地应用场景；市场化运营公司要严格履行合同；县移动公司要加快5G基站建设。")
    assert got == set()
    assert {u for u, _, _ in _charged("会议要求，县城投公司要加快项目融资。")} == {"县城投公司"}


def test_a_collective_beside_the_party_committee_and_government_charges_no_one():
    assert _charged("会议要求，县委、县政府和各乡镇要把民生实事摆在突出位置。") == set()
    assert _charged("会议强调，县委办、县政府办及各乡镇、各部门要高度重视。") == set()


def test_bodies_listed_under_a_body_or_heard_at_a_meeting_are_no_items():
    assert charges.body_items("1.县发改局：牵头项目5个，配合单位3个分别为：县财政局、县住建局、县自然资源局。") == []
    assert charges.handed_over("会议听取了县住建局、县交通运输局、县水利局等3个单位的汇报，议定事项交由县政府督查室落实。") == []
    assert charges.handed_over("督查发现管网破损、路灯不亮、井盖缺失等3个问题，已交由县城管局办理。") == []
