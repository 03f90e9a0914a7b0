"""Traditional characters (Big5 files, pages converted by mirror sites, with the pinyin readings
they leave behind) read as their simplified originals: the same kind, annotations and officials,
evidence in the original characters."""
from __future__ import annotations

from graph import schema
from loaders.recognisers.lexicon import default_lexicon
from loaders.registry import detect
from loaders.reading.source import from_bytes

PLAN = ("濟南市人民政府辦公廳關(guān)于印發(fā)促進(jìn)消費(fèi)若干措施的通知\n"
        "一、擴(kuò)大汽車消費(fèi)\n"
        "1.開(kāi)展汽車促銷(xiāo)活動(dòng),落實(shí)購車補貼政策。(市商務(wù)局牽頭,市財(cái)政局配合)\n"
        "2.加快充電設(shè)施建設(shè)。(市發(fā)展改革委牽頭,市住房城鄉(xiāng)建設(shè)局配合)\n")
NEWS = ("濟南市長調研重點項目\n本報3月2日訊 (記者 王平)\n3月1日上午,濟南市市長張建國到高新區調研,強調要抓好項目建設。副市長李明華陪同。\n")


def _read(text: str, encoding: str = "utf-8"):
    doc = from_bytes(text.encode(encoding), "t.txt")
    loader = detect(doc)
    return doc, loader.kind, loader.parse(doc, default_lexicon())


def test_pinyin_readings_left_by_converters_are_not_read():
    doc = from_bytes(PLAN.encode("utf-8"), "t.txt")
    assert "关于印发促进消费若干措施的通知" in doc.plain.text
    assert "(" not in doc.plain.text.split("\n")[0] and "shí" not in doc.plain.text


def test_a_converted_action_plan_gives_its_measures_and_who_leads_them_with_evidence_in_the_original():
    doc, kind, ex = _read(PLAN)
    assert kind == "action_plan"
    ents = {(e.label, e.key): e for e in ex.entities}
    facts = {(ents[r.target].props["seq"], ents[r.source].name, r.props["role"])
             for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    assert facts == {("1", "市商务局", "lead"), ("1", "市财政局", "support"),
                     ("2", "市发展和改革委员会", "lead"), ("2", "市住房和城乡建设局", "support")}
    assert ex.document.region == "山东省/济南市"
    task = next(e for e in ex.entities if e.label == schema.TASK and e.props.get("seq") == "1")
    assert task.props["text"] == "开展汽车促销活动，落实购车补贴政策。"
    ev = task.evidence[0]
    assert "開(kāi)展汽車促銷(xiāo)活動(dòng)" in PLAN[ev.start:ev.end]


def test_a_big5_news_item_names_its_officials_in_simplified_characters():
    doc, kind, ex = _read(NEWS, "big5")
    assert doc.encoding == "big5" and kind == "news"
    leaders = {e.name for e in ex.entities if e.label == schema.LEADER}
    assert {"张建国", "李明华"} <= leaders


def test_a_name_with_a_converters_readings_is_the_simplified_name():
    from loaders.reading.simplified import simplified_name
    assert simplified_name("市經(jīng)貿(mào)委") == "市经贸委"
