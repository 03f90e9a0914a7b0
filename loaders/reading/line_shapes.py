"""The shape of one line of a flattened table (a number, a figure, a deadline, a state, names, a unit, a
short word or text): what cell it can go in, read by flat.py in the header's order."""
from __future__ import annotations

import re

# (a number may carry a footnote's star, 9*)
_SEQ = re.compile(r"^\s*(?:\d{1,3}[*＊]?|[一二三四五六七八九十]{1,3}|[（(]\d{1,3}[)）])\s*[.、．]?\s*$")
_DEADLINE = re.compile(r"\d{1,2}\s*月|年底|年内|年末|季度|上半年|下半年|长期|持续|常态|底前|\d{4}\s*年|[一二三四五六七八九十]+月")
_SENTENCE_END = re.compile(r"[。；;！!？?]$")
_UNIT_END = re.compile(r"(?:局|委|办|院|会|中心|部|厅|政府|室|队|所|站|处|社|联|团|公司|集团|银行|指挥部|管委会|专班|街道|乡镇|镇|乡|区|县|市|署|馆|校|台|(?:银|分|支|商|发)行|司|组|单位|部门)(?:等)?$")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# Works, not units, though they end as a unit's name does (新建一批中小学校, 新建村卫生室, 对28所学校安装…平台). (Not
# 建设: 建设交通委.)
_WORK_START = re.compile(r"^(?:新建|改扩建|改建|扩建|迁建|实施|推进|开展|完成|提升|打造|新增|改造|开设|加快|加强|优化|完善|对(?!外|口))")
# A name after its title (副县长王立新) or before it in brackets (王立新（副县长）).
_TITLED = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:书记|[省市县区州旗镇乡]长|主任|主席|部长|局长|秘书长|常委|委员|助理)[\u4e00-\u9fff·]{2,4}$"
                     r"|^[\u4e00-\u9fff·]{2,4}[（(][^）)]{2,12}[）)]$")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分章节])")


# How a task stands, in a progress table's cell (已完工, 正在施工, 顺利推进, 未开工): never a unit.
_STATE = re.compile(r"^(?:已经?|正在|正|尚未|未|基本|全面|按计划|按序时|序时|顺利|有序|超序时|滞后|进度滞后)(?:完[成工]|竣工|开工|推进|实施|施工|建成|启动|招标|交付|投入|办结|落实|达[到标]|序时)"
                    # the stage a building has reached (主体完工, 主体封顶, 已封顶): no unit is written so
                    r"|^(?:主体|主体工程|土建|工程)(?:已|基本)?(?:完工|封顶|竣工|完成)")


# A short cell ending with the stage its work has reached (正在进行主体施工, 室内装修, 项目已启动): a state too.
_STAGE_END = re.compile(r"(?:完成|完工|竣工|施工|开工|建成|封顶|装修|招标|验收|投用|使用|交付|启动|办结|实施|推进)中?$")


# A figure: a count, an amount or a share (1300人, 7699套, 54%, 10000万元) — a target or a result.
# A note in brackets may follow it (80%（新区实验幼儿园进度滞后）, its bracket sometimes left open).
_FIGURE = re.compile(r"^\d+(?:\.\d+)?(?:%|％|[个所套户人名辆座条家张台处项万亿元米吨亩次件]{1,3})?(?:[（(][^）)]*[）)]?)?$")


# Two padded names run together (陆 明俞 悦): 陆明, 俞悦.
_PADDED_RUN = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_PADDED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def line_shape(line: str) -> str:
    """What one line of a flattened row looks like: seq, figure, deadline, names, unit or text."""
    s = re.sub(r"\s+", "", line)
    if _SEQ.match(line):
        return "seq"
    if _FIGURE.match(s):
        return "figure"
    if len(s) <= 20 and _DEADLINE.search(s) and not _SENTENCE_END.search(s[:-1] or "x"):
        return "deadline"
    if len(s) <= 20 and _STATE.match(s) or len(s) <= 10 and _STAGE_END.search(s):
        return "state"
    # (a two-character name padded to the width of three, 杨 宜, is one name)
    # (a bracket inside a unit's name, 各镇政府（街道办事处）, 各县（市、区）政府, is part of the name)
    bare = re.sub(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff、]{1,12}[）)]", "", line.strip().rstrip("。"))
    tokens = [t for t in re.split(r"[、，,；;/\s]+", _PADDED.sub(r"\1\2", _PADDED_RUN.sub(r"\1\2 \3\4", bare))) if t]
    units = bool(tokens) and all(_UNIT_END.search(t) and not _TITLED.match(t) and not _WORK_START.match(t) for t in tokens)
    short = bool(tokens) and max(map(len, tokens)) <= 20
    if units and (short and s.endswith("。") or not _SENTENCE_END.search(s) and (short and len(tokens) > 1 or len(s) <= 40)):
        # a unit, or a list of units however many (nine bureaus sharing one task), closed by a
        # full stop or not (…，魏武国控集团。)
        return "unit"
    if tokens and len(s) <= 40 and not _SENTENCE_END.search(s):
        if all(_NAME.match(t) or _TITLED.match(t) for t in tokens):
            return "names"
        if len(s) <= 16:
            # A short phrase not ending as a unit's name: a unit named otherwise (区城投), or a short
            # project or task (老旧小区改造); the row's columns decide (_column).
            return "word"
    return "text"


_ACCEPTS = {
    "task": {"text", "unit", "word", "names", "deadline", "state"},
    "status": {"text", "unit", "word", "names", "deadline", "figure", "state"},
    "leader": {"names"},
    "unit": {"unit", "word", "names"},
    "deadline": {"deadline"},
    "seq": {"seq"},
    "other": {"text", "unit", "word", "figure", "state"},
}
