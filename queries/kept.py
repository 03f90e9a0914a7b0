"""What one process computes over an embedded database and keeps beside it for the next
(`<db>.task-index`, `<db>.pagerank`), valid while the database's fingerprint is unchanged."""
from __future__ import annotations

from typing import Any, Callable

from graph.store import Store

_KEPT_VERSION = 1       # of the files' layout: a file of another version is computed again


def _kept_file(store: Store, name: str):
    path = getattr(store, "path", None)
    return path.with_name(f"{path.name}.{name}") if store.backend == "embedded" and path is not None else None


def kept(store: Store, name: str, fp: Any) -> Any | None:
    """What was kept beside this embedded database under `name` for fingerprint `fp`; else None."""
    import pickle
    path = _kept_file(store, name)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            version, kept_fp, value = pickle.load(f)
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError, AttributeError, ImportError):
        return None
    return value if version == _KEPT_VERSION and kept_fp == fp else None


def keep(store: Store, name: str, fp: Any, value: Any) -> None:
    import os
    import pickle
    path = _kept_file(store, name)
    if path is None:
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            pickle.dump((_KEPT_VERSION, fp, value), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:            # a read-only place: it is computed again next time
        try:
            os.unlink(tmp)
        except OSError:
            pass


def kept_or(store: Store, name: str, fp: Any, compute: Callable[[], Any]) -> Any:
    """`compute()`, or what an earlier process kept of it beside the embedded database."""
    value = kept(store, name, fp)
    if value is None:
        value = compute()
        keep(store, name, fp, value)
    return value
