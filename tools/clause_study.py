"""The clause grammar as a stand-alone reader: how often each clause is right on words it was not written for.

A clause (a subject class and a predicate class of data/words.yaml in one clause of a reply: resolve.py's tier
``clause``) is meant to read replies in words no rule lists. Where a provider entry or a phrase decides a reply
today, the grammar was not written for those words (the phrase was), so reading them with the phrase and provider
tiers set aside measures the grammar on unseen wording (session 39, issue 13). This tool does so in its own
process: resolve.py's ``_clauses`` step is run a second time on an empty candidate list (so no fact, provider or
phrase reading stops it) and its best clause reading (the tier's own order: longer words, then earlier) is noted
next to the real winner, which is unchanged.

Material: ALL tuned material (the Sisimai corpus, tests/fixtures/real-mta and real-mta-heldout..heldout6, the
documented-reply catalogue as bounces and pasted, tests/documented.py). Per clause (reason, subject class, predicate
class): ``fires`` (rows where it is the best clause reading) and ``right`` (its reason is the row's label or an
alternate), the same on the rows a provider, a phrase or a fact decides today (``unseen``), the same on the rows it
decides today (``decides``), and in how many groups (a corpus engine, a real-MTA case, a catalogue file)
it is wrong more often than right. Then per reason that has clauses: its rows where no clause fires (``silent``),
and of those the ones a provider or phrase decides. ``--wrong RULE`` and ``--silent REASON`` list tuned rows (the
reply's words, the label, today's rule) to read; ``--blind`` prints counts only of the blind sets (real-MTA sets 7+
and the held-out documented rounds), never a row, a rule or a word.

    PYTHONPATH=core .venv/bin/python tools/clause_study.py [--min N]
    PYTHONPATH=core .venv/bin/python tools/clause_study.py --wrong reason.suspend.recipient-disabled
    PYTHONPATH=core .venv/bin/python tools/clause_study.py --silent userunknown
    PYTHONPATH=core .venv/bin/python tools/clause_study.py --blind
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "core"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))
import evaluate  # noqa: E402
from documented import CATALOGUE, HELDOUT, entries, postfix_bounce  # noqa: E402
from whybounce import engine, explain_bytes, explain_line  # noqa: E402
from whybounce import resolve as rs  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
UNSEEN = ("fact", "provider", "phrase")  # a winner of these tiers: words written for the reply, not the grammar's
SEP = "\x1f"
_resolve, _clauses = engine.resolve, rs._clauses
_best: list[Any] = [None, ""]  # the best clause reading of the reply being resolved, and its words


def _study_clauses(r: Any) -> None:
    """resolve._clauses on no other reading (its best clause noted), then as the resolver runs it."""
    out, side = r.out, r.sending_side
    r.out = []
    _clauses(r)
    read = [c for c in r.out if c.tier == "clause"]
    _best[:] = [min(read, key=rs.Candidate.key).rule if read else None, r.plain]
    r.out, r.sending_side = out, side
    _clauses(r)


def _marked(ev: Any, kind: str = "bounce", fmt: str | None = None, *, winner_only: bool = False) -> Any:
    """engine.resolve, with the winner's tier and the best clause reading carried in the winner's rule."""
    _best[:] = [None, ""]
    res = _resolve(ev, kind, fmt, winner_only=winner_only)
    w = res.candidates[0]
    w.rule = SEP.join((w.rule, w.tier, _best[0] or "-", _best[1]))
    return res


Row = tuple[str, str, str, set[str]]  # (material, group, marked rule, the labels)


def _labelled(folder: Path, labels: Path, name: str, by_engine: bool) -> Iterator[Row]:
    for r in evaluate.corpus_rows(folder, labels):
        g, e = r["got"], r["expected"]
        if g:
            group = f"sisimai:{r['engine']}" if by_engine else f"{name}:{Path(r['file']).stem.removesuffix('-delay')}"
            yield name, group, g["rule"], {e["reason"], *e.get("alternates", [])}


def _catalogue(folder: Path) -> Iterator[Row]:
    for e in entries(folder):
        (f,) = explain_bytes(postfix_bounce(e)).recipients
        group = f"catalogue:{e['file'].removesuffix('.yaml')}"
        yield "catalogue-bounce", group, f.rule, set(e["reasons"])
        line = explain_line(" ".join(str(e["reply"]).split())).finding
        yield "catalogue-pasted", group, line.rule, set(e["reasons"])


def tuned_rows() -> Iterator[Row]:
    folder = evaluate.SHARED / "corpus" / "sisimai"
    yield from _labelled(folder / "bounces", folder / "labels.jsonl", "corpus", True)
    for n in ("", "-heldout", *(f"-heldout{i}" for i in range(2, 7))):
        yield from _labelled(FIXTURES / f"real-mta{n}", FIXTURES / f"real-mta{n}" / "labels.jsonl", f"real-mta{n}",
                             False)
    yield from _catalogue(CATALOGUE)


def blind_rows() -> Iterator[Row]:
    for folder in sorted(p for p in FIXTURES.glob("real-mta-heldout*")
                         if p.name.removeprefix("real-mta-heldout").isdigit()
                         and int(p.name.removeprefix("real-mta-heldout")) >= 7):
        yield from _labelled(folder, folder / "labels.jsonl", "real-mta", False)
    for e in entries(HELDOUT):
        (f,) = explain_bytes(postfix_bounce(e)).recipients
        yield "documented", "", f.rule, set(e["reasons"])


def _unmark(marked: str) -> tuple[str, str, str | None, str]:
    rule, tier, clause, text = marked.split(SEP)
    return rule, tier, None if clause == "-" else clause, text


def _clause_specs() -> dict[str, tuple[str, str, str]]:
    """rule -> (reason, subject class, predicate class) of every clause of the reason files."""
    return {c.rule: (c.reason, c.subject, c.predicate)
            for cs in rs.knowledge().clauses.by_subject.values() for c in cs}


def study(minimum: int) -> None:
    specs = _clause_specs()
    with_clauses = {reason for reason, _s, _p in specs.values()}
    cells: dict[str, Counter[str]] = defaultdict(Counter)
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    silent: dict[str, Counter[str]] = defaultdict(Counter)
    for _material, group, marked, labels in tuned_rows():
        rule, tier, clause, _text = _unmark(marked)
        if clause is None:
            for reason in labels & with_clauses:
                silent[reason]["rows"] += 1
                silent[reason]["unseen"] += tier in UNSEEN
            continue
        ok = specs[clause][0] in labels
        c = cells[clause]
        c["n"] += 1
        c["ok"] += ok
        c["decides"] += rule == clause
        c["decides-ok"] += ok and rule == clause
        if tier in UNSEEN:
            c["unseen-n"] += 1
            c["unseen-ok"] += ok
        groups[clause][group][0] += ok
        groups[clause][group][1] += 1
    print(f"{'reason':<16} {'subject':<17} {'predicate':<20} {'fires right':>11} {'unseen right':>12} "
          f"{'decides right':>13} {'groups wrong':>12}")
    total: Counter[str] = Counter()
    for clause in sorted(specs, key=lambda k: (specs[k], k)):
        c = cells[clause]
        total.update(c)
        if c["n"] < minimum:
            continue
        g = groups[clause]
        wrong = sum(1 for ok, n in g.values() if ok * 2 < n)
        reason, subject, predicate = specs[clause]
        print(f"{reason:<16} {subject:<17} {predicate:<20} {c['ok']:>5}/{c['n']:<5} {c['unseen-ok']:>5}/"
              f"{c['unseen-n']:<6} {c['decides-ok']:>6}/{c['decides']:<6} {wrong:>5}/{len(g):<6}")
    print(f"{'all clauses':<55} {total['ok']:>5}/{total['n']:<5} {total['unseen-ok']:>5}/{total['unseen-n']:<6} "
          f"{total['decides-ok']:>6}/{total['decides']:<6}")
    print("\nrows of a reason with clauses where no clause fires (silent; of them decided by a provider or phrase):")
    for reason in sorted(silent):
        print(f"  {reason:<16} {silent[reason]['rows']:>4} ({silent[reason]['unseen']})")


def show(wrong: str | None, silent: str | None) -> None:
    """Tuned rows only: where ``wrong`` (a clause's rule) fires on a row of another reason, or where no clause
    fires on a row labelled ``silent``."""
    specs = _clause_specs()
    for material, group, marked, labels in tuned_rows():
        rule, tier, clause, text = _unmark(marked)
        if (wrong and clause == wrong and specs[clause][0] not in labels) or \
                (silent and clause is None and silent in labels):
            print(f"{material:<17} {group:<60} {'/'.join(sorted(labels)):<22} {tier:<8} {rule}\n    {text[:300]}")


def blind() -> None:
    """Counts only: the best clause reading's right/fires on the blind material, by the tier that decides today."""
    specs = _clause_specs()
    n: Counter[tuple[str, str]] = Counter()
    ok: Counter[tuple[str, str]] = Counter()
    for material, _g, marked, labels in blind_rows():
        _rule, tier, clause, _text = _unmark(marked)
        if clause is None:
            continue
        where = "unseen" if tier in UNSEEN else ("clause" if tier == "clause" else "other")
        for key in ((material, where), (material, "all")):
            n[key] += 1
            ok[key] += specs[clause][0] in labels
    for key in sorted(n):
        print(f"{key[0]:<11} {key[1]:<7} {ok[key]:>4}/{n[key]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min", type=int, default=1, help="clauses that fire at least this often")
    parser.add_argument("--wrong", metavar="RULE", help="tuned rows where this clause fires on another reason's row")
    parser.add_argument("--silent", metavar="REASON", help="tuned rows of this reason where no clause fires")
    parser.add_argument("--blind", action="store_true", help="counts only of the blind material")
    args = parser.parse_args()
    engine.resolve = _marked
    rs._clauses = _study_clauses
    if args.blind:
        blind()
    elif args.wrong or args.silent:
        show(args.wrong, args.silent)
    else:
        study(args.min)
    return 0


if __name__ == "__main__":
    sys.exit(main())
