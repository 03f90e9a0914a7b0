"""Townships a news piece or an issuer names (review 19: items 3, 11, 13). Each rule on a small example written for it."""
from __future__ import annotations

from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.places import issuer_region
from tests.test_layouts_written import read


def test_townships_at_large_after_a_countys_name_in_a_headline_are_no_township():
    # 乡镇 (the townships at large), after a verb or 各, is no township's proper name: the news is the county's.
    text = ("灵璧县召开乡镇党委书记抓基层党建述职评议会\n"
            "本报讯 1月10日，灵璧县召开乡镇党委书记抓基层党建工作述职评议会。县委书记张三出席会议。各乡镇党委书记逐一述职。\n")
    assert read(text)[1].document.region == "安徽省/宿州市/灵璧县"
    text = ("泗县各乡镇党委书记集中述职\n"
            "本报讯 1月12日，泗县各乡镇党委书记集中述职。各乡镇党委书记围绕全镇党建工作逐一发言。\n")
    assert read(text)[1].document.region == "安徽省/宿州市/泗县"
    text = ("桓台县组织乡镇干部开展森林防火培训\n"
            "本报讯 3月1日，桓台县组织乡镇干部开展森林防火培训。组织乡镇党委分管同志参加，全镇各村负责人列席。\n")
    assert read(text)[1].document.region == "山东省/淄博市/桓台县"


def test_a_township_the_gazetteer_has_under_the_headlines_county_is_still_its_news():
    text = ("灵璧县娄庄镇召开森林防火工作会议\n"
            "本报讯 3月1日，娄庄镇召开森林防火工作会议，全镇各村负责人参加。\n")
    assert read(text)[1].document.region == "安徽省/宿州市/灵璧县/娄庄镇"


def test_a_word_opening_with_chang_after_a_township_is_no_head_title():
    # 庙镇长江…: 长江 is a word of its own, and 庙镇 a township of 崇明区: no surname before 镇长.
    text = ("崇明区长江大堤加固工程完工\n"
            "本报讯 近日，崇明区庙镇长江大堤加固工程全面完工，庙镇长江沿线3公里岸线完成生态修复，庙镇长江段防洪能力明显提升。\n")
    assert read(text)[1].document.region == "上海市/崇明区/庙镇"


def test_a_surname_before_a_township_heads_title_is_still_no_township():
    from loaders.recognisers.spoken import _towns
    lexicon = default_lexicon()
    # 孙镇长主持: 孙 the 镇长; only 鸡东镇 is named as a township.
    text = "鸡东镇召开森林防火会议，孙镇长主持会议并讲话，全镇干部参加。鸡东镇各村负责人作了发言。"
    names = {hits[0][0].name for hits in _towns(text, "", lexicon).values()}
    assert "孙镇" not in names and "鸡东镇" in names


def test_a_townships_congress_in_an_issuer_is_the_townships():
    lexicon = default_lexicon()
    info, town = issuer_region("桓台县荆家镇人大主席团", lexicon)
    assert (info.key, town) == ("山东省/淄博市/桓台县", "荆家镇")
    assert issuer_region("桓台县荆家镇人大", lexicon)[1] == "荆家镇"
    # A county's congress names no township.
    assert issuer_region("桓台县人大常委会", lexicon)[1] == ""
    assert issuer_region("桓台县人大", lexicon)[1] == ""


def test_a_townships_page_naming_its_congress_as_publisher_is_the_townships():
    text = ("桓台县荆家镇人大主席团\n"
            "标题: 荆家镇人大主席团2020年工作要点\n"
            "发文日期: 2020-12-08 发布机构: 桓台县荆家镇人大主席团\n\n"
            "荆家镇人大主席团2020年工作要点\n\n"
            "一、加强代表联系选民工作。我镇各代表小组每季度至少开展一次活动。\n"
            "二、组织代表视察。围绕全镇重点工作开展视察两次。\n")
    assert read(text)[1].document.region == "山东省/淄博市/桓台县/荆家镇"
