"""What a ``whybounce line`` process and the native host import on start-up: a structural check, not a timing.

Each case runs the real program as a user or Thunderbird does (the installed console script, or the module
when there is none) under ``python -X importtime``, and reads the list of modules it imported from stderr.
The start-up cost of these two is paid by every ``whybounce line`` in a script and by the first click in
Thunderbird (``make bench``, ``docs/performance.md``), so:

* nothing heavy from the standard library only for type hints or conveniences: ``typing`` (annotations
  sit under ``TYPE_CHECKING = False``), ``dataclasses`` (and ``inspect``, ``ast``, ``dis``, ``tokenize``
  behind it; the core's value classes are ``record.Record``), ``pathlib`` (``os.path``), ``shutil`` (for a
  terminal's size, ``os.get_terminal_size``), ``argparse`` for ``line`` (its plain forms are read without
  it), ``traceback``, ``email``, ``yaml`` (the knowledge is compiled);
* ``line`` on an SMTP reply or a POP3 answer loads neither the MIME layer nor the detectors;
* the host answering ``explain`` loads no CLI, renderer or installer code.

``base64`` and ``quopri`` are wrappers of ``binascii``, which the core calls directly.  ``line`` with text
output imports no ``re`` (nor ``enum`` behind it): its patterns come from the pattern store, built by ``_sre``
alone, and the core names ``re``'s flags through ``patterns``.  Nor does the host answering ``explain`` on a bounce
whose patterns are all in the store: it reads and writes its frames' JSON through ``_json`` (``jsontext``), as
``json`` would, without importing ``json`` (which imports ``re`` and compiles patterns).  ``datetime`` cannot be
avoided: ``msgpack`` imports it.
"""

from __future__ import annotations

import base64
import json
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
SAMPLE = Path(__file__).resolve().parent.parent / "core" / "whybounce" / "samples" / "postfix-user-unknown.eml"

HEAVY = frozenset({
    "typing", "dataclasses", "inspect", "ast", "dis", "tokenize", "pathlib", "shutil", "traceback",
    "email", "email.parser", "yaml", "argparse", "gettext", "locale", "textwrap", "urllib", "urllib.parse",
    "ipaddress", "ntpath", "fnmatch", "csv", "bz2", "lzma", "zipfile", "tempfile", "subprocess", "threading",
    "base64", "quopri",  # binascii, a built-in C module, decodes both
})
"""Standard-library (and yaml) modules neither start-up path may import."""

MIME_AND_DETECTORS = frozenset({"whybounce.mail", "whybounce.mime", "whybounce.read", "whybounce.dsn",
                                "whybounce.formats", "whybounce.inputs"})
NOT_FOR_A_TEXT_LINE = frozenset({"re", "enum", "sre_compile", "sre_parse", "functools"})
"""What ``whybounce line`` with text output and the host's first answer must not import (json, which ``line --json``
imports, imports ``re``, and ``re`` imports ``functools``; the core's caches are ``memo``'s, which call
``_functools`` as ``functools`` does)."""
NOT_FOR_THE_HOST = frozenset({"whybounce.cli", "whybounce.render", "whybounce.line", "whybounce.inputs",
                              "whybounce.build_knowledge", "whybounce.build_patterns", "whybounce_host.cli",
                              "whybounce_host.doctor", "whybounce_host.registration", "whybounce_host.layout",
                              "msgpack.fallback"})


def imported(stderr: str) -> set[str]:
    """The module names in ``-X importtime`` lines (``import time: self | cumulative | name``)."""
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                names.add(name)
    return names


def _command(script: str, module_main: str) -> list[str]:
    """The console script under ``-X importtime``, or (not installed as scripts) the same entry point."""
    path = BIN / script
    if path.is_file():
        return [sys.executable, "-X", "importtime", str(path)]
    return [sys.executable, "-X", "importtime", "-c", f"import sys; from {module_main} import main; sys.exit(main())"]


def _failed(returncode: int, stderr: str) -> str:
    """A failed run's exit status and its stderr without the ``-X importtime`` lines (kept for the failure message:
    session 38's fresh-Debian run lost the one line that said why a host start exited 1)."""
    said = "\n".join(line for line in stderr.splitlines() if not line.startswith("import time:"))
    return f"exit {returncode}; stderr without its import-time lines:\n{said}"


def _line(*args: str) -> set[str]:
    return imported(_line_stderr(*args))


def _line_stderr(*args: str) -> str:
    done = subprocess.run([*_command("whybounce", "whybounce.cli"), "line", *args], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, _failed(done.returncode, done.stderr)
    assert done.stdout.strip()
    return done.stderr


def _host_explain() -> set[str]:
    return imported(_host_stderr())


def _host_stderr() -> str:
    body = json.dumps({"id": 1, "op": "explain", "raw": base64.b64encode(SAMPLE.read_bytes()).decode("ascii"),
                       "lang": "ja"}).encode("utf-8")
    argv = [*_command("whybounce-host", "whybounce_host.__main__"), "/nonexistent/whybounce.json",
            "whybounce@whybounce.org"]
    done = subprocess.run(argv, input=struct.pack("=I", len(body)) + body, capture_output=True, timeout=60)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0 and len(done.stdout) >= 4, _failed(done.returncode, stderr)
    (length,) = struct.unpack("=I", done.stdout[:4])
    answer = json.loads(done.stdout[4 : 4 + length])
    assert answer["ok"] is True and answer["result"]["recipients"], answer
    return stderr


def importers(stderr: str, name: str) -> list[str]:
    """The module whose import first imported ``name`` (the caller, or "" at the top level), from the nesting of
    ``-X importtime`` lines: a module's line comes after those of what it imported, one level deeper."""
    rows = [line.rsplit("|", 1)[1] for line in stderr.splitlines()
            if line.startswith("import time:") and line.count("|") == 2]
    found = []
    for i, row in enumerate(rows):
        if row.strip() == name:
            depth = len(row) - len(row.lstrip())
            parent = next((r.strip() for r in rows[i + 1:] if len(r) - len(r.lstrip()) < depth), "")
            found.append(parent)
    return found


def _within(modules: set[str], names: frozenset[str]) -> list[str]:
    """The modules that are one of ``names`` or inside one of them (a package's submodules)."""
    return sorted(m for m in modules if m in names or any(m.startswith(n + ".") for n in names))


@pytest.mark.parametrize("args", [
    ("550 5.1.1 user unknown",),
    ("--json", "--lang", "ja", "550 5.7.1 Service unavailable; client host blocked using Spamhaus"),
    ("-ERR authentication failed",),
], ids=["smtp-text", "smtp-json-ja", "pop3"])
def test_line_imports_nothing_heavy_and_no_mime_layer(args: tuple[str, ...]) -> None:
    modules = _line(*args)
    assert "whybounce.line" in modules and "whybounce.cards" in modules  # the parser read real output
    assert _within(modules, HEAVY) == [], "whybounce line imported heavy modules"
    assert _within(modules, MIME_AND_DETECTORS) == [], "whybounce line loaded the MIME layer or detectors"
    if "--json" not in args:
        assert "json" not in modules, "the text output needs no json"
        assert _within(modules, NOT_FOR_A_TEXT_LINE) == [], "whybounce line imported re (a pattern not in the store?)"


def test_host_first_answer_imports_nothing_heavy() -> None:
    modules = _host_explain()
    assert {"whybounce.engine", "whybounce.mail", "whybounce.formats.postfix"} <= modules
    assert _within(modules, HEAVY) == [], "the host imported heavy modules"
    assert _within(modules, NOT_FOR_THE_HOST) == [], "the host imported code it does not serve with"
    assert _within(modules, NOT_FOR_A_TEXT_LINE | {"json"}) == [], "the host imported json or re"


@pytest.mark.parametrize("run", [lambda: _line_stderr("550 5.1.1 user unknown"), _host_stderr], ids=["line", "host"])
def test_collections_comes_only_with_msgpack(run: Callable[[], str]) -> None:
    """``collections`` (7 million instructions of a start) is imported by nothing of ours: only msgpack's ``ext``
    (its two namedtuples) still brings it.  The core's caches are ``memo``'s, ``collections.abc`` is for annotations,
    ``Counter`` is imported where slices are chosen."""
    assert set(importers(run(), "collections")) <= {"msgpack.ext"}


def test_the_importer_is_read_from_the_nesting() -> None:
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import json"], capture_output=True, text=True,
                          check=True)
    assert importers(done.stderr, "json.decoder") == ["json"]
    assert importers(done.stderr, "json") == [""]


def test_the_check_sees_a_heavy_import() -> None:
    """The parser must be able to fail: a process that imports dataclasses is seen doing so."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import dataclasses"], capture_output=True,
                          text=True, check=True)
    modules = imported(done.stderr)
    assert {"dataclasses", "inspect"} <= modules
    assert _within(modules, HEAVY)


def test_the_host_pauses_collection_only_until_its_first_answer() -> None:
    """``serve`` freezes what start-up made once per process, and collection runs again after each call."""
    probe = (
        "import gc, io, json, struct\n"
        "from whybounce_host import serve as s\n"
        "body = json.dumps({'id': 1, 'op': 'ping'}).encode()\n"
        "counts = []\n"
        "for _ in range(3):\n"
        "    made = [[i] for i in range(5000)]  # objects created between the calls\n"
        "    assert s.serve(io.BytesIO(struct.pack('=I', len(body)) + body), io.BytesIO()) == 0\n"
        "    assert gc.isenabled()\n"
        "    counts.append(gc.get_freeze_count())\n"
        "print(counts)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    first, *later = json.loads(done.stdout)
    assert first > 5000 and all(n <= first for n in later), (first, later)  # frozen once, never again


def test_detectors_after_the_one_that_reads_the_bounce_are_not_imported() -> None:
    """The registry imports a detector when detection first reaches it: a Postfix bounce loads none after Postfix."""
    code = ("import sys, whybounce; r = whybounce.explain_bytes(open(sys.argv[1], 'rb').read()); "
            "print(r.format); print(' '.join(sorted(m for m in sys.modules if m.startswith('whybounce.formats.'))))")
    out = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True, check=True)
    fmt, loaded = out.stdout.splitlines()
    assert fmt == "postfix"
    assert "whybounce.formats.postfix" in loaded.split()
    for later in ("exim", "sendmail", "rfc3464", "generic"):
        assert f"whybounce.formats.{later}" not in loaded.split(), later
