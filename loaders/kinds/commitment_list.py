"""Commitment and 民生实事 lists set out as a plan (each task, then 责任领导/责任单位/完成时限 fields or a bracket) → a commitment_table document.

A county's 民生实事 list or a department's public commitments are often written as
numbered items with their fields on the lines below, not as a table. They read as a
plan does (division_plan.parse); what makes them a commitment list is what they say
they are: a title or opening naming 民生实事, 为民办实事 or 承诺. Tables of them are read by
responsibility_table.py, which names their kind the same way.
"""
from __future__ import annotations

import dataclasses
import re

from graph.model import Extraction
from loaders.kinds import division_plan as plan
from loaders.kinds.plan_detection import (carries_out_pledges, names_action, names_division, names_report_work, opening,
                                          plans_pledges, score_action, title_lines)
from loaders.recognisers.lexicon import Lexicon
from loaders.kinds.progress_report import FIELD, score as progress_score
from loaders.kinds.base import MIN_SCORE, Loader
from loaders.structure import unbracketed
from loaders.reading.source import SourceDocument

KIND = "commitment_list"
DOCUMENT_KIND = "commitment_table"
_NAMED = re.compile(r"民生实事|为民办?实事|实事项目|承诺事项|公开承诺|承诺书|惠民实事|[十百千\d]+(?:大|件|项)(?:民生|惠民)?实事")


def score(text: str) -> float:
    """Annotated tasks (two or more annotations, as progress_report.FIELD) under a title or opening
    that names a commitment or 民生实事 list: above the plan it reads as; a progress report on
    such a list stays a report."""
    titles = title_lines(text)
    head = opening(text) + "\n" + titles
    lines = titles.splitlines()
    if any(names_division(ln) and (not _NAMED.search(ln) and not (k and _NAMED.search(lines[k - 1] + ln)) or names_report_work(ln))
           for k, ln in enumerate(lines)):     # (a title wrapped: …十件民生实事 / 项目责任分解方案的通知)
        return 0.0      # (a division of a report's tasks, its 民生实事 among them or beside them: 重点工作责任分解; 分解落实
                        # 《政府工作报告》重点工作及民生实事项目)
    # (a sentence closing a group of projects, 上述项目由区X局牵头负责, answers for two or more; a list
    # of such groups under a title naming 实事 is a list of them)
    groups = len(unbracketed.group_closers(text))
    if not (_NAMED.search(head) or groups and "实事" in head) or progress_score(text):
        return 0.0
    if names_action(titles) and (carries_out_pledges(text) or not _NAMED.search(titles)):
        return 0.0      # a plan carrying out another body's list (贯彻落实《…20件民生实事》工作方案), or one whose title names
                        # no pledges (…三年行动计划; 民生实事 in its preamble only): a plan of measures
    fields = len(FIELD.findall(text))
    if fields + 2 * groups < 2 and not (
            _NAMED.search(titles) and not names_report_work(titles) and plan.score(text) >= MIN_SCORE) \
            and not (fields and plans_pledges(text)):
        return 0.0      # (fields on their lines; or, under a title naming the list, annotations a plan would read: （市人社局牵头）;
                        # or a field under an opening that makes the plan for the 实事 themselves: an excerpt of their list)
    # A list of pledged projects is above the plan of measures its annotations also make it look like (a list
    # set out as a plan, 20件民生实事工作方案, scores no action plan: plan_detection.score_action).
    base = max(plan.score(text), 0.5) if names_action(titles) else max(plan.score(text), score_action(text), 0.5)
    return round(min(1.0, base + 0.1), 3)


def parse(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    ex = plan.parse(doc, lexicon, told=True)
    return dataclasses.replace(ex, document=dataclasses.replace(ex.document, kind=DOCUMENT_KIND))

# The kinds this module reads, for the registry (loaders/registry.py).
LOADERS = (
    Loader(KIND, "民生实事 or commitment list set out as numbered tasks with 责任领导 / 责任单位 / 完成时限", score, parse),
)
