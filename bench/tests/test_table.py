"""The table: formatting of figures, markdown escaping, and the PASS/FAIL tally."""

from __future__ import annotations

import pytest

from bench.table import (
    FAIL,
    NOT_AVAILABLE,
    PASS,
    Row,
    fmt_mb,
    fmt_ms,
    fmt_rate,
    fmt_ratio,
    markdown,
    tally,
    unavailable,
    verdict,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (fmt_ms(0.0004321), "0.432 ms"),
        (fmt_ms(0.0123), "12.3 ms"),
        (fmt_ms(1.4412), "1,441 ms"),
        (fmt_mb(19148.8), "18.7 MB"),
        (fmt_rate(2345.6), "2,346 msg/s"),
        (fmt_ratio(None), "—"),
        (fmt_ratio(0.655), "0.66x"),
        (verdict(True), PASS),
        (verdict(False), FAIL),
    ],
)
def test_formats(text: str, expected: str) -> None:
    assert text == expected


def test_markdown_escapes_pipes_and_keeps_columns() -> None:
    rows = [Row("s", "a | b", "1 ms", "2 ms", 0.5, "<= 1.00x", PASS)]
    lines = markdown(rows).splitlines()
    assert len(lines) == 3
    assert lines[2] == "| s | a \\| b | 1 ms | 2 ms | 0.50x | <= 1.00x | PASS |"
    assert all(line.replace("\\|", "").count("|") == 8 for line in lines)


def test_unavailable_says_why() -> None:
    row = unavailable("startup", "host first answer", "host not available (serve.py missing)", "<= 3.00x")
    assert row.result == NOT_AVAILABLE
    assert row.value == "not available: host not available (serve.py missing)"


@pytest.mark.parametrize(
    ("results", "targets", "expected"),
    [
        ([PASS, PASS], [">= 1", "< 2"], "targets: 2 PASS, 0 FAIL"),
        ([PASS, FAIL, "info"], ["x", "y", "—"], "targets: 1 PASS, 1 FAIL"),
        ([NOT_AVAILABLE, NOT_AVAILABLE], ["<= 3.00x", "—"], "targets: 0 PASS, 0 FAIL, 1 not measured"),
    ],
)
def test_tally(results: list[str], targets: list[str], expected: str) -> None:
    rows = [Row("s", "m", "v", target=t, result=r) for r, t in zip(results, targets, strict=True)]
    assert tally(rows) == expected
