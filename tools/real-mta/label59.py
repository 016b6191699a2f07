#!/usr/bin/env python3
"""Write set 59's labels (tests/fixtures/real-mta-heldout59/labels.jsonl): one row per notice, from the case table
fixed before the run (heldout59.CASES: each case's kind, reason, alternates and `who`) and from what the notice
shows, read from its own text by this file's rules, never from whybounce. The convention (the set's README):

- a list manager's REFUSAL of the reader's own post (mlmmj's deny-post, Mailman's refuse and rejected notices) is a
  `bounce`: the post did not reach the list. Its one recipient is the list address the poster wrote to (the contract:
  the recipient as the sender addressed it); ``temporary`` false; no status, reply code or SMTP command (the notice
  is the list manager's own words: no DSN, no SMTP dialogue);
- a refusal of a list that does not exist is Postfix's bounce (its DSN): the status is the DSN Status field (RFC 3464
  section 2.3.4), the reply code the code of the reply Postfix quotes ("said: 550 ..."), the command Postfix's «in
  reply to RCPT TO command», none where it quotes no reply (a virtual alias table look-up);
- a notice that is not a delivery failure is a `not-bounce` with no recipient: a hold for moderation (the poster's
  «awaits approval» notice), a moderator's or owner's request to decide on a held post, and a bounce of the list's
  traffic that the list manager passes on to the list's owner (the owner's own mail did not fail: as a person's
  forwarded NDR, tests/fixtures/forwarded, is not one).
Nothing here reads whybounce's output.
"""

from __future__ import annotations

import email
import json
import re
import sys
from collections.abc import Callable, Mapping
from email import policy
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout59 import CASES, list_address
from label57 import own_text, status_of
from labels import CASE_NAME

STEP = re.compile(r"in reply to (MAIL FROM|RCPT TO|end of DATA|DATA) command", re.IGNORECASE)
COMMAND = {"mail from": "MAIL", "rcpt to": "RCPT", "end of data": "DATA", "data": "DATA"}
SAID = re.compile(r"\bsaid:\s+(\d{3})[ -]")


def label(engine: str, path: Path, cases: Mapping[str, Any] = CASES,
          address: Callable[[str, str], str] = list_address) -> dict[str, object]:
    """One notice's label (``engine``: the folder: mlmmj, mlmmj-de, mlmmj-fr, mailman3; ``cases`` and ``address``:
    another list-manager set's case table and list addresses, set 60's label60.py, by the same rules)."""
    m = CASE_NAME.match(path.name)
    assert m, path.name
    cid = m["case"]
    c = cases[cid]
    row: dict[str, object] = {"file": f"{engine}/{path.name}", "engine": engine, "kind": c.kind, "recipients": []}
    if c.kind != "bounce":
        return row
    own = own_text(email.message_from_bytes(path.read_bytes(), policy=policy.compat32))
    text = " ".join(own.split())
    step = STEP.search(text)
    said = SAID.search(text)
    r: dict[str, object] = {"index": 1, "address": address(cid, engine), "status": status_of(own),
        "reply_code": said[1] if said else "", "command": COMMAND[step[1].lower()] if step else None,
        "temporary": False, "reason": c.reason, "who": c.who}
    if c.alternates:
        r["alternates"] = list(c.alternates)
    row["recipients"] = [r]
    return row


def write_labels(folder: Path, cases: Mapping[str, Any] = CASES,
                 address: Callable[[str, str], str] = list_address) -> None:
    """labels.jsonl in ``folder``: one row per <engine>/<case>*.eml, in name order."""
    rows = [label(d.name, p, cases, address) for d in sorted(folder.iterdir()) if d.is_dir()
            for p in sorted(d.glob("*.eml"))]
    with (folder / "labels.jsonl").open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(f"{len(rows)} labels")


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]))
