"""Instructions (valgrind's callgrind) of a steady pass by stage, and of the first pass's one-off work by kind.

**Stages.**  A fresh interpreter makes one pass of ``explain_bytes(raw).to_dict()`` over the 406 files of
``../shared/corpus/sisimai/bounces/*.eml``, then a second one that records what each stage was given (the arguments
of every ``resolve`` and ``build_card`` call, the results), then runs one stage once more over those inputs: the
MIME split (``Mail()`` of every message), the split and detection, detection again over messages it has read (the
shared views, such as the text and the DSN, are then cached: what is left is the detectors' own work), resolving,
the cards, ``to_dict``, or the whole pass.  A stage's count is the difference to the same process without that
loop; the views are detection less detection again, and "the rest" (``engine.finish``'s own work, the forwarded-
bounce test, ``original``, the session lines) is the whole pass less the stages.

**One-off.**  A first run notes what a first pass imports, decodes and compiles; then each step is a fresh
interpreter that does a little more: read the files; import the modules a pass imports; decode the knowledge
sections it decodes; compile the patterns it compiles; make the pass.  What the pass costs beyond a steady pass
is the rest of its one-off work (the resolver's and the providers' tables built, the phrase indexes filed, the
codecs looked up, first-use caches, the collector).

    .venv/bin/python bench/stages.py [--stages-only | --one-off-only]

``PYTHONHASHSEED=0`` and a bytecode cache filled first, as in ``bench/instructions.py``.  The tables of session 41
are in docs/performance.md ("Session 41").
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import gen
from bench.instructions import count
from bench.run import child_env

STAGE_PROGRAM = """import whybounce
from whybounce import engine
from pathlib import Path
raws = [p.read_bytes() for p in sorted(Path({folder!r}).glob("*.eml"))]
for raw in raws:
    whybounce.explain_bytes(raw).to_dict()
Mail = engine._mail()
resolve, build_card = engine.resolve, engine.build_card
resolved, carded = [], []
def noted_resolve(*args, **kwargs):
    resolved.append((args, kwargs))
    return resolve(*args, **kwargs)
def noted_card(*args, **kwargs):
    carded.append((args, kwargs))
    return build_card(*args, **kwargs)
engine.resolve, engine.build_card = noted_resolve, noted_card
results = [whybounce.explain_bytes(raw) for raw in raws]
engine.resolve, engine.build_card = resolve, build_card
if raws and not (resolved and carded):
    raise SystemExit("the engine no longer calls engine.resolve / engine.build_card: the stages would count nothing")
read = [Mail(raw, []) for raw in raws]
for mail in read:
    engine.detect(mail)
stage = {stage!r}
if stage == "mime":
    for raw in raws:
        Mail(raw, [])
elif stage == "mime+detect":
    for raw in raws:
        engine.detect(Mail(raw, []))
elif stage == "detect-again":
    for mail in read:
        engine.detect(mail)
elif stage == "resolve":
    for args, kwargs in resolved:
        resolve(*args, **kwargs)
elif stage == "cards":
    for args, kwargs in carded:
        build_card(*args, **kwargs)
elif stage == "to_dict":
    for result in results:
        result.to_dict()
elif stage == "pass":
    for raw in raws:
        whybounce.explain_bytes(raw).to_dict()
import os; os._exit(0)"""
STAGES = ("pass", "mime", "mime+detect", "detect-again", "resolve", "cards", "to_dict")

NOTE_PROGRAM = """import json, sys
from pathlib import Path
raws = [p.read_bytes() for p in sorted(Path({folder!r}).glob("*.eml"))]
before = set(sys.modules)
import whybounce
for raw in raws:
    whybounce.explain_bytes(raw).to_dict()
from whybounce import knowledge, patterns
noted = {{"modules": [m for m in sys.modules if m not in before], "sections": list(knowledge._SHIPPED._loaded),
         "patterns": [[p.pattern, p._flags] for p in patterns.ALL
                      if "_compiled" in p.__dict__ and isinstance(p.pattern, str)]}}
Path({out!r}).write_text(json.dumps(noted))"""
STEP_PROGRAM = """import importlib, json
from pathlib import Path
raws = [p.read_bytes() for p in sorted(Path({folder!r}).glob("*.eml"))]
noted = json.loads(Path({noted!r}).read_text())
step = {step}
if step >= 1:
    for name in noted["modules"]:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # a module a pass imported under another name (an alias in sys.modules)
if step >= 2:
    from whybounce import knowledge
    for name in noted["sections"]:
        knowledge.section(name)
if step >= 3:
    from whybounce import patterns
    for source, flags in noted["patterns"]:
        patterns.compile(source, flags)
if step >= 4:
    import whybounce
    for raw in raws:
        whybounce.explain_bytes(raw).to_dict()
import os; os._exit(0)"""
STEPS = ("the files read", "the modules a first pass imports", "the knowledge sections it decodes",
         "the patterns it compiles (from the store)", "the first pass itself, after all of that")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = p.add_mutually_exclusive_group()
    which.add_argument("--stages-only", action="store_true", help="only the steady pass by stage")
    which.add_argument("--one-off-only", action="store_true", help="only the first pass's one-off work")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        p.error("needs valgrind (apt-get install valgrind)")
    folder = str(gen.BOUNCES)
    with tempfile.TemporaryDirectory(prefix="whybounce-stages-") as tmp:
        env = child_env(Path(tmp) / "pycache")
        env["PYTHONHASHSEED"] = "0"
        if not args.one_off_only:
            base = count(STAGE_PROGRAM.format(folder=folder, stage="none"), env, b"", None)
            got = {s: count(STAGE_PROGRAM.format(folder=folder, stage=s), env, b"", None) - base for s in STAGES}
            whole = got["pass"]
            rows = [("the MIME split (Mail())", got["mime"]),
                    ("detection: the detectors' own tests and reading", got["detect-again"]),
                    ("detection: the shared views, first computed", got["mime+detect"] - got["mime"]
                     - got["detect-again"]),
                    ("resolving every finding", got["resolve"]), ("the cards", got["cards"]),
                    ("to_dict()", got["to_dict"])]
            rows.append(("the rest (engine.finish's own work, original, the session lines)",
                         whole - sum(m for _name, m in rows)))
            print(f"steady pass {whole:.1f} M instructions")
            for name, m in rows:
                print(f"  {name}: {m:.1f} M ({m / whole:.1%})")
        if not args.stages_only:
            noted = Path(tmp) / "noted.json"
            count(NOTE_PROGRAM.format(folder=folder, out=str(noted)), env, b"", None)
            before = None
            for step, name in enumerate(STEPS):
                m = count(STEP_PROGRAM.format(folder=folder, noted=str(noted), step=step), env, b"", None)
                print(f"{name}: {m:.1f} M" + ("" if before is None else f" (+{m - before:.1f})"))
                before = m
            found = json.loads(noted.read_text())
            print(f"({len(found['modules'])} modules, {len(found['sections'])} sections, "
                  f"{len(found['patterns'])} patterns)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
