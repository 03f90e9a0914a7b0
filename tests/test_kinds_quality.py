"""Floors on the kind-and-place set (bench/kinds.py, tests/gold/kinds): what kind each real page opening is read as
and where it is placed, just under the figures reached. Tuned on the dev split only; the held-out split is a check,
its floor set from its first reading."""
from __future__ import annotations

import pytest

from bench import kinds

# Floors: raise them as kg improves, never lower them on the same sample.
KIND_DEV, PLACED_DEV = 0.87, 297
KIND_HELD, PLACED_HELD = 0.76, 49


@pytest.fixture(scope="module")
def summary():
    return kinds.summary(kinds.run("all"))


def test_the_baseline_reads_the_first_line_as_the_title():
    assert kinds.baseline_kind("关于印发2023年重点工作任务分工方案的通知\n各县区：…") == "division_plan"
    assert kinds.baseline_kind("2024年市政府工作报告\n——2024年1月…") == "work_report"
    assert kinds.baseline_kind("县长张三调研重点项目建设\n5月12日…") == "news"
    assert kinds.baseline_kind("\n\n某某市公共数据管理办法\n第一条") == "generic"


def test_dev_kinds_and_placement(summary):
    dev = summary["dev (split)"]
    # Nineteenth session: 60 page openings (round 1, dev: 16 provinces and one national page) at first. At the session's start
    # (557e1e2's extraction): kind 0.650 (39 of 60; the title-word baseline 0.267), placement 50 right, 1 coarse, 2 wrong,
    # 2 open of 55 named, 1 guessed of 5 unnamed. At its end (the rules of loaders/kinds/self_description.py and the
    # kind cues with them): kind 0.883 (53 of 60), placement 51 right, 1 coarse, 1 wrong, 2 open.
    # Then round 2 (60 more page openings from the same provinces, annotated without kg after those rules were written,
    # never read for them) joined the dev half, 120 pages, a new sample: kind 0.683 (82 of 120) with the session's
    # starting code, 0.833 (100 of 120) at its end (round 2 alone: 43 → 47 of 60, four pages right that were wrong, none
    # lost); placement 92 right, 3 coarse, 6 → 5 wrong, 11 → 12 open of 112 named (one plan, now read as a plan, no
    # longer placed: the cleaned view joins a document site's own line with the title line naming 吉林省 under it).
    # Twentieth session: blind round 1 (50 pages from 15 other provinces; below, as it was) moved to dev after its two
    # measurements, 170 pages, a new sample: kind 0.812 (138 of 170; the baseline 0.276), placement 127 right, 5 coarse,
    # 7 wrong, 22 open of 161 named at the session's start (f03453c). Then round 4 (60 pages of 28 provinces, leaning on
    # pledges, progress and reports, annotated without kg) joined: 230 pages, kind 0.774 (178; round 4 alone 40 of 60),
    # placement 171 right, 7 coarse, 9 wrong, 34 open of 221 named with the session's starting code. New floors, at
    # that reading. At its end: kind 0.843 (194 of 230: was blind round 1 38 → 46, round 1 53 → 54, round 2 47 → 54, all
    # read for the session's kind rules; round 4, annotated at the session's start and never read for them, 40 → 40),
    # placement 187 right, 5 coarse, 3 wrong, 26 open (round 4 alone 44/2/2/12 → 45/2/2/11). Floors raised, just under.
    # Twenty-first session: blind round 3 (below, as it was) moved to dev after its two measurements, 290 pages, a new
    # sample: kind 0.834 (242 of 290; the baseline 0.290), placement 230 right, 5 coarse, 7 wrong, 38 open of 280 named
    # at the session's start (846e72c). At its end: kind 0.834 (242: no kind rule this session; the gold's one ruling on
    # news giving the whole list of 实事 turned one page right and one wrong), placement 254 right, 4 coarse, 0 wrong, 22
    # open (place2's rules: headlines opening on their place, a provincial leader's visit, a prefecture by its short
    # name, a province's parts named, a region named alone, a bureau's signature; round 4, the former blind round 3
    # and round 1 read for them). Floors just under.
    # Twenty-second session: blind round 5 (below, as it was) moved to dev after its two measurements, 350 pages, a new
    # sample: kind 0.817 (286 of 350; the baseline 0.277), placement 296 right, 4 coarse, 0 wrong, 36 open of 336 named
    # at the session's start (aa47e5d). New floors, just under. At its end: kind 0.877 (307: kind7's rules, read from
    # round 4 and the former blind rounds 3 and 5, which went 40 → 46, 48 → 51, 44 → 54), placement 298 right, 4 coarse,
    # 0 wrong, 34 open (amb1). Floors raised, just under.
    assert dev["documents"] == 350
    assert dev["kg"]["kind"] >= KIND_DEV
    assert dev["placement"]["right"] >= PLACED_DEV and dev["placement"]["wrong"] <= 1


# Blind round 1, held out until the twentieth session (50 page openings from 15 other provinces, measured in totals
# only): kind 0.780 (39 of 50; the baseline 0.360), placement 35 right, 2 coarse, 2 wrong, 10 open of 49 named at the
# nineteenth session's start (557e1e2); 0.760 at its end (the rules read from the dev half lost one page, gained none).
# It is dev now.
# Blind round 3 (60 page openings from 15 provinces and a national page, twentieth session), measured in totals only:
# kind 0.817 (49 of 60; the baseline 0.383), placement 42 right, 1 coarse, 4 wrong, 12 open of 59 named at that
# session's start (f03453c); at its end kind 0.800 (48: the kind rules read from the dev pages lost one, gained none),
# placement 43 right, 0 coarse, 4 wrong, 12 open. It is dev now (twenty-first session).
# Blind round 5 (60 page openings from 27 provinces and three national pages, annotated without kg in the
# twenty-first session), measured in totals only. At the session's start (846e72c): kind 0.733 (44 of 60; the
# baseline 0.217), placement 41 right, 0 coarse, 0 wrong, 15 open of 56 named. Floors at that reading. At its end:
# kind the same (44 of 60), placement 42 right, 0 coarse, 0 wrong, 14 open: the placement rules that took the dev
# pages 230 → 254 right gained one page here. The placement floor raised. It is dev now (twenty-second session).


def test_heldout_kinds_and_placement(summary):
    held = summary["heldout (split)"]
    # Blind round 6 (60 page openings from all 31 provinces and two national pages, annotated without kg in the
    # twenty-second session), measured in totals only. At the session's start (aa47e5d): kind 0.767 (46 of 60; the
    # baseline 0.250), placement 50 right, 3 coarse, 1 wrong, 4 open of 58 named. Floors at that reading. At its end the
    # same to the count: the kind rules that took the dev pages 286 → 307 gained nothing here.
    assert held["documents"] == 60
    assert held["kg"]["kind"] >= KIND_HELD
    assert held["placement"]["right"] >= PLACED_HELD and held["placement"]["wrong"] <= 1
