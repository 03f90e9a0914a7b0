"""Golden extraction cases: every tests/golden/<case>/ holds input.* and expected.json.

The input goes through the whole reading path (decode, detect, parse); the canonical
form of the Extraction must equal expected.json. `pytest --update-golden` rewrites the
expected files so a change in extraction is reviewed as a diff.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.pipeline import extract_file
from tests.golden_format import canonical

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.iterdir() if p.is_dir())


def test_there_are_golden_cases():
    assert len(CASES) >= 2


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path, update_golden: bool):
    (source,) = case.glob("input.*")
    (ex, _), = extract_file(source)
    got = json.dumps(canonical(ex), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    expected = case / "expected.json"
    if update_golden:
        expected.write_text(got, encoding="utf-8")
    assert got == expected.read_text(encoding="utf-8")
