"""A document's number (文号) names its issuer's region: a province's abbreviation (鲁政办字 → 山东省) or
a city's first character (青政办字 → 青岛市), taken only when it settles one region."""
from __future__ import annotations

import pytest

from loaders.recognisers.doc_numbers import number_region, own_number
from loaders.recognisers.lexicon import default_lexicon
from loaders.registry import detect
from loaders.reading.source import from_bytes


@pytest.mark.parametrize("number,text,region", [
    ("鲁政办字〔2021〕5号", "全省各市要认真落实。", "山东省"),            # a province's abbreviation
    ("川府发〔2020〕1号", "", "四川省"),
    ("国办发〔2019〕5号", "", "中华人民共和国"),
    ("青政办字〔2023〕13号", "加快青岛市人工智能产业园建设。", "山东省/青岛市"),   # 青 is 青海省's too: the text settles it
    ("济政发〔2021〕3号", "济南市各区县要认真落实。", "山东省/济南市"),
    ("莒政发〔2020〕1号", "莒县各乡镇要认真落实。", "山东省/日照市/莒县"),       # a county's first character
])
def test_the_number_names_the_issuers_region(number, text, region):
    assert number_region(number, text, default_lexicon()).key == region


@pytest.mark.parametrize("number,text", [
    ("青政办字〔2023〕13号", "各区要认真落实。"),          # 青海省 or 青岛市: nothing says which
    ("济政发〔2021〕3号", "全市各区县要认真落实。"),       # 济南市 or 济宁市
    ("济政发〔2021〕3号", "济南市、济宁市要加强协作。"),    # both named
    ("关于加快发展的意见", ""),                           # not a number
    ("宝府办〔2008〕12号", "各街道、镇要认真落实。"),      # 宝鸡市's, or 宝山区's, 宝坻区's…: a county writes one character too
])
def test_a_number_that_settles_no_region_names_none(number, text):
    assert number_region(number, text, default_lexicon()) is None


def test_a_plan_with_no_issuer_takes_its_region_from_its_number():
    text = ("关于加快人工智能发展的若干措施\n青政办字〔2023〕13号\n各区、市人民政府：\n一、总体要求\n"
            "1.加快建设青岛市人工智能产业园。（市工业和信息化局牵头，市财政局配合）\n2.培育骨干企业。（市科技局牵头）\n")
    doc = from_bytes(text.encode("utf-8"), "p.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    assert (ex.document.number, ex.document.region) == ("青政办字〔2023〕13号", "山东省/青岛市")


def test_a_number_the_document_cites_is_not_its_own():
    head = "为加快产业园建设，根据《青岛市人民政府办公厅关于印发若干政策的通知》（青政办字〔2023〕13号），制定本细则。\n"
    assert own_number(head) == ""
    assert own_number("鲁政办字〔2021〕5号\n" + head) == "鲁政办字〔2021〕5号"


def test_a_generic_document_takes_its_region_from_its_own_number_line():
    text = "关于做好春季安全生产工作的通知\n鲁政办字〔2021〕5号\n各市人民政府：\n请认真做好全省有关工作。\n"
    doc = from_bytes(text.encode("utf-8"), "n.txt")
    loader = detect(doc)
    ex = loader.parse(doc, default_lexicon())
    assert loader.kind == "generic" and ex.document.region == "山东省"


def test_a_number_in_brackets_on_its_own_line_is_the_documents():
    assert own_number("关于印发行动计划的通知\n\n（皖政办秘〔2021〕82号）\n\n各市人民政府：\n") == "皖政办秘〔2021〕82号"


def test_a_table_of_tasks_with_no_issuer_takes_its_region_from_its_number():
    text = ("2023年重点工作任务分工\n济政办字〔2023〕8号\n序号 | 重点任务 | 牵头单位 | 完成时限\n"
            "1 | 建设济南市新旧动能转换起步区。 | 市发展改革委 | 2023年12月底\n2 | 新建城市公园3个。 | 市园林局 | 2023年6月底\n")
    doc = from_bytes(text.encode("utf-8"), "t.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    assert (ex.document.number, ex.document.region) == ("济政办字〔2023〕8号", "山东省/济南市")
