"""What a government portal puts around a document copied from it: the header table, breadcrumbs, widgets.

Portals head a document with a table of its particulars — 索引号, 主题分类, 发文机关 or
发布机构, 成文日期, 标题, 发文字号 or 文号, 发布日期 — whose labels are often padded to one
width (索 引 号, 标　　题), the value on the same line or the next. Around it stand a
breadcrumb (当前位置：首页 > 政务公开 > …), one-word widgets (打印, 关闭, 字号【大 中 小】,
分享) and the site's name. The table is read into the document's metadata; none of the rest
is ever taken for a title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Label → field. Spaces inside a label are ignored (索 引 号).
_LABELS = {
    "索引号": "index", "主题分类": "topic", "发文机关": "issuer", "发布机构": "issuer", "发文单位": "issuer",
    "成文日期": "date", "印发日期": "date", "发文日期": "date", "标题": "title", "名称": "title", "发文字号": "number", "文号": "number",
    "发布日期": "published", "主题词": "keywords", "有效性": "validity", "公开方式": "disclosure",
    "公开范围": "disclosure", "生成日期": "generated", "体裁分类": "genre", "文件名称": "title",
    "公开责任部门": "issuer",
}


def label_field(label: str) -> str | None:
    """The header-table field a label names (索 引 号 → index), or None when it is not a header label."""
    # (a portal may bracket its labels: [ 发布机构 ] | 某县人民政府办公室 |)
    return _LABELS.get(re.sub(r"[ \t\u3000\[\]［］【】]", "", label.strip().rstrip("：:")))
_LABEL = re.compile(r"^[ \t\u3000]*((?:[\u4e00-\u9fff][ \t\u3000]*){2,6}?)[：:][ \t\u3000]*(.*)$")
_HEAD = 60        # lines: the table stands at the top
_WIDGET = (r"(?:打印|关闭|收藏|分享|下载|全屏|加大|还原|减小|字号|字体|大|中|小|默认|"
           r"打印本页|关闭窗口|扫一扫|返回顶部|>|＞|»|首页|适老版|关爱版|长者版|无障碍|简体|繁体|繁體|English)")
# One widget a line, or a row of them (适老版 关爱版).
_WIDGETS = re.compile(rf"^[\s【\[]*{_WIDGET}(?:[\s|丨]+{_WIDGET})*[\s】\]：:]*$")
# (the labels a breadcrumb opens with: 当前位置：首页 > …)
POSITION_LABEL = r"(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[：:]"
_BREADCRUMB = re.compile(r"^\s*" + POSITION_LABEL
                         + r"|^\s*(?:首页|网站首页|主页)\s*(?:>>|>|»|＞|›|/|-)")      # 首页 >> 政府信息公开 >> 正文
# A site's footer of links: 关于我们 丨 联系我们 丨 法律声明 …
_FOOTER = re.compile(r"^\s*(?:关于我们|联系我们|网站地图|法律声明|版权声明|隐私(?:政策|保护))\s*(?:[丨|｜/]|$)")


# A page's source field naming the government body that published it (信息来源: 丽水市政府), wherever
# on the line the portal puts it.
# (a body of any branch: 人民政府, 人大常委会, 政协, an office such as 信息办, a bureau or commission, 北京市怀柔区城市管理
# 委员会; or the region alone, 信息来源:灌云县; the next field may follow unspaced: 文字大小)
_SOURCE_BODY = re.compile(r"(?:信息来源|来源|发布机构|发布单位)\s*[：:]\s*([\u4e00-\u9fff]{2,24}?(?:(?:人民政府|政府)(?:办公室|办公厅|办)?"
                          r"|人大常委会|人大|政协|信息办|政务公开办)"
                          # (a bureau or commission only under a region's name with its level: not 太湖流域管理局, 泰山管委会)
                          r"|[\u4e00-\u9fff]{1,12}?[省市县区旗盟州][\u4e00-\u9fff]{0,12}?(?:委员会|管委会|局|厅|委|办公室)"
                          r"|[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|旗|盟|州))(?![\u4e00-\u9fff]|(?<=人大)常委会)"
                          r"|(?:信息来源|来源|发布机构|发布单位)\s*[：:]\s*([\u4e00-\u9fff]{2,20}?(?:人民政府|政府))(?=文字|字号|浏览|阅读|作者|发布|责任|点击)")


# A source field naming no body, only a short name (来源：青田, 来源: 北京东城): the value, whatever it names (a region
# or a medium, 新华社, for the reader to tell), up to the next field or the line's end.
_SOURCE_VALUE = re.compile(r"(?:信息来源|来源|稿源)\s*[：:]\s*([\u4e00-\u9fff]{2,8})(?=\s|$|作者|发布|浏览|阅读|点击|字号|责任)", re.M)


def source_values(text: str) -> list[tuple[str, int]]:
    """The short values of a page's source fields near its top (来源：青田), and where."""
    return [(m[1], m.start(1)) for m in _SOURCE_VALUE.finditer(text[:800])]


def source_bodies(text: str) -> list[tuple[str, int]]:
    """The government bodies a page's source fields name near its top, and where, in order: a page may
    name its office without its place first (发布机构:县人民政府办公室) and its place after (来源:华容县政府)."""
    return [(m.group(m.lastindex), m.start(m.lastindex)) for m in _SOURCE_BODY.finditer(text[:800])]


@dataclass
class PortalHeader:
    fields: dict[str, str]
    end: int           # offset just past the table (0 when there is none)


def header(text: str) -> PortalHeader:
    """The portal's header table at the top of `text`, if it has one (at least two known labels)."""
    fields: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    pos, end, pending = 0, 0, ""
    for i, line in enumerate(lines[:_HEAD]):
        pos += len(line)
        if line.count("|") >= 2 and (pairs := _cell_pairs(line)):
            # The table kept as a table: 文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |
            for field, value in pairs:
                fields.setdefault(field, value)
            end, pending = pos, ""
            continue
        if len(pairs := _inline_pairs(line.rstrip("\r\n"))) >= 2:
            # Several fields on one line: 主题分类: 政务公开 发文单位: 通山县人民政府
            for field, value in pairs:
                if value:
                    fields.setdefault(field, value)
            end, pending = pos, ""
            continue
        m = _LABEL.match(line.rstrip("\r\n"))
        field = label_field(m[1]) if m else None
        if field:
            pending = field
            value = m[2].strip()
            if value:
                fields.setdefault(pending, value)
                pending = ""
            end = pos
            continue
        if pending and line.strip():
            fields.setdefault(pending, line.strip())
            pending, end = "", pos
            continue
        if fields and line.strip() and not pending and i > 0 and not _LABEL.match(line):
            break
    if len(fields) < 2:
        return PortalHeader({}, 0)
    return PortalHeader(fields, end)


def _cell_pairs(line: str) -> list[tuple[str, str]]:
    """(field, value) for each label cell of a row followed by its value cell."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return [(field, value) for label, value in zip(cells, cells[1:])
            if (field := label_field(label)) and value and not label_field(value)]


# Any known label, its characters padded or not (索 引 号, 名       称), then its colon.
_INLINE_LABEL = re.compile("(" + "|".join("[ \t\u3000]*".join(map(re.escape, label)) for label in sorted(_LABELS, key=len, reverse=True))
                           + r")[ \t\u3000]*[：:]")


def _inline_pairs(line: str) -> list[tuple[str, str]]:
    """(field, value) for each known label on a line that holds several (索引号 : K… 文 号 :), each value
    running to the next known label."""
    found = [(m, f) for m in _INLINE_LABEL.finditer(line) if (f := label_field(m[1]))]
    ends = [m.start() for m, _ in found[1:]] + [len(line)]
    return [(f, line[m.end():e].strip()) for (m, f), e in zip(found, ends)]


def is_boilerplate(line: str) -> bool:
    """A line of the page, not of the document: a widget, a breadcrumb, a footer of links, a lone bracket."""
    s = line.strip()
    return not s or bool(_WIDGETS.match(s)) or bool(_BREADCRUMB.match(s)) or bool(_FOOTER.match(s)) or s in ("【", "】", "[", "]")


# An official document's salutation, its recipients' names on a line of their own closed by a colon (各省、自治区、直辖市
# 人民政府，国务院各部委、各直属机构：; 各街道办事处，各乡镇人民政府，区政府各部门：; 省直各单位：), the one pattern kg reads
# it by: `prose` (an official document, no news), `addressed` here, and `spoken` (the names, where the clean view runs
# the lead on after the colon: `ADDRESSEES`).
SALUTATION = re.compile(r"^[ \t\u3000]*(?:各|省直|市直|县直|区直|中央)[^：:\n。！？]{1,120}[：:][ \t\u3000]*$", re.M)
ADDRESSEES = re.compile(r"^[ \t\u3000]*各[^\n：:。；]{4,300}?[：:]", re.M)
# (a speech's 各位代表： addresses the deputies, no recipients of a document)
_SPEECH = re.compile(r"[ \t\u3000]*各位")


def addressed(text: str, size: int = 1500) -> bool:
    """Whether the text's opening holds a document's salutation (各…：), a line of its own: a page whose links name the
    document's 政策解读 (部门解读：关于《…》政策解读) carries the document, not its explanation, which addresses no one."""
    return any(not _SPEECH.match(m.group()) for m in SALUTATION.finditer(text[:size]))
