"""The 公开承诺事项 table loader and the deadline parser it uses."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from graph import schema
from loaders.kinds import commitment_table as ct
from loaders import registry
from loaders.recognisers.dates import document_year, parse_deadline
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading.source import from_bytes, read_path
from tests.golden_format import canonical

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "shandong-2021-16-cities-commitments.txt"
GOLDEN = ROOT / "tests" / "golden" / "commitments-shandong-2021"

# 责任人 of every row, read off the seed by hand (padded two-character names joined).
LEADERS = {
    "济南市": [
        "孙立成 孙述涛 边祥慧 程德智 陈阳", "孙立成 孙述涛 郑德雁", "孙立成 孙述涛 郑德雁 王京文 王桂英",
        "孙立成 孙述涛 郑德雁", "孙斌", "孙斌", "杨峰 王桂英", "郑德雁 王京文", "王桂英", "郑德雁 王京文",
        "尹清忠", "郑德雁 孙斌", "尹清忠", "郑德雁", "郑德雁", "王京文", "边祥慧 王京文",
        "郑德雁 王京文 孙斌 尹清忠", "王宏志 郑德雁 尹清忠", "郑德雁 王京文 王桂英",
    ],
    "青岛市": [
        "赵豪志 李伟 马立新", "赵豪志 孙立杰 李伟", "赵豪志 王鲁明 薛庆国", "赵豪志 王鲁明", "赵豪志 薛庆国",
        "薛庆国 张军", "赵豪志 薛庆国", "薛庆国 耿涛", "薛庆国 耿涛", "李伟 朱培吉", "耿涛", "薛庆国 耿涛",
        "薛庆国", "薛庆国 耿涛", "耿涛", "张军", "张军", "朱培吉", "栾新 朱培吉", "薛庆国 栾新 朱培吉 隋汝文 张军",
    ],
    "淄博市": [
        "江敦涛 毕司东 孙庆雷 王铁军 李新胜", "江敦涛 马晓磊", "江敦涛 马晓磊 毕红卫", "马晓磊 宋振波", "宋振波", "袁良",
    ],
}


@pytest.fixture(scope="module")
def seed_doc():
    return read_path(SEED)


@pytest.fixture(scope="module")
def seed(seed_doc):
    return ct.parse(seed_doc, default_lexicon())


def by_label(ex, label):
    return {e.key: e for e in ex.entities if e.label == label}


def responsible(ex):
    """task key → set of leader names responsible for it."""
    out: dict[str, set[str]] = {}
    leaders = by_label(ex, schema.LEADER)
    for r in ex.relations:
        if r.type == schema.RESPONSIBLE_FOR:
            out.setdefault(r.target[1], set()).add(leaders[r.source[1]].name)
    return out


def codes(ex):
    return Counter(i.code for i in ex.issues)


def table(*rows: str, contact: bool = True, preamble: str = "测试承诺事项\n") -> str:
    body = "单位\t序号\t承诺事项\t完成时间\t责任人\n" + "\n".join(rows) + "\n"
    return preamble + body + ("联系人：张三 联系电话：0531-1234567\n" if contact else "")


def parse_text(text: str, encoding: str = "utf-8"):
    return ct.parse(from_bytes(text.encode(encoding), "mem.txt"), default_lexicon())


# Dates
@pytest.mark.parametrize("text, expected", [
    ("12月底", "2021-12-31"),
    ("12月底取得阶段性成效并长期坚持", "2021-12-31"),
    ("12月底完成年度目标任务并持续推进", "2021-12-31"),
    ("6月底前", "2021-06-30"),
    ("6月前", "2021-06-30"),
    ("年底", "2021-12-31"),
    ("年内", "2021-12-31"),
    ("9月30日", "2021-09-30"),
    ("2022年6月底", "2022-06-30"),
    ("2022年底", "2022-12-31"),
    ("第三季度", "2021-09-30"),
    ("三季度末", "2021-09-30"),
    ("上半年", "2021-06-30"),
    ("下半年", "2021-12-31"),
    ("2月底", "2021-02-28"),
    ("3月底前完成，9月底全面见效", "2021-03-31"),
    ("长期坚持", ""),
    ("常态化做好各项工作", ""),
    ("持续推进", ""),
    ("", ""),
])
def test_parse_deadline(text, expected):
    assert parse_deadline(text, 2021) == expected


def test_parse_deadline_needs_a_year_unless_stated():
    assert parse_deadline("12月底", None) == ""
    assert parse_deadline("2022年6月底", None) == "2022-06-30"


def test_document_year():
    assert document_year("编者按 2021年是中国共产党成立100周年，2022年…") == 2021
    assert document_year("没有年份") is None
    assert document_year("x" * 600 + "2021年") is None


# Names
@pytest.mark.parametrize("cell, names", [
    ("孙立成 孙述涛 边祥慧 程德智 陈 阳", ["孙立成", "孙述涛", "边祥慧", "程德智", "陈阳"]),
    ("孙 斌", ["孙斌"]),
    ("杨 峰 王桂英", ["杨峰", "王桂英"]),
    ("薛庆国 栾 新 朱培吉 隋汝文 张 军", ["薛庆国", "栾新", "朱培吉", "隋汝文", "张军"]),
    ("张 军 李 伟", ["张军", "李伟"]),
    ("陈\u3000阳 孙立成", ["陈阳", "孙立成"]),
    ("孙立成、孙述涛", ["孙立成", "孙述涛"]),
    ("陈阳", ["陈阳"]),
])
def test_split_names(cell, names):
    got, bad = ct.split_names(cell)
    assert [n for n, _ in got] == names
    assert bad == []


def test_split_names_keeps_the_padded_surface_and_reports_leftovers():
    got, bad = ct.split_names("陈 阳 李")
    assert got == [("陈阳", "陈 阳")]
    assert bad == ["李"]
    # A single character next to a three-character name is not glued to it.
    got, bad = ct.split_names("孙 孙立成")
    assert [n for n, _ in got] == ["孙立成"] and bad == ["孙"]


# Detection
@pytest.mark.parametrize("path", sorted((ROOT / "seeds").iterdir()), ids=lambda p: p.name)
def test_score_on_seeds(path):
    s = ct.score(read_path(path).plain.text)
    if path == SEED:
        assert s >= 0.8
    else:
        assert s < 0.3


def test_registered():
    assert any(lo.kind == "commitment_table" and lo.parse is ct.parse for lo in registry._LOADERS)


# The seed
def test_document_info(seed, seed_doc):
    d = seed.document
    assert (d.key, d.sha256, d.encoding, d.kind) == (seed_doc.key, seed_doc.sha256, "utf-8", "commitment_table")
    assert d.title == "2021年16市重点任务公开承诺事项"
    assert (d.issuer, d.date, d.region) == ("", "", "山东省")


def test_every_row_with_exact_leaders(seed, seed_doc):
    tasks = by_label(seed, schema.TASK)
    assert Counter(t.props["section"] for t in tasks.values()) == {"济南市": 20, "青岛市": 20, "淄博市": 6}
    resp = responsible(seed)
    for city, rows in LEADERS.items():
        for seq, names in enumerate(rows, 1):
            key = schema.task_key(seed_doc.key, f"{city}-{seq}")
            assert tasks[key].props["seq"] == str(seq)
            assert tasks[key].props["region"] == f"山东省/{city}"
            assert resp[key] == set(names.split()), key
    assert sum(len(v) for v in resp.values()) == 98


def test_leaders(seed, seed_doc):
    leaders = by_label(seed, schema.LEADER)
    assert len(leaders) == 32
    zheng = "山东省/济南市/郑德雁"
    jinan = [r for r in seed.relations if r.type == schema.RESPONSIBLE_FOR and r.source == (schema.LEADER, zheng)]
    assert len(jinan) == 11 and all("#济南市-" in r.target[1] for r in jinan)
    assert all(r.props == {"role": "responsible"} for r in jinan)
    assert len(leaders[zheng].evidence) == 11
    chen = leaders["山东省/济南市/陈阳"]
    assert chen.name == "陈阳" and set(chen.aliases) == {"陈阳", "陈 阳"}
    assert chen.props == {"region": "山东省/济南市", "titles": []}
    assert set(leaders["山东省/济南市/孙斌"].aliases) == {"孙斌", "孙 斌"}
    assert leaders["山东省/济南市/孙立成"].aliases == ("孙立成",)
    assert not any(len(e.name) < 2 for e in leaders.values())
    serves = [r for r in seed.relations if r.type == schema.SERVES_IN]
    assert len(serves) == 32
    assert all(r.target == (schema.REGION, leaders[r.source[1]].props["region"]) and r.props == {"title": ""} for r in serves)


def test_deadlines_and_text(seed, seed_doc):
    tasks = by_label(seed, schema.TASK)
    k = lambda s: schema.task_key(seed_doc.key, s)  # noqa: E731
    assert (tasks[k("济南市-1")].props["deadline"], tasks[k("济南市-1")].props["deadlineDate"]) == ("长期坚持", "")
    assert tasks[k("济南市-2")].props["deadlineDate"] == "2021-12-31"
    assert tasks[k("济南市-10")].props["deadline"] == "12月底"
    assert tasks[k("淄博市-3")].props["deadline"] == "常态化做好各项工作"
    assert tasks[k("淄博市-3")].props["deadlineDate"] == ""
    assert tasks[k("淄博市-1")].props["deadlineDate"] == "2021-12-31"
    t = tasks[k("青岛市-1")]
    assert t.props["text"].startswith("深学笃行习近平新时代中国特色社会主义思想") and t.props["text"].endswith("。")
    assert t.name == t.props["text"][:30] + "…"
    assert t.props["document"] == seed_doc.key
    short = tasks[k("淄博市-6")]
    assert short.props["text"] == "实施科教创新攻坚行动，新增省级以上创新平台15家，高新技术企业达到780家，高新技术产业产值占比提高1个百分点。"


def test_evidence_points_at_the_original(seed, seed_doc):
    for e in seed.entities:
        assert e.evidence
        for ev in e.evidence:
            assert seed_doc.raw[ev.start:ev.end] == ev.text
    for r in seed.relations:
        assert r.evidence
    part_of = [r for r in seed.relations if r.type == schema.PART_OF and r.source[0] == schema.TASK]
    assert len(part_of) == 46 and all(r.target == (schema.DOCUMENT, seed_doc.key) for r in part_of)


def test_regions(seed):
    regions = by_label(seed, schema.REGION)
    assert set(regions) == {"山东省", "山东省/济南市", "山东省/青岛市", "山东省/淄博市"}
    assert regions["山东省/济南市"].props == {"level": "city", "parent": "山东省"}
    assert regions["山东省/济南市"].evidence[0].text.startswith("济南市\t1\t")
    assert regions["山东省"].props == {"level": "province", "parent": ""}
    parts = {(r.source[1], r.target[1]) for r in seed.relations if r.type == schema.PART_OF and r.source[0] == schema.REGION}
    assert parts == {("山东省/济南市", "山东省"), ("山东省/青岛市", "山东省"), ("山东省/淄博市", "山东省")}


def test_issues(seed):
    assert codes(seed) == {"table.skipped-line": 4, "table.contact": 2, "table.truncated": 1}
    contact = [i for i in seed.issues if i.code == "table.contact"]
    assert [i.line for i in contact] == [32, 55]
    assert "车金星" in contact[0].message and "0531-66607757" in contact[0].message and "32" in contact[0].message
    (trunc,) = [i for i in seed.issues if i.code == "table.truncated"]
    assert "淄博市" in trunc.message and "6" in trunc.message and trunc.line == 63
    skipped = sorted(i.line for i in seed.issues if i.code == "table.skipped-line")
    assert skipped == [3, 4, 5, 7]


def test_gbk_copy_gives_the_same_extraction(seed_doc, seed):
    gbk = from_bytes(seed_doc.raw.encode("gb18030"), "gbk.txt")
    assert gbk.encoding == "gb18030"
    ex = ct.parse(gbk, default_lexicon())
    a, b = canonical(seed), canonical(ex)
    assert a["document"].pop("encoding") == "utf-8" and b["document"].pop("encoding") == "gb18030"
    key_a, key_b = seed_doc.key, gbk.key
    assert json.dumps(a, ensure_ascii=False).replace(key_a, "K") == json.dumps(b, ensure_ascii=False).replace(key_b, "K")


# Synthetic tables
def test_crlf_and_bom():
    text = table("济南市\t1\t做好甲事。\t6月底前\t陈 阳 孙立成", "\t2\t做好乙事。\t三季度末\t孙立成").replace("\n", "\r\n")
    doc = from_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "crlf.txt")
    ex = ct.parse(doc, default_lexicon())
    tasks = sorted(by_label(ex, schema.TASK).values(), key=lambda t: t.props["seq"])
    assert [t.props["deadlineDate"] for t in tasks] == ["", ""]  # no year stated anywhere
    assert [t.props["text"] for t in tasks] == ["做好甲事。", "做好乙事。"]
    assert by_label(ex, schema.LEADER)["山东省/济南市/陈阳"].aliases == ("陈阳", "陈 阳")
    for e in ex.entities:
        for ev in e.evidence:
            assert doc.raw[ev.start:ev.end] == ev.text and "\r" not in ev.text
    assert [(i.code, i.line) for i in ex.issues] == [("table.contact", 5)]
    assert ex.document.title == "测试承诺事项"


def test_year_from_the_preamble_and_a_stated_date():
    ex = parse_text(table("青岛市\t1\t做好甲事。\t6月底前\t李 伟", preamble="2022年承诺事项\n2022年3月1日\n"))
    (task,) = by_label(ex, schema.TASK).values()
    assert task.props["deadlineDate"] == "2022-06-30"
    assert ex.document.date == "2022-03-01" and ex.document.title == "2022年承诺事项"


def test_bad_rows_are_reported_not_loaded():
    ex = parse_text(table(
        "济南市\t1\t做好甲事。\t12月底\t孙立成",
        "\t二\t序号不是数字。\t12月底\t孙立成",
        "\t3\t\t12月底\t孙立成",
        "\t4\t没有责任人。\t12月底\t",
        "\t1\t重复的序号。\t12月底\t孙立成",
        "\t5\t有个单字。\t12月底\t孙立成 李",
    ))
    assert sorted(t.props["seq"] for t in by_label(ex, schema.TASK).values()) == ["1", "5"]
    assert codes(ex) == {"table.bad-row": 4, "table.bad-name": 1, "table.contact": 1}
    assert [i.line for i in ex.issues if i.code == "table.bad-row"] == [4, 5, 6, 7]


def test_unknown_region():
    ex = parse_text(table("某某市\t1\t做好甲事。\t12月底\t孙立成"))
    assert set(by_label(ex, schema.REGION)) == {"某某市"}
    (leader,) = by_label(ex, schema.LEADER)
    assert leader == "某某市/孙立成"
    assert codes(ex)["region.unknown"] == 1 and ex.document.region == ""


def test_trailing_partial_row_is_truncation():
    ex = parse_text(table("济南市\t1\t做好甲事。\t12月底\t孙立成", "\t2\t做好乙事。\t12月底\t孙立成", "\t3\t做好丙", contact=False))
    assert len(by_label(ex, schema.TASK)) == 2
    (issue,) = ex.issues
    assert issue.code == "table.truncated" and "济南市" in issue.message and "2" in issue.message and issue.line == 5


def test_one_block_without_contacts_is_not_truncated():
    ex = parse_text(table("济南市\t1\t做好甲事。\t12月底\t孙立成", contact=False))
    assert ex.issues == ()


# Golden
