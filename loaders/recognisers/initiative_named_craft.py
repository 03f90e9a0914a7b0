"""Craft and devices of the state's science named in quotes: a research vessel, a submersible, a satellite series or a
reactor is named by a quoted word and 号 (“奋斗者”号, “梦想”号大洋钻探船) or by a quoted word and its number in Chinese
numerals (“探索三号”科考船, “深海一号”, “吉林一号”组网卫星, “国和一号”, “中国环流三号”), with its kind when written: each is
one project (the space programmes' craft, named by series without quotes, are initiative_works' spacecraft).

A name in quotes with 号 inside and no number is an honour (“青年文明号”, “工人先锋号”); a number in Arabic digits names a
variety or a product line (“青薯9号”, “半岛1号”海上游); a count opening the quote is a bundle (“三个一号”). A ship named in a
mishap (“东方之星”号客轮翻沉事件, “渤海2号”翻沉事故) is no work, and a quoted name before a document or a campaign
(“中央一号”文件, “清风一号”专项行动) is that document or campaign.
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import PROJECT, Candidate

_NUMERALS = "一二三四五六七八九十"
_KINDS = "载人潜水器|潜水器|大洋钻探船|钻探船|科考船|科学考察船|考察船|试验船|破冰船|组网卫星|卫星星座|卫星|探测器|钻井平台"
_QUOTED_CRAFT = re.compile(rf"“(?![{_NUMERALS}两])(?:[\u4e00-\u9fff]{{2,5}}”号|[\u4e00-\u9fff]{{2,5}}?[{_NUMERALS}]{{1,2}}号”)(?:{_KINDS})?")
_MISHAP = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:翻沉|沉没|失事|事故|事件)")
# A quoted name before a document or a campaign is that document or campaign: “中央一号”文件, “清风一号”专项行动.
_NOT_CRAFT = re.compile(r"(?:文件|专项|行动|活动|战役|工作)")


def quoted_craft_candidates(text: str) -> list[Candidate]:
    """“奋斗者”号, “探索三号”科考船: the craft (a Project), its kind with it when written."""
    return [Candidate(m.start(), m.end(), m.group(), PROJECT, proper=True, suffix="号")
            for m in _QUOTED_CRAFT.finditer(text)
            if not _MISHAP.match(text, m.end()) and not (m.group().endswith("”") and _NOT_CRAFT.match(text, m.end()))]
