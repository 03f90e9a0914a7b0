"""The `jsonld` format: the RDF export (graph/exports/rdf.py, docs/rdf.md) as JSON-LD."""
from __future__ import annotations

from .rdf import write_jsonld as write

__all__ = ["write"]
