"""Rendering query results: an aligned table for people, JSON and CSV for programs."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from graph.store import QueryResult

FORMATS = ("table", "json", "csv")
LIST_SEP = "、"


def records(result: QueryResult) -> list[dict[str, Any]]:
    return [dict(zip(result.columns, row)) for row in result.rows]


def to_json(result: QueryResult) -> str:
    return json.dumps(records(result), ensure_ascii=False, indent=2)


def to_csv(result: QueryResult) -> str:
    """Lists are joined with '; ' so each cell stays one CSV field."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(result.columns)
    for row in result.rows:
        w.writerow(["; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v) for v in row])
    return buf.getvalue()


def _cell(value: Any, max_len: int) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        text = LIST_SEP.join(map(str, value))
    else:
        text = str(value)
    return text if len(text) <= max_len else text[: max_len - 1] + "…"


def select(result: QueryResult, columns: tuple[str, ...] | list[str]) -> QueryResult:
    """Only these columns (those the result has), in this order."""
    idx = [result.columns.index(c) for c in columns if c in result.columns]
    if not idx:
        return result
    return QueryResult([result.columns[i] for i in idx], [[row[i] for i in idx] for row in result.rows])


_NARROW_MAX = 18      # width a short column may take before it folds
_WIDE_MIN = 20        # width a long text column needs to stay readable


def _fits(console: Console, result: QueryResult) -> bool:
    """Whether the columns can be shown side by side at the console's width."""
    from rich.cells import cell_len
    need = 0
    for i, col in enumerate(result.columns):
        widest = max([cell_len(col)] + [cell_len(_cell(row[i], 60)) for row in result.rows])
        need += (_WIDE_MIN if col in _WIDE else min(widest, _NARROW_MAX)) + 3
    return need <= console.width


def print_records(console: Console, result: QueryResult, *, title: str = "", max_cell: int = 200) -> None:
    """One block per row, a line per column: what a narrow terminal can show whole."""
    if title:
        console.print(title, highlight=False, markup=False)
    for n, row in enumerate(result.rows, 1):
        console.print(f"── {n} " + "─" * max(0, min(console.width, 60) - len(str(n)) - 4), highlight=False)
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for col, value in zip(result.columns, row):
            grid.add_row(col, _cell(value, max_cell))
        console.print(grid)


_WIDE = ("task", "text", "evidence", "title")


def print_table(console: Console, result: QueryResult, *, title: str = "", max_cell: int = 60) -> None:
    """rich measures double-width characters, so Chinese columns line up; long text wraps,
    and is cut at `max_cell` characters (json and csv always carry it whole)."""
    table = Table(title=title or None, box=box.SIMPLE_HEAVY, show_lines=True, title_justify="left", expand=True)
    for col in result.columns:
        # Long text columns take the spare width; the rest keep their natural width.
        if col in _WIDE:
            table.add_column(col, overflow="fold", ratio=1, min_width=_WIDE_MIN)
        else:
            table.add_column(col, overflow="fold", max_width=_NARROW_MAX)
    for row in result.rows:
        table.add_row(*(_cell(v, max_cell).replace("\t", "  ") for v in row))
    if not result.rows:
        console.print(f"{title}: no rows" if title else "no rows", highlight=False)
        return
    if not _fits(console, result):
        print_records(console, result, title=title)
        return
    console.print(table)


def emit(console: Console, result: QueryResult, fmt: str, *, title: str = "", columns: tuple[str, ...] = ()) -> None:
    if fmt == "json":
        console.out(to_json(result), highlight=False)
    elif fmt == "csv":
        # Straight to the file: rich would expand the tabs inside cells (table rows'
        # evidence) to spaces, and CSV must carry the values as stored.
        console.file.write(to_csv(result))
    else:
        print_table(console, select(result, columns) if columns else result, title=title)
