"""Task-division plans (重点工作任务分工方案): clean text → Extraction of tasks and who answers for them.

Sits between detection and resolution: `score` tells the registry how much a text looks
like a plan; `parse` turns one into Tasks, Leaders, Departments and Regions with evidence.
The annotation fields themselves are read by loaders/annotation.py.

Counting rule. A task is a numbered item (`1.`, `11、`). Sub-items `(1)`, `（2）` are part of
their item's task, not tasks of their own: their text is appended to the item's text and
their annotations make the item's responsibility facts, each with the sub-item as evidence.
So the 聊城 2021 plan has 150 tasks, one per number 1–150; item 8 (各类约束性指标…) carries
its sub-items 安全生产 and 节能减排, whose annotations are its only ones. A sub-item with
no numbered item above it in its section is a task itself (seq "一(1)"). When item numbers
restart in each section, seqs are section-qualified ("二.3") so task keys stay unique.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import schema
from graph.model import DocumentInfo, Entity, Evidence, Extraction, Issue, Relation
from . import annotation as ann
from .dates import document_year, parse_deadline
from .lexicon import Lexicon, RegionInfo, department_kind
from .registry import Loader, register
from .source import SourceDocument
from .text import NormalText

KIND = "division_plan"

_LEAD_FIELD = re.compile(r"(?:牵头|分管|责任)(?:[省市县区]级?)?领导\s*[：:]|牵头(?:单位|部门)\s*[：:]")


def score(text: str) -> float:
    """Plans are recognised by their 牵头 annotations, helped by the word 分工方案."""
    fields = len(_LEAD_FIELD.findall(text))
    named = "分工方案" in text[:5000]
    return round(min(1.0, 0.8 * min(1.0, fields / 5) + 0.2 * named), 3)


_SECTION = re.compile(r"\s*([一二三四五六七八九十百]+)\s*、\s*\S")
_SUBSECTION = re.compile(r"\s*[（(][一二三四五六七八九十]+[)）]")
_ITEM = re.compile(r"\s*(\d{1,3})\s*[.．、](?!\d)\s*")
_SUB = re.compile(r"\s*[（(](\d{1,2})[)）]\s*")
_FOOTER = re.compile(r"\s*(?:抄送|主送|分送|印发|附件)\s*[：:]|\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发)?\s*$")
_SIGNATURE = re.compile(r"\s*[\u4e00-\u9fff]{2,24}(?:人民政府|办公室|办公厅|委员会)\s*$")
_TITLE = re.compile(r"[^，。：；、《》]{4,60}方案")
_HEADER = re.compile(r"\s*(\S{2,30}?)\s*文件\s*$")
_NOTICE = re.compile(r"\s*(\S{2,30}?)\s*关于(?:印发|.*通知)")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号")
_DATE = re.compile(r"\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")


@dataclass
class _Block:
    kind: str              # "item" or "sub"
    number: str
    start: int             # the marker
    body: int              # just past the marker
    end: int
    section: str
    subs: list["_Block"] = field(default_factory=list)


class _Builder:
    """Collects entities and relations, one per (label, key) / (type, source, target)."""

    def __init__(self, doc: SourceDocument, view: NormalText) -> None:
        self.doc, self.view = doc, view
        self.entities: dict[tuple[str, str], Entity] = {}
        self.relations: dict[tuple, Relation] = {}
        self.issues: list[Issue] = []

    def ev(self, start: int, end: int) -> Evidence:
        return self.doc.evidence(self.view, start, end)

    def entity(self, label: str, key: str, name: str, props: dict, ev: Evidence, alias: str | None = None) -> tuple[str, str]:
        old = self.entities.get((label, key))
        aliases = tuple(dict.fromkeys((old.aliases if old else ()) + ((alias,) if alias else ())))
        evidence = tuple(dict.fromkeys((old.evidence if old else ()) + (ev,)))
        self.entities[(label, key)] = Entity(label, key, name, aliases, old.props if old else props, evidence)
        return (label, key)

    def relate(self, rtype: str, source: tuple[str, str], target: tuple[str, str], props: dict, ev: Evidence) -> None:
        old = self.relations.get((rtype, source, target))
        if old:
            # The same actor named twice on one task keeps its stronger role.
            if old.props.get("role") == schema.ROLE_LEAD:
                props = old.props
            ev_all = tuple(dict.fromkeys(old.evidence + (ev,)))
        else:
            ev_all = (ev,)
        self.relations[(rtype, source, target)] = Relation(rtype, source, target, props, ev_all)

    def issue(self, code: str, message: str, offset: int, text: str = "") -> None:
        self.issues.append(Issue(code, message, self.doc.key, self.doc.line(self.view, offset), text))

    def region(self, lexicon: Lexicon, info: RegionInfo, ev: Evidence) -> tuple[str, str]:
        """A region and its ancestors, each PART_OF its parent."""
        ref = None
        for r in lexicon.region_path(info.key):
            if r.key != info.key and (schema.REGION, r.key) in self.entities:
                # Known ancestors keep the evidence that introduced them (the issuer line).
                ref = (schema.REGION, r.key)
                continue
            here = self.entity(schema.REGION, r.key, r.name, {"level": r.level, "parent": r.parent}, ev, r.name)
            if ref:
                self.relate(schema.PART_OF, here, ref, {}, ev)
            ref = here
        return ref


def parse(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    view = doc.clean
    text = view.text
    b = _Builder(doc, view)
    lines = _lines(text)
    title, body_start = _title(lines, text)
    head = [ln for ln in lines if ln[1] <= body_start] if body_start else lines[:12]
    issuer, issuer_line = _issuer(head)
    number = _number(text[:body_start] if body_start else text[:3000])
    date = _date(head)
    region_info = lexicon.region_prefix(issuer) if issuer else None
    region = region_info.key if region_info else ""
    if region_info:
        b.region(lexicon, region_info, b.ev(*issuer_line))
    info = DocumentInfo(doc.key, doc.source, doc.sha256, doc.encoding, KIND, title=title, issuer=issuer,
                        number=number, date=date, region=region)

    tasks = _tasks(_blocks(lines, text, body_start))
    if not tasks:
        b.issue("plan.no-items", "no numbered task items found", body_start)
    year = int(date[:4]) if date else document_year(text)
    ctx = _Context(b, lexicon, text, region, year)
    for seq, block in tasks:
        ctx.task(seq, block)
    return Extraction(info, tuple(b.entities.values()), tuple(b.relations.values()), tuple(b.issues))


def _lines(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]


def _title(lines, text) -> tuple[str, int]:
    """The plan's own title line, and where the plan (after the covering notice) begins."""
    for ln, s, e in lines:
        t = ln.strip()
        if _TITLE.fullmatch(t) and "关于" not in t:
            return re.sub(r"\s+", "", t), e
    m = re.search(r"《([^》]{4,60}方案)》", text)
    if m:
        return m.group(1), 0
    return (lines[0][0].strip() if lines else ""), 0


def _issuer(head) -> tuple[str, tuple[int, int]]:
    for pattern in (_HEADER, _NOTICE):
        for ln, s, e in head:
            m = pattern.match(ln)
            if m:
                return m.group(1), (s, e)
    # Otherwise the signature above the date.
    for k, (ln, s, e) in enumerate(head):
        if _DATE.match(ln) and k and _SIGNATURE.match(head[k - 1][0]):
            return head[k - 1][0].strip(), head[k - 1][1:]
    return "", (0, 0)


def _number(head: str) -> str:
    m = _NUMBER.search(head)
    if not m:
        return ""
    s = re.sub(r"\s+", "", m.group())
    return re.sub(r"[\[［【(（](\d{4})[\]］】)）〕]", r"〔\1〕", s)


def _date(head) -> str:
    for ln, _, _ in head:
        m = _DATE.match(ln)
        if m:
            return _iso(*m.groups())
    return ""


def _iso(y: str, mo: str, d: str) -> str:
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def _blocks(lines, text: str, body_start: int) -> list[_Block]:
    """Items and sub-items with their extents; headings and the closing footer end a block."""
    lines = [ln for ln in lines if ln[1] >= body_start]
    stop = next((k for k, ln in enumerate(lines) if _FOOTER.match(ln[0])), len(lines))
    if stop < len(lines) and stop and _SIGNATURE.fullmatch(lines[stop - 1][0]):
        stop -= 1
    blocks: list[_Block] = []
    current: _Block | None = None
    section = ""
    for ln, s, e in lines[:stop]:
        item, sub = _ITEM.match(ln), _SUB.match(ln)
        if _SECTION.match(ln) and not item:
            section, current = re.sub(r"\s+", "", ln), None
        elif _SUBSECTION.match(ln):
            current = None
        elif item or sub:
            m = item or sub
            current = _Block("item" if item else "sub", m.group(1), s + len(ln) - len(ln.lstrip()), s + m.end(), e, section)
            blocks.append(current)
        elif current:
            current.end = e
    return blocks


def _tasks(blocks: list[_Block]) -> list[tuple[str, _Block]]:
    """Fold sub-items into their item (see the counting rule above) and give each task its seq."""
    tasks: list[_Block] = []
    parent: _Block | None = None
    for bl in blocks:
        if bl.kind == "item":
            parent = bl
            tasks.append(bl)
        elif parent and parent.section == bl.section:
            parent.subs.append(bl)
        else:
            tasks.append(bl)
    numerals = {bl.section: (re.match(r"[一二三四五六七八九十百]+", bl.section) or [""])[0] for bl in tasks}
    plain = [bl.number for bl in tasks if bl.kind == "item"]
    restart = len(plain) != len(set(plain))
    out = []
    for bl in tasks:
        sec = numerals[bl.section]
        if bl.kind == "sub":
            seq = f"{sec}({bl.number})"
        else:
            seq = f"{sec}.{bl.number}" if restart and sec else bl.number
        out.append((seq, bl))
    return out


def _oneline(s: str) -> str:
    return re.sub(r"\s*\n\s*", "", s).strip()


class _Context:
    def __init__(self, b: _Builder, lexicon: Lexicon, text: str, region: str, year: int | None) -> None:
        self.b, self.lexicon, self.text, self.region, self.year = b, lexicon, text, region, year

    def task(self, seq: str, block: _Block) -> None:
        b, text = self.b, self.text
        own = ann.find(text, block.body, block.end)
        head_end = own.start if own else block.end
        parts = [_oneline(text[block.body:head_end])]
        for sub in block.subs:
            sa = ann.find(text, sub.body, sub.end)
            parts.append(f"（{sub.number}）" + _oneline(text[sub.body:sa.start if sa else sub.end]))
        task_text = " ".join(p for p in (parts[0], "".join(parts[1:])) if p)
        end = max([block.end] + [s.end for s in block.subs])
        ev = b.ev(block.start, self._trim(block.start, end))
        task = b.entity(schema.TASK, schema.task_key(b.doc.key, seq),
                        task_text[:30] + ("…" if len(task_text) > 30 else ""), {
                            "text": task_text, "seq": seq, "deadline": "", "deadlineDate": "",
                            "section": block.section, "document": b.doc.key, "region": self.region}, ev)
        b.relate(schema.PART_OF, task, (schema.DOCUMENT, b.doc.key), {}, ev)
        found = self.responsibility(task, block, own)
        for sub in block.subs:
            found |= self.responsibility(task, sub, ann.find(text, sub.body, sub.end))
        if not found:
            b.issue("plan.no-annotation", f"task {seq} has no 牵头 annotation", block.start, _oneline(text[block.start:end])[:80])

    def _trim(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return end

    def responsibility(self, task, block: _Block, found: ann.Annotation | None) -> bool:
        """Facts from one block's annotation, evidenced by that block; whether it had one."""
        b, text = self.b, self.text
        if found is None:
            return False
        ev = b.ev(block.start, found.end)
        fields, problems = ann.fields(text, found)
        if not found.closed:
            problems.append(ann.Problem("plan.bad-annotation", "annotation bracket is never closed", found.start, text[found.start:found.end]))
        rest = text[found.end:block.end].strip()
        if rest:
            problems.append(ann.Problem("plan.trailing-text", f"text after the annotation was not read: {rest[:40]!r}", found.end, rest))
        for f in fields:
            if f.kind == ann.LEADER:
                names, more = ann.leaders(text, f.value)
                problems += more
                for n in names:
                    self.leader(task, n, f, ev)
            elif f.kind == ann.UNIT:
                for n in ann.names(text, f.value):
                    self.unit(task, n, f.role, ev)
            else:
                self.deadline(task, f.value.text)
        for p in problems:
            b.issue(p.code, p.message, p.start, p.text)
        return bool(fields)

    def leader(self, task, n: ann.Span, f: ann.Field, ev: Evidence) -> None:
        b = self.b
        ref = b.entity(schema.LEADER, schema.leader_key(self.region, n.text), n.text,
                       {"region": self.region, "titles": []}, b.ev(n.start, n.end), n.text)
        b.relate(schema.RESPONSIBLE_FOR, ref, task, {"role": schema.ROLE_LEAD}, ev)
        if self.region:
            b.relate(schema.SERVES_IN, ref, (schema.REGION, self.region), {"title": ""}, b.ev(f.span.start, f.span.end))

    def unit(self, task, n: ann.Span, role: str, ev: Evidence) -> None:
        b = self.b
        name = self.lexicon.department_name(n.text)
        name_ev = b.ev(n.start, n.end)
        region = self.unit_region(n.text, name_ev)
        ref = b.entity(schema.DEPARTMENT, schema.department_key(region, name), name,
                       {"region": region, "kind": department_kind(name)}, name_ev, n.text)
        b.relate(schema.RESPONSIBLE_FOR, ref, task, {"role": role}, ev)
        if region:
            b.relate(schema.PART_OF, ref, (schema.REGION, region), {}, name_ev)

    def unit_region(self, name: str, ev: Evidence) -> str:
        """The issuer's region, or a unit below it that the name starts with (东昌府区人民政府)."""
        info = self.lexicon.region_prefix(name, within=self.region)
        # region_prefix falls back to regions outside `within` (山东高速聊城公司 → 山东省): not ours.
        below = info and (info.key.startswith(self.region + "/") if self.region else name.startswith(info.name))
        if not below:
            return self.region
        self.b.region(self.lexicon, info, ev)
        return info.key

    def deadline(self, task, value: str) -> None:
        e = self.b.entities[task]
        e.props["deadline"] = _oneline(value)
        e.props["deadlineDate"] = parse_deadline(value, self.year)


LOADER = register(Loader(KIND, "重点工作任务分工方案 (task-division plan)", score, parse))
