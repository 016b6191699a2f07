#!/usr/bin/env python3
"""Write set 60's labels (tests/fixtures/real-mta-heldout60/labels.jsonl): one row per notice, from the case table
fixed before the run (heldout60.CASES: each case's kind, reason, alternates and `who`) and from what the notice
shows, read from its own text by this file's rules, never from whybounce. The convention is set 59's (label59.py,
the set's README):

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

import email
import json
import re
import sys
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout60 import CASES, list_address
from label57 import own_text, status_of
from labels import CASE_NAME

STEP = re.compile(r"in reply to (MAIL FROM|RCPT TO|end of DATA|DATA) command", re.IGNORECASE)
COMMAND = {"mail from": "MAIL", "rcpt to": "RCPT", "end of data": "DATA", "data": "DATA"}
SAID = re.compile(r"\bsaid:\s+(\d{3})[ -]")


def label(engine: str, path: Path) -> dict[str, object]:
    """One notice's label (``engine``: the folder: sympa, sympa-fr, sympa-de, sympa-ja, smartlist)."""
    m = CASE_NAME.match(path.name)
    assert m, path.name
    cid = m["case"]
    c = CASES[cid]
    row: dict[str, object] = {"file": f"{engine}/{path.name}", "engine": engine, "kind": c.kind, "recipients": []}
    if c.kind != "bounce":
        return row
    text = " ".join(own_text(email.message_from_bytes(path.read_bytes(), policy=policy.compat32)).split())
    step = STEP.search(text)
    said = SAID.search(text)
    r: dict[str, object] = {"index": 1, "address": list_address(cid, engine), "status": status_of(
        own_text(email.message_from_bytes(path.read_bytes(), policy=policy.compat32))),
        "reply_code": said[1] if said else "", "command": COMMAND[step[1].lower()] if step else None,
        "temporary": False, "reason": c.reason, "who": c.who}
    if c.alternates:
        r["alternates"] = list(c.alternates)
    row["recipients"] = [r]
    return row


def write_labels(folder: Path) -> None:
    """labels.jsonl in ``folder``: one row per <engine>/<case>*.eml, in name order."""
    rows = [label(d.name, p) for d in sorted(folder.iterdir()) if d.is_dir() for p in sorted(d.glob("*.eml"))]
    with (folder / "labels.jsonl").open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(f"{len(rows)} labels")


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]))
