"""Every error text of the seed documents (../shared/cases/seed-cases.yaml) through `whybounce line --json`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from contract_shape import check_line

CASES_FILE = Path(__file__).resolve().parents[1].parent / "shared" / "cases" / "seed-cases.yaml"
CASES = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"] if CASES_FILE.exists() else []
KEYS = {"code": "reply_code", "status": "status", "temporary": "temporary", "command": "command",
        "recipient": "address"}


def run_line(text: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "whybounce.cli", "line", "--json", "-"], input=text.encode(),
                         capture_output=True, check=True)
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 1, "exactly one JSON object on stdout"
    return json.loads(lines[0])


def test_all_96_cases_are_there() -> None:
    assert len(CASES) == 96


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_seed_case(case: dict[str, Any]) -> None:
    got = run_line(case["input"])
    check_line(got)
    exp = case["expect"]
    for key, field in KEYS.items():
        if key in exp:
            assert got[field] == exp[key], f"{field}: {got[field]!r} != {exp[key]!r}"
    if "reason" in exp:
        assert got["reason"] in exp["reason"]
    if "who" in exp:  # who must act, where the seed documents say (the docomo domain filter: the recipient)
        assert got["card"]["who"] == exp["who"]
    if "topic" in exp:
        assert got["protocol"] == "pop3" and got["topic"] in exp["topic"]
