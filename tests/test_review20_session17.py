"""Guards from the seventeenth session's last read of the change: each fails on the code before its mend."""
from graph import schema
from tests.test_layouts_written import read
from tests.test_progress_units_round64 import _roles


def test_an_action_plan_keeps_the_lead_it_names_again_among_the_responsible_units():
    text = ("某县关于加快推进重点项目建设的实施方案\n\n一、主要任务\n\n"
            "（一）加快项目前期工作。完善项目储备库。（牵头单位：县发改局；责任单位：县发改局、县财政局）\n\n"
            "（二）强化要素保障。做好用地保障。（牵头单位：县自然资源局；责任单位：县自然资源局、县住建局）\n")
    kind, ex = read(text)
    assert kind == "action_plan"
    roles = _roles(ex)
    # the lead kept, and the second role beside it, once per role (plan_builder.relate's `apart`)
    assert {("加快项目前期", "县发改局", schema.ROLE_LEAD), ("加快项目前期", "县发改局", schema.ROLE_RESPONSIBLE),
            ("强化要素保障", "县自然资源局", schema.ROLE_LEAD), ("强化要素保障", "县自然资源局", schema.ROLE_RESPONSIBLE)} <= roles


def test_a_groups_make_up_is_not_its_remit():
    from loaders.structure import bodies_set_up
    text = "为加强组织领导，成立县安全生产大排查工作领导小组，县长任组长，分管副县长任副组长，成员由各部门主要负责人组成。"
    assert bodies_set_up.set_up(text) == []
    # (the remit itself is still read)
    found = bodies_set_up.set_up("成立县项目建设工作专班，具体负责全县重点项目的调度推进。")
    assert [t.text for _, t in found] and "调度推进" in found[0][1].text


def test_a_quoted_name_before_a_document_or_a_campaign_is_no_craft():
    from loaders.recognisers.initiative_named_craft import quoted_craft_candidates
    assert quoted_craft_candidates("认真贯彻落实“中央一号”文件精神。") == []
    assert quoted_craft_candidates("深入开展“清风一号”专项行动。") == []
    assert [c.name for c in quoted_craft_candidates("“探索三号”科考船交付使用。")] == ["“探索三号”科考船"]


def test_a_family_name_that_opens_clauses_still_names_with_one_character():
    from loaders.recognisers.official_names import name_problem
    for name in ("于正", "于立", "于进"):
        assert not name_problem(name), name
    assert name_problem("由相关")


def test_firms_and_applicants_a_rule_charges_are_no_public_bodies():
    from loaders.structure import rule_collectives
    prose = "一、各施工单位要严格落实安全生产主体责任。\n二、各生产经营单位要开展隐患自查自纠。\n三、各银行业金融机构要加大信贷支持。\n"
    assert rule_collectives.charged(prose, prose=True) == []
    articles = "第四条 各申报单位根据申报通知，如实填报材料。\n第五条 各施工单位组织开展培训，提高安全意识。\n"
    assert rule_collectives.charged(articles) == []
    # (a public collective is still charged)
    found = rule_collectives.charged("一、各试点单位要做好三年试点规划。\n二、各级能源主管部门要加强指导。\n", prose=True)
    assert {p.text for units, _ in found for p in (u.name for u in units)} == {"各试点单位", "各级能源主管部门"}


def test_work_told_as_done_before_is_no_lead():
    from loaders.structure import leads_told
    assert leads_told.told("此前，国家发展改革委牵头开展试点工作，取得明显成效。") == []
    assert leads_told.told("国家能源局牵头建立专项协调推进机制，会同有关部门分工协作解决重大问题。")
