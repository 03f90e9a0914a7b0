"""The document model every format is read into: the text kg reads, plus its paragraphs and tables.

A format reader (HTML, DOCX, PDF…) writes the document as text the way kg has always
read it — one paragraph a line, a table row a line with its cells separated by tabs —
and records, for each paragraph, table, row and cell, where it stands in that text
(and on which page). Loaders keep reading the text; layout readers (tables) read the
structure; evidence turns an offset back into a location the user can open: the page,
and the table, row and cell.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import cached_property

from loaders.reading.text import is_cjk


@dataclass(frozen=True)
class Cell:
    text: str
    start: int            # offsets into Layout.text
    end: int
    merged: bool = False  # continues a merged cell (above or to the left); its text is repeated here


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    start: int
    end: int
    page: int = 0         # 1-based; 0 when the format has no pages

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass(frozen=True)
class Table:
    number: int           # 1-based, in document order
    rows: tuple[Row, ...]
    start: int
    end: int

    @cached_property
    def row_starts(self) -> list[int]:
        return [r.start for r in self.rows]


@dataclass(frozen=True)
class Paragraph:
    text: str
    start: int
    end: int
    page: int = 0


@dataclass(frozen=True)
class Location:
    """Where an offset of the text stands in the document as published (0 = not applicable)."""
    page: int = 0
    table: int = 0
    row: int = 0
    cell: int = 0


@dataclass(frozen=True)
class Meta:
    """What the publisher states about the document outside its text (a portal's header table)."""
    title: str = ""
    issuer: str = ""
    number: str = ""
    date: str = ""        # ISO


@dataclass(frozen=True)
class Layout:
    format: str                                   # text | html | docx | pdf | doc
    text: str
    blocks: tuple[Paragraph | Table, ...] = ()
    pages: tuple[int, ...] = ()                   # offset in text where each page starts
    meta: Meta = Meta()
    notes: tuple[tuple[str, str], ...] = ()       # (reason code, message): what reading dropped or doubted

    @cached_property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Table))

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @cached_property
    def located(self) -> bool:
        """Whether offsets have anything to say beyond themselves (pages or tables)."""
        return bool(self.pages or self.tables)

    @cached_property
    def _table_starts(self) -> list[int]:
        return [t.start for t in self.tables]

    def locate(self, start: int, end: int | None = None) -> Location:
        """The page, table, row and cell of text[start:end] (the cell only when the span stays in one)."""
        end = start + 1 if end is None else end
        page = bisect.bisect_right(self.pages, start) if self.pages else 0
        k = bisect.bisect_right(self._table_starts, start) - 1
        if k < 0 or start >= self.tables[k].end:
            return Location(page)
        t = self.tables[k]
        r = bisect.bisect_right(t.row_starts, start) - 1
        if r < 0 or start >= t.rows[r].end:
            return Location(page, t.number)
        row = t.rows[r]
        c = next((i for i, cell in enumerate(row.cells) if cell.start <= start and end <= max(cell.end, cell.start + 1)), -1)
        return Location(page or row.page, t.number, r + 1, c + 1)


def cell_text(s: str) -> str:
    """A cell's or paragraph's text on one line: a break between CJK characters is a wrap (dropped),
    other white space one space."""
    s = re.sub(r"(?<=[^\x00-\x7f])[ \t]*\n[ \t\n]*(?=[^\x00-\x7f])", "", s.strip())
    return re.sub(r"\s+", " ", s)


class Writer:
    """Builds a Layout in document order: paragraphs a line each, table rows a line each."""

    def __init__(self, format: str) -> None:
        self.format = format
        self.parts: list[str] = []
        self.size = 0
        self.blocks: list[Paragraph | Table] = []
        self.notes: list[tuple[str, str]] = []

    def _put(self, s: str) -> int:
        if self.parts:
            self.parts.append("\n")
            self.size += 1
        start = self.size
        self.parts.append(s)
        self.size += len(s)
        return start

    def paragraph(self, text: str, page: int = 0) -> None:
        text = cell_text(text)
        if text:
            start = self._put(text)
            self.blocks.append(Paragraph(text, start, start + len(text), page))

    def table(self, rows: list[list[tuple[str, bool]]], pages: list[int] | None = None) -> None:
        """rows: (text, merged) per cell; a merged cell carries the text of the cell it continues."""
        out = []
        for i, cells in enumerate(rows):
            if len(cells) > 1 and all(m for _, m in cells[1:]) and all(t == cells[0][0] for t, _ in cells):
                cells = cells[:1]   # one cell across the table (a section heading): written once, as text gives it
            texts = [cell_text(t).replace("\t", " ") for t, _ in cells]
            if not any(texts):
                continue
            start = self._put("\t".join(texts))
            made, pos = [], start
            for t, (_, merged) in zip(texts, cells):
                made.append(Cell(t, pos, pos + len(t), merged))
                pos += len(t) + 1
            out.append(Row(tuple(made), start, pos - 1, pages[i] if pages else 0))
        if out:
            self.blocks.append(Table(sum(isinstance(b, Table) for b in self.blocks) + 1, tuple(out), out[0].start, out[-1].end))

    def note(self, code: str, message: str) -> None:
        self.notes.append((code, message))

    def layout(self, meta: Meta = Meta()) -> Layout:
        return Layout(self.format, "".join(self.parts), tuple(self.blocks), self._pages(), meta, tuple(self.notes))

    def _pages(self) -> tuple[int, ...]:
        """Where each page starts in the text: at its first paragraph or row (a page with
        neither starts where the next one does)."""
        starts: list[tuple[int, int]] = []
        for b in self.blocks:
            if isinstance(b, Table):
                starts.extend((r.page, r.start) for r in b.rows)
            else:
                starts.append((b.page, b.start))
        last = max((p for p, _ in starts), default=0)
        if not last:
            return ()
        first: dict[int, int] = {}
        for p, s in starts:
            first.setdefault(p, s)
        out, nxt = [], self.size
        for p in range(last, 0, -1):
            nxt = first.get(p, nxt)
            out.append(nxt)
        return tuple(reversed(out))


# Plain text: a table is a run of lines whose cells are separated by tabs or by |.
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _split_cells(line: str, a: int, sep: str | None = None, least: int = 2) -> list[tuple[int, int]] | None:
    """(start, end) of each cell of a table line starting at offset a, or None if it is not one
    (fewer than `least` cells)."""
    sep = sep or ("\t" if line.count("\t") >= 1 else "|" if line.count("|") >= 2 else None)
    if sep is None:
        return None
    spans, s = [], 0
    for k, ch in enumerate(line + sep):
        if ch == sep:
            spans.append((s, k))
            s = k + 1
    if sep == "|":   # | a | b | : the outer bars open and close the row
        if line[: spans[0][1]].strip() == "":
            spans = spans[1:]
        if spans and line[spans[-1][0]:spans[-1][1]].strip() == "":
            spans = spans[:-1]
    out = []
    for s, e in spans:
        while s < e and line[s] in " \u3000":
            s += 1
        while e > s and line[e - 1] in " \u3000\r":
            e -= 1
        out.append((a + s, a + e))
    return out if len(out) >= least else None


def _spaced_cells(line: str, a: int) -> list[tuple[int, int]] | None:
    """Cells separated by runs of two or more spaces (a table copied from a page), or None."""
    out = [(a + m.start(), a + m.end()) for m in re.finditer(r"\S+(?:[ \u3000]\S+)*", line)]
    return out if len(out) >= 2 else None


def tokens(line: str, a: int) -> list[tuple[int, int]]:
    """The spans of a line's space-separated tokens, a letter-spaced word (工 作 任 务) as one."""
    return [(a + m.start(), a + m.end()) for m in re.finditer(r"\S(?: \S)+(?=\s|$)|\S+", line)]


def single_spaced_header(line: str, a: int) -> list[str] | None:
    """The column kinds of a header whose labels single spaces separate (序号 工 作 任 务 牵头负责部门),
    or None."""
    from loaders.reading import flat
    spans = tokens(line, a)
    labels = [line[x - a:y - a].replace(" ", "") for x, y in spans]
    kinds = [flat.label_kind(t)[0] for t in labels]
    # (a label kg does not read, 政策类别, 政策依据, is a column of its own where the rest name the task and
    # who answers for it)
    unread = [k for k, (kind, t) in enumerate(zip(kinds, labels)) if kind is None and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", t)]
    if len(unread) <= 2 and kinds.count(None) == len(unread):
        kinds = ["other" if k in unread else kind for k, kind in enumerate(kinds)]
    if len(spans) < 3 or None in kinds or "task" not in kinds or not set(kinds) & {"leader", "unit"}:
        return None
    return kinds


def single_spaced_row(line: str, a: int, kinds: list[str]) -> list[tuple[int, int]] | None:
    """A row under such a header: its number, its task (whatever spaces it holds) and, from the right,
    one token a later column, each of the column's shape; None when the line is not one."""
    from loaders.reading import flat
    words = [(a + m.start(), a + m.end()) for m in re.finditer(r"\S+", line)]
    t = kinds.index("task")
    later = len(kinds) - t - 1
    lead = kinds[:t]
    if "seq" in lead and set(lead) <= {"seq", "other"}:
        # 政策类别 序号 任务…: the row's number, and before it the category cell, which a row under the
        # same category leaves out (merged with the row above); an empty cell stands for it.
        s = next((k for k in range(min(len(lead), len(words))) if flat.line_shape(line[words[k][0] - a:words[k][1] - a]) == "seq"), None)
        if s is None or s > lead.index("seq"):
            return None
        pad = lead.index("seq") - s
        words = [(words[0][0], words[0][0])] * pad + words
    elif lead != ["seq"] * t:
        return None
    if len(words) < len(kinds) or not all(flat.line_shape(line[x - a:y - a]) == "seq"
                                          for (x, y), k in zip(words[:t], lead) if k == "seq"):
        return None
    tail = words[len(words) - later:] if later else []
    ok = {"unit": ("unit", "word", "names"), "leader": ("names",), "deadline": ("deadline",)}
    if any(flat.line_shape(_unlabelled(line[x - a:y - a])) not in ok.get(k, ("unit", "word", "names", "deadline", "text", "figure", "state"))
           for (x, y), k in zip(tail, kinds[t + 1:])):
        return None
    task = (words[t][0], words[len(words) - later - 1][1])
    return words[:t] + [task] + tail


# A cell that repeats its column's label before its value (责任单位:市财政局、市发展改革委).
UNLABELLED = re.compile(r"(?:责任|牵头|配合|实施|主办|协办)(?:单位|部门)\s*[:：]")     # (matched where a cell starts)


def _unlabelled(cell: str) -> str:
    m = UNLABELLED.match(cell)
    return cell[m.end():] if m else cell


def unbarred(line: str, a: int) -> tuple[str, int]:
    """A line without the bars that open and close it (| 1 |, a cell of a flattened table copied
    with its rules), and its offset."""
    m = re.match(r"^(\s*\|)(.*?)\|\s*$", line) or re.match(r"^(\s*)([^|]*?)\s*\|\s*$", line)
    # (or only the closing bar: cells written one a line, each with its right rule: 序号 |)
    return (m.group(2), a + len(m.group(1))) if m and m.group(2).strip() else (line, a)


def _broken_row(lines: list, k: int, n: int, sep: str) -> tuple[list[tuple[int, int]], int] | None:
    """A row of n cells written over lines[k:j] because a cell's text broke across lines (the
    break inside a cell: the last cell of one line goes on at the start of the next), and j;
    None when the lines do not make exactly n cells."""
    cells: list[tuple[int, int]] = []
    for j in range(k, min(len(lines), k + 6)):
        line, a, _ = lines[j]
        pieces = _split_cells(line, a, sep, least=1) or []
        if j == k and len(pieces) < 2 or j > k and len(pieces) >= n:
            return None
        if cells and pieces:
            cells[-1] = (cells[-1][0], pieces[0][1])
            pieces = pieces[1:]
        cells.extend(pieces)
        if len(cells) >= n:
            return (cells, j + 1) if len(cells) == n else None
    return None


def read_through(view_text: str, raw: str, span) -> Layout:
    """The structure of a text read through its simplified view (a traditional page: labels and
    units are recognised in simplified characters): blocks found in the view, their offsets
    turned back into `raw` by `span` (view start, end → raw start, end); cells and paragraphs
    keep the view's reading of their text."""
    at = span
    blocks: list[Paragraph | Table] = []
    for b in from_text(view_text).blocks:
        if isinstance(b, Paragraph):
            blocks.append(Paragraph(b.text, *at(b.start, b.end), b.page))
            continue
        rows = tuple(Row(tuple(Cell(c.text, *at(c.start, c.end), c.merged) for c in r.cells), *at(r.start, r.end), r.page)
                     for r in b.rows)
        blocks.append(Table(b.number, rows, *at(b.start, b.end)))
    return Layout("text", raw, tuple(blocks))


def from_text(raw: str) -> Layout:
    """The structure of plain text: each non-empty line a paragraph, runs of tab- or |-separated
    lines tables (a short line between two table lines is a one-cell row: a section heading),
    and flattened tables, cells one a line under a header of labels (reading/flat.py);
    offsets are into `raw` itself."""
    from loaders.reading import flat, run_together
    joined = run_together.tables(raw)     # (tables whose cells run together on one line: their lines are theirs)
    lines = []
    spaced: list | bool = False      # the column kinds of a header whose labels runs of spaces separate
    single: list | None = None       # … or single spaces (序号 工 作 任 务 牵头负责部门)
    for m in re.finditer(r"[^\n]+", raw):
        line, a = m.group(), m.start()
        if not line.strip() or (_RULE.match(line) and "-" in line):
            continue
        spans = _split_cells(line, a)
        cells = _spaced_cells(line, a) if not spans else None
        if not spans and not spaced and not cells and (kinds := single_spaced_header(line, a)):
            single, spans = kinds, tokens(line, a)
        elif not spans and single:
            spans = single_spaced_row(line, a, single)
            if spans is None and len(line.strip()) > _SECTION_ROW:
                single = None
        if not spans and not single and cells:
            kinds = [flat.label_kind(raw[x:y])[0] for x, y in cells]
            if None not in kinds and "task" in kinds and set(kinds) & {"leader", "unit"}:
                spaced = kinds
            elif spaced and len(cells) < len(spaced) and spaced[-1] == "deadline" and flat.line_shape(raw[cells[-1][0]:cells[-1][1]]) == "deadline":
                # Spaces cannot show an empty cell: a deadline last in a short row is the deadline column's.
                end = cells[-1][0]
                cells = cells[:-1] + [(end, end)] * (len(spaced) - len(cells)) + cells[-1:]
            spans = cells if spaced else None
        elif not spans and spaced and len(line.strip()) > _SECTION_ROW:
            spaced = False
        lines.append((line, a, spans if spans and any(is_cjk(ch) for ch in line) else None))
    blocks: list[Paragraph | Table] = []
    run: list[Row] = []

    def flush() -> None:
        if sum(len(r.cells) > 1 for r in run) >= 2:
            blocks.append(Table(sum(isinstance(b, Table) for b in blocks) + 1, tuple(run), run[0].start, run[-1].end))
        else:
            blocks.extend(Paragraph(raw[r.start:r.end].strip(), r.start, r.end) for r in run)
        run.clear()

    plain = [unbarred(line, a) for line, a, _ in lines]
    k = -1
    while k + 1 < len(lines):
        k += 1
        line, a, spans = lines[k]
        s, e = a + len(line) - len(line.lstrip()), a + len(line.rstrip())
        if (inside := next((t for t in joined if t.start < e and s < t.end), None)) is not None:
            flush()
            if s < inside.start and raw[s:inside.start].strip():
                blocks.append(Paragraph(raw[s:inside.start].strip(), s, inside.start))
            if not any(b is inside for b in blocks):
                blocks.append(dataclasses.replace(inside, number=sum(isinstance(b, Table) for b in blocks) + 1))
                joined = [t if t is not inside else blocks[-1] for t in joined]
                inside = blocks[-1]
            if e > inside.end and raw[inside.end:e].strip():
                blocks.append(Paragraph(raw[inside.end:e].strip(), inside.end, e))
            continue
        if not run and (flat.label_kind(plain[k][0])[0] or flat.one_line_header(plain[k][0])) and (found := flat.table(
                raw, sum(isinstance(b, Table) for b in blocks) + 1, plain, k)):
            blocks.append(found[0])     # a flattened table: its header's labels and its cells one a line
            k = found[1] - 1
            continue
        if run and (head := run[0].cells) and len(spans or ()) < len(head) and (broken := _broken_row(
                lines, k, len(head), "\t" if "\t" in raw[run[0].start:run[0].end] else "|")):
            spans, k = broken[0], broken[1] - 1
        if spans:
            if run and line.lstrip().startswith("|") and not _opens_with_bar(raw, run[0].start):
                # The header opens without a bar, so a row's opening bar closes an empty first cell
                # (| | 新增学位900个 | …: the number and project cells merged with the row above).
                bar = a + line.index("|")
                spans = [(bar, bar)] + spans
            run.append(Row(tuple(Cell(raw[x:y], x, y) for x, y in spans), spans[0][0], spans[-1][1]))
            continue
        if run and k + 1 < len(lines) and lines[k + 1][2] and e - s <= _SECTION_ROW:
            run.append(Row((Cell(raw[s:e], s, e),), s, e))
            continue
        flush()
        blocks.append(Paragraph(raw[s:e], s, e))
    flush()
    return Layout("text", raw, tuple(blocks))


_SECTION_ROW = 40


def _opens_with_bar(raw: str, at: int) -> bool:
    """Whether the line holding offset `at` opens with a bar."""
    return raw[raw.rfind("\n", 0, at) + 1:at].lstrip().startswith("|") or raw[at:at + 1] == "|"
