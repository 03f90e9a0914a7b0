"""Projects a bulletin names as lagging, and the bodies the sentence after the list tells to speed them up.

A bulletin on how the pledged projects go names those that lag, then, opening the next sentence, who must act:
    目前，我县实施进度较慢的项目，一是乡镇污水处理设施建设，二是基层防汛预报预警体系建设，三是城镇老旧小区改造。
    县直牵头部门和项目所在乡镇要把实施进度作为主要工作，…加快项目进度，确保完成年度目标任务。
Each project listed is a task, and every body named before the 要 answers for each (charges.lagging reads the other
way round: the bodies named as lagging, then what they must do).
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure.responsibility import RESPONSIBLE, Named, looks_like_unit

# (…)进度较慢的项目(有)，then the projects to the sentence's end
_LIST = re.compile(r"(?:进度|进展)(?:较慢|缓慢|滞后|偏慢|落后|迟缓)的(?:项目|工程|事项|任务)(?:有|是|为|主要(?:有|是))?[ \t]*[：:，,][ \t]*"
                   r"(?P<items>[^。\n]{4,400}?)[。；;]")
# 一是…，二是…: the projects counted off
_COUNTED = re.compile(r"(?:^|(?<=[，,；;、]))[ \t]*[一二三四五六七八九十]{1,2}是")
# The next sentence's bodies, joined by 和 or 、, before what they must do.
_CHARGE = re.compile(r"[ \t\u3000\n]*(?P<who>[^，,。；;：:\n]{2,60}?)(?:要|需|务必|必须|应)(?![求当该])")
_PEOPLE = re.compile(r"企业|公司|群众|干部|人员|同志|个人|我们|我县|我市|我区")


def charged(text: str) -> list[tuple[list[Named], ann.Span]]:
    """(the bodies charged, the project) for every project a lagging list names, where the sentence right after the
    list opens with bodies and 要."""
    out = []
    for m in _LIST.finditer(text):
        c = _CHARGE.match(text, m.end())
        if c is None:
            continue
        who = [p for part in ann.split_top(text, c.start("who"), c.end("who"), "、")
               for p in _split_and(part)]
        if not who or not all(looks_like_unit(p.text) and not _PEOPLE.search(p.text) for p in who):
            continue
        units = [Named(p, RESPONSIBLE) for p in who]
        out += [(units, t) for t in _projects(text, m.start("items"), m.end("items"))]
    return out


def _split_and(part: ann.Span) -> list[ann.Span]:
    """县直牵头部门和项目所在乡镇: two bodies where both halves are; 住房和城乡建设局 is one."""
    k = part.text.find("和")
    if k > 0 and looks_like_unit(part.text[:k]) and looks_like_unit(part.text[k + 1:]):
        return [ann.Span(part.text[:k], part.start, part.start + k), ann.Span(part.text[k + 1:], part.start + k + 1, part.end)]
    return [part]


def _projects(text: str, a: int, z: int) -> list[ann.Span]:
    """The projects a list names: after each 一是, 二是…; else the names of a list run on with 、 alone (a sentence
    going on with commas, 进度滞后的事项，要强化督促指导，…, is what to do about them, no list)."""
    marks = list(_COUNTED.finditer(text, a, z))
    if len(marks) >= 2:
        bounds = [(mk.end(), nxt.start() if nxt else z) for mk, nxt in zip(marks, marks[1:] + [None])]
    elif not re.search(r"[，,；;]", text[a:z]) and "、" in text[a:z]:
        bounds = [(p.start, p.end) for p in ann.split_top(text, a, z, "、")]
    else:
        return []
    out = []
    for s, e in bounds:
        while e > s and text[e - 1] in " \t，,；;、":
            e -= 1
        if e - s >= 2:
            out.append(ann.Span(text[s:e], s, e))
    return out
