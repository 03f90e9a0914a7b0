"""English for readers of Chinese policy who do not read Chinese: `--lang en`.

What is rendered, and from where:
- titles of office (市长 → Mayor, 代市长 → Acting Mayor): titles.tsv's English column, and
  the `title` lines of english.tsv;
- government units (市财政局 → Municipal Finance Bureau, 市发改委 → Municipal Development and
  Reform Commission): the `department` and `unit` lines of english.tsv (loaders/data/,
  its header documents the format), through the department alias table;
- people's names in pinyin, family name first (郑德雁 → Zheng Deyan);
- places in pinyin with their level word (济南市 → Jinan City, 历城区 → Licheng District,
  山东省/济南市 → Shandong Province/Jinan City).
Anything else, and any term the tables do not hold, stays in Chinese: kg never makes
up a translation. Which columns hold what is said by `kinds_for`.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from graph.store import QueryResult

# What a column holds, by its name. A column of an ad-hoc query named like a property
# (l.name, n.region) is read by the part after the dot.
PERSON, TITLE, DEPARTMENT, REGION, TERM, AUTO = "person", "title", "department", "region", "term", "auto"
KINDS = (PERSON, TITLE, DEPARTMENT, REGION, TERM, AUTO)
DEFAULT_KINDS: dict[str, str] = {
    **dict.fromkeys(("leader", "leaders", "coLeaders", "speaker", "official", "officials", "person", "people"), PERSON),
    **dict.fromkeys(("titles", "speakerTitle", "office", "offices"), TITLE),
    **dict.fromkeys(("department", "departments", "leadDepartments", "supportDepartments", "otherUnits",
                     "unit", "units", "issuer"), DEPARTMENT),
    **dict.fromkeys(("region", "regions", "parentRegion"), REGION),
    # Columns whose values may be of any kind (partners, path steps, a region's contents).
    **dict.fromkeys(("name", "names", "actor", "actors", "partner", "partners", "responsible", "detail",
                     "source", "target", "from", "to", "a", "b", "node", "nodes", "entity", "entities",
                     "project", "projects", "strategy", "strategies", "partOf", "parts", "initiative",
                     "initiatives", "caption"), AUTO),
}

_ROLE_SUFFIX = re.compile(r"^(?P<name>.+?) \((?P<role>[a-z]+)\)$")     # responsible: 郑德雁 (lead)
_CJK = re.compile(r"^[\u3400-\u9fff]+$")
_TITLE_SEP = "、"


# The tables
@dataclass
class Tables:
    department: dict[str, str] = field(default_factory=dict)
    unit: dict[str, str] = field(default_factory=dict)
    prefix: dict[str, str] = field(default_factory=dict)
    level: dict[str, str] = field(default_factory=dict)
    place: dict[str, str] = field(default_factory=dict)
    surname: dict[str, str] = field(default_factory=dict)
    title: dict[str, str] = field(default_factory=dict)
    term: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=4)
def _tables(user_dir: str) -> Tables:
    from loaders.recognisers.lexicon import data_rows
    from loaders.recognisers.officials import titles_table
    t = Tables()
    t.title.update({x.text: x.english for x in titles_table().by_text.values() if x.english})
    for row in data_rows("english.tsv"):
        if len(row) < 3 or not row[0] or not row[1]:
            continue
        table = getattr(t, row[2], None)
        if isinstance(table, dict):
            table[row[0]] = row[1]
    return t


def tables() -> Tables:
    return _tables(os.environ.get("KG_LEXICON_DIR", ""))


# Pinyin
@lru_cache(maxsize=8192)
def syllables(text: str) -> tuple[str, ...]:
    """pypinyin's reading of Chinese text, one toneless syllable a character (ü as v)."""
    from pypinyin import Style, lazy_pinyin
    return tuple(lazy_pinyin(text, style=Style.NORMAL))


def join_syllables(parts: Iterable[str]) -> str:
    """Pinyin written as one word: capitalised, ü as ü, an apostrophe before a syllable
    opening with a vowel (Tai'an, Dong'e)."""
    out = ""
    for s in parts:
        s = s.replace("v", "ü")
        if out and s[:1] in ("a", "o", "e"):
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def surname_length(name: str) -> int:
    from loaders.recognisers.officials import surnames
    return 2 if len(name) >= 3 and name[:2] in surnames() else 1


def person(name: str) -> str:
    """郑德雁 → Zheng Deyan: family name first, as Chinese names are written in English."""
    plain = name.replace(" ", "").replace("\u3000", "")
    if not _CJK.match(plain) or not 2 <= len(plain) <= 5:
        return name
    n = surname_length(plain)
    readings = list(syllables(plain))
    family = tables().surname.get(plain[:n]) or join_syllables(readings[:n])
    return f"{family[:1].upper()}{family[1:]} {join_syllables(readings[n:])}"


def _split_level(name: str) -> tuple[str, str]:
    """(stem, level suffix) of a place name by its last characters: 济南市 → (济南, 市)."""
    for suffix in sorted(tables().level, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def _stem(stem: str, reading: tuple[str, ...] | None = None) -> str:
    t = tables()
    if stem in t.place:
        return t.place[stem]
    return join_syllables(reading if reading is not None else syllables(stem))


def _known_place(name: str) -> bool:
    from loaders.recognisers.lexicon import default_lexicon
    return bool(default_lexicon()._by_name.get(name))


def place(name: str) -> str:
    """济南市 → Jinan City, 冠县 → Guan County, 山东省/济南市 → Shandong Province/Jinan City.
    A part that is neither a known region nor ends with a level word stays as written."""
    if "/" in name:
        return "/".join(place(part) for part in name.split("/"))
    t = tables()
    if name in t.term:
        return t.term[name]
    if not _CJK.match(name):
        return name
    stem, suffix = _split_level(name)
    if not suffix:
        return _stem(name) if _known_place(name) else name
    # Read the whole name, so the phrase dictionary sees it (莘县 is Shen County).
    reading = syllables(name)[: len(stem)]
    return f"{_stem(stem, reading)} {t.level[suffix]}"


def _with_level(english: str, word: str) -> str:
    return english.replace("{level}", word) if "{level}" in english else f"{word} {english}"


def department(name: str) -> str | None:
    """市财政局 → Municipal Finance Bureau; 东昌府区人民政府 → Dongchangfu District People's
    Government; None when the table does not know the body."""
    from loaders.recognisers.lexicon import default_lexicon
    t = tables()
    if name in t.unit:
        return t.unit[name]
    lex = default_lexicon()
    canonical = lex.department_name(name)
    if canonical in t.unit:
        return t.unit[canonical]
    for prefix, word in sorted(t.prefix.items(), key=lambda kv: -len(kv[0])):
        if canonical.startswith(prefix):
            stem = canonical[len(prefix):]
            stem = lex.department_name(stem)
            if stem in t.department:
                return _with_level(t.department[stem], word)
    # Written with its region: the region's name, then the body (聊城海关, 东昌府区人民政府).
    for n in range(min(len(name) - 1, 8), 1, -1):
        if _known_place(name[:n]):
            rest = lex.department_name(name[n:])
            if rest in t.department:
                return _with_level(t.department[rest], place(name[:n]))
            break
    return None


def title(text: str) -> str | None:
    """市长 → Mayor; a chain 代市长、市委副书记 → Acting Mayor, Deputy Municipal Party
    Secretary (a part the tables do not know stays Chinese); None when no part is known."""
    t = tables()
    if text in t.title:
        return t.title[text]
    parts = text.split(_TITLE_SEP)
    if len(parts) > 1 and any(p in t.title for p in parts):
        return ", ".join(t.title.get(p, p) for p in parts)
    return None


def _looks_like_person(text: str) -> bool:
    from loaders.recognisers.officials import _PLACE_END, surnames
    plain = text.replace(" ", "")
    return (bool(_CJK.match(plain)) and 2 <= len(plain) <= 4 and plain[-1] not in _PLACE_END
            and (plain[:1] in surnames() or plain[:2] in surnames()))


def auto(text: str) -> str:
    """A value of any kind: a known unit, title, term or place, else a person's name, else as is."""
    t = tables()
    if text in t.term:
        return t.term[text]
    found = department(text) or title(text)
    if found:
        return found
    # Only places kg knows: 起步区 (a project) or 牛奶小镇 end like places and are none.
    if _known_place(text) or ("/" in text and all(_known_place(p) or _split_level(p)[1] for p in text.split("/"))):
        return place(text)
    if _looks_like_person(text):
        return person(text)
    return text


_BY_KIND = {
    PERSON: person,
    TITLE: lambda v: title(v) or v,
    DEPARTMENT: lambda v: department(v) or v,
    REGION: place,
    TERM: lambda v: tables().term.get(v, v),
    AUTO: auto,
}


def english(kind: str | None, value: Any) -> Any:
    """One value in English by its kind: strings, lists of them; maps (nodes, relationships)
    by their property names, whatever the column's kind."""
    if isinstance(value, dict):
        return {k: english(kind_of(k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [english(kind, v) for v in value]
    if kind not in _BY_KIND or not isinstance(value, str) or not value:
        return value
    m = _ROLE_SUFFIX.match(value)
    if m:
        return f"{english(kind, m.group('name'))} ({m.group('role')})"
    return _BY_KIND[kind](value)


def kind_of(column: str) -> str | None:
    """What a column holds, from its name (n.name reads as name)."""
    if column in DEFAULT_KINDS:
        return DEFAULT_KINDS[column]
    tail = column.rpartition(".")[2]
    if tail != column and tail in DEFAULT_KINDS:
        return DEFAULT_KINDS[tail]
    return None


def kinds_for(columns: Iterable[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """{column: kind} for the columns that hold names, titles, departments or regions."""
    out = {c: k for c in columns if (k := kind_of(c))}
    out.update(overrides or {})
    return out


def to_english(result: QueryResult, columns_kinds: dict[str, str] | None = None) -> QueryResult:
    """The result with its name, title, department and region columns in English; other
    columns, and terms the tables do not hold, unchanged. `columns_kinds` maps a column to
    one of KINDS (default: `kinds_for(result.columns)`)."""
    kinds = kinds_for(result.columns) if columns_kinds is None else columns_kinds
    col_kinds = [kinds.get(c) for c in result.columns]
    rows = [[english(kind, v) for kind, v in zip(col_kinds, row)] for row in result.rows]
    return QueryResult(list(result.columns), rows)
