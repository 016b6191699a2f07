"""The forty-eighth held-out set: bounces WRAPPED by two sending MTAs the kit had never run, Haraka's outbound (npm
`Haraka` 3.3.4) and Courier-MTA 1.0.16 (Debian 12's packages), see tests/fixtures/real-mta-heldout48/README.md.

Like set 47 (heldout47.py, whose case table this set takes unchanged), the novelty is the wrapping, not the words: the
replies are the tuned catalogue's (tests/fixtures/documented-replies, the id in ``catalogue``) or the kit's own tuned
cases, labelled as the catalogue labels them; two cases have no reply (a recipient domain that does not exist, a mail
host that refuses the TCP connection). The set is blind: labelled before anything read the files, never to be tuned on.

Set 47 uses 127.0.39.x, so these servers listen from 127.0.40.1 (to 127.0.40.63 at most; the catcher of the MTAs'
own bounces on 127.0.40.60, the MX of the senders' domain SENDER_DOMAIN) and the domains end in heldout48.example.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

SUFFIX = "heldout48.example"

# Set 47's cases (the catalogue's known replies and the two sender-only failures), on this set's own domains
HELDOUT48: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47]

FIRST_IP = "127.0.40.1"
CATCHER_IP = "127.0.40.60"  # catcher47.py (started by heldout48_run.py), where the MTAs send their own bounces
# The senders' domain: a sending MTA that looks up the MX of the sender's domain to deliver its bounce (Haraka's
# outbound) finds the catcher there
SENDER_DOMAIN = f"senders.{SUFFIX}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.40.1 and up)."""
    return addresses(FIRST_IP, HELDOUT48)
