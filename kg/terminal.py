"""What kg echoes to a terminal on stderr: control characters shown escaped.

Arguments and file names reach messages as they were typed or found; one holding escape
codes (`\x1b[2J`) would otherwise clear the screen, move the cursor or retitle the window
when kg echoes it, and a bidirectional override would make a name read as another. A file
name that is not UTF-8 (its bytes kept by Python as lone surrogates) is shown byte by byte
instead of failing to print.
"""
from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _shown(ch: str) -> str:
    o = ord(ch)
    if 0xDC80 <= o <= 0xDCFF:             # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"


def escaped(text: str, keep: str = "") -> str:
    """`text` with control, direction-changing and undecodable characters as escapes (\\x1b),
    but those in `keep` (a table cell keeps its line breaks: "\\n")."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _shown(m.group()), text)
