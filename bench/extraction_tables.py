"""bench/extraction_quality.py's figures as a table, kg beside the jieba baseline (and per document)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.extraction_quality import METRICS, SYSTEMS  # noqa: E402

def _f(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def _n(x) -> str:
    return "-" if x is None else str(x)


def table(result: dict, per_doc: bool = False) -> str:
    g = result["gold"]
    lines = [
        f"Extraction quality vs tests/gold ({result['date']}): {g['documents']} documents, "
        f"{g['officials']} officials ({g['official_title_facts']} title facts), "
        f"{g['initiatives']} initiatives ({g['initiatives_core']} core; {g['projects']} Project, {g['strategies']} Strategy), "
        f"{g['initiative_part_of']} initiative PART_OF pairs, {g['region_part_of']} region PART_OF edges",
        f"kg: kg.pipeline.extract_all in-process.  baseline: {result['baseline']}.",
        "Micro-averaged over documents. pred = predictions, ok = correct predictions, found = gold items found.",
        "",
    ]
    w = max(len(v) for v in METRICS.values())
    sys_cols = f"{'P':>5} {'R':>5} {'F1':>5} {'pred':>5} {'ok':>5} {'found':>5}"
    lines.append(f"{'':{w}}  {'':>5}   {'kg':-^35}   {'baseline':-^35}")
    lines.append(f"{'metric':{w}}  {'gold':>5}   {sys_cols}   {sys_cols}")
    for m, label in METRICS.items():
        e = result["metrics"][m]
        cells = []
        for s in SYSTEMS:
            x = e[s]
            if x is None:
                cells.append(f"{'-':>5} {'-':>5} {'-':>5} {'-':>5} {'-':>5} {'-':>5}")
            else:
                cells.append(f"{_f(x['p']):>5} {_f(x['r']):>5} {_f(x['f1']):>5} {_n(x['predicted']):>5} {_n(x['correct']):>5} {_n(x['found']):>5}")
        lines.append(f"{label:{w}}  {_n(e['gold']):>5}   {cells[0]}   {cells[1]}")

    lines += ["", "report metadata: accuracy over all documents (an unstated field is right only when left empty),",
              "and over the documents that state the field",
              f"{'':{w}}  {'':>5}   {'kg':-^35}   {'baseline':-^35}",
              f"{'field':{w}}  {'stated':>6}  {'all':>17} {'stated':>17}   {'all':>17} {'stated':>17}"]
    for f, e in result["metadata"].items():
        cells = []
        for s in SYSTEMS:
            x = e[s]
            if x is None:
                cells.append(f"{'-':>17} {'-':>17}")
            else:
                a = f"{x['accuracy']:.2f} ({x['correct']}/{e['documents']})"
                b = f"{x['stated_accuracy']:.2f} ({x['stated_correct']}/{e['stated']})"
                cells.append(f"{a:>17} {b:>17}")
        lines.append(f"{f:{w}}  {e['stated']:>6}  {cells[0]}   {cells[1]}")

    lines.append("")
    for s in SYSTEMS:
        d = result["diagnostics"][s]
        lines.append(
            f"{s}: unmatched documents {', '.join(d['unmatched_documents']) or 'none'}; predictions that are gold negatives: "
            f"{d['official_negatives_hit']} officials, {d['initiative_negatives_hit']} initiatives; "
            f"predictions matching several gold initiatives {d['predictions_matching_several_gold']}, "
            f"gold initiatives matched by several predictions {d['gold_matched_by_several_predictions']}")

    for err in result["kg_errors"]:
        lines.append(f"kg failed on {err}")

    if per_doc:
        lines += ["", "per document (kg/baseline; '-' where a system gives nothing to score or nothing is there):"]
        ids = list(result["per_doc"])
        dw = max(len(i) for i in ids)
        head = ["off F1", "off+title F1", "init P", "init R", "core R", "init PART_OF F1", "region F1", "metadata"]
        lines.append(f"{'document':{dw}}  " + "  ".join(f"{h:>15}" for h in head))
        for i in ids:
            row = result["per_doc"][i]

            def pair(metric: str, key: str) -> str:
                vals = []
                for s in SYSTEMS:
                    x = row[s][metric]
                    empty = x is None or x[key] is None or (not x["gold"] and not x.get("predicted"))
                    vals.append("-" if empty else f"{x[key]:.2f}")
                return "/".join(vals)

            meta = row["kg"]["metadata"]
            meta_cell = "-" if meta is None else f"{sum(meta.values())}/{len(meta)}"
            cells = [pair("officials", "f1"), pair("officials_with_title", "f1"), pair("initiatives_all", "p"),
                     pair("initiatives_all", "r"), pair("initiatives_core", "r"), pair("initiative_part_of", "f1"),
                     pair("region_part_of", "f1"), meta_cell]
            lines.append(f"{i:{dw}}  " + "  ".join(f"{c:>15}" for c in cells))
    return "\n".join(lines)
