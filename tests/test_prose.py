"""Prose loaders (work reports, news): detection, report metadata, regions, officials.

Officials are measured against the hand-annotated gold sample (tests/gold/), matched on
(region key, name); the gold is read here only, never by the loaders.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from graph import schema
from graph.model import Extraction
from graph.resolve import resolve
from loaders.recognisers import officials
from loaders.kinds import prose
from loaders import registry
from loaders.recognisers.lexicon import default_lexicon
from loaders.kinds.report_meta import parse_place, report_metadata
from loaders.recognisers.dates import cn_int
from loaders.reading.source import SourceDocument, from_bytes, read_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
JINAN = SEEDS / "jinan-2021-government-work-report.md"
NEWS = SEEDS / "qingdao-2021-offensives-hearing-news.txt"
COLLECTION = SEEDS / "shandong-work-reports-web-collection.txt"
TABLE = SEEDS / "shandong-2021-16-cities-commitments.txt"
PLAN = SEEDS / "liaocheng-2021-work-report-task-division.txt"
OFFICIALS_F1 = 0.95


@lru_cache(maxsize=None)
def _parts(path: Path) -> tuple[SourceDocument, ...]:
    parts, _ = registry.split(read_path(path))
    return tuple(parts)


@lru_cache(maxsize=None)
def _extract(path: Path, index: int = 0) -> Extraction:
    """Metadata and officials only: initiatives (loaders/recognisers/initiatives.py) are tested on their own."""
    doc = _parts(path)[index]
    saved, prose.initiatives = prose.initiatives, None
    try:
        return registry.detect(doc).parse(doc, default_lexicon())
    finally:
        prose.initiatives = saved


def _part_index(anchor: str) -> int:
    return next(i for i, p in enumerate(_parts(COLLECTION)) if anchor in p.raw)


def _leaders(ex: Extraction) -> dict[str, dict]:
    return {e.name: e.props for e in ex.entities if e.label == schema.LEADER}


def _serves(ex: Extraction) -> dict[str, str]:
    return {r.source[1].rsplit("/", 1)[-1]: r.props["title"] for r in ex.relations if r.type == schema.SERVES_IN}


def _doc_props(ex: Extraction) -> dict:
    return next(e.props for e in ex.entities if e.label == schema.DOCUMENT and e.key == ex.document.key)


# ---- detection -----------------------------------------------------------------

def test_the_collection_is_ten_reports():
    assert len(_parts(COLLECTION)) == 10


@pytest.mark.parametrize("path,kind", [(JINAN, "work_report"), (NEWS, "news")])
def test_detection_of_prose_seeds(path, kind):
    doc = _parts(path)[0]
    assert registry.detect(doc).kind == kind
    score = prose.score_report if kind == "work_report" else prose.score_news
    assert score(doc.plain.text) >= 0.8


@pytest.mark.parametrize("index", range(10))
def test_each_collection_part_is_a_work_report(index):
    doc = _parts(COLLECTION)[index]
    assert registry.detect(doc).kind == "work_report"
    assert prose.score_report(doc.plain.text) >= 0.8
    assert prose.score_news(doc.plain.text) < 0.3


@pytest.mark.parametrize("path,kind", [(TABLE, "commitment_table"), (PLAN, "division_plan")])
def test_structured_seeds_are_not_prose(path, kind):
    assert registry.detect(read_path(path)).kind == kind
    text = read_path(path).plain.text
    assert prose.score_report(text) < 0.3
    assert prose.score_news(text) < 0.3


def test_news_is_not_a_report():
    assert prose.score_report(_parts(NEWS)[0].plain.text) < 0.3


# ---- metadata ------------------------------------------------------------------

def test_jinan_report_metadata():
    ex = _extract(JINAN)
    d = ex.document
    assert (d.kind, d.region, d.date, d.issuer) == ("work_report", "山东省/济南市", "2021-01-12", "济南市人民政府")
    assert d.title == "济南市2021年政府工作报告"      # only 政府工作报告 is written: constructed
    props = _doc_props(ex)
    targets = props.pop("targets")
    assert props == {"year": 2021, "congress": "第十七届人民代表大会第三次会议", "speaker": "孙述涛", "speakerTitle": "市长"}
    # The year's goals, not last year's results: the first is the GDP goal of 主要预期目标.
    assert targets[:2] == ["地区生产总值|增长|>=|8|%", "一般公共预算收入|增长|~|8|%"]
    doc_entity = next(e for e in ex.entities if e.label == schema.DOCUMENT)
    assert "孙述涛" in doc_entity.evidence[0].text and "第十七届" in doc_entity.evidence[0].text


def test_report_metadata_function_matches_the_extraction():
    meta = report_metadata(_parts(JINAN)[0], default_lexicon())
    assert meta["congress"] == "第十七届人民代表大会第三次会议"   # the OCR's stray space is gone
    assert (meta["speaker"], meta["speakerTitle"], meta["year"]) == ("孙述涛", "市长", 2021)


def test_chinese_numeral_dates():
    ex = _extract(COLLECTION, _part_index("【青岛招商】"))
    assert ex.document.date == "2021-01-12"          # 二○二一年一月十二日
    assert _doc_props(ex)["speakerTitle"] == "代市长"
    assert [cn_int(s) for s in ("一", "十", "十二", "二十三", "三十")] == [1, 10, 12, 23, 30]


def test_news_metadata_and_officials():
    ex = _extract(NEWS)
    d = ex.document
    assert (d.kind, d.region, d.date, d.title) == ("news", "山东省/青岛市", "2021-01-21", "将攻势任务全面项目化")
    leaders = _leaders(ex)
    assert leaders["赵豪志"]["titles"] == ["市委副书记", "市长"]
    serves = _serves(ex)
    assert serves["赵豪志"] == "市委副书记、市长"       # one SERVES_IN, the titles as stated
    attendees = ["祝华", "张大勇", "刘圣珍", "李众民", "赵铁军", "刘赞松", "卞建平"]
    for name in attendees:
        assert leaders[name]["titles"] == [] and serves[name] == "市领导"
    assert {"耿涛", "张军"} <= set(leaders)            # 主应询人
    assert not {"王丽平", "宁付兴", "李华军"} & set(leaders)   # reporter, graphics credit, academician
    assert any(i.code == "prose.inferred-year" for i in ex.issues)


def _gold_documents() -> list[dict]:
    return json.loads((GOLD / "documents.json").read_text(encoding="utf-8"))


def _gold_extraction(g: dict) -> Extraction:
    if g["file"] == COLLECTION.name:
        return _extract(COLLECTION, _part_index(g["anchor"]))
    return _extract(SEEDS / g["file"])


@pytest.mark.parametrize("g", _gold_documents(), ids=lambda g: g["id"])
def test_metadata_against_gold(g):
    ex = _gold_extraction(g)
    props = _doc_props(ex)
    region_key = "/".join(g["parent"] + [g["region"]])
    region = next(e for e in ex.entities if e.label == schema.REGION and e.key == region_key)
    assert ex.document.region == region_key and region.props["level"] == g["level"]
    assert ex.document.date == g["date"]
    assert props.get("year") == g["year"]
    assert props.get("congress", "") == g["congress_session"]
    assert props.get("speaker", "") == g["speaker"]
    assert props.get("speakerTitle", "") == g["speaker_title"]


@pytest.mark.parametrize("anchor,chain", [
    ("2019年兰陵镇政府工作报告", ["山东省", "山东省/临沂市", "山东省/临沂市/兰陵县", "山东省/临沂市/兰陵县/兰陵镇"]),
    ("胜坨镇政府工作报告", ["山东省", "山东省/东营市", "山东省/东营市/垦利区", "山东省/东营市/垦利区/胜坨镇"]),
    ("姜屯镇政府工作报告", ["山东省", "山东省/枣庄市", "山东省/枣庄市/滕州市", "山东省/枣庄市/滕州市/姜屯镇"]),
])
def test_towns_part_of_chain(anchor, chain):
    ex = _extract(COLLECTION, _part_index(anchor))
    regions = {e.key: e for e in ex.entities if e.label == schema.REGION}
    assert regions[chain[-1]].props == {"level": "town", "parent": chain[-2]}
    part_of = {(r.source[1], r.target[1]) for r in ex.relations if r.type == schema.PART_OF and r.source[0] == schema.REGION}
    assert set(zip(chain[1:], chain)) <= part_of


def test_a_town_named_like_its_county_is_the_town():
    lex = default_lexicon()
    chain, town, rest = parse_place("兰陵县兰陵镇", lex)
    assert [r.name for r in chain] == ["兰陵县"] and town == "兰陵镇" and rest == ""
    chain, town, _ = parse_place("济南市历城区", lex)
    assert [r.key for r in chain] == ["山东省/济南市", "山东省/济南市/历城区"] and town == ""


def test_every_span_holds_its_evidence():
    """Offsets index the file as published (a collection part's shifted by its base)."""
    import bisect
    checked = 0
    for path, n in [(JINAN, 1), (NEWS, 1), (COLLECTION, 10)]:
        for i in range(n):
            part, ex = _parts(path)[i], _extract(path, i)
            facts = [*ex.entities, *ex.relations]
            for fact in facts:
                assert fact.evidence, fact
                for ev in fact.evidence:
                    start, end = ev.start - part.base, ev.end - part.base
                    assert 0 <= start < end <= len(part.raw)
                    seen = []
                    for v in (part.plain, part.clean):
                        a, b = (bisect.bisect_left(v.origin, x, 0, len(v.text)) for x in (start, end))
                        seen.append(v.text[a:b].strip())
                    assert ev.text in seen, (fact, ev)
                    checked += 1
    assert checked > 50


def test_evidence_points_into_the_original_file():
    raw = read_path(COLLECTION).raw
    ex = _extract(COLLECTION, _part_index("【冠县招商】"))
    leader = next(e for e in ex.entities if e.label == schema.LEADER)
    ev = leader.evidence[0]
    assert "".join(raw[ev.start:ev.end].split()).endswith("冠县县长崔新乐")


# ---- officials -----------------------------------------------------------------

def _all_extractions() -> list[Extraction]:
    return [_extract(JINAN), _extract(NEWS)] + [_extract(COLLECTION, i) for i in range(10)]


def test_national_figures_are_never_leaders():
    for ex in _all_extractions():
        assert not any(e.label == schema.LEADER and e.name.startswith("习") for e in ex.entities)
    for ex in (_extract(JINAN), _extract(COLLECTION, 0)):
        national = [i for i in ex.issues if i.code == "prose.national-figure"]
        assert len(national) == 1 and "习近平" in national[0].message


def test_names_are_validated():
    assert officials.name_problem("赵豪志") == ""
    assert officials.name_problem("欧阳明高") == ""
    assert officials.name_problem("项目")           # an ordinary word
    assert officials.name_problem("效管理")          # no family name
    assert officials.name_problem("王某同志")        # honorific


def _officials_scores() -> dict[str, tuple[int, int, int]]:
    gold = json.loads((GOLD / "officials.json").read_text(encoding="utf-8"))["officials"]
    out = {}
    for g in _gold_documents():
        ex = _gold_extraction(g)
        want = {(o["region_path"], o["name"]) for o in gold if o["doc"] == g["id"]}
        got = {(e.props["region"], e.name) for e in ex.entities if e.label == schema.LEADER}
        out[g["id"]] = (len(got & want), len(got - want), len(want - got))
    return out


def test_officials_against_gold():
    scores = _officials_scores()
    tp = sum(s[0] for s in scores.values())
    fp = sum(s[1] for s in scores.values())
    fn = sum(s[2] for s in scores.values())
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= OFFICIALS_F1, f"officials P={precision:.3f} R={recall:.3f} F1={f1:.3f} per doc (tp, fp, fn): {scores}"


def test_same_person_same_key_across_documents():
    """赵豪志 of the commitment table = the 代市长 of the 青岛 report = the 市长 of the news."""
    table = _extract(TABLE)
    qingdao, news, jinan = _extract(COLLECTION, _part_index("【青岛招商】")), _extract(NEWS), _extract(JINAN)
    zhao = schema.leader_key("山东省/青岛市", "赵豪志")
    sun = schema.leader_key("山东省/济南市", "孙述涛")
    for ex in (table, qingdao, news):
        assert zhao in {e.key for e in ex.entities if e.label == schema.LEADER}
    for ex in (table, jinan):
        assert sun in {e.key for e in ex.entities if e.label == schema.LEADER}
    kg, _ = resolve([table, qingdao, news, jinan])
    node = kg.node(zhao)
    assert node.label == schema.LEADER
    assert {"代市长", "市长", "市委副书记"} <= set(node.props["titles"])
    assert set(node.props["documents"]) == {table.document.key, qingdao.document.key, news.document.key}
    assert kg.node(sun).props["titles"] == ["市长"]


def test_document_entity_props_reach_the_document_node():
    ex = _extract(JINAN)
    kg, issues = resolve([ex])
    assert not [i for i in issues if i.code == "resolve.key-clash"]
    node = kg.node(ex.document.key)
    assert node.label == schema.DOCUMENT and node.props["title"] == "济南市2021年政府工作报告"
    # year/congress/speaker reach the node once graph/schema.py names them as Document properties
    for prop in ("year", "congress", "speaker", "speakerTitle"):
        if prop in schema.NODE_PROPERTIES[schema.DOCUMENT]:
            assert node.props[prop] == _doc_props(ex)[prop]


def test_unseen_forms():
    """Forms the seeds do not hold: name after title with 同志, a 市领导 list, name then title."""
    text = ("2022年3月1日讯 日前，市委常委、副市长王立新主持召开会议。\n"
            "市领导李红梅、周建国出席。\n会上，陈晓东市长指出，要抓好落实。\n")
    found = officials.find(text, default_lexicon())
    by_name = {m.name: m for m in found.mentions}
    assert by_name["王立新"].titles == ["市委常委", "副市长"]
    assert by_name["李红梅"].group == "市领导" and by_name["周建国"].group == "市领导"
    assert by_name["陈晓东"].titles == ["市长"]
    assert set(by_name) == {"王立新", "李红梅", "周建国", "陈晓东"}


def test_names_after_one_title_share_it_and_lists_of_things_are_not_people():
    found = officials.find("副市长王京文、孙斌，市政府秘书长王宏志出席会议。海尔、海信参加。县长、乡长亲自抓。", default_lexicon())
    by_name = {}
    for m in found.mentions:
        by_name.setdefault(m.name, set()).update(m.titles)
    assert by_name == {"王京文": {"副市长"}, "孙斌": {"副市长"}, "王宏志": {"市政府秘书长"}}
    assert not found.rejected


def test_a_report_from_bytes():
    text = ("某县2021年政府工作报告\n——2021年2月1日在冠县第十八届人民代表大会第一次会议上\n县长 张卫东\n各位代表：\n"
            "现在，我代表县人民政府向大会报告工作。一、2020年工作回顾\n一年来，我们坚持以习近平新时代中国特色社会主义思想为指导。")
    doc = from_bytes(text.encode("utf-8"), "x.txt")
    assert registry.detect(doc).kind == "work_report"
    ex = prose.extract(doc, default_lexicon(), "work_report")
    assert ex.document.region == "山东省/聊城市/冠县" and ex.document.date == "2021-02-01"
    assert _leaders(ex)["张卫东"]["titles"] == ["县长"]
    assert _doc_props(ex)["congress"] == "第十八届人民代表大会第一次会议"


def test_initiatives_are_merged_when_the_module_is_there():
    pytest.importorskip("loaders.recognisers.initiatives")
    doc = _parts(JINAN)[0]
    ex = prose.extract(doc, default_lexicon(), "work_report")
    labels = {e.label for e in ex.entities}
    assert {schema.PROJECT, schema.STRATEGY} & labels
    assert _leaders(ex) == _leaders(_extract(JINAN))


@pytest.mark.parametrize("header,speaker,titles,region", [
    # The header names no place: the city the body talks of (济南) does not decide it.
    ("政府工作报告\n——2021年1月12日在市十七届人大三次会议上\n\n市长 孙述涛\n\n各位代表：", "孙述涛", ["市长"], ""),
    ("政府工作报告\n济南市人民政府市长 孙述涛\n——2021年1月12日在济南市第十七届人民代表大会第三次会议上\n各位代表：",
     "孙述涛", ["市长"], "山东省/济南市"),
])
def test_by_line_layouts(header, speaker, titles, region):
    text = header + "\n现在，我代表市人民政府向大会报告工作。一、2020年工作回顾\n一年来，我们砥砺奋进。济南发展迈上新台阶。"
    meta = report_metadata(from_bytes(text.encode("utf-8"), "r.txt"), default_lexicon(), "work_report")
    assert meta["congress"] == "第十七届人民代表大会第三次会议" and meta["date"] == "2021-01-12"
    assert (meta["speaker"], meta["speakerTitle"]) == (speaker, "、".join(titles))
    assert meta["region"] == region


def test_a_new_office_holder_named_through_de():
    # News introduces a newly elected or appointed official as 当选为<title>的<name>.
    lexicon = default_lexicon()
    found = officials.find("刚刚当选为市长的张建国召开会议。当选为副县长的李明华出席。", lexicon)
    got = {(m.name, tuple(m.titles)) for m in found.mentions}
    assert ("张建国", ("市长",)) in got and ("李明华", ("副县长",)) in got
    # 的 after a title elsewhere is not a name (市长的讲话, 县长的工作).
    found = officials.find("大家认真学习市长的讲话，落实副县长的工作要求。", lexicon)
    assert not found.mentions
