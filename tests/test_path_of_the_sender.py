"""A refusal that quotes, first, a path of another domain than the recipient's refused the sender (RFC 5321 §3.3: a
transaction names only the reverse-path and the forward-paths): resolve.py's reply.path-of-the-sender, for reports
that name no command (OpenSMTPD's) and for refusals whose words alone say no more than "denied"."""

from __future__ import annotations

import pytest
from whybounce.model import Evidence
from whybounce.resolve import resolve

RCPT = "user@dest.example"

# (reply, command, recipient, the reason, the rule): Sendmail's access-map REJECT for a sender and qpsmtpd's MAIL
# plugin DENY (the documented texts), and what the rule must leave alone
CASES = [
    ("550 5.7.1 <alice@example.org>... Access denied", None, RCPT, "rejected", "reply.path-of-the-sender"),
    ("550 <alice@example.net>, denied", None, RCPT, "rejected", "reply.path-of-the-sender"),
    ("550 5.7.1 <alice@example.org>... Access denied", "RCPT", RCPT, "rejected", "reply.path-of-the-sender"),
    # the recipient's own path, or one of the recipient's domain (an alias): a recipient refused, not the sender
    ("550 5.7.1 <user@dest.example>... Access denied", None, RCPT, "policyviolation", None),
    ("550 5.7.1 <other@dest.example>... Access denied", None, RCPT, "policyviolation", None),
    # words that name the recipient refused keep their reading
    ("550 5.7.1 <bob@example.com>... Recipient address rejected: Access denied", None, RCPT, None, None),
    # a path not first (a contact address) is no refused path
    ("550 5.7.1 Access denied, contact <postmaster@example.org>", None, RCPT, None, None),
    # words that say what or why outrank it
    ("550 5.7.1 <bob@example.net>... Relaying denied", None, RCPT, "norelaying", None),
    # no recipient known (a pasted reply): nothing to tell the paths apart by
    ("550 5.7.1 <alice@example.org>... Access denied", None, None, "policyviolation", None),
]


@pytest.mark.parametrize(("reply", "command", "recipient", "reason", "rule"), CASES)
def test_path_quoted_first(reply: str, command: str | None, recipient: str | None, reason: str | None,
                           rule: str | None) -> None:
    ev = Evidence(address=recipient, diagnostic=reply, reply_code=reply[:3], command=command,
                  status=reply.split()[1] if reply.split()[1][0].isdigit() else None, action="failed")
    got = resolve(ev, "bounce")
    if reason is not None:
        assert got.reason == reason, [c.to_dict() for c in got.candidates[:3]]
    if rule is not None:
        assert got.rule == rule
    else:
        assert got.rule != "reply.path-of-the-sender"
