"""Before `kg cypher` runs a query: proof that it only reads the graph, or a one-line refusal.

Two checks, both allow-lists, and a query must pass both:

1. The statement as written (`words`): one statement, opening with a reading clause,
   whose words include none of the clause and command words of Neo4j's or LadybugDB's
   Cypher other than the reading ones (MATCH, OPTIONAL, WITH, UNWIND, RETURN, WHERE,
   ORDER BY, SKIP, LIMIT, UNION, CALL, YIELD), and whose CALLs name a subquery or one
   of a few procedures. This runs first because on LadybugDB an EXPLAIN is not harmless
   for everything (`EXPLAIN RETURN 1; CHECKPOINT` runs the CHECKPOINT).
2. What the engine says it would do (`plan`): its own parse of the query, through
   EXPLAIN, which runs nothing. Neo4j must call it a read (query type `r`) and LadybugDB
   must plan it with a single statement; every step of the plan must be one known to
   read the graph, and every procedure or table function one of the allowed few. LOAD
   CSV, SHOW/TERMINATE TRANSACTIONS (query type `r` on Neo4j!), COPY, LOAD FROM,
   CHECKPOINT, INSTALL and LOAD EXTENSION all show up as steps not on the list.

The first check reads words as the engines do (strings, backquoted names and comments
are skipped; a line comment ends at any line break, so it never hides more than the
engines would let it), compared after Unicode compatibility folding and case folding,
so that full-width or other look-alike spellings of a keyword are refused too.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from graph.errors import QueryError
from graph.store import Plan, Store

DOCS = "docs/security.md"


class Refused(QueryError):
    """A query `kg cypher` will not run, because it could do more than read the graph."""


# The words a query may use that also start or name clauses and commands.
READING = frozenset("MATCH OPTIONAL WITH UNWIND RETURN WHERE ORDER BY SKIP LIMIT UNION CALL YIELD".split())
STARTS = ("MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL")

# Every other word that starts a clause or a command in Neo4j 5 Cypher or LadybugDB's
# Cypher: a query holding one, even as a variable's name, is refused (backquote such a
# name: `set`). START and STOP (DATABASE) are left out, being common names (`AS start`):
# a command can only begin a statement, where the first word must be a reading one, and
# the plan check refuses administration whatever its words.
OTHERS = frozenset("""
    CREATE MERGE SET DELETE DETACH REMOVE FOREACH INSERT FINISH LOAD COPY DROP ALTER RENAME
    INSTALL UNINSTALL ATTACH USE CHECKPOINT BEGIN COMMIT ROLLBACK COMMIT_SKIP_CHECKPOINT
    ROLLBACK_SKIP_CHECKPOINT EXPORT IMPORT EXPLAIN PROFILE SHOW TERMINATE GRANT DENY REVOKE
    ENABLE DISABLE DEALLOCATE REALLOCATE CYPHER
""".split())

# Procedures and table functions a query may CALL: what the graph's own labels, types and
# property keys are, and full-text search (Neo4j); the tables and their columns (LadybugDB).
PROCEDURES = {
    "neo4j": frozenset({"db.labels", "db.relationshipTypes", "db.propertyKeys",
                        "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships"}),
    "embedded": frozenset({"show_tables", "table_info"}),
}
_CALLABLE = {name.casefold() for names in PROCEDURES.values() for name in names}

# Plan steps that only read, by store. Neo4j names them in CamelCase (`Expand(All)@neo4j`),
# LadybugDB in capitals (`SCAN_NODE_TABLE[0]`).
NEO4J_STEPS = frozenset("""
    ProduceResults AllNodesScan NodeByLabelScan NodeByIdSeek NodeByElementIdSeek
    NodeIndexSeek NodeUniqueIndexSeek NodeIndexSeekByRange NodeUniqueIndexSeekByRange
    NodeIndexScan NodeIndexContainsScan NodeIndexEndsWithScan MultiNodeIndexSeek
    AssertingMultiNodeIndexSeek IntersectionNodeByLabelsScan UnionNodeByLabelsScan
    SubtractionNodeByLabelsScan NodeCountFromCountStore RelationshipCountFromCountStore
    DirectedRelationshipIndexSeek UndirectedRelationshipIndexSeek DirectedRelationshipIndexScan
    UndirectedRelationshipIndexScan DirectedRelationshipIndexSeekByRange
    UndirectedRelationshipIndexSeekByRange DirectedRelationshipIndexContainsScan
    UndirectedRelationshipIndexContainsScan DirectedRelationshipIndexEndsWithScan
    UndirectedRelationshipIndexEndsWithScan DirectedRelationshipByIdSeek
    UndirectedRelationshipByIdSeek DirectedRelationshipByElementIdSeek
    UndirectedRelationshipByElementIdSeek DirectedRelationshipTypeScan
    UndirectedRelationshipTypeScan DirectedAllRelationshipsScan UndirectedAllRelationshipsScan
    DirectedUnionRelationshipTypesScan UndirectedUnionRelationshipTypesScan
    Expand(All) Expand(Into) OptionalExpand(All) OptionalExpand(Into) VarLengthExpand(All)
    VarLengthExpand(Into) VarLengthExpand(Pruning) VarLengthExpand(Pruning,BFS)
    VarLengthExpand(Pruning,BFS,All) VarLengthExpand(Pruning,BFS,Into) BFSPruningVarLengthExpand(All)
    BFSPruningVarLengthExpand(Into) ShortestPath StatefulShortestPath(All)
    StatefulShortestPath(Into) Trail Repeat(Trail) Repeat(Walk) ProjectEndpoints Filter
    Projection Apply SemiApply AntiSemiApply LetSemiApply LetAntiSemiApply SelectOrSemiApply
    SelectOrAntiSemiApply LetSelectOrSemiApply LetSelectOrAntiSemiApply ConditionalApply
    AntiConditionalApply RollUpApply Argument ArgumentTracker Optional Anti CartesianProduct
    NodeHashJoin NodeLeftOuterHashJoin NodeRightOuterHashJoin ValueHashJoin Union
    OrderedUnion Distinct OrderedDistinct EagerAggregation OrderedAggregation Sort PartialSort
    Top Top1WithTies PartialTop Limit ExhaustiveLimit Skip Unwind Eager CacheProperties
    NullifyMetadata AssertSameNode AssertSameRelationship EmptyRow TriadicSelection
    TriadicBuild TriadicFilter ProcedureCall
""".split())
EMBEDDED_STEPS = frozenset("""
    RESULT_COLLECTOR PROJECTION FILTER FLATTEN LIMIT SKIP MULTIPLICITY_REDUCER
    SCAN_NODE_TABLE SCAN_REL_TABLE PRIMARY_KEY_SCAN_NODE_TABLE SCAN_NODE_ID INDEX_LOOKUP
    HASH_JOIN_BUILD HASH_JOIN_PROBE INTERSECT_BUILD INTERSECT CROSS_PRODUCT AGGREGATE
    AGGREGATE_SCAN AGGREGATE_FINALIZE ORDER_BY ORDER_BY_MERGE ORDER_BY_SCAN TOP_K TOP_K_SCAN
    UNWIND UNION_ALL_SCAN RECURSIVE_EXTEND PATH_PROPERTY_PROBE SEMI_MASKER DUMMY_SINK
    DUMMY_SIMPLE_SINK EMPTY_RESULT TABLE_FUNCTION_CALL COUNT_REL_TABLE QUERY_PRIMARY_KEY_LOOKUP
""".split())
# LadybugDB's table functions: READ_FTABLE re-reads a query's own intermediate rows.
EMBEDDED_FUNCTIONS = frozenset({"READ_FTABLE", "SHOW_TABLES", "TABLE_INFO"})

# What some refused steps do, for the message.
_DOING = {
    "LoadCSV": "reads a file or URL (LOAD CSV)", "ShowTransactions": "lists transactions",
    "TerminateTransactions": "ends transactions", "AdministrationCommand": "administers the server",
    "COPY_TO": "writes a file (COPY … TO)", "COPY_FROM": "reads a file (COPY … FROM)",
    "TRANSACTION": "controls transactions or checkpoints", "INSTALL_EXTENSION": "installs an extension",
    "LOAD_EXTENSION": "loads code (LOAD EXTENSION)", "ATTACH_DATABASE": "attaches a database",
    "STANDALONE_CALL": "changes a setting (CALL name=value)", "EXPORT_DATABASE": "writes files (EXPORT DATABASE)",
    "IMPORT_DATABASE": "reads files (IMPORT DATABASE)",
}


def checked(store: Store, statement: str, params: dict[str, Any] | None = None) -> str:
    """The statement to run (without a trailing `;`) if it only reads the graph; raises
    Refused naming what it would do otherwise. The store's EXPLAIN runs; the query does not."""
    statement = words(statement)
    plan(store.explain(statement, params), store.backend)
    return statement


def _refuse(what: str) -> Refused:
    return Refused(f"kg cypher runs read-only queries and refuses {what} (see {DOCS})")


# --- 1. the statement as written ------------------------------------------------------

_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_WORD = re.compile(r"[^\W\d]\w*")
# A number ends where its digits do, so that `1CREATE` is the number 1 and the word CREATE,
# as a lexer that needs no space between tokens would read it.
_NUMBER = re.compile(r"0[xX][0-9a-fA-F]+|0o[0-7]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def _tokens(statement: str) -> list[tuple[str, int]]:
    """(token, offset) of what lies outside strings, backquoted names and comments: words,
    and single characters otherwise. A string or name left open is refused."""
    out: list[tuple[str, int]] = []
    i, n = 0, len(statement)
    while i < n:
        ch = statement[i]
        if ch in "'\"":
            j = i + 1
            while j < n and statement[j] != ch:
                j += 2 if statement[j] == "\\" else 1
            if j >= n:
                raise _refuse("a string left open")
            out.append(("'", i))
            i = j + 1
        elif ch == "`":
            j = statement.find("`", i + 1)
            while j != -1 and statement[j + 1:j + 2] == "`":     # `` is a backquote inside the name
                j = statement.find("`", j + 2)
            if j == -1:
                raise _refuse("a backquoted name left open")
            out.append(("`", i))
            i = j + 1
        elif statement.startswith("//", i):
            while i < n and statement[i] not in _LINE_BREAKS:
                i += 1
        elif statement.startswith("/*", i):
            j = statement.find("*/", i + 2)
            if j == -1:
                raise _refuse("a comment left open")
            i = j + 2
        elif ch.isspace():
            i += 1
        elif m := _WORD.match(statement, i):
            out.append((m.group(), i))
            i = m.end()
        elif m := _NUMBER.match(statement, i):
            out.append(("0", i))
            i = m.end()
        else:
            if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp"):
                # Invisible or unassigned characters outside strings: what an engine makes of
                # them is not worth guessing.
                raise _refuse(f"the character U+{ord(ch):04X} outside a string")
            out.append((ch, i))
            i += 1
    return out


def _folded(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold().upper()


def words(statement: str) -> str:
    """Check 1: the statement as written. Returns it without a trailing `;`."""
    tokens = _tokens(statement)
    semis = [k for k, (t, _) in enumerate(tokens) if t == ";"]
    if semis:
        if semis[0] != len(tokens) - 1:
            raise _refuse("more than one statement (;)")
        statement = statement[:tokens[-1][1]]
        tokens = tokens[:-1]
    if not tokens:
        raise _refuse("an empty query")
    first = _folded(tokens[0][0])
    if first not in STARTS:
        name = first if (first in OTHERS or first in READING) else tokens[0][0]
        raise _refuse(f"a query starting with {name} (a query starts with {', '.join(STARTS)})")
    for k, (token, _) in enumerate(tokens):
        if not _WORD.fullmatch(token) or (k and tokens[k - 1][0] in (".", "$")):
            continue                    # a property's or a parameter's name, not a keyword
        word = _folded(token)
        if word in OTHERS:
            raise _refuse(word if word == token else f"{word} (written {token!r})")
        if word == "CALL":
            _call(tokens, k)
    return statement


def _call(tokens: list[tuple[str, int]], k: int) -> None:
    """CALL must open a subquery (`CALL {`, `CALL (x) {`) or name an allowed procedure."""
    after = [t for t, _ in tokens[k + 1:k + 12]]
    if after[:1] == ["{"]:
        return
    if after[:1] == ["("]:
        close = after.index(")") if ")" in after else -1
        if close != -1 and after[close + 1:close + 2] == ["{"]:
            return
    name = []
    for t in after:
        if t == "." or _WORD.fullmatch(t):
            name.append(t)
        else:
            break
    called = "".join(name)
    if called.casefold() not in _CALLABLE:
        allowed = ", ".join(sorted(n for names in PROCEDURES.values() for n in names))
        raise _refuse(f"CALL {called or after[:1] and after[0] or ''}".rstrip()
                      + f" (the procedures a query may call: {allowed})")


# --- 2. what the engine would do ------------------------------------------------------

def plan(p: Plan, backend: str) -> None:
    """Check 2: the engine's own plan of the query."""
    if backend == "neo4j":
        bad = []
        for step, detail in p.steps:
            if step not in NEO4J_STEPS:
                bad.append(_describe(step))
            elif step == "ProcedureCall":
                name = detail.split("(", 1)[0].strip()
                if name not in PROCEDURES["neo4j"]:
                    bad.append(f"calling the procedure {name}")
        if p.query_type != "r":
            kind = {"w": "a write", "rw": "a write", "s": "a schema or administration command"}.get(
                p.query_type, f"a query of type {p.query_type!r}")
            raise _refuse(kind + (f" ({'; '.join(bad)})" if bad else ""))
        if bad:
            raise _refuse(bad[0])
        return
    for step, detail in p.steps:
        if step not in EMBEDDED_STEPS:
            raise _refuse(_describe(step))
        if step == "TABLE_FUNCTION_CALL":
            for function in re.findall(r"Function:\s*(\S+)", detail):
                if function.upper() not in EMBEDDED_FUNCTIONS:
                    raise _refuse(f"the table function {function}")


def _describe(step: str) -> str:
    doing = _DOING.get(step)
    return f"a plan step {step} that {doing}" if doing else f"a plan step {step} (not one known only to read)"
