"""The main job, as a library call: read documents, extract, resolve, write to a store.

The CLI's `kg load` is a thin shell over `load()`; Python users call it directly.
"""
from __future__ import annotations

import json
import os
import traceback
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from graph.diff import Diff, diff
from graph.errors import KgError
from graph.knowledge import KnowledgeGraph
from graph.model import Extraction, Issue
from graph.resolve import resolve
from graph.store import ExtractionRecord, Store
from loaders.recognisers.lexicon import Lexicon, default_lexicon
from loaders.registry import choose, split
from loaders.reading.source import MAX_MEGABYTES, path_text, read_path, with_reading
from loaders.recognisers.targets import with_task_targets


@dataclass
class DocumentOutcome:
    path: str
    key: str = ""
    kind: str = ""
    encoding: str = ""
    error: str = ""              # one line; empty when the document loaded
    detail: str = ""             # traceback of an unexpected failure (shown under --debug)
    issues: int = 0
    status: str = ""             # new | unchanged | replaced (a new version, or read differently by a newer kg or lexicon) | failed
    why: str = ""                # why it was read as its kind: every kind's score (kg load -v)
    placement: tuple[str, ...] = ()     # "code: message" of its region notes, a name several regions bear (kg load -v)

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class LoadReport:
    documents: list[DocumentOutcome] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    diff: Diff = field(default_factory=Diff)
    graph: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    dry_run: bool = False
    reject_log: str = ""

    @property
    def failed(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if not d.ok]


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the files inside folders named (recursively, hidden ones skipped), in order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(_files_under(p)))
        else:
            out.append(p)
    return out


def _files_under(top: Path) -> list[Path]:
    """Regular files (or links to them) under a folder, hidden names skipped, links to folders
    not followed (no loops). A stack, not recursion: a folder 1,500 deep is only deep."""
    found, todo = [], [top]
    while todo:
        folder = todo.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue      # a folder that cannot be listed holds nothing kg can read
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    todo.append(Path(entry.path))
                elif entry.is_file():
                    found.append(Path(entry.path))
            except OSError:
                continue
    return found


def extract_file(path: Path, lexicon: Lexicon | None = None, *, max_megabytes: float = MAX_MEGABYTES) -> list[tuple[Extraction | None, DocumentOutcome]]:
    """The documents a file holds → their Extractions (most files hold one; a scraped page
    may hold several). Raises KgError for a file that cannot be read at all (missing, not a
    regular file, over `max_megabytes`, not text); a part that cannot be parsed comes back as
    a failed outcome with no Extraction."""
    lexicon = lexicon or default_lexicon()
    parts, split_issues = split(read_path(path, int(max_megabytes * (1 << 20))))
    out: list[tuple[Extraction | None, DocumentOutcome]] = []
    for i, part in enumerate(parts):
        try:
            loader, why = choose(part)
            ex = with_task_targets(with_reading(loader.parse(part, lexicon), part))
        except KgError as e:
            out.append((None, DocumentOutcome(part.source, part.key, "", part.encoding, error=str(e), status="failed")))
            continue
        if i == 0 and split_issues:   # what the split dropped is told once, with the first part
            ex = replace(ex, issues=tuple(split_issues) + ex.issues)
        out.append((ex, DocumentOutcome(part.source, part.key, ex.document.kind or loader.kind, part.encoding, issues=len(ex.issues),
                                        why=why, placement=placement_notes(ex))))
    return out


# The notes on a name several regions bear that a document names itself by: settled (and how) or left open.
PLACEMENT_NOTES = ("region.ambiguous", "region.settled-by-context", "region.settled-by-text")


def placement_notes(ex: Extraction) -> tuple[str, ...]:
    """Each of the document's placement notes once, as one line: "region.ambiguous: 鼓楼区 is the name of 4 regions …"."""
    return tuple(dict.fromkeys(f"{i.code}: {i.message}" for i in ex.issues if i.code in PLACEMENT_NOTES))


def extract_all(paths: Iterable[str | Path], lexicon: Lexicon | None = None) -> list[Extraction]:
    """Every Extraction from these files and folders, skipping what cannot be read."""
    out = []
    for path in expand(paths):
        try:
            out.extend(ex for ex, _ in extract_file(path, lexicon) if ex is not None)
        except KgError:
            continue
    return out


def load(
    paths: Iterable[str | Path],
    store: Store,
    *,
    dry_run: bool = False,
    reject_log: str | Path | None = None,
    on_document: Callable[[DocumentOutcome], None] | None = None,
    on_written: Callable[[int], None] | None = None,
    max_megabytes: float = MAX_MEGABYTES,
) -> LoadReport:
    """Read the files and folders, extract, and bring the store to the new graph. A file
    that cannot be read (missing, not a regular file, over `max_megabytes`, not text) is a
    failed outcome, one line; the others still load."""
    report = LoadReport(dry_run=dry_run)
    fresh: dict[str, Extraction] = {}
    read_from: dict[str, Path] = {}          # document key → the file it was read from
    files_read: set[str] = set()
    for path in expand(paths):
        name = path_text(path)
        try:
            results = extract_file(path, max_megabytes=max_megabytes)
            files_read.add(path_text(path.resolve()))
        except KgError as e:
            results = [(None, DocumentOutcome(name, error=str(e), status="failed"))]
        except Exception as e:  # a loader bug must not lose the other documents
            results = [(None, DocumentOutcome(name, error=f"{name}: internal error while extracting ({type(e).__name__}: {e}); please report it",
                                              detail=traceback.format_exc(), status="failed"))]
        for ex, outcome in results:
            if ex is not None:
                fresh.setdefault(ex.document.key, ex)   # the same text under two paths: the first one counts
                read_from.setdefault(ex.document.key, path)
                report.issues.extend(ex.issues)
            report.documents.append(outcome)
            if on_document:
                on_document(outcome)

    old_records = {r.key: r for r in store.records()}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    new_records = dict(old_records)
    for key, rec in old_records.items():
        # A file read again supersedes everything it said before: a changed document, or a
        # page that now holds other reports. A file that could not be read loses nothing.
        if key not in fresh and _files(rec.source) & files_read:
            del new_records[key]
    superseded = set().union(*(_files(r.source) for k, r in old_records.items() if k not in new_records))
    for outcome in report.documents:
        if not outcome.ok:
            continue
        ex = fresh[outcome.key]
        if outcome.key in new_records and (outcome.key not in old_records or _same(old_records[outcome.key], ex, read_from[outcome.key])):
            # Loaded before and read the same way, or the same text read twice in this call.
            outcome.status = "unchanged"
            continue
        source = _absolute(ex.document.source, read_from[outcome.key])
        # The same text read differently (a newer kg, an edited lexicon) is a new version too.
        reread = outcome.key in old_records
        outcome.status = "replaced" if reread or _files(source) & superseded else "new"
        new_records[outcome.key] = ExtractionRecord(outcome.key, source, now, ex.to_json())

    old_graph = _graph(old_records.values())[0]
    report.graph, resolve_issues = _graph(new_records.values())
    report.issues.extend(resolve_issues)
    report.diff = diff(old_graph, report.graph)
    if not dry_run and (not report.diff.empty or set(new_records) != set(old_records)):
        store.write(report.graph, sorted(new_records.values(), key=lambda r: r.key), on_written)
    if reject_log and report.issues and not dry_run:
        report.reject_log = str(write_reject_log(report.issues, Path(reject_log)))
    return report


def _says(extraction_json: str, *, offsets: bool = True) -> dict:
    """What a document's extraction says: its facts, not where or from which form it was read
    nor the notes on reading it (a page's split notes go with its first report, whichever that is)."""
    said = json.loads(extraction_json)
    said["document"].pop("source", None)
    said["document"].pop("encoding", None)
    said.pop("issues", None)
    if not offsets:
        for item in said["entities"] + said["relations"]:
            item["evidence"] = [ev["text"] for ev in item["evidence"]]
    return said


def _same(old: ExtractionRecord, ex: Extraction, path: Path) -> bool:
    """Whether a document read again (from `path`) says what its record says. The same text
    from another file (another encoding, line ends, or format) is the same document even
    though its evidence offsets point into another form: the record loaded first stays."""
    if _says(old.json) == _says(ex.to_json()):
        return True
    return not _files(old.source) & {path_text(path.resolve())} and \
        _says(old.json, offsets=False) == _says(ex.to_json(), offsets=False)


def _absolute(source: str, path: Path) -> str:
    """A document's source (FILE, or FILE#N for the Nth document cut from a page) with FILE
    made absolute, so that a later load from elsewhere still matches. FILE is the path it was
    read from: a `#` in a file name is only a character."""
    return path_text(path.resolve()) + source[len(path_text(path)):]


def _files(source: str) -> set[str]:
    """The files a stored source may have been read from: FILE itself, and for FILE#N (N a
    number) also FILE; `a#b.txt` is only `a#b.txt`."""
    file, sep, number = source.rpartition("#")
    return {source, file} if sep and number.isdigit() else {source}


def _graph(records: Iterable[ExtractionRecord]) -> tuple[KnowledgeGraph, list[Issue]]:
    records = list(records)
    return resolve([Extraction.from_json(r.json) for r in records], {r.key: r.loaded_at for r in records})


def write_reject_log(issues: list[Issue], path: Path) -> Path:
    """One JSON object per line: reason code, message, document, line, text."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as f:
            for i in issues:
                f.write(json.dumps({"code": i.code, "message": i.message, "document": i.document, "line": i.line, "text": i.text}, ensure_ascii=False) + "\n")
    except OSError as e:   # a bad --reject-log is the user's to fix: a KgError, so one line, not a traceback
        raise KgError(f"cannot write the reject log {path}: {e.strerror or e}") from e
    return path


def graph_from_store(store: Store) -> KnowledgeGraph:
    """The graph a store holds, rebuilt from its per-document records (what was written)."""
    return _graph(store.records())[0]
