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
