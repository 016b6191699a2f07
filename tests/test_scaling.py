"""The scaling measure itself (tests/scaling.py): it must pass linear work and fail quadratic work, even with
its re-measured rounds, or the hostile-input tests built on it could not fail."""

from __future__ import annotations

from scaling import LINEAR_GROWTH, growth


def _linear(n: int) -> int:
    return sum(range(n))


def _quadratic(n: int) -> int:
    # n / 50 passes over n numbers: n * n / 50 steps
    return sum(sum(range(n)) for _ in range(n // 50))


def test_linear_work_is_within_the_bound() -> None:
    assert growth(_linear, 400_000, 800_000) < LINEAR_GROWTH


def test_quadratic_work_is_over_the_bound_in_every_round() -> None:
    # sides of about 85 and 280 ms: at 8,000 (about 27 ms) a fresh-Debian run beside `make eval` measured 2.94 once
    assert growth(_quadratic, 16_000, 32_000) > LINEAR_GROWTH
