"""Input limits (issue 9, item 1): big inputs are answered or refused clearly, and every cap is said.

- a bounce carrying a 50 MB attachment is answered like the same bounce without it, quickly, and the
  attachment is never decoded;
- a message over ``MAX_MESSAGE_BYTES`` is an ``InputTooLarge`` in the library, and in the CLI an
  ``{"source", "error"}`` line with exit status 1 while the other inputs still run;
- the caps on scanned text, MIME depth, number of parts, recipients and header length each leave a
  ``warnings`` entry instead of truncating silently.
"""

from __future__ import annotations

import base64
import quopri
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import whybounce
from contract_shape import check_error_line, check_message
from hostile_mail import (
    BOUNCES,
    DSN_WITH_RETURNED,
    attachment_lines,
    json_lines,
    nested_multipart,
    returned_with_attachment,
    run_cli,
)
from whybounce import limits
from whybounce.errors import InputTooLarge

FIFTY_MB = 50 * 1000 * 1000
SLOW_S = 20.0
"""Generous: a 50 MB bounce takes about a second here; decoding or scanning all of it takes far longer."""
DECODE_WINDOW = 8 * 1024 * 1024
"""No single decoding call may see more than this: text parts are read only up to the scan cap."""


def _recipients(result: Any) -> list[tuple[Any, ...]]:
    return [(f.address, f.reason, f.status, f.reply_code) for f in result.recipients]


@pytest.fixture
def decoded_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Sizes of every base64 / quoted-printable decoding call the core makes during a test."""
    sizes: list[int] = []

    def spy(real: Callable[..., bytes]) -> Callable[..., bytes]:
        def wrapper(data: Any, *args: Any, **kwargs: Any) -> bytes:
            sizes.append(len(data))
            return real(data, *args, **kwargs)
        return wrapper

    monkeypatch.setattr(base64, "b64decode", spy(base64.b64decode))
    monkeypatch.setattr(quopri, "decodestring", spy(quopri.decodestring))
    return sizes


@pytest.mark.parametrize("ctype", [b"application/pdf", b"text/plain", b"message/rfc822"])
def test_bounce_returning_a_50_mb_attachment_is_answered_fast_without_decoding_it(
        ctype: bytes, decoded_sizes: list[int]) -> None:
    small = whybounce.explain_bytes(returned_with_attachment(attachment_lines(1000), ctype))
    # a 50 MB file, as it travels: base64 with line breaks (about 67.5 MB)
    encoded = attachment_lines(FIFTY_MB * 77 // 57 + 77)
    assert len(base64.decodebytes(encoded)) >= FIFTY_MB
    raw = returned_with_attachment(encoded, ctype)
    assert FIFTY_MB * 77 // 57 < len(raw) <= limits.MAX_MESSAGE_BYTES
    decoded_sizes.clear()
    start = time.perf_counter()
    big = whybounce.explain_bytes(raw)
    took = time.perf_counter() - start
    assert took < SLOW_S, f"{took:.1f} s for a 50 MB bounce"
    assert big.kind == small.kind == "bounce"
    assert _recipients(big) == _recipients(small) and big.recipients
    assert max(decoded_sizes, default=0) < DECODE_WINDOW, "the attachment was decoded"
    check_message(big.to_dict())


def test_a_50_mb_text_attachment_of_the_bounce_itself_is_read_only_up_to_the_scan_cap(
        decoded_sizes: list[int]) -> None:
    """A bounce whose own (not returned) text attachment is huge: its start is scanned, and that is said."""
    log = base64.encodebytes(b"Nov 23 12:00:00 mx postfix/qmgr[123]: queue active, nothing to report\n"
                             * (FIFTY_MB * 3 // 4 // 72))
    text = (b"This is the mail system.\n\n<user@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
            b"<user@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n")

    def bounce(attachment: bytes) -> bytes:
        return (b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
                b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
                + text + b"\n--B\nContent-Type: text/plain; name=maillog.txt\nContent-Disposition: attachment\n"
                b"Content-Transfer-Encoding: base64\n\n" + attachment + b"--B--\n")

    small = whybounce.explain_bytes(bounce(base64.encodebytes(b"nothing to report\n")))
    decoded_sizes.clear()
    start = time.perf_counter()
    big = whybounce.explain_bytes(bounce(log))
    assert time.perf_counter() - start < SLOW_S
    assert _recipients(big) == _recipients(small) and big.recipients
    assert max(decoded_sizes, default=0) < DECODE_WINDOW, "the whole attachment was decoded"
    assert any(str(limits.MAX_SCAN_CHARS) in w for w in big.warnings), big.warnings


def test_a_message_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() -> None:
    dsn = DSN_WITH_RETURNED.read_bytes()
    at_limit = dsn + b"\n" * (limits.MAX_MESSAGE_BYTES - len(dsn))
    assert len(at_limit) == limits.MAX_MESSAGE_BYTES
    assert whybounce.explain_bytes(at_limit).kind == "bounce"
    with pytest.raises(InputTooLarge) as err:
        whybounce.explain_bytes(at_limit + b"\n")
    assert str(limits.MAX_MESSAGE_BYTES) in str(err.value)


@pytest.fixture(scope="module")
def oversized_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "oversized.eml"
    dsn = DSN_WITH_RETURNED.read_bytes()
    with path.open("wb") as fh:
        fh.write(dsn)
        fh.truncate(limits.MAX_MESSAGE_BYTES + 1)  # zero bytes after the DSN: one byte over the limit
    return path


def _check_batch(done: Any, oversized_source: str, n_ok: int) -> None:
    assert done.returncode == 1, done.stderr
    results = json_lines(done.stdout)
    errors = [r for r in results if "error" in r]
    assert len(results) == n_ok + 1 and len(errors) == 1
    check_error_line(errors[0])
    assert errors[0]["source"] == oversized_source
    assert f"{limits.MAX_MESSAGE_BYTES // 2**20} MiB" in errors[0]["error"]  # the limit as --help gives it
    for r in results:
        if "error" not in r:
            check_message(r)
    err_lines = done.stderr.decode().splitlines()
    assert len(err_lines) == 1 and oversized_source in err_lines[0], err_lines


def test_cli_reports_an_oversized_file_and_still_explains_the_others(oversized_file: Path) -> None:
    first, last = str(BOUNCES / "lhost-postfix-01.eml"), str(DSN_WITH_RETURNED)
    done = run_cli("explain", "--json", first, str(oversized_file), last)
    _check_batch(done, str(oversized_file), 2)
    results = json_lines(done.stdout)
    assert [r["source"] for r in results] == [first, str(oversized_file), last]


def test_cli_reports_oversized_stdin(oversized_file: Path) -> None:
    done = run_cli("explain", "--json", "-", stdin=oversized_file.read_bytes())
    assert done.returncode == 1
    [result] = json_lines(done.stdout)
    check_error_line(result)
    assert result["source"] == "-"


def test_cli_reports_an_oversized_message_inside_an_mbox_and_reads_the_rest(tmp_path: Path) -> None:
    dsn = DSN_WITH_RETURNED.read_bytes()
    sep = b"From MAILER-DAEMON Wed Oct 16 14:15:35 2013\n"
    mbox = tmp_path / "box.mbox"
    with mbox.open("wb") as fh:
        fh.write(sep + dsn + b"\n" + sep + dsn)
        line = b"A" * 76 + b"\n"
        fh.write(line * (limits.MAX_MESSAGE_BYTES // len(line) + 1))
        fh.write(b"\n" + sep + dsn)
    done = run_cli("explain", "--json", str(mbox))
    _check_batch(done, f"{mbox}#2", 2)
    assert [r["source"] for r in json_lines(done.stdout)] == [f"{mbox}#1", f"{mbox}#2", f"{mbox}#3"]


# --- caps that become warnings ----------------------------------------------------------------------


def _warned(result: Any, *words: str) -> bool:
    return any(all(w in warning for w in words) for warning in result.warnings)


def test_a_single_text_part_longer_than_the_scan_cap_is_cut_with_a_warning() -> None:
    body = b"<user@example.com>: host mx.example.com said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n"
    filler = b"padding line without anything to see\n" * (limits.MAX_SCAN_CHARS // 30)
    raw = (b"From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n\n"
           b"This is the mail system.\n\n" + body + b"\n" + filler)
    result = whybounce.explain_bytes(raw)
    check_message(result.to_dict())
    assert [f.address for f in result.recipients] == ["user@example.com"]
    assert _warned(result, str(limits.MAX_SCAN_CHARS)), result.warnings


def test_mime_nesting_deeper_than_the_cap_gives_a_warning() -> None:
    result = whybounce.explain_bytes(nested_multipart(limits.MAX_DEPTH + 10))
    check_message(result.to_dict())
    assert _warned(result, str(limits.MAX_DEPTH)), result.warnings
    shallow = whybounce.explain_bytes(nested_multipart(limits.MAX_DEPTH - 5))
    assert not _warned(shallow, str(limits.MAX_DEPTH)), shallow.warnings


def test_more_parts_than_the_cap_gives_a_warning() -> None:
    part = b"--P\nContent-Type: text/plain\n\nsome text\n"
    raw = (b"From: a@example.org\nSubject: many parts\nMIME-Version: 1.0\nContent-Type: multipart/mixed; "
           b"boundary=P\n\n" + part * (limits.MAX_PARTS + 50) + b"--P--\n")
    result = whybounce.explain_bytes(raw)
    check_message(result.to_dict())
    assert _warned(result, str(limits.MAX_PARTS)), result.warnings


def test_more_recipients_than_the_cap_are_cut_with_a_warning() -> None:
    groups = b"".join(b"Final-Recipient: rfc822; user%d@example.com\nAction: failed\nStatus: 5.1.1\n"
                      b"Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n" % i
                      for i in range(limits.MAX_RECIPIENTS + 25))
    raw = (b"From: MAILER-DAEMON@mx.example.org\nSubject: Delivery Status Notification (Failure)\n"
           b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=R\n\n"
           b"--R\nContent-Type: text/plain\n\nDelivery failed.\n\n--R\nContent-Type: message/delivery-status\n\n"
           b"Reporting-MTA: dns; mx.example.org\n\n" + groups + b"--R--\n")
    result = whybounce.explain_bytes(raw)
    check_message(result.to_dict())
    assert len(result.recipients) == limits.MAX_RECIPIENTS
    assert result.recipients[0].address == "user0@example.com"
    assert _warned(result, str(limits.MAX_RECIPIENTS)), result.warnings


@pytest.mark.parametrize("shape", ["one line", "folded"])
def test_a_header_longer_than_the_cap_is_cut_with_a_warning(shape: str) -> None:
    n = limits.MAX_HEADER_CHARS + 1000
    value = b"x" * n if shape == "one line" else b"x\n " * (n // 2)
    dsn = DSN_WITH_RETURNED.read_bytes()
    raw = b"X-Long: " + value + b"\n" + dsn
    result = whybounce.explain_bytes(raw)
    check_message(result.to_dict())
    assert _recipients(result) == _recipients(whybounce.explain_bytes(dsn))
    assert _warned(result, str(limits.MAX_HEADER_CHARS)), result.warnings


def test_the_documented_limits_are_the_real_ones() -> None:
    """docs/security.md states every limit of limits.py with its value; a changed limit must change the doc."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "security.md").read_text(encoding="utf-8")
    documented = {name: int(value.replace(",", ""))
                  for name, value in re.findall(r"^\| `(MAX_[A-Z_]+)` \| ([\d,]+)", doc, re.MULTILINE)}
    actual = {name: value for name, value in vars(limits).items() if name.startswith("MAX_")}
    assert documented == actual


# Session 50 (Q50): a Diagnostic-Code folded over many short lines passed the line cut, and the engine then
# cut the joined reply to MAX_FIELD_CHARS without a word; a pasted reply of 4,000-256K characters the same.
_LONG_REPLY = "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"
_FOLDED_DSN = (b"From: MAILER-DAEMON@mx.example\nTo: alice@example.org\nSubject: Undelivered Mail Returned to Sender\n"
               b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n"
               b"--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
               b"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
               b"Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n"
               b"Diagnostic-Code: smtp; %s\n%s\n--B--\n")


@pytest.mark.parametrize("more, cut", [(40, False), (80, True)])
def test_a_folded_diagnostic_cut_to_the_field_cap_gives_a_warning(more: int, cut: bool) -> None:
    folded = b"\n".join(b"  part %03d of a reply the server folded over many lines, each of them short" % i
                        for i in range(more))
    result = whybounce.explain_bytes(_FOLDED_DSN % (_LONG_REPLY.encode(), folded), lang="ja")
    check_message(result.to_dict())
    [finding] = result.recipients
    assert finding.reason == "userunknown"
    assert (len(finding.diagnostic or "") > limits.MAX_FIELD_CHARS) is cut
    assert _warned(result, str(limits.MAX_FIELD_CHARS)) is cut, result.warnings
    assert all("サーバーの応答" in w for w in result.warnings if str(limits.MAX_FIELD_CHARS) in w)


@pytest.mark.parametrize("length, cut", [(3000, False), (9000, True)])
def test_a_pasted_reply_cut_to_the_field_cap_gives_a_warning(length: int, cut: bool) -> None:
    result = whybounce.explain_line(_LONG_REPLY + " " + "x" * length)
    assert (len(result.finding.diagnostic or "") > limits.MAX_FIELD_CHARS) is cut
    assert any(str(limits.MAX_FIELD_CHARS) in w for w in result.warnings) is cut, result.warnings
