"""How long reading takes per format: the tests' 40-task plan as text, web page, Word file and PDF.

    python bench/reading.py

For each format: the first read (which imports the format's library) and the median of
later reads, in CPU seconds, from bytes to the document model (`loaders.reading`), and
the same through extraction (`from_bytes` and the responsibility table reader).
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.recognisers.lexicon import default_lexicon  # noqa: E402
from loaders.reading import sniff  # noqa: E402
from loaders.kinds.responsibility_table import parse  # noqa: E402
from loaders.reading.source import from_bytes  # noqa: E402
from tests import formats  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))


def cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def main() -> None:
    lexicon = default_lexicon()
    files = {"text": formats.text().encode("gbk"), "html": formats.html().encode("gbk"),
             "docx": formats.docx_bytes(), "pdf": formats.pdf_bytes()}
    print(f"{'format':8} {'bytes':>8} {'first read':>11} {'read':>9} {'read + extract':>15}   (CPU s, median of {REPEAT})")
    for name, data in files.items():
        assert sniff(data) == name
        first = cpu(lambda: from_bytes(data, name))
        read = statistics.median(cpu(lambda: from_bytes(data, name)) for _ in range(REPEAT))
        both = statistics.median(cpu(lambda: parse(from_bytes(data, name), lexicon)) for _ in range(REPEAT))
        print(f"{name:8} {len(data):>8} {first:>11.3f} {read:>9.3f} {both:>15.3f}")


if __name__ == "__main__":
    main()
