"""Words that fire only where they mean their reason (session 37, E37): an entry whose words also occur in replies
of other reasons is narrowed to the longer words its sources give.  Each row: a documented reply, the entry, and
whether that entry must be among the readings (``--trace``); the reason read is checked where the words decide."""

from __future__ import annotations

import pytest
from whybounce import explain_line

FIRING = [
    # spamdetected "bulk email": the sources' verdicts (go-sisimai reason/why-spamdetected.go) ...
    ("554 Cyberoam Anti Spam Engine has identified this email as a bulk email", "reason.spamdetected.bulk-email", True,
     "spamdetected"),
    ("550 Rejected - Bulk Email", "reason.spamdetected.bulk-email", True, "spamdetected"),
    # ... not Gmail's sender class, which its refusals for TLS, DMARC and DKIM name (Gmail's documented replies)
    ("421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC"
     " record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their"
     " sending domain.", "reason.spamdetected.bulk-email", False, "authfailure"),
    ("550 5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email"
     " senders to use TLS/SSL for SMTP connections.", "reason.spamdetected.bulk-email", False, None),
]


@pytest.mark.parametrize(("reply", "rule", "fires", "reason"), FIRING)
def test_an_entry_fires_only_on_its_own_words(reply: str, rule: str, fires: bool, reason: str | None) -> None:
    finding = explain_line(reply, trace=True).finding
    assert finding.trace is not None
    assert (rule in {c["rule"] for c in finding.trace}) is fires
    if reason:
        assert finding.reason == reason
