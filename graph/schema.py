"""The schema, named in one place: labels, relationship types, properties and keys.

Every other module (loaders, resolver, stores, exports, queries) takes its names
from here, so the contract with Cypher users lives in a single file.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any

# Node labels (PascalCase, Neo4j convention).
REGION = "Region"
LEADER = "Leader"
DEPARTMENT = "Department"
PROJECT = "Project"
STRATEGY = "Strategy"
TASK = "Task"
DOCUMENT = "Document"
# Bookkeeping: what each loaded document said, so a changed document can replace
# its old facts exactly. Not connected to the rest of the graph.
EXTRACTION = "Extraction"

LABELS = (REGION, LEADER, DEPARTMENT, PROJECT, STRATEGY, TASK, DOCUMENT)

# Relationship types (UPPER_SNAKE_CASE).
RESPONSIBLE_FOR = "RESPONSIBLE_FOR"
COOPERATES_WITH = "COOPERATES_WITH"
PART_OF = "PART_OF"
SERVES_IN = "SERVES_IN"
CONCERNS = "CONCERNS"

# Which (from, to) label pairs each relationship type may join.
REL_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    RESPONSIBLE_FOR: ((LEADER, TASK), (DEPARTMENT, TASK), (LEADER, PROJECT), (DEPARTMENT, PROJECT)),
    COOPERATES_WITH: ((DEPARTMENT, DEPARTMENT), (LEADER, LEADER), (REGION, REGION)),
    PART_OF: (
        (REGION, REGION), (DEPARTMENT, REGION), (PROJECT, STRATEGY),
        (TASK, DOCUMENT), (STRATEGY, STRATEGY), (PROJECT, PROJECT),
    ),
    SERVES_IN: ((LEADER, REGION),),
    CONCERNS: ((TASK, PROJECT), (TASK, STRATEGY), (DOCUMENT, PROJECT), (DOCUMENT, STRATEGY)),
}
REL_TYPES = tuple(REL_ENDPOINTS)

# Roles on RESPONSIBLE_FOR.
ROLE_LEAD = "lead"            # 牵头领导 / 牵头单位
ROLE_SUPPORT = "support"      # 配合单位 / 责任单位
ROLE_RESPONSIBLE = "responsible"  # 责任人 in a commitment table
ROLES = (ROLE_LEAD, ROLE_SUPPORT, ROLE_RESPONSIBLE)

# Property types, in a neutral notation the stores translate ("string", "int", "float",
# "bool", "string[]", "date", "datetime"). Provenance properties are on every node and
# relationship. A "date" or "datetime" is ISO 8601 text in the resolved graph, its records
# and every export; the stores hold it as the engine's own type (store_value below).
PROVENANCE = {"documents": "string[]", "evidence": "string[]", "spans": "string[]"}
NODE_COMMON = {"key": "string", "name": "string", "aliases": "string[]", **PROVENANCE}

NODE_PROPERTIES: dict[str, dict[str, str]] = {
    REGION: {"level": "string", "parent": "string"},
    LEADER: {"region": "string", "titles": "string[]"},
    DEPARTMENT: {"region": "string", "kind": "string"},
    PROJECT: {"region": "string"},
    STRATEGY: {},
    TASK: {
        "text": "string", "seq": "string", "deadline": "string", "deadlineDate": "date",
        "section": "string", "document": "string", "region": "string", "ordinal": "int",
        "targets": "string[]",
        # How the task stands, where a progress report or a table's 落实情况 column says (已完成…, 主体结构已封顶)
        "status": "string",
    },
    DOCUMENT: {
        "title": "string", "kind": "string", "issuer": "string", "number": "string",
        "date": "date", "sha256": "string", "source": "string", "encoding": "string",
        "region": "string", "loadedAt": "datetime",
        # Prose reports: the session and the speaker, and the numeric targets stated.
        "year": "int", "congress": "string", "speaker": "string", "speakerTitle": "string",
        "targets": "string[]",
    },
}

REL_PROPERTIES: dict[str, dict[str, str]] = {
    RESPONSIBLE_FOR: {"role": "string"},
    COOPERATES_WITH: {"weight": "int", "via": "string[]", "derived": "bool"},
    PART_OF: {},
    SERVES_IN: {"title": "string"},
    CONCERNS: {},
}

# Bookkeeping kg reads back as it wrote it: its loadedAt stays text.
EXTRACTION_PROPERTIES = {"key": "string", "source": "string", "json": "string", "loadedAt": "string"}

# Network figures `kg analyze --write-back` sets on nodes (graph/analytics.py defines
# them), so Cypher and Neo4j Browser can rank, size and colour by them. They are not
# part of the resolved graph: not in node_properties(), the KnowledgeGraph or exports;
# unset until an analysis is written back, and gone when `kg load` rewrites the graph.
#   degree       distinct neighbours, any relationship type or direction   every node analysed
#   betweenness  normalized betweenness centrality, unweighted, undirected   every node analysed
#   pagerank     PageRank in the weighted COOPERATES_WITH actor network    Leader, Department
#   community    Louvain community of the department cooperation network  Department (with partners)
#                (0 = the largest)
#   component    connected component (0 = the largest)                      every node analysed
ANALYTICS_PROPERTIES: dict[str, str] = {
    "degree": "int", "betweenness": "float", "pagerank": "float", "community": "int", "component": "int",
}


def store_value(kind: str, value: Any) -> Any:
    """A property's value as the stores hold it: a "date" as a date (Neo4j `Date`, LadybugDB
    DATE), a "datetime" as a zoned datetime (Neo4j `DateTime`, LadybugDB TIMESTAMP_TZ); any
    other value as it is. Missing stays None."""
    if value is None or not isinstance(value, str):
        return value
    if kind == "date":
        return _dt.date.fromisoformat(value)
    if kind == "datetime":
        return _dt.datetime.fromisoformat(value)
    return value


def store_props(props: dict[str, Any], spec: dict[str, str]) -> dict[str, Any]:
    """store_value over every property of a node or relationship (spec: its property types)."""
    return {k: store_value(spec.get(k, ""), v) for k, v in props.items()}


def node_properties(label: str) -> dict[str, str]:
    """All properties of a label, common ones first."""
    return {**NODE_COMMON, **NODE_PROPERTIES[label]}


def rel_properties(rel_type: str) -> dict[str, str]:
    return {**PROVENANCE, **REL_PROPERTIES[rel_type]}


# Keys. A key is unique per label; it is how the same actor is recognised across
# documents, so each function below is the definition of "the same".
def region_key(*names: str) -> str:
    """Path of names from the province down: 山东省/济南市/历城区."""
    return "/".join(n for n in names if n)


def leader_key(region: str, name: str) -> str:
    """Same name in a different region is a different person."""
    return f"{region}/{name}" if region else name


def department_key(region: str, normalised_name: str) -> str:
    return f"{region}/{normalised_name}" if region else normalised_name


# Bodies whose name is the same body wherever it is written: the central state's. (a page's 返回顶部, 全部, 内部: no ministry)
_NATIONWIDE_BODY = re.compile(r"^(?:国务院|中共中央|中央|全国|国家|中国|中华人民共和国|最高人民)"
                              r"|^(?![省市县区州盟旗镇乡各])(?!.*(?:委|宣传|组织|统战|武装|人武|指挥))[\u4e00-\u9fff]{2,10}(?<![顶底全内])部$")


# The national level's region key (loaders.recognisers.gazetteer.NATION; graph does not import loaders).
NATION = "中华人民共和国"
# The level words a region's own bodies are written with (市发改委 in a city, 自治区民政厅 or 区民政厅 in an
# autonomous region), by how the region's name ends; longest ending first.
_OWN_LEVEL_WORDS = (("自治区", ("自治区", "区")), ("自治州", ("州", "自治州")), ("自治县", ("县", "自治县")),
                    ("自治旗", ("旗",)), ("街道", ("街道",)), ("省", ("省",)), ("市", ("市",)), ("州", ("州",)),
                    ("盟", ("盟",)), ("县", ("县",)), ("区", ("区",)), ("旗", ("旗",)), ("镇", ("镇",)), ("乡", ("乡",)))


def own_level_words(region: str) -> tuple[str, ...]:
    """The level words a region's own bodies are written with: 包头市 → 市, 内蒙古自治区 → 自治区, 区."""
    last = region.rsplit("/", 1)[-1]
    return next((words for end, words in _OWN_LEVEL_WORDS if last.endswith(end)), ())


def is_nationwide_body(name: str) -> bool:
    """Whether a body's name is the central state's (国务院办公厅, 国家发展改革委, 工业和信息化部): one body everywhere."""
    return bool(_NATIONWIDE_BODY.match(name))


def unplaced_key(label: str, name: str, document_key: str) -> str | None:
    """The key of a person or body named in a document that says nowhere where it is.

    市工业和信息化局 in one city's plan and in another's are two bureaus, and 张伟 in two
    documents two people, unless the documents say where they serve. Without a region the
    actor stands for itself in its document (name@document); the central state's bodies
    (国家发展改革委, 国务院办公厅) are one body everywhere: keyed under the nation, as a national
    document keys them (中华人民共和国/国务院办公厅). None: the key stays as it is."""
    if label == DEPARTMENT and is_nationwide_body(name):
        return department_key(NATION, name)
    if label in (LEADER, DEPARTMENT):
        return f"{name}@{document_key}"
    return None


def task_key(document_key: str, seq: str) -> str:
    return f"{document_key}#{seq}"


def span_ref(document_key: str, start: int, end: int) -> str:
    """How one evidence span is written in a `spans` property: doc:start-end."""
    return f"{document_key}:{start}-{end}"


def parse_span_ref(ref: str) -> tuple[str, int, int]:
    doc, _, rng = ref.rpartition(":")
    start, _, end = rng.partition("-")
    return doc, int(start), int(end)


# What makes two relationships of a type the same one: beyond its two ends, the
# properties named here (a unit can lead one task and support another, but on
# the same task "lead" and "support" are two facts).
REL_IDENTITY: dict[str, tuple[str, ...]] = {RESPONSIBLE_FOR: ("role",)}


# Properties that several documents may state differently and that are all true at
# once: their values are united ("代市长、市委副书记、市长") rather than the first kept.
REL_UNITED: dict[str, tuple[str, ...]] = {SERVES_IN: ("title",)}
TITLE_SEPARATOR = "、"


def rel_identity(rel_type: str, props: dict) -> tuple:
    return tuple(props.get(p) or "" for p in REL_IDENTITY.get(rel_type, ()))
