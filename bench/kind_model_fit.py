"""Would weights fitted on the gold pages choose kinds better than kg's rules? A linear model over the rules' own signals,
measured on provinces left out of the fit.

The examples are the dev pages of the kind-and-place set (tests/gold/kinds) and of the layout set (tests/gold/layouts),
each with its annotated kind. Each page is read as kg reads a user's file; its features (`features`) include
the kind kg's rules give it. The model is multinomial logistic regression with an L2 penalty, fitted by full-batch
gradient descent from zero for a fixed number of steps: the same pages give the same weights. Its features are each
kind's score by its own rules, the kind the rules choose, the kind the title names (plan_detection.named_kind and the
last kind word of the title lines), the cues of kind_cues and self_description, and how often the words each kind of
government document is written with occur in the page.

Cross-validation leaves one province out at a time (every page of it), fits on the rest and reads the province left
out, so each page is read by weights fitted without its province: the figure says how the model does on a province
it has not seen, beside the rules alone on the same pages. Held-out pages are never read.

    python bench/kind_model_fit.py [--cache FILE]

Twenty-first session: over 963 dev pages (290 page openings, 673 layout excerpts) the fitted model changed 22 pages'
kind, 10 right that were wrong and 8 wrong that were right (docs/benchmarks.md): kg's rules choose the kind, this model
is not used.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from loaders.kinds.kind_features import FOLD, KINDS, features  # noqa: E402
from loaders.kinds.kind_model import WEIGHTS  # noqa: E402

GOLD = ROOT / "tests" / "gold"
# (pages of the kind-and-place set, openings of whole pages, weigh three times a layout excerpt in the fit)
STEPS, RATE, PENALTY, PAGE_WEIGHT = 2000, 1.0, 0.001, 3.0


def gold_pages() -> list[dict]:
    from bench.kinds import _round
    """Every dev page of the kinds and layouts sets: its text's path, annotated kind, province and set."""
    pages = []
    for folder, name in ((GOLD / "kinds", "kinds"), (GOLD / "layouts", "layouts")):
        for meta in sorted(folder.glob("*.json")):
            d = json.loads(meta.read_text(encoding="utf-8"))
            if d.get("split", "dev") != "dev" or "kind" not in d:
                continue
            group = f"kinds, {_round(d)}" if name == "kinds" else name
            pages.append({"id": d["id"], "path": str(meta.with_suffix(".txt")), "kind": d["kind"],
                          "province": d.get("province") or "-", "group": group})
    return pages


def page_features(path: str) -> tuple[dict[str, float], str]:
    """A page's features and the kind kg's rules read it as (the file read as `kg load` reads it, its first part)."""
    from loaders.reading.source import read_path
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.registry import choose, kind_scores, split
    part = split(read_path(Path(path)))[0][0]
    loader, _ = choose(part)
    rules_kind = loader.parse(part, default_lexicon()).document.kind or loader.kind
    return features(part.plain.text, kind_scores(part.plain.text), rules_kind), rules_kind


def fit(rows: list[dict], kinds: tuple[str, ...], names: list[str]):
    """Weights (kinds × features) of a multinomial logistic regression fitted to the rows."""
    import numpy as np
    x = np.array([[r["features"].get(f, 0.0) for f in names] for r in rows])
    y = np.array([kinds.index(r["kind"]) for r in rows])
    onehot = np.eye(len(kinds))[y]
    weight = np.array([[PAGE_WEIGHT if r["group"].startswith("kinds") else 1.0] for r in rows])
    w = np.zeros((len(names), len(kinds)))
    for _ in range(STEPS):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        w -= RATE * (x.T @ ((p - onehot) * weight) / weight.sum() + PENALTY * w)
    return w


def predict(w, names: list[str], kinds: tuple[str, ...], feats: dict[str, float]) -> str:
    import numpy as np
    z = np.array([feats.get(f, 0.0) for f in names]) @ w
    return kinds[int(np.argmax(z))]


def main(argv: list[str] | None = None) -> int:
    from bench.layouts import KIND_ACCEPTS
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS.relative_to(ROOT)}, fitted on every dev page")
    ap.add_argument("--cache", help="a JSON file keeping the pages' features between runs (refreshed when missing)")
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = gold_pages()
        for i, r in enumerate(rows, 1):
            r["features"], r["rules"] = page_features(r["path"])
            if i % 100 == 0:
                print(f"  read {i} of {len(rows)} pages", file=sys.stderr)
        if cache:
            cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    names = sorted({f for r in rows for f in r["features"]})
    by_province = defaultdict(list)
    for r in rows:
        by_province[r["province"]].append(r)
    for province, held in sorted(by_province.items()):
        w = fit([r for r in rows if r["province"] != province], KINDS, names)
        for r in held:
            r["fitted"] = predict(w, names, KINDS, r["features"])
    groups = defaultdict(list)
    for r in rows:
        groups["ALL"].append(r)
        groups[r["group"]].append(r)
    print(f"{'pages (left out by province)':<34}{'n':>5}  {'rules':>7}  {'fitted':>7}")
    for name in sorted(groups, key=lambda g: (g != "ALL", g)):
        members = groups[name]
        right = lambda key: sum(FOLD.get(r[key], r[key]) in KIND_ACCEPTS[r["kind"]] for r in members)
        print(f"{name:<34}{len(members):>5}  {right('rules') / len(members):>7.3f}  {right('fitted') / len(members):>7.3f}")
    changed = [r for r in rows if FOLD.get(r["rules"], r["rules"]) != r["fitted"]]
    gained = sum(r["fitted"] in KIND_ACCEPTS[r["kind"]] and FOLD.get(r["rules"], r["rules"]) not in KIND_ACCEPTS[r["kind"]] for r in changed)
    lost = sum(r["fitted"] not in KIND_ACCEPTS[r["kind"]] and FOLD.get(r["rules"], r["rules"]) in KIND_ACCEPTS[r["kind"]] for r in changed)
    print(f"the fitted model changes {len(changed)} pages' kind: {gained} right that were wrong, {lost} wrong that were right")
    if args.write:
        w = fit(rows, KINDS, names)
        weights = {k: {f: round(float(w[i, j]), 4) for i, f in enumerate(names) if abs(w[i, j]) >= 1e-4}
                   for j, k in enumerate(KINDS)}
        WEIGHTS.write_text(json.dumps({"fitted_on": f"{len(rows)} dev pages of tests/gold/kinds and tests/gold/layouts",
                                       "by": "bench/kind_model_fit.py --write", "steps": STEPS, "rate": RATE,
                                       "penalty": PENALTY, "page_weight": PAGE_WEIGHT, "weights": weights},
                                      ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
