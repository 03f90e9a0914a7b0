"""How well kg reads prose, against the hand-annotated gold, beside a jieba baseline in the same run.

    python bench/extraction_quality.py            # the table (micro-averaged over the gold documents)
    python bench/extraction_quality.py --per-doc  # and one row per document
    python bench/extraction_quality.py --json     # the figures as JSON
    python bench/extraction_quality.py --provinces-only   # only the provincial initiative sample

Provincial sample (issue 12): initiative precision and recall on the hand-annotated excerpts of
other provinces' 2026 work reports (tests/gold/initiatives_provinces.json), dev and held-out
apart; see `provincial_initiatives` at the end of this file.

kg: `kg.pipeline.extract_all` on the seed files the gold covers, in this process.
Each gold document (tests/gold/documents.json) is matched to the Extraction whose
part of the file holds the gold anchor: parts come from kg's own split
(`loaders.registry.split`), a part's span is [base, base + len(raw)) in the file's
decoded text, and a one-document file is one part.

Baseline: jieba's part-of-speech tagger (`jieba.posseg`) with jieba's default
dictionary only (a fresh Tokenizer, so a user dictionary kg may load into jieba's
global one does not reach it), run on the same parts' normalised text (kg's
reading layer: width folding, OCR line breaks and stray spaces removed). It takes
  - every distinct word tagged `nr`, of two characters or more, as an official;
  - every distinct word tagged `nt` or `nz`, of two characters or more, as an
    initiative (untyped: it cannot tell a Project from a Strategy).
`ns` words are places; they are not taken as initiatives (nearly all are plain
place names such as 青岛市 or 城市, so they would only add false positives).
The baseline gives no titles, types, PART_OF or metadata: those cells print "-".

Matching rules are in bench/quality.py; the table prints the counts beside each ratio.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.quality import (  # noqa: E402
    METADATA_FIELDS, Counts, GoldDocument, Named, Pair, assign, field_correct, jieba_tagger, load_gold, locate,
    match_entities, match_pairs, names, norm, official_facts, recall_of, set_counts, total,
)
from graph import schema  # noqa: E402
from graph.model import Extraction  # noqa: E402

SYSTEMS = ("kg", "baseline")
INITIATIVE_LABELS = (schema.PROJECT, schema.STRATEGY)

# metric id → its label in the table
METRICS = {
    "officials": "officials (document, name)",
    "officials_with_title": "officials with title (doc, name, title)",
    "initiatives_all": "initiatives, all (Project + Strategy)",
    "initiatives_exhaustive": "  in the exhaustively annotated documents",
    "initiatives_core": "initiatives, core tier (recall)",
    "initiatives_project": "  Project",
    "initiatives_strategy": "  Strategy",
    "initiative_part_of": "initiative PART_OF (child → parent)",
    "region_part_of": "region PART_OF (report's region chain)",
}


@dataclass
class DocPrediction:
    """What one system said about one document. None: the system does not produce it."""

    officials: dict[str, set[str]] = field(default_factory=dict)     # normalised name → titles
    initiatives: list[Named] = field(default_factory=list)
    titles: bool = True                                              # does it give titles?
    typed: bool = True                                               # does it type initiatives?
    pairs: list[Pair] | None = None
    regions: set[tuple[str, str]] | None = None
    metadata: dict[str, object] | None = None


# ---------------------------------------------------------------- kg

def kg_prediction(ex: Extraction) -> DocPrediction:
    entities: dict[tuple[str, str], object] = {}
    for e in ex.entities:
        entities.setdefault(e.ref, e)

    def names_of(ref: tuple[str, str]) -> frozenset[str]:
        e = entities.get(ref)
        return names(e.name, e.aliases) if e is not None else names(ref[1])

    officials: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.label == schema.LEADER and norm(e.name):
            titles = e.props.get("titles") or []
            officials.setdefault(norm(e.name), set()).update([titles] if isinstance(titles, str) else titles)
    for r in ex.relations:
        if r.type == schema.SERVES_IN and r.source[0] == schema.LEADER and r.props.get("title") \
                and not _group_title(r.props["title"]):
            leader = entities.get(r.source)
            name = norm(leader.name) if leader is not None else norm(r.source[1].rsplit("/", 1)[-1])
            officials.setdefault(name, set()).add(r.props["title"])

    initiatives, seen = [], set()
    for e in ex.entities:
        if e.label in INITIATIVE_LABELS and e.ref not in seen:
            seen.add(e.ref)
            initiatives.append(Named(e.label, names_of(e.ref)))
    pairs = [(names_of(r.source), names_of(r.target)) for r in ex.relations
             if r.type == schema.PART_OF and r.source[0] in INITIATIVE_LABELS and r.target[0] in INITIATIVE_LABELS]

    doc_props = _document_props(ex)
    region_key = ex.document.region or str(doc_props.get("region") or "")
    return DocPrediction(officials, initiatives, True, True, pairs, _region_chain(ex, region_key, entities),
                         _metadata(ex, doc_props, region_key, entities))


def _group_title(title: str) -> bool:
    """A collective description (市领导, loaders/data/titles.tsv kind `group`) that kg keeps on SERVES_IN for
    the people listed under it: it is nobody's personal title, which is what the gold's titles are."""
    from loaders.recognisers.officials import titles_table
    t = titles_table().by_text.get(title)
    return t is not None and t.kind == "group"


def _document_props(ex: Extraction) -> dict:
    docs = [e for e in ex.entities if e.label == schema.DOCUMENT]
    own = [e for e in docs if e.key == ex.document.key]
    return dict((own or docs)[0].props) if docs else {}


def _find_region(region_key: str, entities: dict):
    """The Region entity a document's region value names: by key, else by name."""
    if not region_key:
        return None
    if (schema.REGION, region_key) in entities:
        return entities[(schema.REGION, region_key)]
    last = norm(region_key.rsplit("/", 1)[-1])
    return next((e for (label, _), e in entities.items() if label == schema.REGION and norm(e.name) == last), None)


def _region_chain(ex: Extraction, region_key: str, entities: dict) -> set[tuple[str, str]]:
    """(child, parent) names along PART_OF from the report's region upwards (Region → Region only)."""
    start = _find_region(region_key, entities)
    if start is None:
        return set()
    parents: dict[str, list[str]] = {}
    for r in ex.relations:
        if r.type == schema.PART_OF and r.source[0] == schema.REGION and r.target[0] == schema.REGION:
            parents.setdefault(r.source[1], []).append(r.target[1])

    def name(key: str) -> str:
        e = entities.get((schema.REGION, key))
        return norm(e.name if e is not None else key.rsplit("/", 1)[-1])

    edges, todo, done = set(), [start.key], set()
    while todo:
        key = todo.pop()
        if key in done:
            continue
        done.add(key)
        for parent in parents.get(key, []):
            edges.add((name(key), name(parent)))
            todo.append(parent)
    return edges


def _metadata(ex: Extraction, props: dict, region_key: str, entities: dict) -> dict[str, object]:
    region = _find_region(region_key, entities)
    congress = props.get("congressSession") or props.get("congress_session")
    if not congress:
        congress = str(props.get("congress") or "")
        session = str(props.get("session") or "")
        if session and session not in congress:
            congress += session
    return {
        "region": region_key,
        "level": props.get("level") or (region.props.get("level") if region is not None else ""),
        "year": props.get("year"),
        "date": ex.document.date or props.get("date"),
        "congress_session": congress,
        "speaker": props.get("speaker"),
        "speaker_title": props.get("speakerTitle") or props.get("speaker_title"),
    }


# ---------------------------------------------------------------- baseline

def baseline_prediction(text: str) -> DocPrediction:
    officials: dict[str, set[str]] = {}
    candidates: dict[str, None] = {}
    for w in jieba_tagger().cut(text):
        word = norm(w.word)
        if len(word) < 2:
            continue
        if w.flag == "nr":
            officials.setdefault(word, set())
        elif w.flag in ("nt", "nz"):
            candidates[word] = None
    return DocPrediction(officials, [Named("", frozenset([c])) for c in candidates], titles=False, typed=False)


# ---------------------------------------------------------------- running

def _rel(path) -> str:
    p = Path(str(path))
    try:
        return str(p.resolve().relative_to(ROOT))
    except ValueError:
        return str(p)


def predictions(gold: list[GoldDocument], seeds: Path, errors: list[str] | None = None
                ) -> tuple[dict[str, dict[str, DocPrediction]], dict[str, str]]:
    """system → gold document id → prediction; and gold document → the part it was matched to.
    kg's extraction errors are appended to `errors`."""
    errors = [] if errors is None else errors
    from kg.pipeline import extract_all
    from loaders.registry import split
    from loaders.reading.source import read_path

    files = list(dict.fromkeys(seeds / d.file for d in gold))
    spans, anchors, texts = {}, {}, {}
    for path in files:
        whole = read_path(path)
        parts, _ = split(whole)
        for part in parts:
            spans[part.source] = (str(path), part.base, part.base + len(part.raw))
            texts[part.source] = part.clean.text
    for d in gold:
        anchors[d.id] = (str(seeds / d.file), locate(read_path(seeds / d.file).raw, d.anchor))
    matched = assign(spans, anchors)

    kg_by_source = {}
    for path in files:   # a loader that crashes loses its file's documents (reported), not the run
        try:
            kg_by_source.update((ex.document.source, kg_prediction(ex)) for ex in extract_all([path]))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{_rel(path)}: {type(e).__name__}: {e}")
    out: dict[str, dict[str, DocPrediction]] = {"kg": {}, "baseline": {}}
    for doc_id, source in matched.items():
        if source in kg_by_source:
            out["kg"][doc_id] = kg_by_source[source]
        out["baseline"][doc_id] = baseline_prediction(texts[source])
    return out, matched


# What a system says about a document it did not produce (what it can say, all empty).
NOTHING = {
    "kg": lambda: DocPrediction(pairs=[], regions=set(), metadata={}),
    "baseline": lambda: DocPrediction(titles=False, typed=False),
}


def evaluate_document(d: GoldDocument, p: DocPrediction | None, system: str) -> dict:
    """Counts per metric (None where the system does not produce it) and metadata hits."""
    found = p is not None
    p = p or NOTHING[system]()
    gold_all = d.named()
    all_counts, per_pred, per_gold = match_entities(p.initiatives, gold_all)
    row: dict = {
        "officials": set_counts(set(p.officials), {norm(n) for n in d.officials}),
        "officials_with_title": set_counts(official_facts(p.officials), d.title_facts()) if p.titles else None,
        "initiatives_all": all_counts,
        "initiatives_exhaustive": all_counts if d.exhaustive else Counts(0, 0, 0, 0),
        "initiatives_core": recall_of(p.initiatives, d.named(tier="core")),
    }
    for label in INITIATIVE_LABELS:
        gold_t = d.named(type=label)
        row[f"initiatives_{label.lower()}"] = (
            match_entities([x for x in p.initiatives if x.type == label], gold_t)[0] if p.typed
            else recall_of(p.initiatives, gold_t))
    row["initiative_part_of"] = match_pairs(p.pairs, d.pairs()) if p.pairs is not None else None
    row["region_part_of"] = set_counts(p.regions, d.region_edges()) if p.regions is not None else None
    row["metadata"] = None if p.metadata is None else {
        f: found and field_correct(f, p.metadata.get(f), d.meta[f]) for f in METADATA_FIELDS}
    row["diagnostics"] = {
        "matched": found,
        "official_negatives_hit": sorted(n for n in p.officials if n in d.official_negatives),
        "initiative_negatives_hit": sorted(min(x.names) for x in p.initiatives if not x.names.isdisjoint(d.initiative_negatives)),
        "predictions_matching_several_gold": sum(1 for k in per_pred if k > 1),
        "gold_matched_by_several_predictions": sum(1 for k in per_gold if k > 1),
    }
    return row


RECALL_ONLY = {("kg", "initiatives_core"), ("baseline", "initiatives_core"),
               ("baseline", "initiatives_project"), ("baseline", "initiatives_strategy")}


def figures(system: str, metric: str, c: Counts | None) -> dict | None:
    if c is None:
        return None
    p, r, f = c.prf()
    recall_only = (system, metric) in RECALL_ONLY
    return {"p": None if recall_only else round(p, 4), "r": round(r, 4), "f1": None if recall_only else round(f, 4),
            "predicted": None if recall_only else c.predicted, "correct": None if recall_only else c.correct,
            "found": c.found, "gold": c.gold}


def run(seeds: str | Path = ROOT / "seeds", gold_dir: str | Path = ROOT / "tests" / "gold") -> dict:
    """Every figure the table shows, as plain JSON-able data."""
    gold = load_gold(gold_dir)
    errors: list[str] = []
    preds, matched = predictions(gold, Path(seeds), errors)
    rows = {s: {d.id: evaluate_document(d, preds[s].get(d.id), s) for d in gold} for s in SYSTEMS}

    metrics = {}
    for m in METRICS:
        entry = {"gold": None}
        for s in SYSTEMS:
            counts = [rows[s][d.id][m] for d in gold]
            c = None if any(x is None for x in counts) else total(counts)
            entry[s] = figures(s, m, c)
            if c is not None:
                entry["gold"] = c.gold
        metrics[m] = entry

    metadata = {}
    for f in METADATA_FIELDS:
        stated = [bool(str(d.meta[f] or "").strip()) for d in gold]
        entry = {"documents": len(gold), "stated": sum(stated)}
        for s in SYSTEMS:
            hits = [rows[s][d.id]["metadata"] for d in gold]
            if any(h is None for h in hits):
                entry[s] = None
                continue
            k = sum(1 for h in hits if h[f])
            ks = sum(1 for h, st in zip(hits, stated) if st and h[f])
            entry[s] = {"accuracy": round(k / len(gold), 4), "correct": k,
                        "stated_accuracy": round(ks / sum(stated), 4) if any(stated) else 0.0, "stated_correct": ks}
        metadata[f] = entry

    per_doc = {}
    for d in gold:
        per_doc[d.id] = {}
        for s in SYSTEMS:
            row = rows[s][d.id]
            per_doc[d.id][s] = {
                **{m: figures(s, m, row[m]) for m in METRICS},
                "metadata": None if row["metadata"] is None else {f: bool(v) for f, v in row["metadata"].items()},
                "diagnostics": row["diagnostics"],
            }

    diagnostics = {}
    for s in SYSTEMS:
        ds = [rows[s][d.id]["diagnostics"] for d in gold]
        diagnostics[s] = {
            "unmatched_documents": [d.id for d, x in zip(gold, ds) if not x["matched"]],
            "official_negatives_hit": sum(len(x["official_negatives_hit"]) for x in ds),
            "initiative_negatives_hit": sum(len(x["initiative_negatives_hit"]) for x in ds),
            "predictions_matching_several_gold": sum(x["predictions_matching_several_gold"] for x in ds),
            "gold_matched_by_several_predictions": sum(x["gold_matched_by_several_predictions"] for x in ds),
        }

    inits = [g for d in gold for g in d.initiatives]
    return {
        "date": date.today().isoformat(),
        "gold": {
            "documents": len(gold),
            "officials": sum(len(d.officials) for d in gold),
            "official_title_facts": sum(len(d.title_facts()) for d in gold),
            "initiatives": len(inits),
            "initiatives_core": sum(1 for g in inits if g["tier"] == "core"),
            "projects": sum(1 for g in inits if g["type"] == schema.PROJECT),
            "strategies": sum(1 for g in inits if g["type"] == schema.STRATEGY),
            "initiative_part_of": sum(len(d.pairs()) for d in gold),
            "region_part_of": sum(len(d.region_edges()) for d in gold),
        },
        "systems": list(SYSTEMS),
        "baseline": "jieba.posseg, default dictionary, on kg's normalised text: nr (>= 2 chars) → official; nt, nz (>= 2 chars) → initiative (untyped)",
        "matched_parts": {doc_id: _rel(src.partition("#")[0]) + "".join(src.partition("#")[1:]) for doc_id, src in matched.items()},
        "kg_errors": errors,
        "metrics": metrics,
        "metadata": metadata,
        "diagnostics": diagnostics,
        "per_doc": per_doc,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-doc", action="store_true", help="also print one row per gold document")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    ap.add_argument("--seeds", default=str(ROOT / "seeds"), help="folder holding the gold's seed files")
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"), help="folder holding the gold JSON files")
    ap.add_argument("--provinces-only", action="store_true", help="only the provincial initiative sample (issue 12)")
    args = ap.parse_args(argv)
    from bench.initiatives_provinces import PROVINCES_GOLD, provinces_table, provincial_initiatives
    provinces = provincial_initiatives(Path(args.gold) / PROVINCES_GOLD)
    if args.provinces_only:
        print(json.dumps(provinces, ensure_ascii=False, indent=1) if args.json else provinces_table(provinces, args.per_doc))
        return 0
    result = run(args.seeds, args.gold)
    from bench.extraction_tables import table
    from bench import placement   # where the corpus's reports are placed and who gave them
    placed = placement.run()
    if args.json:
        if not args.per_doc:
            result = {k: v for k, v in result.items() if k != "per_doc"}
        result["provinces"] = provinces
        result["placement"] = placed
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(table(result, per_doc=args.per_doc))
        print()
        print(provinces_table(provinces, args.per_doc))
        print()
        print(placement.table(placed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
