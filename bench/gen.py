"""Inputs the bench builds at run time in a temporary folder (never committed): the mboxes and the big bounce.

They are built from the shared corpus in place (../shared), so the bench measures real bounces.
"""

from __future__ import annotations

import base64
import random
import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BOUNCES = SHARED / "corpus" / "sisimai" / "bounces"

MBOX_SEPARATOR = b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n"
"""The ``From `` line in front of each message of a generated mbox (a real mbox separator with a date)."""

_FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)

BIG_TARGET_BYTES = 30 * 1024 * 1024
BIG_RECIPIENT = "nobody.here@example.net"
"""The failed recipient of the generated big bounce; the bench checks the core reports it."""


def corpus_files(folder: Path = BOUNCES) -> list[Path]:
    """The labelled bounces, in the order go-sisimai's driver reads them (sorted ``*.eml``)."""
    return sorted(folder.glob("*.eml"))


def split_messages(raw: bytes) -> list[bytes]:
    """One corpus file as messages: a file starting with ``From `` is an mbox (two corpus files are)."""
    if not raw.startswith(b"From "):
        return [raw]
    out: list[bytes] = []
    current: list[bytes] = []
    for line in raw.splitlines(keepends=True):
        if line.startswith(b"From ") and current:
            out.append(b"".join(current))
            current = []
        if line.startswith(b"From ") and not current:
            continue  # the separator itself is not part of the message
        current.append(line)
    if current:
        out.append(b"".join(current))
    return out


def corpus_messages(folder: Path = BOUNCES) -> list[bytes]:
    """Every message of the labelled corpus, mbox files split."""
    return [m for f in corpus_files(folder) for m in split_messages(f.read_bytes())]


def mbox_entry(message: bytes) -> bytes:
    """One message as an mboxrd entry: separator, ``From `` lines quoted with ``>``, a blank line after."""
    body = _FROM_LINE.sub(rb">\1", message)
    if not body.endswith(b"\n"):
        body += b"\n"
    return MBOX_SEPARATOR + body + b"\n"


def cycle(messages: list[bytes], count: int) -> Iterator[bytes]:
    """``count`` messages, going round the list as often as needed."""
    if not messages:
        raise ValueError("no messages to build an mbox from")
    for i in range(count):
        yield messages[i % len(messages)]


def write_mbox(path: Path, messages: list[bytes], count: int) -> int:
    """Write an mbox of ``count`` bounces cycled from ``messages``; returns its size in bytes."""
    size = 0
    with path.open("wb") as fh:
        for message in cycle(messages, count):
            entry = mbox_entry(message)
            fh.write(entry)
            size += len(entry)
    return size


def big_bounce(target_bytes: int = BIG_TARGET_BYTES, seed: int = 8) -> bytes:
    """A Postfix-style DSN whose returned message carries one big base64 attachment.

    The attachment bytes are pseudo-random (fixed seed) so nothing can compress or shortcut them;
    the whole message comes out within a few kB of ``target_bytes``.
    """
    head = (
        "Return-Path: <>\n"
        "Received: by mx.example.org (Postfix) id 4Bx1; Mon,  1 Jan 2024 10:00:05 +0900 (JST)\n"
        "Date: Mon,  1 Jan 2024 10:00:05 +0900 (JST)\n"
        "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "To: sender@example.org\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B-outer"\n'
        "Message-Id: <20240101010005.4Bx1@mx.example.org>\n"
        "\n"
        "This is a MIME-encapsulated message.\n"
        "\n"
        "--B-outer\n"
        "Content-Description: Notification\n"
        "Content-Type: text/plain; charset=us-ascii\n"
        "\n"
        "This is the mail system at host mx.example.org.\n"
        "\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n"
        "\n"
        f"<{BIG_RECIPIENT}>: host mx.example.net[192.0.2.25] said: 550 5.1.1\n"
        f"    <{BIG_RECIPIENT}>: Recipient address rejected: User unknown in virtual\n"
        "    mailbox table (in reply to RCPT TO command)\n"
        "\n"
        "--B-outer\n"
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Reporting-MTA: dns; mx.example.org\n"
        "X-Postfix-Queue-ID: 4Bx1\n"
        "Arrival-Date: Mon,  1 Jan 2024 10:00:01 +0900 (JST)\n"
        "\n"
        f"Final-Recipient: rfc822; {BIG_RECIPIENT}\n"
        f"Original-Recipient: rfc822;{BIG_RECIPIENT}\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mx.example.net\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{BIG_RECIPIENT}>: Recipient address rejected:\n"
        "    User unknown in virtual mailbox table\n"
        "\n"
        "--B-outer\n"
        "Content-Description: Undelivered Message\n"
        "Content-Type: message/rfc822\n"
        "\n"
        "From: sender@example.org\n"
        f"To: {BIG_RECIPIENT}\n"
        "Subject: the quarterly report, with the big attachment\n"
        "Date: Mon,  1 Jan 2024 10:00:00 +0900\n"
        "Message-ID: <big-attachment@example.org>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="B-inner"\n'
        "\n"
        "--B-inner\n"
        "Content-Type: text/plain; charset=us-ascii\n"
        "\n"
        "The report is attached.\n"
        "\n"
        "--B-inner\n"
        'Content-Type: application/pdf; name="report.pdf"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="report.pdf"\n'
        "\n"
    ).encode("ascii")
    tail = b"\n--B-inner--\n\n--B-outer--\n"
    room = max(0, target_bytes - len(head) - len(tail))
    raw_size = room * 76 // 77 * 3 // 4  # base64 grows 4/3 and each 76-char line gains a newline
    blob = base64.encodebytes(random.Random(seed).randbytes(raw_size))  # 76-char lines
    return head + blob + tail
