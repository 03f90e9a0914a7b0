"""The `html` format: one self-contained page to explore a graph (or a selection) offline.

cytoscape.js (vendored in assets/, MIT) draws it: zoom, drag, colours per label with a
legend, a search box, and a side panel that shows a clicked node's or relationship's
properties and evidence (the sentences, with their document). Everything is inlined
(the library, the page's script and style, the data as JSON), so the file works from
a USB stick or an e-mail attachment, with no network.

The page's data (the `kg-data` script element, JSON):
    {"format": "kg-html/1", "title": ..., "sentences": [evidence texts, each once],
     "documents": {key: title of each Document node exported (evidence of others shows its key)},
     "labels": [{"label", "count", "color", "border", "size", "text"}], "types": [{"type", "count", "color"}],
     "nodes": [{"id", "label", "name", "caption", "props", "evidence": [[sentence index, span]]}],
     "edges": [{"source", "target", "type", "caption", "props", "evidence": [...]}],
     "positions": {id: [x, y] in px}, "subjects": [ids of the entities asked about]}
`props` are all stored properties but `evidence` and `spans`, which are in `evidence`
as pairs (a task's sentence is the evidence of the task and of each of its
relationships: stored once, the seeds' page is 2.1 MB instead of 3.3). `from_page`
reads it back.
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import zip_longest

from .. import schema
from ..knowledge import KnowledgeGraph, NodeRecord, RelRecord
from . import _drawing

CYTOSCAPE_VERSION = "3.34.4"    # assets/cytoscape.min.js, from the npm package `cytoscape`
PAGE_FORMAT = "kg-html/1"

# The positions are computed here (networkx, _drawing.layout), not in the browser:
# cytoscape's force-directed `cose` froze the seeds' page (1271 nodes) for 7 s, and a
# page that opens the same way every time can be pointed at ("the cluster top left").
# The page's Re-layout button still runs cose, for those who want it.
UNIT_PX = 60            # a layout unit (about one node's room) on the page


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (resources.files(__package__) / "assets" / name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """JSON that cannot end its <script> element early nor open an HTML comment in it:
    `<`, `>` and `&` become \\u escapes (the same string to JSON.parse)."""
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _Sentences:
    """Evidence texts, each stored once; the page refers to them by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def pairs(self, props: dict) -> list[list]:
        out = []
        for text, span in zip_longest(props.get("evidence") or [], props.get("spans") or [], fillvalue=""):
            i = self.index.setdefault(text, len(self.index))
            out.append([i, span])
        return out


def _props(props: dict) -> dict:
    return {k: v for k, v in sorted(props.items()) if k not in ("evidence", "spans")}


def _node(n: NodeRecord, sentences: _Sentences) -> dict:
    return {"id": n.key, "label": n.label, "name": _drawing.node_name(n), "caption": _drawing.node_caption(n),
            "props": _props(n.props), "evidence": sentences.pairs(n.props)}


def _edge(r: RelRecord, sentences: _Sentences) -> dict:
    return {"source": r.source, "target": r.target, "type": r.type, "caption": _drawing.edge_caption(r),
            "props": _props(r.props), "evidence": sentences.pairs(r.props)}


def page_data(kg: KnowledgeGraph, title: str | None = None) -> dict:
    """What the page shows, as the JSON it embeds (the module's docstring has its shape).
    `title` (else _drawing.title: what was selected) heads the page."""
    sentences = _Sentences()
    nodes = [_node(n, sentences) for n in kg.nodes()]
    edges = [_edge(r, sentences) for r in kg.relations()]
    documents = {n.key: _drawing.node_name(n) for n in kg.nodes(schema.DOCUMENT)}
    label_counts, type_counts = kg.label_counts(), kg.type_counts()
    labels = []
    for label in _drawing.labels_in_order(label_counts):
        s = _drawing.label_style(label)
        labels.append({"label": label, "count": label_counts[label], "color": s.color, "border": s.border,
                       "size": s.size, "text": s.text})
    types = [{"type": t, "count": type_counts[t], "color": _drawing.REL_COLORS.get(t, _drawing.DEFAULT_REL_COLOR)}
             for t in _drawing.types_in_order(type_counts)]
    layout = {k: [round(x * UNIT_PX, 1), round(y * UNIT_PX, 1)] for k, (x, y) in _drawing.layout(kg).items()}
    return {"format": PAGE_FORMAT, "title": title or _drawing.title(kg),
            "sentences": list(sentences.index), "documents": dict(sorted(documents.items())),
            "labels": labels, "types": types, "nodes": nodes, "edges": edges, "positions": layout,
            "subjects": [k for k in kg.g.graph.get("subjects") or () if k in kg.g]}


def render(data: dict) -> str:
    """The page for `page_data(...)`: template, style, library, data and script, inlined."""
    for name in ("cytoscape.min.js", "page.js"):
        if re.search(r"</script|<!--", _asset(name), re.IGNORECASE):   # would end the inlined script early
            raise ValueError(f"graph/exports/assets/{name} cannot be inlined in a <script> element")
    values = {
        "title": html.escape(data["title"]),
        "cytoscape_version": CYTOSCAPE_VERSION,
        "css": _asset("page.css"),
        "data": _script_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)),
        "cytoscape": _asset("cytoscape.min.js"),
        "app": _asset("page.js"),
    }
    # One pass over the template: text put in is never scanned for placeholders again.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], _asset("page.html"))


def write(kg: KnowledgeGraph) -> bytes:
    return render(page_data(kg)).encode("utf-8")


def from_page(page: str | bytes) -> dict:
    """The data a page embeds, parsed back, with each node's and relationship's
    `evidence` and `spans` restored into its `props` (for tests and for tools)."""
    if isinstance(page, bytes):
        page = page.decode("utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL)
    if not m:
        raise ValueError("not a kg HTML page: no kg-data script element")
    data = json.loads(m.group(1))
    for item in data["nodes"] + data["edges"]:
        pairs = item["evidence"]
        item["props"] = {**item["props"], "evidence": [data["sentences"][i] for i, _ in pairs],
                         "spans": [span for _, span in pairs]}
    return data
