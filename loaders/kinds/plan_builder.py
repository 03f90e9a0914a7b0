"""A plan's entities, relations and issues as they are read: one per key, each with its evidence.

Shared by the plan kinds (division_plan, action plans, progress reports, commitment lists) and
the responsibility tables that reuse their reading.
"""
from __future__ import annotations

import re

from graph import schema
from graph.model import Entity, Evidence, Issue, Relation
from loaders.reading.source import SourceDocument
from loaders.reading.text import NormalText
from loaders.recognisers import official_rosters, officials
from loaders.recognisers.lexicon import Lexicon, RegionInfo


class PlanBuilder:
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

    def relate(self, rtype: str, source: tuple[str, str], target: tuple[str, str], props: dict, ev: Evidence,
               apart: bool = False) -> None:
        """One relation per (type, source, target); `apart`: a role a label or a column states for a unit that another
        one already gave a different role on the same task (牵头单位：X / 责任单位：X、Y) is kept beside it, once per role."""
        old = self.relations.get((rtype, source, target))
        if old and apart and old.props.get("role") != props.get("role"):
            key = (rtype, source, target, props.get("role"))
            was = self.relations.get(key)
            self.relations[key] = Relation(rtype, source, target, props, tuple(dict.fromkeys((was.evidence if was else ()) + (ev,))))
            return
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

    def placed(self, lexicon: Lexicon, info: RegionInfo | None, where: tuple[int, int], notes=()) -> str:
        """The document's region (its key, or "" where none), proved by the line that says so (`where`), with the
        notes its placement left for the reject log (`notes`: (code, message), a name several regions bear)."""
        for code, message in notes:
            self.issue(code, message, 0)
        return self.region(lexicon, info, self.ev(*where))[1] if info else ""

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



# What follows a region's short name, or a two-character full name (矿区, 城区), when the body is that region's government.
_GOVERNMENT_AFTER = re.compile(r"人民政府|政府|党委|[省市区县州盟旗]委|人大|政协|管委会|管理委员会")


def named_region(lexicon: Lexicon, name: str, region: str) -> RegionInfo | None:
    """The region a body's own name places it in, or None where the body is the document's region's: a region below
    the document's, named in full (东昌府区人民政府 in a 聊城市 plan) or by its short name right before its government's
    words (东昌府人民政府), or any other region named in full, with or without its parents' names (广东省人民政府 in a State
    Council reply; 山东省发展和改革委员会 or 青岛市人民政府 in a 济南市 plan; 广东省深圳市人民政府). A name that only opens
    with a region's short name is not read (市中级人民法院 is no body of 市中区, 西湖风景名胜区管委会 none of 西湖区,
    山东高速聊城公司 no body of 山东省), nor a two-character full name before anything but its government (矿区管理办公室)."""
    if region and region != schema.NATION:
        info = lexicon.region_prefix(name, within=region)
        if info and info.key.startswith(region + "/") and (
                _written_whole(lexicon, name, info) or any(
                    info in lexicon.candidates(name[:k], region) and _GOVERNMENT_AFTER.match(name, k)
                    for k in range(2, min(len(name), 8)))):
            return info
    info = lexicon.region_prefix(name)
    return info if info and _written_whole(lexicon, name, info) else None


def _written_whole(lexicon: Lexicon, name: str, info: RegionInfo) -> bool:
    """Whether `name` opens with the region's full name, alone or after its parents' (广东省深圳市…) or a parent's short
    name (青岛西海岸新区管委)."""
    names = [r.name for r in lexicon.region_path(info.key)]
    if any(name.startswith(head := "".join(names[i:])) and (len(head) > 2 or _GOVERNMENT_AFTER.match(name, len(head)))
           for i in range(len(names))):
        return True
    k = name.find(info.name, 2)
    return len(info.name) > 2 and 2 <= k <= 4 and any(r.key in info.key.split("/") or info.key.startswith(r.key + "/")
                                                       for r in lexicon.candidates(name[:k]))


def titled_officials(b: PlanBuilder, lexicon: Lexicon, text: str, region: str) -> None:
    """Officials a plan names with their titles (副市长张三 in a section header, 市委书记王五 in its
    preamble), beyond its annotations: Leaders who serve in the region of their title."""
    for m, laid_out in official_rosters.merged(officials.find(text, lexicon, home=region).mentions, b.doc.plain.text):
        if m.role != "titled" or not m.titles:
            continue
        where = m.region or region
        if m.unplaced_in(region):
            continue
        ev = b.doc.evidence(b.doc.plain if laid_out else b.view, m.start, m.end, sentence=True)
        info = lexicon.region(where) if where else None
        if info and where != region:
            b.region(lexicon, info, ev)
        ref = b.entity(schema.LEADER, schema.leader_key(where, m.name), m.name,
                       {"region": where, "titles": list(m.titles)}, ev, m.name)
        if where:
            b.relate(schema.SERVES_IN, ref, (schema.REGION, where), {"title": schema.TITLE_SEPARATOR.join(m.titles)}, ev)


# A name standing right before a government post (林文生副市长, 黄文辉常务副区长): news of a division of
# work writes the post after the name, where the officials' reader does not always take it.
_NAME_BEFORE_POST = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?=(?:作为)?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长))")
# Words that stand before a name in such sentences and could pass for a family name (由林锐副市长).
_BEFORE_NAME = set("由和与及并则将")
# A name heading a numbered item of a body's division of work, its posts and a colon after it
# (九、余须东副巡视员：协助分管…; 七、兰文党组成员、副主任：…).
_HEAD_NAME = re.compile(r"(?:^|(?<=[。；;：:\n]))[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))[ \t\u3000]*"
                        r"([\u4e00-\u9fff]{2,3}?)(?=(?:党组|党委)?(?:副?书记|成员|副?主任|副?局长|副?厅长|副?巡视员|副?调研员"
                        r"|总工程师|总经济师|副?秘书长)[^：:。；;\n]{0,36}[：:])")


def portfolio_names(text: str, mentions) -> set[str]:
    """The people a division of work can be about: the officials named, and names written before a post."""
    names = {m.name for m in mentions}
    for m in _NAME_BEFORE_POST.finditer(text):
        cand = m.group(1)
        if cand[0] in _BEFORE_NAME and len(cand) == 3:
            cand = cand[1:]
        for k in (3, 2):        # 由林锐副市长 → 林锐, not 由林锐
            if len(cand) >= k and not officials.name_problem(cand[-k:]):
                names.add(cand[-k:])
                break
    names |= {m.group(1) for m in _HEAD_NAME.finditer(text) if not officials.name_problem(m.group(1))}
    return names
