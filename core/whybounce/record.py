"""``Record``: the base of the core's plain value classes (``==`` and ``repr`` over their ``__slots__``).

Why not ``@dataclass``: importing ``dataclasses`` brings in ``inspect``, ``ast``, ``dis`` and ``tokenize``,
and every decorated class runs generated code, which together cost more than the rest of a
``whybounce line`` start.  A record class lists its fields in ``__slots__`` and takes each as a parameter
of the same name in a plain ``__init__`` (``tests/test_records.py`` holds the two together), so adding a
field is: one name in ``__slots__``, one parameter, one assignment.  ``==`` and ``repr`` follow the
parameters' order, as a dataclass follows its fields'.
"""

from __future__ import annotations

_FIELDS: dict[type, tuple[str, ...]] = {}


class Record:
    """Fields are the ``__init__`` parameters; equal when the class and every field are equal, as a dataclass.

    ``_no_compare``: slots left out of ``==`` and ``repr`` (caches that are not parameters)."""

    __slots__ = ()
    _no_compare: tuple[str, ...] = ()

    def _fields(self) -> tuple[str, ...]:
        cls = type(self)
        names = _FIELDS.get(cls)
        if names is None:
            code = cls.__init__.__code__
            names = _FIELDS[cls] = code.co_varnames[1 : code.co_argcount]
        return names

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields())

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq: not hashable

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__name__}({shown})"
