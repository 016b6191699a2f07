"""``cache``, ``lru_cache`` and ``cached_property`` as ``functools`` gives them, without importing ``functools``.

Why: ``functools`` imports ``collections`` (for the ``namedtuple`` of ``cache_info()``), ``types`` and ``reprlib``,
and defines some thirty functions and classes at import: 3.3 million instructions of every ``whybounce line`` and of
the host's first answer, 10.6 million with ``collections``, for three decorators.  ``functools.lru_cache`` is a
wrapper of ``_functools._lru_cache_wrapper``, which CPython builds in; these are the same calls of it, so a cached
function is the same C object, with ``cache_clear``, ``cache_info`` (a tuple of hits, misses, maxsize, currsize with
the same names) and ``__wrapped__``.  Where ``_functools`` lacks it (not CPython), ``functools``' own are used.

``cached_property`` is ``functools.cached_property`` without its lock (Python 3.12 dropped the lock too): the value
is computed on first access and kept in the instance's ``__dict__``, where every later access finds it.  Two threads
asking at once may both compute it, which for the core's values (tables built from the knowledge) only costs time.

Type checkers see ``functools``' own, which type the same (tests/test_memo.py holds the two to each other).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from functools import cache, cached_property, lru_cache
else:
    try:
        from _functools import _lru_cache_wrapper
    except ImportError:  # an interpreter without it: functools' own (its import is the cost, not its calls)
        from functools import cache, lru_cache
    else:

        class _CacheInfo(tuple):
            """What ``cache_info()`` returns: ``functools``' named tuple ``(hits, misses, maxsize, currsize)``."""

            __slots__ = ()

            def __new__(cls, hits: int, misses: int, maxsize: int | None, currsize: int) -> _CacheInfo:
                return tuple.__new__(cls, (hits, misses, maxsize, currsize))

            hits = property(lambda self: self[0])
            misses = property(lambda self: self[1])
            maxsize = property(lambda self: self[2])
            currsize = property(lambda self: self[3])

            def __repr__(self) -> str:
                return "CacheInfo(hits={!r}, misses={!r}, maxsize={!r}, currsize={!r})".format(*self)

        _ASSIGNED = ("__module__", "__name__", "__qualname__", "__doc__")  # functools.WRAPPER_ASSIGNMENTS's own

        def _wrap(user_function, maxsize):
            """``functools.lru_cache(maxsize)(user_function)``: the C wrapper, with ``update_wrapper``'s names."""
            if maxsize is not None:
                maxsize = max(maxsize, 0)
            wrapper = _lru_cache_wrapper(user_function, maxsize, False, _CacheInfo)
            for name in _ASSIGNED:
                try:
                    setattr(wrapper, name, getattr(user_function, name))
                except AttributeError:
                    pass
            wrapper.__dict__.update(getattr(user_function, "__dict__", {}))
            wrapper.__wrapped__ = user_function
            wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": False}
            return wrapper

        def cache(user_function):
            """``functools.cache``: an unbounded cache of the function's results by its arguments."""
            return _wrap(user_function, None)

        def lru_cache(maxsize=128):
            """``functools.lru_cache(maxsize)`` (the core always names the size; ``typed`` is never used)."""
            if not isinstance(maxsize, int) and maxsize is not None:
                raise TypeError("the core calls lru_cache with its size: @lru_cache(maxsize=N)")
            return lambda user_function: _wrap(user_function, maxsize)

    class cached_property:  # a drop-in for functools.cached_property, named alike
        """``functools.cached_property`` without its lock (see the module's docstring)."""

        def __init__(self, func):
            self.func = func
            self.name = func.__name__
            self.__doc__ = func.__doc__

        def __set_name__(self, owner, name):
            self.name = name

        def __get__(self, obj, owner=None):
            if obj is None:
                return self
            value = self.func(obj)
            obj.__dict__[self.name] = value  # found there on every later access: the descriptor is not called again
            return value


__all__ = ["cache", "cached_property", "lru_cache"]
