"""Flattened tables whose cells each open with their left rule: a row's first cell alone on its line, each later
cell on a line of its own opening with a bar (| 工作任务), the row closed by a bar alone.

A table copied from a page with its rules, broken before each bar rather than after it (the mirror of cells
closed by their rules, 钱宇 |, which flat.py reads): the header's labels (工作要点 / | 工作任务 / | 牵头单位 /
| 参与单位 / |), then per row its cells the same way. A row that writes fewer cells than the header names left
its merged cells out: a heading cell over several rows (工作要点) before its task, a unit cell after it. Its
first cell, a sentence, is the task; the cells after it fill the columns after the task's, and the columns it
does not reach stay empty (merged with the row above, as table readers read an empty cell in plain text).
Offsets stay those of the text.
"""
from __future__ import annotations

import re

from loaders.reading.line_shapes import line_shape
from loaders.reading.model import Cell, Row, Table

_OPENED = re.compile(r"^([ \t]*\|[ \t]*)(\S(?:[^|]*\S)?)[ \t]*$")    # | 工作任务 (one bar, opening the line)
_BAR = re.compile(r"^[ \t]*\|[ \t]*$")


def _cells(lines: list[tuple[str, int]], k: int) -> tuple[list[tuple[int, int]], int] | None:
    """The cells of the row starting at lines[k] — its first line without a bar, then lines opening with one,
    up to the bar alone closing the row — as (start, end), and the index of the line after the row; None when
    lines[k] does not open such a row."""
    line, a = lines[k]
    if "|" in line or not line.strip():
        return None
    out = [(a + len(line) - len(line.lstrip()), a + len(line.rstrip()))]
    j = k + 1
    while j < len(lines) and (m := _OPENED.match(lines[j][0])):
        out.append((lines[j][1] + m.start(2), lines[j][1] + m.end(2)))
        j += 1
    if j < len(lines) and _BAR.match(lines[j][0]):
        j += 1      # (the bar alone closing the row; a reader that drops lines of bars alone has the next row next)
    elif j < len(lines) and "|" in lines[j][0] or len(out) < 2:
        return None
    return out, j


def table(raw: str, number: int, lines: list[tuple[str, int]], k: int, header) -> tuple[Table, int] | None:
    """The table whose header starts at lines[k] (as text, offset), and the index of the first line after it;
    None where the lines are not cells opened by their rules. `header` reads a list of labels (flat.header)."""
    found = _cells(lines, k)
    if found is None or len(found[0]) < 3:
        return None
    head, at = found
    cols = header([raw[s:e] for s, e in head] + [""], 0)
    if not cols or len(cols) != len(head) or any(n != 1 for *_, n in cols):
        return None
    whats = [c[0] for c in cols]
    task = whats.index("task")
    made = [Row(tuple(Cell(raw[s:e], s, e) for s, e in head), head[0][0], head[-1][1])]
    while at < len(lines) and (found := _cells(lines, at)):
        spans, nxt = found
        if len(spans) > len(cols):
            break
        if len(spans) < len(cols) and line_shape(raw[spans[0][0]:spans[0][1]]) == "text" and len(spans) <= len(cols) - task:
            first = task        # its heading cell, merged with the rows above, left out: it opens with its task
        elif len(spans) == len(cols):
            first = 0
        else:
            break
        start = spans[0][0]
        cells = [Cell("", start, start)] * first + [Cell(raw[s:e], s, e) for s, e in spans]
        cells += [Cell("", spans[-1][1], spans[-1][1])] * (len(cols) - len(cells))
        made.append(Row(tuple(cells), start, spans[-1][1]))
        at = nxt
    if len(made) < 2:
        return None
    return Table(number, tuple(made), made[0].start, made[-1].end), at
