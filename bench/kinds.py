"""What kind of document each page is, and where it belongs: kg against tests/gold/kinds (real page openings, annotated by hand).

Each excerpt is the opening of a real government page or document, annotated with its kind (the layout gold's kinds,
read as bench/layouts.py reads them: an action plan, a progress report or a list of pledges read as a division plan
counts as right, the same reader serves them), the region it belongs to and its title. kg reads each as a user's file.

The baseline is the rule a user would write first: the kind its title's words name, the text's first line read as
its title (分工 / 分解 / 责任清单 → division; 实事 / 承诺 → pledges; 推进情况 / 进展 / 完成情况 / 通报 → progress; 政府工作报告 →
work report; 方案 / 措施 / 意见 / 计划 → action plan; 召开 / 调研 / 出席 / 会议 → news; anything else generic). Placement has
no baseline: a text's first full region name is no answer for a national document or news told elsewhere.

    python bench/kinds.py [--split dev|heldout|all] [--per-doc] [--json] [--gold DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.layouts import KIND_ACCEPTS, PLACES, kg_prediction, placement  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "kinds"

# The baseline's title words, first match wins (a notice handing out a division plan names both 通知 and 分工).
BASELINE_WORDS = (
    ("work_report", r"政府工作报告"),
    ("division_plan", r"分工|分解|责任清单|任务清单"),
    ("commitment_table", r"实事|承诺"),
    ("progress_report", r"推进情况|进展|完成情况|通报"),
    ("action_plan", r"方案|措施|意见|计划"),
    ("news", r"召开|调研|出席|会议|检查|督导|走访|慰问"),
)


def baseline_kind(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return next((kind for kind, words in BASELINE_WORDS if re.search(words, first)), "generic")


def gold_documents(split: str = "all", gold: Path = GOLD) -> list[dict]:
    out = []
    for path in sorted(Path(gold).glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        if split == "all" or d.get("split", "dev") == split:
            d["text_path"] = str(path.with_suffix(".txt"))
            out.append(d)
    return out


def run(split: str = "all", gold: Path = GOLD) -> list[dict]:
    """One row per excerpt: its gold kind, kg's and the baseline's, and where kg placed it."""
    from loaders.recognisers.lexicon import default_lexicon
    lexicon = default_lexicon()
    rows = []
    for d in gold_documents(split, gold):
        path = Path(d["text_path"])
        kind, _facts, _officials, region = kg_prediction(path)
        accepts = KIND_ACCEPTS.get(d["kind"], {d["kind"]})
        base = baseline_kind(path.read_text(encoding="utf-8"))
        rows.append({"id": d["id"], "split": d.get("split", "dev"), "blind": int(d.get("blind") or 0),
                     "round": _round(d),
                     "kind": d["kind"], "kg": kind, "baseline": base,
                     "kg_right": kind in accepts, "baseline_right": base in accepts,
                     "region": d.get("region", ""), "kg_region": region,
                     "place": placement(d.get("region", ""), region, lexicon)})
    return rows


def _round(d: dict) -> str:
    """The round a page came in, as its note names it ("kinds round 2 dev" → "round 2"; a former blind round's pages
    stay apart from the dev round of the same number: "was blind round 1")."""
    m = re.match(r"kinds round (\d+)", d.get("note", ""))
    if not m:
        return ""
    return f"was blind round {m.group(1)}" if d.get("was_blind") else f"round {m.group(1)}"


def _groups(rows: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups["ALL"].append(r)
        groups[f"{r['split']} (split)"].append(r)
        if r["blind"]:
            groups[f"{r['split']}, blind round {r['blind']}"].append(r)
        elif r["split"] == "dev" and r["round"]:
            groups[f"dev, {r['round']}"].append(r)
        groups[f"kind {r['kind']}"].append(r)
    return groups


def summary(rows: list[dict]) -> dict:
    out = {}
    for name, members in _groups(rows).items():
        n = len(members)
        out[name] = {"documents": n,
                     "kg": {"kind": round(sum(r["kg_right"] for r in members) / n, 3),
                            "right": sum(r["kg_right"] for r in members)},
                     "baseline": {"kind": round(sum(r["baseline_right"] for r in members) / n, 3),
                                  "right": sum(r["baseline_right"] for r in members)},
                     "placement": {p: sum(r["place"] == p for r in members) for p in PLACES}}
    return out


def table(rows: list[dict], per_doc: bool = False) -> str:
    rows_by = summary(rows)
    order = sorted(rows_by, key=lambda k: (k != "ALL", "(split)" not in k and "blind" not in k, k))
    lines = ["document kind and placement vs tests/gold/kinds (kg beside the title-word baseline)",
             f"{'group':<26}{'n':>4}  {'kind kg':>9}  {'baseline':>9}   {'named':>5} {'right':>5} {'coarse':>6} {'wrong':>5} "
             f"{'open':>4}  {'unnamed':>7} {'guessed':>7}"]
    for k in order:
        r, p = rows_by[k], rows_by[k]["placement"]
        named = p["right"] + p["coarse"] + p["wrong"] + p["open"]
        lines.append(f"{k:<26}{r['documents']:>4}  {r['kg']['kind']:>9.3f}  {r['baseline']['kind']:>9.3f}   "
                     f"{named:>5} {p['right']:>5} {p['coarse']:>6} {p['wrong']:>5} {p['open']:>4}  "
                     f"{p['none'] + p['guessed']:>7} {p['guessed']:>7}")
    confusion = Counter((r["kind"], r["kg"]) for r in rows if not r["kg_right"])
    if confusion:
        lines += ["", "kinds kg got wrong (gold → kg: documents)"]
        lines += [f"  {g} → {k}: {n}" for (g, k), n in confusion.most_common()]
    if per_doc:
        lines.append("")
        for r in rows:
            mark = "" if r["kg_right"] else "  KIND"
            lines.append(f"  {r['id']:<44} {r['split']:<8} {r['kind']:<16} kg:{r['kg']:<16} place {r['place']:<7}"
                         f" {r['region'] or '-'} → {r['kg_region'] or '-'}{mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="all", choices=("dev", "heldout", "all"))
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--gold", type=Path, default=GOLD, help="a folder of excerpts (default tests/gold/kinds)")
    args = ap.parse_args(argv)
    rows = run(args.split, args.gold)
    if not rows:
        print(f"no excerpts in {args.gold} for split {args.split}", file=sys.stderr)
        return 1
    print(json.dumps(summary(rows), ensure_ascii=False, indent=1) if args.json else table(rows, args.per_doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
