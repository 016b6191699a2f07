"""Golden cards: the whole card, Japanese and English, of real inputs (tests/golden/cases.yaml).

Each case is explained afresh from its input (a corpus bounce, a real-MTA fixture, a seed line, a
documented reply), so a golden changes when the reading of the bounce, the card texts or cards.py change;
each was read as the user would read it.  To rewrite the goldens on purpose:

    WHYBOUNCE_REGEN_GOLDEN=1 pytest tests/test_cards_golden.py

then read the diff of tests/golden/cards/ like any other change.  `expect` in cases.yaml holds what a
card must say whatever its wording.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
import yaml
from documented import entries as catalogue_entries
from documented import postfix_bounce
from whybounce import explain_bytes, explain_line
from whybounce.inputs import iter_messages
from whybounce.render import render_text

TESTS = Path(__file__).resolve().parent
GOLDEN = TESTS / "golden" / "cards"
CASES_FILE = TESTS / "golden" / "cases.yaml"
SHARED = TESTS.parents[1] / "shared"
REGEN = os.environ.get("WHYBOUNCE_REGEN_GOLDEN") == "1"
CASES: dict[str, dict[str, Any]] = {
    c["name"]: c for c in yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]}
LANGS = ("ja", "en")


@cache
def _seed_inputs() -> Mapping[str, str]:
    """The seed cases' inputs by id (a read-only view), parsed once for every golden case and language that names a
    seed, not once for each."""
    seeds = yaml.safe_load((SHARED / "cases" / "seed-cases.yaml").read_text(encoding="utf-8"))["cases"]
    return MappingProxyType({c["id"]: c["input"] for c in seeds})


def _explain(source: dict[str, Any], lang: str) -> dict[str, Any]:
    """The result for one case's input: a finding with its card, and the text a user reads."""
    if "line" in source or "seed" in source:
        text = source.get("line")
        if text is None:
            text = _seed_inputs()[source["seed"]]
        result = explain_line(text, lang=lang).to_dict()
        return {"finding": result, "text": render_text(result, lang)}
    if "catalogue" in source:
        entry = next(e for e in catalogue_entries() if e["id"] == source["catalogue"])
        raw = postfix_bounce(entry)
    else:
        path = (SHARED / "corpus" / "sisimai" / "bounces" / source["corpus"] if "corpus" in source
                else TESTS / "fixtures" / source["fixture"])
        raw = next(item.raw for item in iter_messages([str(path)]) if item.raw is not None)
    result = explain_bytes(raw, lang=lang).to_dict()
    finding = result["recipients"][source.get("index", 1) - 1]
    one = {**result, "source": None, "recipients": [finding]}
    return {"finding": finding, "text": render_text(one, lang)}


def _golden(name: str) -> dict[str, Any]:
    out: dict[str, Any] = {"input": CASES[name]["input"]}
    for lang in LANGS:
        got = _explain(CASES[name]["input"], lang)
        out[lang] = got["finding"].get("card")
        out[f"text_{lang}"] = got["text"].splitlines()
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_card(name: str) -> None:
    path = GOLDEN / f"{name}.json"
    got = _golden(name)
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert path.exists(), f"missing golden {path.name}: run with WHYBOUNCE_REGEN_GOLDEN=1"
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want, f"{name}: differs from {path.name} (WHYBOUNCE_REGEN_GOLDEN=1 to accept, then read the diff)"


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c.get("expect")))
def test_golden_says_what_it_must(name: str) -> None:
    expect = CASES[name]["expect"]
    for lang in LANGS:
        finding = _explain(CASES[name]["input"], lang)["finding"]
        if "reason" in expect:
            assert finding["reason"] == expect["reason"]
        if "who" in expect:
            assert finding["card"]["who"] == expect["who"]


def test_no_stale_goldens() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(CASES)


def test_goldens_cover_enough_ground() -> None:
    """At least 60 real inputs over at least 25 reasons (issue 14)."""
    reasons = {_explain(c["input"], "en")["finding"]["reason"] for c in CASES.values()}
    assert len(CASES) >= 60 and len(reasons - {None}) >= 25, (len(CASES), sorted(r for r in reasons if r))
