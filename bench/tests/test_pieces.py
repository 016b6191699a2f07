"""bench/pieces.py: a target is module:name; on one bounce the program records the calls of the function it counts
and replays them (it stops with a message when a pass never called the function where it was patched)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import gen, pieces

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("target", ("whybounce.engine", "whybounce.engine:", ":resolve", "whybounce.engine:re solve"))
def test_a_target_is_module_and_name(target: str) -> None:
    with pytest.raises(ValueError):
        pieces.piece_program("/nonexistent-corpus", target)


def _run(folder: Path, target: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(ROOT / "core"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", pieces.piece_program(str(folder), target)], env=env,
                          capture_output=True, text=True)


@pytest.fixture()
def one_bounce(tmp_path: Path) -> Path:
    sample = gen.BOUNCES / "lhost-postfix-01.eml"
    if not sample.is_file():
        pytest.skip("the shared corpus is not there")
    (tmp_path / "one.eml").write_bytes(sample.read_bytes())
    return tmp_path


@pytest.mark.parametrize(("target", "calls"), (("whybounce.engine:resolve", 1), ("whybounce.engine:detect", 1),
                                               ("whybounce.resolve:for_matching", 1)))
def test_the_calls_of_a_pass_are_replayed(one_bounce: Path, target: str, calls: int) -> None:
    done = _run(one_bounce, target)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["calls", str(calls)]


def test_a_function_its_callers_do_not_look_up_there_is_said(one_bounce: Path) -> None:
    """resolve imports for_matching by name: patched in smtp, a pass never calls it there."""
    done = _run(one_bounce, "whybounce.smtp:for_matching")
    assert done.returncode != 0
    assert "never called whybounce.smtp:for_matching" in done.stderr
