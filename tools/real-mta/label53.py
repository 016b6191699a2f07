#!/usr/bin/env python3
"""Write set 53's labels (tests/fixtures/real-mta-heldout53/labels.jsonl) from a table fixed before the run (each
case's reason, alternates and `who`, from the configured cause: heldout53.py) and from what each file shows: its
first Status field, whether it is a delay notice (run.kind_of: "Action: delayed", `who` nobody by the delay
convention). The recipient is the address the sender wrote (the contract's Original-Recipient), not the pipe, file
or program an alias expanded it to. No SMTP step: the failure is the MTA's own delivery (command null).

The labels' conventions: a local program that fails (a pipe or ``mda`` exiting non-zero, or not there) is
mailererror, the receiving site's administrator to act (recipient-admin), systemerror accepted; a file or folder the
delivering user may not write in, or an :include: file that is missing, is systemerror (recipient-admin),
mailererror accepted; an administrator's own ':fail:' or ':defer:' text is labelled by what the text says. A
deferred case's final report (the MTA gave up after its 2 minutes) keeps the cause, expired accepted. Nothing here
reads whybounce's output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import MTAS
from heldout53 import HELDOUT53, recipient
from label47 import write_labels
from run import kind_of

# case -> (reason, who, alternates), fixed before the run
TABLE: dict[str, tuple[str, str, list[str]]] = {
    # "Gone away, no forwarding address": the person is not there and no new address is given
    "ex-alias-fail-gone": ("userunknown", "sender", ["hasmoved"]),
    # the site defers the mailbox while moving it: the receiving system, not the person; then Exim gives up
    "ex-alias-defer-moving": ("systemerror", "recipient-admin", ["expired", "onhold"]),
    "ex-pipe-exit1": ("mailererror", "recipient-admin", ["systemerror"]),
    "ex-pipe-exit73": ("mailererror", "recipient-admin", ["systemerror", "expired"]),
    "ex-pipe-missing": ("mailererror", "recipient-admin", ["systemerror"]),
    "ex-file-denied": ("systemerror", "recipient-admin", ["mailererror", "expired"]),
    "sm-prog-exit69": ("mailererror", "recipient-admin", ["systemerror"]),
    "sm-prog-exit73": ("mailererror", "recipient-admin", ["systemerror"]),
    "sm-prog-exit74": ("mailererror", "recipient-admin", ["systemerror", "expired"]),
    "sm-prog-exit77": ("mailererror", "recipient-admin", ["systemerror"]),
    "sm-include-missing": ("systemerror", "recipient-admin", ["mailererror"]),
    "os-mda-exit1": ("mailererror", "recipient-admin", ["systemerror"]),
    "os-mda-exit75": ("mailererror", "recipient-admin", ["systemerror", "expired"]),
    "os-maildir-denied": ("systemerror", "recipient-admin", ["mailererror", "expired"]),
}


def label(mta: str, path: Path) -> dict[str, object]:
    """One file's label (``mta``: exim, sendmail or opensmtpd)."""
    case = re.sub(r"(-delay)?(-\d)?$", "", path.stem)
    h = next(c for c in HELDOUT53 if c.id == case and c.mta == mta)
    raw = path.read_bytes()
    text = raw.decode("utf-8", "replace")
    delay = kind_of(raw) == "delay"
    status = re.search(r"^Status: ([245]\.\d{1,3}\.\d{1,3})", text, re.MULTILINE)
    reason, who, alternates = TABLE[h.id]
    if delay:
        who = "nobody"  # a delay notice: the MTA still retries
    rcpt: dict[str, object] = {"index": 1, "address": recipient(h, MTAS[mta].domain),
                               "status": status[1] if status else None, "reply_code": "", "command": None,
                               "temporary": delay, "reason": reason, "who": who}
    if alternates:
        rcpt["alternates"] = alternates
    return {"file": f"{mta}/{path.name}", "engine": mta, "kind": "delay" if delay else "bounce", "recipients": [rcpt]}


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
