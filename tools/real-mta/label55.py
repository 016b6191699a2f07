#!/usr/bin/env python3
"""Write set 55's labels (tests/fixtures/real-mta-heldout55/labels.jsonl) from set 47's table, fixed before the run
(label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply), this set's rule for
FORWARDED mail (``FORWARDED_WHO``, fixed before the run), and from what each file shows (label47.case_label): the
enhanced code of the reply it quotes, else its Status field; the reply code it quotes; whether it is a delay notice
(by run.kind_of: "Action: delayed", except OpenSMTPD's expiry report, "Envelope expired", which is its bounce).
The SMTP step: Postfix's and Exim's own per-recipient words (label51.command); for Sendmail and OpenSMTPD the step
the case's server refuses at (its stage), as set 52 labels Sendmail; none where the report quotes no reply.

Who must act for FORWARDED mail (the fwd-* folders): the sender wrote to a working address; the forwarding site chose
where it goes. What the final server refuses because of the forwarded-to ADDRESS (it or its domain does not exist)
or because of the FORWARDING hop (its address on a block list) is the forwarding site's to fix - the recipient's
administrator, who owns the alias (recipient-admin). What concerns the recipient's mailbox (full, disabled) stays
the recipient's; what concerns the message or the sender's own domain (content, size, the sender's DMARC policy,
the sender's domain) stays as set 47 labels it. Relayed mail (relay-*) is labelled as set 47 labels it: the
smarthost is the sending side's.

The address (the contract: "the recipient as the sender addressed it (Original-Recipient when the bounce gives it,
else the final recipient)"): for fwd-* the alias the sender wrote when the report's own parts give it - an
Original-Recipient field, a Final-Recipient field that names it (Exim's and Sendmail's reports do), Postfix's and
Sendmail's "expanded from", Exim's "generated from" - else the forwarded-to
address; for relay-* the address sent to. Nothing here reads whybounce's output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout55 import HELDOUT55, WRAP_SOURCES, final_recipient, sent_to
from label47 import TABLE, UNEXPLAINED, case_label, write_labels
from label51 import command
from run import kind_of

# case -> `who` of a forwarded message's report (the rule in the docstring); cases not named keep label47.TABLE's
FORWARDED_WHO: dict[str, str] = {
    "conn-554-comcast-dnsbl": "recipient-admin",  # the forwarding server's address is on the block list
    "rcpt-550-511-gmail-multiline": "recipient-admin",  # the alias points at an address that does not exist
    "rcpt-550-511-sendmail-user-unknown": "recipient-admin",
    "host-nx-domain": "recipient-admin",  # the alias points at a domain that does not exist
}


# A report that quotes no reply: OpenSMTPD's delay notice "Network error on destination MXs" (the kit's tuned
# OpenSMTPD greeting-421 delay notice is labelled networkerror), a final report that says the queue's time ran out
# (OpenSMTPD's "Envelope expired", Sendmail's "Message could not be delivered for 2 minutes": expired, as the kit's
# tuned OpenSMTPD reports and set 47's host-refused; `who` recipient-admin, the receiving side never took it)
NETWORK = re.compile(r"Network error on destination MXs")
EXPIRED = re.compile(r"Envelope expired|could not be delivered for \d+ (?:minute|hour|day)", re.IGNORECASE)


def names_original(text: str, original: str) -> bool:
    """Whether the report's own words give the address the sender wrote (see the module's docstring)."""
    a = re.escape(original)
    return re.search(rf"^(?:Original|Final)-Recipient:\s*rfc822;\s*<?{a}>?\s*$|expanded from:?\s*<?{a}>?"
                     rf"|generated from {a}", text, re.IGNORECASE | re.MULTILINE) is not None


def label(folder: str, path: Path) -> dict[str, object]:
    """One file's label (``folder``: fwd-postfix, fwd-exim, fwd-sendmail, fwd-opensmtpd, relay-exim,
    relay-sendmail or relay-opensmtpd)."""
    case = re.sub(r"(-delay)?(-\d)?$", "", path.stem)
    h = next(c for c in HELDOUT55 if c.id == case)
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    mta = WRAP_SOURCES[folder][0]
    step = (command(text) if mta in ("postfix", "exim") else h.stage) if h.reply else None
    row = case_label(folder, h, path.name, text, step)
    (rcpt,) = row["recipients"]  # type: ignore[misc]
    delay = kind_of(raw) == "delay"
    if rcpt["temporary"] and not delay:  # OpenSMTPD's "Envelope expired" report: a bounce, not a delay notice
        row["kind"], rcpt["temporary"] = "bounce", False
        rcpt["who"] = TABLE[h.id][1] if rcpt["reason"] == TABLE[h.id][0] else UNEXPLAINED[1]
    if h.reply and not rcpt["reply_code"]:  # the report quotes no reply: what it says instead
        rcpt["command"] = None
        if delay and NETWORK.search(text):
            rcpt["reason"] = "networkerror"
        elif not delay and EXPIRED.search(text):
            rcpt["reason"], rcpt["who"] = "expired", "recipient-admin"
    if folder.startswith("fwd-") and not delay and rcpt["reason"] == TABLE[h.id][0] and h.id in FORWARDED_WHO:
        rcpt["who"] = FORWARDED_WHO[h.id]
    original = sent_to(folder, h)
    rcpt["address"] = original if not folder.startswith("fwd-") or names_original(text, original) \
        else final_recipient(h)
    return row


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
