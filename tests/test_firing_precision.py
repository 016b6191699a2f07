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
    # speeding "temporarily deferred": Yahoo's deferral for volume (go-sisimai reason/why-ratelimited.go) ...
    ("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
     "reason.speeding.temporarily-deferred", True, None),
    # ... not every deferral: Yahoo's for an unresolvable From domain and for unverified senders say why otherwise
    ("451 Message temporarily deferred due to unresolvable RFC.5321 from domain",
     "reason.speeding.temporarily-deferred", False, None),
    ("421 4.7.0 [TSS02] Messages from 198.51.100.1 temporarily deferred due to user complaints or because the"
     " IP/domain is in the unverified category.", "reason.speeding.temporarily-deferred", False, None),
    # speeding "ratelimit": rspamd's 'Ratelimit "<bucket>" exceeded' ...
    ('451 4.7.1 Ratelimit "to_ip_from" exceeded', "reason.speeding.ratelimit", True, "speeding"),
    # ... not the word inside Gmail's link, which its 4.7.28 replies carry whatever their cause
    ("421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. Please"
     " visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders"
     " Guidelines.", "reason.speeding.ratelimit", False, None),
]


@pytest.mark.parametrize(("reply", "rule", "fires", "reason"), FIRING)
def test_an_entry_fires_only_on_its_own_words(reply: str, rule: str, fires: bool, reason: str | None) -> None:
    finding = explain_line(reply, trace=True).finding
    assert finding.trace is not None
    assert (rule in {c["rule"] for c in finding.trace}) is fires
    if reason:
        assert finding.reason == reason
