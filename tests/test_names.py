"""Names as people type them: exact, alias, partial, pinyin (any case, spacing, tone marks), typos.

On the embedded store loaded with the seeds, and once on Neo4j.
"""
from __future__ import annotations


import pytest

from graph import schema
from graph.errors import NotFound
from kg.asking import ask
from queries import names

LEADER = (schema.LEADER,)


@pytest.fixture(scope="module")
def seeded(seeded_embedded):
    return seeded_embedded


@pytest.fixture(scope="module")
def store(seeded):
    return seeded[0]


# Exact names and aliases
def test_exact_name_needs_no_note(store):
    r = names.resolve(store, LEADER, "郑德雁")
    assert (r.name, r.how, r.note) == ("郑德雁", "exact", "")
    assert [m.key for m in r.matches] == ["山东省/济南市/郑德雁"]


def test_alias_and_alias_table(store):
    assert names.resolve(store, LEADER, "孙 斌").matches[0].name == "孙斌"
    r = names.resolve(store, (schema.DEPARTMENT,), "市发改委", "聊城市")
    assert {m.name for m in r.matches} == {"市发展和改革委员会"} and r.how == "exact"


# Pinyin
@pytest.mark.parametrize("typed", [
    "Zheng Deyan", "zhengdeyan", "ZHENG Deyan", "zheng-deyan", "Zhèng Déyàn", "zheng deyan", "ZhengDeyan",
    "Zheng De-yan", "zheng4 de2 yan4", "Deyan Zheng", "  Zheng   Deyan ",
])
def test_pinyin_finds_the_leader(store, typed):
    r = names.resolve(store, LEADER, typed)
    assert r.name == "郑德雁" and r.how == "latin"
    assert r.note == f"taking 郑德雁 for {typed.strip()}"


def test_pinyin_reads_family_names_every_way(store):
    # 盖 as a family name reads Ge; pypinyin's everyday reading is gai: both find him.
    for typed in ("Ge Hongqi", "Gai Hongqi", "gehongqi"):
        assert names.resolve(store, LEADER, typed).name == "盖红旗"


def test_pinyin_of_places(store):
    regions = (schema.REGION,)
    for typed in ("Jinan", "jinan city", "Jinan Shi", "JINAN", "Jǐnán"):
        assert names.resolve(store, regions, typed).matches[0].key == "山东省/济南市", typed
    assert names.resolve(store, regions, "Licheng District").name == "历城区"


def test_english_of_a_department(store):
    r = names.resolve(store, (schema.DEPARTMENT,), "Municipal Finance Bureau")
    assert r.name == "市财政局" and r.how == "latin"


def test_ambiguous_pinyin_lists_every_candidate(store):
    with pytest.raises(names.Ambiguous) as e:
        names.resolve(store, LEADER, "zheng")
    msg = str(e.value)
    assert "郑德雁" in msg and "郑士民" in msg and "Zheng Deyan" in msg and "exact name" in msg
    assert isinstance(e.value, NotFound)


def test_part_of_a_pinyin_name(store):
    r = names.resolve(store, LEADER, "Deyan")
    assert r.name == "郑德雁" and r.how == "partial"


# Partial names
def test_partial_name_with_one_candidate_is_taken_with_a_note(store):
    r = names.resolve(store, LEADER, "豪志")
    assert r.name == "赵豪志" and r.how == "partial" and r.note == "taking 赵豪志 for 豪志"


def test_partial_name_with_several_candidates_is_an_error_listing_them(store):
    with pytest.raises(names.Ambiguous) as e:
        names.resolve(store, LEADER, "王")
    msg = str(e.value)
    for n in ("王京文", "王宏志", "王彤宇", "王桂英", "王铁军", "王鲁明"):
        assert n in msg
    assert "could be any of 6 leader names" in msg and "山东省/济南市" in msg


def test_partial_region_and_department(store):
    assert names.resolve(store, (schema.REGION,), "济南").name == "济南市"
    r = names.resolve(store, (schema.DEPARTMENT,), "财政局", "聊城市")
    assert r.name == "市财政局" and r.note == "taking 市财政局 for 财政局"


def test_partial_names_in_ask(store):
    answer = ask(store, "leader", "豪志", "", {})
    assert answer.notes[0] == "taking 赵豪志 for 豪志"
    assert {r[0] for r in answer.result.rows} == {"赵豪志"}
    answer = ask(store, "leader", "Zheng Deyan", "Jinan", {})
    assert "taking 济南市 for Jinan" in answer.notes and "taking 郑德雁 for Zheng Deyan" in answer.notes
    assert len(answer.result.rows) == 11


# Typos
def test_typo_suggests_the_close_name(store):
    with pytest.raises(NotFound) as e:
        names.resolve(store, LEADER, "郑德言")
    assert str(e.value).startswith("no leader named 郑德言; did you mean 郑德雁")


def test_suggestions_are_ranked_and_at_most_five(store):
    close = names.suggest("王铁君", names.label_entries(store, schema.LEADER))
    assert close[0] == "王铁军" and len(close) <= names.SUGGESTIONS
    close = names.suggest("市财政厅", names.label_entries(store, schema.DEPARTMENT))
    assert close[0] == "市财政局"


def test_pinyin_typo_suggests_with_pinyin(store):
    with pytest.raises(NotFound) as e:
        names.resolve(store, LEADER, "Zheng Deyang")
    assert "did you mean 郑德雁 (Zheng Deyan)" in str(e.value)


def test_nothing_close(store):
    with pytest.raises(NotFound) as e:
        names.resolve(store, LEADER, "xyzzy")
    assert str(e.value) == "no leader named xyzzy"


def test_wrong_region_says_where_the_name_is(store):
    with pytest.raises(NotFound) as e:
        names.resolve(store, LEADER, "郑德雁", "聊城市")
    msg = str(e.value)
    assert msg.startswith("no leader named 郑德雁 in 聊城市") and "郑德雁 is in 山东省/济南市" in msg


@pytest.mark.parametrize("template", sorted(names.TEMPLATE_LABELS))
def test_every_label_with_a_lookup_takes_partial_names_and_suggests(store, template):
    labels = names.TEMPLATE_LABELS[template]
    entries = [e for label in labels for e in names.label_entries(store, label)]
    # (a name with a quoted part is also found by the quote, its alias, so a typo after the quote still resolves)
    target = next(e for e in entries if len(e.name) >= 3 and "“" not in e.name and sum(e.name[1:] in x.name for x in entries) == 1)
    assert names.resolve(store, labels, target.name[1:]).name == target.name
    with pytest.raises(NotFound) as e:
        names.resolve(store, labels, target.name[:-1] + "〇")
    assert target.name in str(e.value)


# The names of a label are read once
def test_names_are_read_once_per_store(store):
    calls = []

    class Counting:
        backend = store.backend

        def run(self, cypher, params=None):
            calls.append(cypher)
            return store.run(cypher, params)

    counting = Counting()
    for typed in ("郑德雁", "Zheng Deyan", "豪志"):
        names.resolve(counting, LEADER, typed)
    assert len(calls) == 1
    names.forget(counting)
    names.resolve(counting, LEADER, "郑德雁")
    assert len(calls) == 2


# And on Neo4j
@pytest.mark.neo4j
def test_names_on_neo4j(neo4j_store, seeded):
    embedded, report = seeded
    neo4j_store.write(report.graph, embedded.records())
    assert names.resolve(neo4j_store, LEADER, "ZHENG Deyan").name == "郑德雁"
    assert names.resolve(neo4j_store, LEADER, "豪志").name == "赵豪志"
    with pytest.raises(names.Ambiguous):
        names.resolve(neo4j_store, LEADER, "王")
    with pytest.raises(NotFound, match="did you mean 郑德雁"):
        names.resolve(neo4j_store, LEADER, "郑德言")
    assert names.resolve(neo4j_store, (schema.REGION,), "jinan").name == "济南市"
    answer = ask(neo4j_store, "leader", "zheng-deyan", "", {})
    assert len(answer.result.rows) == 11 and answer.notes == ["taking 郑德雁 for zheng-deyan"]


def test_a_name_borne_in_several_regions_and_in_documents_of_no_region_says_both():
    """Bodies of documents that name no region stand apart (schema.unplaced_key); the note counts them
    apart from the regions, which --region can choose among."""
    from kg.asking import several_regions
    from queries.names import Match

    def m(region: str, key: str) -> Match:
        return Match("Department", key, "省发展和改革委员会", region)

    both = several_regions("省发展和改革委员会", [m("安徽省", "a"), m("山东省", "b"), m("", "c"), m("", "d")], "showing all")
    assert both == ["省发展和改革委员会 is in 2 regions (安徽省, 山东省) and 2 documents that name no region: "
                    "showing all; use --region to choose"]
    assert several_regions("X", [m("", "c"), m("", "d")], "showing all")[0].startswith("X is in 2 documents that name no region")
    assert several_regions("X", [m("安徽省", "a")], "showing all") == []
