"""Regions of all China and where a document belongs: each rule on a small example written for it.

The gazetteer is jionlp's data (every province, prefecture, county and township); these
examples are made up in the forms documents use, not cut from any one document.
"""
from __future__ import annotations

import pytest

from graph import schema
from loaders.recognisers import gazetteer
from loaders.kinds import prose
from loaders.recognisers.lexicon import default_lexicon
from loaders.recognisers.officials import find as find_officials, titles_table
from loaders.recognisers.places import mentions, parse_place
from loaders.kinds.report_meta import report_metadata
from loaders.reading.simplified import is_traditional
from loaders.reading.source import from_bytes


def _meta(text: str, kind: str = "work_report", source: str = "r.txt") -> dict:
    return report_metadata(from_bytes(text.encode("utf-8"), source), default_lexicon(), kind)


def _report(header: str, body: str = "现在，我代表政府向大会报告工作。一、过去一年工作回顾\n一年来，我们砥砺奋进。") -> str:
    return header + "\n各位代表：\n" + body


# ---- the gazetteer -------------------------------------------------------------

def test_every_level_of_china_is_there():
    lex = default_lexicon()
    levels = {}
    for r in lex.regions.values():
        levels[r.level] = levels.get(r.level, 0) + 1
    assert levels["province"] >= 34
    assert 300 <= levels["city"] <= 400
    assert levels["district"] + levels["county"] + levels["county-level city"] >= 2800
    assert len(lex.towns) >= 38000
    assert lex.regions["内蒙古自治区/呼伦贝尔市/海拉尔区"].adcode == "150702"


@pytest.mark.parametrize("written,key", [
    ("呼伦贝尔市海拉尔区", "内蒙古自治区/呼伦贝尔市/海拉尔区"),     # full names, with the parent
    ("内蒙古海拉尔区", "内蒙古自治区/呼伦贝尔市/海拉尔区"),         # the province's short name, the city left out
    ("海拉尔", "内蒙古自治区/呼伦贝尔市/海拉尔区"),                 # a short name alone
    ("延边朝鲜族自治州", "吉林省/延边朝鲜族自治州"),                # 自治州
    ("阿拉善盟阿拉善左旗", "内蒙古自治区/阿拉善盟/阿拉善左旗"),    # 盟 and 旗
    ("北京市朝阳区", "北京市/朝阳区"),                             # a municipality: no city level of its own
    ("襄樊市", "湖北省/襄阳市"),                                   # a former name
])
def test_names_as_they_are_written(written, key):
    chain, town, rest = parse_place(written, default_lexicon())
    assert chain and chain[-1].key == key and town == "" and rest == ""


def test_a_township_is_found_under_its_county():
    lex = default_lexicon()
    chain, town, _ = parse_place("垦利区胜坨镇", lex)
    assert chain[-1].key == "山东省/东营市/垦利区" and town == "胜坨镇"
    assert lex.town("胜坨镇", "山东省/东营市").key == "山东省/东营市/垦利区/胜坨镇"


def test_a_name_several_regions_bear_is_settled_by_context_or_left_open():
    lex = default_lexicon()
    notes = []
    chain, _, rest = parse_place("市中区", lex, notes=notes)
    assert chain == [] and rest == "市中区" and len(notes[0].candidates) >= 4
    chain, _, _ = parse_place("济南市市中区", lex)                     # a parent named before it
    assert chain[-1].key == "山东省/济南市/市中区"
    chain, _, _ = parse_place("市中区", lex, context=["四川省/乐山市"])   # the document's region
    assert chain[-1].key == "四川省/乐山市/市中区"
    chain, _, _ = parse_place("朝阳区", lex, context=["吉林省"])          # the document's province
    assert chain[-1].key == "吉林省/长春市/朝阳区"


@pytest.mark.parametrize("sentence", ["支持益阳信维等企业发展", "推进复垦利用", "保护贺兰山生态", "吕梁山区脱贫",
                                      "豫东平原粮食生产", "建设新城区"])
def test_a_place_name_inside_a_longer_word_is_not_that_place(sentence):
    assert mentions(sentence, default_lexicon()) == []


def test_running_text_names_places_by_full_names():
    found = mentions("聊城市冠县和云南省的企业", default_lexicon())
    assert [k for k, _ in found] == ["山东省/聊城市", "山东省/聊城市/冠县", "云南省"]


def test_users_add_zones_in_their_region_file(tmp_path, monkeypatch):
    (tmp_path / "regions.tsv").write_text("测试高新技术产业开发区\tzone\t山东省/济南市\t测试高新区\n", encoding="utf-8")
    monkeypatch.setenv("KG_LEXICON_DIR", str(tmp_path))
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    from loaders.recognisers.lexicon import Lexicon
    lex = Lexicon()
    found = lex.find_region("测试高新区")
    assert found.key == "山东省/济南市/测试高新技术产业开发区" and found.level == "zone"
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))      # the compact index is kept


def test_county_levels_are_read_from_names():
    assert gazetteer.county_level("海拉尔区", "150702") == "district"
    assert gazetteer.county_level("阿拉善左旗", "152921") == "county"
    assert gazetteer.county_level("滕州市", "370481") == "county-level city"
    assert gazetteer.county_level("呼和浩特经济技术开发区", "150172") == "zone"


# ---- where a document belongs ----------------------------------------------------

def test_a_report_is_placed_by_its_by_line_not_by_the_places_its_body_names():
    meta = _meta(_report("政府工作报告\n——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长　王予波",
                         "现在，我代表省人民政府向大会报告工作。我们与山东省聊城市临清市、甘肃省合作。"))
    assert meta["region"] == "云南省" and meta["speaker"] == "王予波" and meta["speakerTitle"] == "省长"


def test_a_report_whose_header_names_no_place_stays_unplaced():
    meta = _meta(_report("政府工作报告\n——2021年1月12日在市十七届人大三次会议上\n市长 孙述涛",
                         "现在，我代表市人民政府向大会报告工作。济南市发展迈上新台阶，济南市再创佳绩。"))
    assert meta["region"] == "" and meta["speaker"] == "孙述涛"


def test_the_speaker_line_names_the_region():
    meta = _meta(_report("2026年政府工作报告\n来源：日报\n北京市市长 殷勇"))
    assert meta["region"] == "北京市" and meta["speaker"] == "殷勇"


def test_the_address_names_the_region():
    meta = _meta("政府工作报告\n各位代表：\n现在，我代表海拉尔区人民政府向大会作工作报告，请予审议。一、过去一年工作回顾")
    assert meta["region"] == "内蒙古自治区/呼伦贝尔市/海拉尔区"


def test_national_reports_are_at_the_national_level_with_the_premier_of_their_year():
    text = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n过去一年，我国发展很不平凡。"
    meta = _meta(text)
    assert meta["region"] == gazetteer.NATION and meta["year"] == 2025
    assert meta["speaker"] == "李强" and meta["speakerTitle"] == "国务院总理"
    assert meta["issuer"] == "国务院"


def test_a_report_that_speaks_for_the_country_is_national():
    body = "我国经济稳定发展。" * 20 + "国务院决定加快改革。"
    meta = _meta("各位代表：\n现在，我就以此为题，向大会作政府工作报告，请予审议。\n" + body, source="r-1985.txt")
    assert meta["region"] == gazetteer.NATION and meta["speaker"] == "赵紫阳"
    # a region's report says 我省 / 我市 somewhere: never national by its voice
    meta = _meta("各位代表：\n现在，我就以此为题，向大会作政府工作报告。\n" + body + "我省发展很快。", source="r-1985.txt")
    assert meta["region"] == ""


def test_a_year_the_text_does_not_give_may_come_from_the_file_name():
    text = "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n过去的一年，我们取得了成绩。"
    assert _meta(text, source="docs/report-1999.txt")["year"] == 1999
    assert _meta(text, source="docs/report.txt")["year"] is None


@pytest.mark.parametrize("place,line,name,title", [
    ("广西壮族自治区", "自治区主席 韦 韬", "韦韬", "自治区主席"),                      # padded with a space
    ("上海市", "上海市市长 龚　正", "龚正", "市长"),                                  # padded with a full-width space
    ("新疆维吾尔自治区", "自治区主席 艾尔肯·吐尼亚孜", "艾尔肯·吐尼亚孜", "自治区主席"),  # a middle dot
    ("西藏自治区", "自治区主席 嘎玛泽登", "嘎玛泽登", "自治区主席"),     # a by-line name need not start with a listed surname
    ("宁夏回族自治区", "自治区人民政府主席 张雨浦", "张雨浦", "自治区人民政府主席"),
    ("呼伦贝尔市海拉尔区", "海拉尔区人民政府代区长  萨国文", "萨国文", "代区长"),
])
def test_speaker_lines_as_they_are_written(place, line, name, title):
    meta = _meta(_report(f"政府工作报告\n——2026年2月2日在{place}第十四届人民代表大会第五次会议上\n{line}"))
    assert (meta["speaker"], meta["speakerTitle"]) == (name, title)


def test_a_speaker_line_is_cut_where_the_page_breaks_it():
    meta = _meta(_report("陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n首页\n>\n政府信息公开"))
    assert meta["speaker"] == "赵刚" and meta["region"] == "陕西省"


def test_a_report_with_an_annex_of_annotated_tasks_is_still_a_report():
    annex = "\n".join(f"{i}.办好民生实事第{i}项（牵头单位：自治区民政厅）" for i in range(1, 8))
    text = _report("2026年政府工作报告\n——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上\n自治区人民政府主席 包钢",
                   "现在，我代表自治区人民政府向大会报告工作。一、工作回顾\n附件\n民生实事\n" + annex)
    from loaders.registry import detect
    assert detect(from_bytes(text.encode("utf-8"), "r.txt")).kind == "work_report"


# ---- officials at every level --------------------------------------------------------

@pytest.mark.parametrize("title,level", [
    ("省长", "province"), ("常务副省长", "province"), ("代省长", "province"), ("自治区副主席", "province"),
    ("州长", "city"), ("副州长", "city"), ("盟长", "city"), ("代理市长", "city"),
    ("旗长", "county"), ("副旗长", "county"), ("县长", "county"), ("区长", "district"),
    ("镇长", "town"), ("乡长", "town"), ("街道办事处主任", "town"), ("副检察长", ""), ("局长", ""),
])
def test_titles_of_every_level_and_their_variants(title, level):
    t = titles_table().get(title)
    assert t is not None and t.level == level and t.kind == "office"


def test_an_official_serves_in_the_region_of_the_title():
    text = _report("政府工作报告\n——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长　王予波")
    ex = prose.extract(from_bytes(text.encode("utf-8"), "r.txt"), default_lexicon(), "work_report")
    serves = {(r.source[1], r.target[1], r.props["title"]) for r in ex.relations if r.type == schema.SERVES_IN}
    assert ("云南省/王予波", "云南省", "省长") in serves


def test_names_in_a_list_after_a_group_title():
    found = find_officials("市领导张建国、李明华、王立新参加。", default_lexicon())
    assert sorted({m.name for m in found.mentions}) == sorted(["张建国", "李明华", "王立新"])


# ---- documents of no known kind, traditional characters ----------------------------

def test_a_document_of_no_known_kind_is_read_not_refused():
    text = "关于做好春季安全生产工作的通知\n各单位：请做好有关工作。\n海拉尔区人民政府\n2019年3月1日\n"
    from loaders.registry import detect
    doc = from_bytes(text.encode("utf-8"), "n.txt")
    loader = detect(doc)
    assert loader.kind == "generic"
    ex = loader.parse(doc, default_lexicon())
    assert ex.document.region == "内蒙古自治区/呼伦贝尔市/海拉尔区" and ex.document.date == "2019-03-01"


def test_traditional_characters_are_read_as_simplified_with_offsets_kept():
    text = "各位代表：\n現在，我代表國務院向大會作政府工作報告，請予審議。一、過去一年工作回顧\n"
    doc = from_bytes(text.encode("utf-8"), "t.txt")
    assert is_traditional(text)
    assert "我代表国务院向大会作政府工作报告" in doc.plain.text
    i = doc.plain.text.index("国务院")
    s, e = doc.plain.span(i, i + 3)
    assert text[s:e] == "國務院"
    assert _meta(text)["region"] == gazetteer.NATION


def test_a_region_the_graph_lacks_is_answered_with_the_regions_of_china_that_bear_the_name(tmp_path):
    from typer.testing import CliRunner
    from kg.cli import app
    db = str(tmp_path / "kg.lbdb")
    runner = CliRunner()
    assert runner.invoke(app, ["load", "--db", db, str(tmp_path / "none")]).exit_code in (0, 1)
    text = "政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n北京市市长 殷勇\n各位代表：\n现在，我代表北京市人民政府向大会报告工作。"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["load", "--db", db, str(tmp_path / "r.txt")]).exit_code == 0
    result = runner.invoke(app, ["query", "region", "市中区", "--db", db])
    assert result.exit_code == 1
    assert "山东省/济南市/市中区" in result.output and "四川省/乐山市/市中区" in result.output
    result = runner.invoke(app, ["query", "leader", "殷勇", "--db", db])
    assert result.exit_code == 0 and "北京市" in result.output


# ---- departments at every level ----------------------------------------------------

@pytest.mark.parametrize("written,canonical", [
    ("市发改委", "市发展和改革委员会"), ("旗发展改革委", "旗发展和改革委员会"), ("自治区发展改革委员会", "自治区发展和改革委员会"),
    ("县住房城乡建设局", "县住房和城乡建设局"),      # 和 left out
    ("省住建厅", "省住房和城乡建设厅"),              # a province's 厅 for a city's 局
    ("州卫健委", "州卫生健康委员会"), ("盟人社局", "盟人力资源和社会保障局"), ("镇政府办", "镇人民政府办公室"),
    ("工信局", "工业和信息化局"), ("经信局", "经济和信息化局"),   # counterparts, not aliases of each other
    ("市场监管局", "市场监督管理局"), ("市监察局", "市监察局"),   # two bodies never merge
])
def test_department_aliases_are_rules_that_hold_at_every_level(written, canonical):
    assert default_lexicon().department_name(written) == canonical


# ---- documents copied from portals ---------------------------------------------------

def test_a_portal_header_table_is_metadata_and_never_the_title():
    text = ("当前位置：首页 > 政务公开\n打印\n关闭\n索 引 号：\n  000014349/2019-00007\n发文机关：\n  国务院\n成文日期：\n  2019年01月27日\n"
            "标　　题：\n  国务院关于推进某项工作的意见\n发文字号：\n  国发〔2019〕5号\n\n国务院关于推进某项工作的意见\n"
            "各省、自治区、直辖市人民政府：\n现提出如下意见。\n")
    from loaders.registry import detect
    doc = from_bytes(text.encode("utf-8"), "p.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    d = ex.document
    assert (d.title, d.issuer, d.number, d.date) == ("国务院关于推进某项工作的意见", "国务院", "国发〔2019〕5号", "2019-01-27")
    assert d.region == gazetteer.NATION


def test_a_title_that_opens_with_an_issuer_places_the_document():
    text = "【法宝引证码】 CLI.12.1\n原文链接：https://example.org/x\n包头市人民政府办公室关于印发某办法的通知\n各旗、县、区人民政府：\n现印发给你们。\n"
    from loaders.registry import detect
    doc = from_bytes(text.encode("utf-8"), "p.txt")
    d = detect(doc).parse(doc, default_lexicon()).document
    assert d.title == "包头市人民政府办公室关于印发某办法的通知" and d.region == "内蒙古自治区/包头市"


@pytest.mark.parametrize("sentence,name,titles", [
    ("省长叶建春作政府工作报告。", "叶建春", ["省长"]),                 # the title before the name
    ("赵豪志市长指出，要抓好落实。", "赵豪志", ["市长"]),               # the title after it
    ("会上，省委王建国书记强调，要抓好落实。", "王建国", ["省委书记"]),  # the name between the body and the title
    ("会议由旗委李明华书记主持。", "李明华", ["旗委书记"]),
    ("会上，县人大康学军主任讲话。", "康学军", ["主任"]),               # a body that is not part of a listed title
    ("会议由县政府李二平县长主持。", "李二平", ["县长"]),
    ("市委常委、秘书长王敏参加。", "王敏", ["市委常委", "秘书长"]),     # posts of any level
    ("市委常委、组织部部长葛建荣出席。", "葛建荣", ["市委常委", "组织部部长"]),   # a unit's post in the chain
    # Posts of any level after a body's name are that body's, each one of the chain.
    ("市政协党组书记、主席周蔚芬主持并讲话。", "周蔚芬", ["市政协党组书记", "市政协主席"]),
    ("省政府党组书记、省长王晓东主持。", "王晓东", ["省政府党组书记", "省长"]),
    ("受市委副书记、市长吴之凌委托，会议由他人主持。", "吴之凌", ["市委副书记", "市长"]),  # 之 in a given name; 受…委托
    ("副市长于大永出席。", "于大永", ["副市长"]),                                          # 于 is a family name
])
def test_titles_before_after_and_around_the_name(sentence, name, titles):
    found = find_officials(sentence, default_lexicon())
    assert {(m.name, tuple(m.titles)) for m in found.mentions} == {(name, tuple(titles))}


def test_the_corpus_reports_are_placed_with_their_speakers():
    """Floors at the figures reached (bench/placement.py): every report in its region with its year,
    speaker and the speaker's title."""
    from bench import placement
    if not placement.CORPUS.is_dir():
        pytest.skip(f"no shared corpus at {placement.CORPUS}")
    groups = placement.run()["groups"]
    assert groups["local"] == {"documents": 39, "region": 39, "year": 39, "speaker": 39, "title": 39}
    assert groups["national"] == {"documents": 52, "region": 52, "year": 52, "speaker": 52, "title": 52}


# ---- initiatives keyed under the region that owns them -----------------------------------

@pytest.mark.parametrize("name,cited_in,key", [
    ("郑州都市圈", "河南省", "河南省/郑州市"),                    # opens with a region's name: that region's
    ("济南科创城", "山东省/青岛市", "山东省/济南市"),              # whichever document cites it
    ("黄河几字弯攻坚战", "宁夏回族自治区", ""),                    # an area spanning regions: keyed once
    ("成渝中线高铁", "四川省", ""),
    ("文化强省", "浙江省", "浙江省"),                              # no region in the name: the citing region's own
    ("文化强省", "福建省", "福建省"),                              # …so two provinces' are two initiatives
    ("东方红行动", "海南省", "海南省"),                            # a county's short name that is a word is not the county
    ("某某示范工程", gazetteer.NATION, ""),                        # 国务院's are keyed once
])
def test_initiatives_are_keyed_under_the_region_that_owns_them(name, cited_in, key):
    from loaders.recognisers.initiatives import owner_region
    assert owner_region(name, cited_in, default_lexicon()) == key


@pytest.mark.parametrize("issuer,key", [
    ("沈阳市辽中区人民政府", "辽宁省/沈阳市/辽中区"),      # a district written after its city
    ("长春市朝阳区人民政府", "吉林省/长春市/朝阳区"),      # the city settles a name two regions bear
    ("北京市朝阳区人民政府", "北京市/朝阳区"),
    ("聊城市人民政府", "山东省/聊城市"),                  # no child: the city itself
])
def test_an_issuer_named_with_its_parent_is_the_child(issuer, key):
    assert default_lexicon().region_prefix(issuer).key == key


# Where a document says it comes from, when its text names no issuer: a site's tag before its title,
# the page's source field, the local medium opening it, and not the site's widgets.

def _placed(text: str) -> str:
    from loaders.registry import detect
    doc = from_bytes(text.encode("utf-8"), "page.txt")
    return detect(doc).parse(doc, default_lexicon()).document.region


def test_an_issuer_after_a_sites_tag():
    text = ("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n各县、市、区人民政府：\n"
            "1.地区生产总值增长7%。\n牵头单位：市发展改革委\n2.城镇新增就业5万人。\n牵头单位：市人力资源社会保障局\n")
    assert _placed(text) == "安徽省/滁州市"


def test_the_body_a_pages_source_field_names():
    text = ("市政府工作报告重点工作责任分解(2023年)\n时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府\n"
            "1.地区生产总值增长7%。\n牵头单位：市发展改革委\n2.城镇新增就业5万人。\n牵头单位：市人力资源社会保障局\n")
    assert _placed(text) == "浙江省/丽水市"


def test_a_local_medium_opening_the_page_and_widgets_that_are_no_title():
    text = ("适老版 关爱版\n（涉县融媒体中心）县人大代表票选表决县政府2025年度十件民生实事项目正式出炉！\n"
            "一、村内基础设施提升工程\n硬化道路10万平方米。\n二、农村饮水维修养护工程\n维修机泵37处。\n")
    assert _placed(text) == "河北省/邯郸市/涉县"
    from loaders.reading.portal import is_boilerplate
    assert is_boilerplate("适老版 关爱版") and not is_boilerplate("适老化改造工程")


def test_placement_as_the_layout_bench_counts_it():
    from bench.layouts import placement
    assert placement("辽宁省/沈阳市/辽中区", "辽宁省/沈阳市/辽中区") == "right"
    assert placement("辽宁省/沈阳市/辽中区", "辽宁省/沈阳市") == "coarse"
    assert placement("辽宁省/沈阳市/辽中区", "山东省") == "wrong"
    assert placement("辽宁省/沈阳市/辽中区", "") == "open"
    assert placement("", "山东省") == "guessed" and placement("", "") == "none"


def test_the_layout_bench_reads_a_former_name_as_the_region_it_became():
    from bench.layouts import placement
    from loaders.recognisers.lexicon import default_lexicon
    lexicon = default_lexicon()
    # 沙湾县 became 沙湾市 in 2021: kg keys the region by its name today
    assert placement("新疆维吾尔自治区/塔城地区/沙湾县", "新疆维吾尔自治区/塔城地区/沙湾市", lexicon) == "right"
    assert placement("新疆维吾尔自治区/塔城地区/沙湾县", "新疆维吾尔自治区/塔城地区/沙湾市") == "wrong"
    assert placement("新疆维吾尔自治区/塔城地区/沙湾县", "新疆维吾尔自治区/塔城地区/乌苏市", lexicon) == "wrong"
    assert placement("河南省/商丘市/民权县/伯党乡", "河南省/商丘市/民权县/伯党乡", lexicon) == "right"
    assert placement("河南省/商丘市/民权县/伯党乡", "河南省/商丘市/民权县", lexicon) == "coarse"


@pytest.mark.parametrize("text,key", [
    # a year before the region's name in the title
    ("2023年新余市政务公开工作要点\n一、加强政策解读\n做好政策解读工作。\n", "江西省/新余市"),
    # a 快报 names itself by its title line
    ("铜梁区2024年重点建设项目1-9月推进情况快报\n一、总体推进情况\n重点项目已完成投资80%。目前正加快推进。截至9月底已开工。\n",
     "重庆市/铜梁区"),
    # the party's and the government's offices over 关于印发…
    ("中共黑龙江省委办公厅 黑龙江省人民政府办公厅\n关于印发《黑龙江省县域经济发展突破年行动方案》的通知\n各市（地）委和人民政府：\n"
     "现将《行动方案》印发给你们，请结合实际认真贯彻落实。\n", "黑龙江省"),
])
def test_more_places_a_document_names_itself(text, key):
    assert _placed(text) == key


def test_a_reports_ambiguous_district_is_settled_by_the_one_city_its_text_names():
    # 鼓楼区 is a district of 福州, 南京, 徐州 and 开封: the by-line does not say which, the text names 福州's bodies.
    from tests.test_layouts_written import read
    report = ("政府工作报告\n——2024年1月10日在鼓楼区第十八届人民代表大会第四次会议上\n鼓楼区人民政府区长 王强\n各位代表：\n"
              "现在，我代表区人民政府向大会报告工作，请予审议。过去一年，我们深入落实福州市委市政府部署，全区生产总值增长百分之五。\n")
    kind, ex = read(report)
    assert ex.document.region == "福建省/福州市/鼓楼区"
    # a city merely named (赴北京招商, as a 朝阳区 of 长春 may write) decides nothing: open, with a note
    visiting = ("政府工作报告\n——2024年1月10日在朝阳区第十八届人民代表大会第四次会议上\n朝阳区人民政府区长 王强\n各位代表：\n"
                "现在，我代表区人民政府向大会报告工作，请予审议。过去一年，在市委、市政府的坚强领导下，我们赴北京、上海等地开展招商。\n")
    kind, ex = read(visiting)
    assert ex.document.region == "" and any(i.code == "region.ambiguous" for i in ex.issues)
    # nor do two candidates' governments named both
    both = report.replace("福州市委市政府部署", "福州市委部署，学习南京市委经验")
    kind, ex = read(both)
    assert ex.document.region == ""
