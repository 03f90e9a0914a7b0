"""The extraction-quality benchmark: its scoring functions on small inputs (exact figures),
kg's output read the way the benchmark reads it, and the JSON the benchmark prints on the
seeds (structure only: the quality thresholds live in the extractors' own tests)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import extraction_quality as eq
from bench.quality import (
    Counts, GoldDocument, Named, assign, field_correct, load_gold, locate, match_entities, match_pairs,
    names, norm, norm_date, official_facts, prf, recall_of, region_edges, score, set_counts, total,
)
from graph import schema
from graph.model import DocumentInfo, Entity, Extraction, Relation

ROOT = Path(__file__).resolve().parent.parent


def n(*xs: str) -> frozenset[str]:
    return names(xs)


# ---------------------------------------------------------------- ratios

def test_score_on_sets():
    assert score({"a", "b", "c", "d"}, {"a", "b", "e"}) == pytest.approx((0.5, 2 / 3, 4 / 7))
    assert score({"a"}, {"a"}) == (1.0, 1.0, 1.0)
    assert score({"x"}, {"a"}) == (0.0, 0.0, 0.0)


def test_zero_denominators_give_zero():
    assert score(set(), {"a"}) == (0.0, 0.0, 0.0)
    assert score({"a"}, set()) == (0.0, 0.0, 0.0)
    assert score(set(), set()) == (0.0, 0.0, 0.0)


def test_counts_are_micro_averaged():
    # document 1: 1 of 1 right; document 2: 1 of 3 right, 1 of 4 found
    c = total([set_counts({"a"}, {"a"}), set_counts({"b", "x", "y"}, {"b", "c", "d", "e"})])
    assert c == Counts(2, 4, 2, 5)
    assert c.prf() == pytest.approx((0.5, 0.4, 4 / 9))
    assert prf(3, 4, 1, 2) == pytest.approx((0.75, 0.5, 0.6))


# ---------------------------------------------------------------- names

def test_norm_folds_width_whitespace_and_quotes():
    assert norm("章 锦综保区") == "章锦综保区"
    assert norm("精准医\n\n学产业园") == "精准医学产业园"
    assert norm("国科大（冠县）科创中心") == "国科大(冠县)科创中心"
    assert norm("“五个济南”") == norm('"五个济南"') == "五个济南"
    assert norm("“四进”攻坚行动") == norm('"四进"攻坚行动') == '"四进"攻坚行动'   # inner quotes stay
    assert norm('"东强""南美"') == '"东强""南美"'                               # not one enclosing pair
    assert names(["起步区", " 起步区 ", ""], "新旧动能转换起步区") == {"起步区", "新旧动能转换起步区"}


def test_initiatives_match_on_any_name_and_are_not_one_to_one():
    gold = [Named("Project", n("新旧动能转换起步区", "起步区")), Named("Strategy", n("新旧动能转换")),
            Named("Project", n("济郑高铁", "济郑"))]
    pred = [
        Named("Project", n("起步区")),                 # an alias of gold 1
        Named("Project", n("新旧动能转换 起步区")),    # gold 1 again (OCR space): also correct
        Named("Project", n("新旧动能转换")),           # gold 2, under the wrong type
        Named("Project", n("示范区")),                 # wrong
    ]
    counts, per_pred, per_gold = match_entities(pred, gold)
    assert counts == Counts(3, 4, 2, 3)
    assert per_pred == [1, 1, 1, 0] and per_gold == [2, 1, 0]
    typed, _, _ = match_entities(pred, gold, typed=True)
    assert typed == Counts(2, 4, 1, 3)
    assert recall_of(pred, gold[1:]) == Counts(0, 0, 1, 2)


def test_one_prediction_may_find_two_gold_entries():
    gold = [Named("Project", n("A项目")), Named("Project", n("B项目"))]
    counts, per_pred, _ = match_entities([Named("Project", n("A项目", "B项目"))], gold)
    assert counts == Counts(1, 1, 2, 2) and per_pred == [2]


def test_part_of_pairs_need_both_ends():
    gold = [(n("起步区", "新旧动能转换起步区"), n("新旧动能转换")), (n("海洋攻势"), n("15个攻势"))]
    pred = [
        (n("新旧动能转换起步区"), n("新旧动能转换")),   # right
        (n("起步区"), n("新旧动能转换")),               # the same pair under an alias: right, counted again
        (n("起步区"), n("15个攻势")),                   # wrong parent
        (n("起步区"), n("新旧动能转换")),               # exact duplicate: counted once
    ]
    assert match_pairs(pred, gold) == Counts(2, 3, 1, 2)


def test_official_title_facts():
    assert official_facts({"赵豪志": ["市委副书记、市长"], "祝华": []}) == {("赵豪志", "市委副书记"), ("赵豪志", "市长"), ("祝华", "")}
    gold = official_facts({"赵豪志": ["市委副书记", "市长"], "祝华": []})
    pred = official_facts({"赵豪志": ["市长"], "祝华": ["市领导"]})
    assert score(pred, gold) == pytest.approx((0.5, 1 / 3, 0.4))


def test_region_edges_follow_the_chain():
    assert region_edges(["山东省", "临沂市", "兰陵县", "兰陵镇"]) == {("临沂市", "山东省"), ("兰陵县", "临沂市"), ("兰陵镇", "兰陵县")}
    assert region_edges(["山东省"]) == set()


def test_metadata_fields():
    assert norm_date("2021年1月12日") == norm_date("2021-1-12") == "2021-01-12"
    assert field_correct("date", "2021-01-12", "2021-01-12")
    assert field_correct("region", "山东省/济南市/历城区", "历城区")
    assert field_correct("year", 2021, 2021) and field_correct("year", "2021", 2021)
    assert field_correct("congress_session", "第十七届 人民代表大会第三次会议", "第十七届人民代表大会第三次会议")
    assert field_correct("speaker", None, "")            # not stated, not given: right
    assert not field_correct("speaker", "盖红旗", "")     # not stated, but given: wrong
    assert not field_correct("speaker_title", "", "市长")


# ---------------------------------------------------------------- documents

def test_anchor_must_occur_once_and_picks_the_part_holding_it():
    text = "AAA 报告一 xxx BBB 报告二 yyy"
    assert locate(text, "报告二") == text.index("报告二")
    with pytest.raises(ValueError):
        locate(text + "报告二", "报告二")
    with pytest.raises(ValueError):
        locate(text, "报告三")
    spans = {"f#1": ("f", 0, 10), "f#2": ("f", 10, 24), "g": ("g", 0, 100)}
    assert assign(spans, {"one": ("f", 4), "two": ("f", 16), "three": ("g", 4)}) == {"one": "f#1", "two": "f#2", "three": "g"}
    # two anchors in one part: the first gets it, the second stays unmatched
    assert assign(spans, {"one": ("f", 4), "other": ("f", 6)}) == {"one": "f#1"}


def test_gold_loads_with_its_stated_sizes():
    gold = load_gold(ROOT / "tests" / "gold")
    assert len(gold) == 12 and len({d.id for d in gold}) == 12
    assert sum(len(d.initiatives) for d in gold) == 1066
    jinan = next(d for d in gold if d.id == "jinan-2021")
    assert jinan.officials == {"孙述涛": ["市长"]}
    assert jinan.region_edges() == {("济南市", "山东省")}
    assert "习近平" in jinan.official_negatives
    for d in gold:   # every part_of target is the canonical of an entry of the same document
        assert all(child and parent for child, parent in d.pairs())


def test_kg_prediction_reads_entities_relations_and_document_props():
    d, region = "doc1", "山东省/临沂市/兰陵县/兰陵镇"
    regions = [Entity(schema.REGION, "山东省", "山东省", props={"level": "province"}),
               Entity(schema.REGION, "山东省/临沂市", "临沂市", props={"level": "city"}),
               Entity(schema.REGION, "山东省/临沂市/兰陵县", "兰陵县", props={"level": "county"}),
               Entity(schema.REGION, region, "兰陵镇", props={"level": "town"}),
               Entity(schema.REGION, "山东省/济南市", "济南市", props={"level": "city"})]
    region_rels = [Relation(schema.PART_OF, (schema.REGION, c), (schema.REGION, p)) for c, p in (
        (region, "山东省/临沂市/兰陵县"), ("山东省/临沂市/兰陵县", "山东省/临沂市"), ("山东省/临沂市", "山东省"),
        ("山东省/济南市", "山东省"))]   # 济南 is mentioned but is not on the report's chain
    ex = Extraction(
        DocumentInfo(d, "x.txt#9", "0" * 64, "utf-8", "work_report", date="2019-03-23", region=region),
        (*regions,
         Entity(schema.DOCUMENT, d, "report", props={"year": 2019, "congress": "第十六届人民代表大会", "session": "第五次会议",
                                                     "speaker": "张三", "speakerTitle": "镇长"}),
         Entity(schema.LEADER, f"{region}/张三", "张三", props={"titles": ["镇长"]}),
         Entity(schema.PROJECT, "p1", "兰陵美丽乡村示范园", aliases=("示范园",)),
         Entity(schema.STRATEGY, "s1", "乡村振兴")),
        (*region_rels,
         Relation(schema.SERVES_IN, (schema.LEADER, f"{region}/张三"), (schema.REGION, region), {"title": "镇党委副书记、镇长"}),
         Relation(schema.PART_OF, (schema.PROJECT, "p1"), (schema.STRATEGY, "s1"))),
    )
    p = eq.kg_prediction(ex)
    assert p.officials == {"张三": {"镇长", "镇党委副书记、镇长"}}
    assert official_facts(p.officials) == {("张三", "镇长"), ("张三", "镇党委副书记")}
    assert p.initiatives == [Named("Project", n("兰陵美丽乡村示范园", "示范园")), Named("Strategy", n("乡村振兴"))]
    assert p.pairs == [(n("兰陵美丽乡村示范园", "示范园"), n("乡村振兴"))]
    assert p.regions == {("兰陵镇", "兰陵县"), ("兰陵县", "临沂市"), ("临沂市", "山东省")}
    gold_meta = {"region": "兰陵镇", "level": "town", "year": 2019, "date": "2019-03-23",
                 "congress_session": "第十六届人民代表大会第五次会议", "speaker": "张三", "speaker_title": "镇长"}
    assert all(field_correct(f, p.metadata[f], v) for f, v in gold_meta.items())


def test_a_document_kg_did_not_produce_scores_zero_but_is_scored():
    gold = GoldDocument("d", "f", "anchor", "兰陵镇", "town", ["山东省", "临沂市", "兰陵县"],
                        {"region": "兰陵镇", "level": "town", "year": 2019, "date": "", "congress_session": "", "speaker": "", "speaker_title": ""},
                        officials={"张三": []},
                        initiatives=[{"canonical": "乡村振兴", "aliases": ["乡村振兴"], "type": "Strategy", "tier": "core", "part_of": []}])
    row = eq.evaluate_document(gold, None, "kg")
    assert row["officials"] == Counts(0, 0, 0, 1)
    assert row["initiatives_core"] == Counts(0, 0, 0, 1)
    assert row["region_part_of"] == Counts(0, 0, 0, 3)
    assert not any(row["metadata"].values())          # not even the unstated fields: the document was not found
    assert row["diagnostics"]["matched"] is False
    base = eq.evaluate_document(gold, None, "baseline")
    assert base["officials_with_title"] is None and base["initiative_part_of"] is None and base["metadata"] is None


# ---------------------------------------------------------------- the benchmark on the seeds

@pytest.fixture(scope="module")
def bench_json() -> dict:
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert eq.main(["--json", "--per-doc"]) == 0
    return json.loads(out.getvalue())


def _check_figures(x: dict, recall_only: bool = False) -> None:
    assert set(x) == {"p", "r", "f1", "predicted", "correct", "found", "gold"}
    for k in ("r",) if recall_only else ("p", "r", "f1"):
        assert isinstance(x[k], float) and 0.0 <= x[k] <= 1.0, (k, x)
    assert 0 <= x["found"] <= x["gold"]
    if not recall_only:
        assert 0 <= x["correct"] <= x["predicted"]


def test_benchmark_json_has_every_metric_for_kg_and_the_baseline(bench_json):
    r = bench_json
    assert r["systems"] == ["kg", "baseline"]
    assert r["gold"]["documents"] == 12 and r["gold"]["initiatives"] == 1066 and r["gold"]["officials"] == 17
    assert set(r["metrics"]) == set(eq.METRICS)
    for m, e in r["metrics"].items():
        assert e["gold"] > 0, m
        _check_figures(e["kg"], recall_only=m == "initiatives_core")
        assert "baseline" in e
    for m in ("officials", "initiatives_all"):     # the baseline's rows with all three figures
        _check_figures(r["metrics"][m]["baseline"])
    for m in ("initiatives_core", "initiatives_project", "initiatives_strategy"):
        _check_figures(r["metrics"][m]["baseline"], recall_only=True)
        assert r["metrics"][m]["baseline"]["p"] is None
    for m in ("officials_with_title", "initiative_part_of", "region_part_of"):
        assert r["metrics"][m]["baseline"] is None   # the baseline cannot produce these
    assert set(r["metadata"]) == {"region", "level", "year", "date", "congress_session", "speaker", "speaker_title"}
    for f, e in r["metadata"].items():
        assert e["documents"] == 12 and e["baseline"] is None
        assert 0.0 <= e["kg"]["accuracy"] <= 1.0 and 0.0 <= e["kg"]["stated_accuracy"] <= 1.0
    assert set(r["per_doc"]) == {d["id"] for d in json.loads((ROOT / "tests" / "gold" / "documents.json").read_text(encoding="utf-8"))}
    assert r["diagnostics"]["baseline"]["unmatched_documents"] == []   # every gold anchor falls in one part of kg's split


def test_benchmark_table_is_built_from_the_same_figures(bench_json):
    from bench.extraction_tables import table
    text = table(bench_json, per_doc=True)
    assert text.splitlines()[0].startswith("Extraction quality vs tests/gold")
    for label in eq.METRICS.values():
        assert label in text
    assert "qingdao-offensives-news-2021" in text


# ---------------------------------------------------------------- the baselines' tagger

def test_the_baselines_tagger_tags_as_jiebas_own():
    """bench/posseg_viterbi.py searches fewer states than jieba.posseg: the same route and tags all the same."""
    import random

    import jieba
    import jieba.posseg
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi as jiebas_viterbi

    from bench.posseg_viterbi import viterbi
    from bench.quality import jieba_tagger

    own = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    texts = ["郑德雁同志任济南市委副书记、市长，孙述涛主持会议。", "滦平县巴克什营镇党委书记王小二、副镇长李四光到村调研。",
             (ROOT / "seeds" / "liaocheng-2021-work-report-task-division.txt").read_text(encoding="utf-8")[:3000]]
    for text in texts:
        assert [(w.word, w.flag) for w in jieba_tagger().cut(text)] == [(w.word, w.flag) for w in own.cut(text)]
    # The search alone, on runs of characters the model knows and some it does not (every state then).
    rnd = random.Random(7)
    known = sorted(char_state_tab_P)
    for _ in range(300):
        obs = "".join(rnd.choice(known) if rnd.random() < 0.9 else rnd.choice("𠀀𠀁ㄅ①") for _ in range(rnd.randint(1, 10)))
        assert viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P) == \
            jiebas_viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P), obs
