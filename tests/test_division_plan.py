"""The 重点工作任务分工方案 loader: detection, the 聊城 2021 plan read fact by fact, other plans' forms."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from graph import schema
from loaders.structure import annotation as ann
from loaders.kinds import division_plan as dp
from loaders import registry
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading.source import from_bytes, read_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "liaocheng-2021-work-report-task-division.txt"
GOLDEN = ROOT / "tests" / "golden" / "division-plan-liaocheng-2021"
CITY = "山东省/聊城市"


@pytest.fixture(scope="module")
def seed_doc():
    return read_path(SEED)


@pytest.fixture(scope="module")
def seed(seed_doc):
    return dp.parse(seed_doc, default_lexicon())


def entities(ex, label):
    return {e.key: e for e in ex.entities if e.label == label}


def task(ex, seq):
    return next(e for e in ex.entities if e.label == schema.TASK and e.props["seq"] == seq)


def who(ex, seq):
    """(role, label, name) of everyone RESPONSIBLE_FOR task `seq`."""
    t = task(ex, seq)
    names = {e.ref: e.name for e in ex.entities}
    return {(r.props["role"], r.source[0], names[r.source]) for r in ex.relations
            if r.type == schema.RESPONSIBLE_FOR and r.target == t.ref}


def dept(ex, name):
    return next(e for e in ex.entities if e.label == schema.DEPARTMENT and e.name == name)


def synth(body: str, head: str = "聊城市人民政府文件\n\n聊政发〔2021〕9号\n\n聊城市人民政府\n\n2021年3月1日\n\n"
          "2021年重点工作任务分工方案\n\n一、测试任务\n\n"):
    return dp.parse(from_bytes((head + body).encode("utf-8"), "synthetic.txt"), default_lexicon())


# Detection

@pytest.mark.parametrize("path", sorted(SEEDS.iterdir()), ids=lambda p: p.name)
def test_score_on_every_seed(path):
    score = dp.score(read_path(path).plain.text)
    if path == SEED:
        assert score >= 0.8
    else:
        assert score < 0.3


def test_registry_picks_the_plan(seed_doc):
    assert registry.detect(seed_doc).kind == "division_plan"


def test_detection_ignores_the_file_name():
    # A plan's name on a news story does not make it a plan.
    doc = from_bytes("记者从会上获悉，分工方案已印发。".encode(), "2021-work-report-task-division.txt")
    assert dp.score(doc.plain.text) < 0.3


# The 聊城 plan

def test_metadata(seed, seed_doc):
    d = seed.document
    assert (d.kind, d.title, d.issuer, d.number, d.date, d.region) == (
        "division_plan", "2021年市政府工作报告重点工作任务部门分工方案", "聊城市人民政府", "聊政发〔2021〕1号", "2021-02-10", CITY)
    assert (d.key, d.sha256, d.encoding) == (seed_doc.key, seed_doc.sha256, "utf-8")


def test_issuer_region_chain(seed):
    regions = entities(seed, schema.REGION)
    assert regions[CITY].props == {"level": "city", "parent": "山东省"}
    assert regions["山东省"].props == {"level": "province", "parent": ""}
    part_of = {(r.source[1], r.target[1]): r for r in seed.relations if r.type == schema.PART_OF}
    assert [ev.text for ev in part_of[(CITY, "山东省")].evidence] == ["聊城市人民政府文件"]


def test_exactly_150_tasks_one_per_number(seed):
    tasks = entities(seed, schema.TASK)
    assert len(tasks) == 150
    assert sorted(int(t.props["seq"]) for t in tasks.values()) == list(range(1, 151))
    assert all(k == schema.task_key(seed.document.key, t.props["seq"]) for k, t in tasks.items())
    assert Counter(t.props["section"] for t in tasks.values())["一、主要预期目标"] == 8
    part_of = {r.source for r in seed.relations if r.type == schema.PART_OF and r.target == (schema.DOCUMENT, seed.document.key)}
    assert part_of == {t.ref for t in tasks.values()}


def test_task_1(seed):
    t = task(seed, "1")
    assert t.name == "地区生产总值增长6%以上。"
    assert t.props == {"text": "地区生产总值增长6%以上。", "seq": "1", "deadline": "", "deadlineDate": "",
                       "section": "一、主要预期目标", "document": seed.document.key, "region": CITY}
    assert who(seed, "1") == {
        ("lead", "Leader", "陈秀兴"), ("lead", "Department", "市发展和改革委员会"),
        ("support", "Department", "市直各相关部门各单位"), ("support", "Department", "各县（市、区）人民政府"),
        ("support", "Department", "市属开发区管委会"),
    }
    assert "市发展改革委" in dept(seed, "市发展和改革委员会").aliases
    assert t.evidence[0].text.startswith("1. 地区生产总值增长6%以上。〔牵头领导：陈秀兴")


def test_long_task_name_is_cut(seed):
    t = task(seed, "10")
    assert t.name == t.props["text"][:30] + "…"
    assert t.props["text"].endswith("实现“政产学研金服用”协同创新。")
    assert "20家以上" in t.props["text"]     # the PDF break inside "20\n\n家" is joined


def test_item_8_carries_its_sub_items(seed):
    t = task(seed, "8")
    assert t.props["text"] == "各类约束性指标全面完成省定目标 （1）安全生产。（2）节能减排。"
    got = who(seed, "8")
    assert {("lead", "Department", "市应急管理局"), ("support", "Department", "市安委会成员单位"),
            ("lead", "Leader", "陈秀兴"), ("lead", "Leader", "成伟"),
            ("lead", "Department", "市发展和改革委员会"), ("lead", "Department", "市生态环境局")} <= got
    # Each fact is evidenced by the sub-item that states it.
    rel = next(r for r in seed.relations if r.type == schema.RESPONSIBLE_FOR and r.source[1] == f"{CITY}/市应急管理局")
    assert [ev.text for ev in rel.evidence] == [
        "(1) 安全生产。〔牵头领导：陈秀兴；牵头单位：市应急局；配合单位：市安委会成员单位，各县（市、区）人民政府、市属开发区管委会〕"]
    assert not [i for i in seed.issues if i.code == "plan.no-annotation"]


def test_name_broken_across_lines_is_whole(seed, seed_doc):
    assert ("lead", "Department", "市工业和信息化局") in who(seed, "19")
    assert not [e for e in seed.entities if e.name in ("市工业", "和信息化局")]
    rel = next(r for r in seed.relations if r.type == schema.RESPONSIBLE_FOR and r.target == task(seed, "19").ref
               and r.source[1].endswith("市工业和信息化局"))
    ev = rel.evidence[0]
    assert "市工业\n\n和信息化局" in seed_doc.raw[ev.start:ev.end]     # offsets point at the original
    assert ("support", "Department", "市自然资源和规划局") in who(seed, "24")   # 市自\n\n然资源…, closed by ]


def test_leaders_separated_by_dunhao(seed):
    assert {("lead", "Leader", "陈秀兴"), ("lead", "Leader", "成伟")} <= who(seed, "106")
    leaders = entities(seed, schema.LEADER)
    assert sorted(e.name for e in leaders.values()) == ["何宪卓", "成伟", "王彤宇", "田中俊", "秦存华", "荣红智", "陈秀兴", "马卫红"]
    chen = leaders[f"{CITY}/陈秀兴"]
    assert chen.aliases == ("陈秀兴",) and chen.props == {"region": CITY, "titles": []}
    serves = [r for r in seed.relations if r.type == schema.SERVES_IN]
    assert len(serves) == 8 and all(r.target == (schema.REGION, CITY) and r.props == {"title": ""} for r in serves)


def test_offices_in_leader_fields_are_issues_not_leaders(seed):
    unnamed = sorted((i.code, i.text) for i in seed.issues)
    assert unnamed == [("plan.unnamed-leader", "市委常委、市纪委书记")] * 2 + [("plan.unnamed-leader", "市政府各位副市长")]
    assert {("lead", "Leader", "荣红智"), ("lead", "Department", "市纪委监委机关")} <= who(seed, "143")
    assert not [e for e in seed.entities if e.label == schema.LEADER and "书记" in e.name]


def test_trailing_deng_is_dropped(seed):
    assert ("support", "Department", "经济开发区管委会") in who(seed, "16")
    assert ("support", "Department", "东阿县人民政府") in who(seed, "47")
    assert ("lead", "Department", "市革命老区促进会") in who(seed, "138")
    assert not [e for e in seed.entities if e.label == schema.DEPARTMENT and e.name.endswith("等")]


def test_collective_units_kept_whole(seed):
    for name in ("各县（市、区）人民政府", "沿线有关县（市、区）人民政府", "市直各相关部门各单位", "市安委会成员单位",
                 "各县（市、区）党委政府", "市房地产调控（风险应急）联席会议成员单位"):
        assert dept(seed, name).props == {"region": CITY, "kind": "collective"}
    assert not [e for e in seed.entities if e.name.startswith(("区）", "市、")) or e.name in ("各县（市", "区")]


def test_housing_bureau_forms_merge(seed):
    housing = [e for e in seed.entities if e.label == schema.DEPARTMENT and "城乡建设" in e.name]
    assert len(housing) == 1
    assert housing[0].key == f"{CITY}/市住房和城乡建设局"
    assert set(housing[0].aliases) == {"市住房城乡建设局", "市住房和城乡建设局"}
    assert ("lead", "Department", "市住房和城乡建设局") in who(seed, "84")      # written in full there
    assert ("lead", "Department", "市住房和城乡建设局") in who(seed, "72")      # abbreviated there


def test_peoples_bank_forms_merge(seed):
    bank = dept(seed, "中国人民银行聊城市中心支行")
    assert set(bank.aliases) == {"人行聊城市中心支行", "人民银行聊城中心支行"}
    assert ("support", "Department", "中国人民银行聊城市中心支行") in who(seed, "79")


def test_county_units_belong_to_their_county(seed):
    lexicon = default_lexicon()
    gov = dept(seed, "东昌府区人民政府")
    county = lexicon.find_region("东昌府区", within=CITY)
    expected = county.key if county else CITY
    assert gov.props["region"] == expected and gov.key == f"{expected}/东昌府区人民政府"
    assert ((schema.PART_OF, gov.ref, (schema.REGION, expected)) in {r.ref for r in seed.relations})
    # A company named after the province is still the issuer's.
    assert dept(seed, "山东高速聊城公司").props["region"] == CITY


def test_deduplicated_and_evidenced(seed):
    refs = [e.ref for e in seed.entities]
    assert len(refs) == len(set(refs))
    rels = [r.ref for r in seed.relations]
    assert len(rels) == len(set(rels))
    assert all(e.evidence for e in seed.entities) and all(r.evidence for r in seed.relations)
    for r in seed.relations:
        assert (r.source[0], r.target[0]) in schema.REL_ENDPOINTS[r.type]


def test_seed_counts(seed):
    assert Counter(e.label for e in seed.entities)[schema.DEPARTMENT] == 115
    assert Counter(r.type for r in seed.relations)[schema.RESPONSIBLE_FOR] == 936


# Other plans' forms

def test_zeren_danwei_is_responsible():
    # 责任单位 names who answers for the work without a lead/support split.
    ex = synth("1. 加强审计监督。〔牵头领导：张三；牵头单位：市财政局；责任单位：市审计局、市统计局〕\n")
    assert who(ex, "1") == {("lead", "Leader", "张三"), ("lead", "Department", "市财政局"),
                            ("responsible", "Department", "市审计局"), ("responsible", "Department", "市统计局")}
    assert ex.issues == ()


def test_fields_on_their_own_lines():
    ex = synth("1. 加强审计监督。\n牵头领导：张三\n牵头单位：市财政局\n责任单位：市审计局\n\n"
               "2. 做好统计工作。\n牵头领导：李四\n牵头单位：市统计局、市发展改革委、市工业和信息化局、市财政局\n配合单位：市审计局\n")
    assert who(ex, "1") == {("lead", "Leader", "张三"), ("lead", "Department", "市财政局"), ("responsible", "Department", "市审计局")}
    assert task(ex, "1").props["text"] == "加强审计监督。"
    # The long line gets glued to the next by PDF-break joining; the label still starts a new field.
    assert ("lead", "Department", "市财政局") in who(ex, "2")
    assert ("support", "Department", "市审计局") in who(ex, "2")
    assert ex.issues == ()


@pytest.mark.parametrize("label,role", [("牵头市领导", "lead"), ("牵头负责领导", "lead"), ("分管市领导", "responsible"),
                                        ("分管省领导", "responsible"), ("责任领导", "responsible")])
def test_leader_label_variants(label, role):
    # 分管/责任 leaders answer for the work with no lead/support split among leaders.
    ex = synth(f"1. 建设大桥。〔{label}：王五；牵头单位：市交通运输局；协办单位：市财政局〕\n")
    assert who(ex, "1") == {(role, "Leader", "王五"), ("lead", "Department", "市交通运输局"),
                            ("support", "Department", "市财政局")}


@pytest.mark.parametrize("close", ["]", "）", "〕"])
def test_annotation_closers(close):
    ex = synth(f"1. 建设大桥。〔牵头领导：王五；牵头单位：市交通运输局；配合单位：沿线有关县（市、区）人民政府{close}\n\n"
               "2. 修路。〔牵头领导：王五；牵头单位：市交通运输局〕\n")
    assert who(ex, "1") == {("lead", "Leader", "王五"), ("lead", "Department", "市交通运输局"),
                            ("support", "Department", "沿线有关县（市、区）人民政府")}
    assert task(ex, "1").props["text"] == "建设大桥。"
    assert ex.issues == ()


def test_half_width_punctuation():
    ex = synth("1. 建设大桥。(牵头领导: 王五; 牵头单位: 市交通运输局; 配合单位: 市财政局, 各县(市、区)人民政府)\n")
    assert who(ex, "1") == {("lead", "Leader", "王五"), ("lead", "Department", "市交通运输局"),
                            ("support", "Department", "市财政局"), ("support", "Department", "各县（市、区）人民政府")}


def test_deadline_field():
    ex = synth("1. 建设大桥。〔牵头单位：市交通运输局；完成时限：2021年6月底〕\n\n2. 修路。〔牵头单位：市交通运输局；完成时限：年底前〕\n")
    assert (task(ex, "1").props["deadline"], task(ex, "1").props["deadlineDate"]) == ("2021年6月底", "2021-06-30")
    assert task(ex, "2").props["deadlineDate"] == "2021-12-31"


def test_problems_become_issues():
    ex = synth("1. 建设大桥。〔牵头单位：市交通运输局；备注：无；说明〕\n\n2. 没有分工的任务。\n")
    codes = sorted((i.code, i.line) for i in ex.issues)
    assert codes == [("plan.bad-annotation", 13), ("plan.no-annotation", 15), ("plan.unknown-field", 13)]
    assert len(entities(ex, schema.TASK)) == 2


def test_numbering_restarting_per_section_keeps_keys_unique():
    ex = synth("1. 甲。〔牵头单位：市财政局〕\n\n二、第二部分\n\n1. 乙。〔牵头单位：市审计局〕\n")
    assert sorted(t.props["seq"] for t in entities(ex, schema.TASK).values()) == ["一.1", "二.1"]


def test_names_split_outside_brackets_only():
    text = "市财政局、各县（市、区）人民政府，东阿县人民政府等"
    assert [s.text for s in ann.names(text, ann.Span(text, 0, len(text)))] == ["市财政局", "各县（市、区）人民政府", "东阿县人民政府"]


# Golden



def test_golden_input_is_the_seed():
    assert (GOLDEN / "input.txt").read_bytes() == SEED.read_bytes()


def test_an_attachment_list_line_is_never_the_plans_title():
    text = ("各乡镇人民政府，县直各有关单位：\n现将任务分解印发给你们，请抓好落实。\n"
            "附件：1.2025年县政府工作报告任务清单\n2.2025年民生实事任务分解\n"
            "一、扩大有效需求\n1.推进重点项目建设。（县发展改革局牵头，县财政局配合）\n"
            "2.促进消费回暖升级。（县商务局牵头）\n")
    ex = dp.parse(from_bytes(text.encode("utf-8"), "p.txt"), default_lexicon())
    assert "民生实事任务分解" not in ex.document.title and not ex.document.title.startswith("各乡镇")
    tasks = {e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert {"推进重点项目建设。", "促进消费回暖升级。"} <= tasks


_MEASURES = "一、重点任务\n1.推进重点项目建设。（市发展改革委牵头，市财政局配合）\n2.促进消费回暖升级。（市商务局牵头）\n"


@pytest.mark.parametrize("head,title", [
    # a portal's header table states the title; its label lines never are one
    ("索 引 号：\n000014349/2019-00003\n发文机关：\n国务院\n标　　题：\n国务院关于促进综合保税区高水平开放高质量发展的若干意见\n"
     "发文字号：\n国发〔2019〕3号\n", "国务院关于促进综合保税区高水平开放高质量发展的若干意见"),
    # a repost's citation lines, then the title line (关于…的通知)
    ("【法宝引证码】CLI.12.4638041\n原文链接：https://example.com/a.html\n某省人民政府办公厅关于印发加快发展若干政策的通知\n",
     "某省人民政府办公厅关于印发加快发展若干政策的通知"),
    # no title at all: a chapter heading or a plan cited deep in the body is not the title
    ("为加快发展，制定如下措施。\n" + "为加快发展，结合实际，提出如下意见。\n" * 80 + "第四章职责分工\n"
     "对符合《济南市十大千亿产业振兴计划》的给予资助。\n", ""),
])
def test_a_plans_title_is_what_the_document_states(head, title):
    ex = dp.parse(from_bytes((head + _MEASURES).encode("utf-8"), "p.txt"), default_lexicon())
    assert ex.document.title == title
    assert sum(e.label == schema.TASK for e in ex.entities) == 2


def test_an_attachment_list_is_not_numbered_items():
    from loaders.structure import items
    text = ("现将任务清单印发给你们。\n附件：1.某市2022年政务公开任务清单\n2.某市2022年政务公开任务分解表\n"
            "某市人民政府办公室\n某市2022年政务公开任务清单\n1.加强信息公开。\n2.做好政策解读。\n")
    numbered = [text[b.body:b.end] for b in items.walk(items.blocks(text, 0, len(text)))]
    assert numbered == ["加强信息公开。", "做好政策解读。"]
    # A numbered line that is a sentence is an item, not an attachment's title.
    listed = "附件：1.加强信息公开。\n2.做好政策解读。\n"
    assert items.attachments(listed) == []
