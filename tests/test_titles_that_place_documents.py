"""Where a document's title says whose it is, written as portals and bulletins write it: after a bulletin's series and a
colon (督查通报〔2024〕第9期：关于某市…的通报), after the months it reports on (1-4月某县…, 元-4月某县… for 元月), a notice
issuing a plan by the plan's name (关于印发《某市教育局…工作要点》的通知), and a title after its label and a colon, kept
whole on its line (某区企业奖励政策：关于…的若干政策意见), and a township opening it where only one bears its name. A title citing a place it does not belong to places nothing.
Each rule on a small example written for it (issue 12)."""
from __future__ import annotations

import pytest

from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.title_places import title_region

from tests.test_layouts_written import read


@pytest.mark.parametrize("title,key", [
    ("督查通报〔2024〕第3期：关于恩平市2024年十件民生实事推进情况的通报（截至6月底）", "广东省/江门市/恩平市"),
    ("1-6月封丘县项目建设进展情况", "河南省/新乡市/封丘县"),
    ("元-6月封丘县项目建设进展情况", "河南省/新乡市/封丘县"),
    ("9月份封丘县项目建设进展情况", "河南省/新乡市/封丘县"),
    ("关于印发《芜湖市教育局2025年工作要点》的通知", "安徽省/芜湖市"),
    # a township opening the title, or going on after its county, where the gazetteer has one of that name
    ("中梁山街道2025年十件民生实事项目", "重庆市/九龙坡区/中梁山街道"),
    ("禄丰市土官镇2025年工作要点", "云南省/楚雄彝族自治州/禄丰市/土官镇"),
])
def test_titles_as_bulletins_and_notices_write_them(title, key):
    info = title_region(title, default_lexicon())
    assert info is not None and info.key == key


def test_a_title_citing_a_place_it_does_not_belong_to_places_nothing():
    assert title_region("关于学习借鉴芜湖市经验做法的通知", default_lexicon()) is None
    assert title_region("华亭镇第四届人民代表大会第九次会议召开", default_lexicon()) is None    # several 华亭镇: open
    assert title_region("城乡建设工作要点", default_lexicon()) is None


def test_a_bulletins_series_before_its_title_places_the_report():
    text = ("督查通报〔2024〕第3期：关于恩平市2024年十件民生实事推进情况的通报（截至6月底）\n"
            "根据工作安排，现将十件民生实事推进情况通报如下。\n一、基本情况\n十件民生实事总体推进顺利。\n")
    kind, ex = read(text)
    assert ex.document.region == "广东省/江门市/恩平市"


def test_a_title_after_its_label_stays_whole_and_places_the_plan():
    text = ("萧山区企业奖励政策:关于深入实施创新强区战略的若干政策意见\n"
            "为认真贯彻经济工作会议精神,特制定如下政策。\n"
            "一、实施制造业强振兴计划。\n1.支持企业技术改造。(责任单位:区经信局、区财政局)\n")
    kind, ex = read(text)
    assert ex.document.region == "浙江省/杭州市/萧山区"


def test_a_local_mediums_dateline_places_news_that_names_no_place():
    from loaders.recognisers.places import medium_region
    lx = default_lexicon()
    found = medium_region("南漳新闻网讯（记者 张三）7月4日，我县召开防汛工作会议。", lx)
    assert found is not None and found[0].key == "湖北省/襄阳市/南漳县"
    # a dateline's short name against the places the text names is another medium's name (镇江's 金山网)
    assert medium_region("金山网讯 13日，镇江市政府办邀请媒体走进民生实事项目。润州区…", lx) is None
    assert medium_region("本报讯 昨天，我县召开会议。", lx) is None


def test_guards_a_common_word_a_site_and_periods_written_otherwise():
    lx = default_lexicon()
    # a word that is also a township's name opens no township's title (小城镇建设, 宜居乡村)
    for title in ("小城镇建设三年行动方案", "宜居乡村建设实施方案", "健康街道创建工作方案"):
        assert title_region(title, lx) is None
    # a bulletin's series written otherwise, and periods written in words
    for title in ("督查通报第3期：关于恩平市十件民生实事的通报", "督查通报（2024年第3期）：关于恩平市十件民生实事的通报"):
        assert title_region(title, lx).key == "广东省/江门市/恩平市"
    for title in ("一至四月封丘县项目建设进展情况", "2024年一季度封丘县项目建设进展情况", "上半年封丘县项目建设进展情况"):
        assert title_region(title, lx).key == "河南省/新乡市/封丘县"
    # a site's dateline (national and provincial sites bear place-like names: 华龙网, 东方网, 光明网) places nothing
    from loaders.recognisers.places import medium_region
    for lead in ("华龙网讯（记者 李明）近日，区政府召开常务会议。", "东方网讯 近日，市住建局召开推进会。", "光明网讯 近日，某地召开会议。"):
        assert medium_region(lead, lx) is None
