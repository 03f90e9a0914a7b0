"""Legacy Word files (.doc) → the document model, through LibreOffice's converter to .docx.

kg does not parse the old binary format itself: when `soffice` (LibreOffice) is
installed it converts the file in a temporary folder and the .docx reader reads it.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from graph.errors import ReadError
from loaders.reading import docx

_TIMEOUT = 120   # seconds; a first run of LibreOffice sets up its profile


def read(data: bytes):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ReadError("a legacy Word (.doc) file: kg reads it through LibreOffice, which is not installed "
                        "(e.g. apt install libreoffice-writer-nogui), or save the file as .docx")
    with tempfile.TemporaryDirectory(prefix="kg-doc-") as tmp:
        src = Path(tmp) / "document.doc"
        src.write_bytes(data)
        profile = Path(tmp, "profile").as_uri()   # its own profile: no clash with a running LibreOffice
        try:
            subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
                            "--outdir", tmp, str(src)], capture_output=True, timeout=_TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise ReadError(f"a legacy Word (.doc) file that LibreOffice could not convert ({e})") from e
        out = Path(tmp) / "document.docx"
        if not out.exists():
            raise ReadError("a legacy Word (.doc) file that LibreOffice could not convert")
        converted = out.read_bytes()
    return replace(docx.read(converted), format="doc")
