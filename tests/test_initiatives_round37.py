"""Initiatives, the thirty-seventh round (ini35): what the random draw of blind round 31 (now dev) misses in general,
each rule on a small example written for it."""
from loaders.recognisers.initiative_boundaries import _RUN_VERBS
from loaders.recognisers.initiative_object_starts import _RUNS as OBJECT_RUNS
from loaders.recognisers.initiative_pilot_runs import _RUN_BEFORE
from loaders.recognisers.initiative_quoted_fields import _RUNS as FIELD_RUNS
from loaders.recognisers.initiative_words import RUNNING_FURTHERS, RUNNING_VERBS
from tests.test_initiatives import _run


def test_the_running_verbs_are_one_list_read_by_every_finder():
    assert {"实施", "开展", "启动", "推行", "推进", "深化", "深入实施"} <= RUNNING_VERBS
    assert RUNNING_VERBS <= OBJECT_RUNS and RUNNING_VERBS <= FIELD_RUNS
    assert RUNNING_VERBS - RUNNING_FURTHERS <= _RUN_VERBS and not RUNNING_FURTHERS & _RUN_VERBS   # 推进|建设…: the sentence's
    assert all(_RUN_BEFORE.search(v) for v in RUNNING_VERBS)


def test_routes_listed_by_short_names_before_their_head_without_a_count():
    names, _ = _run("推进北沿江、通苏嘉甬等高铁建设。哈肇、绥大等高速公路建成通车。", "江苏省")
    assert {"通苏嘉甬高铁", "哈肇高速", "绥大高速"} <= set(names)
    names, _ = _run("推进货运、客运等铁路建设。", "江苏省")
    assert not names


def test_a_list_item_opening_with_an_extent_or_a_count_of_pieces_is_an_amount_not_a_project():
    names, _ = _run("新建2台热水锅炉、12公里热力主管网、10公里供水管网、8万平方米广场等项目。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not names
    names, _ = _run("实施奋斗镇1万亩节水灌溉、哈克镇7000平方米标准化奶牛养殖等项目。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert not any(n[:1].isdigit() for n in names)         # an owner first may name one; the amount never opens a name
