"""The store contract, run against every backend (embedded LadybugDB and a real Neo4j).

What a store must do: hold exactly the resolved graph, load idempotently, let a
changed document replace what its old version said, write nothing on a dry
run, and keep provenance (documents, evidence, spans) on every fact.
"""
from __future__ import annotations

import bisect
from datetime import date, datetime
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from graph import schema
from graph.embedded_store import EmbeddedStore
from graph.errors import StoreError
from graph.knowledge import KnowledgeGraph
from graph.resolve import resolve
from kg.pipeline import LoadReport, extract_all, load
from loaders import registry
from loaders.reading.source import read_path, source_file
from queries import runner
from tests.support import unavailable

# Four seed files, one of them a web page holding ten work reports.
SEED_DOCUMENTS = 14

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
COMMITMENTS = SEEDS / "shandong-2021-16-cities-commitments.txt"
NEWS = SEEDS / "qingdao-2021-offensives-hearing-news.txt"
BACKENDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


# Reading a store back, backend-neutrally: explicit property columns, no driver types.
def dump_store(store) -> dict[str, list]:
    """Every node (label, key, properties) and relationship (type, ends, properties), sorted."""
    nodes, rels = [], []
    for label in schema.LABELS:
        props = list(schema.node_properties(label))
        res = store.run(f"MATCH (n:{label}) RETURN " + ", ".join(f"n.{p}" for p in props))
        nodes += [(label, row[0], dict(zip(props, row))) for row in res.rows]
    for rtype in schema.REL_TYPES:
        props = list(schema.rel_properties(rtype))
        res = store.run(f"MATCH (a)-[r:{rtype}]->(b) RETURN a.key, b.key, " + ", ".join(f"r.{p}" for p in props))
        rels += [(rtype, row[0], row[1], dict(zip(props, row[2:]))) for row in res.rows]
    return {"nodes": sorted(nodes, key=repr), "relationships": sorted(rels, key=repr)}


def dump_graph(kg: KnowledgeGraph) -> dict[str, list]:
    """The resolved graph as a store must hold it: dates as dates (schema.store_props)."""
    nodes = [(n.label, n.key, schema.store_props(n.props, schema.node_properties(n.label))) for n in kg.nodes()]
    rels = [(r.type, r.source, r.target, schema.store_props(r.props, schema.rel_properties(r.type))) for r in kg.relations()]
    return {"nodes": sorted(nodes, key=repr), "relationships": sorted(rels, key=repr)}


def without(dump: dict, *props: str) -> dict:
    """A dump without some properties (loadedAt differs between two loads of the same text)."""
    strip = lambda d: {k: v for k, v in d.items() if k not in props}  # noqa: E731
    return {
        "nodes": [(lb, k, strip(p)) for lb, k, p in dump["nodes"]],
        "relationships": [(t, s, e, strip(p)) for t, s, e, p in dump["relationships"]],
    }


def store_counts(store) -> Counter:
    """Counts by label and type, read with the shipped `counts` template."""
    res = runner.run(store, "counts")
    assert res.columns == ["kind", "name", "count"]
    out = Counter()
    for kind, name, count in res.rows:
        assert name not in out, f"{name} counted twice"
        out[name] = count
    return out


def graph_counts(kg: KnowledgeGraph) -> Counter:
    return kg.label_counts() + kg.type_counts()


def node_names(store, label: str) -> set[str]:
    return {row[0] for row in store.run(f"MATCH (n:{label}) RETURN n.name").rows}


# Stores loaded with the seeds, shared by a module (the Neo4j load takes seconds).
def open_backend(backend: str, request, directory: Path):
    if backend == "embedded":
        return EmbeddedStore(str(directory / "kg.lbdb"))
    from graph.neo4j_store import Neo4jStore
    settings = request.getfixturevalue("neo4j_settings")
    try:
        return Neo4jStore(settings["uri"], settings["user"], settings["password"])
    except StoreError as e:
        unavailable(str(e))


def wipe(store) -> None:
    if store.backend == "neo4j":
        store.driver.execute_query("MATCH (n) DETACH DELETE n")


@dataclass
class Seeded:
    store: object
    report: LoadReport | None = None
    stamp: list = field(default_factory=list)


def stamp(store) -> list:
    return [(r.key, r.loaded_at) for r in store.records()]


@pytest.fixture(scope="module", params=BACKENDS)
def seeded_cache(request, tmp_path_factory):
    store = open_backend(request.param, request, tmp_path_factory.mktemp("seeded"))
    yield Seeded(store)
    store.close()


@pytest.fixture
def seeded(seeded_cache) -> Seeded:
    """The five seeds loaded into a store, loaded again if another test emptied it (Neo4j has one database)."""
    s = seeded_cache
    if s.report is None or stamp(s.store) != s.stamp:
        wipe(s.store)
        s.report = load([SEEDS], s.store)
        assert not s.report.failed, [d.error for d in s.report.failed]
        s.stamp = stamp(s.store)
    return s


@pytest.fixture(scope="module")
def reference() -> KnowledgeGraph:
    """The seeds' graph computed in memory, with no store at all: what every store must hold."""
    exs = extract_all(sorted(SEEDS.iterdir()))
    return resolve(exs)[0]


# Holding exactly the graph
def test_seed_load_report(seeded):
    report = seeded.report
    assert len(report.documents) == SEED_DOCUMENTS
    assert {d.status for d in report.documents} == {"new"}
    assert all(d.key and d.kind and d.encoding == "utf-8" for d in report.documents)
    counts = graph_counts(report.graph)
    for name in (schema.DOCUMENT, schema.TASK, schema.LEADER, schema.DEPARTMENT, schema.REGION,
                 schema.RESPONSIBLE_FOR, schema.PART_OF, schema.SERVES_IN, schema.COOPERATES_WITH):
        assert counts[name] > 0, name
    assert counts[schema.DOCUMENT] == SEED_DOCUMENTS
    # A first load adds everything and changes nothing.
    assert report.diff.added == counts and not report.diff.changed and not report.diff.removed


def test_store_counts_match_the_graph(seeded, reference):
    counts = store_counts(seeded.store)
    assert counts == graph_counts(seeded.report.graph)
    # The same on every backend: both equal the graph computed without a store.
    assert counts == graph_counts(reference)


def test_store_holds_exactly_the_graph(seeded, reference):
    held = dump_store(seeded.store)
    assert held == dump_graph(seeded.report.graph)
    assert without(held, "loadedAt") == without(dump_graph(reference), "loadedAt")
    # One node per key, one relationship per identity: nothing written twice.
    assert len({(lb, k) for lb, k, _ in held["nodes"]}) == len(held["nodes"])
    idents = [(t, s, e, schema.rel_identity(t, p)) for t, s, e, p in held["relationships"]]
    assert len(set(idents)) == len(idents)


def test_dates_are_dates_in_every_store(seeded):
    """Task.deadlineDate and Document.date are the engine's dates, Document.loadedAt a zoned
    date-time: they compare with date($d) on both stores, and come back as Python's."""
    run = seeded.store.run
    days = [row[0] for row in run("MATCH (t:Task) WHERE t.deadlineDate IS NOT NULL RETURN t.deadlineDate").rows]
    assert days and all(type(d) is date for d in days)
    graph_days = sorted(n.props["deadlineDate"] for n in seeded.report.graph.nodes(schema.TASK) if n.props["deadlineDate"])
    assert sorted(d.isoformat() for d in days) == graph_days
    docs = run("MATCH (d:Document) RETURN d.date, d.loadedAt").rows
    assert all(d is None or type(d) is date for d, _ in docs) and any(d for d, _ in docs)
    assert all(isinstance(at, datetime) and at.utcoffset() is not None for _, at in docs)
    cut = date(2021, 7, 1)
    want = sum(1 for d in days if d < cut)
    for query, params in (("t.deadlineDate < date($d)", {"d": "2021-07-01"}), ("t.deadlineDate < date($d)", {"d": cut}),
                          ("t.deadlineDate < $d", {"d": cut}), ("t.deadlineDate < date('2021-07-01')", {})):
        assert run(f"MATCH (t:Task) WHERE {query} RETURN count(*) AS n", params).rows[0][0] == want, query
    ordered = [row[0] for row in run("MATCH (t:Task) WHERE t.deadlineDate IS NOT NULL RETURN t.deadlineDate AS d ORDER BY d").rows]
    assert ordered == sorted(days)


def test_missing_values_are_null_not_empty(seeded):
    """A value a document does not give is absent (null), so Cypher's comparisons, IS NULL and
    coalesce mean what they say: tasks with no deadline are not "before 2021-07-01"."""
    run = seeded.store.run
    undated = run("MATCH (t:Task) WHERE t.deadlineDate IS NULL RETURN count(*) AS n").rows[0][0]
    dated = run("MATCH (t:Task) WHERE t.deadlineDate IS NOT NULL RETURN count(*) AS n").rows[0][0]
    assert undated > 0 and dated > 0
    before = run("MATCH (t:Task) WHERE t.deadlineDate < $d RETURN count(*) AS n", {"d": date(2099, 1, 1)}).rows[0][0]
    assert before == dated, "a task with no deadline is not before any date"
    assert run("MATCH (t:Task) RETURN count(coalesce(t.deadlineDate, date('1900-01-01'))) AS n").rows[0][0] == undated + dated
    for label, props in schema.NODE_PROPERTIES.items():
        for prop, kind in props.items():
            if kind == "string":      # (a date column cannot hold '': the engines refuse it)
                empty = run(f"MATCH (n:{label}) WHERE n.{prop} = '' RETURN count(*) AS n").rows[0][0]
                assert empty == 0, f"{label}.{prop} holds '' on {seeded.store.backend}"


def test_extraction_records_are_kept(seeded):
    records = seeded.store.records()
    assert sorted(r.key for r in records) == sorted(d.key for d in seeded.report.documents)
    for r in records:
        assert Path(r.source).is_absolute() and Path(source_file(r.source)).exists()
        assert r.loaded_at and r.json.startswith("{")


# Idempotency
def test_loading_twice_changes_nothing(seeded):
    store = seeded.store
    before, counts_before = dump_store(store), store_counts(store)
    again = load([SEEDS], store)
    assert again.diff.empty
    assert [d.status for d in again.documents] == ["unchanged"] * SEED_DOCUMENTS
    assert store_counts(store) == counts_before
    assert dump_store(store) == before
    seeded.stamp = stamp(store)


def test_writing_the_same_graph_again_changes_nothing(seeded):
    # Force the write a re-load skips: MERGE on keys must not duplicate anything.
    store = seeded.store
    before = dump_store(store)
    store.write(seeded.report.graph, store.records())
    assert dump_store(store) == before
    seeded.stamp = stamp(store)


def test_loading_in_another_order_gives_the_same_graph(seeded, reference):
    files = sorted(SEEDS.iterdir(), reverse=True)
    exs = extract_all(files)
    assert without(dump_graph(resolve(exs)[0]), "loadedAt") == without(dump_graph(reference), "loadedAt")


# Provenance
def test_every_fact_has_provenance(seeded):
    held = dump_store(seeded.store)
    doc_keys = {d.key for d in seeded.report.documents}
    for label, key, props in held["nodes"]:
        assert props["documents"], f"{label} {key} has no documents"
        assert set(props["documents"]) <= doc_keys
        assert len(props["evidence"]) == len(props["spans"]), f"{label} {key}"
        if label != schema.DOCUMENT:
            assert props["evidence"], f"{label} {key} has no evidence"
    for rtype, s, t, props in held["relationships"]:
        where = f"{rtype} {s} → {t}"
        assert props["documents"], f"{where} has no documents"
        assert props["evidence"], f"{where} has no evidence"
        assert len(props["evidence"]) == len(props["spans"]), where
        assert all(e.strip() for e in props["evidence"]), where
        assert {schema.parse_span_ref(ref)[0] for ref in props["spans"]} <= set(props["documents"]), where


def _views(path: Path):
    """Each document the file holds (a web page holds several): key → (file text, offset, views)."""
    page = read_path(path)
    parts, _ = registry.split(page)
    return {doc.key: (page.raw, doc.base, doc.plain, doc.clean) for doc in parts}


def test_evidence_spans_point_into_the_original_text(seeded):
    """Each span's offsets index the original file; the evidence is the normalised text there."""
    originals = {k: v for p in sorted(SEEDS.iterdir()) for k, v in _views(p).items()}
    held = dump_store(seeded.store)
    facts = [(f"{lb} {k}", p) for lb, k, p in held["nodes"]] + [(f"{t} {s} → {e}", p) for t, s, e, p in held["relationships"]]
    checked, wrong = 0, []
    for where, props in facts:
        for text, ref in zip(props["evidence"], props["spans"]):
            doc, start, end = schema.parse_span_ref(ref)
            raw, base, *views = originals[doc]
            assert 0 <= start < end <= len(raw), f"{where}: span {ref} outside the document"
            start, end = start - base, end - base   # the views of a page's part start at its offset
            # The normalised characters whose origin lies in [start, end), in the view the loader read.
            seen = []
            for v in views:
                a, b = bisect.bisect_left(v.origin, start, 0, len(v.text)), bisect.bisect_left(v.origin, end, 0, len(v.text))
                seen.append(v.text[a:b].strip())
            if text not in seen:
                wrong.append((where, ref, text, seen[0], raw[start:end]))
            checked += 1
    assert checked > 1000
    assert not wrong, f"{len(wrong)} of {checked} spans do not hold their evidence, e.g. {wrong[:3]}"


# Uniqueness of keys
def test_keys_are_unique_per_label(seeded):
    store = seeded.store
    if store.backend == "neo4j":
        res = store.run("SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties")
        unique = {row[2][0] for row in res.rows if row[0] in ("UNIQUENESS", "NODE_KEY") and row[1] == "NODE" and row[3] == ["key"]}
    else:
        unique = set()
        for label in (*schema.LABELS, schema.EXTRACTION):
            info = store.run(f"CALL table_info('{label}') RETURN name, `primary key`")
            if ["key", True] in info.rows:
                unique.add(label)
    assert unique >= {*schema.LABELS, schema.EXTRACTION}
    # And the store enforces it.
    key = seeded.report.documents[0].key
    with pytest.raises(StoreError):
        store.run("CREATE (:Document {key: $k})", {"k": key})
    assert store_counts(store)[schema.DOCUMENT] == SEED_DOCUMENTS


# A changed document replaces what its old version said
def _edit(text: str) -> str:
    """济南 row 14: 郑德雁 → 王京文; 济南 row 15 deleted; 淄博 row 6: 袁良 → 宋振波."""
    lines = text.split("\n")
    out, city = [], ""
    for line in lines:
        cells = line.split("\t")
        if len(cells) >= 5 and cells[0].strip():
            city = cells[0].strip()
        seq = cells[1].strip() if len(cells) >= 5 else ""
        if city == "济南市" and seq == "14":
            assert cells[-1].strip() == "郑德雁"
            line = line.rsplit("\t", 1)[0] + "\t王京文"
        elif city == "济南市" and seq == "15":
            continue
        elif city == "淄博市" and seq == "6":
            assert "袁" in cells[-1]
            line = line.rsplit("\t", 1)[0] + "\t宋振波"
        out.append(line)
    assert len(out) == len(lines) - 1
    return "\n".join(out)


def responsible(store, city: str, seq: str) -> set[str]:
    res = store.run(
        "MATCH (l:Leader)-[:RESPONSIBLE_FOR]->(t:Task) WHERE t.seq = $seq AND t.region ENDS WITH $city RETURN l.name",
        {"seq": seq, "city": city},
    )
    return {row[0] for row in res.rows}


def tasks_of(store, city: str, seq: str) -> list[str]:
    res = store.run("MATCH (t:Task) WHERE t.seq = $seq AND t.section = $city RETURN t.key", {"seq": seq, "city": city})
    return [row[0] for row in res.rows]


def test_changed_document_replaces_its_old_facts(any_store, tmp_path):
    store = any_store
    copy = tmp_path / "commitments.txt"
    shutil.copyfile(COMMITMENTS, copy)
    first = load([copy, NEWS], store)
    assert [d.status for d in first.documents] == ["new", "new"]
    old_key = first.documents[0].key
    assert responsible(store, "济南市", "14") == {"郑德雁"}
    assert responsible(store, "济南市", "15") == {"郑德雁"}
    assert "袁良" in node_names(store, schema.LEADER)
    held_before = dump_store(store)

    copy.write_text(_edit(COMMITMENTS.read_text(encoding="utf-8")), encoding="utf-8")

    # A dry run says what would change and leaves the store as it was.
    dry = load([copy], store, dry_run=True)
    assert dry.dry_run and dry.documents[0].status == "replaced"
    assert dry.diff.removed[schema.TASK] >= 1 and dry.diff.removed[schema.LEADER] == 1
    assert dump_store(store) == held_before

    second = load([copy], store)
    assert [d.status for d in second.documents] == ["replaced"]
    new_key = second.documents[0].key
    assert new_key != old_key

    # The new facts are there, the old ones are gone.
    assert responsible(store, "济南市", "14") == {"王京文"}
    assert responsible(store, "济南市", "15") == set()
    assert tasks_of(store, "济南市", "15") == []
    assert len(tasks_of(store, "济南市", "14")) == 1
    assert "袁良" not in node_names(store, schema.LEADER)
    assert responsible(store, "淄博市", "6") == {"宋振波"}

    # One Document per version in the store, the old version gone entirely.
    docs = store.run("MATCH (d:Document) RETURN d.key, d.source").rows
    assert sorted(k for k, _ in docs) == sorted([new_key, first.documents[1].key])
    assert [r.key for r in store.records()] == sorted([new_key, first.documents[1].key])
    held = dump_store(store)
    stale = [(lb, k) for lb, k, p in held["nodes"] if old_key in k or old_key in p["documents"]]
    stale += [(t, s, e) for t, s, e, p in held["relationships"] if old_key in p["documents"] or old_key in s + e]
    assert not stale, stale[:5]

    # Exactly what a fresh load of the new version (and the untouched news) gives.
    fresh = resolve(extract_all([copy, NEWS]))[0]
    assert without(held, "loadedAt", "source") == without(dump_graph(fresh), "loadedAt", "source")
    # The other document was not touched.
    news_before = [n for n in held_before["nodes"] if n[1] == first.documents[1].key]
    assert [n for n in held["nodes"] if n[1] == first.documents[1].key] == news_before


def test_loading_the_same_content_from_another_path_adds_nothing(any_store, tmp_path):
    store = any_store
    load([NEWS], store)
    before = dump_store(store)
    copy = tmp_path / "news-copy.txt"
    shutil.copyfile(NEWS, copy)
    again = load([copy], store)
    assert [d.status for d in again.documents] == ["unchanged"]
    assert again.diff.empty and dump_store(store) == before


def test_the_same_content_twice_in_one_load_is_one_document(any_store, tmp_path):
    store = any_store
    copy = tmp_path / "news-copy.txt"
    shutil.copyfile(NEWS, copy)
    report = load([NEWS, copy], store)
    assert [d.status for d in report.documents] == ["new", "unchanged"]
    assert report.documents[0].key == report.documents[1].key
    assert [r.source for r in store.records()] == [str(NEWS.resolve())]
    assert store_counts(store)[schema.DOCUMENT] == 1


def test_the_same_document_read_differently_replaces_what_it_said(any_store, monkeypatch):
    """After an upgrade of kg or an edit of the lexicon the same text can say more or less:
    loading it again must bring the store up to date, not keep the old reading."""
    from dataclasses import replace as copy_with
    import kg.pipeline
    store = any_store
    load([NEWS], store)
    before = store_counts(store)
    read = kg.pipeline.extract_file

    def reads_one_leader_less(path, lexicon=None, **settings):
        out = []
        for ex, outcome in read(path, lexicon, **settings):
            dropped = next(e for e in ex.entities if e.label == schema.LEADER)
            kept = tuple(e for e in ex.entities if e is not dropped)
            rels = tuple(r for r in ex.relations if dropped.key not in (r.source[1], r.target[1]))
            out.append((copy_with(ex, entities=kept, relations=rels), outcome))
        return out

    monkeypatch.setattr(kg.pipeline, "extract_file", reads_one_leader_less)
    again = load([NEWS], store)
    assert [d.status for d in again.documents] == ["replaced"]
    assert store_counts(store)[schema.LEADER] == before[schema.LEADER] - 1
    monkeypatch.setattr(kg.pipeline, "extract_file", read)
    restored = load([NEWS], store)
    assert [d.status for d in restored.documents] == ["replaced"] and store_counts(store) == before
    assert [d.status for d in load([NEWS], store).documents] == ["unchanged"]


# Dry run
def test_dry_run_on_a_fresh_store_writes_nothing(any_store, reference):
    store = any_store
    report = load([SEEDS], store, dry_run=True)
    assert report.dry_run
    assert report.diff.added == graph_counts(reference)
    assert report.graph.label_counts()[schema.DOCUMENT] == SEED_DOCUMENTS
    if isinstance(store, EmbeddedStore):
        assert not store.exists(), "a dry run created the database file"
        assert list(store.path.parent.iterdir()) == []
    else:
        assert store.run("MATCH (n) RETURN count(n)").rows == [[0]]
    assert store.records() == []


def test_dry_run_on_a_loaded_store_changes_nothing(seeded, tmp_path):
    store = seeded.store
    before = dump_store(store)
    report = load([SEEDS], store, dry_run=True, reject_log=tmp_path / "rejects.jsonl")
    assert report.diff.empty and [d.status for d in report.documents] == ["unchanged"] * SEED_DOCUMENTS
    assert dump_store(store) == before
    assert not (tmp_path / "rejects.jsonl").exists(), "a dry run wrote the reject log"


# One bad document never loses the others
def test_bad_documents_fail_alone(any_store, tmp_path):
    store = any_store
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    missing = tmp_path / "missing.txt"
    seen = []
    report = load([empty, NEWS, binary, missing], store, on_document=seen.append)
    assert [d.path for d in seen] == [str(empty), str(NEWS), str(binary), str(missing)]
    assert [d.status for d in report.documents] == ["failed", "new", "failed", "failed"]
    for d in report.failed:
        assert d.path in d.error and "\n" not in d.error and not d.key
    assert "empty" in report.documents[0].error and "binary" in report.documents[2].error
    assert "no such file" in report.documents[3].error
    assert [r.key for r in store.records()] == [report.documents[1].key]
    assert store_counts(store)[schema.DOCUMENT] == 1


@pytest.mark.neo4j
def test_neo4j_leaves_what_kg_does_not_own(neo4j_store, tmp_path):
    """A user's own nodes in the same database survive loads, replacements included."""
    store = neo4j_store
    store.driver.execute_query("CREATE (:Note {key: 'mine', text: 'kept'})-[:ABOUT]->(:Note {key: 'other'})")
    copy = tmp_path / "commitments.txt"
    shutil.copyfile(COMMITMENTS, copy)
    load([copy], store)
    copy.write_text(_edit(COMMITMENTS.read_text(encoding="utf-8")), encoding="utf-8")
    assert [d.status for d in load([copy], store).documents] == ["replaced"]
    res = store.run("MATCH (a:Note)-[:ABOUT]->(b:Note) RETURN a.key, a.text, b.key")
    assert res.rows == [["mine", "kept", "other"]]
