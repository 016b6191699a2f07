"""Where messages come from: files, stdin, mbox files (streamed), maildirs and plain folders.

Each item is either raw bytes or an error text; reading never raises for a bad input, so one
unreadable file does not stop a batch.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .limits import MAX_MESSAGE_BYTES

# "From sender date": the date makes it a separator rather than a sentence starting with "From "
_MBOX_FROM = re.compile(
    rb"^From \S{1,500}\s{1,20}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s|\w{3}\s{1,3}\w{3}\s|\d)", re.IGNORECASE
)


@dataclass(slots=True)
class Item:
    source: str
    raw: bytes | None = None
    error: str | None = None


def is_mbox_start(first_line: bytes) -> bool:
    return first_line.startswith(b"From ") and bool(_MBOX_FROM.match(first_line) or first_line.startswith(b"From - "))


def iter_messages(paths: list[str]) -> Iterator[Item]:
    for path in paths:
        if path == "-":
            yield from _from_stream(sys.stdin.buffer, "-")
            continue
        p = Path(path)
        try:
            if p.is_dir():
                yield from _folder(p, path)
            else:
                yield from _file(p, path)
        except OSError as exc:
            yield Item(source=path, error=_os_error(exc))


def _os_error(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _folder(p: Path, shown: str) -> Iterator[Item]:
    """A maildir (cur/ and new/) or any folder of mails, in a stable order."""
    if (p / "cur").is_dir() or (p / "new").is_dir():
        dirs = [p / "new", p / "cur"]
        files = sorted(f for d in dirs if d.is_dir() for f in d.iterdir() if f.is_file())
    else:
        files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
    for f in files:
        rel = os.path.join(shown, str(f.relative_to(p)))
        try:
            yield from _file(f, rel)
        except OSError as exc:
            yield Item(source=rel, error=_os_error(exc))


def _file(p: Path, shown: str) -> Iterator[Item]:
    with p.open("rb") as fh:
        first = fh.readline(4096)
        if is_mbox_start(first):
            fh.seek(0)
            yield from _mbox(fh, shown)
            return
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_MESSAGE_BYTES:
            yield Item(source=shown, error=f"too large: {size} bytes (limit {MAX_MESSAGE_BYTES})")
            return
        fh.seek(0)
        yield Item(source=shown, raw=fh.read())


def _from_stream(fh: BinaryIO, shown: str) -> Iterator[Item]:
    first = fh.readline(4096)
    if is_mbox_start(first):
        yield from _mbox(fh, shown, pending=first)
        return
    rest = fh.read(MAX_MESSAGE_BYTES + 1 - len(first))
    raw = first + rest
    if len(raw) > MAX_MESSAGE_BYTES:
        yield Item(source=shown, error=f"too large: over {MAX_MESSAGE_BYTES} bytes")
        return
    yield Item(source=shown, raw=raw)


def _mbox(fh: BinaryIO, shown: str, pending: bytes | None = None) -> Iterator[Item]:
    """Stream an mbox: one message in memory at a time; ``>From `` lines are unescaped."""
    n = 0
    buf: list[bytes] = []
    size = 0
    too_big = False
    prev_blank = True

    def emit() -> Item:
        src = f"{shown}#{n}"
        if too_big:
            return Item(source=src, error=f"too large: over {MAX_MESSAGE_BYTES} bytes")
        return Item(source=src, raw=b"".join(buf))

    lines = fh if pending is None else _chain(pending, fh)
    for line in lines:
        # a separator normally follows a blank line; a dated "From sender Thu Jul  2 ..." line is taken without
        # one too (mailers that append a message right after the previous one's closing MIME boundary)
        if line.startswith(b"From ") and (prev_blank or _MBOX_FROM.match(line)) and is_mbox_start(line):
            if n:
                yield emit()
            n += 1
            buf, size, too_big = [], 0, False
            prev_blank = False
            continue
        prev_blank = line in (b"\n", b"\r\n")
        if re.match(rb"^>+From ", line):
            line = line[1:]
        size += len(line)
        if size > MAX_MESSAGE_BYTES:
            too_big = True
            buf = []
        elif not too_big:
            buf.append(line)
    if n:
        yield emit()


def _chain(first: bytes, fh: BinaryIO) -> Iterator[bytes]:
    yield first
    yield from fh
