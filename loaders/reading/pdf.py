"""PDF files → the document model: text in reading order, ruled tables as rows and cells, pages kept.

Read with pdfplumber (MIT), imported only here. On each page the tables are found
from their ruling lines; the text outside them is read line by line, top to bottom,
and wrapped lines are joined into paragraphs. A table that ends one page and goes on
at the top of the next (with the same columns) is one table; a repeated header row is
dropped, and a row cut by the page break is joined. Page numbers are left out. Every
paragraph and row keeps its page, so evidence can give it.
"""
from __future__ import annotations

import io
import re

from graph.errors import ReadError
from loaders.reading.text import _FIELD_START, _ITEM_START
from loaders.reading.model import Writer

_PAGE_NUMBER = re.compile(r"^[\s\-—–－]*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)[\s\-—–－]*$")
_SENTENCE_END = tuple("。！？；：…”）〕】")


def read(data: bytes):
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFSyntaxError, ValueError, TypeError) as e:
        raise ReadError(f"a PDF file that cannot be opened: {e}") from e
    except Exception as e:   # encrypted or damaged files raise pdfminer's own errors
        raise ReadError(f"a PDF file that cannot be opened ({type(e).__name__}: {e})") from e
    with pdf:
        items: list[tuple] = []
        chars = 0
        for number, page in enumerate(pdf.pages, 1):
            chars += len(page.chars)
            items.extend(_page_items(page, number))
    if not chars:
        raise ReadError("a scanned PDF: its pages are images with no text layer, and kg does not do OCR "
                        "(make it searchable first, e.g. with ocrmypdf)")
    w = Writer("pdf")
    for item in _join_tables(items):
        if item[0] == "p":
            w.paragraph(item[1], item[2])
        else:
            w.table(item[1], item[2])
    if not w.blocks:
        raise ReadError("a PDF file with no text in it")
    return w.layout()


def _page_items(page, number: int) -> list[tuple]:
    """("p", text, page) and ("t", rows, row pages, top) items of one page, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    lines = [ln for ln in page.filter(outside).extract_text_lines(keep_blank_chars=False)
             if ln["text"].strip() and not _PAGE_NUMBER.match(ln["text"])]
    placed: list[tuple[float, tuple]] = []
    for t in tables:
        rows = _resolve(t)
        if rows:
            placed.append((t.bbox[1], ("t", rows, [number] * len(rows))))
    for top, text in _paragraphs(lines):
        placed.append((top, ("p", text, number)))
    placed.sort(key=lambda p: p[0])
    return [item for _, item in placed]


def _paragraphs(lines: list[dict]) -> list[tuple[float, str]]:
    """Lines joined into paragraphs: a line that runs to the right margin goes on in the next
    one, unless that one is indented (a new paragraph) or starts a numbered item, a heading
    or a field (牵头单位：…), or the line ends a sentence."""
    if not lines:
        return []
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    out: list[tuple[float, str]] = []
    prev = None
    for ln in lines:
        text = ln["text"].strip()
        size = (ln["x1"] - ln["x0"]) / max(1, len(ln["text"]))
        if prev is not None:
            full = prev["x1"] >= right - 2 * size
            indented = ln["x0"] > left + size
            starts = _ITEM_START.match(text) or _FIELD_START.match(text)   # a numbered item, a heading, a field
            if full and not indented and not starts and not out[-1][1].endswith(_SENTENCE_END):
                out[-1] = (out[-1][0], out[-1][1] + "\n" + text)
                prev = ln
                continue
        out.append((ln["top"], text))
        prev = ln
    return out


def _resolve(table) -> list[list[tuple[str, bool]]]:
    """The table's rows, a merged cell's text in every position it covers (marked merged).
    pdfplumber gives None where no cell starts; the cell that covers that position (the
    one above for a merge down, to the left for a merge across) is found from the cells' boxes."""
    texts = table.extract()
    origin: dict[tuple, tuple[int, int]] = {}
    for r, row in enumerate(table.rows):
        for c, box in enumerate(row.cells):
            if box is not None:
                origin[box] = (r, c)
    lefts = sorted({box[0] for box in origin})
    out: list[list[tuple[str, bool]]] = []
    for r, row in enumerate(texts):
        cells: list[tuple[str, bool]] = []
        for c, v in enumerate(row):
            if v is not None:
                cells.append((v, False))
                continue
            x, y = (lefts[c] if c < len(lefts) else 0) + 0.5, table.rows[r].bbox[1] + 0.5
            cover = next((rc for box, rc in origin.items() if box[0] <= x < box[2] and box[1] <= y < box[3]), None)
            cells.append((texts[cover[0]][cover[1]] or "", True) if cover else ("", False))
        if any(t.strip() for t, _ in cells):
            out.append(cells)
    return out


def _join_tables(items: list[tuple]) -> list[tuple]:
    """A table at the top of a page that continues the table ending the page before."""
    out: list[tuple] = []
    for item in items:
        prev = out[-1] if out else None
        if (item[0] == "t" and prev is not None and prev[0] == "t" and item[2][0] == prev[2][-1] + 1
                and len(item[1][0]) == len(prev[1][0])):
            rows, pages = list(item[1]), list(item[2])
            if [t for t, _ in rows[0]] == [t for t, _ in prev[1][0]]:
                rows, pages = rows[1:], pages[1:]      # the header repeated on the new page
            if rows and not rows[0][0][0].strip() and prev[1][-1][0][0].strip():
                # a row cut by the page break: its first cell (the number) is on the page before
                last = prev[1][-1]
                prev[1][-1] = [(a + "\n" + b if b and not merged else a, m) for (a, m), (b, merged) in zip(last, rows[0])]
                rows, pages = rows[1:], pages[1:]
            prev[1].extend(rows)
            prev[2].extend(pages)
            continue
        out.append(item)
    return out
