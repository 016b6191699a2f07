"""Process measurement: per-child peak RSS, exit status, CPU pinning, /proc readings, medians."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import measure
from bench.measure import ProcessFailed, median, parse_rss_report, read_vm_kb, run_process

ALLOCATE = "import sys; b = bytearray(int(sys.argv[1]) * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"


@pytest.fixture(params=["gnu-time", "python-launcher"])
def rss_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    if request.param == "python-launcher":
        monkeypatch.setattr(measure, "GNU_TIME", tmp_path / "no-such-time")
    elif not measure.GNU_TIME.is_file():
        pytest.skip("GNU time is not installed")
    return str(request.param)


def test_peak_rss_is_the_childs_own(rss_method: str) -> None:
    """A small child of a big parent reports its own peak, not the parent's (a plain wait4 would not)."""
    ballast = bytearray(150 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # make this process's RSS really 150 MB
    big = run_process([sys.executable, "-c", ALLOCATE, "120"], peak_rss=True)
    small = run_process([sys.executable, "-c", ALLOCATE, "1"], peak_rss=True)
    del ballast
    assert big.maxrss_kb is not None and small.maxrss_kb is not None
    assert big.maxrss_kb > 120 * 1024
    assert small.maxrss_kb < 40 * 1024
    assert big.returncode == small.returncode == 0
    assert run_process([sys.executable, "-c", "pass"]).maxrss_kb is None


def test_peak_rss_of_a_failing_command(rss_method: str) -> None:
    argv = [sys.executable, "-c", "import sys; sys.exit(3)"]
    run = run_process(argv, peak_rss=True, check=False)
    assert run.returncode == 3 and run.maxrss_kb is not None and run.maxrss_kb > 0
    with pytest.raises(ProcessFailed, match="exited 3"):
        run_process(argv, peak_rss=True)


@pytest.mark.parametrize(
    ("report", "kb"),
    [("17416\n", 17416), ("Command exited with non-zero status 1\n9000\n", 9000), ("12", 12)],
)
def test_parse_rss_report(report: str, kb: int) -> None:
    assert parse_rss_report(report) == kb


@pytest.mark.parametrize("report", ["", "Command terminated by signal 9\n"])
def test_parse_rss_report_without_a_figure(report: str) -> None:
    with pytest.raises(ValueError):
        parse_rss_report(report)


def test_failure_raises_with_the_last_stderr_line() -> None:
    argv = [sys.executable, "-c", "import sys; print('first'); sys.exit('the reason')"]
    with pytest.raises(ProcessFailed, match="the reason"):
        run_process(argv)
    run = run_process(argv, check=False)
    assert run.returncode == 1 and "the reason" in run.stderr


def test_pinning_keeps_the_child_on_one_cpu(tmp_path: Path) -> None:
    cpu = max(os.sched_getaffinity(0))
    out = tmp_path / "affinity"
    with out.open("wb") as fh:
        run_process([sys.executable, "-c", "import os; print(sorted(os.sched_getaffinity(0)))"], stdout=fh, cpu=cpu)
    assert out.read_text().strip() == f"[{cpu}]"


def test_env_reaches_the_child(tmp_path: Path) -> None:
    out = tmp_path / "env"
    with out.open("wb") as fh:
        run_process([sys.executable, "-c", "import os; print(os.environ['BENCH_PROBE'])"], stdout=fh,
                    env={**os.environ, "BENCH_PROBE": "seen"})
    assert out.read_text().strip() == "seen"


def test_read_vm_kb() -> None:
    rss = read_vm_kb(os.getpid(), "VmRSS")
    hwm = read_vm_kb(os.getpid(), "VmHWM")
    assert rss is not None and hwm is not None and 0 < rss <= hwm
    assert read_vm_kb(os.getpid(), "NoSuchField") is None
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert read_vm_kb(gone.pid, "VmRSS") is None


@pytest.mark.parametrize(
    ("values", "expected"),
    [([3.0], 3.0), ([5.0, 1.0, 9.0], 5.0), ([1.0, 2.0, 3.0, 100.0], 2.5), ([2, 2, 50], 2.0)],
)
def test_median(values: list[float], expected: float) -> None:
    assert median(values) == expected


def test_median_of_nothing() -> None:
    with pytest.raises(ValueError):
        median([])
