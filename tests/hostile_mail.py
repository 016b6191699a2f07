"""Builders of hostile and oversized messages, shared by the limits, hostile-input and property tests, and
by ``make bench`` (its hostile section) and the fuzz seeds (``HOSTILE``).

Real bounces come from the shared corpus, read in place; the builders only wrap or bend them, so
expected results are always "the same as for the untouched bounce", never hard-coded answers.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from contract_shape import SHARED

CORPUS = SHARED / "corpus" / "sisimai"
BOUNCES = CORPUS / "bounces"
DSN_WITH_RETURNED = BOUNCES / "rfc3464-01.eml"
"""A Sendmail DSN (multipart/report) whose third part returns the original as message/rfc822."""

RETURNED_MARKER = b"Content-Type: message/rfc822\n\n"


def corpus_messages() -> list[Path]:
    """Every .eml of the shared corpus (bounces, unlabelled, not-bounces), in a stable order."""
    return sorted(CORPUS.rglob("*.eml"))


def attachment_lines(encoded_size: int) -> bytes:
    """Base64 lines of about ``encoded_size`` bytes, of deterministic non-text content."""
    raw_size = encoded_size * 57 // 77  # 57 bytes become one 76-character line plus its newline
    block = bytes(range(256)) * 4096
    data = (block * (raw_size // len(block) + 1))[:raw_size]
    return base64.encodebytes(data)


def returned_with_attachment(encoded: bytes, ctype: bytes = b"application/pdf") -> bytes:
    """The corpus DSN, its returned original replaced by one that carries ``encoded`` as an attachment."""
    dsn = DSN_WITH_RETURNED.read_bytes()
    head, marker, rest = dsn.partition(RETURNED_MARKER)
    assert marker, "the corpus DSN no longer has a message/rfc822 part"
    closing = rest[rest.rindex(b"\n--") :]
    inner = (b"From: sender@example.org\nTo: userunknown@bouncehammer.jp\nSubject: report\n"
             b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=INNER\n\n"
             b"--INNER\nContent-Type: text/plain\n\nplease find the report attached\n"
             b"--INNER\nContent-Type: " + ctype + b"; name=report\nContent-Disposition: attachment\n"
             b"Content-Transfer-Encoding: base64\n\n" + encoded + b"--INNER--\n")
    return head + marker + inner + closing


def nested_multipart(depth: int, leaf: bytes = b"leaf text\n") -> bytes:
    """A message whose body is ``depth`` multipart/mixed parts, each inside the previous one."""
    out = leaf
    for i in reversed(range(depth)):
        out = (b"Content-Type: multipart/mixed; boundary=b" + str(i).encode() + b"\n\n"
               b"--b" + str(i).encode() + b"\n" + out + b"\n--b" + str(i).encode() + b"--\n")
    return b"From: a@example.org\nSubject: nested\nMIME-Version: 1.0\n" + out


def run_cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[bytes]:
    """``whybounce ARGS`` in a child process, bytes in and out."""
    return subprocess.run([sys.executable, "-m", "whybounce.cli", *args], input=stdin, capture_output=True,
                          timeout=timeout, env=env, check=False)


def json_lines(out: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


# --- hostile input, part two (issue 15): shapes that once cost quadratic time or unbounded memory ----------
# Each builder takes a count and returns bytes; HOSTILE below says how to reach a size in bytes, for the
# scaling tests (n and 2n), the bench's "hostile" section (80 MiB) and the fuzz seeds (a few KB).

POSTFIX_LINE = (b"<nobody.here@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 "
                b"<nobody.here@example.net>: Recipient address rejected: User unknown in virtual mailbox table")
POSTFIX_HEAD = (b"From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nSubject: Undelivered Mail Returned to "
                b"Sender\nTo: sender@example.org\nMIME-Version: 1.0\n")


def postfix_text_bounce(before: bytes = b"", padding: bytes = b"", html: bool = False) -> bytes:
    """A Postfix text bounce for nobody.here@example.net (userunknown): ``before`` comes first in the body and
    ``padding`` lengthens the diagnostic line; ``html`` sends the same words as HTML."""
    line = POSTFIX_LINE + padding + b" (in reply to RCPT TO command)"
    if html:
        line = line.replace(b"<", b"&lt;").replace(b">", b"&gt;")
        return (POSTFIX_HEAD + b"Content-Type: text/html; charset=utf-8\n\n" + before
                + b"<p>This is the mail system at host mx.example.org.</p>\n<p>" + line + b"</p>\n")
    return (POSTFIX_HEAD + b"Content-Type: text/plain; charset=utf-8\n\n" + before
            + b"This is the mail system at host mx.example.org.\n\n" + line + b"\n")


def folded_diagnostic(lines: int) -> bytes:
    """The corpus DSN, its Diagnostic-Code folded over ``lines`` continuation lines of one character."""
    return _dsn_replace(b"Diagnostic-Code: SMTP; 550", b"Diagnostic-Code: SMTP;" + b"\n ." * lines + b" 550")


def repeated_fields(count: int) -> bytes:
    """The corpus DSN with ``count`` repeats of one unknown field in its recipient group."""
    return _dsn_replace(b"Diagnostic-Code: SMTP; 550", b"X: .\n" * count + b"Diagnostic-Code: SMTP; 550")


def long_domain(labels: int) -> bytes:
    """The corpus DSN whose recipient's domain has ``labels`` labels (two characters each)."""
    return _dsn_replace(b"userunknown@bouncehammer.jp", b"u@" + b"a." * labels + b"example")


def long_domain_fragment(labels: int) -> bytes:
    """A pasted ``Final-Recipient:`` group (``whybounce line``) with a domain of ``labels`` labels."""
    return (b"Final-Recipient: rfc822; u@" + b"a." * labels + b"example\nAction: failed\nStatus: 5.1.1\n"
            b"Diagnostic-Code: smtp; 550 5.1.1 user unknown\n")


def short_line_mbox(lines: int) -> bytes:
    """An mbox of one message whose body is ``lines`` lines of ``x``."""
    return b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n" + POSTFIX_HEAD + b"\n" + b"x\n" * lines


def padded_diagnostic(chars: int) -> bytes:
    return postfix_text_bounce(padding=b" x" * (chars // 2))


def html_breaks(count: int) -> bytes:
    return postfix_text_bounce(before=b"<br>" * count, html=True)


def blank_lines_first(count: int, eol: bytes = b"\n") -> bytes:
    return postfix_text_bounce(before=eol * count)


def empty_objects_frame(count: int) -> bytes:
    """A native-messaging frame: a ping whose unknown field holds ``count`` empty objects."""
    body = b'{"id":1,"op":"ping","x":[' + b"{}," * count + b'{}]}'
    return len(body).to_bytes(4, sys.byteorder) + body


def _dsn_replace(old: bytes, new: bytes) -> bytes:
    dsn = DSN_WITH_RETURNED.read_bytes()
    assert old in dsn, old
    return dsn.replace(old, new, 1)


class Hostile:
    """One hostile shape: how it is fed (``explain`` a message, ``mbox`` file, ``line -`` text, host ``frame``),
    its builder, and the bytes one more unit of count adds."""

    def __init__(self, kind: str, build: Callable[[int], bytes], unit: int, finding: str) -> None:
        self.kind, self.build, self.unit, self.finding = kind, build, unit, finding

    def sized(self, target: int) -> bytes:
        """About ``target`` bytes of this shape (never more)."""
        base = len(self.build(0))
        return self.build(max(0, (target - base) // self.unit))


HOSTILE: dict[str, Hostile] = {
    "dsn-folded-diagnostic": Hostile("explain", folded_diagnostic, 3, "1: quadratic DSN folding"),
    "dsn-repeated-field": Hostile("explain", repeated_fields, 5, "1: quadratic DSN folding"),
    "long-domain": Hostile("explain", long_domain, 2, "2: quadratic suffix lookup"),
    "long-domain-line": Hostile("line", long_domain_fragment, 2, "2: quadratic suffix lookup"),
    "short-line-mbox": Hostile("mbox", short_line_mbox, 2, "3: short-line mbox memory"),
    "padded-diagnostic": Hostile("explain", padded_diagnostic, 1, "6: silent wrong answers"),
    "html-breaks-first": Hostile("explain", html_breaks, 4, "6: silent wrong answers"),
    "blank-lines-first": Hostile("explain", blank_lines_first, 1, "6: silent wrong answers"),
    "empty-objects-frame": Hostile("frame", empty_objects_frame, 3, "10: host frame parsing memory"),
}
"""Every size-driven input of issue 15, by name (the bench's hostile section and the fuzz seeds use them too)."""
