"""The bench's result table: one row per figure, its same-run reference, the ratio, the target, PASS/FAIL.

Rows without a target say ``info``; rows whose measurement could not be made say ``n/a`` and why,
so a missing reference or host never hides behind a blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

PASS = "PASS"
FAIL = "FAIL"
INFO = "info"
NOT_AVAILABLE = "n/a"

HEADINGS = ("section", "measurement", "whybounce", "reference (same run)", "ratio", "target", "result")


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    section: str
    measurement: str
    value: str
    reference: str = "—"
    ratio: float | None = None
    target: str = "—"
    result: str = INFO

    def cells(self) -> tuple[str, ...]:
        return (self.section, self.measurement, self.value, self.reference, fmt_ratio(self.ratio),
                self.target, self.result)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def verdict(ok: bool) -> str:
    """PASS or FAIL for a target line."""
    return PASS if ok else FAIL


def unavailable(section: str, measurement: str, why: str, target: str = "—") -> Row:
    """A row for a measurement that could not be made, saying why in plain words."""
    return Row(section, measurement, f"not available: {why}", target=target, result=NOT_AVAILABLE)


def fmt_ratio(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}x"


def fmt_rate(per_s: float) -> str:
    return f"{per_s:,.0f} msg/s"


def fmt_ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.3f} ms" if ms < 1 else f"{ms:,.1f} ms" if ms < 100 else f"{ms:,.0f} ms"


def fmt_mb(kb: float) -> str:
    return f"{kb / 1024:.1f} MB"


def markdown(rows: Sequence[Row]) -> str:
    """The table as GitHub markdown, with ``|`` in cells escaped."""
    lines = ["| " + " | ".join(HEADINGS) + " |", "|" + "|".join("---" for _ in HEADINGS) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in row.cells()) + " |")
    return "\n".join(lines)


def tally(rows: Sequence[Row]) -> str:
    """One line: how many target lines pass, fail, or could not be measured."""
    passed = sum(r.result == PASS for r in rows)
    failed = sum(r.result == FAIL for r in rows)
    missing = sum(r.result == NOT_AVAILABLE and r.target != "—" for r in rows)
    text = f"targets: {passed} PASS, {failed} FAIL"
    if missing:
        text += f", {missing} not measured"
    return text
