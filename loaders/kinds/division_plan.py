"""Task-division plans (重点工作任务分工方案): clean text → Extraction of tasks and who answers for them.

Sits between detection and resolution: `score` tells the registry how much a text looks
like a plan; `parse` turns one into Tasks, Leaders, Departments and Regions with evidence.
The annotation fields themselves are read by loaders/structure/annotation.py.

Counting rule. A task is a numbered item (`1.`, `11、`). Sub-items `(1)`, `（2）` are part of
their item's task, not tasks of their own: their text is appended to the item's text and
their annotations make the item's responsibility facts, each with the sub-item as evidence.
So the 聊城 2021 plan has 150 tasks, one per number 1–150; item 8 (各类约束性指标…) carries
its sub-items 安全生产 and 节能减排, whose annotations are its only ones. Where a document's
numbered items carry no annotations of their own and an item only heads sub-items that each
carry theirs (1.约束性指标。 ⑴…责任单位：A ⑵…责任单位：B), each sub-item is a task. A sub-item with
no numbered item above it in its section is a task itself (seq "一(1)"). An item whose measures
each close with their own bracket, labelled or not, gives one task per bracket under its number.
When item numbers restart in each section, seqs are section-qualified ("二.3") so task keys stay unique.
The document's head (issuer, date, the region it names, where its items end) is read by plan_head.py.
"""
from __future__ import annotations

import dataclasses
import re

from graph import schema
from graph.model import DocumentInfo, Evidence, Extraction
from loaders.structure import annotation as ann
from loaders.structure import items, portfolio, shared_fields, stated_units
from loaders.structure import responsibility as resp
from loaders.structure import unbracketed
from loaders.recognisers.dates import document_year, parse_deadline
from loaders.recognisers import officials
from loaders.recognisers.lexicon import Lexicon, department_kind
from loaders.kinds.base import Loader
from loaders.kinds import plan_head as head, sentence_charges
from loaders.kinds.plan_builder import PlanBuilder, named_region, portfolio_names, titled_officials
from loaders.reading.source import SourceDocument
from loaders.reading.text import one_line
from loaders.kinds.plan_detection import score, score_action

KIND = "division_plan"

ACTION_KIND = "action_plan"

def parse(doc: SourceDocument, lexicon: Lexicon, kind: str = KIND, told: bool = False) -> Extraction:
    """A plan's tasks; with `told`, a task whose item has no annotation takes who answers from its
    sentence (由X牵头，…), as reports on the 民生实事 write it."""
    view = doc.clean
    text = view.text
    b = PlanBuilder(doc, view)
    lines = head.lines_of(text)
    stated = head.read_head(doc.plain.text, text, lines, lexicon)
    title, body_start, issuer, number, date = stated.title, stated.body_start, stated.issuer, stated.number, stated.date
    region = b.placed(lexicon, stated.region, stated.issuer_line, stated.notes)
    info = DocumentInfo(doc.key, doc.source, doc.sha256, doc.encoding, kind, title=title, issuer=issuer,
                        number=number, date=date, region=region)

    year = int(date[:4]) if date else document_year(text)
    ctx = _Context(b, lexicon, text, region, year, told)
    if told and (own := head.own_items_body(lines)):
        ctx.owner = ann.Span(*own)
    body_end = head.body_end(lines, text, body_start)
    forest = items.blocks(text, body_start, body_end)
    if not ctx.plan(forest) + ctx.duties(forest) + ctx.paragraphs(forest, body_start, body_end):
        b.issue("plan.no-items", "no numbered task items found", body_start)
    titled_officials(b, lexicon, text, region)
    return Extraction(info, tuple(b.entities.values()), tuple(b.relations.values()), tuple(b.issues))


class _Context:
    def __init__(self, b: PlanBuilder, lexicon: Lexicon, text: str, region: str, year: int | None, told: bool = False) -> None:
        self.b, self.lexicon, self.text, self.region, self.year, self.told = b, lexicon, text, region, year, told
        self.lead_first = resp.convention(text)
        self.sole_leads = resp.sole_units_lead(text)     # 无牵头单位的，责任单位即为牵头单位
        self.keys: set[str] = set()
        self.standing: list = [(n, role, b.ev(*at)) for n, role, at in stated_units.stated(text)]    # (下同; 除注明外…都是配合单位)
        self.groups = unbracketed.group_closers(text, self.lead_first)     # 上述项目由区X局牵头负责。
        self.forest: list[items.Block] = []
        self._items_answer: int | None = None
        self._led: list | None = None
        self.owner: ann.Span | None = None     # the body a report's title says reports on its own items

    def plan(self, forest: list[items.Block]) -> int:
        """Every task of the forest; how many there were."""
        numbers = [bl.number for bl in items.walk(forest) if bl.style == "ar"]
        self.qualify = len(numbers) != len(set(numbers))
        self.forest, self._items_answer = forest, None
        # 区委办公室（8项）: a line heading the items under it with their unit, up to the next such line
        heads = unbracketed.unit_headers(self.text, 0, forest[-1].last if forest else 0)
        return sum(self.block(bl, [(h.name, h.role, self.b.ev(h.name.start, h.name.end)) for h in unbracketed.heading(heads, bl)])
                   for bl in forest if not self.leader_headed(bl))

    def led(self) -> list:
        """The duties of a division of work among leaders (portfolio.read), read once."""
        if self._led is None:
            self._led = portfolio.read(self.text, portfolio_names(self.text, officials.find(self.text, self.lexicon).mentions))
        return self._led

    def leader_headed(self, bl: items.Block) -> bool:
        """An item headed by its leader (一、翁玉耀党组书记、主任：主持…工作。): its sentences are the leader's portfolio."""
        return portfolio.heads_item(self.text, bl.body, self.led())

    def duties(self, forest: list[items.Block]) -> int:
        """A division of work among leaders (副市长张三：负责…，分管…) or bodies (区统计局：负责…, a body a line) outside
        the numbered items (a body's line may stand under a section's heading, 三、责任分工): each portfolio a task its
        leader or body is responsible for."""
        led = [(d, self.leader, None) for d in self.led()]
        bodies = [(d, self.unit, ("cn", "pcn", "ord")) for d in portfolio.body_lines(self.text)]
        blocks = [bl for bl in items.walk(forest) if not self.leader_headed(bl)]    # (a leader's item holds duties)
        n = 0
        for d, answer, headings in led + bodies:
            if any(bl.start <= d.task.start < bl.last for bl in blocks if bl.style not in (headings or ())):
                continue
            n += 1
            ev = self.b.ev(min(d.who.start, d.task.start), d.task.end)
            task = self.new_task(f"duty-{n}", one_line(d.task.text), None, ev)
            self.b.entities[task].props["seq"] = ""      # a portfolio is not numbered
            answer(task, d.who, d.role, ev)
        return n

    def paragraphs(self, forest: list[items.Block], start: int, end: int) -> int:
        """Measures written as paragraphs without numbers, outside the numbered items, each closed by its
        annotation (加强科技创新主体培育。…体系。（市科技局牵头负责，市财政局配合）): each a task, its seq empty."""
        spans = [(bl.start, bl.last) for bl in items.walk(forest)]
        return sum(self.task(items.Block("para", "", 0, a, a, z), [], [])
                   for a, z in unbracketed.closed_paragraphs(self.text, start, end, self.lead_first) if not any(s <= a < e for s, e in spans))

    def block(self, bl: items.Block, inherited: list) -> int:
        """Tasks of one block and those under it; `inherited` is who the headers above put in charge."""
        text = self.text
        own_end = bl.children[0].start if bl.children else bl.end
        if bl.style == "ar" and not self.subs_answer(bl, own_end):
            return self.task(bl, list(items.walk(bl.children)), inherited)
        if not bl.children:
            if (headed := self.headed_paragraph(bl)) is not None:
                # （一）省监察厅牵头的工作 / 加强行政监察工作…: the header's line puts someone in charge of the
                # paragraph under it, which is the task.
                body, names = headed
                return self.task(dataclasses.replace(bl, body=body), [], list(inherited) + names)
            # Headers and paragraphs numbered 一、/（一） are tasks only when something answers for them.
            # (in a report, also when its sentence tells who leads it: （一）…危桥改造 主要内容：由县交通运输局牵头，…)
            if inherited or self._answers(bl.body, bl.end) or (
                    self.closer(bl) and bl.parent is not None) or self.told and unbracketed.told(text, bl.body, bl.end, self.lead_first):
                return self.task(bl, [], inherited)
            return 0
        if self.told and unbracketed.told(text, bl.body, own_end, self.lead_first) and not any(
                self._answers(c.body, c.end) for c in items.walk(bl.children)):
            # （一）危桥改造 主要内容：由县交通运输局牵头… 完成情况：1.…2.…: in a report, an item telling who leads it
            # is the task; the numbered lines under it tell how it stands.
            return self.task(bl, [], inherited)
        # A header: whatever responsibility it names holds for every task beneath it.
        here = list(inherited) + self.header(bl, own_end)
        shared = [(n, role, self.b.ev(*at)) for n, role, at in shared_fields.units(text, bl, self.lead_first)]    # (1.… 2.… 协同单位：…)
        return sum(self.block(c, here + (shared if k + 1 < len(bl.children) else [])) for k, c in enumerate(bl.children))

    @property
    def items_answer(self) -> int:
        """How many 1.-numbered items carry their own annotation: where they do, the document's tasks are
        its numbered items, and sub-items belong to their item. Counted once, and only when an item heads
        sub-items (most plans never ask)."""
        if self._items_answer is None:
            self._items_answer = sum(1 for bl in items.walk(self.forest) if bl.style == "ar" and self._answers(
                bl.body, bl.children[0].start if bl.children else bl.end))
        return self._items_answer

    def subs_answer(self, bl: items.Block, own_end: int) -> bool:
        """Whether a numbered item is a heading over sub-items that each carry their own annotation, or head
        sub-items that all do ((2)住房安全方面。①…责任单位：A ②…), in a document whose numbered items do not carry
        theirs (1.约束性指标。 ⑴…责任单位：A ⑵…责任单位：B): then each sub-item is a task, not a part of it."""
        def answers(c: items.Block) -> bool:
            return self._answers(c.body, c.children[0].start if c.children else c.end) or bool(c.children) and all(map(answers, c.children))
        return len(bl.children) >= 2 and self.items_answer < 2 and not self._answers(bl.body, own_end) and all(map(answers, bl.children))

    def _answers(self, start: int, end: int) -> bool:
        """Whether text[start:end] carries an annotation of who answers for it."""
        return bool(ann.find(self.text, start, end) or resp.find(self.text, start, end, self.lead_first)
                    or unbracketed.own_lines(self.text, start, end, self.lead_first))     # (由X负责落实, a line of its own)

    def headed_paragraph(self, bl: items.Block) -> tuple[int, list] | None:
        """Where a block with no sub-items opens with a line saying who is in charge (省审计厅牵头的工作) and
        goes on below it: where its task starts, and who that line names; else None."""
        line_end = self.text.find("\n", bl.body, bl.end)
        if line_end < 0 or not self.text[line_end:bl.end].strip() or not resp.header(self.text, bl.body, line_end):
            return None
        body = line_end + len(self.text[line_end:bl.end]) - len(self.text[line_end:bl.end].lstrip())
        return body, self.header(bl, line_end)

    def header(self, bl: items.Block, end: int) -> list:
        text = self.text
        out = []
        # (a header's own line: 一、孟学农省长负责的工作, its sentence below it 全面负责…的落实。 apart)
        line_end = text.find("\n", bl.body, end)
        got, head_end = resp.header(text, bl.body, end), end
        if not got and line_end > 0 and (got := resp.header(text, bl.body, line_end)):
            head_end = line_end
        if got:
            names, verb = got
            role = schema.ROLE_LEAD if verb in resp.HEADER_LEADS else schema.ROLE_RESPONSIBLE
            ev = self.b.ev(bl.start, self._trim(bl.start, head_end))
            out += [(n, role, ev) for n in names]
            out += [(n, schema.ROLE_SUPPORT, ev) for n in resp.assistants(text, bl.body, head_end)]
        for u in resp.find(text, bl.body, end, self.lead_first):
            ev = self.b.ev(bl.start, u.end)
            out += [(n.name, n.role, ev) for n in u.units]
        return out

    def closer(self, bl: items.Block) -> unbracketed.Group | None:
        """The sentence that closes the group of projects this block is in (上述项目由…牵头负责), if
        one does: the first after it, inside the same section."""
        g = next((g for g in self.groups if g.start >= bl.body), None)
        if g is None or bl.parent is not None and g.start >= bl.parent.last:
            return None
        return g

    def _key(self, seq: str) -> str:
        key, k = seq, 1
        while key in self.keys:
            k += 1
            key = f"{seq}#{k}"
        self.keys.add(key)
        return key

    def task(self, block: items.Block, subs: list[items.Block], inherited: list) -> int:
        """One numbered item as a task (or several: one per unlabelled annotation in it)."""
        b, text = self.b, self.text
        own_end = block.children[0].start if block.children else block.end
        group = self.closer(block)
        own_end = min(own_end, group.start) if group else own_end     # (the sentence closing the group is not the task's)
        seq = items.seq(block, self.qualify)
        unl = resp.find(text, block.body, own_end, self.lead_first)
        for u in resp.unread(text, block.body, own_end, self.lead_first):
            b.issue("plan.unread-annotation", f"bracket names a role but its units were not read: {u.text[:40]!r}", u.start, u.text)
        own = ann.find(text, block.body, own_end)
        if unl and not (own and own.start < unl[0].start):
            return self.measures(block, seq, unl, inherited)
        if own and own.bracketed and not subs and len(labelled := self.labelled(own, own_end)) >= 2:
            return self.labelled_measures(block, seq, labelled, own_end, inherited)
        said = [] if own or group else (unbracketed.told if self.told else unbracketed.own_lines)(text, block.body, own_end, self.lead_first)
        head_end = own.start if own else said[0].start if said else own_end
        if self.told and (status := ann.STATUS_LINE.search(text, block.body, head_end)):
            head_end = status.start()       # (a report's 进展情况：… line is how the task stands, not the task)
        body = items.article_start(text, block.body, head_end) if own else block.body     # (第九条 closed by its own bracket)
        parts = [one_line(text[body:head_end]).rstrip("，, ")]     # (the comma before an inline field)
        sub_anns = []
        for sub in subs:
            s_end = sub.children[0].start if sub.children else sub.end
            sa = ann.find(text, sub.body, s_end)
            su = resp.find(text, sub.body, s_end, self.lead_first) if not sa else []
            sub_anns.append((sub, sa, su, s_end))
            cut = sa.start if sa else (su[0].start if su else s_end)
            parts.append(items.label(sub) + one_line(text[sub.body:cut]))
        annotated = [k for k, (_, sa, su, _) in enumerate(sub_anns) if sa or su]
        if own is None and len(subs) >= 2 and annotated == [len(subs) - 1] and all(not x.children for x in subs):
            return self.group(seq, sub_anns, inherited)
        task_text = " ".join(p for p in (parts[0], "".join(parts[1:])) if p)
        end = block.last
        ev = b.ev(block.start, self._trim(block.start, end))
        task = self.new_task(seq, task_text, block, ev)
        found = self.responsibility(task, block.start, own, own_end)
        for sub, sa, su, s_end in sub_anns:
            found |= self.responsibility(task, sub.start, sa, s_end)
            for u in su:
                found = True
                self.unlabelled(task, u, b.ev(sub.start, u.end))
        found |= self.inherit(task, inherited)
        for n in group.units if group else ():
            found = True
            self.who(task, n.name, n.role, b.ev(group.start, group.end))
        for u in said:
            found = True
            self.unlabelled(task, u, b.ev(block.start, u.end))
        if not found and self.owner:
            # (a body's report on its own items: it answers for those that name no one else)
            title_end = text.find("\n", self.owner.end)
            self.unit(task, self.owner, schema.ROLE_RESPONSIBLE,
                      b.ev(text.rfind("\n", 0, self.owner.start) + 1, title_end if title_end >= 0 else len(text)))
        elif not found:
            b.issue("plan.no-annotation", f"task {seq} has no 牵头 annotation", block.start, one_line(text[block.start:end])[:80])
        return 1

    def group(self, seq: str, sub_anns: list, inherited: list) -> int:
        """Sub-items (1)…(4) followed by one annotation: it holds for each of them, and each is a task."""
        b, text = self.b, self.text
        last, sa, su, s_end = sub_anns[-1]
        for k, (sub, _, _, end) in enumerate(sub_anns):
            cut = (sa.start if sa else su[0].start) if k == len(sub_anns) - 1 else end
            ev = b.ev(sub.start, self._trim(sub.start, cut))
            task = self.new_task(seq + items.seq(sub, False), one_line(text[sub.body:cut]), sub, ev)
            if sa:
                self.responsibility(task, last.start, sa, s_end, log=(k == 0))
            for u in su:
                self.unlabelled(task, u, b.ev(last.start, u.end))
            self.inherit(task, inherited)
        return len(sub_anns)

    def labelled(self, first: ann.Annotation, end: int) -> list[ann.Annotation]:
        """The labelled brackets of an item, each closing its own measure (…。（牵头单位：A）…。（牵头单位：B）):
        brackets that follow one another with nothing between are one annotation (【牵头单位：】【配合单位：】)."""
        out, found = [first], first
        while (nxt := ann.find(self.text, found.end, end)) is not None and nxt.bracketed:
            between = self.text[found.end:nxt.start].strip()
            if between and len(between) < 4:
                break
            if between:
                out.append(nxt)
            found = nxt
        return out

    def labelled_measures(self, block: items.Block, seq: str, found: list[ann.Annotation], end: int, inherited: list) -> int:
        """An item whose measures each close with their own labelled bracket: one task per bracket, its
        text the span since the previous one (as the bare (X牵头，Y配合) measures)."""
        b, text = self.b, self.text
        start = items.article_start(text, block.body, found[0].start)
        for k, a in enumerate(found):
            stop = found[k + 1].start if k + 1 < len(found) else end
            own_end = self._annotation_end(a, stop)     # (with the brackets right after it)
            task_text = one_line(text[start:a.start]).lstrip("。；;，, ")
            ev = b.ev(block.start if start == block.body else start, own_end)
            task = self.new_task(seq, task_text, block, ev)
            self.responsibility(task, block.start if start == block.body else start, a, own_end)
            self.inherit(task, inherited)
            start = own_end
        return len(found)

    def _annotation_end(self, a: ann.Annotation, stop: int) -> int:
        """Where an annotation ends with the brackets that follow it directly (【牵头单位：】【配合单位：】)."""
        end = a.end
        while (nxt := ann.find(self.text, end, stop)) is not None and nxt.bracketed and not self.text[end:nxt.start].strip():
            end = nxt.end
        return end

    def measures(self, block: items.Block, seq: str, unl: list, inherited: list) -> int:
        """An item whose sentences each end with their own （X牵头，Y配合）: one task per annotation,
        its text the span since the previous annotation."""
        b, text = self.b, self.text
        start = items.article_start(text, block.body, unl[0].start) if unl else block.body
        for u in unl:
            task_text = one_line(text[start:u.start]).lstrip("。；;，, ")
            ev = b.ev(block.start if start == block.body else start, u.end)
            task = self.new_task(seq, task_text or one_line(text[block.body:u.start]), block, ev)
            self.unlabelled(task, u, ev)
            self.inherit(task, inherited)
            start = u.end
        return len(unl)

    def new_task(self, seq: str, task_text: str, block: items.Block, ev: Evidence):
        b = self.b
        section = ""
        p = block.parent if block else None
        while p is not None:
            if p.style == "cn":
                section = re.sub(r"\s+", "", self.text[p.start:p.end])
            p = p.parent
        task = b.entity(schema.TASK, schema.task_key(b.doc.key, self._key(seq)),
                        task_text[:30] + ("…" if len(task_text) > 30 else ""), {
                            "text": task_text, "seq": seq, "deadline": "", "deadlineDate": "",
                            "section": section, "document": b.doc.key, "region": self.region}, ev)
        b.relate(schema.PART_OF, task, (schema.DOCUMENT, b.doc.key), {}, ev)
        return task

    def unlabelled(self, task, u: resp.Unlabelled, ev: Evidence) -> None:
        """Who an unlabelled annotation names, and when, where it says (（X牵头，Y配合，6月底前完成）)."""
        for n in u.units:
            self.who(task, n.name, n.role, ev)
        if u.deadline:
            self.deadline(task, u.deadline)

    def inherit(self, task, inherited: list) -> bool:
        for name, role, ev in self.standing:
            self.unit(task, name, role, ev, standing=True)
        for name, role, ev in inherited:
            self.who(task, name, role, ev)
        return bool(inherited)

    def who(self, task, name: ann.Span, role: str, ev: Evidence) -> None:
        """A unit, or a leader where the name is a person's (王五副市长牵头)."""
        person = ann.person(name.text)
        if person and not resp.looks_like_unit(name.text):
            at = name.start + max(0, name.text.find(person))
            self.leader(task, ann.Span(person, at, at + len(person)), role, ev)
        else:
            self.unit(task, name, role, ev)

    def _trim(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return end

    def responsibility(self, task, start: int, found: ann.Annotation | None, end: int, log: bool = True) -> bool:
        """Facts from one block's labelled annotation, evidenced by that block; whether it had one."""
        b, text = self.b, self.text
        if found is None:
            return False
        fields, problems = [], []
        # One bracket a field (【牵头单位：…】\n【配合单位：…】): the brackets that follow it are the same annotation.
        while True:
            got, more = ann.fields(text, found)
            fields, problems = fields + got, problems + more
            if not found.closed:
                problems.append(ann.Problem("plan.bad-annotation", "annotation bracket is never closed", found.start, text[found.start:found.end]))
            nxt = ann.find(text, found.end, end) if found.bracketed else None
            if nxt is None or not nxt.bracketed or text[found.end:nxt.start].strip():
                break
            found = nxt
        ev = b.ev(start, found.end)
        rest = text[found.end:end].strip()
        if rest:
            problems.append(ann.Problem("plan.trailing-text", f"text after the annotation was not read: {rest[:40]!r}", found.end, rest))
        for f in fields:
            if f.kind == ann.LEADER:
                names, more = ann.leaders(text, f.value)
                problems += more
                for n in names:
                    self.leader(task, n, f.role, ev, f)
            elif f.kind == ann.UNIT:
                units, standing, when = resp.field_units(text, f.value, f.role, self.lead_first)
                if when is not None and not any(g.kind == ann.DEADLINE for g in fields):
                    self.deadline(task, when.text)
                led = any(g.kind == ann.UNIT and g.role == schema.ROLE_LEAD for g in fields)
                for u in units:
                    n, lead = resp.marked_lead(u.name)
                    lead = lead or (self.sole_leads and not led and u.role == schema.ROLE_RESPONSIBLE)
                    self.unit(task, n, schema.ROLE_LEAD if lead else u.role, ev, apart=True)
                self.standing += [(n, schema.ROLE_RESPONSIBLE, b.ev(f.span.start, f.span.end)) for n in standing]
                for n in standing:
                    self.unit(task, n, schema.ROLE_RESPONSIBLE, ev, standing=True)
            elif f.kind == ann.CLAUSES:
                units = resp.read(text, f.value.start, f.value.end, self.lead_first, bare=True)
                if units is None:
                    problems.append(ann.Problem("plan.bad-annotation", f"cannot read {f.label} {f.value.text!r}", f.value.start, f.value.text))
                for n in units or []:
                    self.who(task, n.name, n.role, ev)
            else:
                self.deadline(task, f.value.text)
        for p in problems if log else ():
            b.issue(p.code, p.message, p.start, p.text)
        return bool(fields)

    def leader(self, task, n: ann.Span, role: str, ev: Evidence, f: ann.Field | None = None) -> None:
        b = self.b
        ref = b.entity(schema.LEADER, schema.leader_key(self.region, n.text), n.text,
                       {"region": self.region, "titles": []}, b.ev(n.start, n.end), n.text)
        b.relate(schema.RESPONSIBLE_FOR, ref, task, {"role": role}, ev)
        if self.region:
            span = f.span if f else n
            b.relate(schema.SERVES_IN, ref, (schema.REGION, self.region), {"title": ""}, b.ev(span.start, span.end))

    def unit(self, task, n: ann.Span, role: str, ev: Evidence, standing: bool = False, apart: bool = False) -> None:
        b = self.b
        name = self.lexicon.department_name(n.text)
        name_ev = b.ev(n.start, n.end)
        region = self.unit_region(n.text, name_ev)
        ref = b.entity(schema.DEPARTMENT, schema.department_key(region, name), name,
                       {"region": region, "kind": department_kind(name)}, name_ev, n.text)
        if not (standing and (schema.RESPONSIBLE_FOR, ref, task) in b.relations):     # (a standing rule never overrides
            b.relate(schema.RESPONSIBLE_FOR, ref, task, {"role": role}, ev, apart)  # the task's own role: 配合单位：X。以下均需X负责)
        if region:
            b.relate(schema.PART_OF, ref, (schema.REGION, region), {}, name_ev)

    def unit_region(self, name: str, ev: Evidence) -> str:
        """The issuer's region, or the one the unit's own name places it in (plan_builder.named_region)."""
        info = named_region(self.lexicon, name, self.region)
        if not info:
            return self.region
        self.b.region(self.lexicon, info, ev)
        return info.key

    def deadline(self, task, value: str) -> None:
        e = self.b.entities[task]
        e.props["deadline"] = one_line(value)
        e.props["deadlineDate"] = parse_deadline(value, self.year)


def annotated(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    """The tasks of a document of another kind that carry responsibility annotations wherever they
    stand (a notice, a policy with a 考评指标 annex): only the tasks someone answers for, no
    complaint about the items nobody does."""
    ex = parse(doc, lexicon)
    answered = {r.target for r in ex.relations if r.type == schema.RESPONSIBLE_FOR}
    entities = tuple(e for e in ex.entities if e.label != schema.TASK or e.ref in answered)
    refs = {e.ref for e in entities} | {(schema.DOCUMENT, doc.key)}
    relations = tuple(r for r in ex.relations if r.source in refs and r.target in refs)
    issues = tuple(i for i in ex.issues if i.code not in ("plan.no-items", "plan.no-annotation"))
    return Extraction(ex.document, entities, relations, issues if answered else ())


def parse_action(doc: SourceDocument, lexicon: Lexicon) -> Extraction:     # (and 由X… in a measure's sentence)
    return sentence_charges.add(parse(doc, lexicon, ACTION_KIND), doc, lexicon)


LOADER = Loader(KIND, "重点工作任务分工方案 (task-division plan)", score, parse)
ACTION_LOADER = Loader(ACTION_KIND, "行动方案/实施方案/若干措施 (action plan: measures with 牵头/配合 units)",
                                score_action, parse_action)

# The kinds this module reads, for the registry (loaders/registry.py).
LOADERS = (
    LOADER,
    ACTION_LOADER,
)
