"""Network analytics over a KnowledgeGraph (whole or selected): centrality of actors,
communities of cooperating departments, connected components — as plain rows.

Definitions (docs/analytics.md shows them on the seeds):

- The *projection* U: the analysed graph undirected and simple — one edge between two
  distinct nodes joined by any relationship, of any type, in either direction.
- `degree`: a node's distinct neighbours in U (not its relationships: a department that
  leads and supports the same task counts that task once).
- `betweenness`: networkx's betweenness centrality in U, unweighted, normalized (the
  share of shortest paths between other pairs that pass through the node). Exact up to
  EXACT_BETWEENNESS nodes (it costs nodes × edges); above, estimated from SAMPLES source
  nodes drawn with the seed (networkx's `k`), and the summary says so.
- `pagerank`: PageRank (damping 0.85) in the *actor network* — every Leader and
  Department, joined by COOPERATES_WITH, weighted by the tasks a pair shares (a pair
  stated in both directions adds up). The same definition and code as `kg query central`
  (queries/prepare.py), so on the whole graph the scores are the same.
- `partners`: an actor's distinct COOPERATES_WITH neighbours (`degree` in `kg query central`).
- `community`: Louvain (networkx, resolution 1, seed SEED) in the *department network* —
  the departments with at least one COOPERATES_WITH to another department, weighted like
  the actor network. Numbered by size, 0 the largest (ties: the smallest member key).
- `component`: the connected component of U a node lies in, 0 the largest (same ties).

Floats are rounded to 6 decimals and every list has a total order, so the same graph
always gives the same output. `figures()` is what `--write-back` stores on the nodes
(schema.ANALYTICS_PROPERTIES); `write_batches()` turns it into per-property batches for
the stores.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

import networkx as nx

from . import schema
from .errors import StoreError
from .knowledge import KnowledgeGraph
from .store import QueryResult

SEED = 42              # Louvain's random order; fixed, so communities are reproducible
RESOLUTION = 1.0       # Louvain's resolution (below 1: fewer, larger communities)
DIGITS = 6
EXACT_BETWEENNESS = 5000   # nodes; the seeds have ~1300 (about 3 s)
SAMPLES = 1000             # source nodes for estimated betweenness on a larger graph
ACTORS = (schema.LEADER, schema.DEPARTMENT)

ACTOR_COLUMNS = ["rank", "label", "name", "region", "pagerank", "degree", "partners", "betweenness",
                 "community", "component", "key"]


@dataclass
class Analysis:
    nodes: int
    relationships: int
    actors: list[dict[str, Any]]          # ranked: pagerank, partners (desc), label, key
    communities: list[dict[str, Any]]     # by id; members ranked by pagerank
    components: list[dict[str, Any]]      # by id; members sorted by key
    modularity: float                     # of the communities in the department network
    cooperation: int                      # edges of the department network
    betweenness: str                      # "exact" or "estimated from N sources"
    node_figures: dict[str, dict[str, Any]] = field(default_factory=dict)   # key → {degree, betweenness, component}
    labels: dict[str, str] = field(default_factory=dict)                    # key → label

    def summary(self) -> dict[str, Any]:
        return {
            "nodes": self.nodes, "relationships": self.relationships, "actors": len(self.actors),
            "departmentNetwork": {"departments": sum(c["size"] for c in self.communities), "edges": self.cooperation},
            "communities": len(self.communities), "modularity": self.modularity,
            "components": len(self.components),
            "isolated": sum(1 for c in self.components if c["size"] == 1),   # components of one node
            "betweenness": self.betweenness,
            "seed": SEED, "resolution": RESOLUTION,
        }


def _round(x: float) -> float:
    return round(float(x), DIGITS)


def projection(kg: KnowledgeGraph) -> nx.Graph:
    """U: undirected, simple, no self-loops; nodes and edges added in key order."""
    u = nx.Graph()
    u.add_nodes_from(sorted(kg.g.nodes))
    u.add_edges_from(sorted({tuple(sorted((a, b))) for a, b in kg.g.edges() if a != b}))
    return u


def cooperation_network(actors: Iterable[tuple[str, str]],
                        links: Iterable[tuple[str, str, str, str, int | None]]) -> nx.Graph:
    """Actors ((label, key), in the order given) joined by their COOPERATES_WITH links
    ((label, key, label, key, weight), in the order given), weighted by the tasks a pair
    shares: a pair stated in both directions is one edge, its weights added up. What
    PageRank runs on, here and in `kg query central` (queries/prepare.py)."""
    g = nx.Graph()
    g.add_nodes_from(actors)
    for al, ak, bl, bk, w in links:
        a, b = (al, ak), (bl, bk)
        prev = g.get_edge_data(a, b, {}).get("weight", 0)
        g.add_edge(a, b, weight=prev + (w or 1))
    return g


def pagerank(g: nx.Graph) -> dict:
    """networkx's PageRank, weighted. nx.pagerank needs scipy, which kg does not install: its
    pure-Python power iteration (the same algorithm) is used then, with a tolerance tight
    enough that scores rounded to 6 decimals do not depend on which one ran."""
    if not len(g):
        return {}
    try:
        import scipy  # noqa: F401
        return nx.pagerank(g, weight="weight", tol=1e-10, max_iter=1000)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(g, weight="weight", tol=1e-10, max_iter=1000)


def _cooperation(kg: KnowledgeGraph, labels: tuple[str, ...]) -> nx.Graph:
    """The cooperation network of the nodes of these labels, sorted as `kg query central`
    reads them from a store, so PageRank agrees."""
    return cooperation_network(
        sorted((n.label, n.key) for n in kg.nodes() if n.label in labels),
        sorted((r.source_label, r.source, r.target_label, r.target, r.props.get("weight"))
               for r in kg.relations(schema.COOPERATES_WITH)
               if r.source_label in labels and r.target_label in labels and r.source != r.target))


def _numbered(groups: Iterable[Iterable[str]]) -> list[list[str]]:
    """Groups of keys, each sorted, largest first (ties: the smallest key)."""
    return sorted((sorted(grp) for grp in groups), key=lambda m: (-len(m), m[0]))


def analyze(kg: KnowledgeGraph, *, seed: int = SEED, exact_betweenness: int = EXACT_BETWEENNESS) -> Analysis:
    u = projection(kg)
    degree = dict(u.degree())
    if len(u) <= exact_betweenness:
        betweenness, how = nx.betweenness_centrality(u, normalized=True), "exact"
    else:
        k = min(SAMPLES, len(u))
        betweenness = nx.betweenness_centrality(u, k=k, normalized=True, seed=seed)
        how = f"estimated from {k} sources"
    components = _numbered(nx.connected_components(u))
    component_of = {k: i for i, members in enumerate(components) for k in members}

    actors_net = _cooperation(kg, ACTORS)
    ranks = {key: _round(s) for (_, key), s in pagerank(actors_net).items()}
    partners = {key: actors_net.degree((label, key)) for label, key in actors_net.nodes}

    dept = _cooperation(kg, (schema.DEPARTMENT,))
    dept.remove_nodes_from([n for n, d in list(dept.degree()) if d == 0])
    found = nx.community.louvain_communities(dept, weight="weight", resolution=RESOLUTION, seed=seed) if len(dept) else []
    communities = _numbered([[key for _, key in c] for c in found])
    community_of = {k: i for i, members in enumerate(communities) for k in members}
    modularity = _round(nx.community.modularity(dept, found, weight="weight", resolution=RESOLUTION)) if dept.number_of_edges() else 0.0

    def name(key: str) -> str:
        props = kg.g.nodes[key]["props"]
        return props.get("name") or props.get("title") or key

    actors = []
    for n in kg.nodes():
        if n.label not in ACTORS:
            continue
        actors.append({
            "label": n.label, "name": name(n.key), "region": n.props.get("region") or "",
            "pagerank": ranks[n.key], "degree": degree[n.key], "partners": partners[n.key],
            "betweenness": _round(betweenness[n.key]), "community": community_of.get(n.key),
            "component": component_of[n.key], "key": n.key,
        })
    actors.sort(key=lambda a: (-a["pagerank"], -a["partners"], a["label"], a["key"]))
    for i, a in enumerate(actors, 1):
        a["rank"] = i
    actors = [{c: a[c] for c in ACTOR_COLUMNS} for a in actors]

    by_rank = lambda k: (-ranks.get(k, 0.0), k)  # noqa: E731
    community_rows = []
    for i, members in enumerate(communities):
        inside = {("Department", k) for k in members}
        weight = sum(d["weight"] for a, b, d in dept.edges(inside, data=True) if a in inside and b in inside)
        ranked = sorted(members, key=by_rank)
        community_rows.append({
            "community": i, "size": len(members), "weight": weight,
            "regions": sorted({kg.g.nodes[k]["props"].get("region") or "" for k in members} - {""}),
            "members": [name(k) for k in ranked], "keys": ranked,
        })

    component_rows = []
    for i, members in enumerate(components):
        counts = Counter(kg.g.nodes[k]["label"] for k in members)
        hub = min(members, key=lambda k: (-degree[k], k))
        component_rows.append({
            "component": i, "size": len(members),
            "labels": {label: counts[label] for label in schema.LABELS if counts[label]},
            "hub": name(hub), "members": members,
        })

    node_figures = {k: {"degree": degree[k], "betweenness": _round(betweenness[k]), "component": component_of[k]}
                    for k in sorted(kg.g.nodes)}
    return Analysis(
        nodes=kg.g.number_of_nodes(), relationships=kg.g.number_of_edges(), actors=actors,
        communities=community_rows, components=component_rows, modularity=modularity,
        cooperation=dept.number_of_edges(), betweenness=how, node_figures=node_figures,
        labels={k: kg.g.nodes[k]["label"] for k in kg.g.nodes},
    )


# ------------------------------------------------------------------ write-back

def figures(analysis: Analysis) -> dict[str, dict[str, dict[str, Any]]]:
    """{label: {key: {property: value}}}: what --write-back stores. degree, betweenness and
    component on every node analysed; pagerank on its leaders and departments; community
    on the departments of the department network."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for key, figs in analysis.node_figures.items():
        out.setdefault(analysis.labels[key], {})[key] = dict(figs)
    for a in analysis.actors:
        mine = out[a["label"]][a["key"]]
        mine["pagerank"] = a["pagerank"]
        if a["community"] is not None:
            mine["community"] = a["community"]
    return out


_CAST = {"int": int, "float": float}


def write_batches(figs: dict[str, dict[str, dict[str, Any]]]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(label, property, [{key, value}]) per label and property set, sorted; every value
    of a batch has the property's type (LadybugDB types a list parameter from its items).
    Raises StoreError for a label or property the schema does not name (they go into Cypher)."""
    out = []
    for label in sorted(figs):
        if label not in schema.LABELS:
            raise StoreError(f"cannot write figures on label {label!r}; known: {', '.join(schema.LABELS)}")
        by_key = figs[label]
        unknown = sorted({p for f in by_key.values() for p in f} - set(schema.ANALYTICS_PROPERTIES))
        if unknown:
            raise StoreError(f"unknown analytics properties {', '.join(unknown)}; known: {', '.join(schema.ANALYTICS_PROPERTIES)}")
        for prop, typ in schema.ANALYTICS_PROPERTIES.items():
            rows = [{"key": k, "value": _CAST[typ](f[prop])} for k, f in sorted(by_key.items())
                    if f.get(prop) is not None]
            if rows:
                out.append((label, prop, rows))
    return out


# ------------------------------------------------------------------ output

def actor_table(analysis: Analysis, label: str = "") -> QueryResult:
    rows = [[a[c] for c in ACTOR_COLUMNS] for a in analysis.actors if not label or a["label"] == label]
    return QueryResult(list(ACTOR_COLUMNS), rows)


def community_table(analysis: Analysis, top: int = 5) -> QueryResult:
    """One row per community; `members`: its first `top` departments by PageRank (and how many more)."""
    rows = []
    for c in analysis.communities:
        more = len(c["members"]) - top
        members = c["members"][:top] + ([f"… {more} more"] if more > 0 else [])
        rows.append([c["community"], c["size"], c["weight"], c["regions"], members])
    return QueryResult(["community", "size", "weight", "regions", "members"], rows)


def component_table(analysis: Analysis) -> QueryResult:
    """One row per component: its size, how many nodes of each label, and its best-connected node."""
    rows = []
    for c in analysis.components:
        labels = ", ".join(f"{label} {n}" for label, n in c["labels"].items())
        rows.append([c["component"], c["size"], labels, c["hub"]])
    return QueryResult(["component", "size", "labels", "hub"], rows)


def document(analysis: Analysis, *, label: str = "", limit: int | None = None, selection: str = "all") -> dict[str, Any]:
    """Everything as one JSON-ready document; `label` and `limit` choose the rows shown
    (limit: per section), never what is computed."""
    cut = (lambda rows: rows[:limit]) if limit else (lambda rows: rows)  # noqa: E731
    return {
        "selection": selection,
        "graph": analysis.summary(),
        "actors": cut([a for a in analysis.actors if not label or a["label"] == label]),
        "communities": cut(analysis.communities),
        "components": cut(analysis.components),
    }
