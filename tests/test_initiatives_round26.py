"""Initiatives, the lead's eleventh-session addition: a province's planned clusters of towns are named as its clusters of
cities are (城镇群, 城镇带 beside 城市群), on a small example written for it."""
from tests.test_initiatives import _run


def test_a_cluster_of_towns_is_named_as_a_cluster_of_cities_is():
    names, _ = _run("推动滇中城市群、滇西城镇群协调发展，提升滇西城镇群一体化水平。", "云南省")
    assert {"滇中城市群", "滇西城镇群"} <= set(names)
    # (towns that lead the countryside, 城镇带动, and a kind of cluster, 特色城镇群, are none)
    names, _ = _run("以城镇带动乡村发展，培育一批特色城镇群。", "云南省")
    assert not names
