"""Fuzzing `kg load` with generated inputs: encodings, truncations, flipped bytes, binary
files, a huge line, odd file names, special files, a file over the size limit.

One load of them all, in a process of its own (so that a hang is a failed test, not a stuck
run), must: print no traceback; exit 1 (some inputs are bad); give every input either its
document in the store or exactly one `kg: error:` line naming it; and load the good
documents. Inputs come from a seeded random generator: KG_FUZZ_SEED=N picks another set
(the seed is in the test's name and in every failure).
"""
from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from graph.embedded_store import EmbeddedStore
from kg.terminal import escaped
from graph.errors import KgError
from loaders.reading.source import path_text, read_path
from tests.test_bad_inputs import TRADITIONAL
from tests.test_cli import COMMITMENTS, SEEDS

NEWS = SEEDS / "qingdao-2021-offensives-hearing-news.txt"
SEED = int(os.environ.get("KG_FUZZ_SEED", "20260515"))


def _names(rng: random.Random) -> list[bytes]:
    """File names a careless user or an attacker might give."""
    odd = [b"plain.txt", b"with space.txt", b"hash#1.txt", b"hash#draft.md", b"#", b"-dash.txt",
           b"esc-\x1b[2J-\x1b]0;title\x07.txt", b"bell\x07.txt", b"tab\there.txt", b"new\nline.txt",
           b"rtl-\xe2\x80\xaetxt.exe", b"not-utf8-\xff\xfe.txt", b"latin1-caf\xe9.txt",
           "中文名称.txt".encode(), b"x" * 200 + b".txt", b"dots...txt", b"semi;colon.txt", b"quote'\".txt"]
    rng.shuffle(odd)
    return odd


def _contents(rng: random.Random) -> list[tuple[str, bytes]]:
    """(what, bytes): documents in every encoding kg reads, and ways for bytes to be bad."""
    news = NEWS.read_text(encoding="utf-8")
    raw = news.encode("utf-8")
    cut = rng.randrange(100, len(raw) - 100)
    flipped = bytearray(raw)
    for _ in range(20):
        flipped[rng.randrange(len(flipped))] = rng.randrange(256)
    line = "。".join(news.split("\n")) * 30          # one line of about 200 kB
    return [
        ("utf-8", raw),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + raw),
        ("gbk", news.encode("gbk")),
        ("gb18030", news.encode("gb18030")),
        ("utf-16", news.encode("utf-16")),
        ("utf-16-le without BOM", news.encode("utf-16-le")),
        ("utf-16-be without BOM", news.encode("utf-16-be")),
        ("utf-32", news.encode("utf-32")),
        ("big5", TRADITIONAL.encode("big5")),
        ("truncated utf-8", raw[:cut]),
        ("truncated mid-character", raw[:len(news[:200].encode("utf-8")) + 1]),
        ("truncated utf-16", news.encode("utf-16")[:cut | 1]),
        ("flipped bytes", bytes(flipped)),
        ("empty", b""),
        ("white space", b" \n\t\r\n" * 50),
        ("NUL bytes", b"\x00" * 4096),
        ("random bytes", rng.randbytes(20000)),
        ("PNG", b"\x89PNG\r\n\x1a\n" + rng.randbytes(5000)),
        ("ELF", b"\x7fELF\x02\x01\x01" + rng.randbytes(5000)),
        ("BOM then garbage", b"\xff\xfe" + rng.randbytes(999)),
        ("control characters", bytes(rng.randrange(32) for _ in range(3000))),
        ("escape codes", "\x1b[2J\x1b[31m红色\x1b]0;标题\x07".encode() * 50),
        ("one huge line", line.encode("utf-8")),
    ]


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory):
    rng = random.Random(SEED)
    top = tmp_path_factory.mktemp(f"fuzz-{SEED}")
    folder = top / "inputs"
    folder.mkdir()
    inputs: dict[Path, str] = {}
    names = _names(rng)
    for i, (what, data) in enumerate(_contents(rng)):
        name = names[i % len(names)]
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), b"%02d-" % i + name)))
        with open(os.fsencode(path), "wb") as f:
            f.write(data)
        inputs[path] = what
    good = {folder / "good-news.txt": NEWS, folder / "good-commitments.txt": COMMITMENTS}
    for path, seed in good.items():
        path.write_bytes(seed.read_bytes())
        inputs[path] = "good"
    # Named on the command line: special files, links, missing, and too large.
    special = top / "special"
    special.mkdir()
    os.mkfifo(special / "fifo.txt")
    (special / "zero.txt").symlink_to("/dev/zero")
    (special / "dangling.txt").symlink_to(special / "nowhere")
    with open(special / "sparse-2mb.txt", "wb") as f:
        f.truncate(2 << 20)                       # over --max-size 1, refused before reading
    named = [special / "fifo.txt", special / "zero.txt", special / "dangling.txt", special / "sparse-2mb.txt",
             Path("/dev/zero"), top / "missing.txt"]
    for path in named:
        inputs[path] = "special"
    db = top / "kg.lbdb"
    env = {**os.environ, "KG_DB": str(db), "KG_BACKEND": "embedded", "COLUMNS": "200"}
    kg = Path(sys.executable).parent / "kg"
    done = subprocess.run([str(kg), "load", str(folder), *map(str, named), "--max-size", "1"],
                          env=env, cwd=top, capture_output=True, text=True, errors="replace", timeout=600)
    store = EmbeddedStore(str(db))
    try:
        sources = {r.source for r in store.records()}
    finally:
        store.close()
    return inputs, good, done, sources


def test_no_traceback_and_exit_1(fuzzed):
    _, _, done, _ = fuzzed
    assert "Traceback" not in done.stderr + done.stdout, f"seed {SEED}: {done.stderr[-3000:]}"
    assert done.returncode == 1, f"seed {SEED}: {done.returncode} {done.stderr[-2000:]}"


def _same_bytes(inputs: dict[Path, str]) -> dict[Path, set[str]]:
    """Each regular input → the stored sources of every input that is the same document: the
    same text (in any encoding) under two names is stored once, under the first."""
    by_key: dict[str, set[str]] = {}
    keys = {}
    for path in inputs:
        if path.is_file() and path.stat().st_size < (1 << 20):
            try:
                keys[path] = read_path(path).key
            except KgError:
                keys[path] = hashlib.sha256(path.read_bytes()).hexdigest()
            by_key.setdefault(keys[path], set()).add(path_text(path.resolve()))
    return {path: by_key[k] for path, k in keys.items()}


def test_every_input_is_loaded_or_one_line(fuzzed):
    inputs, _, done, sources = fuzzed
    errors = [ln for ln in done.stderr.splitlines() if ln.startswith("kg: error: ")]
    assert len(errors) == len(set(errors))
    twins = _same_bytes(inputs)
    accounted = 0
    for path, what in sorted(inputs.items()):
        name = path_text(path)
        loaded = bool(twins.get(path, {path_text(path.resolve())}) & sources)
        lines = [ln for ln in errors if ln.startswith(f"kg: error: {escaped(name)}: ")]
        assert loaded != bool(lines), f"seed {SEED}: {what} in {name!r}: loaded={loaded}, lines={lines}"
        assert len(lines) <= 1, f"seed {SEED}: {lines}"
        accounted += len(lines)
    assert accounted == len(errors), f"seed {SEED}: lines naming no input: {errors}"


def test_the_special_files_are_the_errors_they_are(fuzzed):
    inputs, _, done, sources = fuzzed
    stderr = done.stderr
    assert "fifo.txt: a FIFO, not a regular file; skipped" in stderr
    assert "/dev/zero: a character device, not a regular file; skipped" in stderr
    assert "zero.txt: a character device, not a regular file; skipped" in stderr
    assert "dangling.txt: no such file" in stderr and "missing.txt: no such file" in stderr
    assert "sparse-2mb.txt: 2 MB, larger than kg's limit of 1 MB" in stderr


def test_the_good_documents_are_loaded(fuzzed):
    inputs, good, _, sources = fuzzed
    twins = _same_bytes(inputs)
    assert all(twins[p] & sources for p in good), f"seed {SEED}"


def test_no_raw_control_characters_reach_stderr(fuzzed):
    _, _, done, _ = fuzzed
    for line in done.stderr.splitlines():
        if line.startswith("kg: "):
            assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c == "\u202e" for c in line), repr(line)
