"""A table's columns, read from its header, and its body rows set under them.

A header names what each column holds (flat.COLUMNS: 序号, the task, 牵头领导, 牵头单位, 配合单位, 完成时限,
进展情况…); a responsibility table names the task and at least one leader or unit column. Where a
project's name comes before the work or target to do (项目名称 then 工作任务), the work is the task and
the name groups it. Body rows are set under the header: rows whose merged leading cells were left out
get them back, rows with more cells than labels are set from the right, a column of item numbers
only is the number column, a target column of figures gives the task to the project's name, and a
cell numbering its works ①②… holds one task per work.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass

from loaders.reading import flat
from loaders.reading.model import Cell, Row


@dataclass(frozen=True)
class Column:
    index: int
    what: str           # seq | task | project | leader | unit | deadline | status
    role: str
    label: str


def columns(cells: list[str]) -> list[Column] | None:
    """The columns a header row names, or None when it is not a responsibility table's header:
    it must name the task and at least one leader or unit column."""
    found: list[Column] = []
    for i, cell in enumerate(cells):
        what, role = flat.label_kind(cell)
        label = re.sub(r"\s+", "", cell)
        named = next((c for c in found if c.what == "task"), None)
        if what == "task" and named:
            if flat.work_after_target(named.label, label):
                # 整改目标 then 整改措施: the measures are the work to do; the target is what they reach.
                found.remove(named)
                found.append(Column(i, what, role, label))
                continue
            if not flat.FINER.search(label) and not (flat.MEASURES.fullmatch(label) and _WORK_COLUMN.search(named.label)) and (
                    not (_NAME_COLUMN.search(named.label) or flat.CATEGORY.search(named.label) or flat.KEY_POINTS.fullmatch(named.label))
                    or not (_WORK_COLUMN.search(label) or _TARGET_COLUMN.search(label))):
                continue
            # 项目名称 then 工作任务 (or 年度任务目标): the task is the work or its target; the
            # project's name groups its tasks (重点工作 then 工作措施: the measures are the task; 工作要点 then 工作任务).
            found[found.index(named)] = dataclasses.replace(named, what="project")
        if what:
            found.append(Column(i, what, role, label))
    # A column of the unit that checks a target (监考单位, 考核单位) answers for it only where no other unit column does.
    if any(c.what == "unit" and not _CHECKS.search(c.label) for c in found):
        found = [c for c in found if not (c.what == "unit" and c.role == "responsible" and _CHECKS.search(c.label))]
    whats = {c.what for c in found}
    # A 责任人 column alone names a table of tasks only where it is not a 承诺事项 list, which
    # commitment_table.py reads (by its 单位 column).
    pledged = any("承诺" in c for c in cells)
    named = [c for c in found if c.what in ("leader", "unit") and not (c.label == "责任人" and pledged)]
    if "task" not in whats or not named:
        return None
    return found


_CHECKS = re.compile(r"^(?:监考|考核)(?:单位|部门)$")
_NAME_COLUMN, _WORK_COLUMN, _TARGET_COLUMN = flat.NAME_COLUMN, flat.WORK_COLUMN, flat.TARGET_COLUMN


_CIRCLED = re.compile(r"[①-⑳]")


def circled(cell: str) -> list[tuple[str, str]]:
    """A cell's works as (mark, text): each piece after ①, ②… where the cell opens with ① and numbers
    at least two in order; else the whole cell, unmarked."""
    marks = list(_CIRCLED.finditer(cell))
    if len(marks) < 2 or cell[:marks[0].start()].strip() or marks[0].group() != "①" or any(
            ord(m.group()) != ord("①") + k for k, m in enumerate(marks)):
        return [("", cell)]
    ends = [m.start() for m in marks[1:]] + [len(cell)]
    return [(m.group(), cell[m.end():e].strip()) for m, e in zip(marks, ends)]


def numbered_column(rows: list[Row], width: int) -> int | None:
    """Where the rows that fill the header's width have their numbered cell (14.改扩建…, 3、…), or None."""
    at = Counter(next((i for i, c in enumerate(r.cells) if _NUMBERED.match(c.text)), None)
                 for r in rows if sum(bool(c.text.strip()) for c in r.cells) >= width)
    at.pop(None, None)
    return at.most_common(1)[0][0] if at else None


# (not a decimal figure: 4.3)
_NUMBERED = re.compile(r"^\s*\d{1,3}\s*(?:[、．]|\.(?!\d))\s*\S")


def rejoined(rows: list[Row], width: int) -> list[Row]:
    """The rows with a row broken over two lines between its cells joined back: a numbered row short of the
    header's width, its cells filled, then a row whose cells fill exactly the rest and that opens with a
    figure, not the next number (2 | 儿童口腔健康幸福工程 | 完成… | 1.现场… | then 130 | 105.96 | 95.00% | 民卫局 |)."""
    out: list[Row] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and width and (no := _NUMBER.match(prev.cells[0].text) if prev.cells else None) \
                and (used := _used(prev)) < width and used + _used(row) == width and len(row.cells) <= width - used + 1 \
                and all(c.text.strip() for c in prev.cells[:used]) \
                and row.cells and row.cells[0].text.strip() != str(int(no.group().strip().rstrip(".、．")) + 1) \
                and _FIGURE.match(re.sub(r"\s+", "", row.cells[0].text)):
            out[-1] = dataclasses.replace(prev, cells=prev.cells[:used] + row.cells[:width - used], end=row.end)
            continue
        out.append(row)
    return out


def _used(row: Row) -> int:
    """How many cells a row fills, up to its last filled one."""
    return max((i + 1 for i, c in enumerate(row.cells) if c.text.strip()), default=0)


def aligned(row: Row, width: int, numbered_at: int | None = None) -> tuple[Row, list[str]]:
    """A row set under its header. One whose numbered cell stands left of the column where the
    other rows have it (`numbered_at`) had its leading merged cells left out: empty cells are put
    back in front. One with more filled cells than the header has labels is set from the right: a
    first column that spans the section, the sub-section and the number (工作任务 over 一、… | (一)… |
    1) writes the sections into the leading cells of the section's first row. Returns the row as the
    header reads it and the texts of the leading cells it had more."""
    used = max((i + 1 for i, c in enumerate(row.cells) if c.text.strip()), default=0)
    j = next((i for i, c in enumerate(row.cells) if _NUMBERED.match(c.text)), None)
    if numbered_at is not None and j is not None and j < numbered_at:
        # The numbered cell stands left of where the other rows have it: the leading cells are
        # merged with the row above (a 类别 cell spanning several rows is written once).
        pad = tuple(Cell("", row.start, row.start, merged=True) for _ in range(numbered_at - j))
        return dataclasses.replace(row, cells=pad + row.cells), []
    if not width or used <= width:
        return row, []
    shift = used - width
    return dataclasses.replace(row, cells=row.cells[shift:]), [c.text.strip() for c in row.cells[:shift] if c.text.strip()]


_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.、．]?\s*$")


def figures_column(cols: list[Column], body: list[list[str]]) -> list[Column]:
    """A target column beside a project's name holds the task where it is written as sentences
    (完成泉山学校一期2座教学楼建设…); where it holds figures (1300人, 2所) the project's name is the task."""
    task = next((c for c in cols if c.what == "task"), None)
    project = next((c for c in cols if c.what == "project"), None)
    if not task or not project or not _TARGET_COLUMN.search(task.label):
        return cols
    cells = [r[task.index].strip() for r in body if task.index < len(r) and r[task.index].strip()]
    if not cells or sum(bool(_FIGURE.match(re.sub(r"\s+", "", c))) for c in cells) * 2 < len(cells):
        return cols
    return [dataclasses.replace(c, what="task") if c is project else dataclasses.replace(c, what="other") if c is task else c
            for c in cols]


# A cell that is a figure: a count, an amount or a share, with its measure word (1300人, 8950, 54%).
_FIGURE = re.compile(r"^\d+(?:\.\d+)?(?:%|％|[\u4e00-\u9fff]{1,3})?$")


def _numbers_only(col: Column, body: list[list[str]]) -> bool:
    """Whether a column's filled cells, two at least, hold only item numbers (1, 2, 3)."""
    cells = [r[col.index].strip() for r in body if col.index < len(r) and r[col.index].strip()]
    return len(cells) >= 2 and all(_NUMBER.match(c) for c in cells)


def number_column(cols: list[Column], body: list[list[str]]) -> list[Column]:
    """The columns as the body fills them: a task or heading column holding only item numbers (工作任务
    over 1, 2, 3 where the column spans the number and the text) is the number column, and the task is
    the column of long text beside it (具体要求, named or not)."""
    if any(c.what == "seq" for c in cols):
        return cols
    # A heading column (工作任务 before 具体要求) spanning the number over the rows: the number column.
    heading = next((c for c in cols if c.what == "project"), None)
    if heading and _numbers_only(heading, body):
        return [dataclasses.replace(c, what="seq") if c is heading else c for c in cols]
    task = next(c for c in cols if c.what == "task")
    if not _numbers_only(task, body):
        return cols
    named = {c.index for c in cols}
    width = max(len(r) for r in body)
    mean = {j: sum(len(r[j].strip()) for r in body if j < len(r)) / len(body) for j in range(width) if j not in named}
    if not mean or max(mean.values()) < 10:
        return cols
    j = max(mean, key=mean.get)
    out = [dataclasses.replace(c, what="seq") if c is task else c for c in cols]
    return sorted(out + [Column(j, "task", "", "")], key=lambda c: c.index)


