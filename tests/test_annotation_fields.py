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
