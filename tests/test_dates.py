"""Dates a government document bears: real calendar days of the People's Republic's years."""
from __future__ import annotations

import pytest

from loaders.recognisers.dates import iso_date
from loaders.recognisers.lexicon import default_lexicon
from loaders.registry import detect
from loaders.reading.source import from_bytes


@pytest.mark.parametrize("ymd,iso", [
    ((2021, 2, 28), "2021-02-28"),
    ((2024, 2, 29), "2024-02-29"),   # a leap day
    ((2021, 2, 29), ""),             # no such day
    ((5355, 6, 6), ""),              # a garbled copy's year
    ((1913, 4, 3), ""),              # before the PRC
    ((2021, 13, 1), ""),
    ((1954, 9, 23), "1954-09-23"),   # the first NPC's report
])
def test_iso_date_takes_only_real_days_of_the_prcs_years(ymd, iso):
    assert iso_date(*ymd) == iso


def test_a_document_dated_in_an_impossible_year_has_no_date():
    text = "关于印发某项实施细则的通知\n各有关单位：\n现将实施细则印发给你们。\n本细则自5355年6月6日起施行。\n某市人民政府\n5355年6月6日\n"
    doc = from_bytes(text.encode("utf-8"), "n.txt")
    assert detect(doc).parse(doc, default_lexicon()).document.date == ""
