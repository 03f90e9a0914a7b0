"""Rendering query results: an aligned table for people, JSON and CSV for programs.

- table: one column per field; Chinese (double-width) text is measured in terminal
  cells, so columns line up; long text (tasks, evidence, titles) wraps inside its column,
  never cut. A result too wide for the terminal is shown one block per row instead.
- json: a list of objects, one per row, with the columns in the query's order; lists
  stay lists, null stays null; nodes and relationships are maps of their properties,
  paths {"nodes": […], "relationships": […]}, dates ISO 8601 text.
- csv: a header, then one line per row; a list is one field, its items joined with
  "; "; null is an empty field; true/false as in Cypher; maps as JSON text.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from graph.store import QueryResult
from kg.terminal import escaped

FORMATS = ("table", "json", "csv")
LIST_SEP = "、"            # between the short Chinese items of a list in a table cell
CSV_LIST_SEP = "; "


# Values as programs see them
def plain(value: Any) -> Any:
    """A store's value as plain data: the same shape from Neo4j and from LadybugDB."""
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:          # a LadybugDB path
            return {"nodes": [plain(n) for n in value["_NODES"]], "relationships": [plain(r) for r in value["_RELS"]]}
        if "_LABEL" in value and "_ID" in value:            # a LadybugDB node or relationship
            return {k: plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "nodes") and hasattr(value, "relationships") and not isinstance(value, (str, bytes)):
        return {"nodes": [plain(dict(n)) for n in value.nodes],     # a Neo4j path
                "relationships": [plain(dict(r)) for r in value.relationships]}
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, bytes):
        return value.hex()
    return value


def plain_result(result: QueryResult) -> QueryResult:
    return QueryResult(list(result.columns), [[plain(v) for v in row] for row in result.rows])


def records(result: QueryResult) -> list[dict[str, Any]]:
    return [dict(zip(result.columns, row)) for row in plain_result(result).rows]


def to_json(result: QueryResult) -> str:
    return json.dumps(records(result), ensure_ascii=False, indent=2, default=str)


def _csv_item(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def _csv_cell(v: Any) -> str:
    if isinstance(v, list):
        return CSV_LIST_SEP.join(_csv_item(x) for x in v)
    return _csv_item(v)


def to_csv(result: QueryResult) -> str:
    """Lists are joined with '; ' so each cell stays one CSV field; null is empty."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(result.columns)
    for row in plain_result(result).rows:
        w.writerow([_csv_cell(v) for v in row])
    return buf.getvalue()


# Tables
_NARROW_MAX = 18      # width a short column may take before it folds
_WIDE_MIN = 20        # width a long text column needs to stay readable
_LONG_CELL = 40       # a column holding text this wide (cells) is a long text column
_WIDE = ("task", "text", "evidence", "title", "document", "tasks")


def _has_cjk(text: str) -> bool:
    return any(cell_len(ch) == 2 for ch in text)


def _cell(value: Any, column: str = "") -> str:
    """A value as table text, whole: lists one item a line when the items are long (evidence),
    else joined with 、 (Chinese) or ", "; control characters escaped (kg/terminal.py)."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        items = [_cell(v) for v in value]
        if column == "evidence" or column.endswith("Evidence") or any(cell_len(i) > _LONG_CELL for i in items):
            return "\n".join(items)
        return (LIST_SEP if any(_has_cjk(i) for i in items) else ", ").join(items)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return escaped(str(value).replace("\t", "  "), keep="\n")


def select(result: QueryResult, columns: tuple[str, ...] | list[str]) -> QueryResult:
    """Only these columns (those the result has), in this order."""
    idx = [result.columns.index(c) for c in columns if c in result.columns]
    if not idx:
        return result
    return QueryResult([result.columns[i] for i in idx], [[row[i] for i in idx] for row in result.rows])


def _widest(cells: list[str]) -> int:
    return max([0] + [cell_len(line) for c in cells for line in c.splitlines()])


def _wide(column: str, cells: list[str]) -> bool:
    """A long text column: a task, evidence, a title… longer than a short column holds, or any long text."""
    widest = _widest(cells)
    return widest > _LONG_CELL or (widest > _NARROW_MAX and (column in _WIDE or column.endswith("Evidence")))


def _fits(console: Console, columns: list[str], cells: list[list[str]]) -> bool:
    """Whether the columns can be shown side by side at the console's width."""
    need = 0
    for i, col in enumerate(columns):
        column_cells = [row[i] for row in cells]
        widest = max(cell_len(col), _widest(column_cells))
        need += (_WIDE_MIN if _wide(col, column_cells) else min(widest, _NARROW_MAX)) + 3
    return need <= console.width


def print_records(console: Console, result: QueryResult, *, title: str = "") -> None:
    """One block per row, a line per column: what a narrow terminal can show whole."""
    if title:
        console.print(title, highlight=False, markup=False)
    for n, row in enumerate(result.rows, 1):
        console.print(f"── {n} " + "─" * max(0, min(console.width, 60) - len(str(n)) - 4), highlight=False)
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for col, value in zip(result.columns, row):
            grid.add_row(col, _cell(value, col))
        console.print(grid, highlight=False, markup=False)


def print_table(console: Console, result: QueryResult, *, title: str = "") -> None:
    """rich measures double-width characters, so Chinese columns line up; long text wraps
    in its column and is shown whole. Too wide for the terminal: one block per row."""
    if not result.rows:
        console.print(f"{title}: no rows" if title else "no rows", highlight=False, markup=False)
        return
    cells = [[_cell(v, c) for c, v in zip(result.columns, row)] for row in result.rows]
    if not _fits(console, result.columns, cells):
        print_records(console, result, title=title)
        return
    wide = [_wide(col, [row[i] for row in cells]) for i, col in enumerate(result.columns)]
    # Long text columns take the spare width; the rest keep their natural width.
    table = Table(title=Text(title) if title else None, box=box.SIMPLE_HEAVY, show_lines=True, title_justify="left",
                  expand=any(wide), highlight=False)
    for i, col in enumerate(result.columns):
        if wide[i]:
            table.add_column(col, overflow="fold", ratio=1, min_width=_WIDE_MIN)
        else:
            table.add_column(col, overflow="fold", max_width=_NARROW_MAX)
    for row in cells:
        table.add_row(*(Text(c) for c in row))
    console.print(table)


def emit(console: Console, result: QueryResult, fmt: str, *, title: str = "", columns: tuple[str, ...] = ()) -> None:
    if fmt == "json":
        # Straight to the file, as CSV: the text is the data, never re-wrapped.
        console.file.write(to_json(result) + "\n")
    elif fmt == "csv":
        # Straight to the file: rich would expand the tabs inside cells (table rows'
        # evidence) to spaces, and CSV must carry the values as stored.
        console.file.write(to_csv(result))
    else:
        print_table(console, select(result, columns) if columns else result, title=title)
