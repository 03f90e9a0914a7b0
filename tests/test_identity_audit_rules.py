"""Rules from the identity audit of departments (bench/identity_audit.py, aud2): one node per real body."""
from __future__ import annotations

from graph import schema
from graph.model import Entity, Extraction
from graph.resolve import resolve
from loaders.recognisers.lexicon import default_lexicon
from tests.test_resolve import doc, ev, resp, task


def body(d: str, region: str, name: str, written: str = "") -> Entity:
    return Entity(schema.DEPARTMENT, schema.department_key(region, name), name, aliases=(written or name,),
                  props={"region": region}, evidence=(ev(d, 0, written or name),))


def test_a_body_written_without_its_level_word_is_the_regions_body_written_with_it():
    """包头's 审批服务局 and 市审批服务局 are one bureau; 内蒙古自治区's 民政厅 is its 自治区民政厅 (any level word the
    region's own bodies are written with); a bare name no document writes whole stays as it is."""
    city, prov = "内蒙古自治区/包头市", "内蒙古自治区"
    t1, t2 = task("aaaa", "1", 10), task("bbbb", "1", 10)
    bare, whole = body("aaaa", city, "审批服务局"), body("bbbb", city, "市审批服务局")
    hall, hall_whole, red = body("aaaa", prov, "民政厅"), body("bbbb", prov, "自治区民政厅"), body("aaaa", prov, "红十字会")
    kg, issues = resolve([Extraction(doc("aaaa"), (t1, bare, hall, red), (resp(bare, t1, "lead"), resp(hall, t1, "support"))),
                          Extraction(doc("bbbb"), (t2, whole, hall_whole), (resp(whole, t2, "lead"),))])
    assert issues == []
    keys = sorted(n.key for n in kg.nodes(schema.DEPARTMENT))
    assert keys == [f"{city}/市审批服务局", f"{prov}/红十字会", f"{prov}/自治区民政厅"]
    bureau = kg.node(f"{city}/市审批服务局").props
    assert bureau["name"] == "市审批服务局" and bureau["aliases"] == ["审批服务局", "市审批服务局"]
    assert sorted(r.source for r in kg.relations(schema.RESPONSIBLE_FOR)) == [f"{city}/市审批服务局"] * 2 + [f"{prov}/自治区民政厅"]
    assert schema.own_level_words("广西壮族自治区") == ("自治区", "区") and schema.own_level_words("山东省/聊城市/冠县") == ("县",)


def test_the_central_states_bodies_unplaced_are_the_nations_bodies():
    """国务院办公厅 named in a document of no region and in a national one is one body, keyed under the nation."""
    national = body("aaaa", "中华人民共和国", "国务院办公厅")
    loose = Entity(schema.DEPARTMENT, "国务院办公厅", "国务院办公厅", aliases=("国务院办公厅",), props={"region": ""},
                   evidence=(ev("bbbb", 0, "国务院办公厅"),))
    kg, _ = resolve([Extraction(doc("aaaa"), (national,)), Extraction(doc("bbbb"), (loose,))])
    nodes = list(kg.nodes(schema.DEPARTMENT))
    assert [n.key for n in nodes] == ["中华人民共和国/国务院办公厅"]
    assert nodes[0].props["region"] == "中华人民共和国" and nodes[0].props["documents"] == ["aaaa", "bbbb"]


def test_the_central_bank_is_one_body_with_its_country_without_it_or_as_renhang():
    name = default_lexicon().department_name
    assert name("人民银行山东省分行") == name("中国人民银行山东省分行") == "中国人民银行山东省分行"
    assert name("人行合肥中心支行") == "中国人民银行合肥中心支行"
    assert name("人行聊城中心支行") == "中国人民银行聊城市中心支行"      # the alias table's full names come first
    assert name("人民银行") == "中国人民银行"


def test_an_official_serves_where_the_body_named_before_the_title_is():
    """A body named before the title from its clause's start says where the post is: a region's full name opening it
    (北京市经济和信息化委员会副巡视员, after 由 too), or the nation's words naming no place (国家信息中心,
    中国电子信息行业联合会…副会长兼秘书长); not a local branch of a national body (中国人民银行聊城市中心支行)."""
    from loaders.recognisers import officials
    text = ("会议在宁波召开。浙江省副省长高兴夫，中国电子信息行业联合会副会长兼秘书长周子学，国家信息中心副主任张学颖出席。"
            "发布会由北京市经济和信息化委员会副巡视员姜广智主持，天津市工信局局长尹继辉，中国人民银行聊城市中心支行行长王强出席。")
    regions = {m.name: m.region for m in officials.find(text, default_lexicon()).mentions}
    assert regions["周子学"] == regions["张学颖"] == "中华人民共和国"
    assert (regions["姜广智"], regions["尹继辉"], regions["高兴夫"]) == ("北京市", "天津市", "浙江省")
    assert regions.get("王强", "") == ""
