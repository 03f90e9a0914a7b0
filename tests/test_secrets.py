"""Secrets and terminals: no password echoed or on a command line, no placeholder password,
no raw escape codes on stderr, and a Neo4j configured so LOAD CSV cannot read its files."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from graph.errors import StoreError
from graph.neo4j_store import Neo4jStore, redacted
from kg.cli import app
from kg.terminal import escaped
from tests.test_cli import one_error_line, runner_for

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "neo4j-local"


# --- passwords ----------------------------------------------------------------------------

@pytest.mark.parametrize("uri", ["bolt://neo4j:s3cret-pw@127.0.0.1:1", "neo4j://neo4j:s3cret-pw@127.0.0.1:1/",
                                 "bolt+s://admin:s3cret-pw@example.invalid:7687"])
def test_a_password_in_the_uri_is_never_echoed(tmp_path, uri):
    cli = runner_for(tmp_path / "kg.lbdb", KG_BACKEND="neo4j", NEO4J_URI=uri, NEO4J_PASSWORD="whatever-pw")
    for args in (["status"], ["query", "leader", "郑德雁"], ["cypher", "RETURN 1"]):
        result = cli.invoke(app, args)
        line = one_error_line(result, "***")
        assert "s3cret-pw" not in result.output, line


def test_redacted_keeps_the_rest():
    assert redacted("at bolt://neo4j:pw@h:7687 (x)") == "at bolt://neo4j:***@h:7687 (x)"
    assert redacted("at bolt://neo4j@h:7687") == "at bolt://neo4j@h:7687"
    assert redacted("'p%40ss' here", "bolt://u:p%40ss@h") == "'***' here"


def test_the_public_placeholder_password_is_refused(tmp_path):
    cli = runner_for(tmp_path / "kg.lbdb", KG_BACKEND="neo4j", NEO4J_URI="bolt://127.0.0.1:1",
                     NEO4J_PASSWORD="change-me-please")
    one_error_line(cli.invoke(app, ["status"]), "placeholder", "change-me-please")
    with pytest.raises(StoreError, match="placeholder"):
        Neo4jStore("bolt://127.0.0.1:1", "neo4j", "change-me-please")


def test_env_example_holds_no_usable_password():
    lines = dict(line.split("=", 1) for line in (ROOT / ".env.example").read_text().splitlines()
                 if line and not line.startswith("#"))
    assert lines["NEO4J_PASSWORD"] == ""
    assert "${NEO4J_PASSWORD:?" in (ROOT / "docker-compose.yml").read_text()   # compose refuses an empty one


def _script(*args: str, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run([str(SCRIPT), *args], env={**base, **env}, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("password,says", [(None, "set NEO4J_PASSWORD"), ("change-me-please", "placeholder"),
                                           ("two\nlines-pw", "one line")])
def test_neo4j_local_requires_a_password_of_its_own(tmp_path, password, says):
    env = {"KG_NEO4J_HOME": str(tmp_path / "home"), "NEO4J_HTTP_PORT": "1", "NEO4J_BOLT_PORT": "2"}
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    done = _script("start", **env)
    assert done.returncode == 1 and says in done.stderr, done.stderr
    assert not (tmp_path / "home").exists(), "refused before doing anything"


@pytest.mark.parametrize("password", ['plain-pw', 'we ird "pw" \\x #1', "it's $HOME `id`"])
def test_neo4j_local_quotes_the_password_for_curl_and_the_admin_tool(password):
    """The same quoting serves curl -K (stdin) and the admin tool's @FILE: a double-quoted word
    with backslash and quote escaped, read back as the password itself."""
    text = SCRIPT.read_text()
    function = text[text.index("quoted_password() {"):]
    function = function[:function.index("\n}\n") + 3]
    done = subprocess.run(["bash", "-c", function + "quoted_password"], env={"PASSWORD": password},
                          capture_output=True, text=True, timeout=30)
    quoted = done.stdout
    assert quoted.startswith('"') and quoted.endswith('"')
    inner, out, i = quoted[1:-1], "", 0
    while i < len(inner):
        if inner[i] == "\\":
            i += 1
        else:
            assert inner[i] != '"', quoted
        out += inner[i]
        i += 1
    assert out == password


def test_neo4j_local_puts_no_password_on_a_command_line():
    text = SCRIPT.read_text()
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "curl" in code and " -u " not in code and "-K -" in code
    assert 'set-initial-password "$PASSWORD"' not in code and 'set-initial-password "@$pwfile"' in code
    assert "umask 077" in code
    assert "kg-test-password" not in code, "no default password"


# --- LOAD CSV and the server's files --------------------------------------------------------

def test_the_servers_kg_starts_keep_load_csv_off_the_files():
    script = SCRIPT.read_text()
    assert "dbms.security.allow_csv_import_from_file_urls=false" in script
    assert "server.directories.import=$H/import" in script
    compose = (ROOT / "docker-compose.yml").read_text()
    assert 'NEO4J_dbms_security_allow__csv__import__from__file__urls: "false"' in compose
    assert "NEO4J_server_directories_import:" in compose


@pytest.mark.neo4j
def test_the_test_server_refuses_file_urls_even_past_kg(neo4j_store):
    """What scripts/neo4j-local configures, checked on the server CI starts with it: LOAD CSV
    sent straight to the driver (not through kg cypher) cannot read a file."""
    from neo4j.exceptions import ClientError
    with pytest.raises(ClientError, match="allow_csv_import_from_file_urls"):
        neo4j_store.driver.execute_query("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1")


# --- terminals --------------------------------------------------------------------------------

def test_escaped():
    assert escaped("a\x1b[2Jb\x07\n\t\x9b") == "a\\x1b[2Jb\\x07\\x0a\\x09\\x9b"
    assert escaped("郑德雁 \u202eevil") == "郑德雁 \\u202eevil"
    assert escaped("bad-\udcff.txt") == "bad-\\xff.txt"
    assert escaped("plain 中文 ok") == "plain 中文 ok"


def test_arguments_are_echoed_with_escape_codes_shown(tmp_path):
    from tests.test_cli import COMMITMENTS
    from graph.embedded_store import EmbeddedStore
    from kg.pipeline import load
    db = tmp_path / "kg.lbdb"
    store = EmbeddedStore(str(db))
    load([COMMITMENTS], store)
    store.close()
    cli = runner_for(db)
    result = cli.invoke(app, ["query", "leader", "\x1b[2J\x1b]0;owned\x07郑"])
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b[2J" in result.stderr
    result = cli.invoke(app, ["load", str(tmp_path / "missing-\x1b[31m.txt")])
    assert result.exit_code == 1 and "\x1b" not in result.stderr and "missing-\\x1b[31m.txt" in result.stderr


def test_tables_on_stdout_show_escape_codes_escaped(tmp_path):
    from tests.test_cli import COMMITMENTS
    folder = tmp_path / "docs"
    folder.mkdir()
    hostile = folder / "x\x1b[2J\x1b]0;owned\x07[bold]y.txt"
    hostile.write_bytes(COMMITMENTS.read_bytes())
    cli = runner_for(tmp_path / "kg.lbdb")
    loaded = cli.invoke(app, ["load", str(folder)])
    assert loaded.exit_code == 0, loaded.output
    for args in (["status"], ["query", "documents"], ["query", "documents", "-f", "json"]):
        result = cli.invoke(app, args)
        assert result.exit_code == 0 and "\x1b" not in result.stdout and "\x07" not in result.stdout, args
    assert "\\x1b[2J" in loaded.stdout and "[bold]y.txt" in loaded.stdout, "a name is not rich markup"
