#!/usr/bin/env python3
"""Write set 56's labels (tests/fixtures/real-mta-heldout56/labels.jsonl): one row per report, one recipient row per
recipient the report names, in the order it names them.

Which recipients and in what order are read from the report's own raw text by this file's parser, never from
whybounce: the per-recipient groups of its message/delivery-status part (RFC 3464 section 2.3), in order, each
matched to one of the message's recipients by its Original-Recipient, else its Final-Recipient (the sender's
address; none of set 56's recipients is rewritten on the way). Each recipient row is then labelled from the case
table fixed before the run: the case whose reply that recipient met (heldout56.case_of: its own server's, or at the
mixed server the local part's; a recipient accepted there meets the reply to the data of the transaction) and set
47's labels of it (label47.TABLE: reason, alternates, `who`, the catalogue's label of the reply), and from what the
report shows for that recipient:

- the action of its group: ``delivered``/``relayed`` (NOTIFY=SUCCESS) is reason ``delivered``, `who` nobody;
  ``delayed`` is temporary (`who` nobody, the delay convention), except in OpenSMTPD's "Envelope expired" report,
  which says the envelope was dropped (run.kind_of reads it as a bounce, as sets 47-55 do);
- whether the report quotes the recipient's reply in what it says of that recipient alone (its group's
  Diagnostic-Code and the lines of the report's text that begin with its address, unfolded: the reply's first line's
  words after the codes, and its code): then the enhanced code of that reply and its reply code; else the group's
  Status field and no reply code, and the reason of what the report says instead (label55's rules: OpenSMTPD's
  "Network error on destination MXs" delay, a final report that the queue's time ran out: expired, `who`
  recipient-admin; Exim's "all hosts ... have been failing for a long time": expired, alternate networkerror, as set
  47's host-refused), else label47's UNEXPLAINED (a delay notice that names the recipient and no cause: Exim's,
  Sendmail's "... Deferred");
- the SMTP step: Postfix's and Exim's own words in the lines of the report's text about the recipient
  (label51.command: "in reply to RCPT TO command", "after end of data", "refused to talk to me"...); Sendmail's the
  case's stage where the reply is quoted (as set 52 labels Sendmail: its transcript shows the command before the
  reply); OpenSMTPD's none (its reports name no step: the kit's tuned labels give none); none for a delivered one.

The file's ``kind`` is run.kind_of's (delay when every action is delayed, delivered when every one is delivered or
relayed, else bounce). Nothing here reads whybounce's output.
"""

from __future__ import annotations

import email
import json
import re
import sys
from email import policy
from email.message import Message as EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout56 import MESSAGES, Message, case_of
from label47 import TABLE, UNEXPLAINED
from label51 import command
from labels import reply_words
from run import kind_of

NETWORK = re.compile(r"Network error on destination MXs")
# Exim's final report on a recipient whose hosts it could not reach until its retry time ran out, quoting no reply
# ("all hosts for '<domain>' have been failing for a long time (and retry time not reached)", Exim 4.96's
# specification, "Retry configuration": a message is bounced when all hosts have passed their retry timeout): set
# 47's host-refused label (expired, networkerror the alternate; recipient-admin)
FAILING = re.compile(r"have been failing for a long time")
EXPIRED = re.compile(r"Envelope expired|could not be delivered for \d+ (?:minute|hour|day)", re.IGNORECASE)
ENHANCED = re.compile(r"\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b")


def dsn_groups(msg: EmailMessage) -> list[dict[str, str]]:
    """The per-recipient groups of the report's message/delivery-status part, in order: field name (lower-cased) ->
    value, folded lines joined."""
    for part in msg.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        if isinstance(payload, list):  # the email package parses the groups as header blocks
            blocks = [dict((k.lower(), " ".join(str(v).split())) for k, v in p.items()) for p in payload]
        else:
            text = payload if isinstance(payload, str) else ""
            blocks = []
            for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
                fields = re.findall(r"^([A-Za-z-]+):[ \t]*(.*(?:\n[ \t].*)*)", chunk, re.MULTILINE)
                blocks.append({k.lower(): " ".join(v.split()) for k, v in fields})
        return [b for b in blocks if "final-recipient" in b or "original-recipient" in b]
    return []


def address_of(group: dict[str, str], message: Message) -> str | None:
    """The message's recipient a group names (Original-Recipient first, then Final-Recipient)."""
    wanted = {r.lower(): r for r in message.rcpts}
    for field in ("original-recipient", "final-recipient"):
        found = re.search(r";\s*<?([^\s<>;]+@[^\s<>;]+?)>?\s*$", group.get(field, ""))
        if found and found[1].lower() in wanted:
            return wanted[found[1].lower()]
    return None


def report_text(msg: EmailMessage) -> str:
    """The report's own text (its first text/plain part, the returned message left out)."""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            body = part.get_payload(decode=True)
            return body.decode("utf-8", "replace") if isinstance(body, bytes) else str(part.get_payload())
    return ""


def paragraph_of(text: str, address: str) -> str:
    """The lines of the report's text about one recipient: the line that begins with its address (Postfix's
    "<addr>: host ... said: ...", Exim's "  addr", Sendmail's "<addr>... Deferred: ...", OpenSMTPD's "addr: 550 ..."),
    and the lines after it indented deeper, up to a blank line; "" where no line begins so."""
    lines = text.replace("\r\n", "\n").split("\n")
    start = re.compile(rf"\s*<?{re.escape(address)}(?![\w.-])", re.IGNORECASE)
    for i, line in enumerate(lines):
        if start.match(line):
            indent = len(line) - len(line.lstrip())
            block = [line]
            for more in lines[i + 1:]:
                if not more.strip() or len(more) - len(more.lstrip()) <= indent:
                    break
                block.append(more)
            return "\n".join(block)
    return ""


def quotes(text: str, reply: tuple[str, ...]) -> bool:
    """Whether the report quotes this reply: the words of its first line after the codes, lines unfolded."""
    if not reply:
        return False
    flat = " ".join(text.split()).lower()
    code = re.search(rf"(^|[\s;(<:]){reply[0][:3]}[ -]", text, re.MULTILINE)
    return reply_words(reply[0]) in flat and code is not None


def recipient_label(mta: str, message: Message, group: dict[str, str], address: str, raw: bytes,
                    text: str, whole: str) -> dict[str, object]:
    """One recipient's label (see the module's docstring)."""
    action = (group.get("action", "").lower().split() or [""])[0]  # Sendmail: "relayed (to non-DSN-aware mailer)"
    status_field = re.match(r"[245]\.\d{1,3}\.\d{1,3}", group.get("status", ""))
    status = status_field[0] if status_field else None
    if action in ("delivered", "relayed", "expanded"):
        code = re.match(r"\s*smtp;\s*(\d{3})", group.get("diagnostic-code", ""), re.IGNORECASE)
        return {"address": address, "status": status, "reply_code": code[1] if code else "", "command": None,
                "temporary": False, "reason": "delivered", "who": "nobody"}
    h = case_of(message, address)
    assert h is not None, (message.id, address)  # an accepted recipient the report says failed: not in this set
    temporary = action == "delayed" and b"Envelope expired" not in raw
    own = f"{group.get('diagnostic-code', '')}\n{paragraph_of(text, address)}"  # what the report says of it alone
    quoted = quotes(own, h.reply)
    if quoted:
        enhanced = ENHANCED.match(h.reply[0])
        status = enhanced[1] if enhanced else status
    if quoted or not h.reply:
        reason, who, alternates = TABLE[h.id]
    elif temporary and NETWORK.search(whole):
        reason, who, alternates = "networkerror", "nobody", []
    elif not temporary and EXPIRED.search(whole):
        reason, who, alternates = "expired", "recipient-admin", []
    elif not temporary and FAILING.search(own):
        reason, who, alternates = "expired", "recipient-admin", ["networkerror"]
    else:
        reason, who, alternates = UNEXPLAINED
    if temporary:
        who = "nobody"
    step: str | None = None
    if mta in ("postfix", "exim"):  # their own words, quoted reply or not (Exim's delay notice may cut the reply)
        step = command(paragraph_of(text, address))
    elif mta == "sendmail" and quoted:
        step = h.stage
    row: dict[str, object] = {"address": address, "status": status, "reply_code": h.reply[0][:3] if quoted else "",
                              "command": step, "temporary": temporary, "reason": reason, "who": who}
    if alternates:
        row["alternates"] = list(alternates)
    return row


def label(mta: str, path: Path) -> dict[str, object]:
    """One report's label (``mta``: the folder, the sending MTA's name)."""
    stem = re.sub(r"(-delay)?(-\d)?$", "", path.stem)
    message = next(m for m in MESSAGES if m.id == stem)
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    text = report_text(msg)
    whole = raw.decode("utf-8", "replace")
    rows = []
    for group in dsn_groups(msg):
        address = address_of(group, message)
        assert address is not None, (path, group)
        rows.append(recipient_label(mta, message, group, address, raw, text, whole))
    assert rows, path  # every report of this set has a delivery-status part
    recipients = [{"index": i, **r} for i, r in enumerate(rows, 1)]
    return {"file": f"{mta}/{path.name}", "engine": mta, "kind": kind_of(raw), "recipients": recipients}


def write_labels(folder: Path) -> None:
    """labels.jsonl in ``folder``: one row per <mta>/<message>*.eml, in name order."""
    rows = [label(mta.name, p) for mta in sorted(folder.iterdir()) if mta.is_dir() for p in sorted(mta.glob("*.eml"))]
    with (folder / "labels.jsonl").open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(f"{len(rows)} labels, {sum(len(r['recipients']) for r in rows)} recipient rows")  # type: ignore[arg-type]


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]))
