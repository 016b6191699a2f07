#!/usr/bin/env python3
"""Write set 50's labels (tests/fixtures/real-mta-heldout50/labels.jsonl) from set 47's table, fixed before the run
(label47.TABLE: each case's reason, alternates and `who`, the catalogue's label of the reply), and from what each
file shows: the enhanced code of the reply it quotes, else its Status field (fetchmail makes up "5.0.0" from a reply
without one); the reply code it quotes; whether it is a delay notice (fetchmail sends none). Nothing here reads
whybounce's output.

fetchmail's report (sink.c, send_bouncemail) quotes the listener's whole reply, every line of a multi-line one, in
its text ("SMTP error: ...") and its Diagnostic-Code, so the table's reading stays what a careful reader can see. The
command is labelled None throughout: the report's words ("Some addresses were rejected by the MDA fetchmail forwards
to", "General SMTP/ESMTP error", "This message was too large (SMTP error 552)") name no SMTP command, and set 49's
convention labels a command only where the report names the step."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout50 import HELDOUT50
from label47 import case_label, write_labels


def label(mta: str, path: Path) -> dict[str, object]:
    """One file's label (``mta``: the folder it sits in, the delivery path): set 47's (label47.case_label)."""
    h = next(c for c in HELDOUT50 if c.id == path.stem)
    return case_label(mta, h, path.name, path.read_text(encoding="utf-8", errors="replace"), None)


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
