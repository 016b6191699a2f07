#!/usr/bin/env python3
"""Write set 51's labels (tests/fixtures/real-mta-heldout51/labels.jsonl) from set 47's table, fixed before the run
(label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply), and from what each
file shows (label47.case_label): the enhanced code of the reply it quotes, else its Status field; the reply code it
quotes; whether it is a delay notice ("Action: delayed", `who` nobody by the delay convention); and the SMTP step the
sending MTA's own per-recipient lines name, which no template replaces: Postfix's "(in reply to RCPT TO command)" or
"refused to talk to me" (the greeting), Exim's "SMTP error from remote mail server after RCPT TO:", "after initial
connection" or, with PIPELINING, "after pipelined MAIL FROM:". A customised text changes none of these: the label is
what the whole message shows, the DSN part included. Nothing here reads whybounce's output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout51 import HELDOUT51
from label47 import case_label, write_labels

STEP = re.compile(r"in reply to (MAIL FROM|RCPT TO|end of DATA|DATA) command|(refused to talk to me)"
                  r"|SMTP error from remote mail server after (?:pipelined )?"
                  r"(MAIL FROM|RCPT TO|end of data|initial connection)")
COMMAND = {"MAIL FROM": "MAIL", "RCPT TO": "RCPT", "end of DATA": "DATA", "DATA": "DATA", "end of data": "DATA",
           "refused to talk to me": "CONN", "initial connection": "CONN"}


def command(text: str) -> str | None:
    """The SMTP step the MTA's per-recipient lines name (the text unfolded), or None where they name none (an Exim
    report that only says the retry time was exceeded)."""
    m = STEP.search(re.sub(r"\n[ \t]+", " ", text))
    return COMMAND[next(g for g in m.groups() if g)] if m else None


def label(folder: str, path: Path) -> dict[str, object]:
    """One file's label (``folder``: the template, postfix-custom, postfix-ja or exim-custom)."""
    case = re.sub(r"(-delay)?(-\d)?$", "", path.stem)
    h = next(c for c in HELDOUT51 if c.id == case)
    text = path.read_text(encoding="utf-8", errors="replace")
    return case_label(folder, h, path.name, text, command(text))


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
