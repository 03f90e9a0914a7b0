"""The region a document's title opens with, written in full (荆州市2022年政务公开任务清单, 安徽省关于…的通知, 禄丰市土官镇
2024年…): read by the plan heads and the work reports' metadata. A name several regions bear is settled by the document's
text (`place_settling.settle_name`), never guessed, and noted where the caller is `noting`.
"""
from __future__ import annotations

import re

from loaders.reading.text import LABELLED_TITLE
from loaders.recognisers.lexicon import Lexicon, RegionInfo
from loaders.recognisers.place_settling import settle_name
from loaders.recognisers.places import TOWN, Ambiguous, note, parse_place, town_under_named


# What opens a title before the place it names: a bulletin's series (督查通报〔2024〕第9期：, 督查通报第3期：), a notice
# issuing a plan by its name (关于印发《…》), the year, and the period reported on (1-4月, 元-4月 for 元月, 一至四月, 一季度,
# 上半年); a notice setting up or reshaping a body of its own (关于成立沂水县…领导小组, 关于调整某县安全生产委员会组成人员:
# a government sets up and reshapes its own groups; a 批复 approving another's is not read here, nor 同意 / 命名, which a
# higher level gives). (a label before a title opening with 关于 is reading.text.LABELLED_TITLE's)
_PERIOD = (r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*(?:[-—–~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))?\s*月份?(?:底|末)?"
           r"|第?[一二三四1-4]\s*季度|前[一二三]季度|[上下]半年)")
_OWN_BODY = re.compile(r"^(\s*关于)(?:成立|调整|组建)(?=[\u4e00-\u9fff])")
_TITLE_LEAD = re.compile(r"^\s*(?:[^\n：:，。]{0,16}?[期号][〕\]］)）]?\s*[：:]\s*)?(?:关于(?:印发)?\s*《?)?"
                         rf"(?:(?:19|20)\d\d\s*年(?:度)?)?{_PERIOD}?")
# What follows a township's name opening a title, where the title is the township's (中梁山街道2024年…, 土官镇第二届人民代表大会…,
# 某镇人民政府关于…), not a common word's (小城镇建设…, 宜居乡村…, 健康街道创建…).
_TOWN_TITLE = re.compile(r"(?:(?:19|20)\d\d\s*年|关于|第[一二三四五六七八九十\d]+届|人民政府|政府|党委|党工委|人大|办事处|$)")


def title_region(title: str, lexicon: Lexicon, text: str = "") -> RegionInfo | None:
    """The region a document's title opens with, written in full (荆州市2022年政务公开任务清单,
    安徽省关于…的通知): its most specific region. A short name (荆州古城保护方案) does not count. A name
    several regions bear (长安区2022年的十大惠民实事) is settled by the document's `text` as every kind settles one
    (`place_settling.settle_name`: the one candidate whose city or province it names as its government, else names
    most: 西安); never guessed, and noted where the caller is `noting`."""
    # (after what opens it: 2023年新余市…, 关于2024年阳东区…, 督查通报〔2024〕第9期：关于恩平市…, 关于印发《芜湖市教育局…》,
    # 1-4月封丘县…: _TITLE_LEAD; or after a label before 关于, LABELLED_TITLE, where the label names no place itself:
    # 某区企业奖励政策：关于… is the district's)
    if not title.rstrip("》").endswith("批复"):
        title = _OWN_BODY.sub(r"\1", title)       # (关于调整某县…的批复: the approver's, not the county's)
    unlabelled = LABELLED_TITLE.sub("", title)
    return _opening_region(_TITLE_LEAD.sub("", title), lexicon, text) or (
        _opening_region(_TITLE_LEAD.sub("", unlabelled), lexicon, text) if unlabelled != title else None)


def _opening_region(title: str, lexicon: Lexicon, text: str) -> RegionInfo | None:
    notes: list[Ambiguous] = []
    chain, town, rest = parse_place(title, lexicon, notes=notes)
    if notes and (settled := settle_name(notes[0], text, lexicon)):
        chain, town, rest = parse_place(title, lexicon, [settled.key])
    elif notes:
        note(notes)
    consumed = len(title) - len(rest) - len(town)
    if chain and not title[:consumed].endswith(chain[-1].name):
        return None
    # A township the title goes on with (禄丰市土官镇2024年…) or opens with (中梁山街道2024年十件民生实事), where the
    # gazetteer has only one of that name (under the region before it): the document is the township's.
    named = TOWN.match(town or rest)
    if named and not chain and not _TOWN_TITLE.match(rest, named.end()):
        named = None
    township = lexicon.town(named.group(), chain[-1].key if chain else "") if named else None
    if named and township is None and not chain and text:
        township = town_under_named(named.group(), text, lexicon)     # (张寨镇…, the text naming 沛县)
    return township or (chain[-1] if chain else None)
