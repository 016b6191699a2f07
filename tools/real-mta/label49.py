#!/usr/bin/env python3
"""Write set 49's labels (tests/fixtures/real-mta-heldout49/labels.jsonl) from set 47's table, fixed before the run
(label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply), and from what each
file shows: the enhanced code of the reply it quotes, else its Status field; the reply code it quotes; the stage where
the report names one; whether it is a delay notice. Nothing here reads whybounce's output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout49 import HELDOUT49
from label47 import case_label, write_labels


def label(mta: str, path: Path) -> dict[str, object]:
    """One file's label (``mta``: the folder it sits in): set 47's (label47.case_label) with the stage chasquid's
    report names."""
    h = next(c for c in HELDOUT49 if c.id == path.stem)
    text = path.read_text(encoding="utf-8", errors="replace")
    # chasquid's courier prefixes the reply with the step that failed: "MAIL+RCPT" (its client sends both before
    # reading either answer's failure, so the report does not say which of the two was refused) or "DATA closing"
    command = "DATA" if re.search(r"^ *(Diagnostic-Code: smtp; )?DATA (closing|writing) ", text, re.MULTILINE) else None
    return case_label(mta, h, path.name, text, command)


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
