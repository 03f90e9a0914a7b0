"""Sectors listed by their short names before the 部门 / 单位 they share, as news of a meeting charges them:
    发改、财政、住建等部门要加强协调配合。
    农、林、水、旅游、国土、交通、扶贫以及科、教、文、卫等单位，要根据…申报相应项目。
    发展改革、建设、规划土地、…、财政等相关行政管理部门，按照各自职责…   — a rule's list before the kind they share
Each sector answers, kept as written (发改, 农), the shared 等(相关)(行政管理|主管)部门 dropped: the set's rule for
sectors sharing one 部门 (国土、规划、住建部门, read by `charges.bodies`). Only the words a government uses for its
sectors count (`SECTORS`, or two of them run together, `sector`), every item one of them: a list of places, firms or
kinds of body (商场、超市等单位, 乡镇、街道等单位) names no sector.
"""
from __future__ import annotations

import re

from loaders.structure import annotation as ann

# The short names of a government's sectors (its departments' fields), and the one-character forms news lists them by
# (农、林、水, 科、教、文、卫).
SECTORS = frozenset("""
发改 发展改革 财政 住建 城建 建设 规划 国土 自然资源 环保 生态环境 交通 交通运输 水利 水务 农业 农业农村 农牧 林业 畜牧
公安 司法 民政 人社 人力资源 教育 教体 卫健 卫生 卫计 文旅 旅游 文化 体育 商务 工信 经信 科技 统计 审计 税务 市场监管
工商 质监 食药 药监 应急 安监 消防 城管 房管 住房 环卫 扶贫 招商 电力 供电 通信 气象 信访 综治 宣传 组织 纪检 监察
人防 粮食 供销 金融 残联 妇联 团委 工会 移民 文广 广电 林草 乡村振兴 退役军人 医保 邮政 海关 口岸 外事 侨务 民宗
农 林 水 牧 渔 科 教 文 卫 体 工 商 交 财 税 公 检 法 司
土地 房屋 房产 信息化 经济信息化 绿化 市容 影视 新闻出版 出版 文物 网信 海洋 渔业 地震
""".split())


def sector(item: str) -> bool:
    """Whether a list's item names a government's sector: one of `SECTORS`, or two of them run together, as a city names
    a department by two fields (规划土地, 公安消防, 绿化市容, 文广影视)."""
    if item in SECTORS:
        return True
    return any(item[:k] in SECTORS and item[k:] in SECTORS and len(item[:k]) >= 2 and len(item[k:]) >= 2
               for k in range(2, len(item) - 1))


# (the kind they share: 等部门, 等单位, 等有关部门, 等相关行政管理部门, 等主管部门)
KIND = r"等(?:有关|相关|其他|其它)?(?:行政管理|行政|主管)?(?:部门|单位)"
_LIST = re.compile(r"^(?P<list>[\u4e00-\u9fff、]{3,160}?)" + KIND + "$")
_AND = re.compile(r"、|以及|及|和")


def listed(text: str, who: ann.Span) -> list[ann.Span] | None:
    """The sectors a subject lists before 等部门 / 等单位 (发改、财政、住建等部门 → 发改, 财政, 住建), each a span into
    text; None unless it is such a list of two sectors or more."""
    m = _LIST.match(who.text)
    if m is None:
        return None
    out: list[ann.Span] = []
    at = 0
    for sep in list(_AND.finditer(m.group("list"))) + [None]:
        end = sep.start() if sep else len(m.group("list"))
        item = m.group("list")[at:end]
        if not sector(item):
            return None
        out.append(ann.Span(item, who.start + at, who.start + end))
        at = sep.end() if sep else end
    return out if len(out) >= 2 else None
