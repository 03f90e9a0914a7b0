"""The lexicon: editable data files (regions, department aliases) and the lookups over them.

General knowledge lives in `loaders/data/*.tsv`; a user can point KG_LEXICON_DIR at
a folder holding their own copies (same file names) to extend or correct them.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph import schema

DATA_DIR = Path(__file__).with_name("data")
_LEVEL_PREFIXES = ("市", "县", "区", "省")


def _rows(name: str) -> list[list[str]]:
    """Rows of a TSV data file, comments and blank lines skipped; a user copy wins."""
    user_dir = os.environ.get("KG_LEXICON_DIR")
    path = Path(user_dir) / name if user_dir and (Path(user_dir) / name).exists() else DATA_DIR / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True)
class RegionInfo:
    name: str
    level: str
    key: str          # path of names, e.g. 山东省/聊城市/冠县
    parent: str       # parent's key, "" for a province


class Lexicon:
    def __init__(self) -> None:
        self.regions: dict[str, RegionInfo] = {}      # key → info
        self._by_name: dict[str, list[RegionInfo]] = {}
        for row in _rows("regions.tsv"):
            name, level, parent = (row + ["", "", ""])[:3]
            shorts = row[3].split(",") if len(row) > 3 and row[3] else []
            info = RegionInfo(name, level, schema.region_key(parent, name), parent)
            self.regions[info.key] = info
            for n in [name, *shorts]:
                self._by_name.setdefault(n, []).append(info)
        self._dept_canonical: dict[str, str] = {}
        for row in _rows("department_aliases.tsv"):
            canonical = row[0]
            for alias in row:
                if alias:
                    self._dept_canonical[alias] = canonical

    # Regions
    def find_region(self, name: str, within: str = "") -> RegionInfo | None:
        """A region by full or short name; `within` (a region key) settles ambiguity."""
        found = self._by_name.get(name, [])
        if within:
            found = [r for r in found if r.key.startswith(within + "/") or r.key == within]
        return found[0] if len(found) == 1 else None

    def region_path(self, key: str) -> list[RegionInfo]:
        """The region and its ancestors, top first."""
        out = []
        while key in self.regions:
            info = self.regions[key]
            out.append(info)
            key = info.parent
        return out[::-1]

    def region_prefix(self, text: str, within: str = "") -> RegionInfo | None:
        """The longest known region name `text` starts with (东昌府区人民政府 → 东昌府区)."""
        for n in range(min(len(text), 8), 1, -1):
            info = self.find_region(text[:n], within)
            if info:
                return info
        return None

    # Departments
    def department_name(self, name: str) -> str:
        """Canonical form of a department's name; unknown names are returned as given."""
        name = re.sub(r"\s+", "", name)
        if name in self._dept_canonical:
            return self._dept_canonical[name]
        for prefix in _LEVEL_PREFIXES:
            if name.startswith(prefix) and name[len(prefix):] in self._dept_canonical:
                return prefix + self._dept_canonical[name[len(prefix):]]
        return name


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
