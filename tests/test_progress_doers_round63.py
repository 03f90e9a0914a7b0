"""Who answers in a progress report that tells who did the work instead of annotating it, each rule on a small example
written for it (helper prog2): the body that opens a clause of an item and acts (X组织…, 属地Y开展…, Z就…帮助…) is
responsible for the item's work, in a report of numbered items headed by their work and in a status read after an
item's fields (…项目。工作进展：…住建局督办…); a body named as another's object, a firm and a person are not."""
from __future__ import annotations

from graph import schema
from tests.test_layouts_written import read


def _answering(ex) -> set[tuple[str, str]]:
    """(the task's first six characters, the unit as written) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["text"][:6], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name)
            for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


def test_the_bodies_an_items_sentences_tell_acting_answer_for_its_heading():
    text = ("某县水利局河长制10月份工作开展情况\n"
            "一、加快推进城北水库除险加固。县水利局组织施工单位加快进度，督导质量安全。目前，主体工程已完成80%。\n"
            "二、有序推进河道清淤。属地城关镇开展清淤工作；县河长办就清淤产生的淤泥帮助施工方联系运输公司。目前，已完成清淤3公里。\n"
            "三、更新河长公示牌。根据各镇报送的数据完成系统更新。目前，系统信息更新已全部完成。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert _answering(ex) == {("加快推进城北", "县水利局"), ("有序推进河道", "城关镇"), ("有序推进河道", "县河长办")}


def test_a_body_acting_in_a_status_run_on_after_the_items_fields_answers_with_the_header_unit():
    text = ("某区各单位认领民生实事项目进展情况公布\n"
            "区委办公室（3项）\n"
            "1.领办项目：幸福社区取暖提升项目。工作进展：部分住户室温低，李明主任联系住建局协调解决，住建局督办供暖公司完成整改。\n"
            "2.领办项目：幸福社区车位规划项目。工作进展：乱停车现象严重，联系公安局进行车位划分，公安局进行公开招投标，目前已完成划线。\n"
            "3.领办项目：幸福社区路灯修复项目。工作进展：办公室提供资金5000元，目前全部更换完毕。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    got = _answering(ex)
    assert ("领办项目：幸", "住建局") in got and ("领办项目：幸", "公安局") in got
    # the header's unit answers for each, and nothing else is read as a body: not the office's own word for itself
    # (办公室), a firm (供暖公司) or a body named as another's object (联系公安局); the official acting on the first
    # (李明主任联系…) is a Leader answering for it
    assert {u for _, u in got} == {"区委办公室", "住建局", "公安局", "李明"}
    assert ("领办项目：幸", "李明") in got
    assert {e.name for e in ex.entities if e.label == schema.LEADER} == {"李明"}


def test_a_body_named_as_an_object_or_a_state_of_the_work_does_not_act():
    from loaders.structure import acting_bodies
    text = "经与公安局协商，联系公安局进行车位划分；目前，大坝围挡铲除工作全部完成；供暖公司进行整改；王强主任联系住建局协调。"
    assert [s.text for s in acting_bodies.doers(text, 0, len(text))] == []


def test_the_body_opening_an_items_status_paragraph_answers_for_the_item():
    text = ("2023年市政府十件民生实事推进情况\n"
            "一、新建改建农村公路200公里。\n"
            "市交通运输局：已完成改建农村公路150公里，占年度任务的75%。\n"
            "二、新增城区停车泊位3000个。\n"
            "市住建局、市公安局：已建成停车泊位2600个，其余正在加快建设。\n"
            "三、改造老旧小区20个。\n"
            "主要做法：加强统筹调度。\n")
    kind, ex = read(text)
    assert kind == "progress_report"
    assert _answering(ex) == {("新建改建农村", "市交通运输局"), ("新增城区停车", "市住建局"), ("新增城区停车", "市公安局")}


def test_a_reports_section_heading_is_no_work_its_bodies_answer_for():
    text = ("某县2023年民生实事项目推进情况\n"
            "一、总体情况\n"
            "县水利局组织6个技术指导组开展实地指导。目前，已完成清淤疏浚33公里。\n"
            "二、加快推进灌区渠系配套。县水利局组织施工单位加快进度。目前，已完成渠道衬砌8公里。\n")
    kind, ex = read(text)
    assert ("总体情况", "县水利局") not in _answering(ex)
    assert ("加快推进灌区", "县水利局") in _answering(ex)


def test_a_charge_a_rule_followed_or_the_inspecting_office_gives_no_doer():
    from loaders.structure import acting_bodies
    text = ("县发改委要会同县督查落实办对相关工作进行督导；市审计局按照市政府对整改工作有关要求召开会议；"
            "县政府督查室对上半年重点工作完成情况进行汇总；市政府督办室通报了进展；（区级牵头单位：区科经局）")
    assert [s.text for s in acting_bodies.doers(text, 0, len(text))] == []
    assert [s.text for s in acting_bodies.doers("区住建局对老旧小区开展排查。", 0, 14)] == ["区住建局"]
