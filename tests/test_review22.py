"""Review of the twenty-second session's merged code (rev22): what a user sees of a name several regions bear, and the
public names modules share. Each example is written for its point."""
from __future__ import annotations

from loaders.reading.source import from_bytes
from loaders.recognisers.initiative_words import QUANTITY_FIRST
from loaders.recognisers.lexicon import default_lexicon
from loaders.registry import detect

_NOTICE = ("鼓楼区人民政府办公室关于做好2024年防汛工作的通知\n各街道办事处，区政府各部门：\n"
           "为{more}切实做好今年防汛工作，现就有关事项通知如下：\n一、加强组织领导。\n二、做好隐患排查。\n"
           "鼓楼区人民政府办公室\n2024年5月10日\n")
_NEWS = "鼓楼区召开2024年安全生产工作会议\n5月8日，鼓楼区召开2024年安全生产工作会议。区长张明出席会议并讲话。\n"


def _codes(text: str) -> list[str]:
    doc = from_bytes(text.encode("utf-8"), "written.txt")
    return [i.code for i in detect(doc).parse(doc, default_lexicon()).issues]


def test_an_ambiguous_name_is_the_one_note_on_why_a_document_is_open():
    # (鼓楼区 is a region kg knows, four times over: no "names no region kg knows" beside the note saying so)
    for text in (_NOTICE.format(more=""), _NEWS):
        codes = _codes(text)
        assert "region.ambiguous" in codes
        assert not {"generic.no-region", "prose.no-region"} & set(codes)


def test_kg_load_v_tells_how_each_documents_ambiguous_name_was_placed(tmp_path):
    from typer.testing import CliRunner
    from kg.cli import app
    (tmp_path / "open.txt").write_text(_NOTICE.format(more=""), encoding="utf-8")
    (tmp_path / "settled.txt").write_text(_NOTICE.format(more="深入落实福州市委、市政府部署，"), encoding="utf-8")
    result = CliRunner().invoke(app, ["load", "-v", "--db", str(tmp_path / "kg.lbdb"), str(tmp_path)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(ln.startswith("kg: ") and ln.endswith("open.txt: region.ambiguous: 鼓楼区 is the name of 4 regions "
               "(江苏省/南京市/鼓楼区; 江苏省/徐州市/鼓楼区; 河南省/开封市/鼓楼区; 福建省/福州市/鼓楼区); nothing in the document says which")
               for ln in lines)
    assert any("settled.txt: region.settled-by-text: 鼓楼区: 福建省/福州市/鼓楼区" in ln for ln in lines)


def test_an_amount_opens_a_list_item_but_an_owner_or_a_capacity_first_does_not():
    # (test_initiatives_round37 finds no name in 奋斗镇1万亩节水灌溉 with or without the rule: the rule's reach, here)
    assert all(QUANTITY_FIRST.match(s) for s in ("2台热水锅炉", "12公里热力主管网", "8万平方米广场", "1.5万亩高标准农田"))
    assert not any(QUANTITY_FIRST.match(s) for s in ("奋斗镇1万亩节水灌溉", "400万吨褐煤提质", "5G基站"))


def test_data_files_and_places_named_as_others_have_public_readers():
    from loaders.recognisers.lexicon import data_rows
    from loaders.recognisers.places import named_as_others
    assert ["实施", "runs"] in data_rows("running_verbs.tsv")
    assert named_as_others("赴北京市招商", 1) and not named_as_others("北京市召开会议", 0)
