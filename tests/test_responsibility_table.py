"""Responsibility tables read the same from every format, and one text in several forms is one document."""
from __future__ import annotations

import pytest

from graph import schema
from graph.model import Extraction
from kg.pipeline import extract_file, load
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading.model import from_text
from loaders.kinds.responsibility_table import columns, parse, score
from loaders.reading.source import from_bytes
from tests import formats
from tests.test_store_contract import store_counts

CITY = "山东省/聊城市"


def _extract(tmp_path, name: str, data: bytes) -> Extraction:
    path = tmp_path / name
    path.write_bytes(data)
    (ex, outcome), = extract_file(path)
    assert outcome.ok, outcome.error
    return ex


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Extraction:
    return _extract(tmp_path_factory.mktemp("plain"), "plan.txt", formats.text().encode("utf-8"))


def test_the_plain_text_table_gives_tasks_leaders_units_and_deadlines(plain):
    d = plain.document
    # A plan set out as a table is the plan its title names (任务分工方案: a division plan).
    assert (d.kind, d.title, d.issuer, d.number, d.date, d.region) == (
        "division_plan", "2021年重点工作任务分工方案", "聊城市人民政府", "聊政发〔2021〕1号", "2021-02-10", CITY)
    tasks = {e.props["seq"]: e for e in plain.entities if e.label == schema.TASK}
    assert sorted(tasks, key=int) == [str(i) for i in range(1, formats.TASKS + 1)]
    assert tasks["2"].props["text"] == "推进第2项重点工作落实见效"
    assert tasks["2"].props["deadlineDate"] == "2021-09-30" and tasks["1"].props["deadlineDate"] == "2021-12-31"
    assert tasks["16"].props["section"] == "一、扩大有效需求" and tasks["17"].props["section"] == "二、深化改革开放"
    resp = {(r.source[1], r.target[1].split("#")[1], r.props["role"]) for r in plain.relations if r.type == schema.RESPONSIBLE_FOR}
    # Task 2's empty leader and lead-unit cells continue task 1's (a merged cell copied out as text).
    assert {(f"{CITY}/陈秀兴", "2", "lead"), (f"{CITY}/市发展和改革委员会", "2", "lead")} <= resp
    assert (f"{CITY}/张阳", "3", "lead") in resp                      # 张 阳, padded, is one name
    assert (f"{CITY}/市大数据局", "3", "support") in resp and (f"{CITY}/市审计局", "3", "support") in resp
    # An empty 配合单位 stays empty: task 4 has none.
    assert not any(t == "4" and role == "support" for _, t, role in resp)
    assert len([1 for _, t, role in resp if role == "lead"]) == 2 * formats.TASKS
    assert not [i for i in plain.issues if i.code.startswith("table.")]


def test_evidence_is_the_row_and_gives_table_row_and_cell(plain):
    rel = next(r for r in plain.relations if r.type == schema.RESPONSIBLE_FOR and r.target[1].endswith("#3") and r.source[1].endswith("张阳"))
    (ev,) = rel.evidence
    assert ev.text == "3\t推进第3项重点工作落实见效\t张 阳\t市财政局\t市大数据局、市审计局\t2021年12月底"
    assert (ev.table, ev.row, ev.cell) == (1, 5, 0)     # header, section, tasks 1-2, then task 3
    leader = next(e for e in plain.entities if e.key == f"{CITY}/张阳")
    assert (leader.evidence[0].text, leader.evidence[0].cell) == ("张 阳", 3)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_each_format_gives_the_facts_of_the_plain_text_reading(tmp_path, plain, fmt):
    data = {"docx": formats.docx_bytes, "pdf": formats.pdf_bytes, "html": lambda: formats.html().encode("gbk")}[fmt]()
    ex = _extract(tmp_path, "download", data)     # no file extension: the bytes say the format
    assert ex.document.encoding == fmt
    assert formats.facts(ex) == formats.facts(plain)


def test_a_doc_gives_the_facts_of_the_plain_text_reading(soffice, tmp_path, plain):
    ex = _extract(tmp_path, "plan.doc", formats.doc_bytes(tmp_path))
    assert formats.facts(ex) == formats.facts(plain)


def test_the_pdf_gives_each_row_its_page(tmp_path):
    ex = _extract(tmp_path, "plan.pdf", formats.pdf_bytes())
    pages = {r.target[1].split("#")[1]: r.evidence[0].page for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert pages["1"] == 1 and pages[str(formats.TASKS)] == 2


def test_header_columns_and_score():
    cols = columns(["序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "完成时间"])
    # 责任单位 beside 牵头单位 stays responsible: the column's words give the role, as in plans' annotations.
    assert [(c.what, c.role) for c in cols] == [("seq", ""), ("task", ""), ("leader", "lead"), ("unit", "lead"),
                                                ("unit", "responsible"), ("deadline", "")]
    alone = columns(["序号", "工作任务", "责任单位", "完成时限"])
    assert [(c.what, c.role) for c in alone][2] == ("unit", "responsible")
    assert columns(["单位", "序号", "承诺事项", "完成时间", "责任人"]) is None       # a commitment table's
    assert columns(["序号", "牵头单位", "配合单位"]) is None                          # no task column
    assert score("标题\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t甲\t市财政局\t\t年底\n") >= 0.9
    assert score("1. 推进甲任务。（牵头单位：市财政局；配合单位：市审计局）\n") == 0.0


def test_a_bar_table_reads_like_a_tab_table():
    tab = formats.text(merges_empty=True)
    bars = "\n".join(("| " + " | ".join(line.split("\t")) + " |") if "\t" in line else line for line in tab.splitlines()) + "\n"
    lex = default_lexicon()
    a = parse(from_bytes(tab.encode("utf-8"), "a.txt"), lex)
    b = parse(from_bytes(bars.encode("utf-8"), "b.txt"), lex)
    assert len(from_text(bars).tables) == 1
    fa, fb = formats.facts(a), formats.facts(b)
    assert fa["relations"] == fb["relations"] and fa["entities"] == fb["entities"]


def test_an_office_in_a_leader_cell_is_an_issue_not_a_leader():
    raw = ("任务分工方案\n序号\t重点任务\t牵头领导\t牵头单位\n1\t甲任务\t市政府各位副市长\t市财政局\n"
           "2\t乙任务\t王五\t市审计局\n")
    ex = parse(from_bytes(raw.encode("utf-8"), "x.txt"), default_lexicon())
    leaders = [e.name for e in ex.entities if e.label == schema.LEADER]
    assert leaders == ["王五"]
    assert [i.code for i in ex.issues] == ["table.unnamed-leader"]


def test_one_text_in_three_forms_is_one_document(any_store, tmp_path):
    text = formats.text(merges_empty=False)
    utf8 = tmp_path / "plan-utf8.txt"
    utf8.write_bytes(text.encode("utf-8"))
    gbk = tmp_path / "plan-gbk-crlf.txt"
    gbk.write_bytes(text.replace("\n", "\r\n").encode("gbk"))
    page = tmp_path / "plan.html"
    page.write_bytes(formats.html(merges=False).encode("gbk"))
    keys = {from_bytes(p.read_bytes(), str(p)).key for p in (utf8, gbk, page)}
    assert len(keys) == 1

    report = load([utf8, gbk, page], any_store)
    assert [d.status for d in report.documents] == ["new", "unchanged", "unchanged"]
    assert store_counts(any_store)[schema.DOCUMENT] == 1
    # Loading it again, in another form and on its own, changes nothing.
    for other in (page, gbk):
        again = load([other], any_store)
        assert [d.status for d in again.documents] == ["unchanged"] and again.diff.empty
    assert [r.source for r in any_store.records()] == [str(utf8.resolve())]


def test_a_folder_of_mixed_formats_loads(any_store, tmp_path):
    (tmp_path / "a.docx").write_bytes(formats.docx_bytes())
    (tmp_path / "b.pdf").write_bytes(formats.pdf_bytes())
    (tmp_path / "c.html").write_bytes(formats.html().encode("gbk"))
    (tmp_path / "d.txt").write_bytes("2021年工作任务清单\n序号\t工作任务\t责任单位\t完成时限\n1\t修好一座桥\t市交通运输局\t年底\n2\t建成一所学校\t市教育局\t9月底\n".encode("gbk"))
    report = load([tmp_path], any_store)
    assert [(d.kind, d.encoding, d.status) for d in report.documents] == [
        ("division_plan", "docx", "new"), ("division_plan", "pdf", "unchanged"),
        ("division_plan", "html", "unchanged"), ("division_plan", "gb18030", "new")]     # kinds as stored (工作任务清单: a division)
    # The Word file, the PDF and the page hold one plan (merged cells repeated in each): one document.
    assert store_counts(any_store)[schema.DOCUMENT] == 2


def test_evidence_locations_survive_the_record_and_plain_prose_has_none(tmp_path):
    ex = _extract(tmp_path, "plan.pdf", formats.pdf_bytes())
    assert Extraction.from_json(ex.to_json()) == ex
    assert '"page": 2' in ex.to_json()
    prose = from_bytes("2021年政府工作报告\n今年要推进数字经济发展。\n".encode("utf-8"), "r.txt")
    ev = prose.evidence(prose.plain, 0, 4)
    assert (ev.page, ev.table, ev.row, ev.cell) == (0, 0, 0, 0)


def test_a_two_row_header_and_roles_marked_in_the_cell():
    raw = ("2021年民生实事任务清单\n"
           "序号\t工作任务\t责任单位\t责任单位\t完成时限\n"
           "\t\t牵头单位\t配合单位\t\n"
           "1\t新建一所学校\t市教育局\t市财政局\t年底\n"
           "2\t修好一座桥\t市交通运输局（牵头）、市住房城乡建设局\t市财政局配合\t9月底\n")
    ex = parse(from_bytes(raw.encode("utf-8"), "x.txt"), default_lexicon())
    tasks = sorted(e.props["text"] for e in ex.entities if e.label == schema.TASK)
    assert tasks == ["修好一座桥", "新建一所学校"]
    roles = {(r.source[1], r.target[1].split("#")[1]): r.props["role"] for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert roles == {("市教育局", "1"): "lead", ("市财政局", "1"): "support", ("市交通运输局", "2"): "lead",
                     ("市住房和城乡建设局", "2"): "lead", ("市财政局", "2"): "support"}


# A plan that opens with its salutation and has no issuer: the title is the list's own title line,
# and a title that opens with a region's full name places the plan there.
SALUTED = ("各县、市、区人民政府，市政府各部门：\n"
           "现将任务分解责任清单印发给你们，请认真贯彻落实。\n"
           "荆州市2022年政务公开任务分解责任清单\n"
           "序号\t工作任务\t责任单位\t时限要求\n"
           "1\t加强政策文件解读\t市政府办公室\t持续推进\n"
           "2\t开设行业帮扶政策公开专题\t市发展改革委\t2022年12月底前\n")


def test_a_salutation_is_never_the_title_and_the_titles_region_places_the_plan():
    doc = from_bytes(SALUTED.encode("utf-8"), "清单.txt")
    d = parse(doc, default_lexicon()).document
    assert (d.title, d.region) == ("荆州市2022年政务公开任务分解责任清单", "湖北省/荆州市")


@pytest.mark.parametrize("title,region", [
    ("荆州市2022年政务公开任务分解责任清单", "湖北省/荆州市"),
    ("济南市历城区2021年重点工作分工方案", "山东省/济南市/历城区"),
    ("荆州古城保护方案", None),             # a short name opening a title is not the region's
    ("2021年重点工作分工方案", None),
])
def test_a_title_opening_with_a_regions_full_name(title, region):
    from loaders.recognisers.title_places import title_region
    found = title_region(title, default_lexicon())
    assert (found.key if found else None) == region


# A list whose 工作任务 column spans the section, the sub-section and the number: the first row of a
# section carries them before its number, the later rows hold only the number there.
SPANNED = ("某市2022年政务公开任务分解责任清单\n"
           "工作任务 | 具体要求 | 责任单位 | 时限要求 | ||\n"
           "一、助力经济发展。 | (一)公开市场主体信息。 | 1 | 公开涉及市场主体政策文件的决策和执行情况。 | 市政府各有关部门负责落实 | 持续推进 |\n"
           "2 | 开设行业帮扶政策公开专题,加大解读力度。 | 市发展改革委牵头,市住建局等政府各有关部门负责落实 | 持续推进 | ||\n")


def test_a_row_with_more_cells_than_the_header_is_read_from_the_right_and_a_column_of_numbers_is_the_number():
    ex = parse(from_bytes(SPANNED.encode("utf-8"), "x.txt"), default_lexicon())
    tasks = {e.props["seq"]: e.props for e in ex.entities if e.label == schema.TASK}
    assert sorted(tasks) == ["1", "2"]
    assert tasks["1"]["text"].startswith("公开涉及市场主体") and tasks["2"]["text"].startswith("开设行业帮扶")
    assert tasks["1"]["section"] == "(一)公开市场主体信息。"
    assert ex.document.kind == "division_plan"       # 任务分解责任清单: the plan its title names


def test_the_verb_after_a_unit_and_the_collective_it_exemplifies_are_not_its_name():
    ex = parse(from_bytes(SPANNED.encode("utf-8"), "x.txt"), default_lexicon())
    ents = {(e.label, e.key): e for e in ex.entities}
    facts = {(ents[r.target].props["seq"], ents[r.source].name, r.props["role"])
             for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert ("1", "市政府各有关部门", "responsible") in facts
    assert {(n, role) for s, n, role in facts if s == "2"} == {
        ("市发展和改革委员会", "lead"), ("市住房和城乡建设局", "responsible"), ("政府各有关部门", "responsible")}


def test_the_title_under_an_attachment_list_names_the_table_kind():
    raw = SPANNED.replace("某市2022年政务公开任务分解责任清单\n",
                          "现将清单印发给你们。\n附件：1.某市2022年政务公开任务分解责任清单\n2.某市政务公开考核细则\n某市2022年政务公开任务分解责任清单\n")
    ex = parse(from_bytes(raw.encode("utf-8"), "x.txt"), default_lexicon())
    assert ex.document.kind == "division_plan"
