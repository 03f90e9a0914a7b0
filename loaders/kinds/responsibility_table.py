"""Responsibility tables (序号 | 重点任务 | 牵头领导 | 牵头单位 | 配合单位 | 完成时限) → tasks and who answers for them.

The first layout reader on the document model (loaders/reading/model.py): it reads the
tables of any format — a Word or PDF table, a web page's <table>, or plain text with
cells separated by tabs or | — so the same table gives the same tasks and facts
whichever form carries it. Each body row under a header that names the task and at
least one responsibility column is a task; its cells name leaders (牵头领导: lead,
责任领导/责任人: responsible), units (牵头单位: lead; 配合单位: support; 责任单位:
responsible, even beside a 牵头单位 column: the words decide, not an inferred role) and the deadline. Evidence is the
row, each name's evidence its cell, with the page, table, row and cell.

Merged cells: a format that knows them (Word, PDF, HTML) repeats a merged cell's text
in every row it covers. Plain text leaves them empty, so an empty leader, lead or
responsible unit or deadline cell takes the value of the row above in the same table;
an empty 配合单位 stays empty (many tasks have no supporting unit).
"""
from __future__ import annotations

import dataclasses
import re
from itertools import zip_longest

from graph import schema
from graph.model import DocumentInfo, Extraction
from loaders.structure import annotation as ann
from loaders.structure import responsibility as resp
from loaders.kinds import division_plan as plan
from loaders.kinds import plan_head
from loaders.kinds import plan_detection as detection
from loaders.kinds.commitment_table import split_names
from loaders.kinds.plan_builder import PlanBuilder, titled_officials
from loaders.recognisers.dates import document_year
from loaders.recognisers.doc_numbers import own_number
from loaders.recognisers.lexicon import Lexicon
from loaders.recognisers.place_settling import placed
from loaders.recognisers.places import noting
from loaders.structure.titles import plan_title
from loaders.reading import flat, run_together
from loaders.reading.model import UNLABELLED, Cell, Row, Table, single_spaced_header, single_spaced_row, tokens, unbarred
from loaders.structure.table_columns import (  # noqa: F401  (columns, circled: this module's API too)
    Column, aligned, circled, columns, figures_column, number_column, numbered_column, rejoined)
from loaders.kinds.base import Loader
from loaders.reading.source import SourceDocument

KIND = "responsibility_table"

_STATUS_WORDS = re.compile(r"[。；]|已|完成|正在|推进|\d+(?:\.\d+)?%")
_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分章])")
_SEQ = re.compile(r"^\s*(\d{1,3}|[一二三四五六七八九十百]+)\s*[.、．]?\s*$")


def _split(line: str) -> list[str]:
    if "\t" in line:
        return line.split("\t")
    return line.strip().strip("|").split("|") if line.count("|") >= 2 else []


def score(text: str) -> float:
    """A responsibility table's header row anywhere in the text (its cells on one line, or its
    labels one a line before flattened rows): 0.9, more with more columns named."""
    best = 0.0
    lines = [unbarred(ln.strip(), 0)[0].strip() for ln in text.split("\n") if ln.strip().strip("|").strip()]
    joined, at = "\n".join(lines), [0]
    for line in lines:
        at.append(at[-1] + len(line) + 1)
    for k, line in enumerate(lines):
        found = None
        if ("\t" in line or line.count("|") >= 2) and _names_someone(_split(line)):
            found = columns(_split(line))
        elif len(cells := _SPACES.split(line)) >= 3 and all(_kind(c)[0] for c in cells) and _names_someone(cells):
            found = columns(cells)      # labels separated by runs of spaces
        elif (kinds := single_spaced_header(line, 0)) and k + 1 < len(lines) and single_spaced_row(lines[k + 1], 0, kinds):
            found = columns([re.sub(r"\s+", "", line[x:y]) for x, y in tokens(line, 0)])   # … or single spaces, rows under it
        if not found and (len(line) <= 12 and _kind(line)[0] or flat.one_line_header(line)) and (
                flattened := flat.table(joined, 1, list(zip(lines, at)), k)):
            # A flattened header counts only with rows under it.
            found = columns(flattened[0].rows[0].texts)
        if found:
            named = sum(c.what in ("leader", "unit", "deadline") for c in found)
            best = max(best, min(1.0, 0.85 + 0.05 * named))
    for joined in run_together.tables(text):        # (a table whose cells run together on one line)
        if found := columns(joined.rows[0].texts):
            best = max(best, min(1.0, 0.85 + 0.05 * len({c.what for c in found if c.what in ("leader", "unit", "deadline")})))
    return best


# What a table of tasks is, from the words before it and its header: a list of 民生实事 or
# public commitments, a progress report (a column of 落实情况/推进情况), else a plan's table.
_COMMITMENT = re.compile(r"民生实事|实事项目|承诺事项|公开承诺|承诺书|为民办?实事")
_PROGRESS = re.compile(r"推进情况|进展情况|落实情况|完成情况|工作进展|进度")
_GOING = re.compile(r"进展|推进|进度")
_DIVIDED = re.compile(r"分解|分工|清单")
_REPORT_TITLE = re.compile(r"(?:推进|进展|完成|落实)情况[^\n]{0,12}$|进度(?:表|通报|公示)?[^\n]{0,12}$|工作进展")


def document_kind(before: str, cols: list[Column]) -> str:
    """The kind a document of task tables is: commitment_table for a commitment or 民生实事 list
    (also a table of tasks with only 责任领导/责任人 — a person — and a deadline: how such lists are
    set out), progress_report for a report of how tasks stand, a division_plan for tasks each given a lead, units
    and a deadline (责任科室 | 时限要求) or units alone (责任部门), under no title that says more, else the plan table's
    own kind (responsibility_table: no lead, unit or deadline column)."""
    labels = "".join(c.label for c in cols)
    # The title over the table says what the document is: 民生实事项目推进情况 reports on a list of
    # 民生实事 (a progress report); 民生实事任务分解表 is the list itself, even with a 落实情况 column.
    # (the line over the table, or a title line above a page's date and source lines)
    heading = next((ln for ln in reversed(before.splitlines()) if ln.strip()), "")
    titles = detection.title_lines(before[-300:]).splitlines()
    if any(_REPORT_TITLE.search(t) for t in [heading, *titles]) and any(c.what == "status" for c in cols):
        return "progress_report"
    # A column of how each task is going (进展情况, 推进情况, 进度) reports progress, on a 民生实事 list
    # too, unless the title names the list's division (民生实事任务分解表).
    if any(c.what == "status" and _GOING.search(c.label) for c in cols) and not any(_DIVIDED.search(t) for t in [heading, *titles]):
        return "progress_report"
    # A title naming a division of the report's work is no list of pledges, though it names the 民生实事
    # beside it (关于印发…重点工作和…民生实事项目责任分解的通知); one dividing the 民生实事 alone is their list.
    titles = detection.title_lines(before[-1500:])
    divides_work = detection.names_division(titles) and not detection.divides_pledges(titles, before)
    if (_COMMITMENT.search(before) or _COMMITMENT.search(labels)) and not divides_work:
        return "commitment_table"
    # 进展情况 over the table, in a title line (a notice's sentence asking for 完成情况 is not one).
    if any(c.what == "status" for c in cols) or _PROGRESS.search(detection.title_lines(before[-200:])):
        return "progress_report"
    # A plan set out as a table is the plan its title names: 任务分工方案, 任务分解责任清单, 行动方案.
    if detection.names_division(titles):
        return "division_plan"
    if detection.names_action(titles):
        return "action_plan"
    whats = {(c.what, c.role) for c in cols}
    if ("deadline", "") in whats and not any(role in (schema.ROLE_LEAD, schema.ROLE_SUPPORT) for _, role in whats) \
            and any(what == "leader" for what, _ in whats):
        return "commitment_table"
    # Tasks each given a lead (牵头领导, 牵头单位), or a unit and a deadline (责任科室 | 时限要求, 承办单位 | 完成时限), under no
    # title that says more: a division of tasks. (a person answering by a date, 责任人 | 完成时间, is a pledge)
    # (and tasks each given only the units that answer for them, 工作任务 | 具体要求 | 责任部门: the tasks divided among
    # bodies, as a plan's bracket (责任单位：…) divides them)
    if any(role == schema.ROLE_LEAD for _, role in whats) or ("deadline", "") in whats \
            or any(what == "unit" for what, _ in whats):
        return "division_plan"
    return KIND


def parse(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    view = doc.plain
    text = view.text
    layout = doc.structure
    b = PlanBuilder(doc, view)
    at = view.at        # (the view offset of an offset into doc.raw)

    tables = [found for t in layout.tables if (found := _header(t))]
    first = tables[0][0].start if tables else len(doc.raw)
    head = plan_head.lines_of(text[:at(first)])
    title = plan_title(head, text[:at(first)])[0]
    issuer, issuer_line = plan_head.issuer(head)
    issuer = issuer or layout.meta.issuer
    date = plan_head.date(head) or layout.meta.date
    number = own_number(text[:at(first)][:3000]) or layout.meta.number
    with noting() as ambiguous:
        region_info = lexicon.region_prefix(issuer) if issuer else None
        if region_info is None and issuer:      # (an issuer several regions' bodies bear, 鼓楼区人民政府: noted)
            region_info, issuer_line = plan_head.issuer_place(issuer, issuer_line, head, lexicon)
        if region_info is None:
            region_info, issuer_line = plan_head.unnamed_issuer_region(text, head, number, title, lexicon, issuer_line)
    region_info, notes = placed(region_info, ambiguous, text, lexicon)
    # The issuer's line, or (an issuer from a page's header table) the document's first line.
    where = issuer_line if issuer_line != (0, 0) else head[0][1:] if head else (0, 0)
    region = b.placed(lexicon, region_info, where, notes)
    kind = document_kind(text[:at(first)], tables[0][1]) if tables else KIND
    info = DocumentInfo(doc.key, doc.source, doc.sha256, doc.encoding, kind, title=title, issuer=issuer,
                        number=number, date=date, region=region)
    year = int(date[:4]) if date else document_year(text)
    ctx = plan._Context(b, lexicon, text, region, year)
    titled_officials(b, lexicon, text, region)
    seen: set[str] = set()
    for table, cols, header_at in tables:
        _Table(doc, b, ctx, at, table, cols, header_at, seen).read()
    if not tables:
        b.issue("table.no-header", "no table header naming the task and its 牵头/责任/配合 columns", 0)
    return Extraction(info, tuple(b.entities.values()), tuple(b.relations.values()), tuple(b.issues))


def _header(table: Table) -> tuple[Table, list[Column], int] | None:
    """A table's header row and columns, among its first rows. A header of two rows (责任单位
    over 牵头单位 | 配合单位) is read from its lower row, which names each column."""
    for k, row in enumerate(table.rows[:4]):
        cols = columns(row.texts)
        if not cols:
            continue
        labels = row.texts
        while k + 1 < len(table.rows):
            lower = table.rows[k + 1].texts
            # The lower row's empty (or merged, repeated) cells keep the upper row's label.
            combined = [lo if lo.strip() else up for up, lo in zip_longest(labels, lower, fillvalue="")]
            names_here = [_kind(lo) for lo in lower if lo.strip()]
            if not any(what in ("leader", "unit") for what, _ in names_here if what) or not (both := columns(combined)):
                break
            k, cols, labels = k + 1, both, combined
        return table, cols, k
    return None


def _kind(label: str) -> tuple[str, str] | tuple[None, None]:
    """What a header cell names: (what, role), or (None, None)."""
    return flat.label_kind(label)


def _names_someone(cells: list[str]) -> bool:
    """Whether a row of cells is a header with a column of who answers for the work (牵头领导, 责任单位, 责任主体…).
    A list's own columns of who runs a project (承担单位, 实施主体, 项目负责人: a list of funded projects or firms)
    name columns of such a table but never make one."""
    return any(_kind(c)[0] in ("leader", "unit") and not _RUNS_IT.search(re.sub(r"\s+", "", c)) for c in cells)


# Who runs a project in a list of projects (a grant's 承担单位 and 项目负责人, a fund's 实施主体): no charge to answer.
_RUNS_IT = re.compile(r"^(?:项目)?负责人$|^承担单位$|^实施(?:主体|机构)$")


_TITLED = re.compile(r"^((?:[\u4e00-\u9fff]{0,8}?)(?:书记|[省市县区州旗镇乡]长|主任|主席|部长|局长|秘书长|常委|委员|助理|巡视员|调研员))([\u4e00-\u9fff·]{2,4})$")
_NUMBERED_TASK = re.compile(r"\s*(\d{1,3})\s*[.、．]\s*(?=\S)")
_JOINT = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*\n[ \t\u3000]*\|[ \t\u3000]*")
_SPACES = re.compile(r"[ \u3000]{2,}")
_BRACKETED = re.compile(r"[（(][^）)]{1,12}[）)]")
# The role word after a unit in its cell, with the verb it may take (负责落实, 牵头落实): not part of the name.
_MARK = re.compile(r"[（(]?(牵头|主办|负责|配合|协办)(?:落实|实施|推进)?[）)]?$")
_MARKED_ROLE = {"牵头": schema.ROLE_LEAD, "主办": schema.ROLE_LEAD, "负责": schema.ROLE_RESPONSIBLE,
                "配合": schema.ROLE_SUPPORT, "协办": schema.ROLE_SUPPORT}


def _squashed(row: Row) -> list[str]:
    """A row's cell texts with their white space dropped."""
    return [re.sub(r"\s+", "", t) for t in row.texts]


class _Table:
    """The body rows of one table under its header."""

    def __init__(self, doc, b, ctx, at, table: Table, cols: list[Column], header_at: int, seen: set[str]) -> None:
        self.doc, self.b, self.ctx, self.at = doc, b, ctx, at
        self.table, self.cols, self.header_at, self.seen = table, cols, header_at, seen
        self.header = _squashed(table.rows[header_at])
        # How many cells the header names (over all its rows: a two-row header's lower row leaves the
        # upper row's labels empty).
        self.width = max((i + 1 for r in table.rows[:header_at + 1] for i, t in enumerate(r.texts) if t.strip()), default=0)
        rows = rejoined(list(table.rows[header_at + 1:]), self.width)
        numbered_at = numbered_column(rows, self.width)
        # The body rows as the header reads them, each with the leading cells it had more.
        self.body = [aligned(r, self.width, numbered_at) for r in rows]
        texts = [r.texts for r, _ in self.body]
        self.cols = figures_column(number_column(cols, texts), texts)
        self.above: dict[int, tuple[int, int]] = {}   # column → the view span of the last non-empty cell
        self.section = ""
        self.heads: list = []       # who a section row puts in charge of the tasks under it
        self.count = 0
        self.last_seq, self.under = "", 1

    def read(self) -> None:
        for k, (original, (row, leading)) in enumerate(zip(self.table.rows[self.header_at + 1:], self.body), self.header_at + 2):
            if _squashed(original) == self.header:
                continue        # the header repeated (a new page)
            texts = _squashed(row)
            if leading:
                self.section = leading[-1]
                self.heads = self._heads(original.cells[:len(original.cells) - len(row.cells)][-1:])
            if self.last_seq and (moved := self._work_in_project(row, texts)):
                row, texts = moved, _squashed(moved)
            if self.last_seq and (short := self._short(row, texts)):
                row, texts = short, _squashed(short)
            filled = {t for t in texts if t}
            if len(filled) == 1 and self.last_seq and (merged := self._merged(row, texts)):
                row = merged        # only its task, in the first cell: the rest is merged with the row above
            elif len(filled) == 1 and not _SEQ.match(self._cell(row, "seq")):
                one = next(iter(filled))
                if all(texts) or _SECTION.match(one) or not self._cell(row, "task"):
                    self.section = one        # a section row: one text across the table
                    self.above.clear()
                    self.heads = self._heads([c for c in row.cells if c.text.strip()])
                    continue
            self.row(row, k)

    def _heads(self, cells: list[Cell]) -> list:
        """Who a section row (its one cell, or the leading cell of the section's first row) puts in charge
        of every task under it (一、潘东旭市长负责事项（共9项）), with the role its verb gives, as a plan's
        section headers do."""
        if not cells:
            return []
        cell = cells[0]
        s, e = self.at(cell.start), self.at(cell.end)
        mark = _SECTION.match(self.ctx.text[s:e])
        got = resp.header(self.ctx.text, s + (mark.end() if mark else 0), e)
        if not got:
            return []
        names, verb = got
        role = schema.ROLE_LEAD if verb in resp.HEADER_LEADS else schema.ROLE_RESPONSIBLE
        ev = self.b.ev(s, e)
        return [(n, role, ev) for n in names]

    def _merged(self, row: Row, texts: list[str]) -> Row | None:
        """A row written with all its cells but only the first filled, with a task's words (新增学位810个 |
        ||||| under 新改扩建公办中小学校1所): the number, unit and deadline cells are merged with the
        row above, so it is another task under that number, its text moved to the task column. A
        heading (一、…) or a sentence (…。) there is a section row, as is a line with no cells."""
        task = self._col("task")[0].index
        one = texts[0]
        if not one or task == 0 or len(row.cells) < self.width or _SECTION.match(one) or _SEQ.match(one) or re.search(r"[。：:]$", one):
            return None
        blank = Cell("", row.cells[0].start, row.cells[0].start)
        return dataclasses.replace(row, cells=tuple(row.cells[0] if i == task else blank for i in range(len(row.cells))))

    def _work_in_project(self, row: Row, texts: list[str]) -> Row | None:
        """A row whose project cell, merged with the rows above, was left out: its work stands in the project
        column, the task column beside it empty (1 | 厚植创新发展源动力 | 建设… above; 2 | 深挖…资源，加快… | | here).
        A project's name is a label; a work is written as a clause (…，…) or runs long."""
        project = next((c.index for c in self.cols if c.what == "project"), None)
        task = self._col("task")[0].index
        if project is None or task != project + 1 or task >= len(texts) or texts[task] or not texts[project]:
            return None
        if not (re.search(r"[，。；]", texts[project]) or len(texts[project]) > 30):
            return None
        blank = Cell("", row.cells[project].start, row.cells[project].start)
        return dataclasses.replace(row, cells=row.cells[:project] + (blank, row.cells[project]) + row.cells[task + 1:])

    def _short(self, row: Row, texts: list[str]) -> Row | None:
        """A row one cell short: its unit cell, merged with the row above, left out rather than left empty, so
        what follows moved left into the unit column (… | 县卫生健康局 | 已完成… | above, … | 已完成… | | here).
        Told by a unit cell that names no unit but reads as a status (已完成…, a sentence, a share) and a last cell
        left empty; the row is given its unit cell back, empty, so it takes the unit above."""
        unit = next((c.index for c in self.cols if c.what == "unit" and c.role != schema.ROLE_SUPPORT), None)
        if unit is None or len(texts) != self.width or unit >= len(texts) - 1 or texts[-1] or not texts[unit]:
            return None
        if any(resp.looks_like_unit(n.text) for n in ann.names(texts[unit], ann.Span(texts[unit], 0, len(texts[unit])), "、，,；;/ ")):
            return None
        if not _STATUS_WORDS.search(texts[unit]):
            return None     # (what moved in must read as the next column's: 已完成…, a sentence, a share; not 县供销社)
        blank = Cell("", row.cells[unit].start, row.cells[unit].start)
        return dataclasses.replace(row, cells=row.cells[:unit] + (blank,) + row.cells[unit:-1])

    def _col(self, what: str) -> list[Column]:
        return [c for c in self.cols if c.what == what]

    def _cell(self, row: Row, what: str) -> str:
        return "".join(row.cells[c.index].text.strip() for c in self._col(what) if c.index < len(row.cells))

    def span(self, row: Row, col: Column, inherit: bool) -> tuple[int, int] | None:
        """The view span of a row's cell in a column; an empty one takes the cell above when `inherit`."""
        if col.index < len(row.cells) and row.cells[col.index].text.strip():
            cell = row.cells[col.index]
            s, e = self.at(cell.start), self.at(cell.end)
            self.above[col.index] = (s, e)
            return s, e
        if col.index < len(row.cells) and (cell := row.cells[col.index]).end > cell.start \
                and self.doc.structure.text[cell.start:cell.end].strip() == "|":
            return None     # (a cell written empty as its bar alone, in a flattened table: not merged with the row above)
        return self.above.get(col.index) if inherit else None

    def row(self, row: Row, number: int) -> None:
        b, ctx, text = self.b, self.ctx, self.ctx.text
        task_col = self._col("task")[0]
        body = self.span(row, task_col, inherit=False)
        if body is None:
            b.issue("table.bad-row", f"table {self.table.number} row {number}: no task text; not loaded", self.at(row.start),
                    "\t".join(row.texts)[:120])
            return
        self.count += 1
        # A task cell opening with its item's number (1.积极推进…) where no column holds the numbers.
        numbered = None if self._col("seq") else _NUMBERED_TASK.match(text, body[0], body[1])
        if numbered:
            body = (numbered.end(), body[1])
        m = _SEQ.match(self._cell(row, "seq")) or numbered
        if m or not self.last_seq or not self._col("seq"):
            seq = key = m.group(1) if m else str(self.count)
            if seq in self.seen:        # numbers restart in a later table
                seq = key = f"{self.table.number}.{seq}"
            self.last_seq, self.under = seq, 1
        else:
            # An empty number cell is merged with the row above: another task under its number.
            self.under += 1
            seq, key = self.last_seq, f"{self.last_seq}-{self.under}"
        self.seen.add(key)
        # A flattened cell over lines that kept their bars (…，|\n| 完成…): the bars are rules, not text.
        cell = _JOINT.sub("\n", text[body[0]:body[1]])
        task_text = re.sub(r"\s+", "", cell) if _spaces_are_padding(cell) else cell.strip()
        ev = b.ev(self.at(row.start), self.at(row.end))
        # The project a task belongs to (its cell merged over the project's tasks: empty below) groups it.
        project = next((text[p[0]:p[1]].strip() for c in self._col("project") if (p := self.span(row, c, inherit=True))), "")
        status = re.sub(r"\s+", "", self._cell(row, "status"))
        pieces = circled(task_text)
        statuses = circled(status)
        if len(statuses) != len(pieces):
            statuses = [("", status)] * len(pieces)
        tasks = []
        for (mark, piece), (_, said) in zip(pieces, statuses):
            # A cell of works numbered ①②③: each its own task, under the row's number and units.
            task = b.entity(schema.TASK, schema.task_key(b.doc.key, key + mark), piece[:30] + ("…" if len(piece) > 30 else ""), {
                "text": piece, "seq": seq + mark, "deadline": "", "deadlineDate": "", "section": project or self.section,
                "document": b.doc.key, "region": ctx.region}, ev)
            b.relate(schema.PART_OF, task, (schema.DOCUMENT, b.doc.key), {}, ev)
            if said:
                b.entities[task].props["status"] = said
            tasks.append(task)
        found = False
        for task in tasks:
            found |= self.answer(row, task, ev)
            for name, role, head_ev in self.heads:
                self.ctx.who(task, name, role, head_ev)
                found = True
        if not found:
            b.issue("table.no-responsible", f"task {seq} names no leader or unit", self.at(row.start), task_text[:80])

    def answer(self, row: Row, task, ev) -> bool:
        """The row's leaders, units and deadline for one of its tasks; whether anyone answers for it."""
        text, ctx = self.ctx.text, self.ctx
        found = False
        for col in self.cols:
            if col.what not in ("leader", "unit", "deadline"):
                continue
            span = self.span(row, col, inherit=col.role != schema.ROLE_SUPPORT)
            if span is None:
                continue
            if (label := UNLABELLED.match(text, span[0], span[1])) is not None:
                span = (label.end(), span[1])       # (a cell repeating its label: 责任单位:市财政局、…)
            value = ann.Span(text[span[0]:span[1]], *span)
            if col.what == "deadline":
                ctx.deadline(task, value.text)
                continue
            found = True
            if col.what == "unit":
                for n in _rejoined(text, ann.names(text, value, "、，,；;/ \n|")):
                    # A unit marked in its cell (市发展改革委（牵头）, 市财政局配合) has that role.
                    m = _MARK.search(n.text)
                    if m and len(n.text) > len(m.group()) + 1:
                        n, role = ann.Span(n.text[:m.start()], n.start, n.end - len(m.group())), _MARKED_ROLE[m.group(1)]
                    else:
                        role = col.role
                    for one in ann.examples(n):
                        ctx.unit(task, one, role, ev, apart=True)     # (in two columns: once per role)
                continue
            self.leaders(task, value, col, ev)
        return found

    def leaders(self, task, value: ann.Span, col: Column, ev) -> None:
        """The people a leader cell names (a two-character name padded to three, 陈 阳, is one);
        an office where a name should be (市政府各位副市长) is an issue, as in plans."""
        text, pos = self.ctx.text, value.start
        # A title in brackets after the name (王立新（副县长）) is blanked, offsets kept.
        names, bad = split_names(_BRACKETED.sub(lambda m: " " * len(m.group()), value.text).replace("|", " "))
        for name, surface in names:
            k = text.find(surface, pos, value.end)
            k = pos if k < 0 else k
            pos = k + len(surface)
            if (m := _TITLED.match(name)) and not _TITLED.match(m.group(2)):
                # A title before the name (副县长王立新): the leader is the person.
                name, k, surface = m.group(2), k + len(m.group(1)), m.group(2)
            if ann._OFFICE.search(name) or not ann._NAME.match(name):
                self.b.issue("table.unnamed-leader", f"leader cell names an office or not a person: {name!r}", k, name)
                continue
            self.leader(task, ann.Span(name, k, k + len(surface)), col, ev)
        if bad:
            self.b.issue("table.bad-name", f"leader cell token(s) not read as names: {' '.join(bad)}", value.start, value.text)

    def leader(self, task, n: ann.Span, col: Column, ev) -> None:
        b, region = self.b, self.ctx.region
        ref = b.entity(schema.LEADER, schema.leader_key(region, n.text), n.text,
                       {"region": region, "titles": []}, b.ev(n.start, n.end), n.text)
        b.relate(schema.RESPONSIBLE_FOR, ref, task, {"role": col.role}, ev)
        if region:
            b.relate(schema.SERVES_IN, ref, (schema.REGION, region), {"title": ""}, b.ev(n.start, n.end))


def _spaces_are_padding(s: str) -> bool:
    """Spaces in a cell only pad or wrap Chinese text (none stands between two Latin words or numbers)."""
    return not re.search(r"[A-Za-z0-9]\s+[A-Za-z0-9]", s)

# The kinds this module reads, for the registry (loaders/registry.py).
LOADERS = (
    Loader(KIND, "responsibility table (任务 with 牵头领导 / 牵头单位 / 配合单位 or 责任单位 / 完成时限 columns), from any format", score, parse),
)


def _rejoined(text: str, names: list[ann.Span]) -> list[ann.Span]:
    """A cell's names with a unit's name its line break cut rejoined (市人力资源 / 社会保障局): a piece that is no
    unit, then across a line break only a piece not opening with a level (省市县区) that the two make a unit's name with."""
    out: list[ann.Span] = []
    for n in names:
        if out and "\n" in text[out[-1].end:n.start] and not text[out[-1].end:n.start].strip() \
                and not resp.looks_like_unit(out[-1].text) and resp.looks_like_unit(out[-1].text + n.text) and n.text[:1] not in "省市县区":
            out[-1] = ann.Span(out[-1].text + n.text, out[-1].start, n.end)
        else:
            out.append(n)
    return out
