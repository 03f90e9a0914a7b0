"""The body rows of a flattened table: each line put in its row's cell by its shape, in the header's order
(flat.py reads the header and builds the table)."""
from __future__ import annotations

import re

from loaders.reading.column_labels import TARGET_COLUMN
from loaders.reading.line_shapes import _ACCEPTS, _HEADING, _UNIT_END, line_shape


def rows(lines: list[tuple[str, int]], cols: list[tuple[str, str, str]], raw: str = "") -> tuple[list, int]:
    """The rows after a flattened header, and how many lines they took. Each row is, per
    column, the spans of its lines; a section row is a single span. lines: (text, offset) of
    each non-empty line after the header. Merged cells are written once, on the first row they span, and
    left out of the rows below: such a row opens with its first cell present (its task, its units, or after a
    row whose bars closed its last cell, its target), keeping the number above."""
    whats, roles = [c[0] for c in cols], [c[1] for c in cols]
    task_col = whats.index("task")
    out: list = []
    cur: list[list[tuple[int, int]]] | None = None
    col = k = 0
    last_no: int | None = None     # the last row's arabic number
    opener = _figure_second(lines, whats)
    barred = False      # whether the last line was an empty cell written as a bar alone
    category = None     # a category cell read before the number of the row it opens (任务类型 / 序号 / …)
    while k < len(lines):
        line, a = lines[k]
        span = (a + len(line) - len(line.lstrip()), a + len(line.rstrip()))
        shape = line_shape(line)
        if shape == "word" and _broken_unit(lines, k):
            shape = "unit"      # a unit's name broken over two lines (区综合行政 / 执法局)
        closed = k > 0 and _closed(raw, *lines[k - 1])
        if not line.strip(" \t|"):
            if closed and cur is not None and col + 1 < len(cols):
                col += 1        # cells closed by their rules, one a line: an empty one still takes its column
                barred = True
            k += 1              # an empty cell written as its rules alone (||)
            continue
        ended, barred = (closed or barred) and cur is not None and col == len(cols) - 1, False
        if ended and "seq" in whats and shape in ("word", "text") and not _HEADING.match(line) and not _before_unit(lines, k) \
                and not _next_number_follows(lines, k, last_no):
            # Cells closed by their rules through the last column, then a phrase, not a number: another row under
            # the same number, its leading cells merged and left out; it opens with its task (“三公里”充分就业社区4个 | 4 | …)
            cur = [[] for _ in cols]
            out.append(cur)
            col = task_col
            cur[col].append(span)
            k += 1
            continue
        if opener is not None:
            if shape == "seq":
                shape = "figure"    # (no number column: a score, 3)
            if (opens := _opens_row(lines, k)) or cur is None and _opens_row(lines, k + 1) or \
                    cur is not None and all(cur) and _opens_row(lines, k + 1) and shape in ("word", "names") and not _UNIT_END.search(line.strip()):
                if not opens:
                    out.append(span)    # a category cell alone before its group's rows (宏观调控): a section row
                    cur, col = None, 0
                    k += 1
                    continue
                if cur is None or cur[opener + 1]:
                    cur = [[] for _ in cols]    # the row's task, then its figure
                    out.append(cur)
                    col = opener
                    cur[col].append(span)
                    k += 1
                    continue
        number = re.fullmatch(r"\s*(\d{1,3})[*＊]?\s*[.、．]?\s*", line)
        if shape == "seq" and "seq" in whats and _HEADING.match(line) and _arabic_ahead(lines, k):
            out.append(span)    # a section's numeral (一、) over rows numbered 1, 2…: a section row, its title the next
            cur, col = None, 0
            k += 1
            continue
        if cur is None and out and not isinstance(out[-1], list) and "seq" in whats \
                and (not (number and int(number.group(1)) in ((last_no or 0) + 1, 1)) and _number_ahead(lines, k, last_no or 0)
                     or number and TOTAL.fullmatch(re.sub(r"\s+", "", raw[out[-1][0]:out[-1][1]]) if raw else "")):
            out.append(span)    # after a section's title, its points (一、 / 巩固成果… / 31 / 1) and any cells of its own
            k += 1              # before the next row's number, or the table's total (总分 / 100): the section's, not a row
            continue
        if shape == "seq" and cur is not None and number and last_no is not None and int(number.group(1)) not in (last_no + 1, 1) \
                and not (int(number.group(1)) > last_no and cur[-1]):
            # A number that does not follow the row's is a cell's figure (700), unless the row is
            # whole and it counts on: a bureau's share of a longer list (145, then 249).
            shape = "figure"
        if shape == "seq" and number and _figure_due(whats, col, cur, lines, k):
            shape = "figure"    # the number after the row's, where the row has its task only and a column of figures next
        if (kept := _kept_before_number(lines, k, whats, cur, last_no, task_col)) is not None:
            if kept == "category":
                category = span     # the next row's category cell (任务类型 before 序号), written once for the rows it spans
            else:
                out.append(span)    # a group's heading over the categories (行动二：…, then 旧区改造, then 4): a section row
                cur, col = None, 0
            k += 1
            continue
        if shape == "seq" and "seq" in whats:
            last_no = int(number.group(1)) if number else None
            cur = [[] for _ in cols]
            out.append(cur)
            col = whats.index("seq")
            if category is not None and whats[0] == "other":
                cur[0].append(category)
            category = None
        elif _before_number(lines, k) and len(line.strip()) <= 40 and (
                cur is None or _HEADING.match(line) or _column(whats, col, shape, cur, roles) is None):
            out.append(span)    # a line of its own before a numbered row: a section row
            cur, col = None, 0
            k += 1
            continue
        elif "seq" not in whats and _HEADING.match(line) and len(line.strip()) <= 40 and not _before_unit(lines, k) and (
                cur is None or any(cur[j] for j, w in enumerate(whats) if w in ("unit", "leader"))):
            out.append(span)    # no number column: a numbered heading between rows (一、加大财政金融支持力度) is a section row
            cur, col = None, 0
            k += 1
            continue
        elif "seq" not in whats and (cur is None or any(cur[j] for j, w in enumerate(whats) if w in ("unit", "leader"))) \
                and shape in ("word", "text") and _before_unit(lines, k):
            cur = [[] for _ in cols]    # a row's task, then its units ((一)加强对…财税支持, its measures not written)
            out.append(cur)
            col = task_col
        elif cur is None and ("seq" in whats or shape != "text"):
            break
        elif cur is None:
            cur = [[] for _ in cols]    # no number column: a row opens with its task
            out.append(cur)
            col = task_col
        elif cur is not None and shape == "unit" and (unit := _unit_before_task(whats)) is not None and col > unit \
                and cur[unit] and cur[task_col] and _before_work(lines, k):
            # Units after the row's work, then a work: another row under the same number and project, their
            # cells merged and left out (… | 区住建局 | 实施寺慈线路面提升…工程。 | 1000 | …)
            cur = [[] for _ in cols]
            out.append(cur)
            col = unit
        elif whats[col] == "other" and col < task_col and cur[col] and shape in ("word", "text", "names") \
                and all(whats[j] in ("other", "task") and not cur[j] for j in range(col + 1, task_col + 1)):
            col += 1    # after a group's cell, the next phrase fills the next column up to the task (类别 / 项目名称 / 目标任务)
        elif (group := _group_cell(lines, k, whats, col, shape, cur)) is not None:
            col = group
        elif shape == "names" and col + 1 < len(cols) and whats[col + 1] == "other" and not cur[col + 1] and "leader" not in whats \
                and "unit" in whats[col + 2:] and _before_unit(lines, k):
            col += 1    # a short phrase before the row's units, in the column the header names between (目标任务: 应补尽补)
        elif _spanning_group(lines, k, cols, col, shape, cur):
            # Two phrases before a target's figure where the header names one task column: the first is a group
            # cell spanning the rows below (促进城乡劳动者就业创业 over 城镇新增就业(人) / 26000, 城镇失业人员再就业(人) / 4000):
            # a section row over this one, the second the task.
            out.insert(len(out) - 1, cur[col].pop())
        elif shape == "text" and whats[col] == "task" and len(cur[col]) == 1 and line_shape(lines[k - 1][0]) == "word" \
                and col + 1 < len(whats) and whats[col + 1] == "other" and not cur[col + 1]:
            col += 1    # a name (事项名称), then its content in the next column (项目内容), not one broken cell
        elif cur is not None and whats[col] == "unit" and cur[col] and OTHER_NAME.fullmatch(line.strip()) \
                and line_shape(lines[k - 1][0]) == "unit":
            pass        # a body's other name in brackets on the line under it (区发改局 / (区金融办)): the same cell
        elif (target := _column(whats, col, shape, cur, roles, closed)) is not None:
            col = target
        elif shape == "text" and _continues_later(lines, k, whats, task_col):
            cur = [[] for _ in cols]   # the same number (merged cell), a new row
            out.append(cur)
            col = task_col
        else:
            break
        cur[col].append(span)
        k += 1
    while out and not isinstance(out[-1], list):
        out.pop()
        k -= 1
    return out, k


# A body's other name, in brackets alone on its line: the office the body also is (区发改局 / (区金融办)); read by
# structure/annotation.names too.
OTHER_NAME = re.compile(r"[（(][\u4e00-\u9fff]{2,20}[)）]")


def _kept_before_number(lines: list[tuple[str, int]], k: int, whats: list[str], cur, last_no: int | None,
                        task_col: int) -> str | None:
    """Where the header puts a column of categories before the number (任务类型 / 序号 / 工作任务 / 推进单位), what a short
    line after a row's task (or before the first row) is: "category", the next row's category cell, where the row's
    number (counting on) follows it; "section", a group's heading over the categories, where a category and then that
    number follow it (行动二：重塑美丽新居行动 / 旧区改造 / 4); else None (the row's own cell)."""
    if len(whats) < 3 or whats[0] != "other" or whats[1] != "seq" or cur is not None and not cur[task_col]:
        return None
    line = lines[k][0].strip()
    if line_shape(line) not in ("word", "names", "text") or len(line) > 40 or re.search(r"[。；;！？]$", line):
        return None

    def counts_on(j: int) -> bool:
        number = re.fullmatch(r"\s*(\d{1,3})\s*[.、．]?\s*", lines[j][0]) if j < len(lines) else None
        return number is not None and int(number.group(1)) == (last_no or 0) + 1

    if counts_on(k + 1):
        return "category" if len(line) <= 20 or "：" in line or ":" in line else None
    if k + 1 < len(lines) and line_shape(lines[k + 1][0]) in ("word", "names") and counts_on(k + 2):
        return "section"
    return None


def _figure_second(lines: list[tuple[str, int]], whats: list[str]) -> int | None:
    """The column a row opens with in a table with no number column whose rows write their first cell
    (the indicator) then a figure in a column kg does not read (项目 / 分值 / 目标任务 / 监考单位: 地区生产总值
    增长率 / 3 / …), so that a line followed by a figure opens a row; None for other tables. The first
    cell is the first column of text, the task's or one before it; at least three rows open so."""
    if "seq" in whats or len(whats) < 3 or whats[0] not in ("task", "other") or whats[1] != "other":
        return None
    pairs = sum(1 for k in range(min(len(lines), 40)) if _opens_row(lines, k))
    return 0 if pairs >= 3 and (_opens_row(lines, 0) or _opens_row(lines, 1)) else None


def _opens_row(lines: list[tuple[str, int]], k: int) -> bool:
    """Whether lines[k], a short phrase, is followed by a bare figure (a row's first cell, then its score)."""
    if k + 1 >= len(lines) or line_shape(lines[k][0]) not in ("word", "names", "text") or len(lines[k][0].strip()) > 30:
        return False
    return line_shape(lines[k + 1][0]) in ("seq", "figure") and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*", lines[k + 1][0]) is not None


def _group_cell(lines: list[tuple[str, int]], k: int, whats: list[str], col: int, shape: str, cur) -> int | None:
    """The cell a row's first line after its number goes in, where columns kg reads as text come before the
    units and one of them groups the tasks (项目 / 重点工作目标任务; 事项分类 / 事项名称 / 项目内容): the phrases
    and sentences before the row's first unit or name fill those columns from the right, a group's cell
    merged with the row above left out (主要预期目标, 1.地区生产总值增长5%以上。 — the group, then the task;
    继续全面推进素质教育, then 教育局 — the task alone). None where that does not apply."""
    if whats[col] != "seq" or shape not in ("word", "names", "text") or any(cur[j] for j in range(col + 1, len(whats))):
        return None
    who = next((j for j in range(col + 1, len(whats)) if whats[j] in ("unit", "leader")), None)
    slots = [j for j in range(col + 1, who if who is not None else col + 1) if whats[j] in ("other", "task")]
    task = next((j for j in slots if whats[j] == "task"), None)
    if task is None and slots and shape in ("word", "names") and "task" in whats[(who or 0) + 1:] and who is not None:
        # (the task's column after the units, a column of its own before them: 序号 / 项目 / 责任单位 / 建设内容 —
        # the row's short phrase is the project that groups its works)
        return slots[0]
    if task is None or not any(whats[j] == "other" for j in slots if j < task):
        return None
    run = 1
    for line, _ in lines[k + 1:k + 1 + len(slots)]:
        if not line.strip(" \t|"):
            continue
        if line_shape(line) not in ("word", "text"):
            break
        run += 1
    return slots[len(slots) - run] if run <= len(slots) else None


def _before_number(lines: list[tuple[str, int]], k: int) -> bool:
    """Whether lines[k] opens a run of at most three headings or short sentences that ends at a
    numbered row (a section, and its sub-section, over the rows)."""
    for j, (line, _) in enumerate(ln for ln in lines[k + 1:k + 12] if ln[0].strip(" \t|")):   # (a line of rules is empty cells)
        shape = line_shape(line)
        if shape == "seq":
            return True
        # (any number of numbered section headings in a row: sections with no row of this table)
        if len(line.strip()) > 40 or not (shape == "text" and j < 3 or _HEADING.match(line)):
            return False
    return False


def _spanning_group(lines: list[tuple[str, int]], k: int, cols: list, col: int, shape: str, cur) -> bool:
    """Whether lines[k] follows a row's first phrase in its task cell, and a figure follows it, where the
    column after the task's is a target's (目标任务): the phrase before it groups the rows."""
    whats = [c[0] for c in cols]
    return (whats[col] == "task" and len(cur[col]) == 1 and shape in ("word", "text") and line_shape(lines[k - 1][0]) == "word"
            and col + 1 < len(cols) and whats[col + 1] == "other" and TARGET_COLUMN.search(cols[col + 1][2]) is not None
            and not any(cur[j] for j in range(col + 1, len(cols)))
            and k + 1 < len(lines) and line_shape(lines[k + 1][0]) in ("figure", "seq"))


def _figure_due(whats: list[str], col: int, cur, lines: list[tuple[str, int]], k: int) -> bool:
    """Whether a bare number is the figure of the row's next column, not the next row's number: the row has its task
    only, the column after it holds figures kg does not read (各项分值), units are still to come, and a sentence
    follows the number, or its first point (6 / 深化…教育 / 7 / 1.充分利用…)."""
    if cur is None or whats[col] != "task" or not cur[col] or col + 1 >= len(whats) or whats[col + 1] != "other" or cur[col + 1]:
        return False
    if not any(w in ("unit", "leader") for w in whats[col + 1:]) or any(cur[j] for j, w in enumerate(whats) if w in ("unit", "leader")):
        return False
    nxt = lines[k + 1][0].strip() if k + 1 < len(lines) else ""
    return line_shape(nxt) == "text" and bool(re.search(r"[。；;]$", nxt) or len(nxt) > 20 or re.match(r"[1１][.．、]", nxt))


# A table's total under its header (总分 / 100, 合计): shared with flat.py.
TOTAL = re.compile(r"总分值?|合计|总计|小计")


def _number_ahead(lines: list[tuple[str, int]], k: int, last_no: int) -> bool:
    """Whether the next row's number (the one after last_no, or 1) stands within a few lines after lines[k], no other
    number before it."""
    for line, _ in lines[k + 1:k + 7]:
        number = re.fullmatch(r"\s*(\d{1,3})[*＊]?\s*[.、．]?\s*", line)
        if number:
            return int(number.group(1)) in (last_no + 1, 1)
        if line_shape(line) == "seq":
            return False
    return False


def _arabic_ahead(lines: list[tuple[str, int]], k: int) -> bool:
    """Whether the next row number within a few lines after lines[k] is an arabic one (1, 2…), after a short title."""
    for line, _ in lines[k + 1:k + 5]:
        if line_shape(line) == "seq":
            return bool(re.fullmatch(r"\s*\d{1,3}\s*[.、．]?\s*", line))
        if len(line.strip()) > 40:
            return False
    return False


def _next_number_follows(lines: list[tuple[str, int]], k: int, last_no: int | None) -> bool:
    """Whether the next line is the number after the last row's (a heading over that row, not a row of its own)."""
    nxt = next((ln for ln, _ in lines[k + 1:] if ln.strip(" \t|")), "")
    number = re.fullmatch(r"\s*(\d{1,3})[*＊]?\s*[.、．]?\s*", nxt)
    return number is not None and last_no is not None and int(number.group(1)) in (last_no + 1, 1)


def _broken_unit(lines: list[tuple[str, int]], k: int) -> bool:
    """Whether lines[k], a short phrase opening with a level (区新兴产业), and the next line, a unit's name's end
    (服务中心), are one unit's name."""
    if k + 1 >= len(lines) or lines[k][0].strip()[:1] not in "省市县区州盟旗" or len(lines[k][0].strip()) > 10 or line_shape(lines[k + 1][0]) != "unit" or len(lines[k + 1][0].strip()) > 8:
        return False
    return line_shape(lines[k][0].strip() + lines[k + 1][0].strip()) == "unit" and lines[k + 1][0].strip()[:1] not in "省市县区"


def _unit_before_task(whats: list[str]) -> int | None:
    """The unit column of a header that puts it before the task's (序号 / 项目 / 责任单位 / 建设内容), else None."""
    unit = next((j for j, w in enumerate(whats) if w == "unit"), None)
    return unit if unit is not None and "task" in whats[unit + 1:] else None


def _before_work(lines: list[tuple[str, int]], k: int) -> bool:
    """Whether the lines after lines[k] are more units, then a sentence (a row's work)."""
    for j in range(k + 1, min(k + 6, len(lines))):
        shape = line_shape(lines[j][0])
        if shape == "text":
            return True
        if shape != "unit" and not (shape == "word" and _broken_unit(lines, j)):
            return False
    return False


def _before_unit(lines: list[tuple[str, int]], k: int) -> bool:
    """Whether the line after lines[k] is a unit's or a list of units'."""
    return k + 1 < len(lines) and line_shape(lines[k + 1][0]) == "unit"


def _continues_later(lines: list[tuple[str, int]], k: int, whats: list[str], task_col: int) -> bool:
    """Whether the lines after a sentence fill the row's later columns before the next number."""
    for line, _ in lines[k + 1:k + 8]:
        shape = line_shape(line)
        if shape in ("seq", "text"):
            return False
        return any(shape in _ACCEPTS[w] for w in whats[task_col + 1:] if w not in ("task", "status"))
    return False


def _closed(raw: str, line: str, a: int) -> bool:
    """Whether a line of a flattened row (as read without its bars) closed its cell with the cell's
    rule in `raw` (…工程 |), and the next line does not go on with a bar opening it (…，|\n| 完成…)."""
    end = raw.find("\n", a)
    end = len(raw) if end < 0 else end
    nxt = raw[end + 1:].split("\n", 1)[0]
    rest = raw[a + len(line):end].strip()
    if raw and line.strip() and not rest and nxt.strip() == "|":
        return True     # its rule on a line of its own (钱宇\n|\n)
    # (a bar alone on the next line is an empty cell, not a bar opening this cell's next line)
    return bool(raw and line.strip()) and rest.startswith("|") and not (nxt.lstrip().startswith("|") and nxt.strip() != "|")


def _column(whats: list[str], col: int, shape: str, cur, roles: list[str], closed: bool = False) -> int | None:
    """The column a line of this shape goes in: the current one if it still takes it (a broken
    sentence, another unit a line), else the next one that does. After a cell closed by its rule
    (…工程 |) the line opens the next cell."""
    here = whats[col]
    if closed and cur[col]:
        here = "closed"
    if cur[col] and here in ("task", "status") and shape == "text":
        return col
    if cur[col] and here == "other" and shape == "text" and not any(
            "text" in _ACCEPTS[w] and not cur[j] for j, w in enumerate(whats) if j > col):
        return col              # a sentence cell kg does not read (考核指标) going on over lines, no later cell taking text
    if shape == "word" and (task := next((j for j in range(col + 1, len(whats)) if whats[j] == "task"), None)) is not None \
            and not cur[task]:
        # A short phrase not written as a unit's name, before the row's task: the task (a 牵头单位
        # cell merged over several projects is written once, so the next row opens with its project).
        return task
    if cur[col] and here in ("unit", "leader") and shape in _ACCEPTS[here] and not (
            here == "unit" and col + 1 < len(whats) and whats[col + 1] == "unit" and roles[col + 1] != roles[col]) and not (
            here == "unit" and shape == "names" and any(whats[j] == "leader" and not cur[j] for j in range(col + 1, len(whats)))) and not (
            shape == "word" and any(not cur[j] and "word" in _ACCEPTS[whats[j]] for j in range(col + 1, len(whats)))):
        # another unit a line; a 牵头单位 (主要责任单位) before a 配合单位 column names one; a person's name after
        # units goes on to a later leader column; a phrase not written as a
        # unit's name goes on to a later empty column that takes it (备注: 县民生实事)
        return col
    for j in range(col + 1, len(whats)):
        w = whats[j]
        if w == "task" and not cur[j]:
            return j            # the row's first cell after its number is its task, whatever its shape
        if (shape not in _ACCEPTS[w] and not (w == "other" and shape == "deadline" and "deadline" not in whats)) or cur[j]:
            # (a date goes in a column of notes where no column of deadlines is named: 备注 / 2020年12月)
            continue
        if w == "other" and any(whats[t] == "task" and not cur[t] for t in range(j + 1, len(whats))) \
                and not (whats[col] == "other" and cur[col]):
            continue            # the row's task comes first; a column before it left empty is not written
            #                     (but after a filled column of its own, the next one is: 反馈问题, 整改目标, 整改措施)
        if w == "status" and shape != "text" and any(shape in _ACCEPTS[x] for x in whats[j + 1:] if x != "other"):
            continue            # a unit or a deadline skips a status column a later column takes (not a 备注)
        return j
    if cur[col] and here in ("task", "status"):
        return col              # a wrapped line of a sentence cell
    return None
