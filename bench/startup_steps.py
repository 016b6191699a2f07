"""Where the start-up time of ``whybounce line`` and of the host's first answer goes, step by step.

Each step is a fresh interpreter doing a little more of the real start-up than the step before (the
first one is ``python -c pass``, the last the real program); a step's cost is its CPU time (user +
system, from the child's rusage) minus the previous step's, median of interleaved repeats, so a step
can come out slightly negative.  CPU time, not wall time: the steps are a few milliseconds each and
other jobs on a shared machine would drown them.  ``--instructions`` counts instructions with
valgrind (callgrind) instead: slower, but the same on every run.

    .venv/bin/python bench/startup_steps.py [--repeats N] [--instructions]

The table is in docs/performance.md ("Where the start-up time goes").
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import gen
from bench.run import LINE_TEXT, child_env

# the sections one `whybounce line "550 5.1.1 user unknown"` decodes (the host's explain of the Postfix sample decodes
# the same but `reply_codes#en`, and the typo hint's `domains` and the clause index's `words#tables`, `words#sides`):
# the resolver's tables (`reasons#table`), the providers' index, the clause words, the card's shared parts
# (`cards#rest`) and its own card, the registries its lines quote (of the statuses', its subject's group)
LINE_SECTIONS = ("reasons#table", "providers#index", "status_codes#codes", "status_codes#en/rest",
                 "status_codes#en/codes/X.1", "words#verdicts", "words#inner", "words#standard", "cards#rest",
                 "reasons/userunknown#card/en", "reply_codes#en", "known_replies#en", "words#sender-cues")
SECTIONS = f"import whybounce.knowledge as k\nfor s in {LINE_SECTIONS!r}: k.section(s)"


def _cumulative(first: str, steps: list[tuple[str, str]], last: tuple[str, str]) -> list[tuple[str, str]]:
    """(label, code): ``python -c pass``, then each step's code added to the ones before, then the real program."""
    out = [(first, "pass")]
    code: list[str] = []
    for label, line in steps:
        code.append(line)
        out.append((label, "\n".join(code)))
    return [*out, last]


# Both programs end with what is alive frozen (the CLI's atexit, the host after its first answer), so every
# step does too; the host pauses garbage collection from its first request on, so its steps do from there.
LINE_STEPS = _cumulative("interpreter start and exit (`python -c pass`)", [
    ("exit without walking what is alive (gc.freeze at exit)", "import atexit, gc; atexit.register(gc.freeze)"),
    ("the package (its caches: `whybounce.memo`, no `functools`), the CLI module, i18n", "import whybounce.cli"),
    ("line, engine (its `finish`), resolve, providers, cards, smtp, model, render",
     "import whybounce.line, whybounce.render"),
    ("msgpack (its C module; `datetime` and `collections` it imports)", "import msgpack"),
    ("knowledge: the 13 sections a line reads, decoded", SECTIONS),
    ("the resolver's tables (`resolve.Knowledge`, made from `reasons#table`)",
     "from whybounce import resolve; resolve.knowledge()"),
], ("the answer: patterns from the store, resolve, card, render, print",
    f"import sys; sys.argv = ['whybounce', 'line', {LINE_TEXT!r}]\nfrom whybounce.cli import main; sys.exit(main())"))

HOST_STEPS = _cumulative("interpreter start and exit (`python -c pass`)", [
    ("exit without walking what is alive (gc.freeze)", "import atexit, gc; atexit.register(gc.freeze)"),
    ("the host's own modules (`_json`, `struct`, the core package)",
     "import whybounce_host.__main__, whybounce_host.serve"),
    ("engine, MIME layer (mail, mime, read, dsn), resolve, cards, the registry",
     "gc.disable(); import whybounce.engine, whybounce.mail, whybounce.formats"),
    ("msgpack (its C module; `datetime` and `collections` it imports)", "import msgpack"),
    ("knowledge: the 13 sections a line reads, decoded", SECTIONS),
    ("the resolver's tables (`resolve.Knowledge`)", "from whybounce import resolve; resolve.knowledge()"),
], ("the answer: frame in, patterns from the store, detect, resolve, cards, frame out",
    "import sys; sys.argv = ['whybounce-host', '/x/whybounce.json', 'whybounce@whybounce.org']\n"
    "from whybounce_host.__main__ import main; sys.exit(main())"))


def request_frame(raw: bytes) -> bytes:
    body = json.dumps({"id": 1, "op": "explain", "raw": base64.b64encode(raw).decode("ascii"), "lang": "en"})
    return struct.pack("=I", len(body)) + body.encode("utf-8")


def cpu_ms(code: str, env: dict[str, str], stdin: bytes) -> float:
    """User + system CPU milliseconds of one fresh ``python -c code``."""
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"step failed ({proc.returncode}): {code!r}")
    return (usage.ru_utime + usage.ru_stime) * 1000


def instructions_m(code: str, env: dict[str, str], stdin: bytes) -> float:
    """Millions of instructions of one fresh ``python -c code``, counted by callgrind."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                           code], input=stdin, capture_output=True, env=env, check=True)
    found = re.search(rb"Collected : (\d+)", done.stderr)
    if not found:
        raise RuntimeError("no instruction count in valgrind's output")
    return int(found.group(1)) / 1e6


def measure(steps: list[tuple[str, str]], env: dict[str, str], stdin: bytes, repeats: int,
            instructions: bool) -> list[float]:
    for _, code in steps:  # untimed: fills the bytecode cache
        cpu_ms(code, env, stdin)
    if instructions:
        return [instructions_m(code, env, stdin) for _, code in steps]
    samples: list[list[float]] = [[] for _ in steps]
    for _ in range(repeats):
        for i, (_, code) in enumerate(steps):  # interleaved: a neighbour's burst hits every step alike
            samples[i].append(cpu_ms(code, env, stdin))
    return [statistics.median(s) for s in samples]


def table(title: str, steps: list[tuple[str, str]], values: list[float], unit: str) -> str:
    base, total = values[0], values[-1]
    rows = [f"| {title} | {unit} | added | share of the total |", "|---|---|---|---|"]
    previous = 0.0
    for (what, _), value in zip(steps, values, strict=True):
        rows.append(f"| {what} | {value:.1f} | {value - previous:+.1f} | {(value - previous) / total:.0%} |")
        previous = value
    rows.append(f"| total, as a multiple of `python -c pass` | {total:.1f} | | {total / base:.2f}x |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeats", type=int, default=20, help="runs per step (default 20; medians)")
    p.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead")
    args = p.parse_args(argv)
    if args.instructions and shutil.which("valgrind") is None:
        p.error("--instructions needs valgrind (apt-get install valgrind)")
    unit = "M instructions" if args.instructions else "CPU ms"
    sample = gen.BOUNCES / "lhost-postfix-01.eml"
    with tempfile.TemporaryDirectory(prefix="whybounce-steps-") as tmp:
        env = child_env(Path(tmp) / "pycache")
        line = measure(LINE_STEPS, env, b"", args.repeats, args.instructions)
        host = measure(HOST_STEPS, env, request_frame(sample.read_bytes()), args.repeats, args.instructions)
    print(table(f'`whybounce line "{LINE_TEXT}"`', LINE_STEPS, line, unit))
    print()
    print(table(f"host, first answer ({sample.name})", HOST_STEPS, host, unit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
