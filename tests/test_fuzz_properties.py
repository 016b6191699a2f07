"""Property tests (issue 9, item 3): mutated corpus bounces always give a well-formed result or a clear
error, in bounded time, and line endings never change a result.

The mutations are the ways real bounces arrive broken or hostile: truncated anywhere, bytes flipped,
MIME boundaries removed, headers repeated, charsets and transfer encodings lied about, foreign bytes
spliced in, multiparts nested 1000 deep, a header line of megabytes.  The number of examples is bounded
so the whole file runs in well under a minute; ``make fuzz`` is the long, coverage-guided run.
"""

from __future__ import annotations

import faulthandler
import re
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import whybounce
from contract_shape import check_line, check_message
from hostile_mail import corpus_messages, nested_multipart
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whybounce.errors import InputTooLarge
from whybounce.read import normalize_newlines

PER_EXAMPLE_S = 10.0
"""Generous bound for one message: the corpus's largest takes milliseconds."""
HANG_GUARD_S = 240
"""If a test of this file runs longer, the process dumps its stack and exits: a hang fails, never stalls CI."""

FILES = corpus_messages()
# the nastiest first: Hypothesis draws early elements of a sampled_from more often
HOSTILE_CHARSETS = ("a\x00b", "undefined", "punycode", "idna", "base64", "utf-16", "utf-32", "unicode_escape",
                    "iso-2022-jp", "shift_jis", "euc-jp", "x-unknown", "", "utf-7", "latin1", "gb2312", '"')
CTES = (b"base64", b"quoted-printable", b"7bit", b"8bit", b"binary", b"x-uuencode", b"")

settings.register_profile("whybounce-hostile", deadline=None, max_examples=500, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.large_base_example])
HOSTILE = settings.get_profile("whybounce-hostile")


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_GUARD_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@cache
def corpus_bytes(path: Path) -> bytes:
    return path.read_bytes()


def explain_checked(raw: bytes) -> dict[str, Any] | None:
    """The contract JSON of ``raw`` (None for a clear InputTooLarge), checked for shape and time."""
    start = time.perf_counter()
    try:
        result = whybounce.explain_bytes(raw).to_dict()
    except InputTooLarge:
        return None
    took = time.perf_counter() - start
    assert took < PER_EXAMPLE_S, f"{took:.1f} s for {len(raw)} bytes"
    check_message(result)
    return result


# --- mutations: each takes the data drawer and the message, returns the bent message ------------------

Draw = st.DrawFn


def _truncate(draw: Draw, raw: bytes) -> bytes:
    return raw[: draw(st.integers(0, len(raw)))]


def _flip_bytes(draw: Draw, raw: bytes) -> bytes:
    if not raw:
        return raw
    out = bytearray(raw)
    for pos in draw(st.lists(st.integers(0, len(raw) - 1), min_size=1, max_size=20)):
        out[pos] ^= draw(st.integers(1, 255))
    return bytes(out)


def _remove_boundaries(draw: Draw, raw: bytes) -> bytes:
    lines = raw.split(b"\n")
    drop = set(draw(st.sets(st.sampled_from(range(len(lines))), max_size=5)))
    return b"\n".join(ln for i, ln in enumerate(lines) if not (ln.startswith(b"--") and (i in drop or len(drop) > 2)))


def _repeat_headers(draw: Draw, raw: bytes) -> bytes:
    head, sep, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    if not lines:
        return raw
    idx = draw(st.integers(0, len(lines) - 1))
    times = draw(st.integers(2, 300))
    extra = draw(st.sampled_from([lines[idx], b"Content-Type: multipart/mixed; boundary=zz", b"Subject: =?utf-8?B?",
                                  b"Content-Transfer-Encoding: base64", b"From: <>"]))
    return b"\n".join([*lines[: idx + 1], *([extra] * times), *lines[idx + 1 :]]) + sep + body


def _lie_about_charsets(draw: Draw, raw: bytes) -> bytes:
    label = draw(st.sampled_from(HOSTILE_CHARSETS)).encode("latin-1")
    raw = re.sub(rb"(?i)charset=\"?[^\s;\"]*\"?", b'charset="' + label + b'"', raw)
    return re.sub(rb"=\?[^?\s]{1,40}\?", b"=?" + label.replace(b"?", b"") + b"?", raw)


def _lie_about_encodings(draw: Draw, raw: bytes) -> bytes:
    cte = draw(st.sampled_from(CTES))
    return re.sub(rb"(?im)^(content-transfer-encoding:)[^\n]*", rb"\1 " + cte, raw)


def _splice(draw: Draw, raw: bytes) -> bytes:
    other = corpus_bytes(draw(st.sampled_from(FILES)))
    at = draw(st.integers(0, len(raw)))
    a = draw(st.integers(0, len(other)))
    return raw[:at] + other[a : a + draw(st.integers(0, 5000))] + raw[at:]


def _junk(draw: Draw, raw: bytes) -> bytes:
    at = draw(st.integers(0, len(raw)))
    return raw[:at] + draw(st.binary(max_size=300)) + raw[at:]


def _nest(draw: Draw, raw: bytes) -> bytes:
    depth = draw(st.integers(1, 1000))
    return nested_multipart(depth, leaf=raw)


def _long_header_line(draw: Draw, raw: bytes) -> bytes:
    size = draw(st.integers(1, 1_000_000))
    name = draw(st.sampled_from([b"Subject", b"Content-Type", b"X-Junk", b"Received"]))
    return name + b": " + b"x" * size + b"\n" + raw


MUTATIONS = (_truncate, _flip_bytes, _remove_boundaries, _repeat_headers, _lie_about_charsets,
             _lie_about_encodings, _splice, _junk, _nest, _long_header_line)


@st.composite
def mutated_bounce(draw: Draw) -> bytes:
    raw = corpus_bytes(draw(st.sampled_from(FILES)))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        raw = mutation(draw, raw)
    return raw


# --- properties ----------------------------------------------------------------------------------------


@settings(HOSTILE, max_examples=1000)
@given(mutated_bounce())
def test_a_mutated_bounce_gives_a_well_formed_result_in_bounded_time(raw: bytes) -> None:
    explain_checked(raw)


@HOSTILE
@given(mutated_bounce())
def test_line_endings_never_change_the_result(raw: bytes) -> None:
    lf = normalize_newlines(raw)
    results = [explain_checked(v) for v in (lf, lf.replace(b"\n", b"\r\n"), lf.replace(b"\n", b"\r"))]
    assert results[1] == results[0], "CRLF differs from LF"
    assert results[2] == results[0], "CR differs from LF"


@settings(HOSTILE, max_examples=300)
@given(st.sampled_from(FILES), st.data())
def test_a_line_cut_from_a_bounce_gives_a_well_formed_line_result(path: Path, data: st.DataObject) -> None:
    lines = corpus_bytes(path).decode("utf-8", "replace").splitlines() or [""]
    start = data.draw(st.integers(0, len(lines) - 1))
    text = "\n".join(lines[start : start + data.draw(st.integers(1, 8))])
    # the property holds for text whose line breaks are all LF: a drawn bare CR next to one would make
    # "\r\r" (two breaks, a blank line) in one variant and "\r\n" (one break) in another
    text += data.draw(st.text(max_size=50)).replace("\r", "")
    if not text.strip():
        return
    variants = (text, text.replace("\n", "\r\n"), text.replace("\n", "\r"))
    results = [whybounce.explain_line(t).to_dict() for t in variants]
    check_line(results[0])
    assert results[1] == results[0] == results[2]


# --- the largest shapes, once each -------------------------------------------------------------------------


@pytest.mark.parametrize("path", FILES[::60], ids=lambda p: p.name)
def test_a_10_mb_header_line_is_answered(path: Path) -> None:
    raw = corpus_bytes(path)
    plain = explain_checked(raw)
    for name in (b"X-Junk", b"Subject", b"Content-Type"):
        bent = explain_checked(name + b": " + b"=?x" * (10 * 1024 * 1024 // 3) + b"\n" + raw)
        assert bent is not None and plain is not None
        if name == b"X-Junk":
            assert bent["recipients"] == plain["recipients"]
        assert any("header" in w for w in bent["warnings"])


@pytest.mark.parametrize("path", FILES[::60], ids=lambda p: p.name)
def test_a_bounce_inside_1000_nested_multiparts_is_answered(path: Path) -> None:
    result = explain_checked(nested_multipart(1000, leaf=corpus_bytes(path)))
    assert result is not None
    assert any("nesting" in w for w in result["warnings"])


def test_every_corpus_message_reads_the_same_with_lf_crlf_and_cr() -> None:
    differ = []
    for path in FILES:
        lf = normalize_newlines(corpus_bytes(path))
        base = explain_checked(lf)
        for name, variant in (("CRLF", lf.replace(b"\n", b"\r\n")), ("CR", lf.replace(b"\n", b"\r"))):
            if explain_checked(variant) != base:
                differ.append(f"{path.name} ({name})")
    assert not differ, differ
