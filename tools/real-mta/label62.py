#!/usr/bin/env python3
"""Labels of held-out set 62 (tests/fixtures/real-mta-heldout62/labels.jsonl): Postfix's own local(8) failures.

Written before whybounce read a file of the set. The reason, who and whether delivery goes on come from the CAUSE the
runner configured for each case (heldout62.py, heldout62_run.py), by the shared vocabulary (shared/README.md) and
who-must-act (shared/contract.md); the recipient and status are the facts the report states (its delivery-status
part's Original-Recipient, else Final-Recipient, and its Status). No report quotes an SMTP reply (the Diagnostic-Code
is ``x-unix`` or ``X-Postfix``): no reply code, and no SMTP command (Postfix took each message with 250 and its local
delivery agent failed afterwards: the contract's "null when no SMTP command was involved").

- A command alias whose program exits with a sysexits.h status (Postfix's sys_exits.c gives the text and DSN status)
  or otherwise fails (status 1 with its output, a program not installed, command_time_limit): the local delivery
  program failed, ``mailererror``; the receiving site's administrator acts (``recipient-admin``). The one exception
  is EX_NOUSER (67): the delivery program says the user does not exist, ``userunknown`` (the sender corrects the
  address), alternate ``mailererror``.
- A /file or /maildir/ alias local(8) cannot write (permissions, a directory named as a file), an :include: file
  that is missing, and mail to a command or file from an :include: file, which allow_mail_to_commands and
  allow_mail_to_files (defaults: alias, forward) forbid: the receiving system's own set-up is wrong, ``systemerror``
  (alternate ``mailererror``: local(8) is the delivery agent), ``recipient-admin``.
- A file alias at mailbox_size_limit (postconf(5): the limit of "any local(8) individual mailbox or maildir file"):
  ``mailboxfull``, alternate ``exceedlimit``, ``recipient`` (the contract: a full mailbox).
- The Delivered-To loop ("mail forwarding loop", RFC 5321 section 6.3) and two aliases naming each other ("alias
  database loop"): ``networkerror`` (the vocabulary: "incl. mail loops"), ``recipient-admin``.
- A temporary failure (EX_OSERR 71, EX_TEMPFAIL 75, a program execvp cannot find): the delay notice is kind
  ``delay``, temporary, the cause's reason (``mailererror``, alternate ``systemerror``), who ``nobody`` (the
  contract: retries may get past it); the final report after maximal_queue_lifetime is ``expired`` (delivery kept
  failing temporarily until the server gave up), alternates the cause's, ``recipient-admin``.

Run: python3 tools/real-mta/label62.py tests/fixtures/real-mta-heldout62
"""

from __future__ import annotations

import email
import json
import re
import sys
from email import policy
from pathlib import Path
from typing import Any

# case -> (reason, alternates, who)
CAUSES: dict[str, tuple[str, list[str], str]] = {
    # sysexits.h statuses of a command alias (Postfix sys_exits.c: text, DSN status)
    "cmd-exit-nouser": ("userunknown", ["mailererror"], "sender"),  # 67 EX_NOUSER "user unknown" 5.1.1
    "cmd-exit-dataerr": ("mailererror", ["contenterror"], "recipient-admin"),  # 65 "data format error" 5.6.0
    "cmd-exit-cantcreat": ("mailererror", ["systemerror"], "recipient-admin"),  # 73 "can't create user output file"
    "cmd-exit-noperm": ("mailererror", ["systemerror"], "recipient-admin"),  # 77 "permission denied" 5.7.0
    "cmd-exit-unavailable": ("mailererror", ["systemerror"], "recipient-admin"),  # 69 "service unavailable" 5.3.0
    "cmd-exit-config": ("mailererror", ["systemerror"], "recipient-admin"),  # 78 "local configuration error" 5.3.5
    "cmd-exit-ioerr": ("mailererror", ["systemerror"], "recipient-admin"),  # 74 "input/output error" 5.3.0
    "cmd-exit-oserr": ("mailererror", ["systemerror"], "recipient-admin"),  # 71 "system resource problem" 4.3.0
    "cmd-tempfail": ("mailererror", ["systemerror"], "recipient-admin"),  # 75 "temporary failure" 4.3.0
    # a program's own status and output; a program that is not installed; command_time_limit
    "cmd-exit-generic": ("mailererror", ["systemerror"], "recipient-admin"),
    "cmd-missing": ("mailererror", ["systemerror"], "recipient-admin"),
    "cmd-timeout": ("mailererror", ["systemerror"], "recipient-admin"),
    # local(8) cannot write where the alias says; the site's own set-up is wrong
    "file-unwritable": ("systemerror", ["mailererror"], "recipient-admin"),
    "maildir-unwritable": ("systemerror", ["mailererror"], "recipient-admin"),
    "file-is-directory": ("systemerror", ["mailererror"], "recipient-admin"),
    "include-missing": ("systemerror", ["mailererror"], "recipient-admin"),
    "include-command": ("systemerror", ["mailererror"], "recipient-admin"),
    "include-file": ("systemerror", ["mailererror"], "recipient-admin"),
    # mailbox_size_limit: the file is full
    "file-size-limit": ("mailboxfull", ["exceedlimit"], "recipient"),
    # loops
    "forward-loop": ("networkerror", [], "recipient-admin"),
    "alias-loop": ("networkerror", ["systemerror"], "recipient-admin"),
}
CASE = re.compile(r"^(?P<case>[a-z0-9-]+?)(?P<delay>-delay)?(?:-\d)?\.eml$")


def status_blocks(msg: email.message.Message) -> list[email.message.Message]:
    """The per-recipient fields of the message/delivery-status part (RFC 3464 section 2.3)."""
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            blocks = part.get_payload()
            assert isinstance(blocks, list)
            return [b for b in blocks[1:] if b.get("Final-Recipient") or b.get("Original-Recipient")]
    return []


def address(field: str) -> str:
    addr = field.split(";", 1)[1].strip().strip("<>")
    local, _, domain = addr.rpartition("@")
    return f"{local}@{domain.lower()}"


def row(path: Path) -> dict[str, Any]:
    engine = path.parent.name
    m = CASE.match(path.name)
    assert m, path
    case = m["case"]
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    recipients = []
    blocks = status_blocks(msg)
    delay = all((b.get("Action") or "").strip().lower() == "delayed" for b in blocks)
    assert bool(m["delay"]) is delay, path
    for i, b in enumerate(blocks, start=1):
        reason, alternates, who = CAUSES[case]
        status = (b.get("Status") or "").strip().split()[0]
        rec: dict[str, Any] = {"index": i, "address": address(b.get("Original-Recipient") or b["Final-Recipient"]),
                               "status": status, "reply_code": "", "temporary": delay, "command": None}
        if delay:
            who = "nobody"
        elif status.startswith("4."):  # the final report of a temporary failure: the queue gave up
            reason, alternates = "expired", [reason, *alternates]
        rec.update(reason=reason, who=who)
        if alternates:
            rec["alternates"] = alternates
        recipients.append(rec)
    assert recipients, path
    return {"file": f"{engine}/{path.name}", "engine": engine, "kind": "delay" if delay else "bounce",
            "recipients": recipients}


def main() -> None:
    folder = Path(sys.argv[1])
    rows = [row(p) for p in sorted(folder.glob("*/*.eml"))]
    with open(folder / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} files labelled")


if __name__ == "__main__":
    main()
