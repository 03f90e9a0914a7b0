"""The bodies a plan or a document of no known kind names in the sentences of its measures where no bracket
annotates them: 由市质监局、市工商局、市公安局联合发布通告，… (`charges.done_by`), and a sector's department charged by
its sector, 自然资源部门要根据… (`charges.sectors_charged`), the duties a rule's articles give (`duties`, and bodies
working together, 由X会同Y、Z制定…: `joint_duties`), collectives a rule or a prose notice charges (`rule_collectives`), a
body set up with its remit (成立X，具体负责…: `bodies_set_up`), a division of duties body by body under numbered headers
((一)区财政局 / 负责…: `body_headers`), a body told to lead (X牵头建立…，会同…: `leads_told`) and the
sentences with no subject going on with one body's charge (X负责A。负责B。: `charge_goes_on`). Each such sentence is a Task, each body
responsible for it (X牵头: lead; X配合Y: X support), proved by the sentence. A measure read already with someone answering for it (its
bracket, its numbered item's fields) is never read again, nor is a line carrying a bracket of who answers (a rule
stored as one line, 第五条…第六条…, is read article by article).
"""
from __future__ import annotations

import re

from graph import schema
from graph.model import Entity, Evidence, Extraction, Relation
from loaders.kinds.plan_builder import named_region
from loaders.kinds.plan_detection import named_kind
from loaders.recognisers.lexicon import Lexicon, department_kind
from loaders.reading.source import SourceDocument
from loaders.reading.text import one_line
from loaders.structure import annotation as ann
from loaders.structure import (assigned_by, bare_charges, bodies_set_up, body_headers, charge_goes_on, charges, duties, joint_duties, joint_work,
                               lead_lists, leads_told, points_carried, prose_collectives, rule_collectives,
                               role_subjects, sector_duties)
from loaders.structure import responsibility as resp


def told_task(doc: SourceDocument, seq: str, written: str, region: str, ev: Evidence) -> tuple[Entity, Relation]:
    """A task a document tells in its sentences (its text with the line breaks of the page left out), and its PART_OF
    the document; shared with the news and report reader (prose.py)."""
    text = one_line(written)
    task = Entity(schema.TASK, schema.task_key(doc.key, seq), text[:30] + ("…" if len(text) > 30 else ""), (),
                  {"text": text, "seq": "", "deadline": "", "deadlineDate": "", "section": "",
                   "document": doc.key, "region": region}, (ev,))
    return task, Relation(schema.PART_OF, task.ref, (schema.DOCUMENT, doc.key), {}, (ev,))


def told_unit(written: str, region: str, lexicon: Lexicon, ev: Evidence) -> Entity:
    """The Department a sentence names as written (县住建局), keyed under the document's region, or the region its
    own name places it in (plan_builder.named_region: 由广东省人民政府承担 in a State Council reply)."""
    name = lexicon.department_name(written)
    info = named_region(lexicon, written, region)
    region = info.key if info else region
    return Entity(schema.DEPARTMENT, schema.department_key(region, name), name, (written,),
                  {"region": region, "kind": department_kind(name)}, (ev,))


# An article's number inline (第五条  市发展改革委…负责…。第六条  …: a rule stored as one line): each article is a unit.
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+条")


def _unit_of(text: str, a: int, b: int) -> tuple[int, int]:
    """The line holding text[a:b], or the article of it where the line runs several articles together."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    for m in _ARTICLE.finditer(text, start, end):
        if m.start() <= a:
            start = m.start()
        elif m.start() >= b:
            return start, m.start()
    return start, end


def _annotated(text: str, a: int, b: int, names: tuple[int, int], lead_first: bool) -> bool:
    """Whether text[a:b] says in a bracket (or a field) who answers, outside the names of the bodies charged (a second
    name in brackets, 市发展改革委（市粮食和物资储备局）, is no annotation)."""
    at = a
    while (f := ann.find(text, at, b)) is not None:
        if not names[0] <= f.start < names[1]:
            return True
        at = max(f.end, at + 1)
    return any(not names[0] <= u.start < names[1] for u in resp.find(text, a, b, lead_first))


def _charges_in_prose(text: str, answered: list) -> bool:
    """Whether a document charges its bodies in its sentences (X要…): no bracket it carries names who answers, and it is
    not a division of tasks or a list of pledges by its title, whose bureaus' 要… are the covering notice's closing
    requirements (the tasks are in its list), nor a report of progress, whose X对…进行检查 tells what happened."""
    return not answered and named_kind(text) not in ("division_plan", "commitment_table", "progress_report")


def add(ex: Extraction, doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    """ex with the measures its sentences charge to bodies (`charges.done_by`, `charges.sectors_charged`) added."""
    view = doc.clean
    text = view.text
    region = ex.document.region
    answered = [(ev.start, ev.end) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR for ev in r.evidence]
    lead_first = resp.convention(text)
    entities = {e.ref: e for e in ex.entities}
    relations: dict[tuple, Relation] = {}
    for r in ex.relations:      # (a unit a plan names in two roles on one task keeps both: plan_builder.relate's `apart`)
        k = (r.type, r.source, r.target)
        relations[k + (r.props.get("role"),) if k in relations else k] = r
    seen: set[tuple[str, tuple[str, ...]]] = set()
    # (bodies acting together, X联合Y负责…, read by `joint_work` in place of the other readings of their clause)
    done = charges.done_by(text)
    prose = _charges_in_prose(text, answered)
    found = (done + charges.sectors_charged(text) + duties.told(text, yao=prose) + duties.by_last(text) + assigned_by.assigned(text)
             + joint_duties.with_others(text) + lead_lists.led(text, done) + rule_collectives.charged(text, prose)
             + sector_duties.charged(text, prose)
             + bodies_set_up.set_up(text) + body_headers.headed(text) + (leads_told.told(text) + bare_charges.told(text) + prose_collectives.charged(text)
                                                         + role_subjects.charged(text)
                                                         + points_carried.carried(text) if prose else []))
    # (and the sentences with no subject going on with one body's charge: X负责A。负责B。)
    for k, (units, task) in enumerate(joint_work.together(text, found + charge_goes_on.goes_on(text, found)), 1):
        line_start, line_end = _unit_of(text, min(task.start, *(u.name.start for u in units)), task.end)
        at, _ = view.span(task.start, task.end)
        names = (min(u.name.start for u in units), max(u.name.end for u in units))
        if any(a <= doc.base + at < b for a, b in answered) or _annotated(text, line_start, line_end, names, lead_first):
            continue        # (read already, or its line says in a bracket who answers)
        # (what is said after the bodies, 由X进行…; or, for bodies named after what they do, …由X负责, the measure)
        named = max(u.name.end for u in units)
        # (a sentence going on with the charge, X负责A。负责B。, is said by itself)
        said = text[named:task.end] if named < task.end and not re.search(r"[。；;]", text[named:task.start]) else task.text
        # (with the roles: X牵头A，B — X leads A and answers for B, two measures)
        # (bodies named inside their measure with no more than a decision after them, …的，由X进行审核: the case before
        # them tells two such measures apart; what they do told at length tells it, 并由物价部门进行测算评估和核准)
        first = re.split(r"[，,]", said)[0]
        case = text[task.start:names[0]] if task.start < names[0] and len(first) <= 6 else ""
        once = (case + first, tuple((u.name.text, u.role) for u in units))
        if once in seen:
            continue        # (the same measure told twice: 并由物价部门进行测算评估和核准, under two headings)
        seen.add(once)
        ev = doc.evidence(view, min(u.name.start for u in units), task.end, sentence=True)
        task_entity, part = told_task(doc, f"done-by-{k}", task.text, region, ev)
        ref = task_entity.ref
        entities[ref] = task_entity
        relations[(part.type, part.source, part.target)] = part
        for u in units:
            dept = told_unit(u.name.text, region, lexicon, doc.evidence(view, u.name.start, u.name.end, sentence=True))
            if dept.ref not in entities:
                entities[dept.ref] = dept
            rel = Relation(schema.RESPONSIBLE_FOR, dept.ref, ref, {"role": u.role}, (ev,))
            relations[(rel.type, rel.source, rel.target)] = rel
    return Extraction(ex.document, tuple(entities.values()), tuple(relations.values()), ex.issues)
