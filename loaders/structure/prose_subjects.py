"""Departments a policy charges by their level or their trade rather than by name, as national notices and rules write
them (each kept as written, one name where several levels or trades share one noun):
    省级工业和信息化主管部门, 省级公安机关交通管理和网络安全保卫部门          — a level's department of a trade
    各地工业和信息化、发展改革主管部门, 财政、市场监管主管部门               — trades sharing one noun: one name
    住房和城乡建设部门、交通运输部门、通信管理局                            — a list, each its own name
    省级人力资源社会保障部门, 各统筹地区医保部门                             — a level or an area's department
`departments` reads such a subject (a list split at 、, a part that ends as no department does joined to the next, since
it shares that part's noun); a part may also be a named body (`charges.bodies`). Never a post, a firm, an applicant or
an association, nor bodies named by their part in the work (有关部门, 牵头单位: `rule_collectives` reads those in rules).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges

# What a department ends with (部门, 机关, 局, 厅, 委, 办), after its trade.
_END = re.compile(r"(?:部门|机关|局|厅|委|办)$")
# Its level or area first: 省级, 地市级, 市级, 县级, 各地, 各级, 各省（区、市）, 省、自治区、直辖市, 各统筹地区 — or none, a trade's
# 主管部门 or 部门 named by the trade alone (财政、市场监管主管部门, 交通运输部门).
_LEVEL = re.compile(r"^(?:各地|各级|省级|地市级|市级|县级|区县|省、自治区、直辖市|各省(?:[（(]区、市[)）])?|各统筹地区|地方各级)?")
_TRADE = re.compile(r"^[\u4e00-\u9fff（()）、]{2,24}$")
# No public department: a post, a firm, an applicant, an association, a part in the work, or any of them.
_NOT = re.compile(r"负责人|领导|干部|人员|企业|公司|银行|协会|学会|商会|申报|申请|推荐|参赛|个人|用户|有关|相关|其他|其它|牵头|责任"
                  r"|配合|成员|所在|当地|本|该|上级|下级|同级|业务|行业|职能|政务|共享|使用|提供")


def departments(text: str, who: ann.Span) -> list[ann.Span] | None:
    """The departments a subject lists by level or trade (and named bodies among them), or None when any part is not one."""
    parts: list[ann.Span] = []
    pending: ann.Span | None = None
    for p in ann.split_top(text, who.start, who.end, "、"):
        if pending is not None:
            p = ann.Span(text[pending.start:p.end], pending.start, p.end)
            pending = None
        if not _END.search(p.text) and not charges.bodies(text, p):
            pending = p     # (工业和信息化、发展改革主管部门: the first trade shares the second's noun)
            continue
        parts.append(p)
    if pending is not None or not parts:
        return None
    levelled = False
    for p in parts:
        if charges.bodies(text, p):
            continue
        t = p.text
        level = _LEVEL.match(t).group()
        if _NOT.search(t) or not _TRADE.match(t) or not _END.search(t) or len(t) - len(level) < 3:
            return None
        levelled = levelled or bool(level) or t.endswith("主管部门")
    return parts if levelled or len(parts) > 1 else None
