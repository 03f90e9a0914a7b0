"""Tables whose cells run together on one line (a document-sharing site's text extract of a Word table): the header's
labels after 序号 tell the cells apart; each rule on a small example written for it (loaders/reading/run_together.py)."""
from __future__ import annotations

from loaders.reading import run_together
from loaders.reading.model import from_text

from tests.test_flattened_tables_merged import task_facts
from tests.test_layouts_written import read

# Two rows, the second with a further task under its number (its own leader and units) and sentences with no names of
# their own (merged with those above); the header repeated over a new page; the site's page number inside a unit's
# name; a last row cut by the end of the text before its names.
JOINED = ("2022年民生实事项目责任分解表\n"
          "1、2022年民生实事项目责任分解表序号项目名称主要内容分管领导牵头单位配合单位1扩大学位供给新建中小学校3所，"
          "新增学位2000个。王建国教育局开发区各街道城投公司2改善居住条件完成老旧小区改造12个。王建国住建局"
          "开发区管委会(科技园\n2、)各街道推进背街小巷整治30条。李晓城管局东城街道西城街道新增公共停车泊位800个。"
          "序号项目名称主要内容分管领导牵头单位配合单位3提升养老服务新建社区养老服务站5个，为困难老人提供上")


def test_the_header_tells_the_cells_apart():
    t = run_together.tables(JOINED)[0]
    rows = [[c.text for c in r.cells if c.text] for r in t.rows]
    assert rows[0][:6] == ["序号", "项目名称", "主要内容", "分管领导", "牵头单位", "配合单位"]
    assert rows[1] == ["1", "扩大学位供给新建中小学校3所，新增学位2000个。", "王建国", "教育局", "开发区", "各街道", "城投公司"]
    assert rows[2][2:] == ["王建国", "住建局", "开发区管委会(科技园", "各街道"]      # (the page's number cuts the name)
    assert rows[3] == ["推进背街小巷整治30条。", "李晓", "城管局", "东城街道", "西城街道"]
    assert rows[4] == ["新增公共停车泊位800个。", "李晓", "城管局", "东城街道", "西城街道"]   # (merged: the names above)
    assert len(t.rows) == 5         # (row 3 is cut before its names: left out)


def test_the_table_stands_in_the_layout_between_its_paragraphs():
    layout = from_text(JOINED)
    assert len(layout.tables) == 1 and layout.tables[0].rows[1].cells[0].text == "1"


def test_its_rows_give_each_task_its_leader_and_units():
    facts = task_facts(read(JOINED)[1])
    assert ("推进背街小巷整治30条。", "李晓", "responsible") in facts
    assert ("推进背街小巷整治30条。", "城管局", "lead") in facts
    assert ("新增公共停车泊位800个。", "西城街道", "support") in facts
    assert ("扩大学位供给新建中小学校3所，新增学位2000个。", "城投公司", "support") in facts
    assert not any("养老" in t for t, _, _ in facts)


def test_labels_each_a_line_are_no_run_together_header():
    assert run_together.tables("序号\n项目名称\n牵头单位\n配合单位\n1\n新建学校。\n教育局\n") == []
