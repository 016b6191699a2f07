"""Hostile bytes (issue 9): every byte of a bounce is written by someone else, so none may crash, hang or
mislead the reader.  Each case compares with the untouched message where there is one, so the tests
hold whatever the classifier concludes today.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import whybounce
from contract_shape import check_message
from hostile_mail import DSN_WITH_RETURNED, json_lines, run_cli
from whybounce import limits

BOUNDED_S = 20.0
"""Generous: each hostile message here takes well under a second when the reader is linear; a quadratic
one takes minutes at these sizes (the scan cap, 256 K characters)."""

POSTFIX_TEXT = (b"This is the mail system at host mx.example.org.\n\n"
                b"<user@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <user@example.com>: "
                b"Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n")


def text_bounce(charset: bytes = b"utf-8", extra: bytes = b"",
                subject: bytes = b"Undelivered Mail Returned to Sender") -> bytes:
    return (b"From: MAILER-DAEMON@mx.example.org\nSubject: " + subject + b"\nMIME-Version: 1.0\n"
            b"Content-Type: text/plain; charset=\"" + charset + b"\"\n\n" + POSTFIX_TEXT + extra)


def findings(raw: bytes) -> list[tuple[str | None, str | None]]:
    result = whybounce.explain_bytes(raw)
    check_message(result.to_dict())
    return [(f.address, f.reason) for f in result.recipients]


# Labels that name a Python codec which is no charset (base64, rot13), refuses to decode (undefined,
# idna, punycode), decodes escapes (unicode_escape), or is no name at all (NUL, huge, quotes).
HOSTILE_CHARSETS = [b"a\x00b", b"base64", b"zlib", b"rot13", b"undefined", b"idna", b"punycode",
                    b"unicode_escape", b"x" * 5000, b"utf-8\\\"; evil=1", b"", b"\xff\xfe", b"utf-16"]


@pytest.mark.parametrize("charset", HOSTILE_CHARSETS, ids=lambda c: repr(c[:20]))
def test_a_lying_or_hostile_charset_label_changes_nothing(charset: bytes) -> None:
    expected = findings(text_bounce())
    assert expected
    # \xff is invalid in UTF-8, CP932 and EUC-JP, so the decoder falls through to the label's codec
    assert findings(text_bounce(charset, extra=b"\n\xff\xfe trailing junk\n")) == expected


@pytest.mark.parametrize("charset", HOSTILE_CHARSETS, ids=lambda c: repr(c[:20]))
def test_a_hostile_charset_in_an_encoded_word_changes_nothing(charset: bytes) -> None:
    subject = b"=?" + charset.replace(b"?", b"").replace(b" ", b"")[:40] + b"?B?/w==?= Undelivered Mail"
    assert findings(text_bounce(subject=subject)) == findings(text_bounce())


_FINAL = b"Final-Recipient: RFC822; userunknown@"


def _dsn_with(old: bytes, new: bytes) -> bytes:
    dsn = DSN_WITH_RETURNED.read_bytes()
    assert old in dsn
    return dsn.replace(old, new)


@pytest.mark.parametrize("raw", [
    pytest.param(_dsn_with(_FINAL, b"Final-Recipient: utf-8; user\\x{D800}unknown@"), id="xtext lone surrogate"),
    pytest.param(_dsn_with(_FINAL, b"Final-Recipient: utf-8; user\\x{110000}unknown@"), id="xtext beyond unicode"),
    pytest.param(_dsn_with(b"... User Unknown", b"... User Unknown \xed\xa0\x80 (CESU surrogate bytes)"),
                 id="surrogate bytes in a diagnostic"),
    pytest.param(b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
                 b"Content-Type: text/html\n\n<p>&lt;user@example.com&gt;: host mx.example.com said: 550 5.1.1 "
                 b"&#xD800; User unknown (in reply to RCPT TO command)</p>\n", id="html entity lone surrogate"),
])
def test_results_stay_writable_as_utf8(raw: bytes) -> None:
    """A lone surrogate in a result cannot be written as UTF-8: the CLI would die mid-batch."""
    result = whybounce.explain_bytes(raw)
    check_message(result.to_dict())  # includes json.dumps(...).encode("utf-8")


@pytest.mark.parametrize("junk", [
    b"\x01\x02@\x03example.com: 550 rejected\n",
    b"<\x01user@example.net>: host said 550 rejected\n",
    b"us\x7fer@exa\x85mple.net: 550 rejected\n",
    b"\xff\xfe@\x80\x81.example: host said 550 rejected\n",
], ids=["C0 controls", "control in brackets", "DEL and C1", "undecodable bytes"])
def test_binary_junk_shaped_like_a_recipient_line_gives_no_garbage_address(junk: bytes) -> None:
    found = findings(text_bounce(extra=b"\n" + junk))
    assert ("user@example.com", found[0][1]) == found[0]
    for address, _reason in found:
        assert address is None or not any(c == "\ufffd" or ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in address), \
            repr(address)


def test_xtext_decoding_keeps_what_is_no_character() -> None:
    from whybounce.dsn import decode_xtext

    assert decode_xtext("caf\\x{E9}@example.org") == "café@example.org"
    assert decode_xtext("a\\x{D800}b@example.org") == "a\\x{D800}b@example.org"
    assert decode_xtext("a\\x{110000}b@example.org") == "a\\x{110000}b@example.org"


def test_the_cli_survives_a_hostile_message_in_a_batch(tmp_path: Path) -> None:
    hostile = tmp_path / "surrogate.eml"
    hostile.write_bytes(b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
                        b"Content-Type: text/html\n\n"
                        b"<p>&lt;user@example.com&gt;: 550 5.1.1 &#xD800; User unknown</p>\n")
    good = str(DSN_WITH_RETURNED)
    done = run_cli("explain", "--json", good, str(hostile), good)
    assert b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
    results = json_lines(done.stdout)
    assert [r["source"] for r in results] == [good, str(hostile), good]
    text = run_cli("explain", str(hostile))
    assert text.returncode == 0 and b"Traceback" not in text.stderr


# --- bounded time ---------------------------------------------------------------------------------------

def _exchange_long_line() -> bytes:
    return (b"From: postmaster@mx.example.org\nSubject: Undeliverable: report\n\n"
            b"Your message did not reach some or all of the intended recipients.\n\n"
            b"The following recipient(s) could not be reached:\n\n" + b"a@" * 60_000 + b"\n")


def _html_unclosed(tag: bytes) -> bytes:
    return (b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
            b"Content-Type: text/html\n\n" + tag * (limits.MAX_SCAN_CHARS // len(tag) - 10) + b"\n")


def _spaces_before_folds() -> bytes:
    """Header values (the bounce's and its returned original's) of 62 K spaces, then a folded line."""
    value = b"x" + b" " * 62_000 + b"y\n z"
    original = b"".join(name + b": " + value + b"\n" for name in (b"Subject", b"To", b"Date", b"Message-ID"))
    return (b"From: MAILER-DAEMON@mx.example.org " + value + b"\nSubject: Undelivered Mail " + value +
            b"\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
            + POSTFIX_TEXT + b"\n--B\nContent-Type: message/rfc822\n\n" + original + b"\nhello\n--B--\n")


BOUNDED_CASES = {
    "exchange2003: one long line of a@a@a@": _exchange_long_line(),
    "html: 256 K of unclosed <style> tags": _html_unclosed(b"<style>"),
    "html: 256 K of <": _html_unclosed(b"<"),
    "html: 256 K of &#": _html_unclosed(b"&#"),
    "text: 200 KB of <a@": text_bounce(extra=b"<a@" * 70_000),
    "text: 200 KB of 550 5.1.1 ": text_bounce(extra=b"550 5.1.1 " * 20_000),
    "text: 200 KB of blank lines": text_bounce(extra=b"\n" * 200_000),
    "subject: 100 KB of =?": text_bounce(subject=b"=?" * 50_000),
    "headers: 62 K spaces before each fold": _spaces_before_folds(),
    "dsn: 200 KB folded Diagnostic-Code": _dsn_with(b"Diagnostic-Code: SMTP; 550",
                                                    b"Diagnostic-Code: SMTP;" + b"\n x" * 70_000 + b" 550"),
}


@pytest.mark.parametrize("name", sorted(BOUNDED_CASES))
def test_hostile_text_is_read_in_bounded_time(name: str, tmp_path: Path) -> None:
    """In a child process, because a regex that backtracks cannot be interrupted from inside."""
    path = tmp_path / "hostile.eml"
    path.write_bytes(BOUNDED_CASES[name])
    code = ("import sys, whybounce; r = whybounce.explain_bytes(open(sys.argv[1], 'rb').read()); "
            "whybounce.explain_line(open(sys.argv[1], 'rb').read().decode('utf-8', 'replace')[:100000])")
    try:
        done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, timeout=BOUNDED_S,
                              check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: not answered within {BOUNDED_S} s")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]


def test_a_pasted_text_as_large_as_the_host_accepts_is_answered_in_bounded_time() -> None:
    """``whybounce line -`` and the host's ``line`` op take any length; a paste as large as the message
    limit must not take minutes."""
    code = ("import whybounce; from whybounce import limits; "
            "whybounce.explain_line('550 5.1.1 <a@b.example> ' * (limits.MAX_MESSAGE_BYTES // 26))")
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=BOUNDED_S, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"a {limits.MAX_MESSAGE_BYTES}-byte pasted text was not answered within {BOUNDED_S} s")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
