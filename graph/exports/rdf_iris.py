"""The IRIs of the RDF export (graph/exports/rdf.py, docs/rdf.md): nodes <base><label>/<key>, statements,
and excerpts <document IRI>#char=start,end (RFC 5147); keys percent-encoded as IRI path segments."""
from __future__ import annotations

import os
import re
from functools import lru_cache

from rdflib import URIRef

from .. import schema
from ..errors import ExportError

DEFAULT_BASE = "https://kg.example/id/"
BASE_ENV = "KG_RDF_BASE"


# Characters an IRI path segment may hold as they are (RFC 3987 ipchar, less "%"); the
# rest is percent-encoded as UTF-8. "/" is kept in node keys (they are paths) and
# encoded where a key is one segment of a longer IRI (statements).
_ASCII_KEEP = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")
_UCS_RANGES = ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF), *((p << 16, (p << 16) + 0xFFFD) for p in range(1, 15)))


def _keep(ch: str) -> bool:
    if ch in _ASCII_KEEP:
        return True
    o = ord(ch)
    return o >= 0xA0 and any(lo <= o <= hi for lo, hi in _UCS_RANGES)


def encode_segment(text: str) -> str:
    """One IRI path segment holding `text` exactly: what an IRI can't hold percent-encoded,
    "/" too, and "." / ".." spelled %2E so no IRI resolution drops them."""
    out = "".join(ch if _keep(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")) for ch in text)
    return out.replace(".", "%2E") if out in (".", "..") else out


def encode_path(key: str) -> str:
    """A key as an IRI path: its "/"-separated parts kept as segments."""
    return "/".join(encode_segment(part) for part in key.split("/"))


def label_segment(label: str) -> str:
    return label.lower()


def check_base(base: str) -> str:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`#]*[/:]", base):
        raise ExportError(f"bad RDF base IRI {base!r}: give an absolute IRI ending in '/' or ':' "
                             f"(e.g. {DEFAULT_BASE}, urn:example:kg:), without '#' or spaces")
    return base


def default_base() -> str:
    return check_base(os.environ.get(BASE_ENV) or DEFAULT_BASE)


def node_iri(base: str, label: str, key: str) -> URIRef:
    """<base><label>/<key>: https://kg.example/id/leader/山东省/济南市/郑德雁."""
    return _node_iri(base, label, key)


@lru_cache(maxsize=65536)
def _node_iri(base: str, label: str, key: str) -> URIRef:
    return URIRef(f"{base}{label_segment(label)}/{encode_path(key)}")


def statement_iri(base: str, rel_type: str, source: str, target: str, identity: tuple) -> URIRef:
    """<base>statement/<TYPE>/<source key>/<target key>[/<identity, e.g. role>], keys as one segment each."""
    parts = [rel_type, source, target, *(str(v) for v in identity)]
    return URIRef(f"{base}statement/" + "/".join(encode_segment(p) for p in parts))


def excerpt_iri(base: str, span: str) -> URIRef:
    """<document IRI>#char=start,end (RFC 5147); a span kg cannot parse: <base>excerpt/<span>."""
    parsed = parse_span(span)
    if parsed is None:
        return URIRef(f"{base}excerpt/{encode_segment(span)}")
    doc, start, end = parsed
    return URIRef(f"{node_iri(base, schema.DOCUMENT, doc)}#char={start},{end}")


def parse_span(span: str) -> tuple[str, int, int] | None:
    """(document key, start, end) of an evidence span kg wrote, or None for one it cannot read."""
    try:
        doc, start, end = schema.parse_span_ref(span)
    except ValueError:
        return None
    return (doc, start, end) if doc and start >= 0 and end >= 0 and schema.span_ref(doc, start, end) == span else None
