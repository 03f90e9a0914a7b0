"""Rendering query results: an aligned table for people, JSON and CSV for programs.

- table: laid out to the terminal's width. Chinese (double-width) text is measured in
  terminal cells, so columns line up; short values are never wrapped or cut; long texts
  (tasks, evidence, titles) share the width left and are cut with … (whole, wrapped in
  their column, with `whole=True`: --wide, --evidence). Columns that cannot fit even so
  are shown one block per row. Each section says how many rows it shows of how many.
- json: a list of objects, one per row, with the columns in the query's order; lists
  stay lists, null stays null; nodes and relationships are maps of their properties,
  paths {"nodes": […], "relationships": […]}, dates ISO 8601 text. An answer of several
  sections: one object per section, {"section", "title", "total", "rows"}.
- csv: a header, then one line per row; a list is one field, its items joined with
  "; "; null is an empty field; true/false as in Cypher; maps as JSON text. An answer
  of several sections: one table with a first `section` column.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from pathlib import Path
from typing import Any

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console

from graph.errors import KgError
from graph.store import QueryResult
from kg.terminal import escaped

FORMATS = ("table", "json", "csv")
LIST_SEP = "、"            # between the short Chinese items of a list in a table cell
CSV_LIST_SEP = "; "


# Values as programs see them
class Entity(dict):
    """A node or relationship as plain data: the map of its properties (what json prints),
    which also knows its label or type (what a table shows beside its key properties)."""
    label: str = ""
    relationship: bool = False


def plain(value: Any) -> Any:
    """A store's value as plain data: the same shape from Neo4j and from LadybugDB."""
    if isinstance(value, Entity):                           # made plain already
        return value
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:          # a LadybugDB path
            return {"nodes": [plain(n) for n in value["_NODES"]], "relationships": [plain(r) for r in value["_RELS"]]}
        if "_LABEL" in value and "_ID" in value:            # a node or relationship (both stores)
            entity = Entity({k: plain(v) for k, v in value.items() if not k.startswith("_") and v is not None})
            entity.label, entity.relationship = str(value["_LABEL"]), "_SRC" in value
            return entity
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
_GAP = "  "           # between columns
_INDENT = "  "        # before the first
_SHORT = 16           # a column whose widest value is at most this wide (cells) is never cut
_MIN_TEXT = 20        # a long text (a task, a title…) cut keeps at least this many cells
_MIN_CUT = 10         # any other value cut keeps at least this many
_WIDE = ("task", "text", "evidence", "title", "document", "tasks")
_KEY_PROPERTIES = ("name", "key")     # what a table shows of a node, after its label


def _has_cjk(text: str) -> bool:
    return any(cell_len(ch) == 2 for ch in text)


def _entity(value: Entity) -> str:
    """A node as cypher-shell shows one, with its key properties only: (:Leader {name: "郑德雁",
    key: "…"}); a relationship with its own scalar properties: [:RESPONSIBLE_FOR {role: "lead"}]."""
    if value.relationship:
        shown = [k for k, v in value.items() if k not in ("documents", "evidence", "spans") and not isinstance(v, list)]
    else:
        shown = [k for k in _KEY_PROPERTIES if k in value]
    props = ", ".join(f"{k}: {json.dumps(value[k], ensure_ascii=False, default=str)}" for k in shown)
    inner = f":{value.label}" + (f" {{{props}}}" if props else "")
    return f"[{inner}]" if value.relationship else f"({inner})"


def _cell(value: Any, column: str = "") -> str:
    """A value as table text, whole: lists one item a line when the items are long (evidence),
    else joined with 、 (Chinese) or ", "; a node as its label and key properties; control
    characters escaped (kg/terminal.py)."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Entity) and value.label:
        return _entity(value)
    if isinstance(value, list):
        items = [_cell(v) for v in value]
        if column == "evidence" or column.endswith("Evidence") or any(cell_len(i) > 40 for i in items):
            return "\n".join(items)
        return (LIST_SEP if any(_has_cjk(i) for i in items) else ", ").join(items)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return escaped(str(value).replace("\t", "  ").replace("\r", ""), keep="\n")


def select(result: QueryResult, columns: tuple[str, ...] | list[str]) -> QueryResult:
    """Only these columns (those the result has), in this order."""
    idx = [result.columns.index(c) for c in columns if c in result.columns]
    if not idx:
        return result
    return QueryResult([result.columns[i] for i in idx], [[row[i] for i in idx] for row in result.rows])


def _widest(cells: list[str]) -> int:
    return max([0] + [cell_len(line) for c in cells for line in c.split("\n")])


def _minimum(column: str, natural: int) -> int:
    """The fewest cells a column may take: a short value its whole width, a long text enough
    to read its start, anything else a little less."""
    if natural <= _SHORT:
        return natural
    return min(natural, _MIN_TEXT if column in _WIDE or column.endswith("Evidence") else _MIN_CUT)


def layout(columns: list[str], cells: list[list[str]], width: int) -> tuple[list[int], list[int]]:
    """Each column's width in cells at this terminal width, and the columns left out.

    Every column gets its natural width when they all fit. Else each starts from its
    minimum (short values whole); columns are left out from the right (templates list
    the most telling first) until the minimums fit; the short ones then grow to their
    natural width, and the long texts share what is left, the narrower taking what they need."""
    natural = [max(cell_len(col), _widest([row[i] for row in cells])) for i, col in enumerate(columns)]

    def budget(kept: list[int]) -> int:
        return width - len(_INDENT) - len(_GAP) * (len(kept) - 1)

    kept = list(range(len(columns)))
    if sum(natural) <= budget(kept):
        return natural, []
    minimum = [_minimum(col, natural[i]) for i, col in enumerate(columns)]
    while len(kept) > 1 and sum(minimum[i] for i in kept) > budget(kept):
        kept.pop()
    widths = [minimum[i] if i in kept else 0 for i in range(len(columns))]
    left = budget(kept) - sum(widths)
    growing = sorted(kept, key=lambda i: natural[i])
    for n, i in enumerate(growing):       # the narrower take what they need, the rest share
        extra = min(natural[i] - widths[i], max(0, left) // (len(growing) - n))
        widths[i] += extra
        left -= extra
    return widths, [i for i in range(len(columns)) if i not in kept]


def cut(text: str, width: int) -> str:
    """The text on one line, at most `width` cells: cut with … when it is longer."""
    first, _, more = text.partition("\n")
    if not more and cell_len(first) <= width:
        return first
    out, used = [], 0
    for ch in first:
        w = get_character_cell_size(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def wrap(text: str, width: int) -> list[str]:
    """The text in lines of at most `width` cells (its own line breaks kept)."""
    lines = []
    for para in text.split("\n"):
        line, used = [], 0
        for ch in para:
            w = get_character_cell_size(ch)
            if used + w > width and line:
                lines.append("".join(line))
                line, used = [], 0
            line.append(ch)
            used += w
        lines.append("".join(line))
    return lines


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * max(0, width - cell_len(text))
    return space + text if right else text + space


def _numeric(values: list[Any]) -> bool:
    return any(v is not None for v in values) and all(
        v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in values)


def print_records(console: Console, result: QueryResult, *, title: str = "") -> None:
    """One block per row, a line per column, values wrapped whole beside their names: what a
    narrow terminal can show of every column."""
    label = max(cell_len(c) for c in result.columns)
    room = max(10, console.width - label - 2)
    lines = [title] if title else []
    for n, row in enumerate(result.rows, 1):
        lines.append(f"── {n} " + "─" * max(0, min(console.width, 60) - len(str(n)) - 4))
        for col, value in zip(result.columns, row):
            for k, part in enumerate(wrap(_cell(value, col), room)):
                lines.append(f"{_pad(col if k == 0 else '', label, False)}  {part}".rstrip())
    console.file.write("\n".join(lines) + "\n")


def rows_said(shown: int, total: int | None = None) -> str:
    """How many rows a section shows: "11 rows", "5 of 11 rows"."""
    total = shown if total is None else total
    word = "row" if total == 1 else "rows"
    return f"{total} {word}" if shown == total else f"{shown} of {total} {word}"


def print_table(console: Console, result: QueryResult, *, title: str = "", total: int | None = None,
                whole: bool = False, counted: bool = True) -> None:
    """The rows laid out to the console's width (see layout), with a line saying how many
    rows there are; long texts cut with … unless `whole`, where they wrap in their column.
    Written straight to the console's file: thousands of rows print in a blink."""
    said = rows_said(len(result.rows), total)
    heading = (f"{title} ({said})" if counted else title) if title else ""
    if not result.rows:
        console.file.write(f"{title}: no rows\n" if title else "no rows\n")
        return
    cells = [[_cell(v, c) for c, v in zip(result.columns, row)] for row in result.rows]
    widths, dropped = layout(result.columns, cells, console.width)
    if whole and dropped:
        print_records(console, result, title=heading)    # everything, whole: one block per row
        return
    kept = [i for i in range(len(result.columns)) if i not in dropped]
    right = [_numeric([row[i] for row in result.rows]) for i in range(len(result.columns))]

    def line(texts: list[str]) -> str:
        return _INDENT + _GAP.join(_pad(texts[n], widths[i], right[i]) for n, i in enumerate(kept)).rstrip()

    lines = [heading] if heading else []
    lines.append(line([cut(result.columns[i], widths[i]) for i in kept]))
    shortened = False
    for row in cells:
        if whole:
            parts = [wrap(row[i], widths[i]) for i in kept]
            for k in range(max(len(p) for p in parts)):
                lines.append(line([p[k] if k < len(p) else "" for p in parts]))
        else:
            shown = [cut(row[i], widths[i]) for i in kept]
            shortened = shortened or any(a != row[i] for a, i in zip(shown, kept))
            lines.append(line(shown))
    if not title and counted:
        lines.append(f"({said})")
    if dropped:
        left_out = ", ".join(result.columns[i] for i in dropped)
        lines.append(f"{_INDENT}({left_out} left out at {console.width} columns; --wide shows every column)")
    elif shortened:
        lines.append(f"{_INDENT}(texts cut at {console.width} columns; --wide shows them whole)")
    console.file.write("\n".join(lines) + "\n")


def emit(console: Console, result: QueryResult, fmt: str, *, title: str = "", columns: tuple[str, ...] = (),
         total: int | None = None, whole: bool = False) -> None:
    if fmt == "json":
        # Straight to the file, as CSV: the text is the data, never re-wrapped.
        console.file.write(to_json(result) + "\n")
    elif fmt == "csv":
        # Straight to the file: rich would expand the tabs inside cells (table rows'
        # evidence) to spaces, and CSV must carry the values as stored.
        console.file.write(to_csv(result))
    else:
        print_table(console, select(result, columns) if columns else result, title=title, total=total, whole=whole)


# Answers of several sections (kg query leader: the tasks, then appearances and partners)
def sections_json(sections) -> str:
    """One object per section: its name (the template), title, row count before --limit, rows."""
    doc = [{"section": s.name, "title": s.title, "total": s.total, "rows": records(s.result)} for s in sections]
    return json.dumps(doc, ensure_ascii=False, indent=2, default=str)


def sections_csv(sections) -> str:
    """One table: a first `section` column naming the template each row comes from, then every
    section's columns (the first section's, then those the others add), empty where a section has none."""
    columns: list[str] = []
    for s in sections:
        columns += [c for c in s.result.columns if c not in columns]
    rows = []
    for s in sections:
        for record in records(s.result):
            rows.append([s.name, *(record.get(c) for c in columns)])
    return to_csv(QueryResult(["section", *columns], rows))


def section_files(sections, fmt: str) -> dict[str, tuple[str, int, int]]:
    """One file per section (`kg query … -o DIR`): {file name: (content, rows, total)}, named
    after the section (`partners.csv`), each with its own columns, in csv or json."""
    files: dict[str, tuple[str, int, int]] = {}
    for s in sections:
        name, n = f"{s.name}.{fmt}", 2
        while name in files:              # the same template twice: partners-2.csv
            name, n = f"{s.name}-{n}.{fmt}", n + 1
        content = to_csv(s.result) if fmt == "csv" else to_json(s.result) + "\n"
        files[name] = (content, len(s.result.rows), s.total)
    return files


def write_sections(directory: Path, sections, fmt: str) -> str:
    """Write section_files into a directory; returns what was written, for a note."""
    files = section_files(sections, fmt)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name, (content, _, _) in files.items():
            (directory / name).write_text(content, encoding="utf-8")
    except OSError as e:
        raise KgError(f"cannot write {directory}: {e.strerror or e}") from e
    rows = lambda n: f"{n} row" if n == 1 else f"{n} rows"  # noqa: E731
    shown = ", ".join(f"{name} ({rows(n)})" if n == total else f"{name} ({n} of {rows(total)})"
                      for name, (_, n, total) in files.items())
    return f"wrote {len(files)} {'file' if len(files) == 1 else 'files'} to {directory}/: {shown}"


def emit_sections(console: Console, sections, fmt: str, *, evidence: bool = False, whole: bool = False) -> None:
    """Every section of an answer, in every format (kg.asking.Section: name, title, result,
    total, columns(evidence)). A single section is printed as any one result is."""
    if len(sections) == 1 and fmt != "table":
        emit(console, sections[0].result, fmt)
    elif fmt == "json":
        console.file.write(sections_json(sections) + "\n")
    elif fmt == "csv":
        console.file.write(sections_csv(sections))
    else:
        for n, s in enumerate(sections):
            if n:
                console.file.write("\n")
            emit(console, s.result, "table", title=s.title, columns=s.columns(evidence), total=s.total,
                 whole=whole or evidence)
