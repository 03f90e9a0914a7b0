"""The reading layer: bytes → text (decode), width/punctuation normalisation, PDF/OCR line joins.

Offsets are the point of this layer: every normalised character must say which
original character it came from, so evidence can point at the published text.
"""
from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from graph.errors import ReadError
from loaders.reading.source import from_bytes, read_path
from loaders.reading.text import NormalText, decode, join_breaks, normalise

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").iterdir())
COMMITMENTS = ROOT / "seeds" / "shandong-2021-16-cities-commitments.txt"

# A realistic passage: a commitment row (tabs, digits, CJK punctuation) and prose.
SAMPLE = (
    "2021年16市重点任务公开承诺事项\n"
    "单位\t序号\t承诺事项\t完成时间\t责任人\n"
    "济南市\t14\t扩大有效投资，抓好重大项目统筹谋划和梯次推进，完成市重点项目投资3000亿元以上。\t12月底\t郑德雁\n"
    "牵头单位：市发展改革委；配合单位：市财政局、市工业和信息化局。\n"
)


# decode(): which bytes are text, in which encoding
@pytest.mark.parametrize("data, encoding", [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (SAMPLE.encode("gbk"), "gb18030"),
    (SAMPLE.encode("gb18030"), "gb18030"),
    (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
    (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
], ids=["utf-8", "utf-8-bom", "gbk", "gb18030", "utf-16-le-bom", "utf-16-be-bom"])
def test_decode_known_encodings(data, encoding):
    text, used = decode(data)
    assert used == encoding
    assert text == SAMPLE          # the BOM is not part of the text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom_mostly_ascii(codec):
    text = "Report 2021\n市工业和信息化局 2021年 No. 14\n"
    assert decode(text.encode(codec)) == (text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom_chinese_document(codec):
    raw = COMMITMENTS.read_text(encoding="utf-8")
    assert decode(raw.encode(codec)) == (raw, codec)


def test_decode_utf8_bom_gbk_agree_on_a_seed():
    raw = COMMITMENTS.read_text(encoding="utf-8")
    assert decode(raw.encode("utf-8"))[0] == raw
    assert decode(raw.encode("gb18030")) == (raw, "gb18030")


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b" \r\n\t \n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000), "binary"),
    (b"\x7fELF\x02\x01\x01\x00" + bytes(8) + random.Random(2).randbytes(4000), "binary"),
    (bytes(range(256)) * 16, "binary"),
], ids=["empty", "whitespace", "png", "elf", "all-bytes"])
def test_decode_refuses_non_text(data, words):
    with pytest.raises(ReadError) as e:
        decode(data)
    msg = str(e.value)
    assert words in msg
    assert "\n" not in msg and len(msg) < 200


def test_decode_refuses_random_bytes_without_nuls():
    # Random high bytes can happen to be valid GB18030; they must still not pass as text.
    noise = bytes(b for b in random.Random(3).randbytes(20000) if b)[:8000]
    with pytest.raises(ReadError, match="binary|not text"):
        decode(noise)


def test_read_errors_name_the_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(4).randbytes(3000))
    for path, words in ((empty, "empty"), (png, "binary"), (tmp_path / "missing.txt", "no such file"), (tmp_path, "directory")):
        with pytest.raises(ReadError) as e:
            read_path(path)
        assert str(path) in str(e.value) and words in str(e.value)


def test_source_document_key_is_the_hash_of_its_text_not_its_bytes():
    a = from_bytes(SAMPLE.encode("utf-8"), "a.txt")
    b = from_bytes(SAMPLE.encode("utf-8"), "elsewhere/b.txt")
    c = from_bytes(SAMPLE.encode("gbk"), "a.txt")
    d = from_bytes(SAMPLE.replace("\n", "\r\n").encode("utf-8"), "a.txt")
    e = from_bytes((SAMPLE + "多一句。").encode("utf-8"), "a.txt")
    assert a.key == b.key and len(a.key) == 16
    assert c.key == a.key and c.raw == a.raw and c.encoding == "gb18030"
    assert d.key == a.key and d.raw != a.raw
    assert e.key != a.key


# normalise(): one output character per input where possible, each mapped to its origin
def _fold(ch: str) -> str:
    """What a character means, width and form aside (：and : alike, \u3000 and ' ' alike)."""
    return "\n" if ch == "\r" else unicodedata.normalize("NFKC", ch)


def assert_maps_back(original: str, nt: NormalText, restored: frozenset[int] = frozenset()) -> None:
    """For every character, original[origin[i]] normalises to text[i]; origins never go backwards.
    A line break a page lost (at `restored`) maps back to the space written for it."""
    assert len(nt.origin) == len(nt.text) + 1
    assert nt.origin[-1] == len(original)
    assert list(nt.origin) == sorted(nt.origin)
    bad = [
        (i, nt.text[i], original[nt.origin[i]]) for i in range(len(nt.text))
        if _fold(nt.text[i]) not in _fold(original[nt.origin[i]])
        and not (nt.text[i] == "\n" and nt.origin[i] in restored and original[nt.origin[i]] in " \u3000")
    ]
    assert not bad, f"characters not mapped to their source: {bad[:10]}"


def test_normalise_width():
    nt = normalise("ＡＢＣ１２３ｘｙｚ，增长６％")
    assert nt.text == "ABC123xyz，增长6%"
    nt = normalise("一\u3000二\u00a0三")
    assert nt.text == "一 二 三"


def test_normalise_punctuation_next_to_cjk():
    nt = normalise("牵头领导:陈秀兴;配合单位(市财政局)")
    assert nt.text == "牵头领导：陈秀兴；配合单位（市财政局）"
    # Not next to CJK: ASCII stays ASCII (URLs, times, numbers).
    assert normalise("http://a.b (x) 10:30").text == "http://a.b (x) 10:30"


def test_normalise_line_endings():
    original = "第一行\r\n第二行\r第三行\n"
    nt = normalise(original)
    assert nt.text == "第一行\n第二行\n第三行\n"
    assert "\r" not in nt.text
    assert_maps_back(original, nt)


def test_normalise_offsets_map_back():
    original = "ＡＢＣ１２３\u3000济南:市(测试)\r\n第二行;结束\u200b①"
    nt = normalise(original)
    assert nt.text == "ABC123 济南：市（测试）\n第二行；结束①"  # circled numbers stay: they number items
    assert_maps_back(original, nt)
    # span() gives the original range of a normalised slice.
    i = nt.text.index("测试")
    s, e = nt.span(i, i + 2)
    assert original[s:e] == "测试"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_normalise_and_join_map_back_on_seeds(seed):
    doc = read_path(seed)
    restored = frozenset(doc.plain.origin[k] for k in doc._lost)
    assert_maps_back(doc.raw, doc.plain, restored)
    assert_maps_back(doc.raw, doc.clean, restored)


# join_breaks(): PDF/OCR artefacts out, offsets kept
WRAPPED = "聊城市人民政府关于印发2021年市政府工作报告重点工作任务部门分工方案的通知，牵头单位：市工业\n\n和信息化局，配合单位：市财政局"


def test_join_breaks_rejoins_a_word_split_across_lines():
    nt = join_breaks(normalise(WRAPPED))
    assert "市工业和信息化局" in nt.text
    assert "\n" not in nt.text
    i = nt.text.index("市工业和信息化局")
    # The joined word still points into the original, break and all.
    s, e = nt.span(i, i + len("市工业和信息化局"))
    assert WRAPPED[s:e] == "市工业\n\n和信息化局"
    assert nt.origin[i + 3] == WRAPPED.index("和信息化局")
    assert_maps_back(WRAPPED, nt)


def test_join_breaks_removes_spaces_around_numbers():
    original = "地区生产总值增长 6% 以上"
    nt = join_breaks(normalise(original))
    assert nt.text == "地区生产总值增长6%以上"
    assert_maps_back(original, nt)
    assert original[nt.origin[nt.text.index("6")]] == "6"


def test_join_breaks_keeps_spaces_between_latin_words():
    assert join_breaks(normalise("Report 2021 of Jinan")).text == "Report 2021 of Jinan"


@pytest.mark.parametrize("text", [
    "一、总体要求\n1.加快建设新旧动能转换起步区",
    "（一）加快推进新旧动能转换，推动经济高质量发展取得新成效，全面完成各项目标任务\n1．加快建设新旧动能转换起步区",
    "（一）加快推进新旧动能转换，推动经济高质量发展取得新成效，全面完成各项目标任务\n（二）加快建设新旧动能转换起步区",
    "加快推进新旧动能转换，推动经济高质量发展取得新成效，全面完成各项目标任务\n第二章 加快建设起步区",
], ids=["heading-item", "long-heading-item", "long-heading-heading", "chapter"])
def test_join_breaks_keeps_headings_and_items_apart(text):
    assert join_breaks(normalise(text)).text.count("\n") == 1


def test_join_breaks_keeps_a_finished_sentence_apart():
    done = "全面完成各项目标任务，确保地区生产总值增长目标顺利实现。\n下一句话在这里开始"
    assert join_breaks(normalise(done)).text == done
    # The same line ending mid-sentence (on ，) is joined.
    cont = "全面完成各项目标任务，确保地区生产总值增长目标顺利实现，\n下一句话在这里开始"
    assert join_breaks(normalise(cont)).text == cont.replace("\n", "")


def test_join_breaks_keeps_tabs():
    row = "济南市\t14\t扩大有效投资\t12月底\t郑德雁"
    assert join_breaks(normalise(row)).text == row


@pytest.mark.parametrize("text", [
    "当前位置：首页 > 政务公开 > 政府工作报告\n——在市第十五届人民代表大会第三次会议上",
    "政府工作报告解读、政府工作报告全文、政府工作报告图解\n首页\n——在市第十五届人民代表大会第三次会议上",
], ids=["breadcrumb", "widget"])
def test_join_breaks_keeps_a_portals_furniture_on_its_own_line(text):
    # A breadcrumb or a widget word is the page's, never the start or end of a wrapped sentence.
    assert join_breaks(normalise(text)).text.count("\n") == text.count("\n")
