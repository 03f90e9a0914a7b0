"""Check the kind-and-place gold: each page opening's kind, level, region and title as annotated.

Each excerpt `<id>.txt` is the opening of a real government page or document, kept verbatim; `<id>.json` says
what kind of document it is (the layout gold's kinds, tests/gold/layouts/README.md), where it belongs (the region
that issued it or that the news is about, as a path of full names, "" for a national document or a page that
never says), and the title it states (verbatim, "" where it states none).

Run: python3 tests/gold/kinds/check_kinds.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"division_plan", "commitment_table", "action_plan", "progress_report", "news",
         "work_report", "generic"}
LEVELS = {"province", "city", "county", "town", "national", ""}
FIELDS = ("id", "province", "level", "source", "kind", "region", "title", "split", "note")


def check(path):
    errs = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    if not 200 <= len(text) <= 2500:
        errs.append(f"length {len(text)} outside 200-2500")
    for key in FIELDS:
        if key not in doc:
            errs.append(f"no field {key}")
    if doc.get("id") != path.stem:
        errs.append("id does not match file name")
    if doc.get("kind") not in KINDS:
        errs.append(f"bad kind {doc.get('kind')}")
    if doc.get("level") not in LEVELS:
        errs.append(f"bad level {doc.get('level')}")
    if doc.get("split") not in ("dev", "heldout"):
        errs.append("split must be dev or heldout")
    if doc.get("split") == "heldout" and not doc.get("blind"):
        errs.append("a held-out excerpt names its blind round")
    title = doc.get("title", "")
    if title and title.replace("\n", "") not in text.replace("\n", ""):
        errs.append(f"title not in text: {title[:40]}")
    region = doc.get("region", "")
    if region and (doc.get("level") == "national" or "//" in region or region.endswith("/")):
        errs.append(f"bad region {region}")
    return doc, errs


def main():
    bad, docs = 0, []
    for path in sorted(HERE.glob("*.json")):
        doc, errs = check(path)
        docs.append(doc)
        for e in errs:
            print(f"{path.name}: {e}")
        bad += len(errs)
    txts, jsons = {p.stem for p in HERE.glob("*.txt")}, {p.stem for p in HERE.glob("*.json")}
    for missing in sorted(txts ^ jsons):
        print(f"unpaired file: {missing}")
        bad += 1
    sources = [d.get("source") for d in docs]
    for s in sorted({s for s in sources if s and sources.count(s) > 1}):
        print(f"source used twice: {s}")
        bad += 1
    print(f"{len(docs)} excerpts, {len({d.get('province') for d in docs})} provinces, "
          f"{sum(d.get('split') == 'heldout' for d in docs)} held out")
    for k in sorted(KINDS):
        print(f"  {k:18s} dev {sum(d.get('kind') == k and d.get('split') == 'dev' for d in docs):3d}"
              f"  held out {sum(d.get('kind') == k and d.get('split') == 'heldout' for d in docs):3d}")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
