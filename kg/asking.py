"""Answering `kg query`: resolve the name the user typed, run the template, add related views."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from graph import schema
from graph.errors import NotFound, QueryError
from graph.store import QueryResult, Store
from queries import names, prepare, runner

# Views shown after a template's own table (in table format): leader and
# department answers end with who they work with.
_EXTRAS = {"leader": ("appearances", "partners"), "department": ("partners",)}


def is_evidence(column: str) -> bool:
    """Columns that hold the sentences a fact was read from (evidence, taskEvidence…)."""
    return column == "evidence" or column.endswith("Evidence")


def _is_spans(column: str) -> bool:
    return column == "spans" or column.endswith("Spans")


def _hidden(column: str) -> bool:
    # Span references (doc:start-end) and bare keys beside readable ones (taskKeys beside tasks)
    # are for programs; json and csv carry them.
    return _is_spans(column) or column.endswith("Keys")


def table_columns(columns: list[str] | tuple[str, ...], chosen: tuple[str, ...] = (), evidence: bool = False) -> tuple[str, ...]:
    """The columns a table shows: the template's choice (all when it makes none), without
    evidence unless asked for; when asked, every column the result has but those for programs
    (the evidence, and what the choice left out: partners' shared tasks)."""
    base = [c for c in (chosen or columns) if c in columns and not _hidden(c) and not is_evidence(c)]
    if evidence:
        base += [c for c in columns if c not in base and not _hidden(c)]
    return tuple(base)


@dataclass(frozen=True)
class Section:
    """One table of an answer: the template's own rows, or a view added after them (a
    leader's appearances and partners). Every format carries every section."""
    name: str                      # the template the rows come from: leader, partners…
    title: str                     # leader 郑德雁, partners of 郑德雁
    result: QueryResult            # the rows shown (--limit applied)
    total: int                     # the rows there were before --limit
    chosen: tuple[str, ...] = ()   # the columns a table shows (empty: all)

    def columns(self, evidence: bool) -> tuple[str, ...]:
        return table_columns(self.result.columns, self.chosen, evidence)


@dataclass
class Answer:
    title: str
    result: QueryResult
    notes: list[str] = field(default_factory=list)
    extras: list[Section] = field(default_factory=list)
    table_columns: tuple[str, ...] = ()
    subject: tuple[str, str] = ("", "")      # (label, stored name) of the entity asked about
    subject_keys: tuple[str, ...] = ()       # the keys of every entity the name was taken for
    template: str = ""
    total: int = 0                           # the template's rows before --limit

    def columns(self, evidence: bool) -> tuple[str, ...]:
        """The table view's columns: the template's choice, plus evidence when asked."""
        return table_columns(self.result.columns, self.table_columns, evidence)

    @property
    def sections(self) -> list[Section]:
        """The template's own rows, then the views added after them."""
        main = Section(self.template, self.title, self.result, max(self.total, len(self.result.rows)), self.table_columns)
        return [main, *self.extras]


def sort_key(row: list[Any]) -> list[tuple]:
    """A total order over rows of mixed values: nulls first, then booleans, numbers, text, the rest."""
    out = []
    for v in row:
        if v is None:
            out.append((0, 0, ""))
        elif isinstance(v, bool):
            out.append((1, int(v), ""))
        elif isinstance(v, (int, float)):
            out.append((2, v, ""))
        elif isinstance(v, str):
            out.append((3, 0, v))
        else:
            out.append((4, 0, repr(v)))
    return out


def natural(value: Any) -> list:
    """A sort key reading the numbers in a text as numbers: task "2. …" before "10. …"."""
    return [(0, int(part), "") if _DIGITS.fullmatch(part) else (1, 0, part)
            for part in _DIGITS.split(str(value)) if part]


_DIGITS = re.compile(r"(\d+)")


def sort_lists(result: QueryResult) -> QueryResult:
    """Lists collected by a query have no order of their own; sort them so output is stable."""
    rows = [[sorted(v, key=natural) if isinstance(v, list) and not _ordered(c) else v for c, v in zip(result.columns, row)] for row in result.rows]
    return QueryResult(result.columns, rows)


def _ordered(column: str) -> bool:
    # Evidence lists are ordered by document and offset already, in step with their spans.
    return is_evidence(column) or _is_spans(column)


def stable(result: QueryResult, cypher: str) -> QueryResult:
    """Rows in a stable order: as the query orders them, or sorted when it sets no order."""
    if "ORDER BY" in " ".join(cypher.upper().split()):
        return result
    return QueryResult(result.columns, sorted(result.rows, key=sort_key))


def _run(store: Store, template: str, params: dict[str, Any]) -> QueryResult:
    """A template's rows as kg shows them: collected lists sorted, rows in a stable order."""
    return stable(sort_lists(runner.run(store, template, params)), runner.get(template).body)


def limited(result: QueryResult, limit: int | None, what: str = "") -> tuple[QueryResult, str]:
    """The first `limit` rows, and a note when rows were left out (naming `what` was cut)."""
    if limit is None or len(result.rows) <= limit:
        return result, ""
    of = f" of {what}" if what else ""
    return QueryResult(result.columns, result.rows[:limit]), f"showing {limit} of {len(result.rows)} rows{of} (--limit {limit})"


def resolve_region(store: Store, region: str, *, strict: bool = False) -> tuple[str, str]:
    """The region as the templates take it (a name or path ending), resolving one typed in
    pinyin or in part (Jinan, 济南) to its key; a note when it was resolved. An unknown
    region is left to the template's own lookup, or with `strict` raises NotFound ("no
    region named …; did you mean …")."""
    entries = names.label_entries(store, schema.REGION)
    if any(e.key.endswith(region) or region in e.aliases for e in entries):
        return region, ""
    try:
        found = names.resolve(store, (schema.REGION,), region)
    except names.Ambiguous:
        raise
    except names.NotFound as e:
        if strict:
            raise names.NotFound(str(e) + _gazetteer_hint((schema.REGION,), region)) from e
        return region, ""        # the template's own lookup says what is missing
    keys = sorted({m.key for m in found.matches})
    if len(keys) != 1:
        return region, ""
    return keys[0], found.note


def _gazetteer_hint(labels: tuple[str, ...], name: str) -> str:
    """For a region the graph lacks: which regions of China bear that name (no document loaded names them)."""
    if schema.REGION not in labels:
        return ""
    from loaders.recognisers.lexicon import default_lexicon
    found = default_lexicon().candidates(name.strip())
    if not found:
        return ""
    keys = [r.key for r in found]
    shown = "; ".join(keys[:8]) + ("; …" if len(keys) > 8 else "")
    if len(keys) == 1:
        return f"; in China it is {shown}, which no loaded document names"
    example = found[0].parent.rsplit("/", 1)[-1] + found[0].name
    return f"; in China {len(keys)} regions bear that name ({shown}), none named by a loaded document: name its parent too ({example})"


def document_key(store: Store, typed: str) -> tuple[str, str]:
    """`kg query document`'s argument as the template takes it: a key or its first characters
    as typed; else the key of the document with this title or file name (and a note), as
    `kg export --document` finds it. Raises NotFound when no document answers to it."""
    typed = typed.strip()
    docs = store.run(f"MATCH (d:{schema.DOCUMENT}) RETURN d.key AS key, d.title AS title, "
                     "d.name AS name, d.source AS source ORDER BY key").rows
    if any(key.startswith(typed) for key, *_ in docs):
        return typed, ""
    for test in (lambda title, name, source: typed in (title, name),
                 lambda title, name, source: (source or "").split("#")[0].endswith(typed)):
        hits = [(key, title or name) for key, title, name, source in docs if test(title, name, source)]
        if len(hits) == 1:
            return hits[0][0], f"taking document {hits[0][0]} for {typed}"
        if len(hits) > 1:
            raise QueryError(f"{typed!r} names {len(hits)} documents: give one key ({', '.join(k for k, _ in hits)})")
    raise NotFound(f"no document named {typed!r} (no key, title or file name matches); kg query documents lists them")


def several_regions(name: str, matches: list[names.Match], doing: str) -> list[str]:
    """A note when a name means entities in several regions (and no --region chose)."""
    regions = sorted({m.region for m in matches if m.region})
    unplaced = sum(1 for m in matches if not m.region)     # each stands for itself (schema.unplaced_key)
    if len(regions) + unplaced < 2:
        return []
    where = [f"{len(regions)} region{'s' * (len(regions) != 1)} ({', '.join(regions)})"] if regions else []
    if unplaced:
        where.append(f"{unplaced} document{'s' * (unplaced != 1)} that name{'s' * (unplaced == 1)} no region")
    return [f"{name} is in {' and '.join(where)}: {doing}; use --region to choose"]


def ask(store: Store, template: str, name: str | list[str] | None, region: str, params: dict[str, Any],
        *, limit: int | None = None) -> Answer:
    # One look at whether the store was written, for the names, the template and its extra
    # views together (on Neo4j each look is a round trip).
    with prepare.same_state():
        return _ask(store, template, name, region, params, limit)


def _ask(store: Store, template: str, name: str | list[str] | None, region: str, params: dict[str, Any],
         limit: int | None) -> Answer:
    t = runner.get(template)
    given = dict(params)
    required = [p.name for p in t.params if p.required]
    positional = [name] if isinstance(name, str) else list(name or [])
    slots = required or ["name"]
    if len(positional) > len(slots):
        raise QueryError(f"template {template!r} takes {len(slots)} argument(s) ({', '.join(slots)}), not {len(positional)}")
    for slot, value in zip(slots, positional):
        given.setdefault(slot, value)
    if limit is not None and "limit" in {p.name for p in t.params}:
        given.setdefault("limit", limit)     # a template that limits itself gets the same number
    notes: list[str] = []
    if region:
        region, note = resolve_region(store, region)
        notes += [note] if note else []
        given["region"] = region
    labels = names.TEMPLATE_LABELS.get(template)
    subject, subject_keys = ("", ""), ()
    if labels and "name" in given:
        try:
            found = names.resolve(store, labels, given["name"], given.get("region", ""))
        except names.NotFound as e:
            raise names.NotFound(str(e) + _gazetteer_hint(labels, given["name"])) from e
        if found.note:
            notes.append(found.note)
        given["name"] = found.name        # as typed (trimmed) when exact, else the name it was taken for
        if found.how == "exact" and not any(found.name == m.name for m in found.matches) \
                and len({m.name for m in found.matches}) == 1:
            # Found through the alias table: ask the template for the stored name.
            given["name"] = found.matches[0].name
        if not region:
            notes += several_regions(given["name"], found.matches, "showing all")
        subject = (found.matches[0].label, given["name"])
        subject_keys = tuple(sorted({m.key for m in found.matches}))
    for param, param_labels in names.PARAM_LABELS.get(template, {}).items():
        if given.get(param) and param in {p.name for p in t.params}:
            try:
                found = names.resolve(store, param_labels, str(given[param]))
            except names.Ambiguous:
                raise
            except names.NotFound:
                continue          # a key, a document, a task: the template looks for it itself
            if found.how != "exact":
                given[param] = found.name
                notes.append(found.note)
    if template == "document" and given.get("key"):
        given["key"], note = document_key(store, str(given["key"]))
        notes += [note] if note else []
    result = _run(store, template, given)
    total = len(result.rows)
    title = " ".join([template, *(str(given.get(r, "")) for r in required)]).strip()
    extra_names = _EXTRAS.get(template, ())
    result, note = limited(result, limit, title if extra_names else "")
    notes += [note] if note else []
    extras = []
    for extra in extra_names:
        extra_params = {k: v for k, v in given.items() if k in {p.name for p in runner.get(extra).params}}
        whole = _run(store, extra, extra_params)
        extra_title = f"{extra} of {given.get('name', '')}"
        extra_result, note = limited(whole, limit, extra_title)
        notes += [note] if note else []
        extras.append(Section(extra, extra_title, extra_result, len(whole.rows), runner.get(extra).columns))
    return Answer(title, result, notes, extras, t.columns, subject, subject_keys=subject_keys, template=template,
                  total=total)


def in_english(answer: Answer) -> Answer:
    """The answer with names, titles, departments and regions in English (`--lang en`)."""
    from kg import lang
    label, name = answer.subject
    title = answer.title
    head, _, arg = answer.title.partition(" ")
    if arg:
        shown = lang.english(_KIND_OF_LABEL.get(label, lang.AUTO), arg)
        if shown != arg:
            title = f"{head} {shown} ({arg})"
    extras = []
    for extra in answer.extras:
        extra_title = extra.title
        if name and extra_title.endswith(f" of {name}"):
            shown = lang.english(_KIND_OF_LABEL.get(label, lang.AUTO), name)
            extra_title = f"{extra_title.removesuffix(name)}{shown}"
        extras.append(replace(extra, title=extra_title, result=lang.to_english(extra.result)))
    return replace(answer, title=title, result=lang.to_english(answer.result), extras=extras)


_KIND_OF_LABEL = {schema.LEADER: "person", schema.REGION: "region", schema.DEPARTMENT: "department"}
