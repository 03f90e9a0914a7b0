"""Finds the .cypher templates, reads their headers, checks parameters and runs them on a store.

A template's header is its `//` comment lines:
    // <one line: what it answers>
    // param: NAME TYPE [= DEFAULT] — help          (no default: required)
    // example: kg query leader 郑德雁
    // columns: seq, role, deadline, task           (what a table shows; json/csv show all)
    // :param name => '郑德雁'                      (Neo4j Browser, pasted as is)
    // prepare: NAME / finish: NAME                 (Python steps before/after the body: queries/prepare.py)
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import QueryError, StoreError
from graph.store import QueryResult, Store
from . import prepare
from .dialect import for_backend, one_row, returned_columns

TEMPLATE_DIR = Path(__file__).parent
_PARAM = re.compile(r"param:\s*(\w+)\s+(string|int|float|bool)(?:\s*=\s*(\S+))?\s*(?:[—-]+\s*(.*))?$")
_NAME = re.compile(r"\w+")
_STEP = re.compile(r"(prepare|finish):\s*(\w+)$")
_CASTS = {"string": str, "int": int, "float": float, "bool": lambda v: str(v).lower() in ("1", "true", "yes")}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any          # None: required
    help: str

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class Template:
    name: str
    summary: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    columns: tuple[str, ...]   # the table view's columns; empty: all
    cypher: str           # the whole file, header included (comments are valid Cypher)
    prepare: str = ""     # queries/prepare.py PREPARERS: adds parameters before the body runs
    finish: str = ""      # queries/prepare.py FINISHERS: reshapes the body's rows

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Parameters for the store: defaults filled, types checked, unknown names refused."""
        known = {p.name: p for p in self.params}
        for name in given:
            if name not in known:
                raise QueryError(f"template {self.name!r} has no parameter {name!r}; it takes: {', '.join(known) or 'none'}")
        out = {}
        for p in self.params:
            value = given.get(p.name)
            if value is None:
                if p.required:
                    raise QueryError(f"template {self.name!r} needs the parameter {p.name!r} ({p.help})")
                value = p.default
            try:
                out[p.name] = _CASTS[p.type](value)
            except ValueError as e:
                raise QueryError(f"parameter {p.name!r} of {self.name!r} must be {p.type}, not {value!r}") from e
        return out

    @functools.cached_property
    def body(self) -> str:
        return "\n".join(ln for ln in self.cypher.splitlines() if not ln.lstrip().startswith("//")).strip()

    @functools.cached_property
    def returns(self) -> tuple[str, ...]:
        """The body's column names (dialect.returned_columns); () when they cannot be read from it."""
        return returned_columns(self.body)


def parse_template(name: str, text: str) -> Template:
    summary, params, examples, columns, steps = "", [], [], [], {}
    for line in text.splitlines():
        s = line.strip()
        if not s.startswith("//"):
            continue
        s = s[2:].strip()
        m = _PARAM.match(s)
        step = _STEP.match(s)
        if step:
            steps[step.group(1)] = step.group(2)
        elif m:
            pname, ptype, default, help_ = m.groups()
            if default is not None:
                default = "" if default in ('""', "''") else _CASTS[ptype](default.strip("'\""))
            params.append(Param(pname, ptype, default, help_ or ""))
        elif s.startswith("example:"):
            examples.append(s.removeprefix("example:").strip())
        elif s.startswith("columns:"):
            columns = [c.strip() for c in s.removeprefix("columns:").split(",") if c.strip()]
        elif s and not summary and not s.startswith((":param", "parity:")):
            summary = s
    return Template(name, summary, tuple(params), tuple(examples), tuple(columns), text,
                    steps.get("prepare", ""), steps.get("finish", ""))


# Parsed templates by file, with the modification time they were parsed at: every query
# looks its template up, and parsing them all each time cost more than many queries.
_PARSED: dict[Path, tuple[int, Template]] = {}


def _parsed(path: Path) -> Template:
    mtime = path.stat().st_mtime_ns
    hit = _PARSED.get(path)
    if hit is None or hit[0] != mtime:
        hit = (mtime, parse_template(path.stem, path.read_text(encoding="utf-8")))
        _PARSED[path] = hit
    return hit[1]


def templates() -> dict[str, Template]:
    return {p.stem: _parsed(p) for p in sorted(TEMPLATE_DIR.glob("*.cypher"))}


def get(name: str) -> Template:
    if _NAME.fullmatch(name):
        try:
            return _parsed(TEMPLATE_DIR / f"{name}.cypher")     # one stat, not a directory listing
        except FileNotFoundError:
            pass
    all_ = templates()
    if name in all_:
        return all_[name]
    close = difflib.get_close_matches(name, list(all_), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"unknown template {name!r}{hint} (known: {', '.join(all_)})")


def run(store: Store, name: str, params: dict[str, Any] | None = None) -> QueryResult:
    template = get(name)
    bound = template.bind(params or {})
    try:
        with prepare.same_state():
            bound = prepare.before(template.prepare, store, bound)
            result = _execute(store, template, bound)
            return prepare.after(template.finish, store, bound, result)
    except StoreError as e:
        raise QueryError(f"template {name!r} failed on the {store.backend} store: {e}") from e


def _execute(store: Store, template: Template, params: dict[str, Any]) -> QueryResult:
    """The body's rows. On Neo4j as one collected row (dialect.one_row) when its columns are
    known: the driver's cost per record made the many-row templates (deadlines, stats) take
    a third longer than the same rows in one."""
    body = for_backend(template.body, store.backend)
    if store.backend == "neo4j" and template.returns:
        res = store.run(one_row(body, template.returns), params)
        return QueryResult(list(template.returns), [list(row) for row in res.rows[0][0]] if res.rows else [])
    return store.run(body, params)


def describe(t: Template) -> str:
    """A template's help, from its header: what it answers, its parameters, examples."""
    lines = [f"kg query {t.name} " + " ".join(p.name.upper() if p.required else f"[--param {p.name}=…]" for p in t.params),
             "", t.summary, ""]
    if t.params:
        lines.append("Parameters:")
        for p in t.params:
            default = "required" if p.required else f"default {p.default!r}"
            lines.append(f"  {p.name} ({p.type}, {default}): {p.help}")
        lines.append("")
    if t.examples:
        lines.append("Examples:")
        lines += [f"  {e}" for e in t.examples]
        lines.append("")
    lines.append(f"Cypher: {TEMPLATE_DIR / (t.name + '.cypher')}")
    return "\n".join(lines)
