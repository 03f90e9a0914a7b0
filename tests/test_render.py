"""Output: aligned tables of double-width text that wrap long text whole, the record layout,
json and csv, --limit, and the English of --lang en."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rich.cells import cell_len
from rich.console import Console

from graph.embedded_store import EmbeddedStore
from graph.store import QueryResult
from kg import lang, render
from kg.cli import app
from kg.pipeline import load
from tests.test_cli import COMMITMENTS, SEEDS, rows_json, runner_for

LONG_TASK = ("深入贯彻落实黄河流域生态保护和高质量发展重大国家战略，贯彻执行《黄河流域生态保护和高质量发展规划纲要》，"
             "高标准编制《济南市黄河流域生态保护和高质量发展规划》，规划建设生态保护、岸堤安全、污染防治等重点工程，"
             "建设黄河国家文化公园、城市森林公园、历下古镇和黄河生态风貌带，打造绿色生态廊道。")


def console(width: int) -> Console:
    return Console(file=io.StringIO(), width=width, soft_wrap=False, color_system=None, force_terminal=False)


def printed(result: QueryResult, width: int, **kw) -> str:
    c = console(width)
    render.print_table(c, result, **kw)
    return c.file.getvalue()


def sample() -> QueryResult:
    return QueryResult(["leader", "seq", "task", "coLeaders"], [
        ["郑德雁", "2", LONG_TASK, ["孙立成", "孙述涛"]],
        ["郑德雁", "14", "扩大有效投资，完成市重点项目投资3000亿元以上。", []],
        ["Zheng Deyan", "3", "short", ["Sun Licheng"]],
    ])


def cells_between(line: str, start: int, end: int) -> str:
    """The characters of a line between two display columns (a double-width character counts 2)."""
    out, pos = "", 0
    for ch in line:
        w = cell_len(ch)
        if start <= pos and pos + w <= end:
            out += ch
        elif pos < end and pos + w > start and not (start <= pos and pos + w <= end):
            raise AssertionError(f"a double-width character straddles a column edge in {line!r}")
        pos += w
    return out


def column_text(text: str, header: str, next_header: str) -> str:
    """Everything printed in one column, top to bottom, spaces dropped."""
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if header in line and next_header in line)
    start = cell_len(lines[head][: lines[head].index(header)])
    end = cell_len(lines[head][: lines[head].index(next_header)])
    return "".join(cells_between(line, start, end).strip() for line in lines[head + 1:] if set(line) - set("━ "))


def test_long_text_wraps_whole_in_its_column_when_asked():
    out = printed(sample(), 100, whole=True)
    assert "…" not in out
    assert LONG_TASK in column_text(out, "task", "coLeaders")
    assert max(cell_len(line) for line in out.splitlines()) <= 100


@pytest.mark.parametrize("width", [80, 200])
def test_long_text_is_cut_to_the_terminal_and_short_values_never(width):
    out = printed(sample(), width, title="leader 郑德雁")
    lines = out.splitlines()
    assert lines[0] == "leader 郑德雁 (3 rows)"
    assert max(cell_len(line) for line in lines) <= width
    rows = [line for line in lines if "郑德雁" in line or "Zheng" in line][1:]
    assert len(rows) == 3, "one line a row: nothing wraps"
    assert "…" in rows[0] and LONG_TASK not in out and "--wide shows them whole" in out
    assert "Zheng Deyan" in rows[2] and "孙立成、孙述涛" in rows[0], "short values whole"
    # The wider terminal shows more of the long text.
    assert column_text(out, "task", "coLeaders").startswith("深入贯彻落实")


def test_wider_terminals_show_more():
    narrow, wide = printed(sample(), 80), printed(sample(), 200)
    assert len(column_text(wide, "task", "coLeaders")) > len(column_text(narrow, "task", "coLeaders"))


def test_count_columns_are_narrow_and_right_aligned():
    r = QueryResult(["name", "count"], [["市财政局", 5], ["市发展和改革委员会", 123]])
    lines = printed(r, 200).splitlines()
    assert lines[0] == "  name                count"
    assert lines[1].endswith("    5") and lines[2].endswith("  123")


def test_columns_left_out_rather_than_a_block_per_row():
    out = printed(sample(), 40, title="leader 郑德雁")
    assert "── 1 " not in out and "left out at 40 columns" in out
    assert max(cell_len(line) for line in out.splitlines() if not line.lstrip().startswith("(")) <= 40


def test_double_width_text_lines_up():
    out = printed(sample(), 90, whole=True)
    # The columns start at the same display column on every line (cells_between raises if not).
    leaders = column_text(out, "leader", "seq")
    assert leaders.count("郑德雁") == 2 and "Zheng" in leaders
    assert column_text(out, "seq", "task") == "2143"


def test_lists_in_cells():
    out = printed(sample(), 120)
    assert "孙立成、孙述涛" in out
    assert "Sun Licheng" in out
    ev = QueryResult(["evidence"], [[["第一句\t证据", "第二句"]]])
    out = printed(ev, 60, whole=True)
    assert "第一句  证据" in out and "第二句" in out and "\t" not in out


def test_too_narrow_a_terminal_gets_the_record_layout_for_whole_texts():
    out = printed(sample(), 30, title="leader 郑德雁", whole=True)
    assert out.startswith("leader 郑德雁")
    assert "── 1 " in out and "── 3 " in out
    assert "…" not in out
    # Every column of every row is there, the long text folded whole.
    assert "".join(line.split("task", 1)[-1].strip() for line in out.splitlines() if line.strip()).count("贯彻执行") == 1
    assert "".join(out.split()).count("打造绿色生态廊道。") == 1


def test_no_rows():
    assert printed(QueryResult(["a"], []), 80, title="leader X").strip() == "leader X: no rows"


def test_json_and_csv_are_stable():
    r = QueryResult(["name", "list", "none", "flag", "node"],
                    [["郑德雁", ["a", "b"], None, True, {"_ID": {"offset": 1}, "_LABEL": "Leader", "name": "郑德雁", "x": None}]])
    data = json.loads(render.to_json(r))
    assert data == [{"name": "郑德雁", "list": ["a", "b"], "none": None, "flag": True, "node": {"name": "郑德雁"}}]
    assert list(data[0]) == r.columns
    assert render.to_csv(r) == 'name,list,none,flag,node\n郑德雁,a; b,,true,"{""name"": ""郑德雁""}"\n'


# --lang en
@pytest.mark.parametrize("kind, chinese, english", [
    ("title", "市长", "Mayor"),
    ("title", "代市长", "Acting Mayor"),
    ("title", "代市长、市委副书记、市长", "Acting Mayor, Deputy Municipal Party Secretary, Mayor"),
    ("department", "市发展和改革委员会", "Municipal Development and Reform Commission"),
    ("department", "市发展改革委", "Municipal Development and Reform Commission"),
    ("department", "市财政局", "Municipal Finance Bureau"),
    ("department", "县财政局", "County Finance Bureau"),
    ("department", "市委组织部", "Organization Department of the Municipal Party Committee"),
    ("department", "东昌府区人民政府", "Dongchangfu District People's Government"),
    ("department", "聊城海关", "Liaocheng Customs"),
    ("department", "市属开发区管委会", "市属开发区管委会"),            # not in the table: stays Chinese
    ("person", "郑德雁", "Zheng Deyan"),
    ("person", "盖红旗", "Ge Hongqi"),                               # 盖 read as a family name
    ("person", "欧阳修", "Ouyang Xiu"),                               # a two-character family name
    ("region", "济南市", "Jinan City"),
    ("region", "山东省/济南市/历城区", "Shandong Province/Jinan City/Licheng District"),
    ("region", "冠县", "Guan County"),
    ("region", "泰安市", "Tai'an City"),
    ("region", "长清区", "Changqing District"),
    ("auto", "郑德雁 (lead)", "Zheng Deyan (lead)"),
    ("auto", "起步区", "起步区"),                                      # a project, not a place kg knows
    ("auto", "乡村振兴", "Rural Revitalization"),
    ("auto", "2021年16市重点任务公开承诺事项", "2021年16市重点任务公开承诺事项"),
])
def test_english(kind, chinese, english):
    assert lang.english(kind, chinese) == english


def test_to_english_renders_only_the_columns_that_hold_names():
    r = QueryResult(["leader", "region", "titles", "task", "leadDepartments", "documentKey"],
                    [["赵豪志", "山东省/青岛市", ["代市长", "市长"], "市长", ["市财政局"], "abc"]])
    e = lang.to_english(r)
    assert e.rows == [["Zhao Haozhi", "Shandong Province/Qingdao City", ["Acting Mayor", "Mayor"], "市长",
                       ["Municipal Finance Bureau"], "abc"]]
    assert e.columns == r.columns
    assert lang.to_english(r, {"task": "title"}).rows[0][3] == "Mayor"


# Through the CLI: --limit, --evidence, --lang en
@pytest.fixture(scope="module")
def cli(tmp_path_factory):
    db = tmp_path_factory.mktemp("render") / "kg.lbdb"
    store = EmbeddedStore(str(db))
    assert not load([COMMITMENTS, SEEDS / "liaocheng-2021-work-report-task-division.txt"], store).failed
    store.close()
    return runner_for(db)


def test_limit(cli):
    whole = json.loads(cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json"]).stdout)
    result = cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json", "--limit", "3"])
    cut = json.loads(result.stdout)
    # Every section is cut, each says how many rows it had, and stderr says what was cut.
    assert [s["section"] for s in cut] == [s["section"] for s in whole] == ["leader", "appearances", "partners"]
    for w, c in zip(whole, cut):
        assert c["rows"] == w["rows"][:3] and c["total"] == w["total"] == len(w["rows"])
    assert "showing 3 of 11 rows of leader 郑德雁 (--limit 3)" in result.stderr
    partners = len(whole[2]["rows"])
    assert partners > 3 and f"showing 3 of {partners} rows of partners of 郑德雁 (--limit 3)" in result.stderr
    table = cli.invoke(app, ["query", "leader", "郑德雁", "--limit", "2"])
    assert table.exit_code == 0 and table.stdout.count("12月底") == 2
    assert "leader 郑德雁 (2 of 11 rows)" in table.stdout and f"partners of 郑德雁 (2 of {partners} rows)" in table.stdout


def test_every_section_in_every_format(cli):
    sections = json.loads(cli.invoke(app, ["query", "leader", "郑德雁", "-f", "json"]).stdout)
    assert [(s["section"], s["title"]) for s in sections] == [
        ("leader", "leader 郑德雁"), ("appearances", "appearances of 郑德雁"), ("partners", "partners of 郑德雁")]
    assert all(s["rows"] and len(s["rows"]) == s["total"] for s in sections)
    got = cli.invoke(app, ["query", "leader", "郑德雁", "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(got.stdout)))
    assert list(rows[0])[0] == "section"
    assert [sum(r["section"] == s["section"] for r in rows) for s in sections] == [s["total"] for s in sections]
    partner = next(r for r in rows if r["section"] == "partners")
    assert partner["partner"] and partner["leader"] == ""      # a column another section has is empty
    # A template of one section is one list of rows, as before.
    single = json.loads(cli.invoke(app, ["query", "partners", "郑德雁", "-f", "json"]).stdout)
    assert single and "partner" in single[0]


def test_partners_shows_shared_tasks_readably(cli):
    rows = json.loads(cli.invoke(app, ["query", "partners", "郑德雁", "-f", "json"]).stdout)
    wang = next(r for r in rows if r["partner"] == "王京文")
    assert len(wang["tasks"]) == len(wang["taskKeys"]) == wang["sharedTasks"]
    for task, key in zip(wang["tasks"], wang["taskKeys"]):
        seq, _, text = task.partition(". ")
        assert key.endswith(seq) and task.endswith(f" [{key}]") and len(text) > len(key)
    seqs = [int(t.partition(".")[0]) for t in wang["tasks"]]
    assert seqs == sorted(seqs), "in their numbers' order: 3 before 10"


def test_evidence_in_tables(cli):
    plain = cli.invoke(app, ["query", "leader", "郑德雁"])
    shown = cli.invoke(app, ["query", "leader", "郑德雁", "--evidence"])
    assert plain.exit_code == shown.exit_code == 0
    assert "  evidence" not in plain.stdout and "  evidence" in shown.stdout
    assert "…" not in shown.stdout
    dept = cli.invoke(app, ["query", "department", "市财政局", "--region", "聊城市", "--evidence", "--limit", "1"])
    assert "  evidence" in dept.stdout


def test_lang_en_query(cli):
    rows = rows_json(cli.invoke(app, ["query", "leader", "Zheng Deyan", "--lang", "en", "-f", "json"]))
    assert len(rows) == 11
    assert {r["leader"] for r in rows} == {"Zheng Deyan"}
    assert {r["region"] for r in rows} == {"Shandong Province/Jinan City"}
    assert {"Sun Licheng", "Sun Shutao"} <= {n for r in rows for n in r["coLeaders"]}
    assert rows[0]["task"].startswith("深入贯彻落实"), "task texts stay as written"
    rows = rows_json(cli.invoke(app, ["query", "department", "市发改委", "--region", "聊城市", "--lang", "en", "-f", "json"]))
    assert {r["department"] for r in rows} == {"Municipal Development and Reform Commission"}
    assert {r["region"] for r in rows} == {"Shandong Province/Liaocheng City"}
    table = cli.invoke(app, ["query", "leader", "Zheng Deyan", "--lang", "en"])
    assert table.exit_code == 0
    assert table.stdout.startswith("leader Zheng Deyan (郑德雁)")
    assert "partners of Zheng Deyan" in table.stdout and "Wang Jingwen" in table.stdout
    assert "taking 郑德雁 for Zheng Deyan" in table.stderr


def test_nodes_show_their_label_and_key_properties_and_json_every_property():
    node = {"_ID": {"offset": 1}, "_LABEL": "Leader", "key": "山东省/济南市/郑德雁", "name": "郑德雁",
            "region": "山东省/济南市", "aliases": ["郑德雁"], "titles": None}
    rel = {"_ID": "r1", "_LABEL": "SERVES_IN", "_SRC": "a", "_DST": "b", "title": "副市长", "evidence": ["…"]}
    r = render.plain_result(QueryResult(["n", "r"], [[node, rel]]))
    out = printed(r, 200)
    assert '(:Leader {name: "郑德雁", key: "山东省/济南市/郑德雁"})' in out and '[:SERVES_IN {title: "副市长"}]' in out
    assert "region" not in out and "evidence" not in out
    assert json.loads(render.to_json(r)) == [{"n": {"key": "山东省/济南市/郑德雁", "name": "郑德雁", "region": "山东省/济南市",
                                                    "aliases": ["郑德雁"]},
                                              "r": {"title": "副市长", "evidence": ["…"]}}]


def test_cypher_shows_nodes_as_cypher_shell_does(cli):
    table = cli.invoke(app, ["cypher", "MATCH (l:Leader {name: '郑德雁'})-[r:SERVES_IN]->(g) RETURN l, r, g"])
    assert table.exit_code == 0, table.output
    assert '(:Leader {name: "郑德雁", key: "山东省/济南市/郑德雁"})' in table.stdout
    assert "[:SERVES_IN" in table.stdout and '(:Region {name: "济南市"' in table.stdout


# The pager (kg/paging.py)
def test_pager_is_chosen_as_git_does(monkeypatch):
    from kg import paging
    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.setenv("KG_PAGER", "most -s")
    assert paging.pager_command() == ["most", "-s"]
    monkeypatch.setenv("KG_PAGER", "cat")
    assert paging.pager_command() == []
    monkeypatch.setenv("KG_PAGER", "")
    assert paging.pager_command() == []
    monkeypatch.delenv("KG_PAGER")
    monkeypatch.setenv("PAGER", "more")
    assert paging.pager_command() == ["more"]


def test_long_text_goes_through_the_pager_short_text_straight_out(monkeypatch, tmp_path):
    from kg import paging
    got = tmp_path / "paged.txt"
    monkeypatch.setenv("KG_PAGER", f"sh -c 'cat > {got}'")
    screen = Console(file=io.StringIO(), width=80, height=10, color_system=None, force_terminal=False)
    paging.page("short\n", screen)
    assert screen.file.getvalue() == "short\n" and not got.exists()
    long = "".join(f"line {i}\n" for i in range(50))
    paging.page(long, screen)
    assert got.read_text() == long and screen.file.getvalue() == "short\n"


def test_no_pager_when_stdout_is_not_a_terminal(cli, monkeypatch, tmp_path):
    got = tmp_path / "paged.txt"
    monkeypatch.setenv("KG_PAGER", f"sh -c 'cat > {got}'")
    res = cli.invoke(app, ["query", "stats"])
    assert res.exit_code == 0 and "stats" in res.stdout and not got.exists()
