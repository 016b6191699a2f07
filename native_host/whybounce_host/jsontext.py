"""The frames' JSON through the interpreter's own C codec (``_json``), without importing ``json``.

Why: ``json`` imports ``re`` (and ``enum``, ``functools`` and ``re``'s compiler behind it) and compiles its own
patterns at import, about 32 million of the 140 million instructions from the host's start to its first answer
(``python -c "import json"`` 70.7 M, ``python -c pass`` 38.6 M), while the core itself imports no ``re`` for a
bounce whose patterns are all in the pattern store.  ``json.loads`` and ``json.dumps`` hand the work to the C
scanner and encoder of ``_json`` for the calls the host makes; here they are called the same way, so a request
reads and an answer is written exactly as ``json`` would (``tests/test_host_json.py`` compares them).  Where the
interpreter has no ``_json`` (another implementation), ``json`` itself is used.

Errors: invalid JSON raises ``json.JSONDecodeError`` with ``json``'s message and position (``json`` is imported
then, on that path only: the C scanner finds that error class only in an interpreter that has imported ``json``,
so on its failure ``json.loads`` reads the text again); a value ``json`` cannot write raises its ``TypeError`` or
``ValueError``.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

try:
    from _json import encode_basestring, encode_basestring_ascii, make_encoder, make_scanner

    NATIVE = True
except ImportError:  # pragma: no cover - CPython has _json
    NATIVE = False

_WHITE = " \t\n\r"  # JSON's white space (RFC 8259, section 2)
_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}


class _Context:
    """What ``_json.make_scanner`` reads off a ``json.JSONDecoder`` (its defaults, and ``parse_constant``)."""

    def __init__(self, parse_constant: Callable[[str], Any]) -> None:
        self.strict = True
        self.object_hook = None
        self.object_pairs_hook = None
        self.parse_float = float
        self.parse_int = int
        self.parse_constant = parse_constant
        self.memo: dict[str, str] = {}


def _skip_white(text: str, at: int) -> int:
    """The first index from ``at`` on that is not JSON white space (``len(text)`` when there is none)."""
    if at < len(text) and text[at] in _WHITE:
        return len(text) - len(text[at:].lstrip(_WHITE))
    return at


def _error(message: str, text: str, at: int) -> Exception:
    from json import JSONDecodeError

    return JSONDecodeError(message, text, at)


def loads(text: str, parse_constant: Callable[[str], Any] = _CONSTANTS.__getitem__) -> Any:
    """``json.loads(text, parse_constant=parse_constant)`` for a ``str``."""
    if not NATIVE:  # pragma: no cover
        import json

        return json.loads(text, parse_constant=parse_constant)
    if text.startswith("\ufeff"):
        raise _error("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    try:
        scan = make_scanner(_Context(parse_constant))  # type: ignore[arg-type]  # typeshed: any context object serves
    except (TypeError, AttributeError):  # an interpreter whose scanner reads other settings: json knows them
        import json

        return json.loads(text, parse_constant=parse_constant)
    try:
        value, end = scan(text, _skip_white(text, 0))
    except StopIteration as stop:
        raise _error("Expecting value", text, stop.value) from None
    except SystemError:
        # the scanner reports most invalid JSON with json.decoder's error class, which it finds only once json has
        # been imported (else it fails without an exception): json then reads the text and raises that error
        import json

        return json.loads(text, parse_constant=parse_constant)
    end = _skip_white(text, end)
    if end != len(text):
        raise _error("Extra data", text, end)
    return value


def _default(value: Any) -> Any:
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


def dumps(value: Any, ensure_ascii: bool) -> str:
    """``json.dumps(value, ensure_ascii=ensure_ascii, separators=(",", ":"), allow_nan=False)``."""
    if not NATIVE:  # pragma: no cover
        import json

        return json.dumps(value, ensure_ascii=ensure_ascii, separators=(",", ":"), allow_nan=False)
    text = encode_basestring_ascii if ensure_ascii else encode_basestring
    if isinstance(value, str):
        written: str = text(value)
        return written
    try:  # markers (circular references), default, quoting, indent, separators, sort_keys, skipkeys, allow_nan
        encode = make_encoder({}, _default, text, None, ":", ",", False, False, False)
    except TypeError:  # an interpreter whose encoder takes other arguments: json knows them
        import json

        return json.dumps(value, ensure_ascii=ensure_ascii, separators=(",", ":"), allow_nan=False)
    return "".join(encode(value, 0))
