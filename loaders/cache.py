"""Where kg keeps what it can rebuild (the gazetteer's index, jieba's words): one folder for all."""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`KG_CACHE_DIR` when set, else `$XDG_CACHE_HOME/kg` (`~/.cache/kg`)."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg"
