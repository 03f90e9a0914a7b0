"""Tables copied as cards: each task's fields one under another, every label on a line of its own before its value.

A table of one row per task, or a page setting out each task as a card, loses its grid to text as label, value,
label, value:
    具体任务
    全面落实疫情防控“新十条”，…
    责任单位
    卫健局、文旅局
    配合单位
    各乡镇
    完成时限
    1月底前完成
The labels (column_labels.py) are the header; each run from the first label to its next repeat is a row, its values in
the labels' columns. At least three labels, naming the task and who answers for it (flat.header's rule); a value takes
the lines up to the next label (a few at most), the last value its first line.
"""
from __future__ import annotations

import re

from loaders.reading.column_labels import _LABEL_NOTE, _PUNCT, label_kind
from loaders.reading.model import Cell, Row, Table

_VALUE_LINES = 4


def _label(line: str) -> str | None:
    """A line's label, if it is one alone (no punctuation: not a field line or a sentence)."""
    s = re.sub(r"\s+", "", line)
    if not s or _PUNCT.search(_LABEL_NOTE.sub("", s)) or not label_kind(s)[0]:
        return None
    return s


def table(raw: str, number: int, lines: list[tuple[str, int]], k: int) -> tuple[Table, int] | None:
    """The cards from lines[k] on as a table (header row of the first card's labels, a row a card), and the index of the
    first line after them; None where lines[k] does not open such a card."""
    cards: list[list[tuple[str, int, int]]] = []       # per card: (label, index of the label's line, index past its value)
    at = k
    while at < len(lines) and (label := _label(lines[at][0])) is not None:
        end = at + 1
        while end < len(lines) and end - at <= _VALUE_LINES and _label(lines[end][0]) is None:
            end += 1
        if end == at + 1:
            break       # (a label with no value: labels one a line are a flattened header, flat.header's)
        goes_on = end < len(lines) and _label(lines[end][0]) is not None
        if not goes_on:
            end = at + 2        # (the last value: its first line; the text after it is the document's)
        if not cards or any(label == x[0] for x in cards[-1]):
            cards.append([])    # (a label repeated: the next card)
        cards[-1].append((label, at, end))
        at = end
        if not goes_on:
            break
    if not cards:
        return None
    head = [x[0] for x in cards[0]]
    whats = {label_kind(h)[0] for h in head}
    if len(head) < 3 or "task" not in whats or not whats & {"leader", "unit"} or any(x[0] not in head for c in cards for x in c):
        return None
    rows = [Row(tuple(_cell(raw, lines, x[1], x[1] + 1) for x in cards[0]), lines[k][1], _end(lines, cards[0][-1][1] + 1))]
    for card in cards:
        at_label = {x[0]: x for x in card}
        cells = []
        for h in head:
            x = at_label.get(h)
            cells.append(_cell(raw, lines, x[1] + 1, x[2]) if x else Cell("", lines[card[0][1]][1], lines[card[0][1]][1]))
        filled = [c for c in cells if c.text]
        rows.append(Row(tuple(cells), min(c.start for c in filled), max(c.end for c in filled)))
    return Table(number, tuple(rows), rows[0].start, rows[-1].end), at


def _cell(raw: str, lines: list[tuple[str, int]], a: int, z: int) -> Cell:
    """The lines a..z-1 as one cell, from the first's first character to the last's last."""
    (first, s), (last, e) = lines[a], lines[z - 1]
    start = s + len(first) - len(first.lstrip())
    stop = e + len(last.rstrip())
    return Cell(raw[start:stop], start, stop)


def _end(lines: list[tuple[str, int]], z: int) -> int:
    text, a = lines[z - 1]
    return a + len(text.rstrip())
