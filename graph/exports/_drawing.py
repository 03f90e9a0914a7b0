"""What the drawn exports (`html`, `svg`) share: colours per label, captions, a deterministic layout.

The colours are those of docs/neo4j-browser.grass, so a graph looks the same in Neo4j
Browser, in the HTML page and in the SVG (tests/test_export_svg.py checks they agree).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .. import schema
from ..knowledge import KnowledgeGraph, NodeRecord, RelRecord
from .flat import in_schema_order, selection


@dataclass(frozen=True)
class LabelStyle:
    color: str      # fill
    border: str
    size: int       # diameter in px, as in the grass file
    text: str       # text colour on the fill


LABEL_STYLES: dict[str, LabelStyle] = {
    schema.LEADER: LabelStyle("#F16667", "#EB2728", 65, "#FFFFFF"),
    schema.DEPARTMENT: LabelStyle("#4C8EDA", "#2870C2", 55, "#FFFFFF"),
    schema.REGION: LabelStyle("#57C7E3", "#23B3D7", 70, "#2A2C34"),
    schema.TASK: LabelStyle("#FFE081", "#9AA1AC", 45, "#2A2C34"),
    schema.DOCUMENT: LabelStyle("#C990C0", "#B261A5", 60, "#FFFFFF"),
    schema.PROJECT: LabelStyle("#8DCC93", "#5DB665", 60, "#2A2C34"),
    schema.STRATEGY: LabelStyle("#F79767", "#F36924", 70, "#FFFFFF"),
}
DEFAULT_STYLE = LabelStyle("#A5ABB6", "#9AA1AC", 50, "#FFFFFF")   # a label the schema does not know

# Relationship colours, as in the grass file: one per type, none the default grey
# (a type the schema does not know), so PART_OF and SERVES_IN are told apart.
REL_COLORS: dict[str, str] = {
    schema.RESPONSIBLE_FOR: "#F16667",
    schema.COOPERATES_WITH: "#4C8EDA",
    schema.CONCERNS: "#8DCC93",
    schema.PART_OF: "#8B7355",
    schema.SERVES_IN: "#C990C0",
}
DEFAULT_REL_COLOR = "#A5ABB6"

SPRING_BELOW = 500     # components this small are laid out by networkx's spring_layout
CAPTION_CHARS = 16      # longer names are cut in the drawing (the full name is in the panel / <title>)

# Fonts that have the Chinese glyphs, in order; the last is the generic fallback.
CJK_FONTS = ('"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", '
             '"Microsoft YaHei", "PingFang SC", sans-serif')


def title(kg: KnowledgeGraph) -> str:
    """What heads a drawing: what `kg export` was asked for (the graph's `selection`,
    which kg/selecting.py sets, e.g. "leader 郑德雁, depth 2"), else "kg graph"."""
    selected = selection(kg)
    return f"kg: {selected}" if selected else "kg graph"


def label_style(label: str) -> LabelStyle:
    return LABEL_STYLES.get(label, DEFAULT_STYLE)


def labels_in_order(labels) -> list[str]:
    return in_schema_order(labels, schema.LABELS)


def types_in_order(types) -> list[str]:
    return in_schema_order(types, schema.REL_TYPES)


def shorten(text: str, limit: int = CAPTION_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def node_name(node: NodeRecord) -> str:
    """The full display name (a Document's title, else `name`, else the key)."""
    props = node.props
    if node.label == schema.DOCUMENT and props.get("title"):
        return str(props["title"])
    return str(props.get("name") or node.key)


def node_caption(node: NodeRecord) -> str:
    """What is written by a node in a drawing: its name, cut to CAPTION_CHARS; a Task
    (whose name is its whole text) is led by its number."""
    name = node_name(node)
    if node.label == schema.TASK and node.props.get("seq"):
        return shorten(f"{node.props['seq']}. {name}")
    return shorten(name)


def edge_caption(rel: RelRecord) -> str:
    """The type, then what tells two relationships of a type apart where there is one:
    RESPONSIBLE_FOR's role, SERVES_IN's title, COOPERATES_WITH's weight."""
    detail = ""
    for prop in ("role", "title", "weight"):
        value = rel.props.get(prop)
        if value not in (None, "", 0):
            detail = str(value)
            break
    return f"{rel.type} {shorten(detail, 12)}" if detail else rel.type


def layout(kg: KnowledgeGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions (x, y) in units of about one node's room (the distance of
    neighbours is 1-2 units), the same for the same graph every time; y grows downwards.

    Each connected component is laid out on its own, force-directed: networkx's
    spring_layout below SPRING_BELOW nodes (numpy only there; above it wants scipy, and
    like every networkx layout it costs O(n²) an iteration), a grid Fruchterman-Reingold
    above (_grid_spring). Each is sized by its node count, and the components are packed
    in rows, biggest first, nodes without any relationship last in a grid, as a reader
    scans them. Coordinates are rounded so a different CPU's last bits do not change the file.
    """
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(kg.g.nodes))
    g.add_edges_from(sorted((u, v) for u, v in kg.g.edges() if u != v))
    components = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    boxes = []   # (width, height, {node: (x, y)} with the box's top-left at 0, 0)
    singles = [c[0] for c in components if len(c) == 1]
    subjects = set(kg.g.graph.get("subjects") or ())     # what was asked about: held in the middle
    for nodes in (c for c in components if len(c) > 1):
        boxes.append(_component_box(g.subgraph(nodes), seed, sorted(subjects.intersection(nodes))[:1]))
    if singles:
        cols = max(1, math.ceil(math.sqrt(len(singles) * 2)))    # a grid twice as wide as high
        boxes.append((float(min(cols, len(singles))), float(math.ceil(len(singles) / cols)),
                      {n: (i % cols + 0.5, i // cols + 0.5) for i, n in enumerate(singles)}))
    return _pack(boxes)


def _component_box(sub, seed: int, centre: list | None = None) -> tuple[float, float, dict]:
    import networkx as nx

    n = len(sub)
    if n == 2:
        a, b = sorted(sub)
        return 3.0, 1.0, {a: (0.5, 0.5), b: (2.5, 0.5)}
    if n < SPRING_BELOW and centre:
        # The node asked about pinned at the centre; the others start around it, in a
        # seeded order, so the drawing is the same every time.
        import random
        rng = random.Random(seed)
        start = {v: (rng.uniform(-1, 1), rng.uniform(-1, 1)) for v in sorted(sub)}
        start[centre[0]] = (0.0, 0.0)
        raw = nx.spring_layout(sub, pos=start, fixed=centre, seed=seed, iterations=100 if n < 200 else 50,
                               method="force", k=3 / math.sqrt(n))     # thrice the room: its neighbours crowd it
    elif n < SPRING_BELOW:
        raw = nx.spring_layout(sub, seed=seed, iterations=100 if n < 200 else 50, method="force")
    else:
        raw = _grid_spring(sub, seed)
    radius = 1.1 * math.sqrt(n)   # so the component's area grows with its node count
    pts = {v: (float(p[0]), float(p[1])) for v, p in raw.items()}
    xs, ys = [p[0] for p in pts.values()], [p[1] for p in pts.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    k = 2 * radius / span
    pts = {v: ((x - min(xs)) * k + 0.5, (y - min(ys)) * k + 0.5) for v, (x, y) in pts.items()}
    return (max(xs) - min(xs)) * k + 1, (max(ys) - min(ys)) * k + 1, pts


def _grid_spring(sub, seed: int, iterations: int = 120) -> dict:
    """Fruchterman-Reingold with the grid of their paper: a node is pushed only by the
    nodes within 2 units (found in the 3x3 cells of a grid around it), so an iteration costs O(n),
    not the O(n²) of every networkx layout (ForceAtlas2 took a minute on 2000 nodes)."""
    import numpy as np

    nodes = list(sub)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array(sorted((index[u], index[v]) for u, v in sub.edges()), dtype=np.intp).reshape(-1, 2)
    side = math.sqrt(n)                       # area n: about one unit of room per node
    pos = np.random.default_rng(seed).random((n, 2)) * side
    step = side / 10                          # the temperature: the longest move allowed
    reach = 2.0                               # how far repulsion reaches, in units
    cool = step / (iterations + 1)
    for _ in range(iterations):
        i, j = _near_pairs(pos, reach)
        delta = pos[i] - pos[j]
        d2 = np.maximum((delta ** 2).sum(axis=1), 1e-6)
        # repulsion k²/d (k = 1), fading to nothing at `reach`: by distance, not by cell,
        # or the nodes line up along the cell borders
        push = delta * (np.clip(1 - d2 / reach ** 2, 0, None) ** 2 / d2)[:, None]
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        pull = delta                                              # attraction d (ForceAtlas2 style: FR's d² packs dense graphs too tight for a short-reach repulsion)
        disp = np.stack([np.bincount(i, push[:, a], n) - np.bincount(j, push[:, a], n)
                         - np.bincount(edges[:, 0], pull[:, a], n) + np.bincount(edges[:, 1], pull[:, a], n)
                         for a in (0, 1)], axis=1)
        disp += 0.01 * (side / 2 - pos)                           # a little gravity: no drifting ends
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)[:, None]
        pos += disp / length * np.minimum(length, step)
        step -= cool
    return {v: (float(pos[index[v], 0]), float(pos[index[v], 1])) for v in nodes}


def _near_pairs(pos, radius: float):
    """(i, j) index arrays of every pair of nodes in the same or adjacent grid cells of
    side `radius`, each pair once; vectorised (sorted cell keys and searchsorted)."""
    import numpy as np

    cell = np.floor(pos / radius).astype(np.int64)
    cell -= cell.min(axis=0)
    width = int(cell[:, 1].max()) + 3          # so a neighbour's key never wraps into another column
    key = cell[:, 0] * width + cell[:, 1]
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    n = len(pos)
    firsts, seconds = [], []
    # The same cell, and the four neighbours "after" it: each pair of cells once.
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        target = key + dx * width + dy
        lo = np.searchsorted(sorted_key, target, "left")
        counts = np.searchsorted(sorted_key, target, "right") - lo
        total = int(counts.sum())
        if not total:
            continue
        starts = np.repeat(lo - (np.cumsum(counts) - counts), counts)
        i, j = np.repeat(np.arange(n), counts), order[starts + np.arange(total)]
        if (dx, dy) == (0, 0):
            i, j = i[i < j], j[i < j]
        firsts.append(i)
        seconds.append(j)
    return np.concatenate(firsts), np.concatenate(seconds)


def _pack(boxes: list[tuple[float, float, dict]], gap: float = 1.5) -> dict[str, tuple[float, float]]:
    """Boxes in rows (shelves), left to right, the rows as wide as the widest box or as a
    screen-shaped (16:10) rectangle of the boxes' area."""
    if not boxes:
        return {}
    area = sum((w + gap) * (h + gap) for w, h, _ in boxes)
    row_width = max(max(w for w, _, _ in boxes), math.sqrt(area * 1.6))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for w, h, pts in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for v, (px, py) in pts.items():
            out[v] = (round(x + px, 3), round(y + py, 3))
        x += w + gap
        row_height = max(row_height, h)
    return dict(sorted(out.items()))
