"""Deadlines as written in tables and plans (12月底, 三季度末, 年内…) turned into ISO dates for Task.deadlineDate."""
from __future__ import annotations

import calendar
import re

_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
_PERIOD = (
    rf"{_MONTH}(?:{_DAY}|(?P<xun>上旬|中旬|下旬))?"
    r"|第?(?P<q>[一二三四1-4])季度"
    r"|(?P<h>上半年|下半年)"
)
# An explicit year may precede any period; a bare "2022年" (or 2022年底) is that year's end.
# Without a year only expressions that clearly mean "this year" count: 年底, 年内…
_DEADLINE = re.compile(
    rf"(?P<y>20\d\d)年(?:{_PERIOD.replace('?P<', '?P<y_')})?"
    rf"|(?P<iso>20\d\d)[-./](?P<im>1[0-2]|0?[1-9])(?:[-./](?P<id>3[01]|[12]\d|0?[1-9]))?"
    rf"|{_PERIOD}"
    r"|(?P<ye>年底|年末|年内|年前|全年|本年|今年)"
)
_YEAR = re.compile(r"(20\d\d)年")


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _CN_NUM[s]


# The years a document of the People's Republic can bear: a date outside them is a typo or a
# garbled copy (1913年, 5355年65月06日), never the document's.
YEARS = range(1949, 2100)


def iso_date(year: int, month: int, day: int | None = None) -> str:
    """year-month-day as ISO text (the month's last day when `day` is None); "" when there is no
    such day, or the year is not one a government document of the PRC bears."""
    if year not in YEARS or not 1 <= month <= 12:
        return ""
    last = calendar.monthrange(year, month)[1]
    if day is None:
        day = last
    if not 1 <= day <= last:
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"



def _from_period(year: int, g: dict[str, str | None]) -> str:
    if g["m"]:
        month = _num(g["m"])
        if g["d"]:
            return iso_date(year, month, int(g["d"]))
        day = {"上旬": 10, "中旬": 20}.get(g["xun"] or "")
        return iso_date(year, month, day)
    if g["q"]:
        return iso_date(year, 3 * _num(g["q"]))
    if g["h"]:
        return iso_date(year, 6 if g["h"] == "上半年" else 12)
    return iso_date(year, 12)


def parse_deadline(text: str, year: int | None) -> str:
    """The first date expression in `text` as an ISO date, or "" when there is none (长期坚持).

    `year` is the document's year, used when the expression names none.
    """
    m = _DEADLINE.search(text or "")
    if not m:
        return ""
    g = m.groupdict()
    if g["y"]:
        inner = {k[2:]: v for k, v in g.items() if k.startswith("y_")}
        return _from_period(int(g["y"]), inner)
    if g["iso"]:
        return iso_date(int(g["iso"]), int(g["im"]), int(g["id"]) if g["id"] else None)
    if year is None:
        return ""
    return _from_period(year, g)


def document_year(text: str) -> int | None:
    """The year a document speaks of: the first 20xx年 near its start."""
    m = _YEAR.search(text[:500])
    return int(m.group(1)) if m else None


# Chinese numerals as reports and news write dates and sessions (二〇二一年, 第十七届, 十二月).
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def year_digits(s: str) -> str:
    """A year as written (2021, 二〇二一) in digits."""
    return s if s.isdigit() else "".join(str(_CN_DIGIT[c]) for c in s)


def cn_int(s: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23, 三十 → 30 (and Arabic digits as they are)."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    return _CN_DIGIT[s]


def cn_numeral(s: str) -> str:
    """The congress's numbers as reports write them: 17 → 十七 (Chinese numerals kept as they are)."""
    if not s.isdigit():
        return s
    n = int(s)
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "")


def iso_written(y: str, m: str, d: str) -> str:
    """A date as written (2021年1月12日, 二〇二一年一月十二日) as ISO text; "" when it is no date."""
    try:
        year, month, day = int(year_digits(y)), cn_int(m), cn_int(d)
    except KeyError:
        return ""
    return iso_date(year, month, day)
