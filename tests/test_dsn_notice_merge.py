"""supplement_from_text: the one place a DSN's recipient is completed from the human-readable notice; and
set_diagnostic, the one place a detector records what a notice says about a recipient.

Table-driven: each row is a DSN recipient, the notice's blocks, the options a detector passes, and what
the merged recipient must say.  Every option has a row whose outcome flips when the option is ignored.
"""

from __future__ import annotations

from typing import Any

import pytest
from whybounce.formats.base import set_diagnostic, supplement_from_text
from whybounce.model import Evidence, Report

A = "kijitora@example.jp"
B = "sironeko@example.org"

CASES: list[tuple[str, list[Evidence], list[Evidence], dict[str, Any], list[dict[str, Any]]]] = [
    (
        "empty diagnostic filled, with the facts in it",
        [Evidence(address=A, status="5.1.1")],
        [Evidence(address=A, diagnostic="550 5.1.1 <kijitora@example.jp>... User unknown", command="RCPT")],
        {},
        [{"diagnostic": "550 5.1.1 <kijitora@example.jp>... User unknown", "reply_code": "550", "command": "RCPT"}],
    ),
    (
        "the DSN's own text is kept by default",
        [Evidence(address=A, diagnostic="550 5.1.1 User unknown")],
        [Evidence(address=A, diagnostic="host mx.example.jp said: 550 5.1.1 User unknown (in reply to RCPT TO)")],
        {},
        [{"diagnostic": "550 5.1.1 User unknown"}],
    ),
    (
        "prefer_notice_text: the notice's whole reply replaces the DSN's first line",
        [Evidence(address=A, diagnostic="550-5.1.1 The email account that you tried to reach does not exist.")],
        [Evidence(address=A, diagnostic="550-5.1.1 The email account that you tried to reach does not exist. "
                                        "550-5.1.1 Please check the recipient's email address")],
        {"prefer_notice_text": True},
        [{"diagnostic": "550-5.1.1 The email account that you tried to reach does not exist. "
                        "550-5.1.1 Please check the recipient's email address"}],
    ),
    (
        "prefer_notice_text: a longer text that does not hold the DSN's reply is not taken",
        [Evidence(address=A, diagnostic="77")],
        [Evidence(address=A, diagnostic="(reason: Insufficient permission)")],
        {"prefer_notice_text": True},
        [{"diagnostic": "77"}],
    ),
    (
        "match_by_position: an unnamed recipient takes the block at its place",
        [Evidence(address="bounce0@example.org"), Evidence(address=B)],
        [Evidence(address="userunknown@example.co.jp", diagnostic="550 5.1.1 User Unknown"),
         Evidence(address=B, diagnostic="550 5.2.2 Mailbox full")],
        {},
        [{"diagnostic": "550 5.1.1 User Unknown"}, {"diagnostic": "550 5.2.2 Mailbox full"}],
    ),
    (
        "match_by_position=False: an unnamed recipient stays as the DSN says",
        [Evidence(address="bounce0@example.org"), Evidence(address=B)],
        [Evidence(address="userunknown@example.co.jp", diagnostic="550 5.1.1 User Unknown"),
         Evidence(address=B, diagnostic="550 5.2.2 Mailbox full")],
        {"match_by_position": False},
        [{"diagnostic": None}, {"diagnostic": "550 5.2.2 Mailbox full"}],
    ),
    (
        "no positional match when the counts differ",
        [Evidence(address="bounce0@example.org")],
        [Evidence(address="x@example.co.jp", diagnostic="550 User unknown"),
         Evidence(address="y@example.co.jp", diagnostic="552 Mailbox full")],
        {},
        [{"diagnostic": None}],
    ),
    (
        "notice_code_is_reply=False: the MTA's own summary code is not a server reply",
        [Evidence(address=A, status="5.1.2")],
        [Evidence(address=A, reply_code="550", diagnostic="Host unknown (Name server: mx.example.jp.: no data known)")],
        {"notice_code_is_reply": False},
        [{"reply_code": None, "diagnostic": "Host unknown (Name server: mx.example.jp.: no data known)"}],
    ),
    (
        "a notice's reply code is taken by default",
        [Evidence(address=A, status="5.1.2")],
        [Evidence(address=A, reply_code="550", diagnostic="Host unknown (Name server: mx.example.jp.: no data known)")],
        {},
        [{"reply_code": "550"}],
    ),
    (
        "the last block naming the recipient is the fuller one",
        [Evidence(address=A)],
        [Evidence(address=A, diagnostic="host mx.example.jp said: 550 5.2.1"),
         Evidence(address=A, diagnostic="User Unknown (in reply to RCPT TO command)", command="RCPT")],
        {},
        [{"diagnostic": "User Unknown (in reply to RCPT TO command)", "command": "RCPT"}],
    ),
    (
        "matched by the original address on either side",
        [Evidence(address="kijitora@relay.example.jp", original_address=A)],
        [Evidence(address="kijitora@mx.example.jp", original_address=A, diagnostic="550 Over quota"),
         Evidence(address=B, diagnostic="550 User unknown")],
        {},
        [{"diagnostic": "550 Over quota"}],
    ),
    (
        "a local recipient named without its domain, and the facts the notice's format states",
        [Evidence(address=None, status="5.0.0")],
        [Evidence(address="save", diagnostic_type="x-unix", flags=(("x-spasign", "ng"),), notice="over quota")],
        {},
        [{"address": "save", "diagnostic_type": "x-unix", "flags": (("x-spasign", "ng"),), "notice": "over quota"}],
    ),
    (
        "what the DSN says is never overwritten",
        [Evidence(address=A, reply_code="550", command="DATA", remote_mta="mx.example.jp", notice="au verdict")],
        [Evidence(address=A, reply_code="554", command="RCPT", remote_mta="other.example.jp", notice="other")],
        {},
        [{"reply_code": "550", "command": "DATA", "remote_mta": "mx.example.jp", "notice": "au verdict"}],
    ),
]


@pytest.mark.parametrize(("dsn", "notice", "options", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_supplement_from_text(dsn: list[Evidence], notice: list[Evidence], options: dict[str, Any],
                              expected: list[dict[str, Any]]) -> None:
    report = Report(kind="bounce", format="test", evidence=dsn)
    supplement_from_text(report, notice, **options)
    assert len(report.evidence) == len(expected)
    for ev, want in zip(report.evidence, expected, strict=True):
        assert {k: getattr(ev, k) for k in want} == want


def test_set_diagnostic_fills_only_what_the_detector_left() -> None:
    """The words are the diagnostic and the evidence; the reply code, status, command and host in them complete the
    recipient, never overwriting what the detector set."""
    text = "host mx.example.jp[192.0.2.1] said: 550 5.1.1 <kijitora@example.jp>: User unknown (in reply to RCPT TO)"
    ev = Evidence(address=A)
    set_diagnostic(ev, text)
    assert (ev.diagnostic, ev.evidence, ev.reply_code, ev.status, ev.command) == (text, text, "550", "5.1.1", "RCPT")
    assert ev.remote_mta == "mx.example.jp"
    ev = Evidence(address=A, reply_code="554", command="DATA", remote_mta="relay.example.jp", status="5.7.1")
    set_diagnostic(ev, text)
    assert (ev.reply_code, ev.command, ev.remote_mta, ev.status) == ("554", "DATA", "relay.example.jp", "5.7.1")
    assert ev.status_from_text == "5.1.1" and ev.diagnostic == text
