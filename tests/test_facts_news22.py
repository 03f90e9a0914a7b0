"""Responsibility facts in news, minutes and progress reports the twenty-second session's count found missed (helper
facts6), each rule on a small example written for it, failing on the commit before it (96807d2)."""
from __future__ import annotations

from loaders.structure import intents


def _got(found) -> list[tuple[list[str], str]]:
    return [([n.name.text for n in units], task.text) for units, task in found]


def test_a_will_clause_telling_only_when_goes_on_with_the_body_before_it():
    # X…，一周后将…: the body opening the clause before goes on; X审定后，将…: the same; the task ends before a condition
    text = ("县城管局下发整改通知要求相关商户三日内整改到位，五日后将组织集中清理，若逾期未整改的，县城管局将依法处罚。\n"
            "区环委办汇总审核后，将结果报送区政府。\n")
    got = _got(intents.will_do(text))
    assert (["县城管局"], "组织集中清理") in got, got
    assert (["县城管局"], "依法处罚") in got, got
    assert (["区环委办"], "结果报送区政府") in got, got


def test_no_body_carried_to_a_will_clause_of_a_thing_or_another_subject():
    # a thing's 将 (建成后，将投入使用), a clause before it with no body, or a when with no 后: nothing carried
    text = ("县民政局牵头建设养老中心，建成后，将投入使用。\n"
            "改造工程完工后，将交付使用。\n"
            "县住建局召开会议，将研究方案。\n")
    assert _got(intents.will_do(text)) == [], _got(intents.will_do(text))


def test_a_matter_handed_to_a_body():
    # 交办X，要求其…: X answers for what it is told; 交给(了)“X”办理: X answers for the matter handed, its number left out
    from loaders.structure import handed_matters
    text = ("本周燃气类诉求增多。接到诉求后，及时交办县城管局，要求其督促燃气公司尽快排查隐患，确保群众用气安全。\n"
            "支部列出10项清单。第五条路灯维修问题，交给了“人居环境党小组”办理。\n")
    got = _got(handed_matters.handed(text))
    assert got == [(["县城管局"], "督促燃气公司尽快排查隐患，确保群众用气安全"),
                   (["人居环境党小组"], "路灯维修问题")], got


def test_no_matter_handed_to_a_collective_or_a_list_of_projects():
    # 交办各乡镇 (a collective), 交给施工企业 (a firm), A、B共2个项目，交由…办理 (`charges.handed_over`'s): nothing
    from loaders.structure import handed_matters
    text = ("问题清单已交办各乡镇，要求其限期整改。\n"
            "维修工作交给了施工企业办理。\n"
            "会议票决出道路硬化、路灯安装共2个项目，交由镇人民政府办理。\n")
    assert handed_matters.handed(text) == [], _got(handed_matters.handed(text))
