"""A congress's papers other than the 政府工作报告 itself, by their titles: the year's 国民经济和社会发展计划, its draft and the
report of how it was carried out, which the government lays before the congress or its standing committee, are read as its
work report is (prose.score_report, report_meta's title line)."""
from __future__ import annotations

import re


# The year's 国民经济和社会发展计划, its draft or the report of how it was carried out, as a title (某省2023年国民经济和社会发展
# 计划; 关于某市2020年国民经济和社会发展计划上半年执行情况的报告; …执行情况与2024年计划草案的报告): a paper the government lays
# before the congress or its standing committee, read as its work report is. (not a notice issuing or handing it down,
# 关于下达…计划的通知, nor a headline telling of its review, 审议…计划执行情况的报告; a 五年计划 is a plan of measures)
_ANNUAL_PLAN_TITLE = re.compile(r"^(?![^\n]*(?:印发|下达|审议|听取|讨论|通知|解读|五年|批复|决议))[^，。；\n]{0,40}国民经济和社会发展"
                                r"[^，。；\n]{0,6}计划(?:[^，。；\n]{0,40}?(?:计划|草案[）)]?|报告))?\s*$")


def annual_plan_title(line: str) -> bool:
    """Whether a line is the title of the year's 国民经济和社会发展计划 or of a report on it laid before a congress."""
    return bool(_ANNUAL_PLAN_TITLE.match(line.strip()))


# A report on part of the year (…计划上半年执行情况的报告, 前三季度…) is the congress's paper where its by-line stands it at the
# session, the standing committee's included (——2020年7月29日在某市第十五届人民代表大会常务委员会第二十三次会议上); without
# one it is an account of how the plan stands, a progress report.
_PART_OF_YEAR = re.compile(r"上半年|下半年|前三季度|[一二三四]季度|1\s*[-—–至]\s*\d{1,2}\s*月")
# A paper's by-line places it at a session of the congress (——2021年1月12日在某市第十七届人民代表大会第五次会议上; a page may drop
# the number; a title quoted, 《…会议上的政府工作报告》, is none) or of its standing committee (…人民代表大会常务委员会第三十七次
# 会议上): the two by-lines `prose` reads reports and news by too.
BYLINE = re.compile(r"在[^。\n]{0,40}?人民代表大会\s*第\s*[一二三四五六七八九十]*\s*次?\s*会议\s*上(?![^《》\n]{0,30}》)")
COMMITTEE_BYLINE = re.compile(r"在[^。\n]{0,40}?人民代表大会\s*常务委员会\s*第\s*[一二三四五六七八九十]*\s*次?\s*会议\s*上")


def at_session(text: str) -> bool:
    """Whether the text's by-line places it at a session of the congress or of its standing committee."""
    return bool(BYLINE.search(text) or COMMITTEE_BYLINE.search(text))


def laid_before(line: str, text: str) -> bool:
    """Whether a line titles the year's plan or a report on it as a paper laid before the congress (annual_plan_title): a
    report on part of the year only under its session's by-line."""
    return annual_plan_title(line) and (not _PART_OF_YEAR.search(line) or at_session(text[:1500]))


# Who lays the plan and for which year, as its title says: the place before the year (山东省2023年…; 关于北京市2020年…;
# 甘肃省人民政府关于甘肃省2023年上半年…: the place after 关于), or the issuer before 关于 where nothing else stands there
# (某区人民政府关于2022上半年…).
_YEAR = re.compile(r"(20\d\d)\s*年?")
_ISSUER_END = re.compile(r"(?:人民政府|政府)(?:办公室|办公厅)?$")
_PERIOD = re.compile(r"(?:年度|上半年|下半年|前三季度|一季度)$")


def plan_title_parts(line: str) -> tuple[str, str | None] | None:
    """(the place, the year or None) an annual plan's title names (annual_plan_title), else None."""
    line = line.strip()
    if not annual_plan_title(line):
        return None
    head = line[:line.find("国民经济和社会发展")]
    year = _YEAR.search(head)
    before = _PERIOD.sub("", head[:year.start()] if year else head).strip()
    issuer, _, after = before.rpartition("关于")
    place = after.strip() or _ISSUER_END.sub("", issuer.strip())
    return (place, year[1] if year else None) if place else None


# A notice issuing or handing down the year's plan once the congress has approved it (关于印发2021年自治区国民经济和社会发展计划
# 的通知; 《济南市2022年国民经济和社会发展计划》已经…人民代表大会…审议通过，现印发给你们; …已经自治区十三届人大三次会议审议通过，
# 现予下达): the plan as the government issues it to be carried out, a plan of measures — not the paper laid before the
# congress, nor a headline telling of its review.
_ISSUING_TITLE = re.compile(r"关于(?:印发|下达)[^，。；\n]{0,30}国民经济和\s*社会发展\s*计划[^，。；\n]{0,20}的通知")
_ISSUED_APPROVED = re.compile(r"国民经济和\s*社会发展[^。\n]{0,40}?计划[^。\n]{0,40}?已经?[^。\n]{0,40}?(?:人民代表大会|人大)[^。\n]{0,30}?"
                              r"(?:通过|批准)[。，,]\s*现(?:将[^。\n]{0,80}?)?(?:予)?(?:印发|下达)")


def issued_plan(text: str) -> bool:
    """Whether a text's opening is a notice issuing or handing down the year's plan the congress approved."""
    head = text[:800]
    return bool(_ISSUING_TITLE.search(head) or _ISSUED_APPROVED.search(head))
