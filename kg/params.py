"""Query parameters as typed on the command line (`-p key=value`, `-p key:=JSON`), typed."""
from __future__ import annotations

import datetime
import json
import re

from graph.errors import KgError


class ParamError(KgError):
    """A --param the user must write otherwise (the CLI exits 2: a usage error)."""


def parse(item: str, dates: bool = False) -> tuple[str, object]:
    """`k=v`: v typed (integer, float, true/false, null, with `dates` a YYYY-MM-DD date, else
    text); `k:=JSON`: any JSON value."""
    key, sep, text = item.partition("=")
    if not sep or not key or key == ":":
        raise ParamError(f"--param takes key=value or key:=JSON, not {item!r}")
    if key.endswith(":"):
        try:
            return key[:-1], json.loads(text)
        except ValueError as e:
            raise ParamError(f"--param {key[:-1]}:= takes JSON, and {text!r} is not: {e}") from None
    low = text.lower()
    if low in ("true", "false"):
        return key, low == "true"
    if low == "null":
        return key, None
    if re.fullmatch(r"[+-]?\d+", text):
        return key, int(text)
    if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][+-]?\d+)", text):
        return key, float(text)
    if dates and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        # A date, so that `t.deadlineDate < $d` compares dates on both stores (Neo4j finds
        # no text before a date; LadybugDB would cast the text).
        try:
            return key, datetime.date.fromisoformat(text)
        except ValueError:
            raise ParamError(f"--param {key}={text} is no date (YYYY-MM-DD); for the text, give {key}:='\"{text}\"'") from None
    return key, text
