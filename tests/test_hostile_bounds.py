"""Hostile input, part two (issue 15): bounded time and memory for every input, valid JSON for every file name.

One section per finding of the outside attack.  Scaling findings compare the cost of n and 2n (CPU-time
ratios or operation counts, never a wall-clock limit: tests/scaling.py); the stream tests read from a
bounded generator, never from a real endless device.  The host's findings are in test_host_hostile.py.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import whybounce
from contract_shape import check_message
from hostile_mail import (
    DSN_WITH_RETURNED,
    blank_lines_first,
    folded_diagnostic,
    html_breaks,
    json_lines,
    long_domain,
    long_domain_fragment,
    padded_diagnostic,
    postfix_text_bounce,
    repeated_fields,
    run_cli,
    short_line_mbox,
)
from scaling import LINEAR_GROWTH, growth
from whybounce import addresses, cards, cli, dsn, inputs, limits, providers

EXPECTED = [("nobody.here@example.net", "userunknown")]
"""What every padded Postfix bounce below must still say (the plain one says it: checked first)."""


def findings(raw: bytes) -> tuple[list[tuple[str | None, str | None]], list[str]]:
    result = whybounce.explain_bytes(raw)
    check_message(result.to_dict())
    return [(f.address, f.reason) for f in result.recipients], result.warnings


# --- 1. DSN folding ------------------------------------------------------------------------------------------

def _delivery_status(raw: bytes) -> str:
    """The delivery-status part of a corpus-DSN variant, as text."""
    text = raw.decode("latin-1")
    start = text.index("Reporting-MTA:")
    return text[start : text.index("\n--", start)]


@pytest.mark.parametrize("build", [folded_diagnostic, repeated_fields], ids=["folded lines", "repeated field"])
def test_delivery_status_parsing_grows_linearly(build: Any) -> None:
    n = 150_000
    ratio = growth(dsn.parse, _delivery_status(build(n)), _delivery_status(build(2 * n)))
    assert ratio < LINEAR_GROWTH, f"parse of 2n lines costs {ratio:.1f}x that of n"


@pytest.mark.parametrize("build", [folded_diagnostic, repeated_fields], ids=["folded lines", "repeated field"])
def test_a_whole_bounce_with_a_folded_report_grows_linearly_and_is_still_read(build: Any) -> None:
    n = 150_000
    ratio = growth(whybounce.explain_bytes, build(n), build(2 * n))
    assert ratio < LINEAR_GROWTH, f"explaining 2n lines costs {ratio:.1f}x n"
    plain = findings(DSN_WITH_RETURNED.read_bytes())[0]
    assert findings(build(n))[0] == plain


def test_the_reason_is_read_from_the_diagnostic_as_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Phrase matching costs time per character: a Diagnostic-Code folded over millions of characters is
    classified from its first MAX_FIELD_CHARS, as it is shown (ending in an ellipsis)."""
    from whybounce import engine

    seen: list[int] = []
    real = engine.resolve

    def spy(ev: Any, kind: str = "bounce", fmt: str | None = None, **kwargs: Any) -> Any:
        seen.append(len(ev.diagnostic or ""))
        return real(ev, kind, fmt, **kwargs)

    monkeypatch.setattr(engine, "resolve", spy)
    result = whybounce.explain_bytes(folded_diagnostic(1_000_000))
    assert seen == [limits.MAX_FIELD_CHARS + 1]
    assert result.recipients[0].reason == "userunknown"
    assert (result.recipients[0].diagnostic or "").endswith("…")


def test_folded_pieces_are_joined_as_before() -> None:
    parsed = dsn.parse("Final-Recipient: rfc822; a@b.example\nDiagnostic-Code: smtp; 550\n 5.1.1\n\tuser\n"
                       "  unknown\nX-Note: one\nX-Note: two\n")
    assert parsed.recipients == [{"final-recipient": "rfc822; a@b.example",
                                  "diagnostic-code": "smtp; 550 5.1.1 user unknown", "x-note": "one two"}]


# --- 2. Suffix look-ups --------------------------------------------------------------------------------------

def _suffixes_plain(name: str | None) -> list[str]:
    """The names parent_lookup may ask for, as a plain list: the name and its parents, longest first, down to two
    labels; only the last MAX_SUFFIX_LABELS labels, and none for a name over MAX_DOMAIN_CHARS characters."""
    if not name or len(name) > addresses.MAX_DOMAIN_CHARS:
        return []
    labels = name.rsplit(".", addresses.MAX_SUFFIX_LABELS)
    if len(labels) > addresses.MAX_SUFFIX_LABELS:
        labels = labels[1:]
    return [".".join(labels[i:]) for i in range(len(labels) - 1)]


class _Asked(dict[str, Any]):
    """A table that holds nothing and notes every key it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.keys_asked: list[str] = []

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self.keys_asked.append(key)
        return default


def _asked(name: str | None) -> list[str]:
    table = _Asked()
    assert addresses.parent_lookup(name, table) is None
    return table.keys_asked


def test_parent_lookups_are_bounded_whatever_the_name() -> None:
    assert _asked("mx1.mail.cox.net") == ["mx1.mail.cox.net", "mail.cox.net", "cox.net"]
    assert _asked("net") == []
    assert _asked("") == _asked(None) == []
    long_name = "a." * 100 + "example.jp"  # 210 characters: a DNS name, but only its last labels count
    found = _asked(long_name)
    assert len(found) == addresses.MAX_SUFFIX_LABELS - 1 and found[-1] == "example.jp"
    assert all(long_name.endswith(s) for s in found)
    assert _asked("a." * 200 + "example.jp") == []  # over 253 characters: no DNS name


class CountingDict(dict[str, Any]):
    """A look-up table that counts the characters of every key it is asked for."""

    asked = 0

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        CountingDict.asked += len(key)
        return super().get(key, default)


@pytest.fixture
def counted_lookups(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    tables = providers._index()
    carriers = cards._carrier_index()
    monkeypatch.setattr(providers, "_index", lambda: tuple(CountingDict(t) for t in tables))
    monkeypatch.setattr(cards, "_carrier_index", lambda: CountingDict(carriers))
    CountingDict.asked = 0
    yield


def _characters_looked_up(raw: bytes, as_line: bool) -> int:
    CountingDict.asked = 0
    if as_line:
        whybounce.explain_line(raw.decode("ascii"))
    else:
        whybounce.explain_bytes(raw)
    return CountingDict.asked


@pytest.mark.parametrize("as_line", [False, True], ids=["bounce", "line"])
def test_provider_and_carrier_lookups_cost_the_same_for_n_and_2n_labels(counted_lookups: None, as_line: bool) -> None:
    build = long_domain_fragment if as_line else long_domain
    small, large = (_characters_looked_up(build(n), as_line) for n in (25_000, 50_000))
    assert small == large, "the look-ups grow with the domain"
    assert large <= 4 * addresses.MAX_DOMAIN_CHARS * addresses.MAX_SUFFIX_LABELS
    assert _characters_looked_up(build(3), as_line) > 0, "the look-ups were counted"


def test_a_long_domain_is_still_reported() -> None:
    result = whybounce.explain_bytes(long_domain(50_000))
    check_message(result.to_dict())
    assert result.recipients[0].reason == "userunknown"
    assert (result.recipients[0].address or "").endswith("a.a.example")


# --- 3. Short-line mbox --------------------------------------------------------------------------------------

def _peak_reading(data: bytes) -> int:
    """Peak bytes allocated while the mbox is split (its one message is held, not explained)."""
    tracemalloc.start()
    try:
        for item in inputs.read_stream(io.BytesIO(data), "box"):
            assert item.raw is not None
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_an_mbox_of_short_lines_costs_a_few_bytes_per_byte_not_an_object_per_line() -> None:
    data = short_line_mbox(1_000_000)  # 2 MB; as one object per line it took 68 bytes per line
    peak = _peak_reading(data)
    assert peak < 3 * len(data), f"{peak} bytes to split a {len(data)}-byte mbox"


def test_an_mbox_of_short_lines_splits_in_linear_time() -> None:
    def split(data: bytes) -> None:
        for _ in inputs.read_stream(io.BytesIO(data), "box"):
            pass

    ratio = growth(split, short_line_mbox(4_000_000), short_line_mbox(8_000_000))
    assert ratio < LINEAR_GROWTH


def _reference_mbox(data: bytes) -> list[bytes]:
    """The mbox reader as it was, line by line: the block reader must split exactly like it."""
    out: list[bytes] = []
    buf: list[bytes] | None = None
    prev_blank = True
    for line in io.BytesIO(data):
        if line.startswith(b"From ") and (prev_blank or inputs._MBOX_FROM.match(line)) and inputs.is_mbox_start(line):
            if buf is not None:
                out.append(b"".join(buf))
            buf = []
            prev_blank = False
            continue
        prev_blank = line in (b"\n", b"\r\n")
        if line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
            line = line[1:]
        if buf is not None:
            buf.append(line)
    if buf is not None:
        out.append(b"".join(buf))
    return out


MBOX_LINES = [b"From a@b Mon Jan  1 00:00:00 2024\n", b"From - Mon Jan  1\n", b"From me, with love\n",
              b"From x\n", b">From y\n", b">>From z\n", b"\n", b"\r\n", b"body line\n", b"From a@b 1 Jan\r\n",
              b"x" * 70 + b"\n", b"Subject: s\n"]


@pytest.mark.parametrize("seed", range(40))
def test_the_block_mbox_reader_splits_like_the_line_reader(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    rng = random.Random(seed)
    monkeypatch.setattr(inputs, "CHUNK_BYTES", rng.choice([1, 7, 64, 4096]))  # blocks end anywhere
    lines = [rng.choice(MBOX_LINES) for _ in range(rng.randrange(1, 200))]
    data = b"From first Mon Jan  1 00:00:00 2024\n" + b"".join(lines)
    if rng.random() < 0.3:
        data = data.rstrip(b"\n")  # no final line break
    got = [item.raw for item in inputs.read_stream(io.BytesIO(data), "box")]
    assert got == _reference_mbox(data)


# --- 4. Streams, devices, pipes and FIFOs --------------------------------------------------------------------

class Endless(io.RawIOBase):
    """A stream that would give ``total`` bytes of ``fill`` after ``head``: bounded, so a reader that does not
    stop at the limit ends the test instead of the machine's memory, and counts what was read."""

    def __init__(self, head: bytes, fill: bytes, total: int) -> None:
        self.head, self.fill, self.left, self.given = head, fill, total, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        n = min(len(view), self.left)
        if self.head:
            n = min(n, len(self.head))
            view[:n] = self.head[:n]
            self.head = self.head[n:]
        else:
            view[:n] = (self.fill * (n // len(self.fill) + 1))[:n]
        self.left -= n
        self.given += n
        return n


LIMIT = 1024 * 1024


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(limits, "MAX_MESSAGE_BYTES", LIMIT)
    return LIMIT


MBOX_HEAD = b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nSubject: x\n\n"
STREAMS = {
    "zeros (/dev/zero)": (b"", b"\0"),
    "random-looking bytes (/dev/urandom)": (b"", bytes(range(256))),
    "an mbox header, then an endless line": (MBOX_HEAD, b"x"),
    "an mbox header, then endless short lines": (MBOX_HEAD, b"x\n"),
}


@pytest.mark.parametrize("name", sorted(STREAMS))
def test_reading_an_endless_stream_stops_at_the_limit_with_the_usual_error(name: str, small_limit: int) -> None:
    head, fill = STREAMS[name]
    stream = Endless(head, fill, total=50 * small_limit)
    items = list(inputs.read_stream(io.BufferedReader(stream), "-"))
    assert len(items) == 1 and items[0].raw is None
    assert (items[0].error or "").startswith("too large: over 1 MiB"), items[0]
    assert stream.given <= small_limit + 3 * inputs.CHUNK_BYTES, f"read {stream.given} bytes"


@pytest.mark.parametrize("fill", [b"\0", b"550 5.1.1 user unknown\n"], ids=["zeros", "text"])
def test_line_from_an_endless_stdin_stops_at_the_limit(fill: bytes, small_limit: int,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    stream = Endless(b"", fill, total=50 * small_limit)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stream)))
    assert cli.main(["line", "-"]) == 1
    assert capsys.readouterr().err == "whybounce: -: too large: over 1 MiB\n"
    assert stream.given <= small_limit + 3 * io.DEFAULT_BUFFER_SIZE


def test_a_fifo_or_device_without_a_size_is_read_up_to_the_limit(tmp_path: Path, small_limit: int) -> None:
    """``explain /dev/zero`` once trusted st_size (0 for a device): a FIFO fed by a bounded writer stands for it."""
    fifo = tmp_path / "zeros"
    os.mkfifo(fifo)
    written = 0

    def writer() -> None:
        nonlocal written
        chunk = b"\0" * 65536
        try:
            with open(fifo, "wb") as fh:
                while written < 50 * small_limit:
                    fh.write(chunk)
                    written += len(chunk)
        except BrokenPipeError:
            pass  # the reader stopped and closed its end: what the test wants

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    items = list(inputs.iter_messages([str(fifo)]))
    thread.join(timeout=60)
    assert [(i.source, i.error) for i in items] == [(str(fifo), "too large: over 1 MiB")]
    assert written <= small_limit + 4 * 1024 * 1024, f"{written} bytes were read"


def test_a_regular_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path, small_limit: int) -> None:
    big = tmp_path / "big.eml"
    big.write_bytes(b"Subject: x\n\n" + b"x" * (small_limit + 10))
    [item] = inputs.iter_messages([str(big)])
    assert item.error == f"too large: {small_limit + 22:,} bytes (limit 1 MiB)"


def test_a_pipe_is_read_like_a_file() -> None:
    """``whybounce explain <(cat bounce.eml)``: the path is a pipe, which cannot seek."""
    raw = DSN_WITH_RETURNED.read_bytes()
    r, w = os.pipe()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "whybounce.cli", "explain", "--json", f"/dev/fd/{r}"],
                                pass_fds=[r], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.close(r)
        os.write(w, raw)
    finally:
        os.close(w)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode(errors="replace")
    [result] = json_lines(out)
    assert result["source"] == f"/dev/fd/{r}"
    expected = whybounce.explain_bytes(raw).to_dict()
    assert [f["address"] for f in result["recipients"]] == [f["address"] for f in expected["recipients"]]


def test_a_fifo_is_read_like_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "bounce.fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "whybounce.cli", "explain", "--json", str(fifo)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with open(fifo, "wb") as writer:  # opening blocks until the reader has opened it
        writer.write(short_line_mbox(10) + b"\nFrom x@y Mon Jan  1 00:00:00 2024\n" + DSN_WITH_RETURNED.read_bytes())
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode(errors="replace")
    assert [r["source"] for r in json_lines(out)] == [f"{fifo}#1", f"{fifo}#2"]


# --- 5 and 9. File names -------------------------------------------------------------------------------------

NAMES = [b"bad\xff\xfe.eml", b"latin1-caf\xe9.eml", b"new\nwhybounce: forged.eml", b"esc\x1b[31mred.eml",
         "日本語.eml".encode()]


@pytest.mark.parametrize("encoding", ["utf-8", ""], ids=["PYTHONIOENCODING=utf-8", "locale"])
def test_every_json_line_is_valid_utf8_whatever_the_file_names(tmp_path: Path, encoding: str) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    raw = DSN_WITH_RETURNED.read_bytes()
    for name in NAMES:
        (Path(os.fsdecode(bytes(folder) + b"/" + name))).write_bytes(raw)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    if encoding:
        env["PYTHONIOENCODING"] = encoding
    done = run_cli("explain", "--json", str(folder), env=env)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    results = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]  # strict UTF-8
    shown = sorted(r["source"].rsplit("/", 1)[1] for r in results)
    assert shown == sorted(["bad\\xff\\xfe.eml", "latin1-caf\\xe9.eml", "new\nwhybounce: forged.eml",
                            "esc\x1b[31mred.eml", "日本語.eml"])
    assert all(r["kind"] == "bounce" for r in results), "the batch went on past every name"


def test_display_name_escapes_only_what_is_not_utf8() -> None:
    assert inputs.display_name("plain/名前.eml") == "plain/名前.eml"
    assert inputs.display_name(os.fsdecode(b"a\xffb")) == "a\\xffb"
    assert inputs.display_name("lone\udce9") == "lone\\xe9"


def test_a_file_name_cannot_forge_a_line_or_drive_the_terminal_on_stderr(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone\nwhybounce: forged line\x1b[2J.eml")
    done = run_cli("explain", missing)
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    assert err.count("\n") == 1 and err.startswith("whybounce: ") and "\x1b" not in err, err
    assert "gone\\x0awhybounce: forged line\\x1b[2J.eml: No such file or directory" in err


# --- 6. Silent wrong answers ---------------------------------------------------------------------------------

PADDED = {
    "diagnostic line of 4,000 characters": padded_diagnostic(4_000),
    "diagnostic line of 100,000 characters": padded_diagnostic(100_000),
    "HTML with 100,000 <br> before the text": html_breaks(100_000),
    "400 KB of blank lines first": blank_lines_first(400_000),
    "400 KB of CRLF blank lines first": blank_lines_first(200_000, b"\r\n"),
    "400 KB of white-space lines first": blank_lines_first(100_000, b"  \t\n"),
}


def test_the_unpadded_bounce_reads_as_expected() -> None:
    assert findings(postfix_text_bounce()) == (EXPECTED, [])
    assert findings(postfix_text_bounce(html=True)) == (EXPECTED, [])


@pytest.mark.parametrize("name", sorted(PADDED))
def test_padding_does_not_change_the_verdict(name: str) -> None:
    found, warnings = findings(PADDED[name])
    assert found == EXPECTED, warnings
    if "diagnostic" in name:
        assert any(f"longer than {limits.MAX_FIELD_CHARS} characters" in w for w in warnings), warnings


def test_a_cut_diagnostic_line_ends_in_an_ellipsis() -> None:
    result = whybounce.explain_bytes(padded_diagnostic(100_000))
    diagnostic = result.recipients[0].diagnostic or ""
    assert diagnostic.endswith("…") and len(diagnostic) <= limits.MAX_FIELD_CHARS + 1


@pytest.mark.parametrize("raw", [blank_lines_first(2_000_000), html_breaks(1_000_000)],
                         ids=["2 MB of blank lines", "4 MB of <br>"])
def test_padding_beyond_what_is_read_is_said(raw: bytes) -> None:
    found, warnings = findings(raw)
    if found != EXPECTED:
        assert any("only the start was read" in w for w in warnings), warnings


# --- 7. Unreadable folders -----------------------------------------------------------------------------------

def test_an_unreadable_subfolder_is_an_error_line_and_exit_status_1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "mail"
    (root / "a").mkdir(parents=True)
    (root / "locked").mkdir()
    (root / "z").mkdir()
    raw = DSN_WITH_RETURNED.read_bytes()
    for rel in ("a/1.eml", "locked/2.eml", "z/3.eml", "top.eml", ".hidden.eml"):
        (root / rel).write_bytes(raw)
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:  # as a folder without read permission does (tests may run as root)
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert cli.main(["explain", "--json", str(root)]) == 1
    captured = capsys.readouterr()
    results = json_lines(captured.out.encode())
    assert [r["source"] for r in results] == [f"{root}/a/1.eml", f"{root}/locked", f"{root}/top.eml",
                                              f"{root}/z/3.eml"]
    assert results[1] == {"source": f"{root}/locked", "error": "Permission denied"}
    assert captured.err == f"whybounce: {root}/locked: Permission denied\n"


def test_a_deeply_nested_folder_is_walked_without_recursion(tmp_path: Path) -> None:
    folders = [tmp_path]
    for _ in range(sys.getrecursionlimit() + 10):
        folders.append(folders[-1] / "d")
        os.mkdir(folders[-1])
    deep = folders[-1] / "deep.eml"
    deep.write_bytes(DSN_WITH_RETURNED.read_bytes())
    try:
        [item] = inputs.iter_messages([str(tmp_path)])
        assert item.raw is not None and item.source.endswith("/d/deep.eml")
    finally:
        # removed here, deepest first: pytest's later clean-up of old temporary folders (shutil.rmtree) recurses
        # once per level and would fail on this tree with a RecursionError at the end of a run
        deep.unlink()
        for folder in reversed(folders[1:]):
            os.rmdir(folder)


# --- 8. One-line errors instead of tracebacks ----------------------------------------------------------------

SHELL_CASES = {
    "explain - <&-": ("explain - <&-", "whybounce: -: standard input is closed\n"),
    "line - <&-": ("line - <&-", "whybounce: -: standard input is closed\n"),
    "explain FILE >&-": ("explain {file} >&-", "whybounce: standard output is closed\n"),
    "explain FILE > /dev/full": ("explain --json {file} > /dev/full",
                                 "whybounce: cannot write the output: No space left on device\n"),
    "line TEXT > /dev/full": ("line '550 5.1.1 user unknown' > /dev/full",
                              "whybounce: cannot write the output: No space left on device\n"),
}


@pytest.mark.parametrize("name", sorted(SHELL_CASES))
def test_closed_or_full_standard_streams_give_one_line_and_status_1(name: str) -> None:
    if "/dev/full" in name and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    args, expected = SHELL_CASES[name]
    command = f"exec '{sys.executable}' -m whybounce.cli " + args.format(file=DSN_WITH_RETURNED)
    done = subprocess.run(["sh", "-c", command], capture_output=True, timeout=120)
    assert (done.returncode, done.stderr.decode()) == (1, expected)


@pytest.mark.parametrize(("redirect", "which"), [("<&-", "input"), (">&-", "output")])
def test_the_host_with_a_closed_standard_stream_says_so_in_one_line(redirect: str, which: str) -> None:
    command = f"exec '{sys.executable}' -m whybounce_host {redirect}"
    done = subprocess.run(["sh", "-c", command], capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    assert (done.returncode, done.stderr.decode()) == (
        1, f"whybounce-host: standard {which} is closed: no frames to serve\n")


@pytest.mark.parametrize("name", [
    "", "com", "example.jp", "mx1.mail.cox.net", "a.b.c.d.e.f.g.h.i.j.k.l.example.co.jp", "x." * 30 + "cox.net",
    "docomo.ne.jp", "sub.docomo.ne.jp", "ne.jp", ".", "a..b.example.jp", "x" * 300 + ".cox.net",
])
def test_parent_lookup_finds_what_the_suffix_list_finds(name: str) -> None:
    """addresses.parent_lookup walks the names of the plain suffix list, in order, within the same bounds."""
    assert _asked(name) == _suffixes_plain(name)
    for table in ({"cox.net": 1, "mail.cox.net": 2}, {"ne.jp": 3, "docomo.ne.jp": 4}, {"example.co.jp": 5},
                  {"b.example.jp": 6, "example.jp": 7}, {}):
        want = next((table[s] for s in _suffixes_plain(name) if s in table), None)
        assert addresses.parent_lookup(name, table) == want, (name, table)


@pytest.mark.parametrize(("size", "error"), [
    (None, "too large: over 80 MiB"),
    (84934656, "too large: 84,934,656 bytes (limit 80 MiB)"),
])
def test_the_size_error_gives_the_limit_as_the_help_does(size: int | None, error: str) -> None:
    """`whybounce explain --help` and the README say "over 80 MiB": the error says the same, not 83886080 (Q50)."""
    assert inputs.too_large(size) == error
