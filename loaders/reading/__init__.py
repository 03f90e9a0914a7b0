"""Reading layer: a file's bytes → the document model (loaders/reading/model.py), whatever its format.

The format is told from the bytes, never the file name (`sniff`). Each format's reader
lives in its own module and imports its library only when a file of that format is
read, so loading plain text costs nothing more than it did.
"""
from __future__ import annotations

import io
import re
import zipfile

from graph.errors import ReadError
from loaders.reading.model import Layout

TEXT, HTML, DOCX, PDF, DOC, OFD = "text", "html", "docx", "pdf", "doc", "ofd"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table)[\s>/]", re.I)


def sniff(data: bytes) -> str:
    """The format of a file, from its first bytes (and, for zip files, the names inside)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(_OLE):
        return DOC if "WordDocument".encode("utf-16-le") in data[:1 << 20] or b"WordDocument" in data[:1 << 20] else "ole"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "word/document.xml" in names:
            return DOCX
        if "OFD.xml" in names:
            return OFD
        return "zip"
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):   # UTF-16 with its BOM: look at its characters
        sample = sample[:4096 // 2 * 2].decode("utf-16", errors="ignore").encode("utf-8")
    start = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start[:1] == b"<" and _HTML_TAG.search(sample):
        return HTML
    return TEXT


_NOT_DOCUMENTS = {
    "ole": "an Office file that is not a Word document (a spreadsheet or a presentation?)",
    "zip": "a zip archive that is neither a Word (.docx) nor an OFD file",
}


def read(data: bytes, fmt: str) -> Layout:
    """The document model of a file of a known non-text format; ReadError when it cannot be read."""
    if fmt == HTML:
        from loaders.reading import html
        return html.read(data)
    if fmt == DOCX:
        from loaders.reading import docx
        return docx.read(data)
    if fmt == PDF:
        from loaders.reading import pdf
        return pdf.read(data)
    if fmt == DOC:
        from loaders.reading import doc
        return doc.read(data)
    if fmt == OFD:
        raise ReadError("an OFD file: kg cannot read OFD yet; open it in an OFD reader (e.g. 数科OFD阅读器) and save it as PDF or text")
    raise ReadError(_NOT_DOCUMENTS.get(fmt, f"a {fmt} file, which kg does not read"))
