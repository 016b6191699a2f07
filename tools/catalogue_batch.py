"""Measure one batch of the documented-reply catalogue (the entries with ``batch: N``), as ``make eval`` measures
the whole catalogue: each reply as the Postfix bounce a sender gets and pasted alone (reason in the entry's
reasons), and the card ``who`` of the bounce.  Prints the figures and every miss.

    .venv/bin/python tools/catalogue_batch.py 22
    .venv/bin/python tools/catalogue_batch.py 33 --tiers --at 0d4dccb   # as first read, by deciding tier
    .venv/bin/python tools/catalogue_batch.py 33 --json --at 0d4dccb    # each reply's reading, one JSON line each

``--tiers`` tallies the bounce readings by the resolver's tier that decided them (phrase, clause, provider, status,
loose status, the stage's last guess, reply code, ...; resolve.TIERS), right and wrong: on batches read at the commit
that first measured them, the tally says which tiers hold on wording nobody had read (session 29's closing note).
``--at COMMIT`` reads with the code and knowledge of that commit (a temporary git worktree; the batch's entries and
labels are this checkout's).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from whybounce import explain_bytes, explain_line

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from documented import entries as catalogue_entries  # noqa: E402  (the tests' own catalogue reader)
from documented import postfix_bounce  # noqa: E402


def _at(commit: str, argv: list[str]) -> int:
    """Run this script over the code and knowledge of ``commit`` (a temporary worktree)."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), commit], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "core")}
            return subprocess.run([sys.executable, __file__, *argv], env=env, check=False).returncode
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batch", type=int)
    parser.add_argument("--misses", action="store_true", help="also list the who differences")
    parser.add_argument("--tiers", action="store_true", help="tally the bounce readings by the tier that decided them")
    parser.add_argument("--json", action="store_true",
                        help="print each reply's bounce reading (id, deciding tier, reason) as a JSON line instead")
    parser.add_argument("--at", metavar="COMMIT", help="read with the code and knowledge of COMMIT")
    args = parser.parse_args()
    if args.at:
        flags = [f"--{name}" for name in ("misses", "tiers", "json") if getattr(args, name)]
        return _at(args.at, [str(args.batch), *flags])
    batch = [e for e in catalogue_entries() if e.get("batch") == args.batch]
    n = len(batch)
    if not n:
        print(f"no entries with batch: {args.batch}")
        return 1
    if args.json:
        for e in batch:
            (f,) = explain_bytes(postfix_bounce(e), trace=True).recipients
            tier = f.trace[0]["tier"] if f.trace else "none"
            print(json.dumps({"id": e["id"], "tier": tier, "reason": f.reason}))
        return 0
    bounce = pasted = who = 0
    lines = []
    tiers: Counter[tuple[str, bool]] = Counter()
    for e in batch:
        (f,) = explain_bytes(postfix_bounce(e), trace=True).recipients
        tiers[f.trace[0]["tier"] if f.trace else "none", f.reason in e["reasons"]] += 1  # the trace is best first
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
    if args.tiers:
        for tier in sorted({t for t, _ in tiers}, key=lambda t: -(tiers[t, True] + tiers[t, False])):
            print(f"  decided by {tier:<22} {tiers[tier, True]:3} right, {tiers[tier, False]:3} wrong")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
