"""How a cost grows from n to 2n: the scaling tests of hostile input compare the two, never a wall-clock limit.

Linear work costs about twice as much for twice the input, quadratic work four times as much.  CPU time of
this process (not wall time) is measured, the minimum of a few interleaved repeats each, so a neighbour's
load moves both sides alike; the inputs are sized so that each side takes tens of milliseconds at least.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

LINEAR_GROWTH = 3.0
"""Upper bound for cost(2n) / cost(n): about 2 when linear, about 4 when quadratic."""


def cpu_seconds(fn: Callable[[T], object], arg: T) -> float:
    started = time.process_time()
    fn(arg)
    return time.process_time() - started


def growth(fn: Callable[[T], object], small: T, large: T, repeats: int = 3, rounds: int = 3) -> float:
    """cost(large) / cost(small), each the minimum of ``repeats`` runs, interleaved.

    A round whose ratio is over :data:`LINEAR_GROWTH` is measured again, up to ``rounds`` times, and the lowest
    ratio is returned: on a loaded machine a neighbour can still slow one side (shared caches, the CPU's clock),
    which once in a few full runs put linear work just over the bound, while quadratic work is about 4 in every
    round and still fails.
    """
    fn(small)  # warm up: lazy compiles and imports are not part of the cost
    ratio = float("inf")
    for _ in range(rounds):
        best_small = best_large = float("inf")
        for _ in range(repeats):
            best_small = min(best_small, cpu_seconds(fn, small))
            best_large = min(best_large, cpu_seconds(fn, large))
        ratio = min(ratio, best_large / max(best_small, 1e-4))
        if ratio < LINEAR_GROWTH:
            break
    return ratio
