"""Finding the entity a user means by a name: exact name or alias, else suggestions."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from graph import schema
from graph.errors import NotFound
from graph.store import Store

# Which labels a template's `name` parameter names.
TEMPLATE_LABELS: dict[str, tuple[str, ...]] = {
    "leader": (schema.LEADER,),
    "department": (schema.DEPARTMENT,),
    "partners": (schema.LEADER, schema.DEPARTMENT),
    "appearances": (schema.LEADER,),
    "project": (schema.PROJECT,),
    "strategy": (schema.STRATEGY,),
    "region": (schema.REGION,),
}
_NOUN = {schema.LEADER: "leader", schema.DEPARTMENT: "department", schema.PROJECT: "project",
         schema.STRATEGY: "strategy", schema.REGION: "region"}


@dataclass(frozen=True)
class Match:
    label: str
    key: str
    name: str
    region: str


def _candidates(store: Store, label: str) -> list[tuple[str, str, list[str], str]]:
    if label not in schema.LABELS:   # labels are never taken from user input unchecked
        raise ValueError(label)
    # Only labels that have a region say it (a Region's region is its own key).
    region = "n.region" if "region" in schema.node_properties(label) else "n.key"
    res = store.run(f"MATCH (n:{label}) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, {region} AS region ORDER BY key")
    return [tuple(row) for row in res.rows]


def _forms(label: str, name: str) -> set[str]:
    """The name as typed, and for a department its canonical form from the alias table
    (so 市发改委 finds 市发展和改革委员会 even where documents wrote 市发展改革委)."""
    forms = {name}
    if label == schema.DEPARTMENT:
        from loaders.lexicon import default_lexicon
        forms.add(default_lexicon().department_name(name))
    return forms


def find(store: Store, labels: tuple[str, ...], name: str, region: str = "") -> list[Match]:
    """Every entity of these labels called `name` (or aliased so), optionally in a region.

    Raises NotFound with close names when there is none.
    """
    matches, names = [], set()
    for label in labels:
        forms = _forms(label, name)
        for key, n, aliases, reg in _candidates(store, label):
            names.add(n)
            named = n in forms or forms & set(aliases or []) or (label == schema.REGION and key in forms)
            if named and (not region or (reg or "").endswith(region)):
                matches.append(Match(label, key, n, reg or ""))
    if matches:
        return matches
    noun = " or ".join(_NOUN.get(label, label.lower()) for label in labels)
    where = f" in {region}" if region else ""
    close = difflib.get_close_matches(name, sorted(names), n=5, cutoff=0.5)
    close += [n for n in sorted(names) if name and name in n and n not in close][:5]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise NotFound(f"no {noun} named {name}{where}{hint}")
