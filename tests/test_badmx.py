"""Session 40 (K2-40): a "bad MX" check refuses the envelope sender's domain, not the sending host (table-driven).

Sendmail's FEATURE(badmx) («550 5.1.2 Invalid MX record for host», cf/m4/proto.m4) and Courier's BOFH badmx
(«517 Mail server at <ip> is blocked.», courier/submit.C bofh_chkbadmx, 1.0.16) refuse a sender whose domain's MX
points at an address that cannot be a mail server: rejected, with the card that says to fix the domain's DNS.
Courier's words are read only with its own 517: another server's "mail server at <ip> is blocked" may name the client.
"""

from __future__ import annotations

import pytest
from whybounce import explain_line

BADMX = [
    # (id, documented reply, rule)
    ("sendmail-invalid-mx", "550 5.1.2 Invalid MX record for host", "reason.rejected.sendmail-badmx"),
    ("sendmail-illegal-mx", "550 5.1.2 Illegal MX record for host", "reason.rejected.sendmail-badmx"),
    ("courier-badmx", "517 Mail server at 192.0.2.20 is blocked.", "reason.rejected.courier-badmx"),
]


@pytest.mark.parametrize(("reply", "rule"), [r[1:] for r in BADMX], ids=[r[0] for r in BADMX])
def test_a_bad_mx_refuses_the_senders_domain(reply: str, rule: str) -> None:
    finding = explain_line(reply).finding
    assert finding.reason == "rejected"
    assert finding.rule == rule
    assert finding.card is not None and finding.card.who == "sender-admin"
    assert "DNS" in finding.card.title


def test_courier_words_without_its_code_are_not_read_as_its_check() -> None:
    finding = explain_line("550 Mail server at 192.0.2.20 is blocked.").finding
    assert finding.rule != "reason.rejected.courier-badmx"
