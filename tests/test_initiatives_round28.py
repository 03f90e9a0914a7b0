"""Initiatives, the twenty-third round (ini26): what the random draw of blind round 22 (now dev) and rounds 18-21 miss in
general, each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_national_programmes_the_draw_missed_are_known():
    names, _ = _run("持续开展规范涉企执法专项行动，深入实施高质量参保行动，持续深化“双减”。", "浙江省")
    assert {"涉企行政执法专项行动", "高质量参保行动", "双减"} <= set(names)
    assert not names["涉企行政执法专项行动"].key.startswith("浙江")     # one national campaign, keyed once
    names, _ = _run("今年国债投资要向农村、社会事业、西部开发倾斜。", "中华人民共和国")
    assert "西部大开发" in names


def test_pumped_storage_is_one_word_and_a_kind_without_its_place():
    names, _ = _run("首座抽水蓄能电站建成投产。开工建设8个抽水蓄能电站。", "广西壮族自治区")
    assert not names        # (not 蓄能电站: 抽水 is no verb of the sentence)
    names, _ = _run("加快富民抽水蓄能电站建设。", "广西壮族自治区")
    assert set(names) == {"富民抽水蓄能电站"}
