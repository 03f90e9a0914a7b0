"""Duties a national policy writes in prose with no duty word between the bodies and their work, each rule on a small
example written for it: X、Y<does> / X会同Y，<does> / X联合Y<does> / X<does A>，联合Y<does B> (`bare_charges`), departments
named by level or trade as their subject (`prose_subjects`)."""
from __future__ import annotations

from loaders.structure import bare_charges, prose_subjects
from loaders.structure import annotation as ann
from loaders.structure.responsibility import RESPONSIBLE


def _got(found) -> list[tuple[list[str], str]]:
    assert all(n.role == RESPONSIBLE for units, _ in found for n in units)
    return [([n.name.text for n in units], task.text) for units, task in found]


def test_bodies_listed_then_their_work_each_answer():
    # X、Y<verb>…: each body responsible for the clause from the verb; after a setting clause and an item's number too
    got = _got(bare_charges.told("（一）在前期试点基础上，商务部、财政部遴选一批示范城市，开展综合评估；对评估合格的城市给予支持。\n"
                                 "第三条 农业农村部依照本规定对全国范围内的种子生产实施监督管理。\n"))
    assert got == [(["商务部", "财政部"], "遴选一批示范城市，开展综合评估"),
                   (["农业农村部"], "对全国范围内的种子生产实施监督管理")], got


def test_bodies_working_together_and_a_second_clause_with_others():
    # X会同Y、Z，对…进行审核: all; X建立…，联合Y组织…: X alone for the first, X and Y for the second; X联合Y组织…: all
    got = _got(bare_charges.told("省级商务主管部门会同省级财政部门、通信管理局，对申报材料进行审核，于6月底前报送商务部。\n"
                                 "各地商务、财政主管部门建立会商机制，联合税务主管部门组织对本地区项目进行推荐。\n"
                                 "商务部、财政部联合市场监督管理总局组织遴选并公布名单。\n"))
    assert got == [(["省级商务主管部门", "省级财政部门", "通信管理局"], "对申报材料进行审核，于6月底前报送商务部"),
                   (["各地商务、财政主管部门", "税务主管部门"], "组织对本地区项目进行推荐"),
                   (["各地商务、财政主管部门"], "建立会商机制"),
                   (["商务部", "财政部", "市场监督管理总局"], "组织遴选并公布名单")], got


def test_no_bare_charge_of_what_is_done_issued_overseen_or_no_body():
    # a report (了, a past time), a noun phrase (X制定的文件，由…), the plan's own oversight (督导, 督办), a subject that is
    # no body (申报单位, 有关单位和部门, a verb read into a name), a purpose clause before the body: nothing
    assert bare_charges.told("2023年，商务部组织开展示范城市评估。商务部组织了专项检查。\n"
                             "国务院部门制定的规范性文件，由本部门审核机构进行审核。\n"
                             "县发改委、县督查办对相关工作进行督导，对滞后事项挂牌督办。\n"
                             "各申报单位组织材料报送。有关单位和部门对问题进行整改。强化河长办组织协调职责。\n"
                             "为推动试点，商务部遴选一批城市。\n") == []


def test_departments_named_by_level_or_trade():
    def deps(s: str):
        found = prose_subjects.departments(s, ann.Span(s, 0, len(s)))
        return [p.text for p in found] if found else None
    assert deps("省级公安机关交通管理部门、住房和城乡建设部门、通信管理局") == ["省级公安机关交通管理部门", "住房和城乡建设部门", "通信管理局"]
    assert deps("各地工业和信息化、发展改革主管部门") == ["各地工业和信息化、发展改革主管部门"]
    assert deps("有关部门") is None and deps("各申报单位") is None and deps("交通运输部门") is None


def test_a_rule_assigns_the_decision_to_the_body_named_last():
    # …的，由X确定/核定/另行规定/进行审核: X responsible for the sentence; a body named relative to others kept as written; staff
    # after 或者 left out; a permission after it (，也可以由…) no part of it
    from loaders.structure import assigned_by
    got = _got(assigned_by.assigned("第五条 难以界定所得项目的，由国务院税务主管部门确定。\n"
                                    "第七条 具体办法，由国务院另行规定，并报全国人民代表大会常务委员会备案。\n"
                                    "市级部门制定的文件，由本部门审核机构进行审核，也可以由本级人民政府确定的审核机构进行审核。\n"
                                    "已明确专门审核人员的，由本单位审核机构或者审核人员进行审核。\n"))
    assert got == [(["国务院税务主管部门"], "难以界定所得项目的，由国务院税务主管部门确定"),
                   (["国务院"], "具体办法，由国务院另行规定，并报全国人民代表大会常务委员会备案"),
                   (["本部门审核机构"], "市级部门制定的文件，由本部门审核机构进行审核"),
                   (["本单位审核机构"], "已明确专门审核人员的，由本单位审核机构或者审核人员进行审核")], got


def test_no_assigned_decision_of_an_applicant_a_post_a_permission_or_the_rule_itself():
    from loaders.structure import assigned_by
    assert assigned_by.assigned("成员需要调整的，由所在单位提出，联席会议确定。议题由国务院分管领导同志审核后提出。"
                                "也可以根据实际需要由本级人民政府审核。本办法由市财政局负责解释。主任人选由试点地区推举确定。\n") == []


def test_two_measures_assigned_to_one_body_in_a_notice_are_both_kept():
    # two sentences ending alike (…，由本部门审核机构进行审核) are two measures: the case before the body tells them apart
    from graph import schema
    from tests.test_layouts_written import read
    _, ex = read("关于规范性文件合法性审核的通知\n一、审核主体\n国务院部门制定的规范性文件，由本部门审核机构进行审核。"
                 "省级人民政府部门制定的规范性文件，由本部门审核机构进行审核。\n")
    ents = {e.ref: e for e in ex.entities}
    got = [ents[r.target].props["text"] for r in ex.relations
           if r.type == schema.RESPONSIBLE_FOR and ents[r.source].name == "本部门审核机构"]
    assert len(got) == 2, got


def test_collectives_a_national_notice_charges_by_level_or_trade():
    # 各地区、各部门要…: both, split at 、; 各省（区、市）人民政府要…, 国务院各有关部门要…, 城市人民政府要…: kept as written
    from loaders.structure import prose_collectives
    got = _got(prose_collectives.charged("二、各地区、各部门要深刻领会推广工作的重大意义。\n"
                                         "三、各省（区、市）人民政府要研究制定推广工作方案。国务院各有关部门要积极指导推进推广工作。\n"
                                         "（一）城市人民政府要研究制定智慧城市建设方案。\n"))
    assert got == [(["各地区", "各部门"], "深刻领会推广工作的重大意义"),
                   (["各省（区、市）人民政府"], "研究制定推广工作方案"),
                   (["国务院各有关部门"], "积极指导推进推广工作"),
                   (["城市人民政府"], "研究制定智慧城市建设方案")], got
    # (nor what was done, nor the plan's own oversight)
    assert prose_collectives.charged("2020年，各地区、各部门要求加快进度。各地区、各部门要加强督促检查。\n") == []


def test_two_collectives_joined_by_ji_are_two_and_their_next_sentence_goes_on():
    # 各级政府及有关职能部门要…: two names (各级人民政府及其部门 stays one); 各地区、各部门要…。要…: the second sentence theirs too
    from loaders.structure import charge_goes_on, rule_collectives
    got = _got(rule_collectives.charged("（三）各级政府及有关职能部门要履职尽责。各级人民政府及其部门要明确审核机构。\n", prose=True))
    assert got == [(["各级政府", "有关职能部门"], "履职尽责"), (["各级人民政府及其部门"], "明确审核机构")], got
    from loaders.structure import prose_collectives
    text = "二、各地区、各部门要深刻领会推广工作的重大意义。要着力推进构建新体制。\n"
    got = _got(charge_goes_on.goes_on(text, prose_collectives.charged(text)))
    assert got == [(["各地区", "各部门"], "着力推进构建新体制")], got


def test_a_bodys_points_carry_its_name():
    # X将…。一是…。二是…: each point's sentences X's; a point naming its own body (三是Y将…) Y's; 配合有关部门做好…: X
    # support, 有关部门 responsible; 联合有关部门…: 有关部门 too; no points after a report of what was done
    from loaders.structure import points_carried
    from loaders.structure.responsibility import SUPPORT
    got = [([(n.name.text, n.role) for n in units], task.text) for units, task in points_carried.carried(
        "下一步，商务部将做好以下工作。一是优化补贴申领流程。二是联合有关部门推动标准制定。配合有关部门做好试点工作。"
        "三是财政部将安排专项资金。\n"
        "2020年，商务部开展了以下工作。一是优化了流程。\n")]
    assert got == [([("商务部", RESPONSIBLE)], "优化补贴申领流程"),
                   ([("商务部", RESPONSIBLE), ("有关部门", RESPONSIBLE)], "联合有关部门推动标准制定"),
                   ([("商务部", SUPPORT), ("有关部门", RESPONSIBLE)], "配合有关部门做好试点工作"),
                   ([("财政部", RESPONSIBLE)], "安排专项资金")], got
