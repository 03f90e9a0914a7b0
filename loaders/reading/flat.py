"""Flattened tables in plain text → rows and cells: a header of column labels one a line, then each row's cells one a line.

Web pages copied as text, and converters that lose a table's grid, write a table as its
cells one under another: the header's labels (序号 / 民生实事 / 责任单位 / 完成时限, one a line
or all on one line), then per
row its number and its cells, a cell broken over several lines (one unit a line) and a
merged cell written once. The labels say what each column holds; the shape of each line
(a number, a sentence, a unit or a name, a deadline) says which cell it goes in, in the
header's order. A row with no number whose lines fill later columns continues the
numbered row above (its number cell merged: it keeps that number); a line on its own
before a numbered row is a section row; with no number column a row opens with its task. Where a column of categories
comes before the number (任务类型 / 序号 / 工作任务 / 推进单位), a category is written once, before the number of the row
it opens, and a group's heading over the categories (行动二：… / 旧区改造 / 4) is a section row.
A header may name columns kg does not read (说明, 1-8月实际完成率%); a figure (1300人, 54%, a
number that does not follow the last row's) goes in such a column or a status column, never a
unit's; a line of bars alone is an empty cell. Where each line closes its cell with the cell's rule
(…工程 |), the next line opens the next cell, and a rule alone is an empty one. Rows holding only their numbers are a blank
form, not a table of tasks. Offsets stay those of the text. The labels' vocabulary is in column_labels.py,
a line's shape in line_shapes.py, the rows' reading in flat_rows.py.
"""
from __future__ import annotations

import dataclasses
import itertools
import re

from loaders.reading.column_labels import (  # noqa: F401 (the table readers use them as flat.*)
    _LABEL_NOTE, _LABEL_TAIL, _MAX_LABEL, _HEADS_TASKS, _PROBLEM, _PUNCT, CATEGORY, COLUMNS, FINER, KEY_POINTS, MEASURES, NAME_COLUMN,
    TARGET_COLUMN, WORK_COLUMN, label_kind, work_after_target)
from loaders.reading import flat_records, opened_cells
from loaders.reading.flat_rows import TOTAL, rows
from loaders.reading.line_shapes import line_shape  # noqa: F401 (the table readers use flat.line_shape)
from loaders.reading.model import Cell, Layout, Paragraph, Row, Table


def header(lines: list[str], k: int) -> list[tuple[str, str, str, int]] | None:
    """The columns of a flattened header starting at lines[k] — (what, role, label, how many
    lines it takes) for each label, at least three, naming the task and a leader or unit — or None."""
    cols: list[tuple[str, str, str, int]] = []
    at = k
    while at < len(lines):
        line, n = lines[at], 1
        what, role = (None, None) if _PUNCT.search(_LABEL_NOTE.sub("", line.strip())) else label_kind(line)
        if (joined := _broken_label(lines, at)) and (not what or joined[0] == what and _LABEL_TAIL.fullmatch(lines[at + 1].strip())):
            # A label broken over two lines (牵头 / 部门, 完成 / 时间, 项目 / 类别).
            (what, role), n, line = joined, 2, line.strip() + lines[at + 1].strip()
        elif not what and (joined := _headed_label(lines, at)):
            # A label's head on a line of its own before a label of the same kind (主要 / 任务, 市级牵头 / 责任单位).
            (what, role), n, line = joined, 2, line.strip() + lines[at + 1].strip()
        first = next((j for j, c in enumerate(cols) if c[0] == "task"), None)
        if what == "task" and first == len(cols) - 1 and NAME_COLUMN.search(cols[first][2]) and TARGET_COLUMN.search(re.sub(r"\s+", "", line)):
            # 项目名称 then 目标任务 beside it: the target is the task, the project's name groups it (as the table
            # readers read it; where the targets are figures they give the task back to the name, table_columns.py).
            cols[first] = ("other", "", *cols[first][2:])
        elif what == "task" and first == len(cols) - 1 and NAME_COLUMN.search(cols[first][2]) and WORK_COLUMN.search(re.sub(r"\s+", "", line)):
            # 任务名称 then 任务内容 (项目名称 then 建设内容): the content is the task, the name groups it, as the table
            # readers read such a header (table_columns.columns); a name merged over several rows is written once.
            cols[first] = ("other", "", *cols[first][2:])
        elif what == "task" and first is not None and work_after_target(cols[first][2], re.sub(r"\s+", "", line)):
            # 整改目标 then 整改措施: the measures are the work to do; the target is what they reach.
            cols[first] = ("other", "", *cols[first][2:])
        elif what == "task" and first is not None and (CATEGORY.search(cols[first][2]) or _HEADS_TASKS.fullmatch(cols[first][2])
                                                     and ("任务" in line or WORK_COLUMN.search(re.sub(r"\s+", "", line)))
                                                     or FINER.search(re.sub(r"\s+", "", line))
                                                     or MEASURES.fullmatch(re.sub(r"\s+", "", line)) and WORK_COLUMN.search(cols[first][2])
                                                     or KEY_POINTS.fullmatch(cols[first][2]) and WORK_COLUMN.search(re.sub(r"\s+", "", line))):
            # 项目类别 then 具体内容: the category groups the tasks, the content is the task (项目 then 建设内容; 重点工作
            # then 工作措施: the measures break the work down; 工作要点 then 工作任务).
            cols[first] = ("other", "", *cols[first][2:])
        elif what == "task" and first is not None or not what and _other_label(lines, at, cols):
            what, role = "other", ""    # a column of its own (全年目标任务 after 主要任务, 说明)
        if not what and not any(c[0] == "task" for c in cols) and (CATEGORY.search(re.sub(r"\s+", "", line))
                                                                  or _PROBLEM.search(re.sub(r"\s+", "", line))) \
                and any(label_kind(x)[0] == "task" for x in lines[at + 1:at + 3]):
            what, role = "other", ""    # a column of categories before the tasks' (序号 / 类别 / 项目名称)
        if not what or any(c[0] == what and what in ("seq", "task", "deadline") for c in cols):
            break
        if at + n < len(lines) and _MEASURE_NOTE.fullmatch(lines[at + n].strip()):
            n, line = n + 1, line.strip() + lines[at + n].strip()    # its measure on the next line (总投资 / (万元))
        cols.append((what, role, re.sub(r"\s+", "", line), n))
        at += n
        if re.sub(r"\s+", "", line) == "备注" and at < len(lines) and not label_kind(lines[at])[0]:
            break       # (after 备注 only a label kg reads goes on a header: 就业促进工程 / 1 is the rows')
    whats = {c[0] for c in cols}
    if len(cols) < 3 or "task" not in whats or not whats & {"leader", "unit"}:
        return None
    return cols


def _broken_label(lines: list[str], k: int) -> tuple[str, str] | None:
    """What lines[k] and lines[k + 1] name as one label, where lines[k + 1] is none on its own nor the
    first half of the next one (相关责任部门 / 完成 / 时间: 完成 goes with 时间); else None."""
    if k + 1 >= len(lines) or not all(re.fullmatch(r"[\u4e00-\u9fff]{1,8}", re.sub(r"\s+", "", ln)) for ln in lines[k:k + 2]) \
            or label_kind(lines[k + 1])[0]:
        return None
    if k + 2 < len(lines) and not label_kind(lines[k + 2])[0] and label_kind(lines[k + 1].strip() + lines[k + 2].strip())[0]:
        return None
    joined = label_kind(lines[k].strip() + lines[k + 1].strip())
    return joined if joined[0] else None


# A label's head written on its own line (主要 / 任务, 市级牵头 / 责任单位, 2023年 / 目标进度).
_LABEL_HEAD = re.compile(r"^(?:主要|具体|重点|细化|分解|(?:[省市县区]级)?(?:牵头|配合|协办|责任)|[省市县区]级|\d{4}年度?)$")
# A label's measure in brackets on a line of its own (总投资 / (万元), 完成目标 / (%)).
_MEASURE_NOTE = re.compile(r"[（(](?:万元|亿元|元|%|％|个|人|万人|公里|亩|平方米|万平方米|年)[)）]")


def _headed_label(lines: list[str], k: int) -> tuple[str, str] | None:
    """What lines[k], a label's head (主要, 市级牵头), and the label on lines[k + 1] name together, where the
    whole names a column of the same kind as the label alone; else None."""
    if k + 1 >= len(lines) or not _LABEL_HEAD.fullmatch(re.sub(r"\s+", "", lines[k])):
        return None
    alone, joined = label_kind(lines[k + 1]), label_kind(lines[k].strip() + lines[k + 1].strip())
    return joined if joined[0] and joined[0] == alone[0] else None


def _other_label(lines: list[str], k: int, cols: list) -> bool:
    """Whether lines[k], a short word that names no column kg reads (说明, 是否达序), is a label of a
    header already naming the task and who answers for it: the labels go on, or the rows start,
    within the next three lines."""
    whats = {c[0] for c in cols}
    word = re.sub(r"\s+", "", lines[k])
    if word == "备注" and "task" in whats:
        return True     # (a column of notes, the last one as a rule)
    if TOTAL.fullmatch(word) and k + 1 < len(lines) and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", lines[k + 1]):
        return False    # (the table's total under its header, 总分 / 100: a row, not a label)
    # (a word, or a period's measure: 1-8月实际完成率%)
    if not (re.fullmatch(r"[\u4e00-\u9fff]{1,6}", word) or re.fullmatch(r"\d{1,2}[-－—~～]\d{1,2}月[\u4e00-\u9fff]{2,8}[%％]?", word)) \
            or "task" not in whats:
        return False
    if whats & {"leader", "unit"}:
        # (the rows start within three lines, after more such words, 是否达序 / 说明 / 24; not after a longer
        # phrase: 宏观调控 / 地区生产总值增长率 / 3 is a category over a first row whose second cell is a figure)
        ahead = list(itertools.takewhile(lambda ln: re.fullmatch(r"[\u4e00-\u9fff]{1,6}", re.sub(r"\s+", "", ln)) or line_shape(ln) == "seq"
                                         or _MEASURE_NOTE.fullmatch(ln.strip()), lines[k + 1:k + 4]))
        return any(label_kind(ln)[0] or re.sub(r"\s+", "", ln) == "备注" for ln in lines[k + 1:k + 4]) or any(line_shape(ln) == "seq" for ln in ahead)
    # (项目 / 类别 / 具体内容 / 牵头部门): a label naming who answers for the task is still to come.
    return any(label_kind(ln)[0] in ("leader", "unit") or label_kind(ln + nxt)[0] in ("leader", "unit")
               for ln, nxt in zip(lines[k + 1:k + 5], lines[k + 2:k + 6] + [""]))


def one_line_header(line: str) -> list[tuple[str, str, str, int, int]] | None:
    """A header written on one line, its labels separated by |, tabs or spaces, over rows whose
    cells are one a line: (what, role, label, start, end) per label, or None."""
    if len(line) > 80 or _PUNCT.search(line):
        return None
    cols = []
    for m in re.finditer(r"[^|\t \u3000]+", line):
        what, role = label_kind(m.group())
        if not what:
            return None
        cols.append((what, role, m.group(), m.start(), m.end()))
    whats = {c[0] for c in cols}
    return cols if len(cols) >= 3 and "task" in whats and whats & {"leader", "unit"} else None


def table(raw: str, number: int, lines: list[tuple[str, int]], k: int) -> tuple[Table, int] | None:
    """A flattened table whose header starts at lines[k], and the index of the first line after it.
    The header's labels are one a line, or all on lines[k]."""
    if found := opened_cells.table(raw, number, lines, k, header):
        return found        # (each cell after a row's first opening with its rule: | 牵头单位)
    # A cell's closing rule on a line of its own (钱宇\n|\n) is read as closing the line above (钱宇 |).
    keep = [j for j, (t, a) in enumerate(lines) if j <= k or not _closing_rule(raw, lines[j - 1], t)]
    at_k = keep.index(k)
    found = _table(raw, number, [lines[j] for j in keep], at_k)
    if found is None:
        return None
    return found[0], (keep[found[1]] if found[1] < len(keep) else len(lines))


def _unnamed_numbers(lines: list[tuple[str, int]], cols: list[tuple[str, str, str]]) -> bool:
    """Whether a header naming no number column stands over rows that carry bare numbers all the same: the
    first two, 1 and 2, on lines of their own, with a row's cells (about as many as the header names) between."""
    if any(c[0] == "seq" for c in cols):
        return False
    numbers = [(j, int(t.strip().rstrip(".、．"))) for j, (t, _) in enumerate(lines) if line_shape(t) == "seq" and t.strip()[:1].isdigit()]
    return len(numbers) >= 2 and [n for _, n in numbers[:2]] == [1, 2] and numbers[1][0] - numbers[0][0] >= len(cols) - 1


def _closing_rule(raw: str, above: tuple[str, int], line: str) -> bool:
    """Whether `line` is a single bar closing the cell on the line above (which has no bar of its own)."""
    text, a = above
    end = raw.find("\n", a)
    return line.strip() == "|" and bool(text.strip(" \t|")) and not raw[a:len(raw) if end < 0 else end].rstrip().endswith("|")


def _table(raw: str, number: int, lines: list[tuple[str, int]], k: int) -> tuple[Table, int] | None:
    texts = [t for t, _ in lines]
    labels = header(texts, k)
    if labels:
        cols = [c[:3] for c in labels]
        head = lines[k:k + sum(c[3] for c in labels)]
        cells, at = [], 0
        for *_, n in labels:      # a label broken over lines is one cell
            (first, a), (last, b) = head[at], head[at + n - 1]
            cells.append((a + len(first) - len(first.lstrip()), b + len(last.rstrip())))
            at += n
    elif (one := one_line_header(texts[k])) and k + 1 < len(lines) and line_shape(texts[k + 1]) == "seq":
        cols = [c[:3] for c in one]
        head = lines[k:k + 1]
        cells = [(lines[k][1] + s, lines[k][1] + e) for *_, s, e in one]
    else:
        return flat_records.table(raw, number, lines, k)     # (each label before its value, a card a row)
    if _unnamed_numbers(lines[k + len(head):k + len(head) + 4 * len(cols) + 4], cols):
        # The rows carry a number no label names (工作任务 spans the heading and the number over 1 / 2 …): a
        # number column just before the task's.
        at = [c[0] for c in cols].index("task")
        cols = cols[:at] + [("seq", "", "")] + cols[at:]
        cells = cells[:at] + [(cells[at][0], cells[at][0])] + cells[at:]     # (an empty header cell for it)
    body, used = rows(lines[k + len(head):], cols, raw)
    if k + len(head) + used == len(lines) and _cut_by_the_end(raw, body, cols):
        body, used = body[:-1], used - sum(len(sp) for sp in body[-1])
    numbered = [r for r in body if isinstance(r, list)]
    blank = sum(1 for r in numbered if not any(spans for what, spans in zip((c[0] for c in cols), r) if what != "seq"))
    if len(body) < 1 or blank * 2 > len(numbered):
        return None     # (a blank form: rows holding only their numbers, to be filled in)
    made = [Row(tuple(Cell(raw[s:e], s, e) for s, e in cells), cells[0][0], cells[-1][1])]
    for cells in body:
        if not isinstance(cells, list):
            s, e = cells
            made.append(Row((Cell(raw[s:e], s, e),), s, e))
            continue
        filled = [s for spans in cells for s in spans]
        start, end = min(s for s, _ in filled), max(e for _, e in filled)
        out = []
        bars = _written_empty(raw, cells)
        for j, spans in enumerate(cells):
            if spans:
                out.append(Cell(raw[spans[0][0]:spans[-1][1]], spans[0][0], spans[-1][1]))
            elif j in bars:
                out.append(Cell("", *bars[j]))      # (its bar alone: a cell written empty, not one merged with the row above)
            else:
                out.append(Cell("", start, start))
        made.append(Row(tuple(out), start, end))
    return Table(number, tuple(made), made[0].start, made[-1].end), k + len(head) + used


_BAR_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)


def _written_empty(raw: str, cells: list) -> dict[int, tuple[int, int]]:
    """The empty cells of a row of cells closed by their bars on their own lines that are written as a bar alone (杨 宜 | /
    慈化镇 | / | / 已完工。 |): column → the bar's span. Only where the cell before closed its own line with its bar and
    the bars alone after it, up to the next written cell, are as many as the empty columns between, so each is one."""
    out: dict[int, tuple[int, int]] = {}
    filled = [j for j, spans in enumerate(cells) if spans]
    for a, b in zip(filled, filled[1:]):
        if b - a < 2:
            continue
        lo, hi = cells[a][-1][1], cells[b][0][0]
        eol = raw.find("\n", lo, hi)
        if eol < 0 or "|" not in raw[lo:eol]:
            continue        # (the cell before closed by a bar on the next line: 钱宇 / | — that bar is its rule, no cell)
        bars = [m.span() for m in _BAR_LINE.finditer(raw, eol, hi)]
        if len(bars) == b - a - 1 and not raw[lo:hi].replace("|", "").strip():
            out.update({j: (s + raw[s:e].index("|"), s + raw[s:e].index("|") + 1) for j, (s, e) in zip(range(a + 1, b), bars)})
    return out


def _cut_by_the_end(raw: str, body: list, cols: list[tuple[str, str, str]]) -> bool:
    """Whether the text ends inside the table's last row, before its units and not after a sentence's end
    (…比重及变化率 | 2 | 年终根据全省平): the page cut it, its unit cell not merged with the row above but missing."""
    if len(body) < 2 or not isinstance(body[-1], list) or body[-1][-1]:
        return False
    last = body[-1]
    return not raw[max(e for spans in last for _, e in spans):].strip() and not re.search(r"[。；;!！?？)）]\s*$", raw) \
        and not any(last[j] for j, c in enumerate(cols) if c[0] in ("unit", "leader"))


def regroup(layout: Layout) -> Layout:
    """A reader's layout with its flattened tables read: a run of paragraphs that is a header of
    labels and rows of cells one a paragraph (a page or a Word file whose table was copied as
    text) becomes a table, as it does in plain text. Other layouts come back unchanged."""
    if not any(isinstance(b, Paragraph) and (len(b.text) <= _MAX_LABEL and label_kind(b.text)[0] or one_line_header(b.text))
               for b in layout.blocks):
        return layout
    blocks: list = []
    paras: list[Paragraph] = []

    def flush() -> None:
        lines = [(p.text, p.start) for p in paras]
        k = 0
        while k < len(lines):
            found = table(layout.text, 0, lines, k) if len(lines[k][0]) <= 80 else None
            if found:
                blocks.append(found[0])
                k = found[1]
            else:
                blocks.append(paras[k])
                k += 1
        paras.clear()

    for b in layout.blocks:
        if isinstance(b, Paragraph):
            paras.append(b)
            continue
        flush()
        blocks.append(b)
    flush()
    numbered, n = [], 0
    for b in blocks:
        if isinstance(b, Table):
            n += 1
            b = dataclasses.replace(b, number=n)
        numbered.append(b)
    if n == len(layout.tables):
        return layout
    return dataclasses.replace(layout, blocks=tuple(numbered))
