"""The `svg` format: a static drawing of a graph (or a selection), for papers and slides.

Layout in Python (networkx, _drawing.layout; the same positions as the HTML page),
nodes as circles coloured by label (the Neo4j Browser palette) with their names
below, relationships as lines with an arrowhead at the target, a legend on the right.
Deterministic: the same graph gives the same bytes. Each node's full name and each
relationship's caption are in <title> elements (a browser shows them on hover).

Structure, for tools that post-process the drawing:
    <svg> <title/> <desc/> <defs>arrowhead markers</defs>
      <g id="edges"> <line class="edge" data-type=… data-source=key data-target=key><title/></line>… </g>
      <g id="nodes"> <g class="node" data-label=… data-key=…><title/><circle/><text/></g>… </g>
      <g id="legend">…</g>
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from ..knowledge import KnowledgeGraph
from . import _drawing
from .flat import XML_ILLEGAL

UNIT = 60.0          # px per layout unit
NODE_SCALE = 0.5     # of the grass file's diameters: a radius of 11-18 px
MARGIN = 40.0
SIDE = 100.0         # left and right of the outermost nodes: half a caption of CAPTION_CHARS
FONT_SIZE = 11
LEGEND_WIDTH = 230.0
SVG_NS = "http://www.w3.org/2000/svg"

def _clean(text) -> str:
    """Text XML 1.0 can carry: what it cannot (flat.XML_ILLEGAL) becomes U+FFFD in a drawing."""
    return XML_ILLEGAL.sub("\ufffd", str(text))


def _num(v: float) -> str:
    """Coordinates with one decimal, no trailing zeros: small files, stable diffs."""
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    e = ET.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): _clean(v) for k, v in attrs.items()})
    if text is not None:
        e.text = _clean(text)
    return e


def _radius(label: str) -> float:
    return _drawing.label_style(label).size * NODE_SCALE / 2


def to_svg(kg: KnowledgeGraph, title: str | None = None) -> ET.Element:
    title = title or _drawing.title(kg)
    layout = _drawing.layout(kg)
    left = min((x for x, _ in layout.values()), default=0.0)
    top = min((y for _, y in layout.values()), default=0.0)
    pos = {k: ((x - left) * UNIT + SIDE, (y - top) * UNIT + MARGIN) for k, (x, y) in layout.items()}
    nodes = list(kg.nodes())
    rels = list(kg.relations())
    labels = _drawing.labels_in_order({n.label for n in nodes})
    label_counts, type_counts = kg.label_counts(), kg.type_counts()
    types = _drawing.types_in_order(type_counts)

    width = max((x for x, _ in pos.values()), default=0) + SIDE
    legend_rows = len(labels) + len(types) + 3
    height = max(max((y for _, y in pos.values()), default=0) + MARGIN + 20, legend_rows * 20 + 2 * MARGIN)
    total_width = width + LEGEND_WIDTH

    svg = ET.Element("svg", {"xmlns": SVG_NS, "version": "1.1",
                             "width": _num(total_width), "height": _num(height),
                             "viewBox": f"0 0 {_num(total_width)} {_num(height)}",
                             "font-family": _drawing.CJK_FONTS, "font-size": str(FONT_SIZE)})
    _sub(svg, "title", title)
    _sub(svg, "desc", f"{len(nodes)} nodes, {len(rels)} relationships; drawn by kg (graph.exports.svg)")
    _sub(svg, "rect", x="0", y="0", width=_num(total_width), height=_num(height), fill="#FFFFFF")

    colors = sorted({_drawing.REL_COLORS.get(t, _drawing.DEFAULT_REL_COLOR) for t in types})
    defs = _sub(svg, "defs")
    for color in colors:
        m = _sub(defs, "marker", id=_marker_id(color), viewBox="0 0 10 10", refX="10", refY="5",
                 markerWidth="7", markerHeight="7", orient="auto", markerUnits="userSpaceOnUse")
        _sub(m, "path", d="M0,0 L10,5 L0,10 z", fill=color)

    edges = _sub(svg, "g", id="edges", stroke_width="1.2", stroke_opacity="0.75")
    for r in rels:
        (x1, y1), (x2, y2) = pos[r.source], pos[r.target]
        dx, dy = x2 - x1, y2 - y1
        d = math.hypot(dx, dy) or 1.0
        # From the source's rim to the target's rim, so the arrowhead is seen.
        s, t = _radius(r.source_label) / d, (_radius(r.target_label) + 1.5) / d
        color = _drawing.REL_COLORS.get(r.type, _drawing.DEFAULT_REL_COLOR)
        line = _sub(edges, "line", class_="edge", data_type=r.type, data_source=r.source, data_target=r.target,
                    x1=_num(x1 + dx * s), y1=_num(y1 + dy * s), x2=_num(x2 - dx * t), y2=_num(y2 - dy * t),
                    stroke=color, marker_end=f"url(#{_marker_id(color)})")
        _sub(line, "title", f"{_drawing.node_name(kg.node(r.source))} —{_drawing.edge_caption(r)}→ "
                            f"{_drawing.node_name(kg.node(r.target))}")

    group = _sub(svg, "g", id="nodes", text_anchor="middle")
    for n in nodes:
        x, y = pos[n.key]
        style = _drawing.label_style(n.label)
        r = _radius(n.label)
        g = _sub(group, "g", class_="node", data_label=n.label, data_key=n.key)
        _sub(g, "title", f"{n.label}: {_drawing.node_name(n)}")
        _sub(g, "circle", cx=_num(x), cy=_num(y), r=_num(r), fill=style.color, stroke=style.border, stroke_width="1.5")
        _sub(g, "text", _drawing.node_caption(n), x=_num(x), y=_num(y + r + FONT_SIZE + 1),
             fill="#2A2C34", stroke="#FFFFFF", stroke_width="3", paint_order="stroke")

    legend = _sub(svg, "g", id="legend", transform=f"translate({_num(width)},{_num(MARGIN)})", font_size="12")
    y = 0.0
    _sub(legend, "text", "Labels", x="0", y=_num(y), font_weight="bold", fill="#5A6270")
    for label in labels:
        y += 20
        style = _drawing.label_style(label)
        _sub(legend, "rect", class_="swatch", data_label=label, x="0", y=_num(y - 10), width="12", height="12", rx="6",
             fill=style.color, stroke=style.border)
        _sub(legend, "text", f"{label} ({label_counts[label]})", x="20", y=_num(y), fill="#2A2C34")
    if types:
        y += 30
        _sub(legend, "text", "Relationships", x="0", y=_num(y), font_weight="bold", fill="#5A6270")
        for t in types:
            y += 20
            color = _drawing.REL_COLORS.get(t, _drawing.DEFAULT_REL_COLOR)
            _sub(legend, "path", class_="swatch", data_type=t, d=f"M0,{_num(y - 4)} h14", stroke=color, stroke_width="2")
            _sub(legend, "text", f"{t} ({type_counts[t]})", x="20", y=_num(y), fill="#2A2C34")
    return svg


def _marker_id(color: str) -> str:
    return "arrow-" + color.lstrip("#").lower()


def write(kg: KnowledgeGraph) -> bytes:
    svg = to_svg(kg)
    ET.indent(svg, space=" ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(svg, encoding="utf-8", xml_declaration=False) + b"\n"
