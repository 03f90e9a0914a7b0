"""Finding the entity a user means by a name, as people actually type it.

Tried in this order; the first that finds something answers:
1. the exact name or an alias (a department also through the alias table, 市发改委;
   a region also by its key, 山东省/济南市);
2. for a name typed in Latin letters: pinyin of people and places (Zheng Deyan,
   zhengdeyan, ZHENG Deyan, zheng-deyan, Zhèng Déyàn, Deyan Zheng; Jinan, Jinan City),
   with every reading pypinyin knows of a family name (曾 is Zeng or Ceng), and the
   English of any name (Municipal Finance Bureau, Rural Revitalization: kg.lang);
3. part of a name: 豪志 → 赵豪志, 济南 → 济南市; in pinyin, whole syllables (Deyan).
A lookup by pinyin or part that finds one name takes it and says so in a note (taking
赵豪志 for 豪志); one that finds several is an error listing them all: kg never guesses.
Nothing found: "no leader named 郑德言; did you mean 郑德雁?", the suggestions ranked by
rapidfuzz's ratio over names and aliases.

The names of a label are read from the store once per store and graph: again after a write.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
import weakref
from dataclasses import dataclass, field

from graph import schema
from graph.errors import NotFound
from graph.store import Store
from .prepare import bulk_build, fingerprint

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
# Other parameters that name an entity of any of these labels. The template also takes
# keys and other labels (a document, a task): a name kg cannot find is passed on as typed.
NAMED = (schema.LEADER, schema.DEPARTMENT, schema.REGION, schema.PROJECT, schema.STRATEGY)
PARAM_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "path": {"a": NAMED, "b": NAMED},
}
_NOUN = {schema.LEADER: "leader", schema.DEPARTMENT: "department", schema.PROJECT: "project",
         schema.STRATEGY: "strategy", schema.REGION: "region"}
# Labels whose names are read in pinyin (people and places).
PINYIN_LABELS = (schema.LEADER, schema.REGION)

SUGGESTIONS = 5          # at most this many "did you mean"s
CUTOFF = 50              # rapidfuzz ratio (0–100) a suggestion needs; 郑德言 ~ 郑德雁 is 67
LATIN_CUTOFF = 80        # the same for names typed in pinyin: zhengdeyang ~ zhengdeyan is 95
SHOWN = 20               # candidates listed in an ambiguity error before "and N more"
_MAX_READINGS = 32       # heteronym combinations kept per name


class Ambiguous(NotFound):
    """A name that could be several entities: the message lists them all."""


@dataclass(frozen=True, order=True)
class Match:
    label: str
    key: str
    name: str
    region: str


@dataclass
class Resolution:
    """What a typed name was taken to mean: the stored name to ask for, and how it was found."""
    name: str
    matches: list[Match]
    how: str = "exact"            # exact | latin (pinyin or English) | partial
    note: str = ""                # for the user, when the name was not the one typed


# The names of a label, read once per store
@dataclass
class _Entry:
    label: str
    key: str
    name: str
    aliases: tuple[str, ...]
    region: str
    _keys: tuple[set[str], list[tuple[str, ...]]] | None = field(default=None, repr=False)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *[a for a in self.aliases if a != self.name])

    def match(self) -> Match:
        return Match(self.label, self.key, self.name, self.region)


# Per store object: {label: (fingerprint, entries)}.
_CACHE: "weakref.WeakKeyDictionary[object, dict[str, tuple[object, list[_Entry]]]]" = weakref.WeakKeyDictionary()


def _state(store: Store) -> object:
    """When the store can tell cheaply whether it was written (`fingerprint()`), its
    fingerprint: names are read again after a write, by this process or another. Any other
    store's names are read once (forget() drops them)."""
    if callable(getattr(store, "fingerprint", None)):
        return fingerprint(store)
    return None


def label_entries(store: Store, label: str) -> list[_Entry]:
    if label not in schema.LABELS:   # labels are never taken from user input unchecked
        raise ValueError(label)
    try:
        cached = _CACHE.setdefault(store, {})
    except TypeError:                 # a store that cannot be weakly referenced: no cache
        cached = {}
    state = _state(store)
    hit = cached.get(label)
    if hit is None or hit[0] != state:
        # Only labels that have a region say it (a Region's region is its own key).
        region = "n.region" if "region" in schema.node_properties(label) else "n.key"
        # One row holding every entry: Neo4j's driver costs ~20 µs a record (3× faster so).
        with bulk_build():
            res = store.run(f"MATCH (n:{label}) RETURN collect({{key: n.key, name: n.name, aliases: n.aliases, "
                            f"region: {region}}}) AS entries")
            rows = sorted(res.rows[0][0] if res.rows else [], key=lambda e: e["key"])
            hit = (state, [_Entry(label, e["key"], e["name"] or "", tuple(e["aliases"] or ()), e["region"] or "") for e in rows])
        cached[label] = hit
    return hit[1]


def forget(store: Store) -> None:
    """Drop the names read from this store (a store without a fingerprint, after writing to it)."""
    _CACHE.pop(store, None)


# Forms of a typed name
def _forms(label: str, name: str) -> set[str]:
    """The name as typed, and for a department its canonical form from the alias table
    (so 市发改委 finds 市发展和改革委员会 even where documents wrote 市发展改革委)."""
    forms = {name}
    if label == schema.DEPARTMENT:
        from loaders.recognisers.lexicon import default_lexicon
        forms.add(default_lexicon().department_name(name))
    return forms


_CJK = re.compile(r"[\u3400-\u9fff]")


def is_latin(text: str) -> bool:
    """Typed in Latin letters (pinyin or English), not in Chinese."""
    return bool(re.search(r"[A-Za-z]", _fold(text))) and not _CJK.search(text)


def _fold(text: str) -> str:
    """Tone marks and diaereses off: Zhèng → Zheng, lǜ → lu."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def latin_key(text: str) -> str:
    """What pinyin or English is compared by: lower-case letters only (no tones, spaces,
    hyphens, apostrophes or tone numbers)."""
    return re.sub(r"[^a-z]", "", _fold(text).lower())


def _surname_readings(ch: str) -> list[str]:
    """Every reading of a family name's character: the table's (单 Shan) first, then pypinyin's."""
    from pypinyin import Style, pinyin
    from kg.lang import tables
    out = []
    fixed = tables().surname.get(ch)
    if fixed:
        out.append(latin_key(fixed))
    for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]:
        if r not in out:
            out.append(r)
    return out


def _pinyin_keys(entry: _Entry) -> tuple[set[str], list[tuple[str, ...]]]:
    """(whole-name keys, syllable sequences) of an entry's name and aliases."""
    if entry._keys is not None:
        return entry._keys
    from kg import lang
    keys: set[str] = set()
    sequences: list[tuple[str, ...]] = []
    for form in entry.forms:
        form = re.sub(r"\s+", "", form)
        if not form or not _CJK.search(form):
            continue
        base = list(lang.syllables(form))
        if len(base) != len(form):        # mixed with Latin or digits: read as one sequence
            sequences.append(tuple(base))
            keys.add(latin_key("".join(base)))
            continue
        options = [[s] for s in base]
        if entry.label == schema.LEADER:
            n = lang.surname_length(form)
            if n == 1:
                options[0] = _surname_readings(form[0]) + [s for s in base[:1] if s not in _surname_readings(form[0])]
            else:
                fixed = lang.tables().surname.get(form[:2])
                if fixed:
                    keys.add(latin_key(fixed) + "".join(base[2:]))
            readings = list(itertools.islice(itertools.product(*options), _MAX_READINGS))
            for r in readings:
                keys.add("".join(r))
                keys.add("".join(r[n:]) + "".join(r[:n]))      # Deyan Zheng
                sequences.append(tuple(r))
        else:
            keys.add("".join(base))
            sequences.append(tuple(base))
            if entry.label == schema.REGION:
                stem, suffix = lang._split_level(form)
                if suffix:
                    english = lang.place(form)                  # Jinan City
                    keys.add(latin_key(english))
                    keys.add(latin_key(english.rpartition(" ")[0]))   # Jinan
        keys.add(latin_key(_english(entry.label, form)))
    keys = {k for k in keys if k}
    keys |= {k.replace("v", "u") for k in keys if "v" in k}        # lü typed as lu or lv
    sequences += [tuple(s.replace("v", "u") for s in seq) for seq in sequences if any("v" in s for s in seq)]
    entry._keys = (keys, sequences)
    return entry._keys


def _english(label: str, name: str) -> str:
    """The English kg.lang shows for a name of this label ("" when it has none)."""
    from kg import lang
    if label == schema.LEADER:
        out = lang.person(name)
    elif label == schema.REGION:
        out = lang.place(name)
    elif label == schema.DEPARTMENT:
        out = lang.department(name) or ""
    else:
        out = lang.tables().term.get(name, "")
    return "" if out == name else out


def _in_region(entry: _Entry, region: str) -> bool:
    return not region or entry.region.endswith(region)


# The lookup
def find(store: Store, labels: tuple[str, ...], name: str, region: str = "") -> list[Match]:
    """Every entity of these labels the typed name means, optionally in a region.

    Raises Ambiguous when a pinyin or partial name means several, NotFound (with close
    names) when it means none.
    """
    return resolve(store, labels, name, region).matches


def resolve(store: Store, labels: tuple[str, ...], name: str, region: str = "") -> Resolution:
    typed = name.strip()
    entries = [e for label in labels for e in label_entries(store, label)]
    here = [e for e in entries if _in_region(e, region)]

    exact = []
    forms_of = {label: _forms(label, typed) for label in labels}
    for e in here:
        forms = forms_of[e.label]
        if e.name in forms or forms & set(e.aliases) or (e.label == schema.REGION and e.key in forms):
            exact.append(e.match())
    if exact:
        return Resolution(typed, exact)

    if is_latin(typed):
        key = latin_key(typed)
        if key:
            hits = [e for e in here if key in _pinyin_keys(e)[0]]
            if hits:
                return _one(typed, hits, labels, "latin")
            hits = [e for e in here if _part_of_syllables(key, _pinyin_keys(e)[1])]
            if hits:
                return _one(typed, hits, labels, "partial")
    else:
        plain = re.sub(r"\s+", "", typed)
        hits = [e for e in here if plain and _part_of(plain, e)]
        if hits:
            return _one(typed, hits, labels, "partial")

    raise NotFound(_not_found(typed, labels, region, entries, here))


def _part_of(typed: str, entry: _Entry) -> bool:
    """豪志 is part of 赵豪志; 郑德雁同志 holds 郑德雁 (a name of two characters or more)."""
    forms = [re.sub(r"\s+", "", f) for f in entry.forms]
    if entry.label == schema.DEPARTMENT:
        from loaders.recognisers.lexicon import default_lexicon
        canonical = default_lexicon().department_name(typed)
        typed_forms = {typed, canonical}
    else:
        typed_forms = {typed}
    return any(t in f or (len(f) >= 2 and f in t) for f in forms for t in typed_forms)


def _part_of_syllables(key: str, sequences: list[tuple[str, ...]]) -> bool:
    """Whole syllables of the reading, in a row, but not all of them: deyan of zheng-de-yan."""
    for seq in sequences:
        n = len(seq)
        for i in range(n):
            joined = ""
            for j in range(i, n):
                joined += seq[j]
                if len(joined) > len(key):
                    break
                if joined == key and (i, j) != (0, n - 1):
                    return True
    return False


def _noun(labels: tuple[str, ...]) -> str:
    return " or ".join(_NOUN.get(label, label.lower()) for label in labels)


def _describe(names: dict[str, list[_Entry]], latin: bool) -> str:
    """赵豪志 (山东省/青岛市), … (with the pinyin when the name was typed in it)."""
    out = []
    for n in sorted(names):
        regions = sorted({e.region for e in names[n] if e.region and "region" in schema.node_properties(e.label)})
        extra = [_english(names[n][0].label, n)] if latin and _english(names[n][0].label, n) else []
        extra += regions
        out.append(f"{n} ({'; '.join(extra)})" if extra else n)
    return ", ".join(out)


def _one(typed: str, hits: list[_Entry], labels: tuple[str, ...], how: str) -> Resolution:
    by_name: dict[str, list[_Entry]] = {}
    for e in hits:
        by_name.setdefault(e.name, []).append(e)
    if len(by_name) == 1:
        (chosen,) = by_name
        return Resolution(chosen, [e.match() for e in hits], how, f"taking {chosen} for {typed}")
    names = sorted(by_name)
    shown = {n: by_name[n] for n in names[:SHOWN]}
    more = f", and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
    raise Ambiguous(f"{typed} could be any of {len(names)} {_noun(labels)} names: "
                    f"{_describe(shown, is_latin(typed))}{more}; ask again with the exact name")


def _not_found(typed: str, labels: tuple[str, ...], region: str, entries: list[_Entry], here: list[_Entry]) -> str:
    where = f" in {region}" if region else ""
    hint = ""
    close = suggest(typed, here if region else entries)
    if close:
        hint = f"; did you mean {', '.join(close)}?"
    if region:
        elsewhere = sorted({e.region or e.key for e in entries
                            if typed == e.name or typed in e.aliases})
        if elsewhere:
            hint += f"; {typed} is in {', '.join(elsewhere)}"
    return f"no {_noun(labels)} named {typed}{where}{hint}"


def suggest(typed: str, entries: list[_Entry], limit: int = SUGGESTIONS) -> list[str]:
    """Names close to a mistyped one, closest first (rapidfuzz's ratio over names and aliases;
    over their pinyin when the name was typed in Latin letters)."""
    from rapidfuzz import fuzz, process
    best: dict[str, float] = {}
    label_of: dict[str, str] = {}
    if is_latin(typed):
        key = latin_key(typed)
        choices: list[str] = []
        owners: list[_Entry] = []
        for e in entries:
            if e.label in PINYIN_LABELS or e.label == schema.DEPARTMENT:
                for k in _pinyin_keys(e)[0] if e.label in PINYIN_LABELS else {latin_key(_english(e.label, e.name))}:
                    if k:
                        choices.append(k)
                        owners.append(e)
        for _, score, i in process.extract(key, choices, scorer=fuzz.ratio, limit=None, score_cutoff=LATIN_CUTOFF):
            e = owners[i]
            if score > best.get(e.name, -1):
                best[e.name], label_of[e.name] = score, e.label
        ranked = sorted(best, key=lambda n: (-best[n], n))[:limit]
        return [f"{n} ({_english(label_of[n], n)})" if _english(label_of[n], n) else n for n in ranked]
    choices, owners = [], []
    for e in entries:
        for f in e.forms:
            choices.append(f)
            owners.append(e)
    for _, score, i in process.extract(typed, choices, scorer=fuzz.ratio, limit=None, score_cutoff=CUTOFF):
        n = owners[i].name
        if score > best.get(n, -1):
            best[n] = score
    return sorted(best, key=lambda n: (-best[n], n))[:limit]
