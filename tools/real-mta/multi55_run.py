#!/usr/bin/env python3
"""Make session 55's TUNED several-recipient reports: one message with NOTIFY=SUCCESS,FAILURE to 3-4 recipients,
some delivered, some refused at RCPT TO or after the data, sent by SMTP to each of the kit's four MTAs, as set 56's
runner does (heldout56_run.py: its submission, waiting and filing, with this module's messages).

The replies are the TUNED kit's (fake_smtp.RCPT_RULES and DATA_RULES, the "normal" behaviour of 127.0.0.2: the
recipient's local part chooses the reply, any other is accepted), on two servers of their own (``SERVERS``), so that
one transaction holds a refusal at RCPT TO beside recipients delivered, and a refusal after the data (RFC 5321
section 3.3: one reply for every accepted recipient) sits beside recipients delivered at the other server.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/multi55_run.py --work <scratch> --out <folder>
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SERVERS = {"a.multi55.example": "127.0.44.181", "b.multi55.example": "127.0.44.182"}
A, B = SERVERS


def main() -> None:
    """Run set 56's runner with these messages."""
    import heldout56_run
    from heldout56 import Message

    both = "SUCCESS,FAILURE"
    heldout56_run.MESSAGES[:] = [
        Message("multi-rcpt-552-delivered", (f"full@{A}", f"ok-1@{A}", f"ok-2@{A}"), notify=both,
                why="one transaction: a 552 5.2.2 at RCPT TO beside two recipients delivered"),
        Message("multi-rcpt-data-delivered", (f"unknown@{A}", f"data-filter@{A}", f"ok-3@{B}"), notify=both,
                why="a 550 5.1.1 at RCPT TO and a 550 5.7.1 after the data naming the address; one delivered"),
        Message("multi-data-552-noaddr-delivered", (f"data-toobig@{A}", f"ok-4@{B}", f"ok-5@{B}"), notify=both,
                why="a 552 5.3.4 after the data that names no address; two delivered at the other server"),
        Message("multi-dmarc-rcpt-delivered", (f"data-dmarc@{A}", f"unknown@{A}", f"ok-6@{B}", f"ok-7@{B}"),
                notify=both, why="a 550 5.7.26 after the data and a 550 5.1.1 at RCPT TO; two delivered"),
    ]
    heldout56_run.main()


if __name__ == "__main__":
    main()
