"""100 corpus bounces explained in ONE host session give exactly what the CLI gives (apart from
``source``, which the host leaves null), in English and in Japanese."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from host_util import BOUNCES, host_session

REQUESTS = 100
CLI = "import sys; from whybounce.cli import main; sys.exit(main())"


def corpus_sample() -> list[Path]:
    """100 single-message bounces spread over the whole corpus (mbox files are not host input)."""
    files = [p for p in sorted(BOUNCES.glob("*.eml")) if not p.read_bytes().startswith(b"From ")]
    step = len(files) / REQUESTS
    return [files[int(i * step)] for i in range(REQUESTS)]


def cli_results(paths: list[Path], lang: str) -> list[dict[str, Any]]:
    """``whybounce explain --json`` over ``paths``: one JSON line per message, in input order."""
    done = subprocess.run(
        [sys.executable, "-c", CLI, "explain", "--json", "--lang", lang, *map(str, paths)],
        capture_output=True, text=True, check=True, timeout=600,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == len(paths)
    return lines


def without_source(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k != "source"}


def test_hundred_explains_in_one_session_equal_the_cli() -> None:
    sample = corpus_sample()
    assert len(sample) == REQUESTS and len(set(sample)) == REQUESTS
    langs = ["en" if i % 2 == 0 else "ja" for i in range(REQUESTS)]
    expected: dict[int, dict[str, Any]] = {}
    for lang in ("en", "ja"):
        indexes = [i for i in range(REQUESTS) if langs[i] == lang]
        for i, result in zip(indexes, cli_results([sample[i] for i in indexes], lang), strict=True):
            expected[i] = result
    with host_session() as host:
        for i, path in enumerate(sample):  # pipelined: everything is sent before reading answers
            raw = base64.b64encode(path.read_bytes()).decode("ascii")
            host.send({"id": i, "op": "explain", "raw": raw, "lang": langs[i]})
        for i, path in enumerate(sample):
            answer = host.recv(timeout=120)
            assert answer["id"] == i and answer["ok"] is True, (path.name, answer.get("error"))
            assert answer["result"]["source"] is None
            assert without_source(answer["result"]) == without_source(expected[i]), path.name
        assert host.finish() == 0
        assert host.no_more_output()
    # Both languages were really exercised (the CLI's Japanese cards say "ja").
    cards = [(langs[i], r["card"]["lang"]) for i, e in expected.items() for r in e["recipients"]]
    assert ("ja", "ja") in cards and ("en", "en") in cards
