"""Session 42 (helper K2-42): the grammar of a refusal framed "<what> rejected: <why>" (issue 13).

Postfix builds every smtpd restriction's reply on one template, «<%s>: %s rejected: %s» (smtpd_check.c; the middle
%s is "Client host", "Helo command", "Sender address", "Recipient address", "Data command"), and its access(5)
REJECT text fills the last %s; LumiSoft.Net's SMTP server writes «421 Client host rejected: too many connections,
please try again later.», OpenSMTPD «550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822
compliant» (RFC 3463's X.7.1 text, then why).  The words before the colon say WHAT was refused, those after it WHY
(RFC 5321 §4.2: the text after the code is the server's own).  Each row is a documented wording, read pasted and as
a Postfix bounce."""

from __future__ import annotations

import pytest
from documented import read_as_bounce
from whybounce import explain_line

# (reply, reason, rule): a phrase after the colon says why, shorter than the frame's phrase
WHY_AFTER_THE_COLON: list[tuple[str, str, str]] = [
    # pruiz/LumiSoft.Net 927d51dc Net/SMTP/Server/SMTP_Server.cs (OnMaxConnectionsExceeded, ...PerIPExceeded)
    ("421 Client host rejected: too many connections, please try again later.", "toomanyconn",
     "reason.toomanyconn.too-many-connections"),
    ("421 Client host rejected: too many connections from your IP(192.0.2.10), please try again later.",
     "toomanyconn", "reason.toomanyconn.too-many-connections"),
]

# (reply, reason): a why about the destination mailbox or its domain explains only a frame about them too: Postfix's
# own texts (Debian 12's /usr/lib/postfix/sbin/smtpd: «<%s>: %s rejected: Host not found», «... Domain not found»,
# «... Domain %s does not accept mail (nullMX)»), where the domain is the HELO name's or the sender's
FRAME_NAMES_WHOSE: list[tuple[str, str]] = [
    ("450 4.7.1 <mail.example.org>: Helo command rejected: Host not found", "blocked"),
    ("450 4.1.8 <alice@example.invalid>: Sender address rejected: Domain not found", "rejected"),
    ("550 5.7.27 <alice@example.net>: Sender address rejected: Domain example.net does not accept mail (nullMX)",
     "rejected"),
    # the frame names the recipient: its domain is the cause
    ("450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found", "hostunknown"),
    # frame and cause agree
    ("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table", "userunknown"),
]


@pytest.mark.parametrize(("reply", "reason", "rule"), WHY_AFTER_THE_COLON, ids=[r[0][:60] for r in WHY_AFTER_THE_COLON])
def test_the_words_after_the_colon_say_why(reply: str, reason: str, rule: str) -> None:
    finding = explain_line(reply).finding
    assert (finding.reason, finding.rule) == (reason, rule)
    in_bounce = read_as_bounce(reply, None)
    assert (in_bounce.reason, in_bounce.rule) == (reason, rule)


@pytest.mark.parametrize(("reply", "reason"), FRAME_NAMES_WHOSE, ids=[r[0][:60] for r in FRAME_NAMES_WHOSE])
def test_the_frame_says_whose_domain(reply: str, reason: str) -> None:
    assert explain_line(reply).finding.reason == reason
    assert read_as_bounce(reply, "RCPT").reason == reason
