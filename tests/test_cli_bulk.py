"""``whybounce explain`` over many messages: CSV rows that account for every input, a streaming --summary
whose memory does not grow with the mailbox, progress on a terminal only, text wrapped to the terminal,
help texts, and the hint when ``-`` waits for a person to type."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from whybounce import cli, progress
from whybounce.i18n import reason_title
from whybounce.inputs import CHUNK_BYTES
from whybounce.render import render_text
from whybounce.summary import Summary, domain_of
from whybounce.wrap import display_width, wrap

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "sisimai"
BOUNCES = SHARED / "bounces"
SAMPLE = Path(__file__).resolve().parents[1] / "core" / "whybounce" / "samples" / "postfix-user-unknown.eml"
pytestmark = pytest.mark.skipif(not BOUNCES.is_dir(), reason="../shared corpus not present")


def run(*args: str, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "whybounce.cli", *args], input=stdin, capture_output=True,
                          env=environment, timeout=300)


def csv_rows(out: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out.decode("utf-8"))))


# --- CSV ---------------------------------------------------------------------------------------------

def test_csv_has_a_row_for_every_input_with_true_false_and_an_error_column(tmp_path: Path) -> None:
    ordinary = SHARED / "not-bounces" / "is-not-bounce-01.eml"
    two = BOUNCES / "lhost-mailru-03.eml"  # two recipients
    missing = tmp_path / "missing.eml"
    delay = BOUNCES / "lhost-gmail-06.eml"
    out = run("explain", "--csv", str(two), str(ordinary), str(missing), str(delay))
    assert out.returncode == 1  # one input could not be read
    rows = csv_rows(out.stdout)
    assert [r["source"] for r in rows] == [str(two), str(two), str(ordinary), str(missing), str(delay)]
    assert {r["source"] for r in rows} == {str(two), str(ordinary), str(missing), str(delay)}, "counts add up"
    assert [r["kind"] for r in rows] == ["bounce", "bounce", "not-bounce", "", "delay"]
    assert rows[2]["address"] == "" and rows[2]["temporary"] == "" and rows[2]["error"] == ""
    assert rows[3]["error"] == "No such file or directory" and rows[3]["reason"] == ""
    assert rows[0]["temporary"] == "false" and rows[4]["temporary"] == "true"
    assert all(r["temporary"] in ("true", "false", "") for r in rows)
    assert rows[0]["reason_title"] == reason_title(rows[0]["reason"], "en") != rows[0]["reason"]


def test_csv_lang_decides_the_headers_and_the_reason_title_column() -> None:
    en = list(csv.reader(io.StringIO(run("explain", "--csv", "--lang", "en", str(SAMPLE)).stdout.decode())))
    ja = list(csv.reader(io.StringIO(run("explain", "--csv", "--lang", "ja", str(SAMPLE)).stdout.decode())))
    assert en[0][:5] == ["source", "kind", "address", "reason", "reason_title"] and en[0][-1] == "error"
    assert ja[0][:5] == ["入力", "種類", "宛先", "理由", "理由の説明"] and ja[0][-1] == "読み込みエラー"
    assert en[1][3] == ja[1][3] == "userunknown", "the reason word stays the same in every language"
    assert en[1][4] == "Unknown recipient"
    assert ja[1][4] == reason_title("userunknown", "ja") and re.search(r"[ぁ-んァ-ン一-龥]", ja[1][4])
    assert len(en) == len(ja) == 2 and len(en[0]) == len(ja[0]) == len(en[1])


def test_csv_language_follows_the_locale_without_lang() -> None:
    header = run("explain", "--csv", str(SAMPLE), LANG="ja_JP.UTF-8").stdout.decode().splitlines()[0]
    assert header.startswith("入力,")


# --- summary -----------------------------------------------------------------------------------------

def finding(address: str | None, reason: str = "userunknown") -> dict[str, Any]:
    return {"address": address, "reason": reason}


def test_summary_counts_domains_only_from_addresses() -> None:
    s = Summary()
    s.add({"kind": "bounce", "recipients": [finding("kijitora"), finding("neko@Example.JP"),
                                            finding("tora@example.jp."), finding(None), finding("@example.org"),
                                            finding("a@b c")]})
    s.add({"kind": "vacation", "recipients": [finding("away@example.com", "vacation")]})
    s.add({"source": "x", "error": "No such file or directory"})
    assert dict(s.domains) == {"example.jp": 2}
    assert s.no_address == 4 and s.messages == 3
    text = s.text("en")
    assert "kijitora" not in text and "example.com" not in text
    assert "Undelivered recipients per domain: 6" in text and "(no address given)" in text
    assert "Could not be read" in text and "Messages: 3" in text
    assert re.search(r"6\s+userunknown\s+Unknown recipient", text)


@pytest.mark.parametrize(("address", "domain"), [
    ("a@example.jp", "example.jp"), ("a@b@EXAMPLE.jp", "example.jp"), ("kijitora", None), ("", None),
    ("a@", None), ("@x.jp", None), (None, None), (" a@x.jp ", "x.jp"),
])
def test_domain_of(address: str | None, domain: str | None) -> None:
    assert domain_of(address) == domain


def test_the_domain_table_stops_growing_and_says_so() -> None:
    s = Summary(max_domains=3)
    for n in range(10):
        s.add({"kind": "bounce", "recipients": [finding(f"u@d{n}.example"), finding("v@d0.example")]})
    assert len(s.domains) == 3 and s.domains["d0.example"] == 11 and s.other_domains == 7
    en, ja = s.text("en"), s.text("ja")
    assert "over 3 different domains" in en and "(other domains, not counted one by one)" in en
    assert "3 種類を超えた" in ja
    assert "Undelivered recipients per domain: 20" in en


def test_summary_shows_the_top_domains_and_counts_the_rest() -> None:
    s = Summary()
    for n in range(40):
        s.add({"kind": "bounce", "recipients": [finding(f"u@d{n:02d}.example")] * (1 + (n == 7))})
    text = s.text("en")
    assert text.count(".example") == 30 and "... 10 more domains with 10 recipients" in text
    assert re.search(r"\n\s+2  d07\.example\n", text), "most frequent first"


SYNTHETIC = """From MAILER-DAEMON Mon Mar  3 10:00:00 2025
Return-Path: <>
From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)
To: sender@example.jp
Subject: Undelivered Mail Returned to Sender
Date: Mon, 3 Mar 2025 10:00:00 +0900
Content-Type: multipart/report; report-type=delivery-status; boundary="b{n}"

--b{n}
Content-Type: text/plain

<{user}@{domain}>: host mx.{domain}[192.0.2.1] said: 550 5.1.1 <{user}@{domain}>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO command)

--b{n}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.jp

Final-Recipient: rfc822; {user}@{domain}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{user}@{domain}>: Recipient address rejected: User unknown

--b{n}--

"""


def write_mbox(path: Path, count: int) -> Path:
    """``count`` bounces to distinct addresses at 40 domains (a mailbox's shape: many people, fewer domains)."""
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            fh.write(SYNTHETIC.format(n=n, user=f"user{n}", domain=f"d{n % 40}.example"))
    return path


PEAK = textwrap.dedent("""
    import contextlib, os, sys, tracemalloc
    from whybounce import cli
    def peak(args):
        tracemalloc.start()
        with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
            assert cli.main(args) == 0
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak
    peak(sys.argv[1:-2] + [sys.argv[-2]])  # warm up: knowledge, patterns, caches
    print(peak(sys.argv[1:-2] + [sys.argv[-2]]), peak(sys.argv[1:-2] + [sys.argv[-1]]))
""")


@pytest.mark.parametrize("mode", ["--summary", "--csv", "--json"])
def test_memory_does_not_grow_with_the_number_of_messages(tmp_path: Path, mode: str) -> None:
    # an mbox is read in blocks of inputs.CHUNK_BYTES: both files must be larger than one block, or the
    # smaller one is held whole and the difference is the block, not a cost per message
    n = 1 + 2 * CHUNK_BYTES // len(SYNTHETIC)
    small, large = write_mbox(tmp_path / "n.mbox", n), write_mbox(tmp_path / "2n.mbox", 2 * n)
    assert small.stat().st_size > 2 * CHUNK_BYTES
    done = subprocess.run([sys.executable, "-c", PEAK, "explain", mode, str(small), str(large)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    peak_n, peak_2n = map(int, done.stdout.split())
    # Keeping every result costs about 2.7 kB per message (measured: 2.79 MB at 1,000 messages, 5.52 MB at
    # 2,000); counts cost nothing per message (a few dozen bytes of one-off difference between two runs).
    per_message = (peak_2n - peak_n) / n
    assert per_message < 100, f"{mode}: peak {peak_n} bytes at n={n}, {peak_2n} at 2n ({per_message:.0f} B/message)"


def test_the_summary_of_the_synthetic_mailbox_adds_up(tmp_path: Path) -> None:
    out = run("explain", "--summary", str(write_mbox(tmp_path / "box", 120)))
    text = out.stdout.decode()
    assert "Messages: 120" in text and "Undelivered recipients per domain: 120" in text
    assert re.search(r"\n\s+120\s+userunknown\s", text)
    assert len(re.findall(r"^\s+3\s+d\d+\.example$", text, re.M)) == 30  # 40 domains, 3 each: top 30 shown


# --- progress ----------------------------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_waits_a_second_then_shows_count_rate_and_the_current_input() -> None:
    term, clock = Terminal(), Clock()
    p = progress.Progress(term, "en", enabled=True, clock=clock, columns=80)
    p.step("box.mbox#1")
    assert term.getvalue() == "", "short runs print nothing"
    for n in range(2, 3001):
        clock.now += 0.0005
        p.step(f"box.mbox#{n}")
    shown = term.getvalue().split("\r\x1b[K")[-1]
    assert re.fullmatch(r"2,[89]\d\d messages, 2,00\d/s: box\.mbox#2[89]\d\d", shown), shown
    assert term.getvalue().count("\r") < 20, "redrawn a few times a second, not per message"
    p.clear()
    assert term.getvalue().endswith("\r\x1b[K") and not p.shown


def test_progress_keeps_the_end_of_a_long_path_within_the_width() -> None:
    term, clock = Terminal(), Clock()
    p = progress.Progress(term, "ja", enabled=True, clock=clock, columns=50)
    clock.now += 2
    p.step("/home/neko/Mail/" + "とても長いフォルダ名/" * 5 + "1700000000.M1P2.host:2,S")
    shown = term.getvalue().split("\r\x1b[K")[-1]
    assert display_width(shown) <= 49 and shown.endswith("1700000000.M1P2.host:2,S") and "…" in shown
    assert shown.startswith("1 件処理、毎秒")


def test_progress_is_silent_when_stderr_is_not_a_terminal_or_quiet() -> None:
    piped = io.StringIO()
    assert not progress.Progress.for_terminal(piped, "en", quiet=False).enabled
    assert not progress.Progress.for_terminal(Terminal(), "en", quiet=True).enabled
    assert progress.Progress.for_terminal(Terminal(), "en", quiet=False).enabled


@pytest.mark.parametrize(("flags", "shown"), [([], True), (["--quiet"], False), (["-q"], False)])
def test_explain_summary_shows_progress_on_a_terminal_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: list[str], shown: bool
) -> None:
    mbox = write_mbox(tmp_path / "box", 30)
    term = Terminal()
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert cli.main(["explain", "--summary", *flags, str(mbox), str(tmp_path / "missing")]) == 1
    err = term.getvalue()
    assert ("30 messages" in err and "box#30" in err) is shown
    # the error line is never mixed into a progress line
    error_line = f"whybounce: {tmp_path / 'missing'}: No such file or directory\n"
    assert error_line in err and (not shown or err.split(error_line)[0].endswith("\r\x1b[K"))
    assert err.endswith("\n") or err.endswith("\r\x1b[K")


def test_piped_stderr_gets_no_progress(tmp_path: Path) -> None:
    out = run("explain", "--summary", str(write_mbox(tmp_path / "box", 50)))
    assert out.returncode == 0 and out.stderr == b""


# --- wrapping ----------------------------------------------------------------------------------------

def corpus_text(lang: str) -> list[str]:
    out = run("explain", "--lang", lang, *map(str, sorted(BOUNCES.glob("*.eml"))[:60]))
    return out.stdout.decode("utf-8").splitlines()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_text_fits_80_columns_when_not_a_terminal(lang: str) -> None:
    lines = corpus_text(lang)
    assert len(lines) > 1000
    assert max(display_width(line) for line in lines) <= 80


def test_wrapped_lines_keep_a_hanging_indent() -> None:
    text = run("explain", str(SAMPLE)).stdout.decode()
    assert "    What happened: The receiving server says there is no mailbox for this\n      address" in text
    assert re.search(r"\n      1\. This refusal is permanent: sending the same message again will not work\n"
                     r"         until the cause is fixed\.\n", text)


def test_the_servers_words_wrap_but_stay_verbatim() -> None:
    words = "host mx.example.jp[192.0.2.1] said:  550 5.1.1 <kijitora@example.jp>: " + "x" * 200 + \
        " Recipient   address rejected: ユーザーが存在しません、確認してください。 (in reply to RCPT TO command)"
    result = {"source": None, "kind": "bounce", "recipients": [{
        "address": "kijitora@example.jp", "reason": "userunknown", "temporary": False,
        "card": {"title": "t", "cause": "c", "who": "sender", "actions": [], "evidence": words}}]}
    for width in (40, 60, 80, 133):
        lines = render_text(result, "en", width).splitlines()
        start = lines.index("    The server's own words:") + 1
        end = next((i for i in range(start, len(lines)) if not lines[i].startswith("      ")), len(lines))
        pieces = [line[6:] for line in lines[start:end]]
        assert "".join(pieces) == words
        assert len(pieces) > 1 and all(display_width(line) <= width for line in lines[start:end])


@pytest.mark.parametrize("text", [
    "plain words that wrap at spaces and never lose one of them",
    "日本語の文は、どこでも折り返せますが、句読点（、。）で行を始めません。",
    "a" * 300,
    "mixed ＡＢＣ全角 and half width  with  double  spaces",
])
@pytest.mark.parametrize("width", [12, 20, 37])
def test_wrap_verbatim_joins_back_and_fits(text: str, width: int) -> None:
    lines = wrap(text, width, 2, 4, verbatim=True)
    assert lines[0].startswith("  ") and all(line.startswith("    ") for line in lines[1:])
    assert "".join(line[2:] if i == 0 else line[4:] for i, line in enumerate(lines)) == text
    assert all(display_width(line) <= width for line in lines)
    assert not any(line.lstrip()[:1] in "、。）" for line in lines[1:] if line.strip())


def test_wrap_drops_spaces_at_breaks_outside_verbatim() -> None:
    assert wrap("one two three four", 9) == ["one two", "three", "four"]
    assert wrap("What happened: x " * 3, 20, 2, 4) == ["  What happened: x"] + ["    What happened: x"] * 2


def test_a_terminal_gets_its_own_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    assert cli._text_width(Terminal()) == 120
    assert cli._text_width(io.StringIO()) == 80


# --- help and stdin --------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["explain", "line"])
def test_every_subcommand_has_a_description_arguments_and_exit_status(command: str) -> None:
    out = run(command, "--help")
    text = out.stdout.decode()
    assert out.returncode == 0
    assert re.search(r"\n\n(Read bounce messages|Explain one pasted SMTP reply)", text)
    assert re.search(r"\n  (PATH|TEXT)\s+\S", text), "the argument has its help"
    assert "exit status:" in text and re.search(r"\n  0 ", text) and re.search(r"\n  2 ", text)
    assert "examples:" in text


def test_top_level_help_lists_the_commands() -> None:
    text = run("--help").stdout.decode()
    assert "explain" in text and "line" in text and "COMMAND --help" in text


def test_explain_dash_on_a_terminal_says_it_reads_stdin() -> None:
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "whybounce.cli", "explain", "--json", "-"], stdin=slave,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "LANG": "C"})
        os.close(slave)
        os.write(master, b"Subject: hello\n\nnot a bounce\n\x04")
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(master)
    assert "reading from standard input (end with Ctrl-D)" in err.decode()
    assert json.loads(out)["kind"] == "not-bounce"


def test_piped_stdin_gets_no_hint() -> None:
    out = run("explain", "--json", "-", stdin=SAMPLE.read_bytes())
    assert out.stderr == b"" and json.loads(out.stdout)["kind"] == "bounce"


@pytest.mark.parametrize("command", ["install", "uninstall", "doctor"])
def test_every_host_subcommand_has_a_description_and_exit_status(command: str) -> None:
    out = subprocess.run([sys.executable, "-m", "whybounce_host", command, "--help"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0
    text = " ".join(out.stdout.split())
    assert "Takes no arguments." in text and re.search(r"exit status: 0 \w.*; 1 \w", text)


# Session 50 (Q50): `whybounce explain empty-folder/` printed nothing at all, in every output format, so an
# empty maildir or a mistyped folder looked like a run that found nothing. Now one note on stderr, exit 0.
EMPTY_FOLDER_CASES = [
    # folder's content, output option, language, stderr's note
    ("nothing", "--summary", "en", "whybounce: {d}: this folder holds no files: nothing to explain"),
    ("maildir", "--json", "en", "whybounce: {d}: this folder holds no files: nothing to explain"),
    ("hidden file only", "--csv", "ja",
     "whybounce：{d}：このフォルダーにはファイルがないため、説明するメールはありません"),
]


@pytest.mark.parametrize("content, option, lang, note", EMPTY_FOLDER_CASES)
def test_a_folder_holding_no_files_gets_a_note_on_stderr(tmp_path: Path, content: str, option: str, lang: str,
                                                         note: str) -> None:
    folder = tmp_path / "bounces"
    folder.mkdir()
    if content == "maildir":
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir()
    elif content == "hidden file only":
        (folder / ".index").write_bytes(b"From: x@example.org\n\nhello\n")
    out = run("explain", option, "--lang", lang, str(folder), str(SAMPLE))
    assert out.returncode == 0, out.stderr
    assert out.stderr.decode().splitlines() == [note.format(d=folder)]
    if option == "--json":
        assert [json.loads(line)["source"] for line in out.stdout.splitlines()] == [str(SAMPLE)]


def test_a_folder_with_mail_gets_no_empty_folder_note(tmp_path: Path) -> None:
    (tmp_path / "one.eml").write_bytes(SAMPLE.read_bytes())
    out = run("explain", "--json", str(tmp_path))
    assert out.returncode == 0 and out.stderr == b""


# Session 60 (u60): `whybounce line --lang ja ""` said "nothing to explain (empty text)" in English only.
@pytest.mark.parametrize("lang, note", [("en", "whybounce: nothing to explain (empty text)"),
                                        ("ja", "whybounce：説明する文面がありません（空の文字列です）")])
def test_an_empty_text_is_refused_in_the_language_asked_for(lang: str, note: str) -> None:
    out = run("line", "--lang", lang, "  ")
    assert out.returncode == 2 and out.stdout == b""
    assert out.stderr.decode().splitlines() == [note]
