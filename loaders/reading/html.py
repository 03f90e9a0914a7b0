"""HTML pages (a portal's saved page) → the document model: the main text, its tables, the header table's metadata.

Government portals wrap a document in navigation, a header table of metadata
(索引号, 发布机构, 成文日期, 文号), widgets (字号【大 中 小】, 打印, 关闭, 分享到) and
footers. The main content is the element that holds most of the page's own text
(links excluded); the header table becomes the document's metadata; the rest is
left out and counted in a note. Parsed with selectolax (lexbor), imported only here.
"""
from __future__ import annotations

import re

from graph.errors import ReadError
from loaders.reading.text import decode, is_cjk
from loaders.reading.model import Meta, Writer, cell_text
from loaders.reading.portal import label_field

_DECLARED = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# What portals call the charsets they mean: GB2312 and GBK pages hold GB18030 characters.
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "utf8": "utf-8"}
# (Not <form>: ASP.NET portals wrap the whole page in one.)
_DROP_TAGS = "script, style, noscript, iframe, select, button, input, textarea, nav, footer, aside, svg, object, embed, template"
# Class or id words of page furniture (navigation, breadcrumbs, share and print widgets, footers).
_FURNITURE = re.compile(r"nav|menu|crumb|share|footer|foot|print|fontsize|font-size|toolbar|sidebar|search|login|copyright|friendlink|position|location|weizhi|dqwz", re.I)
_BLOCK_TAGS = {"p", "div", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "pre", "blockquote", "center", "dl", "dt", "dd", "tbody", "tr", "td", "th", "main", "form"}
_PARAGRAPH_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd", "blockquote"}
# Widgets and portal lines that sit inside the content area.
_WIDGET = re.compile(r"字号|【\s*大\s*中\s*小\s*】|^\s*[【\[]?\s*(?:打印|打印本页|关闭|关闭窗口|收藏|分享到?|返回顶部|返回|上一篇|下一篇)\s*[】\]]?\s*$"
                     r"|当前位置|您现在的位置|扫一扫|我要纠错|浏览次数|阅读次数|访问量|^\s*(?:来源|发布时间|发布日期|作者|责任编辑|编辑)\s*[：:]")
_MAX_WIDGET = 80
# The header table's fields a page's metadata keeps (the labels are portal.py's).
_META_FIELDS = {"issuer", "date", "number", "title"}
_DATE = re.compile(r"(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})")
_TITLE_SUFFIX = re.compile(r"\s*[_|\-—–]\s*[^_|\-—–]{2,30}$")


def read(data: bytes):
    from selectolax.lexbor import LexborHTMLParser

    text, notes = _decode(data)
    tree = LexborHTMLParser(text)
    w = Writer("html")
    for code, message in notes:
        w.note(code, message)
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    page_title = (tree.css_first("title").text(strip=True) if tree.css_first("title") else "")
    meta: dict[str, str] = {}
    for table in tree.css("table"):
        found = _header_table(table)
        if found:
            meta.update({k: v for k, v in found.items() if v and k not in meta})
            table.decompose()
    for br in tree.css("br"):
        br.replace_with("\n")
    body = tree.body or tree.root
    if body is None:
        raise ReadError("an HTML page with no body")
    root = _main(body)
    # Widgets inside the content (a tools bar, share links): small elements named as furniture.
    # Only below the content's root: a page may name its content "printContent".
    dropped = 0
    for node in root.css("[class], [id]"):
        words = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if node.mem_id != root.mem_id and _FURNITURE.search(words) and _cjk(node.text(deep=True)) < _MAX_WIDGET:
            dropped += 1
            node.decompose()
    h1 = next((h.text(strip=True) for h in body.css("h1") if _cjk(h.text())), "")
    title = meta.get("title") or h1 or _TITLE_SUFFIX.sub("", page_title)
    out: list[tuple[str, object]] = []
    _walk(root, out)
    paragraphs = [p for kind, p in out if kind == "p"]
    widgets = sum(1 for p in paragraphs if _is_widget(p))
    if title and not any(cell_text(p) == cell_text(title) for p in paragraphs[:3]) and not _inside(root, title):
        w.paragraph(title)
    for kind, item in out:
        if kind == "p":
            for line in item.split("\n"):
                if line.strip() and not _is_widget(line):
                    w.paragraph(line)
        else:
            w.table(item)
    if not w.blocks:
        raise ReadError("an HTML page with no text in it")
    if dropped or widgets or root is not body:
        w.note("read.page-furniture", "left out the page's navigation, widgets and other text outside its main content")
    return w.layout(Meta(title=cell_text(title), issuer=meta.get("issuer", ""), number=re.sub(r"\s+", "", meta.get("number", "")),
                         date=_iso(meta.get("date", ""))))


def _decode(data: bytes) -> tuple[str, list[tuple[str, str]]]:
    """The page's text, in the charset it declares when its bytes agree, else the one they are in."""
    m = _DECLARED.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else ""
    name = _ALIASES.get(declared, declared)
    if name and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode(name)
            non_ascii = any(b > 0x7f for b in data)
            # GB18030 decodes almost any bytes; a page of valid UTF-8 declared as GBK is UTF-8.
            if name != "utf-8" and non_ascii and _is_utf8(data):
                return data.decode("utf-8"), [("read.charset", f"page declares {declared} but its bytes are UTF-8; read as UTF-8")]
            return text, []
        except (UnicodeDecodeError, LookupError):
            pass
    text, used = decode(data)
    notes = [("read.charset", f"page declares {declared} but its bytes are not; read as {used}")] if declared and _ALIASES.get(used, used) != name else []
    return text, notes


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _cjk(s: str | None) -> int:
    return sum(1 for ch in s or "" if is_cjk(ch))


def _own_text(node) -> int:
    """CJK characters of a node's text that are not link text."""
    links = sum(_cjk(a.text(deep=True)) for a in node.css("a"))
    return _cjk(node.text(deep=True)) - links


def _main(body):
    """The element holding most of the page's own text, counted per paragraph and data table
    (credited to the parent, half to the grandparent, as readability does). A paragraph in a
    data table counts as part of its table; tables that lay the page out are not blocks."""
    score: dict[int, float] = {}
    nodes: dict[int, object] = {}
    for block in body.css("p, li, h1, h2, h3, h4, h5, h6, pre, table, div"):
        if block.tag == "div" and any(c.tag in _BLOCK_TAGS for c in block.iter()):
            continue
        if block.tag == "table" and not _is_data_table(block):
            continue
        if block.tag != "table" and _in_data_table(block):
            continue
        n = _own_text(block)
        if n <= 0:
            continue
        for node, share in ((block.parent, 1.0), (block.parent.parent if block.parent else None, 0.5)):
            if node is not None:
                key = node.mem_id
                score[key] = score.get(key, 0) + n * share
                nodes[key] = node
    if not score:
        return body
    return nodes[max(score, key=lambda k: score[k])]


def _in_data_table(node) -> bool:
    p = node.parent
    while p is not None:
        if p.tag == "table":
            return _is_data_table(p)
        p = p.parent
    return False


def _walk(node, out: list) -> None:
    """Paragraphs and tables under node, in document order."""
    pending: list[str] = []

    def flush() -> None:
        s = "".join(pending).strip()
        if s:
            out.append(("p", s))
        pending.clear()

    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            pending.append(child.text_content or "")
        elif tag == "table" and _is_data_table(child):
            flush()
            out.append(("t", _rows(child)))
        elif tag in _PARAGRAPH_TAGS:
            flush()
            out.append(("p", child.text(deep=True)))
        elif tag in _BLOCK_TAGS or any(c.tag in _BLOCK_TAGS for c in child.iter()):
            flush()
            _walk(child, out)
        else:
            pending.append(child.text(deep=True))
    flush()


def _is_data_table(table) -> bool:
    """A table of data, not one used for page layout: no table inside, at least two rows of two cells."""
    if len(table.css("table")) > 1:   # css() includes the node itself
        return False
    rows = [tr for tr in table.css("tr") if len(tr.css("td, th")) >= 2]
    return len(rows) >= 2


def _rows(table) -> list[list[tuple[str, bool]]]:
    """The table's rows with rowspan and colspan resolved: a spanned cell's text repeated, marked merged."""
    grid: dict[tuple[int, int], tuple[str, bool]] = {}
    rows = table.css("tr")
    for r, tr in enumerate(rows):
        c = 0
        for td in tr.css("td, th"):
            if td.parent is not None and td.parent.mem_id != tr.mem_id:
                continue   # a cell of a table nested deeper
            while (r, c) in grid:
                c += 1
            text = td.text(deep=True)
            span_r = _int(td.attributes.get("rowspan"))
            span_c = _int(td.attributes.get("colspan"))
            for dr in range(span_r):
                for dc in range(span_c):
                    grid[(r + dr, c + dc)] = (text, bool(dr or dc))
            c += span_c
    width = max((c for _, c in grid), default=-1) + 1
    return [[grid.get((r, c), ("", False)) for c in range(width)] for r in range(len(rows))]


def _int(v: str | None) -> int:
    try:
        return max(1, min(int(v or 1), 1000))
    except ValueError:
        return 1


def _header_table(table) -> dict[str, str]:
    """A portal's header table of metadata → {field: value}; {} when the table is not one."""
    if len(table.css("table")) > 1:   # a layout table around it (css() includes the node itself)
        return {}
    cells = [re.sub(r"\s+", "", td.text(deep=True)) for td in table.css("td, th")]
    found: dict[str, str] = {}
    labels = 0
    for i, c in enumerate(cells):
        label, sep, value = c.partition("：") if "：" in c else c.partition(":")
        field = label_field(label)
        if field:
            labels += 1
            if not value and i + 1 < len(cells) and not label_field(cells[i + 1]):
                value = cells[i + 1]
            if field in _META_FIELDS and value and field not in found:
                found[field] = value
    return found if labels >= 2 else {}


def _iso(s: str) -> str:
    m = _DATE.search(s)
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else ""


def _is_widget(line: str) -> bool:
    return len(line.strip()) <= _MAX_WIDGET and bool(_WIDGET.search(line))


def _inside(root, title: str) -> bool:
    t = re.sub(r"\s+", "", title)
    return bool(t) and t in re.sub(r"\s+", "", root.text(deep=True)[:len(t) * 3 + 200])
