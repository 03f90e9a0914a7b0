"""The fitted kind model (loaders/kinds/kind_model.py): the rules' kind stands unless the page's features weigh more for
another; the choice is explained by the features that weighed most; the weights file names only features the page
features can have, and every kind."""
from __future__ import annotations

import json

from loaders import registry
from loaders.kinds import kind_model
from loaders.kinds.kind_features import KINDS, _CUES, _WORDS, features, title_word_kind
from loaders.reading.source import from_bytes
from loaders.recognisers.lexicon import default_lexicon

_PLEDGES_TOLD = ("某县今年将办好十件民生实事\n"
                 "本报讯 记者从县政府获悉，今年县政府将集中财力办好十件民生实事：\n"
                 "一、新建城区小学2所。\n二、改造农村公路100公里。\n三、新增养老床位200张。\n")


def _with_weights(monkeypatch, weights: dict) -> None:
    monkeypatch.setattr(kind_model, "_weights", lambda: weights)


def test_without_weights_the_rules_kind_stands(monkeypatch):
    _with_weights(monkeypatch, {})
    assert kind_model.decide(_PLEDGES_TOLD, {"news": 0.6}, "news") == ("news", "")
    # (a commitment_list loader's document is a commitment_table, model or none)
    assert kind_model.decide(_PLEDGES_TOLD, {}, "commitment_list") == ("commitment_table", "")


def test_the_kind_weighing_most_wins_and_says_why(monkeypatch):
    weights = {k: {} for k in KINDS}
    weights["news"] = {"rules:news": 1.0}
    weights["commitment_table"] = {"words:pledge": 3.0, "bias": -0.5}
    _with_weights(monkeypatch, weights)
    kind, why = kind_model.decide(_PLEDGES_TOLD, {"news": 0.6}, "news")
    assert kind == "commitment_table"
    assert why.startswith("commitment_table, not news") and "words:pledge" in why
    # …and where the rules' kind weighs as much, it stands
    weights["news"] = {"rules:news": 5.0}
    assert kind_model.decide(_PLEDGES_TOLD, {"news": 0.6}, "news") == ("news", "")


def test_read_relabels_the_parsed_document_and_tells_it(monkeypatch):
    doc = from_bytes(_PLEDGES_TOLD.encode("utf-8"), "pledges.txt")
    ex, why = registry.read(doc, default_lexicon())
    rules = registry.choose(doc)[0].parse(doc, default_lexicon()).document.kind
    weights = {k: {} for k in KINDS}
    weights["generic"] = {"bias": 10.0}
    _with_weights(monkeypatch, weights)
    ex, why = registry.read(doc, default_lexicon())
    assert ex.document.kind == "generic" != rules
    assert why.startswith("generic, not ") and "the rules said" in why


def test_features_are_named_numbers_in_0_1():
    feats = features(_PLEDGES_TOLD, {"news": 0.6, "division_plan": 0.0}, "news")
    assert feats["rules:news"] == 1.0 and feats["score:news"] == 0.6 and feats["words:pledge"] > 0
    assert all(0.0 <= v <= 1.0 for v in feats.values())
    assert title_word_kind("关于印发2023年重点工作任务分工方案的通知") == "division_plan"
    assert title_word_kind("某县2023年十件民生实事进展情况通报") == "progress_report"


def test_the_weights_file_names_every_kind_and_only_known_features():
    weights = json.loads(kind_model.WEIGHTS.read_text(encoding="utf-8"))["weights"]
    assert set(weights) == set(KINDS)
    prefixes = ("score:", "rules:", "named:", "title:")
    known = {"bias", "length", *(f"cue:{c}" for c in _CUES), *(f"words:{w}" for w in _WORDS)}
    for table in weights.values():
        for name in table:
            assert name in known or name.startswith(prefixes), name
