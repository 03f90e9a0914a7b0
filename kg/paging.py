"""Long answers through a pager when stdout is a terminal, as git does (the CLI's output only).

The pager is KG_PAGER, else PAGER, else `less` (with LESS=FRX unless LESS is set: quit when
the text fits one screen, keep colours, leave the text on the screen); `cat` or an empty
KG_PAGER turn paging off, as `kg --no-pager` does.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess

from rich.console import Console


def pager_command() -> list[str]:
    """The pager to run, or [] for none."""
    chosen = os.environ.get("KG_PAGER")
    if chosen is None:
        chosen = os.environ.get("PAGER") or ("less" if shutil.which("less") else "")
    words = shlex.split(chosen)
    return [] if not words or words == ["cat"] else words


def page(text: str, screen: Console) -> None:
    """Write the text to the terminal, through the pager when it is longer than the screen."""
    command = pager_command()
    if not command or text.count("\n") < screen.height - 1:
        screen.file.write(text)
        screen.file.flush()
        return
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        screen.file.write(text)      # a pager that cannot start: the text is what matters
        return
    try:
        pager.stdin.write(text.encode("utf-8"))
        pager.stdin.close()
    except BrokenPipeError:          # the reader quit the pager before the end
        pass
    while True:
        try:
            pager.wait()
            break
        except KeyboardInterrupt:    # as git: Ctrl-C is the pager's to handle
            continue
