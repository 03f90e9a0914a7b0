"""Word files (.docx) → the document model: paragraphs and tables in document order, merged cells resolved.

Read with python-docx, imported only here. A merged cell (a vertical merge, or a cell
spanning columns) gives its text to every row and column it covers, marked merged,
so each row reads whole.
"""
from __future__ import annotations

import io

from graph.errors import ReadError
from loaders.reading.model import Writer


def read(data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise ReadError(f"a Word (.docx) file that cannot be opened: {e}") from e
    w = Writer("docx")
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            w.paragraph(Paragraph(child, document).text)
        elif tag == "tbl":
            w.table(_rows(Table(child, document)))
    if not w.blocks:
        raise ReadError("a Word (.docx) file with no text in it")
    return w.layout()


def _rows(table) -> list[list[tuple[str, bool]]]:
    """Each row's cells; python-docx gives a merged cell once per grid position it covers,
    the same XML element each time, which marks the repeats."""
    out: list[list[tuple[str, bool]]] = []
    above: list = []
    for row in table.rows:
        cells, seen = [], []
        for k, cell in enumerate(row.cells):
            tc = cell._tc
            merged = (seen and seen[-1] is tc) or (k < len(above) and above[k] is tc)
            cells.append((cell.text, bool(merged)))
            seen.append(tc)
        out.append(cells)
        above = seen
    return out
