"""The forty-ninth held-out set: bounces WRAPPED by chasquid 1.11 (Debian 12's package) as the SENDING MTA, see
tests/fixtures/real-mta-heldout49/README.md.

Like sets 47 and 48 (heldout47.py, whose case table this set takes), the novelty is the wrapping, not the words: the
replies are the tuned catalogue's (tests/fixtures/documented-replies, the id in ``catalogue``), labelled as the
catalogue labels them; the ten of set 47's 16 cases that chasquid reports within a run (LEFT_OUT says why). Set 32 ran
chasquid only as a RECEIVER; its queue's delivery status notification (internal/queue/dsn.go) is new. The set is
blind: labelled before anything read the files, never to be tuned on.

Set 48 uses 127.0.40.x, so these servers listen from 127.0.41.1 (to 127.0.41.63 at most; chasquid's listeners on
127.0.41.50-52) and the domains end in heldout49.example. The senders' domain SENDER_DOMAIN is chasquid's own local
domain: its reports go to the local sender through its mail delivery agent (heldout49_run.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

SUFFIX = "heldout49.example"

# Set 47's cases that chasquid 1.11 can report within a run, on this set's own domains. Its queue retries every
# failure it counts as temporary for 20 hours (internal/queue/queue.go, GiveUpAfter; neither 1.11's chasquid.conf(5)
# nor its binary names a setting for it) and sends no delay notice (the source: "TODO: Consider sending a non-final
# notification"), and its courier
# (internal/courier/smtp.go) counts as temporary, besides 4xx replies, any failure before MAIL: a refused greeting
# ("Error creating client", so the 554 too), a refused EHLO ("Error saying hello", so the 501 too) and a failed dial;
# a domain without MX falls back to its address, whose failed look-up is a failed dial. So six of set 47's cases
# (the two greetings, EHLO, the 452, the NXDOMAIN domain, the refused connection) leave no report within a run and are
# left out, as set 47 left dma's out: a first run (not kept) submitted all 16 and got exactly the other ten.
LEFT_OUT = {"conn-554-comcast-dnsbl", "conn-421-470-gmail-whitelist", "ehlo-501-exim-invalid-argument",
            "rcpt-452-422-gmail-over-quota", "host-nx-domain", "host-refused"}
HELDOUT49: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47
                            if h.id not in LEFT_OUT]

FIRST_IP = "127.0.41.1"
# The senders' domain: chasquid's local domain, whose user root submits each case and receives chasquid's report
SENDER_DOMAIN = f"senders.{SUFFIX}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.41.1 and up)."""
    return addresses(FIRST_IP, HELDOUT49)
