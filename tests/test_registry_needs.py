"""formats.NEEDS: the words a detector's first test looks for, which the engine checks before asking it.

The engine passes a detector by when the message's lower-cased text holds none of its words, and does not even
import its module until a message does.  That is only right while each word list is what the detector's own
``read`` needs, so it is held here three ways: each word is one of the module's own constants, a detector named
there is never skipped where its words occur, and over every message of the corpus and the fixtures a detector
that the engine would pass by returns no report when asked.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hostile_mail import corpus_messages
from whybounce import engine, formats
from whybounce.formats import NEEDS, REGISTRY, load
from whybounce.mail import Mail

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MODULES = dict(REGISTRY)


def _messages() -> list[Path]:
    return corpus_messages() + sorted(FIXTURES.rglob("*.eml"))


def _constants(module: object) -> set[str]:
    """The module-level strings of a detector's module, those inside module-level tuples included."""
    found: set[str] = set()
    for value in vars(module).values():
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, tuple):
            found.update(v for v in value if isinstance(v, str))
    return found


@pytest.mark.parametrize("module", sorted(NEEDS))
def test_each_word_is_the_detectors_own_constant(module: str) -> None:
    assert module in MODULES, f"{module} is not a line of the registry"
    words = NEEDS[module]
    assert words and all(w and w == w.lower() for w in words), "words are matched in lower-cased text"
    detector = load((module, MODULES[module]))
    own = _constants(sys.modules[type(detector).__module__])
    assert set(words) <= own, f"formats.NEEDS[{module!r}] is not what formats/{module}.py looks for"


def test_a_detector_without_its_words_returns_no_report() -> None:
    """Every message, every detector with words: where the text holds none of them, ``read`` gives nothing."""
    detectors = {module: load((module, MODULES[module])) for module in NEEDS}
    checked = 0
    for path in _messages():
        mail = Mail(path.read_bytes(), [])
        low = mail.text_lower
        for module, words in NEEDS.items():
            if any(w in low for w in words):
                continue
            report = detectors[module].read(mail)
            assert report is None or not report.evidence, f"{module} reads {path.name} without its words"
            checked += 1
    assert checked > 1000


def test_the_words_pass_the_messages_the_detector_reads() -> None:
    """Each detector with words reads some message of the corpus or fixtures through the engine (the words do
    not shut it out), and the engine's answer is the registry's plain walk over every detector."""
    read_by: dict[str, int] = {}
    plain = [load(entry) for entry in REGISTRY]
    for path in _messages():
        mail = Mail(path.read_bytes(), [])
        report = engine.detect(mail)
        other = Mail(path.read_bytes(), [])
        expected = next((r for d in plain if (r := d.read(other)) is not None
                         and (r.evidence or r.kind == "not-bounce")), None)  # (a format's claim: engine.detect)
        assert (report is None) == (expected is None), path.name
        if report is not None and expected is not None:
            assert (report.format, report.kind, len(report.evidence)) == (
                expected.format, expected.kind, len(expected.evidence)), path.name
            read_by[report.format] = read_by.get(report.format, 0) + 1
    assert {m for m in NEEDS if m in read_by} >= {"yahoo", "qmailstyle", "gmx", "notes"}


def test_a_postfix_bounce_imports_no_detector_whose_words_it_lacks() -> None:
    """The host's first answer to a Postfix bounce loads only the detectors it asked."""
    sample = Path(formats.__file__).resolve().parent.parent / "samples" / "postfix-user-unknown.eml"
    code = ("import sys, whybounce\n"
            f"r = whybounce.explain_bytes(open({str(sample)!r}, 'rb').read())\n"
            "assert r.format == 'postfix', r.format\n"
            "print(' '.join(m for m in sys.modules if m.startswith('whybounce.formats.')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    loaded = {m.rsplit(".", 1)[1] for m in done.stdout.split()}
    assert {"arf", "amazonses", "postfix"} <= loaded
    assert loaded.isdisjoint(NEEDS), sorted(loaded & set(NEEDS))
