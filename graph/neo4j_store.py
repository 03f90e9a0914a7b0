"""The Neo4j store, through the official driver: constraints on key, UNWIND batches with MERGE.

A write brings the database to exactly the new graph: every node and relationship
is MERGEd on its key (one transaction per batch), then whatever kg wrote before
and the new graph no longer has is deleted. Labels kg does not own are not touched.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase, READ_ACCESS, WRITE_ACCESS
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from . import schema
from .errors import StoreError
from .knowledge import KnowledgeGraph
from .store import ExtractionRecord, Plan, Progress, QueryResult, check_integers

BATCH = 1000
# .env.example's old placeholder: a password anyone who read the repository knows.
PLACEHOLDER_PASSWORD = "change-me-please"
_OWNED = (*schema.LABELS, schema.EXTRACTION)


def constraint_statements() -> list[str]:
    return [
        f"CREATE CONSTRAINT kg_{label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
        for label in _OWNED
    ]


# Full-text search over task texts (`kg query task`): Lucene's CJK analyzer indexes
# overlapping character bigrams, which suits Chinese without a word list.
TASK_TEXT_INDEX = "kg_task_text"


def index_statements() -> list[str]:
    return [
        f"CREATE FULLTEXT INDEX {TASK_TEXT_INDEX} IF NOT EXISTS FOR (t:{schema.TASK}) ON EACH [t.text] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"
    ]


class Neo4jStore:
    backend = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str = "", *, read_only: bool = False) -> None:
        shown = redacted(uri)     # what messages and `kg status` show: never a password
        self.location = f"{shown} (database {database or 'neo4j'})"
        self.uri, self.database, self.read_only = shown, database or None, read_only
        if password == PLACEHOLDER_PASSWORD:
            raise StoreError(f"NEO4J_PASSWORD is .env.example's placeholder {PLACEHOLDER_PASSWORD!r}, which anyone can read: "
                             "choose a password of your own (for a new server, in .env before docker compose up)")
        if uri.partition("://")[0].lower() in ("http", "https"):
            # The driver's HTTP mode is a preview needing packages kg does not install (a
            # traceback), and http://…:7474 is usually Neo4j Browser's address anyway.
            raise StoreError(f"kg talks to Neo4j over Bolt: use a bolt:// or neo4j:// URI (e.g. bolt://localhost:7687), not {shown!r}")
        try:
            # Server notifications (e.g. "type CONCERNS does not exist yet" before any
            # document names one) are noise to users; kg reports what matters itself.
            self.driver = GraphDatabase.driver(uri, auth=(user, password) if password else None,
                                               notifications_min_severity="OFF")
            self.driver.verify_connectivity()
        except AuthError as e:
            raise StoreError(f"Neo4j at {shown} refused the credentials of user {user!r}: check NEO4J_USERNAME / NEO4J_PASSWORD") from e
        except (ServiceUnavailable, OSError) as e:
            raise StoreError(f"cannot reach Neo4j at {shown}: is it running? (scripts/neo4j-local start, or docker compose up -d)") from e
        except (ValueError, neo4j.exceptions.ConfigurationError) as e:
            hint = "; give the user and password in NEO4J_USERNAME / NEO4J_PASSWORD" if shown != uri else ""
            raise StoreError(redacted(f"bad Neo4j URI {uri!r}: {e}", uri) + hint) from e

    def close(self) -> None:
        self.driver.close()

    def _session(self, write: bool = False):
        mode = WRITE_ACCESS if write and not self.read_only else READ_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    @contextmanager
    def _errors(self, doing: str = ""):
        """The driver's errors as one-line StoreErrors: `doing` failed: the server's message."""
        try:
            yield
        except Neo4jError as e:
            if e.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreError(f"Neo4j at {self.uri} has no database named {self.database!r} (check NEO4J_DATABASE)") from e
            message = " ".join((e.message or str(e)).split())
            raise StoreError(f"{doing} failed: {message}" if doing else message) from e
        except ServiceUnavailable as e:
            raise StoreError(f"lost the connection to Neo4j at {self.uri}") from e

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        check_integers(params or {}, "Neo4j")
        with self._errors(), self._session() as s:
            res = s.run(cypher, params or {})
            keys = list(res.keys())
            rows = [list(rec.values()) for rec in res]
        return QueryResult(keys, [[_plain(v) for v in row] for row in rows])

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> Plan:
        """The server's plan of a query (EXPLAIN: nothing runs): its query type and steps."""
        check_integers(params or {}, "Neo4j")
        with self._errors(), self._session() as s:
            summary = s.run("EXPLAIN " + cypher, params or {}).consume()
        steps, todo = [], [summary.plan] if summary.plan else []
        while todo:     # a loop, not recursion: a plan may be as deep as a query is long
            op = todo.pop()
            steps.append((str(op.get("operatorType", "")).split("@")[0], str((op.get("args") or {}).get("Details") or "")))
            todo.extend(op.get("children") or ())
        return Plan(summary.query_type or "", tuple(steps))

    def fingerprint(self) -> tuple | None:
        """What changes whenever the database is written, by kg or anyone else: the bookmark
        (last committed transaction) a tiny read ends with; one round trip. None when the
        server gives no bookmark."""
        with self._errors(), self._session() as s:
            s.run("RETURN 1").consume()
            values = s.last_bookmarks().raw_values
        return tuple(sorted(values)) or None

    def records(self) -> list[ExtractionRecord]:
        res = self.run(f"MATCH (x:{schema.EXTRACTION}) RETURN x.key, x.source, x.loadedAt, x.json ORDER BY x.key")
        return [ExtractionRecord(*row) for row in res.rows]

    def write(self, kg: KnowledgeGraph, records: list[ExtractionRecord], progress: Progress | None = None) -> None:
        # Every distinct statement costs the server a plan, and on a server just started
        # (its code not yet compiled) about 0.4 s each: so as few distinct statements as
        # kg's schema allows, and none for what is already there (docs/benchmarks.md).
        if self.read_only:
            raise StoreError("the Neo4j store is open read-only")
        with self._errors("writing to Neo4j"), self._session(write=True) as s:
            created = self._ensure_schema(s)
            stale_nodes, stale_rels = self._stale(s, kg, records)   # read before writing: on a first load, nothing
            self._write_nodes(s, kg, records, progress)
            self._write_relations(s, kg, progress)
            self._delete(s, stale_nodes, stale_rels)
            if created:
                # A new index is populated in the background: queries right after a load
                # must see every task, so wait for it here. An index already online is
                # updated as each write commits.
                s.run("CALL db.awaitIndexes(300)").consume()

    @staticmethod
    def _ensure_schema(s) -> bool:
        """Create kg's constraints and full-text index that are missing (one look at what
        exists, then only those); True when any was created."""
        have = {(row["name"], row["owner"]) for row in
                s.run("SHOW INDEXES YIELD name, owningConstraint RETURN name, owningConstraint AS owner")}
        constraints = {name for name, owner in have if owner == name}
        indexes = {name for name, _ in have}
        missing = [stmt for stmt in constraint_statements() if _schema_name(stmt) not in constraints]
        missing += [stmt for stmt in index_statements() if _schema_name(stmt) not in indexes]
        for stmt in missing:
            s.run(stmt).consume()
        return bool(missing)

    def _write_nodes(self, s, kg: KnowledgeGraph, records: list[ExtractionRecord], progress: Progress | None) -> None:
        for label in schema.LABELS:
            spec = schema.node_properties(label)
            rows = [schema.store_props(n.props, spec) for n in kg.nodes(label)]
            self._batched(s, f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}}) SET n = row", rows, progress)
        rows = [{"key": r.key, "source": r.source, "json": r.json, "loadedAt": r.loaded_at} for r in records]
        self._batched(s, f"UNWIND $rows AS row MERGE (n:{schema.EXTRACTION} {{key: row.key}}) SET n = row", rows, None)

    def _write_relations(self, s, kg: KnowledgeGraph, progress: Progress | None) -> None:
        # One statement per type, whatever its ends: the ends are found by key among the
        # labels the type may join (keys are unique across labels), which Neo4j plans as a
        # union of the labels' key-index seeks.
        for rtype in schema.REL_TYPES:
            ident = schema.REL_IDENTITY.get(rtype, ())
            spec = schema.rel_properties(rtype)
            merge_props = "{" + ", ".join(f"{p}: row.props.{p}" for p in ident) + "}" if ident else ""
            pairs = schema.REL_ENDPOINTS[rtype]
            sources = "|".join(dict.fromkeys(a for a, _ in pairs))
            targets = "|".join(dict.fromkeys(b for _, b in pairs))
            rows = [{"s": r.source, "t": r.target, "props": schema.store_props(r.props, spec)}
                    for r in kg.relations(rtype) if (r.source_label, r.target_label) in pairs]
            cypher = (
                f"UNWIND $rows AS row MATCH (a:{sources} {{key: row.s}}) MATCH (b:{targets} {{key: row.t}}) "
                f"MERGE (a)-[r:{rtype} {merge_props}]->(b) SET r = row.props"
            )
            self._batched(s, cypher, rows, progress)

    @staticmethod
    def _stale(s, kg: KnowledgeGraph, records: list[ExtractionRecord]) -> tuple[dict[str, list[str]], list[str]]:
        """What kg wrote before and the new graph no longer has: {label: keys} of nodes and
        the element ids of relationships, read in two statements."""
        wanted_nodes = {(n.label, n.key) for n in kg.nodes()} | {(schema.EXTRACTION, r.key) for r in records}
        stale_nodes: dict[str, list[str]] = {}
        for row in s.run(f"MATCH (n:{'|'.join(_OWNED)}) RETURN labels(n) AS labels, n.key AS key"):
            for label in row["labels"]:
                if label in _OWNED and (label, row["key"]) not in wanted_nodes:
                    stale_nodes.setdefault(label, []).append(row["key"])
        wanted_rels = {r.identity for r in kg.relations()}
        idents = sorted({p for props in schema.REL_IDENTITY.values() for p in props})
        found = s.run(f"MATCH (a)-[r:{'|'.join(schema.REL_TYPES)}]->(b) RETURN type(r) AS type, elementId(r) AS id, "
                      "a.key AS s, b.key AS t" + "".join(f", r.{p} AS {p}" for p in idents))
        stale_rels = [
            row["id"] for row in found
            if (row["type"], row["s"], row["t"], tuple(row[p] or "" for p in schema.REL_IDENTITY.get(row["type"], ())))
            not in wanted_rels
        ]
        return stale_nodes, stale_rels

    def _delete(self, s, stale_nodes: dict[str, list[str]], stale_rels: list[str]) -> None:
        self._batched(s, "UNWIND $rows AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", stale_rels, None)
        for label, keys in stale_nodes.items():
            self._batched(s, f"UNWIND $rows AS k MATCH (n:{label} {{key: k}}) DETACH DELETE n", keys, None)

    def write_analytics(self, figures: dict[str, dict[str, dict[str, Any]]]) -> dict[str, int]:
        """Set network figures ({label: {key: {property: value}}}, graph/analytics.py) on the
        nodes, after removing those of any earlier analysis from every node kg owns; one
        transaction. Returns how many nodes got each property (keys not stored are skipped)."""
        from .analytics import write_batches
        if self.read_only:
            raise StoreError("the Neo4j store is open read-only")
        batches = write_batches(figures)
        props = schema.ANALYTICS_PROPERTIES
        is_set = " OR ".join(f"n.{p} IS NOT NULL" for p in props)
        remove = ", ".join(f"n.{p}" for p in props)

        def work(tx) -> dict[str, int]:
            written = dict.fromkeys(props, 0)
            for label in schema.LABELS:
                tx.run(f"MATCH (n:{label}) WHERE {is_set} REMOVE {remove}").consume()
            for label, prop, rows in batches:
                cypher = f"UNWIND $rows AS row MATCH (n:{label} {{key: row.key}}) SET n.{prop} = row.value RETURN count(n) AS n"
                for i in range(0, len(rows), BATCH):
                    written[prop] += tx.run(cypher, rows=rows[i:i + BATCH]).single()["n"]
            return written

        with self._errors("writing the analytics to Neo4j"), self._session(write=True) as s:
            return s.execute_write(work)

    @staticmethod
    def _batched(s, cypher: str, rows: list, progress: Progress | None) -> None:
        for i in range(0, len(rows), BATCH):
            chunk = rows[i:i + BATCH]
            s.execute_write(lambda tx: tx.run(cypher, rows=chunk).consume())
            if progress:
                progress(len(chunk))


def _schema_name(statement: str) -> str:
    """The name a CREATE CONSTRAINT / CREATE … INDEX statement gives."""
    return re.search(r"\b(?:CONSTRAINT|INDEX)\s+(\S+)", statement).group(1)


# user:password@ in a URI (bolt://neo4j:secret@host): shown as user:***@.
_USERINFO = re.compile(r"(?<=//)([^/@\s:]*):[^/@\s]*@")


def redacted(text: str, uri: str = "") -> str:
    """`text` with the password of any URI in it (and of `uri`, however the driver quoted it) as ***."""
    secret = _USERINFO.search(uri)
    if secret:
        password = secret.group(0)[len(secret.group(1)) + 1:-1]
        if password:
            text = text.replace(password, "***")
    return _USERINFO.sub(r"\1:***@", text)


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """Driver values → plain Python (nodes and relationships become property dicts)."""
    if isinstance(value, _SCALARS):     # most values: returned as they are, checked first
        return value
    if isinstance(value, neo4j.graph.Node):
        # Marked as LadybugDB marks its nodes, so kg shows both stores' nodes alike.
        return {"_LABEL": ":".join(sorted(value.labels)), "_ID": value.element_id, **dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_LABEL": value.type, "_ID": value.element_id, "_SRC": value.start_node.element_id,
                "_DST": value.end_node.element_id, **dict(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "to_native"):
        # Dates and times as Python's, as LadybugDB gives them: the two stores' answers agree.
        try:
            return value.to_native()
        except ValueError:      # beyond Python's range (nanoseconds, year 0): as ISO text
            return value.iso_format()
    if hasattr(value, "iso_format"):        # a duration
        return value.iso_format()
    return value
