"""Resolution: many Extractions → one KnowledgeGraph.

The same actor in several documents has the same key (see graph.schema), so
resolving is merging by key: aliases and evidence are united, the first
non-empty value of a property wins (documents taken in key order, so the result
does not depend on load order). Cooperation is then derived from shared tasks.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from dataclasses import replace
from typing import Any, Iterable

from . import schema
from .knowledge import KnowledgeGraph, provenance
from .model import Entity, Evidence, Extraction, Issue, Relation

def _complete(props: dict[str, Any], spec: dict[str, str]) -> dict[str, Any]:
    """Every property the schema names, in schema order. What a loader did not say is
    missing: None (null in both stores, so Cypher's comparisons, IS NULL and coalesce mean
    what users expect), never '' or 0; a list it did not give is the empty list."""
    out = {}
    for name, typ in spec.items():
        value = props.get(name)
        if typ.endswith("[]"):
            out[name] = list(value or [])
        else:
            out[name] = None if value is None or value == "" else value
    return out


def _merge_props(into: dict[str, Any], new: dict[str, Any]) -> None:
    for k, v in new.items():
        if isinstance(v, (list, tuple)):
            into[k] = sorted(set(into.get(k) or []) | set(v))
        elif into.get(k) in (None, "") and v not in (None, ""):
            into[k] = v


def resolve(extractions: Iterable[Extraction], loaded_at: dict[str, str] | None = None) -> tuple[KnowledgeGraph, list[Issue]]:
    loaded_at = loaded_at or {}
    issues: list[Issue] = []
    exs = sorted(extractions, key=lambda e: e.document.key)

    entities: dict[str, dict[str, Any]] = {}   # key → {label, name, aliases, props, evidence}
    for ex in exs:
        d = ex.document
        entities[d.key] = {
            "label": schema.DOCUMENT, "name": d.title or d.source.rsplit("/", 1)[-1], "aliases": set(),
            "props": {
                "title": d.title, "kind": d.kind, "issuer": d.issuer, "number": d.number, "date": d.date,
                "sha256": d.sha256, "source": d.source, "encoding": d.encoding, "region": d.region,
                "loadedAt": loaded_at.get(d.key, ""),
            },
            "evidence": [], "documents": {d.key},
        }
    exs = _one_key_per_body([_scope_unplaced(ex) for ex in exs])
    for ex in exs:
        for e in ex.entities:
            _add_entity(entities, e, issues)

    relations: dict[tuple, dict[str, Any]] = {}
    for ex in exs:
        for r in ex.relations:
            _add_relation(relations, entities, r, ex.document.key, issues)

    _derive_cooperation(entities, relations)
    _derive_concerns(entities, relations)

    kg = KnowledgeGraph()
    for key, e in entities.items():
        if e["label"] == schema.TASK and e["evidence"]:
            # Document order, so a leader's tasks list as the document lists them.
            e["props"]["ordinal"] = min(ev.start for ev in e["evidence"])
        prov = provenance(e["evidence"])
        prov["documents"] = sorted(set(prov["documents"]) | e.get("documents", set()))
        props = {"key": key, "name": e["name"], "aliases": sorted(e["aliases"] | {e["name"]}), **prov, **e["props"]}
        kg.add_node(e["label"], key, _complete(props, schema.node_properties(e["label"])))
    for (rtype, s, t, _), r in relations.items():
        props = {**provenance(r["evidence"]), **r["props"]}
        kg.add_edge(rtype, s, t, _complete(props, schema.rel_properties(rtype)))
    return kg, issues


def _rekey(ex: Extraction, keys: dict[tuple[str, str], tuple[str, str]]) -> Extraction:
    """The extraction with entities moved to new (key, name)s, their relations following them."""
    if not any(e.ref in keys for e in ex.entities):
        return ex
    ref = lambda r: (r[0], keys[r][0]) if r in keys else r       # noqa: E731
    ents = tuple(replace(e, key=keys[e.ref][0], name=keys[e.ref][1]) if e.ref in keys else e for e in ex.entities)
    return replace(ex, entities=ents, relations=tuple(replace(r, source=ref(r.source), target=ref(r.target))
                                                      for r in ex.relations))


def _scope_unplaced(ex: Extraction) -> Extraction:
    """People and bodies of no known region stand for themselves in their document
    (schema.unplaced_key): a bare 市工业和信息化局 or 张伟 never merges across documents;
    the central state's bodies are keyed under the nation, where national documents key them."""
    keys = {}
    for e in ex.entities:
        if not e.props.get("region") and "/" not in e.key:
            new = schema.unplaced_key(e.label, e.key, ex.document.key)
            if new:
                keys[e.ref] = (new, e.name)
    ex = _rekey(ex, keys)
    national = [e for e in ex.entities if e.label == schema.DEPARTMENT and e.key.startswith(schema.NATION + "/")
                and not e.props.get("region")]
    if not national:
        return ex
    return replace(ex, entities=tuple(replace(e, props={**e.props, "region": schema.NATION}) if e in national else e
                                      for e in ex.entities))


def _one_key_per_body(exs: list[Extraction]) -> list[Extraction]:
    """A body a document names without its level word is the region's body of that name with it, where
    some document names it so: 包头's 审批服务局 is its 市审批服务局, 内蒙古自治区's 民政厅 its 自治区民政厅.
    Both keys claim the same region, so nothing is guessed; a bare name no document writes whole stays."""
    have = {e.key for ex in exs for e in ex.entities if e.label == schema.DEPARTMENT}
    keys: dict[tuple[str, str], tuple[str, str]] = {}
    for key in have:
        region, _, name = key.rpartition("/")
        if region and "@" not in name:
            whole = next((f"{region}/{w}{name}" for w in schema.own_level_words(region) if f"{region}/{w}{name}" in have), "")
            if whole:
                keys[(schema.DEPARTMENT, key)] = (whole, whole.rsplit("/", 1)[1])
    return [_rekey(ex, keys) for ex in exs] if keys else exs


def _add_entity(entities: dict, e: Entity, issues: list[Issue]) -> None:
    have = entities.get(e.key)
    if have is None:
        entities[e.key] = {"label": e.label, "name": e.name, "aliases": set(e.aliases), "props": dict(e.props), "evidence": list(e.evidence)}
        return
    if have["label"] != e.label:
        doc = e.evidence[0].document if e.evidence else ""
        issues.append(Issue("resolve.key-clash", f"{e.label} {e.name!r} has the key of a {have['label']}; kept the {have['label']}", doc, 0, e.key))
        return
    have["aliases"] |= set(e.aliases)
    _merge_props(have["props"], e.props)
    have["evidence"].extend(e.evidence)


def _add_relation(relations: dict, entities: dict, r: Relation, doc: str, issues: list[Issue]) -> None:
    (sl, sk), (tl, tk) = r.source, r.target
    ends = (entities.get(sk, {}).get("label"), entities.get(tk, {}).get("label"))
    if ends != (sl, tl):
        issues.append(Issue("resolve.dangling", f"{r.type} from {sk} to {tk}: an end is not in the graph", doc, 0))
        return
    if (sl, tl) not in schema.REL_ENDPOINTS.get(r.type, ()):
        issues.append(Issue("resolve.bad-endpoints", f"{r.type} may not join {sl} to {tl}", doc, 0))
        return
    ident = (r.type, sk, tk, schema.rel_identity(r.type, r.props))
    have = relations.get(ident)
    if have is None:
        relations[ident] = {"props": dict(r.props), "evidence": list(r.evidence)}
    else:
        for name in schema.REL_UNITED.get(r.type, ()):
            _unite(have["props"], name, r.props.get(name) or "")
        _merge_props(have["props"], r.props)
        have["evidence"].extend(r.evidence)


def _unite(props: dict, name: str, value: str) -> None:
    """Add the parts of `value` not yet in props[name] (parts joined by 、, order kept)."""
    sep = schema.TITLE_SEPARATOR
    have = [p for p in (props.get(name) or "").split(sep) if p]
    props[name] = sep.join(have + [p for p in value.split(sep) if p and p not in have])


def _derive_cooperation(entities: dict, relations: dict) -> None:
    """COOPERATES_WITH between departments sharing a task, and leaders sharing a commitment.

    Collective units (各县（市、区）人民政府…) stand for many bodies at once, so
    they take part in no derived pair. One edge per pair, from the smaller key.
    """
    by_task: dict[tuple[str, str], set[str]] = defaultdict(set)   # (label, task) → actor keys
    for (rtype, s, t, _), _r in relations.items():
        if rtype != schema.RESPONSIBLE_FOR or entities[t]["label"] != schema.TASK:
            continue
        label = entities[s]["label"]
        if label == schema.DEPARTMENT and entities[s]["props"].get("kind") == "collective":
            continue
        by_task[(label, t)].add(s)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (_label, task), actors in sorted(by_task.items()):
        for a, b in combinations(sorted(actors), 2):
            pairs[(a, b)].append(task)
    for (a, b), tasks in pairs.items():
        evidence: list[Evidence] = []
        for task in tasks:
            evidence.extend(entities[task]["evidence"][:1])
        relations[(schema.COOPERATES_WITH, a, b, ())] = {
            "props": {"weight": len(tasks), "via": sorted(tasks), "derived": True},
            "evidence": evidence,
        }


_MIN_ALIAS = 3   # two-character aliases (e.g. 攻势) match too much ordinary text


def _derive_concerns(entities: dict, relations: dict) -> None:
    """CONCERNS from every task to the initiatives its text names.

    Names are matched longest first at each place, so 新旧动能转换起步区 in a task is
    the project, not also the strategy 新旧动能转换 inside it (the project's own
    PART_OF leads there).
    """
    by_alias: dict[str, str] = {}
    for key, e in sorted(entities.items()):
        if e["label"] in (schema.PROJECT, schema.STRATEGY):
            for alias in {e["name"], *e["aliases"]}:
                if len(alias) >= _MIN_ALIAS:
                    by_alias.setdefault(alias, key)
    if not by_alias:
        return
    pattern = re.compile("|".join(re.escape(a) for a in sorted(by_alias, key=lambda a: (-len(a), a))))
    for key, e in entities.items():
        if e["label"] != schema.TASK:
            continue
        for target in sorted({by_alias[m.group()] for m in pattern.finditer(e["props"].get("text", ""))}):
            ident = (schema.CONCERNS, key, target, ())
            if ident not in relations:
                relations[ident] = {"props": {}, "evidence": list(e["evidence"][:1])}
