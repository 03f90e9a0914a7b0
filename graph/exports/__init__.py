"""Export formats of a KnowledgeGraph (or a selection of it), in one registry.

Each format is a module in this package with a writer `write(kg) -> bytes | dict[str, bytes]`:
bytes for a single file (or standard output), a mapping of relative file names to bytes
for formats that are a set of files (written into a directory). Modules are imported only
when their format is used, so optional dependencies cost nothing until then.

`kg export --help` lists FORMATS; docs/exports.md describes each one.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Union

from ..knowledge import KnowledgeGraph

Output = Union[bytes, dict[str, bytes]]


@dataclass(frozen=True)
class Format:
    name: str
    summary: str          # one line, for --help and docs
    extension: str        # of the file written (empty: a directory of files)
    module: str           # graph.exports.<module>, with a `write(kg) -> Output`
    text: bool = True     # can go to standard output

    def writer(self) -> Callable[[KnowledgeGraph], Output]:
        return importlib.import_module(f"{__name__}.{self.module}").write


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("json", "node-link JSON (networkx; docs/export-json.md)", ".json", "node_link"),
)}


def write(kg: KnowledgeGraph, fmt: str) -> Output:
    return FORMATS[fmt].writer()(kg)
