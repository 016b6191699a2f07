"""Session 43 (K2-43): a permanent refusal that also says the connection ended is a refusal, not a network error.

A 5yz reply is a refusal for good (RFC 5321 §4.2.1, RFC 3463 §3.1).  Words of a transient condition in it ("lost
connection", "closed connection", "timed out": networkerror's ``transient`` list, read as hints) say how the session
ended, not why the server refused; before this, they outranked the words that only refuse ("Message rejected",
"Access denied": the ``refusal`` tier) and read networkerror.  No documented reply of the catalogue has both (its
"closing connection" replies are 421s or name their cause), so the rows join refusal words policyviolation's
``refusals`` list reads (Postfix's access(5) «Access denied», «Message rejected», «Denied») to the closing words the
networkerror entries cite (Postfix's «lost connection», Courier's «Connection closed by remote host.», Exim's
«connection lost»); the last two rows are guards that pass before and after.
"""

from __future__ import annotations

import pytest
from whybounce import explain_line

# (id, reply, reason, rule or None)
REPLIES = [
    ("message-rejected-closed-connection", "550 Message rejected, closed connection", "policyviolation",
     "reason.policyviolation.bare-refusal"),
    ("denied-connection-lost", "550 Denied; connection lost", "policyviolation",
     "reason.policyviolation.bare-refusal"),
    ("access-denied-closed-by-remote-host", "554 Access denied. Connection closed by remote host.",
     "policyviolation", "reason.policyviolation.bare-refusal"),
    # a loose X.7.1 below the words: the refusal's status decides once the passing words yield
    ("access-denied-571-closed", "554 5.7.1 Access denied, connection closed by remote host", "policyviolation",
     "status.5.7.1"),
    # kept: a temporary reply with the same words is a network failure (a retry may get through)
    ("temporary-same-words", "451 4.4.2 Message rejected, connection lost", "networkerror",
     "reason.networkerror.connection-lost-or-closed"),
    # kept: a permanent reply whose only words are the passing condition's (no word refuses)
    ("permanent-no-refusal-words", "550 Connection timed out", "networkerror", None),
]


@pytest.mark.parametrize(("reply", "reason", "rule"), [r[1:] for r in REPLIES], ids=[r[0] for r in REPLIES])
def test_words_that_refuse_decide_a_permanent_refusal(reply: str, reason: str, rule: str | None) -> None:
    finding = explain_line(reply).finding
    assert finding.reason == reason
    if rule is not None:
        assert finding.rule == rule
