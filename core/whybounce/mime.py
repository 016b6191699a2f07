"""A lean, bounded MIME splitter.

Why not ``email.parser``: it reads line by line in Python, which costs more than all of our detection
on a typical bounce and minutes on a 50 MB attachment.  Here a message is split with a few byte
searches; bodies stay undecoded bytes until someone asks for their text, so a huge attachment is
never decoded.  Truncated MIME (missing closing boundary, cut headers) gives whatever parts exist.
"""

from __future__ import annotations

import binascii

from . import limits
from .notes import note
from .patterns import MULTILINE, lazy
from .read import decode_text
from .record import Record

# One line of a header block with the continuation lines (space or tab first) after it.  When the line is a
# field, group 1 is its name (printable ASCII but ":", RFC 5322 ftext, at most 76 characters; white space
# before the colon tolerated) and group 2 its value; otherwise group 1 is empty and group 2 the whole text.
# Every repeat is possessive ("*+", Python 3.11): what follows each (a colon after the name, a line break after
# ".") is a character it cannot take, so giving some back could never make a match, and the engine need not
# keep the positions to give back: a third fewer instructions over the corpus's header blocks, the same matches.
_FIELD = lazy(r"^(?:([!-9;-~]{1,76}+)[ \t]*+:[ \t]*+)?(.*+(?:\n[ \t].*+)*+)", MULTILINE)
_PARAM = lazy(r';\s*([A-Za-z0-9_\-*]{1,40})\s*=\s*(?:"((?:[^"\\]|\\.){0,2000})"|([^;\s]{0,2000}))')
# The same for a value with no backslash, so no quoted-pair: one run of characters instead of a choice per
# character (the common case, and twice as fast on a long boundary).
_PARAM_PLAIN = lazy(r';\s*([A-Za-z0-9_\-*]{1,40})\s*=\s*(?:"([^"\\]{0,2000})"|([^;\s]{0,2000}))')
_BLANK_RUN = lazy(r"\n(?:[ \t]*\n){3,}")  # three blank lines or more (white space only)
_NOT_BASE64 = lazy(rb"[^A-Za-z0-9+/]")


class Part(Record):
    __slots__ = ("_first", "body", "children", "content_type", "depth", "headers", "params", "text_cut")

    def __init__(self, headers: list[tuple[str, str]], body: bytes, content_type: str = "text/plain",
                 params: dict[str, str] | None = None, children: list[Part] | None = None, depth: int = 0,
                 text_cut: bool = False) -> None:
        self.headers = headers  # (lower-cased name, raw value with bytes as latin-1 chars)
        self.body = body  # undecoded (transfer encoding still applied)
        self.content_type = content_type
        self.params: dict[str, str] = {} if params is None else params
        self.children: list[Part] = [] if children is None else children
        self.depth = depth
        self.text_cut = text_cut  # the last text() left something out
        self._first: dict[str, str] | None = None  # header index, built on first lookup

    def header(self, name: str) -> str | None:
        """The first field of that name (detectors ask many times: an index is built once)."""
        if self._first is None:
            self._first = dict(reversed(self.headers))  # built backwards, the first of each name is kept
        return self._first.get(name.lower())

    def header_all(self, name: str) -> list[str]:
        name = name.lower()
        return [v for k, v in self.headers if k == name]

    def payload(self, limit: int | None = None) -> bytes:
        """Body bytes with the transfer encoding undone (malformed encodings degrade, never raise).

        ``limit``: decode only the first ``limit`` bytes of the body, so that reading the start of a
        50 MB part never decodes all of it."""
        cte = (self.header("content-transfer-encoding") or "").strip().lower()
        raw = self.body if limit is None else self.body[:limit]
        if cte == "base64":
            cleaned = _NOT_BASE64.sub(b"", raw)  # (the "=" padding too: it is put back below)
            # the last group: 2 or 3 characters are 1 or 2 bytes once padded (they were cut off, losing the text's
            # last bytes: "disallowed" read "disallowe", session 59); 1 character alone is no byte
            rest = len(cleaned) % 4
            cleaned = cleaned[: len(cleaned) - 1] if rest == 1 else cleaned + b"=" * (-len(cleaned) % 4)
            try:
                return binascii.a2b_base64(cleaned)  # what base64.b64decode does, without importing it
            except (binascii.Error, ValueError):
                return raw
        if cte == "quoted-printable":
            return binascii.a2b_qp(raw)  # what quopri.decodestring does, likewise
        return raw

    def text(self, max_chars: int = limits.MAX_SCAN_CHARS) -> str:
        """The start of the part as text, at most ``max_chars`` characters; ``text_cut`` then says whether
        anything was left out.  When the text does not fit, runs of blank lines are first made two blank
        lines: padding must not push the words out of what is read."""
        # 4 bytes per character at most, times 4/3 for base64 or 3 for quoted-printable, plus line breaks
        window = max_chars * 16
        data = self.payload(limit=window)
        cut = len(self.body) > window
        if len(data) > max_chars * 4:
            data = data[: max_chars * 4]
            cut = True
        text = decode_text(data, self.params.get("charset"))
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if len(text) > max_chars:
            text = _BLANK_RUN.sub("\n\n\n", text)
            if len(text) > max_chars:
                text = text[:max_chars]
                cut = True
        self.text_cut = cut
        return text

    def walk(self) -> list[Part]:
        out: list[Part] = []
        stack = [self]
        while stack:
            p = stack.pop()
            out.append(p)
            stack.extend(reversed(p.children))
        return out


class _Budget:
    def __init__(self, warnings: list[str]) -> None:
        self.parts = 0
        self.warnings = warnings
        self.warned: set[str] = set()

    def warn(self, key: str, text: str) -> None:
        if key not in self.warned:
            self.warned.add(key)
            self.warnings.append(text)


_ENCODED_MESSAGE_BYTES = limits.MAX_SCAN_CHARS * 16


def split_headers(data: bytes, budget: _Budget | None = None) -> tuple[list[tuple[str, str]], bytes]:
    """Header block and body; a message with no blank line is all headers (truncated).

    One regex scan cuts the block into fields (a line plus its continuation lines), so the common field costs
    no Python work per line; what is rare (a stray line among the fields, a field over the size limit) is read
    line by line in ``_continue_field``."""
    headers, body_start = _split_region(data, 0, len(data), budget)
    return headers, data[body_start:]


def _split_region(data: bytes, start: int, stop: int, budget: _Budget | None) -> tuple[list[tuple[str, str]], int]:
    """``split_headers`` of ``data[start:stop]``, giving where the body starts instead of a copy of it: the
    body of a multipart is never copied (its parts are read from the same bytes), so a 50 MB attachment is
    held once per message, not once per MIME level."""
    if data.startswith(b"\n", start, stop):
        return [], start + 1
    end = data.find(b"\n\n", start, stop)
    if end < 0:
        head, body_start = data[start:stop], stop
    else:
        head, body_start = data[start : end + 1], end + 2
    text = head.decode("latin-1")
    if text.startswith("From "):  # (only then is the rest of the block copied)
        first_line, _, rest = text.partition("\n")
        if ":" not in first_line.split(" ", 2)[1:2][0:1]:
            text = rest  # an mbox separator left at the top
    max_chars = limits.MAX_HEADER_CHARS
    found = _FIELD.findall(text)
    # the common block: every match a field under the size limit, and the empty match after the last line
    headers = [(name.lower(), value) for name, value in found if name and len(value) <= max_chars]
    if len(headers) == len(found) - (found[-1] == ("", "") if found else 0):
        return headers, body_start
    read = _fields(found, budget)  # something rare: a stray line, a long field (tests/test_fast_paths.py)
    return (read, body_start) if read is not None else ([], start)


def _fields(found: list[tuple[str, str]], budget: _Budget | None) -> list[tuple[str, str]] | None:
    """The header fields of ``_FIELD.findall(block)``, each match read in turn; None when the block is no header
    block at all (body text)."""
    max_chars = limits.MAX_HEADER_CHARS
    headers: list[tuple[str, str]] = []
    for name, value in found:
        if not name:  # no field
            if not value or value[0] in " \t":
                continue  # the end of the block, or continuation lines with no field before them
            if not headers:
                # not a header at all: the "headers" were really body text (a bare pasted bounce)
                return None
            # a stray line among the fields is skipped; continuation lines after it still continue the field
            _continue_field(headers, value.split("\n")[1:], budget)
            continue
        if len(value) <= max_chars:
            headers.append((name.lower(), value))
            continue
        first, *more = value.split("\n")
        if len(first) > max_chars:
            first = first[:max_chars]
            if budget is not None:
                budget.warn("header", note("header_cut", n=limits.MAX_HEADER_CHARS))
        headers.append((name.lower(), first))
        _continue_field(headers, more, budget)
    return headers


def _continue_field(headers: list[tuple[str, str]], lines: list[str], budget: _Budget | None) -> None:
    """Append continuation lines to the last field while it is under the size limit (then warn once)."""
    for line in lines:
        name, value = headers[-1]
        if len(value) < limits.MAX_HEADER_CHARS:
            headers[-1] = (name, value + "\n" + line)
        elif budget is not None:
            budget.warn("header", note("header_cut", n=limits.MAX_HEADER_CHARS))


def parse_content_type(value: str | None) -> tuple[str, dict[str, str]]:
    if not value:
        return "text/plain", {}
    value = value.replace("\n", " ")
    main = value.split(";", 1)[0].strip().lower() or "text/plain"
    if "/" not in main:
        main = "text/plain"
    params: dict[str, str] = {}
    if ";" not in value:  # every parameter follows a ";"
        return main, params
    if "\\" in value:
        for m in _PARAM.finditer(value):
            key = m.group(1).lower().rstrip("*")
            raw = m.group(2) if m.group(2) is not None else (m.group(3) or "")
            params.setdefault(key, raw.replace('\\"', '"'))
        return main, params
    # no backslash, so no quoted-pair to undo; findall gives "" for the value form that did not match, and an
    # empty quoted value reads "" either way
    for key, quoted, bare in _PARAM_PLAIN.findall(value):
        params.setdefault(key.lower().rstrip("*"), quoted or bare)
    return main, params


def parse(data: bytes, warnings: list[str], depth: int = 0, budget: _Budget | None = None) -> Part:
    """Split one message (LF line endings) into a tree of parts."""
    budget = budget or _Budget(warnings)
    budget.parts += 1
    return _part(data, 0, len(data), depth, budget, digest=False)


def _part(source: bytes, start: int, stop: int, depth: int, budget: _Budget, digest: bool) -> Part:
    """The part held in ``source[start:stop]``, with its children.  A multipart keeps no body of its own
    once it has children: they are cut from ``source`` directly."""
    headers, body_start = _split_region(source, start, stop, budget)
    part = Part(headers=headers, body=b"", depth=depth)
    part.content_type, part.params = parse_content_type(part.header("content-type"))
    if digest and part.header("content-type") is None:
        part.content_type = "message/rfc822"
    boundary = part.params.get("boundary")
    if part.content_type.startswith("multipart/") and boundary and depth < limits.MAX_DEPTH:
        _fill_multipart(part, boundary.encode("latin-1", "replace"), source, body_start, stop, budget)
        if not part.children:
            part.body = source[body_start:stop]
        return part
    part.body = source[body_start:stop]
    _fill_children(part, budget)
    return part


def _fill_multipart(part: Part, boundary: bytes, source: bytes, start: int, stop: int, budget: _Budget) -> None:
    spans = _split_multipart(source, start, stop, boundary, budget)
    if not spans:
        source, spans = _fallback_chunks(source, start, stop, budget)
    digest = part.content_type == "multipart/digest"
    for s0, s1 in spans:
        if budget.parts >= limits.MAX_PARTS:
            budget.warn("parts", note("parts_cut", n=limits.MAX_PARTS))
            break
        budget.parts += 1
        part.children.append(_part(source, s0, s1, part.depth + 1, budget, digest))


def _fill_children(part: Part, budget: _Budget) -> None:
    """Children of a part whose body is its own: an attached message, or a multipart too deep or without a
    boundary (which gets none)."""
    ctype = part.content_type
    if part.depth >= limits.MAX_DEPTH and (ctype.startswith("multipart/") or ctype == "message/rfc822"):
        budget.warn("depth", note("depth_cut", n=limits.MAX_DEPTH))
        return
    if ctype in ("message/rfc822", "message/global") and budget.parts < limits.MAX_PARTS:
        cte = (part.header("content-transfer-encoding") or "").strip().lower()
        if cte in ("base64", "quoted-printable") and len(part.body) > _ENCODED_MESSAGE_BYTES:
            # an attached message should not be encoded at all; a huge encoded one is not decoded whole
            budget.warn("encoded", note("encoded_cut", n=_ENCODED_MESSAGE_BYTES))
            inner = part.payload(limit=_ENCODED_MESSAGE_BYTES)
        else:
            inner = part.payload()
        if inner and not inner.isspace():
            part.children.append(parse(inner, budget.warnings, part.depth + 1, budget))


_DELIMITER = lazy(rb"(?m)^--([!-~]{6,200}?)(?:--)?[ \t]*$")


def _fallback_chunks(source: bytes, start: int, stop: int, budget: _Budget) -> tuple[bytes, list[tuple[int, int]]]:
    """The body ``source[start:stop]`` has no line with the declared boundary: use the delimiter the body
    itself repeats, or else read the whole body as one text part (real MTAs have produced both).  Returns
    the bytes the parts are spans of."""
    seen: dict[bytes, int] = {}
    for m in _DELIMITER.finditer(source, start, min(stop, start + 1024 * 1024)):
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    best = max(seen.items(), key=lambda kv: kv[1], default=(b"", 0))
    if best[1] >= 2:
        spans = _split_multipart(source, start, stop, best[0], budget)
        if spans:
            budget.warn("boundary", note("boundary_mismatch"))
            return source, spans
    budget.warn("boundary", note("boundary_missing"))
    whole = b"Content-Type: text/plain\n\n" + source[start:stop]
    return whole, [(0, len(whole))]


def _split_multipart(body: bytes, first: int, size: int, boundary: bytes, budget: _Budget) -> list[tuple[int, int]]:
    """(start, stop) of each part of the multipart body ``body[first:size]``, between the delimiter lines
    ("--boundary", "--boundary--"), found with bytes.find: a regex scan would step through every byte of a
    large attachment once per MIME level.  Spans, not copies: only a leaf's body is ever copied out."""
    marker = b"--" + boundary
    chunks: list[tuple[int, int]] = []
    start: int | None = None
    closed = False
    pos = first
    while True:
        i = body.find(marker, pos, size)
        if i < 0:
            break
        if i > first and body[i - 1] != 0x0A:  # not at the start of a line
            pos = i + 1
            continue
        after = i + len(marker)
        end = body.find(b"\n", after, size)
        if end < 0:
            end = size
        rest = body[after:end]
        is_close = rest.startswith(b"--")
        if (rest[2:] if is_close else rest).strip(b" \t"):
            pos = after  # a longer boundary that merely starts with this one
            continue
        if start is not None:
            chunks.append((start, max(start, i - 1)))
        if is_close:
            closed = True
            start = None
            break
        start = end + 1
        pos = end
    if start is not None and start <= size:
        chunks.append((start, size))
    if not closed and chunks:
        budget.warn("unclosed", note("unclosed"))
    return chunks
