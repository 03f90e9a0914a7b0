"""A body a document sets up with its remit, and an office hosted by a department with its duty:
    成立人工智能规划推进办公室，办公室设在科技部，具体负责推进规划实施。     — the office answers for what follows
    成立人工智能战略咨询委员会，研究人工智能前瞻性、战略性重大问题，…   — the committee
    由市工业和信息化局会同市公安局共同组成联席工作小组（以下简称…），负责…  — formed of members: the group (组建, 设立 too)
    协调委办公室设在民航总局，承担协调委的日常工作。                      — the office, not its host
The body is named by what such bodies end with (办公室, 委员会, 领导小组, 工作组, 专班, 联席会议, 指挥部); its remit is the
rest of the sentence, never its make-up (由X任组长, 成员由…组成, 下设…) and never what was set up in the past
(2020年成立了…). The department hosting the office only hosts it.
Works on offsets into one text, as `charges` does.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges, joint_duties
from loaders.structure.responsibility import RESPONSIBLE, Named

_BODY = r"[\u4e00-\u9fff]{2,30}?(?:办公室|委员会|领导小组|工作小组|工作组|工作专班|专班|联席会议|指挥部)"
# (成立X，(办公室设在Y，)<remit> / X办公室设在Y，承担(负责)…)
_SET_UP = re.compile(r"(?:^|(?<=[。；;！\n，,：:]))[ \t\u3000]*(?:" + joint_duties.NUMBER + r"[ \t\u3000]*)?"
                     # (or formed of named members, 由X会同Y、Z共同组成W（以下简称…），负责…; 组建, 设立: set up)
                     r"(?:(?:由[^，,。；;：:\n]{2,60}?(?:共同)?(?=组成))?(?:成立|组建|组成|设立)(?P<new>" + _BODY + r")(?:[（(][^（()）\n]{2,20}[)）])?[，,]"
                     r"(?:(?:办公室|其办公室)?设在[^，,。；;\n]{2,20}[，,])?"
                     r"|(?P<office>[\u4e00-\u9fff]{2,20}?办公室)设在[^，,。；;\n]{2,20}[，,](?=(?:具体)?(?:承担|负责)))"
                     r"(?P<task>[^。；;！？\n]{4,240})")
# Not a remit: the body's make-up or its leaders (由X任组长, 成员由…组成, 组长由…担任, 下设…), an aside on its name, or
# others' duties told next (成立X，各责任单位相应成立…).
_MAKE_UP = re.compile(r"^(?:由|以|各|成员|组长|副组长|主任|副主任|下设|其成员|负责人|办公室主任|简称|以下简称)|^[^，,]{0,12}(?:组成|担任|兼任)|^[^，,]{0,12}任(?:常务)?副?(?:组长|主任|总指挥|指挥长|召集人|成员)")


def set_up(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Every body set up with its remit (成立X，…) and every office hosted with its duty (X办公室设在Y，承担…): the body
    responsible for it."""
    out: list[tuple[list[Named], ann.Span]] = []
    for m in _SET_UP.finditer(text):
        key = "new" if m.group("new") else "office"
        who = ann.Span(m.group(key), m.start(key), m.end(key))
        if re.match(r"(?:以|由|了|一个|专门)", who.text) or _MAKE_UP.match(m.group("task")):
            continue
        if joint_duties.reported(text, who.start, m.end("task")):
            continue        # (2020年成立了X，…: what was done)
        task = charges.task_span(text, m.start("task"), m.end("task"))
        if len(task.text) >= 4:
            out.append(([Named(who, RESPONSIBLE)], task))
    return out
