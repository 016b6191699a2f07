"""The host speaks the contract's frames: ping, explain, line; answers in order; exits 0 on end of
input; starts fast without loading the engine; and nothing but frames ever reaches stdout."""

from __future__ import annotations

import base64
import json
import statistics
import subprocess
import sys
import time

import pytest
import whybounce
from host_util import BOUNCES, HOST_ARGV, host_session, request
from whybounce_host.doctor import split_frames
from whybounce_host.ids import EXTENSION_ID

SMTP_LINE = "550 5.1.1 <nobody@example.invalid>: Recipient address rejected: User unknown"


def test_ping_answers_with_the_core_version() -> None:
    with host_session() as host:
        answer = host.ask({"id": 7, "op": "ping"})
        assert answer == {"id": 7, "ok": True, "result": answer["result"]}
        assert answer["result"]["version"] == whybounce.__version__
        assert answer["result"]["max_message_bytes"] == whybounce.MAX_MESSAGE_BYTES
        assert host.finish() == 0
        assert host.no_more_output()
        assert host.stderr == ""


@pytest.mark.parametrize("answer_id", [0, 7, -3, 2**53, 1.5, "req-1", "", "日本語", None])
def test_ids_are_echoed_as_sent(answer_id: object) -> None:
    with host_session() as host:
        assert host.ask({"id": answer_id, "op": "ping"})["id"] == answer_id
        assert host.finish() == 0


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_line_equals_the_core_result(lang: str) -> None:
    with host_session() as host:
        answer = host.ask({"id": 1, "op": "line", "text": SMTP_LINE, "lang": lang})
        assert answer["ok"] is True
        assert answer["result"] == whybounce.explain_line(SMTP_LINE, lang=lang).to_dict()
        assert answer["result"]["card"]["lang"] == lang
        assert host.finish() == 0


def test_lang_defaults_to_english() -> None:
    with host_session() as host:
        answer = host.ask({"id": 1, "op": "line", "text": SMTP_LINE})
        assert answer["result"]["card"]["lang"] == "en"
        assert host.finish() == 0


def test_explain_of_empty_and_junk_bytes_is_a_result_not_an_error() -> None:
    with host_session() as host:
        for i, raw in enumerate([b"", b"\x00\xff junk \x80" * 100]):
            answer = host.ask({"id": i, "op": "explain", "raw": base64.b64encode(raw).decode()})
            assert answer["ok"] is True
            assert answer["result"] == whybounce.explain_bytes(raw).to_dict()
        assert host.finish() == 0


def test_answers_come_in_request_order_when_requests_are_pipelined() -> None:
    files = sorted(BOUNCES.glob("lhost-*.eml"))[:10]
    requests = []
    for i, path in enumerate(files):
        requests.append({"id": f"e{i}", "op": "explain", "raw": base64.b64encode(path.read_bytes()).decode()})
        requests.append({"id": f"p{i}", "op": "ping"})
        requests.append({"id": f"l{i}", "op": "line", "text": f"452 4.2.2 mailbox {i} full"})
        requests.append({"id": f"x{i}", "op": "nonsense"})
    with host_session() as host:
        host.send_raw(b"".join(request(r) for r in requests))
        assert [host.recv()["id"] for _ in requests] == [r["id"] for r in requests]
        assert host.finish() == 0


def test_extra_fields_are_ignored() -> None:
    """Fields may be added to requests later; an older host must still answer."""
    with host_session() as host:
        answer = host.ask({"id": 1, "op": "ping", "future": {"nested": [1, 2]}, "priority": "high"})
        assert answer["ok"] is True
        assert host.finish() == 0


def test_exits_zero_promptly_on_end_of_input() -> None:
    with host_session() as host:
        host.ask({"id": 1, "op": "line", "text": SMTP_LINE})  # the engine is loaded and idle
        started = time.perf_counter()
        assert host.finish() == 0
        assert time.perf_counter() - started < 2.0


def test_no_arguments_also_serves() -> None:
    with host_session([sys.executable, "-P", "-m", "whybounce_host"]) as host:
        assert host.ask({"id": 1, "op": "ping"})["ok"] is True
        assert host.finish() == 0


def test_first_answer_is_fast_and_ping_loads_no_engine() -> None:
    """Ping imports neither the engine nor the email package: start-up is the interpreter's alone."""
    probe = (
        "import sys, atexit\n"
        "atexit.register(lambda: sys.stderr.write('MODULES ' + ' '.join(sorted(sys.modules)) + '\\n'))\n"
        "from whybounce_host.__main__ import main\n"
        "sys.exit(main())\n"
    )
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-P", "-c", probe, "/x/whybounce.json", EXTENSION_ID],
            input=request({"id": 1, "op": "ping"}), capture_output=True, timeout=30,
        )
        timings.append(time.perf_counter() - started)
        answers, stray = split_frames(done.stdout)
        assert done.returncode == 0 and stray == b""
        assert answers[0]["ok"] is True
    modules = done.stderr.decode().split("MODULES ", 1)[1].split()
    for heavy in ("whybounce.engine", "whybounce.knowledge", "email.parser", "argparse", "yaml", "msgpack"):
        assert heavy not in modules, f"ping imported {heavy}"
    # Generous bound for a loaded 2-core machine; typical is about 0.05 s.
    assert statistics.median(timings) < 1.0, timings


def test_stray_writes_to_stdout_never_reach_the_frames() -> None:
    """A library that prints (Python-level or straight to fd 1) must not corrupt the frame stream."""
    probe = (
        "import os, sys, whybounce\n"
        "real = whybounce.explain_line\n"
        "def noisy(text, lang='en'):\n"
        "    print('STRAY-PRINT')\n"
        "    sys.__stdout__.write('STRAY-DUNDER\\n'); sys.__stdout__.flush()\n"
        "    os.write(1, b'STRAY-FD1\\n')\n"
        "    return real(text, lang=lang)\n"
        "whybounce.explain_line = noisy\n"
        "from whybounce_host.__main__ import main\n"
        "sys.exit(main())\n"
    )
    requests = b"".join(request({"id": i, "op": "line", "text": SMTP_LINE}) for i in range(3))
    done = subprocess.run([sys.executable, "-P", "-c", probe, *HOST_ARGV[-2:]], input=requests,
                          capture_output=True, timeout=60)
    answers, stray = split_frames(done.stdout)
    assert done.returncode == 0
    assert stray == b""
    assert [a["id"] for a in answers] == [0, 1, 2] and all(a["ok"] for a in answers)
    for marker in ("STRAY-PRINT", "STRAY-DUNDER", "STRAY-FD1"):
        assert done.stderr.decode().count(marker) == 3


def test_answers_are_compact_utf8_json() -> None:
    """Japanese cards travel as UTF-8, not as \\u escapes, which would triple their size."""
    with host_session() as host:
        host.send({"id": 1, "op": "line", "text": SMTP_LINE, "lang": "ja"})
        _, body = host.recv_frame()
        assert json.loads(body)["result"]["card"]["lang"] == "ja"
        assert b"\\u" not in body and body.startswith(b'{"id":1,"ok":true,')
        assert host.finish() == 0
