"""Two kind cues kept to what they mean: a visit headline's name is an official's (no season read as a name), and an
occasion's activity is an event told only when the text does not go on to a notice's arrangements."""
from loaders.kinds import kind_cues


def test_a_season_opening_a_headline_is_no_official_visiting():
    assert not kind_cues.visit_headline("金秋十月察看丰收\n\n各村秋粮陆续入仓。")


def test_a_name_going_straight_to_the_visit_or_where_it_went_is_still_one():
    assert kind_cues.visit_headline("郑建忠督查设市两周年重点项目进展情况\n正文")
    assert kind_cues.visit_headline("张三一行到某镇调研\n正文")
    assert kind_cues.visit_headline("李四在某村察看秋收\n正文")
    assert kind_cues.visit_headline("副市长王建平检查城建项目\n正文")


def test_an_occasions_activity_followed_by_a_notices_arrangements_is_no_event_told():
    notice = "值此国庆之际，市教育局开展迎国庆系列活动，现将有关事项通知如下：\n一、活动时间\n10月1日至7日。"
    assert not kind_cues.event_told(notice)


def test_an_occasions_activity_held_is_still_an_event_told():
    assert kind_cues.event_told("新春佳节来临之际，城关镇组织开展了岁寒送温暖活动。慰问组走访了困难群众。")
