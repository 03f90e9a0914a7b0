"""Document kinds: each loader says how much a text looks like its kind; the best one parses it.

Detection reads content, never file names. A kind with no extractor yet still
yields its Document, with an issue saying nothing was extracted.
"""
from __future__ import annotations

from graph.model import Issue
from loaders.kinds.base import MIN_SCORE, Loader, Splitter
from loaders.reading.source import SourceDocument
from loaders.kinds import commitment_list
from loaders.kinds import commitment_table
from loaders.kinds import division_plan
from loaders.kinds import kind_cues
from loaders.kinds import progress_report
from loaders.kinds import prose
from loaders.kinds import responsibility_table
from loaders.kinds import web_collection


# The kinds kg knows (a tie goes to the kind whose name sorts first).
_LOADERS: list[Loader] = [*commitment_list.LOADERS, *commitment_table.LOADERS, *division_plan.LOADERS, *progress_report.LOADERS, *prose.LOADERS, *responsibility_table.LOADERS]
_SPLITTERS: list[Splitter] = [*web_collection.SPLITTERS]


def split(doc: SourceDocument) -> tuple[list[SourceDocument], list[Issue]]:
    """The documents a file holds: itself, or the parts a container format cuts it into."""
    text = doc.plain.text
    for splitter in _SPLITTERS:
        if splitter.score(text) >= MIN_SCORE:
            return splitter.split(doc)
    return [doc], []


def loaders() -> list[Loader]:
    return list(_LOADERS)


GENERIC = "generic"


def kind_scores(text: str) -> dict[str, float]:
    """How much the text looks like each kind, by each kind's own rules."""
    return {lo.kind: lo.score(text) for lo in loaders()}


def choose(doc: SourceDocument) -> tuple[Loader, str]:
    """The loader whose kind the document looks most like, and why in one line (`kg load -v`),
    every kind scored once. Text of no known kind is read as a generic document (its officials,
    regions and initiatives), never refused."""
    text = doc.plain.text
    scores = kind_scores(text)
    scored = sorted(((scores[lo.kind], lo.kind, lo) for lo in loaders()), key=lambda t: (-t[0], t[1]))
    shown = _scores_shown([(kind, score) for score, kind, _ in scored if kind != GENERIC])
    best_score, _, best = scored[0]
    if best_score < MIN_SCORE:
        generic = next(lo for lo in loaders() if lo.kind == GENERIC)
        named = kind_cues.told_kind(text)
        if named:
            return generic, f"{named}: its title or opening names it so, with nothing annotated to read by (no kind scored {MIN_SCORE:.2f} or more: {shown}); read as prose"
        return generic, f"generic: no kind scored {MIN_SCORE:.2f} or more ({shown})"
    return best, f"{best.kind}: the best score ({shown})"


def _scores_shown(scored: list[tuple[str, float]]) -> str:
    """Each kind's score, best first, those that round to 0.00 said together (news 0.80, division_plan 0.32; the rest
    0.00): short enough to read on a terminal's line."""
    some = [f"{kind} {score:.2f}" for kind, score in scored if round(score, 2) > 0]
    if len(some) == len(scored):
        return ", ".join(some)
    return ", ".join(some) + "; the rest 0.00" if some else "every kind 0.00"


def detect(doc: SourceDocument) -> Loader:
    """The loader whose kind the document looks most like (see `choose`)."""
    return choose(doc)[0]


def explain(doc: SourceDocument) -> str:
    """Why the document was read as its kind, in one line (see `choose`)."""
    return choose(doc)[1]


