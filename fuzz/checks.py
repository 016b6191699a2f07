"""The bodies of the fuzz targets, free of atheris so that the test suite can replay crash inputs.

A check returns normally when the input was handled as the contract says and raises otherwise: an
exception escaping the core, a result of the wrong shape, or a host answer that admits an internal
error (the host turns every exception into ``"internal"``, so that code *is* the crash signal there).
"""

from __future__ import annotations

import io
import json
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

import contract_shape  # noqa: E402  (lives in tests/, shared with the property tests)
import whybounce  # noqa: E402
from whybounce.errors import InputTooLarge  # noqa: E402

FRAME_LIMIT = 4096
"""The frame reader is fuzzed with this small limit so that short inputs reach the oversized path."""

HOST_ERROR_CODES = ("bad-request", "too-large")


def check_core(data: bytes) -> None:
    """``explain_bytes`` and ``explain_line`` on the same bytes, both languages over the run."""
    lang = "ja" if data[-1:] in (b"\x00", b"\n") or len(data) % 2 else "en"
    try:
        result = whybounce.explain_bytes(data, lang=lang)
    except InputTooLarge:
        return
    contract_shape.check_message(result.to_dict())
    text = data.decode("utf-8", errors="replace")
    contract_shape.check_line(whybounce.explain_line(text, lang=lang).to_dict())


def check_frame_reader(data: bytes) -> None:
    """The host's frame reader: never more than it was given, never a frame over its limit, always ends."""
    from whybounce_host.framing import EndOfInput, Frame, FrameReader, Oversized, Truncated

    reader = FrameReader(io.BytesIO(data), max_bytes=FRAME_LIMIT)
    consumed = 0
    for _ in range(len(data) // 4 + 2):
        event = reader.next()
        if isinstance(event, EndOfInput):
            if consumed != len(data):
                raise AssertionError(f"end of input reported after {consumed} of {len(data)} bytes")
            return
        if isinstance(event, Truncated):
            return
        consumed += 4
        if isinstance(event, Oversized):
            if event.length <= FRAME_LIMIT:
                raise AssertionError(f"frame of {event.length} bytes called oversized")
            skipped = reader.skip(event.length)
            if not skipped.complete:
                return
            consumed += event.length
            continue
        if not isinstance(event, Frame):
            raise AssertionError(f"unexpected event {type(event).__name__}")
        body = event.take()
        (declared,) = struct.unpack("=I", data[consumed - 4 : consumed])
        if len(body) > FRAME_LIMIT or bytes(body) != data[consumed : consumed + declared]:
            raise AssertionError("frame body differs from the bytes sent")
        consumed += declared
    raise AssertionError("the reader did not reach the end of a finite input")


def check_host(data: bytes) -> None:
    """The host's whole serving loop on arbitrary bytes: exit 0, and only well-formed answers."""
    from whybounce_host import serve as host

    out = io.BytesIO()
    caught: list[BaseException] = []
    logger = host.log_exception
    host.log_exception = lambda where, exc: caught.append(exc)  # the host swallows it; we want it raised
    try:
        status = host.serve(io.BytesIO(data), out)
    finally:
        host.log_exception = logger
    if caught:
        raise caught[0]
    if status != 0:
        raise AssertionError(f"serve() returned {status}")
    raw = out.getvalue()
    pos = 0
    while pos < len(raw):
        (length,) = struct.unpack("=I", raw[pos : pos + 4])
        answer = json.loads(raw[pos + 4 : pos + 4 + length])
        pos += 4 + length
        if answer.get("ok") is True:
            result = answer["result"]
            if "kind" in result:
                contract_shape.check_message(result)
            elif "protocol" in result:
                contract_shape.check_line(result)
        elif answer.get("ok") is False:
            code = answer["error"]["code"]
            if code not in HOST_ERROR_CODES:
                raise AssertionError(f"host answered error code {code!r}: {answer['error']['message']}")
        else:
            raise AssertionError(f"answer without a boolean ok: {answer!r:.200}")


def check_frames(data: bytes) -> None:
    """Both frame-level checks on the same bytes."""
    check_frame_reader(data)
    check_host(data)


CHECKS = {"core": check_core, "frames": check_frames}
