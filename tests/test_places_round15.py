"""Where a document is placed (issue 12, fifteenth session): a township's body in its issuer's name, a paper's
reporter telling a document, an autonomous prefecture named X州, a number run onto its title's line. Each rule on a
small example written for it."""
from __future__ import annotations

from loaders.recognisers.doc_numbers import own_number, title_number
from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.places import issuer_region, mentions
from tests.test_layouts_written import read


def test_a_township_body_after_its_name_is_the_townships():
    lexicon = default_lexicon()
    info, town = issuer_region("桓台县荆家镇人民政府", lexicon)
    assert (info.key, town) == ("山东省/淄博市/桓台县", "荆家镇")
    assert issuer_region("桓台县荆家镇党委", lexicon)[1] == "荆家镇"
    assert issuer_region("公园街道办事处", lexicon)[1] == "公园街道"
    # A county's own government names no township.
    assert issuer_region("桓台县人民政府", lexicon)[1] == ""


def test_a_townships_page_naming_its_government_as_publisher_is_the_townships():
    text = ("桓台县荆家镇人民政府\n"
            "标题: 荆家镇2020年重点民生实事项目情况\n"
            "发文日期: 2020-12-08 发布机构: 桓台县荆家镇人民政府\n\n"
            "荆家镇2020年重点民生实事项目情况\n\n"
            "一、抓好美丽乡村建设。我镇示范区建设涉及七个村，截止目前墙体粉刷工作已完工。\n"
            "二、深入开展河道整治工作。截止目前，8条河沟全部具备行洪泄洪能力。\n")
    kind, ex = read(text)
    assert ex.document.region == "山东省/淄博市/桓台县/荆家镇"


def test_a_document_a_papers_reporter_tells_is_placed_where_it_happens():
    # 山西晚报 is the province's paper; its reporter tells of 古交市's list: the document is 古交市's.
    text = ("古交今年全力办好10件民生实事\n"
            "来源:山西晚报 2023-02-24 09:45:53\n"
            "山西晚报记者日前从古交市召开的“两会”上获悉，今年古交市政府将全力办好10件民生实事。\n"
            "1.实施高速出口提档升级工程，进一步提升城市门户形象。\n"
            "2.实施片区治理提升工程，新建公园，施划停车位1000个以上。\n"
            "3.新建3座人行天桥，让群众出行更安全便捷。\n")
    kind, ex = read(text)
    assert ex.document.region == "山西省/太原市/古交市"


def test_an_autonomous_prefecture_is_named_by_its_short_name_and_zhou():
    lexicon = default_lexicon()
    assert [r.key for r in lexicon.candidates("黔南州")] == ["贵州省/黔南布依族苗族自治州"]
    assert lexicon.is_full_name("恩施州")
    # (a full name, read in running text)
    assert [k for k, _ in mentions("邀请黔南州委常委、州政府常务副州长介绍有关情况", lexicon)] == ["贵州省/黔南布依族苗族自治州"]
    # Never a prefecture's short name that is one already (海南州, 海南藏族自治州's), doubled.
    assert not lexicon.candidates("海南州州")


def test_a_press_conference_on_a_prefecture_is_the_prefectures_news():
    text = ("10月29日，省政府新闻办举行新闻发布会黔南专场，邀请黔南州委常委、州政府常务副州长丁某某，黔南州政府副州长潘某某"
            "介绍有关情况，并回答记者提问。\n"
            "省委宣传部副部长陈某某：\n"
            "女士们、先生们，记者朋友们：大家上午好！今天我们举行黔南专场发布会，邀请到黔南州委常委丁某某介绍有关情况。\n")
    kind, ex = read(text)
    assert ex.document.region == "贵州省/黔南布依族苗族自治州"


def test_a_number_run_onto_its_titles_line_is_the_documents_own():
    assert title_number("关于印发2023年重点任务分解落实方案的通知常政发〔2023〕1号|") == (
        "关于印发2023年重点任务分解落实方案的通知", "常政发〔2023〕1号")
    assert title_number("关于印发方案的通知 鲁政办字[2021]5号") == ("关于印发方案的通知", "鲁政办字〔2021〕5号")
    # A number the title cites does not close it.
    assert title_number("关于贯彻国发〔2020〕1号文件的通知") is None
    assert own_number("关于印发方案的通知常政发〔2023〕1号\n各辖市、区人民政府：") == "常政发〔2023〕1号"


def test_a_plan_whose_number_closes_its_title_line_is_placed_by_that_number():
    text = ("关于印发2023年《政府工作报告》重点任务分解落实方案的通知常政发〔2023〕1号 |\n"
            "各辖市、区人民政府，常州经开区管委会，市各委办局：\n"
            "现将2023年《政府工作报告》重点任务分解落实方案印发给你们，请认真贯彻执行。各地各部门要按照任务分解方案，"
            "建立任务、责任、时间节点“三张清单”，奋力书写好中国式现代化的常州答卷。\n")
    kind, ex = read(text)
    assert ex.document.number == "常政发〔2023〕1号"
    assert ex.document.region == "江苏省/常州市"


def test_a_surname_before_a_township_heads_title_is_no_township():
    # 孙镇长 is 孙 the 镇长 (孙镇 is a township elsewhere): the piece speaks as 鸡东镇 alone.
    text = ("鸡东镇认真做好森林防火工作\n"
            "为全面做好我镇春季森防、林下管理工作，确保国家和人民财产不受损失，全镇各村成立了防火队伍。\n"
            "在山上共有10个作业点，孙镇长亲自为每个作业点发放防火旗，并做了具体的工作部署。\n")
    kind, ex = read(text)
    assert ex.document.region == "黑龙江省/鸡西市/鸡东县/鸡东镇"


def test_a_headline_opening_with_a_county_and_its_township_is_the_townships_news():
    # The gazetteer writes this township 雁栖地区; the text names it 雁栖镇, with its party committee.
    text = ("怀柔区雁栖镇四级干部访民生 将联动办理百余件民生实事\n"
            "人民网北京5月20日电 年初以来，怀柔区雁栖镇启动“双百行动”，为群众办理百余件民生实事，目前已完成17件。\n"
            "“4月底前已经完成了第一阶段工作，收集问题110余件。”雁栖镇党委组织部长安某介绍。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert ex.document.region == "北京市/怀柔区/雁栖镇"
    # A word ending in 镇 after the district's name is no township: 城镇化 is no place of its own.
    text = ("怀柔区新型城镇化建设取得新进展\n"
            "人民网北京5月20日电 年初以来，怀柔区推进新型城镇化建设，全区各部门协同推进，目前已完成17件。\n"
            "区委书记王某某介绍，新型城镇化是全区的大事。\n")
    kind, ex = read(text)
    assert ex.document.region == "北京市/怀柔区"
