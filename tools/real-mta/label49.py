#!/usr/bin/env python3
"""Write set 49's labels (tests/fixtures/real-mta-heldout49/labels.jsonl) from set 47's table, fixed before the run
(label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply), and from what each
file shows: the enhanced code of the reply it quotes, else its Status field; the reply code it quotes; the stage where
the report names one; whether it is a delay notice. Nothing here reads whybounce's output."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout49 import HELDOUT49
from label47 import TABLE, UNEXPLAINED


def label(mta: str, path: Path) -> dict[str, object]:
    """One file's label."""
    h = next(c for c in HELDOUT49 if c.id == path.stem)
    text = path.read_text(encoding="utf-8", errors="replace")
    address = f"user@nx.{h.domain}" if h.id == "host-nx-domain" else f"user@{h.domain}"
    first = h.reply[0][:3] if h.reply else ""
    quoted = bool(h.reply) and re.search(rf"(^|[\s;]){first}[ -]", text, re.MULTILINE) is not None
    enhanced = re.match(r"\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b", h.reply[0]) if h.reply else None
    status_field = re.search(r"^Status: ([245]\.\d{1,3}\.\d{1,3})", text, re.MULTILINE)
    delay = re.search(r"^Action: delayed", text, re.MULTILINE) is not None
    status = enhanced[1] if quoted and enhanced else (status_field[1] if status_field else None)
    # chasquid's courier prefixes the reply with the step that failed: "MAIL+RCPT" (its client sends both before
    # reading either answer's failure, so the report does not say which of the two was refused) or "DATA closing"
    command = "DATA" if re.search(r"^ *(Diagnostic-Code: smtp; )?DATA (closing|writing) ", text, re.MULTILINE) else None
    reason, who, alternates = TABLE[h.id] if quoted or not h.reply else UNEXPLAINED
    if delay:
        who = "nobody"  # a delay notice: the sending server still retries as far as its reader can tell
    rcpt: dict[str, object] = {"index": 1, "address": address, "status": status, "reply_code": first if quoted else "",
                               "command": command, "temporary": delay, "reason": reason, "who": who}
    if alternates:
        rcpt["alternates"] = alternates
    return {"file": f"{mta}/{path.name}", "engine": mta, "kind": "delay" if delay else "bounce", "recipients": [rcpt]}


def main() -> None:
    folder = Path(sys.argv[1])
    rows = [label(mta.name, p) for mta in sorted(folder.iterdir()) if mta.is_dir() for p in sorted(mta.glob("*.eml"))]
    with (folder / "labels.jsonl").open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(f"{len(rows)} labels")


if __name__ == "__main__":
    main()
