"""Shared reading of plain-text bounces: "address, then the reason" blocks, as most MTAs write them."""

from __future__ import annotations

from .. import addresses
from ..model import Evidence
from ..patterns import contains_any, lazy
from .base import set_diagnostic

TYPE_CHECKING = False  # (collections.abc imports collections: an annotation needs neither)
if TYPE_CHECKING:
    from collections.abc import Iterable

# "<a@b>:", "a@b", "<a@b>: host x said: ...", "  a@b  (reason)", "a@b [reason]", "a@b ... reason",
# "RCPT To:<a@b>", "Delivery failed: a@b", "User's mailbox is full: <a@b>"
_ADDR_LINE = lazy(
    r"^\s{0,12}(?P<label>[A-Za-z][A-Za-z' \-]{0,60}?\s{0,3}:)?"
    r"\s{0,3}<?(?P<addr>[^\s<>@\"]{1,128}@[^\s<>@\"():;,\[\]]{1,253}?)>?\s{0,3}"
    r"(?P<rest>(?:[:,(\[]|\.\.\.).{0,4000})?\s{0,10}$",
)
# labels that only say "this is the recipient"; any other label is part of the reason
_PLAIN_LABELS = frozenset({
    "to", "recipient", "recipient address", "rcpt to", "address", "failed recipient", "failed address",
    "original-recipient", "final-recipient", "original recipient", "final recipient", "addressee", "delivery failed",
    "did not reach the following recipient", "could not be delivered to", "failed", "target mail address",
    "recipient email address", "email address", "e-mail address", "destination",
})
# labels of addresses that are not recipients
_NOT_RECIPIENT = frozenset({
    "from", "sender", "reply-to", "return-path", "envelope-from", "mail from", "cc", "bcc", "message-id",
    "sent by", "reported by", "postmaster", "contact", "x-sender", "errors-to", "delivered-to", "in-reply-to",
})


def address_line(line: str) -> tuple[str, str] | None:
    """(address, what the line says about it) when the line is about one recipient."""
    if len(line) > 4200 or "@" not in line:
        return None
    m = _ADDR_LINE.match(line)
    if not m:
        return None
    label = (m.group("label") or "").rstrip(":").strip().lower()
    if label in _NOT_RECIPIENT:
        return None
    addr = addresses.normalize(m.group("addr").rstrip("."))
    if not addr:
        return None
    rest = (m.group("rest") or "").lstrip(":, .").strip()
    if rest.startswith("[") and rest.endswith("]"):
        rest = rest[1:-1].strip()
    if label and label not in _PLAIN_LABELS:
        rest = f"{m.group('label').rstrip(':').strip()} {rest}".strip()
    return addr, rest


def close_block(ev: Evidence, lines: list[str]) -> Evidence:
    """A block's lines become its one-line diagnostic, and the SMTP facts in it are read."""
    diag = " ".join(" ".join(lines).split())
    if diag:
        set_diagnostic(ev, diag)
    return ev


def blocks(lines: Iterable[str], start: tuple[str, ...] = (), stop: tuple[str, ...] = ()) -> list[Evidence]:
    """Scan lines for recipient blocks.  ``start``/``stop``: lower-case substrings that open/close the area."""
    out: list[Evidence] = []
    active = not start
    current: Evidence | None = None
    buf: list[str] = []

    def flush() -> None:
        nonlocal current, buf
        if current is not None:
            out.append(close_block(current, buf))
        current, buf = None, []

    indent = 0
    for line in lines:
        stripped = line.strip()
        if not active:
            low = stripped.lower()
            if contains_any(low, start):
                active = True
            continue
        if stop:
            low = stripped.lower()
            if contains_any(low, stop):
                break
        hit = address_line(line)
        this_indent = len(line) - len(line.lstrip()) if hit else 0  # only an address line's indent matters
        if hit and current is not None and buf and this_indent > indent:
            hit = None  # an address inside a more indented continuation belongs to the block
        if hit:
            indent = this_indent
            flush()
            current = Evidence(address=hit[0])
            if hit[1]:
                buf.append(hit[1])
            continue
        if current is None:
            continue
        if not stripped:
            if buf:
                flush()
            continue
        buf.append(stripped)
    flush()
    return out
