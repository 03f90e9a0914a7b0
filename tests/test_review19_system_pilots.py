"""Review 19: a pilot of a system or mechanism (…制度试点, …机制试点) names one programme only when it names the field the
system works on (two words of nouns at least: 生态产品价值|实现, 长期护理保险, 国有资本|经营预算); one noun or none
(干部|选拔任用, 考核评价, 相关工作|协调) is how any body runs itself, a kind of pilot."""
from graph import schema
from tests.test_initiatives import _run
from tests.test_layouts_written import read


def _initiatives(text):
    _kind, ex = read(text)
    return {e.name: e.label for e in ex.entities if e.label in (schema.PROJECT, schema.STRATEGY)}


def test_pilots_of_how_a_body_runs_itself_are_kinds():
    names = _initiatives("某省2024年深化改革工作要点\n开展生态产品价值实现机制试点，推进城乡融合发展综合试点。\n"
                         "积极推进考核评价机制试点和干部选拔任用制度试点。\n")
    assert not {"考核评价机制试点", "干部选拔任用制度试点"} & set(names)
    assert names.get("生态产品价值实现机制试点") == schema.STRATEGY      # the field it works on says which
    names = _initiatives("某县2024年改革工作要点\n积极开展相关工作协调机制试点，推进乡镇综合试点。\n")
    assert not any("机制试点" in n for n in names)


def test_more_pilots_of_generic_mechanisms_are_kinds():
    names, _ = _run("推进人员考核评价制度试点。探索部门联动监管机制试点。开展有关单位协调机制试点。", "某省")
    assert not any(n.endswith(("制度试点", "机制试点")) for n in names)


def test_a_mechanism_named_by_its_field_and_its_own_verb():
    names, _ = _run("扩大流域上下游横向补偿机制试点。稳步推进长期护理保险制度试点。扩大国有资本经营预算制度试点。", "全国")
    assert {"流域上下游横向补偿机制试点", "长期护理保险制度试点", "国有资本经营预算制度试点"} <= set(names)
    names, _ = _run("深入开展农村集体资产收益分配机制试点。", "某省")
    assert "农村集体资产收益分配机制试点" in names
