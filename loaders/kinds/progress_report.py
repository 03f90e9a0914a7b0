"""Progress reports (推进情况, 进展情况, 落实情况 of tasks set earlier) → the plan's tasks, who answers for them, and how each stands.

A report on how tasks are going repeats each task with its annotation (牵头单位：…) and
then says where it stands: after the annotation (…（牵头单位：市教育局）。目前已开工9所…)
or on a line of its own (进展情况：已完成改造186个。). The tasks and their responsible units
are read as a plan's (division_plan.parse); this kind adds each task's `status`, the text
between its annotation and the next item, and marks the document a progress report.
Reports set out as a table (a 推进情况 column) are read by responsibility_table.py.
"""
from __future__ import annotations

import dataclasses
import itertools
import re

from graph import schema
from graph.model import Entity, Extraction, Relation
from loaders.kinds import division_plan as plan, kind_cues, prose, sentence_charges
from loaders.kinds.plan_detection import (congress_review, convened, names_action, names_division, opening, progress_figures,
                                          score_action, title_lines, without_crumbs)
from loaders.recognisers.lexicon import Lexicon
from loaders.recognisers.official_names import name_problem
from loaders.kinds.base import Loader
from loaders.reading import portal
from loaders.reading.column_labels import label_kind
from loaders.structure import acting_bodies, annotation as ann, unbracketed
from loaders.structure.responsibility import RESPONSIBLE
from loaders.reading.source import SourceDocument

KIND = "progress_report"
# A title or opening that says the document reports progress; a status line's label.
_TITLE = re.compile(r"(?:推进|进展|落实|完成|办理|实施|执行|整改)(?:工作)?(?:与成效|和成效)?(?:情况|进度)|工作进展|进展通报|成绩单")
_STATUS_LABEL = re.compile(rf"^\s*[。；;，,]?\s*{ann.STATUS_WORDS}\s*[：:]\s*")
# Words by which a sentence says how far a task has gone.
_STATUS_CUE = re.compile(r"已于|已(?:全部|整改|办结|完成|开工|建成|启动|实现|新增|投入|竣工|开展|落实|全面|基本|累计)|正在|正按|截至|截止|目前|完成(?:年度|全年)?(?:目标|计划|任务)?的?\d|"
                         r"完成[^，。；\n]{2,12}\d|(?:全部|均已?)(?:办理)?(?:完成|办结)|同比增长|比上年同期(?:增长|下降)|完成率|进度|推进中|未完成|滞后|序时|推进缓慢|正常推进|有序推进|顺利推进|提前完成|超额完成")
_NEXT_ITEM = re.compile(r"\n\s*(?:\d{1,3}\s*[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+\s*、|第[一二三四五六七八九十]+)")
_MAX_STATUS = 300
# A status label run on after the item's sentence (1.领办项目：…项目。工作进展：解决中。…), a field line of its own lost.
_STATUS_AFTER_SENTENCE = re.compile(rf"(?<=[。；;])[ \t]*{ann.STATUS_WORDS}[ \t]*[：:]")
# A task's responsibility annotation, in any of the plan's forms (牵头单位：, 责任单位：, 责任领导：, X牵头).
FIELD = re.compile(r"(?:牵头|责任|配合|协办|主办|分管|包抓)(?:[省市县区]级?)?(?:单位|部门|领导|人)\s*[：:]|[^\s（(，,、]{2,20}牵头[，,；;）)]")
# A field after the task's comma or full stop, to its sentence's end: …工程，牵头部门：市交通局。 …3所。牵头单位：区教育局。
# (…，责任单位：市住建局，已全面完工。: the field ends before the status run on after its units)
_INLINE = re.compile(rf"[，,。]\s*(?:牵头|责任|配合|主办)(?:单位|部门)\s*[：:][^。\n]{{1,60}}?(?:。|(?={ann.STATUS_AFTER.pattern}))")
# The units in brackets after an item's title, the item going on with its progress: （一）城区学校建设项目（县教育局），已完成…
_TITLE_UNITS = re.compile(r"(?:^|[）)．.、])\s*[^，,。；;：:\n（()）]{2,40}[（(][^）)\n]{2,40}[）)](?=\s*[，,：:])")
_ANNOTATION = re.compile(r"[（(〔【\[][^）)〕】\]\n]*(?:牵头|责任|配合|协办|负责|主办)[^）)〕】\]\n]*[）)〕】\]]")


# A plan asking to be told of its progress (将项目进展情况于每月25日书面报告, 及时报送推进情况), or to weigh it
# (将项目实施情况纳入目标绩效管理考核), or a congress going to ask about it (围绕…实施情况开展专题询问): not a report.
_ASKED = re.compile(r"[^。；;\n]{0,24}?(?:报送|上报|报告|报给|反馈|报县|报市|报省|报区|纳入|作为[^。；;\n]{0,8}?考核|询问)"
                    r"|[^。；;\n]{0,12}?[？?]")     # (您想了解哪几项民生实事的进展情况？ asks)


# … or asking for it before naming it (及时向市重大办反馈实事项目的进展情况), or demanding it (二、加强统筹推进，确保办理进度:
# a notice's requirement, not a report of how far the work has gone).
# (a demand governs the progress word it stands close before: 确保办理进度; 保障性住房建设进展 is no demand)
# (or to be reported at set times: 按月通报完成情况, 定期调度推进情况)
_ASKING = re.compile(r"(?:报送|上报|反馈)[^。；;，,\n]{0,16}$|(?:确保|加快|保证|保障(?!性))[^。；;，,\n]{0,2}$"
                     r"|(?:按月|按季|按周|定期|每月|每季度?|每周|适时)(?:通报|调度|听取|督查|检查)[^。；;，,\n]{0,16}$")


def _told_progress(s: str, said: re.Pattern = _TITLE) -> bool:
    """Whether s says it reports progress (…推进情况, 工作进展), not only asks to be told of it."""
    return any(not _ASKED.match(s, m.end()) and not _ASKING.search(s, max(0, m.start() - 24), m.start())
               for m in said.finditer(s))


def score(text: str) -> float:
    """Annotated tasks (two or more 牵头单位：/责任单位：/X牵头 annotations) in a document that reports
    their progress: a title that says so, or status lines (进展情况：…). Scored above the plan it repeats."""
    if congress_review(text) and not convened(text):     # (a meeting held on them is news: 召开…民生实事…会商会议)
        # A congress's 督办报告 / 审议意见 / 视察报告 on the 民生实事 reports their progress, whatever
        # annotations its items carry.
        return round(min(1.0, max(plan.score(text), 0.7) + 0.1), 3)
    lines = sum(bool(_STATUS_LABEL.match(ln)) for ln in text.split("\n"))
    titles = title_lines(text)
    # (a plan's title, telling no progress, makes the progress its opening names its requirement: 实施方案 … 按月通报各盟市
    # 进展情况)
    planned = names_action(titles) or names_division(titles)
    signals = bool(_told_progress(opening(text)) and not planned or _told_progress(titles)) + (lines >= 2)
    if not signals:
        return _unannotated(text)
    # (a bracket saying who answers, （市教育局负责）, annotates its task as a field does — where the text itself tells how
    # the tasks stand, in status lines or after the brackets (…（市教育局负责） / 完成情况：…), not where only its opening asks
    # to be told: a plan's measures each closed by its units)
    brackets = [m for m in _ANNOTATION.finditer(text) if lines >= 2 or _status(text[m.end():m.end() + 2 * _MAX_STATUS])]
    fields = max(len(FIELD.findall(text)), len(brackets))
    if fields < 2:
        return _unannotated(text)
    # (above the action plan it reports on, too: its opening may cite the plan by name)
    return round(min(1.0, max(plan.score(text), score_action(text), 0.5) + 0.1 * signals), 3)


# What a progress report reports on: the projects and tasks a government pledged (tasks where it tells their
# completion: 绩效任务全年完成情况, not a notice ordering an inspection of 目标任务落实情况).
_PLEDGED = re.compile(r"实事|民生(?:工程|项目|事项)|民心工程|国民经济和社会发展计划|重点(?:项目|工作|工程)|任务(?=[^，。\n]{0,12}完成情况)|政府工作报告》|承诺事项|(?:确定|议定|交办|督办)事项"
                      r"|(?:查出|发现|反馈|交办|反映)(?:的)?问题"      # (and what an audit or an inspection found, to be put right)
                      r"|议案|(?:人大|代表|重点)建议|提案")      # (and the motions a congress's deputies or the 政协 hand a body to handle)
_PROGRESS_HEAD = re.compile(_TITLE.pattern + r"|进度(?:公示|通报|情况|月报|周报|旬报|季报)|进展顺利|完成率|序时进度"
                            r"|进(?:度|展)(?:情况)?如下")     # (…主要进度如下：)   # a title, a 进度公示, how it goes


# A table's column of how each task stands, last in its header line (序号 市折子号 任务 目前进展情况).
_STATUS_COLUMN = re.compile(r"^\s*(?:序号|编号)[ \t|].{0,60}[ \t|](?:目前|当前)?(?:进展|推进|完成|落实)情况\s*[|\t]?\s*$", re.M)


def _status_column(text: str) -> bool:
    """Whether a table of tasks has a column of how each stands: in its header line (序号 任务 目前进展情况), or in a
    flattened header, one label a line after 序号 (序号 / 任务名称 / 年度任务及目标 / 全年完成情况)."""
    if _STATUS_COLUMN.search(text):
        return True
    lines = [ln.strip() for ln in text[:_HEADER_SPAN].splitlines() if ln.strip()]
    for k, ln in enumerate(lines):
        if ln in ("序号", "编号"):
            labels = list(itertools.takewhile(bool, (label_kind(x)[0] for x in lines[k + 1:k + 8])))
            if "status" in labels and "task" in labels:
                return True
    return False


_HEADER_SPAN = 3000


# An inspection's report on how the work stands, by its title: …综合整治情况督查通报, 关于…督导情况的通报.
_INSPECTED = re.compile(r"(?:督查|督导|督办)(?:情况)?(?:的)?通报")
# An opening sentence saying the document reports how the work stands (现将…落实情况汇报如下, 向…报告…整改情况).
# (or 现将具体情况通报如下, as prose.REPORTED reads a report: whatever it calls the state it reports, it reports it)
_REPORTS_OPENING = re.compile(r"(?:现将|现就|向[^。，\n]{2,20}报告)[^。\n]{0,60}(?:整改|落实|推进|进展|完成|办理)情况(?:汇报|报告|通报|函告|公开|公布)?(?:如下|[，,。])"
                              r"|" + prose.REPORTED.pattern)
_OPENING = 600
# A report made on another body's behalf to those who asked for it, saying so in its first sentence (我受市人民政府委托，
# 向市人大常委会报告…审计查出问题的整改情况，请予审议): that sentence is the report's own, whatever follows.
_MANDATED_REPORT = re.compile(r"受[^。，,\n]{2,20}委托[，,]?\s*向[^。，,\n]{2,20}报告[^。\n]{0,60}(?:整改|落实|推进|进展|完成|办理)情况")
# A weekly or monthly report opening on its period and the matters handled in it (本周，我县共办理…诉求事项145件): how
# the work stands, told as a report is, period by period (not a news lead's 今年以来).
# (its own period, 本周/本月: 上月，全市12345热线共受理… opens a news story on the month gone, an official quoted after it)
_PERIOD_TALLY = re.compile(r"^[ \t　]*本(?:周|月|旬)[，,]\s*[^。，,\n]{0,12}共(?:办理|受理|接收|接到|处理|办结)[^。\n]{0,40}?\d+\s*件", re.M)
# A body's account of how its work went in a period, by its title: 河长制9月份工作开展情况, 第三季度工作情况的报告.
_WORK_DONE = re.compile(r"(?:\d{1,2}月份?|[一二三四上下]季度|上半年|周|月度?|阶段)(?:工作)?(?:开展|进展|推进|落实)情况$")
_REPORTED_TITLE = re.compile(r"(?:整改|落实|推进|进展|完成|办理)情况的?(?:报告|通报|函)$")


def _unannotated(text: str) -> float:
    """A report on the progress of pledged projects that names no unit per project (为民办实事项目
    1-8月份进展情况 通报如下; 十件民生实事 1—9月进度公示): its head says so, and its sentences say
    how the projects stand. Scored low, so any kind with more to go on comes first."""
    titles = title_lines(text) + "\n" + portal.header(text).fields.get("title", "")
    cues = len(_STATUS_CUE.findall(text))
    # Its own title says so (…确定事项落实情况的通报, …政府工作报告重点任务一季度完成情况): above a news
    # story's dated lead, where one sentence or a column (目前进展情况) tells how something stands.
    # (an inspection's 督查通报 tells how the work stands, whatever words it ranks the units with)
    # (as does a title reporting how something stands, ending so: …反映问题整改情况的报告)
    inspected = any(_INSPECTED.search(t) or _REPORTED_TITLE.search(t) and _PLEDGED.search(t) for t in titles.splitlines())
    titled = inspected or any(_PROGRESS_HEAD.search(t) and (_PLEDGED.search(t) or "政府工作报告" in t) or _WORK_DONE.search(t)
                              for t in titles.splitlines())
    if titled and (cues >= 1 or _status_column(text) or inspected) and not kind_cues.visit_headline(text):
        return 0.55
    # …or its opening does (现将工作落实情况汇报如下; 向市人大常委会报告…审计查出问题的整改情况), its sentences telling how
    # things stand
    if (_REPORTS_OPENING.search(text[:_OPENING]) or _PERIOD_TALLY.search(text[:_OPENING])) and cues >= 1 \
            or _MANDATED_REPORT.search(text[:_OPENING]):
        return 0.5
    # …or it tells in figures how far its projects have gone (开工率86%，完成投资9.68亿元…), as a paper's account of them does,
    # or how the tasks set for a place stand (下达…目标总任务…目前，房产局已建成66套…: kind_cues.tasks_standing)
    if progress_figures(text) or kind_cues.tasks_standing(text) or kind_cues.rectification_tallied(text) \
            or kind_cues.against_target(text):     # (…已完成年度目标任务 twice: how the items stand against the year's)
        return 0.45
    if cues < 3:
        return 0.0
    head = without_crumbs(text[:400]) + "\n" + titles
    if not (_told_progress(head, _PROGRESS_HEAD) and _PLEDGED.search(head)) or "政府工作报告" in text[:400].replace("《政府工作报告》", ""):
        return 0.0      # (a work report tells of its pledges' progress too; one that cites 《政府工作报告》 is another document)
    return 0.4


def parse(doc: SourceDocument, lexicon: Lexicon) -> Extraction:
    ex = plan.parse(doc, lexicon, told=True)
    if not any(r.type == schema.RESPONSIBLE_FOR for r in ex.relations) and len(FIELD.findall(doc.plain.text)) < 2:
        # No unit named per project (_unannotated): read as prose, a progress report all the same.
        ex = prose.parse_progress(doc, lexicon)
        return dataclasses.replace(ex, document=dataclasses.replace(ex.document, kind=KIND))
    # Read in the simplified view (a traditional page's 責任單位 is 责任单位 there), as the tasks' texts are; the tasks'
    # evidence offsets are the original's, found in the view by its characters' origins.
    view = doc.plain
    at = view.at
    tasks = sorted((e for e in ex.entities if e.label == schema.TASK and e.evidence), key=lambda e: e.evidence[0].start)
    read: list[str] = []
    entities = {e.ref: e for e in ex.entities}
    doers: list = []
    for k, task in enumerate(tasks):
        start = at(task.evidence[0].start)
        nxt = at(tasks[k + 1].evidence[0].start) if k + 1 < len(tasks) else len(view.text)
        item = view.text[start:max(nxt, at(task.evidence[0].end))][:_MAX_STATUS * 2]
        note = _ANNOTATION.search(item) or _INLINE.search(item) or _TITLE_UNITS.search(item[:100]) or unbracketed.TOLD.search(item)
        status = _status(item[note.end():]) if note else ""
        told_at = note.end() if status else 0
        if not status and (line := ann.STATUS_LINE.search(item) or _STATUS_AFTER_SENTENCE.search(item)):
            status = _status(item[line.start():])     # (its fields on lines of their own, then 进展情况：…; or run on, 。工作进展：…)
            told_at = line.start()
        if status:
            read.append(status)
            entities[task.ref] = dataclasses.replace(task, props={**task.props, "status": status})
            # (who did it is told in the status's own paragraph: not in a closing paragraph after the last item)
            para = start + _PARAGRAPH.match(item, told_at).end()
            doers += [(task.ref, who) for who in acting_bodies.doers(view.text, start + told_at, para)]
            doers += [(task.ref, m) for m in _LEADER_ACTS.finditer(view.text, start + told_at, para) if _named(m)]
    # What was read as a status is no longer text left unread.
    issues = tuple(i for i in ex.issues if not (i.code == "plan.trailing-text" and any(s[:20] in re.sub(r"\s+", "", i.text) for s in read)))
    info = dataclasses.replace(ex.document, kind=KIND)
    relations = list(ex.relations) + _doers(doc, lexicon, ex, entities, doers)
    return dataclasses.replace(ex, document=info, entities=tuple(entities.values()), relations=tuple(relations), issues=issues)


# A named official who opens a clause of a task's status acting on it (王利君主任在努力联系其他渠道, 丛日昕主任联系住建局):
# the name (of a family name kg knows), the post, the act.
_LEADER_ACTS = re.compile(r"(?:^|(?<=[。；;，,：:]))[ \t]*(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<title>主任|局长|书记|[县区镇乡旗市]长|科长|站长|所长|部长)"
                          r"(?:亲自|多次|积极|主动|正在|在)?(?:努力)?(?:联系|协调|组织|督办|督促|推进|开展|对接|带领|负责)")


# A status's paragraph: its line (after a label alone on its line, 进展情况：).
_PARAGRAPH = re.compile(r"[\s。；;，,）)]*(?:[^\n]{0,12}[：:][ \t\u3000]*\n)?[^\n]*")


def _named(m: re.Match) -> bool:
    """Whether the words before a post are a person's name (丛日昕主任), not a body's short name or a word (宣传部长,
    支部书记, 包村书记, 金融办主任, 卫健局长): a name the official-name check passes, of three characters before a post
    ending in a body's last character (局长, 部长), where two read as the body's short name."""
    name, title = m.group("name"), m.group("title")
    return (not name_problem(name) and not (len(name) == 2 and title[0] in "局部科站所")
            and ann.person(name + title) == name)


def _doers(doc: SourceDocument, lexicon: Lexicon, ex: Extraction, entities: dict, doers: list) -> list[Relation]:
    """The bodies and named officials a task's status tells doing its work (…住建局督办供暖公司…完成整改; 丛日昕主任联系…):
    responsible for it beside the units its annotation names (acting_bodies.doers, _LEADER_ACTS). Adds their entities to
    `entities`."""
    named = {(r.target, n) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR
             for n in (entities[r.source].name, *entities[r.source].aliases) if r.source in entities}
    out = []
    region = ex.document.region
    for task, who in doers:
        if isinstance(who, re.Match):       # a named official acting on it (王利君主任在努力联系…): a Leader
            name, title = who.group("name"), who.group("title")
            ev = doc.evidence(doc.plain, who.start("name"), who.end("title"), sentence=True)
            unit = Entity(schema.LEADER, schema.leader_key(region, name), name, (name,), {"region": region, "titles": [title]}, (ev,))
        else:
            ev = doc.evidence(doc.plain, who.start, who.end, sentence=True)
            unit = sentence_charges.told_unit(who.text, region, lexicon, ev)
        if (task, unit.name) in named or (task, unit.aliases[-1]) in named:
            continue
        entities.setdefault(unit.ref, unit)
        named.add((task, unit.name))
        out.append(Relation(schema.RESPONSIBLE_FOR, unit.ref, task, {"role": RESPONSIBLE}, (ev,)))
        if unit.label == schema.LEADER and region and not any(r.ref == (schema.SERVES_IN, unit.ref, (schema.REGION, region))
                                                              for r in (*ex.relations, *out)):     # (where the official serves)
            out.append(Relation(schema.SERVES_IN, unit.ref, (schema.REGION, region), {"title": unit.props["titles"][0]}, (ev,)))
    return out


def _status(after: str) -> str:
    """How a task stands, from the text after its annotation up to the next item: a labelled
    status line, or a sentence with a status cue."""
    cut = _NEXT_ITEM.search(after)
    after = after[:cut.start()] if cut else after
    after = re.sub(r"^[\s。；;，,）)]+", "", after)
    m = _STATUS_LABEL.match(after)
    if m:
        after = after[m.end():]
    elif not (_STATUS_CUE.search(after[:80]) or re.match(ann.STATUS_OPENING, after)):
        return ""       # (a clause a field's units ran on into, 主体结构已封顶, is a status as STATUS_AFTER cut it)
    return re.sub(r"\s+", "", after)[:_MAX_STATUS]

# The kinds this module reads, for the registry (loaders/registry.py).
LOADERS = (
    Loader(KIND, "progress report (推进情况 / 进展情况 of annotated tasks, each with its status)", score, parse),
)
