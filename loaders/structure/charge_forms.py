"""Forms news of a meeting uses to charge bodies, read beside `charges.charged`:
    市自然资源和规划局会同市生态环境局要就评估成果…加强业务指导。     — X会同Y要…: both answer for it
    县自然资源和规划局负责，住建局、发改局等其他相关单位加强配合协调，抽调业务骨干…
                                                                    — X负责，Y、Z等…配合，…: Y and Z back X
    区经济科技促进局作为全区重要的数源单位，要对…按季度进行铺排。   — X作为…，要…: X is the one told
The subject a charge names may join two bodies by 会同 / 协同 (`together`: each its own name, both responsible, as
`joint_duties.subject` reads a rule's X会同Y; a collective worked with, X会同有关部门, adds no one); a body told it 负责 may be followed at once by the bodies told to back it
(`backed`: the backing bodies support, the work after them the task, never a collective alone, 各相关单位加强配合).
A standing group is a body (`GROUP_BODY`: 县脱贫攻坚领导小组, 粮食储备管理工作联席会议); a list closed by its kind may go on
with one more body (`CLOSED_THEN`: 林业局等相关区直部门和辛安镇 — 林业局 and 辛安镇).
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann

# A standing group a document names as a body, by what such groups end with: 县脱贫攻坚领导小组, 联席工作小组,
# 安顺市粮食储备管理工作联席会议, 防汛抗旱指挥部, 城市管理工作专班 (`bodies_set_up` reads one being set up); never
# the members or the office of one (…领导小组成员单位; …领导小组办公室 ends as an office does), nor a group named
# by its part (有关工作组, 各工作专班, 本指挥部), nor two groups and what passes between them (省级指挥部提请国家指挥部).
GROUP_BODY = re.compile(r"^(?!.*(?:成员|各|有关|相关|其他|其它|本|该))(?!.*(?:小组|指挥部|联席会议|工作组|专班).)[\u4e00-\u9fff]{2,24}?"
                        r"(?:领导小组|工作小组|协调小组|工作领导组|工作组|联席会议|指挥部|工作专班)$")
# A list's last name, its kind closing the list (等相关区直部门, 等有关单位), and one more body joined by 和 / 及 / 以及.
CLOSED_THEN = re.compile(r"^(?P<a>[\u4e00-\u9fff]{2,16}?)等(?:有关|相关|其他)?[\u4e00-\u9fff]{0,4}?(?:部门|单位)"
                         r"(?:和|及|以及)(?P<b>[\u4e00-\u9fff]{2,16})$")

# Two bodies joined by 会同 / 协同, each ending as a body does (not 会同 opening the subject: 会同有关部门, a verb).
_WITH = re.compile(r"(?<=[局委办厅室府心队站所处部])(?:会同|协同)(?=[\u4e00-\u9fff]{2})")


def together(name: ann.Span) -> list[ann.Span]:
    """市自然资源和规划局会同市生态环境局 → the two bodies; any other name stays whole."""
    m = _WITH.search(name.text)
    if m is None:
        return [name]
    first = ann.Span(name.text[:m.start()], name.start, name.start + m.start())
    if _SOME.match(name.text, m.end()):
        return [first]      # (X会同有关部门要…: a collective worked with adds no one)
    return [first, ann.Span(name.text[m.end():], name.start + m.end(), name.end)]


_SOME = re.compile(r"(?:有关|相关|其他|其它|各)")


# After X负责，the bodies that back it (a list closed by 等(其他)(相关)部门/单位), then how they back it, then the work.
_BACKED = re.compile(r"^[，,]?[ \t\u3000]*(?P<sup>[^，,。；;：:！？\n“”\"]{2,80}?)(?:等(?:其他|其它)?(?:有关|相关)?(?:部门|单位))?"
                     r"(?:要|也要)?(?:加强|密切|积极|主动|全力|全力做好|做好)?(?:配合|协助)(?:协调|配合|工作)?[，,][ \t\u3000]*")

# A subject told what it is before it is told what to do: X作为牵头单位，要… / X作为工作主体，要… (what X is, not a body).
AS_ROLE = r"(?:[，,]?作为[^，,。；;：:！？\n“”\"]{2,24}[，,])?"


def backed(task: ann.Span) -> tuple[ann.Span, ann.Span] | None:
    """The bodies a task told to one body opens by naming as backing it (住建局、发改局等其他相关单位加强配合协调，…),
    and the work after them; None where it names none."""
    m = _BACKED.match(task.text)
    if m is None or len(task.text) - m.end() < 4:
        return None
    sup = ann.Span(m.group("sup"), task.start + m.start("sup"), task.start + m.end("sup"))
    rest = ann.Span(task.text[m.end():], task.start + m.end(), task.end)
    return sup, rest
