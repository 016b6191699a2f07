"""How the evidence tier would have read wording nobody had read: the study behind the tier (resolve.py,
whybounce.evidence), reproducible.

For each catalogue batch measured blind before the tier existed (batches 25-36), the replies are read with the code
and knowledge of the commit that first measured them (``tools/catalogue_batch.py N --json --at COMMIT``); the tier
that decided each reply is noted.  For every reply that a tier below the evidence tier decided (the bare reply code,
the status class, a bare delay notice, words that only refuse, the stage's last guess, no known words), a table is
derived with ``tools/derive_evidence.py``'s own rules from the catalogue entries that existed before the batch
(earlier batches, and the entries without one) in OTHER files than the reply's own, and the table votes on the
reply.  Printed: how many of those replies the first read had right, and how many it would have had right with the
tier (its vote where it votes, the first read elsewhere).

    .venv/bin/python tools/evidence_study.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))
import derive_evidence  # noqa: E402
from documented import entries  # noqa: E402
from whybounce.evidence import Table, table_of, vote  # noqa: E402

# the commit that first measured each batch (the catalogue README's sections), all before the evidence tier
FIRST_READ = {25: "60fe5f3", 26: "7e97279", 27: "2db0343", 28: "c4b0e0d", 29: "e169bd1", 30: "8d525f5",
              31: "f6e66c3", 32: "bed147a", 33: "0d4dccb", 34: "a65c78f", 35: "651c25d", 36: "bee3ff8"}
BELOW = ("reply", "status-class", "action", "refusal", "last-stage", "none")


def first_reads(batch: int, commit: str) -> dict[str, dict[str, str]]:
    """id -> the deciding tier and reason of each reply of ``batch`` as the code of ``commit`` reads it."""
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "catalogue_batch.py"), str(batch), "--json", "--at",
                          commit], check=True, capture_output=True, text=True).stdout
    return {row["id"]: row for row in map(json.loads, out.splitlines())}


def main() -> int:
    catalogue = entries()
    total = right_before = right_after = voted = 0
    for batch, commit in FIRST_READ.items():
        read = first_reads(batch, commit)
        earlier = [e for e in catalogue if (e.get("batch") or 0) < batch]
        tables: dict[str, Table] = {}
        for e in (e for e in catalogue if e.get("batch") == batch):
            first = read[e["id"]]
            if first["tier"] not in BELOW:
                continue
            if e["file"] not in tables:
                others = [o for o in earlier if o["file"] != e["file"]]
                tables[e["file"]] = table_of(derive_evidence.derive_rows(others))
            got = vote(str(e["reply"]), tables[e["file"]])
            total += 1
            voted += got is not None
            right_before += first["reason"] in e["reasons"]
            right_after += (got.reason if got is not None else first["reason"]) in e["reasons"]
        print(f"batch {batch}: {total} replies below the tier so far", file=sys.stderr)
    print(f"batches {min(FIRST_READ)}-{max(FIRST_READ)}: {total} first reads decided below the evidence tier; "
          f"right as first read {right_before}, with the tier {right_after} (it voted on {voted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
