"""The serving loop: read a request frame, answer it, in order, until the extension closes the port.

Every framed request gets exactly one answer.  A malformed one gets ``ok: false`` and the loop goes
on; a frame declared larger than the limit is answered at once and its body skipped unread, so an
honest oversized request costs no memory and leaves the stream in sync.  When input ends inside a
frame nothing more can be framed: the host answers that and exits 0.

Privacy: answers go only to the extension; stderr (shown in Thunderbird's error console) gets the
kind and place of an internal error, never an exception's message, which could quote the message.
"""

from __future__ import annotations

import binascii
import gc
import math
import sys

from whybounce.limits import MAX_MESSAGE_BYTES
from whybounce.patterns import DOTALL, lazy

from . import answers, jsontext
from .answers import BAD_REQUEST, INTERNAL, TOO_LARGE, AnswerId
from .framing import (
    MAX_REQUEST_BYTES,
    EndOfInput,
    Frame,
    FrameReader,
    Oversized,
    Truncated,
    write_frame,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, BinaryIO

MAX_BASE64_CHARS = 4 * math.ceil(MAX_MESSAGE_BYTES / 3)
"""Length of the base64 text of a message of exactly the core's size limit."""

TOO_LARGE_MESSAGE = f"the message is larger than the limit of {MAX_MESSAGE_BYTES} bytes"

MAX_ID_CHARS = 256
"""A string id longer than this is refused: the answer echoes it and must stay small."""


def is_language_tag(value: str) -> bool:
    """Whether ``value`` is a language tag as the host takes one (``en``, ``ja``, ``ja-JP``; the core picks the nearest
    language it has): ``[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}`` in full, checked without a pattern (the host's
    patterns are not in the core's pattern store, and compiling one would import ``re`` for every first answer;
    tests/test_host_json.py holds this to that pattern)."""
    if not value.isascii():
        return False
    head, *rest = value.replace("_", "-").split("-")
    return (2 <= len(head) <= 3 and head.isalpha() and len(rest) <= 3
            and all(1 <= len(part) <= 8 and part.isalnum() for part in rest))


SMALL_FRAME_BYTES = 64 * 1024
"""A frame up to this size is parsed as it is: whatever its JSON holds, it costs little memory."""

MAX_SKELETON_BYTES = 16 * 1024
"""How much JSON a larger frame may hold outside its strings.  Every value costs a Python object, so a
99 MB frame of ``{},{},...`` would take gigabytes to parse; a real request is a few short fields and one
long string (``raw`` or ``text``).  Checked on the bytes, before they are decoded."""

_STRING = lazy(rb'"(?:[^"\\]++|\\.?)*+"?', DOTALL)
"""A JSON string, or an unterminated one up to the end; possessive, so every byte is looked at once
(a 100 MB base64 text is one fast run, and no opening quote can make the scan start over).  UTF-8
never uses the bytes of ``"`` or ``\\`` inside a multi-byte character, so bytes can be scanned."""


def _outside_strings_exceeds(body: bytearray, limit: int) -> bool:
    """Does ``body`` hold more than ``limit`` bytes outside its JSON strings (each string counted as one
    more)?  Stops as soon as it does, so a frame of millions of short strings costs at most ``limit`` steps."""
    outside = 0
    pos = 0
    for m in _STRING.finditer(body):
        outside += m.start() - pos + 1
        if outside > limit:
            return True
        pos = m.end()
    return outside + len(body) - pos > limit


class RequestError(Exception):
    """A request that cannot be served; becomes an ``ok: false`` answer with ``code``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


_started = False
"""True once this process has sent its first answer (see ``serve``)."""


def serve(stdin: BinaryIO, stdout: BinaryIO) -> int:
    """Answer frames from ``stdin`` on ``stdout`` until end of input; return the exit status.

    Garbage collection waits for the process's first answer: the first request imports the engine and
    decodes the knowledge, tens of thousands of objects that live as long as the host, and collecting
    while they arrive finds nothing to free.  Once the first answer is out they are frozen (``gc.freeze``,
    once per process), so later collections skip them, and collection resumes."""
    global _started
    reader = FrameReader(stdin)
    paused = not _started and gc.isenabled()
    if paused:
        gc.disable()
    try:
        while True:
            event = reader.next()
            if isinstance(event, EndOfInput):
                return 0
            if isinstance(event, Truncated):
                _send(stdout, answers.error(
                    None, BAD_REQUEST,
                    f"input ended inside a frame {event.part} ({event.received} of {event.expected} bytes); "
                    "the host stops because nothing after it can be framed",
                ))
                return 0
            if isinstance(event, Oversized):
                skipped = reader.skip(event.length)
                _send(stdout, answers.error(
                    sniff_id(skipped.head, skipped.tail) if skipped.complete else None, TOO_LARGE,
                    f"request frame of {event.length} bytes exceeds the host's limit of "
                    f"{MAX_REQUEST_BYTES} bytes (messages up to {MAX_MESSAGE_BYTES} bytes, base64-encoded)",
                ))
                if not skipped.complete:
                    return 0  # the declared body never came: nothing after it can be framed
                continue
            assert isinstance(event, Frame)
            _send(stdout, answer_frame(event))
            if paused:
                gc.freeze()
                gc.enable()
                paused = False
            _started = True
    except BrokenPipeError:
        return 0  # the extension closed the port while we were answering: nobody is left to tell
    finally:
        if paused:
            gc.enable()


ID_MEMBER = lazy(
    r'(?:^\s*\{|,)\s*"id"\s*:\s*(-?\d{1,15}|"(?:[^"\\\x00-\x1f]|\\["\\/bfnrt]){0,256}")\s*(?=[,}])'
)
"""A top-level-looking ``"id": value`` member (a number or a short string) of a request's JSON text."""


def sniff_id(head: bytes, tail: bytes) -> AnswerId:
    """The id of an oversized request, read from the two ends of its body (which was not kept).

    The extension puts ``id`` at the start or the end of its flat request objects; the id of a
    request nobody can parse is a best guess, so anything unclear gives null.
    """
    for edge in (head, tail):
        text = edge.decode("utf-8", "replace")
        found = [m.group(1) for m in ID_MEMBER.finditer(text)]
        if len(found) == 1:
            value = jsontext.loads(found[0])
            if isinstance(value, int | str):
                return value
    return None


def answer_frame(frame: Frame) -> dict[str, Any]:
    """The answer to one complete frame, whatever it holds."""
    answer_id: AnswerId = None
    try:
        request = _parse(frame)
        answer_id = _request_id(request)
        op = request.get("op")
        if not isinstance(op, str):
            raise RequestError(BAD_REQUEST, 'the request has no "op" string')
        handler = OPS.get(op)
        if handler is None:
            shown = op if len(op) <= 40 else op[:39] + "…"
            raise RequestError(BAD_REQUEST, f"unknown op {shown!r}; this host knows {', '.join(sorted(OPS))}")
        return answers.ok(answer_id, handler(request))
    except RequestError as exc:
        return answers.error(answer_id, exc.code, exc.message)
    except Exception as exc:  # a bug or an exhausted resource must not end the session
        log_exception("request", exc)
        return answers.error(answer_id, INTERNAL, f"internal error ({type(exc).__name__}); details on stderr")


def _parse(frame: Frame) -> dict[str, Any]:
    """Decode a frame body into a JSON object, refusing everything else as a bad request.

    Only one copy of a large request is alive at a time: the frame's bytes are dropped once decoded.
    """
    body = frame.take()
    if not body:
        raise RequestError(BAD_REQUEST, "empty frame: expected a JSON object")
    if len(body) > SMALL_FRAME_BYTES and _outside_strings_exceeds(body, MAX_SKELETON_BYTES):
        raise RequestError(BAD_REQUEST, "the frame's JSON holds more values than any request has")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RequestError(BAD_REQUEST, f"the frame is not valid UTF-8 (at byte {exc.start})") from None
    del body
    try:
        request = jsontext.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise RequestError(BAD_REQUEST, "the frame's JSON is nested too deeply") from None
    except ValueError as exc:
        raise RequestError(BAD_REQUEST, f"the frame is not valid JSON ({_first_clause(exc)})") from None
    if not isinstance(request, dict):
        raise RequestError(BAD_REQUEST, f"the request must be a JSON object, not {_json_type(request)}")
    return request


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _first_clause(exc: ValueError) -> str:
    """A JSON error's own words, without anything quoted from the input."""
    from json import JSONDecodeError  # an error path only: the first answer to a valid request never imports json

    if isinstance(exc, JSONDecodeError):
        return f"{exc.msg} at character {exc.pos}"
    return str(exc).split(":")[0][:120]


def _json_type(value: Any) -> str:
    names = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _request_id(request: dict[str, Any]) -> AnswerId:
    """The request's ``id`` when it can be echoed safely; a bad id is a bad request answered with null."""
    value = request.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RequestError(BAD_REQUEST, f'"id" must be a number or a string, not {_json_type(value)}')
    if isinstance(value, float) and not math.isfinite(value):
        raise RequestError(BAD_REQUEST, '"id" must be a finite number')
    if isinstance(value, str) and len(value) > MAX_ID_CHARS:
        raise RequestError(BAD_REQUEST, f'"id" must be at most {MAX_ID_CHARS} characters')
    return value


def _lang(request: dict[str, Any]) -> str:
    value = request.get("lang", "en")
    if value is None:
        return "en"
    if not isinstance(value, str) or not is_language_tag(value):
        raise RequestError(BAD_REQUEST, '"lang" must be a language tag such as "en" or "ja"')
    return value


def _text_field(request: dict[str, Any], name: str) -> str:
    value = request.get(name)
    if not isinstance(value, str):
        got = "nothing" if name not in request else _json_type(value)
        raise RequestError(BAD_REQUEST, f'"{request.get("op")}" needs "{name}" as a string, got {got}')
    return value


def op_ping(request: dict[str, Any]) -> dict[str, Any]:
    """Version and limits, without loading the core's engine: this is the fast first answer."""
    from whybounce._version import __version__

    return {"version": __version__, "max_message_bytes": MAX_MESSAGE_BYTES}


def op_explain(request: dict[str, Any]) -> dict[str, Any]:
    """Explain one message sent as base64 of its raw bytes."""
    lang = _lang(request)
    encoded = _text_field(request, "raw")
    del request["raw"]  # the request is kept by the caller; this text must not outlive its decoding
    if len(encoded) > MAX_BASE64_CHARS:
        raise RequestError(TOO_LARGE, TOO_LARGE_MESSAGE)
    if not encoded.isascii():
        raise RequestError(BAD_REQUEST, '"raw" is not valid base64 (it holds non-ASCII characters)')
    if len(encoded) % 4 or encoded.find("=", 0, len(encoded) - 2) >= 0:
        # strict_mode lets a stray "=" after a whole group of four pass ("QUJD="): padding is checked here
        raise RequestError(BAD_REQUEST, '"raw" is not valid base64 (bad padding: the length must be a multiple '
                                        'of 4, with at most two "=" at the end)')
    try:  # strict: bad characters, misplaced padding and data after the padding are refused
        raw = binascii.a2b_base64(encoded, strict_mode=True)
    except (binascii.Error, ValueError) as exc:
        raise RequestError(BAD_REQUEST, f'"raw" is not valid base64 ({_first_clause(exc)})') from None
    del encoded
    if len(raw) > MAX_MESSAGE_BYTES:
        raise RequestError(TOO_LARGE, TOO_LARGE_MESSAGE)
    import whybounce
    from whybounce.errors import InputTooLarge

    try:
        result = whybounce.explain_bytes(raw, lang=lang, source=None)
    except InputTooLarge:
        raise RequestError(TOO_LARGE, TOO_LARGE_MESSAGE) from None
    return result.to_dict()


def op_line(request: dict[str, Any]) -> dict[str, Any]:
    """Explain one pasted SMTP reply, POP3 answer or fragment of a bounce."""
    text = _text_field(request, "text")
    lang = _lang(request)
    import whybounce

    return whybounce.explain_line(text, lang=lang).to_dict()


OPS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "ping": op_ping,
    "explain": op_explain,
    "line": op_line,
}


def _send(stdout: BinaryIO, answer: dict[str, Any]) -> None:
    write_frame(stdout, answers.encode_answer(answer))


def log_exception(where: str, exc: BaseException) -> None:
    """Log an exception's type and where it was raised, never its message (it may quote the input).

    The traceback is walked by hand: the ``traceback`` module costs start-up time, reads source files, and
    this must work while memory is exhausted."""
    frames: list[tuple[str, int, str]] = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    path = " <- ".join(f"{_short(file)}:{line} ({name})" for file, line, name in reversed(frames[-6:]))
    print(f"whybounce-host: internal error in {where}: {type(exc).__name__} at {path or 'unknown place'}",
          file=sys.stderr, flush=True)


def _short(filename: str) -> str:
    """The file's path from the package root on, so logs show no user's home folder."""
    parts = filename.replace("\\", "/").split("/")
    for anchor in ("whybounce", "whybounce_host"):
        if anchor in parts:
            return "/".join(parts[len(parts) - 1 - parts[::-1].index(anchor):])
    return parts[-1]
