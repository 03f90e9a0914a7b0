"""Floors on the layout development set (bench/layouts.py, tests/gold/layouts), just under the figures reached.

Tuned on the dev split only; the held-out split is a check, its floor set from its first reading.
"""
from __future__ import annotations

import pytest

from bench import layouts


@pytest.fixture(scope="module")
def summary():
    return layouts.summary(layouts.run("all"))


def test_dev_responsibility_facts_and_kinds(summary):
    dev = summary["dev (split)"]["kg"]
    # 391 dev excerpts since the session of 2026-12-06 (sixth): blind rounds 32 and 33 moved in after one
    # measurement, and dev round 38 (facts F1 0.92, P 0.98, kind 0.94, officials 0.969 at its start). Floors
    # just under what is reached: raise them as the readers improve, never lower them on the same sample.
    assert dev["facts"]["f1"] >= 0.92 and dev["facts"]["p"] >= 0.98
    assert dev["kind"] >= 0.93 and dev["officials"]["f1"] >= 0.96


def test_heldout_is_read_too(summary):
    held = summary["heldout (split)"]["kg"]
    # 91 held-out excerpts, 67 of them blind (rounds 3, 4, 6, 11, 16) once 32 and 33 moved to dev: facts F1 0.78
    # (P 0.84), officials F1 0.90 at the start of the session of 2026-12-06 (sixth).
    assert held["facts"]["f1"] >= 0.77 and held["officials"]["f1"] >= 0.89


def test_kg_beats_the_jieba_baseline_everywhere_it_has_facts(summary):
    for group in ("ALL", "dev (split)", "heldout (split)"):
        assert summary[group]["kg"]["facts"]["f1"] > summary[group]["baseline"]["facts"]["f1"]
