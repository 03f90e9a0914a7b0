"""Mine candidate names of national programmes from the national work reports (round 21, docs/lexicon.md).

A candidate is a run of text ending in a programme head (工程, 战略, 试点, 改革, 计划, 行动, 建设), a quoted name
(“…” alone or before a head) or an item of a list closed by a shared head (天然林保护、…等生态工程) that recurs in at least MIN_YEARS reports of different years. A candidate's start is where
its left context branches: a string always written after the same character is the tail of a longer name, not a
name (林保护工程 is always 天然林保护工程), so only strings whose left neighbour varies, or is punctuation, are kept.
The list is for a reader to judge: nothing here goes into the lexicon by itself.

    PYTHONPATH=. python bench/national_programmes.py [--corpus DIR] [--min-years 3]
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import re

# The shared corpus beside the repository, as the other benches find it (../shared/corpus).
CORPUS = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "documents" / "work-reports" / "national"
HEADS = ("工程", "战略", "试点", "改革", "计划", "行动", "建设")
MIN_YEARS = 3
MAX_LEN = 16
# Characters a name never runs across.
BREAK = re.compile(r"[，。；：、！？（）()《》\s,.;:!?0-9０-９%％—－\-…]")
QUOTE = re.compile(r"“([^”“]{2,14})”([\u4e00-\u9fff]{0,4})")


def reports(corpus: pathlib.Path) -> dict[str, str]:
    return {p.stem.split("-")[-1]: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("national-*.txt"))}


def clauses(text: str):
    for part in BREAK.split(text):
        if len(part) >= 3:
            yield part


def mine(texts: dict[str, str], min_years: int = MIN_YEARS):
    """{candidate: sorted years} for head-ending strings whose left context branches, in min_years reports or more."""
    years: dict[str, set[str]] = collections.defaultdict(set)
    left: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for year, text in texts.items():
        for clause in clauses(text):
            for head in HEADS:
                for m in re.finditer(head, clause):
                    end = m.end()
                    for start in range(max(0, end - MAX_LEN), end - len(head)):
                        cand = clause[start:end]
                        years[cand].add(year)
                        left[cand][clause[start - 1] if start else "^"] += 1
    kept = {}
    for cand, ys in years.items():
        if len(ys) < min_years:
            continue
        lc = left[cand]
        top, n = lc.most_common(1)[0]
        # Not a start when one character always comes before it (and that character is not a boundary).
        if top != "^" and n == sum(lc.values()):
            continue
        kept[cand] = sorted(ys)
    return kept


def mine_quoted(texts: dict[str, str], min_years: int = MIN_YEARS):
    years: dict[str, set[str]] = collections.defaultdict(set)
    for year, text in texts.items():
        for m in QUOTE.finditer(text):
            years["“%s”%s" % (m.group(1), m.group(2))].add(year)
            years["“%s”" % m.group(1)].add(year)
    return {c: sorted(ys) for c, ys in years.items() if len(ys) >= min_years}


# Items of a list that a shared head closes (实施天然林保护、风沙源和石漠化治理等生态工程): each item is a programme written
# without its head, the verb before the first one left out.
_LISTED = re.compile(r"([^，。；：！？\n（）]{4,80}?)等[\u4e00-\u9fff]{0,8}?(?:工程|战略|试点|行动)")
_LEAD = re.compile(r"^(?:继续|认真|切实|大力|积极|进一步|全面|深入)?(?:实施|推进|加强|搞好|做好|抓好|加快|巩固|扩大|组织实施|开展|落实|"
                   r"推动|促进|支持)+")


def mine_listed(texts: dict[str, str], min_years: int = MIN_YEARS):
    years: dict[str, set[str]] = collections.defaultdict(set)
    for year, text in texts.items():
        for m in _LISTED.finditer(text):
            for item in re.split(r"、|和(?=[\u4e00-\u9fff]{2,})", _LEAD.sub("", m.group(1))):
                item = _LEAD.sub("", item.strip("“”"))
                if 2 <= len(item) <= 12:
                    years[item].add(year)
    return {c: sorted(ys) for c, ys in years.items() if len(ys) >= min_years}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, default=CORPUS)
    ap.add_argument("--min-years", type=int, default=MIN_YEARS)
    args = ap.parse_args(argv)
    texts = reports(args.corpus)
    for name, found in (("head", mine(texts, args.min_years)), ("quoted", mine_quoted(texts, args.min_years)),
                        ("listed", mine_listed(texts, args.min_years))):
        for cand, ys in sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"{name}\t{len(ys)}\t{cand}\t{','.join(ys)}")


if __name__ == "__main__":
    main()
