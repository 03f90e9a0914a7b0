"""Tables whose cells run together: a text extract (a document-sharing site's, a converter's) that lost every
separator between a table's cells, header and rows alike, so the whole table stands on one line:
    序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建…4580个。何海平教育局经开区高新园(邹区镇)各街道市国有公司2促进…
The header is told by its labels run together after 序号, each a column label (column_labels.py), every column after
the task's naming who answers for it (a leader, units). The rows are told by their numbers counting on from 1. A row is
its number, its task's sentences up to a full stop, then the names in the header's order: a person's name (a family name
and one or two characters), one unit for a lead or responsible column, the units of a support column each up to where
its name ends (…局, …街道, …公司, …园(…)). Sentences after the names with no names of their own are another task under
the same number, the cells of the names above merged over them (repeated, as formats that know merged cells repeat
them); sentences then
names again are another task under that number. A row with no names before the text ends (the page cut it) is left out.

The support units are given a cell each, under their label repeated, so no reader has to split a cell with no
separator. Page numbers a site writes at its lines' starts (\\n2、) inside the table are not text: a name they cut ends
there. Offsets stay those of the text.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path

from loaders.reading.column_labels import label_kind
from loaders.reading.model import Cell, Row, Table

# A label's last word: a run-together header is cut after each (项目名称 | 主要内容 | 区政府分管领导 | 牵头单位).
_TAIL = re.compile(r"(?:名称|内容|领导|单位|部门|科室|时限|时间|情况|任务|措施|事项|目标|进度|进展|责任人|负责人)")
_HEAD = re.compile(r"序号(?=[\u4e00-\u9fff])")
# A unit's name, as short as it can be: two characters at least before the word that ends it (or 各…), a bracket after it
# (高新园(邹区镇)); a place's own body is part of its name (开发区管委会, 某某镇人民政府).
_UNIT = re.compile(r"(?:各[\u4e00-\u9fff]{0,12}?|[\u4e00-\u9fff]{2,14}?)"
                   r"(?:局|委(?!员?会)|办|中心|公司|集团|街道|政府|镇|乡|区|园|院|所|站|队|社|厅|部|处|会)"
                   r"(?!管委会|管理委员会|党工委|工委|党委|人民政府|政府|办事处)(?:[（(][^（()）]{1,12}[）)])?")
# A site's page number at a line's start (…(邹区镇\n2、)各街道): not the table's text.
_PAGE_MARK = re.compile(r"\n\d{1,3}、")
_WORK = re.compile(r"\d|[，,。；;：:]|^(?:新建|改扩建|改建|扩建|实施|推进|开展|完成|提升|打造|新增|改造|加快|加强|优化|完善|建设|对|为)")
_END = "。"


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "surnames.tsv"
    rows = (ln.split("\t")[0].strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return frozenset(r for r in rows if r and not r.startswith("#"))


def _labels(s: str) -> list[tuple[int, int]] | None:
    """The labels a run of labels is cut into (spans into s), every piece a label ending in a label's last word; None
    where s is not such a run. The cut with the most labels."""
    best: dict[int, list[tuple[int, int]] | None] = {len(s): []}
    for p in range(len(s) - 1, -1, -1):
        options = []
        for m in _TAIL.finditer(s, p):
            e = m.end()
            rest = best.get(e)
            if rest is not None and e - p <= 12 and label_kind(s[p:e])[0]:
                options.append([(p, e)] + rest)
        best[p] = max(options, key=len) if options else None
    return best[0]


class _Text:
    """The table's text with the sites' page numbers left out, each character's offset in the raw text kept."""

    def __init__(self, raw: str, start: int) -> None:
        chars, at, k = [], [], start
        while k < len(raw):
            m = _PAGE_MARK.match(raw, k)
            if m:
                chars.append("\n")
                at.append(k)
                k = m.end()
                continue
            if raw[k] == "\n":
                if raw[k + 1:k + 2] == "\n" or k + 1 >= len(raw):
                    break       # (a blank line ends the run)
                k += 1
                continue        # (a line break inside the run: a wrap)
            chars.append(raw[k])
            at.append(k)
            k += 1
        self.s, self.at = "".join(chars), at + [k]


def tables(raw: str) -> list[Table]:
    """Every table in the text whose header and rows run together on one line (see the module's docstring)."""
    out: list[Table] = []
    for h in _HEAD.finditer(raw):
        if out and h.start() < out[-1].end:
            continue
        t = _Text(raw, h.start())
        found = _read(t, len(out) + 1)
        if found:
            out.append(found)
    return out


def _header(s: str) -> tuple[list[tuple[int, int]], list[tuple[str, str]], int] | None:
    """The header at s's start: the spans of its labels (序号 first), what each names, and where the first row starts."""
    first = re.search(r"1(?=[\u4e00-\u9fff])", s[:80])
    if not first:
        return None
    spans = _labels(s[2:first.start()])
    if not spans:
        return None
    spans = [(0, 2)] + [(a + 2, b + 2) for a, b in spans]
    kinds = [label_kind(s[a:b]) for a, b in spans]
    whats = [w for w, _ in kinds]
    tasks = [j for j, w in enumerate(whats) if w == "task"]
    if len(spans) < 4 or not tasks or any(w not in ("leader", "unit") for w in whats[tasks[-1] + 1:]) \
            or not any(w in ("leader", "unit") for w in whats) or any(w not in ("seq", "task") for w in whats[:tasks[-1]]):
        return None
    return spans, kinds, first.start()


def _read(t: _Text, number: int) -> Table | None:
    s = t.s
    found = _header(s)
    if not found:
        return None
    spans, kinds, pos = found
    if "\n" in t.s[:pos] or any(t.at[k + 1] - t.at[k] > 1 for k in range(pos)):
        return None     # (a header whose labels stand a line each, or are spaced: flat.py's, model.py's)
    head = s[:spans[-1][1]]
    who = [k for k in kinds[max(j for j, (w, _) in enumerate(kinds) if w == "task") + 1:]]
    rows: list[tuple[str, list]] = []      # (number, [(content span, [(column, span)…]) …])
    n = 1
    while True:
        m = re.match(rf"{n}(?!\d)(?=[\u4e00-\u9fff])", s[pos:])
        if not m:
            break
        mark = (pos, pos + m.end())
        pos += m.end()
        segments, closed = [], False
        while True:
            got = _segment(s, pos, who, n, head, bool(segments))
            if got is None:
                break
            content, names, pos = got
            segments.append((content, names))
            if _next(s, pos, n, head) is not None:
                closed = True
                break
        if not segments or not segments[0][1]:
            break       # (no names before the text ends: the row was cut)
        rows.append((mark, segments))
        if not closed:
            break
        pos = _next(s, pos, n, head)
        n += 1
    if len(rows) < 2:
        return None
    return _table(t, number, spans, kinds, rows)


def _next(s: str, pos: int, n: int, head: str) -> int | None:
    """Where the next row's number stands at pos (after the header repeated over a new page), else None."""
    rest = s[pos:].lstrip("\n")
    skip = len(s) - pos - len(rest)
    if rest.startswith(head):
        rest, skip = rest[len(head):], skip + len(head)
    return pos + skip if re.match(rf"{n + 1}(?!\d)(?=[\u4e00-\u9fff])", rest) else None


def _segment(s: str, pos: int, who: list, n: int, head: str, later: bool):
    """A task's sentences from pos and the names after them: (content span, [(column, span)…], where it ends); names
    empty for sentences with none of their own (merged with the row above: only after a segment of the row that has
    them, and only before the next row). None where no task stands at pos."""
    k = pos
    while True:
        stop = s.find(_END, k)
        if stop < 0:
            return None
        stop += 1
        names = _names(s, stop, who)
        if names:
            return (pos, stop), names[0], names[1]
        if later and _next(s, stop, n, head) is not None:
            return (pos, stop), [], stop
        k = stop


def _names(s: str, pos: int, who: list) -> tuple[list[tuple[int, tuple[int, int]]], int] | None:
    """The names after a task's sentences, in the header's order from its first column after the task's: (column,
    span) each and where they end; None unless every leader, lead and responsible column has its name."""
    out: list[tuple[int, tuple[int, int]]] = []
    at = pos
    for j, (what, role) in enumerate(who):
        if what == "leader":
            name = _person(s, at, who[j + 1:])
            if not name:
                return None
            out.append((j, name))
            at = name[1]
            continue
        units = []
        while (u := _unit(s, at)) is not None:
            units.append(u[:2])
            at = u[2]
            if role != "support":
                break
        if not units and role != "support":
            return None
        out += [(j, u) for u in units]
    return (out, at) if out else None


def _unit(s: str, at: int) -> tuple[int, int, int] | None:
    """A unit's name at `at`: its span and where what follows it starts (a page's number cutting it ends the name there:
    高新园(邹区镇 / 2、)各街道). Its name holds no unit's last word before its own (政局高新园 is two pieces' halves)."""
    m = _UNIT.match(s, at)
    if not m or _WORK.search(m.group()) or _INNER_END.search(m.group(), 0, len(m.group()) - 1):
        return None
    cut = s.find("\n", at, m.end())
    return at, (cut if cut >= 0 else m.end()), m.end()


_INNER_END = re.compile(r"(?:[局办厅]|委(?!员?会))(?![（(])")


def _person(s: str, at: int, after: list) -> tuple[int, int] | None:
    """A person's name at `at`: a family name and its given name, three characters or two. Where a unit's column
    follows, three characters where a unit's name follows them, else two (何海平教育局: 何海平; 张菁民政局: 张菁 and
    民政局, not 张菁民 and 政局高新园)."""
    for size in (3, 2):
        name = s[at:at + size]
        if len(name) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or name[0] not in _surnames() and name[:2] not in _surnames():
            continue
        if not (after and after[0][0] == "unit"):
            return at, at + size
        if _unit(s, at + size) is not None:
            return at, at + size
    return None


def _table(t: _Text, number: int, spans, kinds, rows) -> Table:
    at = t.at
    task = max(j for j, (w, _) in enumerate(kinds) if w == "task")
    first_who = task + 1
    # How many cells each column after the task's takes: one, or as many units as a row's support cell names at most.
    widths = [max([1] + [sum(1 for c, _ in names if c == j) for _, segs in rows for _, names in segs])
              for j in range(len(kinds) - first_who)]

    def cell(a: int, b: int) -> Cell:
        return Cell(t.s[a:b].replace("\n", ""), at[a], at[b - 1] + 1 if b > a else at[a])

    header = [cell(a, b) for a, b in spans[:first_who]]
    for j, w in enumerate(widths):
        header += [cell(*spans[first_who + j])] * w
    made = [Row(tuple(header), header[0].start, header[-1].end)]
    above: list = []
    for mark, segs in rows:
        for k, ((a, b), names) in enumerate(segs):
            cells = [Cell("", at[a], at[a])] * first_who
            if k == 0:
                cells[0] = cell(*mark)
            cells[task] = cell(a, b)
            merged = not names
            names = names or above       # (sentences with no names of their own: the names above are merged over them)
            above = names
            for j, w in enumerate(widths):
                mine = [sp for c, sp in names if c == j]
                cells += [dataclasses.replace(cell(*sp), merged=merged) for sp in mine] + [Cell("", at[b - 1], at[b - 1])] * (w - len(mine))
            made.append(Row(tuple(cells), cells[task].start, max(c.end for c in cells)))
    return Table(number, tuple(made), made[0].start, made[-1].end)
