"""The provincial initiative sample (issue 12): kg's initiatives against tests/gold/initiatives_provinces.json.

Printed by bench/extraction_quality.py beside the seed gold (`--provinces-only` for this part alone).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extraction_quality import INITIATIVE_LABELS, _rel, figures  # noqa: E402
from bench.quality import Named, match_entities, names, total  # noqa: E402
from graph import schema  # noqa: E402

# Initiatives in excerpts of other provinces' 2026 work reports, annotated by hand before any tuning
# (tests/gold/README.md, "Provincial sample"). kg reads each excerpt as a document of its province
# (loaders.recognisers.initiatives.extract with the province as region); every Project and Strategy it gives is a
# prediction, matched to the gold by any name (bench/quality.py's names_match). The held-out excerpts
# are printed as totals only: they are not for tuning.

PROVINCES_GOLD = "initiatives_provinces.json"
SPLITS = ("dev", "heldout")


def provincial_initiatives(path: str | Path = ROOT / "tests" / "gold" / PROVINCES_GOLD) -> dict:
    """Precision and recall per excerpt and per split (dev, heldout), typed and untyped."""
    from loaders.recognisers.initiatives import extract
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.reading.source import from_bytes

    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    lex = default_lexicon()
    per_doc, by_split = {}, {s: {"all": [], "typed": []} for s in SPLITS}
    for d in gold:          # a blind round is also measured on its own (annotated by someone who never ran kg)
        groups = [d["split"]] + ([f"heldout, blind round {d['blind']}"] if d.get("blind") else [])
        if d["split"] == "dev":     # rounds measured once blind, then moved to dev, are also shown apart
            groups.append("dev, once blind" if d.get("was_blind") else "dev, never blind")
        for group in groups[1:]:
            by_split.setdefault(group, {"all": [], "typed": []})
        doc = from_bytes(d["text"].encode("utf-8"), f"{d['id']}.txt")
        entities, _rels, _issues = extract(doc, doc.clean, lex, schema.region_key(d["region"]))
        pred = [Named(e.label, names(e.name, e.aliases)) for e in entities if e.label in INITIATIVE_LABELS]
        want = [Named(g["type"], names(g["canonical"], g["aliases"])) for g in d["initiatives"]]
        c, per_pred, per_gold = match_entities(pred, want)
        typed, _, _ = match_entities(pred, want, typed=True)
        for group in groups:
            by_split[group]["all"].append(c)
            by_split[group]["typed"].append(typed)
        row = {"split": d["split"], "all": figures("kg", "initiatives_all", c), "typed": figures("kg", "initiatives_all", typed)}
        if d["split"] == "dev":      # what is missed and what is wrong, for development only
            row["false_positives"] = sorted(min(p.names) for p, k in zip(pred, per_pred) if not k)
            row["false_negatives"] = [g["canonical"] for g, k in zip(d["initiatives"], per_gold) if not k]
        per_doc[d["id"]] = row
    splits = {}
    for s, cs in by_split.items():
        splits[s] = {"documents": len(cs["all"]), "all": figures("kg", "initiatives_all", total(cs["all"])),
                     "typed": figures("kg", "initiatives_all", total(cs["typed"]))}
    return {"gold": str(_rel(path)), "splits": splits, "per_doc": per_doc}


def provinces_table(result: dict, per_doc: bool = False) -> str:
    lines = [f"Initiatives of other provinces vs {result['gold']} (hand-annotated excerpts of 2026 provincial work reports;",
             "a prediction is right when one of its names is a gold entry's; 'typed' also needs Project/Strategy right)",
             f"{'split':24} {'docs':>4}   {'P':>5} {'R':>5} {'F1':>5} {'pred':>5} {'ok':>5} {'found':>5} {'gold':>5}"
             f"   {'typed P':>7} {'typed R':>7}"]
    for s, e in result["splits"].items():
        a, t = e["all"], e["typed"]
        lines.append(f"{s:24} {e['documents']:>4}   {a['p']:.2f} {a['r']:.2f} {a['f1']:.2f} {a['predicted']:>5} {a['correct']:>5} "
                     f"{a['found']:>5} {a['gold']:>5}   {t['p']:>7.2f} {t['r']:>7.2f}")
    if per_doc:
        for doc_id, row in result["per_doc"].items():
            if row["split"] != "dev":
                continue        # held-out excerpts: totals only
            a = row["all"]
            lines.append(f"  {doc_id:20} {row['split']:8} P {a['correct']}/{a['predicted']} {a['p']:.2f}  R {a['found']}/{a['gold']} {a['r']:.2f}")
            for fp in row.get("false_positives", []):
                lines.append(f"      FP {fp}")
            for fn in row.get("false_negatives", []):
                lines.append(f"      FN {fn}")
    return "\n".join(lines)
