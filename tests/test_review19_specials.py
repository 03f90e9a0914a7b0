"""Review 19: a list before 重大专项 names programmes only when it ends at 专项 itself; what follows 专项 (资金, 整治行动,
规划, 斗争, 行动, 治理, 债券) makes it money, a campaign or a plan, and the items its fields."""
from graph import schema
from tests.test_initiatives import _run
from tests.test_layouts_written import read


def _initiatives(text):
    _kind, ex = read(text)
    return {e.name for e in ex.entities if e.label in (schema.PROJECT, schema.STRATEGY)}


def test_money_campaigns_and_plans_of_special_fields_are_no_programmes():
    names = _initiatives("某市2024年政府工作报告\n过去一年，我们积极争取农村危房改造、农村饮水安全、城镇老旧小区改造等重大专项"
                         "资金支持，共争取资金5亿元。\n")
    assert not any("专项" in n for n in names)
    names = _initiatives("某县安全生产工作要点\n组织开展道路交通、危险化学品、建筑施工等重大专项整治行动。\n")
    assert not any("专项" in n for n in names)
    names = _initiatives("某市国土空间规划工作方案\n同步编制综合交通、市政设施、历史文化保护等重大专项规划。\n")
    assert not any("专项" in n for n in names)


def test_struggles_actions_and_bonds_of_special_fields_are_no_programmes():
    names, _ = _run("深入开展扫黑除恶、禁毒、反诈等重大专项斗争，社会大局保持稳定。", "某县")
    assert not any(n.endswith("重大专项") for n in names)
    names, _ = _run("深入实施乡村振兴、城市更新等重大专项行动。组织开展道路交通、建筑施工等重大专项治理。", "某县")
    assert not any(n.endswith("重大专项") for n in names)
    names, _ = _run("积极争取农村危房改造、城镇老旧小区改造等重大专项债券。", "某县")
    assert not any("专项" in n for n in names)


def test_a_list_ending_at_the_head_still_names_programmes():
    names, _ = _run("核心电子器件、极大规模集成电路等16个重大专项陆续启动。", "全国")
    assert {"核心电子器件重大专项", "极大规模集成电路重大专项"} <= set(names)
    names, _ = _run("继续实施新型显示器、生物医药等一批重大高技术产业化专项的组织实施。", "全国")
    assert {"新型显示器重大高技术产业化专项", "生物医药重大高技术产业化专项"} <= set(names)
    names, _ = _run("高档数控机床研制、大型飞机等重大科技专项取得重要进展。", "全国")
    assert {"高档数控机床研制重大科技专项", "大型飞机重大科技专项"} <= set(names)
    assert names["大型飞机重大科技专项"].label == schema.STRATEGY
