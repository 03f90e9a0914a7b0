"""Precision audit of responsibility facts (unit or leader → task, with role) on the corpus (aud1).

    PYTHONPATH=. python bench/responsibility_audit.py --draw      # print a fresh seeded sample (TSV) to stdout
    PYTHONPATH=. python bench/responsibility_audit.py [--list]    # re-run the judged sample in bench/data/

The sample is 200 RESPONSIBLE_FOR facts drawn with random.Random(14) from every one kg predicts over the 377
documents of /work/shared/corpus/documents/ (policies and work reports kg was not tuned on), leaving out the documents
a held-out gold excerpt comes from. Each row names its document, the role, who (the unit or leader as written), the
task text (shortened) and the relation's first evidence sentence. The judged file
(bench/data/responsibility_audit_corpus.tsv) holds a verdict per row: ok, or wrong with a kind (note): `not-unit`,
`role`, `task`, `cut-glued`, `collective`, `other`.

Re-running keys a row by (document, who, role, task text): a row counts right when kg still predicts a fact judged
right; wrong when it still predicts one judged wrong; a judged-wrong row whose `right` column names a fix (a role
`role=lead`, a name `who=省财政厅`, a task `task=…` shortened as the script shortens it; `;` between) counts right
when kg now predicts the fixed fact instead. Rows kg no longer
predicts at all are left out (the script says how many, and how many of them were judged right).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph import schema  # noqa: E402
from loaders import registry  # noqa: E402
from loaders.reading.source import read_path  # noqa: E402
from loaders.recognisers.lexicon import default_lexicon  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/documents")
JUDGED = Path(__file__).resolve().parent / "data" / "responsibility_audit_corpus.tsv"
GOLD = ROOT / "tests" / "gold" / "layouts"
TASK_CHARS = 60


def held_out_sources() -> set[Path]:
    """Corpus files a held-out gold excerpt was copied from: never drawn, never tuned on."""
    out = set()
    for p in GOLD.glob("*.json"):
        d = json.loads(p.read_text(encoding="utf-8"))
        if d.get("split") == "heldout" and str(d.get("source", "")).startswith(str(CORPUS)):
            out.add(Path(d["source"]))
    return out


def short(text: str, n: int = TASK_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


def predict(root: Path = CORPUS) -> list[tuple[str, str, str, str, str]]:
    """Every (document, role, who, task, evidence) kg predicts, in file order."""
    lex = default_lexicon()
    skip = held_out_sources()
    out = []
    for path in sorted(root.rglob("*.txt")):
        if path in skip:
            continue
        doc = read_path(path)
        ex = registry.detect(doc).parse(doc, lex)
        ents = {e.ref: e for e in ex.entities}
        name = str(path.relative_to(root))
        rows = []
        for r in ex.relations:
            if r.type != schema.RESPONSIBLE_FOR:
                continue
            who_e, task_e = ents[r.source], ents[r.target]
            who = who_e.aliases[-1] if who_e.aliases else who_e.name
            task = task_e.props.get("text") or task_e.name
            ev = r.evidence[0].text if r.evidence else ""
            rows.append((name, r.props["role"], who, short(task), " ".join(ev.split())))
        out.extend(sorted(set(rows)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", action="store_true")
    ap.add_argument("--list", action="store_true", help="print the sampled rows kg no longer predicts, and the wrong ones")
    ap.add_argument("--seed", type=int, default=14, help="with --draw: another seed, for a second look")
    ap.add_argument("--n", type=int, default=200, help="with --draw: how many facts")
    ap.add_argument("--judged", type=Path, default=JUDGED, help="the judged file to re-run")
    a = ap.parse_args()
    pred = predict()
    if a.draw:
        print(f"# {len(pred)} facts", file=sys.stderr)
        sample = random.Random(a.seed).sample(pred, a.n)
        w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        w.writerow(["document", "role", "who", "task", "verdict", "right", "note", "evidence"])
        for doc, role, who, task, ev in sample:
            w.writerow([doc, role, who, task, "", "", "", ev])
        return
    now = {(d, r, w, t) for d, r, w, t, _ in pred}
    with a.judged.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    before = sum(r["verdict"] == "ok" for r in rows)
    status: dict[str, list] = {"right": [], "wrong": [], "gone": []}
    for r in rows:
        key = (r["document"], r["role"], r["who"], r["task"])
        fixed = dict(kv.split("=", 1) for kv in r["right"].split(";") if "=" in kv)
        fix_key = (r["document"], fixed.get("role", r["role"]), fixed.get("who", r["who"]), fixed.get("task", r["task"]))
        if r["verdict"] == "ok" and key in now or fixed and fix_key in now:
            status["right"].append(r)
        elif key in now:
            status["wrong"].append(r)
        else:
            status["gone"].append(r)
    right, wrong = len(status["right"]), len(status["wrong"])
    print(f"facts predicted now: {len(pred)}")
    print(f"sample {len(rows)}: judged P {before / len(rows):.3f} ({before}/{len(rows)})")
    print(f"now: P {right / max(right + wrong, 1):.3f} ({right}/{right + wrong}); no longer predicted {len(status['gone'])} "
          f"(of them judged right: {sum(r['verdict'] == 'ok' for r in status['gone'])})")
    kinds: dict[str, int] = {}
    for r in status["wrong"]:
        k = r["note"].split(":")[0]
        kinds[k] = kinds.get(k, 0) + 1
    print("errors left by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    if a.list:
        for r in status["gone"]:
            print("GONE", r["verdict"], r["document"], r["role"], r["who"], r["task"], "|", r["note"])
        for r in status["wrong"]:
            print("WRONG", r["document"], r["role"], r["who"], r["task"], "|", r["note"])


if __name__ == "__main__":
    main()
