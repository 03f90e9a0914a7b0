"""Precision audit of initiative extraction on the 2026 provincial work reports (ini21).

    PYTHONPATH=. python bench/initiative_audit.py --draw      # print a fresh seeded sample (TSV) to stdout
    PYTHONPATH=. python bench/initiative_audit.py             # re-run the judged sample in bench/data/

The sample is 200 Project/Strategy entities drawn with random.Random(21) from everything kg predicts over the 31
reports in the corpus folder, each with its first evidence sentence. The judged file (bench/data/initiative_audit_2026.tsv)
holds a verdict per row: ok (right), name (wrong name) or type (right name, wrong label), with the right name where the
judge could write it (right_name) and the kind of error (note). Re-running counts a row right when kg still predicts it
as judged right, now gives a wrongly typed one the other label, or now predicts its right_name; wrong when kg still
predicts a wrong one; and leaves out rows kg no longer predicts at all (printing how many of those were right).
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
    status = {"right": [], "wrong": [], "gone": []}
    for r in rows:
        key, same = (r["province"], r["name"]), (r["province"], r["label"], r["name"]) in now
        if r["verdict"] == "ok" and same or r["verdict"] == "type" and key in named and not same \
                or r["right_name"] and (r["province"], r["right_name"]) in named:
            status["right"].append(r)       # kept, relabelled right, or now named right (right_name)
        elif key in named:
            status["wrong"].append(r)       # still predicted as judged wrong (or a right one relabelled)
        else:
            status["gone"].append(r)
    right, wrong = len(status["right"]), len(status["wrong"])
    print(f"sample {len(rows)}: before P {before / len(rows):.3f} ({before}/{len(rows)})")
    print(f"now: P {right / max(right + wrong, 1):.3f} ({right}/{right + wrong}); no longer predicted {len(status['gone'])} "
          f"(of them judged right: {sum(r['verdict'] == 'ok' for r in status['gone'])})")
    kinds: dict[str, int] = {}
    for r in status["wrong"]:
        k = r["note"].split(":")[0] or "relabelled"
        kinds[k] = kinds.get(k, 0) + 1
    print("errors left by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    if a.list:
        for r in status["gone"]:
            print("GONE", r["verdict"], r["province"], r["label"], r["name"])
        for r in status["wrong"]:
            print("WRONG", r["province"], r["label"], r["name"], "|", r["note"])

if __name__ == "__main__":
    main()
