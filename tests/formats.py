"""One small responsibility plan written in every format kg reads, made by the tests themselves.

The plan: a notice (issuer, number, date), then a table of 40 tasks under two section
rows, whose 牵头领导 and 牵头单位 cells are merged over pairs of rows. Word, PDF and HTML
carry the merges as merges; plain text leaves the merged cells empty, as a copy out of
Word does. The PDF's table runs over a page break, its header repeated on the new page.
"""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from graph.model import Extraction

HEAD = [
    "聊城市人民政府文件",
    "聊政发〔2021〕1号",
    "聊城市人民政府关于印发2021年重点工作任务分工方案的通知",
    "各县（市、区）人民政府，市政府各部门：",
    "现将《2021年重点工作任务分工方案》印发给你们，请认真贯彻执行。",
    "聊城市人民政府",
    "2021年2月10日",
    "2021年重点工作任务分工方案",
]
HEADER = ["序号", "重点任务", "牵头领导", "牵头单位", "配合单位", "完成时限"]
TASKS = 40
SECTIONS = {1: "一、扩大有效需求", 17: "二、深化改革开放"}
LEADERS = ["陈秀兴", "张 阳", "李明华"]                       # 张 阳: a two-character name padded to three
UNITS = ["市发展改革委", "市财政局", "市工业和信息化局"]


def task_row(i: int) -> list[str]:
    pair = (i - 1) // 2
    support = "市大数据局、市审计局" if i % 3 == 0 else ""
    deadline = "2021年12月底" if i % 2 else "三季度末"
    return [str(i), f"推进第{i}项重点工作落实见效", LEADERS[pair % 3], UNITS[pair % 3], support, deadline]


def rows() -> list[tuple[str, list[str]]]:
    """("section", [text]) and ("task", cells) in table order."""
    out: list[tuple[str, list[str]]] = []
    for i in range(1, TASKS + 1):
        if i in SECTIONS:
            out.append(("section", [SECTIONS[i]]))
        out.append(("task", task_row(i)))
    return out


def merged(i: int, col: int) -> bool:
    """Whether task i's cell in column col continues the merged cell above it."""
    return col in (2, 3) and i % 2 == 0


def text(merges_empty: bool = True) -> str:
    lines = list(HEAD) + ["\t".join(HEADER)]
    for kind, cells in rows():
        if kind == "section":
            lines.append(cells[0])
        else:
            i = int(cells[0])
            lines.append("\t".join("" if merges_empty and merged(i, c) else v for c, v in enumerate(cells)))
    lines.append("抄送：市委各部门。")
    return "\n".join(lines) + "\n"


def docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    table_rows = rows()
    t = d.add_table(rows=len(table_rows) + 1, cols=len(HEADER))
    t.style = "Table Grid"
    for c, v in enumerate(HEADER):
        t.cell(0, c).text = v
    for r, (kind, cells) in enumerate(table_rows, 1):
        if kind == "section":
            t.cell(r, 0).merge(t.cell(r, len(HEADER) - 1)).text = cells[0]
            continue
        i = int(cells[0])
        for c, v in enumerate(cells):
            if not merged(i, c):
                t.cell(r, c).text = v
        for c in (2, 3):
            if merged(i, c):
                t.cell(r - 1, c).merge(t.cell(r, c))
    d.add_paragraph("抄送：市委各部门。")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pdf_bytes() -> bytes:
    """The plan as a PDF: Adobe's built-in Chinese font (no font file needed), ruled table,
    page numbers at the foot, the header row repeated on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")

    def page_number(canvas, doc) -> None:
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, 20, f"- {doc.page} -")

    data = [HEADER]
    spans = []
    for kind, cells in rows():
        r = len(data)
        if kind == "section":
            data.append([cells[0]] + [""] * (len(HEADER) - 1))
            spans.append(("SPAN", (0, r), (-1, r)))
            continue
        i = int(cells[0])
        data.append(["" if merged(i, c) else v for c, v in enumerate(cells)])
        for c in (2, 3):
            if merged(i, c):
                spans.append(("SPAN", (c, r - 1), (c, r)))
    table = Table(data, repeatRows=1, style=TableStyle(
        [("FONT", (0, 0), (-1, -1), "STSong-Light", 10), ("GRID", (0, 0), (-1, -1), 0.5, "black")] + spans))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(
        [Paragraph(line, style) for line in HEAD] + [table, Paragraph("抄送：市委各部门。", style)],
        onFirstPage=page_number, onLaterPages=page_number)
    return out.getvalue()


PORTAL_TOP = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_聊城市人民政府</title>
<script>var tracker = "不应读到的脚本文字";</script><style>.x {{ color: red }}</style></head>
<body>
<div class="top-nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府文件</div>
<table class="xxgk-table">
<tr><td>索 引 号：</td><td>113715000043580000/2021-00012</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>聊城市人民政府</td><td>成文日期：</td><td>2021年02月10日</td></tr>
<tr><td>文　　号：</td><td>聊政发〔2021〕1号</td><td>发布日期：</td><td>2021-02-11</td></tr>
</table>
<div class="article">
<div class="tools">字号：【<a>大</a> <a>中</a> <a>小</a>】 <a href="javascript:print()">打印</a> <a>关闭</a></div>
"""
PORTAL_BOTTOM = """</div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="footer">主办：聊城市人民政府办公室　网站标识码：3715000001　鲁ICP备05000000号</div>
</body></html>
"""


def html(charset: str = "gb2312", merges: bool = True) -> str:
    """The plan as a portal page; `merges` False writes every cell out (no rowspan)."""
    body = [f"<p>　　{line}</p>" if k > 2 else f"<h1>{line}</h1>" if k == 2 else f"<p>{line}</p>" for k, line in enumerate(HEAD)]
    body.append('<table border="1">')
    body.append("<tr>" + "".join(f"<th>{v}</th>" for v in HEADER) + "</tr>")
    for kind, cells in rows():
        if kind == "section":
            body.append(f'<tr><td colspan="{len(HEADER)}">{cells[0]}</td></tr>')
            continue
        i = int(cells[0])
        tds = []
        for c, v in enumerate(cells):
            if merges and merged(i, c):
                continue
            span = ' rowspan="2"' if merges and c in (2, 3) and i % 2 else ""
            tds.append(f"<td{span}>{v}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    body.append("</table>")
    body.append("<p>抄送：市委各部门。</p>")
    return PORTAL_TOP.format(charset=charset, title=HEAD[2]) + "\n".join(body) + "\n" + PORTAL_BOTTOM


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_bytes(tmp: Path) -> bytes:
    """The plan as a legacy .doc, written through LibreOffice (docx → odt → doc: its direct
    docx → doc export drops python-docx's tables)."""
    src = tmp / "plan.docx"
    src.write_bytes(docx_bytes())
    profile = (tmp / "lo-profile").as_uri()
    for target, name in (("odt", "plan.docx"), ("doc:MS Word 97", "plan.odt")):
        subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                        "--outdir", str(tmp), str(tmp / name)], capture_output=True, timeout=180, check=True)
    return (tmp / "plan.doc").read_bytes()


def facts(ex: Extraction) -> dict:
    """What a document says, its own key and the evidence aside: comparable across formats."""
    key = ex.document.key

    def k(s: str) -> str:
        return s.replace(key, "DOC")

    d = ex.document
    return {
        "document": (d.kind, d.title, d.issuer, d.number, d.date, d.region),
        "entities": sorted((e.label, k(e.key), e.name, repr(sorted((p, k(v) if isinstance(v, str) else v) for p, v in e.props.items())))
                           for e in ex.entities),
        "relations": sorted((r.type, r.source[0], k(r.source[1]), r.target[0], k(r.target[1]), repr(sorted(r.props.items())))
                            for r in ex.relations),
    }


def docx_of_lines(lines: list[str]) -> bytes:
    """A Word file holding each line as a paragraph."""
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def page_of_lines(lines: list[str], title: str) -> str:
    """A portal page holding each non-empty line as a <p>, among navigation and widgets
    (no header table: its metadata is the plan's)."""
    import re
    from html import escape

    body = "".join(f"<p>{escape(line)}</p>" for line in lines if line.strip())
    top = re.sub(r'<table class="xxgk-table">.*?</table>', "", PORTAL_TOP, flags=re.S)
    return top.format(charset="gbk", title=escape(title)) + body + "\n" + PORTAL_BOTTOM
