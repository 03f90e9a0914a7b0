"""Who is responsible for what, measured per layout and per kind on tests/gold/layouts (real excerpts, annotated by hand).

For each excerpt kg reads the text as a user's file and is scored on:
- kind: the document kind it detects (an action plan or a progress report read as a
  task-division plan counts as right: the same reader serves them);
- responsibility facts: (task, unit or leader, role) — a predicted task is matched to the
  gold task whose text it shares most (at least half), a name to a gold name written the
  same way (or to the same canonical department name);
- placement: the document's region against the one its excerpt names (right, a region above it,
  wrong, or left open), and whether kg gave one where the excerpt names none;
- officials: the people kg records (Leaders). Recall is over the gold's officials (people named with a
  title); a Leader is right when the gold has that person as an official or as a task's leader (the gold
  lists a person named without any title only as the leader of a task).

The jieba baseline tags the text with jieba's part-of-speech tagger: every organisation
(nt) and person (nr) token is "responsible" for the gold task it stands in (the gold's own
task segmentation, which favours the baseline), every nr token an official.

    python bench/layouts.py [--split dev|heldout|all] [--per-doc]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.quality import Counts, jieba_tagger  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "layouts"
# What the gold calls a kind → the kg kinds that count as reading it right.
KIND_ACCEPTS = {
    "division_plan": {"division_plan"},
    "commitment_table": {"commitment_table", "division_plan"},
    "action_plan": {"action_plan", "division_plan"},
    "progress_report": {"progress_report", "division_plan"},
    "news": {"news"},
    "work_report": {"work_report"},
    "generic": {"generic"},
}


def figures(c: Counts) -> dict:
    """P, R and F1 of a count, as bench/quality.py computes them, with the counts beside them."""
    p, r, f = c.prf()
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "predicted": c.predicted,
            "correct": c.correct, "gold": c.gold, "found": c.found}


@dataclass
class Scored:
    id: str
    kind: str
    layouts: list[str]
    split: str
    blind: int = 0                      # the round of a held-out excerpt annotated before kg ever ran on it
    kind_right: dict[str, bool] = field(default_factory=dict)
    facts: dict[str, Counts] = field(default_factory=dict)
    officials: dict[str, Counts] = field(default_factory=dict)
    kg_kind: str = ""
    place: str = ""                     # right | coarse | wrong | open (the gold names a region) | guessed | none


def gazetteer_path(gold: str, lexicon) -> str:
    """A region path as the gazetteer keys it today: a former name read as the region it became
    (…/沙湾县 is …/沙湾市 since 2021). A path the gazetteer does not read whole is kept as written."""
    from loaders.recognisers.places import parse_place
    chain, town, rest = parse_place(gold.replace("/", ""), lexicon)
    if not chain or rest:
        return gold
    return chain[-1].key + (f"/{town}" if town else "")


def placement(gold: str, kg: str, lexicon=None) -> str:
    """How kg placed a document against the region its excerpt names: right; coarse (a region above
    it); wrong; open (none given). Where the excerpt names none: none, or guessed when kg gave one.
    With a lexicon, the excerpt's region is first read as the gazetteer keys it (former names)."""
    if not gold:
        return "guessed" if kg else "none"
    if kg != gold and lexicon is not None:
        gold = gazetteer_path(gold, lexicon)
    if kg == gold:
        return "right"
    if not kg:
        return "open"
    return "coarse" if gold.startswith(kg + "/") else "wrong"


def _squash(s: str) -> str:
    """A name as compared: white space dropped, full-width forms read as half-width (相关市（州） is
    相关市(州)), traditional characters read as simplified (as kg reads them)."""
    from loaders.reading.simplified import simplified_name
    return simplified_name(unicodedata.normalize("NFKC", re.sub(r"[\s\u3000]+", "", s)))


def gold_documents(split: str = "all") -> list[dict]:
    out = []
    for path in sorted(GOLD.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and d.get("split", "dev") != split:
            continue
        d["text_path"] = str(path.with_suffix(".txt"))
        out.append(d)
    return out


def _match_task(text: str, gold_tasks: list[dict]) -> int:
    """The gold task a predicted task's text is (the one it shares most with, at least half), or -1."""
    t = _squash(text)
    best, best_i = 0.0, -1
    for i, g in enumerate(gold_tasks):
        gt = _squash(g["text"])
        if not gt or not t:
            continue
        if gt in t or t in gt:
            ratio = min(len(gt), len(t)) / max(len(gt), len(t))
            ratio = max(ratio, 0.75)
        else:
            m = SequenceMatcher(None, gt, t, autojunk=False)
            ratio = sum(b.size for b in m.get_matching_blocks()) / max(len(gt), len(t))
        if ratio > best:
            best, best_i = ratio, i
    return best_i if best >= 0.5 else -1


def _same_name(gold: str, names: set[str], lexicon) -> bool:
    g = _squash(gold)
    if g in names:
        return True
    return lexicon.department_name(g) in names


def _score_facts(pred: list[tuple[str, set[str], str]], gold_tasks: list[dict], lexicon) -> Counts:
    """pred: (task text, the entity's names, role) for every RESPONSIBLE_FOR kg made."""
    gold = [(i, r["name"], r["role"]) for i, t in enumerate(gold_tasks) for r in t.get("responsible", [])]
    c = Counts(predicted=len(pred), gold=len(gold))
    matched_gold: set[int] = set()
    for text, names, role in pred:
        ti = _match_task(text, gold_tasks)
        hit = next((k for k, (gi, gname, grole) in enumerate(gold)
                    if k not in matched_gold and gi == ti and grole == role and _same_name(gname, names, lexicon)), None)
        if hit is not None:
            matched_gold.add(hit)
            c.correct += 1
    c.found = len(matched_gold)
    return c


def _score_officials(pred: set[str], gold: list[dict], tasks: list[dict] = ()) -> Counts:
    names = {_squash(o["name"]) for o in gold}
    people = names | {_squash(r["name"]) for t in tasks for r in t.get("responsible", []) if r.get("type") == "Leader"}
    pred = {_squash(p) for p in pred}
    return Counts(predicted=len(pred), correct=len(pred & people), gold=len(names), found=len(pred & names))


def kg_prediction(path: Path):
    from graph import schema
    from kg.pipeline import extract_file
    results = extract_file(path)
    facts, officials, kinds, regions = [], set(), [], []
    for ex, outcome in results:
        if ex is None:
            kinds.append("failed")
            continue
        kinds.append(ex.document.kind)
        regions.append(ex.document.region)
        ents = {(e.label, e.key): e for e in ex.entities}
        for r in ex.relations:
            if r.type != schema.RESPONSIBLE_FOR:
                continue
            src, task = ents.get(r.source), ents.get(r.target)
            if not src or not task:
                continue
            names = {_squash(src.name), *(_squash(a) for a in src.aliases)}
            facts.append((task.props.get("text", ""), names, r.props.get("role", "")))
        officials |= {e.name for e in ex.entities if e.label == schema.LEADER}
    return (kinds[0] if kinds else "failed"), facts, officials, (regions[0] if regions else "")


def baseline_prediction(text: str, gold_tasks: list[dict]):
    """jieba's nt and nr tokens, each responsible for the gold task whose text comes last before it."""
    starts = sorted((text.find(t["text"][:12]), t["text"]) for t in gold_tasks if text.find(t["text"][:12]) >= 0)
    facts, officials, pos = [], set(), 0
    for w in jieba_tagger().cut(text):
        at, pos = pos, pos + len(w.word)
        if len(w.word) < 2 or w.flag not in ("nt", "nr"):
            continue
        if w.flag == "nr":
            officials.add(w.word)
        before = [t for s, t in starts if s <= at]
        if before:
            facts.append((before[-1], {w.word}, "responsible"))
    return facts, officials


def run(split: str = "all") -> list[Scored]:
    from loaders.recognisers.lexicon import default_lexicon
    lexicon = default_lexicon()
    out = []
    for d in gold_documents(split):
        path = Path(d["text_path"])
        text = path.read_text(encoding="utf-8")
        s = Scored(d["id"], d["kind"], d.get("layouts", []), d.get("split", "dev"), int(d.get("blind") or 0))
        kind, facts, officials, region = kg_prediction(path)
        s.kg_kind = kind
        s.place = placement(d.get("region", ""), region, lexicon)
        s.kind_right["kg"] = kind in KIND_ACCEPTS.get(d["kind"], {d["kind"]})
        s.facts["kg"] = _score_facts(facts, d.get("tasks", []), lexicon)
        s.officials["kg"] = _score_officials(officials, d.get("officials", []), d.get("tasks", []))
        bfacts, bofficials = baseline_prediction(text, d.get("tasks", []))
        s.kind_right["baseline"] = False
        s.facts["baseline"] = _score_facts(bfacts, d.get("tasks", []), lexicon)
        s.officials["baseline"] = _score_officials(bofficials, d.get("officials", []), d.get("tasks", []))
        out.append(s)
    return out


def summary(scored: list[Scored]) -> dict:
    groups: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        groups["ALL"].append(s)
        groups[f"{s.split} (split)"].append(s)
        if s.blind:
            groups[f"{s.split}, blind round {s.blind}"].append(s)
        groups[f"kind {s.kind}"].append(s)
        for lay in s.layouts:
            groups[f"layout {lay}"].append(s)
    out = {}
    for name, members in groups.items():
        row = {"documents": len(members)}
        for system in ("kg", "baseline"):
            facts = sum((s.facts[system] for s in members), Counts())
            offs = sum((s.officials[system] for s in members), Counts())
            row[system] = {"kind": round(sum(s.kind_right[system] for s in members) / len(members), 3),
                           "facts": figures(facts), "officials": figures(offs)}
        row["placement"] = {p: sum(s.place == p for s in members) for p in PLACES}
        out[name] = row
    return out


PLACES = ("right", "coarse", "wrong", "open", "none", "guessed")


def placement_table(scored: list[Scored]) -> str:
    """Where kg placed each document, per split and blind round, against the region its excerpt names."""
    rows = summary(scored)
    keys = sorted((k for k in rows if k == "ALL" or "(split)" in k or "blind" in k),
                  key=lambda k: (k != "ALL", "(split)" not in k, k))
    lines = ["placement: the region the excerpt names → kg's (right, coarse: a region above it, wrong, open: none)",
             "          the excerpt names none → kg's (none, guessed)",
             f"{'group':<26}{'named':>6}{'right':>7}{'coarse':>7}{'wrong':>6}{'open':>6}   {'unnamed':>7}{'none':>6}{'guessed':>8}"]
    for k in keys:
        p = rows[k]["placement"]
        named = p["right"] + p["coarse"] + p["wrong"] + p["open"]
        lines.append(f"{k:<26}{named:>6}{p['right']:>7}{p['coarse']:>7}{p['wrong']:>6}{p['open']:>6}   "
                     f"{p['none'] + p['guessed']:>7}{p['none']:>6}{p['guessed']:>8}")
    return "\n".join(lines)


def table(scored: list[Scored], per_doc: bool = False) -> str:
    rows = summary(scored)
    order = sorted(rows, key=lambda k: (not k.startswith("ALL"), "(split)" not in k and "blind" not in k, k))
    head = f"{'group':<26}{'n':>3}  {'kind':>5}  {'facts P/R/F1 (kg)':>18}  {'baseline':>15}  {'officials P/R/F1 (kg)':>22}  {'baseline':>15}"
    lines = ["responsibility facts and officials vs tests/gold/layouts (kg beside the jieba baseline)", head]
    for k in order:
        r = rows[k]
        kf, bf, ko, bo = r["kg"]["facts"], r["baseline"]["facts"], r["kg"]["officials"], r["baseline"]["officials"]
        lines.append(f"{k:<26}{r['documents']:>3}  {r['kg']['kind']:>5.2f}  "
                     f"{kf['p']:>5.2f} {kf['r']:>5.2f} {kf['f1']:>5.2f}  {bf['p']:>4.2f} {bf['r']:>4.2f} {bf['f1']:>4.2f}  "
                     f"{ko['p']:>7.2f} {ko['r']:>5.2f} {ko['f1']:>5.2f}  {bo['p']:>4.2f} {bo['r']:>4.2f} {bo['f1']:>4.2f}")
    if per_doc:
        lines.append("")
        for s in scored:
            f, o = figures(s.facts["kg"]), figures(s.officials["kg"])
            lines.append(f"  {s.id:<40} {s.kind:<16} kg:{s.kg_kind:<16} facts {f['correct']}/{f['predicted']} of {f['gold']}"
                         f"  officials {o['correct']}/{o['predicted']} of {o['gold']}  place {s.place}")
    return "\n".join(lines + ["", placement_table(scored)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    scored = run(args.split)
    print(json.dumps(summary(scored), ensure_ascii=False, indent=1) if args.json else table(scored, args.per_doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
