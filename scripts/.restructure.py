"""One-off: move loaders/ into layers (reading → structure → recognisers → kinds) and rewrite imports."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
L = ROOT / "loaders"
LAYERS = {
    "reading": ["text", "simplified", "source", "portal"],
    "structure": ["annotation", "items", "responsibility", "flat_table", "numbering", "fields", "conventions",
                  "leaders", "tables"],
    "recognisers": ["gazetteer", "lexicon", "places", "officials", "dates", "targets", "initiatives",
                    "initiative_patterns", "initiative_lexicon", "initiative_names", "initiative_lists",
                    "initiative_checks", "initiative_heads", "initiative_works", "initiative_boundaries", "initiative_words",
                    "initiative_proper_names", "initiative_links",
                    "initiative_candidates"],
    "kinds": ["division_plan", "commitment_table", "responsibility_table", "prose", "report_meta", "speakers",
              "web_collection", "progress_report", "commitments", "action_plan", "news", "generic"],
}
flat = {p.stem for p in L.glob("*.py")} - {"__init__", "registry"}
where = {}
for layer, mods in LAYERS.items():
    for m in mods:
        if m in flat:
            where[m] = layer
unplaced = flat - set(where)
if unplaced:
    sys.exit(f"unplaced modules: {sorted(unplaced)}")
# Modules already in loaders/reading/ (the format readers) keep their place.
for p in (L / "reading").glob("*.py"):
    if p.stem != "__init__":
        where.setdefault(p.stem + "@reading", "reading")

for layer in ("structure", "recognisers", "kinds"):
    (L / layer).mkdir(exist_ok=True)
    init = L / layer / "__init__.py"
    if not init.exists():
        init.write_text({
            "structure": '"""Structure: sections, numbered items, annotations, tables — how a document lays out its tasks."""\n',
            "recognisers": '"""Recognisers: regions, officials, departments, initiatives, dates, targets, in any text."""\n',
            "kinds": '"""Kinds: one reader per kind of document (plans, tables, reports, news, generic); the registry lists them."""\n',
        }[layer], encoding="utf-8")
        subprocess.run(["git", "-C", str(ROOT), "add", str(init)], check=True)
for m, layer in where.items():
    if "@" in m:
        continue
    subprocess.run(["git", "-C", str(ROOT), "mv", f"loaders/{m}.py", f"loaders/{layer}/{m}.py"], check=True)


def new_path(old: str) -> str:
    """loaders.X (old, flat) → loaders.layer.X."""
    parts = old.split(".")
    if len(parts) >= 2 and parts[0] == "loaders" and parts[1] in where:
        return ".".join(["loaders", where[parts[1]], parts[1], *parts[2:]])
    return old


def absolute(module_pkg: str, dots: int, name: str) -> str:
    base = module_pkg.split(".")
    base = base[:len(base) - (dots - 1)]
    return ".".join(base + ([name] if name else []))


REL = re.compile(r"^(\s*)from\s+(\.+)([\w.]*)\s+import\s+(.+)$")
ABS_FROM = re.compile(r"^(\s*)from\s+(loaders(?:\.[\w]+)*)\s+import\s+(.+)$")
DOTTED = re.compile(r"\bloaders\.([a-z_]+)\b")


def rewrite(path: Path, old_pkg: str | None) -> None:
    text = path.read_text(encoding="utf-8")
    out = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = REL.match(line) if old_pkg else None
        if m:
            indent, dots, name, names = m.groups()
            target = absolute(old_pkg, len(dots), name)
            if names.strip().startswith("(") and not names.strip().endswith(")"):
                while not lines[i].rstrip().endswith(")"):
                    i += 1
                    names += "\n" + lines[i]
            if not name:
                # from . import a, b  → one line per module, each from its layer
                items = [x.strip() for x in names.replace("(", "").replace(")", "").split(",") if x.strip()]
                plain = [x for x in items if not x.startswith("#")]
                comment = ""
                if "#" in names:
                    comment = "  #" + names.split("#", 1)[1]
                    plain = [x.split("#")[0].strip() for x in plain if x.split("#")[0].strip()]
                for x in plain:
                    mod, _, alias = x.partition(" as ")
                    full = new_path(f"{target}.{mod.strip()}")
                    pkg, _, leaf = full.rpartition(".")
                    out.append(f"{indent}from {pkg} import {leaf}{(' as ' + alias) if alias else ''}{comment}")
                    comment = ""
                i += 1
                continue
            out.append(f"{indent}from {new_path(target)} import {names}")
            i += 1
            continue
        m = ABS_FROM.match(line)
        if m and m.group(2) == "loaders":
            indent, pkg, names = m.groups()
            items = [x.strip() for x in names.split("#")[0].replace("(", "").replace(")", "").split(",") if x.strip()]
            moved = [x for x in items if x.split(" as ")[0] in where]
            if moved:
                comment = ("  #" + names.split("#", 1)[1]) if "#" in names else ""
                for x in items:
                    mod, _, alias = x.partition(" as ")
                    pkg = f"loaders.{where[mod]}" if mod in where else "loaders"
                    out.append(f"{indent}from {pkg} import {mod}{(' as ' + alias) if alias else ''}{comment}")
                    comment = ""
                i += 1
                continue
        out.append(DOTTED.sub(lambda mm: "loaders." + (f"{where[mm.group(1)]}.{mm.group(1)}" if mm.group(1) in where else mm.group(1)), line))
        i += 1
    path.write_text("\n".join(out), encoding="utf-8")


old_pkg_of = {}
for m, layer in where.items():
    if "@" in m:
        old_pkg_of[L / "reading" / (m.split("@")[0] + ".py")] = "loaders.reading"
    else:
        old_pkg_of[L / layer / f"{m}.py"] = "loaders"
old_pkg_of[L / "registry.py"] = "loaders"
old_pkg_of[L / "reading" / "__init__.py"] = "loaders.reading"
for path in sorted(ROOT.rglob("*.py")):
    rel = path.relative_to(ROOT)
    if rel.parts[0] in (".venv", ".git") or rel.parts[0].startswith("."):
        continue
    rewrite(path, old_pkg_of.get(path))

# Paths in docs and comments: loaders/X.py → loaders/layer/X.py
for path in [*ROOT.glob("*.md"), *ROOT.glob("docs/*.md"), *ROOT.rglob("*.py"), *ROOT.glob("tests/gold/*.md")]:
    rel = path.relative_to(ROOT)
    if rel.parts[0].startswith("."):
        continue
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"loaders/([a-z_]+)\.py", lambda mm: f"loaders/{where[mm.group(1)]}/{mm.group(1)}.py" if mm.group(1) in where else mm.group(0), text)
    if new != text:
        path.write_text(new, encoding="utf-8")
print("moved:", {k: v for k, v in where.items() if "@" not in k})

# ---- the registry lists the kinds; the kinds no longer import it ----------------------------
reg = (L / "registry.py").read_text(encoding="utf-8")
start, end = reg.index("@dataclass(frozen=True)\nclass Loader:"), reg.index("_LOADERS: list[Loader] = []")
base_src = reg[start:end]
(L / "kinds" / "base.py").write_text('''"""What a kind of document is to the registry: how much a text looks like it, and how to read it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from graph.model import Extraction, Issue
from loaders.reading.source import SourceDocument
from loaders.recognisers.lexicon import Lexicon


''' + base_src.rstrip() + "\n", encoding="utf-8")
subprocess.run(["git", "-C", str(ROOT), "add", "loaders/kinds/base.py"], check=True)
reg = reg[:start] + reg[end:]
reg = re.sub(r"def register\(loader: Loader\) -> Loader:\n    _LOADERS.append\(loader\)\n    return loader\n\n\n", "", reg)
reg = re.sub(r"def register_splitter\(splitter: Splitter\) -> Splitter:\n    _SPLITTERS.append\(splitter\)\n    return splitter\n\n\n", "", reg)
kinds_found = []
for p in sorted((L / "kinds").glob("*.py")):
    src = p.read_text(encoding="utf-8")
    if "register" not in src:
        continue
    src = src.replace("from loaders.registry import Loader, register", "from loaders.kinds.base import Loader")
    src = src.replace("from loaders.registry import Splitter, register_splitter", "from loaders.kinds.base import Splitter")
    n = len(re.findall(r"^(?:LOADER = )?register\(Loader\(", src, re.M))
    if n == 1:
        src = re.sub(r"^(?:LOADER = )?register\(Loader\((.*)\)\)\s*$", r"LOADER = Loader(\1)", src, flags=re.M)
        kinds_found.append((p.stem, "LOADER"))
    elif n > 1:
        # several kinds in one module (prose): a tuple of them
        calls = []
        def grab(mm):
            calls.append(mm.group(1))
            return ""
        src = re.sub(r"^register\(Loader\(((?:.|\n)*?)\)\)\n", grab, src, flags=re.M)
        src = src.rstrip() + "\n\nLOADERS = (\n" + "".join(f"    Loader({c}),\n" for c in calls) + ")\n"
        kinds_found.append((p.stem, "LOADERS"))
    if "register_splitter(" in src:
        src = re.sub(r"^register_splitter\(Splitter\((.*)\)\)\s*$", r"SPLITTER = Splitter(\1)", src, flags=re.M)
        kinds_found.append((p.stem, "SPLITTER"))
    p.write_text(src, encoding="utf-8")
imports = "".join(f"from loaders.kinds import {m}\n" for m in sorted({m for m, _ in kinds_found}))
loaders_list = ", ".join((f"*{m}.LOADERS" if what == "LOADERS" else f"{m}.LOADER") for m, what in kinds_found if what != "SPLITTER")
splitters = ", ".join(f"{m}.SPLITTER" for m, what in kinds_found if what == "SPLITTER")
reg = reg.replace("_LOADERS: list[Loader] = []\n_SPLITTERS: list[Splitter] = []\n",
                  f"# The kinds kg knows, in the order they are tried on a tie (each module says how it scores).\n"
                  f"_LOADERS: list[Loader] = [{loaders_list}]\n_SPLITTERS: list[Splitter] = [{splitters}]\n")
reg = re.sub(r"\n\ndef _import_builtin\(\) -> None:\n(?:    .*\n)+", "\n", reg)
reg = reg.replace("    _import_builtin()\n", "")
reg = reg.replace("from loaders.recognisers.lexicon import Lexicon\nfrom loaders.reading.source import SourceDocument\n",
                  "from loaders.kinds.base import Loader, Splitter\nfrom loaders.reading.source import SourceDocument\n" + imports)
reg = reg.replace("from dataclasses import dataclass\nfrom typing import Callable\n\n", "")
reg = reg.replace("from graph.model import Extraction, Issue\n", "from graph.model import Issue\n")
(L / "registry.py").write_text(reg, encoding="utf-8")
print("kinds:", kinds_found)

# report_meta no longer reaches up to the registry: the caller says the kind (a report by default).
p = L / "kinds" / "report_meta.py"
src = p.read_text(encoding="utf-8")
src = src.replace('''def report_metadata(doc: SourceDocument, lexicon: Lexicon, kind: str | None = None) -> dict:
    """Document-level metadata of a report or news article, as a plain dict (kind detected when not given)."""
    if kind is None:
        from loaders.registry import detect   # here: the registry imports the loaders, this among them
        kind = detect(doc).kind
        kind = kind if kind in ("work_report", "news") else "work_report"
    return read(doc, lexicon, kind).public()''', '''def report_metadata(doc: SourceDocument, lexicon: Lexicon, kind: str = "work_report") -> dict:
    """Document-level metadata of a report (or, with its kind, a news article or a generic document), as a plain dict."""
    return read(doc, lexicon, kind).public()''')
p.write_text(src, encoding="utf-8")
p = L / "kinds" / "prose.py"
src = p.read_text(encoding="utf-8")
src = src.replace("# Any other text: a notice, a policy, a page of no kind kg knows. Scored 0: chosen only when nothing else is.\n\nLOADERS = (",
                  "# The prose kinds; the last, any other text (a notice, a policy, a page of no kind kg knows), is\n# scored 0: chosen only when nothing else is.\nLOADERS = (")
p.write_text(src, encoding="utf-8")
# The lexicon's data folder stays loaders/data.
p = L / "recognisers" / "lexicon.py"
src = p.read_text(encoding="utf-8")
src = src.replace('DATA_DIR = Path(__file__).with_name("data")', 'DATA_DIR = Path(__file__).resolve().parent.parent / "data"')
p.write_text(src, encoding="utf-8")
