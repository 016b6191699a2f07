"""``make bench``: whybounce's figures next to references measured in the same run, medians of repeats.

Sections: throughput (vs go-sisimai, Sisimai Perl and the stdlib parser), scale (10k-message mbox),
startup (CLI and native host vs ``python3 -c pass``), host_memory, big_input (30 MB bounce), hostile
(every hostile input of issue 15 at 80 MiB, next to a plain bounce of the same size).
Generated inputs live in a temporary folder removed at the end.  What each line means:
docs/performance.md.  The exit status is 0 whatever the figures (``--strict``: 1 on any FAIL), since
times on a shared machine are not a test.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as ``python bench/run.py``: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import gen
from bench.host import HostError, explain_request, first_answer_s, host_argv, rss_after
from bench.measure import ProcessFailed, median, run_process
from bench.table import (
    FAIL,
    NOT_AVAILABLE,
    Row,
    fmt_mb,
    fmt_ms,
    fmt_rate,
    markdown,
    tally,
    unavailable,
    verdict,
)

REPO = gen.REPO
PEERS = gen.SHARED / "peers"
GOSIS = PEERS / "bin" / "gosis-bench"
SISIMAI_PERL = PEERS / "sisimai_perl.pl"
WORKER = Path(__file__).resolve().parent / "worker.py"
HOST_SERVE = REPO / "native_host" / "whybounce_host" / "serve.py"
LINE_TEXT = "550 5.1.1 user unknown"
FIRST_ANSWER_FILE = "lhost-postfix-01.eml"
SECTIONS = ("throughput", "scale", "startup", "host_memory", "big_input", "hostile")


@dataclass
class Context:
    """Everything the sections share: the interpreter and scripts under test, the temp folder, repeats."""

    python: str
    whybounce: Path
    host: Path
    tmp: Path
    cpu: int
    repeats: float
    corpus: Path
    env: dict[str, str]

    def reps(self, normal: int) -> int:
        """Repeats for a section: its normal count scaled by ``--repeats`` (default 1.0 = normal)."""
        return max(1, round(normal * self.repeats / 5))


# --- throughput ----------------------------------------------------------------------------------


def parse_peer_timing(stderr: str) -> tuple[int, float]:
    """(files, decode seconds) from a peer driver's ``files=N facts=N decode_seconds=S msgs_per_s=R`` line."""
    for line in reversed(stderr.strip().splitlines()):
        fields = dict(part.split("=", 1) for part in line.split() if "=" in part)
        if "files" in fields and "decode_seconds" in fields:
            return int(fields["files"]), float(fields["decode_seconds"])
    raise ValueError(f"no timing line in the driver's stderr: {stderr.strip()[-200:]!r}")


def _perl_missing() -> str | None:
    """Why Sisimai Perl cannot run here, or None when it can."""
    if shutil.which("perl") is None:
        return "perl is not installed"
    if not SISIMAI_PERL.is_file():
        return f"{SISIMAI_PERL} is missing"
    probe = subprocess.run(["perl", "-MSisimai", "-e", "1"], capture_output=True)
    if probe.returncode != 0:
        return "Sisimai is not installed for perl (apt-get install -y libsisimai-perl)"
    return None


def _gosis_missing() -> str | None:
    if not GOSIS.is_file():
        return f"{GOSIS} is missing"
    if not os.access(GOSIS, os.X_OK):
        return f"{GOSIS} is not executable"
    return None


STEADY_TARGET = ">= 1.20x (aim 2x)"  # issue 13: the resolver and the cards keep the steady pass at 1.2x go-sisimai
FIRST_TARGET = ">= 1.00x"  # issue 17: a fresh process, paying for what loads on first use, keeps up with go-sisimai


def section_throughput(ctx: Context) -> list[Row]:
    """Messages per second over the whole labelled corpus, in memory, every side on the same single CPU."""
    sec = "throughput"
    n_files = len(gen.corpus_files(ctx.corpus))
    one_cpu = {**ctx.env, "GOMAXPROCS": "1"}
    sides: dict[str, list[float]] = {"whybounce": [], "floor": [], "go": [], "perl": []}
    first_pass: list[float] = []
    missing = {"go": _gosis_missing(), "perl": _perl_missing()}
    commands: dict[str, list[str]] = {
        "whybounce": ["throughput", str(ctx.corpus)],
        "floor": ["floor", str(ctx.corpus)],
        "go": [str(GOSIS), "-mem", "-quiet", str(ctx.corpus)],
        "perl": ["perl", str(SISIMAI_PERL), "-mem", "-quiet", str(ctx.corpus)],
    }
    counted: dict[str, int] = {}
    for _ in range(ctx.reps(5)):
        for side, argv in commands.items():  # interleaved, so a neighbour's burst hits every side alike
            if missing.get(side):
                continue
            try:
                if side in ("whybounce", "floor"):
                    out = run_worker(ctx, argv, cpu=ctx.cpu)
                    files, seconds = int(out["files"]), float(out["seconds"])
                    if side == "whybounce":
                        first_pass.append(files / float(out["first_seconds"]))
                else:
                    run = run_process(argv, env=one_cpu, cpu=ctx.cpu)
                    files, seconds = parse_peer_timing(run.stderr)
            except (ProcessFailed, ValueError, KeyError) as exc:
                if side in ("whybounce", "floor"):
                    raise
                missing[side] = f"it failed: {exc}"
                continue
            counted[side] = files
            sides[side].append(files / seconds)
    core = f"1 CPU (#{ctx.cpu}) each; GOMAXPROCS=1"
    wb, first, fl = median(sides["whybounce"]), median(first_pass), median(sides["floor"])
    what = (f"msg/s, explain_bytes().to_dict() over {n_files} bounces in memory, cards built, "
            f"steady pass ({core})")
    first_what = "the same, first pass in a fresh process (imports, knowledge and patterns loaded on first use)"
    rows: list[Row] = []
    if missing["go"]:
        go_ref = f"go-sisimai not available: {missing['go']}"
        rows.append(Row(sec, what, fmt_rate(wb), go_ref, target=STEADY_TARGET, result=NOT_AVAILABLE))
        rows.append(Row(sec, first_what, fmt_rate(first), go_ref, target=FIRST_TARGET, result=NOT_AVAILABLE))
    else:
        go = median(sides["go"])
        go_ref = f"go-sisimai 5.2 -mem: {fmt_rate(go)}"
        rows.append(Row(sec, what, fmt_rate(wb), go_ref, wb / go, STEADY_TARGET, verdict(wb / go >= 1.2)))
        rows.append(Row(sec, first_what, fmt_rate(first), go_ref, first / go, FIRST_TARGET, verdict(first / go >= 1.0)))
    perl_what = "vs Sisimai Perl 4.25 (Debian libsisimai-perl), -mem"
    if missing["perl"]:
        rows.append(unavailable(sec, perl_what, missing["perl"]))
    else:
        perl = median(sides["perl"])
        rows.append(Row(sec, perl_what, fmt_rate(wb), f"Sisimai Perl: {fmt_rate(perl)}", wb / perl))
    rows.append(Row(sec, "vs the floor: stdlib email.message_from_bytes (compat32) parse only", fmt_rate(wb),
                    f"email compat32: {fmt_rate(fl)}", wb / fl))
    odd = {side: n for side, n in counted.items() if n != n_files}
    if odd:
        rows.append(Row(sec, "file counts differ between sides", str(odd), f"{n_files} files", result=FAIL))
    return rows


def run_worker(ctx: Context, args: list[str], cpu: int | None = None) -> dict[str, Any]:
    """Run bench/worker.py in a fresh interpreter and return the JSON object it prints."""
    out_path = ctx.tmp / "worker-out.json"
    with out_path.open("wb") as out:
        run_process([ctx.python, str(WORKER), *args], stdout=out, cpu=cpu, env=ctx.env)
    result: dict[str, Any] = json.loads(out_path.read_text())
    return result


# --- scale ---------------------------------------------------------------------------------------


def _count_results(path: Path) -> tuple[int, int]:
    """(JSON lines, lines that are error objects) in a ``--json`` output file."""
    lines = errors = 0
    with path.open("rb") as fh:
        for line in fh:
            lines += 1
            errors += b'"error":' in line[:300] and json.loads(line).get("error") is not None
    return lines, errors


def section_scale(ctx: Context) -> list[Row]:
    """``whybounce explain --json`` on 1k- and 10k-message mboxes: per-message cost and peak RSS."""
    sec = "scale"
    messages = gen.corpus_messages(ctx.corpus)
    sizes = {1: 0, 1000: 0, 10000: 0}
    paths: dict[int, Path] = {}
    for n in sizes:
        paths[n] = ctx.tmp / f"bounces-{n}.mbox"
        sizes[n] = gen.write_mbox(paths[n], messages, n)
    out_path = ctx.tmp / "scale-out.jsonl"
    walls: dict[int, list[float]] = {n: [] for n in sizes}
    rss: dict[int, list[int]] = {n: [] for n in sizes}
    problems: list[str] = []
    plan = {1: ctx.reps(5), 1000: ctx.reps(5), 10000: ctx.reps(3)}
    for i in range(max(plan.values())):
        for n, path in paths.items():
            if i >= plan[n]:
                continue
            with out_path.open("wb") as out:
                run = run_process([str(ctx.whybounce), "explain", "--json", str(path)], stdout=out, env=ctx.env,
                                  peak_rss=True)
            walls[n].append(run.wall_s)
            assert run.maxrss_kb is not None
            rss[n].append(run.maxrss_kb)
            if i == 0:
                lines, errors = _count_results(out_path)
                if lines != n or errors:
                    problems.append(f"{n}-message mbox gave {lines} results, {errors} errors")
    start_s = median(walls[1])
    per_msg = {n: (median(walls[n]) - start_s) / (n - 1) for n in (1000, 10000)}
    ratio = per_msg[10000] / per_msg[1000]
    peak = {n: median(rss[n]) for n in sizes}
    rows = [
        Row(sec, "ms/message, 10k-message mbox (explain --json; start-up of a 1-message run subtracted)",
            fmt_ms(per_msg[10000]), f"1k mbox: {fmt_ms(per_msg[1000])}", ratio, "<= 1.20x",
            verdict(ratio <= 1.2)),
        Row(sec, f"peak RSS, 10k-message mbox ({sizes[10000] / 2**20:.0f} MB file)", fmt_mb(peak[10000]),
            f"1k mbox: {fmt_mb(peak[1000])}", peak[10000] / peak[1000], "< 100 MB",
            verdict(peak[10000] < 100 * 1024)),
    ]
    for problem in problems:
        rows.append(Row(sec, "results of the mbox runs", problem, result=FAIL))
    return rows


# --- startup -------------------------------------------------------------------------------------


def host_missing(ctx: Context) -> str | None:
    """Why the native host cannot be measured, or None when it can."""
    if not HOST_SERVE.is_file():
        return f"host not available ({HOST_SERVE.relative_to(REPO)} does not exist yet)"
    if not ctx.host.is_file():
        return f"host not available ({ctx.host} is not installed; pip install -e . in the venv)"
    return None


def section_startup(ctx: Context) -> list[Row]:
    """Cold start to exit (CLI) and to the first full answer (host), each against ``python3 -c pass``."""
    sec = "startup"
    first_file = ctx.corpus / FIRST_ANSWER_FILE
    if not first_file.is_file():
        first_file = gen.corpus_files(ctx.corpus)[0]
    first_raw = first_file.read_bytes()
    no_host = host_missing(ctx)
    base: list[float] = []
    line: list[float] = []
    host: list[float] = []
    for _ in range(ctx.reps(15)):
        base.append(run_process([ctx.python, "-c", "pass"], env=ctx.env).wall_s)
        line.append(run_process([str(ctx.whybounce), "line", LINE_TEXT], env=ctx.env).wall_s)
        if no_host is None:
            try:
                host.append(first_answer_s(host_argv(ctx.host), first_raw, ctx.env))
            except (HostError, OSError) as exc:
                no_host = f"host failed: {exc}"
    py = median(base)
    ref = f"python3 -c pass: {fmt_ms(py)}"
    rows = [Row(sec, f'whybounce line "{LINE_TEXT}", start to exit', fmt_ms(median(line)), ref,
                median(line) / py, "<= 3.00x", verdict(median(line) / py <= 3.0))]
    what = f"whybounce-host: start to first explain answer ({FIRST_ANSWER_FILE})"
    if no_host is not None:
        rows.append(unavailable(sec, what, no_host, "<= 3.00x"))
    else:
        rows.append(Row(sec, what, fmt_ms(median(host)), ref, median(host) / py, "<= 3.00x",
                        verdict(median(host) / py <= 3.0)))
    return rows


# --- host memory ---------------------------------------------------------------------------------


def section_host_memory(ctx: Context) -> list[Row]:
    """Host RSS after 1,000 ``explain`` requests cycling over the labelled corpus, and its growth from the end of
    the first cycle.  The first cycle is not a leak: formats, their patterns and the caches load on first use,
    and each new size of message raises the allocator's high-water mark once.  A leak grows after it."""
    sec = "host_memory"
    what = "whybounce-host RSS after 1,000 explain requests (cycling over the labelled corpus)"
    raws = gen.corpus_messages(ctx.corpus)
    cycle = len(raws)
    growth_what = f"host RSS growth once every corpus message was answered: {cycle:,} -> 1,000 requests"
    no_host = host_missing(ctx)
    if no_host is not None:
        return [unavailable(sec, what, no_host, "< 40 MB"), unavailable(sec, growth_what, no_host, "<= 1.10x")]
    at10: list[int] = []
    at_cycle: list[int] = []
    at1000: list[int] = []
    try:
        for _ in range(ctx.reps(3)):
            marks = rss_after(host_argv(ctx.host), raws, [10, cycle, 1000], ctx.env)
            at10.append(marks[10])
            at_cycle.append(marks[cycle])
            at1000.append(marks[1000])
    except (HostError, OSError) as exc:
        why = f"host failed: {exc}"
        return [unavailable(sec, what, why, "< 40 MB"), unavailable(sec, growth_what, why, "<= 1.10x")]
    after10, after_cycle, after1000 = median(at10), median(at_cycle), median(at1000)
    growth = after1000 / after_cycle
    return [
        Row(sec, what, fmt_mb(after1000), "—", None, "< 40 MB", verdict(after1000 < 40 * 1024)),
        Row(sec, growth_what, fmt_mb(after1000), f"after {cycle}: {fmt_mb(after_cycle)} (after 10: {fmt_mb(after10)})",
            growth, "<= 1.10x", verdict(growth <= 1.10)),
    ]


# --- big input -----------------------------------------------------------------------------------


def section_big_input(ctx: Context) -> list[Row]:
    """A 30 MB bounce: explaining it against just reading it, and the CLI's peak RSS on it."""
    sec = "big_input"
    path = ctx.tmp / "big-bounce.eml"
    path.write_bytes(gen.big_bounce())
    size = path.stat().st_size
    out = run_worker(ctx, ["big", str(path), str(ctx.reps(3))])
    read_s = median([float(x) for x in out["read_s"]])
    explain_s = median([float(x) for x in out["explain_s"]])
    found = [r for r in out["recipients"] if r[0] == gen.BIG_RECIPIENT]
    label = f"{size / 2**20:.0f} MB"
    what = f"explain_bytes().to_dict() on a {label} bounce (big attachment in the returned message)"
    rows = [Row(sec, what, fmt_ms(explain_s), f"read the file: {fmt_ms(read_s)}", explain_s / read_s)]
    walls: list[float] = []
    peaks: list[int] = []
    with (ctx.tmp / "big-out.jsonl").open("wb") as sink:
        for _ in range(ctx.reps(2)):
            cli = run_process([str(ctx.whybounce), "explain", "--json", str(path)], stdout=sink, env=ctx.env,
                              peak_rss=True)
            walls.append(cli.wall_s)
            assert cli.maxrss_kb is not None
            peaks.append(cli.maxrss_kb)
    what = f"whybounce explain --json on the {label} file: peak RSS (wall {fmt_ms(median(walls))})"
    rows.append(Row(sec, what, fmt_mb(median(peaks)), f"file size: {label}", median(peaks) / (size / 1024)))
    if not found:
        rows.append(Row(sec, "result of the big bounce", f"{gen.BIG_RECIPIENT} not reported "
                        f"(kind {out.get('kind')}, {len(out['recipients'])} findings)",
                        result=FAIL))
    return rows


# --- hostile -------------------------------------------------------------------------------------

HOSTILE_LIMIT_S = 2.0
HOSTILE_LIMIT_KB = 400 * 1024
HOSTILE_TARGET = f"<= {HOSTILE_LIMIT_S:.0f} s, <= {HOSTILE_LIMIT_KB // 1024} MB"


def hostile_inputs() -> Any:
    """``tests/hostile_mail.py``: the hostile shapes are defined once, for the tests, this bench and fuzzing."""
    tests = str(REPO / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    import hostile_mail

    return hostile_mail


def _hostile_command(ctx: Context, kind: str, path: Path) -> tuple[list[str], Path | None]:
    """How an input of ``kind`` is fed: argv and the file standard input comes from."""
    if kind == "line":
        return [str(ctx.whybounce), "line", "--json", "-"], path
    if kind == "frame":
        return host_argv(ctx.host), path
    return [str(ctx.whybounce), "explain", "--json", str(path)], None


def _plain_of_size(kind: str, size: int) -> bytes:
    """A plain bounce as large as a hostile input of ``kind``: a message, a one-message mbox, a pasted text
    or a host frame explaining it."""
    if kind == "mbox":
        return gen.mbox_entry(gen.big_bounce(size - len(gen.MBOX_SEPARATOR) - 1))
    if kind == "frame":
        return explain_request(1, gen.big_bounce((size - 100) * 3 // 4))
    return gen.big_bounce(size)


def _run_hostile(ctx: Context, argv: list[str], stdin: Path | None) -> tuple[float, float, int]:
    """(median wall s, median peak RSS kB, exit status) at one CPU, output to a file."""
    walls: list[float] = []
    peaks: list[int] = []
    code = 0
    with (ctx.tmp / "hostile-out").open("wb") as sink:
        for _ in range(ctx.reps(2)):
            run = run_process(argv, stdout=sink, env=ctx.env, cpu=ctx.cpu, check=False, peak_rss=True, stdin=stdin)
            walls.append(run.wall_s)
            assert run.maxrss_kb is not None
            peaks.append(run.maxrss_kb)
            code = run.returncode
    return median(walls), median(peaks), code


def _hostile_row(what: str, wall: float, rss: float, ref: str, ratio: float | None) -> Row:
    ok = wall <= HOSTILE_LIMIT_S and rss <= HOSTILE_LIMIT_KB
    return Row("hostile", what, f"{fmt_ms(wall)}, {fmt_mb(rss)}", ref, ratio, HOSTILE_TARGET, verdict(ok))


def section_hostile(ctx: Context) -> list[Row]:
    """Each hostile input of issue 15 at 80 MiB (just under the message limit), wall time and peak RSS at one
    CPU, next to a plain bounce of the same size fed the same way; plus /dev/zero for explain and line."""
    from whybounce.limits import MAX_MESSAGE_BYTES

    hm = hostile_inputs()
    size = MAX_MESSAGE_BYTES - 64 * 1024
    label = f"{size / 2**20:.0f} MiB"
    rows: list[Row] = []
    path = ctx.tmp / "hostile-input"
    references: dict[str, tuple[float, float]] = {}
    for kind in ("explain", "mbox", "line", "frame"):
        path.write_bytes(_plain_of_size(kind, size))
        wall, rss, code = _run_hostile(ctx, *_hostile_command(ctx, kind, path))
        references[kind] = (wall, rss)
        rows.append(_hostile_row(f"plain bounce, {label} ({kind}): the reference", wall, rss, "—", None))
        if code != 0:
            rows.append(Row("hostile", f"plain bounce ({kind})", f"exit status {code}", result=FAIL))
    for name, shape in hm.HOSTILE.items():
        path.write_bytes(shape.sized(size))
        wall, rss, code = _run_hostile(ctx, *_hostile_command(ctx, shape.kind, path))
        ref_wall, ref_rss = references[shape.kind]
        ref = f"plain bounce: {fmt_ms(ref_wall)}, {fmt_mb(ref_rss)}"
        rows.append(_hostile_row(f"{name}, {label} ({shape.kind}; finding {shape.finding})", wall, rss, ref,
                                 wall / ref_wall))
        if code != 0:
            rows.append(Row("hostile", f"{name}", f"exit status {code}", result=FAIL))
    path.unlink(missing_ok=True)
    devices = [("explain /dev/zero (finding 4: read to the limit, then the usual error)",
                [str(ctx.whybounce), "explain", "--json", "/dev/zero"], None, "explain"),
               ("line - < /dev/zero (finding 4)", [str(ctx.whybounce), "line", "--json", "-"], Path("/dev/zero"),
                "line")]
    for what, argv, stdin, kind in devices:
        if not Path("/dev/zero").exists():
            rows.append(unavailable("hostile", what, "no /dev/zero on this system", HOSTILE_TARGET))
            continue
        wall, rss, code = _run_hostile(ctx, argv, stdin)
        ref_wall, ref_rss = references[kind]
        rows.append(_hostile_row(what, wall, rss, f"plain bounce: {fmt_ms(ref_wall)}, {fmt_mb(ref_rss)}",
                                 wall / ref_wall))
        if code != 1:
            rows.append(Row("hostile", what, f"exit status {code}, expected 1 (too large)", result=FAIL))
    return rows


# --- main ----------------------------------------------------------------------------------------


def child_env(pycache: Path) -> dict[str, str]:
    """The environment for every measured Python process: bytecode cached, as after an install.

    ``pip install`` writes .pyc files; a dev shell with PYTHONDONTWRITEBYTECODE would instead
    compile every module from source on each start.  The cache goes to the bench's temp folder
    (PYTHONPYCACHEPREFIX) so nothing is written into the source tree.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def warm_up(ctx: Context) -> None:
    """One untimed run of each measured command: fills the bytecode cache and the OS file cache."""
    sample = gen.corpus_files(ctx.corpus)[0]
    run_process([ctx.python, "-c", "pass"], env=ctx.env)
    run_process([str(ctx.whybounce), "line", LINE_TEXT], env=ctx.env, check=False)
    run_process([str(ctx.whybounce), "explain", "--json", str(sample)], env=ctx.env, check=False)
    run_process([ctx.python, "-c", "import email, json, whybounce.engine, whybounce.line"], env=ctx.env,
                check=False)
    if host_missing(ctx) is None:
        try:
            first_answer_s(host_argv(ctx.host), sample.read_bytes(), ctx.env)
        except (HostError, OSError):
            pass  # the host sections report it


def _machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    loads = os.getloadavg()
    cpus = os.cpu_count() or 1
    text = f"{model}, {cpus} CPUs, load {', '.join(f'{x:.2f}' for x in loads)}; Python {platform.python_version()}"
    if loads[0] > cpus:
        text += "\nthe machine is busy (load above its CPU count): absolute times are inflated, compare ratios"
    return text


def _commit() -> str:
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "core", "native_host"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return head + (" + uncommitted core/host changes" if dirty else "")


RUNNERS: dict[str, Callable[[Context], list[Row]]] = {
    "throughput": section_throughput,
    "scale": section_scale,
    "startup": section_startup,
    "host_memory": section_host_memory,
    "big_input": section_big_input,
    "hostile": section_hostile,
}


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.splitlines()[0])
    p.add_argument("sections", nargs="*", metavar="SECTION",
                   help=f"sections to run (default: all): {', '.join(SECTIONS)}")
    p.add_argument("--repeats", type=float, default=5.0,
                   help="repeat scale: 5 = normal (medians of 3-15 runs per figure), 1 = quick look")
    p.add_argument("--cpu", type=int, help="CPU the single-core throughput runs are pinned to "
                   "(default: the last one this process may use)")
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the rows as JSON to FILE")
    p.add_argument("--strict", action="store_true", help="exit 1 when any target line FAILs")
    args = p.parse_args(argv)
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        p.error(f"unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    return args


def _venv_python() -> Path | None:
    """The project venv's interpreter when this one lacks whybounce's scripts (``make`` used a bare python)."""
    if (Path(sys.executable).parent / "whybounce").is_file():
        return None
    venv = REPO / ".venv" / "bin" / "python"
    return venv if venv.is_file() else None


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    venv = _venv_python()
    if venv is not None and argv is None:
        os.execv(venv, [str(venv), str(Path(__file__).resolve()), *sys.argv[1:]])
    bin_dir = Path(sys.executable).parent
    if not (bin_dir / "whybounce").is_file():
        print(f"bench: no whybounce script next to {sys.executable}; run it with the project venv: "
              ".venv/bin/python bench/run.py", file=sys.stderr)
        return 2
    cpu = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
    started = time.perf_counter()
    print(f"whybounce bench, {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; commit {_commit()}")
    print(_machine())
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="whybounce-bench-") as tmp:
        ctx = Context(python=sys.executable, whybounce=bin_dir / "whybounce", host=bin_dir / "whybounce-host",
                      tmp=Path(tmp), cpu=cpu, repeats=args.repeats, corpus=gen.BOUNCES,
                      env=child_env(Path(tmp) / "pycache"))
        warm_up(ctx)
        for name in args.sections or SECTIONS:
            t0 = time.perf_counter()
            print(f"  running {name} ...", file=sys.stderr, flush=True)
            try:
                rows.extend(RUNNERS[name](ctx))
            except (ProcessFailed, OSError, ValueError) as exc:
                rows.append(Row(name, "section could not run", str(exc)[:300], result=FAIL))
            print(f"  {name} took {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    print()
    print(markdown(rows))
    print()
    print(f"{tally(rows)}; medians of repeats; bench took {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps([r.as_json() for r in rows], indent=1, ensure_ascii=False) + "\n")
    return 1 if args.strict and any(r.result == FAIL for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
