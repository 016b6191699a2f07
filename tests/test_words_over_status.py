"""Session 40 (K2-40): a vendor's words that name the cause outrank a status it uses loosely (table-driven).

chkuser (qmail/vpopmail) refuses every further recipient of a session that gave more unknown recipients than
CHKUSER_WRONGRCPTLIMIT allows, with «550 5.5.3 sorry, you are violating our security policies (chkuser)», and the
same words with 5.7.1 for its intrusion threshold (chkuser 2.0.9 chkuser_settings.h).  X.5.3 ("too many
recipients", RFC 3463 §3.6) is not the cause; the words are Sendmail's BadRcptShutdown and Debian Exim's
bad-recipient ACL in chkuser's wording (reason.blocked.too-many-bad-recipients), whose card tells the sender to clean
the recipient list.
"""

from __future__ import annotations

import pytest
from whybounce import explain_line

REPLIES = [
    # (id, documented reply, reason, rule)
    ("chkuser-maxwrongrcpt", "550 5.5.3 sorry, you are violating our security policies (chkuser)", "blocked",
     "reason.blocked.too-many-bad-recipients"),
    ("chkuser-intrusion", "550 5.7.1 sorry, you are violating our security policies (chkuser)", "blocked",
     "reason.blocked.too-many-bad-recipients"),
    ("sendmail-badrcptshutdown", "421 4.7.0 mx.example.org Too many bad recipients; closing connection", "blocked",
     "reason.blocked.too-many-bad-recipients"),
    # the status still decides when no words name another cause (chkuser's own recipient limit)
    ("chkuser-maxrcpt", "550 5.5.3 sorry, reached maximum number of recipients allowed in one session (chkuser)",
     "toomanyconn", None),
]


@pytest.mark.parametrize(("reply", "reason", "rule"), [r[1:] for r in REPLIES], ids=[r[0] for r in REPLIES])
def test_words_that_name_the_cause_decide(reply: str, reason: str, rule: str | None) -> None:
    finding = explain_line(reply).finding
    assert finding.reason == reason
    if rule is not None:
        assert finding.rule == rule
        assert finding.card is not None and finding.card.who == "sender"


# Session 43 (K5-43): a clause about a header field of the message contradicts a status whose subject is the
# destination mailbox (RFC 3463 X.1.1-X.1.6, X.2.x) as a clause about the sending side does: a header field is no
# state of a mailbox (RFC 5322 §3.6 lists the fields; RFC 3463 §2: subject and detail say what failed).  The first
# three rows read the status's reason on f147216 (suspend, suspend, userunknown).
HEADER_WORDS = [
    # (id, reply, reason, rule)
    ("x21-missing-required-header", "550 5.2.1 Missing required header: Subject", "notcompliantrfc",
     "reason.notcompliantrfc.header-missing-or-repeated"),
    ("x21-missing-subject-header", "550 5.2.1 Message rejected: missing Subject header", "notcompliantrfc",
     "reason.notcompliantrfc.header-missing-or-repeated"),
    ("x11-missing-date-header", "550 5.1.1 Missing Date header", "notcompliantrfc",
     "reason.notcompliantrfc.header-missing-or-repeated"),
    # the status still decides when the words name the mailbox, not a header field
    ("x21-mailbox-disabled", "550 5.2.1 Mailbox disabled, message rejected", "suspend", None),
    # a message-side subject that is not a header field keeps the status ("message" refused says no why)
    ("x21-message-refused", "550 5.2.1 Message refused", "suspend", "status.X.2.1"),
]


@pytest.mark.parametrize(("reply", "reason", "rule"), [r[1:] for r in HEADER_WORDS], ids=[r[0] for r in HEADER_WORDS])
def test_header_words_outrank_a_mailbox_status(reply: str, reason: str, rule: str | None) -> None:
    finding = explain_line(reply).finding
    assert finding.reason == reason
    if rule is not None:
        assert finding.rule == rule
