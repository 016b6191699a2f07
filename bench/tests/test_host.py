"""The bench's host client: framing, and real exchanges with whybounce-host when it is installed."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import pytest

from bench import gen
from bench.host import HEADER, HostError, explain_request, first_answer_s, host_argv, rss_after

HOST_EXE = Path(sys.executable).parent / "whybounce-host"
needs_host = pytest.mark.skipif(not HOST_EXE.is_file() or not gen.BOUNCES.is_dir(),
                                reason="whybounce-host or the ../shared corpus is not there")


def test_explain_request_is_one_frame() -> None:
    raw = b"Subject: x\r\n\r\n\xff\x00 body"
    framed = explain_request(7, raw, "ja")
    (length,) = HEADER.unpack(framed[: HEADER.size])
    assert length == len(framed) - HEADER.size
    body = json.loads(framed[HEADER.size:])
    assert body == {"id": 7, "op": "explain", "raw": base64.b64encode(raw).decode(), "lang": "ja"}


@pytest.mark.parametrize(
    "script",
    [
        "import sys; sys.exit(0)",  # ends without answering
        "import sys; sys.stdout.buffer.write(b'\\x10\\x00\\x00\\x00{}'); sys.stdout.flush()",  # cut short
    ],
    ids=["exits-at-once", "truncated-answer"],
)
def test_a_broken_host_is_an_error_not_a_hang(script: str) -> None:
    with pytest.raises(HostError):
        first_answer_s([sys.executable, "-c", script], b"Subject: x\n\nbody\n")


def test_an_error_answer_is_reported() -> None:
    answer = json.dumps({"id": 1, "ok": False, "error": {"code": "internal", "message": "boom"}}).encode()
    script = ("import sys, struct; sys.stdin.buffer.read(4); "
              f"a = {answer!r}; sys.stdout.buffer.write(struct.pack('=I', len(a)) + a); sys.stdout.flush()")
    with pytest.raises(HostError, match="internal: boom"):
        first_answer_s([sys.executable, "-c", script], b"Subject: x\n\nbody\n")


@needs_host
def test_real_host_first_answer() -> None:
    raw = gen.corpus_files()[0].read_bytes()
    assert first_answer_s(host_argv(HOST_EXE), raw) > 0


@needs_host
def test_real_host_rss_checkpoints() -> None:
    raws = gen.corpus_messages()[:4]
    marks = rss_after(host_argv(HOST_EXE), raws, [2, 10])
    assert sorted(marks) == [2, 10]
    assert all(kb > 1024 for kb in marks.values())
