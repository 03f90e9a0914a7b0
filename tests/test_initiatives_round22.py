"""Initiatives, twenty-second round (tenth session; "Eighteenth round" in docs/lexicon.md): rules read from blind round 17
once it was moved to dev; each rule on a small example written for it, failing on the commit before it (64deec3)."""
from tests.test_initiatives import _run


def test_an_idiom_ending_on_a_governing_verb_is_no_bundles_field():
    names, _ = _run("紧紧围绕“五大振兴行动”，加快发展。", "河南省")
    assert "五大振兴行动" in names
    assert not any(n.startswith("紧紧围绕") for n in names)
    names, _ = _run("紧紧围绕交通建设“五大工程”，加快发展。", "河南省")
    assert "交通建设“五大工程”" in names          # a field between the idiom and the count stays the bundle's


def test_a_counted_reform_may_keep_its_word_inside_the_quotes():
    names, _ = _run("全力推进“三权改革”，激活要素。", "宁夏回族自治区")
    assert "三权改革" in names
    names, _ = _run("推进“一次办成改革”，优化服务。", "宁夏回族自治区")
    assert not names                              # a catch-phrase, not a counted bundle


def test_a_slogan_strategy_followed_by_its_plan():
    names, _ = _run("按照市委“工业强市、开放活市、生态立市”战略部署，加快发展。", "江西省")
    assert "“工业强市、开放活市、生态立市”战略" in names
    names, _ = _run("夯实“工业强市、开放活市、生态立市”战略基础。", "江西省")
    assert not any("工业强市" in n for n in names)   # a noun it qualifies: no name


def test_a_named_place_in_a_slogans_phrase_stays_a_mention():
    names, _ = _run("按照县委“融入滇中新区、做强工业园区、建设美丽城乡”战略部署，加快发展。", "云南省")
    assert "“融入滇中新区、做强工业园区、建设美丽城乡”战略" in names
    assert "滇中新区" in names
    names, _ = _run("加快建设“平安青岛”建设攻势。", "山东省")
    assert "平安青岛" not in names                # a place inside one quoted name is part of it


def test_a_kind_of_project_before_the_project_it_introduces():
    names, _ = _run("市级重点工业项目华源纺织有限公司扩产项目已投产，3个县级重点建设项目顺达物流园建设项目开工。", "安徽省")
    assert "华源纺织有限公司扩产项目" in names
    assert "顺达物流园" in names                  # (the place built, as 顺达物流园建设项目 is read anyway)
    assert not any(n.startswith(("市级", "县级", "3个")) for n in names)
    names, _ = _run("推进重点项目建设项目库管理。", "安徽省")
    assert not names                              # no name after the kind
