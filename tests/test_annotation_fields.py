"""Field labels and unit lists (loaders/structure/annotation.py): small examples written for each rule."""
from loaders.structure import annotation as ann


def _fields(text):
    found = ann.find(text, 0, len(text))
    fields, problems = ann.fields(text, found)
    return [(f.label, f.kind, f.role, f.value.text) for f in fields], problems


def test_lead_and_joint_responsibility_labels():
    text = "牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n协同责任单位:市经信局、市商务局。\n"
    fields, problems = _fields(text)
    assert fields == [("牵头负责领导", "leader", "lead", "金力。"), ("牵头责任单位", "unit", "lead", "市发展改革委。"),
                      ("协同责任单位", "unit", "support", "市经信局、市商务局。")]
    assert problems == []


def test_a_collective_of_levels_written_without_brackets_stays_whole():
    text = "市经信局、各县、市、区政府、市商务局"
    got = [n.text for n in ann.names(text, ann.Span(text, 0, len(text)))]
    assert got == ["市经信局", "各县、市、区政府", "市商务局"]
    # Only a list of levels is joined: units that merely follow a 各… unit stay apart.
    text = "各街道、市财政局、区政府"
    assert [n.text for n in ann.names(text, ann.Span(text, 0, len(text)))] == ["各街道", "市财政局", "区政府"]


def test_a_field_after_the_task_comma_ends_with_its_sentence_and_what_follows_is_the_status():
    from loaders.registry import detect
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.reading.source import from_bytes
    raw = ("某市2017年民生工程1至7月实施进度通报\n二、部分项目进展情况\n"
           "1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为甲县。\n"
           "2、棚户区改造,牵头部门:市住建委。新开工完成进度相对较慢的为开发区。\n")
    doc = from_bytes(raw.encode("utf-8"), "r.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    assert ex.document.kind == "progress_report"
    tasks = {e.props["seq"]: e.props for e in ex.entities if e.label == "Task"}
    assert tasks["1"]["text"] == "农村道路畅通工程" and tasks["1"]["status"] == "建设进度相对较慢的县区为甲县。"
    ents = {(e.label, e.key): e for e in ex.entities}
    facts = {(ents[r.target].props["seq"], ents[r.source].name, r.props["role"]) for r in ex.relations if r.type == "RESPONSIBLE_FOR"}
    assert ("1", "市交通运输局", "lead") in facts and len([f for f in facts if f[0] == "2"]) == 1


def test_a_unit_given_as_an_example_of_a_collective():
    from loaders.structure.annotation import Span, examples
    assert [s.text for s in examples(Span("市住建局等政府各有关部门", 0, 12))] == ["市住建局", "政府各有关部门"]
    assert [s.text for s in examples(Span("民政部等有关部门", 0, 8))] == ["民政部"]
    assert [s.text for s in examples(Span("区国资委", 0, 4))] == ["区国资委"]
