"""The fifty-sixth held-out set: ONE message to SEVERAL recipients, refused differently, in ONE report (see
tests/fixtures/real-mta-heldout56/README.md).

Every earlier blind real-MTA set had one recipient per report. A user who writes to several people at once (To and
Cc, a small list) gets from the sending MTA one report naming several recipients, each with its own status, reply,
remote host and action: some failed, some delayed, some delivered (NOTIFY=SUCCESS, RFC 3461 section 4.1). The
novelty is that several-recipient report, not the replies: they are fourteen of set 47's known ones (heldout47.py;
the catalogue's ids in ``catalogue``), each on a fake server of its own, plus one MIXED server (``MIXED_IP``) where
the recipient's local part names the case whose reply it gets, so that several recipients of one transaction are
refused differently: at RCPT TO one by one, at the end of the data together (RFC 5321 section 3.3: one reply to the
data for every recipient accepted), or accepted (any other local part, ``ok-N``).

Each message of ``MESSAGES`` goes through the kit's four MTAs (heldout56_run.py), and each report is filed by the
message, not by the reply: <mta>/<message>[-delay][-N].eml. label56.py labels every recipient a report names from
the case table by its address (``case_of``). The set is blind: labelled before anything read the files, never to be
tuned on.

Set 55 uses 127.0.44.61-120, so these servers listen from 127.0.44.121 (to 127.0.44.180 at most; the mixed server on
``MIXED_IP``) and the domains end in heldout56.example.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

SUFFIX = "heldout56.example"
TAKEN = ("conn-554-comcast-dnsbl", "conn-421-470-gmail-whitelist", "mail-553-518-sendmail-sender-domain",
         "mail-550-545-gmail-daily-quota", "rcpt-550-511-gmail-multiline", "rcpt-550-511-sendmail-user-unknown",
         "rcpt-552-522-gmail-over-quota", "rcpt-550-521-gmail-disabled", "rcpt-452-422-gmail-over-quota",
         "data-550-571-gmail-unsolicited", "data-550-5726-gmail-dmarc", "data-550-exim-malware",
         "data-552-523-gmail-size", "host-nx-domain")
HELDOUT56: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47
                            if h.id in TAKEN]
CASES: dict[str, Heldout] = {h.id: h for h in HELDOUT56}

FIRST_IP = "127.0.44.121"
MIXED_IP = "127.0.44.170"
MIXED_DOMAIN = f"mixed.{SUFFIX}"
# The mixed server answers these cases' replies by the recipient's local part (their stage: RCPT TO, or the end of
# the data); every other local part is accepted
MIXED_STAGES = ("RCPT", "DATA")


def mixed_case(local: str) -> Heldout | None:
    """The case whose reply the mixed server gives a recipient of this local part (None: accepted)."""
    h = CASES.get(local.lower())
    return h if h is not None and h.stage in MIXED_STAGES else None


@dataclass(frozen=True)
class Message:
    """One message to several recipients: its id (the X-Case-Id and the files' name), its recipients in the order
    of the envelope, and the NOTIFY it asks (None: the MTA's default, failures and delays)."""

    id: str
    rcpts: tuple[str, ...]
    notify: str | None = None
    why: str = ""


def at(case: str, user: str = "user") -> str:
    """A recipient at the case's own server (user@nx.<domain> for the domain that does not exist, as set 47)."""
    h = CASES[case]
    return f"{user}@nx.{h.domain}" if h.id == "host-nx-domain" else f"{user}@{h.domain}"


def mixed(local: str) -> str:
    """A recipient at the mixed server: a case id (its reply) or ok-N (accepted)."""
    return f"{local}@{MIXED_DOMAIN}"


_ALL = "SUCCESS,FAILURE,DELAY"
MESSAGES: list[Message] = [
    Message("m1-same-server-rcpt-data", (mixed("rcpt-550-511-sendmail-user-unknown"),
                                         mixed("rcpt-550-521-gmail-disabled"), mixed("data-552-523-gmail-size")),
            why="one transaction: two refused at RCPT TO, the third after the data"),
    Message("m2-same-server-delivered", (mixed("rcpt-552-522-gmail-over-quota"), mixed("ok-1"), mixed("ok-2")),
            notify=_ALL, why="one transaction: one refused at RCPT TO, two delivered (NOTIFY=SUCCESS)"),
    Message("m3-perm-temp-data", (at("rcpt-550-511-sendmail-user-unknown"), at("rcpt-452-422-gmail-over-quota"),
                                  at("data-550-571-gmail-unsolicited")),
            why="three servers: a permanent RCPT refusal, a temporary one, a refusal after the data"),
    Message("m4-delivered-nxdomain", (at("data-550-5726-gmail-dmarc"), mixed("ok-3"), at("host-nx-domain")),
            notify=_ALL, why="a DMARC refusal, one delivered, a domain that does not exist"),
    Message("m5-greeting-mail", (at("conn-554-comcast-dnsbl"), at("conn-421-470-gmail-whitelist"),
                                 at("mail-550-545-gmail-daily-quota")),
            why="refused before any recipient: at the greeting (permanent, temporary) and at MAIL FROM"),
    Message("m6-five", (at("mail-553-518-sendmail-sender-domain"), at("data-550-exim-malware"),
                        at("rcpt-550-511-gmail-multiline"), at("rcpt-550-511-gmail-multiline", "user2"),
                        at("data-552-523-gmail-size")),
            why="five recipients at four servers, two of them in one transaction"),
    Message("m7-temporary-three", (at("rcpt-452-422-gmail-over-quota"), mixed("rcpt-452-422-gmail-over-quota"),
                                   at("conn-421-470-gmail-whitelist")),
            why="three temporary refusals: a delay notice listing several, then the final report"),
    Message("m8-data-refuses-all", (mixed("data-550-5726-gmail-dmarc"), mixed("ok-4"),
                                    mixed("rcpt-550-511-gmail-multiline")),
            why="one transaction: one refused at RCPT TO; the reply to the data refuses the two accepted"),
]
FILED = tuple(m.id for m in MESSAGES)  # the files are named by message (heldout.filed)


def case_of(message: Message, address: str) -> Heldout | None:
    """The case whose reply the recipient ``address`` of ``message`` meets (None: delivered). At the mixed server a
    recipient accepted at RCPT TO gets the reply to the data of the first accepted one that names a DATA case (the
    fake server's rule, fake_smtp.data_reply)."""
    local, _, domain = address.lower().partition("@")
    if domain != MIXED_DOMAIN:
        return next(h for h in HELDOUT56 if domain in (h.domain, f"nx.{h.domain}"))
    own = mixed_case(local)
    if own is not None and own.stage == "RCPT":
        return own
    for r in message.rcpts:
        rl, _, rd = r.partition("@")
        other = mixed_case(rl) if rd == MIXED_DOMAIN else None
        if other is not None and other.stage == "DATA":
            return other
    return None


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.44.121 and up); the mixed server is ``MIXED_IP``."""
    return addresses(FIRST_IP, HELDOUT56)
