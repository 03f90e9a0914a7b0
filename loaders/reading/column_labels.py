"""What a table's header labels name: the column vocabulary the table readers share (flat.py for
flattened tables, structure/table_columns.py for the others): 序号, the task, 牵头领导, 牵头单位, 配合单位,
完成时限, 进展情况…, and the columns that group the tasks or break them down."""
from __future__ import annotations

import re

from loaders.reading.line_shapes import _HEADING


# Column label (white space removed) → (what the column holds, role). Order matters: the
# first pattern a header cell matches names its column. Shared with the table readers.
# A leader or body given a project or a village to see through (包联, 包保, 挂点, 联系, 帮扶 领导 / 单位): responsible.
# Shared with the field readers (structure/annotation.py) and the table readers.
SEES_THROUGH = "包抓|包联|包保|挂点|挂包|挂钩|包片|联系|帮扶"

COLUMNS = (
    (re.compile(r"^(?:序号|编号|序)$"), "seq", ""),
    (re.compile(r"(?:牵头|主抓|领衔)(?:[省市县区]级?)?(?:负责)?领导"), "leader", "lead"),
    # 分管领导 and 主管领导 oversee: no lead/support split is given (as 分管省领导： in field lines).
    # (a level's leaders over the work, 县级领导 / 分管县级领导 / 县级责任领导; the one who answers for it in person,
    # 具体责任人 / 直接责任人)
    (re.compile(r"责任(?:[省市县区]级?)?领导|^(?:项目|具体|直接)?(?:责任人|负责人)$|^主管领导$|(?:分管|{SEES_THROUGH})(?:[省市县区]级?)?领导"
                r"|^[省市州盟县区旗镇乡]级(?:责任)?领导$".format(SEES_THROUGH=SEES_THROUGH)), "leader", "responsible"),
    # (a bureau's own list names its sections: 牵头科室, 配合股室)
    (re.compile(r"(?:牵头|主责|主办)(?:负责|责任|考核)?(?:单位|部门|科室|处室|股室)"), "unit", "lead"),
    # (会办单位: the bodies a deputy's proposal is handed to beside the one that handles it, 主办单位)
    (re.compile(r"(?:配合|协办|会办|参与|协同|协作|支撑)(?:责任)?(?:单位|部门|科室|处室|股室)"), "unit", "support"),
    # 业主单位 (the owner that builds a project), 实施单位 and 推进单位 (the body that carries a task forward) answer for it: responsible.
    # (a bureau's section answering for it: 负责科室, 责任处室; a target table's unit that checks and scores it, 监考单位)
    # (a project's or village's own bureau, 包联单位, 包保单位, 帮扶单位)
    # (the body that carries it out, 责任主体 / 实施主体 / 实施机构, or the township or street it falls to, 责任乡镇)
    (re.compile(rf"(?:责任|承办|业主|实施|推进|负责|监考|考核|承担|{SEES_THROUGH})(?:单位|部门|科室|处室|股室)|^(?:责任|实施)(?:主体|机构)$"
                r"|^责任(?:乡镇|镇街|街道|镇|乡)$"), "unit", "responsible"),
    # (a list of problems to put right, or of matters handed over, gives when each is to be done: 整改时限, 办结时限)
    (re.compile(r"(?:完成|整改|办结|办理)(?:时限|时间|期限)|时间节点|^时限$|^(?:时限|时间|完成)要求$"), "deadline", ""),
    # (how a problem or a matter handed over was dealt with: 整改情况, 办理情况, 办理结果)
    (re.compile(r"落实情况|推进情况|进展情况|完成情况|工作进展|进度|^进展$|^(?:整改|办理|办结|落实|整改落实)(?:情况|结果)$"), "status", ""),
    # (a deputy's proposal handed over to be dealt with is the task: 案由, 建议名称, 提案标题)
    (re.compile(r"任务|事项|工作|内容|措施|实事|项目|目标|指标|^(?:具体|工作|主要)要求$|^案由$|^(?:建议|提案|议案)(?:名称|标题|题目)?$"), "task", ""),   # 预期目标: a table of targets
)
_MAX_LABEL = 12
# A table's title over its header (2024年民生实事项目表, 重点项目进度表, 2024年民生实事项目), not a column's
# label: 表 or 清单 at its end, or a year's projects (a column of a year's targets, 2022年预期目标, is one).
_TITLE = re.compile(r"[表单]$|(?:19|20)\d\d\s*年.*(?:项目|实事)$")
_PUNCT = re.compile(r"[：:，,。；;（(]")    # a field line (牵头单位：…) or a sentence, not a label


# A note in brackets after a label is not part of it: 责任单位（加黑为牵头单位）, 进展情况(一季度).
_LABEL_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（()）]{1,16}[)）]$")


def label_kind(label: str) -> tuple[str, str] | tuple[None, None]:
    """What a header cell names: (what, role), or (None, None)."""
    label = _LABEL_NOTE.sub("", re.sub(r"\s+", "", label))
    if not label or len(label) > _MAX_LABEL or "|" in label or _TITLE.search(label) or _HEADING.match(label):
        return None, None       # (a numbered heading, 一、市长负责事项, is a section, not a label)
    return next(((what, role) for pattern, what, role in COLUMNS if pattern.search(label)), (None, None))


# Shared with the table readers: a column naming the project (项目名称, 实事名称, 项目) rather than the work to do.
NAME_COLUMN = re.compile(r"名称$|^(?:民生实事|实事)?项目$")
# A column of the work itself (工作任务, 建设内容, 具体措施, 重点工作), not of a target (目标任务, 主要指标).
WORK_COLUMN = re.compile(r"^(?!.*(?:目标|指标))[\u4e00-\u9fff]{0,4}(?:任务|内容|措施|事项|工作)$")
# A column of what a named project is to reach this year (2022年度任务目标, 年度目标, 具体任务及目标).
TARGET_COLUMN = re.compile(r"^(?:\d{4}年)?[\u4e00-\u9fff]{0,4}(?:(?:任务|内容)[及和与]?)?(?:目标|指标)(?:任务)?$")


def work_after_target(first: str, label: str) -> bool:
    """Whether a column of the work (整改措施) follows a column of the target it reaches (整改目标): the work is then
    the task. Labels with their white space dropped."""
    return bool(TARGET_COLUMN.search(first) and WORK_COLUMN.search(label) and not NAME_COLUMN.search(first))
# A column of the problems found, before the measures that put each right (反馈问题, 存在问题): not the task.
_PROBLEM = re.compile(r"问题(?:描述|表现)?$")


# A column breaking the task beside it down (主要任务 then 细化措施; 工作任务 then 具体要求): the finer one is
# the task, the first heads its groups. Shared with the table readers.
FINER = re.compile(r"^(?:细化|具体|分解)(?:措施|任务|内容|举措|工作|要求)$")
# A bare 项目 before a column of tasks (项目 / 重点工作目标任务) heads the tasks' groups, as a category does.
_HEADS_TASKS = re.compile(r"项目|事项|方面")
# A column of the work's key points (工作要点) before a column of the work (工作任务): the points head the
# tasks' groups, the work is the task. Shared with the table readers.
KEY_POINTS = re.compile(r"^(?:工作|重点|主要)?要点$")
# A column of categories over the tasks (项目类别), not the tasks: shared with the table readers.
CATEGORY = re.compile(r"(?:类别|分类|类型|领域)$")


# The second half of a label whose first half is one too (项目 / 类别): a label's head never ends
# a label of its own otherwise (牵头单位 / 备注 are two columns).
_LABEL_TAIL = re.compile(r"类别|分类|类型|名称|内容")


# A column of the measures that carry out the work beside it (重点工作 / 主要任务 / 工作措施): the task. Shared
# with the table readers.
MEASURES = re.compile(r"^(?:工作|主要|具体|推进|保障)?(?:措施|举措)$")
