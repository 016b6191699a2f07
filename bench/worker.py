"""In-process timings, run by bench/run.py as a fresh child process (pinned to one CPU for throughput).

Modes (one JSON object on stdout):

- ``throughput DIR``: read every ``DIR/*.eml`` into memory, then time ``explain_bytes(raw).to_dict()``
  over all files (cards included, nothing printed) twice: the first pass in the fresh process (it
  also pays for importing the engine and the detectors, decoding the knowledge and loading the
  patterns, all on first use) and a second, steady pass.  The
  steady pass is the one compared with go-sisimai, whose package init builds its tables before its
  timer starts; the first pass is reported too.
- ``floor DIR``: the same two passes with the stdlib's ``email.message_from_bytes`` (compat32) only.
- ``big FILE REPEATS``: time reading FILE, then ``explain_bytes(raw).to_dict()`` on it, REPEATS times.

Each file counts as one message, as in go-sisimai's and Sisimai Perl's drivers (``files / seconds``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def _read_all(folder: Path) -> list[bytes]:
    return [f.read_bytes() for f in sorted(folder.glob("*.eml"))]


def throughput(folder: Path) -> dict[str, Any]:
    """One timed pass of the full contract result over the whole corpus, already in memory."""
    import whybounce

    raws = _read_all(folder)
    passes: list[float] = []
    findings = 0
    for _ in range(2):
        findings = 0
        start = time.perf_counter()
        for raw in raws:
            result = whybounce.explain_bytes(raw).to_dict()
            findings += len(result["recipients"])
        passes.append(time.perf_counter() - start)
    return {"files": len(raws), "first_seconds": passes[0], "seconds": passes[1], "findings": findings}


def floor(folder: Path) -> dict[str, Any]:
    """The stdlib parser alone: the floor for any reader built on it."""
    import email
    from email import policy

    raws = _read_all(folder)
    passes: list[float] = []
    for _ in range(2):  # the same two passes as ``throughput``; the second is the one compared
        start = time.perf_counter()
        for raw in raws:
            email.message_from_bytes(raw, policy=policy.compat32)
        passes.append(time.perf_counter() - start)
    return {"files": len(raws), "first_seconds": passes[0], "seconds": passes[1]}


def big(path: Path, repeats: int) -> dict[str, Any]:
    """Reading the big bounce vs explaining it, interleaved so both see the same machine load."""
    import whybounce

    whybounce.explain_line("550 5.1.1 user unknown")  # warm-up outside the timer
    reads: list[float] = []
    explains: list[float] = []
    result: dict[str, Any] = {}
    for _ in range(repeats):
        start = time.perf_counter()
        raw = path.read_bytes()
        reads.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = whybounce.explain_bytes(raw).to_dict()
        explains.append(time.perf_counter() - start)
        del raw
    return {
        "bytes": path.stat().st_size,
        "read_s": reads,
        "explain_s": explains,
        "kind": result.get("kind"),
        "recipients": [[f.get("address"), f.get("reason"), f.get("status")] for f in result["recipients"]],
    }


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "throughput":
        out = throughput(Path(argv[1]))
    elif len(argv) >= 2 and argv[0] == "floor":
        out = floor(Path(argv[1]))
    elif len(argv) >= 3 and argv[0] == "big":
        out = big(Path(argv[1]), int(argv[2]))
    else:
        print("usage: worker.py throughput DIR | floor DIR | big FILE REPEATS", file=sys.stderr)
        return 2
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
