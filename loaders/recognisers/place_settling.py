"""The last step of every kind's placement: a name several regions bear (市中区, 鼓楼区, 朝阳区, 海州区) that a document
names itself by (its issuer, title, 文号, by-line, speaker line, headline, source) is settled by context, the same way for
every kind, or left open and noted (`region.ambiguous`), never guessed.

The context, in order: the regions the caller knows (a parent named just before it is parse_place's own; the region
another part of the self-description gives, its issuer's or its province), the government above one of them the text
names (在福州市委的领导下), the city or province the text names most above one of them.
"""
from __future__ import annotations

import re
from collections import Counter

from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.places import Ambiguous, mentions, named_as_others


def settled_by_text(note: Ambiguous, text: str, lexicon: Lexicon) -> RegionInfo | None:
    """The one region bearing an ambiguous name (鼓楼区: 福州, 南京, 徐州, 开封) whose city or province the
    document's text names as the government above it (深入落实福州市委部署, 在福州市人民政府的领导下), where it names none
    of the others' so; None otherwise. A place merely named (赴北京招商, 北京冬奥会) decides nothing."""
    governing = set()
    for key, at in mentions(text, lexicon):
        info = lexicon.region(key)
        if info and text.startswith(info.name, at) and _GOVERNS.match(text, at + len(info.name)):
            governing.add(key)
    above = [c for c in note.candidates if any(r.key in governing for r in lexicon.region_path(c)[:-1])]
    return lexicon.region(above[0]) if len(above) == 1 else None


# What a region's name heads when the text names its government: 福州市委, 福州市人民政府, 福建省政府.
_GOVERNS = re.compile(r"(?:委|人民政府|政府|党委)")


def settle_name(note: Ambiguous, text: str, lexicon: Lexicon, context: list[str] | tuple[str, ...] = ()) -> RegionInfo | None:
    """The one region bearing `note`'s name that context settles (see the module's doc), else None."""
    if context and (info := lexicon.settle(note.name, list(context))[0]) is not None:
        return info
    if not text:
        return None
    return settled_by_text(note, text, lexicon) or _most_named_above(note, text, lexicon)


def settled_by_text_note(note: Ambiguous, info: RegionInfo) -> tuple[str, str]:
    """The reject log's note (code, message) on a name `settle_name` settled by the text (every kind says it alike)."""
    return ("region.settled-by-text", f"{note.name}: {info.key}, the one candidate whose city or province the text names "
            "as its government, or names most")


def _most_named_above(note: Ambiguous, text: str, lexicon: Lexicon) -> RegionInfo | None:
    """The candidate whose city or province the text names more often than those above any other (长安区2022年…
    over a text naming 西安 throughout: 西安市长安区); None on a tie (a province above two of them names neither). A place
    named as another's (赴北京招商, 与上海合作, 学习借鉴深圳) is not counted: it is not where the document is."""
    counts = Counter(key for key, at in mentions(text, lexicon) if not named_as_others(text, at, lexicon))
    score = {c: sum(counts[r.key] for r in lexicon.region_path(c)[:-1]) for c in note.candidates}
    best = max(score.values(), default=0)
    tops = [c for c, n in score.items() if n == best]
    return lexicon.region(tops[0]) if best and len(tops) == 1 else None


# What a short name goes on with when it stands for its region in a document's own words: nothing more (发布机构: 海州),
# its bodies (海州区委), the year, 关于; not a word it opens (新华社, 朝阳产业).
_STANDS = re.compile(r"$|[^\u4e00-\u9fff]|人民政府|政府|[党工]?委|人大|政协|关于|办公|[〇○零一二]{4}年")


def stands(note: Ambiguous, lexicon: Lexicon) -> bool:
    """Whether the ambiguous name stands for a region: its full name (鼓楼区), or a short one as `_STANDS` reads it."""
    return lexicon.is_full_name(note.name) or bool(_STANDS.match(note.after))


def placed(found: RegionInfo | None, notes: list[Ambiguous], text: str, lexicon: Lexicon
           ) -> tuple[RegionInfo | None, list[tuple[str, str]]]:
    """Where a document belongs once its readings are done (`found`, or None), with the notes for its reject log.
    `notes`: the names several regions bear its self-description stopped at (`places.noting`). The region found settles a
    name one of whose regions lies under it (福州市, then 鼓楼区: 福州市鼓楼区); with none found, the context of
    `settle_name` does. Where nothing settles a name, the region stays as found: open, each name noted
    (`region.ambiguous`, with its candidates); or the region found, noting a name two or more of whose regions lie
    under it (a province over two 市中区), and dropping one whose regions all lie elsewhere (named, not its own)."""
    standing = list({n.name: n for n in notes if stands(n, lexicon)}.values())
    if not standing:
        return found, []
    if found is not None:
        for note in standing:
            if any(found.key == c or found.key.startswith(c + "/") for c in note.candidates):
                return found, []        # (placed in one of them already, or below it)
        for note in standing:
            under = [c for c in note.candidates if c.startswith(found.key + "/")]
            if len(under) == 1:
                return lexicon.region(under[0]), [("region.settled-by-context", f"{note.name}: {under[0]}, the one "
                                                   f"candidate under {found.name}, where the document is placed")]
        # (the name's regions lie elsewhere, or two or more under the region found: that region stands)
        return found, [("region.ambiguous", n.message()) for n in standing
                       if sum(c.startswith(found.key + "/") for c in n.candidates) > 1]
    for note in standing:
        if (info := settle_name(note, text, lexicon)) is not None:
            return info, [settled_by_text_note(note, info)]
    return None, [("region.ambiguous", n.message()) for n in standing]
