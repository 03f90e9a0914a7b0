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
    # 300 dev excerpts since the session of 2026-12-05 (fourth): blind rounds 17, 20 and 23 moved in after one
    # measurement, and dev rounds 29, 30 and 31 (annotated before kg read them). Start of that session on the same
    # 300: facts F1 0.87 (P 0.95), kind 0.90, officials F1 0.95; its end: 0.937 (P 0.994), 0.957, 0.975. Floors just
    # under what is reached: raise them as the readers improve, never lower them on the same sample.
    assert dev["facts"]["f1"] >= 0.93 and dev["facts"]["p"] >= 0.98
    assert dev["kind"] >= 0.95 and dev["officials"]["f1"] >= 0.97


def test_heldout_is_read_too(summary):
    held = summary["heldout (split)"]["kg"]
    # 119 held-out excerpts, 95 of them blind (rounds 3, 4, 6, 11, 16, 27, 28; 27 and 28 measured once, when added
    # at the end of the session of 2026-12-05, fourth): facts F1 0.79 (P 0.85), officials F1 0.88; the session's
    # starting code on the same 119: 0.75 and 0.86.
    assert held["facts"]["f1"] >= 0.78 and held["officials"]["f1"] >= 0.87


def test_kg_beats_the_jieba_baseline_everywhere_it_has_facts(summary):
    for group in ("ALL", "dev (split)", "heldout (split)"):
        assert summary[group]["kg"]["facts"]["f1"] > summary[group]["baseline"]["facts"]["f1"]
