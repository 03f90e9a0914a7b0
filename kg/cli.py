"""The `kg` command: a thin shell over the library. Each command parses, calls, renders."""
from __future__ import annotations

import contextlib
import functools
import io
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from graph.errors import KgError
from kg import __version__
from kg import render
from kg.config import BACKENDS, Config, load_config
from kg.terminal import escaped

app = typer.Typer(
    help="Chinese government documents → a knowledge graph of policy actors and initiatives (Neo4j or embedded).",
    no_args_is_help=True, rich_markup_mode=None,
)
out = Console(soft_wrap=False)
err = Console(stderr=True, soft_wrap=True)
_debug = False
_pager = True
_store_options: dict[str, Optional[str]] = {"backend": None, "db": None, "uri": None}   # given before the command

BackendOpt = typer.Option(None, "--backend", "-b", help=f"Store: {' | '.join(BACKENDS)} [env KG_BACKEND; default embedded]")
DbOpt = typer.Option(None, "--db", help="Embedded database file [env KG_DB; default ~/.local/share/kg/kg.lbdb]")
UriOpt = typer.Option(None, "--uri", help="Neo4j URI [env NEO4J_URI; default bolt://localhost:7687]")
FormatOpt = typer.Option("table", "--format", "-f", help="Output format: table | json | csv")


def fail(message: str, code: int = 1) -> None:
    err.print(escaped(f"kg: error: {message}"), highlight=False, markup=False)
    raise typer.Exit(code)


def command(fn=None, **settings):
    """Register a command whose library errors become one line on stderr and exit 1."""
    def register(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except KgError as e:
                if _debug:
                    raise
                fail(str(e))
        return app.command(**settings)(wrapper)
    return register(fn) if fn else register


def _store(cfg: Config, read_only: bool = False):
    from graph.store import open_store
    if cfg.backend not in BACKENDS:
        fail(f"unknown backend {cfg.backend!r}; known: {', '.join(BACKENDS)}", 2)
    return open_store(cfg.backend, db_path=cfg.db_path, uri=cfg.neo4j_uri, user=cfg.neo4j_user,
                      password=cfg.neo4j_password, database=cfg.neo4j_database, read_only=read_only)


def _version(value: bool) -> None:
    if value:
        out.print(f"kg {__version__}", highlight=False, markup=False)
        raise typer.Exit()


@app.callback()
def main(
    backend: Optional[str] = BackendOpt, db: Optional[str] = DbOpt, uri: Optional[str] = UriOpt,
    no_pager: bool = typer.Option(False, "--no-pager", help="Print long answers straight to the terminal [env KG_PAGER=cat; default: through less when stdout is a terminal]."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of unexpected errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """The store options may come before the command (kg --backend neo4j query …) or after it."""
    global _debug, _pager
    _debug, _pager = debug, not no_pager
    _store_options.update(backend=backend, db=db, uri=uri)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _config(backend: Optional[str], db: Optional[str], uri: Optional[str]) -> Config:
    """The configuration, the command's own store options first, then those before it, then the environment."""
    return load_config(backend or _store_options["backend"], db or _store_options["db"], uri or _store_options["uri"])


@contextlib.contextmanager
def paged():
    """What the block prints to `out` goes through a pager when stdout is a terminal and the
    text is longer than the screen (kg/paging.py); else straight out."""
    global out
    if not (_pager and out.is_terminal):
        yield
        return
    from kg.paging import page
    screen, buffer = out, io.StringIO()
    out = Console(file=buffer, width=screen.width, soft_wrap=False, color_system=None, force_terminal=False)
    try:
        yield
    finally:
        out = screen
        page(buffer.getvalue(), screen)


@command
def load(
    paths: list[Path] = typer.Argument(..., help="Files or folders of documents (any encoding kg detects)."),
    backend: Optional[str] = BackendOpt, db: Optional[str] = DbOpt, uri: Optional[str] = UriOpt,
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be added, changed and removed; write nothing."),
    reject_log: Optional[Path] = typer.Option(None, "--reject-log", help="Where to write skipped/unparsed lines (JSON lines) [default: beside the store]"),
    max_size: Optional[float] = typer.Option(None, "--max-size", min=0, help="Refuse a file larger than this many megabytes, before reading it [default: 5]"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say on stderr why each document was read as its kind (every kind's score), and how a name several regions bear that it names itself by was settled or left open."),
) -> None:
    """Read documents, extract entities and relationships, and write them to the store.

    Loading the same documents again changes nothing; a changed document read from the
    same path replaces what its old version said. Exit 1 if any document failed (the
    others are still loaded): missing, not a regular file (a FIFO, a device), larger than
    --max-size, or not text.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from kg.pipeline import expand, load as run_load
    from loaders.reading.source import MAX_MEGABYTES
    from kg.summary import print_load_summary
    cfg = _config(backend, db, uri)
    store = _store(cfg)
    files = expand(paths)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err, transient=True,
                      disable=not err.is_terminal) as progress:
            reading = progress.add_task("reading", total=len(files))
            writing = progress.add_task("writing", total=None, visible=False)

            def on_document(outcome):
                progress.advance(reading)
                said = ([outcome.why] if outcome.why else []) + list(outcome.placement)    # (-v: its kind, how it was placed)
                for line in said if verbose else []:
                    err.print(escaped(f"kg: {outcome.path}: {line}"), highlight=False, markup=False)    # (one line each)
                if outcome.error:
                    err.print(escaped(f"kg: error: {outcome.error}"), highlight=False, markup=False)
                    if _debug and outcome.detail:
                        err.print(outcome.detail, highlight=False, markup=False)

            def on_written(n):
                progress.update(writing, visible=True)
                progress.advance(writing, n)

            report = run_load(files, store, dry_run=dry_run, reject_log=reject_log or cfg.reject_log,
                              on_document=on_document, on_written=on_written,
                              max_megabytes=MAX_MEGABYTES if max_size is None else max_size)
    finally:
        store.close()
    print_load_summary(out, report, store)
    if report.failed:
        raise typer.Exit(1)


LimitOpt = typer.Option(None, "--limit", "-n", min=1, help="Show at most N rows (after ordering).")
LangOpt = typer.Option("zh", "--lang", help="zh: as stored | en: titles and government units in English (loaders/data/english.tsv), people and places in pinyin; in every format")
LANGS = ("zh", "en")


def _check_output(fmt: str, lang: str) -> None:
    if fmt not in render.FORMATS:
        fail(f"unknown format {fmt!r}; known: {', '.join(render.FORMATS)}", 2)
    if lang not in LANGS:
        fail(f"unknown language {lang!r}; known: {', '.join(LANGS)}", 2)


def _note(text: str) -> None:
    err.print(escaped(f"kg: {text}"), highlight=False, markup=False)


# `kg query leader --help` shows the template's own help, so the command reads --help itself.
@command(context_settings={"help_option_names": []})
def query(
    ctx: typer.Context,
    template: Optional[str] = typer.Argument(None, help="Template name (see --list), e.g. leader, department."),
    args: Optional[list[str]] = typer.Argument(None, help="The template's required arguments in order, e.g. a leader's name (as stored, an alias, part of it: 豪志, or pinyin: \"Zheng Deyan\"), or both ends of `path A B`."),
    region: Optional[str] = typer.Option(None, "--region", "-r", help="Narrow to a region (济南市, 聊城市, Jinan…)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The date deadlines are judged against (YYYY-MM-DD), for `deadlines`."),
    label: Optional[str] = typer.Option(None, "--label", help="Only this label (Leader, Department…), for `central`."),
    param: list[str] = typer.Option([], "--param", "-p", help="Any template parameter as key=value (repeatable)."),
    fmt: str = FormatOpt,
    evidence: bool = typer.Option(False, "--evidence", "-e", help="Show the evidence columns in tables, texts whole (json/csv always have them)."),
    wide: bool = typer.Option(False, "--wide", "-w", help="Show long texts whole in tables, wrapped in their columns (default: cut with … to fit the terminal)."),
    limit: Optional[int] = LimitOpt,
    lang: str = LangOpt,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="A directory to write one file per section into (leader.csv, appearances.csv, partners.csv), in csv (the default with -o) or json."),
    list_: bool = typer.Option(False, "--list", help="List the templates and exit."),
    show_help: bool = typer.Option(False, "--help", "-h", help="Show this help, or with a template name, the template's."),
    backend: Optional[str] = BackendOpt, db: Optional[str] = DbOpt, uri: Optional[str] = UriOpt,
) -> None:
    """Run a query template (queries/NAME.cypher) on the store, e.g. `kg query leader 郑德雁`.

    Names may be typed as stored, as an alias, in part (豪志: one match is taken, with a
    note; several are listed), or for people and places in pinyin (Zheng Deyan, zhengdeyan).
    """
    from queries import runner
    from kg.asking import ask, in_english
    if show_help:
        if template:
            out.print(runner.describe(runner.get(template)), highlight=False, markup=False)
        else:
            out.print(ctx.get_help(), highlight=False, markup=False)
        return
    if list_ or not template:
        from graph.store import QueryResult
        rows = [[t.name, " ".join(p.name if p.required else f"[{p.name}]" for p in t.params), t.summary]
                for t in runner.templates().values()]
        render.emit(out, QueryResult(["template", "arguments", "answers"], rows), "table")
        return
    _check_output(fmt, lang)
    params = {}
    for item in param:
        k, sep, v = item.partition("=")
        if not sep:
            fail(f"--param takes key=value, not {item!r}", 2)
        params[k] = v
    for key, value in (("as_of", as_of), ("label", label)):
        if value is not None:
            params[key] = value
    store = _store(_config(backend, db, uri), read_only=True)
    try:
        answer = ask(store, template, args or None, region or "", params, limit=limit)
    finally:
        store.close()
    if lang == "en":
        answer = in_english(answer)
    for note in answer.notes:
        _note(note)
    if output is not None:
        _note(render.write_sections(output, answer.sections, "csv" if fmt == "table" else fmt))
        return
    with paged():
        render.emit_sections(out, answer.sections, fmt, evidence=evidence, whole=wide)


def parse_param(item: str, dates: bool = False) -> tuple[str, object]:
    from kg.params import ParamError, parse
    try:
        return parse(item, dates)
    except ParamError as e:
        fail(str(e), 2)


@command
def cypher(
    statement: str = typer.Argument(..., metavar="QUERY", help="A read-only Cypher query, e.g. \"MATCH (l:Leader) RETURN l.name AS leader\"."),
    param: list[str] = typer.Option([], "--param", "-p", help="A query parameter (repeatable): key=value, the value read as an integer, float, true/false, null or a date (YYYY-MM-DD) when it is one, else as text; key:=JSON for lists, maps, or text that looks like a number (key:='\"42\"')."),
    fmt: str = FormatOpt,
    limit: Optional[int] = LimitOpt,
    lang: str = LangOpt,
    wide: bool = typer.Option(False, "--wide", "-w", help="Show long values whole in tables (default: cut with … to fit the terminal)."),
    backend: Optional[str] = BackendOpt, db: Optional[str] = DbOpt, uri: Optional[str] = UriOpt,
) -> None:
    """Run an ad-hoc, read-only Cypher query on the store, e.g. `kg cypher "MATCH (l:Leader) RETURN l.name"`.

    Only a query that reads the graph runs: one statement of MATCH, OPTIONAL MATCH, WITH,
    UNWIND, RETURN, CALL {subquery} and a few procedures (db.labels, full-text search…),
    checked against the store's own plan of it before it runs (docs/security.md); anything
    else is refused in one line. Neo4j's type(r) and labels(n)[0] work on both stores. Rows
    keep the query's ORDER BY, or are sorted when it has none.
    """
    from kg.asking import limited, stable
    from queries import guard
    from queries.dialect import keeping_column_names
    _check_output(fmt, lang)
    params = dict(parse_param(item, dates=True) for item in param)
    store = _store(_config(backend, db, uri), read_only=True)
    try:
        try:
            result = store.run(guard.checked(store, keeping_column_names(statement, store.backend), params), params)
        except (ValueError, TypeError, RuntimeError, OverflowError) as e:
            # Parameters a store's client cannot send (LadybugDB: a list mixing types).
            fail(f"the {store.backend} store cannot take these parameters: {' '.join(str(e).split())}")
    finally:
        store.close()
    result = stable(render.plain_result(result), statement)
    total = len(result.rows)
    result, note = limited(result, limit)
    if note:
        _note(note)
    if lang == "en":
        from kg import lang as lang_
        result = lang_.to_english(result)
    with paged():
        render.emit(out, result, fmt, total=total, whole=wide)


@command
def status(backend: Optional[str] = BackendOpt, db: Optional[str] = DbOpt, uri: Optional[str] = UriOpt) -> None:
    """Which store, where, what it holds, and the documents loaded (and when)."""
    from kg.summary import print_status
    cfg = _config(backend, db, uri)
    store = _store(cfg, read_only=True)
    try:
        with paged():
            print_status(out, store)
    finally:
        store.close()


# What `kg export` and `kg analyze` work on (kg/selecting.py): the same selection options.
SelTemplateArg = typer.Argument(None, help="A query template (kg query --list) whose answer to take, e.g. leader.", show_default=False)
SelArgsArg = typer.Argument(None, help="The template's arguments, as for kg query (a leader's name, both ends of path…).", show_default=False)
EntityOpt = typer.Option(None, "--entity", "-E", help="Start from this entity instead: a name, alias, pinyin or key of any kind.")
DepthOpt = typer.Option(None, "--depth", "-d", help="Also take everything up to N relationships away (documents and regions on the way are taken, not gone through) [default: 1 around an entity, 0 around an answer's rows].")
LabelFilterOpt = typer.Option([], "--label", "-l", help="Keep only these labels (repeatable or comma-separated: Leader,Task).")
RegionFilterOpt = typer.Option(None, "--region", "-r", help="Keep only what lies in this region (济南市, Jinan…) and the strategies it touches.")
DocumentFilterOpt = typer.Option(None, "--document", help="Keep only what this document states (its key, title or file name).")
AllOpt = typer.Option(False, "--all", help="Start from the whole graph.")
SelParamOpt = typer.Option([], "--param", "-p", help="A template parameter as key=value (repeatable), as for kg query.")


def _selection(template, args, entity, depth, labels, region, document, everything, params):
    from kg.selecting import Selection
    return Selection(template=template or "", args=tuple(args or ()), params=dict(parse_param(p) for p in params),
                     entity=entity or "", depth=depth, labels=tuple(labels), region=region or "",
                     document=document or "", everything=everything)


def _selected(cfg: Config, selection):
    """The selection (kg.selecting.Selected) from the configured store, which is closed after."""
    from kg.pipeline import graph_from_store
    from kg.selecting import select
    store = _store(cfg, read_only=True)
    try:
        whole = graph_from_store(store)
        got = select(store, whole, selection)
    finally:
        store.close()
    return got


def _export_formats() -> str:
    from graph.exports import FORMATS
    # "\b" keeps click from re-wrapping the paragraph: one format per line.
    return "\b\n" + "\n".join(f"{f.name:<10} {f.summary}" for f in FORMATS.values())


@command(help=f"""Export a subgraph (or the whole graph) to a file other tools open.

Select as for kg query: a template and its arguments (kg export leader 郑德雁 --depth 2),
an entity and a radius (--entity 起步区 --depth 2), filters (--label, --region,
--document), or --all. Every node keeps all its properties, every relationship its
evidence. docs/exports.md describes each format.

Formats (--format):

{_export_formats()}""")
def export(
    template: Optional[str] = SelTemplateArg,
    args: Optional[list[str]] = SelArgsArg,
    fmt: str = typer.Option("json", "--format", "-f", help="Export format (listed above)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write [default: standard output]; a directory for formats that are a set of files (csv)."),
    entity: Optional[str] = EntityOpt, depth: Optional[int] = DepthOpt, label: list[str] = LabelFilterOpt,
    region: Optional[str] = RegionFilterOpt, document: Optional[str] = DocumentFilterOpt, all_: bool = AllOpt,
    param: list[str] = SelParamOpt,
    backend: Optional[str] = BackendOpt, db: Optional[str] = DbOpt, uri: Optional[str] = UriOpt,
) -> None:
    from graph.exports import FORMATS, write
    if fmt not in FORMATS:
        fail(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}", 2)
    if not output and not FORMATS[fmt].terminal and stdout_is_terminal():
        fail(f"the {fmt} format is a file to open elsewhere, not text for a terminal: "
             f"give a file with -o (-o out{FORMATS[fmt].extension}) or redirect the output (> out{FORMATS[fmt].extension})", 2)
    selection = _selection(template, args, entity, depth, label, region, document, all_, param)
    if selection.empty:
        from kg.selecting import NOTHING_SELECTED
        fail(NOTHING_SELECTED, 2)
    got = _selected(_config(backend, db, uri), selection)
    for note in got.notes:
        _note(note)
    kg = got.graph
    data = write(kg, fmt)
    size = f"{len(kg)} nodes and {kg.g.number_of_edges()} relationships ({selection.describe()})"
    if isinstance(data, dict):
        if not output:
            fail(f"the {fmt} format is a set of files: give a directory with -o", 2)
        try:
            output.mkdir(parents=True, exist_ok=True)
            for name, content in sorted(data.items()):
                (output / name).write_bytes(content)
        except OSError as e:
            fail(f"cannot write {output}: {e.strerror or e}")
        _note(f"wrote {size} to {output}/ ({len(data)} files)")
    elif output:
        try:
            output.write_bytes(data)
        except OSError as e:   # a bad -o is the user's to fix: one line, not a traceback
            fail(f"cannot write {output}: {e.strerror or e}")
        _note(f"wrote {size} to {output}")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@command
def browser_favorites(
    output: Path = typer.Argument(Path("kg-browser-favorites.zip"), help="The zip to write."),
) -> None:
    """Write kg's query templates as Neo4j Browser favorites: drop the zip on Browser's window.

    Each template with parameters gives two favorites: `NAME 1/2: set parameters` (its
    :param lines; edit and run once) and `NAME 2/2: …` (the query, showing rows or graph).
    """
    from queries.browser_favorites import favorites_zip
    try:
        output.write_bytes(favorites_zip())
    except OSError as e:
        fail(f"cannot write {output}: {e.strerror or e}")
    _note(f"wrote {output}: drop it on the Neo4j Browser window to import the templates as favorites")


TABLE_ROWS = 20   # rows per section `kg analyze` shows in a table unless --limit says otherwise


@command
def analyze(
    template: Optional[str] = SelTemplateArg,
    args: Optional[list[str]] = SelArgsArg,
    show: Optional[str] = typer.Option(None, "--show", help="Only these actors in the actor table: Leader or Department (all are computed)."),
    write_back: bool = typer.Option(False, "--write-back", help="Store the figures as node properties (degree, betweenness, pagerank, community, component) in the store, replacing any earlier analysis; a later kg load that changes the graph clears them."),
    fmt: str = FormatOpt,
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help=f"At most N rows per section [table: {TABLE_ROWS}; json, csv: all]."),
    wide: bool = typer.Option(False, "--wide", "-w", help="Show long values whole in tables (default: cut with … to fit the terminal)."),
    entity: Optional[str] = EntityOpt, depth: Optional[int] = DepthOpt, label: list[str] = LabelFilterOpt,
    region: Optional[str] = RegionFilterOpt, document: Optional[str] = DocumentFilterOpt, all_: bool = AllOpt,
    param: list[str] = SelParamOpt,
    backend: Optional[str] = BackendOpt, db: Optional[str] = DbOpt, uri: Optional[str] = UriOpt,
) -> None:
    """Network analytics (networkx) over the graph or a selection: degree, betweenness and
    PageRank of leaders and departments, Louvain communities of cooperating departments,
    connected components.

    Select as for kg export (default: the whole graph); --label keeps only those labels in
    the graph analysed, --show only chooses the actors listed. table: one table per section;
    json: one document with every section; csv: the actor table. docs/analytics.md defines
    each figure.
    """
    from dataclasses import replace
    from graph import analytics
    from graph.store import QueryResult
    _check_output(fmt, "zh")
    if show is not None and show not in analytics.ACTORS:
        fail(f"--show takes {' or '.join(analytics.ACTORS)}, not {show!r}", 2)
    selection = _selection(template, args, entity, depth, label, region, document, all_, param)
    if selection.empty:
        selection = replace(selection, everything=True)
    cfg = _config(backend, db, uri)
    got = _selected(cfg, selection)
    for note in got.notes:
        _note(note)
    result = analytics.analyze(got.graph)
    if write_back:
        store = _store(cfg)
        try:
            written = store.write_analytics(analytics.figures(result))
        finally:
            store.close()
        counts = [f"{prop} on {n} nodes" for prop, n in written.items() if n]
        _note(f"set {', '.join(counts) or 'nothing'} ({selection.describe()}) in the {store.backend} store at "
              f"{store.location}, replacing any earlier figures; kg load clears them: run this again after loading")
    if fmt == "json":
        import json
        doc = analytics.document(result, label=show or "", limit=limit, selection=selection.describe())
        out.file.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    actors = analytics.actor_table(result, show or "")
    if fmt == "csv":
        render.emit(out, QueryResult(actors.columns, actors.rows[:limit] if limit else actors.rows), "csv")
        return
    rows = limit or TABLE_ROWS
    s = result.summary()
    out.file.write(f"{s['nodes']} nodes, {s['relationships']} relationships ({selection.describe()})\n")
    sections = [
        (f"Actors by PageRank: {len(actors.rows)}", actors),
        (f"Communities of cooperating departments (Louvain, seed {s['seed']}): {s['communities']} among "
         f"{s['departmentNetwork']['departments']} departments, modularity {s['modularity']}", analytics.community_table(result)),
        (f"Connected components: {s['components']}, {s['isolated']} of them a single node", analytics.component_table(result)),
    ]
    with paged():
        for n, (title, table) in enumerate(sections):
            cut = QueryResult(table.columns, table.rows[:rows])
            if n:
                out.file.write("\n")
            # The title says "(20 of 167 rows)" when --limit (or the default 20) cut it.
            render.emit(out, render.select(cut, [c for c in cut.columns if c != "key"]), "table", title=title,
                        total=len(table.rows), whole=wide)
