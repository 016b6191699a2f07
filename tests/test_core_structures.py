"""Report structures the corpus has few of, built here from their RFCs: RFC 6533 global DSNs, delay and
success DSNs, internationalised addresses, charsets, a bounce forwarded as an attachment."""

from __future__ import annotations

import base64

import pytest
from contract_shape import check_message
from whybounce import explain_bytes, explain_line


def dsn(fields: str, *, ctype: str = "message/delivery-status", notice: str = "Delivery report.",
        subject: str = "Delivery Status Notification") -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.jp>\n"
        "To: hanako@example.jp\n"
        f"Subject: {subject}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BB"\n\n'
        f"--BB\nContent-Type: text/plain; charset=utf-8\n\n{notice}\n\n"
        f"--BB\nContent-Type: {ctype}\n\n"
        "Reporting-MTA: dns; mx.example.jp\n\n"
        f"{fields}\n"
        "--BB\nContent-Type: text/rfc822-headers\n\n"
        "From: hanako@example.jp\nTo: someone@example.net\nSubject: test\nMessage-ID: <m1@example.jp>\n\n"
        "--BB--\n"
    ).encode()


CASES = [
    # (id, message, kind, [(address, reason, status, temporary)])
    ("rfc6533-global-dsn-utf8-address",
     dsn("Final-Recipient: utf-8; 山田@例え.jp\nAction: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 <山田@例え.jp>: mailbox unavailable\n",
         ctype="message/global-delivery-status"),
     "bounce", [("山田@例え.jp", "userunknown", "5.1.1", False)]),
    ("rfc6533-utf8-addr-xtext",
     dsn("Final-Recipient: utf-8; \\x{5C71}\\x{7530}@example.jp\nAction: failed\nStatus: 5.2.2\n"
         "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\n", ctype="message/global-delivery-status"),
     "bounce", [("山田@example.jp", "mailboxfull", "5.2.2", False)]),
    ("idn-a-label-domain-comes-out-in-unicode",
     dsn("Final-Recipient: rfc822; Taro@XN--R8JZ45G.JP\nAction: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n"),
     "bounce", [("Taro@例え.jp", "userunknown", "5.1.1", False)]),
    ("delay-dsn",
     dsn("Final-Recipient: rfc822; taro@example.net\nAction: delayed\nStatus: 4.4.1\n"
         "Diagnostic-Code: smtp; 421 4.4.1 connection timed out\n", notice="Delivery is delayed."),
     "delay", [("taro@example.net", "networkerror", "4.4.1", True)]),  # still retrying: the cause, not expiry
    ("success-dsn",
     dsn("Final-Recipient: rfc822; taro@example.net\nAction: delivered\nStatus: 2.0.0\n"
         "Diagnostic-Code: smtp; 250 2.0.0 Ok: queued\n", notice="Your message was delivered."),
     "delivered", [("taro@example.net", "delivered", "2.0.0", False)]),
    ("original-recipient-wins",
     dsn("Original-Recipient: rfc822; info@example.net\nFinal-Recipient: rfc822; taro@mail.example.net\n"
         "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 over quota\n"),
     "bounce", [("info@example.net", "mailboxfull", "5.2.2", False)]),
    ("two-recipients-without-blank-line",
     dsn("Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\n"
         "Final-Recipient: rfc822; b@example.net\nAction: failed\nStatus: 5.2.2\n"),
     "bounce", [("a@example.net", "userunknown", "5.1.1", False), ("b@example.net", "mailboxfull", "5.2.2", False)]),
    ("mixed-actions-delivered-recipient-keeps-its-status",
     dsn("Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n\n"
         "Final-Recipient: rfc822; b@example.net\nAction: delivered\nStatus: 2.0.0\n"
         "Diagnostic-Code: smtp; 250 2.0.0 Ok: queued\n"),
     "bounce", [("a@example.net", "userunknown", "5.1.1", False), ("b@example.net", "delivered", "2.0.0", False)]),
    ("mixed-actions-delivered-recipient-without-status-gets-no-failure-status",
     dsn("Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\n\n"
         "Final-Recipient: rfc822; b@example.net\nAction: relayed\n"),
     "bounce", [("a@example.net", "userunknown", "5.1.1", False), ("b@example.net", "delivered", None, False)]),
]


@pytest.mark.parametrize("raw,kind,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_report_structures(raw: bytes, kind: str, expected: list[tuple[str, str, str, bool]]) -> None:
    result = explain_bytes(raw).to_dict()
    check_message(result)
    assert result["kind"] == kind
    got = [(f["address"], f["reason"], f["status"], f["temporary"]) for f in result["recipients"]]
    assert got == expected


def test_charsets_in_headers_and_text() -> None:
    subject = "=?ISO-2022-JP?B?" + base64.b64encode("会議の件".encode("iso2022_jp")).decode() + "?="
    notice = "宛先のメールアドレスが見つかりません。".encode("cp932")
    raw = (
        b"From: MAILER-DAEMON@mx.example.jp\nSubject: Undelivered Mail Returned to Sender\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"BB\"\n\n"
        b"--BB\nContent-Type: text/plain; charset=Shift_JIS\n\n" + notice + b"\n\n"
        b"--BB\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n"
        b"Final-Recipient: rfc822; taro@example.net\nAction: failed\nStatus: 5.1.1\n\n"
        b"--BB\nContent-Type: message/rfc822\n\nFrom: hanako@example.jp\nTo: taro@example.net\n"
        b"Subject: " + subject.encode() + b"\n\nbody\n--BB--\n"
    )
    result = explain_bytes(raw).to_dict()
    assert result["original"]["subject"] == "会議の件"
    assert result["recipients"][0]["reason"] == "userunknown"


@pytest.mark.parametrize("ending", [b"\r\n", b"\r"], ids=["crlf", "cr"])
def test_line_endings(ending: bytes) -> None:
    raw = CASES[4][1]
    lf = explain_bytes(raw).to_dict()
    other = explain_bytes(raw.replace(b"\n", ending)).to_dict()
    assert lf == other


def test_bounce_forwarded_as_attachment_is_explained_with_a_warning() -> None:
    inner = CASES[0][1]
    raw = (
        b"From: Hanako <hanako@example.jp>\nTo: it@example.jp\nSubject: Fwd: this bounced\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=\"FF\"\n\n--FF\nContent-Type: text/plain\n\nWhy?\n\n"
        b"--FF\nContent-Type: message/rfc822\n\n" + inner + b"\n--FF--\n"
    )
    result = explain_bytes(raw).to_dict()
    assert result["kind"] == "bounce"
    assert result["recipients"][0]["reason"] == "userunknown"
    assert any("forward" in w for w in result["warnings"])


def test_disagreeing_status_sources_are_both_kept() -> None:
    raw = dsn("Final-Recipient: rfc822; taro@example.net\nAction: failed\nStatus: 5.0.0\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <taro@example.net>: user unknown\n")
    f = explain_bytes(raw).to_dict()["recipients"][0]
    assert f["status"] == "5.1.1"  # the more specific evidence
    assert f["sources"] == {"dsn_status": "5.0.0", "text_status": "5.1.1"}


@pytest.mark.parametrize("text,status", [
    ("250 2.0.0 Ok: queued as 4ZxYw", "2.0.0"),
    ("250 2.1.5 Ok", "2.1.5"),
    ("Action: delivered\nStatus: 2.0.0", "2.0.0"),
], ids=["reply-2.0.0", "reply-2.1.5", "dsn-fields-2.0.0"])
def test_pasted_success_keeps_its_status(text: str, status: str) -> None:
    """A success is reported with the status it gives, 2.0.0 as much as 2.1.5."""
    f = explain_line(text).to_dict()
    assert (f["reason"], f["status"]) == ("delivered", status)


def test_the_registry_lines_are_loaded_in_place_once() -> None:
    """engine.detect imports a detector when it first asks it, into the registry line it keeps."""
    from whybounce import engine
    from whybounce.formats import NEEDS, REGISTRY

    lines = engine._lines()
    assert [line[2] for line in lines] == list(REGISTRY)
    assert [line[1] for line in lines] == [NEEDS.get(module, ()) for module, _cls in REGISTRY]
    names = [type(engine._load(line)).__name__ for line in lines]
    assert names == [cls for _module, cls in REGISTRY]
    assert [engine._load(line) for line in lines] == [line[0] for line in lines]  # loaded once, then kept
    assert engine._lines() is lines
