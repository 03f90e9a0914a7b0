"""Answering `kg query`: resolve the name the user typed, run the template, add related views."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.store import QueryResult, Store
from queries import names, runner

# Views shown after a template's own table (in table format): leader and
# department answers end with who they work with.
_EXTRAS = {"leader": ("appearances", "partners"), "department": ("partners",)}


@dataclass
class Answer:
    title: str
    result: QueryResult
    notes: list[str] = field(default_factory=list)
    extras: list[tuple[str, QueryResult, tuple[str, ...]]] = field(default_factory=list)
    table_columns: tuple[str, ...] = ()

    def columns(self, evidence: bool) -> tuple[str, ...]:
        """The table view's columns: the template's choice, plus evidence when asked."""
        if not self.table_columns:
            return ()
        return self.table_columns + (("evidence",) if evidence and "evidence" not in self.table_columns else ())


def sort_lists(result: QueryResult) -> QueryResult:
    """Lists collected by a query have no order of their own; sort them so output is stable."""
    rows = [[sorted(v, key=str) if isinstance(v, list) and not _ordered(c) else v for c, v in zip(result.columns, row)] for row in result.rows]
    return QueryResult(result.columns, rows)


def _ordered(column: str) -> bool:
    # Evidence lists are ordered by document and offset already, in step with their spans.
    return column in ("evidence", "spans")


def ask(store: Store, template: str, name: str | None, region: str, params: dict[str, Any]) -> Answer:
    t = runner.get(template)
    given = dict(params)
    required = [p.name for p in t.params if p.required]
    if name is not None:
        if not required:
            given.setdefault("name", name)
        else:
            given.setdefault(required[0], name)
    if region:
        given["region"] = region
    notes: list[str] = []
    labels = names.TEMPLATE_LABELS.get(template)
    if labels and "name" in given:
        found = names.find(store, labels, given["name"], given.get("region", ""))
        if not any(given["name"] == m.name for m in found) and len({m.name for m in found}) == 1:
            # Found through the alias table: ask the template for the stored name.
            given["name"] = found[0].name
        regions = sorted({m.region for m in found})
        if len(regions) > 1 and not region:
            notes.append(f"{given['name']} is in {len(regions)} regions ({', '.join(regions)}): showing all; use --region to choose")
    result = sort_lists(runner.run(store, template, given))
    if "ORDER BY" not in t.body.upper():
        # A template that sets no order (a UNION cannot, portably) still prints stably.
        result = QueryResult(result.columns, sorted(result.rows, key=lambda r: [str(v) for v in r]))
    title = f"{template} {given.get(required[0], '') if required else ''}".strip()
    extras = []
    for extra in _EXTRAS.get(template, ()):
        extra_params = {k: v for k, v in given.items() if k in {p.name for p in runner.get(extra).params}}
        extras.append((f"{extra} of {given.get('name', '')}", sort_lists(runner.run(store, extra, extra_params)),
                       runner.get(extra).columns))
    return Answer(title, result, notes, extras, t.columns)
