"""Where messages come from: files, stdin, pipes and FIFOs, mbox files (streamed), maildirs and folders.

Each item is either raw bytes or an error text; reading never raises for a bad input, so one
unreadable file or folder does not stop a batch.  Every read is bounded by ``MAX_MESSAGE_BYTES``
whatever the input claims: a device or pipe has no size (``/dev/zero`` says 0 bytes), so nothing here
trusts ``st_size`` beyond a quick refusal of a regular file that is too large.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from . import limits

# "From sender date": the date makes it a separator rather than a sentence starting with "From "
_MBOX_FROM = re.compile(
    rb"^From \S{1,500}\s{1,20}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s|\w{3}\s{1,3}\w{3}\s|\d)", re.IGNORECASE
)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)

FIRST_LINE_BYTES = 4096
"""How much of the first line is read to tell an mbox from a single message."""
CHUNK_BYTES = 1024 * 1024
"""Streams are read in pieces of this size."""
LONG_LINE_BYTES = 64 * 1024
"""A line longer than this is message text, never an mbox separator: it is not held whole."""


@dataclass(slots=True)
class Item:
    source: str
    raw: bytes | None = None
    error: str | None = None


def display_name(path: str) -> str:
    """``path`` as valid UTF-8 text: bytes of a file name that are not UTF-8 are written ``\\xHH``.

    Python keeps such bytes as lone surrogates (PEP 383), which cannot be written as UTF-8; JSON Lines
    with them would not parse.  ``\\xHH`` is how ``ls --quoting-style=escape`` and Python show them.
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a surrogate that stands for no byte (not from the file system)
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def is_mbox_start(first_line: bytes) -> bool:
    return first_line.startswith(b"From ") and bool(_MBOX_FROM.match(first_line) or first_line.startswith(b"From - "))


def too_large(size: int | None = None) -> str:
    """The error of an input over the limit, its sizes as a person reads them (the limit as --help and the README
    give it, "80 MiB"; a size in bytes with separators)."""
    limit = _readable(limits.MAX_MESSAGE_BYTES)
    if size is None:
        return f"too large: over {limit}"
    return f"too large: {size:,} bytes (limit {limit})"


def _readable(n: int) -> str:
    return f"{n // _MIB} MiB" if n % _MIB == 0 else f"{n:,} bytes"


_MIB = 1024 * 1024


def iter_messages(paths: list[str]) -> Iterator[Item]:
    for path in paths:
        if path == "-":
            yield from _stdin()
            continue
        shown = display_name(path)
        try:
            if os.path.isdir(path):
                yield from _folder(path)
            else:
                yield from _file(path, shown)
        except OSError as exc:
            yield Item(source=shown, error=_os_error(exc))


def read_stdin() -> Item:
    """All of stdin as one text (``whybounce line -``), at most ``MAX_MESSAGE_BYTES``."""
    stream = _stdin_stream()
    if stream is None:
        return Item(source="-", error="standard input is closed")
    try:
        raw = stream.read(limits.MAX_MESSAGE_BYTES + 1)
    except OSError as exc:
        return Item(source="-", error=_os_error(exc))
    if len(raw) > limits.MAX_MESSAGE_BYTES:
        return Item(source="-", error=too_large())
    return Item(source="-", raw=raw)


def _stdin_stream() -> BinaryIO | None:
    """The binary stdin, or None when the process was started with it closed (``<&-``)."""
    stdin = sys.stdin
    if stdin is None:
        return None
    buffer: BinaryIO | None = getattr(stdin, "buffer", None)
    return buffer


def _stdin() -> Iterator[Item]:
    stream = _stdin_stream()
    if stream is None:
        yield Item(source="-", error="standard input is closed")
        return
    try:
        yield from read_stream(stream, "-")
    except OSError as exc:
        yield Item(source="-", error=_os_error(exc))


def _os_error(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _folder(root: str) -> Iterator[Item]:
    """A maildir (cur/ and new/) or any folder of mails, in a stable order; an unreadable folder inside is
    an error item like an unreadable file (it would otherwise be skipped without a word)."""
    if os.path.isdir(os.path.join(root, "cur")) or os.path.isdir(os.path.join(root, "new")):
        found: list[tuple[str, OSError | None]] = []
        for sub in ("new", "cur"):
            d = os.path.join(root, sub)
            if os.path.isdir(d):
                found.extend(_listing(d, recurse=False))
        entries = sorted(found, key=lambda pair: pair[0])
    else:
        entries = list(_listing(root, recurse=True))
    for path, error in entries:
        shown = display_name(path)
        if error is not None:
            yield Item(source=shown, error=_os_error(error))
            continue
        try:
            yield from _file(path, shown)
        except OSError as exc:
            yield Item(source=shown, error=_os_error(exc))


def _listing(root: str, recurse: bool) -> Iterator[tuple[str, OSError | None]]:
    """Files under ``root`` in sorted order (as sorting whole paths would give), hidden files skipped,
    symlinked folders not followed; a folder that cannot be listed comes as ``(folder, error)``."""
    top = _entries(root)
    if isinstance(top, OSError):
        yield root, top
        return
    stack = [iter(top)]  # a stack, not recursion: folders nested thousands deep are still walked
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
            continue
        path, is_dir = step
        if not is_dir:
            yield path, None
        elif recurse:
            inner = _entries(path)
            if isinstance(inner, OSError):
                yield path, inner
            else:
                stack.append(iter(inner))


def _entries(folder: str) -> list[tuple[str, bool]] | OSError:
    """(path, is a folder to walk) for the visible entries of ``folder``, sorted by name."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return exc
    out: list[tuple[str, bool]] = []
    for e in entries:
        try:
            if e.is_dir(follow_symlinks=False):
                out.append((e.path, True))
            elif not e.name.startswith(".") and e.is_file():
                out.append((e.path, False))
        except OSError:
            continue  # vanished or unreachable while listing: not a file we could read
    return out


def _file(path: str, shown: str) -> Iterator[Item]:
    """A file, a FIFO, a pipe (``<(cmd)``) or a device: read as a stream, never seeking."""
    with open(path, "rb") as fh:
        info = os.fstat(fh.fileno())
        size = info.st_size if stat.S_ISREG(info.st_mode) else None
        yield from read_stream(fh, shown, size)


def read_stream(fh: BinaryIO, shown: str, size: int | None = None) -> Iterator[Item]:
    """One message, or the messages of an mbox, from a stream read at most once from its start.

    ``size`` is a regular file's size, used only to refuse a large single message before reading it."""
    first = fh.readline(FIRST_LINE_BYTES)
    if is_mbox_start(first):
        yield from _mbox(fh, shown, first, finite=size is not None)
        return
    if size is not None and size > limits.MAX_MESSAGE_BYTES:
        yield Item(source=shown, error=too_large(size))
        return
    if size is not None and fh.seekable():
        fh.seek(0)  # one read into one buffer: a big message is not held twice while it is joined
        raw = fh.read(limits.MAX_MESSAGE_BYTES + 1)
    else:  # stops one byte past the limit, or at the end
        raw = first + fh.read(limits.MAX_MESSAGE_BYTES + 1 - len(first))
    if len(raw) > limits.MAX_MESSAGE_BYTES:
        yield Item(source=shown, error=too_large())
        return
    yield Item(source=shown, raw=raw)


def _mbox(fh: BinaryIO, shown: str, first: bytes, finite: bool) -> Iterator[Item]:
    """Stream an mbox: one message in memory at a time; ``>From `` lines are unescaped.

    The stream is read in blocks of whole lines; separator candidates are found by one regex scan of a
    block, so a file of millions of short lines costs neither a Python object nor a loop step per line.
    A message over the limit is not kept.  In a regular file (``finite``) the next separator is then
    looked for; a pipe, FIFO or device may never end, so reading stops there."""
    count = 0
    chunks: list[bytes] = []
    size = 0
    prev_blank = True  # the line before the current block's start was blank (or there was none)

    def add(piece: bytes) -> None:
        nonlocal size, chunks
        if not piece:
            return
        size += len(piece)
        if size > limits.MAX_MESSAGE_BYTES:
            chunks = []
        else:
            chunks.append(piece)

    def emit() -> Item:
        src = f"{shown}#{count}"
        if size > limits.MAX_MESSAGE_BYTES:
            return Item(source=src, error=too_large())
        raw = b"".join(chunks)
        if b">From " in raw:
            raw = _ESCAPED_FROM.sub(rb"\1", raw)
        return Item(source=src, raw=raw)

    for block, at_line_start in _line_blocks(fh, first):
        start = 0
        for c in _from_lines(block, at_line_start):
            blank_before = prev_blank if c == 0 else _blank_line_before(block, c, at_line_start)
            end = block.find(b"\n", c)
            end = len(block) if end < 0 else end
            line = block[c:end]
            # a separator normally follows a blank line; a dated "From sender Thu Jul  2 ..." line is taken
            # without one too (mailers that append a message right after the previous one's closing boundary)
            if (blank_before or _MBOX_FROM.match(line)) and is_mbox_start(line):
                add(block[start:c])
                if count:
                    yield emit()
                count += 1
                chunks, size = [], 0
                start = end + 1
        add(block[start:])
        if size > limits.MAX_MESSAGE_BYTES and not finite:
            yield Item(source=f"{shown}#{count}", error=too_large() + "; the rest of the input was not read")
            return
        prev_blank = _ends_with_blank_line(block, at_line_start) if start < len(block) else False
    if count:
        yield emit()


def _from_lines(block: bytes, at_line_start: bool) -> Iterator[int]:
    """Offsets of the lines of ``block`` that start with ``From `` (bytes.find runs in C at memory speed; a
    regex tried at every position of 80 MB costs most of a second)."""
    if at_line_start and block.startswith(b"From "):
        yield 0
    i = block.find(b"\nFrom ")
    while i >= 0:
        yield i + 1
        i = block.find(b"\nFrom ", i + 1)


def _blank_line_before(block: bytes, c: int, at_line_start: bool) -> bool:
    """Is the line that ends just before offset ``c`` (a line start inside ``block``) empty?"""
    s = block.rfind(b"\n", 0, c - 1) + 1
    if s == 0 and not at_line_start:
        return False  # the rest of an overlong line: not empty
    return block[s : c - 1] in (b"", b"\r")


def _ends_with_blank_line(block: bytes, at_line_start: bool) -> bool:
    if not block.endswith(b"\n"):
        return False
    return _blank_line_before(block, len(block), at_line_start)


def _line_blocks(fh: BinaryIO, first: bytes) -> Iterator[tuple[bytes, bool]]:
    """The stream after ``first`` (included), as blocks that end at a line end, each with whether it starts at
    a line start.  A line longer than ``LONG_LINE_BYTES`` is passed on in pieces, so an endless line is
    never held whole."""
    read = getattr(fh, "read1", fh.read)  # what has arrived: a pipe's output is explained as it comes
    carry = first
    at_line_start = True
    while True:
        chunk = read(CHUNK_BYTES)
        if not chunk:
            break
        data = carry + chunk if carry else chunk
        cut = data.rfind(b"\n") + 1
        if cut:
            yield data[:cut], at_line_start
            at_line_start = True
            carry = data[cut:]
        else:
            carry = data
        if len(carry) > LONG_LINE_BYTES:
            yield carry, at_line_start
            at_line_start = False
            carry = b""
    if carry:
        yield carry, at_line_start
