"""Patterns compiled on first use (``whybounce.patterns.lazy``): the same answers as ``re.compile``, compiled once,
no module of the core compiling a pattern while it is imported, and a pattern store that gives exactly the
patterns ``re.compile`` gives."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

import msgpack
import pytest
from whybounce import build_patterns, patterns
from whybounce.patterns import LazyPattern, lazy

TEXT = "550-5.1.1 <Taro@Example.JP>: user unknown\n550 5.1.1 mailbox unavailable"
SOURCES: list[tuple[str, int]] = [
    (r"([245])\d\d[ -](\d\.\d\.\d)", 0),
    (r"(?P<user>[a-z]+)@(?P<host>[a-z.]+)", re.IGNORECASE),
    (r"^550 (.*)$", re.MULTILINE),
    (r"nothing like this", 0),
]


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_same_answers_as_a_compiled_pattern(source: str, flags: int) -> None:
    compiled = re.compile(source, flags)
    held = [lazy(source, flags)]  # a reference outside a module's globals keeps the stand-in
    p = held[0]
    assert p.pattern == compiled.pattern
    for method in ("search", "match", "fullmatch"):
        m, n = getattr(p, method)(TEXT), getattr(compiled, method)(TEXT)
        assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups())), method
    assert p.findall(TEXT) == compiled.findall(TEXT)
    assert [x.span() for x in p.finditer(TEXT)] == [x.span() for x in compiled.finditer(TEXT)]
    assert p.sub("#", TEXT) == compiled.sub("#", TEXT)
    assert p.subn("#", TEXT) == compiled.subn("#", TEXT)
    assert p.split(TEXT) == compiled.split(TEXT)
    assert (p.flags, p.groups, p.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)


def test_bytes_patterns() -> None:
    p = lazy(rb"^--([!-~]{6,200}?)(?:--)?[ \t]*$", re.MULTILINE)
    assert [m.group(1) for m in p.finditer(b"x\n--boundary1\ny\n--boundary1--\n")] == [b"boundary1", b"boundary1"]


def test_compiled_at_first_use_and_then_the_module_name_is_the_compiled_pattern() -> None:
    module = types.ModuleType("lazy_probe")
    exec(  # a module as the core writes them
        "from whybounce.patterns import lazy\n"
        "WORD = lazy(r'\\bfull\\b')\n"
        "ALIAS = [WORD]\n"
        "def find(text):\n"
        "    return WORD.search(text)\n",
        module.__dict__,
    )
    stand_in = module.WORD
    assert isinstance(stand_in, LazyPattern) and "_compiled" not in vars(stand_in)
    assert module.find("mailbox full").span() == (8, 12)
    assert isinstance(module.WORD, re.Pattern)  # the module's own code now runs on the real pattern
    assert module.ALIAS[0] is stand_in and stand_in.compiled is module.WORD  # compiled once, shared
    assert stand_in.search("full").span() == (0, 4)
    assert "search" in vars(stand_in)  # later calls skip __getattr__
    assert "split" not in vars(stand_in)  # each stored when first asked for, not all twelve at compiling
    assert stand_in.split("a full b") == ["a ", " b"] and "split" in vars(stand_in)


def test_unknown_attributes_are_errors_without_compiling() -> None:
    p = lazy("a+")
    with pytest.raises(AttributeError):
        p.no_such_method  # noqa: B018
    assert "_compiled" not in vars(p)


def test_no_core_module_compiles_a_pattern_at_import() -> None:
    """Every module of whybounce and whybounce.formats imported in a fresh interpreter, ``re.compile`` counted.
    ``inputs`` (files, mboxes, maildirs) is imported only by ``whybounce explain``, which uses its pattern
    at once, so it may compile its own."""
    probe = (
        "import importlib, pkgutil, re, sys\n"
        "seen = []\n"
        "real = re._compile\n"
        "def counting(pattern, flags):\n"
        "    caller = sys._getframe(2).f_globals.get('__name__', '')\n"
        "    if caller.startswith('whybounce') and caller != 'whybounce.inputs':\n"
        "        seen.append((caller, pattern))\n"
        "    return real(pattern, flags)\n"
        "re._compile = counting\n"
        "import whybounce, whybounce.formats\n"
        "for pkg in (whybounce, whybounce.formats):\n"
        "    for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(repr(seen))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_shipped_pattern_store_is_up_to_date() -> None:
    """``make knowledge`` writes the store; a pattern added, changed or removed without it fails here."""
    assert build_patterns.main(["--check"]) == 0


def test_stored_programs_build_the_patterns_re_compile_builds() -> None:
    """Every program in the store, handed to the engine, gives the pattern ``re.compile`` gives (same code)."""
    store = patterns._Store(patterns.STORE)
    if not store.index:
        pytest.skip(f"the store was written by another Python or regex engine than {patterns.engine()}")
    assert set(store.index) == set(build_patterns.sources())
    for source, flags in store.index:
        stored = patterns._stored(source, flags)
        assert stored is not None and stored == re.compile(source, flags), source
        assert (stored.flags, stored.groups, stored.groupindex) == (re.compile(source, flags).flags,
                                                                    re.compile(source, flags).groups,
                                                                    re.compile(source, flags).groupindex)


def test_a_store_of_another_engine_is_not_used(tmp_path: Path) -> None:
    foreign = tmp_path / "patterns.msgpack"
    data = Path(patterns.STORE).read_bytes()
    unpacker = msgpack.Unpacker(raw=False, strict_map_key=False)
    unpacker.feed(data)
    head = unpacker.unpack()
    head["engine"] = ["cpython", 3, 99, 0, 4]
    foreign.write_bytes(msgpack.packb(head, use_bin_type=True) + data[unpacker.tell():])
    assert patterns._Store(str(foreign)).index == {}
    (tmp_path / "broken.msgpack").write_bytes(b"\xc1 not msgpack")
    assert patterns._Store(str(tmp_path / "broken.msgpack")).index == {}
    assert patterns._Store(str(tmp_path / "missing.msgpack")).index == {}


def test_a_program_the_engine_refuses_falls_back_to_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    store = patterns._Store(patterns.STORE)
    if not store.index:
        pytest.skip("no usable store here")
    source, flags = next(iter(store.index))
    monkeypatch.setattr(store, "program", lambda s, f: [flags, [0, 0, 0], 0, {}, []])  # not a valid program
    monkeypatch.setattr(patterns, "_store", store)
    assert patterns._stored(source, flags) is None
    assert patterns.compile(source, flags) == re.compile(source, flags)


# That a rebuild replaces the store in one step is tested with the compiled knowledge's, in test_knowledge_texts.py


def test_check_notices_a_pattern_missing_from_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    real = build_patterns.sources()
    monkeypatch.setattr(build_patterns, "sources", lambda: [*real, ("a new pattern", 0)])
    assert build_patterns.main(["--check"]) == 1


def test_caseless_twins_come_from_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """``smtp.search_caseless`` on text that is not ASCII needs the IGNORECASE twin: stored, not compiled."""
    from whybounce import smtp

    if not patterns._Store(patterns.STORE).index:
        pytest.skip("no usable store here")
    smtp._with_ignorecase.cache_clear()

    def no_compiling(*args: object) -> None:
        raise AssertionError(f"compiled at run time: {args!r}")

    monkeypatch.setattr(re, "compile", no_compiling)  # what patterns.compile falls back to
    try:
        assert smtp.command_in("Fehler: IN REPLY TO RCPT TO command (Empfänger)") == "RCPT"
        assert smtp.reply_code_in("SMTP-Fehler — Server SAID: 550 Postfach unbekannt") == "550"
        assert smtp.remote_host_in("Zustellung: HOST mx.example.de [192.0.2.1] SAID: nein") == "mx.example.de"
    finally:
        smtp._with_ignorecase.cache_clear()


def test_the_flags_named_without_re_are_re_s() -> None:
    """The core names ``re``'s flags through ``patterns`` so that a process whose patterns all come from the store
    never imports ``re`` (``tests/test_startup_imports.py``); they must be ``re``'s values."""
    assert (patterns.IGNORECASE, patterns.MULTILINE, patterns.DOTALL) == (re.IGNORECASE, re.MULTILINE, re.DOTALL)


def test_a_stored_pattern_is_built_without_importing_re() -> None:
    """A pattern the store holds is built by ``_sre`` alone; ``re`` is imported only for one it lacks."""
    store = patterns._Store(patterns.STORE)
    if not store.index:
        pytest.skip(f"the store was written by another Python or regex engine than {patterns.engine()}")
    source, flags = next(iter(store.index))
    code = ("import sys; from whybounce import patterns as p\n"
            f"assert p.compile({source!r}, {flags}).search is not None\n"
            "assert 're' not in sys.modules, 'a stored pattern imported re'\n"
            "p.compile('not in the store at all', 0)\n"
            "assert 're' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("text", ["", "plain", "a.b*c+d?e(f)[g]{h}|i^j$k\\\\l", "-&~# \t\n\r\v\f", "日本語 (x)",
                                  "\x00\x7f", "".join(map(chr, range(128)))])
def test_escape_is_re_escape(text: str) -> None:
    assert patterns.escape(text) == re.escape(text)
