"""Forms news of a meeting uses to charge bodies, read beside `charges.charged`:
    市自然资源和规划局会同市生态环境局要就评估成果…加强业务指导。     — X会同Y要…: both answer for it
    县自然资源和规划局负责，住建局、发改局等其他相关单位加强配合协调，抽调业务骨干…
                                                                    — X负责，Y、Z等…配合，…: Y and Z back X
    区经济科技促进局作为全区重要的数源单位，要对…按季度进行铺排。   — X作为…，要…: X is the one told
The subject a charge names may join two bodies by 会同 / 协同 (`together`: each its own name, both responsible, as
`joint_duties.subject` reads a rule's X会同Y; a collective worked with, X会同有关部门, adds no one); a body told it 负责 may be followed at once by the bodies told to back it
(`backed`: the backing bodies support, the work after them the task, never a collective alone, 各相关单位加强配合).
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann

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
