"""Review 19: the rules of ini28 with no test of their own: 有序/整体/梯次 after a strategy as its pursuit (only before the
verb they qualify), and 科技城 and 信息港 as heads that need a name."""
from graph import schema
from tests.test_initiatives import _run


def test_an_adverb_of_manner_after_a_strategy_tells_its_pursuit():
    names, _ = _run("推动长江经济带发展有序推进。", "全国")
    assert "长江经济带发展" in names
    names, _ = _run("推动长三角一体化发展整体推进。", "全国")
    assert "长三角一体化发展" in names
    names, _ = _run("推动成渝地区双城经济圈建设梯次推进。", "全国")
    assert "成渝地区双城经济圈" in names


def test_the_adverb_before_a_noun_is_part_of_what_the_name_qualifies():
    names, _ = _run("推动长三角一体化发展整体水平提升。推动长江经济带发展有序竞争。", "全国")
    assert not {"长三角一体化发展", "长江经济带发展"} & set(names)


def test_science_cities_and_information_ports_are_heads_that_need_a_name():
    names, _ = _run("推进中国—东盟信息港建设。推动绵阳科技城发展。加快建设中国（重庆）科技城。", "全国")
    assert {"中国—东盟信息港", "绵阳科技城", "中国（重庆）科技城"} <= set(names)
    assert names["绵阳科技城"].label == schema.PROJECT
    names, _ = _run("加快建设数字信息港。", "全国")
    assert not any(n.endswith("信息港") for n in names)
