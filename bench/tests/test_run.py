"""The driver: reading the peers' timing lines, its arguments, the child environment, and one real
(tiny) section run that must print a complete table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import gen, run
from bench.table import FAIL, NOT_AVAILABLE, PASS

RUN_PY = Path(run.__file__)


@pytest.mark.parametrize(
    ("stderr", "expected"),
    [
        ("files=406 facts=427 decode_seconds=0.1138 msgs_per_s=3568.4\n", (406, 0.1138)),
        ("warning: something\nfiles=2 facts=3 decode_seconds=1.5000 msgs_per_s=1.3\n", (2, 1.5)),
        ("files=406 facts=407 decode_seconds=0.3521 msgs_per_s=1153.2", (406, 0.3521)),
    ],
    ids=["go", "line-after-noise", "perl-no-newline"],
)
def test_parse_peer_timing(stderr: str, expected: tuple[int, float]) -> None:
    assert run.parse_peer_timing(stderr) == expected


@pytest.mark.parametrize("stderr", ["", "panic: runtime error\n", "files=3 facts=1\n"])
def test_parse_peer_timing_refuses_output_without_timing(stderr: str) -> None:
    with pytest.raises(ValueError):
        run.parse_peer_timing(stderr)


def test_unknown_section_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run.main(["throughput", "nonsense"])
    assert exc.value.code == 2
    assert "unknown section nonsense" in capsys.readouterr().err


def test_child_env_caches_bytecode_outside_the_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = run.child_env(tmp_path / "pyc")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == str(tmp_path / "pyc")
    assert env["PATH"] == os.environ["PATH"]


@pytest.mark.parametrize(
    ("reps_scale", "normal", "expected"),
    [(5.0, 15, 15), (5.0, 3, 3), (1.0, 15, 3), (1.0, 2, 1), (0.1, 5, 1), (10.0, 3, 6)],
)
def test_repeats_scale(reps_scale: float, normal: int, expected: int, tmp_path: Path) -> None:
    ctx = run.Context(python=sys.executable, whybounce=tmp_path, host=tmp_path, tmp=tmp_path, cpu=0,
                      repeats=reps_scale, corpus=tmp_path, env={})
    assert ctx.reps(normal) == expected


def test_host_missing_names_the_missing_piece(tmp_path: Path) -> None:
    ctx = run.Context(python=sys.executable, whybounce=tmp_path / "whybounce", host=tmp_path / "no-host",
                      tmp=tmp_path, cpu=0, repeats=1, corpus=tmp_path, env={})
    why = run.host_missing(ctx)
    assert why is not None and why.startswith("host not available")


@pytest.mark.skipif(not gen.BOUNCES.is_dir(), reason="../shared corpus not present")
def test_startup_section_prints_a_full_table(tmp_path: Path) -> None:
    """A real run at the smallest repeat count: both startup rows, each with a verdict or a reason."""
    out_json = tmp_path / "rows.json"
    proc = subprocess.run([sys.executable, str(RUN_PY), "--repeats", "0.3", "--json", str(out_json), "startup"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    table = [line for line in proc.stdout.splitlines() if line.startswith("| startup |")]
    assert len(table) == 2
    assert table[0].endswith((f"| {PASS} |", f"| {FAIL} |"))
    assert table[1].endswith((f"| {PASS} |", f"| {FAIL} |", f"| {NOT_AVAILABLE} |"))
    assert "python3 -c pass" in table[0]
    assert out_json.read_text().count('"section": "startup"') == 2
    assert "targets:" in proc.stdout


def _ctx(tmp_path: Path, host: Path) -> run.Context:
    return run.Context(python=sys.executable, whybounce=Path(sys.executable).parent / "whybounce", host=host,
                       tmp=tmp_path, cpu=max(os.sched_getaffinity(0)), repeats=0.3, corpus=gen.BOUNCES,
                       env=run.child_env(tmp_path / "pyc"))


@pytest.mark.skipif(not gen.BOUNCES.is_dir(), reason="../shared corpus not present")
def test_missing_references_are_said_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "GOSIS", tmp_path / "no-gosis-bench")
    monkeypatch.setattr(run, "_perl_missing", lambda: "perl is not installed")
    rows = run.section_throughput(_ctx(tmp_path, tmp_path / "no-host"))
    main, first, perl, floor = rows
    assert main.result == NOT_AVAILABLE and "go-sisimai not available" in main.reference
    assert main.value.endswith("msg/s"), "whybounce's own figure is still measured"
    assert first.result == NOT_AVAILABLE
    assert perl.result == NOT_AVAILABLE and perl.value == "not available: perl is not installed"
    assert floor.ratio is not None and floor.ratio > 0


@pytest.mark.skipif(not gen.BOUNCES.is_dir(), reason="../shared corpus not present")
def test_missing_host_is_said_plainly(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path, tmp_path / "no-host")
    startup = run.section_startup(ctx)
    memory = run.section_host_memory(ctx)
    host_rows = [startup[1], *memory]
    assert all(r.result == NOT_AVAILABLE and "host not available" in r.value for r in host_rows)
    assert startup[0].result in (PASS, FAIL), "the CLI line is measured without the host"


@pytest.mark.skipif(not gen.BOUNCES.is_dir(), reason="../shared corpus not present")
@pytest.mark.parametrize("kind", ["explain", "mbox", "line", "frame"])
def test_the_plain_reference_is_as_large_as_the_hostile_inputs(kind: str) -> None:
    size = 3 * 1024 * 1024
    plain = run._plain_of_size(kind, size)
    assert size * 0.98 <= len(plain) <= size * 1.01
    shapes = [s for s in run.hostile_inputs().HOSTILE.values() if s.kind == kind]
    assert shapes, f"no hostile input is fed as {kind}"
    for shape in shapes:
        assert size * 0.99 <= len(shape.sized(size)) <= size


def test_hostile_rows_check_both_bounds() -> None:
    assert run._hostile_row("x", 1.9, 399 * 1024, "ref", 1.0).result == PASS
    assert run._hostile_row("x", 2.1, 100 * 1024, "ref", 1.0).result == FAIL
    assert run._hostile_row("x", 0.1, 401 * 1024, "ref", 1.0).result == FAIL
