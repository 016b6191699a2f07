"""Crash signatures the fuzz targets step over, so that one known bug does not end every session.

A signature is ``ExceptionType at path/of/module.py:function`` of the innermost frame in our own code.
Two sources: ``fuzz/known_crashes.txt`` (bugs reported but not fixed yet, each with a note) and the
file named by ``$WHYBOUNCE_FUZZ_SEEN`` (written by the runner: crashes already kept during this run).
The crash inputs themselves stay in ``tests/fuzz_regressions/``, whose replay test applies no such
filter: a known bug remains a failing test until it is fixed.
"""

from __future__ import annotations

import os
import re
import sys
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

KNOWN_FILE = Path(__file__).resolve().parent / "known_crashes.txt"
OWN_CODE = ("whybounce", "whybounce_host", "fuzz")


def signature(exc: BaseException) -> str:
    """Exception type and the innermost frame of the project's own code that it passed through.

    A broken result shape is named by the field it is about (``ShapeError at $.recipients[].status``),
    since every such failure is raised from the same checking line."""
    text = str(exc)
    if type(exc).__name__ == "ShapeError" and text.startswith("$"):
        return "ShapeError at " + re.sub(r"\[\d+\]", "[]", text.split(":", 1)[0])
    where = "unknown"
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        parts = frame.filename.replace("\\", "/").split("/")
        hits = [i for i, p in enumerate(parts) if p in OWN_CODE]
        if hits:
            where = "/".join(parts[hits[-1]:]) + ":" + frame.name
            break
    return f"{type(exc).__name__} at {where}"


def load() -> set[str]:
    sigs: set[str] = set()
    extra = os.environ.get("WHYBOUNCE_FUZZ_SEEN")
    for path in (KNOWN_FILE, Path(extra) if extra else None):
        if path is not None and path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    sigs.add(line)
    return sigs


def guarded(check: Callable[[bytes], None]) -> Callable[[bytes], None]:
    """``check`` that returns on a known signature (counting it on stderr) and names any other one."""
    known = load()
    hits: Counter[str] = Counter()

    def run(data: bytes) -> None:
        try:
            check(data)
        except Exception as exc:
            sig = signature(exc)
            if sig in known:
                hits[sig] += 1
                n = hits[sig]
                if n & (n - 1) == 0:  # 1, 2, 4, 8, ...: a few lines, still a count
                    print(f"fuzz: known crash hit {n} times: {sig}", file=sys.stderr, flush=True)
                return
            print(f"fuzz: crash signature: {sig}", file=sys.stderr, flush=True)
            raise

    return run
