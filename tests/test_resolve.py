"""Resolution: merging by key across documents, and derived cooperation."""
from __future__ import annotations

from graph import schema
from graph.model import DocumentInfo, Entity, Evidence, Extraction, Relation
from graph.resolve import resolve


def ev(doc: str, start: int, text: str) -> Evidence:
    return Evidence(doc, start, start + len(text), text)


def doc(key: str) -> DocumentInfo:
    return DocumentInfo(key=key, source=f"/tmp/{key}.txt", sha256=key * 4, encoding="utf-8", kind="division_plan", title=f"doc {key}")


def task(d: str, seq: str, start: int) -> Entity:
    return Entity(schema.TASK, schema.task_key(d, seq), f"task {seq}", props={"text": f"task {seq}", "seq": seq}, evidence=(ev(d, start, f"row {seq}"),))


def dept(name: str, d: str, kind: str = "agency", alias: str = "") -> Entity:
    return Entity(schema.DEPARTMENT, f"R/{name}", name, aliases=(alias or name,), props={"region": "R", "kind": kind}, evidence=(ev(d, 0, name),))


def resp(actor: Entity, t: Entity, role: str) -> Relation:
    return Relation(schema.RESPONSIBLE_FOR, actor.ref, t.ref, {"role": role}, t.evidence)


def test_same_key_in_two_documents_is_one_node_with_every_alias_and_evidence():
    a = Extraction(doc("aaaa"), (dept("市发展和改革委员会", "aaaa", alias="市发展改革委"),))
    b = Extraction(doc("bbbb"), (dept("市发展和改革委员会", "bbbb", alias="市发改委"),))
    kg, issues = resolve([b, a])
    node = kg.node("R/市发展和改革委员会")
    assert issues == []
    assert node.props["aliases"] == sorted(["市发展和改革委员会", "市发展改革委", "市发改委"])
    assert node.props["documents"] == ["aaaa", "bbbb"]
    assert len(node.props["evidence"]) == len(node.props["spans"]) == 2


def test_result_does_not_depend_on_load_order():
    a = Extraction(doc("aaaa"), (Entity(schema.LEADER, "R/张三", "张三", props={"region": "R", "titles": ["市长"]}),))
    b = Extraction(doc("bbbb"), (Entity(schema.LEADER, "R/张三", "张三", props={"region": "R2", "titles": ["副市长"]}),))
    one = resolve([a, b])[0].node("R/张三").props
    two = resolve([b, a])[0].node("R/张三").props
    assert one == two
    assert one["titles"] == ["副市长", "市长"] and one["region"] == "R"


def test_every_schema_property_is_present_and_a_missing_value_is_none():
    kg, _ = resolve([Extraction(doc("aaaa"), (task("aaaa", "1", 10),))])
    t = kg.node(schema.task_key("aaaa", "1")).props
    assert set(t) == set(schema.node_properties(schema.TASK))
    # Missing is None (null in the stores), never '' or 0; a missing list is empty.
    assert t["deadline"] is None and t["deadlineDate"] is None and t["ordinal"] == 10
    assert t["targets"] == []
    d = kg.node("aaaa").props
    assert d["issuer"] is None and d["year"] is None


def test_cooperation_between_departments_sharing_tasks_counts_and_names_them():
    t1, t2, t3 = task("aaaa", "1", 0), task("aaaa", "2", 50), task("aaaa", "3", 90)
    fin, dev, tax = dept("市财政局", "aaaa"), dept("市发展和改革委员会", "aaaa"), dept("市税务局", "aaaa")
    every = dept("各县（市、区）人民政府", "aaaa", kind="collective")
    rels = (resp(fin, t1, "lead"), resp(dev, t1, "support"), resp(every, t1, "support"),
            resp(fin, t2, "support"), resp(dev, t2, "lead"), resp(tax, t3, "lead"), resp(every, t3, "support"))
    kg, _ = resolve([Extraction(doc("aaaa"), (t1, t2, t3, fin, dev, tax, every), rels)])
    coop = list(kg.relations(schema.COOPERATES_WITH))
    assert [(r.source, r.target) for r in coop] == [("R/市发展和改革委员会", "R/市财政局")]
    props = coop[0].props
    assert props["weight"] == 2 and props["derived"] is True
    assert props["via"] == sorted([t1.key, t2.key])
    assert props["evidence"] == ["row 1", "row 2"]   # the shared tasks' rows prove it


def test_leaders_sharing_a_commitment_cooperate():
    t = task("aaaa", "1", 0)
    a = Entity(schema.LEADER, "R/甲", "甲", props={"region": "R"})
    b = Entity(schema.LEADER, "R/乙", "乙", props={"region": "R"})
    kg, _ = resolve([Extraction(doc("aaaa"), (t, a, b), (resp(a, t, "responsible"), resp(b, t, "responsible")))])
    (r,) = kg.relations(schema.COOPERATES_WITH)
    assert (r.source, r.target, r.props["weight"]) == ("R/乙", "R/甲", 1)


def test_lead_and_support_on_the_same_task_are_two_facts():
    t = task("aaaa", "1", 0)
    d = dept("市财政局", "aaaa")
    kg, _ = resolve([Extraction(doc("aaaa"), (t, d), (resp(d, t, "lead"), resp(d, t, "support")))])
    assert sorted(r.props["role"] for r in kg.relations(schema.RESPONSIBLE_FOR)) == ["lead", "support"]


def test_bad_relations_and_key_clashes_become_issues_not_facts():
    t = task("aaaa", "1", 0)
    ghost = Relation(schema.RESPONSIBLE_FOR, (schema.LEADER, "R/nobody"), t.ref, {"role": "lead"}, t.evidence)
    wrong = Relation(schema.SERVES_IN, t.ref, t.ref, {}, t.evidence)
    clash = Entity(schema.LEADER, t.key, "clash", props={"region": "R"}, evidence=t.evidence)
    kg, issues = resolve([Extraction(doc("aaaa"), (t, clash), (ghost, wrong))])
    assert sorted(i.code for i in issues) == ["resolve.bad-endpoints", "resolve.dangling", "resolve.key-clash"]
    assert kg.node(t.key).label == schema.TASK
    assert sum(kg.type_counts().values()) == 0


def test_document_nodes_come_from_document_info():
    kg, _ = resolve([Extraction(doc("aaaa"))], {"aaaa": "2026-01-01T00:00:00+00:00"})
    d = kg.node("aaaa").props
    assert (d["title"], d["kind"], d["loadedAt"], d["documents"]) == ("doc aaaa", "division_plan", "2026-01-01T00:00:00+00:00", ["aaaa"])


def unplaced(label: str, name: str, d: str) -> Entity:
    return Entity(label, name, name, aliases=(name,), props={"region": ""}, evidence=(ev(d, 0, name),))


def test_people_and_bodies_of_no_known_region_never_merge_across_documents():
    """Two plans that say nowhere where they are: their 市工业和信息化局 may be two cities' bureaus and
    their 张伟 two people. Within one document they stay one actor, with its relations."""
    exs = []
    for d in ("aaaa", "bbbb"):
        t = task(d, "1", 10)
        bureau, person = unplaced(schema.DEPARTMENT, "市工业和信息化局", d), unplaced(schema.LEADER, "张伟", d)
        exs.append(Extraction(doc(d), (t, bureau, person), (resp(bureau, t, "lead"), resp(person, t, "responsible"))))
    kg, issues = resolve(exs)
    assert issues == []
    bureaus = [n for n in kg.nodes(schema.DEPARTMENT) if n.props["name"] == "市工业和信息化局"]
    people = [n for n in kg.nodes(schema.LEADER) if n.props["name"] == "张伟"]
    assert len(bureaus) == len(people) == 2
    assert {tuple(n.props["documents"]) for n in bureaus} == {("aaaa",), ("bbbb",)}
    sources = [r.source for r in kg.relations(schema.RESPONSIBLE_FOR)]
    assert sorted(sources) == sorted(n.key for n in bureaus + people)


def test_the_central_states_bodies_are_one_body_wherever_named():
    exs = [Extraction(doc(d), (unplaced(schema.DEPARTMENT, name, d),)) for d in ("aaaa", "bbbb")
           for name in ("国家发展改革委", "农业农村部", "市委宣传部")]
    kg, _ = resolve(exs)
    names = sorted(n.props["name"] for n in kg.nodes(schema.DEPARTMENT))
    assert names == ["农业农村部", "国家发展改革委", "市委宣传部", "市委宣传部"]
