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


def _opensmtpd_bounce(reply: str, to: str) -> bytes:
    """A report in OpenSMTPD 6.8's form (no command named; the headers returned without a Return-Path), addressed
    ``to``."""
    return f"""From: Mailer Daemon <MAILER-DAEMON@mta.example>
To: {to}
Subject: Delivery status notification: failed
MIME-Version: 1.0
Content-Type: multipart/mixed;boundary="B"

--B
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

{RCPT}: {reply}

    Below is a copy of the original message:

--B
Content-Description: Delivery Report
Content-Type: message/delivery-status

Reporting-MTA: dns; mta.example

Final-Recipient: rfc822; {RCPT}
Action: failed
Status: 5.0.0

--B
Content-Description: Message headers
Content-Type: text/rfc822-headers

From: Alice <alice@mta.example>
To: {RCPT}
Subject: test

--B--
""".replace("\n", "\r\n").encode()


# (reply, the notice's To:, reason): Sendmail's «<addr>... » names the address of the command it answers
# (engine._the_senders_command); the notice goes to the reverse-path (RFC 5321 §4.5.5), so a quoted path equal to
# its one addressee is the sender's, whose mailbox a "User unknown" then is (at MAIL FROM)
NOTICES = [
    ("550 5.1.1 <alice@mta.example>... User unknown", "alice@mta.example", "rejected"),
    ("550 5.1.1 <alice@mta.example>... User unknown", "Alice <alice@mta.example>", "rejected"),
    # the recipient's own path: the recipient's mailbox
    (f"550 5.1.1 <{RCPT}>... User unknown", "alice@mta.example", "userunknown"),
    # several addressees: the sender is not known
    ("550 5.1.1 <alice@mta.example>... User unknown", "alice@mta.example, bob@mta.example", "userunknown"),
    # any reply quoting the sender's own path first speaks of the sender's mailbox (resolve.py's senders_path), not
    # where its words call that path a recipient
    ("550 5.1.1 <alice@mta.example>: User unknown", "alice@mta.example", "rejected"),
    ("550 5.1.1 <alice@mta.example>: Recipient address rejected: User unknown", "alice@mta.example", "userunknown"),
    ("550 5.1.1 <alice@mta.example>: User unknown", "carol@mta.example", "userunknown"),
]


@pytest.mark.parametrize(("reply", "to", "reason"), NOTICES)
def test_path_of_the_notices_addressee(reply: str, to: str, reason: str) -> None:
    from whybounce import explain_bytes

    (finding,) = explain_bytes(_opensmtpd_bounce(reply, to)).recipients
    assert finding.reason == reason
