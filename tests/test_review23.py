"""Review of the twenty-second session's merged code (rev23): what `kg load -v` says of a document's kind, and the public
names modules share. Each example is written for its point."""
from __future__ import annotations

from loaders.reading.source import from_bytes
from loaders.registry import _scores_shown, explain

_NEWS = ("某县召开2024年民生实事项目推进会\n5月8日，某县召开2024年民生实事项目推进会。副县长张明出席会议并讲话。\n"
         "会议指出，今年十件民生实事项目进展总体顺利，各牵头单位要压实责任，加快推进。\n")


def test_kg_load_v_names_the_kinds_that_scored_and_the_rest_together():
    # (eight kinds at 0.00 one after another made the reason three terminal lines long and hid the scores that count)
    why = explain(from_bytes(_NEWS.encode("utf-8"), "n.txt"))
    assert why.startswith("news: the best score (news ") and why.endswith("; the rest 0.00)"), why
    assert "division_plan 0.00" not in why
    assert _scores_shown([("news", 0.8), ("division_plan", 0.32), ("action_plan", 0.001)]) \
        == "news 0.80, division_plan 0.32; the rest 0.00"
    assert _scores_shown([("news", 0.0), ("action_plan", 0.0)]) == "every kind 0.00"
    assert _scores_shown([("news", 0.8), ("action_plan", 0.1)]) == "news 0.80, action_plan 0.10"


def test_words_shared_across_modules_have_public_names():
    from loaders.kinds.plan_detection import STANDING_WORDS
    from loaders.recognisers.places import ORDINARY_NAMES
    assert STANDING_WORDS.search("截至目前，已完成投资5亿元") and "城区" in ORDINARY_NAMES


def test_document_number_prefixes_are_read_as_every_data_file_is(tmp_path, monkeypatch):
    # (a user's copy in KG_LEXICON_DIR wins, comments, indented ones too, and cells' spaces skipped: lexicon.data_rows)
    from loaders.recognisers import doc_numbers
    (tmp_path / "number_prefixes.tsv").write_text("# mine\n  # an indented note\tbeside a tab\n鲁 \t山东省\n", encoding="utf-8")
    monkeypatch.setenv("KG_LEXICON_DIR", str(tmp_path))
    doc_numbers._provinces.cache_clear()
    try:
        assert doc_numbers._provinces() == {"鲁": "山东省"}
    finally:
        monkeypatch.delenv("KG_LEXICON_DIR")
        doc_numbers._provinces.cache_clear()
