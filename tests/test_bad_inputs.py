"""Bad inputs cost one line: too large, special files, odd file names, deep folders, Big5,
integers beyond 64 bits, a region that is not there. The other documents still load."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph.embedded_store import EmbeddedStore
from graph.errors import ReadError
from kg.cli import app
from kg.pipeline import expand
from loaders.reading.source import MAX_MEGABYTES, read_path
from loaders.reading.text import decode
from tests.test_cli import COMMITMENTS, SEEDS, embedded_runner, neo4j_runner, one_error_line, runner_for

NEWS = SEEDS / "qingdao-2021-offensives-hearing-news.txt"


def loaded_sources(db: Path) -> list[str]:
    store = EmbeddedStore(str(db))
    try:
        return sorted(r.source for r in store.records())
    finally:
        store.close()


def error_lines(result) -> list[str]:
    assert "Traceback" not in result.output, result.output
    return [ln for ln in result.stderr.splitlines() if ln.startswith("kg: error: ")]


# --- size ------------------------------------------------------------------------------

def test_a_file_over_the_limit_is_one_line_and_the_others_load(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(COMMITMENTS.read_bytes())          # 14.8 kB
    cli = runner_for(tmp_path / "kg.lbdb")
    result = cli.invoke(app, ["load", str(big), str(NEWS), "--max-size", "0.01"])   # 10.5 kB
    assert result.exit_code == 1
    assert error_lines(result) == [f"kg: error: {big}: 0.0141 MB, larger than kg's limit of 0.01 MB (kg load --max-size MB raises it)"]
    assert loaded_sources(tmp_path / "kg.lbdb") == [str(NEWS.resolve())]
    again = cli.invoke(app, ["load", str(big), "--max-size", "0.02"])
    assert again.exit_code == 0, again.output
    assert str(big.resolve()) in loaded_sources(tmp_path / "kg.lbdb")


def test_the_limit_is_documented_and_its_default():
    result = runner_for(Path("/nonexistent/kg.lbdb")).invoke(app, ["load", "--help"])
    assert "--max-size" in result.stdout and f"[default: {MAX_MEGABYTES}]" in result.stdout


def test_reading_stops_at_the_limit_when_the_size_is_not_known():
    """/proc files say they are empty: the read itself stops past the limit."""
    with pytest.raises(ReadError, match="larger than kg's limit"):
        read_path(Path("/proc/self/maps"), max_bytes=64)


# --- special files -------------------------------------------------------------------------

def _kg(*args: str, cwd: Path, db: Path) -> subprocess.CompletedProcess:
    # A separate process, so a hang on a FIFO is a failed test, not a stuck run.
    env = {**os.environ, "KG_DB": str(db), "KG_BACKEND": "embedded"}
    return subprocess.run([str(Path(sys.executable).parent / "kg"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_fifos_and_devices_named_directly_are_skipped(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    done = _kg("load", str(fifo), "/dev/zero", str(link), str(NEWS), cwd=tmp_path, db=tmp_path / "kg.lbdb")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    errors = sorted(ln for ln in done.stderr.splitlines() if ln.startswith("kg: error: "))
    assert errors == sorted([f"kg: error: {fifo}: a FIFO, not a regular file; skipped",
                             "kg: error: /dev/zero: a character device, not a regular file; skipped",
                             f"kg: error: {link}: a character device, not a regular file; skipped"])
    assert loaded_sources(tmp_path / "kg.lbdb") == [str(NEWS.resolve())]


def test_special_files_inside_a_folder_are_passed_over(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    shutil.copy(NEWS, folder / "news.txt")
    assert expand([folder]) == [folder / "news.txt"]


# --- file names -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["report#draft.txt", "a#1.txt", "notes#2", "#.txt"])
def test_a_hash_in_a_file_name_does_not_break_replacement(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(NEWS.read_bytes())
    db = tmp_path / "kg.lbdb"
    cli = runner_for(db)
    assert cli.invoke(app, ["load", str(path)]).exit_code == 0
    old = loaded_sources(db)
    path.write_bytes(COMMITMENTS.read_bytes())                  # a new version of the same file
    result = cli.invoke(app, ["load", str(path)])
    assert result.exit_code == 0, result.output
    assert loaded_sources(db) == old == [str(path.resolve())], "the old version's facts are gone"
    store = EmbeddedStore(str(db))
    try:
        kinds = store.run("MATCH (d:Document) RETURN d.kind").rows
    finally:
        store.close()
    assert kinds == [["commitment_table"]]


def test_a_file_name_that_is_not_utf8_loads_with_the_others(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    bad = os.path.join(os.fsencode(folder), b"news-\xff\xfe.txt")
    with open(bad, "wb") as f:
        f.write(NEWS.read_bytes())
    shutil.copy(COMMITMENTS, folder / "good.txt")
    db = tmp_path / "kg.lbdb"
    cli = runner_for(db)
    result = cli.invoke(app, ["load", str(folder)])
    assert result.exit_code == 0, result.output
    assert loaded_sources(db) == [f"{folder.resolve()}/good.txt", f"{folder.resolve()}/news-\\xff\\xfe.txt"]
    with open(bad, "ab") as f:          # a new version, read from the same odd name
        f.write("\n本报记者 张三\n".encode())
    again = cli.invoke(app, ["load", str(folder)])
    assert again.exit_code == 0 and len(loaded_sources(db)) == 2, again.output
    status = cli.invoke(app, ["status"])
    assert status.exit_code == 0 and "Traceback" not in status.output


def test_an_unreadable_name_in_an_error_is_shown_escaped(tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"empty-\xff.txt")
    open(bad, "wb").close()
    result = runner_for(tmp_path / "kg.lbdb").invoke(app, ["load", os.fsdecode(bad), str(NEWS)])
    assert error_lines(result) == [f"kg: error: {tmp_path}/empty-\\xff.txt: empty file"]


# --- folders ----------------------------------------------------------------------------------

def test_a_folder_1500_deep_loads(tmp_path):
    deep = tmp_path / "top"
    levels = [os.path.join(str(deep), *(["d"] * n)) for n in range(1501)]
    for level in levels:              # os.makedirs and shutil.rmtree would recurse themselves
        os.mkdir(level)
    try:
        shutil.copy(NEWS, os.path.join(levels[-1], "news.txt"))
        shutil.copy(COMMITMENTS, deep / "commitments.txt")
        assert sys.getrecursionlimit() < 1500
        result = runner_for(tmp_path / "kg.lbdb").invoke(app, ["load", str(deep)])
        assert result.exit_code == 0, result.output[-2000:]
        assert len(loaded_sources(tmp_path / "kg.lbdb")) == 2
    finally:
        os.remove(os.path.join(levels[-1], "news.txt"))
        for level in reversed(levels[1:]):
            os.rmdir(level)


# --- Big5 -------------------------------------------------------------------------------------

TRADITIONAL = ("臺北市政府工作報告\n\n各位代表：\n\n現在，我代表市人民政府，向大會報告政府工作，請予審議。"
               "過去一年，我們堅持穩中求進工作總基調，經濟運行總體平穩，發展質量穩步提升。\n"
               "我們實施鄉村振興戰略，推進黃河流域生態保護和高質量發展，深化國有企業改革，優化營商環境。\n")


def test_big5_text_is_read_as_big5():
    text, encoding = decode(TRADITIONAL.encode("big5"))
    assert (text, encoding) == (TRADITIONAL, "big5")


def test_gbk_text_still_reads_as_gb18030():
    simplified = NEWS.read_text(encoding="utf-8")
    text, encoding = decode(simplified.encode("gbk"))
    assert (text, encoding) == (simplified, "gb18030")


# --- integers and regions ---------------------------------------------------------------------

HUGE = "999999999999999999999"


@pytest.fixture(scope="module")
def seeded_cli(tmp_path_factory):
    return embedded_runner(tmp_path_factory.mktemp("bad") / "kg.lbdb", SEEDS)


@pytest.fixture
def neo4j_seeded_cli(neo4j_store, neo4j_settings, tmp_path):
    return neo4j_runner(neo4j_store, neo4j_settings, tmp_path, SEEDS)


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def either_cli(request):
    return request.getfixturevalue("seeded_cli" if request.param == "embedded" else "neo4j_seeded_cli")


def test_an_integer_beyond_64_bits_is_one_line(either_cli):
    one_error_line(either_cli.invoke(app, ["query", "task", "数字经济", "--limit", HUGE]), HUGE, "64-bit")
    one_error_line(either_cli.invoke(app, ["cypher", "RETURN $n AS n", "-p", f"n={HUGE}"]), HUGE, "64-bit")
    one_error_line(either_cli.invoke(app, ["cypher", "RETURN $n AS n", "-p", f"n:=[1, {HUGE}]"]), HUGE, "64-bit")


@pytest.mark.parametrize("command", [["export", "--all", "-f", "json"], ["analyze"]])
def test_an_unknown_region_is_named_like_an_unknown_leader(seeded_cli, tmp_path, command):
    out = tmp_path / "x.json"
    line = one_error_line(seeded_cli.invoke(app, [*command, "--region", "不存在的地方", *(["-o", str(out)] if command[0] == "export" else [])]),
                          "no region named 不存在的地方")
    assert not out.exists(), line
    one_error_line(seeded_cli.invoke(app, [*command, "--region", "济男市"]), "no region named 济男市; did you mean 济南市")


def test_a_big5_document_loads(tmp_path):
    path = tmp_path / "taipei.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    result = runner_for(tmp_path / "kg.lbdb").invoke(app, ["load", str(path)])
    assert result.exit_code == 0 and not error_lines(result), result.output
    store = EmbeddedStore(str(tmp_path / "kg.lbdb"))
    try:
        assert store.run("MATCH (d:Document) RETURN d.encoding").rows == [["big5"]]
    finally:
        store.close()


def test_kg_status_shows_a_store_path_with_control_characters_escaped(tmp_path):
    from typer.testing import CliRunner
    from kg.cli import app
    db = tmp_path / "a\x1b[2Jb.lbdb"
    result = CliRunner().invoke(app, ["status", "--db", str(db)])
    assert "\x1b[2J" not in result.output and "\\x1b[2J" in result.output
