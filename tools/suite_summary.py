"""The last lines of ``scripts/test.sh``: what ran, what passed, and why anything was skipped.

Reads the result files that ``scripts/test.sh`` leaves in ``build/test-results/``:

- ``pytest.xml``: pytest's JUnit report (counts, failures, skip reasons, the real-Thunderbird e2e tests), and
  ``pytest.status`` its exit status (an error outside the tests shows only there);
- ``js-<name>.tap`` and ``js-<name>.node``: ``node --test`` output (TAP) and the node version it ran on,
  for each node (``local``: the one on PATH; ``debian``: Debian's own nodejs, when CI asks for it);
- ``lint-<name>.txt``: ``node lint.js`` output (its last line counts the addons-linter findings);
- ``js-<name>.skipped``: why the JS tests did not run at all; ``js-<name>.log``: what the run printed
  besides the results (e.g. why Debian's nodejs could not be fetched).

Usage: ``python tools/suite_summary.py build/test-results``; exit status 0 (the test script decides its own).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

E2E_PREFIX = "tests.e2e."
JS_RUNS = (("local", "node on PATH"), ("debian", "Debian's own nodejs"))


@dataclass
class PytestResult:
    passed: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    e2e_passed: int = 0
    e2e_failed: int = 0
    e2e_skipped: Counter[str] = field(default_factory=Counter)


def _skip_reason(element: ET.Element) -> str:
    reason = element.get("message") or (element.text or "").strip() or "no reason given"
    return reason.removeprefix("Skipped: ").strip()


def read_pytest(report: Path) -> PytestResult:
    result = PytestResult()
    for case in ET.parse(report).getroot().iter("testcase"):
        module = case.get("classname") or case.get("name") or ""
        name = f"{module}::{case.get('name')}" if case.get("classname") else module
        e2e = module.startswith(E2E_PREFIX) or module == E2E_PREFIX.rstrip(".")
        outcome = "passed"
        for child in case:
            if child.tag in ("failure", "error"):
                outcome = "failed"
            elif child.tag == "skipped" and outcome == "passed":
                outcome = "skipped:" + _skip_reason(child)
        if outcome == "passed":
            result.passed += 1
            result.e2e_passed += e2e
        elif outcome == "failed":
            result.failed.append(name)
            result.e2e_failed += e2e
        else:
            reason = outcome.removeprefix("skipped:")
            result.skipped[reason] += 1
            if e2e:
                result.e2e_skipped[reason] += 1
    return result


def read_tap(text: str) -> tuple[dict[str, int], list[str]]:
    """The ``# pass N`` style totals of node's TAP reporter, and the names of failed tests."""
    totals = {k: int(v) for k, v in re.findall(r"^# (pass|fail|cancelled|skipped|todo) (\d+)$", text, re.M)}
    failed = re.findall(r"^\s*not ok \d+ - (.*)$", text, re.M)
    return totals, failed


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return None


def _thunderbird_version() -> str | None:
    binary = shutil.which("thunderbird")
    if not binary:
        return None
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}"


def summary(results: Path) -> list[str]:
    lines = ["", "== summary " + "=" * 60]
    report = results / "pytest.xml"
    if report.exists():
        py = read_pytest(report)
        lines.append(f"Python: {py.passed} passed, {len(py.failed)} failed, {sum(py.skipped.values())} skipped")
        exit_status = _read(results / "pytest.status")
        if exit_status not in (None, "0") and not py.failed:
            lines.append(f"  pytest itself exited with status {exit_status} (its own error is in the log above)")
        lines.extend(f"  FAILED {name}" for name in py.failed[:20])
        if len(py.failed) > 20:
            lines.append(f"  ... and {len(py.failed) - 20} more")
        for reason, n in py.skipped.most_common():
            lines.append(f"  skipped ({n}): {reason}")
        if py.e2e_passed or py.e2e_failed:
            version = _thunderbird_version() or "Thunderbird"
            lines.append(f"Thunderbird e2e: ran on {version}: {py.e2e_passed} passed, {py.e2e_failed} failed")
        elif py.e2e_skipped:
            reasons = "; ".join(sorted(py.e2e_skipped))
            lines.append(f"Thunderbird e2e: did not run: {reasons}")
        else:
            lines.append("Thunderbird e2e: did not run (not collected)")
    else:
        lines.append("Python: no result (pytest did not finish)")
    for key, what in JS_RUNS:
        skipped = results / f"js-{key}.skipped"
        tap = results / f"js-{key}.tap"
        if skipped.exists():
            lines.append(f"JS ({what}): did not run: {skipped.read_text(encoding='utf-8').strip()}")
            continue
        if not tap.exists():
            log = results / f"js-{key}.log"
            if log.exists():
                last = [ln for ln in log.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
                lines.append(f"JS ({what}): did not run: {last[-1] if last else 'no output'} (log: {log})")
            continue
        node = results / f"js-{key}.node"
        version = node.read_text(encoding="utf-8").strip() if node.exists() else "?"
        totals, failed = read_tap(tap.read_text(encoding="utf-8", errors="replace"))
        if not totals:
            lines.append(f"JS ({what}, node {version}): no result; see {tap}")
        else:
            extra = [_plural(totals[k], k) for k in ("skipped", "cancelled", "todo") if totals.get(k)]
            lines.append(f"JS ({what}, node {version}): {totals.get('pass', 0)} passed, {totals.get('fail', 0)} failed"
                         + "".join(", " + e for e in extra))
            lines.extend(f"  FAILED {name}" for name in failed[:20])
        lint = results / f"lint-{key}.txt"
        if lint.exists():
            last = [ln for ln in lint.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
            lines.append(f"  lint: {last[-1] if last else 'no output; see ' + str(lint)}")
    lines.append(f"(details: {results}/)")
    return lines


def main(argv: list[str]) -> int:
    results = Path(argv[1] if len(argv) > 1 else "build/test-results")
    print("\n".join(summary(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
