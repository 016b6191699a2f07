"""``whybounce.memo``: ``cache``, ``lru_cache`` and ``cached_property`` behave as ``functools``' own, without
``functools`` imported (tests/test_startup_imports.py holds the start-up paths to that)."""

from __future__ import annotations

import functools
import subprocess
import sys

import pytest
from whybounce import memo


@pytest.mark.parametrize("maxsize", [None, 0, 2, 1024])
def test_the_caches_are_functools_own(maxsize: int | None) -> None:
    ours_calls: list[int] = []
    theirs_calls: list[int] = []

    def ours_fn(n: int) -> int:
        """Squares."""
        ours_calls.append(n)
        return n * n

    def theirs_fn(n: int) -> int:
        """Squares."""
        theirs_calls.append(n)
        return n * n

    if maxsize is None:
        ours, theirs = memo.cache(ours_fn), functools.cache(theirs_fn)
    else:
        ours, theirs = memo.lru_cache(maxsize=maxsize)(ours_fn), functools.lru_cache(maxsize=maxsize)(theirs_fn)
    assert type(ours) is type(theirs)  # the same C wrapper
    for n in (1, 2, 1, 3, 1, 2, 4, 4, 1):
        assert ours(n) == theirs(n) == n * n
    assert ours_calls == theirs_calls
    assert tuple(ours.cache_info()) == tuple(theirs.cache_info())
    info = ours.cache_info()
    assert (info.hits, info.misses, info.maxsize, info.currsize) == tuple(theirs.cache_info())
    assert repr(info) == repr(theirs.cache_info())
    assert ours.cache_parameters() == theirs.cache_parameters()
    assert (ours.__name__, ours.__doc__, ours.__wrapped__) == ("ours_fn", "Squares.", ours_fn)
    assert ours.__qualname__.endswith("ours_fn") and ours.__module__ == __name__
    ours.cache_clear()
    theirs.cache_clear()
    assert tuple(ours.cache_info()) == tuple(theirs.cache_info())


def test_lru_cache_is_called_with_its_size() -> None:
    with pytest.raises(TypeError):
        memo.lru_cache(len)  # type: ignore[arg-type]


def test_cached_property_computes_once_and_keeps_the_value() -> None:
    class Thing:
        computed = 0

        @memo.cached_property
        def value(self) -> list[int]:
            """A fresh list."""
            Thing.computed += 1
            return [Thing.computed]

    thing = Thing()
    assert thing.value is thing.value and thing.value == [1] and Thing.computed == 1
    assert Thing().value == [2]
    assert isinstance(Thing.__dict__["value"], memo.cached_property)
    assert Thing.value.__doc__ == "A fresh list."  # type: ignore[attr-defined]


def test_importing_it_imports_no_functools() -> None:
    code = "import sys, whybounce.memo; print('functools' in sys.modules, 'collections' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
