"""Hostile frames never wedge the host: each gets ``ok: false``, and the host then answers a valid
request, unless the stream cannot be resynchronised, in which case it answers and exits 0."""

from __future__ import annotations

import base64
import json
import re
import struct
from pathlib import Path
from typing import Any

import pytest
from host_util import frame, host_session, request
from hostile_mail import empty_objects_frame, folded_diagnostic
from whybounce.limits import MAX_MESSAGE_BYTES
from whybounce_host.answers import IDENTITY_CAP, encode_answer, ok
from whybounce_host.framing import MAX_REQUEST_BYTES

PING = {"id": "after", "op": "ping"}

# (name, bytes sent, expected error code, expected id of the error answer)
RECOVERABLE = [
    ("zero-length frame", frame(b""), "bad-request", None),
    ("invalid UTF-8", frame(b'{"id": 1, "op": "ping", "x": "\xff\xfe"}'), "bad-request", None),
    ("overlong UTF-8 encoding", frame(b'{"id": 1, "op": "\xc0\xaf"}'), "bad-request", None),
    ("lone surrogate bytes", frame(b'{"id": 1, "op": "\xed\xa0\x80"}'), "bad-request", None),
    ("JSON syntax error", frame(b'{"id": 1, "op": "ping"'), "bad-request", None),
    ("whitespace only", frame(b"   \n"), "bad-request", None),
    ("UTF-8 BOM before JSON", frame(b'\xef\xbb\xbf{"id": 1, "op": "ping"}'), "bad-request", None),
    ("JSON array", request([{"id": 1, "op": "ping"}]), "bad-request", None),
    ("JSON string", request("ping"), "bad-request", None),
    ("JSON number", request(7), "bad-request", None),
    ("JSON null", request(None), "bad-request", None),
    ("JSON true", request(True), "bad-request", None),
    ("deeply nested JSON", frame(b"[" * 200_000 + b"]" * 200_000), "bad-request", None),
    ("NaN constant", frame(b'{"id": NaN, "op": "ping"}'), "bad-request", None),
    ("huge integer id", frame(b'{"id": ' + b"9" * 5000 + b', "op": "ping"}'), "bad-request", None),
    ("id is an object", request({"id": {"a": 1}, "op": "ping"}), "bad-request", None),
    ("id is a boolean", request({"id": True, "op": "ping"}), "bad-request", None),
    ("id string too long", request({"id": "x" * 10_000, "op": "ping"}), "bad-request", None),
    ("unknown op", request({"id": 5, "op": "format-disk"}), "bad-request", 5),
    ("op missing", request({"id": 6}), "bad-request", 6),
    ("op not a string", request({"id": 7, "op": ["ping"]}), "bad-request", 7),
    ("explain without raw", request({"id": 8, "op": "explain"}), "bad-request", 8),
    ("explain raw not a string", request({"id": 9, "op": "explain", "raw": [1, 2]}), "bad-request", 9),
    ("base64 with bad characters", request({"id": 10, "op": "explain", "raw": "SGVsbG8*!!"}),
     "bad-request", 10),
    ("base64 with bad padding", request({"id": 11, "op": "explain", "raw": "SGVsbG8"}), "bad-request", 11),
    ("base64 with non-ASCII", request({"id": 12, "op": "explain", "raw": "SGVsbG8é"}), "bad-request", 12),
    ("base64 with a stray = after a whole group", request({"id": 17, "op": "explain", "raw": "QUJD="}),
     "bad-request", 17),
    ("base64 with three =", request({"id": 18, "op": "explain", "raw": "QUI===="}), "bad-request", 18),
    ("base64 padding in the middle", request({"id": 19, "op": "explain", "raw": "QQ==QUJD"}), "bad-request", 19),
    ("base64 with a line break", request({"id": 20, "op": "explain", "raw": "QUJD\nQUJD"}), "bad-request", 20),
    ("line without text", request({"id": 13, "op": "line"}), "bad-request", 13),
    ("line text not a string", request({"id": 14, "op": "line", "text": 550}), "bad-request", 14),
    ("lang not a string", request({"id": 15, "op": "line", "text": "550 5.1.1", "lang": 1}),
     "bad-request", 15),
    ("lang not a language tag", request({"id": 16, "op": "line", "text": "550", "lang": "../../x"}),
     "bad-request", 16),
]


@pytest.mark.parametrize(("name", "data", "code", "answer_id"), RECOVERABLE, ids=[c[0] for c in RECOVERABLE])
def test_recoverable_hostile_frame_is_refused_and_the_host_keeps_serving(
    name: str, data: bytes, code: str, answer_id: object
) -> None:
    with host_session() as host:
        host.send_raw(data)
        answer = host.recv()
        assert answer["ok"] is False, name
        assert answer["error"]["code"] == code
        assert answer["error"]["message"]
        assert answer["id"] == answer_id
        after = host.ask(PING)
        assert after["ok"] is True and after["id"] == "after"
        assert host.finish() == 0
        assert host.no_more_output()


def test_all_hostile_frames_in_one_session_each_answered_in_order() -> None:
    """The same frames back to back, pipelined: one answer each, in order, then a valid answer."""
    with host_session() as host:
        host.send_raw(b"".join(data for _, data, _, _ in RECOVERABLE) + request(PING))
        for name, _, code, answer_id in RECOVERABLE:
            answer = host.recv()
            assert (answer["ok"], answer["error"]["code"], answer["id"]) == (False, code, answer_id), name
        assert host.recv()["id"] == "after"
        assert host.finish() == 0


UNRECOVERABLE = [
    ("truncated length header", b"\x10\x00"),
    ("truncated body", struct.pack("=I", 100) + b'{"id": 1, "op": "pi'),
    ("header promises far beyond the limit, input ends", struct.pack("=I", 0xFFFFFFFF) + request(PING)),
    ("header just above the limit, input ends", struct.pack("=I", MAX_REQUEST_BYTES + 1) + b"{}"),
]


@pytest.mark.parametrize(("name", "data"), UNRECOVERABLE, ids=[c[0] for c in UNRECOVERABLE])
def test_unrecoverable_stream_is_answered_then_the_host_exits_cleanly(name: str, data: bytes) -> None:
    with host_session() as host:
        host.send(PING)
        assert host.recv()["ok"] is True
        host.send_raw(data)
        host.close_input()
        answer = host.recv()
        assert answer["ok"] is False and answer["id"] is None, name
        expected = "too-large" if "limit" in name else "bad-request"
        assert answer["error"]["code"] == expected
        assert host.finish() == 0
        assert host.no_more_output()


def test_oversized_frame_that_really_arrives_is_skipped_without_buffering_and_stream_resyncs() -> None:
    """An honest request just over the limit: skipped in small chunks, id found, next request served."""
    size = MAX_REQUEST_BYTES + 1
    head = b'{"id": 41, "op": "explain", "raw": "'
    tail = b'"}'
    filler = b"A" * (size - len(head) - len(tail))
    with host_session() as host:
        host.send(PING)
        host.recv()
        host.send_raw(struct.pack("=I", size))
        host.send_raw(head)
        for start in range(0, len(filler), 8 * 1024 * 1024):
            host.send_raw(filler[start: start + 8 * 1024 * 1024])
        host.send_raw(tail)
        answer = host.recv()
        assert answer == {"id": 41, "ok": False, "error": answer["error"]}
        assert answer["error"]["code"] == "too-large"
        assert str(MAX_REQUEST_BYTES) in answer["error"]["message"]
        # The 89 MB body was never held: the host's peak memory stays far below it.
        assert host.peak_rss_kib() < 60 * 1024
        assert host.ask(PING)["id"] == "after"
        assert host.finish() == 0


def test_id_of_an_oversized_request_is_found_at_the_end_as_the_extension_sends_it() -> None:
    """The extension writes ``{...fields, id, op}``: the id comes after the base64 text."""
    base64_text = b"QUFB" * ((MAX_REQUEST_BYTES // 4) + 10)
    body = b'{"raw": "' + base64_text + b'", "lang": "en", "id": 77, "op": "explain"}'
    with host_session() as host:
        host.send_raw(frame(body) + request(PING))
        answer = host.recv()
        assert (answer["id"], answer["error"]["code"]) == (77, "too-large")
        assert host.recv()["id"] == "after"
        assert host.finish() == 0


def test_message_over_the_core_limit_inside_an_acceptable_frame_is_too_large() -> None:
    raw = base64.b64encode(b"x" * (MAX_MESSAGE_BYTES + 1)).decode("ascii")
    data = json.dumps({"id": 3, "op": "explain", "raw": raw}).encode("ascii")
    assert len(data) <= MAX_REQUEST_BYTES  # the frame itself is acceptable
    with host_session() as host:
        host.send_raw(frame(data))
        answer = host.recv()
        assert (answer["id"], answer["ok"], answer["error"]["code"]) == (3, False, "too-large")
        assert host.ask(PING)["ok"] is True
        assert host.finish() == 0


def test_request_limit_is_at_least_four_thirds_of_the_message_limit() -> None:
    """The message arrives base64-encoded: the largest acceptable message must fit in one frame."""
    base64_chars = 4 * -(-MAX_MESSAGE_BYTES // 3)
    largest = json.dumps({"id": 2**53, "op": "explain", "lang": "ja-JP", "raw": "A" * base64_chars})
    assert len(largest) <= MAX_REQUEST_BYTES


# --- issue 15: hostile input, part two ------------------------------------------------------------------------


def test_well_padded_base64_is_still_accepted() -> None:
    """The refusals above are about padding only: every canonical length still reads."""
    with host_session() as host:
        for i, raw in enumerate([b"", b"A", b"AB", b"ABC", b"ABCD"]):
            answer = host.ask({"id": i, "op": "explain", "raw": base64.b64encode(raw).decode("ascii")})
            assert answer["ok"] is True, (raw, answer)
        assert host.finish() == 0


def test_a_frame_of_millions_of_empty_objects_is_refused_in_bounded_memory() -> None:
    """A 40 MB frame of ``{},{},...`` once took gigabytes to parse (30x its size); no request looks like it."""
    data = empty_objects_frame(13_000_000)
    with host_session() as host:
        host.send_raw(data + request(PING))
        answer = host.recv()
        assert (answer["id"], answer["ok"], answer["error"]["code"]) == (None, False, "bad-request")
        assert "more values than any request has" in answer["error"]["message"]
        assert host.recv()["id"] == "after"
        assert host.peak_rss_kib() * 1024 < 2.5 * len(data) + 40 * 1024 * 1024
        assert host.finish() == 0


@pytest.mark.parametrize("body", [
    b'{"id":1,"op":"line","text":"' + b"550 5.1.1 {user} unknown, [a], " * 40_000 + b'"}',
    b'{"op":"line","lang":"en","id":"x","text":"' + b'\\\"' * 200_000 + b'"}',
], ids=["braces and commas inside the text", "escaped quotes"])
def test_a_large_valid_request_is_not_mistaken_for_too_many_values(body: bytes) -> None:
    with host_session() as host:
        host.send_raw(frame(body))
        answer = host.recv()
        assert answer["ok"] is True, answer
        assert host.finish() == 0


def test_outside_strings_measure_is_linear_on_unterminated_quotes() -> None:
    from scaling import LINEAR_GROWTH, growth
    from whybounce_host.serve import _outside_strings_exceeds

    def scan(body: bytearray) -> bool:
        return _outside_strings_exceeds(body, 1 << 40)

    ratio = growth(scan, bytearray(b'"\\"' * 2_000_000), bytearray(b'"\\"' * 4_000_000))
    assert ratio < LINEAR_GROWTH


def test_a_ping_queued_behind_a_hostile_folded_report_is_answered() -> None:
    """1.3 million continuation lines in one Diagnostic-Code (3.9 MB) once kept the host busy for minutes."""
    raw = folded_diagnostic(1_300_000)
    with host_session() as host:
        host.send({"id": "big", "op": "explain", "raw": base64.b64encode(raw).decode("ascii")})
        host.send(PING)
        answer = host.recv(timeout=300)
        assert answer["id"] == "big" and answer["ok"] is True, answer.get("error")
        assert answer["result"]["recipients"][0]["reason"] == "userunknown"
        assert host.recv(timeout=300)["id"] == "after"
        assert host.finish() == 0


def test_docs_show_the_limit_the_host_reports() -> None:
    """docs/host.md's ping example once said 64 MiB while the host said 80 MiB."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "host.md").read_text(encoding="utf-8")
    shown = re.search(r'"max_message_bytes": (\d+)', doc)
    assert shown is not None and int(shown.group(1)) == MAX_MESSAGE_BYTES
    with host_session() as host:
        assert host.ask(PING)["result"]["max_message_bytes"] == MAX_MESSAGE_BYTES
        assert host.finish() == 0


def _trimmed(result: dict[str, Any], budget: int) -> dict[str, Any]:
    data = encode_answer(ok(1, result), budget)
    assert len(data) <= budget
    trimmed: dict[str, Any] = json.loads(data)["result"]
    return trimmed


def _result(recipients: list[dict[str, Any]], warnings: list[str]) -> dict[str, Any]:
    return {"source": None, "kind": "bounce", "is_bounce": True, "format": "rfc3464", "original": {},
            "recipients": recipients, "warnings": warnings}


def test_identifying_fields_cut_to_fit_say_so() -> None:
    recipients = [{"address": f"{i}" + "a" * 20_000 + "@example.org", "reason": "userunknown", "diagnostic": "d"}
                  for i in range(40)]
    trimmed = _trimmed(_result(recipients, []), 200_000)
    assert all(len(r["address"]) == IDENTITY_CAP for r in trimmed["recipients"])
    assert any("identifying fields longer than 200 characters were cut" in w for w in trimmed["warnings"])


def test_no_identity_note_when_no_identifying_field_was_cut() -> None:
    recipients = [{"address": f"u{i}@example.org", "reason": "userunknown", "diagnostic": "d" * 5000}
                  for i in range(300)]
    trimmed = _trimmed(_result(recipients, []), 100_000)
    assert not any("identifying" in w for w in trimmed["warnings"]), trimmed["warnings"]


def test_the_results_own_warnings_are_never_cut() -> None:
    warning = "delivery-status part longer than 4194304 characters: later recipients were not read"
    recipients = [{"address": f"u{i}@example.org", "reason": "userunknown", "diagnostic": "d" * 5000}
                  for i in range(300)]
    trimmed = _trimmed(_result(recipients, [warning]), 60_000)
    assert trimmed["warnings"][0] == warning
    caps = [int(m.group(1)) for w in trimmed["warnings"] for m in [re.search(r"texts longer than (\d+)", w)] if m]
    assert caps and caps[-1] < len(warning), "texts were not cut short enough for the test to mean anything"
