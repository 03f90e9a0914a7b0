"""Initiatives, the twenty-fifth round (ini28): what the random draw of blind round 24 (now dev) misses in general, each
rule on a small example written for it."""
from graph import schema
from tests.test_initiatives import _run


def test_major_specials_listed_before_one_head_are_each_named_by_its_field():
    names, _ = _run("组织实施航空发动机、海水淡化与利用、稀土材料及应用等国家重大专项。", "全国")
    assert {"航空发动机国家重大专项", "海水淡化与利用国家重大专项", "稀土材料及应用国家重大专项"} <= set(names)
    assert names["航空发动机国家重大专项"].label == schema.STRATEGY
    assert "航空发动机" not in names["航空发动机国家重大专项"].aliases     # a field alone is written of anything
    names, _ = _run("继续抓好量子通信、工业软件和智能传感器等一批重大高技术产业化专项。", "全国")
    assert {"量子通信重大高技术产业化专项", "工业软件重大高技术产业化专项", "智能传感器重大高技术产业化专项"} <= set(names)
    names, _ = _run("电动汽车整车研制、下一代互联网等重大科技专项进展顺利。", "全国")
    assert {"电动汽车整车研制重大科技专项", "下一代互联网重大科技专项"} <= set(names)


def test_fields_or_money_before_a_special_are_no_programmes():
    names, _ = _run("在新材料、高端装备等关键领域实施20项重大科技专项。安排教育、卫生等专项资金。", "全国")
    assert not any("专项" in n for n in names)


def test_places_listed_before_one_lab_head_each_name_a_lab_being_built():
    names, _ = _run("钟山、云龙湖等实验室加快建设，牵头建设全国重点实验室。", "江苏省")
    assert {"钟山实验室", "云龙湖实验室"} <= set(names)
    assert names["钟山实验室"].label == schema.PROJECT
    names, _ = _run("深化与钟山、云龙湖等实验室合作。", "江苏省")
    assert not any(n.endswith("实验室") for n in names)      # drawn on, not built


def test_a_pilot_of_a_system_a_modernisation_or_an_integration_names_it():
    names, _ = _run("稳步推进长期护理保险制度试点。推进市域社会治理现代化试点。", "全国")
    assert {"长期护理保险制度试点", "市域社会治理现代化试点"} <= set(names)
    names, _ = _run("开展先进制造业与现代服务业融合试点。扩大跨境电子商务综合试点。", "全国")
    assert {"先进制造业与现代服务业融合试点", "跨境电子商务综合试点"} <= set(names)
    names, _ = _run("推进先进制造业和现代服务业深度融合发展试点。", "全国")
    assert not names            # …发展 leaves open which pilot it is (the seed gold's judgement)
    names, _ = _run("开展村居升级试点。", "全国")
    assert not names            # what a local trial does is left open


def test_long_term_opens_a_name_it_qualifies():
    names, _ = _run("实施长期资本和耐心资本培育计划。", "安徽省")
    assert "长期资本和耐心资本培育计划" in names
    names, _ = _run("长期坚持就业优先战略。", "全国")
    assert "就业优先战略" in names and not any(n.startswith("长期") for n in names)


def test_a_name_opens_after_the_word_that_defines_it():
    names, _ = _run("启动“学历证书+若干职业技能等级证书”制度试点（以下称1+X证书制度试点）。", "全国")
    assert not any(n.startswith("称") for n in names)
    names, _ = _run("实施老旧小区改造提升行动计划（以下称旧改提升行动）。", "全国")
    assert "老旧小区改造提升行动计划" in names and not any(n.startswith("称") for n in names)
