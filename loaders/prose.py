"""Prose kinds (work reports, news, web collections): detected now, extracted in a later step.

Until their extractors exist, such a document still becomes a Document node, and an
issue says plainly that nothing else was taken from it.
"""
from __future__ import annotations

import re

from graph.model import DocumentInfo, Extraction, Issue
from .lexicon import Lexicon
from .registry import Loader, register
from .source import SourceDocument


def _score_report(text: str) -> float:
    head = text[:3000]
    hits = sum(k in head for k in ("政府工作报告", "人民代表大会", "各位代表", "审议"))
    return min(1.0, hits / 3)


def _score_news(text: str) -> float:
    head = text[:3000]
    hits = sum(k in head for k in ("记者", "讯", "主持", "出席", "报道", "应询"))
    return min(0.9, hits / 4)


def _parse(kind: str):
    def parse(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
        lines = [ln.strip(" #*\t") for ln in doc.plain.text.splitlines() if ln.strip(" #*\t")]
        title = next((ln for ln in lines if len(ln) <= 60 and re.search(r"[\u4e00-\u9fff]", ln)), "")
        info = DocumentInfo(doc.key, doc.source, doc.sha256, doc.encoding, kind, title=title)
        issue = Issue("kind.no-extractor", f"{kind}: read and recorded; entity extraction for this kind is not built yet", doc.key, 0)
        return Extraction(info, issues=(issue,))
    return parse


register(Loader("work_report", "政府工作报告 (prose)", _score_report, _parse("work_report")))
register(Loader("news", "news article (prose)", _score_news, _parse("news")))
