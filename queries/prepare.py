"""Computation a template needs that Cypher cannot do the same way on both stores.

A template names its steps in its header:

    // prepare: NAME   before the body runs: PREPARERS[NAME](store, params) returns
                       extra parameters the body uses (e.g. $hits, $scores)
    // finish: NAME    after it: FINISHERS[NAME](store, params, result) turns the
                       body's rows into the rows shown (e.g. paths into steps)

Each step is plain Python over what the store returns to portable Cypher (plus,
for `task_search` on Neo4j, its full-text index), so a template still answers the
same question on both stores. The body stays runnable in Neo4j Browser: its header
says how to set the computed parameters there by hand.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import gc
import math
import re
import threading
import weakref
from collections import Counter
from typing import Any, Callable

from graph import schema
from graph.errors import QueryError, StoreError
from graph.store import QueryResult, Store
from .chains import Chain, Link, Topology
from .dialect import for_backend
from .kept import kept_or

Preparer = Callable[[Store, dict], dict]
Finisher = Callable[[Store, dict, QueryResult], QueryResult]


def _run(store: Store, cypher: str, params: dict | None = None) -> QueryResult:
    """A step's own query, written in Neo4j Cypher like the templates and adapted the same way."""
    return store.run(for_backend(cypher, store.backend), params or {})


# LadybugDB types a parameter from its value and cannot type an empty list: a step
# with nothing to pass gives one entry whose key no node has, so the body finds no rows.
_NOTHING = {"key": "", "label": "", "score": 0.0}


# ------------------------------------------------------------------ task: full-text search

TASK_TEXT_INDEX = "kg_task_text"      # created by graph/neo4j_store.py
# Lucene's BM25 constants (Neo4j's full-text indexes use Lucene's BM25Similarity).
BM25_K1 = 1.2
BM25_B = 0.75
_WORD = re.compile(r"\w")
# Function words too common to tell tasks apart (like a Lucene stop set): without them a
# question that matches nothing would still match every task containing 的.
STOP_WORDS = frozenset("的 了 和 与 及 等 是 并 之 其 或 也 而 着 把 被".split())


def bm25_scores(docs: dict[str, list[str]], query: list[str], k1: float = BM25_K1, b: float = BM25_B) -> dict[str, float]:
    """BM25 score of each document (a list of terms) that has at least one query term.

    Lucene's formula: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), term weight
    idf · tf / (tf + k1 · (1 - b + b · len / avglen)); each distinct query term counts once.
    """
    return Bm25Index(docs, k1, b).scores(query)


class Bm25Index:
    """An inverted index over documents (lists of terms): a query reads the postings of its
    own terms only, not every document. Built once per graph (see _task_index)."""

    def __init__(self, docs: dict[str, list[str]], k1: float = BM25_K1, b: float = BM25_B) -> None:
        self.n = len(docs)
        avg = (sum(len(t) for t in docs.values()) / self.n or 1.0) if self.n else 1.0
        self.norm = {key: k1 * (1 - b + b * len(toks) / avg) for key, toks in docs.items()}
        # term → [(document, term frequency, first position)]: the position keeps each
        # document's sum in the order of its own terms, so scores equal the formula's bit for bit.
        self.postings: dict[str, list[tuple[str, int, int]]] = {}
        for key, toks in docs.items():
            first: dict[str, int] = {}
            for i, t in enumerate(toks):
                first.setdefault(t, i)
            counts = Counter(toks)
            for t, i in first.items():
                self.postings.setdefault(t, []).append((key, counts[t], i))

    def scores(self, query: list[str]) -> dict[str, float]:
        parts: dict[str, list[tuple[int, float]]] = {}
        for t in dict.fromkeys(query):
            posting = self.postings.get(t)
            if not posting:
                continue
            df = len(posting)
            idf = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
            for key, f, pos in posting:
                parts.setdefault(key, []).append((pos, idf * f / (f + self.norm[key])))
        return {key: sum(w for _, w in sorted(ws)) for key, ws in parts.items()}


class _Tokens:
    """jieba's search-mode words of a text (HMM off: the same text always gives the same
    words; read through queries/word_dictionary.py, so a process does not load jieba's
    whole dictionary), lower-cased, punctuation and STOP_WORDS dropped; remembered per text."""

    def __init__(self) -> None:
        self._words = None
        self._lock = threading.Lock()
        self._cache: dict[str, list[str]] = {}

    def _dictionary(self):
        if self._words is None:
            with self._lock:
                if self._words is None:
                    from .word_dictionary import Dictionary
                    self._words = Dictionary()
        return self._words

    def __call__(self, text: str) -> list[str]:
        got = self._cache.get(text)
        if got is None:
            from .word_dictionary import cut_for_search
            got = [w.lower() for w in cut_for_search(self._dictionary(), text or "")
                   if _WORD.search(w) and w not in STOP_WORDS]
            if len(self._cache) < 100_000:
                self._cache[text] = got
        return got


tokens = _Tokens()


def fingerprint(store: Store) -> tuple:
    """What changes whenever the store is written, by this process or another.

    A store that can tell cheaply says so itself (`store.fingerprint()`: the embedded store
    from its files, without a query; Neo4j from the bookmark of a tiny read). For any other
    store: its Extraction records (key, loadedAt), which every load writes. Inside
    `same_state()` it is taken once per store.
    """
    memo = _PINNED.get()
    if memo is not None and id(store) in memo:
        return memo[id(store)][1]
    own = getattr(store, "fingerprint", None)
    fp = own() if callable(own) else None
    if fp is None:
        res = _run(store, f"MATCH (x:{schema.EXTRACTION}) RETURN x.key AS key, x.loadedAt AS at ORDER BY key")
        fp = tuple(tuple(row) for row in res.rows)
    if memo is not None:
        memo[id(store)] = (store, fp)
    return fp


# Fingerprints taken inside same_state(): {id(store): (store, fingerprint)}.
_PINNED: contextvars.ContextVar[dict | None] = contextvars.ContextVar("kg_pinned_fingerprints", default=None)


@contextlib.contextmanager
def same_state():
    """Within it, each store's fingerprint is taken once: one `kg query` (name lookup,
    template, preparation, extra views) asks Neo4j whether it was written once, not per step."""
    if _PINNED.get() is not None:
        yield
        return
    token = _PINNED.set({})
    try:
        yield
    finally:
        _PINNED.reset(token)


# Per store object: what a step computed from the whole graph, with the fingerprint it was computed at.
_CACHE: "weakref.WeakKeyDictionary[Any, dict[str, tuple[tuple, Any]]]" = weakref.WeakKeyDictionary()


@contextlib.contextmanager
def bulk_build():
    """Python's cycle collector paused while a whole-graph structure is built: it would scan
    the millions of new (acyclic) tuples and lists again and again. The first `path` call on
    a 139,400-node graph, which reads its shape, took 7.5 s with it and 4.6 s without."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cached(store: Store, name: str, compute: Callable[[], Any]) -> Any:
    fp = fingerprint(store)
    try:
        entries = _CACHE.setdefault(store, {})
    except TypeError:           # a store that cannot be weakly referenced: no cache
        with bulk_build():
            return compute()
    hit = entries.get(name)
    if hit and hit[0] == fp:
        return hit[1]
    with bulk_build():
        value = compute()
    entries[name] = (fp, value)
    return value


def _task_index(store: Store) -> Bm25Index:
    """The BM25 index of every task's terms, built once per graph: kept in memory per store,
    and beside an embedded database in a file (`<db>.task-index`) that later processes read
    while the database is unchanged (its fingerprint is stored with it)."""
    def compute():
        res = _run(store, f"MATCH (t:{schema.TASK}) RETURN t.key AS key, t.text AS text ORDER BY key")
        return Bm25Index({key: tokens(text or "") for key, text in res.rows})
    return _cached(store, "task_index", lambda: kept_or(store, "task-index", fingerprint(store), compute))


def _shown_tasks(store: Store) -> dict[str, str]:
    """{task key: region} of the tasks the body can show (those part of a document), once per graph."""
    def compute():
        res = _run(store, f"MATCH (t:{schema.TASK})-[:{schema.PART_OF}]->(:{schema.DOCUMENT}) "
                          "RETURN DISTINCT t.key AS key, t.region AS region")
        return {key: region for key, region in res.rows}
    return _cached(store, "shown_tasks", compute)


def _in_region(region: str | None, wanted: str) -> bool:
    """The body's `$region = '' OR x.region ENDS WITH $region` (a null region never matches)."""
    return not wanted or (region is not None and region.endswith(wanted))


def _top(items: list[dict], limit: Any, order: Callable[[dict], Any], ties: Callable[[dict], Any] | None = None) -> list[dict]:
    """The items that can be among the body's first `limit` rows: the first `limit` by
    `order`, and (with `ties`) every item equal to the last of them on it, since the body
    orders those by columns computed later. None for a limit of 0; all of them for no limit
    or a negative one (the body's LIMIT refuses it as before)."""
    if not isinstance(limit, int) or limit < 0 or len(items) <= limit:
        return items
    if limit == 0:
        return []
    ranked = sorted(items, key=order)
    keep = ranked[:limit]
    if ties is not None:
        last = ties(keep[-1])
        keep += [x for x in ranked[limit:] if ties(x) == last]
    chosen = {id(x) for x in keep}
    return [x for x in items if id(x) in chosen]


_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')


def lucene_query(text: str) -> str:
    """The text as a Lucene query of plain terms: its operators and wildcards escaped, and
    lower-cased (the analyzer lower-cases terms anyway; AND, OR and NOT stop being operators)."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text.lower())


# Above this many hits the task search passes the body only those it can show (below it,
# passing them all costs the body less than the look-up, on Neo4j a round trip).
CUT_HITS = 200


def task_search(store: Store, params: dict) -> dict:
    """$hits: [{key, score}] for the tasks whose text matches $text, best first.

    Neo4j: its full-text index kg_task_text (Lucene, CJK analyzer: character bigrams).
    Embedded: BM25 over jieba's search-mode words of every task text, computed here.
    Scores are rounded to 4 decimals; each store's scores only compare within it.
    """
    text = (params.get("text") or "").strip()
    if not text:
        raise QueryError("template 'task' needs some text to search for")
    if store.backend == "neo4j":
        try:
            res = store.run(
                "CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score "
                "RETURN node.key AS key, score",
                {"index": TASK_TEXT_INDEX, "query": lucene_query(text)},
            )
        except StoreError as e:
            if "no such fulltext schema index" not in str(e):
                raise
            raise QueryError(f"this Neo4j database has no full-text index {TASK_TEXT_INDEX} yet (it was loaded by an "
                             "older kg): load the documents again (kg load …) to create it") from e
        hits = {key: score for key, score in res.rows}
    else:
        hits = _task_index(store).scores(tokens(text))
    ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
    out = [{"key": k, "score": round(s, 4)} for k, s in ranked]
    if "limit" in params and len(out) > CUT_HITS:
        # Only the hits the body can show: in the region, part of a document, and among the
        # first $limit by (score, key) as the body orders them; the body still filters and
        # orders them itself (and is all Neo4j Browser runs).
        shown = _shown_tasks(store)
        region = params.get("region") or ""
        out = [h for h in out if h["key"] in shown and _in_region(shown[h["key"]], region)]
        out = _top(out, params["limit"], lambda h: (-h["score"], h["key"]))
    return {"hits": out or [dict(_NOTHING)]}


# ------------------------------------------------------------------ central: PageRank

_ACTORS = f"{schema.LEADER}|{schema.DEPARTMENT}"


def pagerank(store: Store, params: dict) -> dict:
    """$scores: [{label, key, score}] — PageRank of every leader and department in the
    undirected actor graph whose edges are COOPERATES_WITH, weighted by shared tasks.

    Computed over the whole graph (the template's label and region only filter what is
    shown), once per store and graph (kept beside an embedded database, `<db>.pagerank`, for
    later processes); rounded to 6 decimals, so both stores give the same numbers.
    """
    scores = _cached(store, "pagerank", lambda: kept_or(store, "pagerank", fingerprint(store), lambda: _actor_pagerank(store)))
    if "limit" in params and scores:
        # Only the actors that can be shown: of the label and region asked for, and among
        # the first $limit by score (with every actor tied with the last of them, since the
        # body breaks ties by degree). The body still filters, counts and orders them itself.
        label, region = params.get("label") or "", params.get("region") or ""
        regions = _actor_regions(store) if region else {}
        scores = [s for s in scores if (not label or s["label"] == label)
                  and (not region or _in_region(regions.get((s["label"], s["key"])), region))]
        scores = _top(scores, params["limit"], lambda s: -s["score"], lambda s: s["score"])
    return {"scores": scores or [dict(_NOTHING)]}


def _actor_regions(store: Store) -> dict[tuple[str, str], str]:
    """{(label, key): region} of every leader and department, once per store and graph."""
    def compute():
        res = _run(store, f"MATCH (a:{_ACTORS}) RETURN labels(a)[0] AS label, a.key AS key, a.region AS region")
        return {(label, key): region for label, key, region in res.rows}
    return _cached(store, "actor_regions", compute)


def _actor_pagerank(store: Store) -> list[dict]:
    from graph.analytics import cooperation_network, pagerank
    actors = _run(store, f"MATCH (a:{_ACTORS}) RETURN labels(a)[0] AS label, a.key AS key ORDER BY label, key")
    edges = _run(store, f"MATCH (a:{_ACTORS})-[c:{schema.COOPERATES_WITH}]->(b:{_ACTORS}) "
                        "RETURN labels(a)[0] AS al, a.key AS ak, labels(b)[0] AS bl, b.key AS bk, c.weight AS w "
                        "ORDER BY al, ak, bl, bk")
    pr = pagerank(cooperation_network((tuple(row) for row in actors.rows), edges.rows))
    return [{"label": label, "key": key, "score": round(float(s), 6)} for (label, key), s in sorted(pr.items())]


# ------------------------------------------------------------------ deadlines: the window

def deadline_window(store: Store, params: dict) -> dict:
    """$due_by: the last day counted as "due" ($as_of + $days), as ISO text the body reads
    with date(), as it reads $as_of. $as_of must be a date: kg never assumes today."""
    as_of = str(params.get("as_of") or "").strip()
    try:
        day = dt.date.fromisoformat(as_of)
    except ValueError:
        raise QueryError(f"as_of must be a date as YYYY-MM-DD (e.g. 2021-12-01), not {as_of!r}") from None
    days = int(params.get("days", 30))
    if days < 0:
        raise QueryError(f"days must be 0 or more, not {days}")
    return {"as_of": day.isoformat(), "due_by": (day + dt.timedelta(days=days)).isoformat()}


def deadline_status(deadline, as_of: str, due_by: str) -> str:
    """The body's CASE in Python (for documentation and tests): one status per task; the
    deadline a date, ISO text or None."""
    if not deadline:
        return "no date"
    deadline = deadline if isinstance(deadline, str) else deadline.isoformat()
    if deadline < as_of:
        return "overdue"
    if deadline <= due_by:
        return "due"
    return "upcoming"


# ------------------------------------------------------------------ path: shortest chains

def _topology(store: Store) -> Topology:
    """Which entity is joined to which and by what (no properties besides the role), read
    once per store and graph; the entities' names come from the name lookup's own cache."""
    def compute():
        from .names import label_entries      # names imports this module
        nodes = [(e.label, e.key, e.name, e.aliases) for label in schema.LABELS for e in label_entries(store, label)]
        links: list[Link] = []
        for rtype in schema.REL_TYPES:
            role = "r.role" if "role" in schema.rel_properties(rtype) else "''"
            # One row holding every link: Neo4j's driver costs ~20 µs a record, a 4× difference here.
            res = _run(store, f"MATCH (x:{_NODES})-[r:{rtype}]->(y:{_NODES}) "
                              f"RETURN collect([labels(x)[0], x.key, labels(y)[0], y.key, {role}]) AS links")
            links += [Link((xl, xk), rtype, (yl, yk), role or "") for xl, xk, yl, yk, role in (res.rows[0][0] if res.rows else [])]
        return Topology(nodes, links)
    return _cached(store, "topology", compute)


_NODES = "|".join(schema.LABELS)


def _path_chains(store: Store, params: dict) -> list[Chain]:
    return _topology(store).chains(str(params.get("a", "")), str(params.get("b", "")), int(params.get("paths", 10)))


def shortest_chains(store: Store, params: dict) -> dict:
    """$keys: the keys of the entities on the first $paths shortest chains from $a to $b
    (queries/chains.py); the body reads the relationships among them, with their evidence."""
    keys = sorted({key for chain in _path_chains(store, params) for _, key in chain.nodes})
    return {"keys": keys or [""]}


PATH_COLUMNS = ["path", "step", "from", "fromLabel", "direction", "type", "detail", "to", "toLabel", "evidence"]
_LINK_COLUMNS = ("xKey", "xLabel", "xName", "type", "yKey", "yLabel", "yName", "role", "title", "weight", "evidence")


def _detail(link: dict) -> str:
    if link["role"]:
        return link["role"]
    if link["title"]:
        return link["title"]
    if link["weight"]:
        return f"{link['weight']} shared tasks"
    return ""


def chain_steps(store: Store, params: dict, result: QueryResult) -> QueryResult:
    """The chains (the same ones shortest_chains found) as one row per step: path number,
    step, the two entities and their labels, the relationship's direction ('->' when it
    points from `from` to `to`), type, role or title, and evidence (from the body's rows)."""
    found: dict[tuple, dict] = {}
    for row in result.rows:
        link = dict(zip(_LINK_COLUMNS, row))
        found[((link["xLabel"], link["xKey"]), link["type"], (link["yLabel"], link["yKey"]), link["role"] or "")] = link
    out = []
    for i, chain in enumerate(_path_chains(store, params), 1):
        for step, (link, forward) in enumerate(chain.steps, 1):
            got = found.get((link.x, link.type, link.y, link.role))
            if got is None:     # the graph changed between the two reads
                raise QueryError(f"the path from {params.get('a')} to {params.get('b')} changed while it was read; ask again")
            start = (got["xName"], got["xLabel"]) if forward else (got["yName"], got["yLabel"])
            end = (got["yName"], got["yLabel"]) if forward else (got["xName"], got["xLabel"])
            out.append([i, step, start[0] or link.x[1], start[1], "->" if forward else "<-", link.type, _detail(got),
                        end[0] or link.y[1], end[1], list(got["evidence"] or [])])
    return QueryResult(list(PATH_COLUMNS), out)


PREPARERS: dict[str, Preparer] = {
    "task_search": task_search,
    "pagerank": pagerank,
    "deadline_window": deadline_window,
    "shortest_chains": shortest_chains,
}

FINISHERS: dict[str, Finisher] = {
    "chain_steps": chain_steps,
}


def before(step: str, store: Store, params: dict) -> dict:
    """The parameters for the body: the bound ones plus what the template's prepare step adds."""
    if not step:
        return params
    if step not in PREPARERS:
        raise QueryError(f"unknown prepare step {step!r}; known: {', '.join(PREPARERS)}")
    return {**params, **PREPARERS[step](store, params)}


def after(step: str, store: Store, params: dict, result: QueryResult) -> QueryResult:
    if not step:
        return result
    if step not in FINISHERS:
        raise QueryError(f"unknown finish step {step!r}; known: {', '.join(FINISHERS)}")
    return FINISHERS[step](store, params, result)
