"""bench/stages.py: the programs it counts are valid Python for every stage and step, and on one bounce every step and
every stage's loop runs (the recording pass must have seen the engine's resolve and build_card calls)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import gen, stages

FOLDER = "/nonexistent-corpus"  # an empty glob: the programs run without the corpus


@pytest.mark.parametrize("stage", ("none", *stages.STAGES))
def test_stage_programs_compile(stage: str) -> None:
    compile(stages.STAGE_PROGRAM.format(folder=FOLDER, stage=stage), "<stage>", "exec")


@pytest.mark.parametrize("step", range(len(stages.STEPS)))
def test_step_programs_compile(step: int) -> None:
    compile(stages.STEP_PROGRAM.format(folder=FOLDER, noted="/nonexistent.json", step=step), "<step>", "exec")


def test_the_note_and_the_steps_run(tmp_path: Path) -> None:
    """On a folder of one bounce: the note lists what a pass imported, decoded and compiled, and every step (which
    imports, decodes and compiles it again) runs to its end, and so does every stage's loop."""
    root = Path(__file__).resolve().parents[2]
    sample = gen.BOUNCES / "lhost-postfix-01.eml"
    if not sample.is_file():
        pytest.skip("the shared corpus is not there")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.eml").write_bytes(sample.read_bytes())
    noted = tmp_path / "noted.json"
    env = {"PYTHONPATH": str(root / "core"), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", stages.NOTE_PROGRAM.format(folder=str(folder), out=str(noted))],
                   env=env, check=True)
    assert "whybounce.engine" in noted.read_text()
    for step in range(len(stages.STEPS)):
        subprocess.run([sys.executable, "-c", stages.STEP_PROGRAM.format(folder=str(folder), noted=str(noted),
                                                                           step=step)], env=env, check=True)
    # every stage's loop runs, over the inputs the recording pass noted (the program stops with an error when the
    # engine's calls of resolve and build_card were not seen: the stage would then count nothing)
    for stage in ("none", *stages.STAGES):
        subprocess.run([sys.executable, "-c", stages.STAGE_PROGRAM.format(folder=str(folder), stage=stage)],
                       env=env, check=True)
