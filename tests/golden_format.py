"""The canonical, sorted form of an Extraction that golden files store and compare."""
from __future__ import annotations

from graph.model import Extraction


def canonical(ex: Extraction) -> dict:
    """Everything a loader asserts, evidence reduced to its text, sorted for stable diffs."""
    entities = sorted(
        (
            {
                "label": e.label, "key": e.key, "name": e.name, "aliases": sorted(e.aliases),
                "props": {k: v for k, v in sorted(e.props.items())},
            }
            for e in ex.entities
        ),
        key=lambda d: (d["label"], d["key"]),
    )
    relations = sorted(
        (
            {
                "type": r.type, "source": list(r.source), "target": list(r.target),
                "props": {k: v for k, v in sorted(r.props.items())},
                "evidence": sorted({ev.text for ev in r.evidence}),
            }
            for r in ex.relations
        ),
        key=lambda d: (d["type"], d["source"], d["target"]),
    )
    doc = {k: v for k, v in vars(ex.document).items() if k not in ("source", "sha256", "key")}
    issues = sorted(f"{i.code} line {i.line}: {i.message}" for i in ex.issues)
    return {"document": doc, "entities": entities, "relations": relations, "issues": issues}
