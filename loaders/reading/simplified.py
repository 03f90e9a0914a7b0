"""Traditional characters read as simplified (OpenCC), offsets into the original kept.

Big5 files and pages converted to traditional characters name the same people, places and
initiatives as simplified ones; the recognisers and word lists are written in simplified
characters. A text whose Chinese characters are more than half a percent traditional-only is
converted with OpenCC's t2s tables. Its conversion keeps one character for one almost
everywhere; a line where it does not is converted character by character, so each
character of the view still points at the original character it came from.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.reading.text import NormalText, is_cjk

_SAMPLE = 20000
_SHARE = 0.005         # of the Chinese characters in the sample that t2s changes


@lru_cache(maxsize=1)
def _converter():
    import opencc      # only for a text that needs it
    return opencc.OpenCC("t2s")


def is_traditional(text: str) -> bool:
    sample = text[:_SAMPLE]
    cjk = [c for c in sample if is_cjk(c)]
    if len(cjk) < 20:
        return False
    changed = sum(a != b for a, b in zip(sample, _converter().convert(sample)) if is_cjk(a))
    return changed >= max(3, _SHARE * len(cjk))


# Mirror sites that convert pages to traditional characters often leave a character's pinyin
# reading in brackets after it: 實(shí)現(xiàn), 發(fā)展, 經(jīng)濟. The reading, tone marks and all, is
# garbage in a word; dropped from the view (the original keeps it, offsets point past it).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])[（(][a-zü]{{0,6}}[{_TONED}][a-zü{_TONED}]{{0,6}}[）)]")


# They may also put a comma before every mark (崔波,、郭虎,、張守志; 就座,。): a comma no writer puts there.
_DOUBLED = re.compile(r"[,，](?=[、。；;])")


def _without_readings(view: NormalText) -> NormalText:
    text = view.text
    if not _PINYIN.search(text) and not _DOUBLED.search(text):
        return view
    keep = [True] * len(text)
    for m in (*_PINYIN.finditer(text), *_DOUBLED.finditer(text)):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return view.kept(keep)


def simplify(view: NormalText) -> NormalText:
    """The view in simplified characters (the same view when it is not traditional), without the
    pinyin readings converters leave in brackets after characters, nor the commas they double marks with."""
    view = _without_readings(view)
    if not is_traditional(view.text):
        return view
    convert = _converter().convert
    out = convert(view.text)
    if len(out) != len(view.text):
        out = "".join(line if len(line := convert(raw)) == len(raw) else "".join(convert(c)[:1] or c for c in raw)
                      for raw in view.text.splitlines(keepends=True))
    return NormalText(out, view.origin)


def simplified_name(name: str) -> str:
    """A short name or phrase in simplified characters (鄭云峰 → 郑云峰, 市經(jīng)貿(mào)委 → 市经贸委)."""
    return _converter().convert(_PINYIN.sub("", name)) if name else name
