"""The one place where Neo4j's Cypher and LadybugDB's differ, for the templates kg ships.

Templates are written in Neo4j Cypher (so they paste into Neo4j Browser as they
are) within a subset both engines run; the few constructs LadybugDB spells
differently are rewritten here:

- `labels(n)[0]`, `type(r)` → `label(n)`, `label(r)`;
- `relationships(p)` → `rels(p)`;
- `substring(s, start, len)` → `substring(s, (start) + 1, len)`: Neo4j counts from 0, LadybugDB from 1;
- `allShortestPaths((a)-[r:T*MIN..MAX]-(b))` → `(a)-[r:T* ALL SHORTEST MIN..MAX]-(b)`:
  LadybugDB's shortest paths are a kind of variable-length relationship rather than
  a function around a pattern. One regex: one relationship between two named nodes,
  the variable and type optional, an arrow allowed at either end, MIN defaulting
  to 1 as in Neo4j; `shortestPath(…)` (one path) is not rewritten (LadybugDB's
  `SHORTEST` picks an arbitrary one of several, so answers would differ).

On Neo4j the runner asks for a template's rows as one row holding them all (`one_row`):
the Python driver costs about 20 µs a record, and a template returning 200 rows paid
more for them than the server spent finding them.

For ad-hoc queries, `keeping_column_names` also gives a bare `type(r)` or `labels(n)[0]`
in a RETURN the column name Neo4j gives it, so `kg cypher` shows the same header on
both stores (templates name their columns themselves).
"""
from __future__ import annotations

import functools
import re
from typing import Callable

_ALL_SHORTEST = re.compile(
    r"\ballShortestPaths\(\((\w+)\)(<?-)\[(\w*(?::[\w|]+)?)\*(\d*)\.\.(\d+)\](->?)\((\w+)\)\)"
)


def _all_shortest(m: re.Match) -> str:
    a, left, rel, low, high, right, b = m.groups()
    return f"({a}){left}[{rel}* ALL SHORTEST {low or 1}..{high}]{right}({b})"


_REWRITES = (
    (re.compile(r"\blabels\((\w+)\)\[0\]"), r"label(\1)"),
    (re.compile(r"\btype\((\w+)\)"), r"label(\1)"),
    (re.compile(r"\brelationships\((\w+)\)"), r"rels(\1)"),
    (_ALL_SHORTEST, _all_shortest),
)


_CLAUSE_END = re.compile(r"(?i)\b(ORDER\s+BY|SKIP|LIMIT|UNION)\b|;")
_BARE_FUNCTION = re.compile(r"(?i)^(type\(\s*\w+\s*\)|labels\(\s*\w+\s*\)\s*\[\s*0\s*\])$")


def _name_bare_functions(cypher: str, rewrite: Callable[[str], str]) -> str:
    """`RETURN type(r), labels(n)[0]` → `… type(r) AS <backquoted type(r)>`, with `rewrite` (the
    embedded dialect) applied to everything but those names: the embedded store then names
    the columns as Neo4j does, not after its rewrite of them."""
    parts: list[str] = []          # alternately: text to rewrite, a column name to keep
    pos = 0
    for m in re.finditer(r"(?i)\bRETURN\b(\s+DISTINCT\b)?", cypher):
        if m.start() < pos or _in_string(cypher, m.start()):
            continue
        start = m.end()
        end_m = _CLAUSE_END.search(cypher, start)
        end = end_m.start() if end_m else len(cypher)
        chunk = cypher[pos:start]
        for n, item in enumerate(_split_items(cypher[start:end])):
            chunk += "," if n else ""
            if _BARE_FUNCTION.match(item.strip()):
                parts += [chunk + item.rstrip() + " AS `", item.strip()]
                chunk = "`" + item[len(item.rstrip()):]
            else:
                chunk += item
        parts.append(chunk)
        parts.append("")
        pos = end
    parts.append(cypher[pos:])
    return "".join(rewrite(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _in_string(text: str, i: int) -> bool:
    quote = None
    for ch in text[:i]:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
    return quote is not None


def _unquoted(text: str, start: int = 0):
    """Each character of text[start:] outside quotes (the quotes left out), with the bracket depth before it."""
    depth, quote = 0, None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"`":
            quote = ch
        else:
            yield i, ch, depth
            depth += (ch in "([{") - (ch in ")]}")


def _top_level(text: str):
    """The positions of the characters outside quotes and brackets (the brackets and quotes
    themselves left out)."""
    return (i for i, ch, depth in _unquoted(text) if depth == 0 and ch not in "([{)]}")


def _split_items(text: str) -> list[str]:
    """A clause's items, split at the commas outside brackets and quotes."""
    items, last = [], 0
    for i in _top_level(text):
        if text[i] == ",":
            items.append(text[last:i])
            last = i + 1
    items.append(text[last:])
    return items


def _rewrite(cypher: str) -> str:
    for pattern, repl in _REWRITES:
        cypher = pattern.sub(repl, cypher)
    return _substring_from_one(cypher)


def _closing(text: str, start: int) -> int | None:
    """Where the bracket opened just before text[start] closes (quotes and inner brackets passed over)."""
    return next((i for i, ch, depth in _unquoted(text, start) if depth == 0 and ch in ")]}"), None)


_SUBSTRING = re.compile(r"(?i)\bsubstring\s*\(")


def _substring_from_one(cypher: str) -> str:
    """substring(s, 0, 3) as Neo4j reads it (from 0) in LadybugDB's terms (from 1): substring(s, (0) + 1, 3)."""
    out, pos = [], 0
    for m in _SUBSTRING.finditer(cypher):
        if m.start() < pos or _in_string(cypher, m.start()):
            continue
        end = _closing(cypher, m.end())
        if end is None:
            continue
        args = [_substring_from_one(a) for a in _split_items(cypher[m.end():end])]
        if len(args) == 2:      # (Neo4j's substring(s, start) runs to the end; LadybugDB wants the length)
            args.append(f" size({args[0].strip()})")
        if len(args) >= 2:
            args[1] = f" ({args[1].strip()}) + 1"
        out.append(cypher[pos:m.end()] + ",".join(args))
        pos = end
    return "".join(out) + cypher[pos:]


@functools.lru_cache(maxsize=1024)
def for_backend(cypher: str, backend: str) -> str:
    """The query as this backend runs it (a template's text is rewritten once, not per query)."""
    if backend != "embedded":
        return cypher
    return _rewrite(cypher)


def keeping_column_names(cypher: str, backend: str) -> str:
    """`for_backend`, with bare rewritten functions in RETURN keeping Neo4j's column names."""
    if backend != "embedded":
        return cypher
    return _name_bare_functions(cypher, _rewrite)


_WORD_AT = re.compile(r"(?i)(RETURN|ORDER\s+BY|SKIP|LIMIT|UNION)\b")
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def returned_columns(cypher: str) -> tuple[str, ...]:
    """The column names a query (without comment lines) returns: the items of its last
    RETURN outside brackets and quotes, each `… AS name` or a bare variable. () when there
    is no such RETURN or an item is neither (`RETURN a.key` names its column `a.key`)."""
    start, end = -1, len(cypher)
    for i in _top_level(cypher):
        if i and (cypher[i - 1].isalnum() or cypher[i - 1] == "_"):
            continue
        m = _WORD_AT.match(cypher, i)
        if m and m.group(1).upper() == "RETURN":
            start, end = m.end(), len(cypher)
        elif m and start >= 0 and end == len(cypher):
            end = i
    if start < 0:
        return ()
    text = cypher[start:end].strip()
    if re.match(r"(?i)DISTINCT\b", text):
        text = text[len("DISTINCT"):]
    names = []
    for item in _split_items(text):
        m = re.search(r"(?i)\bAS\s+(\w+)\s*$", item)
        name = m.group(1) if m else item.strip()
        if not _VARIABLE.fullmatch(name):
            return ()
        names.append(name)
    return tuple(names)


def one_row(cypher: str, columns: tuple[str, ...]) -> str:
    """The query as one row whose one column holds its rows, in its order, as lists of
    `columns` (returned_columns): a subquery's ordered rows feed collect() as they come."""
    return "CALL {\n" + cypher + "\n}\nRETURN collect([" + ", ".join(columns) + "]) AS rows"
