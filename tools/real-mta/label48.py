#!/usr/bin/env python3
"""Write set 48's labels (tests/fixtures/real-mta-heldout48/labels.jsonl) from set 47's table, fixed before either
run (label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply; for the cases with
no reply, RFC 5321's meaning), and from what each file shows: the enhanced code of the reply it quotes, else its
Status field; the reply code it quotes; the stage where the report names one; whether it is a delay notice. Nothing
here reads whybounce's output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout48 import HELDOUT48
from label47 import case_label, write_labels

# The stage a Courier report names (" >>> RCPT TO:<...>" above the reply; " >>> (initial greeting)"; " >>> DATA" for a
# refusal at the end of the data), when it names one
COURIER_STAGE = {"(initial greeting)": "CONN", "EHLO": "EHLO", "HELO": "HELO", "MAIL FROM": "MAIL",
                 "RCPT TO": "RCPT", "DATA": "DATA"}


def label(mta: str, path: Path) -> dict[str, object]:
    """One file's label (``mta``: the folder it sits in, haraka or courier): set 47's (label47.case_label) with the
    stage a Courier report names."""
    h = next(c for c in HELDOUT48 if c.id == path.stem)
    text = path.read_text(encoding="utf-8", errors="replace")
    command = None
    if mta == "courier":
        stage = re.search(r"^ *>>> (\(initial greeting\)|EHLO|HELO|MAIL FROM|RCPT TO|DATA)", text, re.MULTILINE)
        command = COURIER_STAGE[stage[1]] if stage else None
    return case_label(mta, h, path.name, text, command)


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
