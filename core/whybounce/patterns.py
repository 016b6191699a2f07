"""Regular expressions compiled on first use: ``NAME = lazy(r"...", re.IGNORECASE)`` instead of ``re.compile``.

Why: the core holds over a hundred module-level patterns, and ``re.compile`` costs 50-500 µs each in pure
Python.  Compiled at import, they made every ``whybounce line`` and the host's first answer pay for
patterns of formats that process never reads.  A lazy pattern is compiled the first time any of its
methods or attributes is used.  Then the module-level name that held it is bound to the compiled pattern
itself, so the module's code runs exactly as if it had compiled the pattern at import; a reference held
elsewhere (in a list, or imported by another module) keeps working through the stand-in, which stores
the compiled pattern's bound methods on itself and costs some 30 ns more per call.

For type checkers ``lazy`` returns ``re.Pattern``, which a lazy pattern stands in for everywhere except
``isinstance`` (``compiled`` gives the real one).  ``tests/regex_probe.py`` finds lazy patterns as it
finds compiled ones, so the linear-time probe covers them.
"""

from __future__ import annotations

import re
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, AnyStr

# what is stored on a lazy pattern once compiled: every public method and attribute of re.Pattern
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "flags", "groups", "groupindex")


class LazyPattern:
    """A pattern compiled on first use; see the module's docstring."""

    def __init__(self, source: str | bytes, flags: int = 0) -> None:
        self.pattern = source  # what re.Pattern.pattern gives, known without compiling
        self._flags = flags
        self._module: dict[str, Any] | None = sys._getframe(1).f_globals  # where to rebind its name

    @property
    def compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (compiled now if it was not yet)."""
        found: re.Pattern[Any] | None = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self._flags)
            attrs = self.__dict__
            for name in _FORWARDED:  # instance attributes: found before __getattr__ is ever asked again
                attrs[name] = getattr(found, name)
            attrs["_compiled"] = found
            module, self._module = self._module, None
            if module is not None:
                for name in [name for name, value in module.items() if value is self]:
                    module[name] = found
        return found

    def __getattr__(self, name: str) -> Any:
        """Called only for names not stored yet, so only until the first use compiles the pattern."""
        if name.startswith("__") or name not in _FORWARDED:
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


if TYPE_CHECKING:

    def lazy(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
        """A pattern compiled on first use (typed as the compiled pattern it stands in for)."""

else:
    lazy = LazyPattern
