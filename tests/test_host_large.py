"""Big inputs and big results: a 30 MB bounce is answered, and no answer reaches Thunderbird's 1 MB
frame limit; what had to be cut is said in the result's warnings."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

import pytest
import whybounce
from host_util import ANSWER_LIMIT, host_session
from whybounce_host.answers import IDENTITY_KEYS, dumps, encode_answer, ok
from whybounce_host.framing import MAX_ANSWER_BYTES

DSN_HEAD = """\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Mon, 3 Mar 2025 10:00:00 +0000
Message-ID: <bounce-1@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.
I'm sorry to have to inform you that your message could not be delivered.

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Mon, 3 Mar 2025 09:59:58 +0000
"""


def recipient_block(address: str, diagnostic: str) -> str:
    return (f"\nFinal-Recipient: rfc822; {address}\nOriginal-Recipient: rfc822;{address}\nAction: failed\n"
            f"Status: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; {diagnostic}\n")


def bounce_with_attachment(attachment_base64_bytes: int) -> bytes:
    """A small Postfix-style DSN whose returned message carries a big base64 attachment."""
    payload = base64.encodebytes(os.urandom(attachment_base64_bytes * 3 // 4)).decode("ascii")
    returned = (
        "From: sender@example.com\nTo: nobody@example.org\nSubject: the quarterly figures\n"
        "Message-ID: <original-1@example.com>\nDate: Mon, 3 Mar 2025 09:59:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="M1"\n\n--M1\nContent-Type: text/plain\n\nSee attached.\n'
        '--M1\nContent-Type: application/octet-stream; name="figures.bin"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="figures.bin"\n\n' + payload + "--M1--\n"
    )
    text = (DSN_HEAD + recipient_block("nobody@example.org", "550 5.1.1 <nobody@example.org>: User unknown")
            + "\n--B1\nContent-Type: message/rfc822\n\n" + returned + "\n--B1--\n")
    return text.encode("ascii")


def bounce_with_many_long_recipients(parts: int, per_part: int, diagnostic_chars: int) -> bytes:
    """A DSN reporting ``parts * per_part`` recipients with long diagnostics, over several status parts."""
    head = DSN_HEAD.split("--B1\nContent-Type: message/delivery-status")[0]
    sections = []
    for k in range(parts):
        blocks = "".join(
            recipient_block(f"user{k}.{i}@example.org",
                            f"550 5.1.1 <user{k}.{i}@example.org>: User unknown " + "x" * diagnostic_chars)
            for i in range(per_part)
        )
        sections.append("\n--B1\nContent-Type: message/delivery-status\n\n"
                        "Reporting-MTA: dns; mx.example.net\n" + blocks)
    return (head + "".join(sections) + "\n--B1--\n").encode("ascii")


def test_thirty_megabyte_bounce_is_answered_under_the_limit() -> None:
    raw = bounce_with_attachment(30 * 1024 * 1024)
    assert len(raw) > 30 * 1024 * 1024
    with host_session() as host:
        host.send({"id": "big", "op": "explain", "raw": base64.b64encode(raw).decode("ascii"), "lang": "en"})
        length, body = host.recv_frame(timeout=300)
        assert length < ANSWER_LIMIT
        answer = json.loads(body)
        assert answer["id"] == "big" and answer["ok"] is True
        expected = whybounce.explain_bytes(raw, lang="en").to_dict()
        assert answer["result"] == expected
        assert host.ask({"id": 2, "op": "ping"})["ok"] is True
        assert host.finish() == 0


def test_result_too_big_for_one_frame_is_trimmed_and_says_so() -> None:
    """1000 recipients with long diagnostics: several MB of JSON, cut to fit, nobody left out."""
    raw = bounce_with_many_long_recipients(16, 60, 3900)
    full = whybounce.explain_bytes(raw, lang="ja").to_dict()
    assert len(dumps(full)) > MAX_ANSWER_BYTES, "the sample must really be too large"
    with host_session() as host:
        host.send({"id": 1, "op": "explain", "raw": base64.b64encode(raw).decode("ascii"), "lang": "ja"})
        length, body = host.recv_frame(timeout=300)
        assert length <= MAX_ANSWER_BYTES
        result = json.loads(body)["result"]
        assert host.finish() == 0
    assert [r["address"] for r in result["recipients"]] == [r["address"] for r in full["recipients"]]
    assert [r["reason"] for r in result["recipients"]] == [r["reason"] for r in full["recipients"]]
    assert result["warnings"][: len(full["warnings"])] == full["warnings"]
    assert any("trimmed" in w for w in result["warnings"][len(full["warnings"]):])
    assert all(len(r["diagnostic"]) < len(f["diagnostic"])
               for r, f in zip(result["recipients"], full["recipients"], strict=True))


def finding(i: int, text_chars: int) -> dict[str, Any]:
    return {
        "address": f"user{i}@example.org", "reason": "userunknown", "status": "5.1.1", "reply_code": "550",
        "command": "RCPT", "temporary": False, "remote_mta": "mx.example.org",
        "diagnostic": "550 5.1.1 " + "d" * text_chars,
        "card": {"lang": "en", "title": "t" * text_chars, "cause": "c" * text_chars, "who": "sender",
                 "actions": ["a" * text_chars, "b"], "evidence": "e" * text_chars},
    }


def result_of(recipients: int, text_chars: int, warnings: int = 1) -> dict[str, Any]:
    return {"source": None, "kind": "bounce", "is_bounce": True, "format": "rfc3464",
            "original": {"subject": "s" * text_chars, "to": ["x@example.org"]},
            "recipients": [finding(i, text_chars) for i in range(recipients)],
            "warnings": [f"warning {i}" for i in range(warnings)]}


def test_small_answer_is_sent_unchanged() -> None:
    answer = ok(1, result_of(3, 100))
    assert encode_answer(answer) == dumps(answer)
    assert json.loads(encode_answer(answer)) == answer


@pytest.mark.parametrize(("recipients", "text_chars"), [(5, 5000), (40, 1000), (50, 300)])
def test_long_texts_are_cut_before_anyone_is_left_out(recipients: int, text_chars: int) -> None:
    budget = 40_000
    answer = ok(1, result_of(recipients, text_chars))
    data = encode_answer(answer, budget)
    assert len(data) <= budget
    result = json.loads(data)["result"]
    original = answer["result"]
    assert len(result["recipients"]) == recipients
    for cut, full in zip(result["recipients"], original["recipients"], strict=True):
        for key in IDENTITY_KEYS & full.keys():
            assert cut[key] == full[key]  # addresses and codes are never cut while texts can be
        assert len(cut["diagnostic"]) < len(full["diagnostic"]) and cut["diagnostic"].endswith("…")
        assert full["diagnostic"].startswith(cut["diagnostic"][:-1])
    assert result["warnings"][0] == "warning 0"
    assert "texts longer than" in result["warnings"][-1]


def test_too_many_recipients_keeps_as_many_as_fit_and_says_how_many() -> None:
    budget = 30_000
    answer = ok("x", result_of(2000, 10))
    data = encode_answer(answer, budget)
    assert len(data) <= budget
    result = json.loads(data)["result"]
    kept = len(result["recipients"])
    assert 0 < kept < 2000
    assert result["recipients"] == [
        json.loads(dumps(r)) for r in answer["result"]["recipients"][:kept]
    ]
    assert f"only the first {kept} of 2000 recipients" in result["warnings"][-1]
    # As many as fit: one more recipient would have broken the budget.
    one_more = {**result, "recipients": answer["result"]["recipients"][: kept + 1]}
    assert len(dumps(ok("x", one_more))) > budget


def test_long_lists_other_than_recipients_are_cut_before_recipients() -> None:
    result = result_of(20, 10)
    result["original"]["to"] = [f"person{i}@example.org" for i in range(5000)]
    data = encode_answer(ok(1, result), 30_000)
    assert len(data) <= 30_000
    trimmed = json.loads(data)["result"]
    assert len(trimmed["recipients"]) == 20
    assert trimmed["original"]["to"] == result["original"]["to"][: len(trimmed["original"]["to"])]
    assert len(trimmed["original"]["to"]) in (50, 10)
    assert "lists were cut" in trimmed["warnings"][-1]


def test_answer_without_a_result_that_cannot_fit_becomes_an_internal_error() -> None:
    answer = {"id": 3, "ok": False, "error": {"code": "bad-request", "message": "m" * 5000}}
    data = encode_answer(answer, 1000)
    assert json.loads(data) == {"id": 3, "ok": False, "error": {"code": "internal", "message": json.loads(
        data)["error"]["message"]}}
    assert len(data) <= 1000


def test_lone_surrogates_are_escaped_not_fatal() -> None:
    answer = ok(1, {"kind": "not-bounce", "warnings": ["bad \udcff byte"], "recipients": []})
    data = encode_answer(answer)
    assert json.loads(data)["result"]["warnings"] == ["bad \udcff byte"]
