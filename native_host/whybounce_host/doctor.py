"""``whybounce-host doctor``: is the host registered where Thunderbird looks, and does it answer?

It checks, in the order Thunderbird itself goes: the per-user manifest (and, on Windows, the registry
key that points to it), the launcher the manifest names, that the launcher starts this package, and
a real ping and explain round trip through the launcher with the arguments Thunderbird passes.
Every problem comes with the command or step that fixes it.  Exit status 0 only when all is well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO

from .framing import HEADER, encode_frame
from .ids import EXTENSION_ID, HOST_NAME
from .layout import REGISTRY_KEY, Layout

Status = Literal["ok", "fail", "warn", "info"]
Spawn = Callable[[Path], list[str]]
"""Turns the launcher's path into the command that starts it (tests inject one for Windows' .cmd)."""

REINSTALL = "run `whybounce-host install` (from the whybounce installation Thunderbird should use)"
SAMPLE_LINE = "550 5.1.1 <nobody@example.invalid>: Recipient address rejected: User unknown"
TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report."""

    status: Status
    title: str
    detail: str
    fix: str | None = None


@dataclass(frozen=True)
class Exchange:
    """What a host process answered to a batch of requests, and how it ended."""

    answers: list[dict[str, Any]]
    returncode: int | None
    stderr: str
    stray: bytes
    seconds: float


def default_spawn(launcher: Path) -> list[str]:
    """Start the launcher directly, as Thunderbird does (Windows runs a .cmd through cmd.exe itself)."""
    return [str(launcher)]


def exchange(argv: list[str], requests: list[dict[str, Any]], timeout: float = TIMEOUT_SECONDS) -> Exchange:
    """Start a host, send ``requests`` as frames, close its input and collect every answer frame."""
    payload = b"".join(encode_frame(json.dumps(r).encode("utf-8")) for r in requests)
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(payload, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return Exchange([], None, err.decode("utf-8", "replace"), out, time.perf_counter() - started)
    answers, stray = split_frames(out)
    elapsed = time.perf_counter() - started
    return Exchange(answers, proc.returncode, err.decode("utf-8", "replace"), stray, elapsed)


def split_frames(data: bytes) -> tuple[list[dict[str, Any]], bytes]:
    """Parse concatenated answer frames; returns them and whatever bytes did not form a JSON frame."""
    answers: list[dict[str, Any]] = []
    pos = 0
    while pos + HEADER.size <= len(data):
        (length,) = HEADER.unpack_from(data, pos)
        body = data[pos + HEADER.size: pos + HEADER.size + length]
        if len(body) < length:
            break
        try:
            answer = json.loads(body)
        except ValueError:
            break
        if not isinstance(answer, dict):
            break
        answers.append(answer)
        pos += HEADER.size + length
    return answers, data[pos:]


def diagnose(layout: Layout, spawn: Spawn = default_spawn) -> list[Check]:
    """Run every check; later checks are skipped when an earlier one makes them meaningless."""
    checks: list[Check] = []
    launcher = _check_manifest(layout, checks)
    if layout.registry is not None:
        _check_registry(layout, checks)
    for shared in layout.shared_manifests:
        if shared.exists():
            checks.append(Check("info", "also registered system-wide",
                                f"{shared} (the per-user manifest wins)"))
    if launcher is None or not _check_launcher_file(launcher, checks):
        return checks
    if not _check_launcher_runs(launcher, spawn, checks):
        return checks
    _check_round_trip(layout, launcher, spawn, checks)
    return checks


def _check_manifest(layout: Layout, checks: list[Check]) -> Path | None:
    """Check the manifest; return the launcher it names when the manifest is usable."""
    path = layout.manifest_path
    if not path.is_file():
        checks.append(Check("fail", "host manifest", f"not found: {path}", REINSTALL))
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        checks.append(Check("fail", "host manifest", f"unreadable or not JSON: {path} ({type(exc).__name__})",
                            REINSTALL))
        return None
    checks.append(Check("ok", "host manifest", str(path)))
    if not isinstance(data, dict):
        checks.append(Check("fail", "manifest content", "not a JSON object", REINSTALL))
        return None
    problems = []
    if data.get("name") != HOST_NAME:
        problems.append(f'name is {data.get("name")!r}, not "{HOST_NAME}"')
    if data.get("type") != "stdio":
        problems.append(f'type is {data.get("type")!r}, not "stdio"')
    allowed = data.get("allowed_extensions")
    if not isinstance(allowed, list) or EXTENSION_ID not in allowed:
        problems.append(f"allowed_extensions {allowed!r} lacks {EXTENSION_ID}")
    target = data.get("path")
    if not isinstance(target, str) or not _is_absolute(target, layout):
        problems.append(f"path {target!r} is not an absolute path")
    if problems:
        checks.append(Check("fail", "manifest content", "; ".join(problems), REINSTALL))
        return None
    checks.append(Check("ok", "manifest content", f'host "{HOST_NAME}", type stdio, allows {EXTENSION_ID}'))
    assert isinstance(target, str)
    if Path(target) != layout.launcher_path:
        checks.append(Check("warn", "manifest path", f"names {target}, not this installation's launcher "
                            f"{layout.launcher_path}", REINSTALL))
    return Path(target)


def _is_absolute(target: str, layout: Layout) -> bool:
    if layout.system == "windows":
        from pathlib import PureWindowsPath

        return PureWindowsPath(target).is_absolute() or Path(target).is_absolute()
    return Path(target).is_absolute()


def _check_registry(layout: Layout, checks: list[Check]) -> None:
    registry = layout.registry
    assert registry is not None
    name = f"HKEY_CURRENT_USER\\{REGISTRY_KEY}"
    value = registry.read_default(REGISTRY_KEY)
    if value is None:
        checks.append(Check("fail", "registry key", f"{name} is missing or has no default value", REINSTALL))
    elif value != str(layout.manifest_path):
        checks.append(Check("fail", "registry key", f"{name} points to {value}, not {layout.manifest_path}",
                            REINSTALL))
    else:
        checks.append(Check("ok", "registry key", f"{name} = {value}"))


def _check_launcher_file(launcher: Path, checks: list[Check]) -> bool:
    if not launcher.is_file():
        checks.append(Check("fail", "launcher", f"not found: {launcher}", REINSTALL))
        return False
    if os.name != "nt" and not os.access(launcher, os.X_OK):
        checks.append(Check("fail", "launcher", f"not executable: {launcher}",
                            f"run `chmod +x '{launcher}'`, or {REINSTALL}"))
        return False
    checks.append(Check("ok", "launcher", f"{launcher} (executable)"))
    return True


def _check_launcher_runs(launcher: Path, spawn: Spawn, checks: list[Check]) -> bool:
    try:
        done = subprocess.run([*spawn(launcher), "--version"], capture_output=True, text=True,
                              timeout=TIMEOUT_SECONDS, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        checks.append(Check("fail", "launcher runs", f"could not start {launcher}: {exc}", REINSTALL))
        return False
    said = done.stdout.strip()
    if done.returncode != 0 or not said.startswith("whybounce-host "):
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        checks.append(Check("fail", "launcher runs", f"exit status {done.returncode}: {last}",
                            "its Python cannot run whybounce; reinstall whybounce, then " + REINSTALL))
        return False
    checks.append(Check("ok", "launcher runs", said))
    return True


def _check_round_trip(layout: Layout, launcher: Path, spawn: Spawn, checks: list[Check]) -> None:
    from whybounce._version import __version__

    argv = [*spawn(launcher), str(layout.manifest_path), EXTENSION_ID]
    ping = _answer(exchange(argv, [{"id": 1, "op": "ping"}]), "ping round trip", checks)
    if ping is None:
        return
    version = ping["result"].get("version")
    checks.append(Check("ok", "ping round trip", f"version {version}, {ping['ms']:.0f} ms"))
    if version != __version__:
        checks.append(Check("warn", "version", f"Thunderbird would run whybounce {version}; this command is "
                            f"{__version__}", REINSTALL))
    line = {"id": 2, "op": "line", "text": SAMPLE_LINE, "lang": "en"}
    trip = _answer(exchange(argv, [line]), "explain round trip", checks)
    if trip is not None:
        reason = trip["result"].get("reason")
        checks.append(Check("ok", "explain round trip",
                            f"a sample SMTP reply reads as {reason!r}, {trip['ms']:.0f} ms"))


def _answer(result: Exchange, title: str, checks: list[Check]) -> dict[str, Any] | None:
    """The one successful answer of a round trip (with its time in ``ms``), or None after a failed check."""
    if result.returncode is None:
        checks.append(Check("fail", title, f"no exit within {TIMEOUT_SECONDS:.0f} s", REINSTALL))
        return None
    if result.stray:
        checks.append(Check("fail", title, f"the host wrote {len(result.stray)} bytes that are not frames",
                            "report this as a bug of whybounce, with this output"))
        return None
    answer = result.answers[0] if len(result.answers) == 1 else None
    if answer is None or answer.get("ok") is not True or result.returncode != 0:
        got = answer.get("error") if answer else f"{len(result.answers)} answers"
        last = (result.stderr.strip().splitlines() or [""])[-1]
        checks.append(Check("fail", title, f"got {got}, exit status {result.returncode}; {last}".rstrip("; "),
                            "reinstall whybounce, then " + REINSTALL))
        return None
    return {**answer, "ms": result.seconds * 1000}


COLOURS = {"ok": "\033[32m", "fail": "\033[31m", "warn": "\033[33m", "info": "\033[36m"}


def run_doctor(layout: Layout, out: TextIO | None = None, spawn: Spawn = default_spawn) -> int:
    """Print the report; exit status 0 when nothing failed."""
    out = sys.stdout if out is None else out
    colour = out.isatty() and not os.environ.get("NO_COLOR")
    from whybounce._version import __version__

    print(f"whybounce-host doctor: whybounce {__version__} on {layout.system} ({sys.executable})", file=out)
    checks = diagnose(layout, spawn)
    for check in checks:
        label = f"[{check.status}]".ljust(7)
        if colour:
            label = f"{COLOURS[check.status]}{label}\033[0m"
        print(f"  {label}{check.title}: {check.detail}", file=out)
        if check.fix:
            print(f"         fix: {check.fix}", file=out)
    failures = sum(check.status == "fail" for check in checks)
    if failures:
        print("1 problem found." if failures == 1 else f"{failures} problems found.", file=out)
        return 1
    print("All checks passed: Thunderbird can start the host. In Thunderbird, install the whybounce "
          "add-on (Add-ons Manager > Install Add-on From File) if you have not yet.", file=out)
    return 0
