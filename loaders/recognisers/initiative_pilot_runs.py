"""A pilot the sentence runs: 扩大跨境电子商务试点。推进托幼一体化试点，开展海洋生态环境分区管控试点。

A work report names a pilot programme by what it tries and says it carries it out (or, opening a clause, that its
reach grows: 粮改饲试点面积扩大到…, …试点范围扩大到…): the verb of running (开展, 推进, 扩大,
深化, 实施, 进行, 做好, 加快…) stands right before the name and the clause ends right after it (or goes on with the pilot's
own 工作, 建设 or 范围). Then the pilot is one programme, named in full, however ordinary its words (托幼一体化,
农产品出口, 绿电制氢制氧; five characters at least): the checks' test of a pilot's prefix (a reform word, a long field)
is for pilots met anywhere else.
Not such a run: a count or a batch of pilots (新增22个…试点, 一批…试点, 试点15个: a kind), a prefix that is a list
(、), a quoted mechanism (推进“包干制”试点: what any pilot may try), a field word that names no one pilot (领域, 部分,
方面, 行业: 电信、医疗等领域开放试点), words that only say it is a pilot (持续推进综合改革试点: whose is said elsewhere)
or a known strategy's name (推进乡村振兴试点: a pilot of the strategy, a kind; the caller checks the lexicon).
"""
from __future__ import annotations

import re

from loaders.recognisers.initiative_words import RUNNING_VERBS, Candidate

# The verb that carries a pilot out, with the adverbs that go before it (稳步推进, 积极开展, 将进行): the running verbs of
# data/running_verbs.tsv (two characters, matched in the text, so 深入推进 is 推进's) and, for a pilot only, the verbs of
# trying and widening it (进行, 探索, 扩大, 加快, 做好, 推动: 探索…试点, 扩大…试点), which before a programme of any other
# head are the sentence's (扩大|…消费).
_RUN_BEFORE = re.compile("(?:%s)$" % "|".join(sorted((v for v in RUNNING_VERBS | frozenset("进行 探索 扩大 加快 做好 推动".split())
                                                      if len(v) == 2), key=str)))
_ENDS_RUN = re.compile(r"(?:工作|建设|范围)?(?=[，。；;！\n]|$)")
_NO_ONE = re.compile(r"^(?:领域|部分|方面|行业|相关|有关|各类|各项|多项|多个)|^(?:综合|改革|创新|专项|示范)+$")
# A scheme's Latin acronym in brackets (政府和社会资本合作(PPP)试点, …(EOD)试点): a national scheme any place may pilot, a
# kind (the review of round 23 dropped the acronym as naming a pilot).
_ACRONYM = re.compile(r"[(（][A-Za-z]{2,6}[)）]")
_COUNTED = re.compile(r"一批|若干|\d+[个项家]|[一二两三四五六七八九十百]+[个项家]")
# A prefix ending on 发展 or 项目 leaves open which pilot it is (…深度融合发展试点, …管理系统项目试点: the checks' reading of
# 发展 too); on 升级 or 提升 it is the upgrading of a kind of place, a local trial (开展村居升级试点); on a body's own
# appraisal of its staff (…职称评审, …考核评价, …选拔任用) it is how any body runs itself (initiative_systems' reading of
# such systems); on 先行, 国家, 全国 it says only how or whose. A system's or mechanism's pilot (…制度试点, …机制试点) is
# initiative_systems' to judge, by the field it names.
_OPEN_ENDS = ("发展", "项目", "升级", "提升", "评审", "考核", "评价", "任用", "先行", "国家", "全国", "制度", "机制")
PILOT_RUN_MIN = 5       # characters before 试点: 托幼一体化 says which; 绿色开采, 智慧口岸 may be a kind (a quality and a thing)
# A pilot whose reach the sentence grows, opening its clause (粮改饲试点面积扩大到1000万亩, 新型农村合作医疗试点范围扩大到
# 1451个县): the national reports' way of telling a pilot programme's progress; the pilot is run by name.
_GROWS_AFTER = re.compile(r"(?:面积|范围|规模)(?:进一步)?(?:扩大|增加|扩展|拓展)(?:到|至)")


def runs_pilot(text: str, c: Candidate) -> bool:
    """Whether c is a pilot the sentence carries out by name (see the module's docstring)."""
    if c.suffix != "试点" or c.counted or not c.name.endswith("试点"):
        return False
    prefix = c.name[:-2].strip("“”")
    if len(prefix) < PILOT_RUN_MIN or "、" in prefix or _NO_ONE.match(prefix) or prefix.endswith(_OPEN_ENDS) \
            or c.name[:-2].endswith("制”") or _ACRONYM.search(prefix):
        return False
    grows = (c.start == 0 or text[c.start - 1] in "，。；：\n") and _GROWS_AFTER.match(text, c.end)
    if not grows and (not _RUN_BEFORE.search(text, max(0, c.start - 2), c.start) or not _ENDS_RUN.match(text, c.end)):
        return False
    clause = max(text.rfind(p, 0, c.start) for p in "，。；：\n")
    return not _COUNTED.search(text, clause + 1, c.start)
