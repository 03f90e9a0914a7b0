"""The embedded store: LadybugDB (the maintained fork of Kùzu), in-process, zero setup.

Writes are whole: the new graph is bulk-loaded with COPY FROM into a fresh file
next to the database, which then replaces the old one in a single rename. A
crash mid-load leaves the previous database intact.
"""
from __future__ import annotations

import os
import re
import shutil
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ladybug

from . import schema
from .errors import StoreError
from .store import ExtractionRecord, Plan, Progress, QueryResult, check_integers

if TYPE_CHECKING:      # networkx and pyarrow are for writing: a query imports neither
    from .knowledge import KnowledgeGraph

_TYPES = {"string": "STRING", "string[]": "STRING[]", "int": "INT64", "float": "DOUBLE", "bool": "BOOLEAN",
          "date": "DATE", "datetime": "TIMESTAMP_TZ"}


def _arrow(kind: str):
    import pyarrow as pa
    return {"string": pa.string(), "string[]": pa.list_(pa.string()), "int": pa.int64(), "float": pa.float64(),
            "bool": pa.bool_(), "date": pa.date32(), "datetime": pa.timestamp("us", tz="UTC")}[kind]
_SIDE_FILES = (".wal", ".shadow")
SMALL_GRAPH_BYTES = 32 << 20   # a database file below this runs each query on one thread (_threads)


def ddl() -> list[str]:
    """CREATE statements for the whole schema (node tables, then relationship tables).

    Every node table also has the columns of schema.ANALYTICS_PROPERTIES, null until
    `kg analyze --write-back` sets them (so `n.pagerank` is null, not an error, before).
    """
    stmts = []
    for label in schema.LABELS:
        columns = {**schema.node_properties(label), **schema.ANALYTICS_PROPERTIES}
        cols = ", ".join(f"{p} {_TYPES[t]}" for p, t in columns.items())
        stmts.append(f"CREATE NODE TABLE {label}({cols}, PRIMARY KEY(key))")
    cols = ", ".join(f"{p} {_TYPES[t]}" for p, t in schema.EXTRACTION_PROPERTIES.items())
    stmts.append(f"CREATE NODE TABLE {schema.EXTRACTION}({cols}, PRIMARY KEY(key))")
    for rtype, pairs in schema.REL_ENDPOINTS.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        cols = ", ".join(f"{p} {_TYPES[t]}" for p, t in schema.rel_properties(rtype).items())
        stmts.append(f"CREATE REL TABLE {rtype}({ends}, {cols})")
    return stmts


class EmbeddedStore:
    backend = "embedded"

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        if not path:
            raise StoreError("no path given for the embedded database (set KG_DB or --db)")
        self.path = Path(path).expanduser()
        self.location = str(self.path)
        self.read_only = read_only
        self._db: ladybug.Database | None = None
        self._conn: ladybug.Connection | None = None
        self._opened: tuple[int, int] | None = None

    # Connection handling: opened lazily, so `kg status` on an empty place works.
    def exists(self) -> bool:
        return self.path.exists()

    def _connection(self) -> ladybug.Connection:
        if self._conn is not None and self._file() != self._opened:
            # Another store object or process replaced the file (a load writes a new one):
            # the open database is the old, deleted file; read the new one.
            self.close()
        if self._conn is None:
            if not self.exists():
                raise StoreError(f"no graph at {self.path} yet; load documents first: kg load seeds/")
            try:
                self._opened = self._file()
                self._db = ladybug.Database(str(self.path), read_only=self.read_only)
            except RuntimeError as e:
                raise StoreError(f"cannot open the embedded database at {self.path}: {_one_line(e)}") from e
            self._conn = ladybug.Connection(self._db, num_threads=self._threads())
        return self._conn

    def _threads(self) -> int:
        """Threads one query may use: one on a small graph, where handing a query's steps
        to other threads costs more than it saves (the seeds: up to 40 % slower with two),
        all cores (0) on a large one, where scans gain (the seeds ×100: up to 40 % faster).
        The file's size stands for the graph's (bench/query_latency.py)."""
        try:
            return 1 if self.path.stat().st_size < SMALL_GRAPH_BYTES else 0
        except OSError:
            return 0

    def _file(self) -> tuple[int, int] | None:
        """The database file's identity (device, inode): it changes when the file is replaced."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def fingerprint(self) -> tuple:
        """What changes whenever the database is written, by this process or another, read
        from the files without a query: the file's identity, size and modification time
        (a load replaces the file), and those of its write-ahead log (a write in place)."""
        out = []
        for p in (self.path, *(self.path.with_name(self.path.name + s) for s in _SIDE_FILES)):
            try:
                st = p.stat()
            except OSError:
                out.append(None)
                continue
            out.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
        return tuple(out)

    def close(self) -> None:
        self._conn = None
        if self._db is not None:
            self._db.close()
        self._db = None

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        check_integers(params or {}, "LadybugDB")
        conn = self._connection()
        try:
            res = conn.execute(cypher, params or {})
        except RuntimeError as e:
            raise StoreError(_one_line(e)) from e
        rows = res.get_all()
        return QueryResult(res.get_column_names(), rows)

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> Plan:
        """LadybugDB's physical plan of a query (EXPLAIN: nothing runs), read from the boxes it
        draws: each step's name and, for table functions, which function."""
        check_integers(params or {}, "LadybugDB")
        conn = self._connection()
        try:
            # Prepared, so that the engine refuses more than one statement: executed, `EXPLAIN
            # RETURN 1; CHECKPOINT` would explain the first and run the second.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                prepared = conn.prepare("EXPLAIN " + cypher)
            if not prepared.is_success():
                raise StoreError(_one_line(prepared.get_error_message()))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                res = conn.execute(prepared, params or {})
        except RuntimeError as e:
            raise StoreError(_one_line(e)) from e
        text = "\n".join(str(row[0]) for row in res.get_all())
        return Plan("", _plan_steps(text))

    def records(self) -> list[ExtractionRecord]:
        if not self.exists():
            return []
        res = self.run(f"MATCH (x:{schema.EXTRACTION}) RETURN x.key, x.source, x.loadedAt, x.json ORDER BY x.key")
        return [ExtractionRecord(*row) for row in res.rows]

    def write(self, kg: KnowledgeGraph, records: list[ExtractionRecord], progress: Progress | None = None) -> None:
        if self.read_only:
            raise StoreError("the embedded store is open read-only")
        self.close()
        tmp = self.path.with_name(self.path.name + ".new")
        try:
            # An unusable KG_DB (parent is a file, no permission) is the user's to fix: say so.
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _remove(tmp)
            db = ladybug.Database(str(tmp))
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot create the embedded database at {self.path}: {_one_line(e)}") from e
        try:
            conn = ladybug.Connection(db)
            for stmt in ddl():
                conn.execute(stmt)
            _copy_nodes(conn, kg, records, progress)
            _copy_relations(conn, kg, progress)
        except RuntimeError as e:
            db.close()
            _remove(tmp)
            raise StoreError(f"writing the embedded database failed: {_one_line(e)}") from e
        db.close()
        _remove(self.path, side_files_only=True)
        os.replace(tmp, self.path)
        for suffix in _SIDE_FILES:
            side = tmp.with_name(tmp.name + suffix)
            if side.exists():
                os.replace(side, self.path.with_name(self.path.name + suffix))

    def write_analytics(self, figures: dict[str, dict[str, dict[str, Any]]]) -> dict[str, int]:
        """Set network figures ({label: {key: {property: value}}}, graph/analytics.py) on the
        nodes, in place, after clearing those of any earlier analysis from every node; one
        transaction. Returns how many nodes got each property (keys not stored are skipped)."""
        from .analytics import write_batches
        if self.read_only:
            raise StoreError("the embedded store is open read-only")
        batches = write_batches(figures)
        conn = self._connection()
        props = schema.ANALYTICS_PROPERTIES
        is_set = " OR ".join(f"n.{p} IS NOT NULL" for p in props)
        unset = ", ".join(f"n.{p} = NULL" for p in props)
        written = dict.fromkeys(props, 0)
        try:
            _add_analytics_columns(conn)
            conn.execute("BEGIN TRANSACTION")
            try:
                for label in schema.LABELS:
                    conn.execute(f"MATCH (n:{label}) WHERE {is_set} SET {unset}")
                for label, prop, rows in batches:
                    res = conn.execute(f"UNWIND $rows AS row MATCH (n:{label} {{key: row.key}}) "
                                       f"SET n.{prop} = row.value RETURN count(n)", {"rows": rows})
                    written[prop] += res.get_next()[0]
                conn.execute("COMMIT")
            except RuntimeError:
                conn.execute("ROLLBACK")
                raise
        except RuntimeError as e:
            raise StoreError(f"writing the analytics to the embedded database failed: {_one_line(e)}") from e
        return written


def _add_analytics_columns(conn) -> None:
    """A database written before kg had analytics lacks their columns: add them."""
    for label in schema.LABELS:
        have = {row[0] for row in conn.execute(f"CALL table_info('{label}') RETURN name").get_all()}
        for p, t in schema.ANALYTICS_PROPERTIES.items():
            if p not in have:
                conn.execute(f"ALTER TABLE {label} ADD {p} {_TYPES[t]}")


def _copy_nodes(conn, kg: KnowledgeGraph, records: list[ExtractionRecord], progress: Progress | None) -> None:
    import pyarrow as pa
    for label in schema.LABELS:
        spec = schema.node_properties(label)
        nodes = list(kg.nodes(label))
        if nodes:
            frame = pa.table({p: pa.array([schema.store_value(t, n.props[p]) for n in nodes], _arrow(t)) for p, t in spec.items()})
            # The columns named: the analytics columns stay null.
            conn.execute(f"COPY {label}({', '.join(spec)}) FROM frame")
            if progress:
                progress(len(nodes))
    if records:
        frame = pa.table({
            "key": [r.key for r in records], "source": [r.source for r in records],
            "json": [r.json for r in records], "loadedAt": [r.loaded_at for r in records],
        })
        conn.execute(f"COPY {schema.EXTRACTION} FROM frame")


def _copy_relations(conn, kg: KnowledgeGraph, progress: Progress | None) -> None:
    import pyarrow as pa
    for rtype in schema.REL_TYPES:
        spec = schema.rel_properties(rtype)
        rels = list(kg.relations(rtype))
        for a, b in schema.REL_ENDPOINTS[rtype]:
            part = [r for r in rels if (r.source_label, r.target_label) == (a, b)]
            if not part:
                continue
            cols = {"from": pa.array([r.source for r in part]), "to": pa.array([r.target for r in part])}
            cols.update({p: pa.array([schema.store_value(t, r.props[p]) for r in part], _arrow(t)) for p, t in spec.items()})
            frame = pa.table(cols)
            conn.execute(f'COPY {rtype} FROM frame (from="{a}", to="{b}")')
            if progress:
                progress(len(part))


_STEP = re.compile(r"\b([A-Z][A-Z0-9_]*)\[\d+\]")
_FUNCTION = re.compile(r"\bFunction:\s*(\S+)")


def _plan_steps(text: str) -> tuple[tuple[str, str], ...]:
    """(step, detail) from EXPLAIN's drawing. Boxes of parallel branches stand side by side,
    so a table function's name is given to every table function step: a function anywhere
    in the plan is checked."""
    functions = " ".join(f"Function: {f}" for f in _FUNCTION.findall(text))
    return tuple((name, functions if name == "TABLE_FUNCTION_CALL" else "") for name in _STEP.findall(text))


def _remove(path: Path, side_files_only: bool = False) -> None:
    targets = [path.with_name(path.name + s) for s in _SIDE_FILES]
    if not side_files_only:
        targets.append(path)
    for p in targets:
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())
