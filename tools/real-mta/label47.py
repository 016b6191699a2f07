#!/usr/bin/env python3
"""Write set 47's labels (tests/fixtures/real-mta-heldout47/labels.jsonl) from a table fixed before the run: each
case's reason, alternates and `who` (the catalogue's label of the reply, heldout47.py's `catalogue` id; for the
cases with no reply, RFC 5321's meaning), and from what each file shows: its Status field (nullmailer) or the
enhanced code of the reply it quotes, the reply code it quotes, the stage dma names ("did not like our RCPT TO"),
whether it is a delay notice. Nothing here reads whybounce's output."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from heldout47 import HELDOUT47, recipient

# case -> (reason, who, alternates) for a bounce that quotes the reply; the cases with a temporary reply give the
# party of the condition that lasted (the set-1 convention: a final report after retries)
TABLE: dict[str, tuple[str, str, list[str]]] = {
    "conn-554-comcast-dnsbl": ("blocked", "sender-admin", []),
    "conn-421-470-gmail-whitelist": ("blocked", "recipient-admin", []),
    "ehlo-501-exim-invalid-argument": ("syntaxerror", "sender-admin", ["blocked"]),
    "mail-553-518-sendmail-sender-domain": ("rejected", "sender-admin", []),
    "mail-550-545-gmail-daily-quota": ("speeding", "sender-admin", []),
    "rcpt-550-511-gmail-multiline": ("userunknown", "sender", []),
    "rcpt-550-511-sendmail-user-unknown": ("userunknown", "sender", []),
    "rcpt-552-522-gmail-over-quota": ("mailboxfull", "recipient", []),
    "rcpt-550-521-gmail-disabled": ("suspend", "recipient", []),
    "rcpt-452-422-gmail-over-quota": ("mailboxfull", "recipient", []),
    "data-550-571-gmail-unsolicited": ("spamdetected", "sender", []),
    "data-550-5726-gmail-dmarc": ("authfailure", "sender-admin", []),
    "data-550-exim-malware": ("virusdetected", "sender", []),
    "data-552-523-gmail-size": ("mesgtoobig", "sender", []),
    # no reply: the domain does not exist (the sender must correct the address); a mail host that never answered
    "host-nx-domain": ("hostunknown", "sender", []),
    "host-refused": ("expired", "recipient-admin", ["networkerror"]),
}
# A bounce that shows no reply and no cause at all (dma's "unknown bounce reason"): nothing to read but the failure
UNEXPLAINED = ("undefined", "sender-admin", [])
DMA_STAGE = {"connect": "CONN", "EHLO": "EHLO", "HELO": "HELO", "MAIL FROM": "MAIL", "RCPT TO": "RCPT",
             "DATA": "DATA", "final DATA": "DATA"}


def label(mta: str, path: Path) -> dict[str, object]:
    """One file's label (``mta``: the folder it sits in, dma or nullmailer)."""
    h = next(c for c in HELDOUT47 if c.id == path.stem)
    text = path.read_text(encoding="utf-8", errors="replace")
    command = None
    if mta == "dma":
        stage = re.search(r"did not like our (.+?):\n", text)
        command = DMA_STAGE[stage[1]] if stage else None
    return case_label(mta, h, path.name, text, command)


def case_label(mta: str, h: Heldout, name: str, text: str, command: str | None) -> dict[str, object]:
    """The label of the file ``name`` of case ``h``, of text ``text``, from :data:`TABLE` and what the text shows;
    ``command``: the stage the MTA's report names (its own words, read by the caller), or None. Sets 48-50's
    labellers (label48.py, label49.py, label50.py) use it too: the same table, other sending MTAs."""
    first = h.reply[0][:3] if h.reply else ""
    quoted = bool(h.reply) and re.search(rf"(^|[\s;]){first}[ -]", text, re.MULTILINE) is not None
    enhanced = re.match(r"\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b", h.reply[0]) if h.reply else None
    status_field = re.search(r"^Status: ([245]\.\d{1,3}\.\d{1,3})", text, re.MULTILINE)
    # nullmailer's report of a temporary refusal it stopped retrying says "Action: delayed" and "A final delivery
    # status notification will be generated if delivery proves to be impossible" (nullmailer-dsn makes a delay notice
    # of any 4.x.x status), though nullmailer-send has moved the message to its failed queue and never retries it.
    # Labelled as the delay notice it states (the lead's decision before any reading, session 50: a label says what a
    # careful reader of the report can establish, ../shared/guides/real-mta.md), with the delay convention's `who`
    delay = re.search(r"^Action: delayed", text, re.MULTILINE) is not None
    status = enhanced[1] if quoted and enhanced else (status_field[1] if status_field else None)
    reason, who, alternates = TABLE[h.id] if quoted or not h.reply else UNEXPLAINED
    if delay:
        who = "nobody"  # a delay notice: the sending server still retries as far as its reader can tell
    if h.id == "host-refused" and re.search(r"connect(ion)? (failed|refused)", text, re.IGNORECASE):
        reason, alternates = "networkerror", ["expired"]  # the report names the cause, not only the giving up
    rcpt: dict[str, object] = {"index": 1, "address": recipient(h), "status": status,
                               "reply_code": first if quoted else "", "command": command, "temporary": delay,
                               "reason": reason, "who": who}
    if alternates:
        rcpt["alternates"] = alternates
    return {"file": f"{mta}/{name}", "engine": mta, "kind": "delay" if delay else "bounce", "recipients": [rcpt]}


def write_labels(folder: Path, label: Callable[[str, Path], dict[str, object]]) -> None:
    """labels.jsonl in ``folder``: ``label(mta, path)`` of each <mta>/<case>*.eml, in name order (sets 47-55, 57 and
    58)."""
    rows = [label(mta.name, p) for mta in sorted(folder.iterdir()) if mta.is_dir()
            for p in sorted(mta.glob("*.eml"))]
    with (folder / "labels.jsonl").open("w") as f:
        for row in rows:
            f.write(json.dumps(row) + "\n")
    print(f"{len(rows)} labels")


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
