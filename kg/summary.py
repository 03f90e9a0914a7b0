"""What `kg load` and `kg status` print: documents by kind, nodes by label, relationships by type, rejects."""
from __future__ import annotations

from collections import Counter

from rich.console import Console

from graph.store import QueryResult, Store
from kg import render
from kg.terminal import escaped
from kg.pipeline import LoadReport, graph_from_store
from queries import runner


class _Table:
    """A summary table, laid out as query answers are (kg/render.py): to the terminal's width,
    numbers right-aligned, long texts cut with … rather than every cell squeezed."""

    def __init__(self, title: str, *cols: str) -> None:
        self.title, self.columns, self.rows = title, list(cols), []

    def add_row(self, *values) -> None:
        self.rows.append(list(values))

    def print(self, console: Console, whole: bool = False) -> None:
        render.print_table(console, QueryResult(self.columns, self.rows), title=self.title, counted=False, whole=whole)
        console.file.write("\n")


def _table(title: str, *cols: str) -> _Table:
    return _Table(title, *cols)


MAX_LISTED = 30   # past this many documents, only the counts by kind are shown


def print_load_summary(console: Console, report: LoadReport, store: Store) -> None:
    if len(report.documents) <= MAX_LISTED:
        listed = _table("Read", "document", "kind", "encoding", "status", "notes")
        for d in report.documents:
            listed.add_row(d.path, d.kind or "-", d.encoding or "-", d.status, d.issues if d.ok else d.error)
        listed.print(console, whole=True)   # paths whole, to be copied
    docs = _table("Documents", "kind", "new", "replaced", "unchanged", "failed")
    by_kind: dict[str, Counter] = {}
    for d in report.documents:
        by_kind.setdefault(d.kind or "-", Counter())[d.status] += 1
    for kind, c in sorted(by_kind.items()):
        docs.add_row(kind, *(c[s] for s in ("new", "replaced", "unchanged", "failed")))
    docs.print(console)

    graph = _table("Graph" + (" (dry run: nothing written)" if report.dry_run else ""), "label / type", "total", "added", "changed", "removed")
    totals = report.graph.label_counts() + report.graph.type_counts()
    change = {name: (a, c, r) for name, a, c, r in report.diff.rows()}
    for name in sorted(set(totals) | set(change)):
        a, c, r = change.get(name, (0, 0, 0))
        graph.add_row(name, totals.get(name, 0), a, c, r)
    graph.print(console)

    if report.issues:
        codes = Counter(i.code for i in report.issues)
        rej = _table(f"Rejects and notes ({len(report.issues)})", "reason", "count")
        for code, n in sorted(codes.items()):
            rej.add_row(code, n)
        rej.print(console)
        if report.reject_log:
            # soft_wrap: a path must stay on one line to be copied, however narrow the output.
            console.print(f"Reject log: {escaped(str(report.reject_log))}", highlight=False, markup=False, soft_wrap=True)
    verb = "would be written to" if report.dry_run else ("written to" if not report.diff.empty else "unchanged in")
    ok = sum(d.ok for d in report.documents)
    console.print(f"{ok} of {len(report.documents)} documents read; graph {verb} the {store.backend} store at "
                  f"{escaped(str(store.location))}", highlight=False, markup=False, soft_wrap=True)


def print_status(console: Console, store: Store) -> None:
    console.print(f"store: {store.backend}", highlight=False)
    console.print(f"location: {escaped(str(store.location))}", highlight=False, markup=False, soft_wrap=True)
    records = store.records()   # a store that cannot be read is an error (exit 1), not a state
    if not records:
        # Nothing loaded yet (or no database file at all) is a state to report, not an error.
        console.print("contents: nothing loaded yet; load documents with: kg load PATH…", highlight=False, soft_wrap=True)
        return
    kg = graph_from_store(store)
    counts = _table("Contents", "label / type", "count")
    for name, n in sorted((kg.label_counts() + kg.type_counts()).items()):
        counts.add_row(name, n)
    counts.print(console)
    docs = runner.run(store, "documents")
    t = _table(f"Documents ({len(records)})", "key", "kind", "title", "tasks", "encoding", "loaded at", "source")
    for row in docs.rows:
        rec = dict(zip(docs.columns, row))
        t.add_row(rec["key"], rec["kind"], rec["title"], rec["tasks"], rec["encoding"], rec["loadedAt"], rec["source"])
    t.print(console)
