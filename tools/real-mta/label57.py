#!/usr/bin/env python3
"""Write set 57's labels (tests/fixtures/real-mta-heldout57/labels.jsonl): one row per report, its one recipient,
from the case table fixed before the run (``TABLE``: each case's cause, its reason and `who`, and its class) and from
what the report shows, read from the report's own text by this file's rules, never from whybounce:

- the kind (run.kind_of: a delay notice, or a bounce; OpenSMTPD's "Envelope expired" is a bounce), ``temporary``
  exactly for a delay notice;
- the status: the DSN Status field (RFC 3464 section 2.3.4) of the report's recipient group; no reply code (no server
  replied: a code the sending MTA writes itself, Sendmail's "550 5.1.2 ... Host unknown", is not a reply);
- the SMTP step where the sending MTA's own words name it (Postfix's "while sending RCPT TO", "while receiving the
  initial server greeting", "Cannot start TLS"; Exim's "... after initial connection", "in response to RCPT TO"):
  Postfix and Exim only, as sets 51-56 label them; Sendmail and OpenSMTPD none;
- the reason, by the case's class:
  - ``permanent`` (the DNS says there is no mail host, or the MX is the sender itself, or the message loops): the
    cause's reason and `who`; a final report that says the MTA kept the message until its queue time ran out
    (``EXPIRY``) is `expired`, the cause as alternate, the cause's `who` (the condition that lasted; set 47's rule);
  - ``transient`` (a look-up that fails now, nothing listening, silence, a dropped connection): a final report is
    `expired`, alternate networkerror, `who` recipient-admin (set 47's host-refused, the kit's tuned labels);
  - ``tls`` (the sender's own policy requires TLS the server does not give): a final report that names TLS
    (``TLS_WORDS``) is failedstarttls, alternate expired, the cause's `who`; one that names no TLS is expired,
    alternate failedstarttls;
  - a delay notice (any class): the cause's reason where the notice names the cause (TLS words for the tls class,
    network or DNS words, ``NET_WORDS``, for the others; a permanent cause an MTA retries: its reason), else
    `undefined`, alternate onhold (a notice that names no cause: set 56's UNEXPLAINED, the kit's tuned onhold);
    `who` nobody (the delay convention).
The case's own names (its domain, the case id in the returned headers and the X-Case-Id) are taken out of the text
before the words are looked for: "tls-not-offered" or "conn-refused-all-mx" in an address names no cause.
"""

from __future__ import annotations

import email
import re
import sys
from email import policy
from email.message import Message
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from heldout57 import CASES, rcpt_domain, recipient
from label47 import write_labels
from run import kind_of

# case -> (class, the cause's reason, its `who`)
TABLE: dict[str, tuple[str, str, str]] = {
    # the name exists with no MX and no address: the address's domain has no mail host; the sender must check it
    "dns-nodata": ("permanent", "hostunknown", "sender"),
    # RFC 7505: the domain states it accepts no mail; only another address will do
    "dns-nullmx": ("permanent", "notaccept", "sender"),
    # the domain's only MX names a host that does not exist: the domain's administrator must fix its DNS
    "dns-mx-nxhost": ("permanent", "hostunknown", "recipient-admin"),
    # the MX names the sending host itself (RFC 5321 section 5.1): a mail loop the domain's DNS makes
    "dns-mx-self": ("permanent", "networkerror", "recipient-admin"),
    "dns-servfail": ("transient", "networkerror", "recipient-admin"),
    "conn-refused-all-mx": ("transient", "networkerror", "recipient-admin"),
    "conn-silent": ("transient", "networkerror", "recipient-admin"),
    "conn-drop-greeting": ("transient", "networkerror", "recipient-admin"),
    "conn-drop-rcpt": ("transient", "networkerror", "recipient-admin"),
    "conn-drop-data": ("transient", "networkerror", "recipient-admin"),
    # the requirement is the SENDING site's own policy (a server need not offer STARTTLS, RFC 3207 section 4): only
    # the sender's administrator can change it for this destination
    "tls-not-offered": ("tls", "failedstarttls", "sender-admin"),
    # the server offers STARTTLS and cannot complete it: its administrator must repair its TLS
    "tls-handshake-fails": ("tls", "failedstarttls", "recipient-admin"),
    # a message over every MTA's hop limit: a mail loop (set 38's data-hop-limit: networkerror, recipient-admin)
    "received-too-many-hops": ("permanent", "networkerror", "recipient-admin"),
}
TLS_WORDS = re.compile(r"\btls\b|starttls|encrypt|handshake|\bssl\b", re.IGNORECASE)
# (not "dns" nor "mx": every DSN's "Reporting-MTA: dns;" and the MX hosts' names, mx.<case domain>, hold them)
NET_WORDS = re.compile(r"connect|refused|timed? ?out|timeout|lost|network|unreachable|host not found|name server"
                       r"|name service|look ?up|lookup|servfail|resolv|host unknown|no route|closed|reset",
                       re.IGNORECASE)
EXPIRY = re.compile(r"Envelope expired|could not be delivered for \d+|retry timeout exceeded|have been failing for a"
                    r" long time|Cannot send message for|message is too old|too long in the queue", re.IGNORECASE)
STEP = re.compile(r"while (receiving the initial server greeting|performing the EHLO handshake|performing the HELO"
                  r" handshake|sending MAIL FROM|sending RCPT TO|sending DATA command|sending end of data|sending"
                  r" message body)|(?:in response to|in reply to|after) (?:pipelined )?(initial connection|EHLO|HELO"
                  r"|STARTTLS|MAIL FROM|RCPT TO|DATA|end of data)\b|(Cannot start TLS)")
COMMAND = {"receiving the initial server greeting": "CONN", "initial connection": "CONN",
           "performing the EHLO handshake": "EHLO", "EHLO": "EHLO", "performing the HELO handshake": "HELO",
           "HELO": "HELO", "STARTTLS": "STARTTLS", "Cannot start TLS": "STARTTLS", "sending MAIL FROM": "MAIL",
           "MAIL FROM": "MAIL", "sending RCPT TO": "RCPT", "RCPT TO": "RCPT", "sending DATA command": "DATA",
           "DATA": "DATA", "sending end of data": "DATA", "sending message body": "DATA", "end of data": "DATA"}


def own_text(msg: Message) -> str:
    """What the report itself says: its text parts and its delivery-status part, not the returned message."""
    parts = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "text/rfc822-headers"):
            break  # the returned message (or its headers) comes last in a report (RFC 3462)
        if ctype == "message/delivery-status":
            payload = part.get_payload()
            if isinstance(payload, list):
                parts.extend("\n".join(f"{k}: {v}" for k, v in p.items()) for p in payload)
            else:
                parts.append(str(payload))
        elif ctype.startswith("text/"):
            body = part.get_payload(decode=True)
            parts.append(body.decode("utf-8", "replace") if isinstance(body, bytes) else str(part.get_payload()))
    return "\n".join(parts)


def without_names(text: str, h: Heldout) -> str:
    """The text with the case's own names taken out (its domains and id), so that they are not read as words."""
    for name in sorted({rcpt_domain(h), h.domain, h.id}, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return text


def status_of(text: str) -> str | None:
    """The first DSN Status field's code."""
    found = re.search(r"^Status:\s*([245]\.\d{1,3}\.\d{1,3})", text, re.MULTILINE | re.IGNORECASE)
    return found[1] if found else None


def reason_of(h: Heldout, delay: bool, words: str) -> tuple[str, str, list[str]]:
    """(reason, who, alternates) of the report (the module's docstring)."""
    kind, cause, who = TABLE[h.id]
    if delay:
        named = TLS_WORDS.search(words) if kind == "tls" else NET_WORDS.search(words)
        if kind == "permanent" or named:
            return cause, "nobody", []
        if kind == "tls" and NET_WORDS.search(words):
            return "networkerror", "nobody", []
        return "undefined", "nobody", ["onhold"]
    if kind == "permanent":
        return ("expired", who, [cause]) if EXPIRY.search(words) else (cause, who, [])
    if kind == "transient":
        return "expired", who, [cause]
    return (cause, who, ["expired"]) if TLS_WORDS.search(words) else ("expired", who, [cause])


def label(mta: str, path: Path) -> dict[str, object]:
    """One report's label (``mta``: the folder, the sending MTA's name)."""
    h = CASES[re.sub(r"(-delay)?(-\d)?$", "", path.stem)]
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    text = own_text(msg)
    words = without_names(text, h)
    kind = kind_of(raw)
    delay = kind == "delay"
    reason, who, alternates = reason_of(h, delay, words)
    step = None
    if mta in ("postfix", "exim"):
        found = STEP.search(re.sub(r"\s+", " ", text))
        step = COMMAND[next(g for g in found.groups() if g)] if found else None
    row: dict[str, object] = {"index": 1, "address": recipient(h), "status": status_of(text), "reply_code": "",
                              "command": step, "temporary": delay, "reason": reason, "who": who}
    if alternates:
        row["alternates"] = alternates
    return {"file": f"{mta}/{path.name}", "engine": mta, "kind": kind, "recipients": [row]}


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
