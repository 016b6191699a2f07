"""Instruction counts (valgrind's callgrind) of the throughput passes and of the two start-ups.

A fresh interpreter imports ``whybounce``, reads the 406 files of ``../shared/corpus/sisimai/bounces/*.eml`` and
makes 0, 1 or 2 passes of ``explain_bytes(raw).to_dict()``: the first pass is (1) − (0), the steady pass (2) − (1).
The start-ups are the last steps of ``bench/startup_steps.py``: ``whybounce line "550 5.1.1 user unknown"`` and
the host's first answer (``lhost-postfix-01.eml``). ``PYTHONHASHSEED=0`` and a bytecode cache filled first, as
after an install. The same figures on every run, whatever the machine's load (docs/performance.md).

    .venv/bin/python bench/instructions.py [--keep DIR] [--passes-only] [--skip-exit]

``--keep``: callgrind's files there, for callgrind_annotate.  ``--skip-exit``: each pass run ends with ``os._exit``, so
the first pass leaves out the interpreter's shutdown, which frees and collects all that the pass loaded (the default
counts it, as sessions 20-25 did).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import gen
from bench.run import child_env
from bench.startup_steps import HOST_STEPS, LINE_STEPS, cpu_ms, request_frame

PASSES = """import whybounce
from pathlib import Path
raws = [p.read_bytes() for p in sorted(Path({folder!r}).glob("*.eml"))]
for _ in range({passes}):
    for raw in raws:
        whybounce.explain_bytes(raw).to_dict()
{exit}"""
# --skip-exit: end the process without the interpreter's shutdown, whose collection walks everything a first pass
# loaded (about 21 M instructions that the bench's timer, stopped before, never sees)
SKIP_EXIT = "import os; os._exit(0)"


def count(code: str, env: dict[str, str], stdin: bytes, out: Path | None, options: list[str] | None = None) -> float:
    """Millions of instructions of one fresh ``python -c code`` (``options``: callgrind's own, as bench/pieces.py's
    ``--toggle-collect``)."""
    cpu_ms(code, env, stdin)  # untimed: fills the bytecode cache
    target = str(out) if out else "/dev/null"
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={target}", *(options or ()),
                           sys.executable, "-c", code], input=stdin, capture_output=True, env=env, check=True)
    found = re.search(rb"Collected : (\d+)", done.stderr)
    if not found:
        raise RuntimeError("no instruction count in valgrind's output")
    return int(found.group(1)) / 1e6


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--keep", type=Path, help="write callgrind's output files to this folder")
    p.add_argument("--passes-only", action="store_true", help="skip the two start-ups")
    p.add_argument("--skip-exit", action="store_true",
                   help="end each pass run with os._exit: the passes without the interpreter's shutdown")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        p.error("needs valgrind (apt-get install valgrind)")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)

    def out(name: str) -> Path | None:
        return args.keep / f"callgrind.{name}" if args.keep else None

    with tempfile.TemporaryDirectory(prefix="whybounce-instr-") as tmp:
        env = child_env(Path(tmp) / "pycache")
        env["PYTHONHASHSEED"] = "0"
        ending = SKIP_EXIT if args.skip_exit else ""
        passes = [count(PASSES.format(folder=str(gen.BOUNCES), passes=n, exit=ending), env, b"", out(f"pass{n}"))
                  for n in range(3)]
        print(f"first pass {passes[1] - passes[0]:.1f} M, steady pass {passes[2] - passes[1]:.1f} M "
              f"(0/1/2 passes: {passes[0]:.1f} / {passes[1]:.1f} / {passes[2]:.1f} M)")
        if not args.passes_only:
            line = count(LINE_STEPS[-1][1], env, b"", out("line"))
            sample = (gen.BOUNCES / "lhost-postfix-01.eml").read_bytes()
            host = count(HOST_STEPS[-1][1], env, request_frame(sample), out("host"))
            base = count("pass", env, b"", None)
            print(f"whybounce line {line:.1f} M, host's first answer {host:.1f} M, python -c pass {base:.1f} M")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
