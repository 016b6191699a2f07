"""Talking to the native host the way Thunderbird does: start it with two arguments, exchange frames.

Frames are a 4-byte native-order length and UTF-8 JSON (shared/contract.md).  Every exchange has a
deadline: a host that hangs is killed and reported, never waited on forever.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import subprocess
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .measure import read_vm_kb

HEADER = struct.Struct("=I")
EXTENSION_ID = "whybounce@whybounce.org"
"""The id Thunderbird passes as the host's second argument (the extension's gecko id)."""
MANIFEST_ARG = "/nonexistent/native-messaging-hosts/whybounce.json"
"""Thunderbird's first argument, the manifest's path; the host only has to accept it."""


class HostError(RuntimeError):
    """The host died, hung or answered something that is not a frame."""


def host_argv(host_exe: Path) -> list[str]:
    """The command line Thunderbird would use, pointing at the installed console script."""
    return [str(host_exe), MANIFEST_ARG, EXTENSION_ID]


def explain_request(request_id: int, raw: bytes, lang: str = "en") -> bytes:
    """One framed ``explain`` request for ``raw``."""
    body = json.dumps({"id": request_id, "op": "explain", "raw": base64.b64encode(raw).decode("ascii"),
                       "lang": lang}).encode("utf-8")
    return HEADER.pack(len(body)) + body


class Host:
    """A running host process and a synchronous request/answer channel to it."""

    def __init__(self, argv: list[str], env: Mapping[str, str] | None = None, deadline_s: float = 60.0) -> None:
        self.deadline_s = deadline_s
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=dict(env) if env is not None else None)
        self._stderr = bytearray()
        self._drain = threading.Thread(target=self._read_stderr, daemon=True)
        self._drain.start()

    def _read_stderr(self) -> None:
        stream = self.proc.stderr
        assert stream is not None
        while chunk := os.read(stream.fileno(), 4096):  # keep the pipe empty; remember only the first 4 kB
            self._stderr += chunk[: max(0, 4096 - len(self._stderr))]

    def exchange(self, framed_request: bytes) -> dict[str, Any]:
        """Send one framed request and read its answer, killing the host past the deadline."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        timer = threading.Timer(self.deadline_s, self.proc.kill)
        timer.start()
        try:
            try:
                self.proc.stdin.write(framed_request)
                self.proc.stdin.flush()
            except BrokenPipeError:
                raise HostError(f"the host closed its input early{self._stderr_hint()}") from None
            head = self.proc.stdout.read(HEADER.size)
            if len(head) < HEADER.size:
                raise HostError(f"the host ended without answering{self._stderr_hint()}")
            (length,) = HEADER.unpack(head)
            body = self.proc.stdout.read(length)
            if len(body) < length:
                raise HostError(f"the host's answer frame was cut short{self._stderr_hint()}")
        finally:
            timer.cancel()
        answer: dict[str, Any] = json.loads(body)
        return answer

    def _stderr_hint(self) -> str:
        if self.proc.poll() is not None:
            time.sleep(0.05)
        text = bytes(self._stderr).decode("utf-8", "replace").strip().splitlines()
        return f" (stderr: {text[-1][:160]})" if text else ""

    def rss_kb(self) -> int:
        """The host's resident set now, from /proc."""
        value = read_vm_kb(self.proc.pid, "VmRSS")
        if value is None:
            raise HostError("the host is gone: no /proc status to read")
        return value

    def hwm_kb(self) -> int | None:
        """The host's peak resident set so far."""
        return read_vm_kb(self.proc.pid, "VmHWM")

    def close(self) -> int:
        """End of input, as when Thunderbird closes the port; the host must exit 0 promptly."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            code = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._drain.join(timeout=5)
        if self.proc.stderr is not None:
            self.proc.stderr.close()
        return code

    def __enter__(self) -> Host:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.returncode is None:
            self.close()


def check_answer(answer: dict[str, Any]) -> None:
    """An answer that is not ``ok`` makes a timing meaningless: say what the host said."""
    if not answer.get("ok"):
        error = answer.get("error") or {}
        raise HostError(f"host answered ok:false ({error.get('code')}: {str(error.get('message'))[:120]})")


def first_answer_s(argv: list[str], raw: bytes, env: Mapping[str, str] | None = None) -> float:
    """Seconds from starting the host to having its full answer to one ``explain`` request.

    The request is written at once, as the extension does when the user clicks on a bounce.
    """
    framed = explain_request(1, raw)
    start = time.perf_counter()
    host = Host(argv, env)
    try:
        answer = host.exchange(framed)
        elapsed = time.perf_counter() - start
    finally:
        host.close()
    check_answer(answer)
    return elapsed


def rss_after(
    argv: list[str], raws: list[bytes], checkpoints: list[int], env: Mapping[str, str] | None = None
) -> dict[int, int]:
    """Host RSS (kB) after each checkpoint count of ``explain`` requests cycling over ``raws``."""
    if not raws:
        raise ValueError("no messages to send")
    framed = [explain_request(i + 1, raw) for i, raw in enumerate(raws)]
    marks = sorted(set(checkpoints))
    out: dict[int, int] = {}
    with Host(argv, env) as host:
        done = 0
        for mark in marks:
            while done < mark:
                answer = host.exchange(framed[done % len(framed)])
                check_answer(answer)
                done += 1
            out[mark] = host.rss_kb()
        code = host.close()
    if code != 0:
        raise HostError(f"the host exited {code} at end of input")
    return out
