"""No pattern of the core may backtrack catastrophically on hostile text (issue 9, "linear-time matching").

Every compiled regex held at module or class level in ``whybounce`` and ``whybounce.formats`` (found
automatically, see ``regex_probe.py``), every phrase of ``data/*.yaml`` and the classifier as a whole
are run against adversarial 100 KB texts: long runs of the characters each pattern matches, near
misses, a near-match repeated.  The work happens in a child process, because a running ``re`` match
cannot be interrupted from inside; the parent reads the child's progress and kills it when one item
takes longer than a generous limit.  The limit is there to catch quadratic or exponential behaviour
(minutes on 100 KB), not to measure speed: a linear pattern needs well under a second here.  Where Linux's
/proc gives it, the limit counts the child's CPU time, not the clock: a backtracking match burns CPU, while a
child starved by a busy machine does not (the fresh-Debian check of session 55, at a load of 15 on two cores, saw
children killed before their first item by the clock alone).
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import regex_probe

HERE = Path(__file__).resolve().parent
PER_ITEM_S = 10.0
"""Seconds one pattern (with all its ~50 texts of 100 KB) or one phrase may take."""
STARTUP_S = 30.0
"""Seconds a child may take to import the core and collect the items before its first one."""
BATCH = 256
"""Items per child process; a hang kills the child and the next one starts after the hung item."""
WALL_S = 600.0
"""Clock seconds an item may take even when its CPU time stays under the limit (a child blocked, not matching)."""


def _cpu_seconds(pid: int) -> float | None:
    """The child's CPU time (user + system) from /proc, or None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _run_child(kind: str, start: int, stop: int) -> tuple[list[int], int | None, float]:
    """Run items ``start``..``stop`` of ``kind`` in a child; (finished items, hanging item or None, its time)."""
    proc = subprocess.Popen([sys.executable, str(HERE / "regex_probe.py"), kind, str(start), str(stop)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE)
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    done: list[int] = []
    current: int | None = None
    started, cpu_started = time.monotonic(), _cpu_seconds(proc.pid)
    limit = STARTUP_S + PER_ITEM_S
    try:
        while True:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                wall = time.monotonic() - started
                cpu = _cpu_seconds(proc.pid)
                took = cpu - cpu_started if cpu is not None and cpu_started is not None else wall
                if took > limit or wall > WALL_S:
                    return done, current if current is not None else start, took
                continue
            if line is None:
                break
            word, _, rest = line.partition(" ")
            if word == "start":
                current, limit = int(rest), PER_ITEM_S
                started, cpu_started = time.monotonic(), _cpu_seconds(proc.pid)
            elif word == "done":
                done.append(int(rest.split()[0]))
                current = None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    if proc.returncode != 0:
        assert proc.stderr is not None
        pytest.fail(f"regex probe child failed ({kind} {start}-{stop}):\n{proc.stderr.read()[-3000:]}")
    return done, None, 0.0


def _check_all(kind: str, labels: list[str]) -> None:
    """Run every item, restarting after a hang, and fail once with the list of all slow items."""
    slow: list[str] = []
    pos = 0
    while pos < len(labels):
        stop = min(pos + BATCH, len(labels))
        done, hung, took = _run_child(kind, pos, stop)
        if hung is None:
            missing = set(range(pos, stop)) - set(done)
            assert not missing, f"the probe skipped items {sorted(missing)}"
            pos = stop
            continue
        slow.append(f"{labels[hung]} (killed after {took:.0f} s)")
        pos = hung + 1
    assert not slow, "catastrophic backtracking on 100 KB hostile text:\n  " + "\n  ".join(slow)


def test_the_probe_finds_the_core_patterns() -> None:
    """Guards the collector itself: it must see patterns in the modules known to hold them."""
    found = {where.rsplit(".", 1)[0] for where, _ in regex_probe.collect_patterns()}
    for module in ("whybounce.mime", "whybounce.smtp", "whybounce.addresses", "whybounce.read",
                   "whybounce.inputs", "whybounce.dsn"):
        assert any(w == module or w.startswith(module + ".") for w in found), module
    assert len(regex_probe.collect_phrases()) > 500


def test_the_probe_catches_a_catastrophic_pattern() -> None:
    """The harness must be able to fail: a known exponential pattern is killed on its texts."""
    import re

    evil = re.compile(r"^(a+)+$")
    texts = regex_probe.texts_for(evil.pattern)
    assert any(t.startswith("a" * 1000) for t in texts)
    code = ("import re,sys;sys.path.insert(0,'.');import regex_probe as r;p=re.compile(r'^(a+)+$');"
            "[p.match(t) for t in r.texts_for(p.pattern)]")
    with pytest.raises(subprocess.TimeoutExpired):
        subprocess.run([sys.executable, "-c", code], cwd=HERE, timeout=3)


def test_every_regex_of_the_core_is_linear() -> None:
    _check_all("patterns", [f"{w}: {p.pattern!r:.120}" for w, p in regex_probe.collect_patterns()])


def test_every_knowledge_phrase_is_linear() -> None:
    _check_all("phrases", [f"{f}: {p!r}" for f, p in regex_probe.collect_phrases()])


def test_classifier_and_line_reader_on_near_misses_of_every_phrase() -> None:
    _check_all("classifier", [f"near misses of {f}" for f, _ in regex_probe.near_miss_texts()])
