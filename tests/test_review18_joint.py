"""Review 18's items on bodies acting together (`joint_work`), each a guard on the reviewer's input or one like it:
组织 / 联合 inside a body's name (组织部, 联合会), a leader leading bodies (县长张三带领…), bodies named by where they are
(辖区派出所), and X联合Y in a plan's or a generic document's measure (read by `sentence_charges.add`)."""
from __future__ import annotations

from loaders.structure import charges, intents, joint_work
from loaders.structure.responsibility import RESPONSIBLE

from tests.test_layouts_written import facts, read

R = RESPONSIBLE


def _together(text: str) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text)
            for units, task in joint_work.together(text, charges.charged(text) + intents.will_do(text))]


def _names(got) -> set[str]:
    return {n for units, _ in got for n, _ in units}


def test_organisation_department_and_federation_are_names_not_verbs():
    # rev18 #4: 组织 of 组织部 and 联合 of 联合会 are part of a body's name, not the verb bringing others in
    got = _together("近日，县委组织部联合县人社局、县教育局开展人才引进专项招聘活动。\n")
    assert got == [([("县委组织部", R), ("县人社局", R), ("县教育局", R)], "开展人才引进专项招聘活动")], got
    got = _together("近日，县委组织部组织县人社局、县教育局等部门开展人才引进专项招聘活动。\n")
    assert got == [([("县人社局", R), ("县教育局", R)], "开展人才引进专项招聘活动")], got
    # (a party committee organising bodies is still read: 组织部 is refused by what follows 组织, not by 委 before it)
    got = _together("近日，县委组织县住建局、县城管局等部门开展背街小巷环境卫生整治。\n")
    assert got == [([("县住建局", R), ("县城管局", R)], "开展背街小巷环境卫生整治")], got
    got = _together("5月15日，市残疾人联合会联合市民政局、市卫健委开展全国助残日主题活动。\n")
    assert all("联合市" not in n and not n.startswith("会") for n in _names(got)), got


def test_a_leader_leading_bodies_is_no_part_of_their_names():
    # rev18 #5: 县长张三带领A、B等部门联合开展… — the bodies after 带领 act, the leader is no body
    got = _together("1月20日，县长张三带领县市场监管局、县公安局等部门联合开展节前安全检查。\n")
    assert got == [([("县市场监管局", R), ("县公安局", R)], "开展节前安全检查")], got
    got = _together("近日，副县长李四率领县住建局联合县城管局、县交警大队开展违规占道专项整治。\n")
    assert all("李四" not in n and "率领" not in n for n in _names(got)), got


def test_bodies_named_by_where_they_are_are_no_one_in_particular():
    # rev18 #14: 辖区派出所 (当地, 驻地) names a body by its place in the work, as 相关 or 属地 do
    for some in ("辖区派出所", "当地派出所", "驻地部队"):
        got = _together(f"区城管局联合{some}、区交警大队开展夜间巡查。\n")
        assert some not in _names(got), got


def test_joint_work_reads_through_charges_task():
    # rev18 #13: no copy of charges.task_span in joint_work
    assert not hasattr(joint_work, "_work")


def test_a_plan_measure_of_a_body_joining_another_is_read():
    # rev18 #10: X联合Y负责… in a plan or a generic document (charges refuses 局联合 as one name, leaving it to
    # joint_work, which news alone ran)
    text = ("某市春季农资打假专项行动实施方案\n为保障春耕生产，制定本方案。\n"
            "一、工作措施\n（一）市农业农村局联合市市场监管局负责春季农资打假专项行动。\n")
    _, ex = read(text)
    got = {(who, role) for _, who, role in facts(ex)}
    assert {("市农业农村局", R), ("市市场监管局", R)} <= got, got
    # (an article of a regulation, as the reviewer wrote it)
    text = ("某市农资市场管理办法\n第一条 为规范农资市场秩序，制定本办法。\n"
            "第三条 市农业农村局联合市市场监管局负责春季农资打假专项行动。\n")
    kind, ex = read(text)
    got = {(who, role) for _, who, role in facts(ex)}
    assert {("市农业农村局", R), ("市市场监管局", R)} <= got, (kind, got)
