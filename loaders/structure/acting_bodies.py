"""Bodies a progress report tells doing an item's work, as monthly reports and progress bulletins write who did it
instead of annotating it:
    一、积极推进龙须湖水库省级幸福河湖建设。河长办秘书股组织对接施工方，督导相关施工建设有序进行。目前，…
    二、有序推进南漪湖圈圩养殖问题整改。…属地飞鲤镇开展挡浪墙拆除工作；县河长办就…帮助承包方联系2家渣土清运公司，…
    工作进展：…丛日昕主任联系住建局协调解决，住建局督办供暖公司供暖期完成整改…
A body that opens a clause and acts at once (组织, 开展, 督办, 进行, 就…, 对…) is responsible for the item's work: the
work a numbered line opens with (`in_items`), or the task whose status the clause is in (`doers`, for a reader that
has read the tasks). Only bodies (`charges` rules: no firm, contractor, collective, person or project); a body named
as another's object (联系公安局, 经与公安局协商) does not act. Offsets into one text, as `charges` works."""
from __future__ import annotations

import re

from loaders.structure import annotation as ann
from loaders.structure import charges
from loaders.structure.charges import PLACE_BODY, one_body
from loaders.structure.responsibility import RESPONSIBLE, Named

# What a body does when it does the work itself (not 要 or 将: a charge or an intent, read by `charges`, `intents`).
# (an act's words may go on a name, 督办室, 科经局: the act is no act where a body's last character follows it)
_ACTS = r"(?:组织|开展|督导|督办|督促|协调|进行|实施|完成|推进|帮助|安排|召开|对接|指导|投入|经|就|对)(?![室局办处科股组委厅])"
# A clause opening with a body and its act; the body may follow the word saying it is where the work is (属地飞鲤镇)
# or the one handing the work on to it (并由县住建局组织施工: 县住建局).
_DOER = re.compile(r"(?:^|(?<=[。；;，,：:\n]))[ \t\u3000]*(?:并由|再由|由|并)?(?:属地)?"
                   r"(?P<who>[\u4e00-\u9fff]{2,16}?)" + _ACTS)
# Not a body's name: a verb or a preposition before one (联系公安局, 与公安局), a state of the work (大坝围挡铲除工作全部),
# an office named by the report's own word for itself (办公室, 该局), a person who acts on a body (丛日昕主任联系住建局).
# (nor a clause that tells what the body must do or the rule it follows, 县发改委要会同…, 市审计局按照…; nor the office that
# inspects the work and compiles the report, 县政府督查室对…进行汇总: it reports, it does not do the work)
_NOT_WHO = re.compile(r"^(?:联系|经与|经|与|向|在|通过|协调|会同|协助|配合|对|和|及|同|待|除|关)|联系|协商|工作|全部|已|均|正在|目前|^(?:办公室|本局|该局|我局)$"
                      r"|主任|局长|书记|[省市县区镇乡]长|部长|科长|股长|站长|所长|要|按照|根据|会同|[一二三四五六七八九十]是|督查|督办|督导|督察"
                      r"|纪委|监委")
# (nor a body helping another do it, 协助县交通局完成…; nor the body disciplining those who do it, 县纪委监委对…进行约谈)
# What a body does to work others do: inspects, accepts, audits, visits, disciplines, publicises or values it
# (省交通运输厅对…进行专项检查, 省水利厅组织专家对工程进行验收, 县人大常委会组织部分代表视察, 县政府对该项目高度重视).
# A sentence telling one of these tells no body doing the work.
_OVERSIGHT = re.compile(r"检查|督查|抽检|抽查|验收|审计|约谈|视察|调研|宣传|报道|重视|考核|评估|评审|巡查|暗访|通报|肯定|表扬")
_SENTENCE_END = re.compile(r"[。；;！!\n]")
# A body's section (河长办秘书股, 县水利局规划股): the body's name, then the section's.
_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:办|局|委)[\u4e00-\u9fff]{1,6}(?:股|科)$")


def _body(who: str) -> bool:
    return not _NOT_WHO.search(who) and bool(one_body(who) or PLACE_BODY.match(who) or _SECTION.match(who))


def doers(text: str, start: int, end: int) -> list[ann.Span]:
    """The bodies text[start:end] tells doing the work, each once, in their order."""
    out: list[ann.Span] = []
    for m in _DOER.finditer(text, start, end):
        who = m.group("who")
        stop = _SENTENCE_END.search(text, m.end("who"), end)
        if _OVERSIGHT.search(text, m.end("who"), stop.start() if stop else end):
            continue
        if _body(who) and who not in {s.text for s in out}:
            out.append(ann.Span(who, m.start("who"), m.end("who")))
    return out


# A numbered item headed by its work, the sentence (or the line) its number opens (一、积极推进…建设。河长办…;
# 一、新建改建农村公路200公里。), then how it was done, on its line and the lines up to the next number.
_NUMBER = r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d))[ \t]*"
_ITEM = re.compile(r"^" + _NUMBER + r"(?P<work>[^。；;：:\n]{4,40})(?:。|$)", re.M)
_NEXT = re.compile(r"^" + _NUMBER, re.M)
# A paragraph under the item opening with the body that reports it, then how the work stands (市交通运输局：已完成…).
_STATUS_HEAD = re.compile(r"^[ \t\u3000]*(?P<who>[^：:\n，,。；;]{2,40}?)[ \t]*[：:][ \t]*(?=" + ann.STATUS_OPENING + r")", re.M)


# A report's section heading (一、总体情况, 二、主要做法, 三、存在问题): no work of its own.
# (or a short one naming what the section holds, 一、整改任务, 二、重点工作)
# (or a review or the section of what fell short, 一、上半年工作回顾, 二、困难和不足; or how the work was done, in four
# characters, 一、高位推动。 二、强化调度)
_SECTION_HEADING = re.compile(r"(?:情况|做法|成效|成绩|问题|打算|举措|措施|进展|概况|经验|建议|思路|目标|计划|安排|背景|依据"
                              r"|回顾|不足|困难|短板|差距|挑战|体会)$"
                              r"|^[\u4e00-\u9fff]{0,4}(?:任务|工作|事项)$|^[\u4e00-\u9fff]{4}$")


def in_items(text: str) -> list[tuple[list[Named], ann.Span]]:
    """Each numbered item headed by its work whose sentences tell bodies doing it, or whose status paragraph opens
    with the body that reports it: (the bodies, the work)."""
    out = []
    for m in _ITEM.finditer(text):
        work = m.group("work").strip()
        if _SECTION_HEADING.search(work) or _body(work):     # (a section, or the body whose work follows, 一、县教育局)
            continue
        nxt = _NEXT.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        found = doers(text, m.end(), end)
        for h in _STATUS_HEAD.finditer(text, m.end(), end):
            who = ann.Span(h.group("who"), h.start("who"), h.end("who"))
            found += [b for b in charges.bodies(text, who) or () if b.text not in {f.text for f in found}]
        if found:
            out.append(([Named(b, RESPONSIBLE) for b in found], ann.Span(m.group("work"), m.start("work"), m.end("work"))))
    return out
