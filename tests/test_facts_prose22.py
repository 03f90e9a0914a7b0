"""Duties written in prose the twenty-second session's count of missed facts found (helper facts5), each rule on a small
example written for it: sectors listed before the kind of department they share, told their part in a rule's article
(`sector_duties`, `sector_lists`); bodies named by their part in a programme or by kind or level, told 要/应 or a step after
a dash (`role_subjects`)."""
from __future__ import annotations

from loaders.structure import role_subjects, sector_duties, sector_lists
from loaders.structure import annotation as ann
from loaders.structure.responsibility import RESPONSIBLE


def _got(found) -> list[tuple[list[str], str]]:
    assert all(n.role == RESPONSIBLE for units, _ in found for n in units)
    return [([n.name.text for n in units], task.text) for units, task in found]


_RULE = ("第一条 为了加强对古树名木的保护，制定本办法。\n"
         "第二条 区人民政府负责本区古树名木保护工作。\n"
         "规划土地、绿化市容、公安消防、财政等相关行政管理部门，按照各自职责共同做好古树名木保护工作。\n"
         "第三条 文物、教育、文广影视等行政管理部门，学校、社区，以及报刊、网站等媒体应当加强古树名木保护的宣传。\n")


def test_sectors_listed_before_their_shared_kind_each_answer_in_a_rule():
    # X、Y…等相关行政管理部门，按照各自职责…: each sector as written, the shared kind dropped; a city's sector named by two
    # fields (规划土地, 绿化市容) is a sector; other addressees after the list (学校、社区，以及…等媒体) are not read
    got = _got(sector_duties.charged(_RULE))
    assert got == [(["规划土地", "绿化市容", "公安消防", "财政"], "按照各自职责共同做好古树名木保护工作"),
                   (["文物", "教育", "文广影视"], "加强古树名木保护的宣传")], got


def test_sector_list_kinds_and_two_field_sectors():
    t = "发展改革、规划土地、经济信息化等相关行政管理部门"
    got = [s.text for s in sector_lists.listed(t, ann.Span(t, 0, len(t)))]
    assert got == ["发展改革", "规划土地", "经济信息化"], got
    # a list of things or kinds of body, not sectors: none
    for t in ("商场、超市等相关单位", "学校、医院等有关部门", "规划土地"):
        assert sector_lists.listed(t, ann.Span(t, 0, len(t))) is None, t


def test_no_sector_duty_outside_a_rule_or_in_a_report():
    # outside articles and not a prose charge: nothing; a report of what was done (了): nothing
    assert sector_duties.charged("发改、财政、住建等部门，按照各自职责做好保障工作。\n") == []
    assert sector_duties.charged("第一条 为…制定本办法。\n第二条 2023年，发改、财政等部门按照各自职责开展了检查。\n", True) == []


def test_roles_kinds_and_levels_told_their_part_in_a_notice():
    # 推荐单位应…, 高等学校要…: responsible for the sentence; 地市和区县要…: each level; told in turn in one sentence
    # (X要A，Y要B，Z要C，先行先试…): each after the first told one clause, what follows the last no one's
    text = ("推荐单位应于2024年5月10日前完成审核，将推荐汇总表报送我部。\n"
            "高等学校要重点推进三项工作，包括建设智能化教学环境等。\n"
            "各试点单位要建立联动机制，地市和区县要遴选一批实验校，高校要遴选一批实验基地，先行先试，确保成效。\n"
            "对承担重大任务的博士生，高校应参照有关规定，制定提高其待遇的办法。\n")
    got = _got(role_subjects.charged(text))
    assert got == [(["推荐单位"], "于2024年5月10日前完成审核，将推荐汇总表报送我部"),
                   (["高等学校"], "重点推进三项工作，包括建设智能化教学环境等"),
                   (["地市", "区县"], "遴选一批实验校"),
                   (["高校"], "遴选一批实验基地"),
                   (["高校"], "参照有关规定，制定提高其待遇的办法")], got


def test_a_procedures_steps_after_a_dash_with_no_duty_word():
    # ——X<does>: the step's body responsible; without the dash or a duty word, nothing (高校毕业生…, 专业机构的…)
    text = ("——各推荐单位加强对所推荐项目的审核把关，按时统一报送。\n"
            "——专业机构受理项目预申报。为确保竞争度，…\n"
            "专业机构组织专家评审。高校毕业生要积极就业。专业机构的评审结果及时公布。\n")
    got = _got(role_subjects.charged(text))
    assert got == [(["各推荐单位"], "加强对所推荐项目的审核把关，按时统一报送"),
                   (["专业机构"], "受理项目预申报")], got
