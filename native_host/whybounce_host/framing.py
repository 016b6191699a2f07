"""Mozilla native-messaging frames: a 4-byte length in native byte order, then that many bytes of JSON.

The reader is built for hostile input: it never allocates more than it has actually received, never
allocates a frame whose declared length is beyond the limit (it skips such a body in small chunks,
so an honest oversized request leaves the stream in sync), and tells a clean end of input apart from
a frame cut short, after which the stream cannot be resynchronised.
"""

from __future__ import annotations

import math
import struct

from whybounce.limits import MAX_MESSAGE_BYTES
from whybounce.record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO

HEADER = struct.Struct("=I")
"""Unsigned 32-bit length in the machine's own byte order, as Thunderbird writes and reads it."""

JSON_OVERHEAD_BYTES = 64 * 1024
"""Room for the request's JSON around the base64 text (id, op, lang, quoting, base64 padding)."""

MAX_REQUEST_BYTES = math.ceil(MAX_MESSAGE_BYTES * 4 / 3) + JSON_OVERHEAD_BYTES
"""Largest request frame read: the core's message limit once base64-encoded, plus the JSON around it."""

MAX_ANSWER_BYTES = 1_000_000
"""Every answer frame stays at or below this: Thunderbird drops host frames of 1 MiB or more."""

EDGE_BYTES = 512
"""How much of each end of a skipped body is kept, to find the request's id for the answer."""

CHUNK_BYTES = 1024 * 1024
"""Bodies are read and skipped in pieces of this size, so memory follows what actually arrived."""


class Frame:
    """A complete frame body, handed over once so a large body is freed as soon as it is decoded."""

    __slots__ = ("_body",)

    def __init__(self, body: bytearray) -> None:
        self._body: bytearray | None = body

    def take(self) -> bytearray:
        """The body; the frame keeps no reference to it afterwards."""
        body, self._body = self._body, None
        if body is None:
            raise RuntimeError("a frame's body can be taken only once")
        return body


class Oversized(Record):
    """A header declared more than the limit; the body has not been read yet (call ``skip``)."""

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length


class Skipped(Record):
    """The outcome of skipping an oversized body: whether it was all there, and its two ends."""

    __slots__ = ("complete", "head", "tail")

    def __init__(self, complete: bool, head: bytes, tail: bytes) -> None:
        self.complete = complete
        self.head = head
        self.tail = tail


class Truncated(Record):
    """Input ended inside a header or a body: nothing after this can be framed."""

    __slots__ = ("expected", "part", "received")

    def __init__(self, part: str, received: int, expected: int) -> None:
        self.part = part  # "header" or "body"
        self.received = received
        self.expected = expected


class EndOfInput(Record):
    """Input ended cleanly between frames: the port was closed."""

    __slots__ = ()

    def __init__(self) -> None:
        pass


Event = Frame | Oversized | Truncated | EndOfInput


class FrameReader:
    """Reads request frames from a binary stream, one event per call."""

    def __init__(self, stream: BinaryIO, max_bytes: int = MAX_REQUEST_BYTES) -> None:
        self._stream = stream
        self._max = max_bytes

    def next(self) -> Event:
        """Read the next header and, when its length is acceptable, the whole body."""
        header = self._read_up_to(HEADER.size)
        if not header:
            return EndOfInput()
        if len(header) < HEADER.size:
            return Truncated("header", len(header), HEADER.size)
        (length,) = HEADER.unpack(header)
        if length > self._max:
            return Oversized(length)
        body = self._read_up_to(length)
        if len(body) < length:
            return Truncated("body", len(body), length)
        return Frame(body)

    def skip(self, length: int, keep: int = EDGE_BYTES) -> Skipped:
        """Discard a ``length``-byte body, keeping only its first and last ``keep`` bytes."""
        remaining = length
        head = bytearray()
        tail = b""
        while remaining:
            chunk = self._stream.read(min(remaining, CHUNK_BYTES))
            if not chunk:
                return Skipped(False, bytes(head), tail)
            remaining -= len(chunk)
            if len(head) < keep:
                head += chunk[: keep - len(head)]
            tail = (tail + chunk)[-keep:]
        return Skipped(True, bytes(head), tail)

    def _read_up_to(self, length: int) -> bytearray:
        """Read exactly ``length`` bytes unless input ends; grow the buffer only as data arrives."""
        buf = bytearray()
        while len(buf) < length:
            chunk = self._stream.read(min(length - len(buf), CHUNK_BYTES))
            if not chunk:
                break
            buf += chunk
        return buf


def encode_frame(payload: bytes) -> bytes:
    """Prefix ``payload`` with its length header."""
    return HEADER.pack(len(payload)) + payload


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    """Write one frame and flush it, so the extension sees it at once."""
    if len(payload) > MAX_ANSWER_BYTES:
        raise ValueError(f"answer of {len(payload)} bytes exceeds {MAX_ANSWER_BYTES}")
    stream.write(encode_frame(payload))
    stream.flush()
