"""The reading layer: each format told from its bytes and read into the document model
(text, paragraphs, tables with rows and cells, pages), and one clear line for what kg cannot read."""
from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from graph.errors import ReadError
from kg.pipeline import extract_file
from loaders.reading import DOC, DOCX, HTML, OFD, PDF, TEXT, read, sniff
from loaders.reading.model import from_text
from loaders.reading.source import from_bytes
from tests import formats


@pytest.fixture(scope="module")
def pdf_layout():
    return read(formats.pdf_bytes(), PDF)


@pytest.fixture(scope="module")
def docx_layout():
    return read(formats.docx_bytes(), DOCX)


def _ofd() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("OFD.xml", "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>")
    return out.getvalue()


def test_the_format_is_told_from_the_bytes():
    assert sniff(formats.text().encode("utf-8")) == TEXT
    assert sniff(formats.text().encode("gbk")) == TEXT
    assert sniff(formats.html().encode("gbk")) == HTML
    assert sniff(b"\xef\xbb\xbf  \n" + formats.html(charset="utf-8").encode("utf-8")) == HTML
    assert sniff(formats.html(charset="utf-16").encode("utf-16")) == HTML
    assert sniff(formats.docx_bytes()) == DOCX
    assert sniff(formats.pdf_bytes()) == PDF
    assert sniff(_ofd()) == OFD
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "WordDocument".encode("utf-16-le")) == DOC
    # Text that merely starts with "<" is still text.
    assert sniff("<2021年>重点工作\n牵头单位：市财政局\n".encode("utf-8")) == TEXT


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(formats.pdf_bytes())
    doc = from_bytes(path.read_bytes(), str(path))
    assert doc.encoding == "pdf" and doc.layout is not None and "推进第1项重点工作落实见效" in doc.raw


def test_html_keeps_the_main_text_and_tables_and_leaves_the_portal_out():
    layout = read(formats.html().encode("gbk"), HTML)
    assert layout.text.splitlines()[0] == "聊城市人民政府文件"
    for furniture in ("首页", "当前位置", "字号", "打印", "关闭", "分享到", "网站标识码", "不应读到", "color", "索引号", "主题分类"):
        assert furniture not in layout.text, furniture
    assert layout.meta.issuer == "聊城市人民政府" and layout.meta.number == "聊政发〔2021〕1号"
    assert layout.meta.date == "2021-02-10"
    assert [c for c, _ in layout.notes] == ["read.page-furniture"]
    (table,) = layout.tables
    assert table.rows[0].texts == formats.HEADER
    assert table.rows[1].texts == ["一、扩大有效需求"]   # one cell across the table is written once, as in text
    second = table.rows[3]   # task 2: its leader and lead unit continue task 1's merged cells
    assert second.texts[:4] == ["2", "推进第2项重点工作落实见效", "陈秀兴", "市发展改革委"]
    assert [c.merged for c in second.cells] == [False, False, True, True, False, False]
    # Offsets: every cell is where the text says it is.
    assert all(layout.text[c.start:c.end] == c.text for r in table.rows for c in r.cells)


def test_html_charset_declared_is_checked_against_the_bytes():
    page = formats.html(charset="utf-8").encode("gbk")      # declares UTF-8, is GBK
    layout = read(page, HTML)
    assert "推进第1项重点工作落实见效" in layout.text
    assert ("read.charset", "page declares utf-8 but its bytes are not; read as gb18030") in layout.notes
    honest = read(formats.html(charset="gbk").encode("gbk"), HTML)
    assert not [n for n in honest.notes if n[0] == "read.charset"]
    liar = read(formats.html(charset="gb2312").encode("utf-8"), HTML)   # declares GB2312, is UTF-8
    assert "推进第1项重点工作落实见效" in liar.text and liar.notes[0][0] == "read.charset"


def test_docx_paragraphs_and_tables_in_order_with_merged_cells_resolved(docx_layout):
    lines = docx_layout.text.splitlines()
    assert lines[: len(formats.HEAD)] == formats.HEAD and lines[-1] == "抄送：市委各部门。"
    (table,) = docx_layout.tables
    assert len(table.rows) == 1 + formats.TASKS + len(formats.SECTIONS)
    second = table.rows[3]
    assert second.texts[2:4] == ["陈秀兴", "市发展改革委"] and second.cells[2].merged and second.cells[3].merged
    assert not table.rows[2].cells[2].merged
    assert [type(b).__name__ for b in docx_layout.blocks].count("Table") == 1
    assert docx_layout.blocks.index(table) == len(formats.HEAD)


def test_pdf_table_over_a_page_break_is_one_table_with_pages(pdf_layout):
    assert len(pdf_layout.pages) >= 2
    (table,) = pdf_layout.tables
    rows = table.rows
    assert len(rows) == 1 + formats.TASKS + len(formats.SECTIONS)   # the header repeated on page 2 is dropped
    assert rows[0].texts == formats.HEADER
    assert [r.texts[0] for r in rows if r.texts[0].isdigit()] == [str(i) for i in range(1, formats.TASKS + 1)]
    assert rows[1].page == 1 and rows[-1].page == 2
    assert pdf_layout.locate(rows[-1].cells[1].start) .page == 2
    assert pdf_layout.locate(rows[-1].cells[1].start).row == len(rows)
    # Merged cells (SPAN in the PDF) carry their text into the rows they cover.
    assert rows[-1].texts[2] == formats.task_row(formats.TASKS)[2] and rows[-1].cells[2].merged
    # Page numbers are page furniture, not text.
    assert "- 1 -" not in pdf_layout.text and "- 2 -" not in pdf_layout.text


def test_pdf_wrapped_lines_are_one_paragraph():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4)
    c.setFont("STSong-Light", 12)
    lines = ["各县（市、区）人民政府，市政府各部门：现将方案印发给", "你们，请认真贯彻执行。", "　　第二段另起一行。"]
    c.drawString(72, 700, lines[0])
    c.drawString(72, 684, lines[1])
    c.drawString(72, 668, lines[2])
    c.save()
    layout = read(out.getvalue(), PDF)
    assert [p.text for p in layout.paragraphs] == [lines[0] + lines[1], "第二段另起一行。"]


def test_scanned_pdf_says_so_in_one_line():
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    c = Canvas(out)
    c.rect(50, 50, 400, 600, fill=1)   # an image-like page: no text layer
    c.showPage()
    c.save()
    with pytest.raises(ReadError) as e:
        read(out.getvalue(), PDF)
    assert "scanned PDF" in str(e.value) and "OCR" in str(e.value) and "\n" not in str(e.value)


def test_formats_kg_cannot_read_get_one_clear_line(monkeypatch):
    with pytest.raises(ReadError, match="OFD"):
        read(_ofd(), OFD)
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(ReadError, match="LibreOffice, which is not installed"):
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, DOC)
    with pytest.raises(ReadError, match="cannot be opened"):
        read(b"%PDF-1.4\n garbage", PDF)


def test_doc_is_read_through_libreoffice(soffice, tmp_path):
    layout = read(formats.doc_bytes(tmp_path), DOC)
    assert layout.format == "doc"
    (table,) = layout.tables
    assert table.rows[0].texts == formats.HEADER and table.rows[3].texts[2] == "陈秀兴"


def test_plain_text_tables_with_tabs_or_bars():
    raw = "标题\n| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 甲任务 | 市财政局 |\n一、第二部分\n| 2 | 乙任务 | 市审计局 |\n结尾一句。\n"
    layout = from_text(raw)
    (table,) = layout.tables
    assert [r.texts for r in table.rows] == [["序号", "重点任务", "牵头单位"], ["1", "甲任务", "市财政局"],
                                              ["一、第二部分"], ["2", "乙任务", "市审计局"]]
    assert all(raw[c.start:c.end] == c.text for r in table.rows for c in r.cells)
    assert [p.text for p in layout.paragraphs] == ["标题", "结尾一句。"]
    assert layout.locate(raw.index("市审计局")).cell == 3 and layout.locate(raw.index("市审计局")).row == 4


def test_format_libraries_are_imported_only_when_a_file_of_their_format_is_read():
    code = ("import sys, kg.cli, kg.pipeline, loaders.registry, loaders.reading.source; loaders.registry.loaders(); "
            "from pathlib import Path; from kg.pipeline import extract_file; extract_file(Path('seeds/liaocheng-2021-work-report-task-division.txt')); "
            "print(sorted(m for m in ('docx', 'pdfplumber', 'pdfminer', 'selectolax') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=__file__.rsplit("/tests/", 1)[0])
    assert out.stdout.strip() == "[]"


def test_pdf_row_cut_by_a_page_break_is_joined():
    from loaders.reading.pdf import _join_tables

    def cells(*texts):
        return [(t, False) for t in texts]

    header = cells("序号", "重点任务", "牵头单位")
    page1 = ("t", [header, cells("1", "甲任务", "市财政局"), cells("2", "乙任务前半", "市审计局")], [1, 1, 1])
    page2 = ("t", [header, cells("", "后半", ""), cells("3", "丙任务", "市统计局")], [2, 2, 2])
    other = ("t", [cells("a", "b")], [3])          # other columns: another table
    joined = _join_tables([("p", "标题", 1), page1, page2, other])
    assert [item[0] for item in joined] == ["p", "t", "t"]
    rows, pages = joined[1][1], joined[1][2]
    assert [[t for t, _ in r] for r in rows] == [["序号", "重点任务", "牵头单位"], ["1", "甲任务", "市财政局"],
                                                 ["2", "乙任务前半\n后半", "市审计局"], ["3", "丙任务", "市统计局"]]
    assert pages == [1, 1, 1, 2]


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("seed", ["liaocheng-2021-work-report-task-division.txt", "qingdao-2021-offensives-hearing-news.txt"])
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_seed_as_a_word_file_or_a_web_page_says_what_its_text_says(tmp_path, seed, fmt):
    """The loaders written for text read the model's text unchanged: the seed plan and news
    item, written as paragraphs of a Word file or a portal page, give the text's facts."""
    lines = (SEEDS / seed).read_text(encoding="utf-8").splitlines()
    data = formats.docx_of_lines(lines) if fmt == "docx" else formats.page_of_lines(lines, lines[0]).encode("gbk")
    path = tmp_path / f"download.{fmt}"
    path.write_bytes(data)
    (base, _), = extract_file(SEEDS / seed)
    (ex, outcome), = extract_file(path)
    assert outcome.encoding == fmt and ex.document.key == base.document.key   # one text, one document
    assert formats.facts(ex) == formats.facts(base)


GOV_CN_LIKE = """<html><head><meta charset="utf-8"><title>国务院关于推行某项监管的意见_政府信息公开专栏</title></head>
<body><form id="form1">
<table width="1000"><tr><td><a href="/">首页</a> | <a href="/zhengce">政策</a> | <a>简</a> | <a>繁</a></td></tr></table>
<table width="1000"><tr><td class="bd1">
<table class="bd1"><tbody>
<tr><td><b>索  引  号：</b></td><td>000014349/2019-00007</td><td><b>主题分类：</b></td><td>市场监管</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2019年01月27日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">国务院关于推行某项监管的意见</td></tr>
<tr><td><b>发文字号：</b></td><td>国发〔2019〕5号</td><td><b>发布日期：</b></td><td>2019年02月15日</td></tr>
</tbody></table>
<table width="100%"><tr><td class="b12c" id="UCAP-CONTENT">
<p style="text-align:center">国务院关于推行<br>某项监管的意见</p>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>　　推行这项监管，是党中央、国务院作出的重大决策部署，是监管理念和方式的重大创新。</p>
<p>　　一、总体要求</p>
<p style="text-align:right">国务院</p><p style="text-align:right">2019年1月27日</p>
</td></tr></table>
<div class="editor">【我要纠错】 责任编辑：王洋</div>
</td></tr></table>
<div class="footer"><a>联系我们</a> 版权所有：中国政府网</div>
</form></body></html>"""


def test_a_page_laid_out_with_tables_in_a_form():
    """The content in a cell of layout tables, the whole page in an ASP.NET <form>, the
    header table nested beside it: the paragraphs are read, the metadata taken, the rest left out."""
    layout = read(GOV_CN_LIKE.encode("utf-8"), HTML)
    assert layout.text.splitlines() == [
        "国务院关于推行", "某项监管的意见", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "推行这项监管，是党中央、国务院作出的重大决策部署，是监管理念和方式的重大创新。", "一、总体要求", "国务院", "2019年1月27日"]
    assert layout.meta == layout.meta.__class__("国务院关于推行某项监管的意见", "国务院", "国发〔2019〕5号", "2019-01-27")
    assert not layout.tables


def test_a_page_that_is_mostly_a_word_table_keeps_the_table_whole():
    """Word-exported tables put a <p> in every cell; the content is the table's container, not a cell."""
    cells = lambda values: "<tr>" + "".join(f"<td><p><span>{v}</span></p></td>" for v in values) + "</tr>"  # noqa: E731
    page = ("<html><head><meta charset='utf-8'></head><body><div class='nav'><a>首页</a><a>政务公开</a></div>"
            "<div class='main'><div class='left'><p>推荐阅读</p></div><div id='zoom'><p>2021年重点任务清单</p><table>"
            + cells(formats.HEADER) + "".join(cells(formats.task_row(i)) for i in range(1, 11)) + "</table></div></div></body></html>")
    layout = read(page.encode("utf-8"), HTML)
    assert layout.text.splitlines()[0] == "2021年重点任务清单"
    (table,) = layout.tables
    assert [r.texts for r in table.rows] == [formats.HEADER] + [formats.task_row(i) for i in range(1, 11)]


def test_kg_load_takes_a_folder_as_downloaded_and_says_what_it_cannot_read(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from kg.cli import app
    from tests.test_cli import runner_for

    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(formats.docx_bytes())
    (folder / "page.html").write_bytes(formats.html().encode("gbk"))
    scan = io.BytesIO()
    c = Canvas(scan)
    c.rect(50, 50, 400, 600, fill=1)
    c.save()
    (folder / "scan.pdf").write_bytes(scan.getvalue())
    (folder / "letter.ofd").write_bytes(_ofd())
    cli = runner_for(tmp_path / "kg.lbdb")
    result = cli.invoke(app, ["load", str(folder)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("kg: error: ") and "letter.ofd: an OFD file" in errors[0]
    assert "scan.pdf: a scanned PDF" in errors[1]
    assert "2 of 4 documents read" in result.stdout and "division_plan" in result.stdout   # the kind each is stored as
    rows = cli.invoke(app, ["query", "leader", "陈秀兴", "-f", "json"])
    assert rows.exit_code == 0 and "推进第1项重点工作落实见效" in rows.stdout
