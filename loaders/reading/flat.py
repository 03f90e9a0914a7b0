"""Flattened tables in plain text → rows and cells: a header of column labels one a line, then each row's cells one a line.

Web pages copied as text, and converters that lose a table's grid, write a table as its
cells one under another: the header's labels (序号 / 民生实事 / 责任单位 / 完成时限, one a line
or all on one line), then per
row its number and its cells, a cell broken over several lines (one unit a line) and a
merged cell written once. The labels say what each column holds; the shape of each line
(a number, a sentence, a unit or a name, a deadline) says which cell it goes in, in the
header's order. A row with no number whose lines fill later columns continues the
numbered row above (its number cell merged: it keeps that number); a line on its own
before a numbered row is a section row; with no number column a row opens with its task.
A header may name columns kg does not read (说明, 1-8月实际完成率%); a figure (1300人, 54%, a
number that does not follow the last row's) goes in such a column or a status column, never a
unit's; a line of bars alone is an empty cell. Where each line closes its cell with the cell's rule
(…工程 |), the next line opens the next cell, and a rule alone is an empty one. Rows holding only their numbers are a blank
form, not a table of tasks. Offsets stay those of the text.
"""
from __future__ import annotations

import dataclasses
import itertools
import re

from loaders.reading.line_shapes import _ACCEPTS, _HEADING, _UNIT_END, line_shape  # noqa: F401 (the table readers use flat.line_shape)
from loaders.reading.model import Cell, Layout, Paragraph, Row, Table

# Column label (white space removed) → (what the column holds, role). Order matters: the
# first pattern a header cell matches names its column. Shared with the table readers.
COLUMNS = (
    (re.compile(r"^(?:序号|编号|序)$"), "seq", ""),
    (re.compile(r"(?:牵头|主抓)(?:[省市县区]级?)?(?:负责)?领导"), "leader", "lead"),
    # 分管领导 and 主管领导 oversee: no lead/support split is given (as 分管省领导： in field lines).
    (re.compile(r"责任(?:[省市县区]级?)?领导|^(?:项目)?(?:责任人|负责人)$|^主管领导$|(?:分管|包抓|包联|包保|挂点|挂包|联系|帮扶)(?:[省市县区]级?)?领导"), "leader", "responsible"),
    (re.compile(r"(?:牵头|主责|主办)(?:负责|责任|考核)?(?:单位|部门)"), "unit", "lead"),
    # (会办单位: the bodies a deputy's proposal is handed to beside the one that handles it, 主办单位)
    (re.compile(r"(?:配合|协办|会办|参与|协同)(?:责任)?(?:单位|部门)"), "unit", "support"),
    # 业主单位 (the owner that builds a project) and 实施单位 answer for it: responsible.
    # (a bureau's section answering for it: 负责科室, 责任处室; a target table's unit that checks and scores it, 监考单位)
    # (a project's or village's own bureau, 包联单位, 包保单位, 帮扶单位)
    (re.compile(r"(?:责任|承办|业主|实施|负责|监考|考核|包联|包保|挂点|挂包|帮扶)(?:单位|部门|科室|处室)"), "unit", "responsible"),
    # (a list of problems to put right, or of matters handed over, gives when each is to be done: 整改时限, 办结时限)
    (re.compile(r"(?:完成|整改|办结|办理)(?:时限|时间|期限)|时间节点|^时限$|^(?:时限|时间|完成)要求$"), "deadline", ""),
    (re.compile(r"落实情况|推进情况|进展情况|完成情况|工作进展|进度|^进展$"), "status", ""),
    # (a deputy's proposal handed over to be dealt with is the task: 案由, 建议名称, 提案标题)
    (re.compile(r"任务|事项|工作|内容|措施|实事|项目|目标|指标|^(?:具体|工作|主要)要求$|^案由$|^(?:建议|提案|议案)(?:名称|标题|题目)?$"), "task", ""),   # 预期目标: a table of targets
)
_MAX_LABEL = 12
# A table's title over its header (2024年民生实事项目表, 重点项目进度表, 2024年民生实事项目), not a column's
# label: 表 or 清单 at its end, or a year's projects (a column of a year's targets, 2022年预期目标, is one).
_TITLE = re.compile(r"[表单]$|(?:19|20)\d\d\s*年.*(?:项目|实事)$")
_PUNCT = re.compile(r"[：:，,。；;（(]")    # a field line (牵头单位：…) or a sentence, not a label


# A note in brackets after a label is not part of it: 责任单位（加黑为牵头单位）, 进展情况(一季度).
_LABEL_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（()）]{1,16}[)）]$")


def label_kind(label: str) -> tuple[str, str] | tuple[None, None]:
    """What a header cell names: (what, role), or (None, None)."""
    label = _LABEL_NOTE.sub("", re.sub(r"\s+", "", label))
    if not label or len(label) > _MAX_LABEL or "|" in label or _TITLE.search(label) or _HEADING.match(label):
        return None, None       # (a numbered heading, 一、市长负责事项, is a section, not a label)
    return next(((what, role) for pattern, what, role in COLUMNS if pattern.search(label)), (None, None))



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
        if what == "task" and first is not None and TARGET_COLUMN.search(cols[first][2]) and WORK_COLUMN.search(
                re.sub(r"\s+", "", line)) and not NAME_COLUMN.search(cols[first][2]):
            # 整改目标 then 整改措施: the measures are the work to do; the target is what they reach.
            cols[first] = ("other", "", *cols[first][2:])
        elif what == "task" and first is not None and (CATEGORY.search(cols[first][2]) or _HEADS_TASKS.fullmatch(cols[first][2])
                                                     and ("任务" in line or WORK_COLUMN.search(re.sub(r"\s+", "", line)))
                                                     or FINER.search(re.sub(r"\s+", "", line))
                                                     or MEASURES.fullmatch(re.sub(r"\s+", "", line)) and WORK_COLUMN.search(cols[first][2])):
            # 项目类别 then 具体内容: the category groups the tasks, the content is the task (项目 then 建设内容; 重点工作
            # then 工作措施: the measures break the work down).
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


# Shared with the table readers: a column naming the project (项目名称, 实事名称, 项目) rather than the work to do.
NAME_COLUMN = re.compile(r"名称$|^(?:民生实事|实事)?项目$")
# A column of the work itself (工作任务, 建设内容, 具体措施, 重点工作), not of a target (目标任务, 主要指标).
WORK_COLUMN = re.compile(r"^(?!.*(?:目标|指标))[\u4e00-\u9fff]{0,4}(?:任务|内容|措施|事项|工作)$")
# A column of what a named project is to reach this year (2022年度任务目标, 年度目标, 具体任务及目标).
TARGET_COLUMN = re.compile(r"^(?:\d{4}年)?[\u4e00-\u9fff]{0,4}(?:(?:任务|内容)[及和与]?)?(?:目标|指标)(?:任务)?$")
# A column of the problems found, before the measures that put each right (反馈问题, 存在问题): not the task.
_PROBLEM = re.compile(r"问题(?:描述|表现)?$")


# A column breaking the task beside it down (主要任务 then 细化措施; 工作任务 then 具体要求): the finer one is
# the task, the first heads its groups. Shared with the table readers.
FINER = re.compile(r"^(?:细化|具体|分解)(?:措施|任务|内容|举措|工作|要求)$")
# A bare 项目 before a column of tasks (项目 / 重点工作目标任务) heads the tasks' groups, as a category does.
_HEADS_TASKS = re.compile(r"项目|事项|方面")
# A column of categories over the tasks (项目类别), not the tasks: shared with the table readers.
CATEGORY = re.compile(r"(?:类别|分类|类型|领域)$")


# The second half of a label whose first half is one too (项目 / 类别): a label's head never ends
# a label of its own otherwise (牵头单位 / 备注 are two columns).
_LABEL_TAIL = re.compile(r"类别|分类|类型|名称|内容")


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


# A column of the measures that carry out the work beside it (重点工作 / 主要任务 / 工作措施): the task. Shared
# with the table readers.
MEASURES = re.compile(r"^(?:工作|主要|具体|推进|保障)?(?:措施|举措)$")
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


def rows(lines: list[tuple[str, int]], cols: list[tuple[str, str, str]], raw: str = "") -> tuple[list, int]:
    """The rows after a flattened header, and how many lines they took. Each row is, per
    column, the spans of its lines; a section row is a single span. lines: (text, offset) of
    each non-empty line after the header."""
    whats, roles = [c[0] for c in cols], [c[1] for c in cols]
    task_col = whats.index("task")
    out: list = []
    cur: list[list[tuple[int, int]]] | None = None
    col = k = 0
    last_no: int | None = None     # the last row's arabic number
    opener = _figure_second(lines, whats)
    while k < len(lines):
        line, a = lines[k]
        span = (a + len(line) - len(line.lstrip()), a + len(line.rstrip()))
        shape = line_shape(line)
        closed = k > 0 and _closed(raw, *lines[k - 1])
        if not line.strip(" \t|"):
            if closed and cur is not None and col + 1 < len(cols):
                col += 1        # cells closed by their rules, one a line: an empty one still takes its column
            k += 1              # an empty cell written as its rules alone (||)
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
        number = re.fullmatch(r"\s*(\d{1,3})\s*[.、．]?\s*", line)
        if shape == "seq" and cur is not None and number and last_no is not None and int(number.group(1)) not in (last_no + 1, 1) \
                and not (int(number.group(1)) > last_no and cur[-1]):
            # A number that does not follow the row's is a cell's figure (700), unless the row is
            # whole and it counts on: a bureau's share of a longer list (145, then 249).
            shape = "figure"
        if shape == "seq" and "seq" in whats:
            last_no = int(number.group(1)) if number else None
            cur = [[] for _ in cols]
            out.append(cur)
            col = whats.index("seq")
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
        elif (group := _group_cell(lines, k, whats, col, shape, cur)) is not None:
            col = group
        elif shape == "text" and whats[col] == "task" and len(cur[col]) == 1 and line_shape(lines[k - 1][0]) == "word" \
                and col + 1 < len(whats) and whats[col + 1] == "other" and not cur[col + 1]:
            col += 1    # a name (事项名称), then its content in the next column (项目内容), not one broken cell
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
    return bool(raw and line.strip()) and rest.startswith("|") and not nxt.lstrip().startswith("|")


def _column(whats: list[str], col: int, shape: str, cur, roles: list[str], closed: bool = False) -> int | None:
    """The column a line of this shape goes in: the current one if it still takes it (a broken
    sentence, another unit a line), else the next one that does. After a cell closed by its rule
    (…工程 |) the line opens the next cell."""
    here = whats[col]
    if closed and cur[col]:
        here = "closed"
    if cur[col] and here in ("task", "status") and shape == "text":
        return col
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
        return None
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
        for spans in cells:
            if spans:
                out.append(Cell(raw[spans[0][0]:spans[-1][1]], spans[0][0], spans[-1][1]))
            else:
                out.append(Cell("", start, start))
        made.append(Row(tuple(out), start, end))
    return Table(number, tuple(made), made[0].start, made[-1].end), k + len(head) + used


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
