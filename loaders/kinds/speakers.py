"""Who gave a report, and its year when the header gives none: the by-line, the header's titled
official, a line of only a title and a name, or — for 国务院's reports — the premier of its year.

Each function reads a report's `clean` text and fills in report_meta's `Meta`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.recognisers.lexicon import Lexicon, data_rows
from loaders.recognisers.officials import name_problem, titles_table, written_name
from loaders.reading.text import is_cjk

if TYPE_CHECKING:
    from loaders.kinds.report_meta import Meta

# What a by-line name must not hold (it would be a place, a body or the report itself).
_NOT_A_NAME = re.compile(r"[省市区县旗盟州镇乡局委办厅部院政府代表会议报告]")


def byline_speaker(meta: Meta, byline: re.Match, text: str, lexicon: Lexicon) -> None:
    rest_start, rest_end = byline.span("rest")
    rest = text[rest_start:rest_end]
    if not rest.strip(" #*\t"):
        # "…会议上" at a line's end: the speaker may stand alone on the next short line.
        nxt = re.compile(r"\n[\s#*]*([^\n]{2,24})\n").match(text, rest_end)
        if nxt and "各位代表" not in nxt[1] and not re.search(r"[：:]", nxt[1]):
            rest_start, rest_end, rest = nxt.start(1), nxt.end(1), nxt[1]
    i = rest_start + len(rest) - len(rest.lstrip(" #*\t"))
    end = rest_start + len(rest.rstrip(" #*\t"))
    if i >= end:
        return
    # Region names and 人民政府 before the title are the by-line's, not the name's.
    names = [n for _, n, _, _ in (meta.place.chain if meta.place else [])]
    moved = True
    while moved:
        moved = False
        for n in sorted(names, key=len, reverse=True) + ["人民政府", "政府"]:
            if text.startswith(n, i):
                i += len(n)
                moved = True
    titles, i = titles_table().take(text, i, end)
    while i < end and text[i] in " \t;；:：,，":
        i += 1
    written = written_name(text, i)
    name = written[0] if written and written[1] <= end + 1 else text[i:end].strip()
    # The by-line says who gives the report: a name there need not start with a family name
    # of the list (嘎玛泽登), but must still read as a name.
    problem = name_problem(name)
    if problem == "does not start with a family name" or problem.startswith("four characters"):
        problem = "" if 2 <= len(name) <= 6 and not _NOT_A_NAME.search(name) else problem
    if problem:
        meta.issues.append(("prose.name-rejected", f"by-line speaker {name!r}: {problem}", i))
        return
    meta.speaker, meta.speaker_span = name, (i, i + len(name))
    meta.speaker_titles = [t.text for t in titles if t.kind == "office"]
    meta.byline_span = (meta.byline_span[0], max(meta.byline_span[1], i + len(name)))


def header_speaker(meta: Meta, found) -> None:
    """No by-line speaker: a titled official standing alone in the header (济南市市长 孙述涛 above the by-line)."""
    m = next((m for m in found.mentions if m.titles and m.role == "titled"), None)
    if m:
        meta.speaker, meta.speaker_titles = m.name, list(m.titles)
        meta.speaker_span = (m.end - len(m.name), m.end)
        start = min(meta.byline_span[0], m.start) if meta.byline_span else m.start
        end = max(meta.byline_span[1], m.end) if meta.byline_span else m.end
        meta.byline_span = (start, end)


_REVIEWED = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年\s*(?:国内)?工作回顾")
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def year_reviewed(text: str, source: str, meta: Meta) -> int | None:
    """A report that states no year of its own: the year after the one it reviews (2024年工作回顾 →
    2025), else a year its file name gives (said to be so)."""
    m = _REVIEWED.search(text, 0, 20000)
    if m:
        return int(m[1]) + 1
    name = re.split(r"[\\/]", source)[-1]
    years = _NAME_YEAR.findall(name)
    if len(years) == 1:
        meta.issues.append(("prose.year-from-name", f"the report states no year; {years[0]} taken from its file name", 0))
        return int(years[0])
    return None


def premier(meta: Meta) -> None:
    """国务院's report names no speaker: the premier of its year gives it (data/national_leaders.tsv)."""
    for post, name, first, last in national_leaders():
        if post == "国务院总理" and int(first) <= meta.year <= int(last or 9999):
            meta.speaker, meta.speaker_titles = name, [post]
            meta.issues.append(("prose.speaker-from-year", f"the report names no speaker; {name}, {post} for the "
                                f"reports of {first}–{last or 'now'}, taken as its speaker", 0))
            return


def national_leaders() -> list[tuple[str, str, str, str]]:
    return [tuple((r + ["", "", "", ""])[:4]) for r in data_rows("national_leaders.tsv")]


def speaker_line(meta: Meta, text: str, head_end: int, lexicon: Lexicon) -> None:
    """A line of the header that is only a title and a name (自治区主席 嘎玛泽登): the speaker, whose
    name need not start with a family name of the list, since the line says it is a name."""
    table = titles_table()
    for m in re.finditer(r"[^\n]+", text[:head_end]):
        line = m.group()
        i = len(line) - len(line.lstrip(" \t\u3000"))
        for n in sorted((r.name for r in (meta.place and lexicon.region_path(meta.place.key)) or []), key=len, reverse=True) + ["人民政府"]:
            if line.startswith(n, i):
                i += len(n)
        titles, j = table.take(line, i)
        offices = [t.text for t in titles if t.kind == "office"]
        if not offices or j == i:
            continue
        rest = line[j:].strip(" \t\u3000")
        written = written_name(line, j + len(line[j:]) - len(line[j:].lstrip(" \t\u3000")))
        name = written[0] if written else rest
        if 2 <= len(name) <= 6 and all(is_cjk(c) for c in name) \
                and not _NOT_A_NAME.search(name):
            at = m.start() + line.index(rest[:1], j)
            meta.speaker, meta.speaker_titles, meta.speaker_span = name, offices, (at, m.start() + len(line.rstrip()))
            start = min(meta.byline_span[0], m.start()) if meta.byline_span else m.start()
            meta.byline_span = (start, max(meta.byline_span[1] if meta.byline_span else 0, m.end()))
            return
