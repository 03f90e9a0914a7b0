"""The RDF export (`kg export --format turtle|jsonld`, docs/rdf.md).

The parsed output is read back with nothing but the documented contract (IRIs
<base><label>/<key>, kg: properties, kg:Statement reification, kg:Excerpt evidence) and
compared as sets with the KnowledgeGraph it came from; SPARQL runs on rdflib and on a
second, independent store (Oxigraph), which also checks the files are standard RDF.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV
from typer.testing import CliRunner

from graph import schema
from graph.errors import KgError
from graph.exports import FORMATS, rdf
from graph.exports import write as export
from graph.knowledge import KnowledgeGraph
from tests.support import unavailable

ROOT = Path(__file__).resolve().parent.parent
KG = Namespace("https://kg.example/vocab#")
SDO = Namespace("http://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")   # (rdflib's XSD warns when pytest inspects it)
BASE = "https://kg.example/id/"
LABEL_OF_SEGMENT = {label.lower(): label for label in schema.LABELS}
TYPE_OF_PREDICATE = {"responsibleFor": schema.RESPONSIBLE_FOR, "cooperatesWith": schema.COOPERATES_WITH,
                     "partOf": schema.PART_OF, "servesIn": schema.SERVES_IN, "concerns": schema.CONCERNS}
REFS = {"region": schema.REGION, "parent": schema.REGION, "document": schema.DOCUMENT,
        "documents": schema.DOCUMENT, "via": schema.TASK}


def oxigraph():
    try:
        import pyoxigraph
    except ImportError:
        unavailable("pyoxigraph is not installed (pip install -e '.[test]')", "RDF interoperability tests")
    return pyoxigraph


# --- Reading the export back, by the documented contract only ---------------------------

def key_of(iri, base: str = BASE) -> tuple[str, str]:
    """(label, key) of an entity IRI <base><label>/<key>."""
    assert str(iri).startswith(base), iri
    segment, _, path = str(iri)[len(base):].partition("/")
    return LABEL_OF_SEGMENT[segment], unquote(path)


def value(o, name: str, base: str):
    if name in REFS:
        label, key = key_of(o, base)
        assert label == REFS[name], (name, o)
        return key
    assert isinstance(o, Literal), (name, o)
    if o.datatype in (XSD.integer, XSD.boolean, XSD.double):
        return o.toPython()
    return str(o)


def facts(g: Graph, s, base: str) -> dict[str, set]:
    """The kg properties of a node or statement: {name: {values}}, evidence as {(text, span)}."""
    out: dict[str, set] = {}
    for p, o in g.predicate_objects(s):
        name = str(p)[len(str(KG)):] if str(p).startswith(str(KG)) else None
        if name is None or name in TYPE_OF_PREDICATE:
            continue
        if name == "evidence":
            out.setdefault(name, set()).add((str(g.value(o, KG.text)), str(g.value(o, KG.span))))
        else:
            out.setdefault(name, set()).add(value(o, name, base))
    return out


def read_back(g: Graph, base: str = BASE) -> tuple[dict, dict]:
    nodes = {}
    for label in schema.LABELS:
        for s in g.subjects(RDF.type, KG[label]):
            assert key_of(s, base)[0] == label
            nodes[key_of(s, base)] = facts(g, s, base)
    rels = {}
    for st in g.subjects(RDF.type, KG.Statement):
        (_, source), (_, target) = key_of(g.value(st, RDF.subject), base), key_of(g.value(st, RDF.object), base)
        rel_type = TYPE_OF_PREDICATE[str(g.value(st, RDF.predicate))[len(str(KG)):]]
        props = facts(g, st, base)
        ident = schema.rel_identity(rel_type, {k: next(iter(v)) for k, v in props.items() if len(v) == 1})
        assert (rel_type, source, target, ident) not in rels
        rels[(rel_type, source, target, ident)] = props
    return nodes, rels


def expected(props: dict) -> dict[str, set]:
    """A KnowledgeGraph record's properties as the export states them: unknowns left out."""
    out: dict[str, set] = {}
    for name, v in props.items():
        if name in ("evidence", "spans"):
            continue
        vals = {x for x in (v if isinstance(v, list) else [v]) if x is not None and x != "" and not (name == "year" and x == 0)}
        if vals:
            out[name] = vals
    if props.get("evidence"):
        out["evidence"] = set(zip(props["evidence"], props["spans"]))
    return out


def expected_graph(kg: KnowledgeGraph) -> tuple[dict, dict]:
    nodes = {(n.label, n.key): expected(n.props) for n in kg.nodes()}
    rels = {r.identity: expected(r.props) for r in kg.relations()}
    return nodes, rels


def assert_same_as(g: Graph, kg: KnowledgeGraph, base: str = BASE) -> None:
    got_nodes, got_rels = read_back(g, base)
    want_nodes, want_rels = expected_graph(kg)
    assert set(got_nodes) == set(want_nodes)
    for k in want_nodes:
        assert got_nodes[k] == want_nodes[k], k
    assert set(got_rels) == set(want_rels)
    for k in want_rels:
        assert got_rels[k] == want_rels[k], k
    # Every statement has its plain triple, and every plain triple its statement.
    plain = {(s, p, o) for p in (KG[n] for n in TYPE_OF_PREDICATE) for s, o in g.subject_objects(p)}
    stated = {(g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
              for st in g.subjects(RDF.type, KG.Statement)}
    assert plain == stated


# --- The seeds --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_rdf(seed_graph):
    """(turtle bytes, JSON-LD bytes, Turtle parsed, JSON-LD parsed) of the seeds, through the registry."""
    ttl, jsonld = export(seed_graph, "turtle"), export(seed_graph, "jsonld")
    return ttl, jsonld, Graph().parse(data=ttl, format="turtle"), Graph().parse(data=jsonld, format="json-ld")


def test_registry():
    assert (FORMATS["turtle"].extension, FORMATS["turtle"].module) == (".ttl", "rdf")
    assert (FORMATS["jsonld"].extension, FORMATS["jsonld"].module) == (".jsonld", "rdf_jsonld")
    assert FORMATS["turtle"].writer() is rdf.write and FORMATS["jsonld"].writer() is rdf.write_jsonld


def test_turtle_round_trip(seed_graph, seed_rdf):
    assert_same_as(seed_rdf[2], seed_graph)


def test_jsonld_round_trip(seed_graph, seed_rdf):
    assert_same_as(seed_rdf[3], seed_graph)


def test_the_serialisations_agree(seed_graph, seed_rdf):
    _, _, from_ttl, from_jsonld = seed_rdf
    assert len(from_ttl) > 10 * len(seed_graph)
    assert not any(isinstance(t, BNode) for triple in from_ttl for t in triple)   # so isomorphic = equal sets
    assert isomorphic(from_ttl, from_jsonld)
    assert set(from_ttl) == set(rdf.to_graph(seed_graph))


def test_output_is_sorted(seed_rdf):
    ttl, jsonld, _, _ = seed_rdf
    doc = json.loads(jsonld)
    ids = [n["@id"] for n in doc["@graph"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    for n in doc["@graph"]:
        assert list(n) == sorted(n)
        for v in n.values():
            if isinstance(v, list):
                assert v == sorted(v, key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
    assert doc["@context"] == rdf.jsonld_context()
    # Turtle: documents first, then regions … tasks, statements, excerpts; by IRI in each group.
    subjects = [line.split(">", 1)[0][1:] for line in ttl.decode().splitlines() if line.startswith("<")]
    groups = [s[len(BASE):].split("/", 1)[0] for s in subjects]
    order = ["document", "region", "leader", "department", "project", "strategy", "task", "statement", "document"]
    assert [g for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g] == order
    assert subjects[:14] == sorted(subjects[:14])
    # Chinese stays as it is (no \u escapes), in both files.
    assert "郑德雁".encode() in ttl and "郑德雁".encode() in jsonld and b"\\u90d1" not in jsonld


def test_literals_are_typed_and_tagged(seed_rdf):
    g = seed_rdf[2]

    def objects(name):
        objs = list(g.objects(None, KG[name]))
        assert objs, f"kg:{name} is never stated on the seeds"
        return objs

    for name in ("name", "aliases", "text", "deadline", "section", "title", "titles", "issuer", "number",
                 "congress", "speaker", "speakerTitle"):
        assert all(o.language == "zh" for o in objects(name)), name
    for name in ("key", "seq", "level", "kind", "role", "span", "sha256", "source", "encoding", "targets"):
        assert all(o.language is None and o.datatype in (None, XSD.string) for o in objects(name)), name
    for name in ("ordinal", "weight", "start", "end", "year"):
        assert all(o.datatype == XSD.integer for o in objects(name)), name
    assert all(o.datatype == XSD.boolean for o in objects("derived"))
    for name in ("deadlineDate", "date"):
        assert all(o.datatype == XSD.date for o in objects(name)), name
    assert all(o.datatype == XSD.dateTime for o in objects("loadedAt"))
    assert all(o.toPython() != 0 for o in objects("year"))   # 0 means unknown: not stated


def test_excerpts(seed_graph, seed_rdf):
    g = seed_rdf[2]
    spans = {s: t for rec in [*seed_graph.nodes(), *seed_graph.relations()]
             for t, s in zip(rec.props["evidence"], rec.props["spans"])}
    excerpts = set(g.subjects(RDF.type, KG.Excerpt))
    assert len(excerpts) == len(spans)
    for e in excerpts:
        span = str(g.value(e, KG.span))
        doc, start, end = schema.parse_span_ref(span)
        doc_iri = URIRef(f"{BASE}document/{doc}")
        assert str(e) == f"{doc_iri}#char={start},{end}"
        assert g.value(e, KG.text) == Literal(spans[span], lang="zh")
        assert (g.value(e, KG.start).toPython(), g.value(e, KG.end).toPython()) == (start, end)
        for p in (KG.document, SDO.isPartOf, PROV.wasQuotedFrom):
            assert g.value(e, p) == doc_iri
        assert (e, RDF.type, PROV.Entity) in g


def test_schema_org_and_prov_terms(seed_graph, seed_rdf):
    g = seed_rdf[2]
    departments = {n.key for n in seed_graph.nodes(schema.DEPARTMENT) if n.props["kind"] in ("government", "agency", "zone")}
    assert {key_of(s)[1] for s in g.subjects(RDF.type, SDO.GovernmentOrganization)} == departments
    assert {key_of(s)[1] for s in g.subjects(RDF.type, SDO.Person)} == {n.key for n in seed_graph.nodes(schema.LEADER)}
    leader = URIRef(f"{BASE}leader/山东省/济南市/郑德雁")
    name = Literal("郑德雁", lang="zh")
    assert {name} == set(g.objects(leader, SDO.name)) == set(g.objects(leader, RDFS.label)) == set(g.objects(leader, KG.name))
    assert {key_of(d)[1] for d in g.objects(leader, PROV.wasDerivedFrom)} == set(seed_graph.node("山东省/济南市/郑德雁").props["documents"])
    regions = {(n.key, n.props["parent"]) for n in seed_graph.nodes(schema.REGION) if n.props["parent"]}
    assert {(key_of(a)[1], key_of(b)[1]) for a, b in g.subject_objects(SDO.containedInPlace)} == regions


def test_vocabulary_defines_every_term_used(seed_rdf):
    path = ROOT / "graph" / "exports" / rdf.VOCABULARY_FILE
    text = path.read_bytes()
    assert text == rdf.vocabulary_turtle(), "stale: python -m graph.exports.rdf --vocabulary > " + str(path.relative_to(ROOT))
    vocab = Graph().parse(data=text, format="turtle")
    classes = set(vocab.subjects(RDF.type, OWL.Class))
    props = set(vocab.subjects(RDF.type, OWL.ObjectProperty)) | set(vocab.subjects(RDF.type, OWL.DatatypeProperty))
    g = seed_rdf[2]
    used_classes = {o for o in g.objects(None, RDF.type) if str(o).startswith(str(KG))}
    used_props = {p for p in g.predicates() if str(p).startswith(str(KG))} | set(g.objects(None, RDF.predicate))
    assert used_classes == {KG[label] for label in schema.LABELS} | {KG.Excerpt, KG.Statement}
    assert used_classes <= classes and used_props <= props
    assert all(vocab.value(t, RDFS.comment) for t in classes | props)
    # The export states what the vocabulary's subclass and subproperty axioms entail, so a
    # SPARQL user without a reasoner finds the same facts by the schema.org / PROV-O terms.
    for sub, sup in vocab.subject_objects(RDFS.subPropertyOf):
        triples = list(g.subject_objects(sub))
        assert triples, sub
        missing = [(s, o) for s, o in triples if (s, sup, o) not in g]
        assert not missing, (sub, sup, missing[:3])
    for sub, sup in vocab.subject_objects(RDFS.subClassOf):
        members = list(g.subjects(RDF.type, sub))
        assert members, sub
        assert all((m, RDF.type, sup) in g for m in members), (sub, sup)


ZHENG = """
PREFIX kg: <https://kg.example/vocab#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?task ?seq ?role ?evidence WHERE {
  ?leader a kg:Leader ; kg:name "郑德雁"@zh .
  ?st a kg:Statement ; rdf:subject ?leader ; rdf:predicate kg:responsibleFor ; rdf:object ?task ;
      kg:role ?role ; kg:evidence ?excerpt .
  ?task kg:key ?key ; kg:seq ?seq .
  ?excerpt kg:text ?evidence .
}
"""

# The same question for a schema.org / PROV-O user: where is the person 郑德雁 named?
ZHENG_DOCUMENTS = """
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?doc ?title WHERE {
  ?p a schema:Person ; schema:name "郑德雁"@zh ; prov:wasDerivedFrom ?doc .
  ?doc a schema:DigitalDocument ; schema:name ?title .
}
"""


def zheng_expected(kg: KnowledgeGraph) -> set:
    return {(r.target, kg.node(r.target).props["seq"], r.props["role"], ev)
            for r in kg.relations(schema.RESPONSIBLE_FOR) if kg.node(r.source).props["name"] == "郑德雁"
            for ev in r.props["evidence"]}


def test_sparql_on_rdflib(seed_graph, seed_rdf):
    g = seed_rdf[2]
    rows = {(key_of(r.task)[1], str(r.seq), str(r.role), str(r.evidence)) for r in g.query(ZHENG)}
    assert len(rows) == 11 and rows == zheng_expected(seed_graph)
    docs = {(key_of(r.doc)[1], str(r.title)) for r in g.query(ZHENG_DOCUMENTS)}
    want = {(d, seed_graph.node(d).props["name"]) for n in seed_graph.nodes(schema.LEADER) if n.props["name"] == "郑德雁"
            for d in n.props["documents"]}
    assert docs == want and docs


def test_loads_into_oxigraph(seed_graph, seed_rdf):
    """A second SPARQL store, with its own (strict) parsers, reads both files as rdflib does."""
    ox = oxigraph()
    ttl, jsonld, from_ttl, _ = seed_rdf
    dumps = []
    for data, fmt in ((ttl, ox.RdfFormat.TURTLE), (jsonld, ox.RdfFormat.JSON_LD)):
        store = ox.Store()
        store.load(data, format=fmt)
        assert len(store) == len(from_ttl)
        rows = {(key_of(r["task"].value)[1], r["seq"].value, r["role"].value, r["evidence"].value) for r in store.query(ZHENG)}
        assert rows == zheng_expected(seed_graph)
        dumps.append(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    assert set(dumps[0].splitlines()) == set(dumps[1].splitlines())
    assert set(Graph().parse(data=dumps[0], format="nt")) == set(from_ttl)


# --- A small graph of awkward strings ---------------------------------------------------

DOC = 'd:1 "q" <x>#a\\b'       # ":" too: a span is doc:start-end, split at the last ":"
REGION = '省 "A"/市 B'
LEADER = REGION + '/张\n三 #1'
DEPT = REGION + "/../部门 <x>"          # a ".." segment must survive IRI resolution
TASK = schema.task_key(DOC, "1 a/b")
EVIL = 'He said "hi"\n\tand \\ left \'\'\' """ \r\n\u2028 😀 end\\'


def prov(*texts: tuple[str, int, int]) -> dict:
    return {"documents": [DOC], "evidence": [t for t, _, _ in texts],
            "spans": [schema.span_ref(DOC, a, b) for _, a, b in texts]}


def tiny_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    ev1, ev2 = (EVIL, 0, 10), ('第二句 "引号" \\ 反斜杠', 10, 25)

    def node(label, key, name, **props):
        kg.add_node(label, key, {"key": key, "name": name, "aliases": [name, name + " ' alias"], **props, **prov(ev1)})

    node(schema.DOCUMENT, DOC, EVIL, title=EVIL, kind="plan", date="2021-1-5", loadedAt="2026-01-02T03:04:05+00:00",
         year=0, sha256="ab" * 32, source="a b/c#d.txt", targets=["产值|增长|>=|8|%"])
    node(schema.REGION, REGION, "市 B", level="city", parent="", region="")
    node(schema.LEADER, LEADER, "张\n三", region=REGION, titles=["市长", '副 "书记"'])
    node(schema.DEPARTMENT, DEPT, "部门 <x>", region=REGION, kind="agency")
    node(schema.DEPARTMENT, REGION + "/100%", "百分之百", region=REGION, kind="party", pagerank=0.25, betweenness=float("inf"))
    kg.add_node(schema.STRATEGY, "坏的 span", {"key": "坏的 span", "name": "坏", "aliases": [], "documents": [],
                                             "evidence": ["没有位置"], "spans": ["no place"]})
    node(schema.STRATEGY, ".", ".")
    node(schema.PROJECT, "a%2Fb?c", "项目", region="")
    node(schema.TASK, TASK, "任务", text=EVIL, seq="1 a/b", deadline="二月底", deadlineDate="2021-02-30",
         section="一、", document=DOC, region=REGION, ordinal=0, targets=[])
    kg.add_edge(schema.RESPONSIBLE_FOR, LEADER, TASK, {"role": schema.ROLE_LEAD, **prov(ev1, ev2)})
    kg.add_edge(schema.RESPONSIBLE_FOR, LEADER, TASK, {"role": schema.ROLE_SUPPORT, **prov(ev2)})
    kg.add_edge(schema.RESPONSIBLE_FOR, DEPT, TASK, {"role": schema.ROLE_SUPPORT, **prov(ev2)})
    kg.add_edge(schema.COOPERATES_WITH, DEPT, REGION + "/100%", {"weight": 2, "via": [TASK, DOC + "#2"], "derived": True, **prov(ev2)})
    kg.add_edge(schema.SERVES_IN, LEADER, REGION, {"title": "市长、书记", **prov(ev1)})
    kg.add_edge(schema.PART_OF, TASK, DOC, prov(ev1))
    kg.add_edge(schema.PART_OF, DEPT, REGION, prov(ev1))
    kg.add_edge(schema.CONCERNS, TASK, ".", prov(ev2))
    return kg


def read_tiny(data: bytes, fmt: str, base: str = BASE) -> Graph:
    g = Graph().parse(data=data, format=fmt)
    ox = oxigraph()
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.JSON_LD)
    nt = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    assert isomorphic(Graph().parse(data=nt, format="nt"), g), "Oxigraph reads another graph than rdflib"
    return g


@pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
def test_awkward_strings_round_trip(fmt):
    kg = tiny_graph()
    data = rdf.write(kg) if fmt == "turtle" else rdf.write_jsonld(kg)
    g = read_tiny(data, fmt)
    assert_same_as(g, kg)
    assert isomorphic(g, rdf.to_graph(kg))
    dept = URIRef(f"{BASE}department/{rdf.encode_path(DEPT)}")
    assert "/%2E%2E/" in str(dept) and (dept, RDF.type, KG.Department) in g
    assert (URIRef(f"{BASE}strategy/%2E"), RDF.type, KG.Strategy) in g
    task = next(g.subjects(RDF.type, KG.Task))
    assert g.value(task, KG.text) == Literal(EVIL, lang="zh")
    # Invalid dates stay strings; the unknown year is left out; a float is an xsd:double.
    assert g.value(task, KG.deadlineDate) == Literal("2021-02-30")
    doc = next(g.subjects(RDF.type, KG.Document))
    assert g.value(doc, KG.date) == Literal("2021-1-5") and g.value(doc, KG.year) is None
    assert g.value(doc, KG.loadedAt).datatype == XSD.dateTime
    assert {o.datatype for o in g.objects(None, KG.pagerank)} == {XSD.double}


def test_awkward_strings_agree_in_oxigraph():
    """Oxigraph keeps lexical forms (0.25 is not 2.5E-1): the two files must still give one graph."""
    ox = oxigraph()
    kg, dumps = tiny_graph(), []
    for data, fmt in ((rdf.write(kg), ox.RdfFormat.TURTLE), (rdf.write_jsonld(kg), ox.RdfFormat.JSON_LD)):
        store = ox.Store()
        store.load(data, format=fmt)
        dumps.append(set(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode().splitlines()))
    assert dumps[0] == dumps[1]
    # Doubles are spelled out in JSON-LD: a JSON number would be 2.5E-1 to a JSON-LD 1.1 reader, NaN no JSON.
    doubles = [n[k] for n in json.loads(rdf.write_jsonld(kg))["@graph"] for k in ("kg:pagerank", "kg:betweenness") if k in n]
    assert sorted(doubles, key=str) == [{"@type": "xsd:double", "@value": "0.25"}, {"@type": "xsd:double", "@value": "INF"}]
    assert any('"0.25"^^<http://www.w3.org/2001/XMLSchema#double>' in line for line in dumps[0])
    assert any('"INF"^^<http://www.w3.org/2001/XMLSchema#double>' in line for line in dumps[0])
    assert any(line.startswith(f"<{BASE}excerpt/no%20place>") for line in dumps[0])   # a span kg can't parse: kept


def test_iris_are_reversible_and_valid():
    for key in [LEADER, DEPT, TASK, DOC, ".", "..", "a//b", "", "100%", "%2F", "sp ace", "<>\"{}|^`\\", "\x00\x7f", "😀/é"]:
        path = rdf.encode_path(key)
        assert unquote(path) == key
        assert not set(path) & set(' <>"{}|^`\\#?%') - {"%"} and all(ord(c) > 0x20 for c in path)
        assert "." not in path.split("/") and ".." not in path.split("/")
        seg = rdf.encode_segment(key)
        assert "/" not in seg and unquote(seg) == key


def test_same_bytes_in_another_process():
    kg = tiny_graph()
    code = ("import sys; from graph.exports import rdf; from tests.test_export_rdf import tiny_graph; "
            "sys.stdout.buffer.write(rdf.write(tiny_graph()) + rdf.write_jsonld(tiny_graph()))")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    env.pop(rdf.BASE_ENV, None)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, check=True).stdout
    assert out == rdf.write(kg) + rdf.write_jsonld(kg)


def test_another_base(monkeypatch):
    kg = tiny_graph()
    base = "urn:example:kg:"
    monkeypatch.setenv(rdf.BASE_ENV, base)
    for data, fmt in ((rdf.write(kg), "turtle"), (rdf.write_jsonld(kg), "json-ld")):
        g = read_tiny(data, fmt, base)
        assert_same_as(g, kg, base)
        assert not any(str(t).startswith(BASE) for triple in g for t in triple)


@pytest.mark.parametrize("base", ["kg.example/id/", "https://kg.example/id", "https://kg.example/id#", "https://kg example/", ""])
def test_bad_base_is_one_line(monkeypatch, base):
    monkeypatch.setenv(rdf.BASE_ENV, base)
    if base == "":    # empty: the default
        assert rdf.default_base() == BASE
        return
    with pytest.raises(KgError) as e:
        rdf.write(tiny_graph())
    assert "base IRI" in str(e.value) and "\n" not in str(e.value)


def test_provenance_out_of_step_is_one_line():
    kg = tiny_graph()
    kg.add_node(schema.STRATEGY, "坏", {"key": "坏", "name": "坏", "aliases": ["坏"], "documents": [DOC],
                                       "evidence": ["a", "b"], "spans": [schema.span_ref(DOC, 0, 1)]})
    with pytest.raises(KgError, match="2 evidence items but 1 spans") as e:
        rdf.write(kg)
    assert "\n" not in str(e.value)


# --- The command ------------------------------------------------------------------------

# 郑德雁's rows in the 济南 part of the commitments table, read off the seed by hand (as in test_cli).
ZHENG_SEQS = {"2", "3", "4", "8", "10", "12", "14", "15", "18", "19", "20"}


def test_kg_export_turtle_and_jsonld(tmp_path):
    from kg.cli import app
    cli = CliRunner(env={"KG_BACKEND": None, "NEO4J_URI": None, "KG_LEXICON_DIR": None, rdf.BASE_ENV: None,
                         "KG_DB": str(tmp_path / "kg.lbdb")})
    loaded = cli.invoke(app, ["load", str(ROOT / "seeds" / "shandong-2021-16-cities-commitments.txt")])
    assert loaded.exit_code == 0, loaded.output
    graphs = []
    for fmt, ext, parse_as in (("turtle", "ttl", "turtle"), ("jsonld", "jsonld", "json-ld")):
        out = tmp_path / f"kg.{ext}"
        result = cli.invoke(app, ["export", "--all", "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        graphs.append(Graph().parse(out, format=parse_as))
    assert isomorphic(*graphs)
    rows = list(graphs[0].query(ZHENG))
    assert {str(r.seq) for r in rows} == ZHENG_SEQS
    assert {str(r.role) for r in rows} == {schema.ROLE_RESPONSIBLE}
    assert all("郑德雁" in str(r.evidence).replace(" ", "") for r in rows)
