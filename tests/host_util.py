"""Helpers for the native-host tests: run the real host as a subprocess and talk real frames to it."""

from __future__ import annotations

import json
import os
import queue
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whybounce_host.ids import EXTENSION_ID

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "sisimai"
BOUNCES = CORPUS / "bounces"

HOST_ARGV = [sys.executable, "-P", "-m", "whybounce_host", "/nonexistent/whybounce.json", EXTENSION_ID]
"""How Thunderbird starts the host: the launcher's command plus the manifest path and extension id."""

ANSWER_LIMIT = 1024 * 1024
"""Thunderbird's limit for a host-to-extension frame."""


def frame(payload: bytes) -> bytes:
    """One native-messaging frame around raw ``payload`` bytes."""
    return struct.pack("=I", len(payload)) + payload


def request(obj: Any) -> bytes:
    """One frame holding ``obj`` as JSON."""
    return frame(json.dumps(obj).encode("utf-8"))


class EndOfOutput(Exception):
    """The host closed its stdout."""


class ExitStatus(int):
    """A host's exit status whose repr carries its stderr, so ``assert host.finish() == 0`` says why it failed."""

    stderr: str

    def __new__(cls, code: int, stderr: str) -> ExitStatus:
        status = super().__new__(cls, code)
        status.stderr = stderr
        return status

    def __repr__(self) -> str:
        return f"{int(self)} (the host's stderr: {self.stderr!r})"


class HostSession:
    """A running host with reader threads, so a test can never hang on a silent host."""

    def __init__(
        self, argv: list[str] | None = None, env: Mapping[str, str] | None = None, cwd: Path | None = None
    ) -> None:
        self.proc = subprocess.Popen(
            argv or HOST_ARGV, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=dict(env) if env is not None else None, cwd=cwd,
        )
        self._frames: queue.Queue[tuple[int, bytes] | Exception] = queue.Queue()
        self._stderr = bytearray()
        self.trailing = b""
        self._threads = [
            threading.Thread(target=self._read_frames, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_frames(self) -> None:
        assert self.proc.stdout is not None
        out = self.proc.stdout
        while True:
            head = out.read(4)
            if len(head) < 4:
                self.trailing = head
                self._frames.put(EndOfOutput())
                return
            (length,) = struct.unpack("=I", head)
            body = out.read(length)
            self._frames.put((length, body))
            if len(body) < length:
                self._frames.put(EndOfOutput())
                return

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        for chunk in iter(lambda: self.proc.stderr.read1(65536), b""):  # type: ignore[union-attr]
            self._stderr += chunk

    def send_raw(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, obj: Any) -> None:
        self.send_raw(request(obj))

    def recv_frame(self, timeout: float = 60.0) -> tuple[int, bytes]:
        """The next frame's declared length and body; raises on end of output or timeout."""
        try:
            item = self._frames.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no answer from the host within {timeout} s ({self.said()})") from None
        if isinstance(item, EndOfOutput):
            raise EndOfOutput(f"the host closed its output ({self.said(wait=10.0)})")
        if isinstance(item, Exception):
            raise item
        return item

    def said(self, wait: float = 0.0) -> str:
        """The host's exit status (if it has ended, waiting up to ``wait`` seconds) and its stderr so far, for a
        failure message: a host that stopped says why there (a start that fails leaves one line)."""
        code = self.proc.poll()
        if code is None and wait:
            try:
                code = self.proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                pass
        if code is not None:
            self._threads[1].join(timeout=wait or 1.0)  # the rest of stderr
        status = "still running" if code is None else f"exit status {code}"
        return f"host {status}; its stderr: {self.stderr!r}"

    def recv(self, timeout: float = 60.0) -> dict[str, Any]:
        """The next answer, checked to be a well-formed frame under Thunderbird's limit."""
        length, body = self.recv_frame(timeout)
        assert len(body) == length, "frame body shorter than its header"
        assert length < ANSWER_LIMIT, f"answer of {length} bytes breaks the 1 MB limit"
        answer = json.loads(body.decode("utf-8"))
        assert isinstance(answer, dict)
        return answer

    def ask(self, obj: Any, timeout: float = 60.0) -> dict[str, Any]:
        self.send(obj)
        return self.recv(timeout)

    def close_input(self) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass

    def finish(self, timeout: float = 30.0) -> ExitStatus:
        """Close the host's input and wait for it to exit; returns its exit status (with its stderr)."""
        self.close_input()
        code = self.proc.wait(timeout=timeout)
        for thread in self._threads:
            thread.join(timeout=timeout)
        return ExitStatus(code, self.stderr)

    def no_more_output(self, timeout: float = 10.0) -> bool:
        """Whether the host ended its output with nothing after the last frame."""
        try:
            item = self._frames.get(timeout=timeout)
        except queue.Empty:
            return False
        return isinstance(item, EndOfOutput) and self.trailing == b""

    @property
    def stderr(self) -> str:
        return self._stderr.decode("utf-8", "replace")

    def peak_rss_kib(self) -> int:
        """The host's peak resident memory so far (Linux /proc), in KiB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        raise RuntimeError("no VmHWM in /proc status")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@contextmanager
def host_session(
    argv: list[str] | None = None, env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Iterator[HostSession]:
    """A host for the duration of a ``with`` block; killed if the test left it running."""
    session = HostSession(argv, env, cwd)
    try:
        yield session
    finally:
        session.kill()
        for stream in (session.proc.stdin, session.proc.stdout, session.proc.stderr):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass


def python_env(**extra: str) -> dict[str, str]:
    """This process's environment plus ``extra`` (for hosts that need a PYTHONPATH or a HOME)."""
    env = dict(os.environ)
    env.update(extra)
    return env


def timed(fn: Any, *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - started


class FakeRegistry:
    """An in-memory HKEY_CURRENT_USER with Windows' rules (case-insensitive keys, no orphan subkeys)."""

    def __init__(self, keys: Mapping[str, str | None] | None = None) -> None:
        self.keys: dict[str, str | None] = {"software": None}
        self.names: dict[str, str] = {"software": "Software"}
        for key, value in (keys or {}).items():
            self._create(key)
            self.keys[key.lower()] = value

    def _create(self, key: str) -> None:
        parts = key.split("\\")
        for i in range(1, len(parts) + 1):
            prefix = "\\".join(parts[:i])
            if prefix.lower() not in self.keys:
                self.keys[prefix.lower()] = None
                self.names[prefix.lower()] = prefix

    def key_exists(self, key: str) -> bool:
        return key.lower() in self.keys

    def read_default(self, key: str) -> str | None:
        return self.keys.get(key.lower())

    def write_default(self, key: str, value: str) -> None:
        self._create(key)
        self.keys[key.lower()] = value

    def is_empty(self, key: str) -> bool:
        lowered = key.lower()
        return self.keys[lowered] is None and not any(k.startswith(lowered + "\\") for k in self.keys)

    def delete_key(self, key: str) -> None:
        lowered = key.lower()
        if any(k.startswith(lowered + "\\") for k in self.keys):
            raise PermissionError(f"{key} has subkeys")  # RegDeleteKey refuses, like Windows
        del self.keys[lowered]
        del self.names[lowered]

    def snapshot(self) -> dict[str, str | None]:
        return {self.names[k]: v for k, v in sorted(self.keys.items())}


def cmd_launcher_argv(launcher: Path) -> list[str]:
    """What cmd.exe would run for our .cmd launcher, as an argv that works here (for doctor's spawn).

    Parses the launcher like cmd does for the one line that matters: ``"python" args %*``, with
    ``%%`` meaning a literal ``%``; ``@echo off`` and ``rem`` lines are skipped.
    """
    data = launcher.read_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), "a .cmd launcher must use CRLF"
    lines = [line for line in data.decode("utf-8").split("\r\n") if line.strip()]
    commands = [line for line in lines if not line.lower().startswith(("@echo off", "rem "))]
    assert len(commands) == 1, commands
    command = commands[0]
    assert command.endswith(" %*"), "the launcher must pass Thunderbird's arguments on"
    program_end = command.index('"', 1)
    assert command.startswith('"')
    program = command[1:program_end].replace("%%", "%")
    return [program, *command[program_end + 1: -len(" %*")].split()]


def tree_snapshot(root: Path) -> dict[str, tuple[str, int, bytes]]:
    """Every path under ``root`` with its kind, permission bits and (for files) contents."""
    found: dict[str, tuple[str, int, bytes]] = {}
    for path in sorted(root.rglob("*")):
        mode = path.lstat().st_mode & 0o7777
        if path.is_dir():
            found[str(path.relative_to(root))] = ("dir", mode, b"")
        else:
            found[str(path.relative_to(root))] = ("file", mode, path.read_bytes())
    return found
