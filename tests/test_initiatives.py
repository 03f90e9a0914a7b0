"""Initiatives in prose (loaders/recognisers/initiatives.py): aliases, PART_OF, the stop-list, and quality against the gold.

The measurement test prints precision and recall per document and asserts the values
reached (floors just under them), so a change that loses quality fails here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph import schema
from loaders.recognisers import initiatives
from loaders.recognisers.initiatives import extract, norm
from loaders.recognisers.lexicon import Lexicon, default_lexicon
from loaders.reading.source import from_bytes

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
_FOOTER = "有想补充的信息?点我投稿"


def _gold_documents() -> dict[str, tuple[dict, object]]:
    """Each gold document as a SourceDocument: the web collection cut at the gold anchors.

    (Until loaders/kinds/web_collection.py splits the collection, the anchors of
    tests/gold/documents.json do: a report runs from its title to the next one.)
    """
    docs = json.loads((GOLD / "documents.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[dict]] = {}
    for d in docs:
        by_file.setdefault(d["file"], []).append(d)
    out = {}
    for name, ds in by_file.items():
        raw = (SEEDS / name).read_text(encoding="utf-8")
        if len(ds) == 1:
            out[ds[0]["id"]] = (ds[0], from_bytes(raw.encode("utf-8"), str(SEEDS / name)))
            continue
        starts = sorted((raw.index(d["anchor"]), d["id"], d) for d in ds)
        end_all = raw.index(_FOOTER) if _FOOTER in raw else len(raw)
        for k, (s, _id, d) in enumerate(starts):
            e = starts[k + 1][0] if k + 1 < len(starts) else end_all
            out[d["id"]] = (d, from_bytes(raw[s:e].encode("utf-8"), f"{SEEDS / name}#{d['id']}"))
    return out


def _region(d: dict) -> str:
    return schema.region_key(*d["parent"], d["region"])


@pytest.fixture(scope="module")
def results():
    lex = default_lexicon()
    return {k: (d, doc, extract(doc, doc.clean, lex, _region(d))) for k, (d, doc) in _gold_documents().items()}


def _by_name(entities):
    return {e.name: e for e in entities}


def test_start_zone_alias_and_part_of(results):
    _d, _doc, (entities, relations, _issues) = results["jinan-2021"]
    zone = _by_name(entities)["新旧动能转换起步区"]
    assert zone.label == schema.PROJECT and zone.key == "新旧动能转换起步区"   # national-level zone: unqualified key
    assert "起步区" in zone.aliases
    assert zone.props["region"] == "山东省/济南市"
    parts = {(r.source, r.target) for r in relations if r.type == schema.PART_OF}
    assert (zone.ref, (schema.STRATEGY, "新旧动能转换")) in parts
    assert all(r.evidence for r in relations)


def test_each_offensive_is_part_of_the_fifteen(results):
    for doc_id in ("qingdao-offensives-news-2021", "qingdao-2021"):
        _d, _doc, (entities, relations, _issues) = results[doc_id]
        names = _by_name(entities)
        campaign = names["15个攻势"]
        assert campaign.label == schema.STRATEGY and campaign.key == "山东省/青岛市/15个攻势"
        offensives = [e for e in entities if e.name.endswith("攻势") and e is not campaign]
        assert len(offensives) >= 4
        parts = {r.source for r in relations if r.type == schema.PART_OF and r.target == campaign.ref}
        assert {e.ref for e in offensives} <= parts
    news = _by_name(results["qingdao-offensives-news-2021"][2][0])
    for name in ("科技引领城市建设攻势", "城市品质改善提升攻势", "交通基础设施建设攻势", "国际航运贸易金融创新中心建设攻势"):
        assert name in news


def test_bundle_of_city_programmes(results):
    _d, _doc, (entities, relations, _issues) = results["jinan-2021"]
    names = _by_name(entities)
    bundle = names["五个济南"].ref
    members = {r.source[1].rsplit("/", 1)[-1] for r in relations if r.target == bundle}
    assert members == {"科创济南", "智造济南", "文化济南", "生态济南", "康养济南"}


def test_stoplisted_phrases_are_issues_never_entities():
    text = "深入开展文化惠民工程，加快重点项目建设，推进示范区建设，高标准建设产业园，打造高质量发展的主战场。"
    doc = from_bytes(text.encode("utf-8"), "memory.txt")
    entities, relations, issues = extract(doc, doc.clean, default_lexicon(), "山东省/聊城市/冠县")
    assert entities == [] and relations == []
    stopped = {i.text for i in issues if i.code == "initiative.stoplisted"}
    assert {"文化惠民工程", "重点项目", "示范区", "产业园"} <= stopped
    assert all(i.document == doc.key and i.line == 1 and i.message for i in issues)


def test_no_seed_entity_is_stoplisted(results):
    il = initiatives.state(default_lexicon()).il
    for _d, _doc, (entities, _r, issues) in results.values():
        for e in entities:
            assert norm(e.name) not in il.stop | il.concepts, e.name
        assert all(i.code.startswith("initiative.") for i in issues)


def test_counted_categories_are_rejected():
    text = "建设10个乡村振兴示范区、100个美丽乡村示范村，加快16个国家级海洋牧场建设。获评国家生态文明建设示范区。"
    doc = from_bytes(text.encode("utf-8"), "memory.txt")
    entities, _r, issues = extract(doc, doc.clean, default_lexicon(), "山东省/青岛市")
    assert not [e for e in entities if e.label == schema.PROJECT]
    codes = {i.text: i.code for i in issues}
    assert codes["乡村振兴示范区"] == "initiative.generic"
    assert codes["国家生态文明建设示范区"] == "initiative.designation"


def test_keys_evidence_and_aliases(results):
    _d, doc, (entities, _r, _i) = results["licheng-2021"]
    for e in entities:
        assert e.evidence and all(ev.document == doc.key and ev.start < ev.end for ev in e.evidence)
        # the evidence sentence holds a surface form of the initiative
        assert any(norm(a) in norm(ev.text).replace("（", "(").replace("）", ")") for ev in e.evidence[:1]
                   for a in (e.name, *e.aliases)) or e.name.endswith("项目"), e.name
        if e.key != e.name:
            assert e.key.startswith("山东省/")          # local names are qualified by their region
        # enclosing quotes go; quotes inside a name stay (“放管服”改革, as the gold writes it)
        assert all(not a.startswith("“") or not a.endswith("”") or "”“" in a for a in e.aliases), e.aliases
        assert all(a.count("“") == a.count("”") for a in e.aliases), e.aliases
    names = _by_name(entities)
    # A name that opens with a region's name is that region's, whichever document cites it (历城区's report here).
    assert names["济南国际内陆港"].key == "山东省/济南市/济南国际内陆港"
    assert "国际内陆港" in names["济南国际内陆港"].aliases        # a short form seen in the same report
    assert names["四个历城"].key == "山东省/济南市/历城区/四个历城"


def _run(text, region="山东省/济南市"):
    doc = from_bytes(text.encode("utf-8"), "memory.txt")
    entities, _r, issues = extract(doc, doc.clean, default_lexicon(), region)
    return {e.name: e for e in entities}, {i.text: i.code for i in issues}


def test_roads_built_are_projects_roads_renovated_are_not():
    names, _ = _run("新建续建飞跃大道、凤鸣路南延等59条道路，改造提升金珠路、文化路等17条城市干道。"
                    "加快推进滩九路、蟠龙路等40条市政道路建设。逢山开路、遇河搭桥。")
    assert {"飞跃大道", "凤鸣路南延", "滩九路", "蟠龙路"} <= set(names)
    assert not {"金珠路", "文化路", "逢山开路"} & set(names)
    assert all(names[n].label == schema.PROJECT for n in ("飞跃大道", "滩九路"))


def test_existing_routes_and_institutions_are_issues():
    names, codes = _run("济乐高速、济青高速纵横交错。依托齐鲁物流信息交易结算中心，发展多式联运。"
                        "支持山东大学齐鲁医学院建设。莱荣铁路青岛段规划建设，京台高速济南至泰安等高速公路建设。")
    assert codes["济乐高速"] == codes["济青高速"] == "initiative.existing"
    assert codes["齐鲁物流信息交易结算中心"] == "initiative.existing"
    assert codes["山东大学"] == "initiative.inside-name"
    assert {"莱荣铁路青岛段", "京台高速济南至泰安"} <= set(names)


def test_quotes_inside_a_known_name_stay_and_city_visions():
    names, _ = _run("深化“放管服”改革，对标“五个中心”远景目标，聚力“七个新跨越”。", "山东省/济南市")
    assert "“放管服”改革" in names["放管服改革"].aliases
    assert names["“五个中心”".strip("“”")].label == schema.STRATEGY
    assert not any("跨越" in n for n in names)


def test_names_hold_durations_and_coordinated_parts():
    names, _ = _run("启动实施产业集群培育三年行动计划。实施高新技术企业引进和培育计划。"
                    "加快中科新经济科创园、数字经济和智慧物流产业园建设。"
                    "加快推进柳青河第二污水处理厂扩容工程和商谷片区污水处理厂建设。")
    assert {"产业集群培育三年行动计划", "高新技术企业引进和培育计划", "中科新经济科创园", "数字经济和智慧物流产业园",
            "柳青河第二污水处理厂扩容工程", "商谷片区污水处理厂"} <= set(names)
    # 和 after a complete name (…扩容工程和…) joins two names, not two parts of one
    assert not any("和商谷" in n for n in names)


def test_strategy_named_as_a_modifier_is_not_a_mention():
    names, _ = _run("稳步推动脱贫攻坚成果同乡村振兴有效衔接。建成105个乡村振兴齐鲁样板村。")
    assert set(names) == {"乡村振兴"}


def test_aspirations_designations_and_titles_are_issues():
    names, codes = _run("积极打造新媒体之都。加快打造现代国际航空枢纽。打造上合国家进口食品农产品集散中心。"
                        "获批生产服务型（港口型）、商贸服务型国家物流枢纽。"
                        "《云岭美酒特色小镇战略研究》已通过专家评审。", "山东省/青岛市")
    assert set(names) == {"上合国家进口食品农产品集散中心"}      # 上合 names which centre is meant
    assert codes["新媒体之都"] == codes["现代国际航空枢纽"] == "initiative.positioning"
    assert codes["商贸服务型国家物流枢纽"] == "initiative.designation"
    assert codes["云岭美酒特色小镇战略"] == "initiative.title"


def test_facility_heads_and_described_list_items():
    names, codes = _run("加快建设泉山污水处理厂，建成启用青林实验中学。加快云锦智能装备、高端光学镜片等项目建设。"
                        "推进人工智能、大数据等产业项目。")
    assert {"泉山污水处理厂", "青林实验中学", "云锦智能装备项目", "高端光学镜片项目"} <= set(names)
    assert not any(n.startswith(("人工智能", "大数据")) for n in names)      # categories, not projects


def _part_of(text, region="山东省/济南市"):
    doc = from_bytes(text.encode("utf-8"), "memory.txt")
    _e, relations, _i = extract(doc, doc.clean, default_lexicon(), region)
    return {(r.source[1].rsplit("/", 1)[-1], r.target[1].rsplit("/", 1)[-1]) for r in relations if r.type == schema.PART_OF}


def test_part_of_from_topic_and_lead_sentences():
    parts = _part_of("临港新区，加快建设东湖智造产业园、西岭数据中心。全面推进乡村振兴。大力实施产业振兴工程，建立品牌目录。"
                     "大力实施人才振兴工程，开展职称评审。推进东部新旧动能转换示范区建设，推动新旧动能转换。")
    assert parts == {("东湖智造产业园", "临港新区"), ("西岭数据中心", "临港新区"), ("产业振兴工程", "乡村振兴"),
                     ("人才振兴工程", "乡村振兴"), ("东部新旧动能转换示范区", "新旧动能转换")}


def test_counted_bundle_takes_members_only_when_the_count_matches():
    members = "启动实施园区创建三年行动计划。启动实施产业集群培育三年行动计划。启动实施数字经济三年行动计划。"
    parts = _part_of("大力实施“三大三年行动计划”。" + members)
    assert {c for c, p in parts if p == "三大三年行动计划"} == {"园区创建三年行动计划", "产业集群培育三年行动计划",
                                                             "数字经济三年行动计划"}
    assert not _part_of("大力实施“四大三年行动计划”。" + members)        # three named, four announced: unknown


def test_deterministic(results):
    _d, doc, first = results["qingdao-2021"]
    again = extract(doc, doc.clean, default_lexicon(), "山东省/青岛市")
    assert again == first


def test_user_lexicon_dir(tmp_path, monkeypatch):
    (tmp_path / "initiatives.tsv").write_text("蟠龙山计划\tStrategy\t蟠龙山\t\t\n", encoding="utf-8")
    monkeypatch.setenv("KG_LEXICON_DIR", str(tmp_path))
    text = "全面实施蟠龙山，推进示范区建设。"
    doc = from_bytes(text.encode("utf-8"), "memory.txt")
    entities, _r, issues = extract(doc, doc.clean, Lexicon(), "山东省/济南市")
    assert [(e.key, e.aliases) for e in entities] == [("蟠龙山计划", ("蟠龙山",))]
    assert any(i.text == "示范区" for i in issues)     # the shipped stop-list still applies


def test_jieba_userdict(tmp_path):
    lex = default_lexicon()
    text = initiatives.write_jieba_userdict(tmp_path / "userdict.txt", lex)
    assert (tmp_path / "userdict.txt").read_text(encoding="utf-8") == text
    words = {line.split()[0] for line in text.splitlines()}
    assert {"新旧动能转换起步区", "上合示范区", "济南", "起步区"} <= words
    # our words stay out of jieba's global tokenizer (other code relies on its plain results)
    st = initiatives.state(lex)
    assert st.tag("推进新旧动能转换起步区建设")[1] == ("新旧动能转换起步区", "nz")
    import jieba
    assert "新旧动能转换起步区" not in jieba.lcut("推进新旧动能转换起步区建设")


# ---------------------------------------------------------------- quality against the gold

def _score(results):
    gold = json.loads((GOLD / "initiatives.json").read_text(encoding="utf-8"))["initiatives"]
    rows, tot = [], dict(tp=0, n=0, core=0, core_hit=0, all=0, all_hit=0)
    for doc_id, (_d, _doc, (entities, _r, _i)) in results.items():
        entries = [g for g in gold if g["doc"] == doc_id]
        names = {norm(a): g["canonical"] for g in entries for a in (g["canonical"], *g["aliases"])}
        found, tp = set(), 0
        for e in entities:
            hits = {names[x] for x in {norm(e.name), *map(norm, e.aliases)} if x in names}
            tp += bool(hits)
            found |= hits
        core = [g for g in entries if g["tier"] == "core"]
        row = dict(doc=doc_id, tp=tp, n=len(entities), core=len(core),
                   core_hit=sum(g["canonical"] in found for g in core),
                   all=len(entries), all_hit=sum(g["canonical"] in found for g in entries))
        rows.append(row)
        for k in tot:
            tot[k] += row[k]
    return rows, tot


def test_quality_against_gold(results, capsys):
    """Precision (against every gold entry, any alias, spaces and quotes ignored) and recall (core, all).

    Reached on the seeds: precision 0.83 (0.92 on the four exhaustively annotated
    documents), recall 0.99 on the core tier and 0.83 on all entries (earlier versions:
    0.71 / 0.81 / 0.99 / 0.64, then 0.74 / 0.84 / 0.99 / 0.66, then 0.78 / 0.86 / 0.99 / 0.75, then
    0.80 / 0.89 / 0.99 / 0.78). The issue's targets (precision 0.9, recall 0.8) are met for recall and
    for precision on the exhaustive documents; overall precision counts unlisted real initiatives of the
    named-only documents as errors. The floors below are the values reached, rounded down: raise them as the
    patterns improve, never lower them to let a change through.

    What is left (the ten development documents; nanqiao-2019 and jiangtun-2020 are held out):
    false positives: facilities and zones the gold does not list (国家级双创示范基地, 校友产业园: ~59),
    generic programmes (质量提升行动, 地下水替代工程: ~41), other unlisted projects (~40), boundaries that
    differ from the gold's (新东站片区高铁枢纽 | 新东站片区, “百日攻坚”行动 | 抓项目促投资“百日攻坚”行动), slogans and city visions (~20), national
    strategies cited in passing that the named-only documents leave out (~14); false negatives: names
    with no head the patterns know (人工智能岛, 蓝色药库, 透明海洋, 国家深海基因库), names rejected as
    categories for want of a proper name (市民中心, 南部新城, 国际消费中心城市: ~46), boundaries (~31),
    quoted slogans and programmes (“四减四增”, “新十字”发展方针: ~13).
    """
    rows, tot = _score(results)
    exhaustive = {k: sum(r[k] for r in rows if r["doc"] in _EXHAUSTIVE) for k in tot}
    with capsys.disabled():
        print("\ninitiatives vs tests/gold/initiatives.json")
        print(f"{'document':30s} {'precision':>14s} {'recall core':>14s} {'recall all':>14s}")
        for r in rows + [dict(exhaustive, doc="EXHAUSTIVE (4 documents)"), dict(tot, doc="ALL")]:
            print(f"{r['doc']:30s} {r['tp']:4d}/{r['n']:<4d} {r['tp'] / max(1, r['n']):.2f}"
                  f" {r['core_hit']:4d}/{r['core']:<4d} {r['core_hit'] / max(1, r['core']):.2f}"
                  f" {r['all_hit']:4d}/{r['all']:<4d} {r['all_hit'] / max(1, r['all']):.2f}")
    precision = tot["tp"] / tot["n"]
    assert precision >= PRECISION_FLOOR
    assert exhaustive["tp"] / exhaustive["n"] >= EXHAUSTIVE_PRECISION_FLOOR
    assert tot["core_hit"] / tot["core"] >= CORE_RECALL_FLOOR
    assert tot["all_hit"] / tot["all"] >= RECALL_FLOOR
    by_doc = {r["doc"]: r for r in rows}
    # the flagship documents: every core initiative of the news, nearly all of the big reports'
    assert by_doc["qingdao-offensives-news-2021"]["core_hit"] == by_doc["qingdao-offensives-news-2021"]["core"]
    for doc_id in ("jinan-2021", "qingdao-2021", "licheng-2021"):
        assert by_doc[doc_id]["core_hit"] / by_doc[doc_id]["core"] >= 0.8, doc_id


# The documents annotated exhaustively (tests/gold/README.md); the others list named initiatives only,
# so precision there also counts real initiatives the annotator left out.
_EXHAUSTIVE = ("jinan-2021", "qingdao-offensives-news-2021", "qingdao-2021", "licheng-2021")
PRECISION_FLOOR = 0.83          # reached 0.837 (913/1091, issue 12, county register); before 0.829 (900/1086), 0.802; first version 0.736
CORE_RECALL_FLOOR = 0.98        # reached 0.989 (92/93)
RECALL_FLOOR = 0.83             # reached 0.838 (893/1066, issue 12, county register); before 0.826 (881/1066), 0.776; first version 0.657
EXHAUSTIVE_PRECISION_FLOOR = 0.91   # reached 0.917 (542/591, issue 12, county register); before 0.915 (539/589), 0.893; first version 0.840


def test_part_of_against_gold(results, capsys):
    """PART_OF between initiatives against the gold's part_of (bench/quality.py's pair matching: the
    child matches a gold child by any name, the parent that pair's parent). Reached 0.67 / 0.42
    (74/111, 74/177; first version 0.51 / 0.25, then 0.66 / 0.39, then 0.65 / 0.40); floors just under, as above."""
    from bench.quality import load_gold, match_pairs, names, total

    gold = {d.id: d for d in load_gold(GOLD)}
    counts = []
    for doc_id, (_d, _doc, (entities, relations, _i)) in results.items():
        by_ref = {e.ref: names(e.name, e.aliases) for e in entities}
        pred = [(by_ref[r.source], by_ref[r.target]) for r in relations
                if r.type == schema.PART_OF and r.source in by_ref and r.target in by_ref]
        counts.append(match_pairs(pred, gold[doc_id].pairs()))
    c = total(counts)
    p, r, _f = c.prf()
    with capsys.disabled():
        print(f"\ninitiative PART_OF: precision {c.correct}/{c.predicted} {p:.2f}, recall {c.found}/{c.gold} {r:.2f}")
    assert p >= PART_OF_PRECISION_FLOOR and r >= PART_OF_RECALL_FLOOR


PART_OF_PRECISION_FLOOR = 0.66   # reached 0.667 (74/111); before 0.648 (70/108)
PART_OF_RECALL_FLOOR = 0.41      # reached 0.418 (74/177); before 0.395 (70/177)


def test_fast_enough():
    """Not a timing assertion (bench/ measures speed): extraction must not re-segment the same clause.
    The cache is emptied first, so what other tests read before this one does not count."""
    lex = default_lexicon()
    st = initiatives.state(lex)
    st._cache.clear()
    for d, doc in _gold_documents().values():
        extract(doc, doc.clean, lex, _region(d))
    assert 0 < len(st._cache) < 20_000


def test_facility_works_keep_the_written_form_as_alias():
    names, _ = _run("实施了总投资6000万元的青山中学新建项目。")
    assert names["青山中学"].aliases == ("青山中学新建项目",)


@pytest.mark.parametrize("text, kept, dropped", [
    # a cluster and a voltage belong to the name; a phase inside a longer name too
    ("打造沿黄特色湿地群。", {"沿黄特色湿地群"}, {"沿黄特色湿地"}),
    ("建设110千伏凤鸣变电站。", {"110千伏凤鸣变电站"}, {"凤鸣变电站"}),
    ("完成清泉河三期幸福渠段景观配建工程。", {"清泉河三期幸福渠段景观配建工程"}, set()),
    # a complete name before a verb ends there: the verb starts the next name
    ("高端装备产业园提升金羊新区规划编制。", set(), {"高端装备产业园提升金羊新区"}),
    # items a clause draws on (发挥…作用, 整合) already exist; …品牌 is a brand
    ("充分发挥侨梦苑、绿地全球贸易港、国际招商产业园等平台作用。", set(), {"绿地全球贸易港", "国际招商产业园"}),
    ("整合维尔康口岸、董家铁路货运枢纽、小清河码头资源。", set(), {"小清河码头"}),
    ("持续提升“食安济南”品牌。", set(), {"食安济南"}),
    # works on a kind of thing name no project; a procedure is not a road
    ("实施水库大坝除险加固工程。", set(), {"水库大坝除险加固工程"}),
    ("建立重点项目审批核准快速通道。", set(), {"审批核准快速通道", "核准快速通道"}),
    # quoted names before 等计划 each name a programme; a campaign named after a strategy is a campaign
    ("连续实施“凤回兰山”“沂蒙优才”等计划。", {"“凤回兰山”计划", "“沂蒙优才”计划"}, set()),
    ("打好“双招双引”攻势。", {"“双招双引”攻势"}, {"双招双引"}),
    # a quoted name gives a programme head its name; quoted services and minor reforms stay out
    ("贯彻全市“新十字”发展方针。", {"“新十字”发展方针"}, set()),
    ("落实“五个济南”“新十字”发展方针。", {"“新十字”发展方针"}, {"“五个济南”“新十字”发展方针"}),
    ("上线“济企通”平台，推进“标准地”供给改革。", set(), {"“济企通”平台", "“标准地”供给改革"}),
    # a facility named as a project is the facility; works on a standing one keep their name
    ("实施了总投资6000万元的胜坨中学新建项目。", {"胜坨中学"}, set()),
    ("加快推进柳青河第二污水处理厂扩容工程。", {"柳青河第二污水处理厂扩容工程"}, set()),
    # toponym shapes prove a name: a mountain, a surname village; a housing list names no projects
    ("加快五峰山医疗康养集聚区建设。", {"五峰山医疗康养集聚区"}, set()),
    ("新东站安置一区、安家章灵四村、唐冶四村、潘田等4个生活保障项目建成。", set(), {"潘田项目", "新东站安置一区"}),
    # a phase names one project in a 等项目 list; items among company names are companies' projects
    # (a noun and its work too), but one name does not make categories around it names
    ("推动华岳二期、明泰三期等项目建设。", {"华岳二期项目", "明泰三期项目"}, set()),
    ("加快瑞科机器人、中工泰华、宏远纺织等智能装备项目建设。", {"宏远纺织项目"}, set()),
    ("加快建设高轨卫星组网、空天信息产业园、齐鲁研究院等项目。", {"高轨卫星组网项目"}, set()),
    ("加快瑞科机器人、新材料、生物医药、智能制造等项目建设。", {"瑞科机器人项目"}, {"新材料项目", "生物医药项目"}),
    # 和 inside a company name is not a list's 和; what is cleaned up is no project
    ("全力推进乐康宠物食品、冠和精密科技等项目建设。", {"冠和精密科技项目"}, {"精密科技项目"}),
    ("重点整治非法炼油、小电镀等“散乱污”项目。", set(), {"小电镀项目", "非法炼油项目"}),
    # a level's own institution being built is one thing; counted, it is a category
    ("开工建设区妇幼健康服务中心、区心理卫生防治中心。", {"区妇幼健康服务中心", "区心理卫生防治中心"}, set()),
    ("新建3处区综合养老服务中心。", set(), {"区综合养老服务中心"}),
    # works after 和 or a 、-list of rivers cover the bare places before them: one project
    ("实施东山北广场和西山寺入口生态景观提升工程。", {"东山北广场和西山寺入口生态景观提升工程"}, {"东山北广场"}),
    ("全力推进清水河、白沙河防洪综合治理工程。", {"清水河、白沙河防洪综合治理工程"}, {"白沙河防洪综合治理工程"}),
    ("加快东湖公园和西湖广场建设。", {"东湖公园", "西湖广场"}, set()),
    # a bare institution type is no name
    ("启用疾控中心新业务用房。", set(), {"疾控中心"}),
    # boundaries: a direction word and a quoted shape belong to a route's name; 连通 ends a water link's name;
    # ordinary words jieba mis-tags (仿真 as an adverb) do not cut a name
    ("构建“一字型”东西向沿河大通道。", {"“一字型”东西向沿河大通道"}, {"沿河大通道"}),
    ("实施青龙山水库至白云川水库连通。", {"青龙山水库至白云川水库连通"}, {"青龙山水库至白云川水库"}),
    ("加快建设山东（青岛）智能仿真公共实训基地。", {"山东（青岛）智能仿真公共实训基地"}, {"公共实训基地"}),
    # a head followed by more of a name qualifies it (a zone's greenway, a centre's hub); its own project does not
    ("推进大华山片区绿道互联互通。", set(), {"大华山片区"}),
    ("王家货运中心多式联运综合物流枢纽加快建设。", {"王家货运中心多式联运综合物流枢纽"}, {"王家货运中心"}),
    ("实施泉达农产品交易中心项目。", {"泉达农产品交易中心"}, set()),
    # an institution honoured already exists (built, it is a project); a year opens a clause, not a name;
    # 担任 is a verb a name never crosses
    ("兰溪中心敬老院被评为全国敬老文明号。", set(), {"兰溪中心敬老院"}),
    ("加快建设兰溪中心敬老院。", {"兰溪中心敬老院"}, set()),
    ("2019年经济开发区在全市考核中位居第3名。", set(), {"2019年经济开发区"}),
    ("聘请化工技术发展中心总工程师担任园区顾问。", set(), {"化工技术发展中心总工程师担任园区"}),
    # 青年/老年 are nouns inside names; 高质量发展 is one noun; 科学院 heads a name like 研究院
    ("加快建设中法青年科学院。", {"中法青年科学院"}, set()),
    ("加快市老年活动中心建设。", {"市老年活动中心"}, set()),
    ("加快创建国家服务业高质量发展试验区。", {"国家服务业高质量发展试验区"}, set()),
    # a phase after a head names one project (never a category); counted, it is still a category
    ("加快华源码头二期、ABC项目三期建设。", {"华源码头二期", "ABC项目三期"}, set()),
    ("推进5G项目建设，新建3个码头二期。", set(), {"5G项目", "码头二期"}),
    # 国家战略科技力量/平台 is no strategy; a quoted name whose 影响力 is raised is a brand
    ("建设海洋领域国家战略科技平台。", set(), {"海洋领域国家战略"}),
    ("提高“啤酒之城”“风筝之都”影响力。", set(), {"风筝之都"}),
    # a word before 路 names the road (旅游路水厂); a phase of a kind of thing (智慧园区二期) names no project
    ("西湖水库建成蓄水，观光路水厂建成运行。", {"观光路水厂"}, set()),
    ("实施管网四期、智慧园区二期等配套工程。", set(), {"智慧园区二期"}),
    # a school's 新建项目 / 主体工程 is the school being built (the written form an alias)
    ("投资1300万元的镇第三中心小学主体工程已完工。", {"镇第三中心小学"}, {"镇第三中心小学主体工程"}),
    # a bank, alliance, fund or organisation being set up is a project; one named as an actor is not
    ("探索设立上合地方发展银行、上合产业联盟、上合产业基金。", {"上合地方发展银行", "上合产业联盟", "上合产业基金"}, set()),
    ("加快设立东北亚海洋合作组织。", {"东北亚海洋合作组织"}, set()),
    ("支持青岛银行、山东产业基金发挥作用。", set(), {"青岛银行", "山东产业基金"}),
    ("吸引投资机构来济设立创投基金，设立社区城管工作站。", set(), {"创投基金", "社区城管工作站"}),
    # research infrastructure and posts being built (节点, 试验装置, 工作站); 永久 is part of a name
    ("加快建设国家星河链网超级节点、超高速磁悬浮试验装置。", {"国家星河链网超级节点", "超高速磁悬浮试验装置"}, set()),
    ("建成珠三角引才工作站。", {"珠三角引才工作站"}, set()),
    ("高水平规划建设中国企业发展论坛永久会址。", {"中国企业发展论坛永久会址"}, set()),
    # an institution is being built when work on it follows it or a 等…项目 list names it; named as an actor it is not
    ("推动青川量子网络研究院落地建设。钛晶管自动化装配试验线成功运行。", {"青川量子网络研究院", "钛晶管自动化装配试验线"}, set()),
    ("加快推进海上风电融合示范风场等风电项目建设。", {"海上风电融合示范风场"}, set()),
    ("青川量子网络研究院发布报告。", set(), {"青川量子网络研究院"}),
    # a quoted name is a proper name; a noun right before a quoted project names its owner (not a campaign's)
    ("加快建设“数字丝路客厅”。", {"数字丝路客厅"}, set()),
    ("加快建设公共卫生“四大中心”、华讯“一基地两中心”。", {"公共卫生“四大中心”", "华讯“一基地两中心”"},
     {"四大中心", "一基地两中心", "讯“一基地两中心”"}),
    ("深入推进全国“雪亮工程”。", {"雪亮工程"}, {"全国“雪亮工程”"}),
])
def test_general_rules(text, kept, dropped):
    names, _ = _run(text)
    assert kept <= set(names), (kept, names)
    assert not (dropped & set(names)), (dropped, names)


# Issue 12: initiatives as every province writes them. Each rule is tried on a sentence written for it (places of
# 安徽, so that no Shandong name helps), never on a sentence of the annotated sample.
@pytest.mark.parametrize("text, kept, dropped", [
    # the verb right before a programme head says what the programme does; a verb that only starts a word is no verb
    ("实施中小企业融资加速计划。开展农村健康促进行动。", {"中小企业融资加速计划", "农村健康促进行动"}, set()),
    ("推进服务业企业倍增计划。", {"服务业企业倍增计划"}, {"企业倍增计划"}),
    # after the verb that runs a programme, a verb opens its name
    ("深入实施促进个体工商户发展行动计划。", {"促进个体工商户发展行动计划"}, {"个体工商户发展行动计划"}),
    # a programme head after a name goes on with it; an adverb between a noun and its verb stays
    ("推进城镇燃气重点工程三年行动。", {"城镇燃气重点工程三年行动"}, {"城镇燃气重点工程"}),
    ("开展水环境质量持续改善行动。", {"水环境质量持续改善行动"}, set()),
    # a known strategy's name inside a longer name qualifies it; a short form inside a word is not it
    ("建成长三角人才工作站。", {"长三角人才工作站"}, {"长三角一体化发展"}),
    ("推动皖江中部崛起，融入成渝地区双城经济圈建设。", {"成渝地区双城经济圈"}, {"中部地区崛起"}),
    # a quoted strategy before a noun qualifies it, but not before its own 经验 or 项目
    ("建好“一带一路”技术交流中心，学习运用“千万工程”经验，实施“两重”项目。", {"千万工程", "两重"}, {"一带一路"}),
    # a quoted part before a head proves a name; a programme written after its field is also known by its quoted name
    ("推进“绿岛”试验区建设。", {"“绿岛”试验区"}, set()),
    ("实施集体经济“强村富民”行动。", {"集体经济“强村富民”行动"}, set()),
    # a quoted count of initiatives of one kind names the bundle
    ("推动水网、路网等“八大工程”落地，迭代升级“五项行动”。", {"八大工程", "五项行动"}, set()),
    # programmes and zones in a list that shares the head: each item gets it
    ("实施河湖水质源头防控、农业面源污染综合治理等行动。", {"河湖水质源头防控行动", "农业面源污染综合治理行动"}, set()),
    ("实施乡村道路提质焕新、农村电网品质提升行动。", {"乡村道路提质焕新行动", "农村电网品质提升行动"}, set()),
    ("加快芜湖、安庆临港经济区建设。", {"芜湖临港经济区", "安庆临港经济区"}, set()),
    # …but not activities, verbs sharing one object, or a counted bundle's members
    ("开展文明出行、礼让行人等行动。", set(), {"文明出行行动", "礼让行人行动"}),
    ("实施古城遗址保护、抢救和修复工程。", set(), {"古城遗址保护工程"}),
    ("实施学生全面发展、教师全面提升、学校全面育人三大工程。", set(), {"学生全面发展工程", "教师全面提升工程"}),
    # pilots: national or named by the reform they try are run; a local trial, a level's, one drawn on or a task are not
    ("开展跨境电商便利化改革试点，推进芜湖国家智慧城市试点建设。", {"跨境电商便利化改革试点", "芜湖国家智慧城市试点"}, set()),
    ("开展村居美化试点，用好国家物流创新发展试点，完成国家和省级试点任务。", set(),
     {"村居美化试点", "国家物流创新发展试点", "国家和省级试点"}),
    ("推进按病种分值付费改革试点。", set(), {"按病种分值付费改革试点"}),
    # a city names its metropolitan area; 新一轮 is not part of a name (it stays an alias)
    ("加快芜湖都市圈建设，启动新一轮农田水利提升行动。", {"芜湖都市圈", "农田水利提升行动"}, {"新一轮农田水利提升行动"}),
    # ranks, kinds and categories are not names
    ("建设全国区域性物流转运基地，支持高校建设世界一流研究型大学。", set(), {"全国区域性物流转运基地", "世界一流研究型大学"}),
    ("建强外向型产业园，争取更多区域性数据中心落地，打造芜湖三大主城片区。", set(),
     {"外向型产业园", "多区域性数据中心", "芜湖三大主城片区"}),
    # a plan drawn up is a document; a route placing what is along it is a landmark; a quoted formula is a model
    ("编制全口径政府债务计划。提升京广铁路沿线城市功能。推广“学校+园区”一体化发展模式。", set(),
     {"全口径政府债务计划", "京广铁路", "学校+园区", "学校"}),
    # names by their shape: water transfers, runs of one-character place names, 对 and a partner, regions' geography
    ("开展引洮济陇前期工作，开工建设宿淮内铁路。", {"引洮济陇", "宿淮内铁路"}, set()),
    ("推动对台交流提升计划落地，加快建设巴蜀康养旅游走廊。", {"对台交流提升计划", "巴蜀康养旅游走廊"}, set()),
    # works on an irrigation district belong to its name
    ("推进淠河灌区现代化改造。", {"淠河灌区现代化改造"}, set()),
    # the errors of the issue's audit, on sentences written like them: kinds taken as names, a suffix inside a
    # phrase, a start cut off, a list item split wrongly, a verb phrase at the front
    ("新建通航机场3个，加快通用机场建设，实施病险水库治理，引进国家级人才计划专家。", set(),
     {"通航机场", "通用机场", "病险水库", "国家级人才计划"}),
    ("工程进度比年度计划提前，芜湖见行动。", set(), {"比年度计划", "年度计划", "芜湖见行动"}),
    ("实施职业教育整体跃升行动。", {"职业教育整体跃升行动"}, {"整体跃升行动"}),
    ("推进芜湖新材料和储能等项目建设。", set(), {"储能项目"}),
    ("推深做实专项债券项目。", set(), {"推深做实专项债券项目"}),
    # a quoted programme is named by the whole quote; a reproach is no programme; a count opens a kind;
    # a place ranked (位列) or a batch of pilots is a designation
    ("接续推进“一村一名技工工程”，坚决不搞形象工程，建设6大动漫基地。", {"一村一名技工工程"},
     {"形象工程", "不搞形象工程", "6大动漫基地", "动漫基地"}),
    ("芜湖博物院位列国家一级博物馆，扎实开展全国第三批社区养老改革试点。", set(), {"国家一级博物馆", "全国第三批社区养老改革试点"}),
    # 高水平 before a noun is part of a name; a canal's water diversion is a project; a quoted character names a corridor;
    # a quoted name of two phrases heads a campaign
    ("高质量建设华东冰雪运动高水平训练中心。", {"华东冰雪运动高水平训练中心"}, set()),
    ("加快新安渠引水前期工作，扩容提质“光走廊”“数走廊”。", {"新安渠引水", "光走廊", "数走廊"}, set()),
    ("扎实开展“减负增效、提速增质”攻坚行动。", {"“减负增效、提速增质”攻坚行动"}, set()),
    # adverbs between the running verb and the programme's own; 战略布局 is no strategy; 争建 is a verb
    ("开展大力优化营商环境行动，主动融入国家创新战略布局，争建国家脑机接口技术创新中心。",
     {"优化营商环境行动", "国家脑机接口技术创新中心"}, {"营商环境行动", "国家创新战略", "争建国家脑机接口技术创新中心"}),
    # an award is no programme; an activity is complete without the list's head; high-tech zones are no 新区;
    # a list of its own inside an item, or a phased project last, is no shared head
    ("荣获“五个一工程”奖，开展走访企业活动、帮扶小微企业专项行动。", set(), {"五个一工程", "走访企业活动专项行动"}),
    ("芜湖经开区、安庆高新区入选首批名单。建设巢湖等主要湖泊生态治理、西部三河三期工程。", set(),
     {"经开区新区", "主要湖泊生态治理工程"}),
    # a four-character object before the name's verb stays; 进 is a verb; …重要基地 is a rank; kinds of works; 战略任务
    ("实施水体污染防治提质增效行动，推动特色产业进园区，打造全国现代物流重要基地，落细民生工程，构建新发展格局战略任务。",
     {"水体污染防治提质增效行动"}, {"防治提质增效行动", "特色产业进园区", "全国现代物流重要基地", "民生工程", "新发展格局战略"}),
    # a metropolitan area starts at its place; 战略意图/保障 are no strategies
    ("持续改善江淮北岸城市群空气质量，聚焦党中央战略意图，建设全国能源战略保障基地。", set(),
     {"改善江淮北岸城市群", "党中央战略", "全国能源战略"}),
    # a suffix inside a word (开行动车), a day, a line named after a zone, a verb that issues a plan; damaged roads
    ("推动芜湖开行动车，承办“5·18国际博物馆日”活动，建设城东线、芜湖示范区线，制定出台自贸试验区提升战略实施方案，修复坑洼路。",
     set(), {"芜湖开行动", "国际博物馆", "芜湖示范区", "出台自贸试验区提升战略", "坑洼路"}),
    ("芜湖新材料产业园项目日前开工。", {"芜湖新材料产业园"}, set()),
    # what is said to bring a dividend is there already
    ("国家跨境电商便利化改革试点等为芜湖带来了重大政策利好。", set(), {"国家跨境电商便利化改革试点"}),
])
def test_provincial_rules(text, kept, dropped):
    names, _ = _run(text, "安徽省")
    assert kept <= set(names), (kept, names)
    assert not (dropped & set(names)), (dropped, names)


def test_quoted_programme_is_also_known_by_its_quoted_name():
    names, _ = _run("实施集体经济“强村富民”行动。", "安徽省")
    assert "“强村富民”行动" in names["集体经济“强村富民”行动"].aliases


def test_listed_programme_keeps_the_item_as_alias():
    names, _ = _run("实施河湖水质源头防控、农业面源污染综合治理等行动。", "安徽省")
    assert names["河湖水质源头防控行动"].aliases == ("河湖水质源头防控",)


def test_quality_on_the_provincial_sample(capsys):
    """Initiatives of other provinces (tests/gold/initiatives_provinces.json, issue 12): precision and recall on the
    development excerpts and, apart, on the held-out ones (never tuned on). The sample grew from 14 to 20 excerpts
    (dev 13, held-out 7); on it, with the rules before this step: dev 0.95 / 0.71 (239/251, 239/339), held-out
    0.79 / 0.65 (92/116, 92/142). Reached: dev 0.97 / 0.80 (270/278, 270/339), held-out 0.82 / 0.67 (95/116,
    95/142). On the first 14 excerpts, before issue 12's rules: 0.77 / 0.46 and 0.80 / 0.47. The dev sample then grew
    by 8 excerpts (dev 21: five more provinces' 2026 reports, a city and a county text, a 2025 report): on them 0.82 /
    0.65 (93/114, 93/144) before their rules, 0.95 / 0.77 (111/117, 111/144) after; all dev 0.96 / 0.79 (382/396,
    382/483); held-out unchanged. A blind round of 8 held-out excerpts (annotated by someone who never ran kg)
    then joined the held-out split: on it 0.80 / 0.62 (101/126, 101/163), all held-out 0.81 / 0.64 (196/242,
    196/305). Rules drawn from whole dev-province reports (routes and pilots written in lists, owned platforms,
    kinds dropped; docs/benchmarks.md, fourth round): dev 0.97 / 0.84 (407/418, 408/483), held-out 0.81 / 0.65
    (198/244, 198/305), its blind round 0.81 / 0.62 (101/125, 101/163). A fifth round (cooperation between
    provinces, places' own platforms, 大+place destinations, plants named by product) raised dev to 0.97 / 0.86
    (415/426, 416/483). A second blind round of 8 (海拉尔区 reports and county pages) then joined the held-out
    split: on it 0.56 / 0.40 (45/80, 45/113), all held-out 0.75 / 0.58 (243/324, 243/418). A sixth round
    (county-level names; dev 23 excerpts: 0.97 / 0.86, 419/431, 420/487) and a third blind round of 5 (city and
    county pages: 0.44 / 0.44, 7/16) followed: all held-out 0.74 / 0.58 (250/340, 250/434). Blind rounds 2 and 3
    then moved to dev (`was_blind`; dev 36 excerpts, held-out 15 again): on them 0.54 / 0.40 (52/96, 52/129), all dev
    0.89 / 0.77. A seventh round (county and city names: quoted codes, road and company lists, plants' capacities,
    renovations, housing, ranks; tests in tests/test_initiatives_provinces.py) reached: dev once blind 0.90 / 0.77
    (99/110, 99/129), dev never blind 0.97 / 0.86 (419/431, 420/487, unchanged), all dev 0.96 / 0.84 (518/541,
    519/616); held-out 0.81 / 0.65 (199/246, 199/305; before 198/244, 198/305). Blind round 4 (8 city and county
    pages, annotated at the same time and measured once, after the seventh round) then joined the held-out split:
    on it 0.74 / 0.40 (29/39, 29/72), all held-out 0.80 / 0.60 (228/285, 228/377). The floors are the values
    reached, rounded down: raise them as the patterns improve, never lower them on the same sample. Blind round 4
    then moved to dev too (`was_blind`: held-out 15 excerpts again), and so did blind round 5 (8 excerpts, measured
    once at 0.56 / 0.40) in the next session: dev 0.94 / 0.81 (615/652, 616/763), held-out 15 again."""

    from bench.initiatives_provinces import provincial_initiatives

    splits = provincial_initiatives(GOLD / "initiatives_provinces.json")["splits"]
    with capsys.disabled():
        for name, s in splits.items():
            a = s["all"]
            print(f"\nprovincial {name}: precision {a['correct']}/{a['predicted']} {a['p']:.2f}, recall {a['found']}/{a['gold']} {a['r']:.2f}")
    for name, (p, r) in PROVINCIAL_FLOORS.items():
        assert splits[name]["all"]["p"] >= p and splits[name]["all"]["r"] >= r, name


# Precision and recall floors per group of the provincial sample (bench/extraction_quality.py's rows).
PROVINCIAL_FLOORS = {
    # 113 dev excerpts once blind round 8 moved in (measured once) and dev rounds 11, 12 and 13 came (2026-12-06, sixth
    # session): 0.915 (817/893), 0.750 (818/1090) with that session's starting code, 0.922 (829/899), 0.761 (829/1090)
    # at its end
    # Dev round 15 and blind round 10 (measured once) then joined dev (131 excerpts): 0.914 (847/927), 0.747 (847/1134)
    # with the starting code of the session that read them first (ini16, afdded9); 0.924 (885/958), 0.780 (885/1134)
    # at its end; 0.942 (900/955), 0.794 (901/1134) after ini17's rules (thirteenth round)
    # Blind round 14 (measured once) then joined dev (139 excerpts, eighth session): 0.938 (915/976), 0.786 (916/1165)
    # with that session's starting code (02af5e0), a new sample, so new floors; ini18 (fourteenth round): 0.950 (935/984),
    # 0.803 (936/1165); ini19 (fifteenth round): 0.964 (945/980), 0.812 (946/1165); ini20 (sixteenth round): 0.968 (970/1002),
    # 0.833 (971/1165)
    # Blind round 17 (measured once) then joined dev (147 excerpts, tenth session): 0.961 (987/1027), 0.828 (988/1193) with
    # that session's starting code (64deec3), a new sample, so new floors; 0.961 (991/1031), 0.832 (992/1193) after its
    # eighteenth-round rules; 0.963 (1002/1041), 0.841 (1003/1193) after ini22's; 0.962 (1001/1040), 0.840 (1002/1193) after
    # the review dropped the acronym pilot (QDLP)
    # Blind rounds 18, 19 and 21 (measured once) then joined dev (175 excerpts, eleventh session): 0.934 (1154/1235), 0.765
    # (1154/1508) with that session's starting code (b5faf4d), a new sample, so new floors; ini24 (twenty-first round:
    # national programmes, 强省, boundaries): 0.940 (1183/1259), 0.784 (1183/1508)
    # with ini23's twentieth-round rules merged too: 0.946 (1201/1269), 0.796 (1201/1508); after the review (rev13):
    # 0.946 (1198/1266), 0.794 (1198/1508)
    # Blind round 20 (measured twice) then joined dev (183 excerpts, twelfth session): 0.940 (1259/1339), 0.775 (1259/1624)
    # with that session's starting code (5603dcb), a new sample, so new floors; ini25 (twenty-second round): 0.947
    # (1278/1350), 0.787 (1278/1624)
    # Blind round 22 (measured twice) then joined dev (195 excerpts, thirteenth session): 0.935 (1387/1484), 0.771
    # (1387/1800) with that session's starting code (05c856f), under the floors above: a new sample, so new floors; ini26
    # (twenty-third round): 0.939 (1396/1487), 0.776 (1396/1800)
    # Blind round 23 (measured twice) then joined dev (207 excerpts, fourteenth session): 0.932 (1484/1593), 0.763
    # (1484/1945) with that session's starting code (658618d), under the floors above: a new sample, so new floors; ini27
    # (twenty-fourth round) and the review's mends: 0.936 (1500/1602), 0.770 (1498/1945)
    # Blind round 24 (measured twice) then joined dev (219 excerpts, fifteenth session): 0.933 (1561/1673), 0.755
    # (1559/2066) with that session's starting code (5e26395), under the floors above: a new sample, so new floors; ini28
    # (twenty-fifth round): 0.934 (1583/1694), 0.765 (1581/2066); after the review's mends (mnd8): 0.935 (1584/1694),
    # 0.766 (1582/2066)
    # Blind round 25 (measured twice) then joined dev (231 excerpts, sixteenth session): 0.931 (1662/1785), 0.756
    # (1660/2196) with that session's starting code (8021b71), under the floors above: a new sample, so new floors;
    # ini29 (twenty-sixth round): 0.932 (1678/1800), 0.763 (1676/2196)
    # Blind round 26 (measured twice) then joined dev (243 excerpts, seventeenth session): 0.927 (1779/1920), 0.748
    # (1775/2372) with that session's starting code (5e6508e), under the floors above: a new sample, so new floors;
    # ini30 (twenty-seventh round) and the session's other merges: 0.928 (1797/1937), 0.756 (1793/2372)
    # Blind round 27 (measured twice) then joined dev (255 excerpts, eighteenth session): 0.917 (1869/2038), 0.748
    # (1865/2493) with that session's starting code (bb4971e), under the floors above: a new sample, so new floors;
    # ini31 (twenty-eighth round) and the session's other merges: 0.921 (1879/2041), 0.752 (1875/2493)
    # Blind round 28 (measured twice) then joined dev (267 excerpts, nineteenth session): 0.916 (1964/2144), 0.748
    # (1959/2618) with that session's starting code (557e1e2), under the floors above: a new sample, so new floors;
    # ini32 (twenty-ninth round) and the session's other merges: 0.918 (1980/2157), 0.754 (1975/2618)
    # Blind round 29 (measured twice) then joined dev (279 excerpts, twentieth session): 0.913 (2088/2288), 0.749
    # (2083/2781) with that session's starting code (f03453c), under the floors above: a new sample, so new floors;
    # ini33 (thirtieth round): 0.915 (2111/2307), 0.757 (2106/2781)
    # Blind round 30 (measured twice) then joined dev (291 excerpts, twenty-first session): 0.905 (2242/2478), 0.748
    # (2237/2990) with that session's starting code (846e72c), under the floors above: a new sample, so new floors;
    # ini34 (thirty-sixth round) and the session's other merges: 0.911 (2275/2497), 0.759 (2270/2990)
    # Blind round 31 (measured twice) then joined dev (303 excerpts, twenty-second session): 0.904 (2369/2621), 0.755
    # (2364/3133) with that session's starting code (aa47e5d), under the floors above: a new sample, so new floors;
    # ini35, ini36 and ini37 (thirty-seventh to thirty-ninth rounds): 0.907 (2406/2652), 0.766 (2401/3134)
    "dev": (0.905, 0.765),
    # 78: 0.926 (617/666), 0.781 (617/790); ini17: 0.946 (632/668), 0.801 (633/790); ini18: 0.954 (642/673), 0.814 (643/790);
    # ini19: 0.970 (651/671), 0.825 (652/790); ini20: 0.972 (665/684), 0.843 (666/790); ini22: 0.972 (670/689), 0.849 (671/790);
    # after the review: 0.972 (669/688), 0.848 (670/790)
    # eleventh session, ini23 and ini24 merged: 0.973 (671/690), 0.851 (672/790); after the review (rev13) took the bare
    # aliases 以旧换新 and 石漠化治理 off programmes they wrongly joined: 0.972 (670/689), 0.849 (671/790)
    "dev, never blind": (0.97, 0.845),
    # rounds 2-5, 7, 8 and 10 (53 excerpts): 0.918 (268/292), 0.779 (268/344); ini17: 0.934 (268/287); with round 14
    # (61 excerpts, eighth session's start 02af5e0): 0.919 (283/308), 0.755 (283/375); ini18: 0.942 (293/311), 0.781 (293/375);
    # ini19: 0.952 (294/309), 0.784 (294/375); ini20: 0.959 (305/318), 0.813 (305/375); with round 17 (69 excerpts, tenth
    # session's start 64deec3): 0.939 (322/343), 0.799 (322/403); eighteenth round: 0.939 (326/347), 0.809 (326/403);
    # ini22: 0.943 (332/352), 0.824 (332/403)
    # with rounds 18, 19 and 21 (85 excerpts, eleventh session's start b5faf4d): 0.887 (485/547), 0.674 (484/718); ini24:
    # 0.900 (513/570), 0.713 (512/718)
    # ini23 and ini24 merged: 0.915 (530/579), 0.737 (529/718); after the review: 0.915 (528/577), 0.734 (527/718)
    # with round 20 (105 excerpts, twelfth session's start 5603dcb): 0.906 (589/650), 0.705 (588/834), a new sample, so
    # new floors; ini25: 0.920 (608/661), 0.728 (607/834)
    # with round 22 (117 excerpts, thirteenth session's start 05c856f): 0.902 (717/795), 0.709 (716/1010), a new sample,
    # so new floors; ini26: 0.910 (726/798), 0.718 (725/1010)
    # with round 23 (129 excerpts, fourteenth session's start 658618d): 0.900 (814/904), 0.704 (813/1155); ini27 and the
    # review's mends: 0.909 (830/913), 0.718 (829/1155)
    # with round 24 (141 excerpts, fifteenth session's start 5e26395): 0.905 (891/984), 0.697 (890/1276), a new sample,
    # so new floors; ini28: 0.908 (913/1005), 0.714 (912/1276)
    # with round 25 (153 excerpts, sixteenth session's start 8021b71): 0.905 (992/1096), 0.705 (991/1406), a new sample,
    # so new floors; ini29: 0.907 (1008/1111), 0.716 (1007/1406)
    # with round 26 (165 excerpts, seventeenth session's start 5e6508e): 0.901 (1109/1231), 0.699 (1106/1582), a new
    # sample, so new floors; ini30: 0.903 (1127/1248), 0.711 (1124/1582)
    # with round 27 (177 excerpts, eighteenth session's start bb4971e): 0.889 (1199/1349), 0.702 (1196/1703), a new
    # sample, so new floors; ini31: 0.894 (1208/1351), 0.708 (1205/1703)
    # with round 28 (189 excerpts, nineteenth session's start 557e1e2): 0.889 (1293/1454), 0.705 (1289/1828), a new
    # sample, so new floors; ini32: 0.892 (1309/1467), 0.714 (1305/1828)
    # with round 29 (201 excerpts, twentieth session's start f03453c): 0.887 (1417/1598), 0.710 (1413/1991), a new
    # sample, so new floors; ini33: 0.890 (1438/1615), 0.720 (1434/1991)
    # with round 30 (213 excerpts, twenty-first session's start 846e72c): 0.879 (1569/1786), 0.711 (1565/2200), a new
    # sample, so new floors; ini34: 0.888 (1601/1804), 0.726 (1597/2200)
    # with round 31 (225 excerpts, twenty-second session's start aa47e5d): 0.879 (1695/1928), 0.722 (1691/2343), a new
    # sample, so new floors; ini35-37: 0.884 (1731/1958), 0.737 (1727/2344)
    "dev, once blind": (0.88, 0.735),
    # 23 held out, blind round 14 in place of round 10 (a new sample, so a new floor): 0.790 (211/267), 0.628 (211/336)
    # with ini16's starting code, 0.798 (213/267), 0.634 (213/336) at its end, measured once, at the end
    # 15 held out once blind round 14 moved to dev (eighth session; blind round 1 and 7 never blind): 0.805 (198/246),
    # 0.649 (198/305) with that session's starting code (02af5e0), a new sample, so a new floor
    # 23 held out once blind round 16 joined (8 excerpts, measured once at the end of the eighth session): 0.812
    # (216/266), 0.627 (215/343) with that session's starting code; 0.819 (217/265), 0.630 (216/343) at its end. A new
    # sample, so a new floor
    # 31 held out once blind round 17 joined (8 excerpts, measured once at the end of the ninth session): 0.807 (234/290),
    # 0.628 (233/371) with that session's starting code (fdc5eb7) and at its end alike. A new sample, so a new floor
    # 23 held out once blind round 17 moved to dev (tenth session): 0.819 (217/265), 0.630 (216/343) at that session's start
    # 31 held out once blind round 18 joined (8 excerpts, measured once at the end of the tenth session): 0.799 (242/303),
    # 0.599 (240/401) with that session's starting code (64deec3) and at its end alike. A new sample, so a new floor
    # 39 held out once blind round 19 joined (8 excerpts drawn at random from the corpus's reports, measured once at the end
    # of the tenth session): 0.799 (291/364), 0.577 (289/501), start and end alike
    # 31 held out once blind rounds 18 and 19 moved to dev and blind round 20 joined (8 excerpts drawn at random from the
    # corpus's reports, eleventh session): 0.818 (274/335), 0.595 (273/459) with that session's starting code (b5faf4d)
    # 23 held out once blind round 20 moved to dev (twelfth session): 0.823 (219/266), 0.636 (218/343) at its start
    # 35 held out once blind round 24 moved to dev and blind round 25 joined (12 excerpts drawn at random with
    # Random(25), fifteenth session): 0.839 (303/361), 0.639 (302/473) at that session's start (e3926c3) and its end
    # alike. A new sample, so a new floor
    # 23 held out once blind round 25 moved to dev (sixteenth session): 0.833 (225/270), 0.653 (224/343) at its start
    # (8021b71); 35 once blind round 26 joined (12 excerpts drawn with Random(26)): 0.836 (326/390), 0.622 (323/519)
    # with that session's starting code. A new sample, so a new floor
    # 23 held out once blind round 26 moved to dev (seventeenth session): 0.833 (225/270), 0.653 (224/343) at its start
    # (5e6508e). A new sample, so a new floor; 35 once blind round 27 joined (12 excerpts drawn with Random(27)): 0.800
    # (296/370), 0.636 (295/464) with that session's starting code. A new sample, so a new floor
    # 23 held out once blind round 27 moved to dev (eighteenth session): 0.833 (225/270), 0.653 (224/343) at its start
    # (bb4971e). A new sample, so a new floor; 35 once blind round 28 joined (12 excerpts drawn with Random(28)): 0.829
    # (310/374), 0.658 (308/468) with that session's starting code. A new sample, so a new floor; at its end 0.831
    # (310/373), 0.658 (308/468)
    # 23 held out once blind round 28 moved to dev (nineteenth session); 35 once blind round 29 joined (12 excerpts drawn
    # with Random(29)): 0.830 (333/401), 0.656 (332/506) with that session's starting code (557e1e2). A new sample; at
    # its end 0.831 (334/402), 0.658 (333/506)
    # 23 held out once blind round 29 moved to dev (twentieth session): 0.834 (226/271), 0.656 (225/343) at its start
    # (f03453c), the floor holds; 35 once blind round 30 joined (12 excerpts drawn with Random(30)): 0.808 (357/442),
    # 0.645 (356/552) with that session's starting code. A new sample, so a new floor; at its end 0.808 (358/443),
    # 0.647 (357/552)
    # 23 held out once blind round 30 moved to dev (twenty-first session); 35 once blind round 31 joined (12 excerpts
    # drawn with Random(31)): 0.811 (321/396), 0.658 (320/486) with that session's starting code (846e72c). A new
    # sample, so a new floor; at its end 0.814 (323/397), 0.663 (322/486)
    # 23 held out once blind round 31 moved to dev (twenty-second session): 0.839 (229/273), 0.665 (228/343) at its start
    # (aa47e5d); 35 once blind round 32 joined (12 excerpts drawn with Random(32)): 0.819 (354/432), 0.698 (353/506)
    # with that session's starting code. A new sample; the floor holds. At its end the same to the count
    "heldout": (0.81, 0.66),
}
