"""``make eval``: how well whybounce agrees with the labelled corpora, and which rules do the work.

Prints reason agreement overall and per sending system, the top confusions, enhanced-status agreement
(on rows whose expected status is a standard RFC 3463 code), how many messages each rule decided
(so a rule that fits a single file stands out), and the seed-case score.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml
from whybounce import explain_bytes, explain_line
from whybounce.inputs import iter_messages

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PRIVATE_STATUS = re.compile(r"^\d\.0\.9\d\d$")


def corpus_rows(corpus: Path, labels: Path) -> list[dict[str, Any]]:
    """One row per labelled recipient: expected vs. got."""
    rows: list[dict[str, Any]] = []
    for line in labels.read_text().splitlines():
        lab = json.loads(line)
        path = corpus / lab["file"]
        got: list[dict[str, Any]] = []
        for item in iter_messages([str(path)]):
            if item.raw is not None:
                got.extend(explain_bytes(item.raw).to_dict()["recipients"])
        for exp in lab["recipients"]:
            i = exp["index"] - 1
            g = got[i] if i < len(got) else None
            rows.append({"file": lab["file"], "engine": lab.get("engine", lab["file"].split("/")[0]),
                         "expected": exp, "got": g})
    return rows


def report(rows: list[dict[str, Any]], title: str, verbose: bool) -> None:
    n = len(rows)
    ok = sum(1 for r in rows if r["got"] and r["got"]["reason"] == r["expected"]["reason"])
    print(f"\n== {title}: reason agreement {ok}/{n} = {100 * ok / max(n, 1):.1f}%")
    std = [r for r in rows if r["expected"].get("status") and not PRIVATE_STATUS.match(r["expected"]["status"])]
    sok = sum(1 for r in std if r["got"] and r["got"]["status"] == r["expected"]["status"])
    print(f"   enhanced status agreement {sok}/{len(std)} = {100 * sok / max(len(std), 1):.1f}% "
          "(rows whose expected status is a standard code)")
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    conf: Counter[tuple[str, str]] = Counter()
    for r in rows:
        e = per[r["engine"]]
        e[1] += 1
        got = r["got"]["reason"] if r["got"] else "(missing)"
        if got == r["expected"]["reason"]:
            e[0] += 1
        else:
            conf[(r["expected"]["reason"], got)] += 1
    print("   per sending system (only those below 100%):")
    for eng, (a, b) in sorted(per.items()):
        if a < b:
            print(f"     {eng:28s} {a}/{b}")
    print("   top confusions (expected -> got):")
    for (e, g), c in conf.most_common(12):
        print(f"     {c:3d}  {e} -> {g}")
    if verbose:
        for r in rows:
            got = r["got"]
            if not got or got["reason"] != r["expected"]["reason"]:
                print(f"     MISS {r['file']} #{r['expected']['index']}: want {r['expected']['reason']} got "
                      f"{got and got['reason']} [{got and got['rule']}] cmd={got and got['command']} "
                      f"st={got and got['status']} :: {((got and got['diagnostic']) or '')[:150]}")


def sisimai_on_real_mta(real: Path, rows: list[dict[str, Any]], verbose: bool) -> None:
    """Run go-sisimai (shared/peers, if present) over our real-MTA fixtures: how often it agrees with
    whybounce and with our labels.  Where the labels part from it is listed in the fixtures' README."""
    peer = SHARED / "peers" / "bin" / "gosis-bench"
    if not peer.exists():
        return
    sis: dict[str, list[dict[str, Any]]] = {}
    for mta in sorted(p.name for p in real.iterdir() if p.is_dir()):
        out = subprocess.run([str(peer), str(real / mta)], capture_output=True, text=True, timeout=300,
                             cwd=SHARED, check=False).stdout
        for line in out.splitlines():
            d = json.loads(line)
            sis[f"{mta}/{Path(d['file']).name}"] = d.get("recipients") or []
    n = with_ours = with_labels = 0
    for r in rows:
        i = r["expected"]["index"] - 1
        got = sis.get(r["file"], [])
        theirs = got[i]["reason"] if i < len(got) else None
        n += 1
        with_ours += bool(r["got"]) and r["got"]["reason"] == theirs
        with_labels += r["expected"]["reason"] == theirs
        if verbose and r["got"] and r["got"]["reason"] != theirs:
            print(f"     DIFF {r['file']} #{i + 1}: go-sisimai {theirs}, whybounce {r['got']['reason']}, "
                  f"label {r['expected']['reason']}")
    print(f"   go-sisimai agrees with whybounce on {with_ours}/{n} = {100 * with_ours / max(n, 1):.1f}%, "
          f"with the labels on {with_labels}/{n} = {100 * with_labels / max(n, 1):.1f}%")


def rule_counts(rows: list[dict[str, Any]]) -> None:
    files: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["got"]:
            rule = r["got"]["rule"] or "?"
            files[rule].add(r["file"])
    print("\n== rules and how many corpus messages each decided (phrase rules that fit one file are marked *)")
    for rule, fs in sorted(files.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        mark = "*" if len(fs) == 1 and rule.startswith("phrase") else " "
        print(f"   {len(fs):4d}{mark} {rule}")


def seed_cases(path: Path) -> tuple[int, int, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    ok, misses = 0, []
    for case in data["cases"]:
        got = explain_line(case["input"]).to_dict()
        bad = check_case(case["expect"], got)
        if bad:
            misses.append(f"{case['id']}: {bad}")
        else:
            ok += 1
    return ok, len(data["cases"]), misses


def check_case(expect: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """The keys of a seed case's expectation that the result does not meet."""
    bad = []
    if "code" in expect and got["reply_code"] != expect["code"]:
        bad.append(f"code {got['reply_code']}")
    if "status" in expect and got["status"] != expect["status"]:
        bad.append(f"status {got['status']}")
    if "temporary" in expect and got["temporary"] != expect["temporary"]:
        bad.append(f"temporary {got['temporary']}")
    if "reason" in expect and got["reason"] not in expect["reason"]:
        bad.append(f"reason {got['reason']}")
    if "topic" in expect and got["topic"] not in expect["topic"]:
        bad.append(f"topic {got['topic']}")
    if "command" in expect and got["command"] != expect["command"]:
        bad.append(f"command {got['command']}")
    if "recipient" in expect and got["address"] != expect["recipient"]:
        bad.append(f"recipient {got['address']}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    corpus = SHARED / "corpus" / "sisimai"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 1
    rows = corpus_rows(corpus / "bounces", corpus / "labels.jsonl")
    report(rows, "sisimai corpus", args.verbose)
    real = ROOT / "tests" / "fixtures" / "real-mta"
    if (real / "labels.jsonl").exists():
        real_rows = corpus_rows(real, real / "labels.jsonl")
        report(real_rows, "real-MTA fixtures, original hand labels", args.verbose)
        if (real / "labels-aligned.jsonl").exists():
            aligned = corpus_rows(real, real / "labels-aligned.jsonl")
            report(aligned, "real-MTA fixtures, labels aligned to Sisimai's reading (20 rows differ)", False)
        sisimai_on_real_mta(real, real_rows, args.verbose)
    rule_counts(rows)
    ok, n, misses = seed_cases(SHARED / "cases" / "seed-cases.yaml")
    print(f"\n== seed cases: {ok}/{n}")
    for m in misses:
        print(f"   MISS {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
