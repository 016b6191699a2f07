"""RFC 3464 / RFC 6533 delivery-status fields: per-message and per-recipient groups.

The stdlib does not split ``message/global-delivery-status`` (UTF-8 fields), and real DSNs often forget
the blank line between recipient groups, so we split the text ourselves.
"""

from __future__ import annotations

from .patterns import MULTILINE, contains_any, lazy
from .record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator

# Every line of a text at once (findall, MULTILINE): a field line ("Status: 5.1.1") gives its name (a letter, then
# letters, digits and "-") and value, any other line "" and the whole line; so a report is cut into lines and fields
# by one scan in C, not a split and a match per line (tests/test_fast_paths.py holds it to that plain reading).
# Possessive repeats, as mime._FIELD's: what follows each is a character it cannot take, so nothing is given back.
_LINES = lazy(r"^(?:([A-Za-z][A-Za-z0-9-]{0,60}+)[ \t]*+:[ \t]*+)?(.*+)$", MULTILINE)
_XTEXT = lazy(r"\\x\{([0-9A-Fa-f]{1,6})\}|\+([0-9A-Fa-f]{2})")
_TYPE = lazy(r"[A-Za-z0-9_.-]{1,20}")
_PLUS_HEX = lazy(r"\+([0-9A-Fa-f]{2})")  # RFC 3461 xtext alone
CHUNK = 64 * 1024  # characters of a report cut into lines at once (_lines)
_RECIPIENT_KEYS = ("final-recipient", "original-recipient", "x-actual-recipient")


class DeliveryStatus(Record):
    __slots__ = ("message", "recipients")

    def __init__(self, message: dict[str, str] | None = None, recipients: list[dict[str, str]] | None = None) -> None:
        self.message: dict[str, str] = {} if message is None else message
        self.recipients: list[dict[str, str]] = [] if recipients is None else recipients

    def flat(self) -> dict[str, str]:
        """Every field in one dict, the per-message group's first: a report about one message (an ARF report, an
        MDN) whose per-message fields the parser may file in a recipient group (after a Final-Recipient line)."""
        fields = dict(self.message)
        for group in self.recipients:
            fields.update({k: v for k, v in group.items() if k not in fields})
        return fields


def parse(text: str) -> DeliveryStatus:
    """Split delivery-status text into the per-message group and one dict per recipient group.

    A field's pieces (its continuation lines, and repeats of the same field in one group) are collected
    in a list and joined once at the end: appending to a growing string per line costs time quadratic
    in the number of lines (a hostile report folds one field over a million lines)."""
    groups: list[dict[str, list[str]]] = [{}]
    pieces: list[str] | None = None  # the pieces of the field a continuation line continues
    for key, value in _lines(text):
        if not key:  # no field: a blank line, a continuation line, or a stray one
            if not value or value.isspace():  # a blank line ends a group
                if groups[-1]:
                    groups.append({})
                pieces = None
            elif value[0] in " \t" and pieces is not None:
                pieces.append(value.strip())
            else:
                pieces = None
            continue
        key, value = key.lower(), value.strip()
        group = groups[-1]
        if key in ("final-recipient", "original-recipient") and key in group:
            groups.append({})  # a new recipient group without the blank line before it
            group = groups[-1]
        elif key == "original-recipient" and "final-recipient" in group and "status" in group:
            groups.append({})
            group = groups[-1]
        pieces = group.get(key)
        if pieces is None:
            pieces = group[key] = [value]
        else:
            pieces.append(value)
    out = DeliveryStatus()
    for found in groups:
        if not found:
            continue
        g = _joined(found)
        if contains_any(g, _RECIPIENT_KEYS):
            out.recipients.append(g)
        elif not out.recipients and not out.message:
            out.message = g
        elif out.recipients:
            out.recipients[-1].update({k: v for k, v in g.items() if k not in out.recipients[-1]})
        else:
            out.message.update(g)
    return out


def _lines(text: str) -> Iterable[tuple[str, str]]:
    """One (name, value) per line of ``text`` as ``text.split("\\n")`` cuts it, ("", line) for a line that is no
    field.  A report over :data:`CHUNK` characters is read in pieces of about that size cut at line breaks, so a
    report of a million short lines does not hold a million pairs at once."""
    if len(text) <= CHUNK:
        return _LINES.findall(text)
    return _in_pieces(text)


def _in_pieces(text: str) -> Iterator[tuple[str, str]]:
    start = 0
    while len(text) - start > CHUNK:
        stop = text.find("\n", start + CHUNK)
        if stop < 0:
            break
        yield from _LINES.findall(text, start, stop)  # "^" matches at ``start``: a line break is before it
        start = stop + 1
    yield from _LINES.findall(text, start)


def _joined(group: dict[str, list[str]]) -> dict[str, str]:
    return {k: " ".join(v) for k, v in group.items()}


def typed_value(value: str | None) -> tuple[str | None, str]:
    """``rfc822; a@b`` -> ("rfc822", "a@b"); a value without a type keeps ``None``."""
    if not value:
        return None, ""
    if ";" in value:
        kind, _, rest = value.partition(";")
        if _TYPE.fullmatch(kind.strip()):
            return kind.strip().lower(), rest.strip()
    return None, value.strip()


def decode_xtext(value: str) -> str:
    """RFC 6533 utf-8-addr-xtext (``\\x{HEX}``) and RFC 3461 xtext (``+HH``) -> characters."""
    if "\\x{" not in value and "+" not in value:
        return value

    def repl(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:  # no character, or a lone surrogate: not UTF-8
            return m.group(0)
        return chr(code)

    if "\\x{" in value:
        return _XTEXT.sub(lambda m: repl(m) if m.group(1) else m.group(0), value)
    return _PLUS_HEX.sub(lambda m: chr(int(m.group(1), 16)), value)
