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
    # 356 dev excerpts since the session of 2026-12-06: blind rounds 27 and 28 moved in after one measurement, and
    # dev rounds 34 and 35 (annotated before kg read them). Start of that session on the same 356: facts F1 0.92
    # (P 0.98), kind 0.92, officials F1 0.94; its end: 0.930 (P 0.984), 0.955, 0.978. Floors just under what is
    # reached: raise them as the readers improve, never lower them on the same sample.
    assert dev["facts"]["f1"] >= 0.93 and dev["facts"]["p"] >= 0.98
    assert dev["kind"] >= 0.95 and dev["officials"]["f1"] >= 0.97


def test_heldout_is_read_too(summary):
    held = summary["heldout (split)"]["kg"]
    # 119 held-out excerpts, 95 of them blind (rounds 3, 4, 6, 11, 16, 32, 33; 32 and 33 measured once, when added
    # at the end of the session of 2026-12-06): facts F1 0.773 (P 0.84), officials F1 0.883; the session's starting
    # code on the same 119: 0.77 and 0.86.
    assert held["facts"]["f1"] >= 0.77 and held["officials"]["f1"] >= 0.88


def test_kg_beats_the_jieba_baseline_everywhere_it_has_facts(summary):
    for group in ("ALL", "dev (split)", "heldout (split)"):
        assert summary[group]["kg"]["facts"]["f1"] > summary[group]["baseline"]["facts"]["f1"]
