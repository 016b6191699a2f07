"""Running a process and measuring it: wall time from start to exit and, when asked, its own peak RSS.

Peak RSS is taken by a small parent in between (``/usr/bin/time -f %M``, else a tiny Python
launcher), never from this process's own ``wait4``/``RUSAGE_CHILDREN``: on Linux a child's
``ru_maxrss`` starts from the RSS of the process that forked it (exec keeps the old memory's high
water mark), so a child of a bench holding a 30 MB bounce would report at least that much.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO


@dataclass(frozen=True)
class Run:
    """One finished process: how long it ran, its peak RSS, its exit status and its stderr."""

    wall_s: float
    maxrss_kb: int | None  # None unless asked for with ``peak_rss=True``
    returncode: int
    stderr: str


GNU_TIME = Path("/usr/bin/time")

LAUNCHER = (
    "import os, sys\n"
    "pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)
"""Fallback when GNU time is missing: spawn the command, report its own ru_maxrss (floor: this
launcher's ~10 MB, since the spawned child starts from its parent's memory)."""


def rss_wrapper(argv: Sequence[str], report: Path) -> list[str]:
    """``argv`` run under a small parent that writes the child's peak RSS in kB to ``report``."""
    if GNU_TIME.is_file():
        return [str(GNU_TIME), "-f", "%M", "-o", str(report), *argv]
    return [sys.executable, "-c", LAUNCHER, str(report), *argv]


def parse_rss_report(text: str) -> int:
    """The peak RSS in kB: the last line of the report (GNU time puts a status line before it)."""
    lines = text.strip().splitlines()
    if not lines or not lines[-1].strip().isdigit():
        raise ValueError(f"no peak RSS in the report: {text.strip()[-120:]!r}")
    return int(lines[-1])


class ProcessFailed(RuntimeError):
    """A measured process exited non-zero: its figures mean nothing."""


def pin_to(cpu: int | None) -> Callable[[], None] | None:
    """A ``preexec_fn`` that keeps the child (and its threads) on one CPU, or None for no pinning."""
    if cpu is None:
        return None
    cpus = {cpu}

    def pin() -> None:
        os.sched_setaffinity(0, cpus)

    return pin


def run_process(
    argv: Sequence[str],
    *,
    stdout: IO[bytes] | int | None = subprocess.DEVNULL,
    env: Mapping[str, str] | None = None,
    cpu: int | None = None,
    cwd: Path | None = None,
    check: bool = True,
    peak_rss: bool = False,
    stdin: Path | None = None,
) -> Run:
    """Run ``argv`` to its end; wall time covers fork/exec to exit, as a user would feel it.

    With ``peak_rss`` the command runs under :func:`rss_wrapper`, which adds about a millisecond.
    ``stdin`` is a file to read standard input from (default: none).
    """
    command = Path(argv[0]).name
    report: Path | None = None
    if peak_rss:
        fd, name = tempfile.mkstemp(prefix="bench-rss-")
        os.close(fd)
        report = Path(name)
        argv = rss_wrapper(argv, report)
    source = stdin.open("rb") if stdin is not None else None
    try:
        start = time.perf_counter()
        proc = subprocess.run(
            list(argv), stdin=source if source is not None else subprocess.DEVNULL, stdout=stdout,
            stderr=subprocess.PIPE, env=dict(env) if env is not None else None, preexec_fn=pin_to(cpu), cwd=cwd,
        )
        wall = time.perf_counter() - start
        report_text = report.read_text() if report is not None else None
    finally:
        if source is not None:
            source.close()
        if report is not None:
            report.unlink(missing_ok=True)
    err = proc.stderr.decode("utf-8", "replace")
    if check and proc.returncode != 0:
        tail = err.strip().splitlines()[-1:] or ["(no stderr)"]
        raise ProcessFailed(f"{command} exited {proc.returncode}: {tail[0][:200]}")
    maxrss = parse_rss_report(report_text) if report_text is not None else None
    return Run(wall_s=wall, maxrss_kb=maxrss, returncode=proc.returncode, stderr=err)


def median(values: Sequence[float]) -> float:
    """Median of repeats: one slow repeat caused by a neighbour's job does not move it."""
    if not values:
        raise ValueError("no values to take the median of")
    return float(statistics.median(values))


def read_vm_kb(pid: int, field: str) -> int | None:
    """A ``Vm*`` line of ``/proc/<pid>/status`` (``VmRSS`` now, ``VmHWM`` peak) in kB; None if gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return None
