"""Write ``data/patterns.msgpack``, the programs of the core's patterns (``python -m whybounce.build_patterns``).

Every module of ``whybounce`` and ``whybounce.formats`` is imported, which creates all their lazy patterns
(``patterns.ALL``); each is compiled by ``re``'s own compiler and its program stored, checked to give a
pattern equal to ``re.compile``'s.  Layout: one msgpack map, ``{"format", "engine", "patterns": [[source,
flags, offset, length], ...]}``, then one msgpack blob per program (``[flags, code, groups, groupindex,
indexgroup]``, the arguments of ``_sre.compile``).  Only the same Python and regex engine use it
(``patterns.engine()``).

``--check`` exits 1 when the store lacks a pattern of the code or holds one the code no longer has, and,
when this Python wrote the store, when any program differs; the test suite runs it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from typing import Any

import msgpack

from . import patterns


def sources() -> list[tuple[str | bytes, int]]:
    """(source, flags) of every lazy pattern in the core, and the IGNORECASE twins of the caseless ones, sorted
    (the store must not depend on the order this process happened to import the modules in)."""
    import whybounce
    import whybounce.formats

    for pkg in (whybounce, whybounce.formats):
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            if not info.name.startswith("whybounce.build_"):
                importlib.import_module(info.name)
    found: dict[tuple[str | bytes, int], None] = {}
    for lazy in patterns.ALL:
        if lazy.owner.split(".", 1)[0] != "whybounce":
            continue  # made by someone else in this process (a test, a tool)
        found[(lazy.pattern, lazy._flags)] = None
        if lazy._caseless:  # the flags smtp's twin asks for: the compiled pattern's (UNICODE added), IGNORECASE
            found[(lazy.pattern, re.compile(lazy.pattern, lazy._flags).flags | re.IGNORECASE)] = None
    return sorted(found, key=lambda key: (isinstance(key[0], bytes), repr(key[0]), key[1]))


def program(source: str | bytes, flags: int) -> list[Any]:
    """The arguments ``re`` gives ``_sre.compile`` for this pattern (what ``re._compiler.compile`` does)."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    args = [flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, indexgroup]
    rebuilt = _sre.compile(source, args[0], code, args[2], groupindex, tuple(indexgroup))
    if rebuilt != re.compile(source, flags):
        raise ValueError(f"the program of {source!r} does not rebuild the pattern re.compile makes")
    return args


def compile_store() -> bytes:
    index: list[list[Any]] = []
    blobs: list[bytes] = []
    offset = 0
    for source, flags in sources():
        blob: bytes = msgpack.packb(program(source, flags), use_bin_type=True)
        index.append([source, flags, offset, len(blob)])
        blobs.append(blob)
        offset += len(blob)
    head: bytes = msgpack.packb({"format": patterns.STORE_FORMAT, "engine": patterns.engine(), "patterns": index},
                                use_bin_type=True)
    return head + b"".join(blobs)


def _stored_keys(data: bytes) -> tuple[list[Any], set[tuple[Any, int]]]:
    unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)
    unpacker.feed(data)
    head = unpacker.unpack()
    return head.get("engine"), {(entry[0], entry[1]) for entry in head.get("patterns", ())}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        try:
            with open(patterns.STORE, "rb") as fh:
                shipped = fh.read()
            engine, keys = _stored_keys(shipped)
        except (OSError, ValueError, AttributeError):
            engine, keys, shipped = None, set(), b""
        if engine == patterns.engine():
            stale = shipped != compile_store()
        else:  # another Python wrote it: only the list of patterns can be compared here
            stale = keys != set(sources())
        if stale:
            print(f"{patterns.STORE} is out of date: run python -m whybounce.build_patterns", file=sys.stderr)
            return 1
        return 0
    fresh = compile_store()
    from .build_knowledge import replace_file  # in one step: a process starting meanwhile reads a whole store

    replace_file(patterns.STORE, fresh)
    print(f"wrote {patterns.STORE} ({len(fresh)} bytes, {len(sources())} patterns)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
