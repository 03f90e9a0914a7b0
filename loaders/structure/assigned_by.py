"""What a rule assigns to the body that decides or reviews it, written last in the sentence after the case it covers:
    个人取得的所得，难以界定应纳税所得项目的，由国务院税务主管部门确定。       — X responsible for the whole sentence
    对股票转让所得征收个人所得税的办法，由国务院另行规定，并报…备案。
    国务院部门制定的规范性文件，由本部门审核机构进行审核。                   — a body named relative to another, as written
    中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单。 — X会同Y: all
    具体比例由西藏自治区人民政府研究确定。
The decision (确定, 核定, 另行规定, 审批, 认定, 进行审核…) is the body's duty, the sentence from its start (the case and what
is decided) its task, up to a permission after it (，也可以由…). Never a permission itself (也可以…由X…), a rule's word on
itself (本办法由X负责解释: no verb here), nor what no public body does: an applicant, a firm, a person, a post or a
meeting's members (由所在单位提出, 由国务院分管领导同志…审核, 由试点地区推举确定).
`charges.done_by` reads 由X进行… of bodies it knows by name; a sentence both read is kept once (`sentence_charges`).
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure.responsibility import RESPONSIBLE, Named

_ASSIGNED = re.compile(r"(?:^|(?<=[。；;！\n，,]))[ \t\u3000]*(?:统一|应当先|应当|应|先|均|一律|仍)?由"
                       r"(?P<who>[^，,。；;：:！？\n由“”《》]{2,40}?)"
                       r"(?P<verb>(?:研究|分批|统一|实施|进行)?(?:审核|审批|确定|核定|认定|另行规定|规定|决定)(?!机构|机关|人员|意见|结果|部门|的)"
                       r"(?:并|和)?(?:发布)?)(?P<rest>[^。；;！？\n]*)")
# A body named as the rule names it, relative to others (本部门审核机构, 同级人民政府审核机构, 主管税务机关, 国务院税务主管部门,
# 县（市、区）人民政府确定的审核机构): what public bodies end with.
_PUBLIC = re.compile(r"(?:机构|机关|部门|人民政府|政府|国务院|办公厅|办公室|委员会|领导小组|联席会议|局|厅|委|部|办)$")
# No public body: an applicant, a firm, a person, staff, a post or a meeting's members.
_NOT_PUBLIC = re.compile(r"申请|申报|企业|公司|个人|人员|领导|同志|代表|成员|所在单位|协会|学会|纳税人|本人|其|系统|会议")
# A permission going on after the duty (，也可以根据实际需要由…): no part of it.
_PERMITTED = re.compile(r"[，,](?:也|亦)?(?:可以|可)")
_START = re.compile(r"[ \t\u3000]*(?:" + joint_duties.NUMBER + r"[ \t\u3000]*)?")


def _named(text: str, who: ann.Span) -> list[Named] | None:
    """The bodies after 由: named ones (`joint_duties.subject`: X会同Y too), else public bodies as the rule names them, one
    or several joined by 或者 (本单位审核机构或者审核人员: the staff left out) or 会同."""
    if (named := joint_duties.subject(text, who)) is not None:
        return named if all(n.role == RESPONSIBLE for n in named) else None
    out: list[Named] = []
    for q in ann.split_top(text, who.start, who.end, "、"):
        for p in re.finditer(r".+?(?=或者|会同|$)", q.text):
            t = re.sub(r"^(?:或者|会同)", "", p.group())
            at = q.start + p.end() - len(t)
            if not t:
                continue
            if _NOT_PUBLIC.search(t):
                if t.endswith("人员"):
                    continue        # (staff with no name: left out)
                return None
            if not _PUBLIC.search(t) or len(t) < 2:
                return None
            out.append(Named(ann.Span(t, at, at + len(t)), RESPONSIBLE))
    return out or None


def assigned(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every …，由X确定/核定/进行审核… in text: X responsible for the sentence up to the end of what it decides."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _ASSIGNED.finditer(text):
        s = max(text.rfind(c, 0, m.start()) for c in "。；;！？\n：:") + 1     # (after a salutation's colon too)
        s = _START.match(text, s).end()
        if re.search(r"(?:可以|可)[^，,]{0,12}$", text[s:m.start("who")]):
            continue        # (也可以根据实际需要由X…: a permission)
        who = ann.Span(m.group("who"), m.start("who"), m.end("who"))
        if not (units := _named(text, who)):
            continue
        end = m.end("rest")
        if (p := _PERMITTED.search(text, m.end("verb"), end)) is not None:
            end = p.start()
        task = charges.task_span(text, s, end)
        if len(task.text) >= 6 and not joint_duties.OWN_RULE.search(task.text) and not joint_duties.reported(text, who.start, end):
            out.append((units, task))
    return out
