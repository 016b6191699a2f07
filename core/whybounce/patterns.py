"""Regular expressions compiled on first use: ``NAME = lazy(r"...", re.IGNORECASE)`` instead of ``re.compile``.

Why: the core holds over a hundred module-level patterns, and ``re.compile`` costs 50-500 µs each in pure
Python.  Compiled at import, they made every ``whybounce line`` and the host's first answer pay for
patterns of formats that process never reads.  A lazy pattern is compiled the first time any of its
methods or attributes is used.  Then the module-level name that held it is bound to the compiled pattern
itself, so the module's code runs exactly as if it had compiled the pattern at import; a reference held
elsewhere (in a list, or imported by another module) keeps working through the stand-in, which stores
each of the compiled pattern's bound methods on itself when it is first asked for (not all twelve at
compiling: a pattern is mostly used through one) and costs some 30 ns more per call.

Compiling is itself cheap when the pattern is in the *store*, ``data/patterns.msgpack``: the program that
``re``'s (pure Python) compiler makes for each pattern of the core, written by ``build_patterns`` and
handed straight to ``re``'s C engine, which validates it.  The store is used only by the Python version
and regex engine that wrote it (``ENGINE``); elsewhere, and for any pattern it lacks, ``re.compile`` runs.
Either way the compiled pattern is the same (``tests/test_patterns.py`` compares them).

For type checkers ``lazy`` returns ``re.Pattern``, which a lazy pattern stands in for everywhere except
``isinstance`` (``compiled`` gives the real one).  ``tests/regex_probe.py`` finds lazy patterns as it
finds compiled ones, so the linear-time probe covers them.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Container, Iterable
    from typing import Any, AnyStr

# ``re``'s flags, by value, so that a module can name them without importing ``re`` (with ``enum``, ``functools``
# and its compiler behind it, about a fifth of a ``whybounce line`` start): a pattern from the store needs only
# ``_sre``; ``re`` is imported when a pattern is not in the store (``compile``).  tests/test_patterns.py holds
# each to ``re``'s.
IGNORECASE = 2
MULTILINE = 8
DOTALL = 16
_SPECIAL = {ord(c): "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}  # what re.escape escapes (3.7 on)


def escape(text: str) -> str:
    """``re.escape(text)`` without importing ``re``."""
    return text.translate(_SPECIAL)


def contains_any(text: Container[str], words: Iterable[str]) -> bool:
    """Whether one of ``words`` is in ``text`` (a string, or a mapping's keys): ``any(w in text for w in words)``
    without the generator that form makes on every call (a frame and an object, as much as a dozen short substring
    tests). Asked a few thousand times a pass over the corpus (detectors' first tests, card conditions, the DSN
    reader)."""
    for word in words:
        if word in text:
            return True
    return False


STORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "patterns.msgpack")
STORE_FORMAT = 1

# what is stored on a lazy pattern once compiled: every public method and attribute of re.Pattern
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "flags", "groups", "groupindex")

ALL: list[LazyPattern] = []
"""Every lazy pattern created so far, in order (what ``build_patterns`` stores)."""


class LazyPattern:
    """A pattern compiled on first use; see the module's docstring.

    ``caseless``: the source is written in lower case for ``smtp.search_caseless``, which needs the same
    pattern with IGNORECASE for text that is not ASCII; the store keeps that program too."""

    def __init__(self, source: str | bytes, flags: int = 0, *, caseless: bool = False) -> None:
        self.pattern = source  # what re.Pattern.pattern gives, known without compiling
        self._flags = flags
        self._caseless = caseless
        self._module: dict[str, Any] | None = sys._getframe(1).f_globals  # where to rebind its name
        self.owner: str = self._module.get("__name__", "")  # the module that made it
        ALL.append(self)

    @property
    def compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (compiled now if it was not yet)."""
        found: re.Pattern[Any] | None = self.__dict__.get("_compiled")
        if found is None:
            found = compile(self.pattern, self._flags)
            self.__dict__["_compiled"] = found
            module, self._module = self._module, None
            if module is not None:
                for name in [name for name, value in module.items() if value is self]:
                    module[name] = found
        return found

    def __getattr__(self, name: str) -> Any:
        """Called only for a name not stored yet: its first use (compiling the pattern if that is the first use of
        any) stores the compiled pattern's attribute on the stand-in, so each is asked for here once at most."""
        if name.startswith("__") or name not in _FORWARDED:
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value  # an instance attribute: found before __getattr__ is ever asked for it again
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


if TYPE_CHECKING:

    def lazy(source: AnyStr, flags: int = 0, *, caseless: bool = False) -> re.Pattern[AnyStr]:
        """A pattern compiled on first use (typed as the compiled pattern it stands in for)."""

else:
    lazy = LazyPattern


def compile(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)``, from the store's program when it has one for this engine."""
    stored = _stored(source, flags)
    if stored is not None:
        return stored
    import re

    return re.compile(source, flags)


def engine() -> list[Any]:
    """What a stored program depends on: the interpreter, its version, and the regex engine's own version."""
    import _sre

    return [sys.implementation.name, *sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE]


class _Store:
    """The store's index (``(source, flags) -> (offset, length)``) and its bytes; empty when it cannot be used."""

    def __init__(self, path: str) -> None:
        self.index: dict[tuple[str | bytes, int], tuple[int, int]] = {}
        self.blobs = memoryview(b"")
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            import msgpack

            unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)
            unpacker.feed(data)
            head = unpacker.unpack()
            if head.get("format") != STORE_FORMAT or head.get("engine") != engine():
                return  # another Python or regex engine: its programs may not run here
            self.index = {(source, flags): (offset, length) for source, flags, offset, length in head["patterns"]}
            self.blobs = memoryview(data)[unpacker.tell():]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # no store, or an unreadable one: patterns are compiled as usual

    def program(self, source: str | bytes, flags: int) -> list[Any] | None:
        where = self.index.get((source, flags))
        if where is None:
            return None
        import msgpack

        program: list[Any] = msgpack.unpackb(self.blobs[where[0] : where[0] + where[1]], raw=False,
                                             strict_map_key=False)
        return program


_store: _Store | None = None


def _stored(source: AnyStr, flags: int) -> re.Pattern[AnyStr] | None:
    """The pattern built from its stored program, or None (not stored, or refused by the engine)."""
    global _store
    if _store is None:
        _store = _Store(STORE)
    program = _store.program(source, flags)
    if program is None:
        return None
    import _sre

    final_flags, code, groups, groupindex, indexgroup = program
    try:
        pattern: re.Pattern[AnyStr] = _sre.compile(source, final_flags, code, groups, groupindex, tuple(indexgroup))
    except (TypeError, ValueError, RuntimeError):  # RuntimeError: the engine's own check refused the program
        return None
    return pattern
