"""RDF export: the `turtle` format (this module's `write`) and the `jsonld` format
(`write_jsonld`, registered through `rdf_jsonld`), built with rdflib. docs/rdf.md is the
contract; graph/exports/kg-vocabulary.ttl is the vocabulary, generated from the tables here
(`python -m graph.exports.rdf --vocabulary > graph/exports/kg-vocabulary.ttl`).

The shape, in short:
- every node is `<base><label>/<key>` (see `node_iri`), typed with its kg class and the
  schema.org / PROV-O classes that class is a subclass of;
- every property `p` of docs/schema.md is `kg:p`; where the vocabulary makes `kg:p` a
  subproperty of a schema.org / PROV-O / RDFS term, the same value is stated with that
  term too, so SPARQL without a reasoner finds it either way;
- every relationship is the plain triple (`leader kg:responsibleFor task`) and a
  `kg:Statement` (an `rdf:Statement`: rdf:subject/predicate/object) carrying its
  properties and provenance;
- provenance: `kg:documents` (and `prov:wasDerivedFrom`) the Document nodes, and
  `kg:evidence` one `kg:Excerpt` per evidence item: `<document IRI>#char=start,end`
  (RFC 5147) with the sentence (`kg:text`, @zh), `kg:span`, `kg:start`, `kg:end`.

Empty strings and lists, and a `year` of 0, are not stated (they mean "unknown").
Chinese text is tagged @zh; numbers are xsd:integer, dates xsd:date / xsd:dateTime when
they are valid ISO (otherwise the string as it is). The base of the entity IRIs is
https://kg.example/id/, replaceable with KG_RDF_BASE.
"""
from __future__ import annotations

import io
import json
import math
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable

from rdflib import RDF, RDFS, OWL, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, NamespaceManager
from rdflib.plugins.serializers.turtle import TurtleSerializer

from .. import schema
from ..errors import ExportError
from ..knowledge import KnowledgeGraph
from .rdf_iris import (  # noqa: F401  (this module's API too)
    BASE_ENV, DEFAULT_BASE, check_base, default_base, encode_path, encode_segment, excerpt_iri, label_segment, node_iri,
    parse_span, statement_iri)

KG = Namespace("https://kg.example/vocab#")
SCHEMA = Namespace("http://schema.org/")
VOCABULARY_IRI = URIRef("https://kg.example/vocab")
PREFIXES = {"kg": KG, "schema": SCHEMA, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD}


# --- The vocabulary ---------------------------------------------------------------------

@dataclass(frozen=True)
class ClassTerm:
    name: str
    comment: str
    supers: tuple[URIRef, ...] = ()


@dataclass(frozen=True)
class PropertyTerm:
    name: str
    kind: str                 # value kind, see _literal / VALUE_KINDS
    comment: str
    supers: tuple[URIRef, ...] = ()
    target: str = ""          # for kind "ref": the label of the node its values are keys of


# How a value is written. "zh": Chinese text, a literal tagged @zh; "string": a plain
# (xsd:string) literal: codes, keys, paths, hashes, kg notations; "int", "float", "bool":
# xsd:integer / xsd:double / xsd:boolean; "date", "dateTime": typed when valid ISO,
# otherwise the string as it is; "ref": a key of a `target` node, written as its IRI.
VALUE_KINDS = ("zh", "string", "int", "float", "bool", "date", "dateTime", "ref")

EXCERPT = "Excerpt"
STATEMENT = "Statement"

CLASSES: dict[str, ClassTerm] = {c.name: c for c in (
    ClassTerm(schema.REGION, "An administrative region (province, city, district, county, town); key: the path of names from the province down.",
              (SCHEMA.AdministrativeArea,)),
    ClassTerm(schema.LEADER, "A named official; key: region key + name (the same name in another region is another person).",
              (SCHEMA.Person,)),
    ClassTerm(schema.DEPARTMENT, "A government department, party body, zone, company or collective unit; key: region key + canonical name. "
              "Those of kind government, agency and zone are also typed schema:GovernmentOrganization.",
              (SCHEMA.Organization,)),
    ClassTerm(schema.PROJECT, "A named project, zone or initiative; key: canonical name (region-qualified when found by pattern).",
              (SCHEMA.Project,)),
    ClassTerm(schema.STRATEGY, "A named strategy or programme (乡村振兴, 一带一路); key: canonical name."),
    ClassTerm(schema.TASK, "One task of a division-of-work plan or commitment table; key: document key + '#' + seq."),
    ClassTerm(schema.DOCUMENT, "A source document; key: the first 16 hex digits of the SHA-256 of its bytes.",
              (SCHEMA.DigitalDocument, PROV.Entity)),
    ClassTerm(EXCERPT, "One evidence item: a character range of a document (IRI: the document's with the RFC 5147 fragment #char=start,end) "
              "and its normalised text; kg:document, schema:isPartOf and prov:wasQuotedFrom name the document.",
              (PROV.Entity,)),
    ClassTerm(STATEMENT, "A relationship of the graph, reified: rdf:subject, rdf:predicate, rdf:object, its properties and its provenance.",
              (RDF.Statement, PROV.Entity)),
)}

GOVERNMENT_KINDS = ("government", "agency", "zone")   # Department kinds that are schema:GovernmentOrganization

PROPERTIES: dict[str, PropertyTerm] = {p.name: p for p in (
    # Every node
    PropertyTerm("key", "string", "The kg key of the node (unique per label); the IRI is made from it."),
    PropertyTerm("name", "zh", "Display name.", (SCHEMA.name, RDFS.label)),
    PropertyTerm("aliases", "zh", "Every surface form seen (includes the name).", (SCHEMA.alternateName,)),
    # Provenance, on nodes and statements
    PropertyTerm("documents", "ref", "A document the fact comes from.", (PROV.wasDerivedFrom,), schema.DOCUMENT),
    PropertyTerm("evidence", "excerpt", "An excerpt (sentence or table row) that proves the fact."),
    # Excerpts
    PropertyTerm("span", "string", "The excerpt as kg writes a span: documentKey:start-end."),
    PropertyTerm("start", "int", "Start of the excerpt: character offset into the document's original decoded text."),
    PropertyTerm("end", "int", "End of the excerpt (exclusive): character offset into the document's original decoded text."),
    # Node properties (docs/schema.md)
    PropertyTerm("region", "ref", "The region the node belongs to.", (), schema.REGION),
    PropertyTerm("parent", "ref", "The region this region is directly part of.", (SCHEMA.containedInPlace,), schema.REGION),
    PropertyTerm("level", "string", "Region level: province, city, district, county, county-level city, town."),
    PropertyTerm("titles", "zh", "A title the leader holds.", (SCHEMA.jobTitle,)),
    PropertyTerm("kind", "string", "Department kind (agency, party, government, zone, company, collective) or document kind."),
    PropertyTerm("text", "zh", "The text: of a task, or of an excerpt (normalised)."),
    PropertyTerm("seq", "string", "The task's number as written in its document."),
    PropertyTerm("deadline", "zh", "The task's deadline as written."),
    PropertyTerm("deadlineDate", "date", "The task's deadline as a date, when it is one (12月底 -> 2021-12-31)."),
    PropertyTerm("section", "zh", "The section of the document the task is in."),
    PropertyTerm("status", "zh", "How the task stands, where a progress report says (已完成…, 主体结构已封顶)."),
    PropertyTerm("document", "ref", "The document a task or an excerpt is part of.", (SCHEMA.isPartOf,), schema.DOCUMENT),
    PropertyTerm("ordinal", "int", "Position of the task in its document."),
    PropertyTerm("targets", "string", "A numeric target, indicator|verb|comparator|value|unit."),
    PropertyTerm("title", "zh", "A document's title; on a SERVES_IN statement, the title the leader serves under."),
    PropertyTerm("issuer", "zh", "The body that issued the document."),
    PropertyTerm("number", "zh", "The document number (聊政发〔2021〕1号)."),
    PropertyTerm("date", "date", "The document's date."),
    PropertyTerm("sha256", "string", "SHA-256 of the document's bytes (hex)."),
    PropertyTerm("source", "string", "The path the document was read from (FILE#N: the N-th report of a page)."),
    PropertyTerm("encoding", "string", "The document's text encoding."),
    PropertyTerm("loadedAt", "dateTime", "When the document was loaded."),
    PropertyTerm("year", "int", "The year a report covers."),
    PropertyTerm("congress", "zh", "The congress session a report was delivered to."),
    PropertyTerm("speaker", "zh", "Who delivered the report."),
    PropertyTerm("speakerTitle", "zh", "The speaker's title."),
    # Relationship properties (on statements)
    PropertyTerm("role", "string", "RESPONSIBLE_FOR role: lead, support or responsible."),
    PropertyTerm("weight", "int", "COOPERATES_WITH: the number of shared tasks."),
    PropertyTerm("via", "ref", "COOPERATES_WITH: a shared task it is derived from.", (), schema.TASK),
    PropertyTerm("derived", "bool", "COOPERATES_WITH: true when computed from shared tasks."),
)}

# Relationship types: the property of the plain triple.
RELATIONSHIPS: dict[str, PropertyTerm] = {
    schema.RESPONSIBLE_FOR: PropertyTerm("responsibleFor", "ref", "Leader/Department -> Task/Project: responsible for it (role on the statement)."),
    schema.COOPERATES_WITH: PropertyTerm("cooperatesWith", "ref", "Department/Leader/Region pairs sharing tasks; symmetric, stated once per pair, from the smaller key."),
    schema.PART_OF: PropertyTerm("partOf", "ref", "Region->Region, Department->Region, Task->Document, Project->Strategy, Strategy->Strategy, Project->Project.",
                                 (SCHEMA.isPartOf,)),
    schema.SERVES_IN: PropertyTerm("servesIn", "ref", "Leader -> Region the leader serves in (title on the statement).", (SCHEMA.workLocation,)),
    schema.CONCERNS: PropertyTerm("concerns", "ref", "Task or Document -> Project/Strategy its text names.", (SCHEMA.about,)),
}

# Properties a value of 0 means "unknown" for (docs/export-json.md: 0 when unknown).
ZERO_UNKNOWN = ("year",)
PROVENANCE_PROPS = ("documents", "evidence", "spans")


def vocabulary() -> Graph:
    """The kg vocabulary: classes, properties, and their schema.org / PROV-O / RDFS super-terms."""
    g = _new_graph()
    g.add((VOCABULARY_IRI, RDF.type, OWL.Ontology))
    g.add((VOCABULARY_IRI, RDFS.label, Literal("kg vocabulary", lang="en")))
    g.add((VOCABULARY_IRI, RDFS.comment, Literal(
        "Classes and properties of kg's knowledge graph of Chinese government documents (docs/rdf.md). "
        "Terms with an exact schema.org / PROV-O / RDFS counterpart are subproperties or subclasses of it, "
        "and the export states both.", lang="en")))
    for c in CLASSES.values():
        iri = KG[c.name]
        g.add((iri, RDF.type, OWL.Class))
        g.add((iri, RDFS.label, Literal(c.name, lang="en")))
        g.add((iri, RDFS.comment, Literal(c.comment, lang="en")))
        g.add((iri, RDFS.isDefinedBy, VOCABULARY_IRI))
        for s in c.supers:
            g.add((iri, RDFS.subClassOf, s))
    ranges = {"zh": RDF.langString, "string": XSD.string, "int": XSD.integer, "float": XSD.double,
              "bool": XSD.boolean, "date": RDFS.Literal, "dateTime": RDFS.Literal}
    for p in [*PROPERTIES.values(), *RELATIONSHIPS.values()]:
        iri = KG[p.name]
        object_valued = p.kind in ("ref", "excerpt")
        g.add((iri, RDF.type, OWL.ObjectProperty if object_valued else OWL.DatatypeProperty))
        g.add((iri, RDFS.label, Literal(p.name, lang="en")))
        g.add((iri, RDFS.comment, Literal(p.comment, lang="en")))
        g.add((iri, RDFS.isDefinedBy, VOCABULARY_IRI))
        if p.kind == "excerpt":
            g.add((iri, RDFS.range, KG[EXCERPT]))
        elif p.kind == "ref" and p.target:
            g.add((iri, RDFS.range, KG[p.target]))
        elif p.kind in ranges:
            g.add((iri, RDFS.range, ranges[p.kind]))
        for s in p.supers:
            g.add((iri, RDFS.subPropertyOf, s))
    g.add((KG[RELATIONSHIPS[schema.COOPERATES_WITH].name], RDF.type, OWL.SymmetricProperty))
    return g


# --- Values -----------------------------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def _valid(text: str, pattern: re.Pattern, parse) -> bool:
    if not pattern.fullmatch(text):
        return False
    try:
        parse(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _literal(kind: str, value: Any) -> Literal:
    if kind == "zh":
        return Literal(str(value), lang="zh")
    if kind == "date" and isinstance(value, str) and _valid(value, _DATE, date.fromisoformat):
        return Literal(value, datatype=XSD.date, normalize=False)
    if kind == "dateTime" and isinstance(value, str) and _valid(value, _DATETIME, datetime.fromisoformat):
        return Literal(value, datatype=XSD.dateTime, normalize=False)
    return _typed(value)


def _typed(value: Any) -> Literal:
    """A value by its Python type: bool, int, float typed; anything else a plain string."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=XSD.boolean, normalize=False)
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer, normalize=False)
    if isinstance(value, float):
        return Literal(_double(value), datatype=XSD.double, normalize=False)
    return Literal(str(value))


def _values(value: Any) -> list:
    items = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
    return [v for v in items if v is not None and v != ""]


# --- The graph --------------------------------------------------------------------------

def _new_graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


class _Builder:
    """Collects the triples of a KnowledgeGraph (a set: rdflib's store is slow to add to)."""

    def __init__(self, base: str):
        self.base = base
        self.triples: set[tuple] = set()
        self.excerpts: dict[str, tuple[str, URIRef]] = {}    # span -> (text, IRI)

    def add(self, s: URIRef, p: URIRef, o, supers: Iterable[URIRef] = ()) -> None:
        self.triples.add((s, p, o))
        for sp in supers:
            self.triples.add((s, sp, o))

    def node_iri(self, label: str, key: str) -> URIRef:
        return node_iri(self.base, label, key)

    def prop(self, s: URIRef, name: str, value: Any) -> None:
        term = PROPERTIES.get(name)
        for v in _values(value):
            if term is None:      # a property the vocabulary doesn't know yet: kept, typed by its value
                self.add(s, KG[encode_segment(name)], _typed(v))
            elif term.kind == "ref":
                self.add(s, KG[name], self.node_iri(term.target, str(v)), term.supers)
            elif name in ZERO_UNKNOWN and v == 0:
                continue
            else:
                self.add(s, KG[name], _literal(term.kind, v), term.supers)

    def provenance(self, s: URIRef, props: dict, owner: str) -> None:
        self.prop(s, "documents", props.get("documents") or [])
        evidence, spans = list(props.get("evidence") or []), list(props.get("spans") or [])
        if len(evidence) != len(spans):
            raise ExportError(f"cannot write {owner} as RDF: {len(evidence)} evidence items but {len(spans)} spans")
        for text, span in zip(evidence, spans):
            self.add(s, KG.evidence, self.excerpt(str(text), str(span), owner))

    def excerpt(self, text: str, span: str, owner: str) -> URIRef:
        if span in self.excerpts:
            seen, e = self.excerpts[span]
            if seen != text:
                raise ExportError(f"cannot write {owner} as RDF: span {span} has two texts ({seen[:30]!r}…, {text[:30]!r}…)")
            return e
        e = excerpt_iri(self.base, span)
        self.excerpts[span] = (text, e)
        for c in (KG[EXCERPT], *CLASSES[EXCERPT].supers):
            self.add(e, RDF.type, c)
        self.add(e, KG.text, Literal(text, lang="zh"))
        self.add(e, KG.span, Literal(span))
        parsed = parse_span(span)
        if parsed is not None:
            doc, start, end = parsed
            d = self.node_iri(schema.DOCUMENT, doc)
            self.add(e, KG.document, d, PROPERTIES["document"].supers)
            self.add(e, PROV.wasQuotedFrom, d)
            self.add(e, KG.start, _typed(start))
            self.add(e, KG.end, _typed(end))
        return e

    def node(self, label: str, key: str, props: dict) -> None:
        s = self.node_iri(label, key)
        cls = CLASSES.get(label)
        self.add(s, RDF.type, KG[label] if cls else KG[encode_segment(label)])
        for c in cls.supers if cls else ():
            self.add(s, RDF.type, c)
        if label == schema.DEPARTMENT and props.get("kind") in GOVERNMENT_KINDS:
            self.add(s, RDF.type, SCHEMA.GovernmentOrganization)
        self.prop(s, "key", key)
        for name in sorted(props):
            if name not in ("key", *PROVENANCE_PROPS):
                self.prop(s, name, props[name])
        self.provenance(s, props, f"{label} {key}")

    def relation(self, rel) -> None:
        term = RELATIONSHIPS.get(rel.type)
        p = KG[term.name] if term else KG[encode_segment(rel.type)]
        s, o = self.node_iri(rel.source_label, rel.source), self.node_iri(rel.target_label, rel.target)
        self.add(s, p, o, term.supers if term else ())
        st = statement_iri(self.base, rel.type, rel.source, rel.target, schema.rel_identity(rel.type, rel.props))
        for c in (KG[STATEMENT], *CLASSES[STATEMENT].supers):
            self.add(st, RDF.type, c)
        self.add(st, RDF.subject, s)
        self.add(st, RDF.predicate, p)
        self.add(st, RDF.object, o)
        for name in sorted(rel.props):
            if name not in PROVENANCE_PROPS:
                self.prop(st, name, rel.props[name])
        self.provenance(st, rel.props, f"{rel.type} {rel.source} -> {rel.target}")


def to_graph(kg: KnowledgeGraph, base: str | None = None) -> Graph:
    """The knowledge graph as an rdflib Graph (entity IRIs under `base`, default: KG_RDF_BASE or DEFAULT_BASE)."""
    b = _Builder(check_base(base) if base is not None else default_base())
    for n in kg.nodes():
        b.node(n.label, n.key, n.props)
    for r in kg.relations():
        b.relation(r)
    g = _new_graph()
    g.addN((s, p, o, g) for s, p, o in b.triples)
    return g


# --- Serialisations ---------------------------------------------------------------------

class _Prefixes(NamespaceManager):
    """Prefixed names for the vocabularies only: entity IRIs are written whole (their keys
    hold "/", which a prefixed name can't), and rdflib's search for a prefix of each of
    them takes tens of seconds on a graph the size of the seeds'."""

    vocabularies = tuple(str(ns) for ns in PREFIXES.values())

    def __init__(self, graph: Graph):
        super().__init__(graph, bind_namespaces="none")
        for prefix, ns in PREFIXES.items():
            self.bind(prefix, ns, override=True, replace=True)

    def compute_qname(self, uri: str, generate: bool = True) -> tuple[str, URIRef, str]:
        if not str(uri).startswith(self.vocabularies):
            raise ValueError(f"{uri} is written whole")
        return super().compute_qname(uri, generate)


class _Turtle(TurtleSerializer):
    """rdflib's Turtle writer with the subjects grouped by class (documents first, then the
    actors, tasks, statements, excerpts; vocabulary terms by kind), sorted by IRI in each."""
    topClasses = [OWL.Ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                  *(KG[c] for c in (schema.DOCUMENT, schema.REGION, schema.LEADER, schema.DEPARTMENT,
                                    schema.PROJECT, schema.STRATEGY, schema.TASK, STATEMENT, EXCERPT))]


def turtle(g: Graph) -> bytes:
    """Turtle 1.1, UTF-8; subjects, their properties and values sorted."""
    g.namespace_manager = _Prefixes(g)
    out = io.BytesIO()
    _Turtle(g).serialize(out, encoding="utf-8")
    data = out.getvalue()
    return data if data.endswith(b"\n") else data + b"\n"


def write(kg: KnowledgeGraph) -> bytes:
    """The `turtle` format: Turtle 1.1, UTF-8, subjects and their properties sorted."""
    return turtle(to_graph(kg))


def jsonld_context() -> dict:
    """The JSON-LD @context: prefixes, Chinese by default ("@language": "zh"), a term per kg
    property (bare name -> kg:name) with its value type, and terms for the IRI-valued
    standard properties the export uses."""
    ctx: dict[str, Any] = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    ctx["@language"] = "zh"
    for p in [*PROPERTIES.values(), *RELATIONSHIPS.values()]:
        dfn: dict[str, Any] = {"@id": f"kg:{p.name}"}
        if p.kind in ("ref", "excerpt"):
            dfn["@type"] = "@id"
        elif p.kind in ("string",):
            dfn["@language"] = None
        elif p.kind in ("date", "dateTime"):
            dfn["@type"] = f"xsd:{p.kind}"
        ctx[p.name] = dfn
    for name, iri in (("wasDerivedFrom", PROV.wasDerivedFrom), ("wasQuotedFrom", PROV.wasQuotedFrom),
                      ("isPartOf", SCHEMA.isPartOf), ("containedInPlace", SCHEMA.containedInPlace),
                      ("workLocation", SCHEMA.workLocation), ("about", SCHEMA.about),
                      ("subject", RDF.subject), ("predicate", RDF.predicate), ("object", RDF.object)):
        ctx[name] = {"@id": _curie(iri), "@type": "@id"}
    return ctx


def _curie(iri: URIRef) -> str:
    for prefix, ns in PREFIXES.items():
        if str(iri).startswith(str(ns)):
            return f"{prefix}:{str(iri)[len(str(ns)):]}"
    return str(iri)


def _double(value: float) -> str:
    """xsd:double's lexical form, as _typed writes it."""
    return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF") if math.isinf(value) else repr(value)


def _sort_json(value: Any) -> Any:
    """Arrays in JSON-LD (outside @list) are sets: sort them, and each node's, for a stable file.
    rdflib writes an xsd:double as a JSON number, which a JSON-LD reader turns into another
    lexical form (2.5E-1 for 0.25), or none (NaN): spell them out."""
    if isinstance(value, float):
        return {"@type": "xsd:double", "@value": _double(value)}
    if isinstance(value, dict):
        return {k: _sort_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sort_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def jsonld(g: Graph) -> bytes:
    ctx = jsonld_context()
    doc = json.loads(g.serialize(format="json-ld", context=ctx, use_native_types=True, auto_compact=False))
    if "@graph" not in doc:   # one node (or none) comes out without @graph
        doc = {"@context": doc.pop("@context", ctx), "@graph": [doc] if doc else []}
    doc["@graph"] = sorted((_sort_json(n) for n in doc["@graph"]), key=lambda n: n.get("@id", ""))
    doc["@context"] = ctx
    text = json.dumps({"@context": doc["@context"], "@graph": doc["@graph"]}, ensure_ascii=False, indent=1, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_jsonld(kg: KnowledgeGraph) -> bytes:
    """The `jsonld` format: JSON-LD 1.1 (1.0-compatible), a @context and a flat @graph sorted by @id."""
    return jsonld(to_graph(kg))


VOCABULARY_FILE = "kg-vocabulary.ttl"   # beside this module
VOCABULARY_HEADER = (
    "# The kg vocabulary (docs/rdf.md). Generated from graph/exports/rdf.py: do not edit; run\n"
    "#   python -m graph.exports.rdf --vocabulary > graph/exports/kg-vocabulary.ttl\n\n"
)


def vocabulary_turtle() -> bytes:
    """The text of kg-vocabulary.ttl."""
    return VOCABULARY_HEADER.encode("utf-8") + turtle(vocabulary())


def main(argv: list[str]) -> int:
    if argv == ["--vocabulary"]:
        sys.stdout.buffer.write(vocabulary_turtle())
        return 0
    print("usage: python -m graph.exports.rdf --vocabulary > graph/exports/kg-vocabulary.ttl", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
