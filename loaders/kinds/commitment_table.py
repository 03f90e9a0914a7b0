"""Loader for 公开承诺事项 tables (单位/序号/承诺事项/完成时间/责任人, tab-separated): rows → Tasks, Leaders, Regions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import schema
from graph.model import DocumentInfo, Entity, Evidence, Extraction, Issue, Relation
from loaders.recognisers.dates import document_year, parse_deadline
from loaders.recognisers.lexicon import Lexicon
from loaders.recognisers.places import Ambiguous
from loaders.kinds.base import Loader
from loaders.reading.source import SourceDocument
from loaders.reading.text import is_cjk

KIND = "commitment_table"
# Which header cell names each column; matched by substring so 承诺事项内容 or 完成时限 still work.
_COLUMNS = (("unit", ("单位", "城市", "地区")), ("seq", ("序号",)), ("text", ("承诺事项", "事项")),
            ("deadline", ("完成时间", "时间", "时限")), ("names", ("责任人",)))
_DEFAULT_COLUMNS = {"unit": 0, "seq": 1, "text": 2, "deadline": 3, "names": 4}
_SEQ = re.compile(r"\d{1,3}")
_NAME_SEP = re.compile(r"[\s、，,；;/]+")
_DATE_LINE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
_MAX_TITLE = 60
_NAME_LEN = 2


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _is_header(cells: list[str]) -> bool:
    return any("承诺" in c for c in cells) and any("责任人" in c for c in cells)


def _is_contact(cells: list[str]) -> bool:
    first = next((c for c in cells if c), "")
    return first.startswith("联系人") or "联系电话" in first


def _looks_like_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 3 and any(_SEQ.fullmatch(c) for c in cells[:3]) and any(is_cjk(ch) for ch in filled[-1])


def score(text: str) -> float:
    lines = text.splitlines()
    header = any("\t" in ln and _is_header(_cells(ln)) for ln in lines)
    rows = sum(1 for ln in lines if "\t" in ln and _looks_like_row(_cells(ln)))
    # Rows alone stay below the header's weight: other tab tables (division plans) have seqs and names too.
    return 0.6 * header + 0.3 * min(1.0, rows / 5) + 0.1 * ("承诺" in text[:5000])


def split_names(cell: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, surface form) pairs from a 责任人 cell, and tokens that are not names.

    Tables pad a two-character name to the width of three (陈 阳), so two single
    characters separated only by spaces are one name; longer tokens never split.
    """
    parts = [(m.group(), m.end()) for m in re.finditer(r"[^\s、，,；;/]+", cell)]
    names: list[tuple[str, str]] = []
    bad: list[str] = []
    k = 0
    while k < len(parts):
        tok, end = parts[k]
        if len(tok) == 1 and is_cjk(tok) and k + 2 < len(parts):
            (mid, mend), (last, lend) = parts[k + 1], parts[k + 2]
            if len(mid) == 2 and len(last) == 1 and all(is_cjk(ch) for ch in mid + last) \
                    and not cell[end:mend - 2].strip() and not cell[mend:lend - 1].strip():
                # two padded names run together (陆 明俞 悦): 陆明 and 俞悦
                names += [(tok + mid[0], cell[end - 1:mend - 1]), (mid[1] + last, cell[mend - 1:lend])]
                k += 3
                continue
        if len(tok) == 1 and is_cjk(tok) and k + 1 < len(parts):
            nxt, nend = parts[k + 1]
            gap = cell[end:nend - len(nxt)]
            if len(nxt) == 1 and is_cjk(nxt) and gap.strip() == "":
                names.append((tok + nxt, cell[end - 1:nend]))
                k += 2
                continue
        if len(tok) < _NAME_LEN or not all(is_cjk(ch) or ch == "·" for ch in tok):
            bad.append(tok)
        else:
            names.append((tok, tok))
        k += 1
    return names, bad


@dataclass
class _Builder:
    """Collects entities and relations, one per key, merging aliases and evidence."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    relations: dict[tuple, Relation] = field(default_factory=dict)

    def entity(self, label: str, key: str, name: str, props: dict, ev: Evidence, aliases: tuple[str, ...] = ()) -> tuple[str, str]:
        old = self.entities.get((label, key))
        if old:
            aliases = tuple(dict.fromkeys(old.aliases + aliases))
            evs = old.evidence + ((ev,) if ev not in old.evidence else ())
            self.entities[(label, key)] = Entity(label, key, old.name, aliases, old.props, evs)
        else:
            self.entities[(label, key)] = Entity(label, key, name, tuple(dict.fromkeys(aliases)), props, (ev,))
        return (label, key)

    def relation(self, rtype: str, src: tuple[str, str], dst: tuple[str, str], props: dict, ev: Evidence) -> None:
        old = self.relations.get((rtype, src, dst))
        evs = (old.evidence + ((ev,) if ev not in old.evidence else ())) if old else (ev,)
        self.relations[(rtype, src, dst)] = Relation(rtype, src, dst, old.props if old else props, evs)


@dataclass
class _Block:
    city: str = ""               # the unit's name as written
    city_key: str = ""
    last_seq: str = ""
    closed: bool = False          # a 联系人 line ended it


def parse(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    view = doc.plain
    text = view.text
    year = document_year(text)
    out = _Builder()
    issues: list[Issue] = []
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
    first_table = next((k for k, (_, _, ln) in enumerate(lines)
                        if "\t" in ln and (_is_header(_cells(ln)) or _looks_like_row(_cells(ln)))), len(lines))
    # The title is the short line nearest the table, preferring one that names the commitments.
    short = [k for k in range(first_table - 1, -1, -1)
             if "\t" not in lines[k][2] and len(lines[k][2].strip()) <= _MAX_TITLE and any(is_cjk(ch) for ch in lines[k][2])]
    title_at = next((k for k in short if "承诺" in lines[k][2]), short[0] if short else None)
    title = lines[title_at][2].strip() if title_at is not None else ""
    date = ""
    columns = dict(_DEFAULT_COLUMNS)
    blocks: list[_Block] = []
    seen_tasks: set[str] = set()
    provinces: set[str] = set()
    any_contact = False

    def issue(code: str, message: str, start: int, line_text: str) -> None:
        issues.append(Issue(code, message, doc.key, doc.line(view, start), line_text.strip()))

    for k, (start, _, line) in enumerate(lines):
        cells = _cells(line)
        if k == title_at:
            continue
        if _is_contact(cells):
            any_contact = True
            if blocks:
                blocks[-1].closed = True
            contact = " ".join(c for c in cells if c)
            issue("table.contact", f"contact line, not a commitment (line {doc.line(view, start)}): {contact}", start, line)
            continue
        if "\t" in line and _is_header(cells):
            columns = {col: next((i for i, c in enumerate(cells) if any(w in c for w in words)), _DEFAULT_COLUMNS[col])
                       for col, words in _COLUMNS}
            blocks.append(_Block())
            continue
        if "\t" not in line:
            m = _DATE_LINE.fullmatch(line.strip())
            if m and not date and k < first_table:
                date = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
                continue
            issue("table.skipped-line", "not a table row, header or contact line; skipped", start, line)
            continue
        if not blocks:
            blocks.append(_Block())
        block = blocks[-1]
        unit, seq, body, deadline, names_cell = (cells[columns[c]] if columns[c] < len(cells) else ""
                                                 for c in ("unit", "seq", "text", "deadline", "names"))
        row_end = start + len(line.rstrip())
        ev = doc.evidence(view, start + len(line) - len(line.lstrip()), row_end)
        if k == len(lines) - 1 and not names_cell and not block.closed:
            # A cut-off final row: reported as the block's truncation, not as a bad row.
            block.city = block.city or unit
            _truncated(issue, block, start, line, partial=True)
            block.closed = True
            continue
        if unit and unit != block.city:
            block.city = unit
            block.city_key = _region(out, lexicon, unit, ev, issue, start, line, provinces)
        names, bad = split_names(names_cell)
        problem = ("no 单位 (city) before this row" if not block.city
                   else "序号 is not a number" if not _SEQ.fullmatch(seq)
                   else "承诺事项 is empty" if not body
                   else "责任人 is empty" if not names
                   else f"{block.city} {seq} appears twice" if f"{block.city}-{seq}" in seen_tasks
                   else "")
        if problem:
            issue("table.bad-row", f"row not loaded: {problem}", start, line)
            continue
        if bad:
            issue("table.bad-name", f"{block.city} {seq}: 责任人 token(s) not read as names: {' '.join(bad)}", start, line)
        seen_tasks.add(f"{block.city}-{seq}")
        block.last_seq = seq
        task_key = schema.task_key(doc.key, f"{block.city}-{seq}")
        task = out.entity(schema.TASK, task_key, body[:30] + ("…" if len(body) > 30 else ""), {
            "text": body, "seq": seq, "deadline": deadline, "deadlineDate": parse_deadline(deadline, year),
            "section": block.city, "document": doc.key, "region": block.city_key,
        }, ev)
        out.relation(schema.PART_OF, task, (schema.DOCUMENT, doc.key), {}, ev)
        for name, surface in names:
            leader = out.entity(schema.LEADER, schema.leader_key(block.city_key, name), name,
                                {"region": block.city_key, "titles": []}, ev, aliases=(name, surface))
            out.relation(schema.RESPONSIBLE_FOR, leader, task, {"role": schema.ROLE_RESPONSIBLE}, ev)
            out.relation(schema.SERVES_IN, leader, (schema.REGION, block.city_key), {"title": ""}, ev)

    last = blocks[-1] if blocks else None
    # Only when other blocks end with a 联系人 line does a missing one mean the file was cut.
    if last and not last.closed and any_contact and lines:
        start, _, line = lines[-1]
        _truncated(issue, last, start, line, partial=False)

    # The document's region only when every unit lies in one known province.
    region = next(iter(provinces)) if len(provinces) == 1 else ""
    info = DocumentInfo(doc.key, doc.source, doc.sha256, doc.encoding, KIND, title=title, date=date, region=region)
    return Extraction(info, tuple(out.entities.values()), tuple(out.relations.values()), tuple(issues))


def _truncated(issue, block: _Block, start: int, line: str, *, partial: bool) -> None:
    city = block.city or "the last block"
    loaded = f"last row loaded: {block.last_seq}" if block.last_seq else "no row loaded"
    why = "ends in a partial row (not loaded)" if partial else "ends at end of file without its 联系人 line"
    issue("table.truncated", f"{city}: table cut off, {why}; {loaded}", start, line)


def _region(out: _Builder, lexicon: Lexicon, unit: str, ev: Evidence, issue, start: int, line: str,
            provinces: set[str]) -> str:
    """Region entities for a unit and its ancestors; returns the unit's key."""
    # (a name several regions bear, settled by the province the units before it lie in, as every kind settles one)
    info, found = lexicon.settle(unit, sorted(p for p in provinces if p))
    if info is None:
        issue(*(("region.ambiguous", f"{Ambiguous(unit, 0, tuple(r.key for r in found)).message()}; keyed by its name alone")
                if found else ("region.unknown", f"{unit} is not in the region lexicon; keyed by its name alone")),
              start, line)
        provinces.add("")
        out.entity(schema.REGION, unit, unit, {"level": "", "parent": ""}, ev, aliases=(unit,))
        return unit
    path = lexicon.region_path(info.key)
    for r in path:
        out.entity(schema.REGION, r.key, r.name, {"level": r.level, "parent": r.parent}, ev, aliases=(r.name,))
    for child, parent in zip(path[1:], path):
        out.relation(schema.PART_OF, (schema.REGION, child.key), (schema.REGION, parent.key), {}, ev)
    provinces.add(path[0].key if path and path[0].level == "province" else "")
    return info.key

# The kinds this module reads, for the registry (loaders/registry.py).
LOADERS = (
    Loader(KIND, "公开承诺事项 table (tab-separated)", score, parse),
)
