"""Initiatives, the thirty-fourth round (ini32): what the random draw of blind round 28 (now dev) and the earlier
once-blind rounds miss in general, each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_a_quoted_code_before_the_industries_zones_or_plan_it_builds_names_a_programme():
    names, _ = _run("深化“2468”产业体系建设，推进“1+4”重点功能区建设，以链长制推动“12+1”重点产业链提质升级。"
                    "锚定“53321”发展架构，落实省委“246”总体工作部署。", "江苏省")
    assert {"“2468”产业体系", "“1+4”重点功能区", "“12+1”重点产业链", "“53321”发展架构", "“246”总体工作部署"} <= set(names)
    assert all(n.label == "Strategy" for n in names.values())


def test_a_quoted_code_alone_is_the_short_name_of_its_plan():
    names, _ = _run("全面落实省委“2468”具体部署，真抓实干。", "广东省")
    assert "2468" in names["“2468”具体部署"].aliases


def test_a_formula_before_a_mechanism_a_policy_or_a_demand_is_no_programme():
    names, _ = _run("加力实施“6+3”经济政策体系，构建“1+7”制度体系，深化“5+1”维稳防控模式，落实“3+1”重要要求。", "浙江省")
    assert not any("6+3" in n or "1+7" in n or "5+1" in n or "3+1" in n for n in names)


def test_single_nouns_listed_before_a_programme_are_part_of_its_name():
    names, _ = _run("深入打好森林、草原、土壤保护攻坚战。推进土地、劳动力、资本要素市场化配置改革试点。", "江西省")
    assert {"森林、草原、土壤保护攻坚战", "土地、劳动力、资本要素市场化配置改革试点"} <= set(names)
    assert not {"土壤保护攻坚战", "资本要素市场化配置改革试点"} & set(names)
    names, _ = _run("探索林地所有权、资格权、经营权分置改革。", "江西省")
    assert "林地所有权、资格权、经营权分置改革" in names


def test_listed_actions_places_or_fields_before_a_programme_stay_apart():
    names, _ = _run("实施街区强基焕新、夜市品质提升行动。", "四川省")
    assert "夜市品质提升行动" in names      # two campaigns: the items are actions (vn), not objects
    names, _ = _run("深入实施科教兴省、人才强省、创新驱动发展战略。", "四川省")
    assert "创新驱动发展战略" in names


def test_the_last_of_a_list_of_known_programmes_is_named_as_the_first_is():
    names, _ = _run("巩固和发展退耕还林、天然林保护的成果。", "")
    assert {"退耕还林还草", "天然林保护工程"} <= set(names)
    names, _ = _run("巩固拓展脱贫攻坚成果。", "")
    assert not names        # alone, the known name qualifies the results


def test_a_quoted_reform_after_whose_it_is_is_named_with_its_owner():
    names, _ = _run("深化县级“三资”管理改革，推进专家库“双盲”评审改革。", "河北省")
    assert {"县级“三资”管理改革", "专家库“双盲”评审改革"} <= set(names)
    names, _ = _run("深化农村“四块地”改革。", "山西省")
    assert "农村“四块地”改革" in names and "“四块地”改革" not in names


def test_a_bare_catch_phrase_reform_or_one_joined_to_another_name_stays_out():
    names, _ = _run("实施“标准地”供给改革，加快“双减”和高考综合改革，扩大“一业一证”“一链办理”改革覆盖面。", "山东省")
    assert not any("标准地" in n or "高考" in n or "一链办理" in n for n in names)


def test_a_quoted_reform_after_a_verb_a_clause_or_a_list_takes_no_owner():
    names, _ = _run("全省率先推行“智能办”改革。全面推行“公务餐”改革。特别是“八五”是我国推进改革的关键时期。", "山东省")
    assert not names
    names, _ = _run("深化农村承包地和宅基地“三权分置”改革。", "山东省")
    assert not any("宅基地“" in n for n in names)
