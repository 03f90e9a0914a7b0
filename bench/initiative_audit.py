"""Precision audit of initiative extraction on the 2026 provincial work reports (ini21).

    PYTHONPATH=. python bench/initiative_audit.py --draw      # print a fresh seeded sample (TSV) to stdout
    PYTHONPATH=. python bench/initiative_audit.py             # re-run the judged sample in bench/data/

The sample is 200 Project/Strategy entities drawn with random.Random(21) from everything kg predicts over the 31
reports in the corpus folder, each with its first evidence sentence. The judged file (bench/data/initiative_audit_2026.tsv)
holds a verdict per row: ok (right), name (wrong name) or type (right name, wrong label). Re-running reports which
sampled entities kg still predicts with the same name and label, and the precision among them.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders import registry  # noqa: E402
from loaders.reading.source import read_path  # noqa: E402
from loaders.recognisers.lexicon import default_lexicon  # noqa: E402

CORPUS = Path("/work/shared/corpus/documents/work-reports/provincial-2026")
JUDGED = Path(__file__).resolve().parent / "data" / "initiative_audit_2026.tsv"
LABELS = ("Project", "Strategy")


def predict(folder: Path = CORPUS) -> list[tuple[str, str, str, str]]:
    """Every (province, label, name, sentence) kg predicts, in file order."""
    lex = default_lexicon()
    out = []
    for path in sorted(folder.glob("*.txt")):
        doc = read_path(path)
        ext = registry.detect(doc).parse(doc, lex)
        prov = path.stem.split("-")[0]
        for e in ext.entities:
            if e.label in LABELS:
                text = e.evidence[0].text if e.evidence else ""
                out.append((prov, e.label, e.name, " ".join(text.split())))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", action="store_true")
    ap.add_argument("--list", action="store_true", help="print the sampled rows kg no longer predicts")
    a = ap.parse_args()
    pred = predict()
    if a.draw:
        sample = random.Random(21).sample(pred, 200)
        w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        w.writerow(["province", "label", "name", "verdict", "note", "sentence"])
        for prov, label, name, sent in sample:
            w.writerow([prov, label, name, "", "", sent])
        return
    now = {(p, l, n) for p, l, n, _ in pred}
    named = {(p, n) for p, l, n, _ in pred}
    with JUDGED.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    before = sum(r["verdict"] == "ok" for r in rows)
    kept = [r for r in rows if (r["province"], r["label"], r["name"]) in now]
    # a right name relabelled counts as a type error; a wrong type fixed counts as right
    right = 0
    for r in rows:
        k = (r["province"], r["name"])
        if k not in named:
            continue
        same = (r["province"], r["label"], r["name"]) in now
        if (r["verdict"] == "ok" and same) or (r["verdict"] == "type" and not same):
            right += 1
    still = sum(1 for r in rows if (r["province"], r["name"]) in named)
    lost_ok = [r for r in rows if r["verdict"] == "ok" and (r["province"], r["name"]) not in named]
    print(f"sample {len(rows)}: before P {before / len(rows):.3f} ({before}/{len(rows)})")
    print(f"now: {still} still predicted, P {right / max(still, 1):.3f} ({right}/{still}); "
          f"right ones lost {len(lost_ok)}; kept with same label {len(kept)}")
    kinds: dict[str, int] = {}
    for r in rows:
        same = (r["province"], r["label"], r["name"]) in now
        if r["verdict"] == "name" and (r["province"], r["name"]) in named or r["verdict"] == "type" and same:
            kinds[r["note"].split(":")[0]] = kinds.get(r["note"].split(":")[0], 0) + 1
    print("errors left by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    if a.list:
        for r in lost_ok:
            print("LOST", r["province"], r["label"], r["name"])


if __name__ == "__main__":
    main()
