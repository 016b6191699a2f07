"""The fiftieth held-out set: bounces WRAPPED by fetchmail 6.4.37 (Debian 12's package) when the SMTP listener it
forwards retrieved mail to refuses it, see tests/fixtures/real-mta-heldout50/README.md.

Like sets 47-49 (heldout47.py, whose case table this set takes), the novelty is the wrapping, not the words: the
replies are the tuned catalogue's (tests/fixtures/documented-replies, the id in ``catalogue``) or the kit's tuned
cases, labelled as the catalogue labels them. fetchmail is no MTA that looks up a recipient's mail host: it hands
each message it retrieves (POP3 here) to its ``smtphost``, and when that listener refuses (sink.c,
handle_smtp_report and handle_smtp_report_without_bounce) it sends the envelope sender (the retrieved message's
Return-Path) an RFC 1894 report of its own, through an SMTP listener on "localhost" port 25. Of set 47's 16 cases,
the greeting and EHLO cases (by its source, not run: fetchmail keeps the message and says "SMTP connect ... failed"
on its terminal, no mail) and the two without a reply (fetchmail looks up no MX) cannot reach it; of the eleven that
refuse at MAIL FROM, RCPT TO or the end of the data, the run that made the set's files (the labels' commit, all
eleven on 127.0.42.1-11) got a report for nine: fetchmail sends none for a 553 to MAIL FROM (sink.c, "invalid
sending domain": the message is deleted) nor for a 4xx (the message stays on the POP3 server for the next poll), so
those two are LEFT_OUT as well, as set 49 left chasquid's out. The set is blind: labelled before anything read the
files, never to be tuned on.

Set 49 uses 127.0.41.x, so these servers listen from 127.0.42.1 (to 127.0.42.63 at most; the fake POP3 server of
heldout50_run.py on POP3_IP, the local Postfix that takes fetchmail's reports on CATCHER_IP) and the domains end in
heldout50.example.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

SUFFIX = "heldout50.example"

# Set 47's cases fetchmail cannot turn into a report: a refused greeting or EHLO leaves the message on the POP3
# server (open_sink: "SMTP connect to ... failed", PS_SMTP), fetchmail never looks up a recipient domain or its
# mail host (the two cases without a reply), a 553 to MAIL FROM is dropped without a report (handle_smtp_report,
# its manual: "Do not even try to send bounce-mail to the originator") and a 4xx keeps the message for the next poll
LEFT_OUT = {"conn-554-comcast-dnsbl", "conn-421-470-gmail-whitelist", "ehlo-501-exim-invalid-argument",
            "host-nx-domain", "host-refused", "mail-553-518-sendmail-sender-domain", "rcpt-452-422-gmail-over-quota"}
HELDOUT50: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47
                            if h.id not in LEFT_OUT]

FIRST_IP = "127.0.42.1"
POP3_IP = "127.0.42.50"  # heldout50_run.py's fake POP3 server, one mailbox (user) per case
CATCHER_IP = "127.0.42.60"  # the local Postfix of heldout50_run.py: "localhost" in fetchmail's namespace
# The senders' domain: the Return-Path of each retrieved message, fetchmail's report's recipient
SENDER_DOMAIN = f"senders.{SUFFIX}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.42.1 and up)."""
    return addresses(FIRST_IP, HELDOUT50)
