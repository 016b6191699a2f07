#!/usr/bin/env python3
"""Labels of held-out set 61 (tests/fixtures/real-mta-heldout61/labels.jsonl): amavisd-new's own notices.

Written before whybounce read a file of the set. The reason, who and whether delivery goes on come from the CAUSE the
runner configured for each case (heldout61.py, heldout61_run.py), by the shared vocabulary (shared/README.md) and
who-must-act (shared/contract.md); the recipient, status and reply code are the facts the notice states (the
delivery-status part's Original-Recipient, else Final-Recipient, its Status and the code of its Diagnostic-Code).

- amavis/<case>: amavisd-new's delivery status notification to the sender (RFC 3464, from its template-dsn.txt or
  template-spam-sender.txt). Each refused recipient: the case's reason, who ``sender`` (the sender changes the
  message: removes the infected file or the banned attachment, sends it from a mail program that writes a valid
  header section, smaller, unencrypted), permanent (D_BOUNCE: amavisd-new does not retry), no SMTP command (amavisd-new
  took the message with 250 from Postfix and judged its content itself: nothing the sender's MTA said was refused; the
  contract's "null when no SMTP command was involved"). A recipient the report gives as relayed (the one the policy let
  through) is ``delivered``. One case's notice says the message WAS relayed (D_PASS with $warnbadhsender): kind
  ``delivered``, who ``nobody``.
- postfix/<case>: Postfix's own bounce of amavisd-new's refusal: the re-injection smtpd refused the recipient
  (CC_MTA, "User unknown in virtual mailbox table"), in reply to the end of the data: userunknown, ``sender``; the
  declared size over the recipient domain's limit, at RCPT TO: mesgtoobig, ``sender``. The command is the one the
  bounce names.
- amavis-admin/<case>, amavis-recipient/<case>: amavisd-new's notices to the site's administrator and its warning to
  the recipient about a message that was not delivered to them. Neither reader sent the message: kind ``not-bounce``,
  no recipient (sets 59 and 60's convention for notices that are not the reader's own delivery failure).

Run: python3 tools/real-mta/label61.py tests/fixtures/real-mta-heldout61
"""

from __future__ import annotations

import email
import json
import re
import sys
from email import policy
from pathlib import Path
from typing import Any

# case -> (reason, alternates, who); the sources of each reading are in the set's README
CAUSES: dict[str, tuple[str, list[str], str]] = {
    # ClamAV's EICAR test signature: malware (amavisd-new's CC_VIRUS, "VIRUS in message apparently from you")
    "virus-eicar": ("virusdetected", [], "sender"),
    "virus-eicar-zip": ("virusdetected", [], "sender"),
    "virus-eicar-two": ("virusdetected", [], "sender"),
    # Debian's $banned_filename_re: the site's attachment policy (CC_BANNED, "BANNED contents type")
    "banned-exe": ("policyviolation", [], "sender"),
    "banned-double-ext": ("policyviolation", [], "sender"),
    "banned-mime-type": ("policyviolation", [], "sender"),
    "banned-in-zip": ("policyviolation", [], "sender"),
    "banned-clsid": ("policyviolation", [], "sender"),
    "banned-one-of-two": ("policyviolation", [], "sender"),
    # SpamAssassin's verdict (GTUBE; a site's soft blacklist of the sender, @score_sender_maps): CC_SPAM
    "spam-gtube": ("spamdetected", [], "sender"),
    "spam-blacklisted-sender": ("spamdetected", [], "sender"),
    # CC_BADH: the header section breaks RFC 5322 (section 2.2: header fields are US-ASCII, RFC 2047 encodes the
    # rest, so unencoded Latin-1 octets are also an encoding fault; section 3.6: one Subject at most, Date
    # required; section 3.2.2: a folded line of white space only); a multipart body without its boundary breaks
    # RFC 2046 section 5.1.1 (the message's MIME structure: contenterror first)
    "badh-8bit": ("notcompliantrfc", ["contenterror"], "sender"),
    "badh-duplicate": ("notcompliantrfc", [], "sender"),
    "badh-two-from": ("notcompliantrfc", [], "sender"),
    "badh-missing-from": ("notcompliantrfc", [], "sender"),
    "badh-missing-date": ("notcompliantrfc", [], "sender"),
    "badh-whitespace-line": ("notcompliantrfc", [], "sender"),
    "badh-bad-mime": ("contenterror", ["notcompliantrfc"], "sender"),
    # CC_UNCHECKED: an encrypted archive no scanner can read, refused by the site's policy (D_BOUNCE)
    "unchecked-encrypted": ("policyviolation", ["contenterror"], "sender"),
    # the site's size limit for the recipient's domain (@message_size_limit_maps), refused at RCPT TO by the declared
    # SIZE (RFC 1870), Postfix's bounce
    "oversized": ("mesgtoobig", ["exceedlimit"], "sender"),
    # CC_MTA: the mailbox store's listener has no such user
    "mta-rejected": ("userunknown", [], "sender"),
}
PASSED = {"badh-passed-warn"}  # D_PASS: the message was relayed, the sender only warned
NOTICE_FOLDERS = {"amavis-admin", "amavis-recipient"}
CASE = re.compile(r"^(?P<case>[a-z0-9-]+?)(?:-\d)?\.eml$")


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


POSTFIX_COMMANDS = {"end of data": "DATA", "mail from": "MAIL", "rcpt to": "RCPT", "data": "DATA"}


def postfix_command(msg: email.message.Message) -> str:
    """The command Postfix's bounce names: "(in reply to <command> command)" in its human-readable part."""
    text = " ".join(str(msg.get_payload(0).get_payload(decode=True), "utf-8", "replace").split())
    m = re.search(r"\(in reply to (.+?) command\)", text)
    assert m, text
    return POSTFIX_COMMANDS[m[1].lower()]


def row(folder: Path, path: Path) -> dict[str, Any]:
    engine = path.parent.name
    m = CASE.match(path.name)
    assert m, path
    case = m["case"]
    name = f"{engine}/{path.name}"
    if engine in NOTICE_FOLDERS:
        return {"file": name, "engine": engine, "kind": "not-bounce", "recipients": []}
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    recipients = []
    for i, b in enumerate(status_blocks(msg), start=1):
        action = (b.get("Action") or "").strip().lower()
        status = (b.get("Status") or "").strip().split()[0]
        diag = " ".join((b.get("Diagnostic-Code") or "").split())
        code = re.match(r"smtp;\s*(\d{3})\b", diag, re.I)
        rec: dict[str, Any] = {"index": i,
                               "address": address(b.get("Original-Recipient") or b["Final-Recipient"]),
                               "status": status, "reply_code": code[1] if code else "", "temporary": False}
        if case in PASSED or action in ("relayed", "delivered", "expanded"):
            rec.update(command=None, reason="delivered", who="nobody")
        else:
            reason, alternates, who = CAUSES[case]
            rec.update(command=postfix_command(msg) if engine == "postfix" else None, reason=reason, who=who)
            if alternates:
                rec["alternates"] = alternates
        recipients.append(rec)
    assert recipients, name
    kind = "delivered" if all(r["reason"] == "delivered" for r in recipients) else "bounce"
    return {"file": name, "engine": engine, "kind": kind, "recipients": recipients}


def main() -> None:
    folder = Path(sys.argv[1])
    rows = [row(folder, p) for p in sorted(folder.glob("*/*.eml"))]
    with open(folder / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} files labelled")


if __name__ == "__main__":
    main()
