"""Units the plan and progress readers missed, each rule on a small example written for it (helper prog3)."""
from __future__ import annotations

from graph import schema
from tests.test_layouts_written import read


def _roles(ex) -> set[tuple[str, str, str]]:
    """(the task's first six characters, the unit as written, role) for every RESPONSIBLE_FOR."""
    ents = {e.ref: e for e in ex.entities}
    return {(ents[r.target].props["text"][:6], ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name,
             r.props["role"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}


def test_the_bodies_a_collaboration_field_names_support_the_item():
    # 协作单位 / 主要协作单位: the bodies that work with the lead, as 配合单位 are
    text = ("某县卫健委2021年政府工作报告任务分解\n\n"
            "1.创建国家卫生县城。\n\n牵头责任单位：县卫健委\n\n主要协作单位：各乡镇人民政府、县住建局\n\n"
            "2.推广家庭医生签约服务。\n\n牵头责任单位：县卫健委\n\n协作单位：县医保局\n")
    kind, ex = read(text)
    assert kind == "division_plan"
    got = _roles(ex)
    assert ("创建国家卫生", "县住建局", "support") in got and ("创建国家卫生", "各乡镇人民政府", "support") in got
    assert ("推广家庭医生", "县医保局", "support") in got and ("推广家庭医生", "县卫健委", "lead") in got
