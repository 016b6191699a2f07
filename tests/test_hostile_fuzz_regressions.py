"""Every input the fuzzers ever kept (``tests/fuzz_regressions/<target>/``) must now pass its target's check.

``fuzz/run.sh`` moves each crash, timeout or out-of-memory input there; the check is the fuzz target's
own body (``fuzz/checks.py``), run in a child process with a time limit so that an input that once hung
fails here instead of stalling the suite.  Known, still unfixed bugs stay red here on purpose.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REGRESSIONS = Path(__file__).resolve().parent / "fuzz_regressions"
TIMEOUT_S = 60.0
INPUTS = sorted(p for p in REGRESSIONS.glob("*/*") if p.is_file() and not p.name.startswith("."))
REPLAY = ("import sys; sys.path.insert(0, sys.argv[1]); import checks; "
          "checks.CHECKS[sys.argv[2]](open(sys.argv[3], 'rb').read())")


def test_the_regression_folder_is_replayed() -> None:
    """Guards the glob: the folder holds inputs of both targets (kept from the first fuzzing runs)."""
    assert {p.parent.name for p in INPUTS} >= {"core", "frames"}


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fuzz_input_is_handled(path: Path) -> None:
    target = path.parent.name
    if target == "frames" and importlib.util.find_spec("whybounce_host") is None:
        pytest.skip("the native host is not installed")
    try:
        done = subprocess.run([sys.executable, "-c", REPLAY, str(ROOT / "fuzz"), target, str(path)],
                              capture_output=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: still not handled within {TIMEOUT_S} s")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]


SEEDS = ("import sys; sys.path.insert(0, sys.argv[1]); import checks, runner; seeds = runner.hostile_seeds(); "
         "[checks.check_core(data) for _, kind, data in seeds if kind != 'frame']; "
         "[checks.check_frames(data) for data in runner.hostile_frames(seeds)]; print(len(seeds))")


def test_the_hostile_seeds_of_issue_15_pass_both_fuzz_checks() -> None:
    """``make fuzz`` starts from these too (``fuzz/runner.py``): each must already be handled."""
    if importlib.util.find_spec("whybounce_host") is None:
        pytest.skip("the native host is not installed")
    try:
        done = subprocess.run([sys.executable, "-c", SEEDS, str(ROOT / "fuzz")], capture_output=True,
                              timeout=3 * TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the hostile seeds were not handled within {3 * TIMEOUT_S} s")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    assert int(done.stdout) >= 2 * 9
