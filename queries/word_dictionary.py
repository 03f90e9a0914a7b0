"""jieba's words for `kg query task`, without loading jieba: its dictionary kept in SQLite.

Loading jieba's dictionary (its 584,000 words and prefixes) costs most of a second each
time a process starts, and a search needs the entries of the few dozen fragments of its
own text only. So the dictionary is copied once per machine into an SQLite file under
kg's cache folder (`KG_CACHE_DIR`, else `${XDG_CACHE_HOME:-~/.cache}/kg/`), read a word at a time, and `cut_for_search` is jieba's
own algorithm (Tokenizer.cut with HMM off, then cut_for_search; jieba is MIT-licensed)
over it: the same words as jieba's, which tests/test_templates.py checks against jieba.
"""
from __future__ import annotations

import hashlib
import importlib.util
import math
import os
import re
import sqlite3
import threading
from pathlib import Path
from typing import Iterator

from loaders.cache import cache_dir as kg_cache_dir

# jieba's own patterns (jieba/__init__.py): runs of these characters are segmented with the
# dictionary, anything else is split at whitespace and then character by character.
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)
_ENG = re.compile("[a-zA-Z0-9]", re.U)


def jieba_dictionary() -> Path:
    """jieba's dict.txt, found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


class Dictionary:
    """jieba's FREQ as a read-only mapping (word or prefix → frequency, 0 for a prefix that is
    no word) and its total, read from an SQLite copy of dict.txt made on first use."""

    def __init__(self, source: Path | None = None, cache_dir: Path | None = None) -> None:
        self.source = source or jieba_dictionary()
        st = self.source.stat()
        stamp = hashlib.sha1(f"{self.source}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:12]
        self.path = (cache_dir or kg_cache_dir()) / f"jieba-words-{stamp}.sqlite"
        self._seen: dict[str, int | None] = {}
        self._lock = threading.Lock()
        self._conn = self._open()
        self.total = int(self._conn.execute("SELECT value FROM meta WHERE name = 'total'").fetchone()[0])

    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():
            try:
                self._build(self.path)
            except OSError:                    # no writable cache: an in-memory copy, for this process
                conn = sqlite3.connect(":memory:", check_same_thread=False)
                self._fill(conn)
                return conn
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def _build(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        conn = sqlite3.connect(tmp)
        try:
            self._fill(conn)
        finally:
            conn.close()
        os.replace(tmp, path)                  # whole or not at all, whoever builds it first

    def _fill(self, conn: sqlite3.Connection) -> None:
        """jieba's gen_pfdict: each word with its frequency, each prefix of a word with 0."""
        freq: dict[str, int] = {}
        total = 0
        with open(self.source, "rb") as f:
            for line in f:
                word, count = line.strip().decode("utf-8").split(" ")[:2]
                freq[word] = int(count)
                total += int(count)
                for i in range(len(word)):
                    freq.setdefault(word[:i + 1], 0)
        conn.execute("CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID")
        conn.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany("INSERT INTO words VALUES (?, ?)", freq.items())
        conn.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))
        conn.commit()

    def get(self, word: str, default: int | None = None) -> int | None:
        if word not in self._seen:
            with self._lock:
                row = self._conn.execute("SELECT freq FROM words WHERE word = ?", (word,)).fetchone()
            self._seen[word] = row[0] if row else None
        found = self._seen[word]
        return default if found is None else found

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


def _dag(freq: Dictionary, sentence: str) -> dict[int, list[int]]:
    dag = {}
    n = len(sentence)
    for k in range(n):
        ends, i, frag = [], k, sentence[k]
        while i < n and frag in freq:
            if freq.get(frag):
                ends.append(i)
            i += 1
            frag = sentence[k:i + 1]
        dag[k] = ends or [k]
    return dag


def _cut_block(freq: Dictionary, sentence: str) -> Iterator[str]:
    """jieba's __cut_DAG_NO_HMM: the most probable route through the dictionary's words."""
    dag = _dag(freq, sentence)
    n = len(sentence)
    route: dict[int, tuple[float, int]] = {n: (0, 0)}
    logtotal = math.log(freq.total)
    for idx in range(n - 1, -1, -1):
        route[idx] = max((math.log(freq.get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                         for x in dag[idx])
    x, buf = 0, ""
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if _ENG.match(word) and len(word) == 1:
            buf += word
        else:
            if buf:
                yield buf
                buf = ""
            yield word
        x = y
    if buf:
        yield buf


def cut(freq: Dictionary, sentence: str) -> Iterator[str]:
    """jieba's Tokenizer.cut(sentence, HMM=False)."""
    for block in _HAN.split(sentence):
        if not block:
            continue
        if _HAN.match(block):
            yield from _cut_block(freq, block)
        else:
            for part in _SKIP.split(block):
                if _SKIP.match(part):
                    yield part
                else:
                    yield from part


def cut_for_search(freq: Dictionary, sentence: str) -> Iterator[str]:
    """jieba's Tokenizer.cut_for_search(sentence, HMM=False): each word, after its 2- and
    3-character parts that are words themselves."""
    for w in cut(freq, sentence):
        if len(w) > 2:
            for i in range(len(w) - 1):
                if freq.get(w[i:i + 2]):
                    yield w[i:i + 2]
        if len(w) > 3:
            for i in range(len(w) - 2):
                if freq.get(w[i:i + 3]):
                    yield w[i:i + 3]
        yield w
