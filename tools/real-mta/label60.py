#!/usr/bin/env python3
"""Write set 60's labels (tests/fixtures/real-mta-heldout60/labels.jsonl): one row per notice, from the case table
fixed before the run (heldout60.CASES: each case's kind, reason, alternates and `who`) and from what the notice
shows, read from its own text by label59.py's rules (its write_labels, given this set's table), never from
whybounce. The convention is set 59's (label59.py, the set's README):

- a list manager's REFUSAL of the reader's own post (Sympa's rejections, SmartList's accept.txt reply) is a
  `bounce`: the post did not reach the list. Its one recipient is the list address the poster wrote to (the contract:
  the recipient as the sender addressed it); ``temporary`` false; the status is the DSN Status field where the list
  manager wrote a DSN (Sympa does: RFC 3464 section 2.3.4), none where the notice is its own words only; no reply
  code or SMTP command (no SMTP dialogue);
- a refusal of a list that does not exist is a DSN: Postfix's (SmartList's domain) or Sympa's own (its domain): the
  status as its Status field states it, the reply code of a reply it quotes ("said: 550 ..."), the command of its
  «in reply to RCPT TO command», none where it quotes no reply;
- a notice that is not a delivery failure is a `not-bounce` with no recipient: a hold for moderation (the poster's
  notice that the post went to the moderators), a request to confirm a post or a subscription, a moderator's request
  to decide on a held post, the reply to a subscription command (refused, or asking to confirm), and a post
  forwarded to the list's maintainer with SmartList's diagnosis (the owner's own mail did not fail).
Nothing here reads whybounce's output.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout60 import CASES, list_address
from label59 import write_labels

if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), CASES, list_address)
