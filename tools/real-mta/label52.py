#!/usr/bin/env python3
"""Write set 52's labels (tests/fixtures/real-mta-heldout52/labels.jsonl) from set 47's table, fixed before the run
(label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply), and from what each
file shows (label47.case_label): the enhanced code of the reply it quotes, else its Status field; the reply code it
quotes; whether it is a delay notice ("Action: delayed", `who` nobody by the delay convention). The SMTP step: for
Postfix and Exim the MTA's own per-recipient words (label51.command: "in reply to RCPT TO command", "SMTP error from
remote mail server after ..."), which none of these options changes; for Sendmail the step the case's server refuses
at (its stage), as the kit's tuned Sendmail labels have it: Sendmail's transcript shows the last command it sent,
and with PIPELINING a refused RCPT TO is answered after ">>> DATA".

The postmaster's notices (postfix-pmcopy, postfix-2bounce) are labelled as the sender's report would be: the
contract's `who` says who must act for THE MAIL to get through, whoever reads the report. A notice of an undeliverable
bounce reports the bounce's refusal by the same server with the same reply, to the same address (the original came
from the case's own address), and carries the same label; it is labelled from its own parts, not from the report
it returns (``outer``). Nothing here reads whybounce's output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout52 import HELDOUT52
from label47 import case_label, write_labels
from label51 import command

WARNING = "THIS IS A WARNING MESSAGE ONLY"


def label(folder: str, path: Path) -> dict[str, object]:
    """One file's label (``folder``: sendmail-errheader, sendmail-plain, exim-text, postfix-pmcopy or
    postfix-2bounce)."""
    case = re.sub(r"(-delay)?(-\d)?$", "", path.stem)
    h = next(c for c in HELDOUT52 if c.id == case)
    text = outer(path.read_text(encoding="utf-8", errors="replace"))
    step = h.stage if folder.startswith("sendmail-") else command(text)
    row = case_label(folder, h, path.name, text, step)
    if WARNING in text:
        # Sendmail without SendMimeErrors writes no "Action:" field: its delay notice says so in its own words
        # (sendmail/savemail.c: "THIS IS A WARNING MESSAGE ONLY", Subject "Warning: could not send message for past
        # ..."); labelled as the delay notice it states, `who` nobody by the delay convention
        (rcpt,) = row["recipients"]  # type: ignore[misc]
        rcpt.update(temporary=True, who="nobody")
        row["kind"] = "delay"
    return row


def outer(text: str) -> str:
    """The report itself, without the message it returns: a postmaster's notice of an undeliverable delay notice
    returns that whole notice, whose own "Action: delayed" is not this report's (the notice says the delay notice
    FAILED). The other reports return the original, which has no DSN fields, so nothing of them is lost."""
    return re.split(r"^Content-Type: message/rfc822", text, maxsplit=1, flags=re.MULTILINE | re.IGNORECASE)[0]


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
