"""Check the layout gold: every annotated string occurs verbatim in its excerpt.

Run: python3 tests/gold/layouts/check_layouts.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
LAYOUTS = {"numbering", "bracket-labelled", "bracket-unlabelled", "bare-list", "field-lines",
           "leader-headers", "table-pipe", "table-tab", "table-flattened", "table-merged",
           "commitments", "progress", "action-plan", "news", "chronicle", "traditional"}
KINDS = {"division_plan", "commitment_table", "action_plan", "progress_report", "news",
         "work_report", "generic"}
LEVELS = {"province", "city", "county", "town", "national"}
ROLES = {"lead", "support", "responsible"}


def check(path):
    errs = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    txt_path = path.with_suffix(".txt")
    text = txt_path.read_text(encoding="utf-8")
    n = len(text)
    if not 300 <= n <= 2500:
        errs.append(f"length {n} outside 300-2500")
    if doc["id"] != path.stem:
        errs.append("id does not match file name")
    if doc["level"] not in LEVELS:
        errs.append(f"bad level {doc['level']}")
    if doc["kind"] not in KINDS:
        errs.append(f"bad kind {doc['kind']}")
    if doc.get("split") not in ("dev", "heldout"):
        errs.append("split must be dev or heldout")
    for code in doc["layouts"]:
        if code not in LAYOUTS:
            errs.append(f"bad layout code {code}")
    if doc["convention"] and doc["convention"] not in text:
        errs.append(f"convention not in text: {doc['convention']}")
    for i, t in enumerate(doc["tasks"]):
        for key in ("seq", "text", "deadline"):
            if t[key] and t[key] not in text:
                errs.append(f"task {i} {key} not in text: {t[key][:40]}")
        if not t["text"]:
            errs.append(f"task {i} has no text")
        if t.get("status") and t["status"] not in text:
            errs.append(f"task {i} status not in text: {t['status'][:40]}")
        for r in t["responsible"]:
            if r["name"] not in text:
                errs.append(f"task {i} name not in text: {r['name']}")
            if r["type"] not in ("Leader", "Department"):
                errs.append(f"task {i} bad type {r['type']}")
            if r["role"] not in ROLES:
                errs.append(f"task {i} bad role {r['role']}")
    for o in doc["officials"]:
        if o["name"] not in text:
            errs.append(f"official name not in text: {o['name']}")
        if o["title"] and o["title"] not in text:
            errs.append(f"official title not in text: {o['name']} {o['title']}")
    return doc, errs


def main():
    bad = 0
    docs = []
    for path in sorted(HERE.glob("*.json")):
        doc, errs = check(path)
        docs.append(doc)
        for e in errs:
            print(f"{path.name}: {e}")
        bad += len(errs)
    txts = {p.stem for p in HERE.glob("*.txt")}
    jsons = {p.stem for p in HERE.glob("*.json")}
    for missing in sorted(txts ^ jsons):
        print(f"unpaired file: {missing}")
        bad += 1
    provinces = {d["province"] for d in docs}
    held = sum(d["split"] == "heldout" for d in docs)
    print(f"{len(docs)} excerpts, {len(provinces)} provinces, {held} held out, "
          f"{sum(len(d['tasks']) for d in docs)} tasks, {sum(len(d['officials']) for d in docs)} officials")
    cover = {}
    for d in docs:
        for c in d["layouts"]:
            cover[c] = cover.get(c, 0) + 1
    for c in sorted(LAYOUTS):
        print(f"  {c:20s} {cover.get(c, 0)}")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
