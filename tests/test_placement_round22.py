"""Where a document belongs when it names itself by a name several regions bear (市中区, 鼓楼区, 朝阳区, 海州区): every
kind settles it by the same context (a parent named with it, the region another part of its head gives, the government
above one of them its text names) or leaves it open with a `region.ambiguous` note in its reject log; never the first.

Each example is written for its rule, in the forms documents use; none is cut from a document.
"""
from __future__ import annotations

from loaders.reading.source import from_bytes
from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.places import Ambiguous, noting, parse_place
from loaders.recognisers.place_settling import placed
from loaders.registry import detect


def read(text: str, name: str = "written.txt"):
    doc = from_bytes(text.encode("utf-8"), name)
    ex = detect(doc).parse(doc, default_lexicon())
    return ex.document.kind, ex


def notes(ex, code: str = "region.ambiguous") -> list[str]:
    return [i.message for i in ex.issues if i.code == code]


# ---- plans ----------------------------------------------------------------------------------------------------------

_PLAN = ("{issuer}办公室关于印发2024年重点工作任务分解方案的通知\n各街道办事处，区政府各部门：\n"
         "现将《2024年重点工作任务分解方案》印发给你们，请认真贯彻落实。\n{line}"
         "一、推进项目建设\n1.加快重点项目开工建设。（牵头单位：区发展改革局；配合单位：区财政局）\n"
         "2.优化营商环境。（牵头单位：区行政审批局）\n3.做好就业工作。（牵头单位：区人力资源社会保障局）\n"
         "{issuer}办公室\n2024年2月20日\n")


def test_a_plan_issued_by_a_district_several_cities_have_stays_open_with_a_note():
    kind, ex = read(_PLAN.format(issuer="鼓楼区人民政府", line=""))
    assert kind == "division_plan" and ex.document.region == ""
    (message,) = notes(ex)
    assert message.startswith("鼓楼区 is the name of 4 regions") and "福建省/福州市/鼓楼区" in message


def test_a_plans_district_is_settled_by_its_city_named_with_it_or_governing_it():
    kind, ex = read(_PLAN.format(issuer="南京市鼓楼区人民政府", line=""))
    assert ex.document.region == "江苏省/南京市/鼓楼区" and not notes(ex)
    # (the text naming the city's government above it: 在福州市委、市政府的坚强领导下)
    governed = _PLAN.format(issuer="鼓楼区人民政府", line="在福州市委、市政府的坚强领导下，全区上下凝心聚力。\n")
    kind, ex = read(governed)
    assert ex.document.region == "福建省/福州市/鼓楼区" and not notes(ex)


def test_a_tables_issuer_several_districts_bear_is_noted_too():
    table = ("朝阳区人民政府办公室关于印发2024年重点任务责任分工的通知\n"
             "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
             "1\t加快重点项目建设\t区发展改革委\t区财政局\t2024年12月底\n"
             "2\t优化营商环境\t区政务服务局\t区市场监管局\t2024年6月底\n"
             "3\t做好稳就业工作\t区人力资源社会保障局\t区教育局\t2024年12月底\n")
    kind, ex = read(table)
    assert ex.document.region == "" and notes(ex) and notes(ex)[0].startswith("朝阳区 is the name of")
    kind, ex = read(table.replace("朝阳区人民政府办公室关于", "长春市朝阳区人民政府办公室关于"))
    assert ex.document.region == "吉林省/长春市/朝阳区" and not notes(ex)


# ---- news -----------------------------------------------------------------------------------------------------------

_NEWS = ("朝阳区召开2024年安全生产工作会议\n本报讯 3月5日，朝阳区召开2024年安全生产工作会议。区委书记张明出席会议并讲话。"
         "会议强调，要压实安全生产责任，{more}确保全区安全形势稳定。\n")


def test_news_of_a_district_several_cities_have_stays_open_with_a_note():
    kind, ex = read(_NEWS.format(more=""))
    assert kind == "news" and ex.document.region == ""
    assert notes(ex) and notes(ex)[0].startswith("朝阳区 is the name of")


def test_news_of_such_a_district_is_settled_by_the_city_governing_it():
    # (read by its body alone, 长春市委 placed it in 长春市: the headline's 朝阳区 is the one under it)
    kind, ex = read(_NEWS.format(more="认真落实长春市委、市政府部署，"))
    assert ex.document.region == "吉林省/长春市/朝阳区" and not notes(ex)


def test_a_news_agencys_name_is_no_place():
    # 新华社 opens with a name several regions bear (新华区): the dateline names the agency, not them
    kind, ex = read("新华社南宁3月17日电 广西壮族自治区人民政府3月16日召开全体会议，部署2024年重点工作。"
                    "自治区主席蓝天立出席会议并讲话。\n")
    assert not notes(ex)


# ---- generic documents ----------------------------------------------------------------------------------------------

_NOTICE = ("市中区人民政府关于做好2024年春节期间安全工作的通知\n各街道办事处，区政府各部门：\n"
           "春节将至，为做好节日期间安全工作，{more}现就有关事项通知如下。\n一、加强值班值守。\n二、做好隐患排查。\n"
           "市中区人民政府\n2024年1月20日\n")


def test_a_notice_of_a_district_several_cities_have_stays_open_with_a_note():
    kind, ex = read(_NOTICE.format(more=""))
    assert ex.document.region == ""
    assert notes(ex) and notes(ex)[0].startswith("市中区 is the name of")
    # (the province governing two of them decides nothing between them: 乐山's and 内江's)
    kind, ex = read(_NOTICE.format(more="按照四川省委、省政府部署，"))
    assert ex.document.region in ("", "四川省") and notes(ex)


def test_a_notices_district_is_settled_by_the_city_governing_it():
    kind, ex = read(_NOTICE.format(more="按照济南市委、市政府部署，"))
    assert ex.document.region == "山东省/济南市/市中区" and not notes(ex)
    assert notes(ex, "region.settled-by-text")


# ---- commitment tables (tab-separated) ------------------------------------------------------------------------------

def test_a_commitment_tables_unit_several_regions_bear_is_settled_by_the_province_or_noted():
    from tests.test_commitment_table import codes, parse_text, table
    ex = parse_text(table("长春市\t1\t做好甲事。\t12月底\t孙立成", "朝阳区\t1\t做好乙事。\t12月底\t李明华"))
    assert "吉林省/长春市/朝阳区" in {e.key for e in ex.entities if e.label == "Region"}
    ex = parse_text(table("朝阳区\t1\t做好乙事。\t12月底\t李明华"))
    assert codes(ex)["region.ambiguous"] == 1 and ex.document.region == ""


# ---- the shared step ------------------------------------------------------------------------------------------------

def test_a_parent_named_right_after_a_short_name_settles_it():
    # 承德 is 承德市's short name and 承德县's: 平泉市 after it is one of 承德市's own parts
    chain, _, rest = parse_place("承德平泉市", default_lexicon())
    assert [r.key for r in chain] == ["河北省/承德市", "河北省/承德市/平泉市"] and rest == ""


def test_noting_collects_what_a_place_phrase_stops_at():
    lex = default_lexicon()
    with noting() as found:
        parse_place("海州区人民政府", lex)
    assert [n.name for n in found] == ["海州区"] and len(found[0].candidates) == 2


def test_placed_settles_a_name_by_the_region_found_else_notes_it():
    lex = default_lexicon()
    note = Ambiguous("鼓楼区", 0, tuple(r.key for r in lex.candidates("鼓楼区")), "人民政府")
    info, issues = placed(lex.region("江苏省/徐州市"), [note], "", lex)
    assert info.key == "江苏省/徐州市/鼓楼区" and issues[0][0] == "region.settled-by-context"
    info, issues = placed(None, [note], "", lex)
    assert info is None and [code for code, _ in issues] == ["region.ambiguous"]
    # (a short name opening a longer word is no place: 新华社)
    word = Ambiguous("新华", 0, tuple(r.key for r in lex.candidates("新华")), "社南宁3月17日电")
    assert placed(None, [word], "", lex) == (None, [])


# ---- open placements: the region a report's first sentence opens with ------------------------------------------------

def test_the_region_a_reports_first_sentence_opens_with_after_its_period_places_it():
    from loaders.kinds.plan_head import lead_subject
    lex = default_lexicon()
    found = lead_subject("今年以来，常州市坚持谋早谋细、抓紧抓实，全力推进重大项目建设。\n（一）省重大项目进展\n", lex)
    assert found and found[0].key == "江苏省/常州市"
    found = lead_subject("2021年，保山市列入省重点项目54项，截止9月底，完成投资164.8亿元。\n", lex)
    assert found and found[0].key == "云南省/保山市"
    found = lead_subject("2023年1-9月，沛县完成固定资产投资增长8%。\n", lex)
    assert found and found[0].key == "江苏省/徐州市/沛县"
    # (a region named later in the sentence is where something happened; a short name is no subject)
    assert lead_subject("今年以来，市长王强先后到沛县、丰县调研。\n", lex) is None
    assert lead_subject("今年以来，常州坚持项目为王。\n", lex) is None


def test_a_progress_report_opening_with_its_region_is_placed_there():
    text = ("重大项目进展情况\n今年以来，常州市坚持谋早谋细、抓紧抓实，全力推进省市重大项目建设。\n"
            "一、省重大项目进展\n截至5月底，20个省重大新建项目已开工14个，完成年度计划的52.9%。\n"
            "二、市重大产业项目进展\n截至5月底，市重大产业项目完成年度目标的57.9%。\n")
    kind, ex = read(text)
    assert ex.document.region == "江苏省/常州市"
