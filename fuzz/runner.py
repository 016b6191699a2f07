"""Runs the atheris fuzz targets for a set time each and writes ``fuzz/SUMMARY.md``.

Why a runner and not a bare libFuzzer call: libFuzzer stops at the first crash.  Here every crash,
timeout or out-of-memory input is moved to ``tests/fuzz_regressions/<target>/`` (which the test suite
replays) and the target is started again for the time that is left, so one bug does not end the run.
The seed corpus is built at run time from ``../shared/corpus`` into a work folder outside the
repository (``$WHYBOUNCE_FUZZ_WORK``, default ``/tmp/whybounce-fuzz``); it is never committed.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

FUZZ_DIR = Path(__file__).resolve().parent
ROOT = FUZZ_DIR.parent
CORPUS = ROOT.parent / "shared" / "corpus"
REGRESSIONS = ROOT / "tests" / "fuzz_regressions"
SUMMARY = FUZZ_DIR / "SUMMARY.md"
TARGETS = ("core", "frames")
ARTIFACT_KINDS = ("crash", "timeout", "oom", "leak")
MAX_SESSIONS = 12
PER_INPUT_TIMEOUT_S = 20
RSS_LIMIT_MB = 3072
_DIAGNOSTIC = re.compile(rb"^(?:Diagnostic-Code|Status|Remote-MTA):[^\n]{1,400}$", re.MULTILINE | re.IGNORECASE)


@dataclass
class TargetRun:
    name: str
    seeds: int = 0
    seconds: float = 0.0
    sessions: int = 0
    executions: int = 0
    new_units: int = 0
    corpus_files: int = 0
    artifacts: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)
    known_hits: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def corpus_files() -> list[Path]:
    """Every message of the shared corpus, in a stable order."""
    if not CORPUS.is_dir():
        raise SystemExit(f"fuzz: no corpus at {CORPUS} (the seeds are built from ../shared/corpus)")
    return sorted(p for p in CORPUS.rglob("*.eml") if p.is_file())


def frame(obj: object) -> bytes:
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return struct.pack("=I", len(body)) + body


def build_seeds(target: str, out: Path) -> int:
    """Write the seed inputs of ``target`` into ``out`` (emptied first); return how many."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files = corpus_files()
    n = 0

    def put(data: bytes) -> None:
        nonlocal n
        n += 1
        (out / f"seed-{n:05d}").write_bytes(data)

    fields = sorted({m.group(0) for p in files for m in _DIAGNOSTIC.finditer(p.read_bytes())})
    hostile = hostile_seeds()
    if target == "core":
        for p in files:
            put(p.read_bytes())
        for line in fields:  # what a user pastes into ``whybounce line``
            put(line.split(b":", 1)[1].strip())
        for _, kind, data in hostile:
            if kind != "frame":
                put(data)
    elif target == "frames":
        put(frame({"id": 1, "op": "ping"}))
        for i, p in enumerate(files):
            raw = base64.b64encode(p.read_bytes()).decode("ascii")
            put(frame({"id": i, "op": "explain", "raw": raw, "lang": "ja" if i % 2 else "en"}))
        for i, line in enumerate(fields[:200]):
            text = line.split(b":", 1)[1].strip().decode("utf-8", "replace")
            put(frame({"id": f"l{i}", "op": "line", "text": text, "lang": "en"}) + frame({"id": i, "op": "ping"}))
        for data in hostile_frames(hostile):
            put(data)
    else:
        raise SystemExit(f"fuzz: unknown target {target!r}")
    return n


HOSTILE_SEED_BYTES = (4 * 1024, 80 * 1024)
"""Sizes of the hostile seeds: small enough to mutate quickly, the larger one over the host's 64 KiB frame
threshold (so the frame-structure check is reached)."""


def hostile_seeds() -> list[tuple[str, str, bytes]]:
    """(name, kind, bytes) of every hostile shape of issue 15 (``tests/hostile_mail.py``) at the seed sizes,
    and the hostile HTML bounce of the real-Thunderbird test."""
    if str(ROOT / "tests") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests"))
    import hostile_mail

    out = [(name, shape.kind, shape.sized(size))
           for name, shape in hostile_mail.HOSTILE.items() for size in HOSTILE_SEED_BYTES]
    for path in sorted((ROOT / "tests" / "fixtures" / "hostile").glob("*.eml")):
        out.append((path.stem, "explain", path.read_bytes()))
    return out


def hostile_frames(hostile: list[tuple[str, str, bytes]]) -> list[bytes]:
    """The hostile seeds as the host receives them: framed explain and line requests (a hostile frame as it
    is, then a ping), and explain requests whose base64 padding the host refuses."""
    out: list[bytes] = []
    for i, (_, kind, data) in enumerate(hostile):
        if kind == "frame":
            out.append(data + frame({"id": i, "op": "ping"}))
        elif kind == "line":
            out.append(frame({"id": f"h{i}", "op": "line", "text": data.decode("utf-8", "replace")}))
        else:
            out.append(frame({"id": f"h{i}", "op": "explain", "raw": base64.b64encode(data).decode("ascii")}))
    for raw in ("QUJD=", "QQ==QUJD", "QUI====", "QUJD\nQUJD"):
        out.append(frame({"id": raw, "op": "explain", "raw": raw}))
    return out


def _stat(log: str, name: str) -> int:
    found = re.findall(rf"stat::{name}:\s+(\d+)", log)
    return int(found[-1]) if found else 0


def _keep_artifacts(artifacts: Path, target: str) -> list[str]:
    """Move crash/timeout/oom inputs into the regression folder the test suite replays."""
    kept: list[str] = []
    dest = REGRESSIONS / target
    for p in sorted(artifacts.iterdir()):
        if p.is_file() and p.name.split("-", 1)[0] in ARTIFACT_KINDS:
            dest.mkdir(parents=True, exist_ok=True)
            shutil.move(str(p), dest / p.name)
            kept.append(f"tests/fuzz_regressions/{target}/{p.name}")
    return kept


def run_target(target: str, seconds: int, work: Path) -> TargetRun:
    run = TargetRun(target)
    base = work / target
    seeds, corpus, artifacts, logs = base / "seeds", base / "corpus", base / "artifacts", base / "logs"
    run.seeds = build_seeds(target, seeds)
    for d in (corpus, artifacts, logs):
        d.mkdir(parents=True, exist_ok=True)
    script = FUZZ_DIR / f"fuzz_{target}.py"
    seen = base / "seen-signatures.txt"  # crashes kept earlier in this run: later sessions step over them
    seen.write_text("")
    env = dict(os.environ, WHYBOUNCE_FUZZ_SEEN=str(seen))
    start = time.monotonic()
    deadline = start + seconds
    while run.sessions < MAX_SESSIONS:
        remaining = int(deadline - time.monotonic())
        if remaining < 3:
            break
        run.sessions += 1
        log_path = logs / f"session-{run.sessions:02d}.log"
        cmd = [sys.executable, str(script), str(corpus), str(seeds), f"-max_total_time={remaining}",
               f"-artifact_prefix={artifacts}/", f"-timeout={PER_INPUT_TIMEOUT_S}",
               f"-rss_limit_mb={RSS_LIMIT_MB}", "-print_final_stats=1", "-reload=0"]
        print(f"fuzz: {target} session {run.sessions}: {remaining} s left (log {log_path})", flush=True)
        with log_path.open("w") as log_fh:
            proc = subprocess.run(cmd, stdout=log_fh, stderr=subprocess.STDOUT, cwd=FUZZ_DIR, env=env,
                                  check=False)
        log = log_path.read_text(errors="replace")
        run.executions += _stat(log, "number_of_executed_units")
        run.new_units += _stat(log, "new_units_added")
        hits: dict[str, int] = {}
        for n, sig in re.findall(r"^fuzz: known crash hit (\d+) times: (.+)$", log, re.MULTILINE):
            hits[sig] = max(hits.get(sig, 0), int(n))
        for sig, n in hits.items():
            run.known_hits[sig] = run.known_hits.get(sig, 0) + n
        new_sigs = re.findall(r"^fuzz: crash signature: (.+)$", log, re.MULTILINE)
        run.signatures += new_sigs
        with seen.open("a") as fh:
            fh.writelines(sig + "\n" for sig in new_sigs)
        kept = _keep_artifacts(artifacts, target)
        run.artifacts += kept
        if proc.returncode == 0:
            break
        if not kept:
            tail = " | ".join(log.strip().splitlines()[-3:])
            run.problems.append(f"session {run.sessions} exited {proc.returncode} without an artifact: {tail}")
            break
    run.seconds = time.monotonic() - start
    run.corpus_files = sum(1 for p in corpus.iterdir() if p.is_file())
    return run


def _git_head() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, check=False)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def write_summary(runs: list[TargetRun], seconds: int, started: dt.datetime, path: Path = SUMMARY) -> str:
    from importlib.metadata import version

    total = sum(r.seconds for r in runs)
    lines = [
        "# Fuzzing summary",
        "",
        "Written by `fuzz/run.sh` (`make fuzz`); the latest run replaces it.",
        "",
        f"- started: {started.strftime('%Y-%m-%d %H:%M UTC')}, commit {_git_head()} (plus the working tree)",
        f"- engine: atheris {version('atheris')} (libFuzzer), Python {platform.python_version()}, "
        "one process at a time, at nice 19 on a machine shared with other jobs",
        f"- asked: {seconds} s per target; total fuzzing time {total / 60:.1f} min",
        "- seeds: built at run time from `../shared/corpus` (not committed); new inputs kept outside the repo",
        "",
        "| target | what it runs | duration | executions | exec/s | seeds | corpus at end | new units | crashes |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    what = {"core": "`explain_bytes` + `explain_line`, result shape checked against the contract",
            "frames": "host `FrameReader` (4 KB limit) + the whole `serve()` loop on raw stdin bytes"}
    for r in runs:
        rate = r.executions / r.seconds if r.seconds else 0.0
        lines.append(f"| {r.name} | {what[r.name]} | {r.seconds / 60:.1f} min | {r.executions} | {rate:.0f} | "
                     f"{r.seeds} | {r.corpus_files} | {r.new_units} | {len(r.artifacts)} |")
    lines.append("")
    known = [(r.name, sig, n) for r in runs for sig, n in sorted(r.known_hits.items())]
    if known:
        lines.append("Known crashes stepped over (listed in `fuzz/known_crashes.txt`, or kept earlier in this run; "
                     "counts are lower bounds):")
        lines += [f"- {name}: `{sig}`: at least {n} inputs" for name, sig, n in known]
        lines.append("")
    sigs = [f"{r.name}: `{s}`" for r in runs for s in r.signatures]
    if sigs:
        lines.append("New crash signatures found in this run:")
        lines += [f"- {s}" for s in sigs]
        lines.append("")
    crashes = [a for r in runs for a in r.artifacts]
    if crashes:
        lines.append("Inputs kept as regression tests (replayed by `tests/test_hostile_fuzz_regressions.py`; "
                     "reduce each to a hand-written reproduction before committing, see "
                     "`tests/fuzz_regressions/README.md`):")
        lines += [f"- `{a}`" for a in crashes]
    else:
        lines.append("No crash, timeout or out-of-memory input was found.")
    problems = [f"{r.name}: {p}" for r in runs for p in r.problems]
    if problems:
        lines += ["", "Problems:"] + [f"- {p}" for p in problems]
    text = "\n".join(lines) + "\n"
    path.write_text(text)
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seconds", type=int, help="how long to fuzz each target")
    ap.add_argument("--targets", default=",".join(TARGETS), help="comma-separated: core,frames")
    ap.add_argument("--summary", type=Path, default=SUMMARY, help="where to write the summary (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("fuzz: atheris is not installed (pip install atheris; wheels exist for CPython 3.11 x86-64)",
              file=sys.stderr)
        return 2
    work = Path(os.environ.get("WHYBOUNCE_FUZZ_WORK", "/tmp/whybounce-fuzz"))
    started = dt.datetime.now(dt.UTC)
    runs: list[TargetRun] = []
    for target in (t for t in args.targets.split(",") if t):
        if target == "frames" and importlib.util.find_spec("whybounce_host") is None:
            print("fuzz: whybounce_host is not installed: the frames target is skipped", file=sys.stderr)
            continue
        runs.append(run_target(target, args.seconds, work))
    print(write_summary(runs, args.seconds, started, args.summary))
    return 1 if any(r.artifacts or r.problems for r in runs) else 0


if __name__ == "__main__":
    raise SystemExit(main())
