"""Builders of hostile and oversized messages, shared by the limits, hostile-input and property tests.

Real bounces come from the shared corpus, read in place; the builders only wrap or bend them, so
expected results are always "the same as for the untouched bounce", never hard-coded answers.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
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
