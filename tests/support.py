"""Helpers shared by the test modules (kept out of conftest.py so they can be imported)."""
from __future__ import annotations

import os

import pytest


def unavailable(reason: str, what: str = "Neo4j integration tests") -> None:
    """A service a test needs is missing: fail in CI, where it must be there; skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} must run in CI: {reason}", pytrace=False)
    pytest.skip(reason)
