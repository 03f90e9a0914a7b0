"""Which part of the graph `kg export` and `kg analyze` work on: a selection.

A selection starts from one of
  - a query template and its arguments (`leader 郑德雁`): the entity the name was taken
    for, and every entity the answer's rows name by key (tasks, documents, partners…);
  - an entity of any kind (`--entity 起步区`), by name, alias, pinyin or key;
  - the whole graph (`--all`, or filters alone);
widens it to every entity within `depth` relationships (either direction; documents and
regions reached on the way are taken but not gone through), then keeps
only what the filters allow (labels, a region, a document), and takes every relationship
between the entities kept. Nodes and relationships keep all their properties and evidence.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterable

from graph import schema
from graph.errors import NotFound, QueryError
from graph.knowledge import KnowledgeGraph
from graph.store import Store

# Depth when none is given: around an entity its direct neighbours; an answer's own entities as they are.
DEPTH_AROUND_ENTITY = 1
DEPTH_AROUND_ANSWER = 0


@dataclass(frozen=True)
class Selection:
    template: str = ""                 # a query template (kg query --list)
    args: tuple[str, ...] = ()         # its required arguments, in order
    params: dict[str, Any] = field(default_factory=dict)   # its other parameters
    entity: str = ""                   # a name, alias, pinyin or key of any entity
    depth: int | None = None           # relationships away from the start; None: the default above
    labels: tuple[str, ...] = ()       # keep only these labels
    region: str = ""                   # keep only what lies in this region
    document: str = ""                 # keep only what this document states (key, title or file name)
    everything: bool = False           # start from the whole graph

    @property
    def empty(self) -> bool:
        return not (self.template or self.entity or self.everything or self.labels or self.region or self.document)

    def describe(self) -> str:
        """A short title for what was selected (export pages and headers show it)."""
        parts = []
        if self.template:
            parts.append(" ".join([self.template, *self.args, *(f"{k}={v}" for k, v in sorted(self.params.items()))]))
        if self.entity:
            parts.append(self.entity)
        if self.depth:
            parts.append(f"depth {self.depth}")
        if self.labels:
            parts.append("labels " + ",".join(self.labels))
        if self.region:
            parts.append(f"region {self.region}")
        if self.document:
            parts.append(f"document {self.document}")
        return ", ".join(parts) or "all"


@dataclass
class Selected:
    graph: KnowledgeGraph
    notes: list[str]
    start: tuple[str, ...]             # keys the selection started from (empty for the whole graph)


NOTHING_SELECTED = ("say what to take: a template and its arguments (leader 郑德雁), --entity NAME, "
                    "a filter (--label, --region, --document), or --all")


def select(store: Store, kg: KnowledgeGraph, sel: Selection) -> Selected:
    """The subgraph of `kg` (the store's graph) that `sel` names."""
    if sel.empty:
        raise QueryError(NOTHING_SELECTED)
    if sel.template and sel.entity:
        raise QueryError("give a template or --entity, not both")
    if sel.depth is not None and sel.depth < 0:
        raise QueryError(f"--depth must be 0 or more, not {sel.depth}")
    labels = _labels(sel.labels)
    notes: list[str] = []
    region_key = ""
    if sel.region:
        from kg.asking import resolve_region
        # A filter by a region that is not there would select nothing and say nothing.
        region_key, note = resolve_region(store, sel.region, strict=True)
        notes += [note] if note else []

    if sel.template:
        start, more, asked_about = _from_answer(store, kg, sel)
        default_depth = DEPTH_AROUND_ENTITY if asked_about else DEPTH_AROUND_ANSWER
    elif sel.entity:
        start, more = _from_entity(store, kg, sel.entity, region_key)
        asked_about, default_depth = True, DEPTH_AROUND_ENTITY
    else:
        start, more, asked_about, default_depth = [], [], False, 0
    notes += more
    if sel.template or sel.entity:
        depth = default_depth if sel.depth is None else sel.depth
        # An entity asked about is gone through even when it is a document or a region;
        # the documents and regions an answer's rows mention are not.
        keep = _within(kg, start, depth, set(start) if asked_about else set())
    else:
        keep = set(kg.g.nodes)

    document_key = _document(kg, sel.document) if sel.document else ""
    if document_key:
        keep = {k for k in keep if k == document_key or document_key in (kg.g.nodes[k]["props"].get("documents") or ())}
    if region_key:
        keep = _in_region(kg, keep, region_key)
    if labels:
        keep = {k for k in keep if kg.g.nodes[k]["label"] in labels}
    graph = _subgraph(kg, keep, document_key)
    graph.g.graph["selection"] = sel.describe()    # writers may title their output with it
    # The entity asked about (a template's subject, --entity): the page centres and marks it.
    graph.g.graph["subjects"] = sorted(k for k in start if k in graph.g) if asked_about else []
    return Selected(graph, notes, tuple(start))


def _labels(given: Iterable[str]) -> set[str]:
    known = {label.lower(): label for label in schema.LABELS}
    out = set()
    for item in given:
        for name in filter(None, (part.strip() for part in item.split(","))):
            if name.lower() not in known:
                raise QueryError(f"unknown label {name!r}; known: {', '.join(schema.LABELS)}")
            out.add(known[name.lower()])
    return out


def _from_answer(store: Store, kg: KnowledgeGraph, sel: Selection) -> tuple[list[str], list[str], bool]:
    """Where a template's answer starts, and whether that is the entity it was asked about:
    the entity its name was taken for (leader 郑德雁) or given by key or title (document
    KEY); for templates about no one entity (cooperation, deadlines, path…), every entity
    its rows name by key, and the two ends of every relationship a row shows as a step."""
    from kg.asking import ask
    answer = ask(store, sel.template, list(sel.args), sel.region, dict(sel.params))
    if answer.subject_keys:
        return [k for k in answer.subject_keys if k in kg.g], list(answer.notes), True
    named = [k for arg in sel.args for k in _by_key_or_title(kg, arg)]
    if named and len(sel.args) == 1:
        return named, list(answer.notes), True
    start: list[str] = []
    seen: set[str] = set()

    def take(key: str) -> None:
        if key in kg.g and key not in seen:
            seen.add(key)
            start.append(key)

    columns = answer.result.columns
    steps = all(c in columns for c in _STEP_COLUMNS)
    for row in answer.result.rows:
        for value in row:
            for item in value if isinstance(value, list) else (value,):
                if isinstance(item, str):
                    take(item)
        if steps:
            for key in _step_ends(kg, dict(zip(columns, row))):
                take(key)
    if not start:
        raise NotFound(f"{answer.title}: the answer names no entity to take")
    return start, list(answer.notes), False


# A row that shows one relationship (the path template's steps): its ends by name and label.
_STEP_COLUMNS = ("from", "fromLabel", "type", "to", "toLabel")


def _step_ends(kg: KnowledgeGraph, row: dict) -> list[str]:
    """The keys of both ends of the relationship a step row shows (names are not unique
    across regions, so the relationship itself must join them)."""
    def named(name: str, label: str) -> list[str]:
        return [n.key for n in kg.nodes(label) if n.props.get("name") == name]
    ends = []
    for a in named(row["from"], row["fromLabel"]):
        for b in named(row["to"], row["toLabel"]):
            if any(d["type"] == row["type"] for d in (*kg.g.get_edge_data(a, b, default={}).values(),
                                                     *kg.g.get_edge_data(b, a, default={}).values())):
                ends += [a, b]
    return ends


def _from_entity(store: Store, kg: KnowledgeGraph, name: str, region_key: str) -> tuple[list[str], list[str]]:
    """An entity by key, document title, or anything `kg query` takes for a name."""
    typed = name.strip()
    keys = _by_key_or_title(kg, typed)
    if keys:
        return keys, []
    from queries import names
    found = names.resolve(store, names.NAMED, typed, region_key)
    keys = sorted({m.key for m in found.matches if m.key in kg.g})
    notes = [found.note] if found.note else []
    if not region_key:
        from kg.asking import several_regions
        notes += several_regions(found.name, found.matches, "taking all")
    return keys, notes


# Context every fact hangs off: reached, they are taken, but not gone through (a document
# would bring in all its tasks, a region everyone in it), unless the selection starts there.
HUB_LABELS = (schema.DOCUMENT, schema.REGION)


def _by_key_or_title(kg: KnowledgeGraph, typed: str) -> list[str]:
    typed = typed.strip()
    if typed in kg.g:
        return [typed]
    return [n.key for n in kg.nodes(schema.DOCUMENT) if typed in (n.props.get("title"), n.props.get("name"))]


def _within(kg: KnowledgeGraph, start: Iterable[str], depth: int, through: set[str]) -> set[str]:
    """Every node at most `depth` relationships from a start node, in either direction,
    not going on through documents and regions other than those in `through`."""
    seen = set(start)
    frontier = deque((k, 0) for k in seen)
    while frontier:
        key, d = frontier.popleft()
        if d == depth or (key not in through and kg.g.nodes[key]["label"] in HUB_LABELS):
            continue
        for other in (*kg.g.successors(key), *kg.g.predecessors(key)):
            if other not in seen:
                seen.add(other)
                frontier.append((other, d + 1))
    return seen


def _document(kg: KnowledgeGraph, typed: str) -> str:
    """A document's key from its key, title, or the file it was read from."""
    typed = typed.strip()
    docs = list(kg.nodes(schema.DOCUMENT))
    for test in (lambda n: n.key == typed,
                 lambda n: typed in (n.props.get("title"), n.props.get("name")),
                 lambda n: (n.props.get("source") or "").split("#")[0].endswith(typed)):
        hits = [n.key for n in docs if test(n)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise QueryError(f"{typed!r} names {len(hits)} documents: give one key ({', '.join(sorted(hits))})")
    titles = sorted(n.props.get("title") or n.key for n in docs)
    raise NotFound(f"no document {typed!r}; loaded: {', '.join(titles) or 'none'} (kg query documents lists keys)")


def _in_region(kg: KnowledgeGraph, keep: set[str], region_key: str) -> set[str]:
    """Entities in the region (or below it), and the region-less ones (strategies) they touch."""
    def inside(key: str) -> bool | None:
        data = kg.g.nodes[key]
        where = key if data["label"] == schema.REGION else (data["props"].get("region") or "")
        if not where:
            return None
        return f"/{region_key}/" in f"/{where}/"     # the region itself, or any path through it
    kept = {k for k in keep if inside(k)}
    loose = {k for k in keep if inside(k) is None}
    touching = {k for k in loose if any(o in kept for o in (*kg.g.successors(k), *kg.g.predecessors(k)))}
    return kept | touching


def _subgraph(kg: KnowledgeGraph, keep: set[str], document_key: str) -> KnowledgeGraph:
    out = KnowledgeGraph()
    for key in sorted(keep):
        data = kg.g.nodes[key]
        out.add_node(data["label"], key, data["props"])
    for u, v, data in kg.g.edges(data=True):
        if u in keep and v in keep and (not document_key or document_key in (data["props"].get("documents") or ())):
            out.add_edge(data["type"], u, v, data["props"])
    return out
