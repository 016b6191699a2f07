#!/usr/bin/env python3
"""Write set 54's labels (tests/fixtures/real-mta-heldout54/labels.jsonl) from set 47's table, fixed before the run
(label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply), and from what each
file shows (label47.case_label): the enhanced code of the reply it quotes, else its Status field; the reply code it
quotes; whether it is a delay notice ("Action: delayed", `who` nobody by the delay convention). The SMTP step: for
Postfix and Exim the MTA's own per-recipient words (label51.command); for Sendmail the step the case's server
refuses at (its stage), as set 52 labels it (Sendmail's transcript shows the last command it sent).

The recipient: the address the message was sent to (heldout54.recipient: the UTF-8 form of the *-utf8 and
postfix-idn folders) where the report gives it so; where it gives it only in another form (an A-label domain, an
RFC 6533 encoded local part), the form of its first Final-Recipient field, decoded (``dsn_address``), since a label
says what a careful reader of the report can establish. Nothing here reads whybounce's output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout54 import HELDOUT54, recipient
from label47 import case_label, write_labels
from label51 import command


def dsn_address(text: str) -> str | None:
    """The first Final-Recipient's address, its RFC 3461 xtext (+HH) and RFC 6533 embedded-unicode (\\x{HHHH})
    encodings decoded; None where there is no such field."""
    m = re.search(r"^Final-Recipient:\s*[\w-]+;\s*(\S+)", text, re.MULTILINE | re.IGNORECASE)
    if m is None:
        return None
    addr = re.sub(r"\\x\{([0-9A-Fa-f]{1,6})\}", lambda u: chr(int(u[1], 16)), m[1])
    return re.sub(r"\+([0-9A-F]{2})", lambda x: chr(int(x[1], 16)), addr)


def label(folder: str, path: Path) -> dict[str, object]:
    """One file's label (``folder``: postfix-utf8, postfix-idn, exim-utf8, postfix-hdrs, exim-hdrs or
    sendmail-hdrs)."""
    case = re.sub(r"(-delay)?(-\d)?$", "", path.stem)
    h = next(c for c in HELDOUT54 if c.id == case)
    text = path.read_text(encoding="utf-8", errors="replace")
    step = h.stage if folder.startswith("sendmail-") else command(text)
    row = case_label(folder, h, path.name, text, step)
    sent = recipient(folder, h)
    (rcpt,) = row["recipients"]  # type: ignore[misc]
    rcpt["address"] = sent if sent.lower() in text.lower() else (dsn_address(text) or sent)
    return row


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
