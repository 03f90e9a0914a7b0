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
    # 262 dev excerpts since the session of 2026-12-05 (fourth), blind rounds 17, 20 and 23 moved in after one
    # measurement: facts F1 0.90 (P 0.98), kind 0.93, officials F1 0.96 before this session's rules. Floors just
    # under what is reached: raise them as the readers improve, never lower them on the same sample.
    assert dev["facts"]["f1"] >= 0.90 and dev["facts"]["p"] >= 0.97
    assert dev["kind"] >= 0.94 and dev["officials"]["f1"] >= 0.95


def test_heldout_is_read_too(summary):
    held = summary["heldout (split)"]["kg"]
    # 133 held-out excerpts, 109 of them blind (rounds 3, 4, 6, 11, 16, 17, 20, 23; 17, 20 and 23 measured once,
    # when added at the end of the session of 2026-12-05, third): facts F1 0.73 (P 0.85), officials F1 0.88.
    assert held["facts"]["f1"] >= 0.72 and held["officials"]["f1"] >= 0.87


def test_kg_beats_the_jieba_baseline_everywhere_it_has_facts(summary):
    for group in ("ALL", "dev (split)", "heldout (split)"):
        assert summary[group]["kg"]["facts"]["f1"] > summary[group]["baseline"]["facts"]["f1"]
