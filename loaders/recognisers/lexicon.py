"""The lexicon: the national gazetteer, editable data files (department aliases…) and the lookups over them.

Regions come from the national gazetteer (loaders/recognisers/gazetteer.py: every province,
prefecture, county and township of China, from a data package) plus the user's additions
and corrections in `loaders/data/regions.tsv` (zones such as 高新区 or 新区 governed like
regions). General knowledge lives in `loaders/data/*.tsv`; a user can point
KG_LEXICON_DIR at a folder holding their own copies (same file names) to extend or
correct them.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from loaders.recognisers import gazetteer

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# The level words that qualify a department (市发改委, 旗财政局, 自治区教育厅), longest first.
_LEVEL_PREFIXES = ("自治区", "自治州", "自治县", "自治旗", "省", "市", "州", "盟", "县", "区", "旗", "镇", "乡")


def data_path(name: str) -> Path:
    """A data file: the user's copy in KG_LEXICON_DIR when there is one, else kg's."""
    user_dir = os.environ.get("KG_LEXICON_DIR")
    return Path(user_dir) / name if user_dir and (Path(user_dir) / name).exists() else DATA_DIR / name


def data_rows(name: str) -> list[list[str]]:
    """Rows of a TSV data file, comments and blank lines skipped; a user copy wins."""
    return gazetteer.tsv_rows(data_path(name))


@dataclass(frozen=True)
class RegionInfo:
    name: str
    level: str
    key: str          # path of names, e.g. 山东省/聊城市/冠县
    parent: str       # parent's key, "" for a province
    adcode: str = ""  # the 6-digit code where the source has one (not for townships)


class Lexicon:
    def __init__(self) -> None:
        self.regions: dict[str, RegionInfo] = {}      # key → info, county level and above (and zones)
        self._by_name: dict[str, list[RegionInfo]] = {}        # full, short and former names, county level and above
        self._full_names: set[str] = set()                    # the full names among them
        self._town_rows: list[tuple[str, str]] = []           # (name, county key): built into `towns` when asked
        self._towns: dict[str, RegionInfo] | None = None
        self._towns_by_name: dict[str, list[RegionInfo]] = {}
        self._adcodes: dict[str, RegionInfo] | None = None     # adcode → region, built when first asked for
        # The national level: 国务院's reports and policies belong here (provinces are not keyed under it).
        nation = RegionInfo(gazetteer.NATION, gazetteer.NATIONAL, gazetteer.NATION, "", "100000")
        self.regions[nation.key] = nation
        self._by_name[nation.name] = [nation]
        self._full_names.add(nation.name)
        keys: list[str] = []
        prefectures: list[tuple[str, RegionInfo]] = []
        for name, level, parent, adcode, shorts, former in gazetteer.load(data_path("regions.tsv")):
            pkey = keys[parent] if parent >= 0 else ""
            key = f"{pkey}/{name}" if pkey else name
            keys.append(key)
            if level == gazetteer.TOWN:
                self._town_rows.append((name, pkey))
                continue
            if key in self.regions:
                continue
            info = RegionInfo(name, level, key, pkey, adcode)
            self.regions[key] = info
            self._full_names.add(name)
            self._full_names.update(former)
            for n in dict.fromkeys((name, *shorts, *former)):
                self._by_name.setdefault(n, []).append(info)
            if name.endswith("自治州"):
                prefectures.extend((f"{short}州", info) for short in shorts if re.fullmatch(r"[\u4e00-\u9fff]+(?<!州)", short))
        # An autonomous prefecture is named by its short name and 州 (黔南州, 恩施州, 湘西州委): a full name, as its
        # level says what it is, where no region bears that name.
        for n, info in prefectures:
            if n not in self._by_name:
                self._by_name[n] = [info]
                self._full_names.add(n)
        self._dept_canonical: dict[str, str] = {}
        for row in data_rows("department_aliases.tsv"):
            canonical = row[0]
            for alias in row:
                if alias:
                    self._dept_canonical[alias] = canonical

    @property
    def towns(self) -> dict[str, RegionInfo]:
        """Townships (镇, 乡, 街道, 苏木) by key: some 40,000, indexed the first time they are asked for."""
        if self._towns is None:
            towns: dict[str, RegionInfo] = {}
            for name, pkey in self._town_rows:
                key = f"{pkey}/{name}"
                if key not in towns:
                    towns[key] = info = RegionInfo(name, gazetteer.TOWN, key, pkey)
                    self._towns_by_name.setdefault(name, []).append(info)
            self._towns = towns
        return self._towns

    def towns_named(self, name: str) -> list[RegionInfo]:
        """Every township of that name (the township index is built on first use)."""
        self.towns  # noqa: B018 - builds _towns_by_name on first use
        return self._towns_by_name.get(name, [])

    def town(self, name: str, county: str) -> RegionInfo | None:
        """A township by name under a county-level region (or under a prefecture, or anywhere when `county` is
        empty), when it is the only one of that name there."""
        found = [t for t in self.towns_named(name) if not county or t.parent == county or t.parent.startswith(county + "/")]
        return found[0] if len(found) == 1 else None

    # Regions
    def candidates(self, name: str, within: str = "", *, towns: bool = False) -> list[RegionInfo]:
        """Every region a name can denote (full, short or former name), those under `within` only when given."""
        found = self._by_name.get(name, [])
        if towns and not found:
            found = self.towns_named(name)
        if within:
            found = [r for r in found if r.key.startswith(within + "/") or r.key == within]
        return found

    def starting_with(self, prefix: str) -> list[tuple[str, RegionInfo]]:
        """(name, region) for every full, short or former name (county level and above) that starts with `prefix`."""
        return [(name, r) for name, found in self._by_name.items() if name.startswith(prefix) for r in found]

    def by_adcode(self, code: str) -> RegionInfo | None:
        """The region (county level and above) of a 6-digit administrative division code, or None."""
        if self._adcodes is None:
            self._adcodes = {r.adcode: r for r in self.regions.values() if r.adcode}
        return self._adcodes.get(code)

    def find_region(self, name: str, within: str = "") -> RegionInfo | None:
        """A region by full or short name when it denotes exactly one; `within` (a region key) settles ambiguity.
        Never the first of several: an ambiguous name gives None (see `candidates`)."""
        found = self.candidates(name, within)
        return found[0] if len(found) == 1 else None

    def is_full_name(self, name: str) -> bool:
        """A region's full (or former full) name, with its level suffix: 海拉尔区, not 海拉尔."""
        return name in self._full_names

    def settle(self, name: str, context: list[str]) -> tuple[RegionInfo | None, list[RegionInfo]]:
        """The region a name denotes, settled by context (region keys, nearest first: a parent
        named nearby, the issuer, the document's region, its province). Returns the region, or
        None with the candidates that remain when nothing decides."""
        found = self.candidates(name)
        if len(found) <= 1:
            return (found[0] if found else None), found
        for key in context:
            if not key:
                continue
            under = [r for r in found if r.key.startswith(key + "/") or r.key == key]
            if len(under) == 1:
                return under[0], under
            if under:
                found = under
        return None, found

    def region(self, key: str) -> RegionInfo | None:
        return self.regions.get(key) or self.towns.get(key)

    def region_path(self, key: str) -> list[RegionInfo]:
        """The region and its ancestors, top first."""
        out = []
        while True:
            info = self.regions.get(key) or (self.towns.get(key) if key.count("/") >= 2 else None)
            if info is None:
                break
            out.append(info)
            key = info.parent
        return out[::-1]

    def region_prefix(self, text: str, within: str = "") -> RegionInfo | None:
        """The longest known region name `text` starts with (东昌府区人民政府 → 东昌府区); a name written
        with its parent's before it (沈阳市辽中区人民政府, 内蒙古海拉尔区) gives the child the parent settles."""
        for n in range(min(len(text), 8), 1, -1):
            info = self.find_region(text[:n], within)
            if info:
                child = self.region_prefix(text[n:], info.key) if len(text) - n >= 2 else None
                return child if child and child.key.startswith(info.key + "/") else info
        return None

    # Departments
    def department_name(self, name: str) -> str:
        """Canonical form of a department's name; unknown names are returned as given.

        The aliases file lists each body's forms once, without a level word; rules that hold
        everywhere do the rest: any level word before it (市, 县, 旗, 自治区…), a province's
        厅 for a city's 局 (住建厅 = 住房和城乡建设厅), 委 for 委员会, and 和 left out
        (住房城乡建设局). None of them can turn one body into another: each only changes how
        the same name is written."""
        name = re.sub(r"\s+", "", name)
        body = self._body_name(name)
        if body:
            return body
        if name.startswith(_CENTRAL_BANK_SHORT):    # 人民银行山东省分行, 人行合肥中心支行: the central bank's branches
            short = next(s for s in _CENTRAL_BANK_SHORT if name.startswith(s))
            return self.department_name(_CENTRAL_BANK + name[len(short):])
        for prefix in _LEVEL_PREFIXES:
            if name.startswith(prefix) and len(name) > len(prefix) + 1:
                body = self._body_name(name[len(prefix):])
                if body:
                    return prefix + body
        return name

    def _body_name(self, name: str) -> str:
        """The canonical name of a body written without its level word, or ""."""
        for form in _written_forms(name):
            if form in self._dept_canonical:
                return self._dept_canonical[form]
        if name.endswith("厅"):
            for form in _written_forms(name[:-1] + "局"):
                canonical = self._dept_canonical.get(form, "")
                if canonical.endswith("局"):
                    return canonical[:-1] + "厅"
        return ""


# The central bank is written with its country or without, or as 人行: one body (中国人民银行山东省分行).
_CENTRAL_BANK, _CENTRAL_BANK_SHORT = "中国人民银行", ("人民银行", "人行")


def _written_forms(name: str) -> list[str]:
    """The ways one body's name is written: as given, with 委员会 or 委, without the 和 of a pair."""
    forms = [name]
    if name.endswith("委员会"):
        forms.append(name[:-2])
    elif name.endswith("委"):
        forms.append(name + "员会")
    forms += [f.replace("和", "") for f in forms if "和" in f[1:-1]]
    return forms


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon()


_COLLECTIVE = re.compile(r"^(各|沿线|有关|相关|市属|县属|区属)|各相关|各单位|成员单位|直有关部门|直各")
_KINDS = (
    ("collective", _COLLECTIVE),
    ("party", re.compile(r"^[市县区省]委|^团[市县区省]委|党委|纪委|统战部|组织部|宣传部|政法委")),
    ("government", re.compile(r"人民政府$|政府办公室$|政府办公厅$")),
    # 管理委员会 alone is not enough: 国有资产监督管理委员会 is an agency.
    ("zone", re.compile(r"管委会$|(开发区|新区|园区|度假区|高新区|示范区)管理委员会$")),
    ("company", re.compile(r"公司$|集团$")),
)


def department_kind(name: str) -> str:
    """What kind of body a department name denotes (collective units are kept, marked)."""
    for kind, pattern in _KINDS:
        if pattern.search(name):
            return kind
    return "agency"
