"""Duties written in prose, each rule on a small example written for it: a long list of bodies leading a task with the
others backing it (由X、Y…等部门牵头…，其他相关部门配合: `lead_lists`), and a rule's articles charging collectives and
levels of government (县级以上人民政府负责…, 有关部门应当…: `rule_collectives`)."""
from __future__ import annotations

from loaders.structure import lead_lists, rule_collectives
from loaders.structure.responsibility import LEAD, RESPONSIBLE, SUPPORT

from tests.test_layouts_written import facts, read


def _got(found) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text) for units, task in found]


LONG_LIST = ("二、部门自查\n六个方面的重点，由所涉及的省发展改革委、省教育厅、省科技厅、省民政厅、省财政厅、省水利厅、省农业农村厅、"
             "省商务厅等省级主管部门（单位）牵头完成自查报告，其他相关部门（单位）配合，于6月20日前向省政府报送。\n")


def test_each_body_of_a_long_list_leads_and_the_others_back_it():
    got = _got(lead_lists.led(LONG_LIST))
    leads = [(n, LEAD) for n in ("省发展改革委", "省教育厅", "省科技厅", "省民政厅", "省财政厅", "省水利厅", "省农业农村厅", "省商务厅")]
    assert got == [(leads + [("其他相关部门（单位）", SUPPORT)], "完成自查报告")], got


def test_a_long_list_in_a_notice_gives_its_facts_once():
    kind, ex = read("各市人民政府，省政府各部门：\n现就有关工作通知如下。\n" + LONG_LIST + "特此通知。\n")
    got = {(name, role) for _, name, role in facts(ex)}
    assert ("省商务厅", LEAD) in got and ("其他相关部门（单位）", SUPPORT) in got and len(got) == 9, got


def test_a_short_list_is_left_to_done_by():
    # (由X、Y牵头…: `charges.done_by` reads it; this reader does not read it twice)
    assert lead_lists.led("由市财政局、市商务局牵头制定实施细则，市直有关部门配合。\n") == []


RULE = ("某省危险物品管理规定\n第一条 为加强管理，制定本规定。\n"
        "第五条 县级以上人民政府负责本行政区域内危险物品的监督管理工作，建立工作机制。\n"
        "第六条 公安机关依法对危险物品的流向进行监督管理。\n其他有关部门依法履行监督管理职责。\n"
        "第八条 有关部门应当加强危险物品信息管理。\n"
        "第九条 各部门、各项目中心主要负责人对本单位的安全工作负全面领导责任。\n"
        "第十条 中心各部门、各项目中心每年应将落实情况列入年度总结。\n")


def test_a_rules_articles_charge_collectives_and_levels_of_government():
    got = _got(rule_collectives.charged(RULE))
    assert ([("县级以上人民政府", RESPONSIBLE)], "本行政区域内危险物品的监督管理工作，建立工作机制") in got, got
    assert ([("公安机关", RESPONSIBLE)], "对危险物品的流向进行监督管理") in got, got
    assert ([("其他有关部门", RESPONSIBLE)], "履行监督管理职责") in got, got
    assert ([("有关部门", RESPONSIBLE)], "加强危险物品信息管理") in got, got
    assert ([("中心各部门", RESPONSIBLE), ("各项目中心", RESPONSIBLE)], "将落实情况列入年度总结") in got, got
    # (a post, 主要负责人, is no body)
    assert not [g for g in got if "负责人" in g[1] or any("主" in n for n, _ in g[0])], got


def test_collectives_outside_a_rules_articles_are_not_charged():
    # a speech's or a notice's charge to collectives with no numbered articles gives no task
    assert rule_collectives.charged("会议要求，有关部门要加强信息管理。各部门要抓好落实。\n") == []
    # nor does an article cited in a plan's sentence make it a rule
    assert rule_collectives.charged("由运管部门按照《某省道路运输管理条例》第五十八条规定处理。有关部门应当加强管理。\n") == []


def test_a_plans_prose_charges_named_bodies_told_yao_and_towns_told_what_to_see_to():
    from loaders.structure import duties
    text = ("（三）加强管委会统筹职能。某地区管委会负责统筹推进规划编制、招商引资等工作，东林镇、西山镇和南湖镇（以下统称“三镇”）"
            "重点做好社会管理、公共服务等工作，将三镇招商引资职能转移整合到管委会。按照均等化要求，浦江新区政府要做好三镇的财力保障工作。\n")
    got = _got(duties.told(text, yao=True))
    assert ([("某地区管委会", RESPONSIBLE)], "统筹推进规划编制、招商引资等工作") in got, got
    assert ([("东林镇", RESPONSIBLE), ("西山镇", RESPONSIBLE), ("南湖镇", RESPONSIBLE)], "社会管理、公共服务等工作") in got, got
    assert ([("浦江新区政府", RESPONSIBLE)], "做好三镇的财力保障工作") in got, got


def test_yao_in_a_word_or_a_kind_of_town_charges_no_one():
    from loaders.structure import duties
    # (主要, 需要 hold 要; 乡镇 and 重点镇 are kinds of town, not towns)
    assert duties.told("各乡镇主要负责同志亲自抓。乡镇要做好宣传工作。重点镇要做好规划工作。\n", yao=True) == []


def test_a_bureau_told_yao_in_a_lists_covering_notice_or_to_play_its_part_is_no_task():
    from loaders.structure import duties
    # (the closing requirements of a notice issuing a list of 实事: its bureaus' 要… are no tasks of the list)
    notice = ("某县人民政府关于印发2025年十件民生实事的通知\n各乡镇人民政府，县直各部门：\n现将2025年十件民生实事印发给你们。\n"
              "县财政局要做好资金保障，及时足额安排项目资金。\n")
    kind, ex = read(notice)
    assert not [f for f in facts(ex) if f[1] == "县财政局"], facts(ex)
    # (told to play its part, or to oversee the plan: no task; nor 要 at all unless asked for)
    assert duties.told("县发改委要充分发挥牵头作用。县督查室要加强督促指导。\n", yao=True) == []
    assert duties.told("浦江新区政府要做好三镇的财力保障工作。\n") == []


def test_a_body_told_to_check_or_supervise_answers_for_it_with_no_duty_word():
    from loaders.structure import duties
    # (read where the document charges its bodies in prose, `yao`; a report's 省交通运输厅对…进行专项检查 tells what happened)
    assert duties.told("第十条 市审计局对专项资金的使用情况进行审计监督。\n") == []
    got = _got(duties.told("第十条 市审计局对专项资金的使用情况进行审计监督。\n"
                           "新区管委会会同国资主管部门对开发主体的年度开发建设工作进行考核。\n", yao=True))
    assert ([("市审计局", RESPONSIBLE)], "对专项资金的使用情况进行审计监督") in got, got
    assert ([("新区管委会", RESPONSIBLE), ("国资主管部门", RESPONSIBLE)], "对开发主体的年度开发建设工作进行考核") in got, got
    # (what was done, a summary's report, is no duty; nor is support given, 对…给予支持)
    assert duties.told("2023年，市审计局对专项资金的使用情况进行了审计监督。\n市政府对重大项目给予支持。\n", yao=True) == []


def test_a_collective_is_charged_only_in_an_article_and_only_a_collective_of_bodies():
    text = ("第一条 为加强管理，制定本办法。\n第二条 人工智能各类活动应遵循以下伦理规范。\n"
            "第三条 由多个单位组成的主体，其中应至少有一个单位具备能力，且各单位应签署相关协议。\n"
            "第四条 工业和信息化部和各地通信主管部门应当加强监管。\n"
            "（十九）协同推进实施。各地相关部门要加强协同协作。\n"
            "第五条\u2002\u3000不同部门提供的数据不一致的，相关部门应当及时协商形成一致意见。\n")
    got = _got(rule_collectives.charged(text))
    assert got == [([("相关部门", RESPONSIBLE)], "及时协商形成一致意见")], got


def test_ying_inside_a_word_does_not_end_a_duty():
    from loaders.structure import duties
    # (立即采取相应措施: 相应 is a word, not a subject told 应; the duty runs on to the sentence's end)
    got = _got(duties.told("省级应急工作指挥部要根据市场出现的应急状态，立即采取相应措施，增加市场供给，保证供应。\n", yao=True))
    assert got == [([("省级应急工作指挥部", RESPONSIBLE)], "根据市场出现的应急状态，立即采取相应措施，增加市场供给，保证供应")], got
