"""Where kg places the corpus's work reports, and who it says gave them, against tests/gold/report_places.tsv.

The gold is read here only. The reports are the real ones in shared/corpus (beside the
repository, as ../shared/corpus); without it, nothing is measured and the table says so.

    python bench/placement.py [--corpus DIR]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "tests" / "gold" / "report_places.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "documents"
FIELDS = ("region", "year", "speaker", "title")


def gold_rows(path: Path = GOLD) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            f, region, year, speaker, title = (line.split("\t") + [""] * 5)[:5]
            rows.append({"file": f, "region": region, "year": year, "speaker": speaker, "title": title})
    return rows


def predict(path: Path) -> dict:
    from graph import schema
    from kg.pipeline import extract_file
    (ex, _), *_ = extract_file(path)
    if ex is None:
        return {k: "" for k in FIELDS}
    props = next((e.props for e in ex.entities if e.label == schema.DOCUMENT), {})
    serves = {r.target[1]: r.props.get("title", "") for r in ex.relations
              if r.type == schema.SERVES_IN and r.source[1].endswith("/" + (props.get("speaker") or "\0"))}
    return {"region": ex.document.region, "year": str(props.get("year") or ""), "speaker": props.get("speaker") or "",
            # the speaker's SERVES_IN: in the report's region, with the title the header gives
            "title": serves.get(ex.document.region, "")}


def run(corpus: Path = CORPUS) -> dict:
    """Accuracy per field, over the local (province and below) and the national reports."""
    out: dict = {"corpus": str(corpus), "groups": {}, "wrong": []}
    if not corpus.is_dir():
        return out
    for row in gold_rows():
        group = "national" if row["region"] == "中华人民共和国" else "local"
        got = predict(corpus / row["file"])
        g = out["groups"].setdefault(group, {"documents": 0, **{k: 0 for k in FIELDS}})
        g["documents"] += 1
        for k in FIELDS:
            if got[k] == row[k]:
                g[k] += 1
            else:
                out["wrong"].append((row["file"], k, row[k], got[k]))
    return out


def table(result: dict) -> str:
    if not result["groups"]:
        return f"placement: no corpus at {result['corpus']} (nothing measured)"
    lines = ["placement of work reports vs tests/gold/report_places.tsv (accuracy)",
             f"{'reports':<10}{'n':>4}  " + "  ".join(f"{k:>14}" for k in FIELDS)]
    for group, g in sorted(result["groups"].items()):
        n = g["documents"]
        lines.append(f"{group:<10}{n:>4}  " + "  ".join(f"{g[k]:>4}/{n:<3} {g[k] / n:.2f}" for k in FIELDS))
    for f, k, want, got in result["wrong"]:
        lines.append(f"  wrong {k}: {f}: gold {want!r}, kg {got!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS), help="shared/corpus/documents")
    args = ap.parse_args(argv)
    print(table(run(Path(args.corpus))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
