"""Shared reading of plain-text bounces: "address, then the reason" blocks, as most MTAs write them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import addresses
from ..model import Evidence
from .base import fill_from_text

# "<a@b>:", "a@b", "<a@b>: host x said: ...", "  a@b  (reason)", "RCPT To:<a@b>"
_ADDR_LINE = re.compile(
    r"^\s{0,12}(?:(?:original|final)[- ]recipient|recipient(?: address)?|to|rcpt to|address|failed recipient)?"
    r"\s{0,3}:?\s{0,3}<?(?P<addr>[^\s<>@\"]{1,128}@[^\s<>@\"():;,]{1,253}?)>?\s{0,3}"
    r"(?P<rest>[:,(].{0,4000})?\s{0,10}$",
    re.IGNORECASE,
)


def address_line(line: str) -> tuple[str, str] | None:
    """(address, rest of the line) when the line is about one recipient."""
    if len(line) > 4200 or "@" not in line:
        return None
    m = _ADDR_LINE.match(line)
    if not m:
        return None
    addr = addresses.normalize(m.group("addr").rstrip("."))
    if not addr:
        return None
    rest = (m.group("rest") or "").lstrip(":, ").strip()
    return addr, rest


def blocks(lines: Iterable[str], start: tuple[str, ...] = (), stop: tuple[str, ...] = ()) -> list[Evidence]:
    """Scan lines for recipient blocks.  ``start``/``stop``: lower-case substrings that open/close the area."""
    out: list[Evidence] = []
    active = not start
    current: Evidence | None = None
    buf: list[str] = []

    def flush() -> None:
        nonlocal current, buf
        if current is not None:
            diag = " ".join(" ".join(buf).split())
            if diag:
                current.diagnostic = diag
                current.evidence = diag
                fill_from_text(current, diag)
            out.append(current)
        current, buf = None, []

    indent = 0
    for line in lines:
        low = line.strip().lower()
        if not active:
            if any(s in low for s in start):
                active = True
            continue
        if stop and any(s in low for s in stop):
            break
        this_indent = len(line) - len(line.lstrip())
        hit = address_line(line)
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
        if not low:
            if buf:
                flush()
            continue
        buf.append(line.strip())
    flush()
    return out
