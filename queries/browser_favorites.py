"""kg's query templates as Neo4j Browser favorites, in a .zip to drop on Browser.

Neo4j Browser imports a .zip dropped on its window: every `.cypher` file in it
becomes a favorite, in a folder named after the file's folder in the zip (`kg`).
Browser names a favorite after its first line.

A template with parameters gives two favorites, next to each other:

- `leader 1/2: set parameters` — its example `:param` lines (from the header), as a
  multi-statement script: edit the values, run it. Browser keeps parameters for
  the session, so this is done once per value.
- `leader 2/2: <what it answers>` — the template as it is, one statement, so
  Browser shows its rows (table) or graph. (A script that set the parameters and
  ran the query at once would show only "SUCCESS" for each statement: Browser's
  multi-statement frames show summaries, never rows.)

A template without parameters gives one favorite (`counts: …`).

    kg browser-favorites [OUT.zip]   # default kg-browser-favorites.zip

Made from queries/*.cypher when asked, never committed, so it cannot fall behind
the templates; deterministic (template order, fixed timestamps).
tests/browser/test_neo4j_browser.py drops it on a real Browser and runs a pair.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

QUERIES = Path(__file__).resolve().parent
FOLDER = "kg"

_PARAM = re.compile(r"^//\s*(:param\s.*?)\s*;?\s*$")


def favorites_for(name: str, text: str) -> dict[str, str]:
    """{file name: favorite script} for one template: parameters first, then the query."""
    lines = text.strip().splitlines()
    summary = lines[0].lstrip("/ ").strip() if lines and lines[0].startswith("//") else name
    body = "\n".join(lines[1:] if lines and lines[0].startswith("//") else lines)
    params = [m.group(1) for line in lines if (m := _PARAM.match(line))]
    if not params:
        return {f"{name}.cypher": f"// {name}: {summary}\n{body}\n"}
    script = "\n".join(
        [f"// {name} 1/2: set parameters",
         f"// Edit the values, run this, then run {name} 2/2 (Browser keeps parameters until it is reloaded)."]
        + [f"{p};" for p in params]
    )
    return {
        f"{name}.1-parameters.cypher": script + "\n",
        f"{name}.2-query.cypher": f"// {name} 2/2: {summary}\n{body}\n",
    }


def favorites(queries: Path = QUERIES) -> dict[str, str]:
    """{path in the zip: favorite script} for every template, in the order Browser lists them."""
    out: dict[str, str] = {}
    for p in sorted(queries.glob("*.cypher")):
        for file, script in favorites_for(p.stem, p.read_text(encoding="utf-8")).items():
            out[f"{FOLDER}/{file}"] = script
    return out


def favorites_zip(queries: Path = QUERIES) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, script in favorites(queries).items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, script.encode("utf-8"))
    return buf.getvalue()
