"""Identity audit of departments and leaders on the corpus (aud2): one node per real body or person, never two merged.

    PYTHONPATH=. python bench/identity_audit.py --draw     # print the seeded sample (TSV) to stdout
    PYTHONPATH=. python bench/identity_audit.py [--list]   # re-run the judged sample in bench/data/
    PYTHONPATH=. python bench/identity_audit.py --pairs    # splits and merges under the alias rules, over all nodes

Every document of /work/shared/corpus/documents/ (less the files a held-out gold excerpt comes from) is read and parsed
as `kg load` does, and the extractions are resolved into one graph (graph.resolve: what the store is written from).
The sample is 120 Department and 40 Leader nodes drawn with random.Random(15) from that graph, each printed with its
key, name, aliases, region, documents (file names) and one evidence sentence per alias. The judged file
(bench/data/identity_audit_corpus.tsv) holds a verdict per row: ok, or wrong with a kind in `note` (`merged`: two
bodies or people in one node; `split`: one body in two nodes, the other named; `region`: wrong region; `not-dept`:
a collective, a place, a project, a post; `cut-glued`: name cut or glued; `other`).

Re-running keys a row by (label, key): a row counts right when the node still exists and was judged right, or when a
wrong row's `right` column names the key that should have held it (split: the other node's key, `key=…`) and the
node is gone into it, or names the other node of a split that should go into this one (`other=…`) and it is gone
while this one stays, or names an alias that should have left (merged: `drop=alias`) and the node no longer has it;
wrong when the node still exists as judged wrong; gone otherwise.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.responsibility_audit import CORPUS, held_out_sources  # noqa: E402
from graph import schema  # noqa: E402
from graph.resolve import resolve  # noqa: E402
from loaders import registry  # noqa: E402
from loaders.reading.source import read_path  # noqa: E402
from loaders.recognisers.lexicon import default_lexicon  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "data" / "identity_audit_corpus.tsv"
N_DEPT, N_LEADER, SEED = 120, 40, 15
# The alias rules the issue gives (issue 12), as a normaliser of a body's name written without its level word.
_ISSUE_RULES = (("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展改革委", "发改委"),
                ("工业和信息化局", "工信局"), ("住房和城乡建设局", "住建局"), ("住房城乡建设局", "住建局"),
                ("人力资源和社会保障局", "人社局"), ("人力资源社会保障局", "人社局"))


def _parse(path: Path):
    doc = read_path(path)
    return path, registry.detect(doc).parse(doc, default_lexicon())


def graph():
    """The resolved graph of the corpus and the document key → file name map."""
    skip = held_out_sources()
    paths = [p for p in sorted(CORPUS.rglob("*")) if p.is_file() and p not in skip]
    with ProcessPoolExecutor() as pool:
        parsed = list(pool.map(_parse, paths, chunksize=4))
    names = {ex.document.key: str(p.relative_to(CORPUS)) for p, ex in parsed}
    kg, _ = resolve([ex for _, ex in parsed])
    return kg, names


def evidence_per_alias(props: dict) -> list[str]:
    """One evidence sentence for each alias (the first naming it; a dash when none does)."""
    out = []
    for alias in props["aliases"]:
        ev = next((e for e in props["evidence"] if alias in e), "-")
        out.append(f"{alias}: {' '.join(ev.split())[:160]}")
    return out


def rows(kg, names):
    out = {}
    for label in (schema.DEPARTMENT, schema.LEADER):
        out[label] = {n.key: n.props for n in kg.nodes(label)}
    return out


def draw(nodes, names) -> None:
    rnd = random.Random(SEED)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["label", "key", "name", "aliases", "region", "documents", "verdict", "right", "note", "evidence"])
    for label, n in ((schema.DEPARTMENT, N_DEPT), (schema.LEADER, N_LEADER)):
        keys = sorted(nodes[label])
        print(f"# {len(keys)} {label} nodes", file=sys.stderr)
        for key in rnd.sample(keys, n):
            p = nodes[label][key]
            docs = ",".join(names.get(d, d) for d in p["documents"])
            w.writerow([label, key, p["name"], "、".join(p["aliases"]), p.get("region") or "", docs, "", "", "",
                        " || ".join(evidence_per_alias(p))])


def _issue_norm(name: str) -> str:
    """A name under the issue's rules and the lexicon's (its alias table and written forms), level word dropped."""
    name = default_lexicon().department_name(name)
    body = re.sub(r"^(自治区|自治州|自治县|自治旗|省|市|州|盟|县|区|旗|镇|乡)", "", name)
    for long, short in _ISSUE_RULES:
        if body.endswith(long):
            return body[: -len(long)] + short
    return body


def pairs(nodes) -> None:
    """Splits: two nodes of one region whose names normalise alike. Merges: one node whose aliases do not."""
    by = defaultdict(list)
    for key, p in nodes[schema.DEPARTMENT].items():
        by[(p.get("region") or key.split("@")[-1], _issue_norm(p["name"]))].append(key)
    split = [ks for ks in by.values() if len(ks) > 1]
    print(f"splits (one region, names alike under the issue's rules, separate nodes): {len(split)}")
    for ks in split:
        print("  SPLIT", " | ".join(ks))
    merged = []
    for key, p in nodes[schema.DEPARTMENT].items():
        forms = {_issue_norm(a) for a in p["aliases"]}
        if len(forms) > 1:
            merged.append((key, p["aliases"]))
    print(f"merges (one node whose aliases normalise differently): {len(merged)}")
    for key, al in merged:
        print("  MERGE", key, "、".join(al))


def rerun(nodes, judged: Path, listing: bool) -> None:
    with judged.open(encoding="utf-8") as f:
        rows_ = list(csv.DictReader(f, delimiter="\t"))
    status: dict[str, list] = {"right": [], "wrong": [], "gone": []}
    for r in rows_:
        have = nodes[r["label"]].get(r["key"])
        fix = dict(kv.split("=", 1) for kv in r["right"].split(";") if "=" in kv)
        if r["verdict"] == "ok":      # a right node renamed by a later rule names its new key (key=…)
            moved = have is None and fix.get("key") in nodes[r["label"]]
            status["right" if have is not None or moved else "gone"].append(r)
        elif fix.get("key") and have is None and fix["key"] in nodes[r["label"]]:
            status["right"].append(r)
        elif fix.get("other") and have is not None and fix["other"] not in nodes[r["label"]]:
            status["right"].append(r)
        elif fix.get("drop") and have is not None and not set(fix["drop"].split(",")) & set(have["aliases"]):
            status["right"].append(r)
        elif fix.get("gone") and have is None:
            status["right"].append(r)
        elif have is not None:
            status["wrong"].append(r)
        else:
            status["gone"].append(r)
    judged_ok = sum(r["verdict"] == "ok" for r in rows_)
    print(f"nodes now: {len(nodes[schema.DEPARTMENT])} Department, {len(nodes[schema.LEADER])} Leader")
    print(f"sample {len(rows_)}: judged right {judged_ok}, wrong {len(rows_) - judged_ok}")
    print(f"now: right {len(status['right'])}, wrong {len(status['wrong'])}, gone {len(status['gone'])} "
          f"(of them judged right: {sum(r['verdict'] == 'ok' for r in status['gone'])})")
    kinds: dict[str, int] = defaultdict(int)
    for r in status["wrong"]:
        kinds[f'{r["label"]} {r["note"].split(":")[0]}'] += 1
    print("errors left by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    if listing:
        for r in status["gone"]:
            print("GONE", r["verdict"], r["label"], r["key"], "|", r["note"])
        for r in status["wrong"]:
            print("WRONG", r["label"], r["key"], "|", r["note"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", action="store_true")
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--judged", type=Path, default=JUDGED)
    a = ap.parse_args()
    kg, names = graph()
    nodes = rows(kg, names)
    if a.draw:
        draw(nodes, names)
    elif a.pairs:
        pairs(nodes)
    else:
        rerun(nodes, a.judged, a.list)


if __name__ == "__main__":
    main()
