"""Instructions (valgrind's callgrind) of one function of the core over the arguments a steady pass gives it.

A fresh interpreter makes one pass of ``explain_bytes(raw).to_dict()`` over the 406 files of
``../shared/corpus/sisimai/bounces/*.eml``; a second pass records every call of the named function (``module:name``,
patched where its callers look it up: ``whybounce.engine:resolve`` is the resolver as the engine calls it); then
the function runs once more over the recorded arguments inside ``itertools.starmap``, and callgrind counts only
what runs inside ``starmap_next`` (``--toggle-collect``): the function's inclusive cost, its callees included,
without the rest of the pass.  Inclusive counts need no Python-level profiler, which Python 3.11 cannot give
callgrind (no perf trampolines).  A function that changes its arguments (the resolver's steps, which add to a
``_Reading``) is replayed on the changed state, and its count means nothing; the core's own functions of
readings (``for_matching``, ``providers.candidates``, ``_named_in``, ``resolve``, ``build_card``, ``detect``) do
not.  Session 48 (P48) counted the steady pass's pieces with it (docs/performance.md).

    .venv/bin/python bench/pieces.py whybounce.engine:resolve whybounce.providers:candidates ...

``PYTHONHASHSEED=0`` and a bytecode cache filled first, as in ``bench/instructions.py``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import gen
from bench.instructions import count
from bench.run import child_env

PIECE_PROGRAM = """import importlib, itertools, whybounce
from pathlib import Path
raws = [p.read_bytes() for p in sorted(Path({folder!r}).glob("*.eml"))]
for raw in raws:
    whybounce.explain_bytes(raw).to_dict()
module = importlib.import_module({module!r})
function = getattr(module, {name!r})
calls = []
def noted(*args, **kwargs):
    calls.append((args, kwargs))
    return function(*args, **kwargs)
setattr(module, {name!r}, noted)
for raw in raws:
    whybounce.explain_bytes(raw).to_dict()
setattr(module, {name!r}, function)
if raws and not calls:
    raise SystemExit("a pass never called {module}:{name} (is it looked up there by its callers?)")
for _ in itertools.starmap(lambda args, kwargs: function(*args, **kwargs), calls):
    pass
print("calls", len(calls), flush=True)
import os; os._exit(0)"""


def piece_program(folder: str, target: str) -> str:
    """The program that counts ``target`` (``module:name``) over the arguments a pass over ``folder`` gave it."""
    module, sep, name = target.partition(":")
    if not sep or not module or not name.isidentifier():
        raise ValueError(f"{target!r}: expected module:name, as whybounce.engine:resolve")
    return PIECE_PROGRAM.format(folder=folder, module=module, name=name)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("targets", nargs="+", help="module:name, e.g. whybounce.engine:resolve")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        p.error("needs valgrind (apt-get install valgrind)")
    try:
        programs = [(target, piece_program(str(gen.BOUNCES), target)) for target in args.targets]
    except ValueError as e:
        p.error(str(e))
    with tempfile.TemporaryDirectory(prefix="whybounce-pieces-") as tmp:
        env = child_env(Path(tmp) / "pycache")
        env["PYTHONHASHSEED"] = "0"
        for target, program in programs:
            counted = count(program, env, b"", None, ["--collect-atstart=no", "--toggle-collect=starmap_next"])
            print(f"{target}: {counted:.1f} M")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
