"""Export formats of a KnowledgeGraph (or a selection of it), in one registry.

Each format is a module in this package with a writer `write(kg) -> bytes | dict[str, bytes]`:
bytes for a single file (or standard output), a mapping of relative file names to bytes
for formats that are a set of files (written into a directory). Modules are imported only
when their format is used, so optional dependencies cost nothing until then.

`kg export --help` lists FORMATS; docs/exports.md describes each one.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Union

if TYPE_CHECKING:      # `kg --help` lists the formats without importing networkx
    from ..knowledge import KnowledgeGraph

Output = Union[bytes, dict[str, bytes]]


@dataclass(frozen=True)
class Format:
    name: str
    summary: str          # one line, for --help and docs
    extension: str        # of the file written (empty: a directory of files)
    module: str           # graph.exports.<module>, with a `write(kg) -> Output`
    text: bool = True     # can go to standard output
    terminal: bool = True  # worth printing to a terminal (kg export refuses the others without -o)

    def writer(self) -> Callable[[KnowledgeGraph], Output]:
        return importlib.import_module(f"{__name__}.{self.module}").write


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("json", "node-link JSON (networkx; docs/export-json.md)", ".json", "node_link"),
    Format("cytoscape", "Cytoscape.js JSON for Cytoscape desktop, Cytoscape.js, networkx (docs/exports.md)", ".cyjs", "cytoscape"),
    Format("graphml", "GraphML for Gephi, yEd, networkx; lists as JSON text (docs/exports.md)", ".graphml", "graphml"),
    Format("gexf", "GEXF 1.2 for Gephi; lists as JSON text (docs/exports.md)", ".gexf", "gexf"),
    Format("csv", "CSV files + import.sh for neo4j-admin database import (a directory; docs/exports.md)", "", "neo4j_csv", text=False),
    Format("cypher", "Cypher script for cypher-shell: constraints, then idempotent MERGE batches (docs/exports.md)", ".cypher", "cypher_script"),
    Format("turtle", "RDF Turtle, kg vocabulary mapped to schema.org and PROV-O (rdflib; docs/rdf.md)", ".ttl", "rdf"),
    Format("jsonld", "RDF JSON-LD, same graph as turtle (rdflib; docs/rdf.md)", ".jsonld", "rdf_jsonld"),
    Format("html", "one self-contained page: zoom, search, click for properties and evidence; offline (docs/exports.md)", ".html", "html_page", terminal=False),
    Format("svg", "static drawing for papers: coloured by label, with a legend (docs/exports.md)", ".svg", "svg", terminal=False),
)}


def write(kg: KnowledgeGraph, fmt: str) -> Output:
    return FORMATS[fmt].writer()(kg)
