"""The initiative lexicon: known initiatives and the stop-list (data files), and jieba set up with them.

`data/initiatives.tsv` holds general knowledge (national and Shandong provincial
strategies and flagship zones); `data/initiative_stoplist.tsv` the phrases and words that
never make an initiative; `data/vocabulary.tsv` ordinary words of policy prose that
jieba's dictionary lacks. All three are read through lexicon.data_rows, so a user's copies in
KG_LEXICON_DIR replace them. The same names go to jieba as a user dictionary so that
segmentation keeps them whole.
"""
from __future__ import annotations

import io
import logging
import re
import threading
import weakref
from dataclasses import dataclass, field

from graph import schema
from loaders.recognisers.initiative_words import GEO_WORDS, SUFFIXES
from loaders.recognisers.lexicon import Lexicon, data_rows
from loaders.reading.text import NormalText

PROJECT, STRATEGY = schema.PROJECT, schema.STRATEGY
_PARENS = str.maketrans("（）", "()")
_PAREN_RE = {"(": "[(（]", ")": "[)）]"}


def norm(name: str) -> str:
    """Comparison form of a name: no white space, no quotation marks, ASCII parentheses."""
    return re.sub(r"[\s“”\"‘’「」]", "", name).translate(_PARENS)


@dataclass(frozen=True)
class Known:
    canonical: str
    type: str
    aliases: tuple[str, ...]
    part_of: tuple[str, ...]
    region: str         # a Project's place; a Strategy's province (its own), or EACH_PROVINCE


# The region column of a strategy every province names its own (双招双引, 强省会战略): keyed under the citing province.
EACH_PROVINCE = "省"


@dataclass
class InitiativeLexicon:
    known: dict[str, Known] = field(default_factory=dict)       # canonical → entry
    surface: dict[str, str] = field(default_factory=dict)       # norm(surface) → canonical
    stop: set[str] = field(default_factory=set)                 # generic phrases (norm)
    modifiers: set[str] = field(default_factory=set)            # words that name nothing alone
    concepts: set[str] = field(default_factory=set)             # ideas, slogans, mechanisms
    places: set[str] = field(default_factory=set)               # region names and short names
    vocabulary: dict[str, str] = field(default_factory=dict)    # ordinary words jieba lacks → tag


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in re.split(r"[,，]", cell) if x.strip())


def load_initiative_lexicon(lexicon: Lexicon) -> InitiativeLexicon:
    il = InitiativeLexicon()
    for row in data_rows("initiatives.tsv"):
        canonical, typ, aliases, part_of, region = (row + [""] * 5)[:5]
        k = Known(canonical, STRATEGY if typ.lower().startswith("s") else PROJECT, _split(aliases), _split(part_of), region)
        il.known[canonical] = k
        for s in (canonical, *k.aliases):
            il.surface.setdefault(norm(s), canonical)
    for row in data_rows("initiative_stoplist.tsv"):
        phrase, kind = (row + ["", ""])[:2]
        {"modifier": il.modifiers, "concept": il.concepts}.get(kind, il.stop).add(norm(phrase))
    for row in data_rows("vocabulary.tsv"):
        word, tag = (row + ["", ""])[:2]
        il.vocabulary[word] = tag or "n"
    for info in lexicon.regions.values():
        il.places.add(info.name)
    for name in lexicon._by_name:
        il.places.add(name)
    return il


COMMON_FREQ = 1000     # a common word for the patterns (their rarity thresholds are 30 to 300)


def jieba_userdict(il: InitiativeLexicon) -> str:
    """The jieba user dictionary built from the lexicon: one `word freq tag` line each.

    Known initiatives (nz), place names (ns) and the pattern suffixes are kept whole,
    so the left-boundary walk sees 新旧动能转换起步区 or 胶州湾 as one token. No
    frequency is given for initiatives: jieba then picks one just high enough to keep
    the word whole (deterministic, from its own dictionary). The vocabulary of policy
    prose (data/vocabulary.tsv) gets a frequency of COMMON_FREQ, so that the patterns'
    rarity test (a rare word suggests a proper name) reads it as the common word it is.
    """
    lines = []
    for s in sorted({*il.surface, *(norm(k) for k in il.known)}):
        lines.append(f"{s} nz")
    for p in sorted(il.places | GEO_WORDS):
        if len(p) >= 2:
            lines.append(f"{p} ns")
    for s in sorted(SUFFIXES):
        if len(s) >= 2:
            lines.append(f"{s} n")
    for w, tag in sorted(il.vocabulary.items()):
        lines.append(f"{w} {COMMON_FREQ} {tag}")
    return "\n".join(lines) + "\n"


def write_jieba_userdict(path, lexicon: Lexicon) -> str:
    """Write the user dictionary to `path` (for inspection or other tools); return its text."""
    text = jieba_userdict(state(lexicon).il)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return text


class State:
    """Per-lexicon lazily built data: the initiative lexicon, its matcher and a jieba tokenizer."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.il = load_initiative_lexicon(lexicon)
        # Quote marks may sit anywhere inside a known name in the text (“一带一路”战略).
        alts = sorted(self.il.surface, key=len, reverse=True)
        # Names are kept with ASCII parentheses (norm); the text writes them full-width (中欧（亚）班列).
        self.matcher = re.compile("|".join("[“”]?".join(_PAREN_RE.get(ch, re.escape(ch)) for ch in a) for a in alts)) if alts else None
        self._tok = None
        self._cache: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def tag(self, s: str) -> list[tuple[str, str]]:
        """jieba tokens of s with their part of speech.

        HMM off: no guessed words, so the same text always gives the same tokens, and an
        unknown name shows as a run of single characters. jieba is set up on first use,
        with its own Tokenizer (the global one, which other code may use, is untouched).
        """
        got = self._cache.get(s)
        if got is None:
            if self._tok is None:
                with self._lock:
                    if self._tok is None:
                        self._tok = _pos_tokenizer(jieba_userdict(self.il))
            got = [(p.word, p.flag) for p in self._tok.lcut(s, HMM=False)]
            if len(self._cache) < 200_000:
                self._cache[s] = got
        return list(got)        # callers may trim their copy

    def freq(self, w: str) -> int:
        """How often jieba's dictionary has seen w (0: unknown)."""
        return self._tok.tokenizer.FREQ.get(w) or 0 if self._tok else 0


def _pos_tokenizer(userdict: str):
    """A jieba POS tokenizer of our own, with the lexicon as its user dictionary.

    jieba's default dictionary is loaded once, by its global tokenizer (anyone else
    using jieba shares that cost), and copied: our user words must not leak into the
    global tokenizer, whose results other code (the baseline extractor) relies on.
    """
    import jieba
    jieba.setLogLevel(logging.WARNING)
    import jieba.posseg
    jieba.dt.check_initialized()
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True
    tok.load_userdict(io.StringIO(userdict))
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = tok
    pos.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    return pos


_STATES: "weakref.WeakKeyDictionary[Lexicon, State]" = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def state(lexicon: Lexicon) -> State:
    """The initiative data of a Lexicon, built once per Lexicon object (a new Lexicon re-reads the files)."""
    with _STATES_LOCK:
        st = _STATES.get(lexicon)
        if st is None:
            st = _STATES[lexicon] = State(lexicon)
    return st


# ---------------------------------------------------------------- the text as the patterns see it

# A note's mark after a quoted term, before the words that go on with it (打好“三大振兴和一个更新”(1)攻坚战): reports
# copied from portals keep the marks of their end notes; the name runs on over them.
_NOTE_MARK = re.compile(r"[(（](?:\d{1,2}|[①-⑳])[)）](?=[\u4e00-\u9fff])")


def compact(view: NormalText) -> tuple[str, list[int]]:
    """The view without spaces and tabs, ASCII quotes paired into “ ”, a note's mark after a closing quote dropped;
    with offsets back into the view.

    OCR leaves spaces inside names (章 锦综保区); names are compared without them.
    """
    chars: list[str] = []
    idx: list[int] = []
    open_q = False
    skip_to = 0
    for i, ch in enumerate(view.text):
        if i < skip_to or ch in " \t\u3000":
            continue
        if chars and chars[-1] == "”" and ch in "(（":
            mark = _NOTE_MARK.match(view.text, i)
            if mark:
                skip_to = mark.end()
                continue
        if ch == "\n":
            open_q = False
        elif ch == '"':
            ch = "”" if open_q else "“"
            open_q = not open_q
        elif ch == "“":
            open_q = True
        elif ch == "”":
            open_q = False
        chars.append(ch)
        idx.append(i)
    idx.append(len(view.text))
    return "".join(chars), idx
