"""A success reply read after a failure is not the failure's code (session 52, F52): with PIPELINING the server answers
MAIL, RCPT and DATA in order (RFC 2920 §3.1), one reply per command (RFC 5321 §4.2), and Exim 4.96 quoted the reply
read after a failing one whose only line ended in a hyphen ("517-... 517 ... mail relays." then "250 2.1.5 Ok").  The
finding's reply code, status and the card's explanation of the code are the failure's; the diagnostic keeps the report's
words verbatim.  A success reply quoted alone still reads as a success."""

from __future__ import annotations

from pathlib import Path

import pytest
from whybounce import explain_bytes, explain_line
from whybounce.smtp import failed_reply

FIXTURES = Path(__file__).parent / "fixtures"

# (fixture, the failure's reply code, the success reply glued after it, the words it must keep): one row per glue
GLUED = [
    # Exim: "after pipelined MAIL FROM:<...>:" the failing MAIL reply, then the RCPT's "250 2.1.5 Ok"
    ("real-mta-catalogue/exim/courier-517-sender-rejected-can-be-accepted-only-from-mail-relays.eml", "517",
     "250 2.1.5 Ok", "can be accepted only from"),
    ("real-mta-catalogue/exim/courier-517-domain-does-not-exist-invalid-domain.eml", "517", "250 2.1.5 Ok",
     "Domain does not exist"),
    ("real-mta-catalogue/exim/courier-517-rfc-1035-violation-recursive-cname-records.eml", "517", "250 2.1.5 Ok",
     "recursive CNAME"),
    # Exim: "after end of data:" the failing reply to the message, then the closing "221 2.0.0 Bye"
    ("real-mta-catalogue/exim/indimail-smtpd-552-banned-content.eml", "552", "221 2.0.0 Bye",
     "we don't accept email with the below content"),
]


def _first(path: str) -> dict:
    recipients = explain_bytes((FIXTURES / path).read_bytes()).to_dict()["recipients"]
    assert recipients
    return recipients[0]


@pytest.mark.parametrize(("path", "code", "success", "words"), GLUED)
def test_the_failure_not_the_reply_after_it_gives_the_code(path: str, code: str, success: str, words: str) -> None:
    r = _first(path)
    assert r["reply_code"] == code
    assert not r["status"].startswith("2.")
    assert "text_status" not in (r.get("sources") or {}) or not r["sources"]["text_status"].startswith("2.")
    # the report's words stay as the report wrote them, the glued reply with them
    assert words in r["diagnostic"] and r["diagnostic"].endswith(success)
    admin = r["card"]["admin"]
    assert f"Reply code {code}" in admin and f"Reply code {success[:3]}" not in admin


@pytest.mark.parametrize(("path", "code", "success", "words"), GLUED)
def test_pasted_failure_with_the_next_reply(path: str, code: str, success: str, words: str) -> None:
    """The same report's reply pasted alone (its Diagnostic-Code words) reads as the failure, in both languages."""
    diag = _first(path)["diagnostic"]
    reply = diag[diag.index(f"{code}-"):]
    for lang, label in (("en", "Reply code "), ("ja", "応答コード ")):
        f = explain_line(reply, lang=lang).finding
        assert f.reply_code == code and not (f.status or "").startswith("2.") and f.reason != "delivered"
        assert f.card is not None
        assert label + code in f.card.admin and label + success[:3] not in f.card.admin


# a success alone, or a success quoted where no failure code comes before it, stays a success
ALONE = [
    "250 2.1.5 Ok",
    "250 2.0.0 Ok: queued as 4B2C81234",
    "host mx.example.net [192.0.2.1] said: 250 2.1.5 Ok",
]


@pytest.mark.parametrize("text", ALONE)
def test_a_success_reply_alone_is_kept(text: str) -> None:
    assert failed_reply(text) == text
    f = explain_line(text).finding
    assert f.reply_code == "250" and (f.status or "").startswith("2.")


@pytest.mark.parametrize("path", ["real-mta/exim/success-relayed.eml", "real-mta/postfix/success-relayed.eml",
                                  "real-mta/sendmail/success-relayed.eml"])
def test_delivered_reports_keep_their_success_code(path: str) -> None:
    r = _first(path)
    assert r["reason"] == "delivered" and r["reply_code"] == "250"


CUT = [
    ("550 5.1.1 <a@example.net>: Recipient address rejected: User unknown 250 2.0.0 Ok",
     "550 5.1.1 <a@example.net>: Recipient address rejected: User unknown "),
    # a number in the failure's words, or a status of another class, is not a reply glued after it
    ("552 message size 250 exceeds the limit", None),
    ("550 5.7.1 rejected, see 250 5.0.0 entries", None),
    ("SIZE=1969: 451-4.7.1 try later 250-2.1.0 Sender ok", "SIZE=1969: 451-4.7.1 try later "),
]


@pytest.mark.parametrize(("text", "cut"), CUT)
def test_failed_reply(text: str, cut: str | None) -> None:
    assert failed_reply(text) == (text if cut is None else cut)
