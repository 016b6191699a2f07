"""How often the fallback tiers are right on tuned material, and the evidence tier on words it was not derived from.

The fallbacks read a reply whose words no rule knows: ``loose-status``, ``stage``, ``evidence``, ``reply``,
``status-class``, ``action``, ``refusal``, ``last-stage``, ``none`` (resolve.TIERS). Their precision on the
material they were written from overstates them (session 39, issue 13). Two studies:

``--evidence``: leave one family out. For each family F of the documented-reply catalogue, the evidence table is
derived without F's replies (tools/derive_evidence.py's own ``rows_of``), F's replies are read as bounces with
it, and the rows the evidence tier wins are counted right or wrong; summed over F, for each (min_families,
min_precision[, least weight of the winning vote]) asked. ``instead`` counts how many of those rows the reading
without any evidence table (the tiers below: reply code, refusal, the stage's last guess, none) gets right, so
``gain`` = evidence right - instead right.

default: per winning fallback (tier, rule, SMTP command, reply code; ``--status`` adds the status), right/total on
ALL tuned material: the Sisimai corpus, tests/fixtures/real-mta and real-mta-heldout..heldout6, and the catalogue as
bounces and pasted (a pasted reply names no command: ``-``, as a report that does not say). The catalogue's bounce
harness (tests/documented.py) writes "in reply to RCPT TO" for a reply whose source names no command, so a catalogue
bounce without ``command`` is counted apart (``harness``): a stage reading there measures the harness's guess, not a
server. ``groups`` is the number of families or systems (corpus: the Sisimai engine; real-MTA sets: the documented
reply behind a case, whatever MTA relayed it; catalogue: the file) where the reading is wrong more often than right,
over those where it is read.

``--blind``: right/total per winning tier on the blind real-MTA sets 7+ and the held-out documented rounds:
counts only, no row, rule or word is printed (they are never tuned on).

    PYTHONPATH=core .venv/bin/python tools/fallback_study.py [--status] [--min N]
    PYTHONPATH=core .venv/bin/python tools/fallback_study.py --evidence 2:0.6 3:0.6 2:0.8
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
import derive_evidence as de  # noqa: E402
import evaluate  # noqa: E402
from documented import CATALOGUE, HELDOUT, entries, postfix_bounce  # noqa: E402
from whybounce import engine, evidence, explain_bytes, explain_line  # noqa: E402
from whybounce.evidence import table_of  # noqa: E402
from whybounce.resolve import cause_status  # noqa: E402

FALLBACKS = ("loose-status", "stage", "evidence", "reply", "status-class", "action", "refusal", "last-stage", "none")
SEP = "\x1f"
FIXTURES = ROOT / "tests" / "fixtures"
_resolve = engine.resolve
_vote = evidence.vote


def _marked(ev: Any, kind: str = "bounce", fmt: str | None = None, *, winner_only: bool = False) -> Any:
    """engine.resolve, with the winner's tier and the facts it was read from carried in its rule (the reason and
    everything else are unchanged)."""
    res = _resolve(ev, kind, fmt, winner_only=winner_only)
    w = res.candidates[0]
    w.rule = SEP.join((w.rule, w.tier, ev.command or "-", ev.reply_code or "-", cause_status(ev) or "-"))
    return res


def _unmark(rule: str) -> tuple[str, str, str, str, str]:
    rule, tier, command, reply, status = rule.split(SEP)
    return rule, tier, command, reply, status


def _set_rows(folder: Path, name: str) -> Iterator[tuple[str, str, str, bool]]:
    """(material, group, marked rule, right) of a real-MTA set: the same documented reply relayed by four MTAs is
    one group (its case name)."""
    for r in evaluate.corpus_rows(folder, folder / "labels.jsonl"):
        g, e = r["got"], r["expected"]
        if g:
            group = f"{name}:{Path(r['file']).stem.removesuffix('-delay')}"
            yield name, group, g["rule"], g["reason"] in {e["reason"], *e.get("alternates", [])}


def _catalogue_rows(folder: Path = CATALOGUE) -> Iterator[tuple[str, str, str, bool]]:
    for e in entries(folder):
        (f,) = explain_bytes(postfix_bounce(e)).recipients
        group = f"catalogue:{e['file'].removesuffix('.yaml')}"
        yield ("catalogue-bounce" if e.get("command") else "harness"), group, f.rule, f.reason in e["reasons"]
        line = explain_line(" ".join(str(e["reply"]).split())).finding
        yield "catalogue-pasted", group, line.rule, line.reason in e["reasons"]


def tuned_rows() -> Iterator[tuple[str, str, str, bool]]:
    yield from _corpus()
    for n in ("", "-heldout", *(f"-heldout{i}" for i in range(2, 7))):
        yield from _set_rows(FIXTURES / f"real-mta{n}", f"real-mta{n}")
    yield from _catalogue_rows()


def _corpus() -> Iterator[tuple[str, str, str, bool]]:
    folder = evaluate.SHARED / "corpus" / "sisimai"
    for r in evaluate.corpus_rows(folder / "bounces", folder / "labels.jsonl"):
        g, e = r["got"], r["expected"]
        if g:
            yield "corpus", f"sisimai:{r['engine']}", g["rule"], g["reason"] in {e["reason"], *e.get("alternates", [])}


def study(by_status: bool, minimum: int) -> None:
    engine.resolve = _marked
    cells: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    groups: dict[tuple[str, ...], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for material, group, marked, right in tuned_rows():
        rule, tier, command, reply, status = _unmark(marked)
        if tier not in FALLBACKS:
            continue
        key = (tier, rule, command, reply, status) if by_status else (tier, rule, command, reply)
        side = "harness" if material == "harness" else "own"
        cells[key][f"{side}-n"] += 1
        cells[key][f"{side}-ok"] += right
        if side == "own":
            groups[key][group][0] += right
            groups[key][group][1] += 1
    print(f"{'tier':<13} {'rule':<36} {'command':<8} {'reply':<5} " + ("status  " if by_status else "")
          + f"{'right/total':>11} {'share':>5} {'harness':>8} {'groups wrong':>12}")
    for key in sorted(cells, key=lambda k: (FALLBACKS.index(k[0]), -cells[k]["own-n"] - cells[k]["harness-n"], k)):
        c = cells[key]
        if c["own-n"] + c["harness-n"] < minimum:
            continue
        g = groups[key]
        wrong = sum(1 for ok, n in g.values() if ok * 2 < n)
        share = f"{c['own-ok'] / c['own-n']:.0%}" if c["own-n"] else "-"
        harness = f"{c['harness-ok']}/{c['harness-n']}" if c["harness-n"] else "-"
        print(f"{key[0]:<13} {key[1]:<36} {key[2]:<8} {key[3]:<5} " + (f"{key[4]:<7} " if by_status else "")
              + f"{c['own-ok']:>5}/{c['own-n']:<5} {share:>5} {harness:>8} {wrong:>5}/{len(g):<6}")


def blind() -> None:
    """Right/total per winning tier of the blind material: counts only."""
    engine.resolve = _marked
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    sets = sorted(p for p in FIXTURES.glob("real-mta-heldout*") if p.name.removeprefix("real-mta-heldout").isdigit()
                  and int(p.name.removeprefix("real-mta-heldout")) >= 7)
    for folder in sets:
        for _m, _g, marked, right in _set_rows(folder, "blind"):
            tier = _unmark(marked)[1]
            n["real-mta", tier] += 1
            ok["real-mta", tier] += right
    for e in entries(HELDOUT):
        (f,) = explain_bytes(postfix_bounce(e)).recipients
        tier = _unmark(f.rule)[1]
        n["documented", tier] += 1
        ok["documented", tier] += f.reason in e["reasons"]
    for key, total in sorted(n.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{key[0]:<11} {key[1]:<13} {ok[key]:>4}/{total}")


def lofo(min_families: int, min_precision: float, min_weight: float = 0.0) -> tuple[int, int, int]:
    """Leave one family out: (evidence-tier winners, of them right, of them right without the tier); ``min_weight``:
    a vote lighter than this is not read (a condition tried in session 39)."""
    cat = entries(CATALOGUE)
    by_family: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in cat:
        by_family[de.family(e)].append(e)
    engine.resolve = _marked
    table: dict[str, tuple[str, float]] = {}
    evidence._table = lambda: table  # type: ignore[assignment]  # (vote() reads the table through this name)
    if min_weight:
        def heavy(text: str, _table: Any = None) -> Any:
            v = _vote(text)
            return v if v is not None and v.weight >= min_weight else None
        evidence.vote = heavy  # type: ignore[assignment]  # (the resolver imports vote() when it needs it)
    else:
        evidence.vote = _vote  # type: ignore[assignment]
    de.MIN_FAMILIES, de.MIN_PRECISION = min_families, min_precision
    won = right = instead = 0
    prepared = [de.prepare(e) for e in cat]  # each entry's features once; a table per family is then 60 ms
    for fam, own in sorted(by_family.items()):
        derived = table_of(de.rows_of([p for p in prepared if p[1] != fam]))
        for e in own:
            table.clear()
            table.update(derived)
            (f,) = explain_bytes(postfix_bounce(e)).recipients
            if _unmark(f.rule)[1] != "evidence":
                continue
            won += 1
            right += f.reason in e["reasons"]
            table.clear()
            (g,) = explain_bytes(postfix_bounce(e)).recipients
            instead += g.reason in e["reasons"]
    return won, right, instead


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--evidence", nargs="*", metavar="FAMILIES:PRECISION[:WEIGHT]",
                        help="leave-one-family-out figures of the evidence tier for these thresholds (and a least "
                             "weight of the winning vote)")
    parser.add_argument("--status", action="store_true", help="one row per status too")
    parser.add_argument("--min", type=int, default=1, help="rows with at least this many readings")
    parser.add_argument("--blind", action="store_true", help="counts per tier of the blind material")
    args = parser.parse_args()
    if args.evidence is not None:
        print("min_families min_precision min_weight  won right instead gain")
        for spec in args.evidence or [f"{de.MIN_FAMILIES}:{de.MIN_PRECISION}"]:
            fams, prec, weight = [*spec.split(":"), "0"][:3]
            won, right, instead = lofo(int(fams), float(prec), float(weight))
            print(f"{fams:>12} {prec:>13} {weight:>10} {won:>4} {right:>5} {instead:>7} {right - instead:>+4}")
    elif args.blind:
        blind()
    else:
        study(args.status, args.min)
    return 0


if __name__ == "__main__":
    sys.exit(main())
