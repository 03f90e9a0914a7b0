"""Scoring for the extraction-quality benchmark: gold loading, name matching, P/R/F1.

Pure functions over plain values (sets of strings and tuples), so tests can check
them on small synthetic inputs. `bench/extraction_quality.py` runs kg and the
baseline and feeds their output through these.

Conventions:
- names are compared after `norm()`: NFKC width folding (（ → (), every white-space
  character removed (OCR text breaks names: `章 锦综保区`, `精准医\\n\\n学产业园`),
  the quote characters “”‘’„「」『』 written as ", and quotes enclosing the whole
  name dropped (`"五个济南"` = `五个济南`; a quote inside a name is kept);
- an initiative matches by name, not one-to-one (`match_entities`); an official by
  (document, name); a title fact is (document, name, title), a joined title string
  ("市委副书记、市长") counting as each of its titles;
- a ratio with a zero denominator is 0.0 (nothing predicted: precision 0; nothing
  to find: recall 0), and F1 is 0.0 when precision + recall is 0. Tables print
  the counts beside the ratios so a 0.00 from 0/0 can be told apart;
- figures are micro-averaged: counts are summed over documents, then divided.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

_QUOTES = str.maketrans({q: '"' for q in "“”‘’„‟「」『』〝〞"})


_POSSEG = None


def jieba_tagger():
    """The baselines' part-of-speech tagger: jieba's, its default dictionary, nobody's user words (its Viterbi
    search made fast, same tags: bench/posseg_viterbi.py)."""
    global _POSSEG
    if _POSSEG is None:
        import logging

        import jieba

        from bench.posseg_viterbi import POSTokenizer
        jieba.setLogLevel(logging.WARNING)
        _POSSEG = POSTokenizer(jieba.Tokenizer())
    return _POSSEG


def norm(s: str) -> str:
    """The form names are compared in (see the module docstring)."""
    s = unicodedata.normalize("NFKC", s or "").translate(_QUOTES)
    s = "".join(s.split())
    while len(s) >= 2 and s[0] == '"' and s[-1] == '"' and '"' not in s[1:-1]:
        s = s[1:-1]
    return s


def names(*groups: Iterable[str] | str) -> frozenset[str]:
    """The normalised, non-empty forms of some names (strings or iterables of strings)."""
    out = set()
    for g in groups:
        for s in ([g] if isinstance(g, str) else g):
            n = norm(s)
            if n:
                out.add(n)
    return frozenset(out)


# ---------------------------------------------------------------- ratios

def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(correct: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    """P = correct predictions / predictions, R = gold items found / gold items."""
    p, r = ratio(correct, predicted), ratio(found, gold)
    return p, r, f1(p, r)


def score(pred: set, gold: set) -> tuple[float, float, float]:
    """Precision, recall and F1 of a predicted set of facts against a gold set (exact equality)."""
    tp = len(set(pred) & set(gold))
    return prf(tp, len(pred), tp, len(gold))


@dataclass
class Counts:
    """What micro-averaging sums: correct predictions, predictions, gold items found, gold items."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.correct + other.correct, self.predicted + other.predicted,
                      self.found + other.found, self.gold + other.gold)

    def prf(self) -> tuple[float, float, float]:
        return prf(self.correct, self.predicted, self.found, self.gold)

    @property
    def empty(self) -> bool:
        return not self.predicted and not self.gold


def set_counts(pred: set, gold: set) -> Counts:
    """Counts for exact set matching (what `score` computes)."""
    tp = len(set(pred) & set(gold))
    return Counts(tp, len(pred), tp, len(gold))


def total(counts: Iterable[Counts]) -> Counts:
    out = Counts()
    for c in counts:
        out = out + c
    return out


# ---------------------------------------------------------------- matchers

def names_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two entities are the same when any normalised name of one is a name of the other."""
    return not a.isdisjoint(b)


@dataclass(frozen=True)
class Named:
    """An initiative as the matcher sees it: its type ("" when the system gives none) and names."""

    type: str
    names: frozenset[str]


def match_entities(pred: list[Named], gold: list[Named], *, typed: bool = False) -> tuple[Counts, list[int], list[int]]:
    """A prediction is correct if one of its names is a name of some gold entry (of the same
    type when `typed`); a gold entry is found if some prediction matches it. Not one-to-one:
    two predictions of one gold entry are both correct, and one prediction can find two
    entries; the two lists returned say how often (matches per prediction, per gold entry)."""
    per_pred = [sum(1 for g in gold if (not typed or p.type == g.type) and names_match(p.names, g.names)) for p in pred]
    per_gold = [sum(1 for p in pred if (not typed or p.type == g.type) and names_match(p.names, g.names)) for g in gold]
    counts = Counts(sum(1 for k in per_pred if k), len(pred), sum(1 for k in per_gold if k), len(gold))
    return counts, per_pred, per_gold


def recall_of(pred: list[Named], gold: list[Named], *, typed: bool = False) -> Counts:
    """Only the gold side of `match_entities` (for a subset such as the core tier): correct and
    predicted are left at 0."""
    c, _, _ = match_entities(pred, gold, typed=typed)
    return Counts(0, 0, c.found, c.gold)


Pair = tuple[frozenset[str], frozenset[str]]   # (child names, parent names)


def match_pairs(pred: Iterable[Pair], gold: Iterable[Pair]) -> Counts:
    """PART_OF pairs: a predicted (child, parent) is correct when the child matches a gold
    child and the parent matches that gold pair's parent (names as in `names_match`)."""
    pred, gold = list(dict.fromkeys(pred)), list(dict.fromkeys(gold))

    def same(p: Pair, g: Pair) -> bool:
        return names_match(p[0], g[0]) and names_match(p[1], g[1])

    return Counts(sum(1 for p in pred if any(same(p, g) for g in gold)), len(pred),
                  sum(1 for g in gold if any(same(p, g) for p in pred)), len(gold))


_TITLE_SEP = re.compile(r"[、，,;；/]")


def official_facts(officials: dict[str, Iterable[str]]) -> set[tuple[str, str]]:
    """name → titles as facts (name, title); a person with no title is (name, "").
    A joined title string ("市委副书记、市长") states each of its titles."""
    out = set()
    for name, titles in officials.items():
        ts = names(part for t in titles for part in _TITLE_SEP.split(t or ""))
        if ts:
            out.update((norm(name), t) for t in ts)
        else:
            out.add((norm(name), ""))
    return out


def region_edges(chain: list[str]) -> set[tuple[str, str]]:
    """(child, parent) edges of a chain from the top: [山东省, 临沂市, 兰陵县, 兰陵镇] →
    {(临沂市, 山东省), (兰陵县, 临沂市), (兰陵镇, 兰陵县)}."""
    c = [norm(x) for x in chain if norm(x)]
    return {(c[i + 1], c[i]) for i in range(len(c) - 1)}


# ---------------------------------------------------------------- metadata

METADATA_FIELDS = ("region", "level", "year", "date", "congress_session", "speaker", "speaker_title")
_DATE = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")


def norm_date(s: str) -> str:
    """2021-1-12, 2021年1月12日, 2021/01/12 → 2021-01-12; anything else normalised as a name."""
    m = _DATE.search(unicodedata.normalize("NFKC", s or ""))
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else norm(s)


def norm_field(name: str, value) -> str:
    if value is None:
        return ""
    value = str(value)
    if name == "date":
        return norm_date(value)
    if name == "region":   # a region key (山东省/济南市/历城区) names the region by its last part
        return norm(value.rstrip("/").rsplit("/", 1)[-1])
    return norm(value)


def field_correct(name: str, predicted, gold) -> bool:
    """A field is right when it equals the gold value after normalisation; where the gold
    is empty (the document does not state it), only an empty prediction is right."""
    return norm_field(name, predicted) == norm_field(name, gold)


# ---------------------------------------------------------------- gold

@dataclass
class GoldDocument:
    id: str
    file: str
    anchor: str
    region: str
    level: str
    parent: list[str]
    meta: dict[str, str]
    officials: dict[str, list[str]] = field(default_factory=dict)            # name → titles
    initiatives: list[dict] = field(default_factory=list)                   # the gold entries
    official_negatives: set[str] = field(default_factory=set)
    initiative_negatives: set[str] = field(default_factory=set)
    coverage: str = "exhaustive"    # of initiatives: "exhaustive", or "named" (proper names only: see gold README)

    @property
    def exhaustive(self) -> bool:
        """Whether every initiative of the document is in the gold, so that a prediction it lacks is wrong."""
        return self.coverage == "exhaustive"

    def named(self, tier: str = "", type: str = "") -> list[Named]:
        return [Named(g["type"], names(g["canonical"], g["aliases"])) for g in self.initiatives
                if (not tier or g["tier"] == tier) and (not type or g["type"] == type)]

    def pairs(self) -> list[Pair]:
        """Gold initiative PART_OF pairs; `part_of` names the canonical of another entry."""
        by_canonical = {g["canonical"]: names(g["canonical"], g["aliases"]) for g in self.initiatives}
        return [(names(g["canonical"], g["aliases"]), by_canonical[t])
                for g in self.initiatives for t in g["part_of"]]

    def region_edges(self) -> set[tuple[str, str]]:
        return region_edges([*self.parent, self.region])

    def title_facts(self) -> set[tuple[str, str]]:
        return official_facts(self.officials)


def load_gold(gold_dir: str | Path) -> list[GoldDocument]:
    """tests/gold/{documents,officials,initiatives}.json → one GoldDocument each, in file order."""
    gold_dir = Path(gold_dir)
    read = lambda name: json.loads((gold_dir / name).read_text(encoding="utf-8"))  # noqa: E731
    docs = {}
    for d in read("documents.json"):
        meta = {k: d.get(k, "") for k in METADATA_FIELDS}
        docs[d["id"]] = GoldDocument(d["id"], d["file"], d["anchor"], d["region"], d["level"], list(d["parent"]), meta,
                                     coverage=d.get("initiative_coverage", "exhaustive"))
    officials = read("officials.json")
    for o in officials["officials"]:
        titles = docs[o["doc"]].officials.setdefault(o["name"], [])
        titles.extend(t for t in o["titles"] if t not in titles)
    for n in officials.get("negatives", []):
        docs[n["doc"]].official_negatives.add(norm(n["name"]))
    initiatives = read("initiatives.json")
    for g in initiatives["initiatives"]:
        docs[g["doc"]].initiatives.append(g)
    for n in initiatives.get("negatives", []):
        docs[n["doc"]].initiative_negatives.add(norm(n["phrase"]))
    return list(docs.values())


def locate(text: str, anchor: str) -> int:
    """Offset of a gold anchor in its file's decoded text; the anchor must occur exactly once."""
    first = text.find(anchor)
    if first < 0 or text.find(anchor, first + 1) >= 0:
        raise ValueError(f"gold anchor {anchor!r} must occur exactly once (found {text.count(anchor)})")
    return first


def assign(spans: dict[str, tuple[str, int, int]], anchors: dict[str, tuple[str, int]]) -> dict[str, str]:
    """Gold document → the part whose span holds its anchor.

    `spans`: part source (FILE or FILE#N) → (file, start, end), offsets into the file's
    decoded text; `anchors`: gold document → (file, offset of its anchor). A part holding
    several anchors goes to the first of them only (the others are then unmatched, rather
    than credited twice with one part's output)."""
    out, taken = {}, set()
    for doc_id, (file, offset) in sorted(anchors.items(), key=lambda kv: kv[1]):
        for source, (pfile, start, end) in spans.items():
            if pfile == file and start <= offset < end and source not in taken:
                out[doc_id] = source
                taken.add(source)
                break
    return out
