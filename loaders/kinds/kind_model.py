"""The kind a page is read as, weighed by a linear model over its features (kind_features.py) with weights fitted on
the hand-annotated dev pages of `tests/gold/` by `bench/kind_model_fit.py`, which also measures the model on provinces
left out of the fit. The rules' own choice is one of the features: the model keeps it unless the rest of the page
weighs more for another kind. Deterministic, and explained by the features that weighed most (`kg load -v`).

The weights live in `loaders/data/kind_model.json` (a table of feature → weight per kind); with no such file the rules'
choice stands."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from loaders.kinds.kind_features import FOLD, KINDS, features

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "kind_model.json"


@lru_cache(maxsize=1)
def _weights() -> dict[str, dict[str, float]]:
    if not WEIGHTS.exists():
        return {}
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]


def weigh(feats: dict[str, float], weights: dict[str, dict[str, float]]) -> dict[str, float]:
    """Each kind's sum of its weights times the page's features."""
    return {k: sum(w.get(f, 0.0) * v for f, v in feats.items()) for k, w in weights.items()}


def decide(text: str, scores: dict[str, float], rules_kind: str) -> tuple[str, str]:
    """The kind the page is read as, and why in a few words: the rules' kind (folded: a commitment_list is a
    commitment_table) where the model has no weights or weighs it highest; else the model's, with the features that
    weighed most for it over the rules' kind."""
    rules_kind = FOLD.get(rules_kind, rules_kind)
    weights = _weights()
    if not weights or rules_kind not in KINDS:
        return rules_kind, ""
    feats = features(text, scores, rules_kind)
    sums = weigh(feats, weights)
    best = max(sorted(sums), key=lambda k: sums[k])
    if sums[best] <= sums.get(rules_kind, float("-inf")):
        return rules_kind, ""
    lean = sorted(((weights[best].get(f, 0.0) - weights[rules_kind].get(f, 0.0)) * v, f) for f, v in feats.items())
    told = ", ".join(f for d, f in reversed(lean[-3:]) if d > 0)
    return best, f"{best}, not {rules_kind}, by the fitted kind model ({told})"
