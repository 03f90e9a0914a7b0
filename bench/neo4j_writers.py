"""kg's Neo4j writer as it was before issue 16's round on load time: the baseline of
bench/load_time.py's Neo4j rows. It writes the same graph as graph/neo4j_store.py does now,
with more distinct statements: every constraint and index statement and db.awaitIndexes on
every write, one relationship statement per pair of end labels (18, not 5), and the stale
nodes and relationships read after writing, one statement per label and per type (13, not 2).
"""
from __future__ import annotations

from graph import schema
from graph.neo4j_store import _OWNED, Neo4jStore, constraint_statements, index_statements


class PairwiseNeo4jStore(Neo4jStore):
    def write(self, kg, records, progress=None) -> None:
        with self._errors("writing to Neo4j"), self._session(write=True) as s:
            for stmt in constraint_statements() + index_statements():
                s.run(stmt).consume()
            self._write_nodes(s, kg, records, progress)
            self._write_pairs(s, kg)
            self._delete_stale(s, kg, records)
            s.run("CALL db.awaitIndexes(300)").consume()

    def _write_pairs(self, s, kg) -> None:
        for rtype in schema.REL_TYPES:
            ident = schema.REL_IDENTITY.get(rtype, ())
            spec = schema.rel_properties(rtype)
            merge_props = "{" + ", ".join(f"{p}: row.props.{p}" for p in ident) + "}" if ident else ""
            for a, b in schema.REL_ENDPOINTS[rtype]:
                rows = [{"s": r.source, "t": r.target, "props": schema.store_props(r.props, spec)}
                        for r in kg.relations(rtype) if (r.source_label, r.target_label) == (a, b)]
                self._batched(s, f"UNWIND $rows AS row MATCH (a:{a} {{key: row.s}}) MATCH (b:{b} {{key: row.t}}) "
                                 f"MERGE (a)-[r:{rtype} {merge_props}]->(b) SET r = row.props", rows, None)

    def _delete_stale(self, s, kg, records) -> None:
        wanted_nodes = {(n.label, n.key) for n in kg.nodes()} | {(schema.EXTRACTION, r.key) for r in records}
        for label in _OWNED:
            have = [row["key"] for row in s.run(f"MATCH (n:{label}) RETURN n.key AS key")]
            stale = [k for k in have if (label, k) not in wanted_nodes]
            self._batched(s, f"UNWIND $rows AS k MATCH (n:{label} {{key: k}}) DETACH DELETE n", stale, None)
        wanted_rels = {r.identity for r in kg.relations()}
        for rtype in schema.REL_TYPES:
            ident = schema.REL_IDENTITY.get(rtype, ())
            found = s.run(f"MATCH (a)-[r:{rtype}]->(b) RETURN elementId(r) AS id, a.key AS s, b.key AS t, r AS r")
            stale = [row["id"] for row in found
                     if (rtype, row["s"], row["t"], tuple(row["r"].get(p) or "" for p in ident)) not in wanted_rels]
            self._batched(s, "UNWIND $rows AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r", stale, None)
