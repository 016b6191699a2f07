"""Measure one batch of the documented-reply catalogue (the entries with ``batch: N``), as ``make eval`` measures
the whole catalogue: each reply as the Postfix bounce a sender gets and pasted alone (reason in the entry's
reasons), and the card ``who`` of the bounce.  Prints the figures and every miss.

    .venv/bin/python tools/catalogue_batch.py 22
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from whybounce import explain_bytes, explain_line

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from documented import entries as catalogue_entries  # noqa: E402  (the tests' own catalogue reader)
from documented import postfix_bounce  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch", type=int)
    parser.add_argument("--misses", action="store_true", help="also list the who differences")
    args = parser.parse_args()
    batch = [e for e in catalogue_entries() if e.get("batch") == args.batch]
    n = len(batch)
    if not n:
        print(f"no entries with batch: {args.batch}")
        return 1
    bounce = pasted = who = 0
    lines = []
    for e in batch:
        (f,) = explain_bytes(postfix_bounce(e)).recipients
        line = explain_line(" ".join(str(e["reply"]).split())).finding
        got_who = f.card.who if f.card else None
        bounce += f.reason in e["reasons"]
        pasted += line.reason in e["reasons"]
        who += got_who == e["who"]
        if f.reason not in e["reasons"]:
            lines.append(f"BOUNCE {e['id']}: want {e['reasons']}, got {f.reason} [{f.rule}] :: {e['reply']}")
        if line.reason not in e["reasons"]:
            lines.append(f"PASTED {e['id']}: want {e['reasons']}, got {line.reason} [{line.rule}]")
        if args.misses and got_who != e["who"]:
            lines.append(f"WHO    {e['id']}: want {e['who']}, got {got_who} ({f.reason})")
    files = len({e["file"] for e in batch})
    print(f"batch {args.batch}: {n} replies from {files} files")
    print(f"  reason as a Postfix bounce {bounce}/{n} = {100 * bounce / n:.1f}%")
    print(f"  reason pasted alone        {pasted}/{n} = {100 * pasted / n:.1f}%")
    print(f"  card who (bounce)          {who}/{n} = {100 * who / n:.1f}%")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
